package extract

import "testing"

// TestOlderResidualsEighteenB: residual errors of the older probes
// (PHENOMENA "DL DM DG EM", eighteenth session): homes a union builds are
// welfare even after a verb of collecting (DL, DM); the ranking of unions
// by their tasks is membership, its own sentence's only (DL); a term the
// congresses are held by and a mid-term conference the counted unions
// held span nothing, and what counted unions did is no stock (EM); a span
// that a fronted "Ghi nhận …" gives one award ends with its sentence
// (DG). Each rule has a near miss. Every sentence is invented.
func TestOlderResidualsEighteenB(t *testing.T) {
	const link = "https://example.vn/cong-doan/tin-18b.html"
	runLineCases(t, []lineCase{
		{"homes a union builds are welfare after a verb of collecting", link, "2019-05-02",
			"LĐLĐ tỉnh Sóc Trăng chăm lo đoàn viên\n\nCông đoàn còn vận động 1,1 tỉ đồng xây dựng 9 nhà “Mái ấm”, 3 nhà tình nghĩa và 2 nhà tình thương. Riêng công đoàn ngành hỗ trợ 1 nhà, vận động làm 1 nhà lắp ghép trị giá 180 triệu đồng.",
			[]string{"1100000000 | vnd | exact | total | achieved | year | 2019 | Sóc Trăng | welfare | Sóc Trăng",
				"9 | count | exact | total | achieved | year | 2019 | Sóc Trăng | welfare | Sóc Trăng",
				"3 | count | exact | total | achieved | year | 2019 | Sóc Trăng | welfare | Sóc Trăng",
				"2 | count | exact | total | achieved | year | 2019 | Sóc Trăng | welfare | Sóc Trăng",
				"1 | count | exact | total | achieved | year | 2019 | Sóc Trăng | welfare | Sóc Trăng",
				"1 | count | exact | total | achieved | year | 2019 | Sóc Trăng | welfare | Sóc Trăng",
				"180000000 | vnd | exact | total | achieved | year | 2019 | Sóc Trăng | welfare | Sóc Trăng"}},
		{"near miss: a sum given to a housing fund and buildings that are no homes", link, "2019-05-02",
			"LĐLĐ tỉnh Sóc Trăng chăm lo đoàn viên\n\nLĐLĐ tỉnh vận động đoàn viên ủng hộ Quỹ Mái ấm công đoàn được 400 triệu đồng, xây dựng 3 nhà văn hóa.",
			[]string{"400000000 | vnd | exact | total | achieved | year | 2019 | Sóc Trăng | finance | Sóc Trăng",
				"3 | count | exact | total | achieved | year | 2019 | Sóc Trăng | culture | Sóc Trăng"}},
		{"the ranking of unions by their tasks is membership", link, "2023-12-20",
			"LĐLĐ tỉnh Quảng Trị tổng kết năm 2023\n\nNăm 2023, toàn bộ 11/11 công đoàn cấp trên trực tiếp cơ sở đều được xếp loại hoàn thành tốt nhiệm vụ; 3 đơn vị trong số đó hoàn thành xuất sắc. Với công đoàn cơ sở, dự ước có 85% CĐCS xếp loại hoàn thành tốt nhiệm vụ, và 19% CĐCS hoàn thành xuất sắc.",
			[]string{"11/11 | union | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"3 | organization | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"85 | percent | about | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"19 | percent | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị"}},
		{"near miss: a ranking tells no other sentence of its paragraph", link, "2023-12-20",
			"LĐLĐ tỉnh Quảng Trị tổng kết năm 2023\n\nNăm 2023, 90% CĐCS được xếp loại vững mạnh; 75% CĐCS được xếp loại hoàn thành tốt nhiệm vụ. Ban Thường vụ đã ban hành 48 văn bản chỉ đạo.",
			[]string{"90 | percent | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"75 | percent | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"48 | count | exact | total | achieved | year | 2023 | Quảng Trị | other | Quảng Trị"}},
		{"congresses held by term and mid-term conferences held span nothing; what counted unions did is no stock", link, "2012-09-01",
			"LĐLĐ tỉnh Cao Bằng phát triển đoàn viên\n\nThực hiện chỉ đạo của LĐLĐ tỉnh về đại hội công đoàn theo nhiệm kỳ, đến nay có 198/870 CĐCS đã tổ chức đại hội, 15/160 CĐCS tổ chức hội nghị giữa nhiệm kỳ. Đến nay cả tỉnh có 14/14 công đoàn cấp trên cơ sở đăng ký thi đua.",
			[]string{"198/870 | union | exact | total | achieved | year | 2012 | Cao Bằng | other | Cao Bằng",
				"15/160 | union | exact | total | achieved | year | 2012 | Cao Bằng | other | Cao Bằng",
				"14/14 | union | exact | total | achieved | year | 2012 | Cao Bằng | emulation | Cao Bằng"}},
		{"near miss: a term's span and a stock of unions stay", link, "2012-09-01",
			"LĐLĐ tỉnh Cao Bằng phát triển đoàn viên\n\nTrong nhiệm kỳ qua, LĐLĐ tỉnh đã kết nạp 9.000 đoàn viên. Hội nghị giữa nhiệm kỳ đánh giá, đã thành lập 60 CĐCS.\n\nHiện toàn tỉnh có 190 CĐCS.",
			[]string{"9000 | member | exact | total | achieved | multi_year | 2012 | Cao Bằng | membership | Cao Bằng",
				"60 | union | exact | total | achieved | multi_year | 2012 | Cao Bằng | membership | Cao Bằng",
				"190 | union | exact | total | achieved | snapshot | 2012 | Cao Bằng | membership | Cao Bằng"}},
		{"a span a fronted Ghi nhận gives one award ends with its sentence", "https://example.vn/tong-ket-nam-2016", "",
			"Công đoàn ngành Giáo dục tổng kết năm 2016\n\nGhi nhận đóng góp của đoàn viên trong 2 năm 2015 và 2016, Tổng Liên đoàn Lao động Việt Nam đã tặng 23 Bằng Lao động sáng tạo cho những cá nhân có sáng kiến hay. Công đoàn Giáo dục Việt Nam đã trao Cờ thi đua cho 06 Công đoàn cơ sở; tặng Bằng khen cho 12 tập thể.",
			[]string{"23 | person | exact | total | achieved | multi_year | 2016 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam",
				"6 | union | exact | total | achieved | year | 2016 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam",
				"12 | collective | exact | total | achieved | year | 2016 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam"}},
		{"near miss: a span that opens the paragraph governs it", "https://example.vn/tong-ket-nam-2016", "",
			"Công đoàn ngành Giáo dục tổng kết năm 2016\n\nTrong 2 năm 2015 và 2016, Tổng Liên đoàn Lao động Việt Nam đã tặng 23 Bằng Lao động sáng tạo cho những cá nhân có sáng kiến hay. Công đoàn Giáo dục Việt Nam đã trao Cờ thi đua cho 06 Công đoàn cơ sở; tặng Bằng khen cho 12 tập thể.",
			[]string{"23 | person | exact | total | achieved | multi_year | 2016 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam",
				"6 | union | exact | total | achieved | multi_year | 2016 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam",
				"12 | collective | exact | total | achieved | multi_year | 2016 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam"}},
	})
}

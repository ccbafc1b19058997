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
			"LĐLĐ tỉnh Trà Vinh chăm lo đoàn viên\n\nCông đoàn còn vận động 1,4 tỉ đồng xây dựng 12 nhà “Mái ấm”, 4 nhà tình nghĩa và 2 nhà tình thương. Trong đó có 1 nhà do công đoàn ngành hỗ trợ, vận động làm 1 nhà lắp ghép trị giá 150 triệu đồng.",
			[]string{"1400000000 | vnd | exact | total | achieved | year | 2019 | Trà Vinh | welfare | Trà Vinh",
				"12 | count | exact | total | achieved | year | 2019 | Trà Vinh | welfare | Trà Vinh",
				"4 | count | exact | total | achieved | year | 2019 | Trà Vinh | welfare | Trà Vinh",
				"2 | count | exact | total | achieved | year | 2019 | Trà Vinh | welfare | Trà Vinh",
				"1 | count | exact | total | achieved | year | 2019 | Trà Vinh | welfare | Trà Vinh",
				"1 | count | exact | total | achieved | year | 2019 | Trà Vinh | welfare | Trà Vinh",
				"150000000 | vnd | exact | total | achieved | year | 2019 | Trà Vinh | welfare | Trà Vinh"}},
		{"near miss: a sum given to a housing fund and buildings that are no homes", link, "2019-05-02",
			"LĐLĐ tỉnh Trà Vinh chăm lo đoàn viên\n\nLĐLĐ tỉnh vận động đoàn viên ủng hộ Quỹ Mái ấm công đoàn được 400 triệu đồng, xây dựng 3 nhà văn hóa.",
			[]string{"400000000 | vnd | exact | total | achieved | year | 2019 | Trà Vinh | finance | Trà Vinh",
				"3 | count | exact | total | achieved | year | 2019 | Trà Vinh | culture | Trà Vinh"}},
		{"the ranking of unions by their tasks is membership", link, "2023-12-20",
			"LĐLĐ tỉnh Quảng Trị tổng kết năm 2023\n\nTrong năm đã có 11/11 công đoàn cấp trên trực tiếp cơ sở được xếp loại hoàn thành tốt nhiệm vụ, trong đó có 3 đơn vị hoàn thành xuất sắc nhiệm vụ. Đối với cấp CĐCS, dự ước có 85% xếp loại hoàn thành tốt nhiệm vụ, trong đó có 25% CĐCS hoàn thành xuất sắc nhiệm vụ.",
			[]string{"11/11 | union | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"3 | organization | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"85 | percent | about | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"25 | percent | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị"}},
		{"near miss: a ranking tells no other sentence of its paragraph", link, "2023-12-20",
			"LĐLĐ tỉnh Quảng Trị tổng kết năm 2023\n\nNăm 2023, 90% CĐCS được xếp loại vững mạnh; 75% CĐCS được xếp loại hoàn thành tốt nhiệm vụ. Ban Thường vụ đã ban hành 48 văn bản chỉ đạo.",
			[]string{"90 | percent | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"75 | percent | exact | total | achieved | year | 2023 | Quảng Trị | membership | Quảng Trị",
				"48 | count | exact | total | achieved | year | 2023 | Quảng Trị | other | Quảng Trị"}},
		{"congresses held by term and mid-term conferences held span nothing; what counted unions did is no stock", link, "2012-09-01",
			"LĐLĐ tỉnh Lạng Sơn phát triển đoàn viên\n\nLĐLĐ tỉnh đã chỉ đạo các cấp công đoàn tổ chức tốt đại hội theo nhiệm kỳ, đến nay đã có 215/960 CĐCS tổ chức đại hội, 12/180 CĐCS tổ chức hội nghị giữa nhiệm kỳ. Đến nay toàn tỉnh đã có 19/19 công đoàn cấp trên cơ sở đăng ký danh hiệu thi đua.",
			[]string{"215/960 | union | exact | total | achieved | year | 2012 | Lạng Sơn | other | Lạng Sơn",
				"12/180 | union | exact | total | achieved | year | 2012 | Lạng Sơn | other | Lạng Sơn",
				"19/19 | union | exact | total | achieved | year | 2012 | Lạng Sơn | emulation | Lạng Sơn"}},
		{"near miss: a term's span and a stock of unions stay", link, "2012-09-01",
			"LĐLĐ tỉnh Lạng Sơn phát triển đoàn viên\n\nTrong nhiệm kỳ qua, LĐLĐ tỉnh đã kết nạp 9.000 đoàn viên. Hội nghị giữa nhiệm kỳ đánh giá, đã thành lập 60 CĐCS.\n\nHiện toàn tỉnh có 190 CĐCS.",
			[]string{"9000 | member | exact | total | achieved | multi_year | 2012 | Lạng Sơn | membership | Lạng Sơn",
				"60 | union | exact | total | achieved | multi_year | 2012 | Lạng Sơn | membership | Lạng Sơn",
				"190 | union | exact | total | achieved | snapshot | 2012 | Lạng Sơn | membership | Lạng Sơn"}},
		{"a span a fronted Ghi nhận gives one award ends with its sentence", "https://example.vn/tong-ket-nam-2017", "",
			"Hội nghị tổng kết công đoàn ngành Giáo dục năm 2017\n\nGhi nhận sự nỗ lực của các đoàn viên trong 2 năm 2016 và 2017, Tổng Liên đoàn Lao động Việt Nam đã trao tặng 20 Bằng Lao động sáng tạo cho các đồng chí có thành tích xuất sắc. Công đoàn Giáo dục Việt Nam đã trao tặng Cờ thi đua cho 05 Công đoàn cơ sở; tặng Bằng khen cho 12 tập thể.",
			[]string{"20 | person | exact | total | achieved | multi_year | 2017 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam",
				"5 | union | exact | total | achieved | year | 2017 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam",
				"12 | collective | exact | total | achieved | year | 2017 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam"}},
		{"near miss: a span that opens the paragraph governs it", "https://example.vn/tong-ket-nam-2017", "",
			"Hội nghị tổng kết công đoàn ngành Giáo dục năm 2017\n\nTrong 2 năm 2016 và 2017, Tổng Liên đoàn Lao động Việt Nam đã trao tặng 20 Bằng Lao động sáng tạo cho các đồng chí có thành tích xuất sắc. Công đoàn Giáo dục Việt Nam đã trao tặng Cờ thi đua cho 05 Công đoàn cơ sở; tặng Bằng khen cho 12 tập thể.",
			[]string{"20 | person | exact | total | achieved | multi_year | 2017 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam",
				"5 | union | exact | total | achieved | multi_year | 2017 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam",
				"12 | collective | exact | total | achieved | multi_year | 2017 | Công đoàn Giáo dục Việt Nam | emulation | Việt Nam"}},
	})
}

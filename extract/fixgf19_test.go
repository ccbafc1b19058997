package extract

import "testing"

// TestProbeGFFixgf19: what probe GF of the nineteenth session (PHENOMENA
// "GF") found misread in term reviews, school years and plans: a term's
// targets listed on in their paragraph lost planned, multi_year and the
// term's last year, and what is to be done each year its rate (GF-2);
// "CĐN" (Công đoàn ngành) was no body, so a venue or a partner
// department's province became the org (GF-3); "(đạt tỷ lệ N%)" after an
// X/Y was a record of its own (GF-4); a union's inspection committee and
// the nation's ceremonial mood gave their category (GF-5); units that did
// something read as a stock, a bare count before the next item's noun
// was lost, a fund's size was no stock (GF-6). Each rule has a near miss.
// Every sentence is invented.
func TestProbeGFFixgf19(t *testing.T) {
	const link = "https://example.vn/tin-gf.html"
	runLineCases(t, []lineCase{
		{"a term's targets listed on in their paragraph keep the term's end", link, "2023-06-20",
			"Đại hội Công đoàn quận 5 nhiệm kỳ 2023 - 2028\n\nĐại hội Công đoàn quận 5 lần thứ XII, nhiệm kỳ 2023 - 2028 đã diễn ra.\n\nĐến năm 2028, Công đoàn quận kết nạp 12.000 đoàn viên; phấn đấu tập huấn nghiệp vụ cho 100% ủy viên ban chấp hành, ủy ban kiểm tra Công đoàn cơ sở. Phấn đấu 80% doanh nghiệp có tổ chức Công đoàn ký kết được thỏa ước lao động tập thể (trong đó có 20% thỏa ước đạt loại A). Hằng năm, LĐLĐ quận tổ chức 2 - 3 hội thi tay nghề cho người lao động.",
			[]string{"12000 | member | exact | total | planned | multi_year | 2028 | Quận 5 | membership | Thành phố Hồ Chí Minh",
				"100 | percent | exact | total | planned | multi_year | 2028 | Quận 5 | training | Thành phố Hồ Chí Minh",
				"80 | percent | exact | total | planned | multi_year | 2028 | Quận 5 | representation | Thành phố Hồ Chí Minh",
				"20 | percent | exact | total | planned | multi_year | 2028 | Quận 5 | representation | Thành phố Hồ Chí Minh",
				"2 | event | exact | per_unit | planned | multi_year | 2028 | Quận 5 | emulation | Thành phố Hồ Chí Minh",
				"3 | event | exact | per_unit | planned | multi_year | 2028 | Quận 5 | emulation | Thành phố Hồ Chí Minh"}},
		{"near miss: what the congress did after its targets, and a yearly habit outside them, are results", link, "2023-06-20",
			"Đại hội Công đoàn quận 5 nhiệm kỳ 2023 - 2028\n\nĐến năm 2028, Công đoàn quận kết nạp 12.000 đoàn viên. Đại hội bầu 31 đồng chí vào Ban Chấp hành.\n\nHằng năm, LĐLĐ quận tổ chức 2 hội thi tay nghề cho người lao động.",
			[]string{"12000 | member | exact | total | planned | multi_year | 2028 | Quận 5 | membership | Thành phố Hồ Chí Minh",
				"31 | person | exact | total | achieved | year | 2023 | Quận 5 | other | Thành phố Hồ Chí Minh",
				"2 | event | exact | total | achieved | year | 2023 | Quận 5 | emulation | Thành phố Hồ Chí Minh"}},
		{"CĐN is a sectoral union: not the venue, nor the partner department's province", link, "2024-01-12",
			"CĐN Y tế Nghệ An tổng kết năm 2024\n\nSáng 10-1, tại TP Vinh, CĐN Y tế Nghệ An tổ chức hội nghị tổng kết công tác Công đoàn năm 2024.\n\nCĐN Y tế Nghệ An đang quản lý 52 CĐCS với 6.300 đoàn viên. Trong năm, CĐN trực tiếp tặng quà cho 240 đoàn viên khó khăn. CĐN phối hợp với Sở Y tế tỉnh Nghệ An tổ chức giải cầu lông với 210 vận động viên tham gia.",
			[]string{"52 | union | exact | total | achieved | snapshot | 2024 | Công đoàn ngành Y tế | membership | Nghệ An",
				"6300 | member | exact | total | achieved | snapshot | 2024 | Công đoàn ngành Y tế | membership | Nghệ An",
				"240 | member | exact | total | achieved | year | 2024 | Công đoàn ngành Y tế | welfare | Nghệ An",
				"210 | person | exact | total | achieved | year | 2024 | Công đoàn ngành Y tế | culture | Nghệ An"}},
		{"near miss: a vocational college written CĐN is no sectoral union", link, "2024-01-12",
			"Công đoàn Trường CĐN Việt Đức trao quà Tết\n\nNgày 10-1, Công đoàn Trường CĐN Việt Đức trao 30 suất quà cho đoàn viên khó khăn.",
			[]string{"30 | gift | exact | total | achieved | year | 2024 | Công đoàn Trường CĐN Việt Đức | welfare | "}},
		{"đạt tỷ lệ after an X/Y restates it; after a bare count it stays", link, "2023-01-12",
			"LĐLĐ huyện Tân Kỳ tổng kết năm 2022\n\nNăm 2022, LĐLĐ huyện Tân Kỳ thành lập mới 6/6 công đoàn cơ sở (đạt tỷ lệ 100%), kết nạp 850 đoàn viên (đạt tỉ lệ 170%). Có 5/40 công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ, đạt tỷ lệ 12,5%.",
			[]string{"6/6 | union | exact | total | achieved | year | 2022 | Tân Kỳ | membership | Nghệ An | 100%",
				"850 | member | exact | total | achieved | year | 2022 | Tân Kỳ | membership | Nghệ An",
				"170 | percent | exact | total | achieved | year | 2022 | Tân Kỳ | membership | Nghệ An",
				"5/40 | union | exact | total | achieved | year | 2022 | Tân Kỳ | membership | Nghệ An | 12.5%"}},
		{"the nation's ceremonial mood gives a congress's delegates no category", link, "2023-02-20",
			"Công đoàn trường THCS Hoa Sen tổ chức Đại hội\n\nSáng 18/2, Công đoàn trường THCS Hoa Sen tổ chức Đại hội Công đoàn nhiệm kỳ 2023 - 2028. Đại hội được tổ chức trang trọng, trong không khí cả nước thi đua lập thành tích chào mừng 95 năm ngày thành lập Đảng; trong niềm phấn khởi của 36 đại biểu là đoàn viên công đoàn.",
			[]string{"36 | person | exact | total | achieved | year | 2023 | Công đoàn trường THCS Hoa Sen | other | "}},
		{"near miss: an emulation movement and a check keep their categories", link, "2023-02-20",
			"LĐLĐ huyện Tân Kỳ sơ kết quý I năm 2023\n\nQuý I năm 2023, hưởng ứng phong trào thi đua, 210 đoàn viên của LĐLĐ huyện Tân Kỳ đăng ký đề tài. Ủy ban kiểm tra LĐLĐ huyện kiểm tra 14 công đoàn cơ sở.",
			[]string{"210 | member | exact | total | achieved | year | 2023 | Tân Kỳ | emulation | Nghệ An",
				"14 | union | exact | total | achieved | year | 2023 | Tân Kỳ | representation | Nghệ An"}},
		{"units that did something, a bare count before the next item's noun, a fund's size", link, "2023-01-12",
			"LĐLĐ huyện Tân Kỳ tổng kết năm 2022\n\nNhân dịp đầu năm học mới, toàn huyện đã có 120/135 công đoàn cơ sở phối hợp với các đơn vị tổ chức khen thưởng cho con đoàn viên. Năm 2022, LĐLĐ huyện Tân Kỳ hỗ trợ sửa chữa 2, xây mới 4 “Mái ấm Công đoàn” cho đoàn viên khó khăn. Với nguồn quỹ góp vốn quay vòng hơn 3 tỷ đồng, nhiều đoàn viên đã được vay vốn.",
			[]string{"120/135 | union | exact | total | achieved | year | 2022 | Tân Kỳ | welfare | Nghệ An",
				"2 | count | exact | total | achieved | year | 2022 | Tân Kỳ | welfare | Nghệ An",
				"4 | count | exact | total | achieved | year | 2022 | Tân Kỳ | welfare | Nghệ An",
				"3000000000 | vnd | more_than | total | achieved | snapshot | 2022 | Tân Kỳ | finance | Nghệ An"}},
		{"near miss: the units there are, a sum after a bare count, capital added", link, "2023-01-12",
			"LĐLĐ huyện Tân Kỳ tổng kết năm 2022\n\nToàn huyện có 135 công đoàn cơ sở với 8.200 đoàn viên. Năm 2022, LĐLĐ huyện Tân Kỳ sửa chữa 2, hỗ trợ 30 triệu đồng cho đoàn viên khó khăn. LĐLĐ huyện bổ sung nguồn quỹ góp vốn 500 triệu đồng.",
			[]string{"135 | union | exact | total | achieved | snapshot | 2022 | Tân Kỳ | membership | Nghệ An",
				"8200 | member | exact | total | achieved | snapshot | 2022 | Tân Kỳ | membership | Nghệ An",
				"30000000 | vnd | exact | total | achieved | year | 2022 | Tân Kỳ | welfare | Nghệ An",
				"500000000 | vnd | exact | total | achieved | year | 2022 | Tân Kỳ | finance | Nghệ An"}},
	})
}

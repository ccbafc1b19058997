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
			"Đại hội Công đoàn quận 10 nhiệm kỳ 2023 - 2028\n\nĐại hội Công đoàn quận 10 lần thứ XII, nhiệm kỳ 2023 - 2028 đã diễn ra.\n\nĐến năm 2028, Công đoàn quận kết nạp 9.500 đoàn viên; phấn đấu tập huấn nghiệp vụ cho 100% thành viên ủy ban kiểm tra các công đoàn cơ sở. Phấn đấu 75% doanh nghiệp có tổ chức Công đoàn ký kết được thỏa ước lao động tập thể (trong đó có 25% thỏa ước đạt loại A). Hằng năm, Liên đoàn Lao động quận tổ chức 2 - 3 hội thi tay nghề cho công nhân.",
			[]string{"9500 | member | exact | total | planned | multi_year | 2028 | Quận 10 | membership | Thành phố Hồ Chí Minh",
				"100 | percent | exact | total | planned | multi_year | 2028 | Quận 10 | training | Thành phố Hồ Chí Minh",
				"75 | percent | exact | total | planned | multi_year | 2028 | Quận 10 | representation | Thành phố Hồ Chí Minh",
				"25 | percent | exact | total | planned | multi_year | 2028 | Quận 10 | representation | Thành phố Hồ Chí Minh",
				"2 | event | exact | per_unit | planned | multi_year | 2028 | Quận 10 | emulation | Thành phố Hồ Chí Minh",
				"3 | event | exact | per_unit | planned | multi_year | 2028 | Quận 10 | emulation | Thành phố Hồ Chí Minh"}},
		{"near miss: what the congress did after its targets, and a yearly habit outside them, are results", link, "2023-06-20",
			"Đại hội Công đoàn quận 10 nhiệm kỳ 2023 - 2028\n\nĐến năm 2028, Công đoàn quận kết nạp 9.500 đoàn viên. Đại hội bầu 31 đồng chí vào Ban Chấp hành.\n\nHằng năm, LĐLĐ quận tổ chức 2 hội thi tay nghề cho người lao động.",
			[]string{"9500 | member | exact | total | planned | multi_year | 2028 | Quận 10 | membership | Thành phố Hồ Chí Minh",
				"31 | person | exact | total | achieved | year | 2023 | Quận 10 | other | Thành phố Hồ Chí Minh",
				"2 | event | exact | total | achieved | year | 2023 | Quận 10 | emulation | Thành phố Hồ Chí Minh"}},
		{"CĐN is a sectoral union: not the venue, nor the partner department's province", link, "2024-01-12",
			"CĐN Y tế Quảng Ninh tổng kết năm 2024\n\nSáng 8-1, tại TP Hạ Long, CĐN Y tế Quảng Ninh họp tổng kết hoạt động công đoàn năm 2024.\n\nCĐN Y tế Quảng Ninh đang quản lý 47 CĐCS với 5.800 đoàn viên. Trong năm, CĐN trực tiếp tặng quà cho 215 đoàn viên khó khăn. CĐN phối hợp với Sở Y tế tỉnh Quảng Ninh tổ chức giải bóng bàn với 185 vận động viên tham gia.",
			[]string{"47 | union | exact | total | achieved | snapshot | 2024 | Công đoàn ngành Y tế | membership | Quảng Ninh",
				"5800 | member | exact | total | achieved | snapshot | 2024 | Công đoàn ngành Y tế | membership | Quảng Ninh",
				"215 | member | exact | total | achieved | year | 2024 | Công đoàn ngành Y tế | welfare | Quảng Ninh",
				"185 | person | exact | total | achieved | year | 2024 | Công đoàn ngành Y tế | culture | Quảng Ninh"}},
		{"near miss: a vocational college written CĐN is no sectoral union", link, "2024-01-12",
			"Công đoàn Trường CĐN Việt Đức trao quà Tết\n\nNgày 10-1, Công đoàn Trường CĐN Việt Đức trao 30 suất quà cho đoàn viên khó khăn.",
			[]string{"30 | gift | exact | total | achieved | year | 2024 | Công đoàn Trường CĐN Việt Đức | welfare | "}},
		{"đạt tỷ lệ after an X/Y restates it; after a bare count it stays", link, "2023-01-12",
			"LĐLĐ huyện Quỳ Hợp tổng kết năm 2022\n\nNăm 2022, LĐLĐ huyện Quỳ Hợp thành lập mới 8/8 công đoàn cơ sở (đạt tỷ lệ 100%) và kết nạp 720 đoàn viên (đạt tỉ lệ 144%). Toàn huyện có 6/48 công đoàn cơ sở được đánh giá hoàn thành xuất sắc nhiệm vụ, đạt tỷ lệ 12,5%.",
			[]string{"8/8 | union | exact | total | achieved | year | 2022 | Quỳ Hợp | membership | Nghệ An | 100%",
				"720 | member | exact | total | achieved | year | 2022 | Quỳ Hợp | membership | Nghệ An",
				"144 | percent | exact | total | achieved | year | 2022 | Quỳ Hợp | membership | Nghệ An",
				"6/48 | union | exact | total | achieved | year | 2022 | Quỳ Hợp | membership | Nghệ An | 12.5%"}},
		{"the nation's ceremonial mood gives a congress's delegates no category", link, "2023-02-20",
			"Công đoàn trường THCS Sao Mai tổ chức Đại hội\n\nSáng 21/2, Công đoàn trường THCS Sao Mai tổ chức Đại hội nhiệm kỳ 2023 - 2028. Đại hội được tổ chức long trọng, trong không khí cả nước thi đua hướng về Đại hội Đảng các cấp; trong niềm vui của 29 đại biểu là đoàn viên công đoàn.",
			[]string{"29 | person | exact | total | achieved | year | 2023 | Công đoàn trường THCS Sao Mai | other | "}},
		{"near miss: an emulation movement and a check keep their categories", link, "2023-02-20",
			"LĐLĐ huyện Quỳ Hợp sơ kết quý I năm 2023\n\nQuý I năm 2023, hưởng ứng phong trào thi đua, 210 đoàn viên của LĐLĐ huyện Quỳ Hợp đăng ký đề tài. Ủy ban kiểm tra LĐLĐ huyện kiểm tra 14 công đoàn cơ sở.",
			[]string{"210 | member | exact | total | achieved | year | 2023 | Quỳ Hợp | emulation | Nghệ An",
				"14 | union | exact | total | achieved | year | 2023 | Quỳ Hợp | representation | Nghệ An"}},
		{"units that did something, a bare count before the next item's noun, a fund's size", link, "2023-01-12",
			"LĐLĐ huyện Quỳ Hợp tổng kết năm 2022\n\nDịp đầu năm học mới, toàn huyện đã có 118/140 công đoàn cơ sở phối hợp với nhà trường tổ chức khen thưởng cho con đoàn viên. Năm 2022, LĐLĐ huyện Quỳ Hợp hỗ trợ sửa chữa 3, xây mới 5 “Mái ấm Công đoàn”, giúp đoàn viên nghèo an cư. Với nguồn quỹ góp vốn quay vòng hơn 4 tỷ đồng, hàng trăm đoàn viên được vay không lãi.",
			[]string{"118/140 | union | exact | total | achieved | year | 2022 | Quỳ Hợp | welfare | Nghệ An",
				"3 | count | exact | total | achieved | year | 2022 | Quỳ Hợp | welfare | Nghệ An",
				"5 | count | exact | total | achieved | year | 2022 | Quỳ Hợp | welfare | Nghệ An",
				"4000000000 | vnd | more_than | total | achieved | snapshot | 2022 | Quỳ Hợp | finance | Nghệ An"}},
		{"near miss: the units there are, a sum after a bare count, capital added", link, "2023-01-12",
			"LĐLĐ huyện Quỳ Hợp tổng kết năm 2022\n\nToàn huyện có 135 công đoàn cơ sở với 8.200 đoàn viên. Năm 2022, LĐLĐ huyện Quỳ Hợp sửa chữa 2, hỗ trợ 30 triệu đồng cho đoàn viên khó khăn. LĐLĐ huyện bổ sung nguồn quỹ góp vốn 500 triệu đồng.",
			[]string{"135 | union | exact | total | achieved | snapshot | 2022 | Quỳ Hợp | membership | Nghệ An",
				"8200 | member | exact | total | achieved | snapshot | 2022 | Quỳ Hợp | membership | Nghệ An",
				"30000000 | vnd | exact | total | achieved | year | 2022 | Quỳ Hợp | welfare | Nghệ An",
				"500000000 | vnd | exact | total | achieved | year | 2022 | Quỳ Hợp | finance | Nghệ An"}},
	})
}

package extract

import "testing"

// TestRoundupsFixga19: what probe GA (held-out real excerpts of Hà Nội,
// other provinces and national bodies, nineteenth session) found wrong
// (PHENOMENA "GA"): a paragraph opening "Theo LĐLĐ X, …" in a roundup
// whose later sentences name no body went back to the title's body
// (GA19-1); the city's federation giving awards at the zones' union's
// review became the org (GA19-2); a year in a plan's clause ("triển khai
// kế hoạch chăm lo Tết Nguyên đán Y+1") beat the year of the results as
// the article's year (GA19-3); a body in an opening clause of time ("Ngay
// khi Tổng LĐLĐ phát động …,") taken for the subject (GA19-4); "N đôi"
// with no head noun after it dropped, and "Từ nay đến cuối năm" not a
// plan (GA19-5). Each rule has a near miss. Every sentence is invented.
func TestRoundupsFixga19(t *testing.T) {
	const undated = "https://example.vn/ldld-kon-tum-trao-ao-am-123.html"
	const hn = "https://laodongthudo.vn/cong-doan-cac-kcn-tong-ket.html"
	const zones = "Công đoàn các Khu công nghiệp và chế xuất | emulation | Hà Nội"
	runLineCases(t, []lineCase{
		{"GA19-1 a paragraph opening 'Theo LĐLĐ X,' is X's report to its end", undated, "",
			"LĐLĐ Kon Tum: Trao áo ấm cho công nhân nghèo\n\nLĐLĐ tỉnh Kon Tum vừa trao 80 áo ấm cho công nhân nghèo trong năm 2021.\n\nĐà Nẵng: Chăm lo cho đoàn viên\n\nTheo LĐLĐ TP Đà Nẵng, 6 tháng đầu năm 2021, các cấp công đoàn thành phố đã thăm hỏi 300 đoàn viên ốm đau. Cùng thời gian, các cấp CĐ đã kết nạp 4.100 đoàn viên, thành lập 12 CĐCS.",
			[]string{"80 | item | exact | total | achieved | year | 2021 | Kon Tum | welfare | Kon Tum",
				"300 | member | exact | total | achieved | year | 2021 | Đà Nẵng | welfare | Đà Nẵng",
				"4100 | member | exact | total | achieved | year | 2021 | Đà Nẵng | membership | Đà Nẵng",
				"12 | union | exact | total | achieved | year | 2021 | Đà Nẵng | membership | Đà Nẵng"}},
		{"GA19-1 near miss: 'Theo' a body in the middle of a paragraph does not carry it", undated, "",
			"LĐLĐ Kon Tum: Trao áo ấm cho công nhân nghèo\n\nLĐLĐ tỉnh Kon Tum vừa trao 80 áo ấm cho công nhân nghèo trong năm 2021. Theo LĐLĐ TP Đà Nẵng, công nhân ở đây rất khó khăn. Cùng thời gian, các cấp CĐ đã kết nạp 4.100 đoàn viên.",
			[]string{"80 | item | exact | total | achieved | year | 2021 | Kon Tum | welfare | Kon Tum",
				"4100 | member | exact | total | achieved | year | 2021 | Kon Tum | membership | Kon Tum"}},
		{"GA19-2 the city's federation giving awards at the zones' union's review: the zones' union's", hn, "2023-01-10",
			"Công đoàn các KCN Hà Nội nhìn lại một năm hoạt động\n\nSáng 9/1, Công đoàn các Khu công nghiệp và chế xuất Hà Nội đã tổ chức hội nghị đánh giá công tác năm 2022.\n\nDịp này, nhiều tập thể nhận Bằng khen của Tổng Liên đoàn Lao động Việt Nam. LĐLĐ Thành phố trao tặng Cờ thi đua cho 7 tập thể, Bằng khen cho 11 tập thể và 64 cá nhân.",
			[]string{"7 | collective | exact | total | achieved | year | 2022 | " + zones,
				"11 | collective | exact | total | achieved | year | 2022 | " + zones,
				"64 | person | exact | total | achieved | year | 2022 | " + zones}},
		{"GA19-2 near miss: the city's federation giving gifts apart stays its own", hn, "2023-01-10",
			"Công đoàn các KCN Hà Nội nhìn lại một năm hoạt động\n\nSáng 9/1, Công đoàn các Khu công nghiệp và chế xuất Hà Nội đã tổ chức hội nghị đánh giá công tác năm 2022.\n\nNgoài ra, Liên đoàn Lao động Thành phố còn trao 650 suất quà cho công nhân.",
			[]string{"650 | gift | exact | total | achieved | year | 2022 | Hà Nội | welfare | Hà Nội"}},
		{"GA19-3 a year in a plan's clause does not make the article's year", undated, "",
			"LĐLĐ Kon Tum chăm lo cho đoàn viên\n\nLĐLĐ tỉnh Kon Tum vừa tổng kết công tác chăm lo.\n\nLĐLĐ tỉnh đã thăm hỏi 250 đoàn viên ốm đau. Trong 9 tháng đầu năm 2018, LĐLĐ tỉnh đã trao 40 Mái ấm công đoàn. Từ nay đến cuối năm, LĐLĐ tỉnh tiếp tục triển khai kế hoạch chăm lo Tết Nguyên đán 2019 cho đoàn viên.",
			[]string{"250 | member | exact | total | achieved | year | 2018 | Kon Tum | welfare | Kon Tum",
				"40 | count | exact | total | achieved | year | 2018 | Kon Tum | welfare | Kon Tum"}},
		{"GA19-3 near miss: a plan's year alone still gives the year", undated, "",
			"LĐLĐ Kon Tum chăm lo cho đoàn viên\n\nLĐLĐ tỉnh Kon Tum vừa họp bàn công tác chăm lo.\n\nLĐLĐ tỉnh đã thăm hỏi 250 đoàn viên ốm đau. LĐLĐ tỉnh triển khai kế hoạch chăm lo Tết Nguyên đán 2019 cho đoàn viên.",
			[]string{"250 | member | exact | total | achieved | year | 2019 | Kon Tum | welfare | Kon Tum"}},
		{"GA19-4 a body in an opening clause of time is not the subject", hn, "2021-05-01",
			"Công đoàn ngành Giao thông vận tải Hà Nội lan tỏa Chương trình \"Vì người lao động\"\n\nNgay khi Tổng LĐLĐ Việt Nam phát động Chương trình \"Vì người lao động\", theo chỉ đạo của LĐLĐ thành phố Hà Nội, Công đoàn ngành Giao thông vận tải Hà Nội đã đưa Chương trình tới 100% các đơn vị trực thuộc.",
			[]string{"100 | percent | exact | total | achieved | year | 2021 | Công đoàn ngành Giao thông vận tải | other | Hà Nội"}},
		{"GA19-4 near miss: the national federation as the main subject acts", hn, "2021-05-01",
			"Tổng LĐLĐ Việt Nam phát động phong trào\n\nTổng Liên đoàn Lao động Việt Nam đã triển khai Chương trình \"Vì người lao động\" đến 100% các đơn vị.",
			[]string{"100 | percent | exact | total | achieved | year | 2021 | Tổng Liên đoàn Lao động Việt Nam | other | Việt Nam"}},
		{"GA19-5 'N đôi' with no noun after it is goods; 'Từ nay đến cuối năm' is a plan", undated, "",
			"LĐLĐ Kon Tum trao giày cho công nhân năm 2021\n\nLĐLĐ tỉnh Kon Tum đã trao tặng 90 đôi cho công nhân nghèo. Từ nay đến cuối năm, LĐLĐ tỉnh tiếp tục xét hỗ trợ 6 Mái ấm công đoàn.",
			[]string{"90 | item | exact | total | achieved | year | 2021 | Kon Tum | welfare | Kon Tum",
				"6 | count | exact | total | planned | year | 2021 | Kon Tum | welfare | Kon Tum"}},
		{"GA19-5 near miss: couples are no goods", undated, "",
			"LĐLĐ Kon Tum tổ chức lễ cưới tập thể năm 2021\n\nLĐLĐ tỉnh Kon Tum tổ chức lễ cưới tập thể cho 12 cặp đôi.",
			[]string{}},
	})
}

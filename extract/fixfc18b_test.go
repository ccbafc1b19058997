package extract

import "testing"

// TestBylinesFirmNamesAndRecipientsFC18b: what probe FC of the eighteenth
// session left (PHENOMENA "FC FE (… eighteenth session)"): a bare byline in
// capitals under the headline, a province inside firms' names, a
// recipient's own grassroots union. Every sentence is invented.
func TestBylinesFirmNamesAndRecipientsFC18b(t *testing.T) {
	const link = "https://example.vn/tin-fc18b.html"
	runLineCases(t, []lineCase{
		{"a bare byline in capitals under the headline leaves the headline its figure", link, "2024-11-19",
			"Gia Lai: 100% công đoàn cơ sở hoàn thành đại hội\n\nLÊ MINH\n\nNgày 18-11, Liên đoàn Lao động tỉnh Gia Lai tổ chức hội nghị chuẩn bị Đại hội Công đoàn tỉnh. Đến nay, 100% công đoàn cơ sở đã hoàn thành đại hội.",
			[]string{"100 | percent | exact | total | achieved | year | 2024 | Gia Lai | other | Gia Lai",
				"100 | percent | exact | total | achieved | year | 2024 | Gia Lai | other | Gia Lai"}},
		{"near miss: a headline in capitals with a figure is no byline", link, "2024-11-19",
			"Tin công đoàn\n\nTRAO 40 SUẤT QUÀ\n\nNgày 18-11, Liên đoàn Lao động tỉnh Gia Lai trao 40 suất quà cho đoàn viên khó khăn trong năm 2024.",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Gia Lai | welfare | Gia Lai",
				"40 | gift | exact | total | achieved | year | 2024 | Gia Lai | welfare | Gia Lai"}},
		{"a province inside a list of firms' names locates neither the figure nor the article", link, "2017-11-18",
			"Công đoàn ngành đã khen thưởng 12 tổ sản xuất và 50 công nhân của 4 đơn vị gồm Công ty TNHH MTV Cao su Ia Grai, Chư Păh, Kon Tum và Công ty CP Cao su Sa Thầy.",
			[]string{"12 | count | exact | total | achieved | year | 2017 |  | emulation | ",
				"50 | person | exact | total | achieved | year | 2017 |  | emulation | ",
				"4 | organization | exact | total | achieved | year | 2017 |  | emulation | "}},
		{"near miss: a province named as where the union acts locates it", link, "2017-11-18",
			"Tại Kon Tum, Công đoàn ngành đã khen thưởng 12 tổ sản xuất và 50 công nhân.",
			[]string{"12 | count | exact | total | achieved | year | 2017 |  | emulation | Kon Tum",
				"50 | person | exact | total | achieved | year | 2017 |  | emulation | Kon Tum"}},
		{"a recipient's own grassroots union is not the body of the next sentence's total", link, "2020-05-14",
			"Trao 30 suất hỗ trợ cho đoàn viên khó khăn\n\nChiều 12-5, Liên đoàn Lao động tỉnh Phú Yên tổ chức trao quà cho đoàn viên có hoàn cảnh khó khăn.\n\nLĐLĐ tỉnh đã trao 25 suất cho đoàn viên. Bên cạnh đó, LĐLĐ tỉnh trao 40 triệu đồng hỗ trợ xây Mái ấm công đoàn cho chị Trần Thị Hoa - đoàn viên Công đoàn cơ sở Trường Tiểu học xã An Ninh. Tổng trị giá của đợt trao hỗ trợ hơn 52 triệu đồng.",
			[]string{"30 | gift | exact | total | achieved | year | 2020 | Phú Yên | welfare | Phú Yên",
				"25 | gift | exact | total | achieved | year | 2020 | Phú Yên | welfare | Phú Yên",
				"40000000 | vnd | exact | total | achieved | year | 2020 | Phú Yên | welfare | Phú Yên",
				"52000000 | vnd | more_than | total | achieved | year | 2020 | Phú Yên | welfare | Phú Yên"}},
		{"… written CĐCS", link, "2020-05-14",
			"Trao 30 suất hỗ trợ cho đoàn viên khó khăn\n\nChiều 12-5, Liên đoàn Lao động tỉnh Phú Yên tổ chức trao quà cho đoàn viên có hoàn cảnh khó khăn.\n\nLĐLĐ tỉnh trao 40 triệu đồng hỗ trợ xây Mái ấm công đoàn cho anh Lê Văn Nam - đoàn viên CĐCS Công ty May Tuy An. Tổng trị giá của đợt trao hỗ trợ hơn 52 triệu đồng.",
			[]string{"30 | gift | exact | total | achieved | year | 2020 | Phú Yên | welfare | Phú Yên",
				"40000000 | vnd | exact | total | achieved | year | 2020 | Phú Yên | welfare | Phú Yên",
				"52000000 | vnd | more_than | total | achieved | year | 2020 | Phú Yên | welfare | Phú Yên"}},
		{"near miss: a grassroots union that gives acts", link, "2020-05-14",
			"Trao 30 suất hỗ trợ cho đoàn viên khó khăn\n\nChiều 12-5, tại tỉnh Phú Yên, Công đoàn cơ sở Công ty May Sông Cầu trao 30 suất quà cho đoàn viên khó khăn. Tổng trị giá hơn 12 triệu đồng.",
			[]string{"30 | gift | exact | total | achieved | year | 2020 | Công đoàn cơ sở Công ty May Sông Cầu | welfare | Phú Yên",
				"30 | gift | exact | total | achieved | year | 2020 | Công đoàn cơ sở Công ty May Sông Cầu | welfare | Phú Yên",
				"12000000 | vnd | more_than | total | achieved | year | 2020 | Công đoàn cơ sở Công ty May Sông Cầu | welfare | Phú Yên"}},
	})
}

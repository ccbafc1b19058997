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
			"Đắk Lắk: 100% công đoàn cơ sở hoàn thành đại hội\n\nTRẦN HÙNG\n\nNgày 16-11, Liên đoàn Lao động tỉnh Đắk Lắk họp bàn việc chuẩn bị cho Đại hội Công đoàn tỉnh. Tới nay, 100% công đoàn cơ sở trong tỉnh đã hoàn thành đại hội.",
			[]string{"100 | percent | exact | total | achieved | year | 2024 | Đắk Lắk | other | Đắk Lắk",
				"100 | percent | exact | total | achieved | year | 2024 | Đắk Lắk | other | Đắk Lắk"}},
		{"near miss: a headline in capitals with a figure is no byline", link, "2024-11-19",
			"Tin công đoàn\n\nTRAO 40 SUẤT QUÀ\n\nNgày 18-11, Liên đoàn Lao động tỉnh Gia Lai trao 40 suất quà cho đoàn viên khó khăn trong năm 2024.",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Gia Lai | welfare | Gia Lai",
				"40 | gift | exact | total | achieved | year | 2024 | Gia Lai | welfare | Gia Lai"}},
		{"a province inside a list of firms' names locates neither the figure nor the article", link, "2017-11-18",
			"Năm nay Công đoàn ngành khen thưởng 9 tổ sản xuất và 46 công nhân của 4 đơn vị gồm Công ty TNHH MTV Cao su Krông Búk, Krông Năng, Bình Phước và Công ty CP Cao su Đồng Phú.",
			[]string{"9 | count | exact | total | achieved | year | 2017 |  | emulation | ",
				"46 | person | exact | total | achieved | year | 2017 |  | emulation | ",
				"4 | organization | exact | total | achieved | year | 2017 |  | emulation | "}},
		{"near miss: a province named as where the union acts locates it", link, "2017-11-18",
			"Tại Bình Phước, Công đoàn ngành đã khen thưởng 9 tổ sản xuất và 46 công nhân.",
			[]string{"9 | count | exact | total | achieved | year | 2017 |  | emulation | Bình Phước",
				"46 | person | exact | total | achieved | year | 2017 |  | emulation | Bình Phước"}},
		{"a recipient's own grassroots union is not the body of the next sentence's total", link, "2020-05-14",
			"Bình Định: 28 suất hỗ trợ đến đoàn viên khó khăn\n\nSáng 9-5, Liên đoàn Lao động tỉnh Bình Định đến thăm, tặng quà đoàn viên gặp khó khăn.\n\nLĐLĐ tỉnh đã trao 23 suất cho đoàn viên. Ngoài ra, LĐLĐ tỉnh trao 35 triệu đồng để xây Mái ấm công đoàn cho chị Đỗ Thị Lan - đoàn viên Công đoàn cơ sở Trường Tiểu học xã Phước Sơn. Tổng trị giá của đợt hỗ trợ hơn 47 triệu đồng.",
			[]string{"28 | gift | exact | total | achieved | year | 2020 | Bình Định | welfare | Bình Định",
				"23 | gift | exact | total | achieved | year | 2020 | Bình Định | welfare | Bình Định",
				"35000000 | vnd | exact | total | achieved | year | 2020 | Bình Định | welfare | Bình Định",
				"47000000 | vnd | more_than | total | achieved | year | 2020 | Bình Định | welfare | Bình Định"}},
		{"… written CĐCS", link, "2020-05-14",
			"Bình Định: 28 suất hỗ trợ đến đoàn viên khó khăn\n\nSáng 9-5, Liên đoàn Lao động tỉnh Bình Định đến thăm, tặng quà đoàn viên gặp khó khăn.\n\nLĐLĐ tỉnh trao 35 triệu đồng để xây Mái ấm công đoàn cho anh Võ Văn Tâm - đoàn viên CĐCS Công ty May Hoài Nhơn. Tổng trị giá của đợt hỗ trợ hơn 47 triệu đồng.",
			[]string{"28 | gift | exact | total | achieved | year | 2020 | Bình Định | welfare | Bình Định",
				"35000000 | vnd | exact | total | achieved | year | 2020 | Bình Định | welfare | Bình Định",
				"47000000 | vnd | more_than | total | achieved | year | 2020 | Bình Định | welfare | Bình Định"}},
		{"near miss: a grassroots union that gives acts", link, "2020-05-14",
			"Trao 30 suất hỗ trợ cho đoàn viên khó khăn\n\nChiều 12-5, tại tỉnh Phú Yên, Công đoàn cơ sở Công ty May Sông Cầu trao 30 suất quà cho đoàn viên khó khăn. Tổng trị giá hơn 12 triệu đồng.",
			[]string{"30 | gift | exact | total | achieved | year | 2020 | Công đoàn cơ sở Công ty May Sông Cầu | welfare | Phú Yên",
				"30 | gift | exact | total | achieved | year | 2020 | Công đoàn cơ sở Công ty May Sông Cầu | welfare | Phú Yên",
				"12000000 | vnd | more_than | total | achieved | year | 2020 | Công đoàn cơ sở Công ty May Sông Cầu | welfare | Phú Yên"}},
	})
}

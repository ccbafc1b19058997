package extract

import "testing"

// TestRoundupYearsStatusUnitsAndChrome: what probe FE of the eighteenth
// session (PHENOMENA "FE", number-dense roundups) found misread: an
// undated page whose only date is the month its address files it under
// (FE18-4), a building's history year in the lead taken for the year
// reported (FE18-5), results told against a plan read as planned
// (FE18-7), members counted by "người" after "số đoàn viên tăng", the
// first bound of "từ … đến …", victims (FE18-8a), a bank listed with the
// union as joint givers (FE18-8b), a view counter's label and a last word
// cut in half (FE18-8c). Each rule has a near miss. Every sentence is
// invented.
func TestRoundupYearsStatusUnitsAndChrome(t *testing.T) {
	const link = "https://example.vn/tin-fe.html"
	runLineCases(t, []lineCase{
		{"an undated page takes the year of the month its address files it under", "https://example.vn/xa-hoi/202103/quy-mai-am-vuot-ke-hoach-5521.html", "",
			"Quỹ Mái ấm của LĐLĐ tỉnh Bến Tre vượt kế hoạch\n\nTừ đầu năm đến nay, LĐLĐ tỉnh Bến Tre đã vận động được 2,4 tỷ đồng cho quỹ Mái ấm Công đoàn.",
			[]string{"2400000000 | vnd | exact | total | achieved | year | 2021 | Bến Tre | finance | Bến Tre"}},
		{"an undated page takes the year of a path filed by year and month", "https://example.vn/2021/03/quy-mai-am-5521.html", "",
			"Quỹ Mái ấm của LĐLĐ tỉnh Bến Tre vượt kế hoạch\n\nTừ đầu năm đến nay, LĐLĐ tỉnh Bến Tre đã vận động được 2,4 tỷ đồng cho quỹ Mái ấm Công đoàn.",
			[]string{"2400000000 | vnd | exact | total | achieved | year | 2021 | Bến Tre | finance | Bến Tre"}},
		{"near miss: the one year the body states comes before the address", "https://example.vn/xa-hoi/202103/quy-mai-am-5521.html", "",
			"Quỹ Mái ấm của LĐLĐ tỉnh Bến Tre vượt kế hoạch\n\nTừ đầu năm đến nay, LĐLĐ tỉnh Bến Tre đã vận động được 2,4 tỷ đồng cho quỹ Mái ấm Công đoàn.\n\nCác căn nhà đều được bàn giao trong năm 2020.",
			[]string{"2400000000 | vnd | exact | total | achieved | year | 2020 | Bến Tre | finance | Bến Tre"}},
		{"near miss: an article's number in the path is no month", "https://example.vn/tin-tuc/193734/quy-mai-am.html", "",
			"Quỹ Mái ấm của LĐLĐ tỉnh Bến Tre vượt kế hoạch\n\nTừ đầu năm đến nay, LĐLĐ tỉnh Bến Tre đã vận động được 2,4 tỷ đồng cho quỹ Mái ấm Công đoàn.",
			[]string{"2400000000 | vnd | exact | total | achieved | year | 0 | Bến Tre | finance | Bến Tre"}},
		{"a year a building was begun or opened in the lead is not the year reported", link, "2019-08-21",
			"LĐLĐ huyện Bình Chánh đã trao 30 suất quà cho công nhân khó khăn\n\nĐoàn cũng đến thăm Nhà văn hóa công nhân của huyện, được khởi công xây dựng vào năm 2016 và đưa vào sử dụng năm 2017.",
			[]string{"30 | gift | exact | total | achieved | year | 2019 | Bình Chánh | welfare | Thành phố Hồ Chí Minh"}},
		{"near miss: a year the lead reports on stays the article's", link, "2019-08-21",
			"LĐLĐ huyện Bình Chánh tặng quà công nhân\n\nLĐLĐ huyện Bình Chánh tổng kết công tác năm 2018 và trao 30 suất quà cho công nhân khó khăn.",
			[]string{"30 | gift | exact | total | achieved | year | 2018 | Bình Chánh | welfare | Thành phố Hồ Chí Minh"}},
		{"results compared with the plan, after plans carried out, are achieved", link, "2023-01-10",
			"Công đoàn các KCN tỉnh Long An tổng kết năm 2022\n\nNăm qua, bên cạnh thực hiện các chương trình, kế hoạch của cấp trên, Công đoàn các KCN tỉnh Long An đã làm tốt công tác phát triển đoàn viên với 1.200 đoàn viên mới (đạt 120% so với chỉ tiêu được giao); thành lập mới 6 CĐCS (vượt 2 đơn vị so với chỉ tiêu).",
			[]string{"1200 | member | exact | total | achieved | year | 2022 | Công đoàn các Khu công nghiệp | membership | Long An",
				"120 | percent | exact | total | achieved | year | 2022 | Công đoàn các Khu công nghiệp | membership | Long An",
				"6 | union | exact | total | achieved | year | 2022 | Công đoàn các Khu công nghiệp | membership | Long An",
				"2 | organization | more_than | total | achieved | year | 2022 | Công đoàn các Khu công nghiệp | membership | Long An"}},
		{"near miss: a plan that opens the figure's own clause is planned", link, "2023-01-10",
			"Công đoàn các KCN tỉnh Long An tổng kết năm 2022\n\nNăm 2023, bên cạnh thực hiện các chương trình của cấp trên, Công đoàn các KCN tỉnh Long An đặt kế hoạch kết nạp 1.500 đoàn viên.",
			[]string{"1500 | member | exact | total | planned | year | 2023 | Công đoàn các Khu công nghiệp | membership | Long An"}},
		{"members counted as people after số đoàn viên tăng, both bounds of từ … đến, and victims", link, "2023-01-10",
			"LĐLĐ huyện Cần Giuộc tổng kết năm 2022\n\nNăm 2022, số đoàn viên toàn huyện tăng 850 người; LĐLĐ huyện Cần Giuộc đã hỗ trợ 12 nạn nhân tai nạn lao động. Năm 2023, LĐLĐ huyện Cần Giuộc phấn đấu kết nạp từ 1.500 đến 1.800 đoàn viên.",
			[]string{"850 | member | exact | total | achieved | year | 2022 | Cần Giuộc | membership | Long An",
				"12 | person | exact | total | achieved | year | 2022 | Cần Giuộc | welfare | Long An",
				"1500 | member | exact | total | planned | year | 2023 | Cần Giuộc | membership | Long An",
				"1800 | member | exact | total | planned | year | 2023 | Cần Giuộc | membership | Long An"}},
		{"near miss: people counted after số lao động tăng stay people", link, "2023-01-10",
			"LĐLĐ huyện Cần Giuộc tổng kết năm 2022\n\nNăm 2022, LĐLĐ huyện Cần Giuộc cho biết số lao động toàn huyện tăng 850 người.",
			[]string{"850 | person | exact | total | achieved | year | 2022 | Cần Giuộc | other | Long An"}},
		{"a bank listed after the union that opens the clause gives with it", link, "2020-04-09",
			"Chăm lo người lao động khó khăn\n\nNgày 8-4, LĐLĐ quận 5 đã trao 50 phần quà cho đoàn viên khó khăn.\n\n- Cùng ngày, LĐLĐ quận 3, TP HCM, Ngân hàng Thương mại CP Á Châu - Chi nhánh 3 đã phối hợp với Hội Chữ thập đỏ quận 3 trao 80 phần quà cho những người bán hàng rong, mỗi phần quà trị giá 250.000 đồng.",
			[]string{"50 | gift | exact | total | achieved | year | 2020 | Quận 5 | welfare | Thành phố Hồ Chí Minh",
				"80 | gift | exact | total | achieved | year | 2020 | Quận 3 | welfare | Thành phố Hồ Chí Minh",
				"250000 | vnd | exact | per_unit | achieved | year | 2020 | Quận 3 | welfare | Thành phố Hồ Chí Minh"}},
		{"near miss: a bank that gives in a clause of its own gives alone", link, "2020-04-09",
			"Chăm lo người lao động khó khăn\n\nNgày 8-4, LĐLĐ quận 3 đã trao 50 phần quà cho đoàn viên, Ngân hàng Thương mại CP Á Châu trao 80 phần quà cho người bán hàng rong.",
			[]string{"50 | gift | exact | total | achieved | year | 2020 | Quận 3 | welfare | Thành phố Hồ Chí Minh"}},
		{"a view counter's label and a last word cut in half give nothing", link, "2022-01-18",
			"LĐLĐ quận 3 chăm lo Tết\n\n10:15 - Thứ Ba, 18/01/2022 Lượt xem: 4812 In bài viết\n\nNgày 17-1, LĐLĐ quận 3 đã trao 120 phần quà cho đoàn viên khó khăn.\n\n- Trước đó, LĐLĐ quận 5 cũng đã tặng 40 phầ",
			[]string{"120 | gift | exact | total | achieved | year | 2022 | Quận 3 | welfare | Thành phố Hồ Chí Minh"}},
		{"near miss: a last sentence whole without its full stop keeps its figure", link, "2022-01-18",
			"LĐLĐ quận 3 chăm lo Tết\n\nNgày 17-1, LĐLĐ quận 3 đã trao 120 phần quà cho đoàn viên khó khăn.\n\n- Trước đó, LĐLĐ quận 5 cũng đã tặng 40 phần quà cho công nhân\n\nMinh Anh",
			[]string{"120 | gift | exact | total | achieved | year | 2022 | Quận 3 | welfare | Thành phố Hồ Chí Minh",
				"40 | gift | exact | total | achieved | year | 2022 | Quận 5 | welfare | Thành phố Hồ Chí Minh"}},
	})
}

package extract

import "testing"

// TestLawsuitsTraineesOneGiftAndLawNames: what probe FG of the eighteenth
// session (PHENOMENA "FG", unions on disputes and rights) found misread:
// a union's lawsuits over unpaid social insurance and the arrears
// recovered read as other or membership (FG18-2), legal advisers trained
// read as representation and counted as things (FG18-5), one gift's
// worth handed to one person read as a rate (FG18-8), and the year in a
// law's name taken for the year reported (FG18-9). Each rule has a near
// miss. Every sentence is invented.
func TestLawsuitsTraineesOneGiftAndLawNames(t *testing.T) {
	const link = "https://example.vn/tin-fg.html"
	runLineCases(t, []lineCase{
		{"a union's lawsuits against firms in arrears are representation", link, "2022-06-10",
			"LĐLĐ tỉnh Phú Thọ bảo vệ quyền lợi người lao động\n\nNăm 2021, LĐLĐ tỉnh Phú Thọ đã lập hồ sơ khởi kiện 4 doanh nghiệp nợ BHXH ra tòa án.",
			[]string{"4 | organization | exact | total | achieved | year | 2021 | Phú Thọ | representation | Phú Thọ"}},
		{"unions that filed suits and the cases filed are representation, not membership", link, "2022-06-10",
			"Công đoàn khởi kiện doanh nghiệp nợ bảo hiểm\n\nNăm 2021, Tổng LĐLĐ Việt Nam cho biết đã có 21/63 LĐLĐ tỉnh, thành phố nộp đơn khởi kiện với 48 vụ doanh nghiệp nợ đọng BHXH.",
			[]string{"21/63 | union | exact | total | achieved | year | 2021 | Tổng Liên đoàn Lao động Việt Nam | representation | Việt Nam",
				"48 | count | exact | total | achieved | year | 2021 | Tổng Liên đoàn Lao động Việt Nam | representation | Việt Nam"}},
		{"arrears a firm paid after the union's notice are representation", link, "2022-06-10",
			"Công đoàn khởi kiện doanh nghiệp nợ bảo hiểm\n\nSau khi LĐLĐ tỉnh Phú Thọ gửi thông báo, các doanh nghiệp đã truy nộp hơn 12 tỉ đồng cho người lao động.",
			[]string{"12000000000 | vnd | more_than | total | achieved | year | 2022 | Phú Thọ | representation | Phú Thọ"}},
		{"near miss: a union's new grassroots unions with no suit stay membership", link, "2022-06-10",
			"LĐLĐ tỉnh Phú Thọ phát triển đoàn viên\n\nNăm 2021, đã có 21/30 LĐLĐ huyện, thị xã thành lập mới công đoàn cơ sở.",
			[]string{"21/30 | union | exact | total | achieved | year | 2021 | Phú Thọ | membership | Phú Thọ"}},
		{"legal advisers trained are training, and advisers are people", link, "2019-04-20",
			"LĐLĐ tỉnh Nam Định tư vấn pháp luật cho công nhân\n\nNăm 2019, LĐLĐ tỉnh Nam Định tập huấn kỹ năng tư vấn pháp luật cho 64 tư vấn viên và 320 cán bộ công đoàn.",
			[]string{"64 | person | exact | total | achieved | year | 2019 | Nam Định | training | Nam Định",
				"320 | person | exact | total | achieved | year | 2019 | Nam Định | training | Nam Định"}},
		{"near miss: workers given legal advice stay representation", link, "2019-04-20",
			"LĐLĐ tỉnh Nam Định tư vấn pháp luật cho công nhân\n\nNăm 2019, các tư vấn viên của LĐLĐ tỉnh Nam Định đã tư vấn pháp luật cho 2.300 công nhân.",
			[]string{"2300 | person | exact | total | achieved | year | 2019 | Nam Định | representation | Nam Định"}},
		{"near miss: those advised after a class held before the comma are advised, a gift after a class is a gift", link, "2019-04-20",
			"LĐLĐ tỉnh Nam Định tư vấn pháp luật cho công nhân\n\nSau lớp tập huấn, các tư vấn viên của LĐLĐ tỉnh Nam Định đã tư vấn pháp luật cho 900 công nhân. LĐLĐ tỉnh Nam Định cũng tập huấn và tặng quà cho 75 công nhân.",
			[]string{"900 | person | exact | total | achieved | year | 2019 | Nam Định | representation | Nam Định",
				"75 | person | exact | total | achieved | year | 2019 | Nam Định | welfare | Nam Định"}},
		{"near miss: what a body requires claims nothing", link, "2022-06-10",
			"LĐLĐ tỉnh Phú Thọ phát triển đoàn viên\n\nNăm 2022, LĐLĐ tỉnh Phú Thọ đòi hỏi 20 đơn vị báo cáo đúng hạn.",
			[]string{"20 | organization | exact | total | achieved | year | 2022 | Phú Thọ | other | Phú Thọ"}},
		{"one gift's worth handed to one person is a total", link, "2021-08-03",
			"LĐLĐ quận 7 thăm công nhân bị tai nạn lao động\n\nSáng 2/8, LĐLĐ quận 7 đến thăm và tặng sổ tiết kiệm trị giá 3 triệu đồng cho anh Trần Văn Bình, công nhân Công ty TNHH An Phú.",
			[]string{"3000000 | vnd | exact | total | achieved | year | 2021 | Quận 7 | welfare | Thành phố Hồ Chí Minh"}},
		{"near miss: each of many gifts' worth stays a rate", link, "2021-08-03",
			"LĐLĐ quận 7 thăm công nhân bị tai nạn lao động\n\nSáng 2/8, LĐLĐ quận 7 đã tặng 45 suất quà cho công nhân bị tai nạn lao động, mỗi suất quà trị giá 800.000 đồng.",
			[]string{"45 | gift | exact | total | achieved | year | 2021 | Quận 7 | welfare | Thành phố Hồ Chí Minh",
				"800000 | vnd | exact | per_unit | achieved | year | 2021 | Quận 7 | welfare | Thành phố Hồ Chí Minh"}},
		{"the year in a law's name is not the year reported", link, "2021-10-12",
			"LĐLĐ quận Gò Vấp đưa pháp luật đến công nhân\n\nDịp này, LĐLĐ quận Gò Vấp còn tổ chức tuyên truyền Bộ luật Lao động sửa đổi năm 2019 đến 180 đoàn viên.",
			[]string{"180 | member | exact | total | achieved | year | 2021 | Gò Vấp | training | Thành phố Hồ Chí Minh"}},
		{"near miss: a year the sentence reports on stays its own", link, "2021-10-12",
			"LĐLĐ quận Gò Vấp đưa pháp luật đến công nhân\n\nTrong năm 2020, LĐLĐ quận Gò Vấp đã tuyên truyền pháp luật đến 180 đoàn viên.",
			[]string{"180 | member | exact | total | achieved | year | 2020 | Gò Vấp | training | Thành phố Hồ Chí Minh"}},
	})
}

package extract

import "testing"

// TestTermsYouthAndScopes: what probe EB of the seventeenth session (the
// southern provinces, PHENOMENA "EB") found misread: a term's range taken
// for an undated article's year (so the 2025 map renamed its province), a
// Youth Union article taken for union work, a delegation to a congress
// given to the congress's body, a period marker that ends a sentence
// carried into the next, a venue's district carried into the next
// paragraph, a plan the lead recalls carried into a report, a gloss in
// brackets that broke a gift's parts, and a weight written against its
// number. Each rule has a near miss. Every sentence is invented. want
// lists the records as line renders them.
func TestTermsYouthAndScopes(t *testing.T) {
	const link = "https://example.vn/a-1.html"
	runLineCases(t, []lineCase{
		{"a term's range dates no article", link, "",
			"Trao 420 phần quà Tết cho công nhân Trà Vinh\n\nLĐLĐ tỉnh Trà Vinh trao 420 phần quà Tết cho đoàn viên nghèo.\n\nNgày 14.1, LĐLĐ tỉnh Trà Vinh về huyện Tiểu Cần tổ chức Tết sum vầy năm 2023 và phát động thi đua chào mừng Đại hội công đoàn các cấp nhiệm kỳ 2023 – 2028.",
			[]string{"420 | gift | exact | total | achieved | year | 2023 | Trà Vinh | welfare | Trà Vinh",
				"420 | gift | exact | total | achieved | year | 2023 | Trà Vinh | welfare | Trà Vinh"}},
		{"near miss: a span that is no term names its last year", link, "",
			"LĐLĐ tỉnh Trà Vinh phát triển đoàn viên\n\nLĐLĐ tỉnh Trà Vinh tổng kết phong trào phát triển đoàn viên.\n\nGiai đoạn 2018 – 2022, LĐLĐ tỉnh Trà Vinh kết nạp 5.200 đoàn viên.",
			[]string{"5200 | member | exact | total | achieved | multi_year | 2022 | Trà Vinh | membership | Trà Vinh"}},
		{"a Youth Union's gifts are no union work", link, "2023-09-20",
			"Tặng quà Trung thu cho thiếu nhi, con đoàn viên khó khăn\n\nTối 15/9, Huyện Đoàn Long Điền phối hợp với Chi đoàn Sở Tài chính, Đoàn xã Tam Phước, Cụm thi đua số 2-Huyện Đoàn tổ chức chương trình tặng quà cho thiếu nhi và con công nhân, đoàn viên khó khăn.\n\nDịp này, Ban tổ chức đã trao 40 suất quà, mỗi suất 300.000 đồng.",
			nil},
		{"near miss: a union beside the Youth Union", link, "2023-09-20",
			"Trao 40 suất quà Trung thu cho thiếu nhi\n\nTối 15/9, LĐLĐ huyện Long Điền phối hợp với Huyện Đoàn Long Điền tổ chức chương trình tặng quà cho con công nhân, đoàn viên khó khăn.\n\nDịp này, LĐLĐ huyện đã trao 40 suất quà, mỗi suất 300.000 đồng.",
			[]string{"40 | gift | exact | total | achieved | year | 2023 | Long Điền | welfare | Bà Rịa - Vũng Tàu",
				"40 | gift | exact | total | achieved | year | 2023 | Long Điền | welfare | Bà Rịa - Vũng Tàu",
				"300000 | vnd | exact | per_unit | achieved | year | 2023 | Long Điền | welfare | Bà Rịa - Vũng Tàu"}},
		{"a delegation to a congress is the body's that sends it", link, "2023-08-12",
			"Đại hội Công đoàn thành phố Đà Nẵng lần thứ XI thành công tốt đẹp\n\nChiều 12/8, Đại hội Công đoàn thành phố Đà Nẵng lần thứ XI, nhiệm kỳ 2023 - 2028 đã bế mạc.\n\nĐoàn đại biểu dự Đại hội XIII Công đoàn Việt Nam của thành phố gồm 9 đại biểu chính thức và 1 đại biểu dự khuyết.",
			[]string{"9 | person | exact | total | achieved | year | 2023 | Đà Nẵng | other | Đà Nẵng",
				"1 | person | exact | total | achieved | year | 2023 | Đà Nẵng | other | Đà Nẵng"}},
		{"near miss: a national congress's own delegates", link, "2023-12-02",
			"Khai mạc Đại hội XIII Công đoàn Việt Nam\n\nSáng 1/12, Đại hội XIII Công đoàn Việt Nam khai mạc tại Hà Nội.\n\nĐại hội XIII Công đoàn Việt Nam có 1.100 đại biểu chính thức tham dự.",
			[]string{"1100 | person | exact | total | achieved | year | 2023 | Tổng Liên đoàn Lao động Việt Nam | other | Việt Nam"}},
		{"a period marker that ends a sentence governs nothing after it", link, "2023-01-10",
			"Công đoàn các KCN tỉnh Hậu Giang tặng quà Tết\n\nNgày 9/1, Công đoàn các KCN tỉnh Hậu Giang tặng quà cho người lao động Công ty TNHH An Phát.\n\nCông ty TNHH An Phát chưa có tổ chức công đoàn nhưng đã trích nộp kinh phí công đoàn đầy đủ trong nhiều năm qua. Nhân dịp Tết, Công đoàn các KCN tỉnh Hậu Giang đã trao 90 phần quà, mỗi phần 400.000 đồng.",
			[]string{"90 | gift | exact | total | achieved | year | 2023 | Công đoàn các Khu công nghiệp | welfare | Hậu Giang",
				"400000 | vnd | exact | per_unit | achieved | year | 2023 | Công đoàn các Khu công nghiệp | welfare | Hậu Giang"}},
		{"near miss: a period marker that opens a sentence governs it", link, "2023-05-10",
			"Công đoàn các KCN tỉnh Hậu Giang chăm lo cho công nhân\n\nNgày 9/5, Công đoàn các KCN tỉnh Hậu Giang tổng kết công tác chăm lo cho người lao động.\n\nTrong nhiều năm qua, Công đoàn các KCN tỉnh Hậu Giang đã trao 9.000 phần quà cho công nhân.",
			[]string{"9000 | gift | exact | total | achieved | multi_year | 2023 | Công đoàn các Khu công nghiệp | welfare | Hậu Giang"}},
		{"a venue's district is not the next paragraph's actor", link, "2016-05-11",
			"Tây Ninh: Trao 60 suất học bổng cho con công nhân\n\nSáng 10/5, LĐLĐ tỉnh Tây Ninh trao 60 suất học bổng tại nhà văn hóa Công ty TNHH Bình An, Khu công nghiệp Phước Đông, huyện Gò Dầu.\n\nCác suất học bổng do Ngân hàng Phước An tài trợ. Mỗi suất trị giá 600.000 đồng.",
			[]string{"60 | gift | exact | total | achieved | year | 2016 | Tây Ninh | welfare | Tây Ninh",
				"60 | gift | exact | total | achieved | year | 2016 | Tây Ninh | welfare | Tây Ninh",
				"600000 | vnd | exact | per_unit | achieved | year | 2016 | Tây Ninh | welfare | Tây Ninh"}},
		{"near miss: the district that acts in the paragraph before", link, "2016-05-11",
			"Tây Ninh: Trao 60 suất học bổng cho con công nhân\n\nSáng 10/5, LĐLĐ huyện Gò Dầu trao 60 suất học bổng cho con công nhân.\n\nCác suất học bổng do Ngân hàng Phước An tài trợ. Mỗi suất trị giá 600.000 đồng.",
			[]string{"60 | gift | exact | total | achieved | year | 2016 | Gò Dầu | welfare | Tây Ninh",
				"60 | gift | exact | total | achieved | year | 2016 | Gò Dầu | welfare | Tây Ninh",
				"600000 | vnd | exact | per_unit | achieved | year | 2016 | Gò Dầu | welfare | Tây Ninh"}},
		{"a plan the lead recalls under a headline of what was done", link, "2024-02-21",
			"Ngày 20-2, LĐLĐ tỉnh Sóc Trăng đã tổ chức đoàn thăm doanh nghiệp sau Tết Nguyên đán\n\nĐầu năm 2024, Ban Thường vụ LĐLĐ tỉnh Sóc Trăng có kế hoạch thăm, tặng quà cho đoàn viên trước, trong và sau Tết.\n\nBà Nguyễn Thị Cúc, Phó Chủ tịch LĐLĐ tỉnh Sóc Trăng, đến thăm Công ty TNHH Đại Phong và trao 45 phần quà cho đoàn viên.",
			[]string{"45 | gift | exact | total | achieved | year | 2024 | Sóc Trăng | welfare | Sóc Trăng"}},
		{"near miss: a headline that issues the plan", link, "2024-01-08",
			"LĐLĐ tỉnh Sóc Trăng đã ban hành kế hoạch chăm lo Tết\n\nĐầu năm 2024, Ban Thường vụ LĐLĐ tỉnh Sóc Trăng có kế hoạch thăm, tặng quà cho đoàn viên trước, trong và sau Tết.\n\nNgoài ra, còn mở phiên chợ Tết Công đoàn tại 3 khu công nghiệp của tỉnh.",
			[]string{"3 | count | exact | total | planned | year | 2024 | Sóc Trăng | welfare | Sóc Trăng"}},
		{"a gloss in brackets keeps a gift's parts each one's", link, "2025-01-20",
			"Công đoàn Viên chức tỉnh Long An chăm lo Tết\n\nCông đoàn Viên chức tỉnh Long An trao 250 suất quà, mỗi suất trị giá 1,5 triệu đồng gồm 1,2 triệu đồng tiền mặt (chuyển khoản) và phiếu mua sắm trị giá 300.000 đồng.",
			[]string{"250 | gift | exact | total | achieved | year | 2025 | Công đoàn Viên chức | welfare | Long An",
				"1500000 | vnd | exact | per_unit | achieved | year | 2025 | Công đoàn Viên chức | welfare | Long An",
				"1200000 | vnd | exact | per_unit | achieved | year | 2025 | Công đoàn Viên chức | welfare | Long An",
				"300000 | vnd | exact | per_unit | achieved | year | 2025 | Công đoàn Viên chức | welfare | Long An"}},
		{"near miss: a bracket with a figure ends the parts", link, "2025-01-20",
			"Công đoàn Viên chức tỉnh Long An chăm lo Tết\n\nCông đoàn Viên chức tỉnh Long An trao 250 suất quà, mỗi suất có 1,2 triệu đồng tiền mặt (tổng 300 triệu đồng) và tổng kinh phí hàng hóa 75 triệu đồng.",
			[]string{"250 | gift | exact | total | achieved | year | 2025 | Công đoàn Viên chức | welfare | Long An",
				"1200000 | vnd | exact | per_unit | achieved | year | 2025 | Công đoàn Viên chức | welfare | Long An",
				"300000000 | vnd | exact | total | achieved | year | 2025 | Công đoàn Viên chức | welfare | Long An",
				"75000000 | vnd | exact | total | achieved | year | 2025 | Công đoàn Viên chức | welfare | Long An"}},
		{"a weight written against its number", link, "2021-10-30",
			"LĐLĐ huyện Chợ Mới trao túi an sinh\n\nLĐLĐ huyện Chợ Mới (tỉnh An Giang) đã trao 120 túi an sinh cho đoàn viên khó khăn. Mỗi túi gồm 10kg gạo và thực phẩm thiết yếu.",
			[]string{"120 | item | exact | total | achieved | year | 2021 | Chợ Mới | welfare | An Giang",
				"10 | item | exact | per_unit | achieved | year | 2021 | Chợ Mới | welfare | An Giang"}},
		{"near miss: a house's area written against its number", link, "2021-10-30",
			"LĐLĐ huyện Chợ Mới bàn giao Mái ấm Công đoàn\n\nLĐLĐ huyện Chợ Mới (tỉnh An Giang) đã bàn giao 1 căn Mái ấm Công đoàn rộng 64m2 cho đoàn viên khó khăn.",
			[]string{"1 | count | exact | total | achieved | year | 2021 | Chợ Mới | welfare | An Giang"}},
	})
}

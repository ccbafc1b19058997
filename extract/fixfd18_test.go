package extract

import "testing"

// TestSectoralAndEnterpriseUnions: what probe FD of the eighteenth
// session (PHENOMENA "FD", sectoral and enterprise unions) found misread:
// a firm's results told at its workers' conference taken for union news
// (FD18-5), a centrally-run city abbreviated inside a firm union's name
// (FD18-1e), a province counted as where workers are taken for its
// federation (FD18-1a), a stock told "đến nay" after a founding year
// given that year (FD18-2) and a pledge read as a result (FD18-4). Each
// rule has a near miss. Every sentence is invented.
func TestSectoralAndEnterpriseUnions(t *testing.T) {
	const link = "https://example.vn/tin-fd.html"
	runLineCases(t, []lineCase{
		{"a firm's results told at its workers' conference are no union's", link, "2024-03-20",
			"Có 5 thợ hàn của tập đoàn có thu nhập trên 500 triệu đồng/năm\n\nBáo cáo tại Hội nghị Người lao động năm 2024, Tập đoàn Cơ khí Phương Nam cho hay, năm 2023, doanh thu toàn Tập đoàn đạt 12.000 tỷ đồng.\n\nĐáng chú ý, trong năm 2023, có 5 công nhân có thu nhập trên 500 triệu đồng, trên 2.100 thợ hàn có thu nhập trên 200 triệu đồng/năm, chiếm 35% tổng số thợ hàn, tăng 6% so với thực hiện năm 2022.\n\nTập đoàn cũng thực hiện 300 ca khám sức khỏe với chi phí 5 tỷ đồng.",
			nil},
		{"near miss: a union that reports at the conference acts on its figure", link, "2024-03-20",
			"Chăm lo cho thợ hàn dịp đầu năm\n\nTại Hội nghị Người lao động năm 2024, Công đoàn Công ty Cơ khí Phương Nam đã trao 120 suất quà cho công nhân khó khăn.\n\nCông ty cũng khen thưởng nhiều công nhân.",
			[]string{"120 | gift | exact | total | achieved | year | 2024 | Công đoàn Công ty Cơ khí Phương Nam | welfare | "}},
		{"a centrally-run city abbreviated in a firm union's name is spelt out", link, "2024-03-20",
			"Công đoàn Tổng công ty Cấp nước TP HCM tổ chức hội thao\n\nNgày 5/3, Công đoàn Tổng công ty Cấp nước TP.HCM đã tặng 40 suất quà cho công nhân. Công đoàn Công ty Môi trường TP. Đà Nẵng trao 15 suất quà.",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Công đoàn Tổng công ty Cấp nước Thành phố Hồ Chí Minh | welfare | Thành phố Hồ Chí Minh",
				"15 | gift | exact | total | achieved | year | 2024 | Công đoàn Công ty Môi trường Thành phố Đà Nẵng | welfare | Đà Nẵng"}},
		{"near miss: a city under a province keeps its abbreviation", link, "2024-03-20",
			"Công đoàn Công ty Cấp nước TP Thủ Đức tổ chức hội thao\n\nNgày 5/3, Công đoàn Công ty Cấp nước TP Thủ Đức đã tặng 40 suất quà cho công nhân.",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Công đoàn Công ty Cấp nước TP Thủ Đức | welfare | Thành phố Hồ Chí Minh"}},
		{"provinces counted as where workers are are no federation", link, "",
			"Công đoàn Công ty kêu gọi người lao động trong Công ty và cả ngành chung tay giúp công nhân ngành Cấp nước chịu thiệt hại sau mưa lũ.\n\nCông ty này có người lao động làm việc tại 2 tỉnh Hà Tĩnh và Nghệ An - nơi mưa lũ kéo dài - nên nhiều gia đình bị thiệt hại nặng.\n\nĐể sẻ chia, Công đoàn cùng lãnh đạo Công ty đã thăm hỏi, hỗ trợ 18 gia đình công nhân, tổng kinh phí hỗ trợ 36.000.000 đồng.\n\nViệc làm này thực hiện Công văn của Ban Thường vụ Công đoàn Cấp nước Việt Nam về vận động ủng hộ.",
			[]string{"18 | household | exact | total | achieved | year | 0 | Công đoàn Cấp nước Việt Nam | welfare | Việt Nam",
				"36000000 | vnd | exact | total | achieved | year | 0 | Công đoàn Cấp nước Việt Nam | welfare | Việt Nam"}},
		{"near miss: a province's federation named acting keeps the figure", link, "",
			"Công đoàn Công ty kêu gọi người lao động trong Công ty và cả ngành chung tay giúp công nhân ngành Cấp nước chịu thiệt hại sau mưa lũ.\n\nRiêng LĐLĐ tỉnh Hà Tĩnh đã hỗ trợ 18 gia đình công nhân, tổng kinh phí hỗ trợ 36.000.000 đồng.\n\nViệc làm này thực hiện Công văn của Ban Thường vụ Công đoàn Cấp nước Việt Nam về vận động ủng hộ.",
			[]string{"18 | household | exact | total | achieved | year | 0 | Hà Tĩnh | welfare | Hà Tĩnh",
				"36000000 | vnd | exact | total | achieved | year | 0 | Hà Tĩnh | welfare | Hà Tĩnh"}},
		{"a stock told đến nay after a founding year is of now, undated", link, "",
			"Công đoàn Cao su Việt Nam\n\nTừ khi thành lập Công đoàn Cao su Việt Nam năm 1995, công đoàn ngành chỉ có hơn 2 nghìn đoàn viên, đến nay số đoàn viên đã tăng lên với gần 40.000 đoàn viên, sinh hoạt tại 150 công đoàn cơ sở.",
			[]string{"2000 | member | more_than | total | achieved | year | 1995 | Công đoàn Cao su Việt Nam | membership | Việt Nam",
				"40000 | member | about | total | achieved | snapshot | 0 | Công đoàn Cao su Việt Nam | membership | Việt Nam",
				"150 | union | exact | total | achieved | snapshot | 0 | Công đoàn Cao su Việt Nam | membership | Việt Nam"}},
		{"a stock told đến nay after a founding year is of the article's date", link, "2024-05-02",
			"Công đoàn Cao su Việt Nam\n\nTừ khi thành lập Công đoàn Cao su Việt Nam năm 1995, công đoàn ngành chỉ có hơn 2 nghìn đoàn viên, đến nay số đoàn viên đã tăng lên với gần 40.000 đoàn viên, sinh hoạt tại 150 công đoàn cơ sở.",
			[]string{"2000 | member | more_than | total | achieved | year | 1995 | Công đoàn Cao su Việt Nam | membership | Việt Nam",
				"40000 | member | about | total | achieved | snapshot | 2024 | Công đoàn Cao su Việt Nam | membership | Việt Nam",
				"150 | union | exact | total | achieved | snapshot | 2024 | Công đoàn Cao su Việt Nam | membership | Việt Nam"}},
		{"near miss: a flow since the start of a year to now keeps that year", link, "2021-09-10",
			"LĐLĐ huyện Thanh Oai hỗ trợ đoàn viên\n\nTừ đầu năm 2021 đến nay, LĐLĐ huyện Thanh Oai đã hỗ trợ 900 đoàn viên với tổng số tiền 450 triệu đồng.",
			[]string{"900 | member | exact | total | achieved | year | 2021 | Thanh Oai | welfare | Hà Nội",
				"450000000 | vnd | exact | total | achieved | year | 2021 | Thanh Oai | welfare | Hà Nội"}},
		{"near miss: a programme's year before đến nay is the present's", link, "",
			"LĐLĐ tỉnh Lào Cai nâng chất hoạt động CĐCS năm 2013\n\nTriển khai chương trình nâng chất hoạt động CĐCS năm 2013, đến nay cả tỉnh có 12/12 CĐ cấp trên cơ sở đăng ký thi đua.",
			[]string{"12/12 | union | exact | total | achieved | year | 2013 | Lào Cai | emulation | Lào Cai"}},
		{"a pledge sets a target, and the parts it lists", link, "2023-03-06",
			"Công đoàn Tổng công ty Cấp nước Phương Nam phát động thi đua\n\nSáng 5/3/2023, Công đoàn Tổng công ty Cấp nước Phương Nam phát động phong trào sáng kiến và cam kết thực hiện 600 sáng kiến, trong đó giai đoạn 1 là 200 sáng kiến và giai đoạn 2 là 400 sáng kiến.",
			[]string{"600 | initiative | exact | total | planned | year | 2023 | Công đoàn Tổng công ty Cấp nước Phương Nam | emulation | ",
				"200 | initiative | exact | total | planned | year | 2023 | Công đoàn Tổng công ty Cấp nước Phương Nam | emulation | ",
				"400 | initiative | exact | total | planned | year | 2023 | Công đoàn Tổng công ty Cấp nước Phương Nam | emulation | "}},
		{"near miss: what was done after the pledge is a result", link, "2023-12-06",
			"Công đoàn Tổng công ty Cấp nước Phương Nam tổng kết thi đua\n\nSau khi phát động, Công đoàn Tổng công ty Cấp nước Phương Nam đã thực hiện 650 sáng kiến.",
			[]string{"650 | initiative | exact | total | achieved | year | 2023 | Công đoàn Tổng công ty Cấp nước Phương Nam | emulation | "}},
	})
}

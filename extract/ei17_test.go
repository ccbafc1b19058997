package extract

import "testing"

// TestCongressTermsFundsAndStocks: what probe EI (post-reform articles of
// 2025–2026, seventeenth session; PHENOMENA "EI") found misread: a
// congress's term in its name carried to its delegates, the unions and
// workforce its delegates stand for, a funding source and a drive in the
// breakdown of a total, a service read as an epidemic, targets "từ …
// trở lên" after a rate and "cao hơn N%" against a year, a yearly target
// after its subject, a firm's name cut inside its fields of trade or its
// initials, and a motorbike handed out. Each rule has a near miss. Every
// sentence is invented. want lists the records as line renders them.
func TestCongressTermsFundsAndStocks(t *testing.T) {
	const nld = "https://nld.com.vn/a-196251118182230324.htm"
	tests := []lineCase{
		{"a congress's term in its name is no span of its delegates", nld, "2025-10-21",
			"Đại hội Công đoàn xã Minh Khai lần thứ I\n\nSáng 24/10, Công đoàn xã Minh Khai khai mạc Đại hội lần thứ I, nhiệm kỳ 2025 2030. Dự Đại hội có 95 đại biểu, đại diện cho hơn 2.800 đoàn viên công đoàn trên địa bàn.",
			[]string{"95 | person | exact | total | achieved | year | 2025 | Minh Khai | other | Cao Bằng",
				"2800 | member | more_than | total | achieved | snapshot | 2025 | Minh Khai | membership | Cao Bằng"}},
		{"near miss: a result after the term's span keeps it", nld, "2025-10-21",
			"Đại hội Công đoàn xã Minh Khai lần thứ I\n\nTrong nhiệm kỳ qua, Công đoàn xã Minh Khai đã kết nạp 900 đoàn viên. Công đoàn xã cũng thành lập 12 công đoàn cơ sở.",
			[]string{"900 | member | exact | total | achieved | multi_year | 2025 | Minh Khai | membership | Cao Bằng",
				"12 | union | exact | total | achieved | multi_year | 2025 | Minh Khai | membership | Cao Bằng"}},
		{"planned delegates after a term's direction are the year's", nld, "2025-11-20",
			"LĐLĐ tỉnh Lào Cai chuẩn bị Đại hội\n\nĐại hội của LĐLĐ tỉnh Lào Cai sẽ họp vào ngày 15/12/2025 để nhìn lại chặng đường 2023-2025 và bàn phương hướng, nhiệm vụ nhiệm kỳ 2025 - 2030. Theo kế hoạch, về dự sẽ có 160 đại biểu chính thức.",
			[]string{"160 | person | exact | total | planned | year | 2025 | Lào Cai | other | Lào Cai"}},
		{"the unions and workforce delegates stand for are membership", nld, "2025-12-20",
			"Đại hội Công đoàn tỉnh Lào Cai\n\nHôm 19/12, 280 đại biểu về họp Đại hội Công đoàn tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025-2030, đại diện cho 1.140 công đoàn cơ sở và hơn 210 nghìn đoàn viên cả tỉnh.\n\nTrước đó một ngày, Công đoàn Tổng Công ty Cà phê Lào Cai họp Đại hội lần thứ V, nhiệm kỳ 2025 - 2030 có 133 đại biểu đại diện hơn 3.200 cán bộ, đoàn viên - lao động.",
			[]string{"280 | person | exact | total | achieved | year | 2025 | Lào Cai | other | Lào Cai",
				"1140 | union | exact | total | achieved | snapshot | 2025 | Lào Cai | membership | Lào Cai",
				"210000 | member | more_than | total | achieved | snapshot | 2025 | Lào Cai | membership | Lào Cai",
				"133 | person | exact | total | achieved | year | 2025 | Công đoàn Tổng Công ty Cà phê Lào Cai | other | Lào Cai",
				"3200 | person | more_than | total | achieved | snapshot | 2025 | Công đoàn Tổng Công ty Cà phê Lào Cai | membership | Lào Cai"}},
		{"near miss: performers who stand for their unions at a festival", nld, "2025-12-20",
			"Công đoàn Viên chức tỉnh Lào Cai: Liên hoan văn nghệ năm 2025\n\nTham gia liên hoan có 120 diễn viên đại diện cho 30 công đoàn cơ sở trực thuộc.",
			[]string{"120 | person | exact | total | achieved | year | 2025 | Công đoàn Viên chức | culture | Lào Cai",
				"30 | union | exact | total | achieved | snapshot | 2025 | Công đoàn Viên chức | culture | Lào Cai"}},
		{"targets of income: or more after a rate, higher by a share", nld, "2025-12-20",
			"Đại hội Công đoàn Tổng Công ty Cà phê Lào Cai\n\nNhiệm kỳ 2025 – 2030, Công đoàn Tổng Công ty Cà phê Lào Cai phấn đấu lương bình quân của công nhân năm sau cao hơn 8%, cuối nhiệm kỳ đạt từ 18 triệu đồng/người/tháng trở lên; 100% CĐCS được xếp loại vững mạnh.",
			[]string{"8 | percent | exact | total | planned | multi_year | 2030 | Công đoàn Tổng Công ty Cà phê Lào Cai | other | Lào Cai",
				"18000000 | vnd | at_least | per_unit | planned | multi_year | 2030 | Công đoàn Tổng Công ty Cà phê Lào Cai | other | Lào Cai",
				"100 | percent | exact | total | planned | multi_year | 2030 | Công đoàn Tổng Công ty Cà phê Lào Cai | membership | Lào Cai"}},
		{"near miss: a rate higher than a share", nld, "2025-12-20",
			"Đại hội Công đoàn Tổng Công ty Cà phê Lào Cai\n\nNhiệm kỳ 2025 – 2030, Công đoàn Tổng Công ty Cà phê Lào Cai phấn đấu tỷ lệ đoàn viên cao hơn 90% số lao động.",
			[]string{"90 | percent | more_than | total | planned | multi_year | 2030 | Công đoàn Tổng Công ty Cà phê Lào Cai | membership | Lào Cai"}},
		{"a yearly target after its subject is a rate", nld, "2025-12-20",
			"Đại hội Công đoàn tỉnh Lào Cai lần thứ I\n\nĐại hội Công đoàn tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025 - 2030 đặt chỉ tiêu: hằng năm Công đoàn tỉnh phấn đấu kết nạp khoảng 12.000 đoàn viên; cuối nhiệm kỳ có 400.000 đoàn viên.",
			[]string{"12000 | member | about | per_unit | planned | multi_year | 2030 | Lào Cai | membership | Lào Cai",
				"400000 | member | exact | total | planned | multi_year | 2030 | Lào Cai | membership | Lào Cai"}},
		{"near miss: a body's yearly habit is no rate", nld, "2025-12-20",
			"LĐLĐ tỉnh Lào Cai chăm lo Tết\n\nHằng năm LĐLĐ tỉnh Lào Cai trao quà Tết cho hơn 3.000 đoàn viên khó khăn.",
			[]string{"3000 | member | more_than | total | achieved | year | 2025 | Lào Cai | welfare | Lào Cai"}},
		{"the parts of a total: a source, a drive and the levels", nld, "2026-02-20",
			"Công đoàn cả nước chăm lo Tết\n\nDịp Tết này, công đoàn các cấp trên cả nước lo Tết cho trên 9 triệu lượt đoàn viên, người lao động, tổng kinh phí hơn 5.200 tỉ đồng.\n\nTrong đó, riêng nguồn tài chính công đoàn là 4.300 tỉ đồng, vận động xã hội hóa để chăm lo cho ĐV, NLĐ là 900 tỉ đồng (chiếm 17,3%). Cấp Tổng LĐLĐ Việt Nam chi 150 tỉ đồng; các LĐLĐ tỉnh, thành phố, công đoàn ngành và tương đương 700 tỉ đồng; cấp cơ sở 3.450 tỉ đồng.",
			[]string{"9000000 | member | more_than | total | achieved | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"5200000000000 | vnd | more_than | total | achieved | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"4300000000000 | vnd | exact | total | achieved | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"900000000000 | vnd | exact | total | achieved | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | finance | Việt Nam",
				"17.3 | percent | exact | total | achieved | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | finance | Việt Nam",
				"150000000000 | vnd | exact | total | achieved | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"700000000000 | vnd | exact | total | achieved | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"3450000000000 | vnd | exact | total | achieved | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam"}},
		{"near miss: a union's finances with no total before", nld, "2026-02-20",
			"LĐLĐ tỉnh Lào Cai tổng kết công tác tài chính\n\nNăm 2025, LĐLĐ tỉnh Lào Cai thu kinh phí công đoàn 120 tỉ đồng. Trong đó, nguồn tài chính công đoàn cấp trên giữ lại là 30 tỉ đồng.",
			[]string{"120000000000 | vnd | exact | total | achieved | year | 2025 | Lào Cai | finance | Lào Cai",
				"30000000000 | vnd | exact | total | achieved | year | 2025 | Lào Cai | finance | Lào Cai"}},
		{"a firm's fields of trade and its initials: no epidemic, no cut name", nld, "2025-11-14",
			"TP HCM: thêm nhiều công đoàn cơ sở\n\nCông đoàn phường An Lạc, TP HCM vừa trao quyết định kết nạp 64 đoàn viên mới và chuẩn y Ban Chấp hành Công đoàn cơ sở của 3 doanh nghiệp, gồm Công ty TNHH Thương mại dịch vụ du lịch H.T.L Việt Nam và Công ty TNHH Bình Minh.\n\nBan Chấp hành Công đoàn cơ sở Công ty TNHH Thương mại dịch vụ du lịch H.T.L có 7 thành viên, ông Trần Văn Bình giữ chức Chủ tịch Công đoàn công ty.",
			[]string{"64 | member | exact | total | achieved | year | 2025 | An Lạc | membership | Thành phố Hồ Chí Minh",
				"3 | organization | exact | total | achieved | year | 2025 | An Lạc | membership | Thành phố Hồ Chí Minh",
				"7 | person | exact | total | achieved | year | 2025 | Công đoàn cơ sở Công ty TNHH Thương mại dịch vụ du lịch H.T.L | other | Thành phố Hồ Chí Minh"}},
		{"near miss: an epidemic is still welfare", nld, "2021-08-14",
			"LĐLĐ quận 8 hỗ trợ công nhân\n\nLĐLĐ Quận 8 hỗ trợ 300 công nhân bị ảnh hưởng bởi dịch Covid-19.",
			[]string{"300 | person | exact | total | achieved | year | 2021 | Quận 8 | welfare | Thành phố Hồ Chí Minh"}},
		{"a motorbike handed out is goods", nld, "2026-02-05",
			"LĐLĐ TP Cần Thơ chăm lo Tết\n\nNgày 4/2, LĐLĐ TP Cần Thơ tổ chức chuỗi hoạt động chăm lo Tết như tặng 01 xe gắn máy cho công nhân khó khăn; tặng 400 vé tàu, xe cho công nhân về quê.",
			[]string{"1 | item | exact | total | achieved | year | 2026 | Cần Thơ | welfare | Cần Thơ",
				"400 | item | exact | total | achieved | year | 2026 | Cần Thơ | welfare | Cần Thơ"}},
	}
	runLineCases(t, tests)
}

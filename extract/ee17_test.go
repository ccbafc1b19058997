package extract

import "testing"

// TestItemsAndUnnamedDistricts: what probe EE of the seventeenth session
// found misread: a district's news under a province's dateline, a
// headline's dateline kept only in the link, a member's affiliation taken
// for the actor, another body's item after a dateline and its summary
// bullet, gifts to borrowers, back references to people named, stocks
// told as sizes, and years of a plan and of one year inside a term. Each
// rule has a near miss. Every sentence is invented. want lists the
// records as line renders them.
func TestItemsAndUnnamedDistricts(t *testing.T) {
	const link = "https://example.vn/a-1.html"
	runLineCases(t, []lineCase{
		{"a province's dateline over a district it does not name", link, "2020-12-10",
			"Nam Định: 64% doanh nghiệp ký thỏa ước\n\nNăm 2020, toàn quận có 41 doanh nghiệp ký mới thỏa ước lao động tập thể. LĐLĐ quận cũng tổ chức 12 cuộc đối thoại.",
			[]string{"64 | percent | exact | total | achieved | year | 2020 |  | representation | Nam Định",
				"41 | organization | exact | total | achieved | year | 2020 |  | representation | Nam Định",
				"12 | event | exact | total | achieved | year | 2020 |  | representation | Nam Định"}},
		{"near miss: the district is named in the body", link, "2020-12-10",
			"Nam Định: 64% doanh nghiệp ký thỏa ước\n\nNăm 2020, toàn huyện có 41 doanh nghiệp ký mới thỏa ước lao động tập thể. LĐLĐ huyện Hải Hậu cũng tổ chức 12 cuộc đối thoại.",
			[]string{"64 | percent | exact | total | achieved | year | 2020 | Hải Hậu | representation | Nam Định",
				"41 | organization | exact | total | achieved | year | 2020 | Hải Hậu | representation | Nam Định",
				"12 | event | exact | total | achieved | year | 2020 | Hải Hậu | representation | Nam Định"}},
		{"a headline's dateline in the link of a city paper", "https://nld.com.vn/cong-doan/ha-noi-hon-600-doan-vien-duoc-vay-von-2021.htm", "2021-05-20",
			"Bà Lê Thị Mai - Giám đốc Quỹ Trợ vốn - cho biết 5 tháng đầu năm 2021, quỹ đã giải ngân 12,4 tỉ đồng cho 640 đoàn viên.",
			[]string{"12400000000 | vnd | exact | total | achieved | year | 2021 | Hà Nội | finance | Hà Nội",
				"640 | member | exact | total | achieved | year | 2021 | Hà Nội | finance | Hà Nội"}},
		{"near miss: a city paper's link with no dateline", "https://nld.com.vn/cong-doan/hon-600-doan-vien-duoc-vay-von-2021.htm", "2021-05-20",
			"Bà Lê Thị Mai - Giám đốc Quỹ Trợ vốn - cho biết 5 tháng đầu năm 2021, quỹ đã giải ngân 12,4 tỉ đồng cho 640 đoàn viên.",
			[]string{"12400000000 | vnd | exact | total | achieved | year | 2021 | Thành phố Hồ Chí Minh | finance | Thành phố Hồ Chí Minh",
				"640 | member | exact | total | achieved | year | 2021 | Thành phố Hồ Chí Minh | finance | Thành phố Hồ Chí Minh"}},
		{"the union the members belong to is no actor", link, "2022-01-20",
			"3 đoàn viên được nhận quà là đoàn viên thuộc Công đoàn Trường Tiểu học Sao Mai (thuộc LĐLĐ huyện Đan Phượng) và Công đoàn Cơ quan Ủy ban huyện Thanh Oai (thuộc LĐLĐ huyện Thanh Oai).\n\nQuỹ Trợ vốn CNVCLĐ nghèo Thủ đô đã trao quà cho 3 đoàn viên, mỗi trường hợp 1,5 triệu đồng.",
			[]string{"3 | member | exact | total | achieved | year | 2022 | Hà Nội | welfare | Hà Nội",
				"3 | member | exact | total | achieved | year | 2022 | Hà Nội | welfare | Hà Nội",
				"1500000 | vnd | exact | per_unit | achieved | year | 2022 | Hà Nội | welfare | Hà Nội"}},
		{"near miss: a district's federation gives to its members", link, "2022-01-20",
			"LĐLĐ huyện Đan Phượng trao quà cho 3 đoàn viên thuộc Công đoàn Trường Tiểu học Sao Mai, mỗi trường hợp 1,5 triệu đồng.",
			[]string{"3 | member | exact | total | achieved | year | 2022 | Đan Phượng | welfare | Hà Nội",
				"1500000 | vnd | exact | per_unit | achieved | year | 2022 | Đan Phượng | welfare | Hà Nội"}},
		{"a gift to members who borrow is welfare", link, "2023-01-10",
			"Quỹ Trợ vốn CNVCLĐ nghèo Thủ đô tặng quà Tết\n\nQuỹ Trợ vốn CNVCLĐ nghèo Thủ đô đã trao quà cho 15 đoàn viên đang vay vốn của Quỹ.",
			[]string{"15 | member | exact | total | achieved | year | 2023 | Hà Nội | welfare | Hà Nội"}},
		{"near miss: a loan to members is finance", link, "2023-01-10",
			"Quỹ Trợ vốn CNVCLĐ nghèo Thủ đô giải ngân\n\nQuỹ Trợ vốn CNVCLĐ nghèo Thủ đô đã giải ngân cho 15 đoàn viên vay vốn.",
			[]string{"15 | member | exact | total | achieved | year | 2023 | Hà Nội | finance | Hà Nội"}},
		{"another body's item after its dateline, and the bullet that sums it up", link, "2019-09-05",
			"Trao học bổng cho con công nhân\n\n* Trao 40 suất quà cho học sinh nghèo.\n\nNgày 3-9, LĐLĐ tỉnh Quảng Trị trao 25 suất học bổng cho con đoàn viên.\n\n* Chiều 3-9, tại nhà văn hóa thành phố (TP.Đông Hà), Hội Chữ thập đỏ tỉnh đã trao 40 suất quà cho học sinh nghèo. Mỗi suất trị giá 1 triệu đồng do 12 nhà hảo tâm đóng góp.",
			[]string{"25 | gift | exact | total | achieved | year | 2019 | Quảng Trị | welfare | Quảng Trị"}},
		{"near miss: a union's item after its dateline", link, "2019-09-05",
			"Trao học bổng cho con công nhân\n\nNgày 3-9, LĐLĐ tỉnh Quảng Trị trao 25 suất học bổng cho con đoàn viên.\n\n* Chiều 3-9, tại nhà văn hóa thành phố (TP.Đông Hà), LĐLĐ tỉnh đã trao 40 suất quà cho học sinh nghèo.",
			[]string{"25 | gift | exact | total | achieved | year | 2019 | Quảng Trị | welfare | Quảng Trị",
				"40 | gift | exact | total | achieved | year | 2019 | Quảng Trị | welfare | Quảng Trị"}},
		{"all of the people named, and each one's lot", link, "2022-08-05",
			"Công đoàn Công ty Than Hà Lầm trao Mái ấm Công đoàn\n\nCông đoàn Công ty Than Hà Lầm trao hỗ trợ xây nhà cho 4 gia đình công nhân. Cả 4 chị đều là công nhân khai thác, mỗi người 1 hoàn cảnh.",
			[]string{"4 | household | exact | total | achieved | year | 2022 | Công đoàn Công ty Than Hà Lầm | welfare | "}},
		{"near miss: one gift to each", link, "2022-08-05",
			"Công đoàn Công ty Than Hà Lầm trao quà\n\nCông đoàn Công ty Than Hà Lầm trao quà cho 40 công nhân, mỗi người 1 suất quà.",
			[]string{"40 | person | exact | total | achieved | year | 2022 | Công đoàn Công ty Than Hà Lầm | welfare | ",
				"1 | gift | exact | per_unit | achieved | year | 2022 | Công đoàn Công ty Than Hà Lầm | welfare | "}},
		{"the size of the union after its years, and a total now", link, "2019-07-20",
			"Công đoàn ngành Xây dựng Việt Nam kỷ niệm 70 năm thành lập\n\nSau 70 năm xây dựng và phát triển, tổ chức công đoàn ngành đã lớn mạnh, với 86.000 đoàn viên.\n\nTính đến nay, tổng số CNVCLĐ đang sinh hoạt trong công đoàn ngành là 92.500 người.",
			[]string{"86000 | member | exact | total | achieved | snapshot | 2019 | Công đoàn Xây dựng Việt Nam | membership | Việt Nam",
				"92500 | person | exact | total | achieved | snapshot | 2019 | Công đoàn Xây dựng Việt Nam | membership | Việt Nam"}},
		{"near miss: members admitted over the years", link, "2019-07-20",
			"Công đoàn ngành Xây dựng Việt Nam kỷ niệm 70 năm thành lập\n\nTrong 5 năm qua, tổ chức công đoàn ngành đã kết nạp 8.600 đoàn viên.",
			[]string{"8600 | member | exact | total | achieved | multi_year | 2019 | Công đoàn Xây dựng Việt Nam | membership | Việt Nam"}},
		{"a term written after the figure, one year inside it, and a plan over years that end in the article's", link, "",
			"LĐLĐ tỉnh Sóc Trăng phát triển đoàn viên năm 2016\n\nQua 3 năm, LĐLĐ tỉnh đã đạt 92% chỉ tiêu cả nhiệm kỳ 2013 - 2018, với 20.400 đoàn viên mới. Trong đó có 310 đoàn viên được kết nạp ở doanh nghiệp FDI.\n\nRiêng năm 2016, là năm tăng cao nhất từ đầu nhiệm kỳ, với 8.200 đoàn viên mới, nâng tổng số đoàn viên toàn tỉnh lên hơn 51.000.\n\nTừ 2014-2016, LĐLĐ tỉnh đặt mục tiêu: kết nạp mới 24.000 đoàn viên.",
			[]string{"92 | percent | exact | total | achieved | multi_year | 2018 | Sóc Trăng | other | Sóc Trăng",
				"20400 | member | exact | total | achieved | multi_year | 2018 | Sóc Trăng | membership | Sóc Trăng",
				"310 | member | exact | total | achieved | multi_year | 2018 | Sóc Trăng | membership | Sóc Trăng",
				"8200 | member | exact | total | achieved | year | 2016 | Sóc Trăng | membership | Sóc Trăng",
				"51000 | member | more_than | total | achieved | snapshot | 2016 | Sóc Trăng | membership | Sóc Trăng",
				"24000 | member | exact | total | planned | multi_year | 2016 | Sóc Trăng | membership | Sóc Trăng"}},
		{"near miss: a term under way at the article's date keeps its year", link, "2016-12-20",
			"LĐLĐ tỉnh Sóc Trăng phát triển đoàn viên\n\nQua 3 năm, LĐLĐ tỉnh đã đạt 92% chỉ tiêu cả nhiệm kỳ 2013 - 2018, với 20.400 đoàn viên mới. Trong đó có 310 đoàn viên được kết nạp ở doanh nghiệp FDI.",
			[]string{"92 | percent | exact | total | achieved | multi_year | 2016 | Sóc Trăng | other | Sóc Trăng",
				"20400 | member | exact | total | achieved | multi_year | 2018 | Sóc Trăng | membership | Sóc Trăng",
				"310 | member | exact | total | achieved | multi_year | 2016 | Sóc Trăng | membership | Sóc Trăng"}},
	})
}

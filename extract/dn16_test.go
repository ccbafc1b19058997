package extract

import "testing"

// TestOlderArticles: what probe DN of the sixteenth session (older
// articles, 2009–2017, PHENOMENA "DN") found misread: a search tool's
// date stamp with the month only, a measure in brackets, the Party's
// admissions told with words between, a half term's span, the value of
// gifts, and a congress's body in the clause that honours it. Each rule
// has a near miss. Every sentence is invented. want lists the records as
// line renders them.
func TestOlderArticles(t *testing.T) {
	const nld = "https://nld.com.vn/cong-doan/a-1.htm"
	const home = "https://laodongthudo.vn/a-1.html"
	tests := []lineCase{
		{"a stamp with the month only is no year of the text", home, "",
			" date 2020-06 Hơn 700 VĐV dự hội thao LĐLĐ quận Long Biên tổ chức Hội thao công nhân viên chức - lao động năm 2016. Có hơn 700 VĐV của 38 công đoàn cơ sở tham gia.",
			[]string{"700 | person | more_than | total | achieved | year | 2016 | Long Biên | culture | Hà Nội",
				"700 | person | more_than | total | achieved | year | 2016 | Long Biên | culture | Hà Nội",
				"38 | union | exact | total | achieved | year | 2016 | Long Biên | culture | Hà Nội"}},
		{"a measure in brackets is no count", home, "2016-07-20",
			"LĐLĐ quận Long Biên tổ chức hội thao\n\nHội thao có 420 vận động viên tham gia các nội dung: kéo co, nhảy bao bố, đẩy tạ (7 kg).",
			[]string{"420 | person | exact | total | achieved | year | 2016 | Long Biên | culture | Hà Nội"}},
		{"near miss: goods given with their weight", home, "2016-01-20",
			"LĐLĐ quận Long Biên trao quà Tết\n\nLĐLĐ quận đã trao 150 suất quà cho công nhân, mỗi suất gồm 10 kg gạo.",
			[]string{"150 | gift | exact | total | achieved | year | 2016 | Long Biên | welfare | Hà Nội",
				"10 | item | exact | per_unit | achieved | year | 2016 | Long Biên | welfare | Hà Nội"}},
		{"the Party's admissions with words between, and their part", "https://baobinhduong.vn/a-1.html", "2016-04-02",
			"Chủ tịch LĐLĐ tỉnh Bình Dương cho biết trong nửa đầu nhiệm kỳ (2013-2018), các cấp công đoàn đã giới thiệu cho Đảng 5.480 đoàn viên ưu tú.\n\nQua đó, đã có 1.960 đoàn viên đủ điều kiện và được kết nạp vào hàng ngũ của Đảng. Việc phát triển đảng viên được chú trọng, trong đó đã có 270 đoàn viên là công nhân trực tiếp sản xuất.",
			[]string{"5480 | person | exact | total | achieved | multi_year | 2018 | Bình Dương | other | Bình Dương",
				"1960 | person | exact | total | achieved | multi_year | 2018 | Bình Dương | other | Bình Dương",
				"270 | person | exact | total | achieved | multi_year | 2018 | Bình Dương | other | Bình Dương"}},
		{"near miss: members admitted to the union", "https://baobinhduong.vn/a-1.html", "2016-04-02",
			"LĐLĐ tỉnh Bình Dương phát triển đoàn viên\n\nNăm 2015, LĐLĐ tỉnh Bình Dương đã có 4.300 người lao động được kết nạp vào tổ chức Công đoàn; trong đó có 900 đoàn viên là lao động nữ.",
			[]string{"4300 | person | exact | total | achieved | year | 2015 | Bình Dương | membership | Bình Dương",
				"900 | member | exact | total | achieved | year | 2015 | Bình Dương | membership | Bình Dương"}},
		{"the total value of gifts given", home, "2016-08-10",
			"LĐLĐ quận Long Biên khen thưởng con công nhân\n\nDịp này, LĐLĐ quận đã trao 70 suất quà cho các em học sinh vượt khó và 12 em đạt giải học sinh giỏi cấp thành phố với tổng giá trị 24 triệu đồng.",
			[]string{"70 | gift | exact | total | achieved | year | 2016 | Long Biên | welfare | Hà Nội",
				"12 | person | exact | total | achieved | year | 2016 | Long Biên | emulation | Hà Nội",
				"24000000 | vnd | exact | total | achieved | year | 2016 | Long Biên | welfare | Hà Nội"}},
		{"near miss: prizes' value with no gift", home, "2016-08-10",
			"LĐLĐ quận Long Biên khen thưởng con công nhân\n\nDịp này, LĐLĐ quận khen thưởng 12 em đạt giải học sinh giỏi cấp thành phố với tổng giá trị 6 triệu đồng.",
			[]string{"12 | person | exact | total | achieved | year | 2016 | Long Biên | emulation | Hà Nội",
				"6000000 | vnd | exact | total | achieved | year | 2016 | Long Biên | emulation | Hà Nội"}},
		{"a congress's body after its number in an honouring clause", nld, "2017-09-20",
			"Khối thi đua 7 tổ chức hội thao\n\nHội thao của Khối thi đua 7 thu hút 620 vận động viên của 6 tổng công ty tham gia. Đây là hoạt động chào mừng tiến tới Đại hội XI Công đoàn TP HCM; đồng thời tạo sân chơi cho CNVC-LĐ thuộc 6 tổng công ty trong khối.",
			[]string{"620 | person | exact | total | achieved | year | 2017 | Khối thi đua số 7 | culture | Thành phố Hồ Chí Minh",
				"6 | organization | exact | total | achieved | year | 2017 | Khối thi đua số 7 | culture | Thành phố Hồ Chí Minh",
				"6 | organization | exact | total | achieved | year | 2017 | Khối thi đua số 7 | culture | Thành phố Hồ Chí Minh"}},
		{"near miss: a congress's body that acts", nld, "2017-09-20",
			"Công đoàn TP HCM tổ chức hội thao\n\nChào mừng Đại hội XI, Công đoàn TP HCM tổ chức hội thao cho 540 vận động viên.",
			[]string{"540 | person | exact | total | achieved | year | 2017 | Thành phố Hồ Chí Minh | culture | Thành phố Hồ Chí Minh"}},
	}
	runLineCases(t, tests)
}

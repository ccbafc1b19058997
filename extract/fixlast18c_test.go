package extract

import "testing"

// TestEachReceivesFixlast18c: what probe FC of the eighteenth session
// (PHENOMENA "FC", fixlast18c) found misread: a sum that "mỗi" and a
// person receive, far before it in its own clause ("mỗi công nhân … được
// nhận quà bằng tiền mặt là 500.000 đồng"), is each one's (per_unit), not
// a total. Every sentence is invented.
func TestEachReceivesFixlast18c(t *testing.T) {
	const link = "https://example.vn/tin-trao-qua.html"
	runLineCases(t, []lineCase{
		{"each worker receives a sum far after mỗi", link, "2022-01-20",
			"LĐLĐ huyện Đức Cơ trao quà Tết cho công nhân khó khăn.\n\nTại buổi lễ, mỗi công nhân lao động khó khăn được nhận quà bằng tiền mặt là 400.000 đồng.",
			[]string{"400000 | vnd | exact | per_unit | achieved | year | 2022 | Đức Cơ | welfare | Gia Lai"}},
		{"each member is given a sum", link, "2022-01-20",
			"LĐLĐ huyện Đức Cơ trao quà Tết cho đoàn viên khó khăn.\n\nTại buổi lễ, mỗi đoàn viên có hoàn cảnh khó khăn được tặng phần quà bằng tiền mặt trị giá 350.000 đồng.",
			[]string{"350000 | vnd | exact | per_unit | achieved | year | 2022 | Đức Cơ | welfare | Gia Lai"}},
		{"near miss: a comma after the receiving ends it, the sum is the total", link, "2022-01-20",
			"LĐLĐ huyện Đức Cơ trao quà Tết cho công nhân khó khăn.\n\nTại buổi lễ, mỗi công nhân lao động khó khăn được nhận quà, tổng kinh phí là 80 triệu đồng.",
			[]string{"80000000 | vnd | exact | total | achieved | year | 2022 | Đức Cơ | welfare | Gia Lai"}},
		{"near miss: a count between them gives the sum to the count", link, "2022-01-20",
			"LĐLĐ huyện Đức Cơ trao quà Tết cho công nhân khó khăn.\n\nTại mỗi xã, 40 công nhân lao động khó khăn được nhận quà với tổng kinh phí là 20 triệu đồng.",
			[]string{"40 | person | exact | per_unit | achieved | year | 2022 | Đức Cơ | welfare | Gia Lai",
				"20000000 | vnd | exact | total | achieved | year | 2022 | Đức Cơ | welfare | Gia Lai"}},
		{"near miss: without mỗi the workers' sum far after their receiving is the total", link, "2022-01-20",
			"LĐLĐ huyện Đức Cơ trao quà Tết cho công nhân khó khăn.\n\nCông nhân lao động khó khăn của các doanh nghiệp được nhận quà bằng tiền mặt là 90 triệu đồng.",
			[]string{"90000000 | vnd | exact | total | achieved | year | 2022 | Đức Cơ | welfare | Gia Lai"}},
	})
}

// TestAimedPlanFixlast18c: a plan's figure after a word of purpose and a
// cue of meeting it ("Để hoàn thành chỉ tiêu phát triển 1.500 đoàn viên
// …") is the target aimed at, planned, not a result. Every sentence is
// invented.
func TestAimedPlanFixlast18c(t *testing.T) {
	const link = "https://example.vn/tin-doan-vien.html"
	runLineCases(t, []lineCase{
		{"để hoàn thành chỉ tiêu: the target is planned", link, "2019-08-20",
			"LĐLĐ tỉnh Bình Định phát triển đoàn viên.\n\nĐể hoàn thành chỉ tiêu phát triển 1.500 đoàn viên trong năm 2019, các cấp công đoàn tập trung tuyên truyền tại doanh nghiệp.",
			[]string{"1500 | member | exact | total | planned | year | 2019 | Bình Định | membership | Bình Định"}},
		{"nhằm đạt chỉ tiêu: the target is planned", link, "2019-08-20",
			"LĐLĐ tỉnh Bình Định phát triển đoàn viên.\n\nNhằm đạt chỉ tiêu kết nạp 1.500 đoàn viên năm nay, các cấp công đoàn tăng cường làm việc với doanh nghiệp.",
			[]string{"1500 | member | exact | total | planned | year | 2019 | Bình Định | membership | Bình Định"}},
		{"near miss: a result after the purpose clause stays achieved", link, "2019-08-20",
			"LĐLĐ tỉnh Bình Định phát triển đoàn viên.\n\nĐể hoàn thành chỉ tiêu năm 2019, các cấp công đoàn đã kết nạp 900 đoàn viên.",
			[]string{"900 | member | exact | total | achieved | year | 2019 | Bình Định | membership | Bình Định"}},
		{"near miss: the plan met without purpose stays achieved", link, "2019-08-20",
			"LĐLĐ tỉnh Bình Định phát triển đoàn viên.\n\nCác cấp công đoàn hoàn thành chỉ tiêu phát triển 1.500 đoàn viên trong năm 2019.",
			[]string{"1500 | member | exact | total | achieved | year | 2019 | Bình Định | membership | Bình Định"}},
	})
}

package extract

import "testing"

// TestCongressGuestsAndLists: what the sixteenth session's open items of
// probes DE (3) and DL (4) found misread: the bodies of a congress's
// guests (welcomed, or whose officer attends) taken for the actor, the
// delegates' "tiêu biểu" read as an award, and a subject listing kinds of
// a province's bodies given to the last one named. Each rule has a near miss.
// Every sentence is invented. want lists the records as line renders
// them.
func TestCongressGuestsAndLists(t *testing.T) {
	const link = "https://example.vn/a-1.html"
	runLineCases(t, []lineCase{
		{"welcomed guests' body heads no article", link, "2023-09-20",
			"Khai mạc đại hội công đoàn lần IX tại hội trường tỉnh Bình Phước\n\nĐại hội hân hạnh đón tiếp các đồng chí lãnh đạo Tổng LĐLĐ Việt Nam, lãnh đạo một số Ban của Tổng Liên đoàn và lãnh đạo tỉnh.\n\nPhát biểu khai mạc Đại hội, đồng chí Chủ tịch chào mừng 300 đại biểu chính thức là cán bộ, đoàn viên tiêu biểu trong tỉnh, đại diện cho gần 120 nghìn đoàn viên.",
			[]string{"300 | person | exact | total | achieved | year | 2023 | Bình Phước | other | Bình Phước",
				"120000 | member | about | total | achieved | snapshot | 2023 | Bình Phước | membership | Bình Phước"}},
		{"an officer's body that attends is a guest", link, "2023-09-20",
			"LĐLĐ tỉnh Bình Phước tổ chức Đại hội Công đoàn tỉnh lần thứ IX\n\nNgày 19/9, LĐLĐ tỉnh Bình Phước tổ chức Đại hội Công đoàn tỉnh lần thứ IX, nhiệm kỳ 2023-2028.\n\nPhó Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Văn B dự Đại hội cùng 250 đại biểu là cán bộ công đoàn tiêu biểu của các ngành, đại diện cho 95 nghìn đoàn viên.",
			[]string{"250 | person | exact | total | achieved | year | 2023 | Bình Phước | other | Bình Phước",
				"95000 | member | exact | total | achieved | snapshot | 2023 | Bình Phước | membership | Bình Phước"}},
		{"near miss: an officer's body that plans", link, "2023-09-20",
			"Công đoàn ngành Y tế tỉnh Bình Phước tổng kết năm 2023\n\nNgày 19/12, Công đoàn ngành Y tế tỉnh Bình Phước tổng kết năm 2023.\n\nChủ tịch Công đoàn ngành Y tế Nguyễn Văn B dự kiến năm 2024 kết nạp 500 đoàn viên.",
			[]string{"500 | member | exact | total | planned | year | 2024 | Công đoàn ngành Y tế | membership | Bình Phước"}},
		{"near miss: delegates honoured at the congress", link, "2023-09-20",
			"LĐLĐ tỉnh Bình Phước tổ chức Đại hội Công đoàn tỉnh lần thứ IX\n\nNgày 19/9, LĐLĐ tỉnh Bình Phước tổ chức Đại hội Công đoàn tỉnh lần thứ IX, nhiệm kỳ 2023-2028.\n\nTại Đại hội, LĐLĐ tỉnh đã khen thưởng 25 đại biểu là cán bộ công đoàn tiêu biểu.",
			[]string{"25 | person | exact | total | achieved | year | 2023 | Bình Phước | emulation | Bình Phước"}},
		{"a subject listing kinds of a province's bodies is the province", link, "2023-07-20",
			"Gia Lai phát triển đoàn viên\n\nTrong 6 tháng đầu năm 2023, liên đoàn lao động (LĐLĐ) các huyện, thị xã, các công đoàn ngành, Công đoàn Viên chức tỉnh Gia Lai đã thành lập mới 14 CĐCS và kết nạp 520 đoàn viên.",
			[]string{"14 | union | exact | total | achieved | year | 2023 | Gia Lai | membership | Gia Lai",
				"520 | member | exact | total | achieved | year | 2023 | Gia Lai | membership | Gia Lai"}},
		{"near miss: the last kind named alone", link, "2023-07-20",
			"Gia Lai phát triển đoàn viên\n\nTrong 6 tháng đầu năm 2023, Công đoàn Viên chức tỉnh Gia Lai đã thành lập mới 14 CĐCS và kết nạp 520 đoàn viên.",
			[]string{"14 | union | exact | total | achieved | year | 2023 | Công đoàn Viên chức | membership | Gia Lai",
				"520 | member | exact | total | achieved | year | 2023 | Công đoàn Viên chức | membership | Gia Lai"}},
	})
}

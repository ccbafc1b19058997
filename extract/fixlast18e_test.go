package extract

import "testing"

// TestCategoryLeftoversFixlast18e: probe FB's category leftovers of the
// eighteenth session (PHENOMENA "FB (category leftovers …)", FB18e-…).
// A target of founding base unions written "CĐ cơ sở" is membership; the
// worth of cash and gifts contributed to the Front is a drive's sum
// (finance); a term's key tasks are no heading of the first task listed
// after their colon. Every sentence is invented.
func TestCategoryLeftoversFixlast18e(t *testing.T) {
	const link = "https://example.vn/tin-last18e.html"
	const head = "LĐLĐ huyện Gia Bình tổng kết năm 2024\n\nLĐLĐ huyện Gia Bình tổng kết công tác công đoàn năm 2024.\n\n"
	runLineCases(t, []lineCase{
		{"a target of founding base unions written CĐ cơ sở is membership", link, "2024-12-20",
			head + "Nghị quyết Đại hội đặt các chỉ tiêu cho nhiệm kỳ: tới năm 2028, thành lập tổ chức CĐ cơ sở ở 100% doanh nghiệp sử dụng từ 30 công nhân; phấn đấu kết nạp 3.000 đoàn viên.",
			[]string{"100 | percent | exact | total | planned | multi_year | 2028 | Gia Bình | membership | Bắc Ninh",
				"3000 | member | exact | total | planned | multi_year | 2028 | Gia Bình | membership | Bắc Ninh"}},
		{"founding written CĐCS is membership too", link, "2024-12-20",
			head + "Năm 2025, LĐLĐ huyện Gia Bình phấn đấu thành lập CĐCS ở 90% doanh nghiệp có từ 25 lao động trở lên.",
			[]string{"90 | percent | exact | total | planned | year | 2025 | Gia Bình | membership | Bắc Ninh"}},
		{"near miss: founding a board in the base unions is no founding of unions", link, "2024-12-20",
			head + "Năm 2025, LĐLĐ huyện Gia Bình phấn đấu thành lập Ban nữ công ở 100% CĐ cơ sở.",
			[]string{"100 | percent | exact | total | planned | year | 2025 | Gia Bình | other | Bắc Ninh"}},
		{"the worth of cash and gifts contributed to the Front is finance", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình vận động ủng hộ đồng bào bị lũ được 420 triệu đồng; trao 300 suất quà cho đoàn viên. Đóng góp về UBMTTQ Việt Nam huyện tiền mặt và quà với tổng giá trị 612,4 triệu đồng.",
			[]string{"420000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh",
				"300 | gift | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"612400000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh"}},
		{"near miss: the worth of gifts handed out is welfare", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình trao quà cho công nhân khó khăn với tổng giá trị 85 triệu đồng.",
			[]string{"85000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"near miss: the worth of counted gifts after a contribution is the gifts'", link, "2024-12-20",
			head + "Năm 2024, các CĐCS đóng góp 150 suất quà với tổng giá trị 75 triệu đồng cho công nhân khó khăn.",
			[]string{"150 | gift | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"75000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"a term's key tasks listed after a colon are no heading of the first task", link, "2024-12-20",
			head + "Trong 5 năm tới, Công đoàn huyện xác định triển khai 4 nhiệm vụ trọng tâm: Tuyên truyền, học tập Nghị quyết Đại hội; Đẩy mạnh phong trào thi đua; Nâng cao chất lượng giám sát.",
			[]string{"4 | event | exact | total | planned | year | 2024 | Gia Bình | other | Bắc Ninh"}},
		{"near miss: activities listed after a colon tell what they are", link, "2024-12-20",
			head + "Dịp Tết, LĐLĐ huyện Gia Bình tổ chức 3 hoạt động: tặng quà, thăm hỏi và đưa công nhân về quê.",
			[]string{"3 | event | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
	})
}

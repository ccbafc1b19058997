package extract

import "testing"

// TestNonUnionFiguresAndHeadlines: what probes EH (precision on a feed
// heavy in non-union news) and EA of the seventeenth session (PHENOMENA
// "EH EA") found misread: the goods of one gift and a bottle's size, the
// head-counts of a work stoppage, a scheme named by its figure, a
// national body working with a province's government, a headline over a
// print line or a section's dateline, a programme under way, housing for
// workers and a leader's economic targets. Each rule has a near miss.
// Every sentence is invented. want lists the records as line renders them.
func TestNonUnionFiguresAndHeadlines(t *testing.T) {
	const ld = "https://laodong.vn/cong-doan/a-1.ldo"
	tests := []lineCase{
		{"a firm's gift told on without a subject", ld, "2024-01-20",
			"Chủ tịch công đoàn công ty: công nhân nhận quà Tết\n\nÔng Phan Đức Thịnh, Chủ tịch công đoàn Công ty CP Giày Minh Phát, xác nhận hình ảnh trên. Theo ông Thịnh, năm nay Công ty Giày Minh Phát chi 9 tỷ đồng mua quà Tết cho công nhân. Cụ thể ngày 10/1, công ty tổ chức trao quà Tết gồm 1 thùng sữa, 2 hộp bánh. Đợt 2 dự kiến trao ngày 20/1, gồm 1 hộp mứt, 3 gói trà và 1 chai dầu ăn loại 2 lít.",
			nil},
		{"near miss: a union's gift told on without a subject", ld, "2024-01-20",
			"Quà Tết cho đoàn viên\n\nLĐLĐ huyện Kim Sơn trao 150 suất quà cho đoàn viên. Đợt 2 dự kiến trao ngày 20/1, gồm 1 hộp mứt, 3 gói trà và 1 chai dầu ăn loại 2 lít.",
			[]string{"150 | gift | exact | total | achieved | year | 2024 | Kim Sơn | welfare | Ninh Bình",
				"1 | item | exact | per_unit | planned | year | 2024 | Kim Sơn | welfare | Ninh Bình",
				"3 | item | exact | per_unit | planned | year | 2024 | Kim Sơn | welfare | Ninh Bình",
				"1 | item | exact | per_unit | planned | year | 2024 | Kim Sơn | welfare | Ninh Bình"}},
		{"near miss: goods a drive handed out in all", ld, "2024-01-20",
			"Quà Tết cho đoàn viên\n\nLĐLĐ huyện Kim Sơn trao quà gồm 300 thùng mì và 200 bao gạo cho đoàn viên.",
			[]string{"300 | item | exact | total | achieved | year | 2024 | Kim Sơn | welfare | Ninh Bình",
				"200 | item | exact | total | achieved | year | 2024 | Kim Sơn | welfare | Ninh Bình"}},
		{"the head-counts of a stoppage are no union figure", ld, "2024-05-16",
			"Công nhân trở lại làm việc\n\nLĐLĐ tỉnh Bình Dương cho biết tình hình đã ổn định, hầu hết công nhân đã trở lại làm việc. Hiện nay, còn 2.400 lao động tại 12 DN nghỉ làm đến hết ngày 18-5.\nThông tin từ LĐLĐ thị xã Bến Cát cho biết hầu hết doanh nghiệp đã hoạt động trở lại. Tại thị xã Bến Cát, toàn bộ 9.000 CN Công ty Minh Long làm việc trở lại vào sáng 16-5.",
			nil},
		{"near miss: workers a union wins back to work", ld, "2024-05-16",
			"Công nhân trở lại làm việc\n\nLĐLĐ tỉnh Bình Dương đã vận động 900 công nhân trở lại làm việc.",
			[]string{"900 | person | exact | total | achieved | year | 2024 | Bình Dương | finance | Bình Dương"}},
		{"a scheme named by its figure", ld, "2024-05-20",
			"LĐLĐ tỉnh tuyên truyền về nhà ở xã hội\n\nLĐLĐ tỉnh Thái Bình tuyên truyền cho 3.000 đoàn viên về Đề án 1 triệu căn hộ nhà ở xã hội.",
			[]string{"3000 | member | exact | total | achieved | year | 2024 | Thái Bình | training | Thái Bình"}},
		{"a national body with a province's government keeps its figure", ld, "2025-10-20",
			"Khởi công nhà ở xã hội công đoàn\n\nNgày 19/10, Tổng LĐLĐ Việt Nam phối hợp với UBND tỉnh Hưng Yên khởi công Dự án nhà ở xã hội công đoàn tại thị xã Mỹ Hào với tổng vốn đầu tư hơn 450 tỉ đồng.",
			[]string{"450000000000 | vnd | more_than | total | achieved | year | 2025 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam"}},
		{"near miss: a national body with a province's federation", ld, "2025-10-20",
			"Trao quà cho công nhân\n\nNgày 19/10, Tổng LĐLĐ Việt Nam phối hợp với LĐLĐ tỉnh Hưng Yên trao 300 suất quà cho công nhân.",
			[]string{"300 | gift | exact | total | achieved | year | 2025 | Hưng Yên | welfare | Hưng Yên"}},
		{"a headline over a print line, a programme under way", "https://ngaynay.vn/kham-benh-post1.html", "2025-11-20",
			" date 2025-11-20 Khám bệnh cho công nhân ở 5 tỉnh\n\nPV In bài viết\n(Ngày Nay) - Ngày 19/11, Tổng Liên đoàn Lao động Việt Nam cho biết đang phối hợp cùng Bộ Y tế tổ chức khám bệnh cho khoảng 7.000 công nhân ở 5 tỉnh.\nKhám bệnh cho công nhân ở 5 tỉnh\n\nTừ nay đến hết tháng 3/2026, chương trình sẽ được tổ chức ở cả 5 tỉnh.",
			[]string{"5 | count | exact | total | planned | year | 2025 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"7000 | person | about | total | planned | year | 2025 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"5 | count | exact | total | planned | year | 2025 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"5 | count | exact | total | planned | year | 2025 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"5 | count | exact | total | planned | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | other | Việt Nam"}},
		{"near miss: a programme under way is now", ld, "2025-11-20",
			"Khám bệnh cho công nhân\n\nHiện đang tổ chức khám bệnh cho 9.000 công nhân, LĐLĐ tỉnh Nghệ An cho biết.",
			nil},
		{"a headline over a section's dateline", "https://tuoitrethudo.vn/a-1.html", "2025-12-20",
			"Hơn 300 công nhân nhận quà Tết\n\nXã hội - Công đoàn 20/12/2025 09:15\naa\nTTTĐ - Ngày 20/12, LĐLĐ quận Hà Đông trao quà Tết cho hơn 300 công nhân.",
			[]string{"300 | person | more_than | total | achieved | year | 2025 | Hà Đông | welfare | Hà Nội",
				"300 | person | more_than | total | achieved | year | 2025 | Hà Đông | welfare | Hà Nội"}},
		{"a leader's economic targets at a union event", ld, "2025-12-20",
			"LĐLĐ thành phố Hải Phòng tổ chức Tết sum vầy\n\nNgày 19/12, LĐLĐ thành phố Hải Phòng trao 2.000 suất quà cho công nhân.\n\nThành phố phấn đấu GRDP tăng từ 10% trở lên, giải quyết 3 điểm nghẽn lớn.",
			[]string{"2000 | gift | exact | total | achieved | year | 2025 | Hải Phòng | welfare | Hải Phòng"}},
		{"near miss: a union's own bottlenecks", ld, "2025-12-20",
			"LĐLĐ thành phố Hải Phòng tổ chức hội nghị\n\nLĐLĐ thành phố Hải Phòng phấn đấu giải quyết 3 điểm nghẽn trong thương lượng tập thể.",
			[]string{"3 | count | exact | total | planned | year | 2025 | Hải Phòng | representation | Hải Phòng"}},
	}
	runLineCases(t, tests)
}

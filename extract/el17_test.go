package extract

import "testing"

// TestELSeventeenth: what probe EL (Lao Động Thủ Đô's own Hà Nội news)
// found, seventeenth session (PHENOMENA "EL …"): a union article whose
// title names no union, the count of a set given to one of its members,
// decades as a period, a list of topics, a directive's issuer in a
// preamble, initials the article defines. Each rule has a near miss.
// Every sentence is invented. want lists the records as line renders them.
func TestELSeventeenth(t *testing.T) {
	const ld = "https://laodongthudo.vn/a-1.html"
	tests := []lineCase{
		{"a union article: the workers spelled with a dash count as a union word", ld, "2023-05-10",
			"Tôn vinh sáng kiến của người lao động Thủ đô\n\nPhong trào \"Sáng tạo trong công nhân viên chức - lao động Thủ đô\" lan tỏa mạnh mẽ, theo Chủ tịch Liên đoàn Lao động thành phố.\n\nNăm 2023, toàn thành phố có trên 41.000 sáng kiến được công nhận, theo báo cáo của Liên đoàn Lao động thành phố.\n\nBuổi lễ diễn ra tại Cung Văn hóa Hữu nghị.",
			[]string{"41000 | initiative | more_than | total | achieved | year | 2023 | Hà Nội | emulation | Hà Nội"}},
		{"a union article: the federation named twice, once as the subject of a figure", ld, "2023-05-10",
			"Tôn vinh sáng kiến của người lao động Thủ đô\n\nPhó Chủ tịch UBND thành phố trao quyết định cho các doanh nghiệp tiêu biểu. Lãnh đạo Liên đoàn Lao động thành phố dự buổi lễ.\n\nNăm 2023, toàn thành phố có trên 41.000 sáng kiến được công nhận. Từ 620 sáng kiến được đề nghị, Liên đoàn Lao động thành phố đã tôn vinh 80 cá nhân.\n\nBuổi lễ diễn ra tại Cung Văn hóa Hữu nghị.",
			[]string{"41000 | initiative | more_than | total | achieved | year | 2023 | Hà Nội | emulation | Hà Nội",
				"620 | initiative | exact | total | achieved | year | 2023 | Hà Nội | emulation | Hà Nội",
				"80 | person | exact | total | achieved | year | 2023 | Hà Nội | emulation | Hà Nội"}},
		{"near miss: the federation named twice, in passing", ld, "2023-05-10",
			"Tôn vinh doanh nghiệp vì cộng đồng\n\nPhó Chủ tịch UBND thành phố trao quyết định cho các doanh nghiệp tiêu biểu. Lãnh đạo Liên đoàn Lao động thành phố dự buổi lễ.\n\nNăm 2023, các doanh nghiệp đóng góp 41 tỷ đồng cho quỹ an sinh, theo Liên đoàn Lao động thành phố.\n\nBuổi lễ diễn ra tại Cung Văn hóa Hữu nghị.",
			nil},
		{"one of a set: the count is the awarding body's", ld, "2023-12-21",
			"LĐLĐ tỉnh Nam Định là 1 trong 4 đơn vị được Tổng LĐLĐ Việt Nam trình Chính phủ tặng Cờ thi đua\n\nHôm 22/12, Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã quyết định trao Cờ thi đua cho 4 đơn vị đứng đầu năm 2023.\n\n4 đơn vị tiêu biểu năm 2023, gồm: LĐLĐ tỉnh Nam Định - dẫn đầu Cụm thi đua 3; LĐLĐ tỉnh Nghệ An - dẫn đầu Cụm thi đua 6.",
			[]string{"4 | organization | exact | total | achieved | year | 2023 | Tổng Liên đoàn Lao động Việt Nam | emulation | Việt Nam",
				"4 | organization | exact | total | achieved | year | 2023 | Tổng Liên đoàn Lao động Việt Nam | emulation | Việt Nam",
				"4 | organization | exact | total | achieved | year | 2023 | Tổng Liên đoàn Lao động Việt Nam | emulation | Việt Nam"}},
		{"near miss: a body that awards a set it lists keeps its count", ld, "2023-12-21",
			"LĐLĐ tỉnh Nam Định khen thưởng các công đoàn ngành\n\nNăm 2023, LĐLĐ tỉnh Nam Định tặng Bằng khen cho 3 đơn vị, gồm: Công đoàn ngành Y tế, Công đoàn ngành Giáo dục, Công đoàn ngành Xây dựng.",
			[]string{"3 | organization | exact | total | achieved | year | 2023 | Nam Định | emulation | Nam Định"}},
		{"near miss: a set the article's organisers chose", ld, "2023-10-12",
			"Hội diễn văn nghệ công nhân viên chức - lao động\n\nNgày 15/10, Liên đoàn Lao động thành phố Hà Nội khai mạc vòng chung khảo Hội diễn văn nghệ năm 2023.\n\nHội diễn nằm trong chuỗi hoạt động hướng tới Đại hội XIII Công đoàn Việt Nam.\n\nBan Tổ chức đã chọn 7 đội có điểm cao nhất vào chung khảo, gồm: Liên đoàn Lao động quận Hai Bà Trưng, quận Cầu Giấy; Liên đoàn Lao động huyện Đông Anh và Công đoàn ngành Y tế Hà Nội.",
			[]string{"7 | count | exact | total | achieved | year | 2023 | Hà Nội | other | Hà Nội"}},
		{"near miss: a body that hands out gifts at the units it lists", ld, "2024-02-10",
			"LĐLĐ thành phố Cần Thơ thăm công nhân trực Tết\n\nTối cùng ngày, ông Trần Văn Bình, Chủ tịch LĐLĐ thành phố Cần Thơ, trao 60 phần quà cho người lao động trực Tết tại các đơn vị gồm: Bệnh viện Đa khoa thành phố Cần Thơ và Công ty Cấp nước Cần Thơ.",
			[]string{"60 | gift | exact | total | achieved | year | 2024 | Cần Thơ | welfare | Cần Thơ"}},
		{"decades mark a period", ld, "2024-10-02",
			"LĐLĐ thành phố tuyên dương sáng kiến\n\nGần 2 thập kỷ qua, phong trào sáng kiến của LĐLĐ thành phố lan tỏa rộng. Hơn 3 thập niên, phong trào được duy trì. Năm 2024, LĐLĐ thành phố tôn vinh 12 doanh nghiệp tiêu biểu.",
			[]string{"12 | organization | exact | total | achieved | year | 2024 | Hà Nội | emulation | Hà Nội"}},
		{"a list of topics sets no category", ld, "2020-11-13",
			"LĐLĐ huyện Thạch Thất đối thoại với người lao động\n\nTại hội nghị, có 85 lượt ý kiến của người lao động được LĐLĐ huyện Thạch Thất tổng hợp, tập trung vào các lĩnh vực: giao thông; thi đua - khen thưởng; tiền lương.",
			[]string{"85 | count | exact | total | achieved | year | 2020 | Thạch Thất | representation | Hà Nội"}},
		{"opinions counted are what workers raised to their union", ld, "2020-11-13",
			"LĐLĐ huyện Thạch Thất gặp gỡ công nhân\n\nTại buổi gặp, có 40 ý kiến của công nhân được LĐLĐ huyện Thạch Thất ghi nhận.",
			[]string{"40 | count | exact | total | achieved | year | 2020 | Thạch Thất | representation | Hà Nội"}},
		{"near miss: awards listed after a colon that no topic noun opens", ld, "2020-11-13",
			"LĐLĐ huyện Thạch Thất tổng kết năm\n\nNăm 2020, LĐLĐ huyện Thạch Thất đề nghị cho 85 cá nhân các hình thức: thi đua - khen thưởng.",
			[]string{"85 | person | exact | total | achieved | year | 2020 | Thạch Thất | emulation | Hà Nội"}},
		{"a directive's issuer in the preamble is not who acts", ld, "2021-07-21",
			"Hỗ trợ công nhân thuê trọ\n\nThực hiện Công văn 27/LĐLĐ về chăm lo đời sống người lao động của LĐLĐ thành phố Hà Nội, Công đoàn các KCN&CX Hà Nội đã lập kế hoạch trao tiền thuê trọ cho hơn 900 CNLĐ gặp khó.",
			[]string{"900 | person | more_than | total | planned | year | 2021 | Công đoàn các Khu công nghiệp và chế xuất | welfare | Hà Nội"}},
		{"near miss: a directive's issuer that acts on it", ld, "2021-07-21",
			"Hỗ trợ công nhân thuê trọ\n\nThực hiện Công văn 27/LĐLĐ về chăm lo đời sống người lao động, LĐLĐ thành phố Hà Nội đã trao tiền thuê trọ cho hơn 900 CNLĐ gặp khó.",
			[]string{"900 | person | more_than | total | achieved | year | 2021 | Hà Nội | welfare | Hà Nội"}},
		{"initials the article defines count what their phrase counts", ld, "2019-04-20",
			"LĐLĐ quận Tây Hồ biểu dương công nhân giỏi\n\nNhững người thợ giỏi (NTG) không chỉ làm việc ở xưởng. Ngày 18/4/2019, LĐLĐ quận Tây Hồ đã biểu dương 45 NTG.",
			[]string{"45 | person | exact | total | achieved | year | 2019 | Tây Hồ | emulation | Hà Nội"}},
		{"near miss: initials the article never defines", ld, "2019-04-20",
			"LĐLĐ quận Tây Hồ biểu dương công nhân giỏi\n\nNgày 18/4/2019, LĐLĐ quận Tây Hồ đã biểu dương 45 NTG.",
			[]string{"45 | count | exact | total | achieved | year | 2019 | Tây Hồ | emulation | Hà Nội"}},
	}
	runLineCases(t, tests)
}

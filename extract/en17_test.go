package extract

import "testing"

// TestAnniversariesMovementsAndCurrentYear: what probe EN of the
// seventeenth session (PHENOMENA "EN", a held-out mixed feed) found
// misread: a four-digit count of years before an event taken for the
// year (EN17-1), "từ đầu năm đến nay" of an undated article bound to an
// older lead year (EN17-2), a movement named by a number read as a count
// (EN17-5) and what a body is made of read as a year's flow (EN17-6).
// Each rule has a near miss. Every sentence is invented.
func TestAnniversariesMovementsAndCurrentYear(t *testing.T) {
	const link = "https://example.vn/tin-en.html"
	runLineCases(t, []lineCase{
		{"near miss: goods received to develop a workers' canteen are kept", link, "2021-09-20",
			"LĐLĐ huyện Gia Lâm nhận gạo\n\nLĐLĐ huyện Gia Lâm vừa tiếp nhận 4 tấn gạo do Công ty B gửi tặng để phát triển bếp ăn cho công nhân.",
			[]string{"4 | item | exact | total | achieved | year | 2021 | Gia Lâm | finance | Hà Nội"}},
		{"a count of years before an event is an anniversary, never the year", link, "",
			"Công đoàn xã Sóc Sơn gặp mặt nữ đoàn viên\n\nSáng 6/3, Công đoàn xã Sóc Sơn tổ chức gặp mặt kỷ niệm 116 năm Ngày Quốc tế phụ nữ (08/3/1910 - 08/3/2026) và 1986 năm khởi nghĩa Hai Bà Trưng, mừng sinh nhật đoàn viên quý I/2026.\n\nTại buổi gặp mặt, Công đoàn xã Sóc Sơn tặng 24 phần quà cho nữ đoàn viên.",
			[]string{"24 | gift | exact | total | achieved | year | 2026 | Sóc Sơn | welfare | Hà Nội"}},
		{"near miss: a year written after năm still dates the lead", link, "",
			"Công đoàn xã Sóc Sơn (Hà Nội) gặp mặt nữ đoàn viên\n\nCông đoàn xã Sóc Sơn ôn lại 1986 năm khởi nghĩa Hai Bà Trưng và tổng kết công tác năm 2025.\n\nCông đoàn xã Sóc Sơn đã tặng 24 phần quà cho nữ đoàn viên.",
			[]string{"24 | gift | exact | total | achieved | year | 2025 | Sóc Sơn | welfare | Hà Nội"}},
		{"an undated year to date is of the latest year stated before it", link, "",
			"LĐLĐ quận Cầu Giấy phát triển đoàn viên\n\nNăm 2023, LĐLĐ quận Cầu Giấy đã kết nạp 900 đoàn viên.\n\nBước sang năm 2024, LĐLĐ quận đề ra nhiệm vụ mới. Từ đầu năm đến nay, LĐLĐ quận Cầu Giấy đã kết nạp 150 đoàn viên.",
			[]string{"900 | member | exact | total | achieved | year | 2023 | Cầu Giấy | membership | Hà Nội",
				"150 | member | exact | total | achieved | year | 2024 | Cầu Giấy | membership | Hà Nội"}},
		{"near miss: a year looked forward to is not reached", link, "",
			"LĐLĐ quận Cầu Giấy phát triển đoàn viên\n\nNăm 2023, LĐLĐ quận Cầu Giấy đã kết nạp 900 đoàn viên.\n\nLĐLĐ quận đặt mục tiêu năm 2025 vượt kế hoạch. Từ đầu năm đến nay, LĐLĐ quận Cầu Giấy đã kết nạp 150 đoàn viên.",
			[]string{"900 | member | exact | total | achieved | year | 2023 | Cầu Giấy | membership | Hà Nội",
				"150 | member | exact | total | achieved | year | 2023 | Cầu Giấy | membership | Hà Nội"}},
		{"near miss: a dated year to date is the publication's year", link, "2024-07-02",
			"LĐLĐ quận Cầu Giấy phát triển đoàn viên\n\nNăm 2022, LĐLĐ quận Cầu Giấy đã kết nạp 900 đoàn viên.\n\nBước sang năm 2023, LĐLĐ quận đề ra nhiệm vụ mới. Từ đầu năm đến nay, LĐLĐ quận Cầu Giấy đã kết nạp 150 đoàn viên.",
			[]string{"900 | member | exact | total | achieved | year | 2022 | Cầu Giấy | membership | Hà Nội",
				"150 | member | exact | total | achieved | year | 2024 | Cầu Giấy | membership | Hà Nội"}},
		{"a number between a movement's noun and its aim names the movement", link, "2023-05-12",
			"LĐLĐ quận Cầu Giấy tuyên dương nữ đoàn viên\n\nNăm 2023, LĐLĐ quận Cầu Giấy đã tuyên dương 42 chị tiêu biểu trong phong trào 3 tốt và cuộc vận động 2 không.",
			[]string{"42 | person | exact | total | achieved | year | 2023 | Cầu Giấy | emulation | Hà Nội"}},
		{"near miss: a count after a movement's noun is a figure", link, "2023-05-12",
			"LĐLĐ quận Cầu Giấy tuyên dương nữ đoàn viên\n\nQua phong trào, 42 chị được LĐLĐ quận Cầu Giấy tuyên dương; trong phong trào 3 tập thể được tặng giấy khen.",
			[]string{"42 | person | exact | total | achieved | year | 2023 | Cầu Giấy | emulation | Hà Nội",
				"3 | collective | exact | total | achieved | year | 2023 | Cầu Giấy | emulation | Hà Nội"}},
		{"what a body is made of is a stock", link, "2023-03-20",
			"Cụm thi đua số 3 LĐLĐ thành phố Hà Nội ký giao ước thi đua\n\nCụm thi đua số 3 LĐLĐ Thành phố gồm 5 LĐLĐ huyện: Đông Anh, Gia Lâm, Mê Linh, Sóc Sơn và Thanh Trì.",
			[]string{"5 | union | exact | total | achieved | snapshot | 2023 | Cụm thi đua số 3 | membership | Hà Nội"}},
		{"near miss: units a flow is broken into are of the year", link, "2023-03-20",
			"LĐLĐ quận Cầu Giấy thăm các đơn vị\n\nNăm 2023, LĐLĐ quận Cầu Giấy đã trao cờ thi đua cho 12 đơn vị, gồm 5 CĐCS khối doanh nghiệp.",
			[]string{"12 | organization | exact | total | achieved | year | 2023 | Cầu Giấy | emulation | Hà Nội",
				"5 | union | exact | total | achieved | year | 2023 | Cầu Giấy | emulation | Hà Nội"}},
	})
}

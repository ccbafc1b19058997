package extract

import "testing"

// TestProbeGCFixgc19: probe GC's slips of the nineteenth session
// (PHENOMENA "GC (…, nineteenth session)", GC19-…). A headline whose
// subject is a province's bare name makes the article the province's
// federation's, over a lead on one firm's event; a body a union advises
// ("tham mưu Ủy ban MTTQ …") does not act; "thực hiện quản lý" holds no
// "hiện quản lý", so the care told after the stock is the year's; the
// sums and ones a class of recipients each gets ("Đối với đối tượng
// được …, … trao 800.000 đồng, 1 suất quà") are per_unit; those attending
// an event, with no cue in the title or their part, take the paragraph's
// recurrent cue. Every sentence is invented.
func TestProbeGCFixgc19(t *testing.T) {
	const link = "https://example.vn/tin-gc19.html"
	runLineCases(t, []lineCase{
		{"a headline's province over a lead on one firm's event", link, "2026-01-20",
			"Hà Nội chăm lo Tết sớm cho công nhân khó khăn\n\nNgày 12/1, Ban chấp hành Công đoàn Công ty Minh Phát tổ chức chương trình “Xuân gắn kết” cho công nhân.\n\nChương trình quy mô 600 người, trong đó có 450 đoàn viên có hoàn cảnh khó khăn.",
			[]string{"600 | person | exact | total | achieved | year | 2026 | Hà Nội | welfare | Hà Nội",
				"450 | member | exact | total | achieved | year | 2026 | Hà Nội | welfare | Hà Nội"}},
		{"near miss: a headline naming no province keeps the firm's union of the lead", link, "2026-01-20",
			"Chăm lo Tết sớm cho công nhân khó khăn\n\nNgày 12/1, Ban chấp hành Công đoàn Công ty Minh Phát tổ chức chương trình “Xuân gắn kết” cho công nhân.\n\nChương trình quy mô 600 người, trong đó có 450 đoàn viên có hoàn cảnh khó khăn.",
			[]string{"600 | person | exact | total | achieved | year | 2026 | Công đoàn Công ty Minh Phát | welfare | ",
				"450 | member | exact | total | achieved | year | 2026 | Công đoàn Công ty Minh Phát | welfare | "}},
		{"a body the union advises does not act in its list of results", link, "2025-10-20",
			"Đại hội Công đoàn phường Tân Định, TP HCM lần thứ I\n\nCông đoàn phường Tân Định đã làm được nhiều việc. Tham mưu tốt trong Ban Thường trực Ủy ban MTTQ Việt Nam phường trong việc tổ chức chăm lo 640 phần quà trị giá 210 triệu đồng cho hộ khó khăn.",
			[]string{"640 | gift | exact | total | achieved | year | 2025 | Tân Định | welfare | Thành phố Hồ Chí Minh",
				"210000000 | vnd | exact | total | achieved | year | 2025 | Tân Định | welfare | Thành phố Hồ Chí Minh"}},
		{"near miss: the Front acting on its own gives no union figure", link, "2025-10-20",
			"Đại hội Công đoàn phường Tân Định, TP HCM lần thứ I\n\nCông đoàn phường Tân Định đã làm được nhiều việc. Ủy ban MTTQ Việt Nam phường tổ chức chăm lo 640 phần quà cho hộ khó khăn.",
			nil},
		{"carrying out the management of unions is no present stock of the care after it", link, "2025-01-15",
			"LĐLĐ quận Cầu Giấy tổng kết năm 2024\n\nTrong năm 2024, LĐLĐ quận Cầu Giấy thực hiện quản lý 365 công đoàn cơ sở, chăm lo cho cuộc sống của hơn 19.000/21.400 người lao động.",
			[]string{"365 | union | exact | total | achieved | snapshot | 2024 | Cầu Giấy | membership | Hà Nội",
				"19000/21400 | person | more_than | total | achieved | year | 2024 | Cầu Giấy | welfare | Hà Nội"}},
		{"near miss: now managing keeps the workforce after it a stock", link, "2025-01-15",
			"LĐLĐ quận Cầu Giấy tổng kết năm 2024\n\nLĐLĐ quận Cầu Giấy hiện quản lý 365 công đoàn cơ sở với hơn 19.000 đoàn viên.",
			[]string{"365 | union | exact | total | achieved | snapshot | 2024 | Cầu Giấy | membership | Hà Nội",
				"19000 | member | more_than | total | achieved | snapshot | 2024 | Cầu Giấy | membership | Hà Nội"}},
		{"what each of a class of recipients gets is per_unit", link, "2026-01-20",
			"LĐLĐ huyện Gia Lâm chăm lo Tết cho công nhân\n\nNăm 2026, LĐLĐ huyện Gia Lâm tổ chức chương trình chăm lo Tết cho 300 đoàn viên. Đối với đối tượng được mời, ban tổ chức trao 800.000 đồng, 1 suất quà trị giá 200.000 đồng.",
			[]string{"300 | member | exact | total | achieved | year | 2026 | Gia Lâm | welfare | Hà Nội",
				"800000 | vnd | exact | per_unit | achieved | year | 2026 | Gia Lâm | welfare | Hà Nội",
				"1 | gift | exact | per_unit | achieved | year | 2026 | Gia Lâm | welfare | Hà Nội",
				"200000 | vnd | exact | per_unit | achieved | year | 2026 | Gia Lâm | welfare | Hà Nội"}},
		{"near miss: counted gifts after Đối với tell totals", link, "2026-01-20",
			"LĐLĐ huyện Gia Lâm chăm lo Tết cho công nhân\n\nĐối với đoàn viên khó khăn, LĐLĐ huyện Gia Lâm trao 450 suất quà, 180 triệu đồng.",
			[]string{"450 | gift | exact | total | achieved | year | 2026 | Gia Lâm | welfare | Hà Nội",
				"180000000 | vnd | exact | total | achieved | year | 2026 | Gia Lâm | welfare | Hà Nội"}},
		{"those attending take the paragraph's recurrent cue when the title has none", link, "2026-01-20",
			"Mang niềm vui đến với người lao động\n\nSáng 18/1, LĐLĐ thành phố Hà Nội khai mạc chương trình tại Cung văn hóa.\n\nTừ 7 giờ, hơn 2.300 đoàn viên, công nhân đã có mặt tham dự chương trình tại Cung. Các gian hàng Chợ Tết nhộn nhịp ngày giáp Tết.",
			[]string{"2300 | member | more_than | total | achieved | year | 2026 | Hà Nội | welfare | Hà Nội"}},
		{"near miss: members with no event cue stay membership", link, "2026-01-20",
			"Mang niềm vui đến với người lao động\n\nSáng 18/1, LĐLĐ thành phố Hà Nội khai mạc chương trình tại Cung văn hóa.\n\nNăm 2026, LĐLĐ thành phố Hà Nội kết nạp hơn 1.800 đoàn viên.",
			[]string{"1800 | member | more_than | total | achieved | year | 2026 | Hà Nội | membership | Hà Nội"}},
	})
}

package extract

import "testing"

// TestOtherPlansAddressesAndBreakdownsFH18: what probe FH of the
// eighteenth session (PHENOMENA "FH") found misread: a People's
// Committee's plan told after it is named (FH18-1); a house number in a
// venue's address (FH18-2); a breakdown opening "Trong đó" after a result
// (FH18-5a, FH18-7a); an event begun "theo kế hoạch" and a title spanning
// two years (FH18-5b); a count restated with "này" in the next paragraph
// (FH18-6); counselling at a cancer screening (FH18-7b). Each rule has a
// near miss. Every sentence is invented.
func TestOtherPlansAddressesAndBreakdownsFH18(t *testing.T) {
	const link = "https://example.vn/tin-fh.html"
	runLineCases(t, []lineCase{
		{"a government plan's targets told after it are no union figures", link, "2024-10-08",
			"Công đoàn các KCN tỉnh Bắc Giang khám sức khỏe cho nữ công nhân\n\nCông đoàn các Khu công nghiệp tỉnh Bắc Giang vừa tổ chức khám sức khỏe miễn phí cho 300 nữ công nhân.\n\nĐây là hoạt động cụ thể hóa Kế hoạch 57/KH-UBND về chăm sóc sức khỏe phụ nữ giai đoạn 2023 - 2027 của Ủy ban nhân dân tỉnh Bắc Giang.\n\nKế hoạch đặt mục tiêu đến năm 2027 có 42.300 phụ nữ được khám, trên địa bàn 10 huyện.",
			[]string{"300 | person | exact | total | achieved | year | 2024 | Công đoàn các Khu công nghiệp | welfare | Bắc Giang"}},
		{"near miss: the union's own plan told after a government's", link, "2024-10-08",
			"LĐLĐ tỉnh Bắc Giang ban hành kế hoạch phát triển đoàn viên\n\nThực hiện Kế hoạch 57/KH-UBND của Ủy ban nhân dân tỉnh, LĐLĐ tỉnh Bắc Giang ban hành Kế hoạch 12/KH-LĐLĐ về phát triển đoàn viên.\n\nKế hoạch đặt mục tiêu đến năm 2027 kết nạp 4.000 đoàn viên.",
			[]string{"4000 | member | exact | total | planned | multi_year | 2027 | Bắc Giang | membership | Bắc Giang"}},
		{"a house number in a venue's address is no count", link, "2024-03-01",
			"LĐLĐ tỉnh Bắc Giang tổ chức gặp mặt nữ cán bộ\n\nLĐLĐ tỉnh Bắc Giang vừa ban hành kế hoạch tổ chức gặp mặt 300 nữ cán bộ công đoàn.\n\nBuổi gặp mặt dự kiến diễn ra vào ngày 7/3/2024 tại Nhà Văn hóa Công nhân, 47 Lý Nam Đế, phường Trần Phú, thành phố Bắc Giang.",
			[]string{"300 | person | exact | total | achieved | year | 2024 | Bắc Giang | other | Bắc Giang"}},
		{"near miss: a count after a comma before capitalised names", link, "2024-03-01",
			"LĐLĐ tỉnh Bắc Giang trao quà\n\nLĐLĐ tỉnh Bắc Giang vừa trao 50 suất quà, 2 Mái ấm Công đoàn, 12 sổ tiết kiệm cho đoàn viên.",
			[]string{"50 | gift | exact | total | achieved | year | 2024 | Bắc Giang | welfare | Bắc Giang",
				"2 | count | exact | total | achieved | year | 2024 | Bắc Giang | welfare | Bắc Giang",
				"12 | item | exact | total | achieved | year | 2024 | Bắc Giang | welfare | Bắc Giang"}},
		{"a breakdown after a result opening Trong đó is a result of its kind", link, "2022-07-12",
			"LĐLĐ huyện Yên Dũng về đích sớm chỉ tiêu thành lập CĐCS\n\nLĐLĐ huyện Yên Dũng cho biết, huyện đã chủ động xây dựng kế hoạch ngay từ đầu năm.\n\nChỉ trong 6 tháng đầu năm 2022, LĐLĐ huyện Yên Dũng đã thành lập 7/6 Công đoàn cơ sở (đạt 116% chỉ tiêu tỉnh giao), kết nạp 210/250 đoàn viên. Trong đó có 3 đơn vị có từ 30 đoàn viên trở lên, 4 đơn vị thành lập theo phương thức mới.",
			[]string{"7/6 | union | exact | total | achieved | year | 2022 | Yên Dũng | membership | Bắc Giang | 116%",
				"210/250 | member | exact | total | achieved | year | 2022 | Yên Dũng | membership | Bắc Giang",
				"3 | organization | exact | total | achieved | year | 2022 | Yên Dũng | membership | Bắc Giang",
				"4 | organization | exact | total | achieved | year | 2022 | Yên Dũng | membership | Bắc Giang"}},
		{"a check-up begun as planned is a result, under a title spanning two years", link, "2025-11-20",
			"Theo kế hoạch, trong năm 2025 - 2026, Tổng LĐLĐ Việt Nam tổ chức chương trình khám sức khỏe miễn phí cho 12.000 công nhân lao động.\n\nĐợt khám đầu tiên cho 650 công nhân bắt đầu từ sáng 20-11 theo kế hoạch.\n\nNgày 20-11, Tổng LĐLĐ Việt Nam cho biết như vậy.",
			[]string{"12000 | person | exact | total | planned | multi_year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"650 | person | exact | total | achieved | year | 2025 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam"}},
		{"near miss: a check-up that will begin is planned", link, "2025-11-20",
			"Theo kế hoạch, trong năm 2025 - 2026, Tổng LĐLĐ Việt Nam tổ chức chương trình khám sức khỏe miễn phí cho 12.000 công nhân lao động.\n\nĐợt khám đầu tiên cho 650 công nhân sẽ bắt đầu từ sáng 20-12.\n\nNgày 20-11, Tổng LĐLĐ Việt Nam cho biết như vậy.",
			[]string{"12000 | person | exact | total | planned | multi_year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"650 | person | exact | total | planned | year | 2025 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam"}},
		{"a restated count with này takes its first mention's period and kind", link, "2025-11-20",
			"Theo kế hoạch, trong năm 2025 - 2026, Tổng LĐLĐ Việt Nam khám sức khỏe miễn phí cho 12.000 công nhân lao động.\n\nTheo Tổng LĐLĐ Việt Nam, 12.000 công nhân lao động này được chọn ra từ các khu công nghiệp thuộc 7 tỉnh.",
			[]string{"12000 | person | exact | total | planned | multi_year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"12000 | person | exact | total | planned | multi_year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam",
				"7 | count | exact | total | planned | multi_year | 2026 | Tổng Liên đoàn Lao động Việt Nam | welfare | Việt Nam"}},
		{"counselling women members at a health check is welfare", link, "2024-10-08",
			"Công đoàn các KCN tỉnh Bắc Giang khám sức khỏe cho nữ công nhân\n\nCông đoàn các Khu công nghiệp tỉnh Bắc Giang vừa mở buổi tư vấn tầm soát ung thư gan, ung thư dạ dày cho 165 nữ đoàn viên; khám sức khỏe miễn phí cho 540 đoàn viên, công nhân lao động.",
			[]string{"165 | member | exact | total | achieved | year | 2024 | Công đoàn các Khu công nghiệp | welfare | Bắc Giang",
				"540 | member | exact | total | achieved | year | 2024 | Công đoàn các Khu công nghiệp | welfare | Bắc Giang"}},
	})
}

package extract

import "testing"

// TestMassOrganisations: what probe DK of the sixteenth session (a feed of
// blood drives, youth and association news beside union ones, PHENOMENA
// "DK") showed: the members of other mass organisations listed with
// "đoàn viên" name no union, a blood drive's "đơn vị" are units of blood,
// and a place in brackets after a national body's name locates a venue,
// not the body. Each rule has a near miss. Every sentence is invented.
// want lists the records as line renders them.
func TestMassOrganisations(t *testing.T) {
	const link = "https://example.vn/a-1.html"
	tests := []struct {
		name, published, body string
		want                  []string
	}{
		{"a blood drive's members of an association and volunteers", "",
			"Sáng 12/9, Ban Chỉ đạo vận động hiến máu tình nguyện huyện Gia Lâm phối hợp với Viện Huyết học tổ chức buổi tiếp nhận máu đợt 5 năm 2023. Hưởng ứng lời kêu gọi, 180 cán bộ, đoàn viên, hội viên, tình nguyện viên đăng ký hiến máu. Kết quả tiếp nhận được 140 đơn vị, tương đương 49.000 ml máu.",
			nil},
		{"a headline of members of an association and of the Youth Union", "2023-09-13",
			"Hơn 300 đoàn viên và hội viên hiến máu tình nguyện\n\nSáng 12/9, Hội Chữ thập đỏ huyện Gia Lâm tổ chức ngày hội hiến máu, thu hút hơn 300 tình nguyện viên, đoàn viên tham gia.\n\nKết quả tiếp nhận 260 đơn vị máu.",
			nil},
		{"near miss: a union's blood drive with the same list", "2023-09-13",
			"LĐLĐ huyện Gia Lâm tổ chức ngày hội hiến máu\n\nSáng 12/9, LĐLĐ huyện Gia Lâm phối hợp với Hội Chữ thập đỏ huyện tổ chức ngày hội hiến máu. Có 180 cán bộ, đoàn viên, hội viên đăng ký hiến máu. Kết quả tiếp nhận được 140 đơn vị, tương đương 49.000 ml máu. Ngày hội thu hút 25 đơn vị tham gia.",
			[]string{"180 | person | exact | total | achieved | year | 2023 | Gia Lâm | other | Hà Nội",
				"140 | count | exact | total | achieved | year | 2023 | Gia Lâm | other | Hà Nội",
				"49000 | count | exact | total | achieved | year | 2023 | Gia Lâm | other | Hà Nội",
				"25 | organization | exact | total | achieved | year | 2023 | Gia Lâm | other | Hà Nội"}},
		{"near miss: union members with workers in the headline", "2023-09-13",
			"Hơn 300 đoàn viên, người lao động hiến máu tình nguyện\n\nSáng 12/9, tại Khu công nghiệp Nam Thăng Long, hơn 300 đoàn viên, người lao động đã tham gia hiến máu.",
			[]string{"300 | member | more_than | total | achieved | year | 2023 |  | other | ",
				"300 | member | more_than | total | achieved | year | 2023 |  | other | "}},
		{"a venue in brackets after the national federation's name", "2024-07-06",
			"Giải cầu lông chào mừng Ngày thành lập Công đoàn Việt Nam\n\nChiều 11/7, tại nhà thi đấu Tổng Liên đoàn Lao động Việt Nam (Hà Nội), Tổng Liên đoàn Lao động Việt Nam khai mạc giải cầu lông. Giải có 48 vận động viên là cán bộ cơ quan tham gia.",
			[]string{"48 | person | exact | total | achieved | year | 2024 | Tổng Liên đoàn Lao động Việt Nam | culture | Việt Nam"}},
		{"a national union's name with its seat in brackets", "2024-07-06",
			"Công đoàn Y tế Việt Nam (Hà Nội) trao 40 suất quà cho nhân viên y tế",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Công đoàn Y tế Việt Nam | welfare | Việt Nam"}},
		{"near miss: a district's federation placed in its province", "2024-07-06",
			"LĐLĐ huyện Châu Thành (Tiền Giang) trao 40 suất quà cho công nhân",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Châu Thành | welfare | Tiền Giang"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, notes := lineRecords(t, link, tt.published, tt.body)
			checkLines(t, recs, notes, tt.want)
		})
	}
}

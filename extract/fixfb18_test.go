package extract

import "testing"

// TestSpacedDecimalsAndPartnerBodies: what probe FB of the eighteenth
// session found (PHENOMENA "FB", FB18-1 and FB18-3). A decimal comma
// followed by a stray space before a multiplier ("52, 708 tỷ đồng") is one
// sum, never its right-hand part alone; a second multiplier slipped in
// before the currency leaves the first. A body named as a partner ("phối
// hợp với … Công an phường"), as the bank a union vouches to ("tín chấp
// ngân hàng chính sách") or as the source of money ("trích từ Quỹ … của
// Tổng công ty") does not act in the union's clause, and neither does the
// body the people counted belong to ("con CNVCLĐ trong Tập đoàn"). Every
// sentence is invented.
func TestSpacedDecimalsAndPartnerBodies(t *testing.T) {
	const link = "https://example.vn/tin-fb18.html"
	const head = "LĐLĐ huyện Gia Bình chăm lo cho đoàn viên\n\nNăm nay LĐLĐ huyện Gia Bình tổng kết việc chăm lo đoàn viên.\n\n"
	runLineCases(t, []lineCase{
		{"a decimal comma with a stray space before tỷ is one sum", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình đã chi trên 12, 385 tỷ đồng hỗ trợ 3.120 đoàn viên.",
			[]string{"12385000000 | vnd | more_than | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"3120 | member | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"a second multiplier slipped in before the currency leaves the first", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình chi 5, 260 tỷ triệu đồng để hỗ trợ 1.480 người lao động.",
			[]string{"5260000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"1480 | person | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"near miss: a month's number before the comma names the month", link, "2024-12-20",
			head + "Trong tháng 6, 300 triệu đồng được LĐLĐ huyện Gia Bình chi hỗ trợ đoàn viên khó khăn.",
			[]string{"300000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"near miss: a round's number before the comma names the round", link, "2024-12-20",
			head + "Trong đợt 2, 450 triệu đồng được LĐLĐ huyện Gia Bình chi hỗ trợ đoàn viên khó khăn.",
			[]string{"450000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"near miss: two digits after the comma are a list's next number", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình hỗ trợ 14 đoàn viên bị bệnh hiểm nghèo, mỗi người 8, 12 triệu đồng.",
			[]string{"14 | member | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"12000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"a partner after phối hợp với does not act on the union's count", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình đã phối hợp với chính quyền và Công an các xã tuyên truyền, vận động 320 chủ nhà trọ giảm tiền thuê cho công nhân.",
			[]string{"320 | count | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh"}},
		{"the bank a union vouches to does not lend in the union's place", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình đã tặng 85 suất quà cho đoàn viên khó khăn; tín chấp ngân hàng chính sách cho 12 CNLĐ vay 240 triệu đồng.",
			[]string{"85 | gift | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"12 | person | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh",
				"240000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh"}},
		{"a source of money after trích từ does not act in the next clause", link, "2024-12-20",
			head + "Năm 2024, mỗi cháu được LĐLĐ huyện Gia Bình hỗ trợ 500.000 đồng, trích từ Quỹ phúc lợi của Tổng công ty Sông Cầu; mỗi trường mầm non được hỗ trợ 2 triệu đồng.",
			[]string{"500000 | vnd | exact | per_unit | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"2000000 | vnd | exact | per_unit | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"the body the people counted belong to does not act after them", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình đã thăm 9 trường mầm non có nhiều con CNVCLĐ trong Tổng công ty Sông Cầu; thăm hỏi 45 gia đình đoàn viên khó khăn.",
			[]string{"9 | organization | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"45 | household | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"near miss: a firm that opens its own clause acts on its figure", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình đã tặng 85 suất quà cho đoàn viên khó khăn; Ngân hàng A cho 12 hộ vay 240 triệu đồng.",
			[]string{"85 | gift | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
	})
}

// TestTeamsPackagesAndCapitalisedAims: probe FB's FB18-6 and FB18-7. A
// firm's safety team counted ("“Tổ An toàn”") is an organization, as a
// "tổ công tác" is; a package handed out ("gói an sinh", "gói trà") is an
// item, as a bag is; a number before a capitalised aim ("thành phố 4 An")
// names a programme and counts nothing. Near misses: a production team
// stays a count, and a lower-case word after a number is no aim's name.
// Every sentence is invented.
func TestTeamsPackagesAndCapitalisedAims(t *testing.T) {
	const link = "https://example.vn/tin-fb18b.html"
	const head = "LĐLĐ huyện Gia Bình chăm lo cho đoàn viên\n\nNăm nay LĐLĐ huyện Gia Bình tổng kết việc chăm lo đoàn viên.\n\n"
	runLineCases(t, []lineCase{
		{"a safety team is an organization", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình hỗ trợ 1.240 “Tổ An toàn” trong doanh nghiệp.",
			[]string{"1240 | organization | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"a package handed out is an item", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình trao 230 gói an sinh công đoàn cho đoàn viên khó khăn.",
			[]string{"230 | item | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"a number before a capitalised aim names a programme", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình tuyên truyền chương trình thành phố 3 An của tỉnh và tặng 60 suất quà cho đoàn viên.",
			[]string{"60 | gift | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"near miss: a production team stays a count", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình khen thưởng 14 tổ sản xuất xuất sắc.",
			[]string{"14 | count | exact | total | achieved | year | 2024 | Gia Bình | emulation | Bắc Ninh"}},
	})
}

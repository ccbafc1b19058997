package extract

import "testing"

// TestEventAheadFixgg19b: a lead that announces an event still to come,
// the event its subject ("… dự kiến sẽ diễn ra vào tháng 10", "… sẽ được
// tổ chức …", "dự kiến tổ chức"), and tells nothing done makes the body's
// figures with no status of their own planned: what the event will give.
// A lead that says "đã" reports an event under way, and one whose body
// "sẽ tổ chức" its events announces them in its own clause. Every
// sentence is invented.
func TestEventAheadFixgg19b(t *testing.T) {
	const link = "https://example.vn/tin-le-cuoi.html"
	const title = "LĐLĐ tỉnh Hà Tĩnh chuẩn bị lễ cưới tập thể cho công nhân\n\n"
	runLineCases(t, []lineCase{
		{"a wedding expected to take place", link, "2024-09-12",
			title + "Lễ cưới tập thể do LĐLĐ tỉnh Hà Tĩnh phối hợp Tỉnh đoàn tổ chức dự kiến sẽ diễn ra vào tháng 10.\n\nMỗi cặp đôi được tặng 1 bộ chăn ga.\n\nLĐLĐ tỉnh trao cho các cặp đôi 1 chiếc nhẫn cưới trị giá 3 triệu đồng.",
			[]string{"1 | item | exact | per_unit | planned | year | 2024 | Hà Tĩnh | welfare | Hà Tĩnh",
				"1 | item | exact | total | planned | year | 2024 | Hà Tĩnh | welfare | Hà Tĩnh",
				"3000000 | vnd | exact | per_unit | planned | year | 2024 | Hà Tĩnh | welfare | Hà Tĩnh"}},
		{"a fair to be held, passive", link, "2024-01-05",
			"LĐLĐ tỉnh Hà Tĩnh mở Chợ Tết công đoàn\n\nChợ Tết công đoàn của LĐLĐ tỉnh Hà Tĩnh sẽ được tổ chức tại khu công nghiệp Vũng Áng.\n\nChợ có 70 gian hàng phục vụ đoàn viên.",
			[]string{"70 | count | exact | total | planned | year | 2024 | Hà Tĩnh | other | Hà Tĩnh"}},
		{"a caption restating the plan takes the plan's year", link, "2025-12-11",
			"LĐLĐ tỉnh Hà Tĩnh chi 2 tỷ đồng cho Chợ Tết công đoàn\n\nChợ Tết công đoàn sẽ được tổ chức trên toàn tỉnh từ ngày 20/12.\n\nLĐLĐ tỉnh Hà Tĩnh chi 2 tỷ đồng hỗ trợ đoàn viên - Ảnh 1.\n\nNhân dịp Tết Nguyên đán 2026, LĐLĐ tỉnh Hà Tĩnh sẽ hỗ trợ 4.000 đoàn viên; tổng số tiền hỗ trợ là 2 tỷ đồng.",
			[]string{"2000000000 | vnd | exact | total | planned | year | 2026 | Hà Tĩnh | welfare | Hà Tĩnh",
				"2000000000 | vnd | exact | total | planned | year | 2026 | Hà Tĩnh | welfare | Hà Tĩnh",
				"4000 | member | exact | total | planned | year | 2026 | Hà Tĩnh | welfare | Hà Tĩnh",
				"2000000000 | vnd | exact | total | planned | year | 2026 | Hà Tĩnh | welfare | Hà Tĩnh"}},
		{"a sentence of the body that says done stays a result", link, "2024-09-12",
			title + "Lễ cưới tập thể do LĐLĐ tỉnh Hà Tĩnh tổ chức dự kiến sẽ diễn ra vào tháng 10.\n\nTrước đó, LĐLĐ tỉnh đã trao 30 suất quà cho các cặp đôi đăng ký tham gia.",
			[]string{"30 | gift | exact | total | achieved | year | 2024 | Hà Tĩnh | welfare | Hà Tĩnh"}},
		{"near miss: a lead that says done reports the event under way", link, "2024-01-05",
			"LĐLĐ tỉnh Hà Tĩnh mở Chợ Tết công đoàn\n\nLĐLĐ tỉnh Hà Tĩnh đã khai mạc Chợ Tết công đoàn, chợ sẽ diễn ra đến hết ngày 10/1.\n\nChợ có 70 gian hàng phục vụ đoàn viên.",
			[]string{"70 | count | exact | total | achieved | year | 2024 | Hà Tĩnh | other | Hà Tĩnh"}},
		{"near miss: a body that will hold events announces them in its own clause", link, "2024-09-20",
			"LĐLĐ tỉnh Hà Tĩnh vui Trung thu cùng con công nhân\n\nTheo đó, LĐLĐ tỉnh Hà Tĩnh sẽ tổ chức đêm hội Trăng rằm tại hai khu công nghiệp.\n\nDịp này, LĐLĐ tỉnh trao 40 suất học bổng cho con đoàn viên.",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Hà Tĩnh | welfare | Hà Tĩnh"}},
	})
}

// TestWeddingFixgg19b: a wedding a union holds for its members, and what
// the couples get there, is care for members' lives (categories.tsv
// "lễ cưới", "đám cưới", "nhẫn cưới", "ảnh cưới", "cô dâu", "chú rể":
// welfare); a wedding photo, a ring and gold by the "chỉ" are goods
// (units.tsv item). Every sentence is invented.
func TestWeddingFixgg19b(t *testing.T) {
	const link = "https://example.vn/tin-dam-cuoi.html"
	const head = "LĐLĐ tỉnh Quảng Bình tổ chức đám cưới tập thể\n\nSáng 5/5, LĐLĐ tỉnh Quảng Bình đã tổ chức đám cưới tập thể cho công nhân.\n\n"
	runLineCases(t, []lineCase{
		{"tables for the families after the bride and groom", link, "2024-05-06",
			head + "Ban tổ chức dành 4 bàn tiệc cho người thân cô dâu, chú rể.",
			[]string{"4 | count | exact | total | achieved | year | 2024 | Quảng Bình | welfare | Quảng Bình"}},
		{"a wedding photo and a gold ring", link, "2024-05-06",
			head + "Ban tổ chức trao 1 bức ảnh cưới, LĐLĐ tỉnh dành nhẫn cưới trị giá 2 chỉ vàng cho chị Lan.",
			[]string{"1 | item | exact | total | achieved | year | 2024 | Quảng Bình | welfare | Quảng Bình",
				"2 | item | exact | total | achieved | year | 2024 | Quảng Bình | welfare | Quảng Bình"}},
	})
}

// TestCountPerNounFixgg19b: a count whose head noun a "/" and the noun of
// another kind of thing follow is so many for each one, a rate
// (per_unit) as "1 triệu đồng/suất" is: "10 người/bàn", "60 đoàn
// viên/CĐCS". Two nouns of one kind name the count twice ("đoàn viên/người
// lao động", "CĐCS/đơn vị"), total. Every sentence is invented.
func TestCountPerNounFixgg19b(t *testing.T) {
	const link = "https://example.vn/tin-ti-le.html"
	const head = "LĐLĐ huyện Gia Lâm chăm lo đoàn viên\n\nNăm 2023, LĐLĐ huyện Gia Lâm tổng kết công tác công đoàn.\n\n"
	runLineCases(t, []lineCase{
		{"people for each table", link, "2023-12-20",
			head + "Ban tổ chức bố trí 8 bàn tiệc (12 người/bàn) cho đoàn viên dự lễ.",
			[]string{"8 | count | exact | total | achieved | year | 2023 | Gia Lâm | other | Hà Nội",
				"12 | person | exact | per_unit | achieved | year | 2023 | Gia Lâm | other | Hà Nội"}},
		{"members for each grassroots union", link, "2023-12-20",
			head + "Năm 2023, LĐLĐ huyện Gia Lâm kết nạp bình quân 6 đoàn viên/CĐCS.",
			[]string{"6 | member | exact | per_unit | achieved | year | 2023 | Gia Lâm | membership | Hà Nội"}},
		{"near miss: two names of one kind of people", link, "2023-12-20",
			head + "LĐLĐ huyện Gia Lâm đã thăm hỏi 1.200 đoàn viên/người lao động.",
			[]string{"1200 | member | exact | total | achieved | year | 2023 | Gia Lâm | welfare | Hà Nội"}},
		{"near miss: two names of one kind of body", link, "2023-12-20",
			head + "LĐLĐ huyện Gia Lâm đã kiểm tra 35 CĐCS/đơn vị.",
			[]string{"35 | union | exact | total | achieved | year | 2023 | Gia Lâm | representation | Hà Nội"}},
	})
}

// TestGiftGoodsItemFixgg19b: a good's own noun (units.tsv item:
// "khẩu trang", "chiếc") counted in the list "gồm" or "bao gồm" opens
// after a count of gifts tells what each gift holds, per_unit, as a
// measure of goods ("2 hộp sữa") does; a list of goods above what one
// gift holds is the drive's total. Every sentence is invented.
func TestGiftGoodsItemFixgg19b(t *testing.T) {
	const link = "https://example.vn/tin-trao-qua.html"
	const head = "LĐLĐ tỉnh Long An trao quà công nhân\n\nSáng 10/4, LĐLĐ tỉnh Long An trao quà cho công nhân khó khăn.\n\n"
	runLineCases(t, []lineCase{
		{"masks among the parts of each gift", link, "2021-04-11",
			head + "Dịp này, LĐLĐ tỉnh trao 150 phần quà bao gồm nước rửa tay, 8 khẩu trang, mì, gạo cho công nhân.",
			[]string{"150 | gift | exact | total | achieved | year | 2021 | Long An | welfare | Long An",
				"8 | item | exact | per_unit | achieved | year | 2021 | Long An | welfare | Long An"}},
		{"each gift's parts", link, "2021-04-11",
			head + "LĐLĐ tỉnh trao 90 suất quà, mỗi phần quà gồm 2 chiếc khăn và 1 áo mưa.",
			[]string{"90 | gift | exact | total | achieved | year | 2021 | Long An | welfare | Long An",
				"2 | item | exact | per_unit | achieved | year | 2021 | Long An | welfare | Long An",
				"1 | item | exact | per_unit | achieved | year | 2021 | Long An | welfare | Long An"}},
		{"near miss: goods handed out in all", link, "2021-04-11",
			head + "LĐLĐ tỉnh trao quà gồm 600 chiếc áo mưa và 400 chiếc mũ bảo hiểm.",
			[]string{"600 | item | exact | total | achieved | year | 2021 | Long An | welfare | Long An",
				"400 | item | exact | total | achieved | year | 2021 | Long An | welfare | Long An"}},
	})
}

// TestAdmissionOnlyFixgg19b: an article whose only union words are
// "kết nạp" and members ("186 đoàn viên được kết nạp") and which names no
// union body or activity anywhere is a school's or a ward's Youth Union
// admission: no record. One that names a union body stays. Every
// sentence is invented.
func TestAdmissionOnlyFixgg19b(t *testing.T) {
	const link = "https://example.vn/tin-ket-nap.html"
	runLineCases(t, []lineCase{
		{"a school's admission ceremony", link, "2024-03-27",
			"Trường THPT Nguyễn Du kết nạp đoàn viên mới\n\nSáng 26/3, Trường THPT Nguyễn Du tổ chức lễ kết nạp đoàn viên cho học sinh ưu tú khối 10.\n\nTại buổi lễ, 186 đoàn viên được kết nạp, 12 em được tặng giấy khen.",
			nil},
		{"a brief naming no body", link, "2024-03-27",
			"Kết nạp 186 đoàn viên mới\n\nSáng 26/3, 186 đoàn viên được kết nạp tại hội trường phường.",
			nil},
		{"near miss: a grassroots union named", link, "2024-03-27",
			"Kết nạp 186 đoàn viên mới\n\nSáng 26/3, CĐCS Công ty May Hòa Bình tổ chức lễ kết nạp, 186 đoàn viên được kết nạp.",
			[]string{"186 | member | exact | total | achieved | year | 2024 |  | membership | ",
				"186 | member | exact | total | achieved | year | 2024 |  | membership | "}},
	})
}

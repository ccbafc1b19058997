package extract

import "testing"

// TestAllocationsAndRecipientsFI18: what probe FI of the eighteenth
// session (PHENOMENA "FI", welfare programmes mixing national and local
// figures) found misread: a count after a province's federation dropped
// as the end of a name, and a count of provinces named one by one after a
// verb of giving (FI18-1); the provinces a federation gives to taken as
// the org, and a bare "LĐLĐ tỉnh" in a roundup's item read as the
// article's province (FI18-2); the people a verb of giving helps, their
// union after "thuộc" taken as the org (FI18-3); an aid figure read as a
// disaster's measure past "khó khăn, đặc biệt khó khăn" (FI18-4); a
// house number in an address (FI18-5). Each rule has a near miss. Every
// sentence is invented.
func TestAllocationsAndRecipientsFI18(t *testing.T) {
	const link = "https://example.vn/tin-fi.html"
	runLineCases(t, []lineCase{
		{"shares after the provinces' federations a federation gives to are counts, and the giver's", link, "2020-10-20",
			"LĐLĐ tỉnh Nghệ An hỗ trợ đoàn viên miền núi\n\nCụ thể, LĐLĐ tỉnh Nghệ An quyết định hỗ trợ 400 trường hợp, trong đó hỗ trợ LĐLĐ tỉnh Sơn La 220 trường hợp, LĐLĐ tỉnh Điện Biên 180 trường hợp. Mỗi trường hợp 1 triệu đồng, trích từ Quỹ Xã hội của LĐLĐ tỉnh Nghệ An.",
			[]string{"400 | count | exact | total | achieved | year | 2020 | Nghệ An | welfare | Nghệ An",
				"220 | count | exact | total | achieved | year | 2020 | Nghệ An | welfare | Nghệ An",
				"180 | count | exact | total | achieved | year | 2020 | Nghệ An | welfare | Nghệ An",
				"1000000 | vnd | exact | per_unit | achieved | year | 2020 | Nghệ An | welfare | Nghệ An"}},
		{"a count of provinces named one by one after a verb of giving is a figure, the giver's", link, "2021-08-05",
			"LĐLĐ tỉnh Phú Yên chia sẻ khó khăn\n\nTrước đó, LĐLĐ tỉnh Phú Yên đã hỗ trợ 2 tỉnh Lai Châu và Hà Giang, mỗi tỉnh 40 triệu đồng.",
			[]string{"2 | count | exact | total | achieved | year | 2021 | Phú Yên | welfare | Phú Yên",
				"40000000 | vnd | exact | per_unit | achieved | year | 2021 | Phú Yên | welfare | Phú Yên"}},
		{"near miss: the communes an event is held in, named one by one, are no figure", link, "2021-08-05",
			"LĐLĐ huyện Tuy An trao quà\n\nLĐLĐ huyện Tuy An tổ chức chương trình tại 3 xã An Mỹ, An Hòa và An Cư, trao 90 suất quà cho đoàn viên.",
			[]string{"90 | gift | exact | total | achieved | year | 2021 | Tuy An | welfare | Phú Yên"}},
		{"near miss: a number ending a firm's name before no counting noun stays a name", link, "2021-08-05",
			"Công đoàn trao quà\n\nCông đoàn Công ty May 10 đã trao 70 suất quà cho công nhân.",
			[]string{"70 | gift | exact | total | achieved | year | 2021 | Công đoàn Công ty May 10 | welfare | "}},
		{"a bare LĐLĐ tỉnh in a roundup's item is the item's federation, and the provinces it gives to receive", link, "2021-08-05",
			"Nhiều địa phương sẻ chia với công nhân\n\n- Cùng ngày, LĐLĐ tỉnh Long An trao tặng công nhân 5 tấn rau xanh.\n\n- LĐLĐ tỉnh Phú Yên vừa quyết định hỗ trợ 120 triệu đồng cho 3 địa phương, bao gồm TP HCM, Bình Dương và Long An. Nhằm chia sẻ khó khăn, LĐLĐ tỉnh đã trích kinh phí để hỗ trợ TP HCM 60 triệu đồng, Bình Dương và Long An mỗi tỉnh 30 triệu đồng.",
			[]string{"5 | item | exact | total | achieved | year | 2021 | Long An | welfare | Long An",
				"120000000 | vnd | exact | total | achieved | year | 2021 | Phú Yên | welfare | Phú Yên",
				"3 | count | exact | total | achieved | year | 2021 | Phú Yên | welfare | Phú Yên",
				"60000000 | vnd | exact | total | achieved | year | 2021 | Phú Yên | welfare | Phú Yên",
				"30000000 | vnd | exact | per_unit | achieved | year | 2021 | Phú Yên | welfare | Phú Yên"}},
		{"near miss: a province's federation followed by its own verb acts", link, "2021-08-05",
			"Nhiều địa phương sẻ chia với công nhân\n\nLĐLĐ tỉnh Phú Yên hỗ trợ 50 triệu đồng, LĐLĐ tỉnh Khánh Hòa trao 40 suất quà cho công nhân.",
			[]string{"50000000 | vnd | exact | total | achieved | year | 2021 | Phú Yên | welfare | Phú Yên",
				"40 | gift | exact | total | achieved | year | 2021 | Khánh Hòa | welfare | Khánh Hòa"}},
		{"the workers a verb of giving helps belong to a union named after thuộc, the subject gives", link, "2024-02-01",
			"Chuyến xe Công đoàn\n\nLĐLĐ thành phố Hà Nội bố trí 22 chuyến xe, hỗ trợ 950 công nhân thuộc Công đoàn các Khu công nghiệp và chế xuất Hà Nội về quê đón Tết.",
			[]string{"22 | count | exact | total | achieved | year | 2024 | Hà Nội | welfare | Hà Nội",
				"950 | person | exact | total | achieved | year | 2024 | Hà Nội | welfare | Hà Nội"}},
		{"near miss: the units under a union named after trực thuộc are its own", link, "2024-02-01",
			"LĐLĐ thành phố Hà Nội sơ kết công tác\n\nLĐLĐ thành phố Hà Nội sơ kết công tác 6 tháng. Hiện có gần 60 công đoàn cơ sở trực thuộc LĐLĐ huyện Gia Lâm.",
			[]string{"60 | union | about | total | achieved | snapshot | 2024 | Gia Lâm | membership | Hà Nội"}},
		{"near miss: gifts given to the workers of a lower unit are that unit's to hand out", link, "2022-01-25",
			"LĐLĐ thị xã Thái Hòa chăm lo Tết\n\nChiều 20/1, Liên đoàn Lao động tỉnh chỉ đạo Liên đoàn Lao động thị xã Thái Hòa tổ chức chương trình Tết sum vầy.\n\nTại chương trình, đã có 260 suất quà, mỗi suất quà trị giá 400.000 đồng được trao tặng cho công nhân lao động có hoàn cảnh khó khăn. Trong đó, LĐLĐ thị xã Thái Hòa tặng 80 suất quà; LĐLĐ tỉnh tặng 180 suất quà cho CNLĐ thuộc LĐLĐ thị xã Thái Hòa.",
			[]string{"260 | gift | exact | total | achieved | year | 2022 | Thái Hòa | welfare | Nghệ An",
				"400000 | vnd | exact | per_unit | achieved | year | 2022 | Thái Hòa | welfare | Nghệ An",
				"80 | gift | exact | total | achieved | year | 2022 | Thái Hòa | welfare | Nghệ An",
				"180 | gift | exact | total | achieved | year | 2022 | Thái Hòa | welfare | Nghệ An"}},
		{"an aid figure after khó khăn, đặc biệt khó khăn and a flood stays", link, "2024-08-01",
			"LĐLĐ huyện Gia Lâm trao quà cho đoàn viên\n\nLĐLĐ huyện Gia Lâm đề xuất hỗ trợ gia đình các đoàn viên, người lao động có hoàn cảnh khó khăn, đặc biệt khó khăn bị ngập úng với tổng số 90 suất quà, trị giá trên 130 triệu đồng.",
			[]string{"90 | gift | exact | total | achieved | year | 2024 | Gia Lâm | welfare | Hà Nội",
				"130000000 | vnd | more_than | total | achieved | year | 2024 | Gia Lâm | welfare | Hà Nội"}},
		{"near miss: a flood's damage is no union figure", link, "2024-08-01",
			"LĐLĐ huyện Gia Lâm trao quà cho đoàn viên\n\nMưa lớn làm 300 ngôi nhà bị ngập úng, đặc biệt tại các xã ven sông. LĐLĐ huyện Gia Lâm trao 40 suất quà cho đoàn viên.",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Gia Lâm | welfare | Hà Nội"}},
		{"a house number in an address is no figure", link, "2024-11-18",
			"LĐLĐ quận 3 trao Mái ấm Công đoàn\n\nLĐLĐ quận 3, TP HCM vừa trao \"Mái ấm Công đoàn\" cho chị Trần Thị Lan (ngụ tại 512 ấp Tân Hòa, xã Tân Phú, huyện Cần Giờ, TP HCM), công nhân Công ty A. LĐLĐ quận 3 đã hỗ trợ 50 triệu đồng.",
			[]string{"50000000 | vnd | exact | total | achieved | year | 2024 | Quận 3 | welfare | Thành phố Hồ Chí Minh"}},
	})
}

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
			"Nhiều địa phương sẻ chia với công nhân\n\n- Cũng trong ngày, LĐLĐ tỉnh Tiền Giang trao tặng công nhân 7 tấn rau xanh.\n\n- LĐLĐ tỉnh Bình Định mới quyết định hỗ trợ 150 triệu đồng cho 3 địa phương là Đồng Nai, Bình Dương và Tiền Giang. Để san sẻ khó khăn, LĐLĐ tỉnh trích kinh phí hỗ trợ Đồng Nai 70 triệu đồng, Bình Dương và Tiền Giang mỗi tỉnh 40 triệu đồng.",
			[]string{"7 | item | exact | total | achieved | year | 2021 | Tiền Giang | welfare | Tiền Giang",
				"150000000 | vnd | exact | total | achieved | year | 2021 | Bình Định | welfare | Bình Định",
				"3 | count | exact | total | achieved | year | 2021 | Bình Định | welfare | Bình Định",
				"70000000 | vnd | exact | total | achieved | year | 2021 | Bình Định | welfare | Bình Định",
				"40000000 | vnd | exact | per_unit | achieved | year | 2021 | Bình Định | welfare | Bình Định"}},
		{"near miss: a province's federation followed by its own verb acts", link, "2021-08-05",
			"Nhiều địa phương sẻ chia với công nhân\n\nLĐLĐ tỉnh Phú Yên hỗ trợ 50 triệu đồng, LĐLĐ tỉnh Khánh Hòa trao 40 suất quà cho công nhân.",
			[]string{"50000000 | vnd | exact | total | achieved | year | 2021 | Phú Yên | welfare | Phú Yên",
				"40 | gift | exact | total | achieved | year | 2021 | Khánh Hòa | welfare | Khánh Hòa"}},
		{"the workers a verb of giving helps belong to a union named after thuộc, the subject gives", link, "2024-02-01",
			"Chuyến xe Công đoàn\n\nLĐLĐ thành phố Hà Nội thuê 18 chuyến xe, hỗ trợ 760 công nhân thuộc Công đoàn các Khu công nghiệp và chế xuất Hà Nội về quê ăn Tết.",
			[]string{"18 | count | exact | total | achieved | year | 2024 | Hà Nội | welfare | Hà Nội",
				"760 | person | exact | total | achieved | year | 2024 | Hà Nội | welfare | Hà Nội"}},
		{"near miss: the units under a union named after trực thuộc are its own", link, "2024-02-01",
			"LĐLĐ thành phố Hà Nội sơ kết công tác\n\nLĐLĐ thành phố Hà Nội sơ kết công tác 6 tháng. Hiện có gần 60 công đoàn cơ sở trực thuộc LĐLĐ huyện Gia Lâm.",
			[]string{"60 | union | about | total | achieved | snapshot | 2024 | Gia Lâm | membership | Hà Nội"}},
		{"near miss: gifts given to the workers of a lower unit are that unit's to hand out", link, "2022-01-25",
			"LĐLĐ thị xã Cửa Lò chăm lo Tết\n\nSáng 17/1, Liên đoàn Lao động tỉnh giao Liên đoàn Lao động thị xã Cửa Lò tổ chức chương trình Xuân đoàn viên.\n\nChương trình có 210 suất quà (500.000 đồng mỗi suất quà) dành cho công nhân lao động khó khăn. Trong đó, LĐLĐ thị xã Cửa Lò tặng 70 suất quà; LĐLĐ tỉnh tặng 140 suất quà cho CNLĐ thuộc LĐLĐ thị xã Cửa Lò.",
			[]string{"210 | gift | exact | total | achieved | year | 2022 | Cửa Lò | welfare | Nghệ An",
				"500000 | vnd | exact | per_unit | achieved | year | 2022 | Cửa Lò | welfare | Nghệ An",
				"70 | gift | exact | total | achieved | year | 2022 | Cửa Lò | welfare | Nghệ An",
				"140 | gift | exact | total | achieved | year | 2022 | Cửa Lò | welfare | Nghệ An"}},
		{"an aid figure after khó khăn, đặc biệt khó khăn and a flood stays", link, "2024-08-01",
			"LĐLĐ huyện Chương Mỹ thăm hỏi đoàn viên vùng ngập\n\nLĐLĐ huyện Chương Mỹ đề xuất hỗ trợ những đoàn viên, công nhân có hoàn cảnh khó khăn, đặc biệt khó khăn có nhà bị ngập úng với tổng số 75 suất quà, trị giá trên 110 triệu đồng.",
			[]string{"75 | gift | exact | total | achieved | year | 2024 | Chương Mỹ | welfare | Hà Nội",
				"110000000 | vnd | more_than | total | achieved | year | 2024 | Chương Mỹ | welfare | Hà Nội"}},
		{"near miss: a flood's damage is no union figure", link, "2024-08-01",
			"LĐLĐ huyện Chương Mỹ thăm hỏi đoàn viên vùng ngập\n\nMưa lớn làm 240 ngôi nhà bị ngập úng, đặc biệt tại các thôn ven đê. LĐLĐ huyện Chương Mỹ trao 35 suất quà cho đoàn viên.",
			[]string{"35 | gift | exact | total | achieved | year | 2024 | Chương Mỹ | welfare | Hà Nội"}},
		{"a house number in an address is no figure", link, "2024-11-18",
			"LĐLĐ quận 10 bàn giao Mái ấm Công đoàn\n\nLĐLĐ quận 10, TP HCM mới bàn giao \"Mái ấm Công đoàn\" cho anh Võ Minh Tâm (ngụ tại 287 tổ 4, ấp An Nghĩa, xã An Thới Đông, huyện Cần Giờ), công nhân Công ty B. LĐLĐ quận 10 đã hỗ trợ 60 triệu đồng.",
			[]string{"60000000 | vnd | exact | total | achieved | year | 2024 | Quận 10 | welfare | Thành phố Hồ Chí Minh"}},
	})
}

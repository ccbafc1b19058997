package extract

import "testing"

// TestContestsAndCutLines: what probe EF of the seventeenth session found
// misread: a short last line cut off in a text whose captions are marked,
// contests of knowledge or safety filed as culture, a plan not carried to
// the sentence after it, a count of the units chosen for a pilot
// congress, and a title spelling out the workers' body. Each rule has a
// near miss. Every sentence is invented. want lists the records as line
// renders them.
func TestContestsAndCutLines(t *testing.T) {
	const link = "https://example.vn/a-1.html"
	runLineCases(t, []lineCase{
		{"a short last line without a marker under marked captions is cut", link, "2019-04-20",
			"Hội diễn văn nghệ CNVCLĐ quận Tây Hồ\n\nHội diễn năm 2019 có sự tham gia của 18 CĐCS với 40 tiết mục.\n\nBan tổ chức trao giải cho các đơn vị. |\n\nHội diễn đã để lại nhiều ấn tượng cho khán giả đến dự.\n\nKết quả, Ban tổ chức đã trao 02 giải nhất cho Công đoàn phường Nhật",
			[]string{"18 | union | exact | total | achieved | year | 2019 | Tây Hồ | culture | Hà Nội",
				"40 | count | exact | total | achieved | year | 2019 | Tây Hồ | culture | Hà Nội"}},
		{"near miss: a last caption in a text that marks none", link, "2019-04-20",
			"Hội diễn văn nghệ CNVCLĐ quận Tây Hồ\n\nHội diễn năm 2019 có sự tham gia của 18 CĐCS với 40 tiết mục.\n\nLãnh đạo LĐLĐ quận Tây Hồ trao 02 giải nhất cho các đơn vị",
			[]string{"18 | union | exact | total | achieved | year | 2019 | Tây Hồ | culture | Hà Nội",
				"40 | count | exact | total | achieved | year | 2019 | Tây Hồ | culture | Hà Nội",
				"2 | count | exact | total | achieved | year | 2019 | Tây Hồ | other | Hà Nội"}},
		{"a safety contest is training in every sentence", link, "2021-05-20",
			"Công đoàn ngành Công Thương tỉnh Nam Định thi An toàn vệ sinh viên giỏi năm 2021\n\nNgày 21/5, Công đoàn ngành Công Thương tỉnh Nam Định khai mạc Hội thi An toàn vệ sinh viên giỏi năm 2021.\n\nTham gia hội thi có 39 thí sinh đến từ 13 đội của các CĐCS.\n\nCác thí sinh tham gia 3 phần thi: giới thiệu, lý thuyết và xử lý tình huống.",
			[]string{"39 | person | exact | total | achieved | year | 2021 | Công đoàn ngành Công Thương | training | Nam Định",
				"13 | count | exact | total | achieved | year | 2021 | Công đoàn ngành Công Thương | training | Nam Định",
				"3 | count | exact | total | achieved | year | 2021 | Công đoàn ngành Công Thương | training | Nam Định"}},
		{"a headless page's contest takes the kind its photo's label names", link, "2021-05-20",
			"Tham gia hội thi có 39 thí sinh đến từ 13 đội của các CĐCS thuộc Công đoàn Giáo dục Việt Nam.\n\nThi An toàn vệ sinh viên giỏi ngành Giáo dục 2021 - Ảnh 1.\n\nMột đội dự thi trên sân khấu\n\nHội thi giúp người lao động hiểu rõ hơn về an toàn lao động.",
			[]string{"39 | person | exact | total | achieved | year | 2021 | Công đoàn Giáo dục Việt Nam | training | Việt Nam",
				"13 | count | exact | total | achieved | year | 2021 | Công đoàn Giáo dục Việt Nam | training | Việt Nam"}},
		{"a contest of union officers is training", link, "2023-11-20",
			"Chung kết Cuộc thi Cán bộ công đoàn giáo dục giỏi\n\nCuộc thi thu hút hơn 14 nghìn lượt cán bộ công đoàn ngành Giáo dục dự thi. Ban Tổ chức chọn ra 20 thí sinh vào vòng chung kết.",
			[]string{"14000 | person | more_than | total | achieved | year | 2023 | Công đoàn ngành Giáo dục | training | ",
				"20 | person | exact | total | achieved | year | 2023 | Công đoàn ngành Giáo dục | training | "}},
		{"near miss: a singing contest stays culture", link, "2021-05-20",
			"Công đoàn ngành Công Thương tỉnh Nam Định thi hát karaoke năm 2021\n\nNgày 21/5, Công đoàn ngành Công Thương tỉnh Nam Định khai mạc Hội thi tiếng hát CNVCLĐ năm 2021.\n\nTham gia hội thi có 39 thí sinh đến từ 13 đội của các CĐCS.",
			[]string{"39 | person | exact | total | achieved | year | 2021 | Công đoàn ngành Công Thương | culture | Nam Định",
				"13 | count | exact | total | achieved | year | 2021 | Công đoàn ngành Công Thương | culture | Nam Định"}},
		{"a plan goes on to the neutral sentence after it", link, "2022-03-02",
			"LĐLĐ tỉnh Hòa Bình phát động hội thi an toàn vệ sinh viên\n\nỞ cấp cơ sở, các CĐCS sẽ lựa chọn thi với hình thức thi viết hoặc sân khấu hóa. Cả 2 hình thức này đều có phần thực hành sơ cứu.",
			[]string{"2 | count | exact | total | planned | year | 2022 | Hòa Bình | other | Hòa Bình"}},
		{"near miss: a result after a plan", link, "2022-03-02",
			"LĐLĐ tỉnh Hòa Bình phát động hội thi an toàn vệ sinh viên\n\nNăm nay, các CĐCS sẽ tổ chức hội thi ở cơ sở. Năm trước, LĐLĐ tỉnh đã tổ chức 2 hội thi cấp tỉnh.",
			[]string{"2 | event | exact | total | achieved | year | 2021 | Hòa Bình | training | Hòa Bình"}},
		{"one of the units chosen for a pilot congress", link, "2017-05-20",
			"Công đoàn ngành Công Thương Hà Nội: đại hội điểm công đoàn cơ sở\n\nNgày 23/5, Công đoàn cơ quan văn phòng Sở Công Thương Hà Nội họp đại hội nhiệm kỳ 2017 - 2022. Đây là đơn vị mà Công đoàn ngành Công Thương Hà Nội lựa chọn làm 1 trong 3 đơn vị đại hội điểm của ngành.",
			[]string{"3 | organization | exact | total | achieved | year | 2017 | Công đoàn ngành Công Thương | other | Hà Nội"}},
		{"near miss: one of the places a union runs is a stock", link, "2017-05-20",
			"Công đoàn ngành Công Thương Hà Nội chăm lo công nhân\n\nĐây là 1 trong 12 điểm sinh hoạt văn hóa cho công nhân mà Công đoàn ngành Công Thương Hà Nội hỗ trợ xây dựng.",
			[]string{"12 | count | exact | total | achieved | snapshot | 2017 | Công đoàn ngành Công Thương | welfare | Hà Nội"}},
		{"a spelled-out workers' title is union news", link, "2020-10-12",
			"Liên hoan văn nghệ công nhân viên chức lao động quận Hoàng Mai\n\nTối 14/10, nhà văn hóa quận Hoàng Mai là nơi tổ chức liên hoan văn nghệ của công nhân viên chức lao động quận, có lãnh đạo Liên đoàn lao động thành phố Hà Nội về dự.\n\nCác ca sĩ không chuyên mang tới gần 30 tiết mục hát, múa.",
			[]string{"30 | count | about | total | achieved | year | 2020 | Hoàng Mai | culture | Hà Nội"}},
	})
}

// TestPerUnitListsAndCollections: what probe DP of the seventeenth
// session found misread: amounts joined before a trailing "cho mỗi X", a
// collection in a disaster's context, goods received to be passed on, a
// count of provinces' federations before a list, stacked qualifiers and
// a workshop counted. Each rule has a near miss, but the workshop's unit,
// a row of the lexicon. Every sentence is invented. want lists the records as line
// renders them.
func TestPerUnitListsAndCollections(t *testing.T) {
	const link = "https://example.vn/a-1.html"
	runLineCases(t, []lineCase{
		{"joined amounts before a trailing rate are all per unit", link, "2021-09-20",
			"LĐLĐ quận Hà Đông tặng quà con công nhân\n\nLĐLĐ quận Hà Đông hỗ trợ 400.000 đồng tiền mặt và 5 hộp sữa cho mỗi cháu.",
			[]string{"400000 | vnd | exact | per_unit | achieved | year | 2021 | Hà Đông | welfare | Hà Nội",
				"5 | item | exact | per_unit | achieved | year | 2021 | Hà Đông | welfare | Hà Nội"}},
		{"near miss: a gift to some and a rate to each", link, "2021-09-20",
			"LĐLĐ quận Hà Đông tặng quà con công nhân\n\nLĐLĐ quận Hà Đông trao 150 suất quà cho con công nhân và 300.000 đồng cho mỗi cháu mồ côi.",
			[]string{"150 | gift | exact | total | achieved | year | 2021 | Hà Đông | welfare | Hà Nội",
				"300000 | vnd | exact | per_unit | achieved | year | 2021 | Hà Đông | welfare | Hà Nội"}},
		{"a collection in an epidemic is finance", link, "2021-08-20",
			"Công đoàn tỉnh Phú Yên chung tay chống dịch\n\nCông đoàn các cấp tỉnh Phú Yên đã quyên góp tiền, thực phẩm với trị giá hơn 3 tỉ đồng gửi bà con vùng dịch COVID-19.",
			[]string{"3000000000 | vnd | more_than | total | achieved | year | 2021 | Phú Yên | finance | Phú Yên"}},
		{"near miss: help given to workers in an epidemic", link, "2021-08-20",
			"Công đoàn tỉnh Phú Yên chung tay chống dịch\n\nLĐLĐ tỉnh Phú Yên đã trao 2 tỉ đồng hỗ trợ đoàn viên bị ảnh hưởng bởi dịch COVID-19.",
			[]string{"2000000000 | vnd | exact | total | achieved | year | 2021 | Phú Yên | welfare | Phú Yên"}},
		{"goods received to be passed on are welfare", link, "2021-09-20",
			"LĐLĐ quận Thủ Đức nhận nông sản\n\nLĐLĐ quận Thủ Đức vừa tiếp nhận 8 tấn nông sản do tỉnh Lâm Đồng gửi tặng. Ngay trong ngày, LĐLĐ quận đã chuyển số nông sản này tới công nhân khó khăn.",
			[]string{"8 | item | exact | total | achieved | year | 2021 | Thủ Đức | welfare | Thành phố Hồ Chí Minh"}},
		{"near miss: goods received and kept", link, "2021-09-20",
			"LĐLĐ quận Thủ Đức nhận nông sản\n\nLĐLĐ quận Thủ Đức vừa tiếp nhận 8 tấn nông sản do Công ty A gửi tặng.",
			[]string{"8 | item | exact | total | achieved | year | 2021 | Thủ Đức | finance | Thành phố Hồ Chí Minh"}},
		{"a count of provinces' federations before their list", link, "2024-09-20",
			"LĐLĐ tỉnh Nghệ An hỗ trợ đoàn viên vùng bão\n\nĐoàn công tác của LĐLĐ tỉnh Nghệ An đã trao quà hỗ trợ cho LĐLĐ 7 tỉnh, thành phố, gồm: Hà Giang, Lai Châu, Điện Biên, Hòa Bình, Hà Nam, Ninh Bình và Nam Định.",
			[]string{"7 | count | exact | total | achieved | year | 2024 | Nghệ An | welfare | Nghệ An"}},
		{"near miss: the leaders of districts' federations attend", link, "2024-09-20",
			"LĐLĐ tỉnh Nghệ An tổng kết năm 2024\n\nDự hội nghị có lãnh đạo LĐLĐ 7 huyện, thị xã và 120 đoàn viên tiêu biểu.",
			[]string{"120 | member | exact | total | achieved | year | 2024 | Nghệ An | other | Nghệ An"}},
		{"an estimate over a sum is about", link, "2024-03-20",
			"LĐLĐ quận Tây Hồ khám sức khỏe cho đoàn viên\n\nLĐLĐ quận Tây Hồ tổ chức khám sức khỏe cho đoàn viên với tổng kinh phí khoảng trên 800 triệu đồng.",
			[]string{"800000000 | vnd | about | total | achieved | year | 2024 | Tây Hồ | welfare | Hà Nội"}},
		{"near miss: over a sum alone is more than", link, "2024-03-20",
			"LĐLĐ quận Tây Hồ khám sức khỏe cho đoàn viên\n\nLĐLĐ quận Tây Hồ tổ chức khám sức khỏe cho đoàn viên với tổng kinh phí trên 800 triệu đồng.",
			[]string{"800000000 | vnd | more_than | total | achieved | year | 2024 | Tây Hồ | welfare | Hà Nội"}},
		{"workshops are organizations", link, "2024-05-20",
			"Công đoàn Than - Khoáng sản Việt Nam khen thưởng\n\nCông đoàn Than - Khoáng sản Việt Nam đã trao thưởng 40 triệu đồng cho 08 phân xưởng xuất sắc.",
			[]string{"40000000 | vnd | exact | total | achieved | year | 2024 | Công đoàn Than - Khoáng sản Việt Nam | emulation | Việt Nam",
				"8 | organization | exact | total | achieved | year | 2024 | Công đoàn Than - Khoáng sản Việt Nam | emulation | Việt Nam"}},
	})
}

package extract

import "testing"

// TestRoundupItemsParentsAndSectorsFE18a: what probe FE of the eighteenth
// session (PHENOMENA "FE", number-dense roundups) found misattributed: a
// sentence of a roundup's item naming no body taking the article's body
// or a later item's (FE18a-1), a parent body in brackets after the body
// that acts (FE18a-2), a national sector's union written short (FE18a-3)
// and a city ending a school's name (FE18a-6). Each rule has a near miss.
// Every sentence is invented.
func TestRoundupItemsParentsAndSectorsFE18a(t *testing.T) {
	const link = "https://example.vn/tin-fe.html"
	runLineCases(t, []lineCase{
		{"an item's sentence naming no body goes on with the item's body", link, "2022-01-12",
			"Công đoàn Viên chức TP HCM trao quà cho 50 đoàn viên. Công đoàn Viên chức TP HCM cũng thăm 9 đoàn viên.\n\n- LĐLĐ quận Gò Vấp trao 80 phần quà cho công nhân. Tổng kinh phí 40 triệu đồng.\n\n- LĐLĐ quận 8 tặng 50 suất quà cho đoàn viên.",
			[]string{"50 | member | exact | total | achieved | year | 2022 | Công đoàn Viên chức | welfare | Thành phố Hồ Chí Minh",
				"9 | member | exact | total | achieved | year | 2022 | Công đoàn Viên chức | membership | Thành phố Hồ Chí Minh",
				"80 | gift | exact | total | achieved | year | 2022 | Gò Vấp | welfare | Thành phố Hồ Chí Minh",
				"40000000 | vnd | exact | total | achieved | year | 2022 | Gò Vấp | welfare | Thành phố Hồ Chí Minh",
				"50 | gift | exact | total | achieved | year | 2022 | Quận 8 | welfare | Thành phố Hồ Chí Minh"}},
		{"near miss: a paragraph that is no item keeps the article's body", link, "2022-01-12",
			"Công đoàn Viên chức TP HCM trao quà cho 50 đoàn viên. Công đoàn Viên chức TP HCM cũng thăm 9 đoàn viên.\n\nLĐLĐ quận Gò Vấp trao 80 phần quà cho công nhân. Tổng kinh phí 40 triệu đồng.",
			[]string{"50 | member | exact | total | achieved | year | 2022 | Công đoàn Viên chức | welfare | Thành phố Hồ Chí Minh",
				"9 | member | exact | total | achieved | year | 2022 | Công đoàn Viên chức | membership | Thành phố Hồ Chí Minh",
				"80 | gift | exact | total | achieved | year | 2022 | Gò Vấp | welfare | Thành phố Hồ Chí Minh",
				"40000000 | vnd | exact | total | achieved | year | 2022 | Công đoàn Viên chức | welfare | Thành phố Hồ Chí Minh"}},
		{"the first item takes the body it and its caption name, not a later item's", link, "2022-01-12",
			"Tại chương trình, 90 đoàn viên được nhận quà Tết của LĐLĐ thành phố. LĐLĐ quận cũng trao 30 phần quà khác.\n\nÔng Trần Văn Bình, Chủ tịch LĐLĐ quận 4, TP HCM tặng quà Ảnh: LAN\n\n. Tối 13-1, hơn 900 công nhân dự chương trình do Công đoàn Công ty TNHH Sao Mai tổ chức. Công đoàn công ty tặng 60 phần quà.",
			[]string{"90 | member | exact | total | achieved | year | 2022 | Quận 4 | welfare | Thành phố Hồ Chí Minh",
				"30 | gift | exact | total | achieved | year | 2022 | Quận 4 | welfare | Thành phố Hồ Chí Minh",
				"900 | person | more_than | total | achieved | year | 2022 | Công đoàn Công ty TNHH Sao Mai | other | Thành phố Hồ Chí Minh",
				"60 | gift | exact | total | achieved | year | 2022 | Công đoàn Công ty TNHH Sao Mai | welfare | Thành phố Hồ Chí Minh"}},
		{"a parent body in brackets after the body that acts is no actor", link, "2022-01-12",
			"Tết cho đoàn viên\n\nCông đoàn Viên chức tỉnh (LĐLĐ tỉnh Bình Thuận) tổ chức chương trình Tết sum vầy cho 120 đoàn viên, tổng kinh phí trên 60 triệu đồng.",
			[]string{"120 | member | exact | total | achieved | year | 2022 | Công đoàn Viên chức | welfare | Bình Thuận",
				"60000000 | vnd | more_than | total | achieved | year | 2022 | Công đoàn Viên chức | welfare | Bình Thuận"}},
		{"a sectoral union's parent in brackets", link, "2022-01-12",
			"Tết cho đoàn viên\n\nCông đoàn ngành Y tế tỉnh (LĐLĐ tỉnh Bình Thuận) tổ chức chương trình Tết sum vầy cho 120 đoàn viên.",
			[]string{"120 | member | exact | total | achieved | year | 2022 | Công đoàn ngành Y tế | welfare | Bình Thuận"}},
		{"near miss: a place in brackets only locates the body", link, "2022-01-12",
			"Tết cho đoàn viên\n\nLĐLĐ huyện Hàm Tân (tỉnh Bình Thuận) tổ chức chương trình Tết sum vầy cho 120 đoàn viên.",
			[]string{"120 | member | exact | total | achieved | year | 2022 | Hàm Tân | welfare | Bình Thuận"}},
		{"a national sector's union written short in its news", link, "2015-06-10",
			"Chủ tịch CĐ Dệt May Trần Văn Bình cho biết, 6 tháng qua toàn ngành có hơn 4.000 sáng kiến.\n\nVừa qua, 60 LĐ giỏi đã được CĐ Dệt May VN tôn vinh tại chương trình do Tổng LĐLĐ Việt Nam tổ chức.",
			[]string{"4000 | initiative | more_than | total | achieved | year | 2015 | Công đoàn Dệt may Việt Nam | emulation | Việt Nam",
				"60 | person | exact | total | achieved | year | 2015 | Công đoàn Dệt may Việt Nam | emulation | Việt Nam"}},
		{"near miss: a programme's holder counts those it honours with no agent named", link, "2015-06-10",
			"Tôn vinh lao động giỏi\n\nVừa qua, 60 LĐ giỏi của các công đoàn cơ sở đã được tôn vinh tại chương trình do Tổng LĐLĐ Việt Nam tổ chức.",
			[]string{"60 | person | exact | total | achieved | year | 2015 | Tổng Liên đoàn Lao động Việt Nam | emulation | Việt Nam"}},
		{"a city ending a school's name is no body", link, "2023-01-15",
			"Chăm lo Tết\n\nLĐLĐ quận 6 mở buổi tư vấn luật cho công nhân do CLB Tư vấn Trường Đại học Kinh tế TP HCM thực hiện. Tại buổi tư vấn, ban tổ chức trao 35 phần quà cho người lao động.",
			[]string{"35 | gift | exact | total | achieved | year | 2023 | Quận 6 | welfare | Thành phố Hồ Chí Minh"}},
		{"near miss: the city's federation that holds the event keeps it", link, "2023-01-15",
			"Chăm lo Tết\n\nLĐLĐ TP HCM mở buổi tư vấn luật cho công nhân tại quận 6. Tại buổi tư vấn, ban tổ chức trao 35 phần quà cho người lao động.",
			[]string{"35 | gift | exact | total | achieved | year | 2023 | Thành phố Hồ Chí Minh | welfare | Thành phố Hồ Chí Minh"}},
	})
}

package extract

import "testing"

// TestNotUnionFigures: numbers of real articles that are no figure of union
// work (probes DA, DC and DD of the sixteenth session, PHENOMENA "DA DC
// DD"), each with a near miss that keeps its figures. Every sentence is
// invented. want lists the records as line renders them.
func TestNotUnionFigures(t *testing.T) {
	const home = "https://laodongthudo.vn/a-1.html"
	tests := []lineCase{
		{"draft decree on the union levy", "https://phunuthudo.com/tag/nghi-dinh", "",
			"Đề xuất doanh nghiệp đóng 2% quỹ tiền lương cho công đoàn bởi Lan Anh 9 Tháng 4, 2024 Bộ Nội vụ đang xin ý kiến về dự thảo Nghị định quy định tài chính công đoàn. Theo dự thảo, các cơ quan, doanh nghiệp không được giữ lại 100% kinh phí công đoàn …",
			nil},
		{"near miss: a federation's own finance report names the levy", home, "2024-01-10",
			"LĐLĐ huyện Mê Linh tổng kết công tác tài chính\n\nNăm 2023, LĐLĐ huyện Mê Linh thu kinh phí công đoàn đạt 112% kế hoạch và hỗ trợ 45 đoàn viên khó khăn.\n\nCác công đoàn cơ sở đã tặng 300 suất quà cho đoàn viên.",
			[]string{"112 | percent | exact | total | achieved | year | 2023 | Mê Linh | finance | Hà Nội",
				"45 | member | exact | total | achieved | year | 2023 | Mê Linh | welfare | Hà Nội",
				"300 | gift | exact | total | achieved | year | 2023 | Mê Linh | welfare | Hà Nội"}},
		{"a recipient's circumstances and birth year", home, "2024-11-20",
			"LĐLĐ huyện Mê Linh trao Mái ấm Công đoàn cho nữ công nhân\n\n(LĐTĐ) LĐLĐ huyện Mê Linh vừa trao 60 triệu đồng hỗ trợ chị Phạm Thị Hà xây Mái ấm Công đoàn.\n\nChị Hà sinh năm 1988, chồng mất sớm. Tiền lương hàng tháng của chị chỉ khoảng 5,2 triệu đồng, cả 4 mẹ con phải ở nhờ nhà người thân.\n\nTrước đó, 2 vợ chồng chị phải thuê nhà trọ.",
			[]string{"60000000 | vnd | exact | total | achieved | year | 2024 | Mê Linh | welfare | Hà Nội"}},
		{"near miss: pay a union gives", home, "2024-11-20",
			"LĐLĐ huyện Mê Linh hỗ trợ đoàn viên ngừng việc\n\n(LĐTĐ) LĐLĐ huyện Mê Linh hỗ trợ tiền lương 3 triệu đồng cho mỗi đoàn viên ngừng việc, tổng cộng 15 đoàn viên.",
			[]string{"3000000 | vnd | exact | per_unit | achieved | year | 2024 | Mê Linh | representation | Hà Nội",
				"15 | member | exact | total | achieved | year | 2024 | Mê Linh | representation | Hà Nội"}},
		{"a byline's date, month first", home, "",
			"LĐLĐ huyện Sóc Sơn trao quà cho công nhân\n\nMinh An 14 Tháng 3, 2024 LĐLĐ huyện Sóc Sơn trao 80 suất quà cho công nhân khó khăn.",
			[]string{"80 | gift | exact | total | achieved | year | 2024 | Sóc Sơn | welfare | Hà Nội"}},
		{"near miss: a count after a month", home, "2024-06-10",
			"LĐLĐ huyện Sóc Sơn phát triển đoàn viên\n\nRiêng tháng 5, 1.950 đoàn viên được LĐLĐ huyện Sóc Sơn kết nạp.",
			[]string{"1950 | member | exact | total | achieved | year | 2024 | Sóc Sơn | membership | Hà Nội"}},
		{"aspects of a programme", home, "2024-10-02",
			"Tổng kết chương trình sáng kiến của LĐLĐ huyện Đông Anh\n\nLĐLĐ huyện Đông Anh đã triển khai thành công chương trình trên 4 phương diện: tuyên truyền, phát động, tổ chức và tôn vinh, với 1.200 sáng kiến được công nhận.",
			[]string{"1200 | initiative | exact | total | achieved | year | 2024 | Đông Anh | emulation | Hà Nội"}},
		{"a stall's price range at a union event", home, "2025-01-13",
			"Công đoàn phường Tân Hòa tổ chức Tết sum vầy\n\nTối 12-1, Công đoàn phường Tân Hòa tổ chức chương trình Tết sum vầy cho 800 công nhân.\n\nChương trình có hội thi nấu ăn; các gian hàng ăn uống phục vụ công nhân bán với mức giá từ 8.000 - 40.000 đồng. Các gian hàng nước giải khát có giá từ 7.000 đồng đến 25.000 đồng.\n\nDịp này, ban tổ chức trao 120 suất quà, mỗi suất trị giá 700.000 đồng.",
			[]string{"800 | person | exact | total | achieved | year | 2025 | Tân Hòa | welfare | ",
				"120 | gift | exact | total | achieved | year | 2025 | Tân Hòa | welfare | ",
				"700000 | vnd | exact | per_unit | achieved | year | 2025 | Tân Hòa | welfare | "}},
		{"near miss: the worth of what is given", home, "2025-01-13",
			"Công đoàn phường Tân Hòa tặng vé xem phim\n\nCông đoàn phường Tân Hòa tặng 200 vé xem phim giá 100.000 đồng cho công nhân và trao 50 suất quà trị giá từ 500.000 - 800.000 đồng.",
			[]string{"200 | item | exact | total | achieved | year | 2025 | Tân Hòa | welfare | ",
				"100000 | vnd | exact | per_unit | achieved | year | 2025 | Tân Hòa | welfare | ",
				"50 | gift | exact | total | achieved | year | 2025 | Tân Hòa | welfare | ",
				"500000 | vnd | exact | per_unit | achieved | year | 2025 | Tân Hòa | welfare | ",
				"800000 | vnd | exact | per_unit | achieved | year | 2025 | Tân Hòa | welfare | "}},
		{"another article's headline ending in a bar", home, "",
			"Công đoàn ngành Y tế mít tinh kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam\nHiện Công đoàn ngành Y tế có 45 công đoàn cơ sở và hơn 9.000 đoàn viên.\nCông đoàn ngành Y tế ký kết phúc lợi đoàn viên năm 2021 với 9 doanh nghiệp | |\nBà Trần Thị Mai cho biết, các cấp công đoàn trong ngành đã chăm lo cho đoàn viên.",
			[]string{"45 | union | exact | total | achieved | snapshot | 2023 | Công đoàn ngành Y tế | membership | Hà Nội",
				"9000 | member | more_than | total | achieved | snapshot | 2023 | Công đoàn ngành Y tế | membership | Hà Nội"}},
		{"near miss: a caption between bars, and one under an image", home, "2021-07-28",
			"Công đoàn ngành Y tế ký kết phúc lợi đoàn viên\n\nCông đoàn ngành Y tế ký kết chương trình phúc lợi đoàn viên với các doanh nghiệp, giúp đoàn viên mua hàng giá ưu đãi.\n\n| Công đoàn ngành Y tế ký kết phúc lợi với 9 doanh nghiệp |\n\n![](anh1.jpg)\n\nLãnh đạo Công đoàn ngành Y tế trao 12 thẻ ưu đãi cho đoàn viên |\n\nTheo đó, 3.000 đoàn viên được hưởng ưu đãi.",
			[]string{"9 | organization | exact | total | achieved | year | 2021 | Công đoàn ngành Y tế | welfare | Hà Nội",
				"12 | item | exact | total | achieved | year | 2021 | Công đoàn ngành Y tế | welfare | Hà Nội",
				"3000 | member | exact | total | achieved | year | 2021 | Công đoàn ngành Y tế | welfare | Hà Nội"}},
	}
	runLineCases(t, tests)
}

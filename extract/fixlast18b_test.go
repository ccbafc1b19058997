package extract

import "testing"

// TestHeadlessJointLeadFixlast18b: what probe FH of the eighteenth session
// (PHENOMENA "FH", fixlast18b) found misread: a page cut below its headline
// whose first paragraph, a sentence of prose in the title's place, has one
// body of two districts as its subject ("LĐLĐ huyện A và B vừa bàn giao
// …"), then a paragraph for each district, the second opening on its own
// body: the second paragraph's figures stayed with the first district.
// Every sentence is invented.
func TestHeadlessJointLeadFixlast18b(t *testing.T) {
	const link = "https://example.vn/tin-mai-am.html"
	runLineCases(t, []lineCase{
		{"a headless page's opening with two districts gives each its paragraph", link, "2023-10-12",
			"(ĐL)- Chào mừng Đại hội Công đoàn tỉnh Đắk Lắk, Liên đoàn Lao động (LĐLĐ) huyện Krông Búk và Ea Súp vừa bàn giao các nhà Mái ấm Công đoàn cho đoàn viên.\n\nSáng 9-10, tại thôn 3 (xã Cư Pơng), Ban Thường vụ LĐLĐ huyện Krông Búk đã bàn giao nhà cho một đoàn viên của trường tiểu học.\n\nCăn nhà rộng 60 m2, có tổng trị giá 180 triệu đồng. Trong đó, LĐLĐ tỉnh hỗ trợ 50 triệu đồng, còn lại gia đình tự lo.\n\n*Liên đoàn Lao động huyện Ea Súp vừa bàn giao Mái ấm Công đoàn cho một đoàn viên của Công đoàn cơ sở xã. Căn nhà có tổng kinh phí xây dựng gần 450 triệu đồng. Trong đó, Quỹ Mái ấm Công đoàn hỗ trợ 60 triệu đồng, còn lại gia đình vay ngân hàng.",
			[]string{"180000000 | vnd | exact | total | achieved | year | 2023 | Krông Búk | welfare | Đắk Lắk",
				"50000000 | vnd | exact | total | achieved | year | 2023 | Krông Búk | welfare | Đắk Lắk",
				"450000000 | vnd | about | total | achieved | year | 2023 | Ea Súp | welfare | Đắk Lắk",
				"60000000 | vnd | exact | total | achieved | year | 2023 | Ea Súp | welfare | Đắk Lắk"}},
		{"near miss: a headless page's opening with one district keeps it", link, "2023-10-12",
			"(ĐL)- Chào mừng Đại hội Công đoàn tỉnh Đắk Lắk, Liên đoàn Lao động (LĐLĐ) huyện Krông Búk vừa bàn giao các nhà Mái ấm Công đoàn cho đoàn viên.\n\nSáng 9-10, tại thôn 3 (xã Cư Pơng), Ban Thường vụ LĐLĐ huyện Krông Búk đã bàn giao nhà cho một đoàn viên của trường tiểu học.\n\nCăn nhà rộng 60 m2, có tổng trị giá 180 triệu đồng. Trong đó, LĐLĐ tỉnh hỗ trợ 50 triệu đồng, còn lại gia đình tự lo.",
			[]string{"180000000 | vnd | exact | total | achieved | year | 2023 | Krông Búk | welfare | Đắk Lắk",
				"50000000 | vnd | exact | total | achieved | year | 2023 | Krông Búk | welfare | Đắk Lắk"}},
	})
}

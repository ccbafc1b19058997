package extract

import "testing"

// TestSpansDrivesGiftsAndAnaphora: what probe EK of the seventeenth
// session (PHENOMENA "EK", a held-out feed) found misread: the figures
// before a "trong đó" breakdown left out of the span that closes the
// sentence (EK17-1), money received in a donation drive read as a stock
// (EK17-2), an undated congress's figures dated by the lead's term when
// their own sentence names the term (EK17-3), a gift to workers who are
// also "tiêu biểu" read as emulation (EK17-5) and a sentence opening
// "Đây là những …" taking the next sentence's category (EK17-7). Each
// rule has a near miss. Every sentence is invented.
func TestSpansDrivesGiftsAndAnaphora(t *testing.T) {
	const link = "https://example.vn/tin-ek.html"
	runLineCases(t, []lineCase{
		{"a span closing the sentence covers the figures a trong đó clause breaks down", link, "",
			"LĐLĐ quận Hoàng Mai biểu dương điển hình tiên tiến giai đoạn 2016 - 2020\n\nLĐLĐ quận Hoàng Mai tổ chức gặp mặt biểu dương điển hình tiên tiến giai đoạn 2016 - 2020.\n\nDịp này, quận tôn vinh 14 tập thể và 30 cá nhân, trong đó riêng khối công đoàn có 2 tập thể và 5 cá nhân nhận bằng khen giai đoạn 2016 - 2020.",
			[]string{"14 | collective | exact | total | achieved | multi_year | 2020 | Hoàng Mai | emulation | Hà Nội",
				"30 | person | exact | total | achieved | multi_year | 2020 | Hoàng Mai | emulation | Hà Nội",
				"2 | collective | exact | total | achieved | multi_year | 2020 | Hoàng Mai | emulation | Hà Nội",
				"5 | person | exact | total | achieved | multi_year | 2020 | Hoàng Mai | emulation | Hà Nội"}},
		{"near miss: a breakdown with a year of its own keeps the figures before it the year's", link, "2021-01-10",
			"LĐLĐ quận Hoàng Mai tổng kết năm 2020\n\nNăm 2020, LĐLĐ quận Hoàng Mai đã khen thưởng 14 tập thể, trong đó có 2 tập thể được khen thưởng trong giai đoạn 2016 - 2020.",
			[]string{"14 | collective | exact | total | achieved | year | 2020 | Hoàng Mai | emulation | Hà Nội",
				"2 | collective | exact | total | achieved | multi_year | 2020 | Hoàng Mai | emulation | Hà Nội"}},
		{"money received in a donation drive is the year's", link, "2022-10-20",
			"LĐLĐ tỉnh Phú Yên hỗ trợ công nhân vùng lũ\n\nĐợt quyên góp vừa qua, LĐLĐ tỉnh Phú Yên tiếp nhận đóng góp từ gần 120 CĐCS, cộng lại hơn 2 tỉ đồng.",
			[]string{"120 | union | about | total | achieved | year | 2022 | Phú Yên | finance | Phú Yên",
				"2000000000 | vnd | more_than | total | achieved | year | 2022 | Phú Yên | finance | Phú Yên"}},
		{"near miss: unions a body takes over stay a stock", link, "2022-10-20",
			"LĐLĐ huyện Tuy An tiếp nhận công đoàn cơ sở\n\nSau khi sắp xếp, LĐLĐ huyện Tuy An đã tiếp nhận 35 CĐCS từ Công đoàn các Khu công nghiệp tỉnh Phú Yên.",
			[]string{"35 | union | exact | total | achieved | snapshot | 2022 | Tuy An | membership | Phú Yên"}},
		{"an undated congress's figure takes the term its own sentence names", link, "",
			"Đại hội Công đoàn tỉnh Kon Tum lần thứ IX\n\nSáng 12/10, LĐLĐ tỉnh Kon Tum khai mạc Đại hội Công đoàn tỉnh Kon Tum lần thứ IX, nhiệm kỳ 2017 - 2022.\n\nĐại hội bầu Ban Chấp hành Công đoàn tỉnh Kon Tum nhiệm kỳ 2022 - 2027 gồm 31 đồng chí.",
			[]string{"31 | person | exact | total | achieved | year | 2022 | Kon Tum | other | Kon Tum"}},
		{"near miss: a dated congress's figure keeps the publication's year", link, "2017-10-12",
			"Đại hội Công đoàn tỉnh Kon Tum lần thứ IX\n\nSáng 12/10, LĐLĐ tỉnh Kon Tum khai mạc Đại hội Công đoàn tỉnh Kon Tum lần thứ IX, nhiệm kỳ 2017 - 2022.\n\nĐại hội bầu Ban Chấp hành Công đoàn tỉnh Kon Tum nhiệm kỳ 2017 - 2022 gồm 31 đồng chí.",
			[]string{"31 | person | exact | total | achieved | year | 2017 | Kon Tum | other | Kon Tum"}},
		{"a gift to workers who are also tiêu biểu stays welfare", link, "2021-02-02",
			"Công đoàn Dệt May Việt Nam tổ chức Tết công nhân\n\nCông đoàn Dệt May Việt Nam trao 40 phần quà Tết cho công nhân khó khăn, công nhân tiêu biểu xuất sắc.",
			[]string{"40 | gift | exact | total | achieved | year | 2021 | Công đoàn Dệt may Việt Nam | welfare | Việt Nam"}},
		{"near miss: an award to workers who are tiêu biểu is emulation", link, "2021-02-02",
			"Công đoàn Dệt May Việt Nam tổ chức Tết công nhân\n\nCông đoàn Dệt May Việt Nam tặng giấy khen cho 40 công nhân tiêu biểu xuất sắc.",
			[]string{"40 | person | exact | total | achieved | year | 2021 | Công đoàn Dệt may Việt Nam | emulation | Việt Nam"}},
		{"a sentence opening Đây là những takes the category of the one before", link, "2020-11-05",
			"Phú Yên: hỗ trợ công nhân bị thiên tai\n\nLĐLĐ tỉnh Phú Yên đã hỗ trợ 150 công nhân có gia đình bị thiệt hại do bão lũ.\n\nĐây là các lao động thuộc 4 công ty may ở thị xã Sông Cầu. LĐLĐ tỉnh cũng quyên góp được 900 triệu đồng.",
			[]string{"150 | person | exact | total | achieved | year | 2020 | Phú Yên | welfare | Phú Yên",
				"4 | organization | exact | total | achieved | year | 2020 | Phú Yên | welfare | Phú Yên",
				"900000000 | vnd | exact | total | achieved | year | 2020 | Phú Yên | finance | Phú Yên"}},
	})
}

package extract

import "testing"

// TestLinkWords: what a link's words and a paper's site tell of an
// excerpt that names neither its province nor its year (PHENOMENA "DL",
// probe DL of the sixteenth session). A link's slug is its headline's words
// folded to ASCII: a province after its type or a union word, and a year
// after "nam", read as the headline would be. Every sentence is invented.
func TestLinkWords(t *testing.T) {
	tests := []lineCase{
		{"a bare provincial federation named only in the link", "http://tinnhanh.example.vn/cong-doan/ldld-tinh-vinh-long-khen-thuong-tap-the-ca-nhan-4711.html", "",
			"Các cấp công đoàn đã chăm lo tốt đời sống đoàn viên.\nLĐLĐ tỉnh đã khen thưởng cho 14 tập thể và 21 cá nhân có thành tích xuất sắc trong Tháng Công nhân năm 2017.",
			[]string{"14 | collective | exact | total | achieved | year | 2017 | Vĩnh Long | emulation | Vĩnh Long",
				"21 | person | exact | total | achieved | year | 2017 | Vĩnh Long | emulation | Vĩnh Long"}},
		{"a district named only in the link", "http://tinnhanh.example.vn/ldld-huyen-soc-son-trao-qua-4712.html", "2019-01-20",
			"Các cấp công đoàn chăm lo Tết cho đoàn viên.\nLĐLĐ huyện đã trao 120 suất quà cho đoàn viên khó khăn.",
			[]string{"120 | gift | exact | total | achieved | year | 2019 | Sóc Sơn | welfare | Hà Nội"}},
		{"near miss: a district name of several provinces", "http://tinnhanh.example.vn/ldld-huyen-chau-thanh-trao-qua-4713.html", "2019-01-20",
			"Các cấp công đoàn chăm lo Tết cho đoàn viên.\nLĐLĐ huyện đã trao 120 suất quà cho đoàn viên khó khăn.",
			[]string{"120 | gift | exact | total | achieved | year | 2019 |  | welfare | "}},
		{"near miss: a province without its type word", "http://tinnhanh.example.vn/cong-nhan-que-thanh-hoa-nhan-qua-4714.html", "2019-01-20",
			"Các cấp công đoàn chăm lo Tết cho đoàn viên.\nLĐLĐ tỉnh đã trao 120 suất quà cho công nhân.",
			[]string{"120 | gift | exact | total | achieved | year | 2019 |  | welfare | "}},
		{"a headline that opens on its province", "http://tinnhanh.example.vn/cong-doan/nghe-an-cong-nhan-nhan-qua-4721.html", "2019-01-20",
			"Các cấp công đoàn chăm lo Tết cho đoàn viên.\nLĐLĐ tỉnh đã trao 120 suất quà cho công nhân.",
			[]string{"120 | gift | exact | total | achieved | year | 2019 | Nghệ An | welfare | Nghệ An"}},
		{"near miss: the text names its province", "http://tinnhanh.example.vn/ldld-tinh-vinh-long-khen-thuong-4715.html", "",
			"Các cấp công đoàn đã chăm lo tốt đời sống đoàn viên.\nLĐLĐ tỉnh Sóc Trăng đã khen thưởng cho 14 tập thể năm 2017.",
			[]string{"14 | collective | exact | total | achieved | year | 2017 | Sóc Trăng | emulation | Sóc Trăng"}},
		{"a bare city federation on a site of no known city", "http://tinnhanh.example.vn/cham-lo-tet-cho-cong-nhan-4716.html", "2021-01-10",
			"Gần 2 tỉ đồng chăm lo Tết cho công nhân\n\nDịp này, LĐLĐ quận đã trao bằng khen của LĐLĐ TP cho 25 tập thể.",
			[]string{"2000000000 | vnd | about | total | achieved | year | 2021 |  | welfare | ",
				"25 | collective | exact | total | achieved | year | 2021 |  | emulation | "}},
		{"near miss: a bare city federation on the home paper's site", "https://laodongthudo.vn/cham-lo-tet-cho-cong-nhan-4717.html", "2021-01-10",
			"Gần 2 tỉ đồng chăm lo Tết cho công nhân\n\nDịp này, LĐLĐ quận đã trao bằng khen của LĐLĐ TP cho 25 tập thể.",
			[]string{"2000000000 | vnd | about | total | achieved | year | 2021 | Hà Nội | welfare | Hà Nội",
				"25 | collective | exact | total | achieved | year | 2021 | Hà Nội | emulation | Hà Nội"}},
		{"a year only in the link", "https://so.example.gov.vn/tin/cong-doan-nganh-xay-dung-ket-qua-nam-2019-1188.html", "",
			"Về số lượng: CNVCLĐ ngành Xây dựng có biến động. Trong toàn ngành, các công đoàn cơ sở đã kết nạp 95 đoàn viên mới.",
			[]string{"95 | member | exact | total | achieved | year | 2019 | Công đoàn ngành Xây dựng | membership | "}},
		{"near miss: a year the link looks forward to", "https://so.example.gov.vn/tin/trien-khai-nhiem-vu-nam-2020-1189.html", "2019-12-28",
			"Về số lượng: CNVCLĐ ngành Xây dựng có biến động. Trong toàn ngành, các công đoàn cơ sở đã kết nạp 95 đoàn viên mới.",
			[]string{"95 | member | exact | total | achieved | year | 2019 |  | membership | "}},
		{"near miss: the headline's own year", "https://so.example.gov.vn/tin/ket-qua-nam-2019-1190.html", "",
			"Công đoàn ngành Xây dựng tổng kết năm 2018\n\nTrong toàn ngành, các công đoàn cơ sở đã kết nạp 95 đoàn viên mới.",
			[]string{"95 | member | exact | total | achieved | year | 2018 | Công đoàn ngành Xây dựng | membership | "}},
	}
	runLineCases(t, tests)
}

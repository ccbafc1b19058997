package extract

import "testing"

// TestTargetsTitlesAndNames: what probes DE and DF of the sixteenth
// session (PHENOMENA "DE DF") found misread: a list of targets under a
// plan frame, titles that count people, a last sentence with no full stop
// over a blank line, a district's sectoral union, a span's first year, a
// union named short of its place, and a member's own farm. Each rule has
// a near miss. Every sentence is invented. want lists the records as line
// renders them.
func TestTargetsTitlesAndNames(t *testing.T) {
	const link = "https://example.vn/a-1.html"
	tests := []struct {
		name, published, body string
		want                  []string
	}{
		{"targets listed after a plan frame", "2023-05-20",
			"LĐLĐ huyện Quế Sơn tổ chức Đại hội nhiệm kỳ 2023 – 2028\n\nNgày 19/5, LĐLĐ huyện Quế Sơn, tỉnh Quảng Nam tổ chức Đại hội Công đoàn huyện lần thứ X, nhiệm kỳ 2023 – 2028.\n\nNhiệm kỳ tới, LĐLĐ huyện phấn đấu 100% CĐCS có quy chế dân chủ. 85% đoàn viên được tập huấn pháp luật. 60% CĐCS đạt vững mạnh.",
			[]string{"100 | percent | exact | total | planned | multi_year | 2028 | Quế Sơn | representation | Quảng Nam",
				"85 | percent | exact | total | planned | multi_year | 2028 | Quế Sơn | representation | Quảng Nam",
				"60 | percent | exact | total | planned | multi_year | 2028 | Quế Sơn | representation | Quảng Nam"}},
		{"near miss: a result after the targets", "2023-05-20",
			"LĐLĐ huyện Quế Sơn tổ chức Đại hội nhiệm kỳ 2023 – 2028\n\nNgày 19/5, LĐLĐ huyện Quế Sơn, tỉnh Quảng Nam tổ chức Đại hội Công đoàn huyện lần thứ X, nhiệm kỳ 2023 – 2028.\n\nNhiệm kỳ tới, LĐLĐ huyện phấn đấu 100% CĐCS có quy chế dân chủ. Riêng năm 2023, LĐLĐ huyện đã kết nạp 240 đoàn viên. 85% đoàn viên được tập huấn pháp luật.",
			[]string{"100 | percent | exact | total | planned | multi_year | 2028 | Quế Sơn | representation | Quảng Nam",
				"240 | member | exact | total | achieved | year | 2023 | Quế Sơn | membership | Quảng Nam",
				"85 | percent | exact | total | achieved | multi_year | 2023 | Quế Sơn | representation | Quảng Nam"}},
		{"titles held by people", "2023-09-08",
			"LĐLĐ huyện Quế Sơn tổng kết năm học 2022-2023\n\nNăm học 2022-2023, LĐLĐ huyện Quế Sơn đề nghị công nhận 14 chiến sĩ thi đua cấp tỉnh, 52 chiến sỹ thi đua cơ sở và 310 lao động tiên tiến.",
			[]string{"14 | person | exact | total | achieved | year | 2023 | Quế Sơn | emulation | Quảng Nam",
				"52 | person | exact | total | achieved | year | 2023 | Quế Sơn | emulation | Quảng Nam",
				"310 | person | exact | total | achieved | year | 2023 | Quế Sơn | emulation | Quảng Nam"}},
		{"near miss: collectives of a title", "2023-09-08",
			"LĐLĐ huyện Quế Sơn tổng kết năm học 2022-2023\n\nNăm học 2022-2023, LĐLĐ huyện Quế Sơn đề nghị công nhận 9 tập thể lao động tiên tiến.",
			[]string{"9 | collective | exact | total | achieved | year | 2023 | Quế Sơn | emulation | Quảng Nam"}},
		{"a last sentence with no full stop over a blank line", "2023-09-08",
			"LĐLĐ huyện Quế Sơn tổng kết năm học 2022-2023\n\nNgày 7/9, LĐLĐ huyện Quế Sơn tổ chức hội nghị tổng kết năm học.\n\nHội nghị đã tặng giấy khen cho 7 tập thể, 12 cá nhân có thành tích năm học 2022-2023\n\n \n\n      ",
			[]string{"7 | collective | exact | total | achieved | year | 2023 | Quế Sơn | emulation | Quảng Nam",
				"12 | person | exact | total | achieved | year | 2023 | Quế Sơn | emulation | Quảng Nam"}},
		{"near miss: a text that ends in its last sentence", "2023-09-08",
			"LĐLĐ huyện Quế Sơn tổng kết năm học 2022-2023\n\nNgày 7/9, LĐLĐ huyện Quế Sơn tổ chức hội nghị tổng kết năm học.\n\nHội nghị đã tặng giấy khen cho 7 tập thể, 12 cá nhân có thành tích năm học 2022-2023",
			nil},
		{"a district's sectoral union", "2023-09-08",
			"Công đoàn ngành Giáo dục huyện Krông Pắc tổng kết năm học\n\nNăm học 2022-2023, Công đoàn giáo dục huyện Krông Pắc có 45 chiến sĩ thi đua cơ sở.",
			[]string{"45 | person | exact | total | achieved | snapshot | 2023 | Công đoàn Giáo dục huyện Krông Pắc | emulation | Đắk Lắk"}},
		{"near miss: the district's federation", "2023-09-08",
			"LĐLĐ huyện Krông Pắc tổng kết năm học\n\nNăm học 2022-2023, LĐLĐ huyện Krông Pắc, tỉnh Đắk Lắk có 45 chiến sĩ thi đua cơ sở.",
			[]string{"45 | person | exact | total | achieved | snapshot | 2023 | Krông Pắc | emulation | Đắk Lắk"}},
		{"a span's first year is no reporting year", "",
			"Trao giải thưởng Quỹ Khuyến học của Công đoàn ngành Giáo dục\n\nSáng 12/11, Công đoàn ngành Giáo dục tỉnh Hà Tĩnh tổ chức lễ trao giải. Giải năm nay được trao cho 30 giáo viên.\n\nGiải thưởng do Công đoàn ngành phát động, được triển khai từ năm 2001.",
			[]string{"30 | person | exact | total | achieved | year | 0 | Công đoàn ngành Giáo dục | other | Hà Tĩnh"}},
		{"near miss: a founding and a year of the lead", "",
			"Trao giải thưởng Quỹ Khuyến học năm 2021 của Công đoàn ngành Giáo dục\n\nSáng 12/11, Công đoàn ngành Giáo dục tỉnh Hà Tĩnh tổ chức lễ trao giải. Giải năm nay được trao cho 30 giáo viên.\n\nGiải thưởng do Công đoàn ngành phát động, được triển khai từ năm 2001.",
			[]string{"30 | person | exact | total | achieved | year | 2021 | Công đoàn ngành Giáo dục | other | Hà Tĩnh"}},
		{"a union named short of its place", "2023-04-20",
			"Công đoàn Văn phòng UBND tỉnh Lào Cai tổ chức Đại hội\n\nSáng 19/4, Công đoàn Văn phòng UBND tỉnh Lào Cai tổ chức Đại hội nhiệm kỳ 2023 – 2028.\n\nCông đoàn Văn phòng UBND tỉnh có 180 đoàn viên sinh hoạt tại 9 tổ công đoàn. Năm 2022, Công đoàn Văn phòng UBND tỉnh Lào Cai ủng hộ các quỹ 60 triệu đồng.",
			[]string{"180 | member | exact | total | achieved | snapshot | 2023 | Công đoàn Văn phòng UBND tỉnh Lào Cai | membership | Lào Cai",
				"9 | union | exact | total | achieved | snapshot | 2023 | Công đoàn Văn phòng UBND tỉnh Lào Cai | membership | Lào Cai",
				"60000000 | vnd | exact | total | achieved | year | 2022 | Công đoàn Văn phòng UBND tỉnh Lào Cai | finance | Lào Cai"}},
		{"a member's own farm", "2023-06-10",
			"Quỹ Trợ vốn giúp đoàn viên thoát nghèo\n\nNăm 2023, LĐLĐ huyện Chương Mỹ giúp chị Hoa vay 30 triệu đồng từ Quỹ Trợ vốn CNVCLĐ nghèo Thủ đô. Nhờ khoản vay, trang trại của gia đình chị đã có 40 con lợn và 2.000 con vịt.",
			[]string{"30000000 | vnd | exact | total | achieved | year | 2023 | Chương Mỹ | finance | Hà Nội"}},
		{"near miss: livestock a union hands out", "2023-06-10",
			"LĐLĐ huyện Chương Mỹ trao bò giống cho đoàn viên\n\nNăm 2023, LĐLĐ huyện Chương Mỹ trao 20 con bò giống cho 20 hộ đoàn viên nghèo.",
			[]string{"20 | count | exact | total | achieved | year | 2023 | Chương Mỹ | other | Hà Nội",
				"20 | household | exact | total | achieved | year | 2023 | Chương Mỹ | welfare | Hà Nội"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, notes := lineRecords(t, link, tt.published, tt.body)
			checkLines(t, recs, notes, tt.want)
		})
	}
}

package extract

import (
	"strings"
	"testing"
)

// TestSourcesCoGiversAndCutLines: what probe FC of the eighteenth session
// (PHENOMENA "FC", the Central Highlands and south-central coast) found
// misread. Every sentence is invented.
func TestSourcesCoGiversAndCutLines(t *testing.T) {
	const link = "https://example.vn/tin-fc.html"
	runLineCases(t, []lineCase{
		{"a federation that only reports the news is a source, the district union after the comma acts", link, "2023-08-10",
			"Nhiều sáng kiến của đoàn viên được công nhận\n\nNgày 5.8, Liên đoàn Lao động tỉnh Gia Lai thông tin, Công đoàn huyện Chư Păh đã tổ chức thành công Đại hội lần thứ IX, nhiệm kỳ 2023 - 2028.\n\nNhiệm kỳ qua, các cấp công đoàn trong huyện đã hỗ trợ xây dựng 25 căn Mái ấm Công đoàn với tổng số tiền 900 triệu đồng.",
			[]string{"25 | count | exact | total | achieved | multi_year | 2023 | Chư Păh | welfare | Gia Lai",
				"900000000 | vnd | exact | total | achieved | multi_year | 2023 | Chư Păh | welfare | Gia Lai"}},
		{"a cut last line keeps the complete sentences before the cut", link, "2023-08-10",
			"LĐLĐ huyện Chư Păh tổ chức đại hội\n\nNgày 5.8, LĐLĐ huyện Chư Păh tổ chức đại hội.\n\nĐại hội đã bầu 11 người vào Ban chấp hành khóa X. Ông Trần",
			[]string{"11 | person | exact | total | achieved | year | 2023 | Chư Păh | other | Gia Lai"}},
		{"a company's union keeps the lowercase legal form inside its name", link, "2023-03-10",
			"Đại hội Công đoàn Công ty TNHH một thành viên Cà phê Ia Grai\n\nNgày 5/3 tại tỉnh Gia Lai, Công đoàn Công ty TNHH một thành viên Cà phê Ia Grai tổ chức đại hội lần thứ III, nhiệm kỳ 2023 - 2028 với 80 đại biểu tham dự.",
			[]string{"80 | person | exact | total | achieved | year | 2023 | Công đoàn Công ty TNHH một thành viên Cà phê Ia Grai | other | Gia Lai"}},
		{"new unions and their members are the year's, only the total they raise is a stock", link, "2019-08-10",
			"Toàn tỉnh có 11 công đoàn cơ sở mới được thành lập\n\nTừ đầu năm đến nay, toàn tỉnh Kon Tum có 11 CĐCS mới được thành lập với 280 đoàn viên, nâng tổng số đoàn viên hiện có là 31.200 đoàn viên.",
			[]string{"11 | union | exact | total | achieved | year | 2019 | Kon Tum | membership | Kon Tum",
				"11 | union | exact | total | achieved | year | 2019 | Kon Tum | membership | Kon Tum",
				"280 | member | exact | total | achieved | year | 2019 | Kon Tum | membership | Kon Tum",
				"31200 | member | exact | total | achieved | snapshot | 2019 | Kon Tum | membership | Kon Tum"}},
		{"a federation and a company giving together keep the federation's gifts", link, "2022-05-10",
			"Tháng Công nhân năm 2022: trao quà cho công nhân\n\nNgày 4/5, LĐLĐ tỉnh, Công ty CP Điện lực Bình Định phối hợp trao 30 suất quà, mỗi suất 400.000 đồng cho đoàn viên khó khăn tại tỉnh Bình Định.",
			[]string{"30 | gift | exact | total | achieved | year | 2022 | Bình Định | welfare | Bình Định",
				"400000 | vnd | exact | per_unit | achieved | year | 2022 | Bình Định | welfare | Bình Định"}},
		{"near miss: a federation that reports with no body after the comma acts itself", link, "2023-08-10",
			"Trao quà cho đoàn viên khó khăn\n\nNgày 5.8, LĐLĐ tỉnh Gia Lai cho biết, năm nay đã trao 300 suất quà cho đoàn viên khó khăn.",
			[]string{"300 | gift | exact | total | achieved | year | 2023 | Gia Lai | welfare | Gia Lai"}},
		{"near miss: a stock of unions with their members stays a snapshot", link, "2019-08-10",
			"LĐLĐ tỉnh Kon Tum tổng kết công tác\n\nHiện nay, toàn tỉnh Kon Tum có 1.150 CĐCS với 31.200 đoàn viên.",
			[]string{"1150 | union | exact | total | achieved | snapshot | 2019 | Kon Tum | membership | Kon Tum",
				"31200 | member | exact | total | achieved | snapshot | 2019 | Kon Tum | membership | Kon Tum"}},
		{"near miss: a company giving in a clause of its own after a comma yields nothing", link, "2022-05-10",
			"Tháng Công nhân năm 2022: trao quà cho công nhân\n\nNgày 4/5, LĐLĐ tỉnh Bình Định tổ chức gặp mặt công nhân, Công ty CP Điện lực Bình Định trao 30 suất quà cho công nhân.",
			nil},
	})
}

// TestLegalFormsOpenOnListedWords: legalFormEnd passes over words that no
// legal form of words.tsv opens with; each one must open with a word it
// asks about.
func TestLegalFormsOpenOnListedWords(t *testing.T) {
	for _, p := range lex.ends["legal-form"].phrases {
		switch w, _, _ := strings.Cut(p, " "); w {
		case "một", "hai", "trách", "cổ":
		default:
			t.Errorf("legal form %q opens on %q, which legalFormEnd does not look at", p, w)
		}
	}
}

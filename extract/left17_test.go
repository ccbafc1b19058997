package extract

import (
	"encoding/json"
	"testing"

	"github.com/lddt/unionstats/corpus"
)

// TestLeftoversOfSeventeenth: what probes EC, DP and EB of the
// seventeenth session left (PHENOMENA "EC DP EB EH … leftovers"): a
// firm's union named by the initials the article gave it, a per-gift
// value after the count it prices, a national programme's target told
// after "Theo đó", list lines under a line of what will be allotted, a
// headline over a photo report's byline. Each rule has a near miss.
// Every sentence is invented. want lists the records as line renders them.
func TestLeftoversOfSeventeenth(t *testing.T) {
	const ld = "https://laodong.vn/cong-doan/a-1.ldo"
	tests := []lineCase{
		{"a firm's union named by its initials, assigned a target by its parent", ld, "2025-01-10",
			"Công đoàn ABC dẫn đầu phong trào sáng tạo\n\nKết quả cho thấy Công đoàn Công ty cổ phần Hóa chất An Phú (ABC) đứng đầu toàn Công đoàn Tập đoàn Hóa chất Việt Nam.\n\nCụ thể, trong năm 2024, Công đoàn ABC đã được Công đoàn Tập đoàn Hóa chất Việt Nam giao chỉ tiêu là 40 sáng kiến. Thực tế, Công đoàn ABC đạt 52 sáng kiến, làm lợi hơn 12 tỷ đồng.",
			[]string{"40 | initiative | exact | total | planned | year | 2024 | Công đoàn Công ty cổ phần Hóa chất An Phú | emulation | Việt Nam",
				"52 | initiative | exact | total | achieved | year | 2024 | Công đoàn Công ty cổ phần Hóa chất An Phú | emulation | Việt Nam",
				"12000000000 | vnd | more_than | total | achieved | year | 2024 | Công đoàn Công ty cổ phần Hóa chất An Phú | emulation | Việt Nam"}},
		{"near miss: initials the article never gives name no body", ld, "2025-01-10",
			"Công đoàn Tập đoàn Hóa chất Việt Nam tổng kết phong trào sáng tạo\n\nCụ thể, trong năm 2024, Công đoàn ABC đã được Công đoàn Tập đoàn Hóa chất Việt Nam giao chỉ tiêu là 40 sáng kiến.",
			[]string{"40 | initiative | exact | total | planned | year | 2024 | Công đoàn Tập đoàn Hóa chất Việt Nam | emulation | Việt Nam"}},
		{"a per-gift value after the count it prices", ld, "2024-06-01",
			"Tặng quà con công nhân\n\nNhân ngày 1-6, Công đoàn Cà phê Việt Nam phối hợp công đoàn Công ty TNHH Cà phê Sơn Hà tặng quà 35 em nhỏ là con công nhân nghèo. Mỗi phần quà trị giá 800.000 đồng. Cùng lúc, công đoàn công ty trao thêm quà cho 20 công nhân, mỗi phần trị giá 500.000 đồng.",
			[]string{"35 | person | exact | total | achieved | year | 2024 | Công đoàn Cà phê Việt Nam | welfare | Việt Nam",
				"800000 | vnd | exact | per_unit | achieved | year | 2024 | Công đoàn Cà phê Việt Nam | welfare | Việt Nam",
				"20 | person | exact | total | achieved | year | 2024 | Công đoàn Công ty TNHH Cà phê Sơn Hà | welfare | Việt Nam",
				"500000 | vnd | exact | per_unit | achieved | year | 2024 | Công đoàn Công ty TNHH Cà phê Sơn Hà | welfare | Việt Nam"}},
		{"near miss: a per-gift value that names its giver", ld, "2024-06-01",
			"Tặng quà con công nhân\n\nLĐLĐ tỉnh Lâm Đồng tặng quà 35 em có hoàn cảnh khó khăn. Mỗi phần quà của LĐLĐ huyện Đức Trọng trị giá 800.000 đồng.",
			[]string{"35 | person | exact | total | achieved | year | 2024 | Lâm Đồng | welfare | Lâm Đồng",
				"800000 | vnd | exact | per_unit | achieved | year | 2024 | Đức Trọng | welfare | Lâm Đồng"}},
		{"a national programme's target told after Theo đó", ld, "2023-09-01",
			"Công đoàn Than tổng kết chương trình sáng kiến\n\nCông đoàn Than Việt Nam cho biết, chương trình do Tổng LĐLĐ Việt Nam tổ chức đặt mục tiêu cho hai năm 2022 và 2023. Theo đó, người lao động cả nước đóng góp 2 triệu sáng kiến. Công đoàn Than Việt Nam đã có 3.100 sáng kiến.",
			[]string{"2000000 | initiative | exact | total | planned | year | 2023 | Tổng Liên đoàn Lao động Việt Nam | emulation | Việt Nam",
				"3100 | initiative | exact | total | achieved | year | 2023 | Công đoàn Than Việt Nam | emulation | Việt Nam"}},
		{"near miss: Theo đó after a result", ld, "2023-09-01",
			"Công đoàn Than tổng kết chương trình sáng kiến\n\nChương trình do Tổng LĐLĐ Việt Nam tổ chức đã khép lại. Theo đó, người lao động cả nước đóng góp 2 triệu sáng kiến.",
			[]string{"2000000 | initiative | exact | total | achieved | year | 2023 | Tổng Liên đoàn Lao động Việt Nam | emulation | Việt Nam"}},
		{"list lines under a line of what will be allotted", ld, "2025-12-01",
			"LĐLĐ tỉnh Đồng Nai chăm lo Tết cho đoàn viên\n\nNăm 2025, LĐLĐ tỉnh Đồng Nai đã trao 3.000 suất quà cho đoàn viên.\n\nTheo kế hoạch của Tổng LĐLĐ Việt Nam, LĐLĐ tỉnh Đồng Nai sẽ được phân bổ:\n\n150 vé máy bay cho đoàn viên, người lao động.\n\n600 vé tàu cho đoàn viên, người lao động. Mỗi vé đi kèm một suất quà trị giá 200.000 đồng.\n\nCác chuyến tàu xuất phát từ ga Biên Hòa.\n\nLĐLĐ tỉnh đã trao 40 vé xe cho công nhân.",
			[]string{"3000 | gift | exact | total | achieved | year | 2025 | Đồng Nai | welfare | Đồng Nai",
				"150 | item | exact | total | planned | year | 2025 | Đồng Nai | welfare | Đồng Nai",
				"600 | item | exact | total | planned | year | 2025 | Đồng Nai | welfare | Đồng Nai",
				"200000 | vnd | exact | per_unit | planned | year | 2025 | Đồng Nai | welfare | Đồng Nai",
				"40 | item | exact | total | achieved | year | 2025 | Đồng Nai | welfare | Đồng Nai"}},
		{"near miss: list lines under a line of what was handed out", ld, "2025-12-01",
			"LĐLĐ tỉnh Đồng Nai chăm lo Tết cho đoàn viên\n\nNăm 2025, LĐLĐ tỉnh Đồng Nai đã trao 3.000 suất quà cho đoàn viên.\n\nLĐLĐ tỉnh Đồng Nai đã trao:\n\n150 vé máy bay cho đoàn viên, người lao động.",
			[]string{"3000 | gift | exact | total | achieved | year | 2025 | Đồng Nai | welfare | Đồng Nai",
				"150 | item | exact | total | achieved | year | 2025 | Đồng Nai | welfare | Đồng Nai"}},
		{"a headline over a photo report's byline", "https://nld.com.vn/a-1.htm", "2026-02-10",
			"Lao động\n\nĐồng Nai: 30 chuyến xe miễn phí đưa 1.200 công nhân về quê\n\nPhóng sự ảnh: MINH KHANG\n\n(NLĐO)- LĐLĐ tỉnh Đồng Nai tổ chức 30 chuyến xe đưa 1.200 đoàn viên về quê đón Tết.",
			[]string{"30 | count | exact | total | achieved | year | 2026 | Đồng Nai | welfare | Đồng Nai",
				"1200 | person | exact | total | achieved | year | 2026 | Đồng Nai | welfare | Đồng Nai",
				"30 | count | exact | total | achieved | year | 2026 | Đồng Nai | welfare | Đồng Nai",
				"1200 | member | exact | total | achieved | year | 2026 | Đồng Nai | welfare | Đồng Nai"}},
	}
	runLineCases(t, tests)
}

// TestPrizeWinnerHeadline: probe DP's item 3 (PHENOMENA "EC DP EB EH …
// leftovers"): a feed's page whose photo caption, under an image whose
// line kept a table's bar ("![]() |"), names the cluster that held the
// festival, under a headline naming one winner. Invented sentences.
func TestPrizeWinnerHeadline(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"the festival's holder, named in a caption, over a winner in the headline",
			"Tổng công ty Xây dựng Hà Nội giành giải nhất toàn đoàn",
			"Tổng công ty Xây dựng Hà Nội giành giải nhất toàn đoàn\n| Vui hội thao cụm thi đua số 2 | |\n![]() |\n| Giải nhất toàn đoàn tại Cụm thi đua số 5 thuộc về Công đoàn TCT Xây dựng Hà Nội |\nTham gia liên hoan có 18 tiết mục của công đoàn 4 tổng công ty trong năm 2017.\nGiải nhất đơn ca được trao cho tiết mục của Công đoàn TCT Xây dựng Hà Nội; giải nhất toàn đoàn cũng thuộc về Công đoàn TCT Xây dựng Hà Nội.",
			[]string{"18 | count | exact | total | achieved | year | 2017 | Cụm thi đua số 5 | culture | Hà Nội",
				"4 | organization | exact | total | achieved | year | 2017 | Cụm thi đua số 5 | culture | Hà Nội"}},
		{"near miss: a winner in the headline and no holder named",
			"Tổng công ty Xây dựng Hà Nội giành giải nhất toàn đoàn",
			"Tổng công ty Xây dựng Hà Nội giành giải nhất toàn đoàn\nTham gia liên hoan có 18 tiết mục của công đoàn 4 tổng công ty trong năm 2017.\nGiải nhất đơn ca được trao cho tiết mục của Công đoàn TCT Xây dựng Hà Nội; giải nhất toàn đoàn cũng thuộc về Công đoàn TCT Xây dựng Hà Nội.",
			[]string{"18 | count | exact | total | achieved | year | 2017 | Công đoàn Tổng công ty Xây dựng Hà Nội | culture | Hà Nội",
				"4 | organization | exact | total | achieved | year | 2017 | Công đoàn Tổng công ty Xây dựng Hà Nội | culture | Hà Nội"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, err := json.Marshal(map[string]string{"id": "a", "url": "https://laodongthudo.vn/a-1.html", "title": tt.title, "body": tt.body})
			if err != nil {
				t.Fatal(err)
			}
			as, warns := corpus.ParseJSONL("t.jsonl", line)
			if len(as) != 1 {
				t.Fatalf("ParseJSONL: %d articles, warnings %v", len(as), warns)
			}
			recs, notes := Article(&as[0])
			checkLines(t, recs, notes, tt.want)
		})
	}
}

package report

import (
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"integer with thousands", 1715, "1.715"},
		{"two decimals", 137.24, "137,24"},
		{"negative one decimal", -3.5, "-3,5"},
		{"zero", 0, "0"},
		{"negative zero", -0.001, "0"},
		{"millions", 1234567, "1.234.567"},
		{"rounded to two decimals", 1234567.891, "1.234.567,89"},
		{"trailing zeros dropped", 2.50, "2,5"},
		{"small fraction", 0.25, "0,25"},
		{"below a thousand", 999, "999"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatNumber(tc.in); got != tc.want {
				t.Errorf("FormatNumber(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFormatPercent(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"completion", 103.22, "103,22%"},
		{"whole", 100, "100%"},
		{"small", 0.5, "0,5%"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatPercent(tc.in); got != tc.want {
				t.Errorf("FormatPercent(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		name string
		v    float64
		unit string
		want string
	}{
		{"billions of dong", 59.85e9, "vnd", "59,85 tỷ đồng"},
		{"thousands of billions", 1500e9, "vnd", "1.500 tỷ đồng"},
		{"millions of dong", 850e6, "vnd", "850 triệu đồng"},
		{"million and a half", 1.5e6, "vnd", "1,5 triệu đồng"},
		{"thousands of dong", 500000, "vnd", "500.000 đồng"},
		{"members", 1715, "member", "1.715 đoàn viên"},
		{"gifts", 242, "gift", "242 suất"},
		{"percent", 137.24, "percent", "137,24%"},
		{"unknown unit", 12, "widget", "12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatValue(tc.v, tc.unit); got != tc.want {
				t.Errorf("FormatValue(%v, %q) = %q, want %q", tc.v, tc.unit, got, tc.want)
			}
		})
	}
}

func TestSignedPercent(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"rise", 22.45, "tăng 22,45%"},
		{"fall", -3.5, "giảm 3,5%"},
		{"unchanged", 0.001, "không đổi"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := signedPercent(tc.in); got != tc.want {
				t.Errorf("signedPercent(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func BenchmarkFormatNumber(b *testing.B) {
	values := []float64{1715, 137.24, -3.5, 1234567.891, 59.85, 0.25}
	for b.Loop() {
		for _, v := range values {
			FormatNumber(v)
		}
	}
}

func TestCitation(t *testing.T) {
	tests := []struct {
		name  string
		paper string
		a     aggregate.Article
		want  string
	}{
		{"everything", "", aggregate.Article{Article: corpus.Article{Title: "Ba Đình tổng kết", Published: "2022-12-31", URL: "https://laodongthudo.vn/ba-dinh-1.html"}},
			"Báo Lao Động Thủ Đô, 31/12/2022, «Ba Đình tổng kết», https://laodongthudo.vn/ba-dinh-1.html"},
		{"no date, no link", "Người Lao Động", aggregate.Article{Article: corpus.Article{Title: "Tin"}}, "Báo Người Lao Động, «Tin»"},
		{"nothing but the paper", "", aggregate.Article{}, "Báo Lao Động Thủ Đô"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CitationLine(tt.paper, &tt.a); got != tt.want {
				t.Errorf("CitationLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-12-31", "31/12/2025"},
		{"2025-01-02", "02/01/2025"},
		{"", ""},
		{"không rõ", "không rõ"},
	}
	for _, tt := range tests {
		if got := FormatDate(tt.in); got != tt.want {
			t.Errorf("FormatDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWarningText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"invalid byte", "invalid UTF-8 at byte 758, replaced with U+FFFD", "Tệp có ký tự lỗi mã hóa (không phải UTF-8) tại byte 758; đã thay bằng ký tự thay thế, phần còn lại vẫn được đọc."},
		{"bad line", "line 2 (byte 40): invalid JSON", "Dòng 2 (byte 40) không phải JSON hợp lệ: bỏ qua dòng này."},
		{"read error", "read: permission denied", "Không đọc được tệp."},
		{"stale correction", "row 3 (change 2024.jsonl#tet#98) is stale and was not applied: its phrase is no longer in the article",
			"Dòng 3 của tệp hiệu đính (số liệu 2024.jsonl#tet#98) không còn khớp với bài: không áp dụng (xem trang Kiểm tra)."},
		{"already Vietnamese", "bài a đăng lại nguyên văn bài b", "bài a đăng lại nguyên văn bài b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := warningText(tt.in); got != tt.want {
				t.Errorf("warningText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestCorpusName: the corpora of accuracy.tsv are named in Vietnamese, and
// only the held-out one counts as an out-of-sample measure.
func TestCorpusName(t *testing.T) {
	tests := []struct {
		corpus, want string
		inSample     bool
	}{
		{"seeds", "Năm bài báo gốc do người đọc ghi nhãn", true},
		{"sample", "Bộ bài mẫu của dự án", true},
		{"generated", "Bộ bài sinh tự động", true},
		{"heldout", "Bộ bài kiểm tra độc lập (chưa dùng để chỉnh quy tắc)", false},
		{"unknown", "unknown", false},
	}
	for _, tt := range tests {
		t.Run(tt.corpus, func(t *testing.T) {
			if got := corpusName(tt.corpus); got != tt.want {
				t.Errorf("corpusName(%q) = %q, want %q", tt.corpus, got, tt.want)
			}
			if got := inSample[tt.corpus]; got != tt.inSample {
				t.Errorf("inSample[%q] = %v, want %v", tt.corpus, got, tt.inSample)
			}
		})
	}
}

package aggregate

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lddt/unionstats/extract"
)

// FuzzSpanOf checks that any sentence gives a span of months within the
// year, its start before its end, and that locating a number in any
// article text never fails.
func FuzzSpanOf(f *testing.F) {
	f.Add("6 tháng đầu năm, quận kết nạp 812 đoàn viên.", "6 tháng đầu năm, quận kết nạp 812 đoàn viên.", 30)
	f.Add("Đến hết tháng 11/2024, huyện kết nạp 932 đoàn viên.", "x", 0)
	f.Add("từ tháng 13 đến nay, 5 tháng đầu năm 99", "", -4)
	f.Add("đại diện cho hơn 36.000 đoàn viên", "đại diện cho hơn 36.000 đoàn viên", 200)
	f.Fuzz(func(t *testing.T, evidence, text string, pos int) {
		r := extract.Record{Evidence: evidence, Pos: pos, Text: "812 đoàn viên"}
		before, after := context(&r, text)
		s := spanOf(before, after)
		if s.From < 0 || s.From > 12 || s.To < 0 || s.To > 12 || (s.To != 0 && s.From > s.To) || (s.To != 0 && s.From == 0) {
			t.Errorf("spanOf(%q, %q) = %+v: not a span of months", before, after, s)
		}
		_ = isStock(before)
		_ = s.Label()
	})
}

// TestSentenceCacheMatchesContext checks that lower-casing a sentence and
// finding its cues once for its records reads what lower-casing each half
// and searching it does, at every place a number may start, plain
// sentences and others alike.
func TestSentenceCacheMatchesContext(t *testing.T) {
	tests := []struct {
		name, evidence string
		plain          bool
	}{
		{"Vietnamese", "Đến hết Tháng 11, LĐLĐ Quận Ba Đình kết nạp 1.215 đoàn viên – vượt “chỉ tiêu”…", true},
		{"cues before and after", "Tính chung cả năm, 6 tháng đầu năm 12 người, từ tháng 7 đến nay 30; trong Tháng Công nhân 5 tháng đầu năm.", true},
		{"a cue twice, the stock cue", "Từ tháng 3 hiện có 12, từ tháng 13 đến hết tháng 4 là 40 và đến hết tháng 9. Tổng cộng 52", true},
		{"ASCII", "Nam 2024: 35 CDCS MOI", true},
		{"empty", "", true},
		{"decomposed marks", "Ha\u0300 No\u0302\u0323i ke\u0302\u0301t na\u0323p 12 đoàn viên", false},
		{"dotted capital I lower-cases shorter", "İstanbul 12 người", false},
		{"Kelvin sign is no NFC", "nhiệt độ 300 \u212a", false},
		{"invalid UTF-8", "kết nạp \xff12 đoàn viên", false},
		{"beyond Latin", "Công đoàn 50 người 한국", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lc sentenceCache
			if lower, plain := lc.lowerPlain(tt.evidence); plain != tt.plain {
				t.Errorf("lowerPlain plain = %v, want %v", plain, tt.plain)
			} else if want := strings.ToLower(tt.evidence); plain && lower != want {
				t.Errorf("lowerPlain = %q, want %q", lower, want)
			}
			text := "Mở đầu. " + tt.evidence + " Hết."
			var c sentenceCache
			for pos := 0; pos <= len(text); pos++ {
				r := extract.Record{Evidence: tt.evidence, Pos: pos, Text: "12"}
				if got, want := c.read(&r, text), readSentence(&r, text); got != want {
					t.Fatalf("pos %d: cached reading = %+v, want %+v", pos, got, want)
				}
			}
		})
	}
}

func TestPlainRunes(t *testing.T) {
	for r := range rune(utf8.RuneSelf) {
		if !plainRunes[r] {
			t.Errorf("ASCII %q is not plain", r)
		}
	}
	for _, r := range "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐƯƠ–—“”‘’…" {
		if !plainRunes[r] {
			t.Errorf("%q (U+%04X) is not plain", r, r)
		}
	}
	for _, r := range []rune{0x0300, 0x0301, 0x0323, 0x0130, 0x0340, 0x2000} {
		if plainRunes[r] {
			t.Errorf("U+%04X is plain: it combines, is no NFC or lower-cases to another length", r)
		}
	}
}

// FuzzSentenceCache checks that the cached reading is readSentence's, for
// any sentence, article text and position, and across consecutive records.
func FuzzSentenceCache(f *testing.F) {
	f.Add("6 tháng đầu năm, quận kết nạp 812 đoàn viên.", "6 tháng đầu năm, quận kết nạp 812 đoàn viên.", 30, 12)
	f.Add("Ha\u0300 No\u0302\u0323i 812 đoàn viên", "x Ha\u0300 No\u0302\u0323i 812 đoàn viên", 9, 1)
	f.Add("İ 812 đoàn viên", "İ 812 đoàn viên", 3, 0)
	f.Add("Cả năm, từ tháng 7 đến nay 812; tính chung 3 tháng đầu năm 40.", "Cả năm, từ tháng 7 đến nay 812; tính chung 3 tháng đầu năm 40.", 27, 55)
	f.Fuzz(func(t *testing.T, evidence, text string, pos, pos2 int) {
		var c sentenceCache
		for _, p := range []int{pos, pos2} {
			r := extract.Record{Evidence: evidence, Pos: p, Text: "812 đoàn viên"}
			if got, want := c.read(&r, text), readSentence(&r, text); got != want {
				t.Errorf("pos %d: cached reading = %+v, want %+v", p, got, want)
			}
		}
	})
}

// TestLocate checks that locate finds a record's number in its sentence as
// the last occurrence of the sentence in the article's text up to the
// number does, when that occurrence contains the number, at every position:
// sentences that occur twice, overlap themselves or are empty.
func TestLocate(t *testing.T) {
	tests := []struct{ name, text, evidence string }{
		{"once", "Mở đầu. Quận kết nạp 12 đoàn viên. Hết.", "Quận kết nạp 12 đoàn viên."},
		{"twice", "Kết nạp 12. Kết nạp 12. Kết nạp 12.", "Kết nạp 12."},
		{"overlapping itself", "abababab 12 ababab", "abab"},
		{"empty", "Kết nạp 12.", ""},
		{"not in the text", "Kết nạp 12.", "Kết nạp 13."},
		{"longer than the text", "12", "Kết nạp 12 đoàn viên."},
	}
	// want is locate's rule as first written: a search back from the end
	// of the sentence that would contain the number.
	want := func(r *extract.Record, text string) int {
		if r.Pos > len(text) {
			return -1
		}
		end := min(len(text), r.Pos+len(r.Evidence))
		if s := strings.LastIndex(text[:end], r.Evidence); s >= 0 && s <= r.Pos && r.Pos < s+len(r.Evidence) {
			return r.Pos - s
		}
		return -1
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for pos := 0; pos <= len(tt.text)+1; pos++ {
				r := extract.Record{Evidence: tt.evidence, Pos: pos}
				if _, at := locate(&r, tt.text); at != want(&r, tt.text) {
					t.Fatalf("pos %d: at %d, want %d", pos, at, want(&r, tt.text))
				}
			}
		})
	}
}

package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/lddt/unionstats/corpus"
)

func TestEnglish(t *testing.T) {
	for _, tc := range []struct {
		title, lead string
		want        bool
	}{
		{"Ninh Binh Provincial Labor Federation reviews its work in 2023", "In 2023, trade unions at all levels in the province fulfilled 14/15 targets.", true},
		{"Over 3,500 jobs offered at Dong Da job fair", "Hanoi – The district's employment centre on March 14 opened a job fair with 45 companies.", true},
		{"LĐLĐ tỉnh Ninh Bình tổng kết công tác năm 2023", "Năm 2023, các cấp công đoàn tỉnh hoàn thành 14/15 chỉ tiêu.", false},
		{"Chương trình “Union Meals” đến với 500 đoàn viên", "Công đoàn ngành Y tế tổ chức chương trình “Union Meals” cho 500 đoàn viên.", false},
		{"Tet Sum Vay 2024", "Cong doan Viet Nam trao 500 suat qua cho doan vien.", false},
	} {
		text := tc.title + "\n" + tc.lead
		a := &corpus.Article{Title: tc.title, Text: text, Paras: []corpus.Paragraph{
			{Start: 0, End: len(tc.title), Kind: corpus.KindTitle},
			{Start: len(tc.title) + 1, End: len(text), Kind: corpus.KindLead},
		}}
		if got := english(a); got != tc.want {
			t.Errorf("english(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

func TestEnValue(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want float64
		ok   bool
	}{
		{"8,400", 8400, true},
		{"1.5", 1.5, true},
		{"120.44", 120.44, true},
		{"895,750,000", 895750000, true},
		{"1,250.5", 1250.5, true},
		{"1.250.000", 1250000, true},
		{"12", 12, true},
		{"1,5", 1.5, true},
		{"2,75", 2.75, true},
		{"300.000", 300000, true},
		{"1.2345", 1.2345, true},
		{"1,2345", 0, false},
	} {
		got, ok := enValue(tc.raw)
		if got != tc.want || ok != tc.ok {
			t.Errorf("enValue(%q) = %v, %v; want %v, %v", tc.raw, got, ok, tc.want, tc.ok)
		}
	}
}

// TestMostlyASCII compares mostlyASCII, which reads ASCII by byte, letters
// by table and stops once the rest cannot change its answer, with the
// plain count over every rune.
func TestMostlyASCII(t *testing.T) {
	want := func(s string) bool {
		letters, foreign := 0, 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
				if r >= utf8.RuneSelf {
					foreign++
				}
			}
		}
		return letters > 0 && foreign*20 <= letters
	}
	texts := []string{"", "Hanoi - The city", "Hà Nội", "Công đoàn", "a\xffb", "ǅ Ω ß ÿ", strings.Repeat("word ", 19) + "ờ", strings.Repeat("word ", 19) + "ờờ"}
	for i := range 0x2100 {
		texts = append(texts, strings.Repeat("ab", i%23)+string(rune(i)))
	}
	for _, s := range texts {
		if got := mostlyASCII(s); got != want(s) {
			t.Errorf("mostlyASCII(%q) = %v, want %v", s, got, want(s))
		}
	}
}

package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/lddt/unionstats/corpus"
)

// lowerRef is lower written plainly, rune by rune: the fast one must agree.
func lowerRef(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || int(r) >= len(lowerTable) {
			b.WriteString(s[i : i+n])
		} else {
			b.WriteRune(lowerTable[r])
		}
		i += n
	}
	return b.String()
}

func TestLower(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ascii", "LĐLĐ Quận BA ĐÌNH 2022", "lđlđ quận ba đình 2022"},
		{"vietnamese capitals", "ĐOÀN VIÊN ƯU TÚ, ẤM ÁP, HÒA BÌNH, HOÀ", "đoàn viên ưu tú, ấm áp, hòa bình, hoà"},
		{"length kept", "\u0130 \u212a \u1e9e", "\u0130 \u212a \u1e9e"}, // İ, the Kelvin sign and ẞ lower-case to fewer bytes
		{"invalid bytes kept", "A\xffB\xe1\x80C\xc3", "a\xffb\xe1\x80c\xc3"},
		{"other scripts", "ΑΒΓ Привет", "αβγ привет"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lower(tt.in)
			if got != tt.want {
				t.Errorf("lower(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if len(got) != len(tt.in) {
				t.Errorf("lower(%q) changed the length: %d bytes, want %d", tt.in, len(got), len(tt.in))
			}
		})
	}
}

func FuzzLower(f *testing.F) {
	for _, s := range []string{"Công đoàn Việt Nam", "ĐẠI HỘI ỨNG HỘ", "A\xffB\xe1\x80C\xc3", "Ǆ ǅ ǆ ῼ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lower(s), lowerRef(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkLower(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(seedsDir(b), "*.txt"))
	var text []byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, raw...)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		lower(s)
	}
}

// tokenizeRef is tokenize written plainly, rune by rune: the fast one must
// agree.
func tokenizeRef(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < utf8.RuneSelf && isDigit(byte(r)):
			j := i
			for j < len(s) && (isDigit(s[j]) || (strings.IndexByte(".,/", s[j]) >= 0 && j+1 < len(s) && isDigit(s[j+1]))) {
				j++
			}
			toks = append(toks, token{int32(i), int32(j), tokNumber})
			i = j
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) || (r2 < utf8.RuneSelf && isDigit(byte(r2))) {
					break
				}
				j += n2
			}
			toks = append(toks, token{int32(i), int32(j), tokWord})
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			toks = append(toks, token{int32(i), int32(i + n), tokPunct})
			i += n
		}
	}
	return toks
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"words and numbers", "kết nạp 1.715/1250 đoàn viên", []string{"kết", "nạp", "1.715/1250", "đoàn", "viên"}},
		{"punctuation", "(đạt 137,24%), “mái ấm”…", []string{"(", "đạt", "137,24", "%", ")", ",", "“", "mái", "ấm", "”", "…"}},
		{"digits end a word", "covid19 và f0", []string{"covid", "19", "và", "f", "0"}},
		{"a number's trailing mark", "năm 2022. tháng 3,", []string{"năm", "2022", ".", "tháng", "3", ","}},
		{"invalid bytes", "a\xffb \xe1\x80", []string{"a", "\xff", "b", "\xe1", "\x80"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range tokenize(tt.in) {
				got = append(got, tt.in[tk.start:tk.end])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"kết nạp 1.715/1250 đoàn viên (đạt 137,24%)", "Covid-19\u00a0và\u2003F0", "a\xffb \xe1\x80"} {
		f.Add(s)
	}
	f.Add("Đại hội Công đoàn Ngành Y tế (Ẩm) ĐOÀN Viên A1")
	f.Fuzz(func(t *testing.T, s string) {
		want := tokenizeRef(s)
		if got := tokenize(s); !slices.Equal(got, want) {
			t.Errorf("tokenize(%q) = %v, want %v", s, got, want)
		}
		for i := range len(s) {
			r, n := decodeRune(s, i)
			if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
				t.Errorf("decodeRune(%q, %d) = %U, %d, want %U, %d", s, i, r, n, wr, wn)
			}
		}
		low := lower(s)
		fused := []byte(s)
		if toks := lowerTokens(fused, nil, s); string(fused) != low || !slices.Equal(toks, tokenize(low)) {
			t.Errorf("lowerTokens(%q) = %q, %v, want %q, %v", s, fused, toks, low, tokenize(low))
		}
		ls := &sentence{text: s, low: low, toks: tokenize(low)}
		for i := -1; i <= len(ls.toks); i++ {
			if got, want := capitalWords(ls, i, 3), capitalWordsRef(ls, i, 3); got != want {
				t.Errorf("%q: capitalWords(%d) = %d, want %d", s, i, got, want)
			}
			if i >= 0 && i < len(ls.toks) && noCapital(ls, ls.toks[i]) && capitalWordsRef(ls, i, 1) > 0 {
				t.Errorf("%q: noCapital(%d) turns a capital away", s, i)
			}
		}
		// the block tokenizer of Article (readParagraph, sentenceTokens), and
		// the words it keeps for word
		a := &corpus.Article{Text: s, Paras: []corpus.Paragraph{{Start: 0, End: len(s), Kind: corpus.KindBody}}}
		x := &articleContext{a: a, lows: make([]string, 1), paraToks: make([][]token, 1), paraWords: make([][]string, 1), mem: new(sentenceMemory)}
		x.readParagraph(0)
		toks, words := x.sentenceTokens(x.paraLow, 0)
		if !slices.Equal(toks, want) {
			t.Errorf("sentenceTokens(%q) = %v, want %v", s, toks, want)
		}
		plain := &sentence{low: low, toks: want}
		fast := &sentence{low: low, toks: toks, words: words}
		for i := -1; i <= len(want); i++ {
			if got, want := fast.word(i), plain.word(i); got != want {
				t.Errorf("%q: word(%d) = %q, want %q", s, i, got, want)
			}
		}
	})
}

// TestIsUpper compares isUpper with unicode.IsUpper on every rune.
func TestIsUpper(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isUpper(r), unicode.IsUpper(r); got != want {
			t.Fatalf("isUpper(%U) = %v, want %v", r, got, want)
		}
	}
}

// splitSentencesRef is splitSentences written plainly, byte by byte: the
// fast one must agree.
func splitSentencesRef(text string, start, end int) [][2]int {
	var out [][2]int
	from := start
	for i := start; i < end; i++ {
		c := text[i]
		stop := c == '.' || c == '!' || c == '?'
		n := 1
		if !stop && strings.HasPrefix(text[i:end], "…") {
			stop, n = true, len("…")
		}
		if !stop {
			continue
		}
		j := i + n
		for j < end && (text[j] == '.' || text[j] == '"' || strings.HasPrefix(text[j:end], "”")) {
			if text[j] == '.' || text[j] == '"' {
				j++
			} else {
				j += len("”")
			}
		}
		if c == '.' && j == i+1 && gluedStop(text, from, i, end) {
			out = append(out, [2]int{from, j})
			from = j
			continue
		}
		if j >= end || text[j] != ' ' {
			continue
		}
		k := j
		for k < end && text[k] == ' ' {
			k++
		}
		if k >= end {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[k:end])
		if (unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“(«-–", r)) && !(c == '.' && abbreviationBefore(text[from:i])) {
			out = append(out, [2]int{from, j})
			from = k
			i = k - 1
		}
	}
	if from < end {
		out = append(out, [2]int{from, end})
	}
	return out
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"Năm 2024, LĐLĐ TP. Hà Nội trao 500 suất quà… Đoàn viên vui mừng! Ai cũng đến? “Có.” (Theo báo) 20 người.",
		"Hội nghị.. kết thúc.\" Sau đó – 15 đơn vị… tham gia. a! b? c…",
		"x.\xe2\x80 Y…\xe2 Z",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		if start < 0 || end > len(s) || start > end {
			start, end = 0, len(s)
		}
		spans := splitSentences(s, start, end)
		if want := splitSentencesRef(s, start, end); !slices.Equal(spans, want) {
			t.Errorf("splitSentences(%q, %d, %d) = %v, want %v", s, start, end, spans, want)
		}
		// the tokens of the paragraph s, lower-cased with them or by an
		// earlier pass (lowPara, paragraph: those are copied), give each
		// sentence the tokens and words of its own
		a := &corpus.Article{Text: s, Paras: []corpus.Paragraph{{Start: 0, End: len(s), Kind: corpus.KindBody}}}
		for _, earlier := range []string{"", "lowPara", "paragraph"} {
			x := &articleContext{a: a, lows: make([]string, 1), paraToks: make([][]token, 1), paraWords: make([][]string, 1), mem: new(sentenceMemory)}
			var para *sentence
			switch earlier {
			case "lowPara":
				x.lowPara(0)
			case "paragraph":
				para = x.paragraph(0)
			}
			x.readParagraph(0)
			if x.paraLow != lower(s) {
				t.Fatalf("readParagraph(%q) after %q: lower case %q, want %q", s, earlier, x.paraLow, lower(s))
			}
			for _, se := range splitSentences(s, 0, len(s)) {
				low := x.paraLow[se[0]:se[1]]
				toks, words := x.sentenceTokens(low, se[0])
				if want := tokenize(lower(s[se[0]:se[1]])); !slices.Equal(toks, want) {
					t.Errorf("%q after %q: tokens of sentence %v = %v, want %v", s, earlier, se, toks, want)
				}
				for i, tk := range toks {
					if words[i] != low[tk.start:tk.end] {
						t.Errorf("%q after %q: word %d of sentence %v = %q, want %q", s, earlier, i, se, words[i], low[tk.start:tk.end])
					}
				}
			}
			if para != nil && !slices.Equal(para.toks, tokenize(lower(s))) {
				t.Errorf("%q: reading its sentences moved the paragraph's own tokens", s)
			}
			if para != nil {
				for i, tk := range para.toks {
					if para.words[i] != para.low[tk.start:tk.end] {
						t.Errorf("%q: word %d of the paragraph = %q, want %q", s, i, para.words[i], para.low[tk.start:tk.end])
					}
				}
			}
		}
	})
}

// capitalWordsRef is capitalWords written plainly, rune by rune.
func capitalWordsRef(s *sentence, i, max int) int {
	n := 0
	for n < max && i+n >= 0 && i+n < len(s.toks) && s.toks[i+n].kind == tokWord {
		r, _ := utf8.DecodeRuneInString(s.text[s.toks[i+n].start:])
		if !unicode.IsUpper(r) {
			break
		}
		n++
	}
	return n
}

// TestGluedStop: a full stop with no space after it ends a sentence only
// between a word of the language and a capitalised word (PHENOMENA AX1).
func TestGluedStop(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Công đoàn xã A nhận quà.Tại buổi lễ, đoàn trao 20 suất.", 2},
		{"Đoàn về xã Ea Kiết.Tham dự có ông B.", 2},
		{"Đoàn viên ở TP.Đông Hà và Tp.Vinh nhận quà.", 1},
		{"Dự có ThS.Lê Hoa và T.Vũ cùng đi.", 1},
		{"Xem tại laodong.vn hoặc Báo Lao động.Vn.", 1},
		{"Trao 1.300.000 đồng.", 1},
	} {
		if got := splitSentences(c.text, 0, len(c.text)); len(got) != c.want {
			t.Errorf("splitSentences(%q) = %d sentences %v, want %d", c.text, len(got), got, c.want)
		}
	}
}

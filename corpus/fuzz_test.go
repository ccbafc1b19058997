package corpus

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func FuzzParseText(f *testing.F) {
	seeds := []string{
		string(benchArticle()),
		"-->\nKicker\n\nTiêu đề 1\n\n(LĐTĐ) " + readLead + "\nLiên quan 2\n\nThân 3\n\nP.T\n\nTin khác\n\n4",
		"# Tiêu đề\n\n| ![a](b.jpg) |\n|---|\n| Chú thích 12 |\n\n**Đậm** [liên kết 5](http://x) __6__",
		"\ufeffTie\u0302\u0301u\r\n\r\n1\u0301 2\xff3\r4",
		"[[[[]]]](((",
		"1658 hk img 2080 1\nhuong ve co so vi 7",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Add([]byte(norm.NFD.String(strings.ReplaceAll(string(benchArticle()), "\n", "\r\n"))))
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, _, err := ParseText("f.txt", raw)
		if err != nil {
			return
		}
		checkArticle(t, raw, &a)
	})
}

func FuzzParseJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T\u00ea 1","text":"` + readLead + `\n\nThân 2"}`))
	f.Add([]byte("{\"text\":\"a\\ud800b 3\"}\n{\"id\":5,\"body\":\"x\\n\\n\\\"y\\\" 4\"}"))
	f.Add([]byte(`{"id":"b","title":"Trao 7 suất","text":"Mục\n\nẢnh 2 |\n chú thích\n\nLê An - Trần Bình\n\n- Thứ hai - 19/08/2019 14:51\n` + readLead + `\n- Tin khác 5 (16/01/2026, 16:51)"}`))
	f.Add([]byte(`{"text":"<h1>T 1</h1><p>a &amp; 2 &#x31;<br>b</p><!-- 3 --><script>4</script><p x='>'>5 &bogus; &#99999999;</p>"}`))
	// a title glued between a section's label and the lead (labelledTitle)
	f.Add([]byte(`{"id":"g","title":"Tỉnh Bình: Hơn 2 tỷ đồng cho 30 công nhân","text":"Xã hội Tỉnh Bình: Hơn 2 tỷ đồng cho 30 công nhân TB - ` + readLead + `"}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		arts, _ := ParseJSONL("f.jsonl", raw)
		// with no escape and no entity, every digit of Text is copied from
		// the line, so it maps back to that same digit
		plain := !bytes.ContainsAny(raw, `\&`)
		for i := range arts {
			a := &arts[i]
			for p := 0; p <= len(a.Text); p++ {
				src := a.SourceOffset(p)
				if src < 0 || src > len(raw) {
					t.Fatalf("SourceOffset(%d) = %d outside %d bytes", p, src, len(raw))
				}
				if plain && p < len(a.Text) && '0' <= a.Text[p] && a.Text[p] <= '9' && (src >= len(raw) || raw[src] != a.Text[p]) {
					t.Fatalf("digit %q at Text[%d] maps to source byte %d", a.Text[p], p, src)
				}
			}
		}
	})
}

// FuzzLabelledTitle: a title found on the body's first line lies inside
// that line, after a label of at most maxLabelWords words and before more
// text, and reads as the title.
func FuzzLabelledTitle(f *testing.F) {
	f.Add("Xã hội Tỉnh Bình: Hơn 2 tỷ đồng cho công nhân TB - Sáng 5/10, …", "Tỉnh Bình: Hơn 2 tỷ đồng cho công nhân")
	f.Add("  Tin  Tỉnh Bình: 2 tỷ.  TB\nsau", "Tỉnh Bình: 2 tỷ")
	f.Add("Xã hội Tỉnh Bình\r\nTỉnh Bình lead", "Tỉnh Bình")
	f.Fuzz(func(t *testing.T, text, title string) {
		from, to := labelledTitle(text, title)
		if from < 0 {
			if to >= 0 {
				t.Fatalf("labelledTitle = %d, %d", from, to)
			}
			return
		}
		if from <= 0 || to <= from || to >= len(text) {
			t.Fatalf("labelledTitle = %d, %d in %d bytes", from, to, len(text))
		}
		if text[from-1] != ' ' || text[to] != ' ' {
			t.Fatalf("title [%d,%d) of %q not between spaces", from, to, text)
		}
		off := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
		if strings.ContainsAny(text[off:to], "\r\n") {
			t.Fatalf("title [%d,%d) of %q not on the first line", from, to, text)
		}
		if n := len(strings.Fields(text[off:from])); n < 1 || n > maxLabelWords {
			t.Fatalf("label %q of %d words", text[off:from], n)
		}
		if strings.TrimSpace(strings.SplitN(text[to:], "\n", 2)[0]) == "" {
			t.Fatalf("no lead after the title in %q", text)
		}
		if got, want := strings.Join(strings.Fields(Fold(trimEnds(text[from:to]))), " "), strings.Join(strings.Fields(Fold(trimEnds(title))), " "); got != want {
			t.Fatalf("title %q read as %q, want %q", text[from:to], got, want)
		}
	})
}

// scanLineRef is scanLine written plainly, rune by rune: the fast one must
// agree.
func scanLineRef(s string) lineScan {
	set := nfcSafe()
	sc := lineScan{nfc: len(s), markdown: strings.ContainsAny(s, mdBytes)}
	for i, r := range s {
		if r >= safeLimit || set[r/64]&(1<<(r%64)) == 0 {
			_, prev := utf8.DecodeLastRuneInString(s[:i])
			sc.nfc = i - prev
			sc.invalid = !utf8.ValidString(s[i:])
			return sc
		}
	}
	return sc
}

func FuzzScanLine(f *testing.F) {
	for _, s := range []string{"ế", "\xe1\xbb", "\xc2", "“", "\xed\xa0\x80", "a", "Hoa\u0300 [link](x) *đậm*", "Công đoàn | 2022"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scanLine(s), scanLineRef(s); got != want {
			t.Fatalf("scanLine(%q) = %+v, want %+v", s, got, want)
		}
	})
}

// FuzzMasthead: isMasthead, which folds only a line opening with "c", agrees
// with folding every short line.
func FuzzMasthead(f *testing.F) {
	for _, s := range []string{"CƠ QUAN CỦA TỔNG LIÊN ĐOÀN", "Cơ quan ngôn luận của Đảng", "Co\u031b quan cu\u0309a", "\u212a", "ÇƠ QUAN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := len(s) <= chromeMaxBytes*2 && (strings.HasPrefix(Fold(s), mastheadOf) || strings.HasPrefix(Fold(s), mastheadSpeech))
		if got := isMasthead(s); got != want {
			t.Fatalf("isMasthead(%q) = %v, want %v", s, got, want)
		}
	})
}

// linesRef is decoder.lines written plainly: every line is cleaned, then
// the lines from the first chrome marker after a paragraph on are dropped;
// a marker before any paragraph is dropped alone when a paragraph follows
// it before another marker, and ends the text otherwise.
func linesRef(d *decoder, doc piece) []line {
	var out []line
	hasCR := strings.IndexByte(doc.s, '\r') >= 0
	for start := 0; start <= len(doc.s); {
		end, next := lineEnd(doc.s, start, hasCR)
		if l, ok := d.line(doc.sub(start, end)); ok {
			out = append(out, l)
		}
		start = next
	}
	var kept []line
	menu, seenLong := -1, false
	for _, l := range out {
		switch {
		case isChrome(l.s) && seenLong:
			return kept
		case isChrome(l.s) && menu >= 0:
			return kept[:menu]
		case isChrome(l.s):
			menu = len(kept)
		default:
			if isLong(l.s) {
				seenLong, menu = true, -1
			}
			kept = append(kept, l)
		}
	}
	if menu >= 0 {
		return kept[:menu]
	}
	return kept
}

// FuzzLines: decoder.lines, which stops cleaning at the trailing chrome,
// keeps the same lines and warns of the same invalid UTF-8 as cleaning all.
func FuzzLines(f *testing.F) {
	for _, s := range []string{
		"Tiêu đề\n\nThân 1\nTin khác\nLink \xff 2\r\n\xfe\xfd x \xc3",
		"A\xff\nXem thêm\n",
		"## Có thể bạn quan tâm\n\xe1\x80",
		"Xem thêm\nAn Giang\n\nTiêu đề\n\nNgày 12-9, LĐLĐ quận 3 đã trao mái ấm cho một đoàn viên khó khăn ở phường 5 của quận.\nTin khác\nLink \xff",
		"Xem thêm\nA\nTin khác\nB \xff",
		string(benchArticle()),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d, ref decoder
		got := d.lines(piece{s: s}, nil)
		want := linesRef(&ref, piece{s: s})
		if len(got) != len(want) {
			t.Fatalf("lines(%q): %d lines, want %d", s, len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.s != w.s || g.blank != w.blank || g.image != w.image || g.at(0) != w.at(0) {
				t.Fatalf("lines(%q)[%d] = %+v, want %+v", s, i, g, w)
			}
		}
		if d.warning() != ref.warning() {
			t.Fatalf("lines(%q) warns %q, want %q", s, d.warning(), ref.warning())
		}
	})
}

func FuzzValidUTF8(f *testing.F) {
	for _, s := range []string{"Công đoàn", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\xaf", "\xf0\x9f\x98\x80", "a\xc3", "\xc0\xaf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := validUTF8(s), utf8.ValidString(s); got != want {
			t.Fatalf("validUTF8(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestValidUTF8 compares validUTF8 with utf8.ValidString on every string of
// up to three bytes, and on four-byte forms around the limits.
func TestValidUTF8(t *testing.T) {
	var b [4]byte
	for n := 1; n <= 3; n++ {
		for v := 0; v < 1<<(8*n); v++ {
			for k := range n {
				b[k] = byte(v >> (8 * k))
			}
			if s := string(b[:n]); validUTF8(s) != utf8.ValidString(s) {
				t.Fatalf("validUTF8(%q) = %v, want %v", s, validUTF8(s), utf8.ValidString(s))
			}
		}
	}
	for _, lead := range []byte{0xEF, 0xF0, 0xF3, 0xF4, 0xF5} {
		for c1 := 0x70; c1 <= 0xC0; c1++ {
			for c2 := 0x70; c2 <= 0xC0; c2 += 7 {
				for _, c3 := range []byte{0x7F, 0x80, 0xBF, 0xC0} {
					if s := string([]byte{lead, byte(c1), byte(c2), c3}); validUTF8(s) != utf8.ValidString(s) {
						t.Fatalf("validUTF8(%q) = %v, want %v", s, validUTF8(s), utf8.ValidString(s))
					}
				}
			}
		}
	}
}

func BenchmarkValidUTF8(b *testing.B) {
	s := string(benchArticle())
	b.Run("dfa", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			validUTF8(s)
		}
	})
	b.Run("utf8.ValidString", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			utf8.ValidString(s)
		}
	})
}

package corpus

import (
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
	f.Add([]byte(`{"text":"<h1>T 1</h1><p>a &amp; 2 &#x31;<br>b</p><!-- 3 --><script>4</script><p x='>'>5 &bogus; &#99999999;</p>"}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		arts, _ := ParseJSONL("f.jsonl", raw)
		for i := range arts {
			a := &arts[i]
			for p := 0; p <= len(a.Text); p++ {
				if src := a.SourceOffset(p); src < 0 || src > len(raw) {
					t.Fatalf("SourceOffset(%d) = %d outside %d bytes", p, src, len(raw))
				}
			}
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

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tonedVowels lists each vowel with its five tones: huyền, sắc, hỏi, ngã, nặng.
var tonedVowels = map[byte][]rune{
	'a': []rune("àáảãạ"),
	'e': []rune("èéẻẽẹ"),
	'y': []rune("ỳýỷỹỵ"),
	'o': []rune("òóỏõọ"),
	'u': []rune("ùúủũụ"),
}

// tone is where a toned vowel comes from.
type tone struct {
	base byte
	mark int
}

// toneOf maps a toned a, e or y to its base vowel and tone.
var toneOf = func() map[rune]tone {
	m := make(map[rune]tone)
	for _, v := range []byte("aey") {
		for i, r := range tonedVowels[v] {
			m[r] = tone{v, i}
		}
	}
	return m
}()

// Fold returns the form of s used to match cue words: NFC, lower case,
// and the tone of the diphthongs oa, oe and uy with no final consonant
// moved to the first vowel (old style "hoà", "thuỷ" becomes "hòa", "thủy").
func Fold(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	if !isNFC(s) {
		s = norm.NFC.String(s)
	}
	if hasUpper(s) {
		// Lower case can break NFC: "İ" becomes "i" and a combining dot.
		if s = strings.ToLower(s); !isNFC(s) {
			s = norm.NFC.String(s)
		}
	}
	var b strings.Builder
	last := 0
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if (c != 'o' && c != 'u') || s[i+1] < utf8.RuneSelf || (c == 'u' && i > 0 && s[i-1] == 'q') {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i+1:])
		t, ok := toneOf[r]
		if !ok || (c == 'o' && t.base == 'y') || (c == 'u' && t.base != 'y') {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[i+1+size:]); i+1+size < len(s) && (unicode.IsLetter(next) || unicode.Is(unicode.Mn, next)) {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.WriteRune(tonedVowels[c][t.mark])
		b.WriteByte(t.base)
		last = i + 1 + size
		i = last - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func hasUpper(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				return true
			}
		} else if unicode.IsUpper(r) || r == utf8.RuneError {
			return true
		}
	}
	return false
}

func isFoldedASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

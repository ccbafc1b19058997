package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
		if s = toLower(s); !isNFC(s) {
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

// lowerRunes maps each rune below U+2070 (Latin, Vietnamese, Greek and
// general punctuation) to its lower case when that has the rune's UTF-8
// length, and to -1 when it has another.
var lowerRunes = func() (t [0x2070]rune) {
	for r := range t {
		l := unicode.ToLower(rune(r))
		if utf8.RuneLen(l) != utf8.RuneLen(rune(r)) {
			l = -1
		}
		t[r] = l
	}
	return t
}()

// toLower is strings.ToLower(s), lowering in place in a copy of s: Fold
// lowers every cleaned paragraph that has a capital, and strings.ToLower
// maps Vietnamese text one rune at a time through unicode.ToLower and a
// builder. A rune whose lower case has another length, or invalid UTF-8,
// leaves s to strings.ToLower.
func toLower(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		var r rune
		var n int
		switch {
		case 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r, n = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, n = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3 // U+1000–U+1FFF: Vietnamese letters
		default:
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		var l rune
		if r < rune(len(lowerRunes)) {
			l = lowerRunes[r]
		} else if l = unicode.ToLower(r); l != r || n == 1 {
			l = -1 // outside the table, only runes that stay (and U+FFFD written out) are kept
		}
		switch {
		case l < 0:
			return strings.ToLower(s)
		case l != r:
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	if b == nil {
		return s
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
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

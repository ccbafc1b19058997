// Package viet normalizes Vietnamese place names for the gazetteer and its
// generator: Unicode NFC, the new-style tone placement, and the folded form
// names are matched by.
package viet

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The five tones, in the order of the tables below: huyền, sắc, hỏi, ngã, nặng.
var (
	tonedA = []rune("àáảãạ")
	tonedE = []rune("èéẻẽẹ")
	tonedY = []rune("ỳýỷỹỵ")
	tonedO = [2][]rune{[]rune("òóỏõọ"), []rune("ÒÓỎÕỌ")}
	tonedU = [2][]rune{[]rune("ùúủũụ"), []rune("ÙÚỦŨỤ")}
)

// secondVowel says whether r is the toned second vowel of an old-style
// pair (oà, oè, uỳ…) and gives its tone and plain vowel.
func secondVowel(r rune) (tone int, plain rune, ok bool) {
	if r < 'à' {
		return 0, 0, false
	}
	for _, t := range [...]struct {
		toned []rune
		plain rune
	}{{tonedA, 'a'}, {tonedE, 'e'}, {tonedY, 'y'}} {
		for i, c := range t.toned {
			if c == r {
				return i, t.plain, true
			}
		}
	}
	return 0, 0, false
}

// NewStyle returns s with the tone of oa, oe and uy on the first vowel where
// the pair ends a word and does not follow a q: "Hoà Bình" → "Hòa Bình",
// "thuỷ" → "thủy", but never "hoàng" or the "qu" of "quý". It is the rule of
// extract/lexicon.go's moveTone, whose new style is canonical. s must be NFC.
func NewStyle(s string) string {
	var b strings.Builder
	done := 0 // bytes of s already copied to b
	for i, r := range s {
		tone, plain, ok := secondVowel(r)
		if !ok || i == 0 {
			continue
		}
		first, n := utf8.DecodeLastRuneInString(s[:i])
		var toned rune
		switch {
		case plain == 'y' && (first == 'u' || first == 'U'):
			toned = tonedU[boolIndex(first == 'U')][tone]
		case plain != 'y' && (first == 'o' || first == 'O'):
			toned = tonedO[boolIndex(first == 'O')][tone]
		default:
			continue
		}
		end := i + utf8.RuneLen(r)
		if next, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && isWordRune(next) {
			continue
		}
		if j := i - n; j > 0 && (s[j-1] == 'q' || s[j-1] == 'Q') {
			continue
		}
		b.WriteString(s[done : i-n])
		b.WriteRune(toned)
		b.WriteRune(plain)
		done = end
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Fold is the form names are compared in: NFC, lower case, hyphens and
// dashes read as spaces, runs of white space collapsed to one space and
// trimmed, new-style tone placement.
func Fold(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	s = strings.ToLower(s)
	if strings.ContainsFunc(s, isDash) {
		s = strings.Map(func(r rune) rune {
			if isDash(r) {
				return ' '
			}
			return r
		}, s)
	}
	if needsSpacing(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	return NewStyle(s)
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '–', '—':
		return true
	}
	return false
}

// needsSpacing says whether s has white space other than single spaces
// between words.
func needsSpacing(s string) bool {
	prevSpace := true
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		case unicode.IsSpace(r):
			return true
		default:
			prevSpace = false
		}
	}
	return prevSpace && s != ""
}

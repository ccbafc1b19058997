package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lower lower-cases s rune by rune, keeping every rune's byte length, so
// that byte offsets in the result are byte offsets in s. Vietnamese letters
// all keep their length; any rune that would not is left as it is.
func lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			l = r
		}
		b = utf8.AppendRune(b, l)
	}
	return string(b)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

type tokenKind uint8

const (
	tokWord tokenKind = iota
	tokNumber
	tokPunct
)

type token struct {
	start, end int
	kind       tokenKind
}

// tokenize splits s into words, numbers (digits with the "." "," "/"
// that join digit groups) and single punctuation marks; spaces separate.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5)
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' {
			i++
			continue
		}
		if isDigit(c) {
			j := i
			for j < len(s) {
				if isDigit(s[j]) {
					j++
					continue
				}
				if (s[j] == '.' || s[j] == ',' || s[j] == '/') && j+1 < len(s) && isDigit(s[j+1]) {
					j++
					continue
				}
				break
			}
			toks = append(toks, token{i, j, tokNumber})
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) || (r2 < utf8.RuneSelf && isDigit(byte(r2))) {
					break
				}
				j += n2
			}
			toks = append(toks, token{i, j, tokWord})
			i = j
			continue
		}
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		toks = append(toks, token{i, i + n, tokPunct})
		i += n
	}
	return toks
}

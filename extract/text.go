package extract

import (
	"unicode"
	"unicode/utf8"
)

// lower lower-cases s rune by rune, keeping every rune's byte length, so
// that byte offsets in the result are byte offsets in s. Vietnamese letters
// all keep their length; any rune that would not is left as it is.
func lower(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if int(r) < len(lowerTable) {
			r = lowerTable[r]
		}
		if r == utf8.RuneError || utf8.RuneLen(r) != n {
			copy(b[i:], s[i:i+n])
		} else {
			utf8.EncodeRune(b[i:], r)
		}
		i += n
	}
	return string(b)
}

// lowerTable maps every rune below U+1F00 (Latin, Vietnamese letters
// included) to its lower case, where that keeps its UTF-8 length.
var lowerTable = func() []rune {
	t := make([]rune, 0x1F00)
	for r := range t {
		l := unicode.ToLower(rune(r))
		if utf8.RuneLen(l) != utf8.RuneLen(rune(r)) {
			l = rune(r)
		}
		t[r] = l
	}
	return t
}()

func isWordRune(r rune) bool {
	if int(r) < len(wordTable) {
		return wordTable[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordTable caches isWordRune for every rune below U+1F00.
var wordTable = func() []bool {
	t := make([]bool, 0x1F00)
	for r := range t {
		t[r] = unicode.IsLetter(rune(r)) || unicode.IsDigit(rune(r)) || unicode.Is(unicode.Mn, rune(r))
	}
	return t
}()

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

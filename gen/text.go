package gen

import (
	"unicode"
	"unicode/utf8"
)

// foldTable maps every Vietnamese letter with diacritics to its ASCII base.
var foldTable = buildFold()

func buildFold() map[rune]byte {
	groups := map[byte]string{
		'a': "àáảãạăằắẳẵặâầấẩẫậ",
		'e': "èéẻẽẹêềếểễệ",
		'i': "ìíỉĩị",
		'o': "òóỏõọôồốổỗộơờớởỡợ",
		'u': "ùúủũụưừứửữự",
		'y': "ỳýỷỹỵ",
		'd': "đ",
	}
	m := make(map[rune]byte)
	for base, letters := range groups {
		for _, c := range letters {
			m[c] = base
		}
	}
	return m
}

// appendFolded appends c lower-cased and stripped of diacritics, or nothing
// when it is not a letter or digit.
func appendFolded(dst []byte, c rune) []byte {
	c = unicode.ToLower(c)
	switch {
	case c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9'):
		return append(dst, byte(c))
	case foldTable[c] != 0:
		return append(dst, foldTable[c])
	}
	return dst
}

// appendSlug appends the ASCII slug the site puts in front of related links:
// lower case, no diacritics, words separated by single spaces.
func appendSlug(dst []byte, s string) []byte {
	started, space := false, false
	for _, c := range s {
		n := len(dst)
		if space && started {
			dst = append(dst, ' ')
		}
		m := len(dst)
		dst = appendFolded(dst, c)
		if len(dst) == m {
			dst = dst[:n]
			space = true
			continue
		}
		started, space = true, false
	}
	return dst
}

// upperFirst upper-cases the first letter of s.
func upperFirst(s string) string {
	c, n := utf8.DecodeRuneInString(s)
	u := unicode.ToUpper(c)
	if u == c {
		return s
	}
	return string(u) + s[n:]
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// lower lower-cases s rune by rune, keeping every rune's byte length, so
// that byte offsets in the result are byte offsets in s. Vietnamese letters
// all keep their length; any rune that would not is left as it is. s itself
// is returned when no rune changes.
func lower(s string) string {
	i := nextUpper(s, 0)
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s)
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		utf8.EncodeRune(b[i:], lowerTable[r]) // nextUpper stops only at a rune of lowerTable
		i = nextUpper(s, i+n)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// nextUpper returns the offset of the first rune from s[i:] that lower
// changes, or len(s). The two-byte forms and the U+1000–U+1FFF three-byte
// ones (Vietnamese letters) are looked up in bit sets without decoding.
func nextUpper(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if c-'A' < 26 {
				return i
			}
			i++
		case 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			if upper2[c&0x1F]>>(s[i+1]&0x3F)&1 != 0 {
				return i
			}
			i += 2
		case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			if upperE1[s[i+1]&0x3F]>>(s[i+2]&0x3F)&1 != 0 {
				return i
			}
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if int(r) < len(lowerTable) && r != utf8.RuneError && lowerTable[r] != r {
				return i
			}
			i += n
		}
	}
	return len(s)
}

// upper2 and upperE1 mark the runes lower changes: upper2[a]>>b&1 for the
// two-byte form 110aaaaa 10bbbbbb, upperE1[a]>>b&1 for 0xE1 10aaaaaa 10bbbbbb.
var upper2, upperE1 = func() (two [32]uint64, e1 [64]uint64) {
	for r := rune(0x80); r < 0x800; r++ {
		if lowerTable[r] != r {
			two[r>>6] |= 1 << (r & 0x3F)
		}
	}
	for r := rune(0x1000); r < rune(len(lowerTable)); r++ {
		if lowerTable[r] != r {
			e1[r>>6&0x3F] |= 1 << (r & 0x3F)
		}
	}
	return two, e1
}()

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

// isUpper is unicode.IsUpper, read from a table below U+1F00.
func isUpper(r rune) bool {
	if uint32(r) < uint32(len(upperTable)) {
		return upperTable[r]
	}
	return unicode.IsUpper(r)
}

var upperTable = func() []bool {
	t := make([]bool, 0x1F00)
	for r := range t {
		t[r] = unicode.IsUpper(rune(r))
	}
	return t
}()

// capitalAt reports a word at token i of s whose first letter is a capital.
func capitalAt(s *sentence, i int) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	t := s.toks[i]
	if c := s.text[t.start]; c < utf8.RuneSelf || t.kind != tokWord {
		return c-'A' < 26 && t.kind == tokWord
	}
	return capitalRune(s.text, int(t.start))
}

// noCapital reports a token of s that capitalAt would turn away at its
// first byte: no word, or a word opening with an ASCII byte that is no
// capital. It is inlined where appendOrgs asks of every token.
func noCapital(s *sentence, t token) bool {
	return t.kind != tokWord || s.text[t.start] < utf8.RuneSelf && s.text[t.start]-'A' >= 26
}

// capitalRune reports a capital letter at s[i], a byte of a multi-byte rune.
func capitalRune(s string, i int) bool {
	r, _ := decodeRune(s, i)
	return isUpper(r)
}

func isWordRune(r rune) bool {
	if int(r) < len(wordTable) {
		return wordTable[r]
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordTable caches isWordRune for every rune below U+1F00.
var wordTable = func() []bool {
	t := make([]bool, 0x1F00)
	for r := range t {
		t[r] = isWordRuneSlow(rune(r))
	}
	return t
}()

type tokenKind uint8

const (
	tokWord tokenKind = iota
	tokNumber
	tokPunct
)

// token is one token of a sentence: its byte span in the sentence (32 bits
// halve the memory of a sentence's tokens; an article is far shorter).
type token struct {
	start, end int32
	kind       tokenKind
}

// tokenize splits s into words, numbers (digits with the "." "," "/"
// that join digit groups) and single punctuation marks; spaces separate.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/5), s)
}

// appendTokens appends the tokens of s to toks.
func appendTokens(toks []token, s string) []token { return lowerTokens(nil, toks, s) }

// lowerTokens appends the tokens of s to toks and, when low is not nil (a
// copy of s), lower-cases low in place as lower does, in the same pass:
// lower changes only letters, into letters of the same length, so that s
// and lower(s) have the same tokens, and every letter lies in a word.
func lowerTokens(low []byte, toks []token, s string) []token {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII, most of the tokens' first bytes, decided by table
			switch asciiClass[c] {
			case asciiSpace:
				i++
			case asciiDigit:
				j := numberEnd(s, i)
				toks = append(toks, token{int32(i), int32(j), tokNumber})
				i = j
			case asciiWordStart:
				if c-'A' < 26 && low != nil {
					low[i] = c + 'a' - 'A'
				}
				j := wordTokenEnd(low, s, i+1)
				toks = append(toks, token{int32(i), int32(j), tokWord})
				i = j
			default:
				toks = append(toks, token{int32(i), int32(i + 1), tokPunct})
				i++
			}
			continue
		}
		r, n := decodeRune(s, i)
		switch {
		case isWordRune(r):
			if low != nil && int(r) < len(lowerTable) && lowerTable[r] != r {
				utf8.EncodeRune(low[i:], lowerTable[r])
			}
			j := wordTokenEnd(low, s, i+n)
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

// numberEnd returns the end of the number starting with the digit at
// s[i]: digits, and the "." "," "/" between two digits.
func numberEnd(s string, i int) int {
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
	return j
}

// wordTokenEnd returns the end of the word whose letters go on at s[j],
// lower-casing them in low when it is not nil (lowerTokens). The two-byte
// forms and the U+1000–U+1FFF three-byte ones (Vietnamese letters) are
// looked up in bit sets without decoding.
func wordTokenEnd(low []byte, s string, j int) int {
	for j < len(s) {
		c := s[j]
		switch {
		case c < utf8.RuneSelf:
			if !asciiLetter[c] {
				return j
			}
			if c-'A' < 26 && low != nil {
				low[j] = c + 'a' - 'A'
			}
			j++
		case 0xC2 <= c && c <= 0xDF && j+1 < len(s) && s[j+1]&0xC0 == 0x80:
			if word2[c&0x1F]>>(s[j+1]&0x3F)&1 == 0 {
				return j
			}
			if upper2[c&0x1F]>>(s[j+1]&0x3F)&1 != 0 && low != nil {
				utf8.EncodeRune(low[j:], lowerTable[rune(c&0x1F)<<6|rune(s[j+1]&0x3F)])
			}
			j += 2
		case c == 0xE1 && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80:
			if wordE1[s[j+1]&0x3F]>>(s[j+2]&0x3F)&1 == 0 {
				return j
			}
			if upperE1[s[j+1]&0x3F]>>(s[j+2]&0x3F)&1 != 0 && low != nil {
				utf8.EncodeRune(low[j:], lowerTable[0x1000|rune(s[j+1]&0x3F)<<6|rune(s[j+2]&0x3F)])
			}
			j += 3
		default:
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				return j
			}
			if low != nil && int(r) < len(lowerTable) && lowerTable[r] != r {
				utf8.EncodeRune(low[j:], lowerTable[r])
			}
			j += n
		}
	}
	return j
}

// word2 and wordE1 mark the runes of words (isWordRune) as upper2 and
// upperE1 mark the runes lower changes.
var word2, wordE1 = func() (two [32]uint64, e1 [64]uint64) {
	for r := rune(0x80); r < 0x800; r++ {
		if isWordRune(r) {
			two[r>>6] |= 1 << (r & 0x3F)
		}
	}
	for r := rune(0x1000); r < 0x2000; r++ {
		if isWordRune(r) {
			e1[r>>6&0x3F] |= 1 << (r & 0x3F)
		}
	}
	return two, e1
}()

// The classes of an ASCII byte at the start of a token.
const (
	asciiPunct = iota
	asciiSpace
	asciiDigit
	asciiWordStart
)

// asciiClass classes the ASCII bytes as tokenize reads them: white space
// (unicode.IsSpace), digits, letters, and punctuation for the rest.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case unicode.IsSpace(rune(c)):
			t[c] = asciiSpace
		case isDigit(byte(c)):
			t[c] = asciiDigit
		case asciiLetter[c]:
			t[c] = asciiWordStart
		}
	}
	return t
}()

// asciiLetter marks the ASCII bytes that continue a word: letters (a digit
// starts a number).
var asciiLetter = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	return t
}()

// decodeRune is utf8.DecodeRuneInString(s[i:]) with ASCII and the
// two-byte forms inlined and the U+1000–U+1FFF three-byte ones next
// (Vietnamese letters).
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return decodeRune3(s, i)
}

func decodeRune3(s string, i int) (rune, int) {
	if c := s[i]; c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// commonBytes are the bytes of lower-cased Vietnamese news text from the
// most frequent down to one in 500 (counted on the seeds and the sample
// corpus): the space, "n", the lead byte of most letters with two marks
// (0xE1), .... A byte not among them is rarer than any that is.
const commonBytes = "\x20\x6e\xe1\xbb\xc3\x68\x74\x63\x67\x69\xc4\x91\xba\x6f\x61\xa0\x75\xa1\x0a\x6c\x6d\xc6\x76\x30\x70\x2c\x32\xa3\x99\xb4\x72\xb0\xaa\x6b\x83\x79\x87\x2e\x73\xad\x62\x64\x31\xa5\x71\xbf\xa2\xa7\xa9\x9b\x8b\xb3\x9d\x78\x35\x33\x65\x95"

// byteRank[c] is c's place in commonBytes, len(commonBytes) for the others:
// the higher, the rarer.
var byteRank = func() (r [256]uint8) {
	for c := range r {
		r[c] = uint8(len(commonBytes))
	}
	for i := len(commonBytes) - 1; i >= 0; i-- {
		r[commonBytes[i]] = uint8(i)
	}
	return r
}()

// indexRare is strings.Index(s, p), led by the rarest byte of p instead of
// its first: strings.Index stops at every "c" of the text for "còn lại",
// and for "ở lại" at every letter with two marks, whose lead byte they all
// share; the second byte of "ò" comes about once in 3,000. Choosing the
// byte costs a pass over p: for a short text, or a phrase whose first byte
// is rare enough, strings.Index is as fast or faster (measured: the
// phrase sets of holds, the clause winnersPlace searches).
func indexRare(s, p string) int {
	if len(p) == 0 {
		return 0
	}
	k := 0
	for i := 1; i < len(p); i++ {
		if byteRank[p[i]] > byteRank[p[k]] {
			k = i
		}
	}
	c := p[k]
	for i := k; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return -1
		}
		i += j // p's byte k, at i: p would start at i-k
		if i-k+len(p) > len(s) {
			return -1 // and so would any later one
		}
		if s[i-k:i-k+len(p)] == p {
			return i - k
		}
	}
	return -1
}

// containsRare is strings.Contains(s, p), as indexRare searches.
func containsRare(s, p string) bool { return indexRare(s, p) >= 0 }

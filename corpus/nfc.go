package corpus

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// safeLimit bounds the runes the fast NFC check knows; the rest go to norm.
const safeLimit = 0x3000

// nfcSafe is a bit set of the runes below safeLimit that are NFC and never
// combine with what comes before them: a run of them is NFC as it stands.
var nfcSafe = sync.OnceValue(func() *[safeLimit / 64]uint64 {
	var set [safeLimit / 64]uint64
	var buf [utf8.UTFMax]byte
	for r := rune(0); r < safeLimit; r++ {
		s := string(utf8.AppendRune(buf[:0], r))
		p := norm.NFC.PropertiesString(s)
		if r != utf8.RuneError && p.BoundaryBefore() && p.CCC() == 0 && norm.NFC.IsNormalString(s) {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
})

// nfcSafeLeads says which leading bytes start only runes of nfcSafe: two[c]
// for a two-byte form starting with c, e1[b] for a three-byte form starting
// with 0xE1 b (U+1000–U+1FFF). Vietnamese letters all pass there at once.
var nfcSafeLeads = sync.OnceValue(func() *struct{ two, e1 [256]bool } {
	set := nfcSafe()
	safe := func(from rune) bool {
		for r := from; r < from+64; r++ {
			if set[r/64]&(1<<(r%64)) == 0 {
				return false
			}
		}
		return true
	}
	var t struct{ two, e1 [256]bool }
	for c := 0xC2; c <= 0xDF; c++ {
		t.two[c] = safe(rune(c&0x1F) << 6)
	}
	for b := 0x80; b <= 0xBF; b++ {
		t.e1[b] = safe(0x1000 | rune(b&0x3F)<<6)
	}
	return &t
})

// lineScan is what one pass over a line learns.
type lineScan struct {
	markdown bool // holds a byte that may start markdown
	invalid  bool // holds invalid UTF-8
	nfc      int  // s[:nfc] is NFC and ends at a segment boundary; len(s) if all of s is
}

func scanLine(s string) lineScan {
	set, leads := nfcSafe(), nfcSafeLeads()
	sc := lineScan{nfc: len(s)}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if isMarkdownByte[c] {
				sc.markdown = true
			}
			i++
			continue
		}
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if leads.two[c] {
				i += 2
				continue
			}
			if c == 0xE1 && leads.e1[s[i+1]] && i+2 < len(s) && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
		}
		// The other two-byte forms and the U+1000–U+2FFF three-byte ones
		// (letters, quotes, dashes) decoded inline: this loop reads every
		// byte of the corpus.
		var r rune
		var size int
		switch {
		case 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		case (c == 0xE1 || c == 0xE2) && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, size = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if u := uint32(r); u < safeLimit && set[u/64]&(1<<(u%64)) != 0 {
			i += size
			continue
		}
		// Normalization may reach back to the rune before this one.
		_, prev := utf8.DecodeLastRuneInString(s[:i])
		sc.nfc = i - prev
		sc.invalid = !utf8.ValidString(s[i:])
		sc.markdown = sc.markdown || hasMarkdown(s[i:])
		return sc
	}
	return sc
}

// isMarkdownByte marks the bytes of mdBytes, for scanLine's byte loop.
var isMarkdownByte = func() (t [utf8.RuneSelf]bool) {
	for _, c := range []byte(mdBytes) {
		t[c] = true
	}
	return t
}()

// isNFC reports whether s is NFC, quickly for the usual Vietnamese text.
func isNFC(s string) bool {
	if sc := scanLine(s); sc.nfc == len(s) {
		return true
	}
	return norm.NFC.IsNormalString(s)
}

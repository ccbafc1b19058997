package corpus

import "unicode/utf8"

// validUTF8 is utf8.ValidString as a shift-based DFA: a table lookup and a
// shift per byte, with no branch on the bytes, which a decoder of mixed
// one-, two- and three-byte runes mispredicts at every few bytes. Each
// step waits for the one before, so the two halves of s run side by side:
// s is cut before a byte that is no continuation byte, which no state
// short of a rune's end takes, so s is valid exactly when both halves are.
func validUTF8(s string) bool {
	m := len(s) / 2
	for m < len(s) && s[m]&0xC0 == 0x80 {
		m++
	}
	a, b := s[:m], s[m:]
	sa, sb := uint64(dfaAccept), uint64(dfaAccept)
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		sa = utf8DFA[a[i]] >> (sa & 63)
		sb = utf8DFA[b[i]] >> (sb & 63)
	}
	for _, c := range []byte(a[n:]) {
		sa = utf8DFA[c] >> (sa & 63)
	}
	for _, c := range []byte(b[n:]) {
		sb = utf8DFA[c] >> (sb & 63)
	}
	return sa&63 == dfaAccept && sb&63 == dfaAccept
}

// The DFA's states, as the bit offsets of their next states in a row of
// utf8DFA: accept, 1, 2 or 3 continuation bytes to come, the
// restricted second bytes after E0, ED, F0 and F4, and error.
const (
	dfaAccept = 6 * iota
	dfaCont1
	dfaCont2
	dfaCont3
	dfaAfterE0
	dfaAfterED
	dfaAfterF0
	dfaAfterF4
	dfaError
)

// utf8DFA[c] holds, at bit offset s for each state s, the state after
// reading byte c in state s.
var utf8DFA = func() (t [256]uint64) {
	next := func(s int, c byte) int {
		in := func(lo, hi byte) bool { return lo <= c && c <= hi }
		switch s {
		case dfaAccept:
			switch {
			case c < utf8.RuneSelf:
				return dfaAccept
			case in(0xC2, 0xDF):
				return dfaCont1
			case c == 0xE0:
				return dfaAfterE0
			case c == 0xED:
				return dfaAfterED
			case in(0xE1, 0xEF):
				return dfaCont2
			case c == 0xF0:
				return dfaAfterF0
			case in(0xF1, 0xF3):
				return dfaCont3
			case c == 0xF4:
				return dfaAfterF4
			}
		case dfaCont1, dfaCont2, dfaCont3:
			if in(0x80, 0xBF) {
				return s - 6
			}
		case dfaAfterE0:
			if in(0xA0, 0xBF) {
				return dfaCont1
			}
		case dfaAfterED:
			if in(0x80, 0x9F) {
				return dfaCont1
			}
		case dfaAfterF0:
			if in(0x90, 0xBF) {
				return dfaCont2
			}
		case dfaAfterF4:
			if in(0x80, 0x8F) {
				return dfaCont2
			}
		}
		return dfaError
	}
	for c := range t {
		for s := dfaAccept; s <= dfaError; s += 6 {
			t[c] |= uint64(next(s, byte(c))) << s
		}
	}
	return t
}()

package aggregate

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/lddt/unionstats/extract"
)

// Span is the part of its year a flow covers, in months. The zero Span is
// the whole year; To 0 with From set means "until the article's date"
// ("từ đầu năm đến nay": From 1, To 0).
type Span struct {
	From, To int
}

// Whole reports whether the span is the whole year.
func (s Span) Whole() bool { return s == Span{} }

// Label names a part-year span in Vietnamese ("6 tháng đầu năm", "từ tháng 7
// đến thời điểm đưa tin"); "" for the whole year.
func (s Span) Label() string {
	switch {
	case s.Whole():
		return ""
	case s.From == 1 && s.To == 0:
		return "từ đầu năm đến thời điểm đưa tin"
	case s.To == 0:
		return fmt.Sprintf("từ tháng %d đến thời điểm đưa tin", s.From)
	case s.From == s.To:
		return fmt.Sprintf("tháng %d", s.From)
	case s.From == 1 && s.To == 6:
		return "6 tháng đầu năm"
	case s.From == 1:
		return fmt.Sprintf("đến hết tháng %d", s.To)
	case s.To == 12:
		return fmt.Sprintf("từ tháng %d đến hết năm", s.From)
	}
	return fmt.Sprintf("tháng %d–%d", s.From, s.To)
}

// spanCue is a phrase that sets the span of the figures after it.
type spanCue struct {
	phrase string
	span   func(n int) Span // n: the number right after the phrase, 0 if none
}

// spanCues are matched in lower-cased NFC text. "cả năm" and "trong năm"
// reset to the whole year ("Cả năm 2022, … kết nạp 1.612").
var spanCues = []spanCue{
	{"tháng đầu năm", nil}, // preceded by its number: "6 tháng đầu năm"
	{"đến hết tháng ", func(n int) Span { return monthsTo(n) }},
	{"đến cuối tháng ", func(n int) Span { return monthsTo(n) }},
	{"tính đến tháng ", func(n int) Span { return monthsTo(n) }},
	{"từ đầu năm", func(int) Span { return Span{From: 1} }},
	{"từ tháng ", func(n int) Span {
		if n < 1 || n > 12 {
			return Span{}
		}
		return Span{From: n}
	}},
	{"tháng công nhân", func(int) Span { return Span{From: 5, To: 5} }},
	{"cả năm", func(int) Span { return Span{} }},
	{"trong năm", func(int) Span { return Span{} }},
}

// yearTotalCues mark a figure as the year's overall result ("Tính chung cả
// năm 2023, … kết nạp 1.187"): the other figures of its measure that year
// are parts of it ("614 đoàn viên là thợ gốm").
var yearTotalCues = []string{"cả năm", "tính chung", "tổng cộng"}

// isYearTotal reports whether the words of a figure's sentence before it
// mark it as the year's overall result.
func isYearTotal(before string) bool {
	for _, c := range yearTotalCues {
		if strings.Contains(before, c) {
			return true
		}
	}
	return false
}

func monthsTo(n int) Span {
	if n < 1 || n >= 12 {
		return Span{}
	}
	return Span{From: 1, To: n}
}

// spanOf reads the span of a flow from the words of its sentence before the
// number (the last cue wins), else from those after it up to the end of its
// clause. before and after are lower-cased NFC.
func spanOf(before, after string) Span {
	if s, ok := lastSpanCue(before); ok {
		return s
	}
	if i := strings.IndexAny(after, ";."); i >= 0 {
		after = after[:i]
	}
	s, _ := lastSpanCue(after)
	return s
}

func lastSpanCue(text string) (Span, bool) {
	best, at := Span{}, -1
	for _, c := range spanCues {
		i := strings.LastIndex(text, c.phrase)
		if i < 0 || i < at {
			continue
		}
		var s Span
		if c.span == nil {
			n, ok := numberBefore(text[:i])
			if !ok || n < 1 || n > 12 {
				continue
			}
			s = monthsTo(n)
		} else {
			n, _ := numberAfter(text[i+len(c.phrase):])
			s = c.span(n)
		}
		best, at = s, i
	}
	return best, at >= 0
}

// numberBefore reads the number that ends text, before a space: "… 6 " → 6.
func numberBefore(text string) (int, bool) {
	text = strings.TrimRight(text, " ")
	i := len(text)
	for i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		i--
	}
	n, err := strconv.Atoi(text[i:])
	return n, err == nil
}

// numberAfter reads the number that starts text: "11/2024, …" → 11.
func numberAfter(text string) (int, bool) {
	i := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(text[:i])
	return n, err == nil
}

// stockCues are words right before a figure that make it a stock at a
// date, whatever period the extractor gave it: "đại diện cho hơn 36.000 đoàn
// viên" counts the members there are, not those recruited in the year.
var stockCues = []string{"đại diện cho", "hiện có", "đang quản lý", "hiện quản lý"}

// stockCueWindow is how far before a figure (in bytes) a stock cue counts.
const stockCueWindow = 24

// isStock reports whether the words right before a figure present it as a
// stock.
func isStock(before string) bool {
	w := before[max(0, len(before)-stockCueWindow-len("hơn ")):]
	for _, c := range stockCues {
		if strings.Contains(w, c) {
			return true
		}
	}
	return false
}

// context splits a record's sentence around its number, lower-cased NFC:
// the article text locates the number when the record's article is given,
// else its surface phrase, else the whole sentence is "before".
func context(r *extract.Record, text string) (before, after string) {
	ev, at := locate(r, text)
	if at < 0 {
		return lowerNFC(ev), ""
	}
	return lowerNFC(ev[:at]), lowerNFC(ev[at:])
}

// locate gives a record's sentence and where its number starts in it, -1
// when neither the article text nor the surface phrase says.
func locate(r *extract.Record, text string) (ev string, at int) {
	ev, at = r.Evidence, -1
	if text != "" && r.Pos >= 0 && r.Pos <= len(text) {
		// The last occurrence of the sentence that starts at or before the
		// number, if it contains the number: one that starts after
		// Pos - len(ev), found forward in a window of twice the sentence
		// rather than backward through the text.
		end := min(len(text), r.Pos+len(ev))
		if s := lastIndexFrom(text[:end], ev, max(0, r.Pos-len(ev)+1)); s >= 0 && s <= r.Pos && r.Pos < s+len(ev) {
			at = r.Pos - s
		}
	}
	if at < 0 && r.Text != "" {
		if i := strings.Index(ev, r.Text); i >= 0 {
			at = i + numberStart(r.Text)
		}
	}
	return ev, at
}

// lastIndexFrom is the start of the last occurrence of sub in s that
// starts at lo or later, -1 if none.
func lastIndexFrom(s, sub string, lo int) int {
	last := -1
	for lo <= len(s) {
		i := strings.Index(s[lo:], sub)
		if i < 0 {
			break
		}
		last = lo + i
		lo = last + 1
	}
	return last
}

// reading is what a record's sentence says of an achieved yearly figure:
// whether it is a stock, the part of the year it covers, whether it is
// the year's overall result.
type reading struct {
	stock     bool
	span      Span
	yearTotal bool
}

// readSentence reads a record's sentence (see readPeriods).
func readSentence(r *extract.Record, text string) reading {
	before, after := context(r, text)
	return readContext(before, after)
}

func readContext(before, after string) reading {
	if isStock(before) {
		return reading{stock: true}
	}
	span := spanOf(before, after)
	return reading{span: span, yearTotal: span.Whole() && isYearTotal(before)}
}

// sentenceCache reads what readSentence reads, lower-casing a sentence and
// finding its cues once for all the records that share it (they come one
// after another). A sentence of plain runes (see plainRunes) is its own NFC
// and lower-cases rune by rune to runes of the same length, so that its
// halves lower-cased are the halves of it lower-cased; any other goes
// through readSentence.
type sentenceCache struct {
	ev, lower string
	plain     bool
	cues      *cueIndex // of lower, nil until a record needs it
	buf       []byte    // lowerPlain's
}

func (c *sentenceCache) read(r *extract.Record, text string) reading {
	ev, at := locate(r, text)
	if ev != c.ev {
		c.ev, c.cues = ev, nil
		c.lower, c.plain = c.lowerPlain(ev)
	}
	switch {
	case !c.plain || (at > 0 && at < len(ev) && !utf8.RuneStart(ev[at])):
		return readSentence(r, text)
	case at < 0:
		at = len(ev) // the whole sentence is before the number
	}
	if isStock(c.lower[:at]) {
		return reading{stock: true}
	}
	if c.cues == nil {
		c.cues = indexCues(c.lower)
	}
	span := c.cues.spanAt(c.lower, at)
	return reading{span: span, yearTotal: span.Whole() && c.cues.yearTotalBefore(at)}
}

// cueIndex lists where each of spanCues and yearTotalCues starts in a
// lower-cased sentence, ascending.
type cueIndex struct {
	span, yearTotal [][]int
}

func indexCues(lower string) *cueIndex {
	x := &cueIndex{span: make([][]int, len(spanCues)), yearTotal: make([][]int, len(yearTotalCues))}
	// One pass over the sentence, trying at each byte only the cues that
	// start with it.
	for i := 0; i < len(lower); i++ {
		for _, c := range cuesByFirst[lower[i]] {
			if !strings.HasPrefix(lower[i:], c.phrase) {
				continue
			}
			if c.yearTotal {
				x.yearTotal[c.index] = append(x.yearTotal[c.index], i)
			} else {
				x.span[c.index] = append(x.span[c.index], i)
			}
		}
	}
	return x
}

// cueRef is one of spanCues or yearTotalCues.
type cueRef struct {
	phrase    string
	yearTotal bool // of yearTotalCues, else of spanCues
	index     int
}

// cuesByFirst lists the cues by their first byte.
var cuesByFirst = func() (t [256][]cueRef) {
	for i, c := range spanCues {
		t[c.phrase[0]] = append(t[c.phrase[0]], cueRef{c.phrase, false, i})
	}
	for i, c := range yearTotalCues {
		t[c[0]] = append(t[c[0]], cueRef{c, true, i})
	}
	return t
}()

// lastWithin is the last of the ascending positions at in [from, to], -1
// if none.
func lastWithin(at []int, from, to int) int {
	for i := len(at) - 1; i >= 0; i-- {
		if at[i] <= to {
			if at[i] >= from {
				return at[i]
			}
			return -1
		}
	}
	return -1
}

// spanAt is spanOf(lower[:at], lower[at:]).
func (x *cueIndex) spanAt(lower string, at int) Span {
	if s, ok := x.lastSpanCue(lower, 0, at); ok {
		return s
	}
	end := len(lower)
	if i := strings.IndexAny(lower[at:], ";."); i >= 0 {
		end = at + i
	}
	s, _ := x.lastSpanCue(lower, at, end)
	return s
}

// lastSpanCue is lastSpanCue(lower[from:to]).
func (x *cueIndex) lastSpanCue(lower string, from, to int) (Span, bool) {
	best, at := Span{}, -1
	for c, cue := range spanCues {
		i := lastWithin(x.span[c], from, to-len(cue.phrase))
		if i < 0 || i < at {
			continue
		}
		var s Span
		if cue.span == nil {
			n, ok := numberBefore(lower[from:i])
			if !ok || n < 1 || n > 12 {
				continue
			}
			s = monthsTo(n)
		} else {
			n, _ := numberAfter(lower[i+len(cue.phrase) : to])
			s = cue.span(n)
		}
		best, at = s, i
	}
	return best, at >= 0
}

// yearTotalBefore is isYearTotal(lower[:at]).
func (x *cueIndex) yearTotalBefore(at int) bool {
	for i, c := range yearTotalCues {
		if lastWithin(x.yearTotal[i], 0, at-len(c)) >= 0 {
			return true
		}
	}
	return false
}

// plainRunes marks the runes below plainLimit that are plain: a starter
// (canonical combining class 0) that composes with no rune before it, is
// its own NFC, and lower-cases to a rune of the same UTF-8 length. A
// string of plain runes is NFC, and so is any part of it.
var plainRunes = func() (t [plainLimit]bool) {
	for r := range rune(plainLimit) {
		if r >= utf8.RuneSelf && (r < 0xA0 || !utf8.ValidRune(r)) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		t[r] = p.CCC() == 0 && p.BoundaryBefore() &&
			norm.NFC.String(s) == s && utf8.RuneLen(unicode.ToLower(r)) == len(s)
	}
	return t
}()

// lowerRunes is unicode.ToLower of each rune below plainLimit.
var lowerRunes = func() (t [plainLimit]uint16) {
	for r := range rune(plainLimit) {
		t[r] = uint16(unicode.ToLower(r))
	}
	return t
}()

// plainLimit bounds the plain runes: Latin with its diacritics (Vietnamese
// takes its letters from Latin Extended Additional, up to U+1EFF) and the
// general punctuation (dashes, quotes, ellipsis).
const plainLimit = 0x2070

// lowerPlain gives strings.ToLower(s) and true when s is of plain runes,
// else "" and false. It lower-cases rune by rune from a table, in place
// (a plain rune's lower case has its length), into c.buf.
func (c *sentenceCache) lowerPlain(s string) (string, bool) {
	b := append(c.buf[:0], s...)
	c.buf = b
	for i := 0; i < len(b); {
		if x := b[i]; x < utf8.RuneSelf {
			if 'A' <= x && x <= 'Z' {
				b[i] = x + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r >= plainLimit || !plainRunes[r] {
			return "", false // also invalid UTF-8: RuneError is above the limit
		}
		if l := rune(lowerRunes[r]); l != r {
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	return string(b), true
}

// numberStart is the offset of the first digit in a surface phrase.
func numberStart(phrase string) int {
	if i := strings.IndexAny(phrase, "0123456789"); i >= 0 {
		return i
	}
	return 0
}

func lowerNFC(s string) string { return strings.ToLower(norm.NFC.String(s)) }

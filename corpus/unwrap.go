package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text: some provincial sites break every line of a paragraph
// at a fixed width, mid-sentence ("… theo kế hoạch của Liên đoàn Lao động"
// then "tỉnh, đoàn đã …"). Such a block is one paragraph: a line that
// does not end a sentence or a clause goes on in the next one when the
// next starts with a lower-case letter, or when the line is full — its
// next line's first word would not have fitted on it ("… Thường trực Công
// đoàn Khu" then "Kinh tế tham gia …"). Joined lines keep their map to the
// file, so every offset stays the original text's.
const (
	wrapMinWidth = 50  // narrower blocks are lists or headlines, not a wrapped paragraph
	wrapMaxWidth = 110 // wider lines are paragraphs of their own
	wrapMinLines = 3   // a block of fewer lines is no wrapped paragraph
)

// unwrap joins the lines of hard-wrapped paragraphs in place and returns
// the lines left.
func unwrap(lines []line) []line {
	out := lines[:0]
	width, runEnd := 0, -1 // the widest line of the block of adjacent lines holding line i, and its end
	for i := range lines {
		l := lines[i]
		if i >= runEnd {
			width, runEnd = blockWidth(lines, i)
		}
		if n := len(out); n > 0 && wrapJoins(&lines[i-1], &l, width) { // n > 0 from the second line on
			out[n-1] = line{piece: joinLines(&out[n-1].piece, &l.piece)}
			continue
		}
		out = append(out, l)
	}
	return out
}

// blockWidth returns the width in runes of the widest line of the block of
// adjacent non-blank lines that starts at i (0 when the block is too short
// or too wide to be a wrapped paragraph), and the block's end. Runes are
// counted only in a block of enough lines, and only until a line is found
// too wide: most blocks are a paragraph of one long line.
func blockWidth(lines []line, i int) (int, int) {
	j := i
	for j < len(lines) && wrappable(&lines[j]) {
		j++
	}
	if j == i {
		return 0, i + 1
	}
	if j-i < wrapMinLines {
		return 0, j
	}
	w := 0
	for k := i; k < j; k++ {
		if len(lines[k].s) > w { // a line of no more bytes has no more runes
			if w = max(w, utf8.RuneCountInString(lines[k].s)); w > wrapMaxWidth {
				return 0, j
			}
		}
	}
	if w < wrapMinWidth {
		w = 0
	}
	return w, j
}

// wrappable reports a line that may be part of a wrapped paragraph.
func wrappable(l *line) bool {
	return !l.blank && !l.image && !l.table && !isSlug(l.s) && !isFileName(l.s)
}

// hasLower reports a line with a lower-case letter: one in capitals only
// is a masthead or a heading ("CÔNG ĐOÀN TỈNH A"), never prose.
func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}

// placeholder reports a line of one word that ends no sentence, as a
// page's image placeholder reads ("logo", "ảnh"): no wrapped line.
func placeholder(s string) bool {
	return !strings.ContainsAny(s, " \t") && !endsSentence(s)
}

// wrapJoins reports whether line next goes on with line prev, the line
// before it as read: prev does not end a sentence or
// a clause and is not in capitals only, next is no one-word placeholder,
// and next starts with a lower-case letter or a figure after a
// word that cannot end a sentence (goesOn), or prev is full in a block of
// width runes.
func wrapJoins(prev, next *line, width int) bool {
	if !wrappable(prev) || !wrappable(next) || next.cont {
		return false
	}
	end := strings.TrimRight(prev.s, " \t")
	r, _ := utf8.DecodeLastRuneInString(end)
	if r == utf8.RuneError || strings.ContainsRune(sentenceEnds+sentenceClosings+":;|", r) ||
		!hasLower(end) || placeholder(next.s) {
		return false
	}
	if goesOn(end, next.s) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(next.s)
	if width == 0 || !unicode.IsLetter(first) {
		return false
	}
	word := next.s
	if k := strings.IndexAny(word, " \t"); k >= 0 {
		word = word[:k]
	}
	return utf8.RuneCountInString(prev.s)+1+utf8.RuneCountInString(word) > width
}

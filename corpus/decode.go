package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// line is one line of the source after decoding and markdown removal.
type line struct {
	piece
	blank bool // nothing left to read
	image bool // held only markdown images
	cont  bool // started with a space: the rest of the line before, if that one is not blank
	table bool // was a markdown table row
}

// decoder turns a document into cleaned-up lines and remembers invalid
// UTF-8 for one warning per document.
type decoder struct {
	invalid      int    // invalid sequences replaced
	firstInvalid int    // source offset of the first one
	stamp        string // the date of the first search tool's marker (feedDateLen)
}

// lines splits doc at LF, CRLF and CR, fixes invalid UTF-8, strips
// markdown, NFC-normalizes and trims each line, and returns them in buf's
// memory if it is large enough. Table separator rows are left out, and so
// are the trailing chrome's first line (isChrome) and all after it, which
// are not cleaned: their invalid UTF-8 is only counted, for the warning. A
// chrome line before any paragraph (isLong) is a page's top menu ("Xem
// thêm" over a list of provinces) when a paragraph follows it: only that
// line is left out; when none follows, the text ends there all the same.
func (d *decoder) lines(doc piece, buf []line) []line {
	s := doc.s
	hasCR := strings.IndexByte(s, '\r') >= 0
	out := buf[:0]
	if n := strings.Count(s, "\n") + 1; cap(out) < n {
		out = make([]line, 0, n)
	}
	seenLong := false
	menu := -1 // len(out) at a chrome line met before any paragraph
	for start := 0; start <= len(s); {
		end, next := lineEnd(s, start, hasCR)
		if l, ok := d.line(doc.sub(start, end)); ok {
			chrome := isChrome(l.s) // folds the line: asked once
			switch {
			case chrome && (seenLong || menu >= 0):
				if next < len(s) {
					d.countInvalid(doc.sub(next, len(s)))
				}
				if menu >= 0 {
					return out[:menu] // two markers and no paragraph: the chrome began at the first
				}
				return out
			case chrome:
				menu = len(out)
			default:
				if !seenLong && isLong(l.s) {
					seenLong, menu = true, -1
				}
				out = append(out, l)
			}
		}
		start = next
	}
	if menu >= 0 {
		return out[:menu] // no paragraph after it: the trailing chrome after all
	}
	return out
}

// lineEnd returns the end of the line of s that starts at start, and the
// start of the next (len(s)+1 after the last line); hasCR says whether s
// holds a CR, which then ends a line too.
func lineEnd(s string, start int, hasCR bool) (end, next int) {
	end = len(s)
	next = end + 1
	if hasCR {
		if i := strings.IndexAny(s[start:], "\r\n"); i >= 0 {
			end = start + i
			next = end + 1
			if s[end] == '\r' && next < len(s) && s[next] == '\n' {
				next++
			}
		}
	} else if i := strings.IndexByte(s[start:], '\n'); i >= 0 {
		end = start + i
		next = end + 1
	}
	return end, next
}

// line cleans one source line; ok is false for a markdown table separator.
func (d *decoder) line(p piece) (line, bool) {
	sc := scanLine(p.s)
	if sc.invalid {
		p = d.fixUTF8(p)
		sc = scanLine(p.s)
	}
	var image, table bool
	if sc.markdown {
		table = strings.HasPrefix(strings.TrimLeft(p.s, " \t"), "|")
		var sep bool
		if p, image, sep = stripMarkdown(p); sep {
			return line{}, false
		}
		if image && strings.Trim(p.s, "| \t") == "" {
			p = p.sub(0, 0) // "![]() |": an image in a table's cell whose opening bar the page lost
		}
		sc = scanLine(p.s)
	}
	if sc.nfc < len(p.s) {
		if n := norm.NFC.QuickSpanString(p.s[sc.nfc:]); sc.nfc+n < len(p.s) {
			p = nfc(p, sc.nfc+n)
		}
	}
	cont := p.s != "" && (p.s[0] == ' ' || p.s[0] == '\t')
	p = trimSpace(p)
	if n := feedDateLen(p.s); n > 0 {
		if d.stamp == "" {
			d.stamp = strings.Clone(strings.TrimSpace(p.s[len("date "):n]))
		}
		p = p.sub(n, len(p.s)) // the search tool's marker, not the page's text
		p = trimSpace(p)
	}
	return line{piece: p, blank: p.s == "" && !image, image: image && p.s == "", cont: cont && p.s != "", table: table}, true
}

// fixUTF8 replaces each invalid sequence with U+FFFD.
func (d *decoder) fixUTF8(p piece) piece {
	var w builder
	last := 0
	for i := 0; i < len(p.s); {
		r, size := utf8.DecodeRuneInString(p.s[i:])
		if r != utf8.RuneError || size != 1 {
			i += size
			continue
		}
		w.copy(&p, last, i)
		if d.invalid == 0 {
			d.firstInvalid = p.at(i)
		}
		d.invalid++
		w.mark(p.at(i))
		w.b.WriteRune(utf8.RuneError)
		for i++; i < len(p.s); i++ {
			if r, size := utf8.DecodeRuneInString(p.s[i:]); r != utf8.RuneError || size != 1 {
				break
			}
		}
		last = i
	}
	w.copy(&p, last, len(p.s))
	return w.piece()
}

// countInvalid counts the invalid sequences of p that fixUTF8 would
// replace, without replacing them.
func (d *decoder) countInvalid(p piece) {
	if validUTF8(p.s) {
		return
	}
	for i := 0; i < len(p.s); {
		if r, size := utf8.DecodeRuneInString(p.s[i:]); r != utf8.RuneError || size != 1 {
			i += size
			continue
		}
		if d.invalid == 0 {
			d.firstInvalid = p.at(i)
		}
		d.invalid++
		for i++; i < len(p.s); i++ {
			if r, size := utf8.DecodeRuneInString(p.s[i:]); r != utf8.RuneError || size != 1 {
				break
			}
		}
	}
}

// warning describes the invalid UTF-8 met, or returns "".
func (d *decoder) warning() string {
	switch d.invalid {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("invalid UTF-8 at byte %d, replaced with U+FFFD", d.firstInvalid)
	}
	return fmt.Sprintf("invalid UTF-8 at byte %d and %d more places, replaced with U+FFFD", d.firstInvalid, d.invalid-1)
}

// nfc normalizes p, whose first n bytes are already NFC, one segment at a
// time so that every segment start keeps its source offset.
func nfc(p piece, n int) piece {
	var w builder
	w.b.Grow(len(p.s))
	w.copy(&p, 0, n)
	var it norm.Iter
	it.InitString(norm.NFC, p.s[n:])
	for !it.Done() {
		i := n + it.Pos()
		seg := it.Next()
		j := n + it.Pos()
		if string(seg) == p.s[i:j] {
			w.copy(&p, i, j)
			continue
		}
		w.mark(p.at(i))
		w.b.Write(seg)
	}
	return w.piece()
}

// trimSpace drops white space at both ends of p.
func trimSpace(p piece) piece {
	s := p.s
	i, j := 0, len(s)
	for i < j {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	for j > i {
		r, size := utf8.DecodeLastRuneInString(s[i:j])
		if !isSpace(r) {
			break
		}
		j -= size
	}
	if i == 0 && j == len(s) {
		return p
	}
	return p.sub(i, j)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// isBinary reports the offset of a NUL byte, or -1.
func isBinary(raw []byte) int {
	return bytes.IndexByte(raw, 0)
}

// feedDateLen is the length of the marker a search tool's copy of a page
// opens with (" date 2025-11-17 Liên đoàn …", or with the month only,
// " date 2017-03 Gần 1.000 …"): the word "date", an ISO date and the
// space after it; 0 if s does not open so. The marker is no page text:
// left in, it stands before the kicker, the title or the lead and hides
// their first words from the rules that read them, and its year, often
// the date the page was crawled, years after the event, read as one the
// article writes, beat the year the text gives ("… năm 2013 …").
func feedDateLen(s string) int {
	const w = "date "
	if len(s) < len(w)+7 || s[0] != 'd' && s[0] != 'D' || !strings.EqualFold(s[:len(w)], w) {
		return 0
	}
	i := len(w)
	for i < len(s) && s[i] == ' ' {
		i++
	}
	for g, max := 0, 4; g < 3; g, max = g+1, 2 {
		j := i
		for j < len(s) && j-i < max && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j == i || g == 0 && j-i != 4 {
			return 0
		}
		i = j
		if g == 2 {
			break
		}
		if i >= len(s) || s[i] != '-' {
			if g == 1 {
				break // the month only: "date 2017-03"
			}
			return 0
		}
		i++
	}
	if i < len(s) && s[i] != ' ' && s[i] != '\t' {
		return 0
	}
	return i
}

package corpus

import "strings"

// mdBytes are the bytes that can start markdown syntax.
const mdBytes = "|[*_#"

// hasMarkdown reports a byte of mdBytes in s, one vectorized search per
// byte of them: faster than a table lookup per byte on lines that have none.
func hasMarkdown(s string) bool {
	for _, c := range []byte(mdBytes) {
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	return false
}

// maxLinkSpan bounds the search for the end of a markdown link, so that a
// line full of unmatched brackets stays linear.
const maxLinkSpan = 2048

// stripMarkdown removes heading marks, table pipes, images, link syntax
// and emphasis from one line. image reports that an image was removed;
// sep that the line is a table separator row.
func stripMarkdown(p piece) (out piece, image, sep bool) {
	s := p.s
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i < len(s) && s[i] == '#' {
		j := i
		for j < len(s) && s[j] == '#' {
			j++
		}
		if j == len(s) || s[j] == ' ' || s[j] == '\t' {
			i = j
		}
	}
	var w builder
	if i < len(s) && s[i] == '|' {
		if strings.Trim(s[i:], "|-: \t") == "" {
			return p, false, true
		}
		for start := i + 1; start <= len(s); {
			end := strings.IndexByte(s[start:], '|')
			if end < 0 {
				end = len(s)
			} else {
				end += start
			}
			cell := trimSpace(p.sub(start, end))
			if cell.s != "" {
				if w.b.Len() > 0 {
					w.insert(" ", p.at(start-1))
				}
				image = inline(&w, &cell, 0, len(cell.s)) || image
			}
			start = end + 1
		}
	} else {
		image = inline(&w, &p, i, len(s))
	}
	return w.piece(), image, false
}

// inline appends p.s[i:j] to w without image markers, link syntax and
// emphasis, and reports whether it removed an image.
func inline(w *builder, p *piece, i, j int) (image bool) {
	s := p.s
	last := i
	for i < j {
		switch c := s[i]; {
		case c == '!' && i+1 < j && s[i+1] == '[':
			if _, end, ok := link(s, i+1, j); ok {
				w.copy(p, last, i)
				image = true
				i, last = end, end
				continue
			}
		case c == '[':
			if textEnd, end, ok := link(s, i, j); ok {
				w.copy(p, last, i)
				image = inline(w, p, i+1, textEnd) || image
				i, last = end, end
				continue
			}
		case (c == '*' || c == '_') && i+1 < j && s[i+1] == c:
			w.copy(p, last, i)
			i += 2
			for i < j && s[i] == c {
				i++
			}
			last = i
			continue
		}
		i++
	}
	w.copy(p, last, j)
	return image
}

// link matches "[text](url)" at s[open] within s[:j] and returns the end
// of the text and the end of the whole link.
func link(s string, open, j int) (textEnd, end int, ok bool) {
	limit := min(j, open+maxLinkSpan)
	depth := 0
	for k := open; k < limit; k++ {
		switch s[k] {
		case '[':
			depth++
		case ']':
			depth--
			if depth > 0 {
				continue
			}
			if k+1 >= limit || s[k+1] != '(' {
				return 0, 0, false
			}
			closing := strings.IndexByte(s[k+2:limit], ')')
			if closing < 0 {
				return 0, 0, false
			}
			return k, k + 2 + closing + 1, true
		}
	}
	return 0, 0, false
}

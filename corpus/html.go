package corpus

import (
	"html"
	"strings"
)

// A feed may carry an article's text as HTML ("<p>…</p><p>…</p>"). Such a
// text is turned into plain paragraphs before it is cleaned: block tags end
// a paragraph, other tags are dropped, scripts and styles are dropped with
// their content, and character references are decoded. Every byte kept
// still maps to its source byte.

// htmlBlocks are the tags that start or end a paragraph.
var htmlBlocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"tr": true, "table": true, "blockquote": true, "section": true,
	"article": true, "figure": true, "figcaption": true, "header": true,
	"footer": true, "img": true, "hr": true, "td": true, "th": true,
}

// maxTagSpan bounds the search for a tag's end, so that a text full of
// stray "<" stays linear.
const maxTagSpan = 4096

// looksLikeHTML reports a text written as HTML: one that holds a paragraph
// or line-break tag. A stray "<" or "&" in prose is not enough.
func looksLikeHTML(s string) bool {
	if strings.IndexByte(s, '<') < 0 {
		return false
	}
	low := strings.ToLower(s)
	for _, t := range []string{"<p>", "<p ", "</p>", "<br", "</div>", "</li>", "</h"} {
		if strings.Contains(low, t) {
			return true
		}
	}
	return false
}

// stripHTML returns p as plain text, its paragraphs separated by blank
// lines.
func stripHTML(p piece) piece {
	s := p.s
	var w builder
	w.b.Grow(len(s))
	last := 0 // start of the text not yet copied
	text := func(i, j int) {
		copyDecoded(&w, &p, i, j)
	}
	for i := 0; i < len(s); {
		if s[i] != '<' {
			i++
			continue
		}
		name, end, ok := tagAt(s, i)
		if !ok {
			i++
			continue
		}
		text(last, i)
		if name == "script" || name == "style" {
			if k := strings.Index(strings.ToLower(s[end:]), "</"+name); k >= 0 {
				_, e, ok := tagAt(s, end+k)
				if ok {
					end = e
				}
			} else {
				end = len(s)
			}
		}
		if htmlBlocks[name] {
			w.insert("\n\n", p.at(i))
		}
		i, last = end, end
	}
	text(last, len(s))
	return w.piece()
}

// tagAt reads the tag (or comment) starting at s[i] == '<': its lower-case
// name without the slash ("p" for "</p>", "!" for a comment) and the byte
// after it; ok is false when s[i] starts no tag.
func tagAt(s string, i int) (name string, end int, ok bool) {
	rest := s[i+1:]
	if strings.HasPrefix(rest, "!--") {
		k := strings.Index(rest, "-->")
		if k < 0 {
			return "", 0, false
		}
		return "!", i + 1 + k + 3, true
	}
	j := 0
	if j < len(rest) && rest[j] == '/' {
		j++
	}
	n := j
	for n < len(rest) && (isASCIILetter(rest[n]) || (n > j && rest[n] >= '0' && rest[n] <= '9')) {
		n++
	}
	if n == j {
		return "", 0, false
	}
	name = strings.ToLower(rest[j:n])
	var quote byte
	for k := n; k < len(rest) && k < maxTagSpan; k++ {
		c := rest[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '<':
			return "", 0, false
		case c == '>':
			return name, i + 1 + k + 1, true
		}
	}
	return "", 0, false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// copyDecoded copies p.s[i:j] to w, decoding character references ("&amp;",
// "&#8220;", "&nbsp;" as a space); a decoded character maps to the "&" of
// its reference.
func copyDecoded(w *builder, p *piece, i, j int) {
	s := p.s
	for i < j {
		k := strings.IndexByte(s[i:j], '&')
		if k < 0 {
			w.copy(p, i, j)
			return
		}
		k += i
		w.copy(p, i, k)
		end := k + 1
		for end < j && end < k+12 && s[end] != ';' && s[end] != '&' && s[end] != ' ' {
			end++
		}
		if end < j && s[end] == ';' {
			ref := s[k : end+1]
			if dec := html.UnescapeString(ref); dec != ref {
				if dec == "\u00a0" {
					dec = " "
				}
				w.insert(dec, p.at(k))
				i = end + 1
				continue
			}
		}
		w.copy(p, k, k+1)
		i = k + 1
	}
}

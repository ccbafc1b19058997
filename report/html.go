package report

import (
	"html/template"
	"strconv"
	"strings"
)

// The rows of the large tables are written here in Go rather than in the
// templates: a year or category page has thousands of rows, and executing
// a template action for every cell cost most of the site's rendering time.
// The functions below escape exactly as html/template does in the same
// places (see html_test.go), so the pages are the same as before.

// htmlEscaper escapes text for an element's content or a quoted attribute
// value, with html/template's replacements for plain strings.
var htmlEscaper = strings.NewReplacer(
	"\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;",
)

// writeText writes s escaped for an element's content or a quoted attribute.
func writeText(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		if htmlSpecial[s[i]] {
			htmlEscaper.WriteString(b, s)
			return
		}
	}
	b.WriteString(s) // the common case: nothing to escape
}

// htmlSpecial marks the bytes htmlEscaper replaces.
var htmlSpecial = byteSet("\x00\"&'+<>")

// urlPlain marks the bytes that a whole URL keeps as they are (see urlByte)
// and that need no HTML escaping either: an address made of them only, and
// without a scheme, is written as it is.
var urlPlain = byteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!#$*,/;=?@[]")

func byteSet(chars string) (set [256]bool) {
	for i := range len(chars) {
		set[chars[i]] = true
	}
	return set
}

// writeURL writes s as html/template writes a URL that fills a quoted href:
// a URL with a scheme other than http, https or mailto is replaced by
// "#ZgotmplZ", then it is written by writeURLPart.
func writeURL(b *strings.Builder, s string) {
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		plain = urlPlain[s[i]]
	}
	if plain { // the site's own links: relative, nothing to encode or escape
		b.WriteString(s)
		return
	}
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		b.WriteString("#ZgotmplZ")
		return
	}
	writeURLPart(b, s, true)
}

// writeURLPart writes s into a quoted href with its bytes that may not
// appear there percent-encoded. A whole URL is normalized (whole is true):
// reserved characters and percent escapes stay as they are. A part of one,
// such as a fragment after "#", keeps only unreserved characters.
func writeURLPart(b *strings.Builder, s string, whole bool) {
	const hex = "0123456789abcdef"
	written := 0
	for i := 0; i < len(s); i++ {
		if urlByte(s, i, whole) {
			continue
		}
		writeText(b, s[written:i])
		b.WriteByte('%')
		b.WriteByte(hex[s[i]>>4])
		b.WriteByte(hex[s[i]&0xf])
		written = i + 1
	}
	writeText(b, s[written:])
}

// urlByte reports whether s[i] stays as it is: an unreserved character of
// RFC 3986, and in a whole URL also a reserved one other than the single
// quote and parentheses, or the "%" of a percent escape.
func urlByte(s string, i int, whole bool) bool {
	c := s[i]
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-._~", c) >= 0:
		return true
	case !whole:
		return false
	case c == '%':
		return i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
	}
	return strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// HTML renders n: a link if it has an address, with its tooltip if any.
func (n num) HTML() template.HTML {
	var b strings.Builder
	n.write(&b)
	return template.HTML(b.String())
}

func (n num) write(b *strings.Builder) {
	switch {
	case n.Href != "":
		b.WriteString(`<a href="`)
		writeURL(b, n.Href)
		b.WriteByte('"')
		if n.Title != "" {
			b.WriteString(` title="`)
			writeText(b, n.Title)
			b.WriteByte('"')
		}
		b.WriteByte('>')
		writeText(b, n.Text)
		b.WriteString("</a>")
	case n.Title != "":
		b.WriteString(`<span title="`)
		writeText(b, n.Title)
		b.WriteString(`">`)
		writeText(b, n.Text)
		b.WriteString("</span>")
	default:
		writeText(b, n.Text)
	}
}

// RowsHTML renders the rows of t's body, one per line, each line opened by
// "\n".
func (t table) RowsHTML() template.HTML {
	var b strings.Builder
	b.Grow(len(t.Rows) * (64 + len(t.Head)*80))
	for _, rw := range t.Rows {
		b.WriteString("\n<tr><th scope=\"row\">")
		rw.Head.write(&b)
		b.WriteString("</th>")
		for _, c := range rw.Cells {
			if c.Num {
				b.WriteString(`<td class="n">`)
			} else {
				b.WriteString("<td>")
			}
			c.write(&b)
			b.WriteString("</td>")
		}
		b.WriteString("</tr>")
	}
	return template.HTML(b.String())
}

// RowsHTML renders the rows of an article's table of records, one per line,
// each line opened by "\n".
func (a *articleBody) RowsHTML() template.HTML {
	var b strings.Builder
	// A row is 350 bytes on average and rarely above 450: room for 448 a
	// row spares most pages a second, doubled, buffer.
	b.Grow(len(a.Rows) * 448)
	for _, rw := range a.Rows {
		b.WriteString("\n<tr")
		if rw.Anchor {
			b.WriteString(` id="`)
			writeText(&b, rw.Ref)
			b.WriteByte('"')
		}
		b.WriteString(`><th scope="row"><a href="#`)
		writeURLPart(&b, rw.Ref, false)
		b.WriteString(`">`)
		b.WriteString(strconv.Itoa(rw.ID))
		b.WriteString(`</a></th><td class="n">`)
		writeText(&b, rw.Value)
		if rw.Badge != "" {
			b.WriteString(` <span class="hieu-dinh" title="`)
			writeText(&b, rw.Note)
			b.WriteString(`">`)
			writeText(&b, rw.Badge)
			b.WriteString("</span>")
		}
		b.WriteString("</td><td>")
		writeText(&b, rw.Phrase)
		b.WriteString("</td><td>")
		writeText(&b, rw.Category)
		b.WriteString("</td><td>")
		(num{Text: rw.Org, Href: rw.OrgHref}).write(&b)
		b.WriteString("</td><td>")
		writeText(&b, rw.Year)
		b.WriteString("</td><td>")
		writeText(&b, rw.Kind)
		b.WriteString(`</td><td class="ma"><code>`)
		writeText(&b, rw.RecordID)
		b.WriteString("</code></td></tr>")
	}
	return template.HTML(b.String())
}

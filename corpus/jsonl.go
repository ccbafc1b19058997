package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// textFields, urlFields and dateFields name the members holding the
// article's text, address and publication date, in order of preference:
// feeds name them differently.
var (
	textFields = []string{"text", "body", "content"}
	urlFields  = []string{"url", "link"}
	dateFields = []string{"published", "date", "published_at", "publishedAt", "publish_date", "pubDate", "datePublished"}
)

// ParseJSONL reads a JSON Lines file with one article per line: an object
// with the text in "text" (or "body", "content"; plain text, or HTML whose
// tags are dropped and whose blocks become paragraphs) and optional "id",
// "url" (or "link"), "published" (or "date", "published_at" and the like; see
// date for its forms), "title" and "kicker". Doc is
// "doc#<id>", or "doc#L<line>" without an id. SourceOffset maps into the
// whole file. A line that cannot be used becomes a warning.
func ParseJSONL(doc string, raw []byte) ([]Article, []Warning) {
	if strings.TrimSpace(string(raw)) == "" {
		return nil, []Warning{{Doc: doc, Message: errEmptyFile.Error()}}
	}
	if i := isBinary(raw); i >= 0 {
		return nil, []Warning{{Doc: doc, Message: fmt.Sprintf("binary file: NUL byte at byte %d", i)}}
	}
	s := string(raw)
	start := 0
	if strings.HasPrefix(s, utf8BOM) {
		start = len(utf8BOM)
	}
	var (
		arts []Article
		ws   []Warning
	)
	for n := 1; start < len(s); n++ {
		end := len(s)
		if i := strings.IndexByte(s[start:], '\n'); i >= 0 {
			end = start + i
		}
		lineEnd := strings.TrimRight(s[start:end], "\r")
		if strings.TrimSpace(lineEnd) != "" {
			a, w := parseJSONLine(doc, n, piece{s: lineEnd, src: start}, len(raw))
			if a.Doc != "" {
				arts = append(arts, a)
			}
			ws = append(ws, w...)
		}
		start = end + 1
	}
	if len(arts) == 0 && len(ws) == 0 {
		ws = append(ws, Warning{Doc: doc, Message: errNoText.Error()})
	}
	return arts, ws
}

// parseJSONLine turns line n of a JSON Lines file of size bytes into an
// article; the article's Doc is "" when the line yields none.
func parseJSONLine(doc string, n int, line piece, size int) (Article, []Warning) {
	lineDoc := fmt.Sprintf("%s#L%d", doc, n)
	fail := func(format string, args ...any) (Article, []Warning) {
		return Article{}, []Warning{{Doc: lineDoc, Message: fmt.Sprintf("line %d (byte %d): ", n, line.src) + fmt.Sprintf(format, args...)}}
	}
	if !json.Valid([]byte(line.s)) {
		return fail("invalid JSON")
	}
	members, ok := jsonMembers(line.s)
	if !ok {
		return fail("not a JSON object")
	}
	str := func(name string) (piece, bool) {
		v, ok := members[name]
		if !ok || !v.str {
			return piece{}, false
		}
		return jsonString(line.sub(v.start, v.end)), true
	}
	if v, ok := members["id"]; ok {
		id := line.s[v.start:v.end]
		if v.str {
			id = jsonString(line.sub(v.start, v.end)).s
		}
		if id != "" && id != "null" {
			lineDoc = doc + "#" + id
		}
	}
	// first gives the first of names that the line holds as a string.
	first := func(names []string) (string, piece, bool) {
		for _, name := range names {
			if p, ok := str(name); ok {
				return name, p, true
			}
		}
		return "", piece{}, false
	}
	_, text, found := first(textFields)
	if !found {
		return fail("no %q member", textFields[0])
	}
	if looksLikeHTML(text.s) {
		text = stripHTML(text)
	}
	var w builder
	if k, ok := str("kicker"); ok && strings.TrimSpace(k.s) != "" {
		w.copy(&k, 0, len(k.s))
		w.insert("\n\n", text.at(0))
	}
	known, inserted := "", false
	from, to := -1, -1 // the feed's title on the body's first line, after a section's label
	if t, ok := str("title"); ok && strings.TrimSpace(t.s) != "" {
		known = norm.NFC.String(strings.TrimSpace(t.s))
		if !startsWith(text.s, t.s) {
			if from, to = labelledTitle(text.s, t.s); from < 0 {
				w.copy(&t, 0, len(t.s))
				w.insert("\n\n", text.at(0))
				inserted = true // the body's first line is the feed's title, not the page's
			}
		}
	}
	if from > 0 {
		// the label, the title and the lead each on a line of their own
		w.copy(&text, 0, from)
		w.insert("\n\n", text.at(from))
		w.copy(&text, from, to)
		w.insert("\n\n", text.at(to))
		w.copy(&text, to, len(text.s))
	} else {
		w.copy(&text, 0, len(text.s))
	}
	body := w.piece()
	a, msgs, err := build(body, known, inserted)
	if err != nil {
		return fail("%v", err)
	}
	a.Doc = lineDoc
	a.srcSize = size
	sum := sha256.Sum256([]byte(line.s))
	a.Hash = hex.EncodeToString(sum[:])
	if _, u, ok := first(urlFields); ok {
		a.URL = strings.Clone(strings.TrimSpace(u.s)) // not a substring of the whole file
	}
	if name, p, ok := first(dateFields); ok && p.s != "" {
		if a.Published, ok = date(p.s); !ok {
			msgs = append(msgs, fmt.Sprintf("line %d: %s %q is not a date", n, name, p.s))
		}
		a.Published = strings.Clone(a.Published)
	}
	if a.Published == "" {
		a.Published, _ = urlDate(a.URL)
	}
	return a, warnings(lineDoc, msgs)
}

// startsWith reports whether the first non-blank line of text reads as title.
func startsWith(text, title string) bool {
	text = strings.TrimLeft(text, " \t\r\n")
	text = text[feedDateLen(text):]
	if i := strings.IndexAny(text, "\r\n"); i >= 0 {
		text = text[:i]
	}
	text, title = strings.TrimSpace(text), Fold(trimEnds(title))
	return Fold(trimEnds(text)) == title || Fold(trimEnds(dropStamp(text))) == title
}

// maxLabelWords is how many words a section's label may take before the
// title on the body's first line (labelledTitle).
const maxLabelWords = 3

// labelledTitle returns where the feed's title starts and ends in text
// when the body's first line holds it after a section's label of at most
// maxLabelWords words, with the lead run on after it: "Đời sống Tỉnh A:
// Hơn 2 tỷ đồng … TA - Sáng 5/10, …". The body carries the title: the
// feed's is not added, and the line is split. -1, -1 if it does not.
func labelledTitle(text, title string) (int, int) {
	want := strings.Fields(Fold(trimEnds(title)))
	if len(want) == 0 {
		return -1, -1
	}
	off := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	line := text[off:]
	if i := strings.IndexAny(line, "\r\n"); i >= 0 {
		line = line[:i]
	}
	type field struct{ start, end int }
	var fs []field
	for i := 0; i < len(line); {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' {
			j++
		}
		if j > i {
			fs = append(fs, field{i, j})
		}
		i = j
	}
	for lab := 1; lab <= maxLabelWords && lab+len(want) < len(fs); lab++ {
		ok := true
		for j, wd := range want {
			f := fs[lab+j]
			got := Fold(line[f.start:f.end])
			if j == len(want)-1 {
				got = Fold(trimEnds(line[f.start:f.end]))
			}
			if got != wd {
				ok = false
				break
			}
		}
		if ok {
			return off + fs[lab].start, off + fs[lab+len(want)-1].end
		}
	}
	return -1, -1
}

// dropStamp drops the page's time stamp after a title on its line ("…
// cho công nhân 09/01/2025 08:30"): a day-first date, and a time
// after it, which the page prints next to its headline.
func dropStamp(s string) string {
	i := strings.LastIndexByte(s, ' ')
	if i > 0 && isClock(s[i+1:]) {
		s = strings.TrimRight(s[:i], " ")
		i = strings.LastIndexByte(s, ' ')
	}
	if i > 0 {
		if _, err := time.Parse("2/1/2006", s[i+1:]); err == nil {
			return strings.TrimRight(s[:i], " ")
		}
	}
	return s
}

// isClock reports a time of day written hh:mm.
func isClock(s string) bool {
	_, err := time.Parse("15:04", s)
	return err == nil
}

// date returns the YYYY-MM-DD date of a publication date as feeds write
// it: an RFC 3339 timestamp, a bare date, a date with a time after a space
// or a "T" ("2024-03-08 07:15:00"), or a Vietnamese day-first date
// ("08/03/2024", "8-3-2024", with or without a weekday or a time around it).
func date(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= len(time.DateOnly) {
		d := s[:len(time.DateOnly)]
		if _, err := time.Parse(time.DateOnly, d); err == nil {
			if rest := s[len(d):]; rest == "" || rest[0] == 'T' || rest[0] == ' ' {
				return d, true
			}
			return "", false
		}
	}
	// A day-first date may follow a weekday or stand after a time:
	// "Thứ năm, 03/07/2025 - 08:00", "08:00 03/07/2025".
	for _, word := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '|' }) {
		for _, layout := range []string{"2/1/2006", "2-1-2006", "2.1.2006"} {
			if t, err := time.Parse(layout, word); err == nil {
				return t.Format(time.DateOnly), true
			}
		}
	}
	return "", false
}

// urlDate reads the publication date that many papers' addresses carry when
// the feed gives none: the last run of digits of the address (its query
// left out), as
// YYYYMMDDhhmmss… ("…-20190828202442145.htm") or as three digits, then
// YYMMDDhhmmss and three more ("…-196241125202251733.htm"). A run that is
// not a valid date and time is an article number, and gives no date.
func urlDate(u string) (string, bool) {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	end := len(u)
	for end > 0 && !isDigit(u[end-1]) {
		end--
	}
	start := end
	for start > 0 && isDigit(u[start-1]) {
		start--
	}
	run := u[start:end]
	if len(run) >= 14 {
		if t, err := time.Parse("20060102150405", run[:14]); err == nil && t.Year() >= 2000 {
			return t.Format(time.DateOnly), true
		}
	}
	if len(run) == 18 {
		if t, err := time.Parse("060102150405", run[3:15]); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	return "", false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// jsonValue is the raw span of a member's value; for a string, the bytes
// between the quotes.
type jsonValue struct {
	start, end int
	str        bool
}

// jsonMembers returns the members of the top-level object in s, which must
// be valid JSON; ok is false when s is not an object.
func jsonMembers(s string) (map[string]jsonValue, bool) {
	i := skipSpace(s, 0)
	if i >= len(s) || s[i] != '{' {
		return nil, false
	}
	m := make(map[string]jsonValue)
	for i = skipSpace(s, i+1); i < len(s) && s[i] != '}'; i = skipSpace(s, i) {
		if s[i] == ',' {
			i = skipSpace(s, i+1)
		}
		keyEnd := stringEnd(s, i+1)
		key := jsonString(piece{s: s[i+1 : keyEnd]}).s
		i = skipSpace(s, keyEnd+1) + 1 // past ':'
		i = skipSpace(s, i)
		v := jsonValue{start: i}
		switch s[i] {
		case '"':
			v = jsonValue{start: i + 1, end: stringEnd(s, i+1), str: true}
			i = v.end + 1
		case '{', '[':
			i = compositeEnd(s, i)
			v.end = i
		default:
			for i < len(s) && !strings.ContainsRune(",} \t\r\n", rune(s[i])) {
				i++
			}
			v.end = i
		}
		if _, dup := m[key]; !dup {
			m[key] = v
		}
	}
	return m, true
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
		i++
	}
	return i
}

// stringEnd returns the index of the quote closing the string whose
// contents start at s[i].
func stringEnd(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case '\\':
			i += 2
		case '"':
			return i
		default:
			i++
		}
	}
	return len(s)
}

// compositeEnd returns the index after the object or array opening at s[i].
func compositeEnd(s string, i int) int {
	depth := 0
	for i < len(s) {
		switch s[i] {
		case '"':
			i = stringEnd(s, i+1)
		case '{', '[':
			depth++
		case '}', ']':
			if depth--; depth == 0 {
				return i + 1
			}
		}
		i++
	}
	return len(s)
}

// jsonString decodes the escapes of a JSON string's contents, mapping each
// decoded character to its escape in the source.
func jsonString(p piece) piece {
	if strings.IndexByte(p.s, '\\') < 0 {
		return p
	}
	var w builder
	s := p.s
	last := 0
	for i := 0; i < len(s); {
		if s[i] != '\\' || i+1 >= len(s) {
			i++
			continue
		}
		w.copy(&p, last, i)
		w.mark(p.at(i))
		c := s[i+1]
		size := 2
		switch c {
		case 'b':
			w.b.WriteByte('\b')
		case 'f':
			w.b.WriteByte('\f')
		case 'n':
			w.b.WriteByte('\n')
		case 'r':
			w.b.WriteByte('\r')
		case 't':
			w.b.WriteByte('\t')
		case 'u':
			r, n := unicodeEscape(s[i:])
			w.b.WriteRune(r)
			size = n
		default:
			w.b.WriteByte(c)
		}
		i += size
		last = i
	}
	w.copy(&p, last, len(s))
	return w.piece()
}

// unicodeEscape decodes "\uXXXX", or a surrogate pair of them, at the
// start of s and returns the rune and the bytes used.
func unicodeEscape(s string) (rune, int) {
	hex4 := func(s string) (rune, bool) {
		if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(s[2:6], 16, 16)
		return rune(v), err == nil
	}
	r, ok := hex4(s)
	if !ok {
		return utf8.RuneError, min(2, len(s))
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex4(s[6:]); ok {
			if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
				return pair, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r, 6
}

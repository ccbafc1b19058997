package report

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/vocab"
)

// articleBody is the data of one article page.
type articleBody struct {
	Doc       string
	Paper     string
	Citation  string // the line a clerk copies: paper, date, title, link
	Title     string
	Kicker    string
	Published string
	URL       string
	Text      template.HTML // escaped paragraphs with marked numbers, see articleHTML
	Rows      []recordRow
}

type recordRow struct {
	ID       int    // the record's number in the article, from 1
	Ref      string // its anchor, "r" and its byte offset in the article file: stable when other articles change
	Anchor   bool   // the row carries the anchor: the number could not be marked in the text
	Value    string
	Phrase   string
	Category string
	Org      string
	OrgHref  string
	Year     string
	Kind     string
	RecordID string // the record's stable id (corrections.ID), for the corrections file
	Badge    string // the clerk's reason, for a corrected figure
	Note     string // what the correction did, the original figure among it
}

// article renders bai-viet/<id>.html: the cleaned text with every record's
// number marked and anchored, then the table of its records. It is the page
// rendered most often, so it runs one template execution and no chart.
func (r *renderer) article(i int) (File, error) {
	var buf bytes.Buffer
	path, err := r.renderArticle(i, &buf)
	if err != nil {
		return File{}, err
	}
	return File{Path: path, Data: buf.Bytes()}, nil
}

// renderArticle renders article i's page into buf and gives its path.
func (r *renderer) renderArticle(i int, buf *bytes.Buffer) (string, error) {
	a := &r.s.Articles[i]
	path := "bai-viet/" + r.ids[i] + ".html"
	for _, k := range a.Records {
		if k < 0 || k >= r.src.Len() {
			return "", fmt.Errorf("%s: record %d out of range", path, k)
		}
	}
	// The article's records, whole, in the order of a.Records, then by
	// Pos.
	wp := articleRecords.Get().(*[]extract.Record)
	defer articleRecords.Put(wp)
	whole, err := r.src.Records(a.Records, *wp)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	*wp = whole
	recs := make([]*extract.Record, len(whole))
	for j := range whole {
		recs[j] = &whole[j]
	}
	slices.SortStableFunc(recs, func(x, y *extract.Record) int { return cmp.Compare(x.Pos, y.Pos) })
	full, err := ArticleText(r.cfg.Texts, a)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	text, marked := articleHTML(full, recs)
	body := &articleBody{
		Doc:       a.Doc,
		Title:     cmp.Or(a.Title, a.Doc),
		Kicker:    a.Kicker,
		Published: FormatDate(a.Published),
		URL:       a.URL,
		Paper:     r.cfg.Paper,
		Citation:  CitationLine(r.cfg.Paper, a),
		Text:      text,
		Rows:      make([]recordRow, len(recs)),
	}
	for j, rec := range recs {
		body.Rows[j] = r.recordRow(rec, !marked[j])
		body.Rows[j].ID = j + 1
	}
	p, err := r.newPage(body.Title, "../", false, body)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	// An article's page shows its own date, not the corpus's: so that a
	// newer article added to the corpus leaves every other page as it was.
	p.Build = ""
	buf.Grow(len(full) + len(recs)*512 + 4096)
	if err := r.executeTo(buf, "article.html", p); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return path, nil
}

// anchorOf names a record's anchor in its article page by its byte offset
// in the article file, so that links to it do not change when records of
// other articles come or go.
func anchorOf(rec *extract.Record) string { return "r" + strconv.Itoa(rec.Offset) }

// appendOffsetAnchor appends the anchor of the record at offset (see
// anchorOf).
func appendOffsetAnchor(b []byte, offset int) []byte {
	return strconv.AppendInt(append(b, 'r'), int64(offset), 10)
}

// textEscaper escapes text for an HTML element's content, as html/template
// does for text: markup characters become entities and NUL becomes U+FFFD.
var textEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "\x00", "\uFFFD",
)

// articleHTML renders the cleaned text as paragraphs (split at "\n"), every
// record's number wrapped in <mark id="r<offset>"> (see anchor). It escapes the text itself
// (textEscaper) instead of running one template action per run of text,
// which keeps the most numerous page cheap. recs must be sorted
// by Pos; a record whose span is out of range or overlaps the previous mark
// is left unmarked, and marked[j] says which were marked.
func articleHTML(text string, recs []*extract.Record) (out template.HTML, marked []bool) {
	marked = make([]bool, len(recs))
	var b strings.Builder
	b.Grow(len(text) + len(text)/8 + len(recs)*24)
	open := false // inside a <p>
	plain := func(s string) {
		for s != "" {
			line, rest, nl := strings.Cut(s, "\n")
			if line != "" {
				if !open {
					b.WriteString("<p>")
					open = true
				}
				textEscaper.WriteString(&b, line)
			}
			if nl && open {
				b.WriteString("</p>\n")
				open = false
			}
			s = rest
		}
	}
	cur := 0
	for j, rec := range recs {
		if rec.Pos < cur || rec.Len <= 0 || rec.Pos+rec.Len > len(text) {
			continue
		}
		plain(text[cur:rec.Pos])
		if !open {
			b.WriteString("<p>")
			open = true
		}
		b.WriteString(`<mark id="`)
		b.WriteString(anchorOf(rec))
		b.WriteString(`">`)
		textEscaper.WriteString(&b, text[rec.Pos:rec.Pos+rec.Len])
		b.WriteString("</mark>")
		marked[j] = true
		cur = rec.Pos + rec.Len
	}
	plain(text[cur:])
	if open {
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String()), marked
}

// recordRow is the row of rec, a record whole, in its article's table.
func (r *renderer) recordRow(rec *extract.Record, anchor bool) recordRow {
	value := FormatValue(rec.Value, rec.Unit)
	if rec.Denominator != nil {
		value = FormatNumber(rec.Value) + "/" + FormatValue(*rec.Denominator, rec.Unit)
	}
	value = qualified(value, rec.Qualifier)
	if rec.Completion != nil {
		value += " (đạt " + FormatPercent(*rec.Completion) + ")"
	}
	kind := vocab.StatusName(rec.Status)
	if p := vocab.PeriodName(rec.Period); p != "" {
		kind += ", " + p
	}
	if rec.Basis == extract.BasisPerUnit {
		kind += ", định mức"
	}
	row := recordRow{
		Ref:      anchorOf(rec),
		Anchor:   anchor,
		Value:    value,
		Phrase:   rec.Text,
		Category: vocab.Measure(rec.Category, rec.Unit),
		Org:      aggregate.OrgName(rec.Org, rec.OrgType),
		Year:     yearText(rec.Year),
		Kind:     strings.TrimPrefix(kind, ", "),
	}
	if slug, ok := r.orgSlugs[row.Org]; ok {
		row.OrgHref = "../to-chuc/" + slug + ".html"
	}
	row.RecordID = corrections.ID(rec)
	if n, ok := CorrectionNote(r.cfg.Corrections, rec); ok {
		row.Badge, row.Note = "Đã hiệu đính: "+n.Why, CorrectionText(n)
	}
	return row
}

// articleKey digests everything an article page shows: the program, the
// site's title, the article and its records (every field, through their
// digests, see Config.Records) with the slugs of their organisations. The
// article's text enters by its Hash, the digest of the bytes it was read
// from, when it has one: the text is made from those bytes by the program,
// which the key names, so a key hashes a few dozen bytes per record instead
// of the text again. "" when Config.Version is not set.
func (r *renderer) articleKey(i int) string {
	if r.cfg.Version == "" {
		return ""
	}
	a := &r.s.Articles[i]
	bp := keyBufs.Get().(*[]byte)
	defer keyBufs.Put(bp)
	buf := (*bp)[:0]
	for _, s := range [...]string{r.cfg.Version, r.cfg.Title, r.cfg.Paper, strconv.FormatBool(r.cfg.BaseURL != ""), a.Doc, a.Title, a.Kicker, a.Published, a.URL} {
		buf = appendString(buf, s)
	}
	if a.Hash != "" {
		buf = appendString(append(buf, 'h'), a.Hash)
	} else {
		buf = appendString(append(buf, 't'), a.Text)
	}
	sums := r.records()
	h := sha256.New()
	var held extract.Record
	for _, k := range a.Records {
		if k < 0 || k >= r.src.Len() {
			return ""
		}
		if len(buf) >= 8<<10 {
			h.Write(buf)
			buf = buf[:0]
		}
		rec := r.src.Held(k, &held)
		buf = sums.AppendSum(buf, k)
		buf = appendString(buf, r.orgSlugs[aggregate.OrgName(rec.Org, rec.OrgType)])
		if n, ok := CorrectionNote(r.cfg.Corrections, rec); ok {
			buf = appendString(buf, CorrectionText(n))
		}
	}
	h.Write(buf)
	*bp = buf[:0]
	if r.src.Err() != nil {
		return ""
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0]))
}

// articleRecords holds the buffers of the records of the article pages
// being rendered.
var articleRecords = sync.Pool{New: func() any { return new([]extract.Record) }}

// keyBufs holds the buffers articleKey fills, for the next article.
var keyBufs = sync.Pool{New: func() any { return new([]byte) }}

// appendString appends s to a key, prefixed by its length so that
// consecutive strings cannot run into each other.
func appendString(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/lddt/unionstats/extract"
)

// articleBody is the data of one article page.
type articleBody struct {
	Doc       string
	Title     string
	Kicker    string
	Published string
	URL       string
	Paras     [][]segment
	Rows      []recordRow
}

// segment is a run of article text; a marked one is a record's number.
type segment struct {
	Text string
	Mark bool
	ID   int // record index, when Mark
}

type recordRow struct {
	ID       int
	Anchor   bool // the row carries the r<ID> anchor: the number could not be marked in the text
	Value    string
	Phrase   string
	Category string
	Org      string
	OrgHref  string
	Year     string
	Kind     string
}

// article renders bai-viet/<id>.html: the cleaned text with every record's
// number marked and anchored, then the table of its records. It is the page
// rendered most often, so it runs one template execution and no chart.
func (r *renderer) article(i int) (File, error) {
	a := &r.s.Articles[i]
	path := "bai-viet/" + r.docIDs[a.Doc] + ".html"
	recs := a.Records
	byPos := func(x, y int) int { return cmp.Compare(r.s.Records[x].Pos, r.s.Records[y].Pos) }
	if !slices.IsSortedFunc(recs, byPos) {
		recs = slices.Clone(recs)
		slices.SortStableFunc(recs, byPos)
	}
	for _, k := range recs {
		if k < 0 || k >= len(r.s.Records) {
			return File{}, fmt.Errorf("%s: record %d out of range", path, k)
		}
	}
	paras, marked := segments(a.Text, recs, r.s.Records)
	body := &articleBody{
		Doc:       a.Doc,
		Title:     cmp.Or(a.Title, a.Doc),
		Kicker:    a.Kicker,
		Published: a.Published,
		URL:       a.URL,
		Paras:     paras,
		Rows:      make([]recordRow, len(recs)),
	}
	for j, k := range recs {
		body.Rows[j] = r.recordRow(k, !marked[j])
	}
	data, err := r.execute("article.html", &page{
		Site:  r.cfg.Title,
		Title: body.Title,
		Root:  "../",
		Build: r.cfg.BuildDate,
		Feed:  r.cfg.BaseURL != "",
		Body:  body,
	}, len(a.Text)+len(recs)*512+4096)
	if err != nil {
		return File{}, fmt.Errorf("%s: %w", path, err)
	}
	return File{Path: path, Data: data}, nil
}

// segments splits text into paragraphs (at "\n") of plain and marked runs.
// recs must be sorted by Pos; a record whose span is out of range or
// overlaps the previous mark is left unmarked, and marked[j] says which were
// marked.
func segments(text string, recs []int, records []extract.Record) (paras [][]segment, marked []bool) {
	marked = make([]bool, len(recs))
	var para []segment
	plain := func(s string) {
		for {
			nl := strings.IndexByte(s, '\n')
			if nl < 0 {
				if s != "" {
					para = append(para, segment{Text: s})
				}
				return
			}
			if nl > 0 {
				para = append(para, segment{Text: s[:nl]})
			}
			if len(para) > 0 {
				paras = append(paras, para)
				para = nil
			}
			s = s[nl+1:]
		}
	}
	cur := 0
	for j, k := range recs {
		rec := &records[k]
		if rec.Pos < cur || rec.Len <= 0 || rec.Pos+rec.Len > len(text) {
			continue
		}
		plain(text[cur:rec.Pos])
		para = append(para, segment{Text: text[rec.Pos : rec.Pos+rec.Len], Mark: true, ID: k})
		marked[j] = true
		cur = rec.Pos + rec.Len
	}
	plain(text[cur:])
	if len(para) > 0 {
		paras = append(paras, para)
	}
	return paras, marked
}

func (r *renderer) recordRow(k int, anchor bool) recordRow {
	rec := &r.s.Records[k]
	value := FormatValue(rec.Value, rec.Unit)
	if rec.Denominator != nil {
		value = FormatNumber(rec.Value) + "/" + FormatValue(*rec.Denominator, rec.Unit)
	}
	value = qualified(value, rec.Qualifier)
	if rec.Completion != nil {
		value += " (đạt " + FormatPercent(*rec.Completion) + ")"
	}
	kind := StatusNames[rec.Status]
	if p := PeriodNames[rec.Period]; p != "" {
		kind += ", " + p
	}
	if rec.Basis == extract.BasisPerUnit {
		kind += ", định mức"
	}
	row := recordRow{
		ID:       k,
		Anchor:   anchor,
		Value:    value,
		Phrase:   rec.Text,
		Category: categoryName(rec.Category),
		Org:      rec.Org,
		Year:     yearText(rec.Year),
		Kind:     strings.TrimPrefix(kind, ", "),
	}
	if slug, ok := r.orgSlugs[rec.Org]; ok {
		row.OrgHref = "../to-chuc/" + slug + ".html"
	}
	return row
}

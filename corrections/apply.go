package corrections

import (
	"fmt"
	"strings"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/vocab"
)

// Note is what the renderers show of a corrected record.
type Note struct {
	Action   string // Change, Add or Merge (on the record the other was merged into)
	Row      int    // the row of the corrections file
	Who      string
	When     string
	Why      string
	Original *extract.Record // the record as extracted; nil for an added figure
	Merged   []string        // Merge: the ids of the records merged into this one
}

// Applied is one row applied to the records.
type Applied struct {
	Correction
	Record   string          // the record's id now (it moves when the article's text before it changes)
	Before   *extract.Record // as extracted; nil for an added figure
	After    *extract.Record // as corrected; nil for a rejected or merged record
	Moved    bool            // the record's id is not the row's: the article changed before it
	Headline string          // the article's title, for lists
}

// Stale is a row that anchors to no number: applied to nothing.
type Stale struct {
	Correction
	Reason string // Stale… code; StaleName says it in Vietnamese
}

// Message says in English why the row is stale, for the operator:
// "row 3 (change 2024.jsonl#tet#98) is stale and was not applied: …".
func (s Stale) Message() string {
	what := map[string]string{
		StaleGone:      "its phrase is no longer in the article",
		StaleAmbiguous: "its phrase stands more than once in the article",
		StaleNoRecord:  "no figure is read at its phrase any more",
		StaleExtracted: "the extractor now reads this figure itself",
		StaleNoTarget:  "the record to merge into is gone",
	}[s.Reason]
	return fmt.Sprintf("row %d (%s %s) is stale and was not applied: %s", s.Row, s.Action, s.ID, what)
}

// Result is what Apply gives.
type Result struct {
	Records []extract.Record // the corrected records (see Apply for their order)
	Notes   map[string]Note  // by record id (ID), for every changed, added or merged-into record
	Applied []Applied        // in file order
	Stale   []Stale          // in file order
}

// Count gives how many rows of each action were applied.
func (r *Result) Count(action string) int {
	n := 0
	for _, a := range r.Applied {
		if a.Action == action {
			n++
		}
	}
	return n
}

// Apply applies the rows to the records of the articles. A row whose
// article is not in the corpus, or two rows deciding about the same
// record, give an *Error naming file and row (ErrInvalid) and leave the
// records as they were; a row that anchors to no number is Stale and
// changes nothing.
//
// Apply takes the records over, since a large corpus has millions of them:
// it corrects them in place and returns them in Result.Records, in their
// order, added figures sorted in (extract.Sort). The records passed must
// not be used afterwards; Applied and Note hold copies of the records
// they show.
func Apply(file string, records []extract.Record, articles []corpus.Article, rows []Correction) (Result, error) {
	res := Result{Notes: map[string]Note{}}
	// Only the articles the rows name are looked at.
	recsOf := map[string][]int{}
	for _, c := range rows {
		recsOf[c.Doc] = nil
		if doc, _, err := ParseID(c.MergeWith); err == nil {
			recsOf[doc] = nil
		}
	}
	byDoc := map[string]*corpus.Article{}
	for i := range articles {
		if _, ok := recsOf[articles[i].Doc]; ok {
			byDoc[articles[i].Doc] = &articles[i]
		}
	}
	for i := range records {
		if list, ok := recsOf[records[i].Doc]; ok {
			recsOf[records[i].Doc] = append(list, i)
		}
	}
	// at gives the index of the record of doc whose number starts at text
	// position pos, or -1.
	at := func(doc string, pos int) int {
		for _, k := range recsOf[doc] {
			if records[k].Pos == pos {
				return k
			}
		}
		return -1
	}
	decided := map[int]int{} // record index → row that decided it
	drop := map[int]bool{}
	changed := map[int]*extract.Record{} // record index → the record as corrected
	var added []extract.Record
	for _, c := range rows {
		a := byDoc[c.Doc]
		if a == nil {
			return Result{}, &Error{File: file, Row: c.Row, Field: header(ColID), Msg: fmt.Sprintf("unknown record id %q: no article %q in the corpus", c.ID, c.Doc)}
		}
		if c.Quote.Exact == "" {
			return Result{}, &Error{File: file, Row: c.Row, Field: header(ColExact), Msg: "empty"}
		}
		pos, why := locate(a, c.Quote, func(p int) bool {
			k := at(c.Doc, p)
			return k >= 0 && records[k].Offset == c.Offset
		})
		if why != "" {
			res.Stale = append(res.Stale, Stale{Correction: c, Reason: why})
			continue
		}
		k := at(c.Doc, pos)
		if c.Action == Add {
			taken := k >= 0
			for _, j := range recsOf[c.Doc] {
				taken = taken || records[j].Offset == c.Offset
			}
			if taken {
				res.Stale = append(res.Stale, Stale{Correction: c, Reason: StaleExtracted})
				continue
			}
			r := newRecord(a, pos, len(c.Quote.Exact), c.Offset, c.Set)
			added = append(added, r)
			res.Notes[ID(&r)] = Note{Action: Add, Row: c.Row, Who: c.Who, When: c.When, Why: c.Why}
			res.Applied = append(res.Applied, Applied{Correction: c, Record: ID(&r), After: &r, Moved: ID(&r) != c.ID, Headline: a.Title})
			continue
		}
		if k < 0 {
			res.Stale = append(res.Stale, Stale{Correction: c, Reason: StaleNoRecord})
			continue
		}
		if prev, ok := decided[k]; ok {
			return Result{}, &Error{File: file, Row: c.Row, Field: header(ColID), Msg: fmt.Sprintf("row %d already decides about this record (%s)", prev, ID(&records[k]))}
		}
		before := new(extract.Record)
		*before = records[k]
		ap := Applied{Correction: c, Record: ID(before), Before: before, Moved: ID(before) != c.ID, Headline: a.Title}
		switch c.Action {
		case Reject:
			drop[k] = true
		case Change:
			after := new(extract.Record)
			*after = *before
			set(after, c.Set)
			changed[k], ap.After = after, after
			res.Notes[ap.Record] = Note{Action: Change, Row: c.Row, Who: c.Who, When: c.When, Why: c.Why, Original: before}
		case Merge:
			doc, off, _ := ParseID(c.MergeWith)
			into := -1
			for _, j := range recsOf[doc] {
				if records[j].Offset == off {
					into = j
				}
			}
			if into < 0 || into == k || drop[into] { // gone, itself, or rejected or merged away by an earlier row
				res.Stale = append(res.Stale, Stale{Correction: c, Reason: StaleNoTarget})
				continue
			}
			drop[k] = true
			id := ID(&records[into])
			n, ok := res.Notes[id]
			if !ok {
				n = Note{Action: Merge, Row: c.Row, Who: c.Who, When: c.When, Why: c.Why}
			}
			n.Merged = append(n.Merged, ap.Record)
			res.Notes[id] = n
		}
		decided[k] = c.Row
		res.Applied = append(res.Applied, ap)
	}
	// Every row is decided: now the records change, in place.
	for k, r := range changed {
		records[k] = *r
	}
	if len(drop) > 0 {
		n := 0
		for k := range records {
			if !drop[k] {
				records[n] = records[k]
				n++
			}
		}
		clear(records[n:]) // let the collector have what they held
		records = records[:n]
	}
	if len(added) > 0 {
		records = append(records, added...)
		extract.Sort(records)
	}
	res.Records = records
	return res, nil
}

// set writes the row's fields into r. A new unit drops the head noun the
// extractor read, which named the old one.
func set(r *extract.Record, f Fields) {
	if f.Value != nil {
		r.Value = *f.Value
		r.Denominator, r.Completion = nil, nil
	}
	if f.Unit != nil && *f.Unit != r.Unit {
		r.Unit, r.Noun = *f.Unit, ""
	}
	for _, x := range []struct {
		src *string
		dst *string
	}{{f.Org, &r.Org}, {f.OrgType, &r.OrgType}, {f.Province, &r.Province}, {f.Period, &r.Period},
		{f.Status, &r.Status}, {f.Category, &r.Category}, {f.Qualifier, &r.Qualifier}} {
		if x.src != nil {
			*x.dst = *x.src
		}
	}
	if f.Org != nil && f.OrgType == nil && vocab.IsCity(*f.Org, "") {
		r.OrgType = vocab.CityType
	}
	if f.Year != nil {
		r.Year = *f.Year
	}
}

// newRecord is an added figure: its number at a.Text[pos:pos+n], its
// offset the one its row's id gives (an article read from the extraction
// cache has no map to source offsets, and the id must not depend on it),
// the rest from the row; qualifier exact, basis total, status achieved and
// period year unless the row says otherwise.
func newRecord(a *corpus.Article, pos, n, offset int, f Fields) extract.Record {
	r := extract.Record{
		Doc: a.Doc, Qualifier: vocab.QualExact, Basis: vocab.BasisTotal, Status: vocab.StatusAchieved,
		Period: vocab.PeriodYear, OrgType: vocab.TypeOther, Offset: offset, Pos: pos, Len: n,
		Text: a.Text[pos : pos+n],
	}
	set(&r, f)
	para := 0
	start, end := 0, len(a.Text)
	for i, p := range a.Paras {
		if p.Start <= pos && pos < p.End {
			para, start, end = i, p.Start, p.End
		}
	}
	r.Para = para
	r.Evidence = sentence(a.Text[start:end], pos-start)
	return r
}

// sentence is the sentence of para around byte i: from after the last
// ". ", "! " or "? " before it to the next one after it.
func sentence(para string, i int) string {
	start, end := 0, len(para)
	for _, stop := range []string{". ", "! ", "? "} {
		if j := strings.LastIndex(para[:i], stop); j >= 0 && j+2 > start {
			start = j + 2
		}
		if j := strings.Index(para[i:], stop); j >= 0 && i+j+1 < end {
			end = i + j + 1
		}
	}
	return strings.TrimSpace(para[start:end])
}

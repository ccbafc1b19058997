package workbook

import (
	"time"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/report/internal/digest"
)

// A book's Key is a digest of its inputs: the program (Config.Version,
// which covers how the book is laid out), the book's Config, and the data
// of the Summary and the corrections that its sheets show, each sheet's in
// the order the sheet reads it. Nothing is laid out or formatted: a record
// costs its digest's 32 bytes of hashing (report.RecordDigests), not a row. Every value that reaches
// a cell of the book is hashed, or something it is a function of (a record
// is hashed whole, though its sheets show most of its fields, not all), so
// that the same key means the same bytes; and only the book's own data is,
// so that a change in one year's data leaves the other years' keys alone.
// TestKeyCoversEveryInput holds the key to that.

// bookKey gives the key of the book of scope sc, whose tables are g.
func bookKey(idx *index, cfg Config, sc scope, g *grid) string {
	k := digest.New()
	k.Str(cfg.Version)
	k.Str(sc.name)
	k.Str(bookTitle(cfg, sc))
	k.Str(cfg.Paper)
	k.Str(cfg.Date.Format(time.RFC3339))
	k.Int(cfg.rowLimit)
	// The notes under the tables.
	k.Str(report.OwnBody(idx.s))
	k.Str(report.SumNote(idx.s))
	g.key(k)
	d := idx.owned(sc)
	idx.keyTargets(k, d)
	idx.keyMultiYear(k, d)
	idx.keyRecords(k, d.records, cfg.Corrections)
	idx.keySources(k, d.records)
	if sc.year == 0 {
		idx.keyChecks(k, d)
	} else {
		keyReview(k, idx, d)
	}
	keyCorrections(k, cfg.Corrections, sc.year)
	return k.Sum()
}

// key hashes the grid: every figure the summary and category sheets show,
// with the labels of its rows and columns.
func (g *grid) key(k *digest.Writer) {
	k.Tag("grid")
	k.Int(len(g.years))
	for _, y := range g.years {
		k.Int(y)
	}
	k.Int(len(g.measures))
	for _, m := range g.measures {
		k.Str(m.cat)
		k.Str(m.unit)
	}
	k.Int(len(g.orgs))
	for _, o := range g.orgs {
		k.Str(o.name)
		k.Str(o.typ)
	}
	for _, y := range g.years {
		eras := g.eras[y]
		k.Int(len(eras))
		for _, e := range eras {
			k.Int(e)
		}
		for _, m := range g.measures {
			t, ok := g.own[cellKey{"", y, m}]
			keyTotal(k, t, ok)
			for _, e := range eras {
				s, ok := g.sum(y, e, m)
				keyTotal(k, s.total, ok)
				if ok {
					k.Str(s.label)
					k.Str(s.base)
					k.Str(s.coverage)
				}
			}
			for _, o := range g.orgs {
				t, ok := g.cells[cellKey{o.name, y, m}]
				keyTotal(k, t, ok)
			}
		}
	}
}

// keyEvidence hashes what the evidence and sources cells of the records
// ids are made of, without making them. The evidence cell is a function
// of the records' evidence sentences, the sources cell of their articles'
// citation lines, each in the records' order, and both of the number of
// records. A record the book lists in its records sheet (d.records) is
// hashed as its place there: keyRecords hashes it whole (its digest,
// which covers its sentence and its Doc) and keySources its article's
// citation line, so the place stands for both. Another record is hashed
// by its digest and its citation line. No sentence is read back from the
// scratch files (that took most of the keys' time: a read for each record
// of each target, multi-year figure and check, every book, every build),
// and a record the book lists costs its place only: a year's targets and
// checks are nearly all of the year's own records.
func (idx *index) keyEvidence(k *digest.Writer, d *details, ids []int) {
	k.Int(len(ids))
	for _, id := range ids {
		if at, ok := idx.placeIn(d, id); ok {
			k.Int(at)
			continue
		}
		k.Int(-1)
		k.RecordSum(idx.records, id)
		k.Ref(idx.cite(idx.src.Doc(id)))
	}
}

func (idx *index) keyTargets(k *digest.Writer, d *details) {
	k.Tag("targets")
	k.Int(len(d.targets))
	for _, i := range d.targets {
		t := &idx.s.Targets[i]
		k.Str(t.Org)
		k.Target(t)
		// The evidence cells read the records of the target's facts in
		// turn, as one list (Target.AllFacts).
		k.Int(len(t.Facts) + len(t.Result))
		for _, facts := range [][]int{t.Facts, t.Result} {
			for _, f := range facts {
				idx.keyEvidence(k, d, idx.s.Facts[f].Records)
			}
		}
	}
}

func (idx *index) keyMultiYear(k *digest.Writer, d *details) {
	k.Tag("multi-year")
	k.Int(len(d.multiYear))
	for _, i := range d.multiYear {
		f := &idx.s.MultiYear[i]
		k.Str(f.Org)
		k.Str(f.OrgType)
		k.Int(f.Year)
		k.Str(f.Category)
		k.Str(f.Unit)
		k.Float(f.Value)
		k.Str(f.Qualifier)
		k.Str(f.Status)
		idx.keyEvidence(k, d, f.Records)
	}
}

// keyRecords hashes the records sheet: every record whole (its digest),
// its article's citation (through keySources) and its correction.
func (idx *index) keyRecords(k *digest.Writer, records []int, fixes *corrections.Result) {
	k.Tag("records")
	k.Int(len(records))
	notes := fixes != nil && len(fixes.Notes) > 0
	for _, i := range records {
		k.RecordSum(idx.records, i)
		if notes {
			n, ok := idx.src.CorrectionNote(fixes, i)
			k.Bool(ok)
			if ok {
				k.Str(report.CorrectionText(n))
			}
		}
	}
}

// keySources hashes the sources sheet, in its order: the articles of the
// records with what it shows of them, and their citation lines, which the
// records sheet shows too.
func (idx *index) keySources(k *digest.Writer, records []int) {
	k.Tag("sources")
	sources := idx.sources(records)
	k.Int(len(sources))
	for _, a := range sources {
		k.Int(a.n)
		k.Str(a.Doc)
		k.Str(idx.cite(a.Doc))
		k.Str(report.Citation(idx.paper, a.Article))
		k.Str(a.Published)
		k.Str(a.Kicker)
		k.Str(a.URL)
		k.Int(a.Year)
		keyText(k, &a.Article.Article)
	}
}

// keyText hashes what the review sheet quotes of an article: its text,
// or, when the article has one, the Hash of the bytes the text was read
// from (the program that reads them is in the key), which is shorter.
func keyText(k *digest.Writer, a *corpus.Article) {
	k.Bool(a.Hash != "")
	if a.Hash != "" {
		k.Str(a.Hash)
	} else {
		k.Str(a.Text)
	}
}

func (idx *index) keyChecks(k *digest.Writer, d *details) {
	k.Tag("checks")
	k.Int(len(d.checks))
	for _, i := range d.checks {
		c := &idx.s.Checks[i]
		k.Str(c.Kind)
		k.Str(c.Message)
		idx.keyEvidence(k, d, c.Records)
	}
}

// keyReview hashes what a year's review sheet is made of, without making
// its items (index.review, made when the book is written): the checks the
// book lists, each with its message and its records, and which of the
// book's records a derived fact uses. The items follow from these: a
// record's reasons are the messages of its checks in the checks' order,
// then its qualifier's (a function of the record, which keyRecords hashed
// whole), then the derived facts' note; the items come in record order,
// which the records decide. A check's record that the book's records sheet
// lists (d.records, ascending) is hashed as its place there, and its quote
// through its article's text, which keySources hashed (the quote is a
// function of that text and of the record's Pos and Len); another record
// is hashed whole, with its quote, read back. A message is hashed through
// Ref: checks of one conflict repeat theirs (830 bytes on average at
// 100,000 articles), and one met before costs a map lookup. Making the
// items for the key took most of a year's key (the records' reasons joined
// one by one, about 150,000 items a year at 100,000 articles).
func keyReview(k *digest.Writer, idx *index, d *details) {
	k.Tag("review")
	k.Int(len(d.checks))
	var held extract.Record
	for _, c := range d.checks {
		ch := &idx.s.Checks[c]
		k.Ref(ch.Message)
		k.Int(len(ch.Records))
		for _, i := range ch.Records {
			if at, ok := idx.placeIn(d, i); ok {
				k.Int(at)
				continue
			}
			k.Int(-1)
			a := idx.article(idx.src.Doc(i))
			k.Bool(a != nil)
			if a == nil {
				continue // no row
			}
			k.RecordSum(idx.records, i)
			// Only a record the book does not list is read back, for its
			// quote.
			rec := idx.src.Held(i, &held)
			q := corrections.QuoteOf(&a.Article, rec.Pos, rec.Len)
			k.Str(q.Exact)
			k.Str(q.Prefix)
			k.Str(q.Suffix)
		}
	}
	k.Tag("derived")
	used := idx.derivedRecords()
	for at, i := range d.records {
		if used[i] {
			k.Int(at)
		}
	}
	k.Int(-1)
}

// keyCorrections hashes the corrections sheet of the book of year (0: the
// all-years book).
func keyCorrections(k *digest.Writer, c *corrections.Result, year int) {
	k.Tag("corrections")
	if c == nil {
		return
	}
	of := func(r *extract.Record) bool { return r != nil && (year == 0 || r.Year == year) }
	for _, a := range c.Applied {
		if !of(a.Before) && !of(a.After) {
			continue
		}
		k.Int(a.Row)
		k.Str(a.Action)
		k.Str(a.MergeWith)
		k.Bool(a.Moved)
		k.Str(a.Record)
		k.OptRecord(a.Before)
		k.OptRecord(a.After)
		k.Str(a.Who)
		k.Str(a.When)
		k.Str(a.Why)
	}
	k.Int(-1)
	if year != 0 {
		return
	}
	for _, s := range c.Stale {
		k.Int(s.Row)
		k.Str(s.Action)
		k.Str(s.ID)
		k.Str(s.Who)
		k.Str(s.When)
		k.Str(s.Why)
		k.Str(s.Reason)
	}
}

// keyTotal hashes a figure of the tables, or its absence.
func keyTotal(k *digest.Writer, t total, ok bool) {
	k.Bool(ok)
	if ok {
		k.Float(t.value)
		k.Bool(t.approx)
		k.Bool(t.derived)
	}
}

package workbook

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"math"
	"time"

	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
)

// A book's Key is a digest of its inputs: the program (Config.Version,
// which covers how the book is laid out), the book's Config, and the data
// of the Summary and the corrections that its sheets show, each sheet's in
// the order the sheet reads it. Nothing is laid out or formatted: a record
// costs a few hundred bytes of hashing, not a row. Every value that reaches
// a cell of the book is hashed, or something it is a function of (a record
// is hashed whole, though its sheets show most of its fields, not all), so
// that the same key means the same bytes; and only the book's own data is,
// so that a change in one year's data leaves the other years' keys alone.
// TestKeyCoversEveryInput holds the key to that.

// bookKey gives the key of the book of scope sc, whose tables are g.
func bookKey(idx *index, cfg Config, sc scope, p plan) string {
	k := newKeyWriter()
	k.str(cfg.Version)
	k.str(sc.name)
	k.str(bookTitle(cfg, sc))
	k.str(cfg.Paper)
	k.str(cfg.Date.Format(time.RFC3339))
	k.int(cfg.rowLimit)
	// The notes under the tables.
	k.str(report.OwnBody(idx.s))
	k.str(report.SumNote(idx.s))
	p.grid.key(k)
	d := idx.owned(sc)
	idx.keyTargets(k, d.targets)
	idx.keyMultiYear(k, d.multiYear)
	idx.keyRecords(k, d.records, cfg.Corrections)
	idx.keySources(k, d.records)
	if sc.year == 0 {
		idx.keyChecks(k, d.checks)
	} else {
		keyReview(k, idx, p.review, d.records)
	}
	keyCorrections(k, cfg.Corrections, sc.year)
	return k.sum()
}

// key hashes the grid: every figure the summary and category sheets show,
// with the labels of its rows and columns.
func (g *grid) key(k *keyWriter) {
	k.tag("grid")
	k.int(len(g.years))
	for _, y := range g.years {
		k.int(y)
	}
	k.int(len(g.measures))
	for _, m := range g.measures {
		k.str(m.cat)
		k.str(m.unit)
	}
	k.int(len(g.orgs))
	for _, o := range g.orgs {
		k.str(o.name)
		k.str(o.typ)
	}
	for _, y := range g.years {
		eras := g.eras[y]
		k.int(len(eras))
		for _, e := range eras {
			k.int(e)
		}
		for _, m := range g.measures {
			t, ok := g.own[cellKey{"", y, m}]
			k.total(t, ok)
			for _, e := range eras {
				s, ok := g.sum(y, e, m)
				k.total(s.total, ok)
				if ok {
					k.str(s.label)
					k.str(s.base)
					k.str(s.coverage)
				}
			}
			for _, o := range g.orgs {
				t, ok := g.cells[cellKey{o.name, y, m}]
				k.total(t, ok)
			}
		}
	}
}

// keyEvidence hashes what the evidence and sources cells of the records
// of lists are made of, without making them.
func (idx *index) keyEvidence(k *keyWriter, lists ...[]int) {
	ev, sources, total := idx.distinctEvidence(lists...)
	ev.key(k)
	sources.key(k)
	k.int(total)
}

func (idx *index) keyTargets(k *keyWriter, targets []int) {
	k.tag("targets")
	k.int(len(targets))
	for _, i := range targets {
		t := &idx.s.Targets[i]
		k.str(t.Org)
		k.int(t.Year)
		k.str(t.Category)
		k.str(t.Unit)
		k.float(t.Planned)
		k.optFloat(t.Achieved)
		k.optFloat(t.Completion)
		k.optFloat(t.Stated)
		idx.keyEvidence(k, idx.factRecords(t.Facts)...)
	}
}

func (idx *index) keyMultiYear(k *keyWriter, facts []int) {
	k.tag("multi-year")
	k.int(len(facts))
	for _, i := range facts {
		f := &idx.s.MultiYear[i]
		k.str(f.Org)
		k.str(f.OrgType)
		k.int(f.Year)
		k.str(f.Category)
		k.str(f.Unit)
		k.float(f.Value)
		k.str(f.Qualifier)
		k.str(f.Status)
		idx.keyEvidence(k, f.Records)
	}
}

// keyRecords hashes the records sheet: every record whole, its article's
// citation (through keySources) and its correction.
func (idx *index) keyRecords(k *keyWriter, records []int, fixes *corrections.Result) {
	k.tag("records")
	k.int(len(records))
	notes := fixes != nil && len(fixes.Notes) > 0
	for _, i := range records {
		r := &idx.s.Records[i]
		k.record(r)
		if notes {
			n, ok := report.CorrectionNote(fixes, r)
			k.bool(ok)
			if ok {
				k.str(report.CorrectionText(n))
			}
		}
	}
}

// keySources hashes the sources sheet, in its order: the articles of the
// records with what it shows of them, and their citation lines, which the
// records sheet shows too.
func (idx *index) keySources(k *keyWriter, records []int) {
	k.tag("sources")
	sources := idx.sources(records)
	k.int(len(sources))
	for _, a := range sources {
		k.int(a.n)
		k.str(a.Doc)
		k.str(idx.lines[a.Doc])
		k.str(report.Citation(idx.paper, a.Article))
		k.str(a.Published)
		k.str(a.Kicker)
		k.str(a.URL)
		k.int(a.Year)
	}
}

func (idx *index) keyChecks(k *keyWriter, checks []int) {
	k.tag("checks")
	k.int(len(checks))
	for _, i := range checks {
		c := &idx.s.Checks[i]
		k.str(c.Kind)
		k.str(c.Message)
		idx.keyEvidence(k, c.Records)
	}
}

// keyReview hashes a year's review sheet: its records, why each is there
// and the quote that anchors it in its article. A record of the book's
// records sheet (records, ascending, which keyRecords hashed whole) is
// hashed as its place there, others whole; items come in record order.
func keyReview(k *keyWriter, idx *index, items []ReviewItem, records []int) {
	k.tag("review")
	k.int(len(items))
	at := 0 // records[at] is the first record not before the item's
	for _, it := range items {
		rec := &idx.s.Records[it.Record]
		a := idx.articles[rec.Doc]
		k.bool(a != nil)
		if a == nil {
			continue
		}
		for at < len(records) && records[at] < it.Record {
			at++
		}
		if at < len(records) && records[at] == it.Record {
			k.int(at)
		} else {
			k.int(-1)
			k.record(rec)
		}
		k.int(len(it.Reasons))
		for _, why := range it.Reasons {
			k.str(why)
		}
		q := corrections.QuoteOf(&a.Article, rec.Pos, rec.Len)
		k.str(q.Exact)
		k.str(q.Prefix)
		k.str(q.Suffix)
	}
}

// keyCorrections hashes the corrections sheet of the book of year (0: the
// all-years book).
func keyCorrections(k *keyWriter, c *corrections.Result, year int) {
	k.tag("corrections")
	if c == nil {
		return
	}
	of := func(r *extract.Record) bool { return r != nil && (year == 0 || r.Year == year) }
	for _, a := range c.Applied {
		if !of(a.Before) && !of(a.After) {
			continue
		}
		k.int(a.Row)
		k.str(a.Action)
		k.str(a.MergeWith)
		k.bool(a.Moved)
		k.str(a.Record)
		k.optRecord(a.Before)
		k.optRecord(a.After)
		k.str(a.Who)
		k.str(a.When)
		k.str(a.Why)
	}
	k.int(-1)
	if year != 0 {
		return
	}
	for _, s := range c.Stale {
		k.int(s.Row)
		k.str(s.Action)
		k.str(s.ID)
		k.str(s.Who)
		k.str(s.When)
		k.str(s.Why)
		k.str(s.Reason)
	}
}

// keyWriter hashes values, each written so that no two sequences of values
// give the same bytes (strings with their length).
type keyWriter struct {
	h   hash.Hash
	buf []byte
}

// keyBuffer is how many bytes a keyWriter gathers before hashing them.
const keyBuffer = 32 << 10

func newKeyWriter() *keyWriter {
	return &keyWriter{h: sha256.New(), buf: make([]byte, 0, keyBuffer+256)}
}

func (k *keyWriter) flush() {
	if len(k.buf) >= keyBuffer {
		k.h.Write(k.buf)
		k.buf = k.buf[:0]
	}
}

func (k *keyWriter) str(s string) {
	k.buf = binary.AppendUvarint(k.buf, uint64(len(s)))
	k.buf = append(k.buf, s...)
	k.flush()
}

// tag marks the start of a part of the book.
func (k *keyWriter) tag(s string) { k.str(s) }

func (k *keyWriter) int(v int) {
	k.buf = binary.AppendVarint(k.buf, int64(v))
	k.flush()
}

func (k *keyWriter) float(v float64) {
	k.buf = binary.LittleEndian.AppendUint64(k.buf, math.Float64bits(v))
	k.flush()
}

func (k *keyWriter) bool(v bool) {
	b := byte(0)
	if v {
		b = 1
	}
	k.buf = append(k.buf, b)
	k.flush()
}

func (k *keyWriter) optFloat(v *float64) {
	k.bool(v != nil)
	if v != nil {
		k.float(*v)
	}
}

// total hashes a figure of the tables, or its absence.
func (k *keyWriter) total(t total, ok bool) {
	k.bool(ok)
	if ok {
		k.float(t.value)
		k.bool(t.approx)
		k.bool(t.derived)
	}
}

// record hashes every field of r.
func (k *keyWriter) record(r *extract.Record) {
	k.str(r.Doc)
	k.float(r.Value)
	k.optFloat(r.Denominator)
	k.str(r.Unit)
	k.str(r.Qualifier)
	k.str(r.Basis)
	k.str(r.Status)
	k.str(r.Period)
	k.int(r.Year)
	k.str(r.Org)
	k.str(r.OrgType)
	k.str(r.Province)
	k.str(r.Category)
	k.str(r.Evidence)
	k.int(r.Offset)
	k.str(r.Text)
	k.str(r.Noun)
	k.int(r.Pos)
	k.int(r.Len)
	k.int(r.Para)
	k.optFloat(r.Completion)
}

func (k *keyWriter) optRecord(r *extract.Record) {
	k.bool(r != nil)
	if r != nil {
		k.record(r)
	}
}

// sum gives the hex SHA-256 of everything written.
func (k *keyWriter) sum() string {
	k.h.Write(k.buf)
	k.buf = k.buf[:0]
	return hex.EncodeToString(k.h.Sum(nil))
}

package workbook

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/report/internal/digest"
	"github.com/lddt/unionstats/vocab"
)

// index holds the lookups every book needs; built once, then only read.
type index struct {
	s     *aggregate.Summary
	paper string // the newspaper, for citations
	// at is the position in s.Articles of the article of each Doc (the
	// last, when several share it: shared is then set).
	at     map[string]int32
	shared bool
	// lines are the articles' citation lines, by position (see cite):
	// made once, as the evidence cells of every book cite the same
	// articles again and again.
	lines   []string
	orgs    map[string]int   // position in s.Orgs
	details map[int]*details // by the year of the book that lists them
	derived []int            // the derived facts, in Summary order: every review sheet reads them
	// derivedRecords says, per record, whether a derived fact uses it:
	// made once, for the review sheets' keys.
	derivedRecords func() []bool
	records        *digest.Records       // the records' digests, for the keys (set by Build)
	src            *report.RecordSource  // the records of s
	perr           atomic.Pointer[error] // the first error reading evidence back gave
	// place is, per record, its place in the records of the book that
	// lists it (details.records), or -1: the keys hash a record the book
	// lists by its place (see placeIn).
	place []int32
}

// evidenceOf is the evidence sentence of record id, read back through
// idx.src when the build moved it out of the record. An error reading
// it back gives "" and is kept for phraseErr.
func (idx *index) evidenceOf(id int) string {
	ev, err := idx.src.Evidence(id)
	if err != nil {
		idx.perr.CompareAndSwap(nil, &err)
		return ""
	}
	return ev
}

// phraseErr is the first error met reading evidence back, nil for none:
// what was made after it is not to be used.
func (idx *index) phraseErr() error {
	if p := idx.perr.Load(); p != nil {
		return *p
	}
	return nil
}

// details are the positions, in Summary order, of the items a book's detail
// sheets (targets, multi-year figures, records, sources, checks) list: a
// year's book those of its year, the all-years book (year 0) those of no
// single known year. Each item is thus listed in exactly one book; listing
// every year's details in the all-years book too would make it as large,
// and as slow to write, as all the yearly books together.
type details struct {
	records, targets, multiYear, checks []int
}

// newIndex is the index of s's books; src is where its records are read
// from, nil for its Records with ph (nil: every record holds its own
// evidence).
func newIndex(s *aggregate.Summary, paper string, src *report.RecordSource, ph report.Phrases) *index {
	idx := &index{
		s:       s,
		src:     report.SourceOf(src, s.Records, ph),
		paper:   paper,
		at:      make(map[string]int32, len(s.Articles)),
		lines:   make([]string, len(s.Articles)),
		orgs:    make(map[string]int, len(s.Orgs)),
		details: map[int]*details{},
	}
	for i := range s.Articles {
		idx.at[s.Articles[i].Doc] = int32(i)
		idx.lines[i] = report.CitationLine(paper, &s.Articles[i])
	}
	idx.shared = len(idx.at) < len(s.Articles)
	for i, o := range s.Orgs {
		idx.orgs[o.Name] = i
	}
	for i := range s.Facts {
		if s.Facts[i].Derived {
			idx.derived = append(idx.derived, i)
		}
	}
	idx.derivedRecords = sync.OnceValue(func() []bool {
		used := make([]bool, idx.src.Len())
		for _, f := range idx.derived {
			for _, i := range s.Facts[f].Records {
				used[i] = true
			}
		}
		return used
	})
	results := map[int]bool{}
	for _, y := range report.ResultYears(s, idx.src) {
		results[y] = true
	}
	// of gives the details of the book that lists an item of year from the
	// article doc: its year's if results were reported that year; for
	// another known year, the book of the year the article appeared (a plan
	// for a later year is listed where it was set), else the all-years
	// book, which also lists the items of no single known year.
	of := func(year int, doc string) *details {
		if year != 0 && !results[year] {
			year = 0
			if a := idx.article(doc); a != nil && results[report.IssueYear(a)] {
				year = report.IssueYear(a)
			}
		}
		d := idx.details[year]
		if d == nil {
			d = &details{}
			idx.details[year] = d
		}
		return d
	}
	for i := range idx.src.Len() {
		if !s.InScope(i) {
			continue // another province's: in the open data, in no workbook
		}
		d := of(idx.src.Year(i), idx.src.Doc(i))
		d.records = append(d.records, i)
	}
	for i := range s.Targets {
		d := of(s.Targets[i].Year, idx.factDoc(s.Targets[i].Facts))
		d.targets = append(d.targets, i)
	}
	for i := range s.MultiYear {
		d := of(s.MultiYear[i].Year, idx.recordDoc(s.MultiYear[i].Records))
		d.multiYear = append(d.multiYear, i)
	}
	for i := range s.Checks {
		d := of(idx.checkYear(s.Checks[i].Records), idx.recordDoc(s.Checks[i].Records))
		d.checks = append(d.checks, i)
	}
	idx.place = make([]int32, idx.src.Len())
	for i := range idx.place {
		idx.place[i] = -1
	}
	for _, d := range idx.details {
		for at, i := range d.records {
			idx.place[i] = int32(at)
		}
	}
	return idx
}

// placeIn gives the place of record id in d.records, and whether d lists
// it: each record is listed by one book at most.
func (idx *index) placeIn(d *details, id int) (int, bool) {
	at := int(idx.place[id])
	return at, at >= 0 && at < len(d.records) && d.records[at] == id
}

// article is the article of Doc doc (the last, if several share it), or
// nil.
func (idx *index) article(doc string) *aggregate.Article {
	i, ok := idx.at[doc]
	if !ok {
		return nil
	}
	return &idx.s.Articles[i]
}

// recordDoc is the article of the first of ids, or "".
func (idx *index) recordDoc(ids []int) string {
	if len(ids) == 0 {
		return ""
	}
	return idx.src.Doc(ids[0])
}

// factDoc is the article of the first record of the first of ids, or "".
func (idx *index) factDoc(ids []int) string {
	if len(ids) == 0 {
		return ""
	}
	return idx.recordDoc(idx.s.Facts[ids[0]].Records)
}

// source is an article that gave n of a book's records.
type source struct {
	*aggregate.Article
	n int
}

// sources gives the articles of records, in Summary order, with how many
// of records each gave.
func (idx *index) sources(records []int) []source {
	// Records come sorted by article: counted by runs.
	counts := map[string]int{}
	doc, run := "", 0
	for _, i := range records {
		if d := idx.src.Doc(i); d != doc || run == 0 {
			if run > 0 {
				counts[doc] += run
			}
			doc, run = d, 0
		}
		run++
	}
	if run > 0 {
		counts[doc] += run
	}
	var list []source
	if idx.shared { // articles sharing a Doc: each is listed
		for i := range idx.s.Articles {
			if a := &idx.s.Articles[i]; counts[a.Doc] > 0 {
				list = append(list, source{a, counts[a.Doc]})
			}
		}
		return list
	}
	at := make([]int, 0, len(counts))
	for d := range counts {
		if i, ok := idx.at[d]; ok {
			at = append(at, int(i))
		}
	}
	slices.Sort(at)
	for _, i := range at {
		a := &idx.s.Articles[i]
		list = append(list, source{a, counts[a.Doc]})
	}
	return list
}

// owned gives the details the book of scope sc lists.
func (idx *index) owned(sc scope) *details {
	if d := idx.details[sc.year]; d != nil {
		return d
	}
	return &details{}
}

// checkYear is the year of a check's records ids: their common year, or 0
// when they have several or none.
func (idx *index) checkYear(ids []int) int {
	year := 0
	for i, id := range ids {
		y := idx.src.Year(id)
		if i > 0 && y != year {
			return 0
		}
		year = y
	}
	return year
}

// maxEvidence bounds the sentences, and the articles, one cell lists: a
// figure many articles repeat would otherwise fill a cell with hundreds of
// sentences (Excel keeps at most 32,767 characters of it). A cell that
// leaves some out says so, with the number of records behind it; "Số liệu
// gốc" lists every record.
const maxEvidence = 5

// evidence returns the distinct evidence sentences and the citations of
// the source articles of the records of lists, one per line, in order of
// first appearance: at most maxEvidence of each, then a line saying there
// are more. The scan stops once both are known to have more, so a
// much-repeated figure costs no more than a few records. of gives a
// record's evidence sentence.
func (idx *index) evidence(of func(int) string, lists ...[]int) (sentences, sources string) {
	ev, ds, total := idx.distinctEvidence(of, lists...)
	records := report.FormatNumber(float64(total))
	return ev.text("… và các câu khác (tổng cộng " + records + " số liệu)"), ds.text("… và các bài báo khác")
}

// distinctEvidence gives what evidence makes its cells of: the distinct
// sentences (of giving a record's evidence sentence) and citations, and
// the number of records. Two records' sentences are told apart by their
// places in the build's spool when it has them
// (report.RecordSource.SameEvidence): of reads only sentences of the same
// length, and the kept ones.
func (idx *index) distinctEvidence(of func(int) string, lists ...[]int) (ev, ds distinct, total int) {
	for _, ids := range lists {
		total += len(ids)
	}
	cites := citations{idx: idx}
	read := func(id int) (string, error) { return of(id), nil } // of keeps its errors
	same := func(a, b int) bool {
		eq, _ := idx.src.SameEvidence(a, b, read)
		return eq
	}
scan:
	for _, ids := range lists {
		for _, id := range ids {
			ev.addRecord(id, same)
			ds.add(cites.of(id), id)
			if ev.more && ds.more {
				break scan
			}
		}
	}
	for i := range ev.n {
		ev.strs[i] = of(ev.from[i])
	}
	return ev, ds, total
}

// citations gives the citation lines of records' articles in turn: a
// fact's records come by article, so the line of the last one's article
// is kept, not looked up again.
type citations struct {
	idx       *index
	doc, line string
	looked    bool
}

// of is the citation line of record id's article.
func (c *citations) of(id int) string {
	if d := c.idx.src.Doc(id); !c.looked || d != c.doc {
		c.doc, c.line, c.looked = d, c.idx.cite(d), true
	}
	return c.line
}

// cite is the citation line of the article doc, or doc itself when the
// Summary does not have it.
func (idx *index) cite(doc string) string {
	if i, ok := idx.at[doc]; ok {
		return idx.lines[i]
	}
	return doc
}

// distinct keeps the first maxEvidence distinct strings added, with the
// record each came from, and notes whether there was another (add; or
// addRecord, which keeps the records first and leaves the strings to be
// set from them). It holds them in place: a book makes one for each of
// its cells of evidence.
type distinct struct {
	strs [maxEvidence]string
	from [maxEvidence]int // from[i] is the record strs[i] came from
	n    int              // strings kept
	more bool
}

// first gives the strings kept.
func (d *distinct) first() []string { return d.strs[:d.n] }

// add adds s, which came from record id.
func (d *distinct) add(s string, id int) {
	switch {
	case d.more || slices.Contains(d.first(), s):
	case d.n < maxEvidence:
		d.strs[d.n], d.from[d.n] = s, id
		d.n++
	default:
		d.more = true
	}
}

// addRecord adds the string of record id, which same tells apart from
// that of another record, without the string itself: the strings kept are
// set afterwards, from the records they came from.
func (d *distinct) addRecord(id int, same func(a, b int) bool) {
	if d.more {
		return
	}
	for _, k := range d.from[:d.n] {
		if same(id, k) {
			return
		}
	}
	if d.n < maxEvidence {
		d.from[d.n] = id
		d.n++
	} else {
		d.more = true
	}
}

// text joins the strings, one per line, with the line more last when some
// were left out.
func (d *distinct) text(more string) string {
	s := strings.Join(d.first(), "\n")
	if d.more {
		s += "\n" + more
	}
	return s
}

// factRecords returns the record lists of facts ids.
func (idx *index) factRecords(ids []int) [][]int {
	lists := make([][]int, len(ids))
	for i, id := range ids {
		lists[i] = idx.s.Facts[id].Records
	}
	return lists
}

// measure is what a number counts: a category and a unit.
type measure struct{ cat, unit string }

type cellKey struct {
	org  string
	year int
	measure
}

// total is the sum of aggregated cells, with their flags.
type total struct {
	value           float64
	approx, derived bool
}

func (t total) plus(u total) total {
	return total{value: roundSum(t.value + u.value), approx: t.approx || u.approx, derived: t.derived || u.derived}
}

// roundSum removes binary floating-point noise from a sum of decimal
// figures (0.1 + 0.2), keeping four decimals where they fit exactly.
func roundSum(v float64) float64 {
	if math.Abs(v) >= 1e11 {
		return v
	}
	return math.Round(v*1e4) / 1e4
}

type orgInfo struct{ name, typ string }

// grid is the yearly achieved figures of one book, indexed.
type grid struct {
	cells    map[cellKey]total  // Summary.Yearly
	sums     map[sumKey]unitSum // Summary.UnitSums
	eras     map[int][]int      // per year: the map eras with sums, ascending
	own      map[cellKey]total  // Summary.CityReported, org "": the city's own figures
	orgs     []orgInfo          // with at least one cell, in Summary.Orgs order
	years    []int              // ascending
	measures []measure          // category then unit, in contract order
}

// sumKey is one sum of units: a year, a map era and a measure.
type sumKey struct {
	year, era int
	measure
}

// unitSum is a sum of units with its coverage ("4/30 quận, huyện, thị xã").
type unitSum struct {
	total
	label    string // "Cộng các phường, xã có số liệu (từ 1/7/2025)": with the map's period when two maps share the year
	base     string // the label without the period, for a row of every year
	coverage string
}

// plan is what a book's sheets read, worked out when the book is written:
// the grid of its tables and, for a year's book, its review items. The
// book's key reads the grid alone (newGrid), made for it apart: keyReview
// hashes what the review items are made of, not the items.
type plan struct {
	grid   *grid
	review []ReviewItem
}

func (idx *index) plan(sc scope) plan {
	p := plan{grid: idx.newGrid(sc)}
	if sc.year != 0 {
		p.review = idx.review(sc.year)
	}
	return p
}

func (idx *index) newGrid(sc scope) *grid {
	g := &grid{cells: map[cellKey]total{}, sums: map[sumKey]unitSum{}, eras: map[int][]int{}, own: map[cellKey]total{}}
	seenOrg := map[string]bool{}
	seenYear := map[int]bool{}
	seenMeasure := map[measure]bool{}
	note := func(c aggregate.Cell) measure {
		m := measure{c.Category, c.Unit}
		if !seenYear[c.Year] {
			seenYear[c.Year] = true
			g.years = append(g.years, c.Year)
		}
		if !seenMeasure[m] {
			seenMeasure[m] = true
			g.measures = append(g.measures, m)
		}
		return m
	}
	for _, c := range idx.s.Yearly {
		if !sc.has(c.Year) {
			continue
		}
		k := cellKey{c.Org, c.Year, note(c)}
		g.cells[k] = g.cells[k].plus(total{c.Value, c.Approx, c.Derived})
		if !seenOrg[c.Org] {
			seenOrg[c.Org] = true
			typ := c.OrgType
			if i, ok := idx.orgs[c.Org]; ok {
				typ = idx.s.Orgs[i].Type
			}
			g.orgs = append(g.orgs, orgInfo{c.Org, typ})
		}
	}
	for i := range idx.s.UnitSums {
		u := &idx.s.UnitSums[i]
		if !sc.has(u.Year) {
			continue
		}
		base := "Cộng các " + u.Coverage.Label + " có số liệu"
		label := base
		if u.Coverage.Period != "" {
			label += " (" + u.Coverage.Period + ")"
		}
		cov := u.Coverage.String()
		if n := len(u.Partial); n > 0 {
			cov += "; " + strconv.Itoa(n) + " đơn vị chỉ có số liệu một phần năm"
		}
		g.sums[sumKey{u.Year, u.Era, note(u.Cell)}] = unitSum{total{u.Value, u.Approx, u.Derived}, label, base, cov}
		if !slices.Contains(g.eras[u.Year], u.Era) {
			g.eras[u.Year] = append(g.eras[u.Year], u.Era)
		}
	}
	for _, eras := range g.eras {
		slices.Sort(eras)
	}
	for _, c := range idx.s.CityReported {
		if !sc.has(c.Year) {
			continue
		}
		k := cellKey{"", c.Year, note(c)}
		g.own[k] = g.own[k].plus(total{c.Value, c.Approx, c.Derived})
	}
	slices.Sort(g.years)
	slices.SortFunc(g.orgs, func(a, b orgInfo) int {
		return cmp.Or(cmp.Compare(idx.orgRank(a.name), idx.orgRank(b.name)), cmp.Compare(a.name, b.name))
	})
	slices.SortFunc(g.measures, func(a, b measure) int {
		return cmp.Or(vocab.CompareCategory(a.cat, b.cat), vocab.CompareUnit(a.unit, b.unit))
	})
	return g
}

// sum is the sum of units of one year, map era and measure, if any.
func (g *grid) sum(year, era int, m measure) (unitSum, bool) {
	u, ok := g.sums[sumKey{year, era, m}]
	return u, ok
}

// allEras lists the map eras with sums in any year, ascending.
func (g *grid) allEras() []int {
	var eras []int
	for _, es := range g.eras {
		for _, e := range es {
			if !slices.Contains(eras, e) {
				eras = append(eras, e)
			}
		}
	}
	slices.Sort(eras)
	return eras
}

func (idx *index) orgRank(name string) int {
	if i, ok := idx.orgs[name]; ok {
		return i
	}
	return len(idx.orgs)
}

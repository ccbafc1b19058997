package aggregate

import (
	"cmp"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strconv"
	"sync"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/vocab"
)

// maxValue bounds a usable figure (and denominator): 10^15 đồng is about
// Hanoi's yearly GDP, so anything larger is an extraction error. The bound
// also keeps every sum and product finite.
const maxValue = 1e15

// Build aggregates the records of in into a Summary (see the package
// documentation for the rules). It never fails: a record it cannot use stays
// in Summary.Records and is reported as a Warning or a Check. Build packs
// in.Records (or takes in.Table, which it sorts in place and keeps, so
// that a large corpus's records are not copied) and unpacks them into
// Summary.Records as it returns, unless Input.AfterFacts takes them; the
// rest of in is not modified. Equal inputs in any order give equal
// Summaries.
func Build(in Input) *Summary {
	return run(in).s
}

// build is Build, which also gives the facts whole: Summary.Facts keeps of
// each only what the report reads of it.
func build(in Input) (*Summary, []Fact) {
	b := run(in)
	return b.s, b.wholeFacts()
}

// run runs Build's steps and gives the builder, the facts in it.
func run(in Input) *builder {
	b := &builder{s: &Summary{}, cache: in.Cache}
	if in.Map != nil {
		b.s.Map = *in.Map
	} else {
		b.s.Map = DefaultMap()
	}
	b.sortRecords(in)
	// The Summary holds the records from here, packed: Input.AfterFacts
	// may take them away.
	in.Records, in.Table = nil, nil
	b.sortArticles(in.Articles)
	// And the articles, which the Summary holds copies of: in's would keep
	// their texts until Build returns, past Input.AfterTexts.
	in.Articles = nil
	b.s.Warnings = slices.Clone(in.Warnings)
	b.s.Province = in.Province
	b.dropRepublished()
	b.markUnusable()
	b.markOutOfScope()
	b.fillArticles()
	b.readPeriods()
	byYear := b.factYears()
	b.checkNoOrg()
	if in.AfterTexts != nil {
		in.AfterTexts(b.s)
	}
	// From here no article's text and no record's sentence or phrase is
	// read (Input.AfterTexts).
	b.buildOrgs()
	b.buildYearsAndCategories()
	b.buildFacts(byYear)
	b.view = newRecordView(b.s.Packed)
	// What the facts were made from and no later step reads: the records'
	// periods and spans as read (32 bytes a record; 58 MB at 100,000
	// articles) and which records were left out.
	b.span, b.period, b.skip = nil, nil, nil
	if in.AfterFacts != nil {
		in.AfterFacts(b.s)
	}
	// From here the facts and the records' view only are read: the
	// records themselves may be gone (Input.AfterFacts). Two strands that
	// share nothing else run at once: the snapshots and multi-year
	// figures; the conflicts, then the yearly tables, sums, targets and
	// changes, which build on one another. Of these, all but the changes
	// read the facts of one year only: each year is built on its own, the
	// years on every CPU at once, and the years' tables joined.
	var wg sync.WaitGroup
	wg.Go(func() {
		b.buildSnapshots()
		b.buildMultiYear()
	})
	years := b.splitYears()
	inParallel(len(years), func(i int) { b.buildYear(&years[i]) })
	conflicts := b.joinYears(years)
	b.buildChanges()
	wg.Wait()
	b.buildChecks(conflicts)
	slices.SortStableFunc(b.s.Warnings, func(x, y Warning) int {
		return cmp.Or(cmp.Compare(x.Doc, y.Doc), cmp.Compare(x.Message, y.Message))
	})
	b.s.Facts = factValues(b.facts)
	if b.s.Packed != nil {
		b.s.Records = b.s.Packed.Unpack()
		b.s.Packed = nil
	}
	return b
}

// rec is record i, unpacked: Build holds the records packed
// (Summary.Packed).
func (b *builder) rec(i int) extract.Record { return b.s.Packed.At(i) }

// nrec is the number of records.
func (b *builder) nrec() int { return b.s.Packed.Len() }

// builder holds the state shared by the steps of Build.
type builder struct {
	s           *Summary
	facts       []slimFact           // the facts (see fact); Summary.Facts holds their values
	dropped     map[string]string    // doc of a republished copy → doc of the article kept
	skip        []bool               // per record: left out of facts and checks (until the facts are made)
	orgRank     map[string]int       // position in Summary.Orgs
	orgType     map[string]string    // canonical org_type of each org
	yearlyAt    map[cellKey]int      // position in Summary.Yearly
	span        []Span               // per record: the part of the year it covers (until the facts are made)
	period      []string             // per record: its period as aggregation reads it (until the facts are made)
	yearTotal   []bool               // per record: marked as the year's overall result ("cả năm", "tính chung")
	conflicted  []bool               // per fact: part of a Conflict
	factOf      []int                // per record: the fact it is compared in (comparedFacts), -1 if none
	measureOf   []int                // per fact: its measure within its year (conflictMeasures), -1 if not compared
	factMeasure []int32              // per fact: number of its measure in its year
	measures    map[int][]measureKey // per year: its measures by number
	orgEra      map[string]int       // era index + 1 of each org that is a unit of a map era
	cache       PartCache            // nil: no cache
	inputs      map[int]*yearInputs  // per year: its local records and facts key, when cached
	noOrg       []Check              // the checks of records without an org (checkNoOrg), until buildChecks
	view        *recordView          // what the steps after the facts read of the records
}

// sortRecords makes in's records, packed (in.Table, or else in.Records
// packed), Summary.Packed, sorted in place by Doc then Offset, the
// remaining fields breaking ties so that any input order gives one result.
func (b *builder) sortRecords(in Input) {
	recs := in.Table
	if recs == nil {
		recs = extract.Pack(in.Records)
	}
	b.s.Packed = recs
	if sortedRecords(recs) {
		return // as a build gives them
	}
	idx := make([]int32, recs.Len())
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(i, j int32) int {
		a, b := recs.At(int(i)), recs.At(int(j))
		return compareRecords(&a, &b)
	})
	recs.Permute(idx)
}

func sortedRecords(recs *extract.Table) bool {
	if recs.Len() == 0 {
		return true
	}
	prev := recs.At(0)
	for i := 1; i < recs.Len(); i++ {
		r := recs.At(i)
		if compareRecords(&prev, &r) > 0 {
			return false
		}
		prev = r
	}
	return true
}

func compareRecords(a, b *extract.Record) int {
	// Doc and Offset nearly always decide: compare them first and return,
	// as cmp.Or evaluates every argument (twenty, strings among them).
	if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Offset, b.Offset); c != 0 {
		return c
	}
	return cmp.Or(
		cmp.Compare(a.Pos, b.Pos),
		cmp.Compare(a.Para, b.Para),
		cmp.Compare(a.Len, b.Len),
		cmp.Compare(a.Value, b.Value),
		compareOptional(a.Denominator, b.Denominator),
		compareOptional(a.Completion, b.Completion),
		cmp.Compare(a.Unit, b.Unit),
		cmp.Compare(a.Noun, b.Noun),
		cmp.Compare(a.Text, b.Text),
		cmp.Compare(a.Evidence, b.Evidence),
		cmp.Compare(a.Org, b.Org),
		cmp.Compare(a.OrgType, b.OrgType),
		cmp.Compare(a.Year, b.Year),
		cmp.Compare(a.Category, b.Category),
		cmp.Compare(a.Qualifier, b.Qualifier),
		cmp.Compare(a.Basis, b.Basis),
		cmp.Compare(a.Status, b.Status),
		cmp.Compare(a.Period, b.Period),
		cmp.Compare(a.Province, b.Province),
	)
}

func compareOptional(a, b *float64) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return cmp.Compare(*a, *b)
}

// sortArticles copies articles into Summary.Articles sorted by Doc; their
// Records and Year are filled from the records.
func (b *builder) sortArticles(articles []corpus.Article) {
	for _, a := range articles {
		b.s.Articles = append(b.s.Articles, Article{Article: a})
	}
	slices.SortFunc(b.s.Articles, func(x, y Article) int {
		return cmp.Or(
			cmp.Compare(x.Doc, y.Doc),
			cmp.Compare(x.Text, y.Text),
			cmp.Compare(x.Title, y.Title),
			cmp.Compare(x.Kicker, y.Kicker),
			cmp.Compare(x.URL, y.URL),
			cmp.Compare(x.Published, y.Published),
			cmp.Compare(x.Hash, y.Hash),
		)
	})
}

// dropRepublished keeps, of the articles whose cleaned text is identical,
// only the first by Doc. The records of a dropped copy stay in Records (they
// are mentions in a real file) but count for nothing.
func (b *builder) dropRepublished() {
	b.dropped = make(map[string]string)
	first := make(map[string]string) // cleaned text → doc of its first article
	kept := b.s.Articles[:0]
	for _, a := range b.s.Articles {
		if a.Text == "" {
			kept = append(kept, a)
			continue
		}
		orig, seen := first[a.Text]
		switch {
		case !seen:
			first[a.Text] = a.Doc
			kept = append(kept, a)
		case orig == a.Doc:
			b.warn(a.Doc, fmt.Sprintf("bài %s có hai lần trong dữ liệu vào: chỉ giữ một", a.Doc))
		default:
			b.dropped[a.Doc] = orig
			b.warn(a.Doc, fmt.Sprintf("bài %s đăng lại nguyên văn bài %s: số liệu chỉ tính một lần, theo bài %s", a.Doc, orig, orig))
		}
	}
	b.s.Articles = slices.Clip(kept)
}

// markUnusable flags the records that take no part in facts and checks: those
// of a republished copy, and those whose numbers are not finite or beyond
// maxValue (warned about).
func (b *builder) markUnusable() {
	b.skip = make([]bool, b.nrec())
	dropped := false
	for i := range b.nrec() {
		r := b.rec(i)
		if i == 0 || r.Doc != b.s.Packed.Doc(i-1) {
			_, dropped = b.dropped[r.Doc]
		}
		if dropped {
			b.skip[i] = true
			continue
		}
		if !usable(r.Value) || (r.Denominator != nil && !usable(*r.Denominator)) || (r.Completion != nil && !usable(*r.Completion)) {
			b.skip[i] = true
			b.warn(r.Doc, fmt.Sprintf("số liệu tại byte %d (%q) không hợp lệ: không đưa vào tổng hợp", r.Offset, r.Text))
		}
	}
}

// markOutOfScope leaves out of every fact and table the records of
// another province than the report's, of national bodies and of no known
// province (rule 0 of the package documentation).
func (b *builder) markOutOfScope() {
	if b.s.Province == "" {
		return
	}
	for i := range b.nrec() {
		if b.rec(i).Province != b.s.Province {
			b.skip[i] = true
			b.s.LeftOut = append(b.s.LeftOut, i)
		}
	}
}

func usable(v float64) bool {
	return !math.IsNaN(v) && math.Abs(v) <= maxValue
}

// fillArticles lists each kept article's records in text order and sets its
// reporting year.
func (b *builder) fillArticles() {
	at := make(map[string]int, len(b.s.Articles))
	for i, a := range b.s.Articles {
		if _, ok := at[a.Doc]; !ok {
			at[a.Doc] = i
		}
	}
	for i := range b.nrec() {
		if j, ok := at[b.s.Packed.Doc(i)]; ok {
			b.s.Articles[j].Records = append(b.s.Articles[j].Records, i)
		}
	}
	for i := range b.s.Articles {
		a := &b.s.Articles[i]
		a.Year = b.articleYear(a)
	}
}

// readPeriods reads, for each record, the part of the year a flow covers
// ("6 tháng đầu năm", "đến hết tháng 11"), whether it is marked as the
// year's overall result ("cả năm") and whether the text presents a yearly
// figure as a stock ("đại diện cho 36.000 đoàn viên"), from the words of its
// sentence around the number.
func (b *builder) readPeriods() {
	text := make(map[string]string, len(b.s.Articles))
	for _, a := range b.s.Articles {
		text[a.Doc] = a.Text
	}
	b.span = make([]Span, b.nrec())
	b.period = make([]string, b.nrec())
	b.yearTotal = make([]bool, b.nrec())
	if b.cache != nil {
		b.readPeriodsCached(text)
		return
	}
	// Each record is read alone: the records are split into one run per
	// CPU, each with its own cache of the last sentence.
	chunks(b.nrec(), func(lo, hi int) {
		var sentences sentenceCache
		for i := lo; i < hi; i++ {
			b.readPeriod(i, &sentences, text[b.s.Packed.Doc(i)])
		}
	})
}

// readPeriod reads record i's period, span and year-total mark from its
// sentence in text, its article's.
func (b *builder) readPeriod(i int, sentences *sentenceCache, text string) {
	r := b.rec(i)
	b.period[i] = r.Period
	if r.Period != extract.PeriodYear || r.Status != extract.StatusAchieved || b.skip[i] {
		return
	}
	rd := sentences.read(&r, text)
	if rd.stock {
		b.period[i] = extract.PeriodSnapshot
		return
	}
	b.span[i], b.yearTotal[i] = rd.span, rd.yearTotal
}

// chunks calls fn on consecutive ranges [lo, hi) that cover [0, n), one
// per CPU at once, and returns when all are done.
func chunks(n int, fn func(lo, hi int)) {
	parts := min(runtime.GOMAXPROCS(0), max(n/1024, 1))
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { fn(n*p/parts, n*(p+1)/parts) })
	}
	wg.Wait()
}

// articleYear is the most common non-zero year of the article's records
// (ties: the latest), else the year it was published, else 0.
func (b *builder) articleYear(a *Article) int {
	count := make(map[int]int)
	best, bestN := 0, 0
	for _, i := range a.Records {
		y := b.rec(i).Year
		if y == 0 {
			continue
		}
		count[y]++
		if n := count[y]; n > bestN || (n == bestN && y > best) {
			best, bestN = y, n
		}
	}
	if best != 0 {
		return best
	}
	if len(a.Published) >= 4 {
		if y, err := strconv.Atoi(a.Published[:4]); err == nil && y > 0 {
			return y
		}
	}
	return 0
}

// buildYearsAndCategories lists the non-zero years and the categories that
// occur in the records.
func (b *builder) buildYearsAndCategories() {
	years := make(map[int]bool)
	cats := make(map[string]bool)
	for i := range b.nrec() {
		if b.skip[i] {
			continue
		}
		r := b.rec(i)
		if r.Year != 0 {
			years[r.Year] = true
		}
		if r.Category != "" {
			cats[r.Category] = true
		}
	}
	for y := range years {
		b.s.Years = append(b.s.Years, y)
	}
	slices.Sort(b.s.Years)
	for c := range cats {
		b.s.Categories = append(b.s.Categories, c)
	}
	slices.SortFunc(b.s.Categories, vocab.CompareCategory)
}

func (b *builder) warn(doc, msg string) {
	b.s.Warnings = append(b.s.Warnings, Warning{Doc: doc, Message: msg})
}

// round2 rounds v to 2 decimals; whole numbers (and numbers too large to
// carry decimals) are returned unchanged so that integer sums stay exact.
func round2(v float64) float64 {
	if v == math.Trunc(v) || math.Abs(v) >= maxValue {
		return v
	}
	return math.Round(v*100) / 100
}

// percent returns part/whole×100 rounded to 2 decimals, or nil when whole is
// 0 or the result is not finite.
func percent(part, whole float64) *float64 {
	if whole == 0 {
		return nil
	}
	p := round2(part / whole * 100)
	if math.IsInf(p, 0) || math.IsNaN(p) {
		return nil
	}
	return &p
}

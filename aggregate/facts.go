package aggregate

import (
	"hash/maphash"
	"math"
	"slices"

	"github.com/lddt/unionstats/extract"
)

// measureKey is what a fact counts, but for its year, span and value: the
// facts of one measure and year restate one another (rule 3), conflict
// (rule 11) and add up (rule 6). Measures are numbered per year, so that
// the maps of those rules hash numbers, not seven strings.
type measureKey struct {
	org, category, unit, noun, status, period, basis string
}

// factKey is what makes two records of one year the same fact. The
// denominator is not part of it: "1.623/1.500 đoàn viên" and "1.623 đoàn
// viên" state the same result.
type factKey struct {
	value   float64
	span    Span
	measure int32 // number in the factIndex
	derived bool
}

// keyOf is the fact key of record i, r (unpacked by the caller, which
// reads it too): its org as Summary.Orgs names it, and the period and
// span read from its sentence (see readPeriods).
func (b *builder) keyOf(x *factIndex, i int, r *extract.Record) factKey {
	m := measureKey{OrgName(r.Org, r.OrgType), r.Category, r.Unit, r.Noun, r.Status, b.period[i], r.Basis}
	return factKey{measure: x.measure(m), span: b.span[i], value: r.Value}
}

// paraKey is one fact key (by number) within one paragraph.
type paraKey struct{ key, para int32 }

// yearFact is a fact as a year's factIndex makes it: its key and records.
// The rest of its Fact is its measure's and its first records' (see
// wholeFact), filled in when the years are joined, so that the facts of the
// years in progress take 56 bytes each, not 208.
type yearFact struct {
	key     factKey
	records []int // as Fact.Records
}

// factIndex assigns records to facts. Records of the same key are one fact,
// except that records of the same key in the same paragraph are distinct:
// the n-th occurrence of a key in a paragraph joins the n-th fact of that
// key ("slot" n), which is the first fact with no record from that paragraph.
// Measures and keys are numbered so that the maps of later steps hash
// numbers; measures are found by a hash of their seven strings (measureIDs),
// whose entries are small. The per-paragraph counts (seen) live in maps of
// one article at a time, which stay small. A factIndex holds the facts of
// one year.
type factIndex struct {
	facts      []yearFact
	ids        map[factKey]int32 // number of each key
	keys       []factKey         // keys by number
	first      []int32           // per key number: its fact in slot 0
	more       map[int32][]int32 // per key number: its facts in slots 1, 2, … (few keys have any)
	stated     map[int32]int     // of the current article: first stated total fact of each key number
	pool       []int             // backing store of the facts' first Records
	seed       maphash.Seed
	measureIDs map[uint64]int32     // hash of a measure → number of the first measure with that hash
	collided   map[measureKey]int32 // measures whose hash an earlier measure has
	measures   []measureKey         // by number
}

// hash is a hash of m's fields.
func (m *measureKey) hash(seed maphash.Seed) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	for _, s := range [...]string{m.org, m.category, m.unit, m.noun, m.status, m.period, m.basis} {
		h.WriteString(s)
		h.WriteByte(0) // no field holds a NUL: ("a", "b") and ("ab", "") differ
	}
	return h.Sum64()
}

// measure numbers m, adding it when new.
func (x *factIndex) measure(m measureKey) int32 {
	h := m.hash(x.seed)
	id, ok := x.measureIDs[h]
	switch {
	case ok && x.measures[id] == m:
		return id
	case ok:
		if id, ok := x.collided[m]; ok {
			return id
		}
	}
	id = int32(len(x.measures))
	if ok {
		x.collided[m] = id
	} else {
		x.measureIDs[h] = id
	}
	x.measures = append(x.measures, m)
	return id
}

// id numbers k, adding it when new.
func (x *factIndex) id(k factKey) int32 {
	id, ok := x.ids[k]
	if !ok {
		id = int32(len(x.keys))
		x.ids[k] = id
		x.keys = append(x.keys, k)
		x.first = append(x.first, -1)
	}
	return id
}

// slot is the fact in slot n of key number id, -1 if none.
func (x *factIndex) slot(id int32, n int) int {
	if n == 0 {
		return int(x.first[id])
	}
	if more := x.more[id]; n <= len(more) {
		return int(more[n-1])
	}
	return -1
}

// add puts records (whose fact key is numbered id) into a fact: the one in
// slot n of the key, n counted in seen, or a new one. It returns the
// fact's index.
func (x *factIndex) add(id int32, seen map[paraKey]int, para int, records ...int) int {
	pk := paraKey{id, int32(para)}
	n := seen[pk]
	seen[pk] = n + 1
	if f := x.slot(id, n); f >= 0 {
		x.facts[f].records = append(x.facts[f].records, records...)
		return f
	}
	// Slots fill in turn: occurrence n of a paragraph found slots 0…n-1.
	f := len(x.facts)
	x.facts = append(x.facts, yearFact{key: x.keys[id], records: x.records(records)})
	if n == 0 {
		x.first[id] = int32(f)
	} else {
		x.more[id] = append(x.more[id], int32(f))
	}
	return f
}

// records gives a fact's first records: a slice of the pool, capped so that
// appending to it copies rather than overwrites the next fact's records.
func (x *factIndex) records(ids []int) []int {
	start := len(x.pool)
	x.pool = append(x.pool, ids...)
	return x.pool[start:len(x.pool):len(x.pool)]
}

// slimFact is a Fact as Build keeps it from the join of the years' facts
// to its end: its measure (org, category, unit, noun, status, period and
// basis) is its year's, shared by the year's facts, so that a fact takes
// 96 bytes instead of 208 (about 140 MB less at 1.5M facts). fact gives
// the whole Fact.
type slimFact struct {
	m                  *measureKey
	orgType, qualifier string
	value              float64
	span               Span
	records            []int // as Fact.Records
	year               int32
	derived            bool
}

// slimFactOf is the fact of f, of year y: a stated fact takes its org type
// and qualifier from its first record; a derived one (count × rate, its
// first two records) the rate's org type and productQualifier.
func (b *builder) slimFactOf(y *factYear, f *yearFact) slimFact {
	r := b.rec(f.records[0])
	qualifier := r.Qualifier
	if f.key.derived {
		c := r
		r = b.rec(f.records[1])
		qualifier = productQualifier(c.Qualifier, r.Qualifier)
	}
	return slimFact{
		m: &y.measures[f.key.measure], orgType: r.OrgType, qualifier: qualifier, value: f.key.value,
		span: f.key.span, records: f.records, year: int32(y.year), derived: f.key.derived,
	}
}

// fact is fact i whole.
func (b *builder) fact(i int) Fact {
	f := &b.facts[i]
	return Fact{
		Org: f.m.org, OrgType: f.orgType, Year: int(f.year), Category: f.m.category,
		Unit: f.m.unit, Noun: f.m.noun, Value: f.value, Qualifier: f.qualifier,
		Status: f.m.status, Period: f.m.period, Span: f.span, Basis: f.m.basis, Derived: f.derived,
		Records: f.records,
	}
}

// wholeFacts gives every fact whole.
func (b *builder) wholeFacts() []Fact {
	if b.facts == nil {
		return nil
	}
	all := make([]Fact, len(b.facts))
	for i := range all {
		all[i] = b.fact(i)
	}
	return all
}

// pairing is a per-unit rate record and the count record it multiplies.
type pairing struct{ count, rate int }

// derivedFact is a product waiting to become a Derived fact.
type derivedFact struct {
	pairing
	id  int32
	doc int
}

// factYear is one year's share of buildFacts: the facts whose key has the
// year are made from the year's records and rates alone.
type factYear struct {
	year     int
	records  []int        // usable records of the year, ascending
	rates    []yearRate   // per-unit rates of the year (by the rate record) with their counts, ascending
	facts    []yearFact   // the year's facts, stated then derived, restatements merged
	measures []measureKey // by number
}

// yearRate is a pairing in article number doc.
type yearRate struct {
	pairing
	doc int
}

// buildFacts groups the usable records into facts, then adds the derived
// totals (count × per-unit rate). Stated facts come in the order of their
// first record, derived facts after them in the order of their rate
// records. A fact's key has a year, and a product has its rate's: each
// year's facts are made on their own, the years on every CPU at once, then
// put in that order. years are factYears', made before the texts could go
// (Input.AfterTexts): the pairing of rates and counts compares sentences.
func (b *builder) buildFacts(years []factYear) {
	var inputs []yearInputs
	if b.cache != nil {
		inputs = make([]yearInputs, len(years))
	}
	inParallel(len(years), func(i int) {
		y := &years[i]
		if inputs != nil && b.cachedFacts(y, &inputs[i]) {
			return
		}
		x := newFactIndex(len(y.records))
		b.addDerived(x, b.statedFacts(x, y))
		y.facts = b.mergeRestatements(x.facts, x.measures)
		// The index was sized for a measure per record and a year has
		// about one per three (fewer as the archive grows): keep a copy of
		// the measures that exist, not the capacity, for the whole build.
		y.measures = slices.Clone(x.measures)
		if inputs != nil {
			b.cache.Put(factsPart(y.year), inputs[i].key, encodeFacts(y, inputs[i].local))
		}
	})
	if inputs != nil {
		b.inputs = make(map[int]*yearInputs, len(years))
		for i := range years {
			b.inputs[years[i].year] = &inputs[i]
		}
	}
	b.joinFacts(years)
}

// cachedFacts fills in year y's inputs and, when the cache holds the facts
// of those inputs, y's facts and measures from it.
func (b *builder) cachedFacts(y *factYear, in *yearInputs) bool {
	in.local = localRecords(y)
	in.key = b.factsKey(y, in.local)
	part := factsPart(y.year)
	payload, ok := b.cache.Get(part, in.key)
	if !ok {
		return false
	}
	if err := decodeFacts(y, in.local, payload); err != nil {
		b.cache.Damaged(part, err)
		return false
	}
	return true
}

// factYears splits the usable records by year and pairs each per-unit
// rate with the count it multiplies: the last count (see isCount) before
// it in its paragraph, if in the same sentence; a count with two or more
// rates gives a range, no product (dropRanges). The count may be of
// another year than the rate.
func (b *builder) factYears() []factYear {
	at := make(map[int]int) // year → position in years
	var years []factYear
	yearOf := func(year int) *factYear {
		j, ok := at[year]
		if !ok {
			j = len(years)
			at[year] = j
			years = append(years, factYear{year: year})
		}
		return &years[j]
	}
	var (
		rates     []pairing       // of the current article
		lastCount = map[int]int{} // of the current article: last count record of each paragraph
		doc       = -1            // number of the current article
	)
	flush := func() {
		for _, p := range dropRanges(rates) {
			y := yearOf(b.rec(p.rate).Year)
			y.rates = append(y.rates, yearRate{p, doc})
		}
		rates = rates[:0]
	}
	for i := range b.nrec() {
		r := b.rec(i)
		if i == 0 || r.Doc != b.s.Packed.Doc(i-1) {
			flush()
			doc++
			clear(lastCount)
		}
		if b.skip[i] {
			continue
		}
		y := yearOf(r.Year)
		y.records = append(y.records, i)
		switch r.Basis {
		case extract.BasisPerUnit:
			// Records are in text order, so the last count of the paragraph
			// is the nearest one; it must be in the same sentence.
			if c, ok := lastCount[r.Para]; ok && sameEvidence(b.s.Packed, c, r.Evidence) {
				rates = append(rates, pairing{c, i})
			}
		case extract.BasisTotal:
			if isCount(&r) {
				lastCount[r.Para] = i
			}
		}
	}
	flush()
	return years
}

// joinFacts makes the years' facts Summary.Facts: stated facts by first
// record, then derived facts by rate record (their second), as one pass
// over all records makes them.
func (b *builder) joinFacts(years []factYear) {
	n := b.nrec()
	// slot[k] is 1 + the number, counting the years' facts in turn, of the
	// fact of order key k: its first record for a stated fact, n + its
	// rate record for a derived one; 0 for none.
	slot := make([]int32, 2*n)
	total := 0
	for i := range years {
		for j := range years[i].facts {
			f := &years[i].facts[j]
			k := f.records[0]
			if f.key.derived {
				k = n + f.records[1]
			}
			total++
			slot[k] = int32(total)
		}
	}
	b.measures = make(map[int][]measureKey, len(years))
	for i := range years {
		b.measures[years[i].year] = years[i].measures
	}
	if total == 0 {
		b.facts = nil // no facts: a nil list, as ever
		return
	}
	rank := make([]int32, total) // per fact counted in turn: its position in Summary.Facts
	next := int32(0)
	for _, s := range slot {
		if s != 0 {
			rank[s-1] = next
			next++
		}
	}
	b.facts = make([]slimFact, total)
	b.factMeasure = make([]int32, total)
	p := 0
	for i := range years {
		y := &years[i]
		for j := range y.facts {
			f := &y.facts[j]
			b.facts[rank[p]] = b.slimFactOf(y, f)
			b.factMeasure[rank[p]] = f.key.measure
			p++
		}
		y.facts = nil
	}
}

// newFactIndex is an empty factIndex sized for n records.
func newFactIndex(n int) *factIndex {
	// About one key, and two thirds of a measure, per record: no rehashing.
	return &factIndex{
		facts:      make([]yearFact, 0, n),
		ids:        make(map[factKey]int32, n),
		keys:       make([]factKey, 0, n),
		first:      make([]int32, 0, n),
		more:       map[int32][]int32{},
		stated:     map[int32]int{},
		pool:       make([]int, 0, n),
		seed:       maphash.MakeSeed(),
		measureIDs: make(map[uint64]int32, n),
		collided:   map[measureKey]int32{},
		measures:   make([]measureKey, 0, n*3/4),
	}
}

// statedFacts puts each usable record of year y into its fact in x. It
// returns the products of y's rates that no total of their article states,
// in the order of their rate records, to become Derived facts.
func (b *builder) statedFacts(x *factIndex, y *factYear) []derivedFact {
	recs := b.s.Packed
	var (
		derived []derivedFact
		seen    = map[paraKey]int{} // of the current article: occurrences of a key in a paragraph so far
		rates   = y.rates           // of this article and those after it
	)
	// endArticle turns the rates of the article of record last into
	// products, once its records are all in x.
	endArticle := func(last int) {
		n := 0
		for n < len(rates) && recs.Doc(rates[n].rate) == recs.Doc(last) {
			n++
		}
		derived = append(derived, b.products(x, rates[:n])...)
		rates = rates[n:]
		clear(seen)
		clear(x.stated)
	}
	for j, i := range y.records {
		r := recs.At(i)
		if j > 0 && r.Doc != recs.Doc(y.records[j-1]) {
			endArticle(y.records[j-1])
		}
		id := x.id(b.keyOf(x, i, &r))
		f := x.add(id, seen, r.Para, i)
		if r.Basis == extract.BasisTotal {
			if _, ok := x.stated[id]; !ok {
				x.stated[id] = f
			}
		}
	}
	if n := len(y.records); n > 0 {
		endArticle(y.records[n-1])
	}
	return derived
}

// sameEvidence reports whether record i of recs has the sentence ev.
func sameEvidence(recs *extract.Table, i int, ev string) bool {
	e, _ := recs.Texts(i)
	return e == ev
}

// isCount reports whether a total is a count that a per-unit rate can
// multiply: any unit but money and percent.
func isCount(r *extract.Record) bool {
	return r.Basis == extract.BasisTotal && r.Unit != "vnd" && r.Unit != "percent"
}

// products turns rates, those of one article, into products: each joins
// the total that the article states with the same key (x.stated), or is
// returned, to become a Derived fact.
func (b *builder) products(x *factIndex, rates []yearRate) []derivedFact {
	var derived []derivedFact
	for _, p := range rates {
		k := b.productKey(x, p.pairing)
		if id, ok := x.ids[k]; ok {
			if f, ok := x.stated[id]; ok {
				x.facts[f].records = append(x.facts[f].records, p.count, p.rate)
				continue
			}
		}
		k.derived = true
		derived = append(derived, derivedFact{p.pairing, x.id(k), p.doc})
	}
	return derived
}

// addDerived adds the products to x as Derived facts, de-duplicated like
// stated ones, keyed by the article and paragraph of the rate record, with
// the qualifier of productQualifier (see wholeFact).
func (b *builder) addDerived(x *factIndex, derived []derivedFact) {
	seen := map[paraKey]int{} // of the current article
	for j, d := range derived {
		if j == 0 || d.doc != derived[j-1].doc {
			clear(seen)
		}
		x.add(d.id, seen, b.rec(d.rate).Para, d.count, d.rate)
	}
}

// productQualifier is the qualifier of a count × rate product: the count's
// when it is not exact ("hơn 200 suất, mỗi suất 500.000 đồng"), else the
// rate's.
func productQualifier(count, rate string) string {
	if count == extract.QualExact {
		return rate
	}
	return count
}

// dropRanges leaves out the pairings of a count with two or more rates: "có
// 1.214 người …, mức hỗ trợ từ 1.855.000 đến 3.710.000 đồng/người" gives a
// range, not a rate, and its total is unknown.
func dropRanges(rates []pairing) []pairing {
	n := make(map[int]int, len(rates))
	for _, p := range rates {
		n[p.count]++
	}
	return slices.DeleteFunc(rates, func(p pairing) bool { return n[p.count] > 1 })
}

// productKey is the key of the total of a count and its per-unit rate: the
// rate's key with the product, rounded to 2 decimals, as a total.
func (b *builder) productKey(x *factIndex, p pairing) factKey {
	c, r := b.rec(p.count), b.rec(p.rate)
	k := b.keyOf(x, p.rate, &r)
	m := x.measures[k.measure]
	m.basis = extract.BasisTotal
	k.measure = x.measure(m)
	k.value = round2(c.Value * r.Value)
	return k
}

// restates reports whether an approximate figure v (qualifier q: "hơn",
// "gần", "khoảng"…) is a rounded restatement of the exact figure x: x lies
// within one step of v's last non-zero digit ("gần 60.000" for 59.470, "hơn
// 2.000" for 2.104). A figure with decimals restates only itself.
func restates(v float64, q string, x float64) bool {
	return restatesBy(v, roundingStep(v), q, x)
}

// restatesBy is restates with step, roundingStep(v), given: a fact is
// compared with every exact fact of its measure, and the step is v's.
func restatesBy(v, step float64, q string, x float64) bool {
	switch q {
	case extract.QualMoreThan:
		return x > v && x < v+step
	case extract.QualAtLeast:
		return x >= v && x < v+step
	case extract.QualAbout:
		return x >= v-step/2 && x <= v+step/2
	}
	return false
}

// roundingStep is the place value of v's last non-zero digit: 60.000 →
// 10.000, 2.500 → 100; 0 for a figure that is not a positive whole number.
func roundingStep(v float64) float64 {
	if v <= 0 || v != math.Trunc(v) {
		return 0
	}
	if v < 1<<63 {
		// A whole number below 2⁶³ is exactly a uint64, and 10ᵏ divides
		// it as math.Mod says, without math.Mod's long division: the
		// powers of ten up to 10¹⁹ are exact in both.
		n, step := uint64(v), 1.0
		for n%10 == 0 {
			n /= 10
			step *= 10
		}
		return step
	}
	step := 1.0
	for math.Mod(v, step*10) == 0 {
		step *= 10
	}
	return step
}

// mergeRestatements folds each approximate stated fact into the exact fact
// it restates (rule 3): same key but the value (and the span, when the
// approximate fact names none: a headline omits "từ tháng 7"), no record in
// the same paragraph of the same article, the nearest value first, then the
// first fact. The folded fact's records follow the exact fact's, and the
// facts (of one year, whose measures are ms) are returned without the
// folded ones.
func (b *builder) mergeRestatements(facts []yearFact, ms []measureKey) []yearFact {
	// A stated fact's qualifier is its first record's (see wholeFact).
	qualifier := func(f *yearFact) string { return b.rec(f.records[0]).Qualifier }
	stated := func(f *yearFact) bool {
		return !f.key.derived && ms[f.key.measure].basis == extract.BasisTotal
	}
	// Only the measures of approximate facts are looked up: few of them.
	exact := make(map[int32][]int)
	for i := range facts {
		if f := &facts[i]; stated(f) && qualifier(f) != extract.QualExact {
			exact[f.key.measure] = nil
		}
	}
	if len(exact) == 0 {
		return facts
	}
	for i := range facts {
		f := &facts[i]
		if stated(f) && qualifier(f) == extract.QualExact {
			if js, ok := exact[f.key.measure]; ok {
				exact[f.key.measure] = append(js, i)
			}
		}
	}
	into := make([]int, len(facts)) // fact it folds into + 1, 0 if kept
	folded := 0
	for i := range facts {
		f := &facts[i]
		if !stated(f) || qualifier(f) == extract.QualExact {
			continue
		}
		best := -1
		q, step := qualifier(f), roundingStep(f.key.value)
		for _, j := range exact[f.key.measure] {
			g := &facts[j]
			if into[j] != 0 || (f.key.span != g.key.span && !f.key.span.Whole()) ||
				!restatesBy(f.key.value, step, q, g.key.value) || b.shareParagraph(f.records, g.records) {
				continue
			}
			if best < 0 || math.Abs(g.key.value-f.key.value) < math.Abs(facts[best].key.value-f.key.value) {
				best = j
			}
		}
		if best >= 0 {
			into[i] = best + 1
			folded++
		}
	}
	if folded == 0 {
		return facts
	}
	kept := make([]yearFact, 0, len(facts)-folded)
	newAt := make([]int, len(facts))
	for i := range facts {
		if into[i] == 0 {
			newAt[i] = len(kept)
			kept = append(kept, facts[i])
		}
	}
	for i, t := range into {
		if t != 0 {
			g := &kept[newAt[t-1]]
			g.records = append(slices.Clip(g.records), facts[i].records...)
		}
	}
	return kept
}

// shareParagraph reports whether two facts' records have one in the same
// paragraph of the same article.
func (b *builder) shareParagraph(f, g []int) bool {
	for _, i := range f {
		ri := b.rec(i)
		for _, j := range g {
			if rj := b.rec(j); ri.Doc == rj.Doc && ri.Para == rj.Para {
				return true
			}
		}
	}
	return false
}

// factValues is what Summary.Facts keeps of facts: nil for none.
func factValues(facts []slimFact) []FactValue {
	if facts == nil {
		return nil
	}
	v := make([]FactValue, len(facts))
	for i := range facts {
		v[i] = FactValue{Value: facts[i].value, Derived: facts[i].derived, Records: facts[i].records}
	}
	return v
}

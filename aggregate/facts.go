package aggregate

import (
	"github.com/lddt/unionstats/extract"
)

// factKey is what makes two records the same fact.
type factKey struct {
	org, category, unit, noun, status, period, basis string
	year                                             int
	value, den                                       float64
	hasDen, derived                                  bool
}

func keyOf(r *extract.Record) factKey {
	k := factKey{
		org: r.Org, category: r.Category, unit: r.Unit, noun: r.Noun,
		status: r.Status, period: r.Period, basis: r.Basis,
		year: r.Year, value: r.Value,
	}
	if r.Denominator != nil {
		k.hasDen, k.den = true, *r.Denominator
	}
	return k
}

// paraKey is one fact key within one paragraph of one article.
type paraKey struct {
	factKey
	doc  string
	para int
}

// docKey is one fact key within one article.
type docKey struct {
	factKey
	doc string
}

// sentenceKey is one sentence of one article.
type sentenceKey struct {
	doc      string
	para     int
	evidence string
}

// factIndex assigns records to facts. Records of the same key are one fact,
// except that records of the same key in the same paragraph are distinct:
// the n-th occurrence of a key in a paragraph joins the n-th fact of that
// key ("slot" n), which is the first fact with no record from that paragraph.
type factIndex struct {
	facts  []Fact
	slots  map[factKey][]int // facts of a key, slot order
	seen   map[paraKey]int   // occurrences of a key in a paragraph so far
	stated map[docKey]int    // first stated (not derived) total fact of a key with a record in an article
}

// add puts records (whose fact key is k, found in paragraph para of doc) into
// a fact, creating one from r when needed, and returns the fact's index.
func (x *factIndex) add(k factKey, doc string, para int, r *extract.Record, qualifier string, records ...int) int {
	pk := paraKey{k, doc, para}
	n := x.seen[pk]
	x.seen[pk] = n + 1
	list := x.slots[k]
	if n < len(list) {
		f := list[n]
		x.facts[f].Records = append(x.facts[f].Records, records...)
		return f
	}
	f := len(x.facts)
	x.facts = append(x.facts, Fact{
		Org: r.Org, OrgType: r.OrgType, Year: r.Year, Category: r.Category,
		Unit: k.unit, Noun: r.Noun, Value: k.value, Qualifier: qualifier,
		Status: r.Status, Period: r.Period, Basis: k.basis, Derived: k.derived,
		Records: append([]int(nil), records...),
	})
	x.slots[k] = append(list, f)
	return f
}

// rate is a per-unit record and the count it multiplies.
type rate struct{ count, rate int }

// buildFacts groups the usable records into facts, then adds the derived
// totals (count × per-unit rate). Stated facts come in the order of their
// first record, derived facts after them in the order of their rate records.
func (b *builder) buildFacts() {
	recs := b.s.Records
	x := &factIndex{
		slots:  make(map[factKey][]int),
		seen:   make(map[paraKey]int),
		stated: make(map[docKey]int),
	}
	lastCount := make(map[sentenceKey]int)
	var rates []rate
	for i := range recs {
		if b.skip[i] {
			continue
		}
		r := &recs[i]
		k := keyOf(r)
		f := x.add(k, r.Doc, r.Para, r, r.Qualifier, i)
		sk := sentenceKey{r.Doc, r.Para, r.Evidence}
		switch {
		case r.Basis == extract.BasisPerUnit:
			if c, ok := lastCount[sk]; ok {
				rates = append(rates, rate{c, i})
			}
		case r.Basis == extract.BasisTotal:
			dk := docKey{k, r.Doc}
			if _, ok := x.stated[dk]; !ok {
				x.stated[dk] = f
			}
			if r.Unit != "vnd" && r.Unit != "percent" {
				lastCount[sk] = i
			}
		}
	}
	for _, p := range rates {
		b.derive(x, p)
	}
	b.s.Facts = x.facts
}

// derive adds the total of a count and its per-unit rate: in the rate's
// unit, org, year, category, status and period, rounded to 2 decimals. A
// product equal to a total the same article states is that total (the
// records join the stated fact); otherwise it is a Derived fact,
// de-duplicated like stated ones (keyed by the rate record's paragraph).
func (b *builder) derive(x *factIndex, p rate) {
	c, r := &b.s.Records[p.count], &b.s.Records[p.rate]
	k := keyOf(r)
	k.basis = extract.BasisTotal
	k.value = round2(c.Value * r.Value)
	k.hasDen, k.den = false, 0
	records := []int{p.count, p.rate}
	if f, ok := x.stated[docKey{k, r.Doc}]; ok {
		x.facts[f].Records = append(x.facts[f].Records, records...)
		return
	}
	k.derived = true
	q := c.Qualifier
	if q == extract.QualExact {
		q = r.Qualifier
	}
	x.add(k, r.Doc, r.Para, r, q, records...)
}

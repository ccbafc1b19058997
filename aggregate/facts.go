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

// paraKey is one fact key (by id) within one paragraph of one article (by
// position in sorted order).
type paraKey struct{ key, doc, para int }

// docKey is one fact key (by id) within one article.
type docKey struct{ key, doc int }

// factIndex assigns records to facts. Records of the same key are one fact,
// except that records of the same key in the same paragraph are distinct:
// the n-th occurrence of a key in a paragraph joins the n-th fact of that
// key ("slot" n), which is the first fact with no record from that paragraph.
// Keys and docs are numbered so that only one map hashes strings.
type factIndex struct {
	facts  []Fact
	ids    map[factKey]int // number of each key
	slots  [][]int         // facts of each key number, slot order
	seen   map[paraKey]int // occurrences of a key in a paragraph so far
	stated map[docKey]int  // first stated (not derived) total fact of a key with a record in an article
}

// id numbers k, adding it when new.
func (x *factIndex) id(k factKey) int {
	id, ok := x.ids[k]
	if !ok {
		id = len(x.slots)
		x.ids[k] = id
		x.slots = append(x.slots, nil)
	}
	return id
}

// add puts records (whose fact key is k, numbered id, found in paragraph
// para of the doc numbered doc) into a fact, creating one from r when
// needed, and returns the fact's index.
func (x *factIndex) add(k factKey, id, doc, para int, r *extract.Record, qualifier string, records ...int) int {
	pk := paraKey{id, doc, para}
	n := x.seen[pk]
	x.seen[pk] = n + 1
	if n < len(x.slots[id]) {
		f := x.slots[id][n]
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
	x.slots[id] = append(x.slots[id], f)
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
		ids:    make(map[factKey]int),
		seen:   make(map[paraKey]int),
		stated: make(map[docKey]int),
	}
	docs := make([]int, len(recs)) // records are sorted by Doc: number the runs
	b.keyIDs = make([]int, len(recs))
	lastCount := make(map[[2]int]int)
	var rates []rate
	for i := range recs {
		r := &recs[i]
		if i > 0 {
			docs[i] = docs[i-1]
			if r.Doc != recs[i-1].Doc {
				docs[i]++
			}
		}
		b.keyIDs[i] = -1
		if b.skip[i] {
			continue
		}
		k := keyOf(r)
		id := x.id(k)
		b.keyIDs[i] = id
		f := x.add(k, id, docs[i], r.Para, r, r.Qualifier, i)
		para := [2]int{docs[i], r.Para}
		switch r.Basis {
		case extract.BasisPerUnit:
			// Records are in text order, so the last count of the paragraph
			// is the nearest one; it must be in the same sentence.
			if c, ok := lastCount[para]; ok && recs[c].Evidence == r.Evidence {
				rates = append(rates, rate{c, i})
			}
		case extract.BasisTotal:
			dk := docKey{id, docs[i]}
			if _, ok := x.stated[dk]; !ok {
				x.stated[dk] = f
			}
			if r.Unit != "vnd" && r.Unit != "percent" {
				lastCount[para] = i
			}
		}
	}
	for _, p := range rates {
		b.derive(x, p, docs[p.rate])
	}
	b.s.Facts = x.facts
	b.keys = make([]factKey, len(x.ids))
	for k, id := range x.ids {
		b.keys[id] = k
	}
}

// derive adds the total of a count and its per-unit rate: in the rate's
// unit, org, year, category, status and period, rounded to 2 decimals. A
// product equal to a total the same article states is that total (the
// records join the stated fact); otherwise it is a Derived fact,
// de-duplicated like stated ones (keyed by the rate record's paragraph).
func (b *builder) derive(x *factIndex, p rate, doc int) {
	c, r := &b.s.Records[p.count], &b.s.Records[p.rate]
	k := keyOf(r)
	k.basis = extract.BasisTotal
	k.value = round2(c.Value * r.Value)
	k.hasDen, k.den = false, 0
	records := []int{p.count, p.rate}
	if id, ok := x.ids[k]; ok {
		if f, ok := x.stated[docKey{id, doc}]; ok {
			x.facts[f].Records = append(x.facts[f].Records, records...)
			return
		}
	}
	k.derived = true
	q := c.Qualifier
	if q == extract.QualExact {
		q = r.Qualifier
	}
	x.add(k, x.id(k), doc, r.Para, r, q, records...)
}

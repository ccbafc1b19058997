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

// paraKey is one fact key (by number) within one paragraph.
type paraKey struct{ key, para int }

// factIndex assigns records to facts. Records of the same key are one fact,
// except that records of the same key in the same paragraph are distinct:
// the n-th occurrence of a key in a paragraph joins the n-th fact of that
// key ("slot" n), which is the first fact with no record from that paragraph.
// Keys are numbered so that only one map hashes strings; the per-paragraph
// counts (seen) live in maps of one article at a time, which stay small.
type factIndex struct {
	facts  []Fact
	keyOf  []int           // per fact: number of its key
	ids    map[factKey]int // number of each key
	keys   []factKey       // keys by number
	slots  [][]int         // facts of each key number, slot order
	stated map[int]int     // of the current article: first stated total fact of each key number
	pool   []int           // backing store of the facts' first Records
}

// id numbers k, adding it when new.
func (x *factIndex) id(k factKey) int {
	id, ok := x.ids[k]
	if !ok {
		id = len(x.keys)
		x.ids[k] = id
		x.keys = append(x.keys, k)
		x.slots = append(x.slots, nil)
	}
	return id
}

// add puts records (whose fact key is numbered id) into a fact: the one in
// slot n of the key, n counted in seen, or a new one made from r with the
// given qualifier. It returns the fact's index.
func (x *factIndex) add(id int, seen map[paraKey]int, para int, r *extract.Record, qualifier string, records ...int) int {
	pk := paraKey{id, para}
	n := seen[pk]
	seen[pk] = n + 1
	if n < len(x.slots[id]) {
		f := x.slots[id][n]
		x.facts[f].Records = append(x.facts[f].Records, records...)
		return f
	}
	k := &x.keys[id]
	f := len(x.facts)
	x.facts = append(x.facts, Fact{
		Org: r.Org, OrgType: r.OrgType, Year: r.Year, Category: r.Category,
		Unit: k.unit, Noun: r.Noun, Value: k.value, Qualifier: qualifier,
		Status: r.Status, Period: r.Period, Basis: k.basis, Derived: k.derived,
		Records: x.records(records),
	})
	x.keyOf = append(x.keyOf, id)
	x.slots[id] = append(x.slots[id], f)
	return f
}

// records gives a fact's first records: a slice of the pool, capped so that
// appending to it copies rather than overwrites the next fact's records.
func (x *factIndex) records(ids []int) []int {
	start := len(x.pool)
	x.pool = append(x.pool, ids...)
	return x.pool[start:len(x.pool):len(x.pool)]
}

// pairing is a per-unit rate record and the count record it multiplies.
type pairing struct{ count, rate int }

// derivedFact is a product waiting to become a Derived fact.
type derivedFact struct {
	pairing
	id, doc int
}

// buildFacts groups the usable records into facts, then adds the derived
// totals (count × per-unit rate). Stated facts come in the order of their
// first record, derived facts after them in the order of their rate records.
func (b *builder) buildFacts() {
	recs := b.s.Records
	x := &factIndex{
		facts: make([]Fact, 0, len(recs)),
		keyOf: make([]int, 0, len(recs)),
		ids:   make(map[factKey]int, len(recs)/2),
		pool:  make([]int, 0, len(recs)),
	}
	b.keyIDs = make([]int, len(recs))
	var (
		derived   []derivedFact
		rates     []pairing           // of the current article
		seen      = map[paraKey]int{} // of the current article: occurrences of a key in a paragraph so far
		lastCount = map[int]int{}     // of the current article: last count record of each paragraph
		doc       = -1                // number of the current article
	)
	x.stated = map[int]int{}
	// endDoc turns the current article's rates into products: each joins a
	// total the article states with the same key, or waits to become a
	// Derived fact.
	endDoc := func() {
		for _, p := range rates {
			k := b.productKey(p)
			if id, ok := x.ids[k]; ok {
				if f, ok := x.stated[id]; ok {
					x.facts[f].Records = append(x.facts[f].Records, p.count, p.rate)
					continue
				}
			}
			k.derived = true
			derived = append(derived, derivedFact{p, x.id(k), doc})
		}
		rates = rates[:0]
	}
	for i := range recs {
		r := &recs[i]
		if i == 0 || r.Doc != recs[i-1].Doc {
			endDoc()
			doc++
			clear(seen)
			clear(x.stated)
			clear(lastCount)
		}
		b.keyIDs[i] = -1
		if b.skip[i] {
			continue
		}
		id := x.id(keyOf(r))
		b.keyIDs[i] = id
		f := x.add(id, seen, r.Para, r, r.Qualifier, i)
		switch r.Basis {
		case extract.BasisPerUnit:
			// Records are in text order, so the last count of the paragraph
			// is the nearest one; it must be in the same sentence.
			if c, ok := lastCount[r.Para]; ok && recs[c].Evidence == r.Evidence {
				rates = append(rates, pairing{c, i})
			}
		case extract.BasisTotal:
			if _, ok := x.stated[id]; !ok {
				x.stated[id] = f
			}
			if r.Unit != "vnd" && r.Unit != "percent" {
				lastCount[r.Para] = i
			}
		}
	}
	endDoc()
	// Derived facts are de-duplicated like stated ones, keyed by the
	// paragraph of the rate record.
	for j, d := range derived {
		if j == 0 || d.doc != derived[j-1].doc {
			clear(seen)
		}
		r, c := &recs[d.rate], &recs[d.count]
		q := c.Qualifier
		if q == extract.QualExact {
			q = r.Qualifier
		}
		x.add(d.id, seen, r.Para, r, q, d.count, d.rate)
	}
	b.s.Facts = x.facts
	b.keys = x.keys
	b.factKeyIDs = x.keyOf
}

// productKey is the key of the total of a count and its per-unit rate: the
// rate's key with the product, rounded to 2 decimals, as a total.
func (b *builder) productKey(p pairing) factKey {
	c, r := &b.s.Records[p.count], &b.s.Records[p.rate]
	k := keyOf(r)
	k.basis = extract.BasisTotal
	k.value = round2(c.Value * r.Value)
	k.hasDen, k.den = false, 0
	return k
}

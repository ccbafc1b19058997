package aggregate

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// yearPart is one year's share of the tables that read the facts of one
// year only (see PARTITIONS.md): its conflicts, Yearly cells, sums of
// units, the city's own figures and targets, before they are joined.
type yearPart struct {
	year    int
	facts   []int // the year's facts, ascending
	records []int // the records whose compared fact (comparedFacts) is of the year, ascending

	conflicts    []Conflict
	checks       []Check // of the conflicts
	yearly       []Cell  // in table order
	yearlyAt     map[cellKey]int
	unitSums     []UnitSum // in table order
	cityReported []Cell
	targets      []Target
}

// splitYears gives the years of the facts (0 included), ascending, each
// with its facts and the records that buildConflicts reads.
func (b *builder) splitYears() []yearPart {
	at := make(map[int]int) // year → position in parts
	var parts []yearPart
	part := func(year int) *yearPart {
		i, ok := at[year]
		if !ok {
			i = len(parts)
			at[year] = i
			parts = append(parts, yearPart{year: year})
		}
		return &parts[i]
	}
	for i := range b.facts {
		p := part(int(b.facts[i].year))
		p.facts = append(p.facts, i)
	}
	b.conflicted = make([]bool, len(b.facts))
	b.measureOf = make([]int, len(b.facts))
	b.factOf = b.comparedFacts()
	for i, f := range b.factOf {
		if f >= 0 {
			p := &parts[at[int(b.facts[f].year)]]
			p.records = append(p.records, i)
		}
	}
	slices.SortFunc(parts, func(x, y yearPart) int { return cmp.Compare(x.year, y.year) })
	return parts
}

// buildYear builds the tables of one year. The years' calls share nothing
// they write: each writes b.conflicted and b.measureOf at its own facts
// only.
func (b *builder) buildYear(p *yearPart) {
	in := b.inputs[p.year]
	var key string
	if in != nil {
		key = b.tablesKey(p, in)
		part := tablesPart(p.year)
		if payload, ok := b.cache.Get(part, key); ok {
			err := b.decodeTables(p, in.local, payload)
			if err == nil {
				return
			}
			b.cache.Damaged(part, err)
		}
	}
	b.buildConflicts(p, b.factOf, b.measureOf)
	b.buildYearly(p)
	b.buildUnitSums(p)
	b.buildTargets(p)
	// The years' tables wait for the join, every year's at once: keep
	// them at their size, not at the capacity appending left (up to twice
	// it; at 100,000 articles the years' targets took 84 MB so).
	p.conflicts, p.checks, p.yearly = exact(p.conflicts), exact(p.checks), exact(p.yearly)
	p.unitSums, p.cityReported, p.targets = exact(p.unitSums), exact(p.cityReported), exact(p.targets)
	if in != nil {
		b.cache.Put(tablesPart(p.year), key, encodeTables(p, in.local))
	}
}

// joinYears puts the years' tables into the Summary in table order and
// returns the conflicts' checks.
func (b *builder) joinYears(parts []yearPart) []Check {
	var (
		checks       [][]Check
		conflicts    [][]Conflict
		yearly, city [][]Cell
		unitSums     [][]UnitSum
		targets      [][]Target
	)
	for i := range parts {
		p := &parts[i]
		checks = append(checks, p.checks)
		conflicts = append(conflicts, p.conflicts)
		yearly = append(yearly, p.yearly)
		unitSums = append(unitSums, p.unitSums)
		city = append(city, p.cityReported)
		targets = append(targets, p.targets)
	}
	b.s.Conflicts = slices.Concat(conflicts...)
	b.s.Yearly = slices.Concat(yearly...)
	b.s.UnitSums = slices.Concat(unitSums...) // the years come in order, and each year's sums are sorted
	b.s.CityReported = slices.Concat(city...)
	b.s.Targets = slices.Concat(targets...)
	sortRows(b, b.s.Conflicts, func(c *Conflict) cellKey { return cellKey{c.Org, c.Year, c.Category, c.Unit} }, func(x, y *Conflict) int {
		return cmp.Or(cmp.Compare(x.Noun, y.Noun), cmp.Compare(x.Facts[0], y.Facts[0]))
	})
	sortRows(b, b.s.Yearly, keyOfCell, nil)
	sortRows(b, b.s.CityReported, keyOfCell, nil)
	sortRows(b, b.s.Targets, func(t *Target) cellKey { return cellKey{t.Org, t.Year, t.Category, t.Unit} }, func(x, y *Target) int {
		return cmp.Compare(x.Facts[0], y.Facts[0])
	})
	b.yearlyAt = make(map[cellKey]int, len(b.s.Yearly))
	for i := range b.s.Yearly {
		b.yearlyAt[keyOfCell(&b.s.Yearly[i])] = i
	}
	b.shareTargetFacts()
	return slices.Concat(checks...)
}

// shareTargetFacts makes each plan's target list its result's facts
// (Target.Result, rule 9) in the Yearly cell's own list instead of a copy:
// a cell with several plans had one copy per plan, at 100,000 articles
// 105 MB (56 before any was shared, 49 with the first plan sharing), held
// until the last page and book are written. The lists are only read from
// here on; a year's tables are made (or decoded from the cache) with
// copies, shared once the years are joined.
func (b *builder) shareTargetFacts() {
	for i := range b.s.Targets {
		t := &b.s.Targets[i]
		if t.Result == nil {
			continue
		}
		j, ok := b.yearlyAt[cellKey{t.Org, t.Year, t.Category, t.Unit}]
		if !ok {
			continue
		}
		if c := &b.s.Yearly[j]; slices.Equal(c.Facts, t.Result) {
			t.Result = c.Facts
		}
	}
}

// exact is s, copied to a slice of its length when its capacity is larger
// by more than a quarter.
func exact[T any](s []T) []T {
	if cap(s)-len(s) <= len(s)/4 {
		return s
	}
	return slices.Clone(s)
}

// inParallel calls fn(0), …, fn(n-1), as many at once as there are CPUs,
// and returns when all are done.
func inParallel(n int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		})
	}
	wg.Wait()
}

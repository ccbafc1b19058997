package aggregate

import (
	"cmp"
	"slices"

	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/vocab"
)

// cellKey identifies a Yearly cell; org "" is the city-wide sum.
type cellKey struct {
	org      string
	year     int
	category string
	unit     string
}

// compareKeys orders tables: by org (Summary.Orgs order, "" first), year,
// category and unit (contract order).
func (b *builder) compareKeys(x, y cellKey) int {
	// Field by field rather than cmp.Or, which would rank every field of
	// both keys first: sorts of a large corpus spend their time here.
	if c := b.compareOrg(x.org, y.org); c != 0 {
		return c
	}
	if c := cmp.Compare(x.year, y.year); c != 0 {
		return c
	}
	if c := vocab.CompareCategory(x.category, y.category); c != 0 {
		return c
	}
	return vocab.CompareUnit(x.unit, y.unit)
}

// compareMeasure orders (org, category, unit) triples as compareKeys does.
func (b *builder) compareMeasure(xOrg, xCategory, xUnit, yOrg, yCategory, yUnit string) int {
	if c := b.compareOrg(xOrg, yOrg); c != 0 {
		return c
	}
	if c := vocab.CompareCategory(xCategory, yCategory); c != 0 {
		return c
	}
	return vocab.CompareUnit(xUnit, yUnit)
}

func keyOfCell(c *Cell) cellKey { return cellKey{c.Org, c.Year, c.Category, c.Unit} }

func keyOfFact(f *Fact) cellKey { return cellKey{f.Org, f.Year, f.Category, f.Unit} }

// summable reports whether a fact is an achieved yearly flow that adds into
// Yearly.
func summable(f *Fact) bool {
	return f.Status == extract.StatusAchieved && f.Period == extract.PeriodYear &&
		f.Basis == extract.BasisTotal && f.Unit != "percent" && f.Org != "" && f.Year != 0
}

// cellSum accumulates the facts of cells in first-seen order.
type cellSum struct {
	cells []Cell
	at    map[cellKey]int
}

// index returns the position of k's cell, adding the cell when new.
func (s *cellSum) index(k cellKey, orgType string) int {
	i, ok := s.at[k]
	if !ok {
		i = len(s.cells)
		s.at[k] = i
		s.cells = append(s.cells, Cell{Org: k.org, OrgType: orgType, Year: k.year, Category: k.category, Unit: k.unit})
	}
	return i
}

// add adds facts, summing value, to the cell at position i.
func (s *cellSum) add(i int, value float64, approx, derived bool, facts ...int) {
	c := &s.cells[i]
	c.Value += value
	c.Approx = c.Approx || approx
	c.Derived = c.Derived || derived
	c.Facts = append(c.Facts, facts...)
}

// sorted rounds the sums and returns the cells in table order.
func (b *builder) sorted(s *cellSum) []Cell {
	for i := range s.cells {
		s.cells[i].Value = round2(s.cells[i].Value)
		slices.Sort(s.cells[i].Facts)
	}
	slices.SortFunc(s.cells, func(x, y Cell) int { return b.compareKeys(keyOfCell(&x), keyOfCell(&y)) })
	return s.cells
}

// buildYearly sums the summable facts per org, year, category and unit.
func (b *builder) buildYearly() {
	s := &cellSum{at: make(map[cellKey]int)}
	cellOf := make([]int, len(b.keys)) // cell position + 1 per fact key number, 0 if not known yet
	for i := range b.s.Facts {
		f := &b.s.Facts[i]
		if !summable(f) {
			continue
		}
		id := b.factKeyIDs[i]
		if cellOf[id] == 0 {
			cellOf[id] = s.index(keyOfFact(f), b.orgType[f.Org]) + 1
		}
		s.add(cellOf[id]-1, f.Value, f.Qualifier != extract.QualExact, f.Derived, i)
	}
	b.s.Yearly = b.sorted(s)
	b.yearlyAt = make(map[cellKey]int, len(b.s.Yearly))
	for i := range b.s.Yearly {
		b.yearlyAt[keyOfCell(&b.s.Yearly[i])] = i
	}
}

// buildCityTotals sums the Yearly cells of the city's units per year,
// category and unit, and copies out the city's own cells beside them.
func (b *builder) buildCityTotals() {
	s := &cellSum{at: make(map[cellKey]int)}
	for _, c := range b.s.Yearly {
		switch {
		case vocab.IsCity(c.Org, c.OrgType):
			c.Facts = slices.Clone(c.Facts)
			b.s.CityReported = append(b.s.CityReported, c)
		case cityUnits[c.OrgType]:
			s.add(s.index(cellKey{"", c.Year, c.Category, c.Unit}, ""), c.Value, c.Approx, c.Derived, c.Facts...)
		}
	}
	b.s.CityTotals = b.sorted(s)
}

// buildSnapshots keeps, per org, category and unit, the latest achieved
// stock: the fact of the latest year; ties go to the fact with more records,
// then to the later article, then to the later fact.
func (b *builder) buildSnapshots() {
	type key struct{ org, category, unit string }
	best := make(map[key]int)
	var order []key
	for i := range b.s.Facts {
		f := &b.s.Facts[i]
		if f.Period != extract.PeriodSnapshot || f.Status != extract.StatusAchieved ||
			f.Basis != extract.BasisTotal || f.Org == "" || f.Year == 0 {
			continue
		}
		k := key{f.Org, f.Category, f.Unit}
		j, ok := best[k]
		if !ok {
			order = append(order, k)
		}
		if !ok || b.laterSnapshot(i, j) {
			best[k] = i
		}
	}
	for _, k := range order {
		i := best[k]
		f := &b.s.Facts[i]
		b.s.Snapshots = append(b.s.Snapshots, Cell{
			Org: f.Org, OrgType: b.orgType[f.Org], Year: f.Year, Category: f.Category, Unit: f.Unit,
			Value: f.Value, Approx: f.Qualifier != extract.QualExact, Facts: []int{i},
		})
	}
	slices.SortFunc(b.s.Snapshots, func(x, y Cell) int { return b.compareMeasure(x.Org, x.Category, x.Unit, y.Org, y.Category, y.Unit) })
}

// laterSnapshot reports whether fact i supersedes fact j as the latest stock.
func (b *builder) laterSnapshot(i, j int) bool {
	fi, fj := &b.s.Facts[i], &b.s.Facts[j]
	c := cmp.Or(
		cmp.Compare(fi.Year, fj.Year),
		cmp.Compare(len(fi.Records), len(fj.Records)),
		cmp.Compare(b.s.Records[fi.Records[0]].Doc, b.s.Records[fj.Records[0]].Doc),
		cmp.Compare(i, j),
	)
	return c > 0
}

// buildTargets lists (a) every X/Y fact, planned Y against achieved X, and
// (b) every planned yearly total without a denominator against the Yearly
// cell of its org, year, category and unit.
func (b *builder) buildTargets() {
	for i := range b.s.Facts {
		f := &b.s.Facts[i]
		k := keyOfFact(f)
		switch {
		case b.denominator(f) != nil:
			den := *b.denominator(f)
			achieved := f.Value
			b.s.Targets = append(b.s.Targets, Target{
				Org: k.org, Year: k.year, Category: k.category, Unit: k.unit,
				Planned: den, Achieved: &achieved, Completion: percent(achieved, den),
				Stated: b.statedCompletion(f), Facts: []int{i},
			})
		case f.Status == extract.StatusPlanned && f.Period == extract.PeriodYear && f.Basis == extract.BasisTotal:
			t := Target{Org: k.org, Year: k.year, Category: k.category, Unit: k.unit, Planned: f.Value, Facts: []int{i}}
			if j, ok := b.yearlyAt[k]; ok {
				c := &b.s.Yearly[j]
				achieved := c.Value
				t.Achieved = &achieved
				t.Completion = percent(achieved, f.Value)
				t.Facts = append(t.Facts, c.Facts...)
			}
			b.s.Targets = append(b.s.Targets, t)
		}
	}
	slices.SortFunc(b.s.Targets, func(x, y Target) int {
		return cmp.Or(
			b.compareKeys(cellKey{x.Org, x.Year, x.Category, x.Unit}, cellKey{y.Org, y.Year, y.Category, y.Unit}),
			cmp.Compare(x.Facts[0], y.Facts[0]),
		)
	})
}

// denominator is the Y of a stated X/Y fact, shared by all its records (it
// is part of the fact key), or nil.
func (b *builder) denominator(f *Fact) *float64 {
	if f.Derived {
		return nil
	}
	return b.s.Records[f.Records[0]].Denominator
}

// statedCompletion is the first completion percent stated by a record of f.
func (b *builder) statedCompletion(f *Fact) *float64 {
	for _, i := range f.Records {
		if c := b.s.Records[i].Completion; c != nil {
			v := *c
			return &v
		}
	}
	return nil
}

// buildMultiYear lists the multi-year facts in table order.
func (b *builder) buildMultiYear() {
	var idx []int
	for i := range b.s.Facts {
		if b.s.Facts[i].Period == extract.PeriodMultiYear {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		return b.compareKeys(keyOfFact(&b.s.Facts[i]), keyOfFact(&b.s.Facts[j]))
	})
	for _, i := range idx {
		f := b.s.Facts[i]
		f.Records = slices.Clone(f.Records)
		b.s.MultiYear = append(b.s.MultiYear, f)
	}
}

// buildChanges compares each Yearly and CityTotals cell with the cell of the
// year before, when there is one.
func (b *builder) buildChanges() {
	for _, cells := range [][]Cell{b.s.CityTotals, b.s.Yearly} {
		at := make(map[cellKey]int, len(cells))
		for i := range cells {
			at[keyOfCell(&cells[i])] = i
		}
		for i := range cells {
			cur := &cells[i]
			k := keyOfCell(cur)
			k.year--
			j, ok := at[k]
			if !ok {
				continue
			}
			prev := cells[j].Value
			b.s.Changes = append(b.s.Changes, Change{
				Org: cur.Org, Category: cur.Category, Unit: cur.Unit, Year: cur.Year,
				Previous: prev, Current: cur.Value, Percent: percent(cur.Value-prev, prev),
			})
		}
	}
	slices.SortFunc(b.s.Changes, func(x, y Change) int {
		return cmp.Or(b.compareMeasure(x.Org, x.Category, x.Unit, y.Org, y.Category, y.Unit), cmp.Compare(x.Year, y.Year))
	})
}

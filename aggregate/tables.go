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

// tableKey is a cellKey as table order reads it: by org (Summary.Orgs
// order, "" first), year, category and unit (contract order, codes
// outside it after, by name).
type tableKey struct {
	org, year, category, unit int
	cellKey
}

func (b *builder) tableKeyOf(k cellKey) tableKey {
	return tableKey{b.rankOf(k.org), k.year, vocab.Rank(vocab.Categories, k.category), vocab.Rank(vocab.Units, k.unit), k}
}

func compareTableKeys(x, y *tableKey) int {
	// Field by field rather than cmp.Or, which would compare every field:
	// sorts of a large corpus spend their time here.
	if c := cmp.Compare(x.org, y.org); c != 0 {
		return c
	}
	if c := cmp.Compare(x.year, y.year); c != 0 {
		return c
	}
	if c := cmp.Compare(x.category, y.category); c != 0 {
		return c
	}
	if x.category == len(vocab.Categories) {
		if c := cmp.Compare(x.cellKey.category, y.cellKey.category); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(x.unit, y.unit); c != 0 || x.unit < len(vocab.Units) {
		return c
	}
	return cmp.Compare(x.cellKey.unit, y.cellKey.unit)
}

// sortRows sorts rows in table order of their keys, then by tie (nil when
// the keys are unique), reading each row's key once.
func sortRows[T any](b *builder, rows []T, key func(*T) cellKey, tie func(x, y *T) int) {
	type keyed struct {
		key tableKey
		row int
	}
	ks := make([]keyed, len(rows))
	for i := range rows {
		ks[i] = keyed{b.tableKeyOf(key(&rows[i])), i}
	}
	slices.SortFunc(ks, func(x, y keyed) int {
		if c := compareTableKeys(&x.key, &y.key); c != 0 || tie == nil {
			return c
		}
		return tie(&rows[x.row], &rows[y.row])
	})
	sorted := make([]T, len(rows))
	for i, k := range ks {
		sorted[i] = rows[k.row]
	}
	copy(rows, sorted)
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

// sorted rounds the sums and returns the cells in table order.
func (b *builder) sorted(cells []Cell) []Cell {
	for i := range cells {
		cells[i].Value = round2(cells[i].Value)
		slices.Sort(cells[i].Facts)
	}
	sortRows(b, cells, keyOfCell, nil)
	return cells
}

// buildYearly sums the summable facts of year p per org, category and
// unit, leaving out conflicting facts, the part-year figures a whole-year
// figure or a later part-year figure of the same measure supersedes, and the
// other figures of a cell that has one marked as the year's overall result.
// Summable facts share their status, period and basis, so that their
// measure's number stands for the org, category, unit and noun.
func (b *builder) buildYearly(p *yearPart) {
	ms := b.measures[p.year]
	whole := make([]bool, len(ms)) // per measure: it has a whole-year fact
	latest := make([]int, len(ms)) // per measure: 1 + its latest part-year fact, 0 for none
	cellOf := make([]int, len(ms)) // per measure: 1 + the number of its cell, 0 until numbered
	total := make([]bool, len(ms)) // per cell number: a fact is marked as the year's overall result
	at := make([]int, len(ms))     // per cell number: 1 + its position in cells, 0 for none yet
	cellIDs := make(map[cellKey]int)
	cell := func(m int32) int {
		if cellOf[m] == 0 {
			k := cellKey{ms[m].org, p.year, ms[m].category, ms[m].unit}
			id, ok := cellIDs[k]
			if !ok {
				id = len(cellIDs)
				cellIDs[k] = id
			}
			cellOf[m] = id + 1
		}
		return cellOf[m] - 1
	}
	for _, i := range p.facts {
		wf := b.fact(i)
		f := &wf
		if !summable(f) || b.conflicted[i] {
			continue
		}
		m := b.factMeasure[i]
		if f.Span.Whole() {
			whole[m] = true
			c := cell(m)
			total[c] = total[c] || b.isYearTotal(f)
			continue
		}
		if j := latest[m] - 1; j < 0 || b.laterPartial(i, j) {
			latest[m] = i + 1
		}
	}
	var cells []Cell
	for _, i := range p.facts {
		wf := b.fact(i)
		f := &wf
		if !summable(f) || b.conflicted[i] {
			continue
		}
		m := b.factMeasure[i]
		if !f.Span.Whole() {
			if whole[m] || latest[m] != i+1 {
				continue
			}
		} else if total[cell(m)] && !b.isYearTotal(f) {
			continue
		}
		id := cell(m)
		if at[id] == 0 {
			cells = append(cells, Cell{Org: f.Org, OrgType: b.orgType[f.Org], Year: f.Year, Category: f.Category, Unit: f.Unit})
			at[id] = len(cells)
		}
		c := &cells[at[id]-1]
		c.Value += f.Value
		c.Approx = c.Approx || f.Qualifier != extract.QualExact
		c.Derived = c.Derived || f.Derived
		c.Facts = append(c.Facts, i)
		if c.Span.Whole() {
			c.Span = f.Span
		}
	}
	p.yearly = b.sorted(cells)
	p.yearlyAt = make(map[cellKey]int, len(p.yearly))
	for i := range p.yearly {
		p.yearlyAt[keyOfCell(&p.yearly[i])] = i
	}
	for _, i := range p.facts {
		if f := b.fact(i); b.conflicted[i] && summable(&f) {
			if j, ok := p.yearlyAt[keyOfFact(&f)]; ok {
				p.yearly[j].Conflict = true
			}
		}
	}
}

// isYearTotal reports whether a record of f marks it as the year's overall
// result.
func (b *builder) isYearTotal(f *Fact) bool {
	return !f.Derived && slices.ContainsFunc(f.Records, func(i int) bool { return b.yearTotal[i] })
}

// laterPartial reports whether part-year fact i supersedes fact j: it ends
// later in the year (an open end, "đến nay", counts as earliest), else it
// comes from a later article, else it is the later fact.
func (b *builder) laterPartial(i, j int) bool {
	wi, wj := b.fact(i), b.fact(j)
	fi, fj := &wi, &wj
	return cmp.Or(
		cmp.Compare(fi.Span.To, fj.Span.To),
		b.view.compareDocs(fi.Records[0], fj.Records[0]),
		cmp.Compare(i, j),
	) > 0
}

// buildUnitSums sums, per map era, category and unit, the Yearly cells of
// year p of the era's units; the city's own figures, clusters, sectoral
// unions and orgs outside the map are never added (they keep their own
// rows).
func (b *builder) buildUnitSums(p *yearPart) {
	type key struct {
		era            int
		category, unit string
	}
	at := make(map[key]int)
	for i := range p.yearly {
		c := &p.yearly[i]
		if b.ownFigure(c.Org, c.OrgType) {
			c := *c
			c.Facts = slices.Clone(c.Facts)
			p.cityReported = append(p.cityReported, c)
			continue
		}
		e := b.orgEra[c.Org] - 1
		if e < 0 || !b.s.Map.Eras[e].inForce(c.Year) {
			continue
		}
		k := key{e, c.Category, c.Unit}
		j, ok := at[k]
		if !ok {
			j = len(p.unitSums)
			at[k] = j
			era := &b.s.Map.Eras[e]
			cov := Coverage{Total: era.total(), Label: era.Label}
			if from, to := era.months(c.Year); from > 1 || to < 12 {
				cov.Period = era.Period
			}
			p.unitSums = append(p.unitSums, UnitSum{
				Cell: Cell{Year: c.Year, Category: c.Category, Unit: c.Unit}, Coverage: cov, Era: e,
			})
		}
		u := &p.unitSums[j]
		u.Value += c.Value
		u.Approx = u.Approx || c.Approx
		u.Derived = u.Derived || c.Derived
		u.Facts = append(u.Facts, c.Facts...)
		u.Units = append(u.Units, c.Org)
		u.Coverage.Reported++
		if !c.Span.Whole() {
			u.Partial = append(u.Partial, c.Org)
		}
	}
	for i := range p.unitSums {
		u := &p.unitSums[i]
		u.Value = round2(u.Value)
		slices.Sort(u.Facts)
	}
	slices.SortFunc(p.unitSums, func(x, y UnitSum) int {
		return cmp.Or(
			cmp.Compare(x.Era, y.Era), vocab.CompareCategory(x.Category, y.Category), vocab.CompareUnit(x.Unit, y.Unit),
		)
	})
}

// buildSnapshots keeps, per org, category and unit, the latest achieved
// stock: the fact of the latest year; ties go to the fact with more records,
// then to the later article, then to the later fact.
func (b *builder) buildSnapshots() {
	type key struct{ org, category, unit string }
	best := make(map[key]int)
	var order []key
	for i := range b.facts {
		wf := b.fact(i)
		f := &wf
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
		wf := b.fact(i)
		f := &wf
		b.s.Snapshots = append(b.s.Snapshots, Cell{
			Org: f.Org, OrgType: b.orgType[f.Org], Year: f.Year, Category: f.Category, Unit: f.Unit,
			Value: f.Value, Approx: f.Qualifier != extract.QualExact, Facts: []int{i},
		})
	}
	slices.SortFunc(b.s.Snapshots, func(x, y Cell) int { return b.compareMeasure(x.Org, x.Category, x.Unit, y.Org, y.Category, y.Unit) })
}

// laterSnapshot reports whether fact i supersedes fact j as the latest stock.
func (b *builder) laterSnapshot(i, j int) bool {
	wi, wj := b.fact(i), b.fact(j)
	fi, fj := &wi, &wj
	c := cmp.Or(
		cmp.Compare(fi.Year, fj.Year),
		cmp.Compare(len(fi.Records), len(fj.Records)),
		b.view.compareDocs(fi.Records[0], fj.Records[0]),
		cmp.Compare(i, j),
	)
	return c > 0
}

// buildTargets lists, for year p, (a) every X/Y fact, planned Y against
// achieved X, and (b) every planned yearly total without a denominator
// against the Yearly cell of its org, year, category and unit, unless an X/Y
// fact of the same org, year, category and unit states that plan: then it
// joins that target.
func (b *builder) buildTargets(p *yearPart) {
	type targetKey struct {
		cellKey
		planned float64
	}
	stated := make(map[targetKey]int) // position in p.targets of each X/Y target
	for _, i := range p.facts {
		wf := b.fact(i)
		f := &wf
		if den := b.denominator(f); den != nil {
			achieved := f.Value
			k := keyOfFact(f)
			stated[targetKey{k, *den}] = len(p.targets)
			p.targets = append(p.targets, Target{
				Org: k.org, Year: k.year, Category: k.category, Unit: k.unit,
				Planned: *den, Achieved: &achieved, Completion: percent(achieved, *den),
				Stated: b.statedCompletion(f), Span: f.Span, Facts: []int{i},
			})
		}
	}
	for _, i := range p.facts {
		wf := b.fact(i)
		f := &wf
		if b.denominator(f) != nil || f.Status != extract.StatusPlanned || f.Period != extract.PeriodYear || f.Basis != extract.BasisTotal {
			continue
		}
		k := keyOfFact(f)
		if j, ok := stated[targetKey{k, f.Value}]; ok {
			p.targets[j].Facts = append(p.targets[j].Facts, i) // the plan the X/Y form states
			continue
		}
		t := Target{Org: k.org, Year: k.year, Category: k.category, Unit: k.unit, Planned: f.Value, Facts: []int{i}}
		if j, ok := p.yearlyAt[k]; ok {
			c := &p.yearly[j]
			achieved := c.Value
			t.Achieved = &achieved
			t.Completion = percent(achieved, f.Value)
			t.Span = c.Span
			t.Result = slices.Clone(c.Facts) // the cell's own once joined (shareTargetFacts)
		}
		p.targets = append(p.targets, t)
	}
}

// denominator is the Y of a stated X/Y fact: that of its first record that
// states one, or nil.
func (b *builder) denominator(f *Fact) *float64 {
	if f.Derived {
		return nil
	}
	for _, i := range f.Records {
		if d := b.view.denominator(i); d != nil {
			return d
		}
	}
	return nil
}

// statedCompletion is the first completion percent stated by a record of f.
func (b *builder) statedCompletion(f *Fact) *float64 {
	for _, i := range f.Records {
		if c := b.view.completion(i); c != nil {
			return c
		}
	}
	return nil
}

// buildMultiYear lists the multi-year facts in table order.
func (b *builder) buildMultiYear() {
	var idx []int
	for i := range b.facts {
		if b.facts[i].m.period == extract.PeriodMultiYear {
			idx = append(idx, i)
		}
	}
	// Ties keep the facts' order.
	sortRows(b, idx, func(i *int) cellKey { f := &b.facts[*i]; return cellKey{f.m.org, int(f.year), f.m.category, f.m.unit} }, func(i, j *int) int { return cmp.Compare(*i, *j) })
	for _, i := range idx {
		wf := b.fact(i)
		f := &wf
		f.Records = slices.Clone(f.Records)
		b.s.MultiYear = append(b.s.MultiYear, *f)
	}
}

// buildChanges lists the like-for-like year-over-year changes: of each
// org's whole-year figure against its whole-year figure of the year before;
// of each sum of units over the units with whole-year figures in both years;
// and, across a map reform, of an old unit against the sum of all its
// successors. No change is computed from a part-year figure, a figure with
// a conflict left out, a year the org's map is not in force all through, or
// between figures of different things (sameThings).
func (b *builder) buildChanges() {
	for i := range b.s.Yearly {
		cur := &b.s.Yearly[i]
		k := keyOfCell(cur)
		k.year--
		prev, ok := b.comparable(k)
		if !ok || !b.fullYear(cur) || !b.sameThings(prev, cur) {
			continue
		}
		b.s.Changes = append(b.s.Changes, Change{
			Org: cur.Org, Category: cur.Category, Unit: cur.Unit, Year: cur.Year,
			Previous: prev.Value, Current: cur.Value, Percent: percent(cur.Value-prev.Value, prev.Value),
		})
	}
	for i := range b.s.UnitSums {
		u := &b.s.UnitSums[i]
		era := &b.s.Map.Eras[u.Era]
		if !era.inForce(u.Year - 1) {
			continue
		}
		var prev, cur float64
		n := 0
		for _, org := range u.Units {
			c := &b.s.Yearly[b.yearlyAt[cellKey{org, u.Year, u.Category, u.Unit}]]
			p, ok := b.comparable(cellKey{org, u.Year - 1, u.Category, u.Unit})
			if !ok || !b.fullYear(c) || !b.sameThings(p, c) {
				continue
			}
			prev += p.Value
			cur += c.Value
			n++
		}
		if n == 0 {
			continue
		}
		prev, cur = round2(prev), round2(cur)
		b.s.Changes = append(b.s.Changes, Change{
			Category: u.Category, Unit: u.Unit, Year: u.Year, Previous: prev, Current: cur,
			Percent: percent(cur-prev, prev), Compared: n, Coverage: u.Coverage,
		})
	}
	b.reformChanges()
	slices.SortFunc(b.s.Changes, func(x, y Change) int {
		return cmp.Or(b.compareMeasure(x.Org, x.Category, x.Unit, y.Org, y.Category, y.Unit), cmp.Compare(x.Year, y.Year))
	})
}

// reformChanges compares, for each complete succession, the old unit's
// whole-year figure with the sum of its successors' whole-year figures of
// the next year, when every successor reports one.
func (b *builder) reformChanges() {
	for _, sc := range b.s.Map.Successions {
		if !sc.Complete || len(sc.To) == 0 {
			continue
		}
		for i := range b.s.Yearly {
			old := &b.s.Yearly[i]
			if old.Org != sc.From || !b.fullYear(old) || old.Conflict || !old.Span.Whole() {
				continue
			}
			var cur float64
			all := true
			for _, to := range sc.To {
				c, ok := b.comparable(cellKey{to, old.Year + 1, old.Category, old.Unit})
				if !ok || !b.fullYear(c) || !b.sameThings(old, c) {
					all = false
					break
				}
				cur += c.Value
			}
			if !all {
				continue
			}
			cur = round2(cur)
			b.s.Changes = append(b.s.Changes, Change{
				Org: sc.From, Category: old.Category, Unit: old.Unit, Year: old.Year + 1,
				Previous: old.Value, Current: cur, Percent: percent(cur-old.Value, old.Value), Via: slices.Clone(sc.To),
			})
		}
	}
}

// sameThings reports whether two cells count the same things: their facts
// have the same head nouns ("2 trường hợp" and "740 tác phẩm" are both of
// unit count, but no change between them means anything).
func (b *builder) sameThings(x, y *Cell) bool {
	nouns := func(c *Cell) []string {
		var ns []string
		for _, f := range c.Facts {
			ns = append(ns, b.facts[f].m.noun)
		}
		slices.Sort(ns)
		return slices.Compact(ns)
	}
	return slices.Equal(nouns(x), nouns(y))
}

// comparable returns the Yearly cell of k if a change may use it: a
// whole-year figure with no conflict left out, in a year its org's map is in
// force all through.
func (b *builder) comparable(k cellKey) (*Cell, bool) {
	j, ok := b.yearlyAt[k]
	if !ok {
		return nil, false
	}
	c := &b.s.Yearly[j]
	if !c.Span.Whole() || c.Conflict || !b.fullYear(c) {
		return nil, false
	}
	return c, true
}

// fullYear reports whether a cell's org is, in its year, a unit of a map
// that is in force all year (or of no map) and its figure is whole-year with
// no conflict left out.
func (b *builder) fullYear(c *Cell) bool {
	if !c.Span.Whole() || c.Conflict {
		return false
	}
	e := b.orgEra[c.Org] - 1
	if e < 0 {
		return true
	}
	era := &b.s.Map.Eras[e]
	from, to := era.months(c.Year)
	return era.inForce(c.Year) && from == 1 && to == 12
}

// ownFigure reports the province's own federation, whose figures are the
// headline and never added to its units': the report's province by name
// (Hà Nội; Nghệ An as "tỉnh"), or the city when no province is set.
func (b *builder) ownFigure(org, orgType string) bool {
	if b.s.Province == "" {
		return vocab.IsCity(org, orgType)
	}
	return org == b.s.Province && (orgType == "tỉnh" || orgType == vocab.CityType)
}

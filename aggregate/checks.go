package aggregate

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/lddt/unionstats/extract"
)

// buildChecks lists the consistency problems, the conflicts (see
// conflicts) among them, sorted by kind, then first record, then message.
func (b *builder) buildChecks(conflicts []Check) {
	b.checkCompletion()
	b.s.Checks = append(b.s.Checks, conflicts...)
	b.checkPlans()
	b.s.Checks = append(b.s.Checks, b.noOrg...)
	b.noOrg = nil
	slices.SortFunc(b.s.Checks, func(x, y Check) int {
		if c := cmp.Compare(x.Kind, y.Kind); c != 0 {
			return c
		}
		if c := cmp.Compare(firstOf(x.Records), firstOf(y.Records)); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(x.Message, y.Message), slices.Compare(x.Records, y.Records))
	})
}

func firstOf(records []int) int {
	if len(records) == 0 {
		return -1
	}
	return records[0]
}

func (b *builder) check(kind, msg string, records []int) {
	b.s.Checks = append(b.s.Checks, newCheck(kind, msg, records))
}

func newCheck(kind, msg string, records []int) Check {
	records = slices.Clone(records)
	slices.Sort(records)
	return Check{Kind: kind, Message: msg, Records: slices.Compact(records)}
}

// checkCompletion flags X/Y targets whose stated completion percent is not
// X/Y×100 rounded or truncated to the decimals the text gives.
func (b *builder) checkCompletion() {
	for _, t := range b.s.Targets {
		if t.Stated == nil || t.Planned == 0 {
			continue
		}
		computed := *t.Achieved / t.Planned * 100
		if statedMatches(*t.Stated, computed) {
			continue
		}
		wf := b.fact(t.Facts[0])
		f := &wf
		msg := fmt.Sprintf("%s: %s/%s %s, bài báo ghi đạt %s%% nhưng tính ra %s%%.",
			where(t.Org, t.Year), FormatNumber(*t.Achieved), FormatNumber(t.Planned), measure(f.Noun, f.Unit),
			FormatNumber(*t.Stated), formatPercent(computed))
		b.check(CheckCompletion, msg, f.Records)
	}
}

// statedMatches reports whether stated is computed rounded or truncated to
// the number of decimals stated is written with (at most 4): "103,22%" for
// 32/31 = 103,2258…% is read as truncated, "137,24%" for 1.715/1250 =
// 137,20% is wrong.
func statedMatches(stated, computed float64) bool {
	s := strconv.FormatFloat(stated, 'f', -1, 64)
	d := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		d = min(len(s)-i-1, 4)
	}
	scale := math.Pow10(d)
	const eps = 1e-9
	for _, v := range []float64{math.Round(computed*scale) / scale, math.Trunc(computed*scale) / scale} {
		if math.Abs(v-stated) < eps {
			return true
		}
	}
	return false
}

// conflictKey is one measure of one org and year, compared across articles.
type conflictKey struct {
	org                                         string
	year                                        int
	category, unit, noun, status, period, basis string
	span                                        Span
}

// comparedFacts gives, per record, the fact it is compared across articles
// in (see buildConflicts): the first fact with an org and a year, not
// derived, that lists it; -1 for none.
func (b *builder) comparedFacts() []int {
	factOf := make([]int, b.view.len())
	for i := range factOf {
		factOf[i] = -1
	}
	for i := range b.facts {
		f := &b.facts[i]
		if f.derived || f.m.org == "" || f.year == 0 {
			continue
		}
		for _, r := range f.records {
			if factOf[r] < 0 {
				factOf[r] = i
			}
		}
	}
	return factOf
}

// buildConflicts finds, in year p, the measures for which two articles,
// each stating exactly one fact of the measure, state different values (a
// rounded restatement is already one fact with the figure it rounds, rule
// 3). It lists them in p.conflicts, marks their facts in b.conflicted and
// their checks in p.checks. factOf is comparedFacts; measureOf, per fact,
// is written for the facts of p.
func (b *builder) buildConflicts(p *yearPart, factOf, measureOf []int) {
	order := b.conflictMeasures(p, measureOf)
	single, alone := statedAlone(b.view, p.records, p.facts, len(order), measureOf, factOf)
	var found []int // the measures in conflict, in order
	for m := range order {
		facts := single[m]
		if len(facts) < 2 || !slices.ContainsFunc(facts, func(f int) bool { return b.facts[f].value != b.facts[facts[0]].value }) {
			continue
		}
		found = append(found, m)
		for _, f := range facts {
			b.conflicted[f] = true
		}
	}
	if len(found) == 0 {
		return
	}
	docs := make(map[int][]string) // per fact in conflict: the articles that state it alone
	for _, a := range alone {
		if b.conflicted[a.fact] {
			docs[a.fact] = append(docs[a.fact], a.doc)
		}
	}
	ms := b.measures[p.year]
	for _, m := range found {
		k := &ms[order[m].measure]
		ck := conflictKey{k.org, p.year, k.category, k.unit, k.noun, k.status, k.period, k.basis, order[m].span}
		p.checks = append(p.checks, b.conflict(p, ck, single[m], docs))
	}
}

// conflictMeasure is a measure (number in its year) and span: what
// conflicts compare across articles.
type conflictMeasure struct {
	measure int32
	span    Span
}

// conflictMeasures numbers the measures of year p that are compared across
// articles: those of the stated facts with an org and a year. It gives the
// measures in order of first fact and sets measureOf, for each fact of p,
// to its measure (-1: not compared).
func (b *builder) conflictMeasures(p *yearPart, measureOf []int) (order []conflictMeasure) {
	whole := make([]int32, len(b.measures[p.year])) // per measure: 1 + number of its whole-year figures, 0 for none yet
	partial := make(map[conflictMeasure]int)
	for _, i := range p.facts {
		wf := b.fact(i)
		f := &wf
		measureOf[i] = -1
		if f.Derived || f.Org == "" || f.Year == 0 {
			continue
		}
		k := conflictMeasure{b.factMeasure[i], f.Span}
		if k.span.Whole() {
			if whole[k.measure] == 0 {
				order = append(order, k)
				whole[k.measure] = int32(len(order))
			}
			measureOf[i] = int(whole[k.measure]) - 1
			continue
		}
		id, ok := partial[k]
		if !ok {
			id = len(order)
			partial[k] = id
			order = append(order, k)
		}
		measureOf[i] = id
	}
	return order
}

// aloneIn is a fact an article states alone (see statedAlone).
type aloneIn struct {
	fact int
	doc  string
}

// statedAlone finds, in the records at (ascending indices into records,
// which are sorted by Doc), the facts that an article states alone: the
// only fact of its measure with a record in the article. Of the measures
// numbered 0…n-1 (measureOf, per fact; factOf, per record: see
// comparedFacts, whose facts of the records at are among facts, ascending),
// it gives per measure such facts, in the order of the first article that
// states each alone, and every fact and article where one states it alone,
// in the order of the articles.
func statedAlone(records *recordView, at, facts []int, n int, measureOf, factOf []int) (single [][]int, alone []aloneIn) {
	single = make([][]int, n)
	seen := make([]bool, len(facts)) // per fact: stated alone so far
	var inDoc []conflictPair         // of the current article: its measures and facts
	flush := func(doc string) {
		slices.SortFunc(inDoc, func(x, y conflictPair) int {
			return cmp.Or(cmp.Compare(x.measure, y.measure), cmp.Compare(x.fact, y.fact))
		})
		inDoc = slices.Compact(inDoc)
		for j := 0; j < len(inDoc); {
			k := j + 1
			for k < len(inDoc) && inDoc[k].measure == inDoc[j].measure {
				k++
			}
			if k == j+1 {
				f := inDoc[j].fact
				if i, _ := slices.BinarySearch(facts, f); !seen[i] {
					seen[i] = true
					single[inDoc[j].measure] = append(single[inDoc[j].measure], f)
				}
				alone = append(alone, aloneIn{f, doc})
			}
			j = k
		}
		inDoc = inDoc[:0]
	}
	for j, i := range at {
		if j > 0 && records.doc[i] != records.doc[at[j-1]] {
			flush(records.docOf(at[j-1]))
		}
		if f := factOf[i]; f >= 0 {
			inDoc = append(inDoc, conflictPair{measureOf[f], f})
		}
	}
	if n := len(at); n > 0 {
		flush(records.docOf(at[n-1]))
	}
	return single, alone
}

// conflictPair is a fact and its measure (see conflictMeasures).
type conflictPair struct{ measure, fact int }

// conflict records the conflict of measure k between facts, each stated
// alone by the articles docs lists: it sorts facts by value, marks them in
// b.conflicted, adds the Conflict to p.conflicts and returns its check.
func (b *builder) conflict(p *yearPart, k conflictKey, facts []int, docs map[int][]string) Check {
	slices.SortStableFunc(facts, func(x, y int) int { return cmp.Compare(b.facts[x].value, b.facts[y].value) })
	var records []int
	for _, f := range facts {
		b.conflicted[f] = true
		records = append(records, b.facts[f].records...)
	}
	p.conflicts = append(p.conflicts, Conflict{
		Org: k.org, Year: k.year, Category: k.category, Unit: k.unit, Noun: k.noun, Facts: facts,
	})
	msg := fmt.Sprintf("%s: các bài báo ghi khác nhau về %s%s: %s. Không số nào được cộng vào tổng cho đến khi xác minh.",
		where(k.org, k.year), measure(k.noun, k.unit), kindOf(k.status, k.period, k.basis, k.span), valuesWithSources(b.facts, facts, docs))
	return newCheck(CheckConflict, msg, records)
}

// valuesWithSources lists the values of facts (sorted by value) in vi-VN
// with the articles that state each, one value once: "1.150 (a); 1.510
// (b, c)".
func valuesWithSources(all []slimFact, facts []int, docs map[int][]string) string {
	// One builder: a value stated by many articles must not copy its
	// growing list once per article.
	var b strings.Builder
	for n, f := range facts {
		v := all[f].value
		switch {
		case n == 0:
		case v == all[facts[n-1]].value:
			b.WriteString(", ")
		default:
			b.WriteString("); ")
		}
		if n == 0 || v != all[facts[n-1]].value {
			b.WriteString(FormatNumber(v))
			b.WriteString(" (")
		}
		for i, d := range docs[f] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(d)
		}
	}
	if len(facts) > 0 {
		b.WriteString(")")
	}
	return b.String()
}

// checkPlans flags planned yearly totals with no result.
func (b *builder) checkPlans() {
	for _, t := range b.s.Targets {
		if t.Achieved != nil {
			continue
		}
		wf := b.fact(t.Facts[0])
		f := &wf
		msg := fmt.Sprintf("%s: kế hoạch %s %s chưa có kết quả được báo cáo.",
			where(t.Org, t.Year), FormatNumber(t.Planned), measure(f.Noun, f.Unit))
		b.check(CheckNoResult, msg, f.Records)
	}
}

// checkNoOrg flags each usable record without an organisation, in
// b.noOrg: it reads the record's phrase, which Input.AfterTexts may take
// away, so it runs before, and buildChecks adds its checks to the others.
func (b *builder) checkNoOrg() {
	for i := range b.nrec() {
		r := b.rec(i)
		if b.skip[i] || r.Org != "" {
			continue
		}
		what := r.Text
		if what == "" {
			what = FormatNumber(r.Value) + " " + measure(r.Noun, r.Unit)
		}
		msg := fmt.Sprintf("Bài %s: chưa xác định được đơn vị của số liệu «%s».", r.Doc, what)
		b.noOrg = append(b.noOrg, newCheck(CheckNoOrg, msg, []int{i}))
	}
}

// where names an org and year for a message.
func where(org string, year int) string {
	if org == "" {
		org = "Chưa rõ đơn vị"
	}
	if year == 0 {
		return org + " (chưa rõ năm)"
	}
	return fmt.Sprintf("%s năm %d", org, year)
}

// measure names what is counted: the noun as written, else the unit code.
func measure(noun, unit string) string {
	if noun != "" {
		return noun
	}
	return unit
}

// kindOf qualifies a measure that is not an achieved whole-year total.
func kindOf(status, period, basis string, span Span) string {
	var parts []string
	if l := span.Label(); l != "" {
		parts = append(parts, l)
	}
	if status == extract.StatusPlanned {
		parts = append(parts, "kế hoạch")
	}
	switch period {
	case extract.PeriodMultiYear:
		parts = append(parts, "nhiều năm")
	case extract.PeriodSnapshot:
		parts = append(parts, "số hiện có")
	}
	if basis == extract.BasisPerUnit {
		parts = append(parts, "mức mỗi đơn vị")
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

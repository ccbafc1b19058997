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
	b.checkNoOrg()
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
		f := &b.s.Facts[t.Facts[0]]
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
}

// docValue is what one article says about one conflictKey.
type docValue struct {
	doc     string
	value   float64
	multi   bool // the article gives more than one value
	records []int
}

// conflicts flags measures for which two articles, each giving exactly one
// value, give different values.
func (b *builder) conflicts() []Check {
	var checks []Check
	cids := make(map[conflictKey]int) // number of each measure
	cidOf := make([]int, len(b.keys)) // measure number of each fact key number
	for id, k := range b.keys {
		ck := conflictKey{k.org, k.year, k.category, k.unit, k.noun, k.status, k.period, k.basis}
		cid, ok := cids[ck]
		if !ok {
			cid = len(cids)
			cids[ck] = cid
		}
		cidOf[id] = cid
	}
	measures := make([]conflictKey, len(cids))
	for k, cid := range cids {
		measures[cid] = k
	}
	at := make([][]int, len(cids)) // positions in values of each measure, by article
	var values []docValue
	for i := range b.s.Records {
		r := &b.s.Records[i]
		if b.keyIDs[i] < 0 || r.Org == "" || r.Year == 0 {
			continue
		}
		cid := cidOf[b.keyIDs[i]]
		list := at[cid]
		// Records are sorted by Doc, so an article's entry is the last one.
		if n := len(list); n > 0 && values[list[n-1]].doc == r.Doc {
			v := &values[list[n-1]]
			v.multi = v.multi || v.value != r.Value
			v.records = append(v.records, i)
			continue
		}
		at[cid] = append(list, len(values))
		values = append(values, docValue{doc: r.Doc, value: r.Value, records: []int{i}})
	}
	for cid, list := range at {
		var single []*docValue
		for _, j := range list {
			if !values[j].multi {
				single = append(single, &values[j])
			}
		}
		if len(single) < 2 || !slices.ContainsFunc(single, func(v *docValue) bool { return v.value != single[0].value }) {
			continue
		}
		slices.SortStableFunc(single, func(x, y *docValue) int { return cmp.Compare(x.value, y.value) })
		var parts []string
		var records []int
		for i, v := range single {
			if i > 0 && v.value == single[i-1].value {
				parts[len(parts)-1] = strings.TrimSuffix(parts[len(parts)-1], ")") + ", " + v.doc + ")"
			} else {
				parts = append(parts, fmt.Sprintf("%s (%s)", FormatNumber(v.value), v.doc))
			}
			records = append(records, v.records...)
		}
		k := measures[cid]
		msg := fmt.Sprintf("%s: các bài báo ghi khác nhau về %s%s: %s.",
			where(k.org, k.year), measure(k.noun, k.unit), kindOf(k.status, k.period, k.basis), strings.Join(parts, "; "))
		checks = append(checks, newCheck(CheckConflict, msg, records))
	}
	return checks
}

// checkPlans flags planned yearly totals with no result.
func (b *builder) checkPlans() {
	for _, t := range b.s.Targets {
		if t.Achieved != nil {
			continue
		}
		f := &b.s.Facts[t.Facts[0]]
		msg := fmt.Sprintf("%s: kế hoạch %s %s chưa có kết quả được báo cáo.",
			where(t.Org, t.Year), FormatNumber(t.Planned), measure(f.Noun, f.Unit))
		b.check(CheckNoResult, msg, f.Records)
	}
}

// checkNoOrg flags each usable record without an organisation.
func (b *builder) checkNoOrg() {
	for i := range b.s.Records {
		r := &b.s.Records[i]
		if b.skip[i] || r.Org != "" {
			continue
		}
		what := r.Text
		if what == "" {
			what = FormatNumber(r.Value) + " " + measure(r.Noun, r.Unit)
		}
		msg := fmt.Sprintf("Bài %s: chưa xác định được đơn vị của số liệu «%s».", r.Doc, what)
		b.check(CheckNoOrg, msg, []int{i})
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

// kindOf qualifies a measure that is not an achieved yearly total.
func kindOf(status, period, basis string) string {
	var parts []string
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

package aggregate

import (
	"github.com/lddt/unionstats/extract"
)

// nouns gives a default head noun per unit for hand-made records.
var nouns = map[string]string{
	"member": "đoàn viên", "union": "công đoàn cơ sở", "person": "cá nhân", "collective": "tập thể",
	"gift": "suất quà", "vnd": "đồng", "percent": "%", "event": "lớp", "organization": "đơn vị",
}

// rec makes a record of Ba Đình (quận), 2019, membership, exact, total,
// achieved, year, in paragraph 0 of doc, sentence "s"; opts change it.
func rec(doc string, offset int, value float64, unit string, opts ...func(*extract.Record)) extract.Record {
	r := extract.Record{
		Doc: doc, Offset: offset, Pos: offset, Value: value, Unit: unit, Noun: nouns[unit],
		Qualifier: extract.QualExact, Basis: extract.BasisTotal, Status: extract.StatusAchieved,
		Period: extract.PeriodYear, Year: 2019, Org: "Ba Đình", OrgType: "quận",
		Category: "membership", Evidence: "s",
	}
	for _, o := range opts {
		o(&r)
	}
	return r
}

func org(name, typ string) func(*extract.Record) {
	return func(r *extract.Record) { r.Org, r.OrgType = name, typ }
}

func year(y int) func(*extract.Record) { return func(r *extract.Record) { r.Year = y } }

func para(p int) func(*extract.Record) { return func(r *extract.Record) { r.Para = p } }

func sentence(s string) func(*extract.Record) { return func(r *extract.Record) { r.Evidence = s } }

func category(c string) func(*extract.Record) { return func(r *extract.Record) { r.Category = c } }

func noun(n string) func(*extract.Record) { return func(r *extract.Record) { r.Noun = n } }

func qual(q string) func(*extract.Record) { return func(r *extract.Record) { r.Qualifier = q } }

func perUnit(r *extract.Record) { r.Basis = extract.BasisPerUnit }

func planned(r *extract.Record) { r.Status = extract.StatusPlanned }

func snapshot(r *extract.Record) { r.Period = extract.PeriodSnapshot }

func multiYear(r *extract.Record) { r.Period = extract.PeriodMultiYear }

func text(t string) func(*extract.Record) { return func(r *extract.Record) { r.Text = t } }

func outOf(den float64) func(*extract.Record) {
	return func(r *extract.Record) { r.Denominator = &den }
}

func stated(pct float64) func(*extract.Record) {
	return func(r *extract.Record) { r.Completion = &pct }
}

func ptr(v float64) *float64 { return &v }

// Orgs other than the default Ba Đình.
var (
	hk  = org("Hoàn Kiếm", "quận")
	dd  = org("Đống Đa", "quận")
	hn  = org("Hà Nội", "thành phố")
	cum = org("Cụm thi đua số 6", "cụm thi đua")
)

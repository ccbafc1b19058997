package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/vocab"
)

// fixture is a small hand-made Summary: two years, three organisations, four
// articles (one with markup in its text), facts, cells, a target, changes,
// a check and a warning.
func fixture() *aggregate.Summary {
	type art struct {
		doc, url, title, kicker, text string
		year                          int
	}
	arts := []art{
		{doc: "2021/ba-dinh.txt", title: "Ba Đình kết nạp 1.715 đoàn viên", kicker: "Liên đoàn Lao động quận Ba Đình", year: 2021,
			text: "Ba Đình kết nạp 1.715 đoàn viên\nNăm 2021, LĐLĐ quận Ba Đình kết nạp 1.715/1.250 đoàn viên (đạt 137,24%), thành lập 32 công đoàn cơ sở.\n\nTrao 242 suất quà, mỗi suất 1 triệu đồng."},
		{doc: "2022/ba-dinh.txt", title: "Ba Đình: năm 2022 nhiều kết quả", year: 2022,
			text: "Năm 2022, Ba Đình kết nạp 2.100 đoàn viên, tặng 500 suất quà trị giá 850 triệu đồng.\n5 năm qua đã kết nạp 9.000 đoàn viên."},
		{doc: "2022/dong-da.txt", title: "Đống Đa tổng kết năm 2022", year: 2022,
			text: "Đống Đa kết nạp 1.200 đoàn viên năm 2022, tặng 300 suất quà."},
		{doc: "2022/ha-noi.txt", url: "https://laodongthudo.vn/ha-noi-2022.html", title: "Hà Nội: <b>59,85 tỷ đồng</b> chăm lo", kicker: "Liên đoàn Lao động thành phố Hà Nội", year: 2022,
			text: "Năm 2022, LĐLĐ Thành phố kết nạp hơn 59.000 đoàn viên; hỗ trợ 59,85 tỷ đồng. <script>alert(1)</script>"},
	}
	type mention struct {
		art       int
		number    string // as written, located in the text
		value     float64
		unit, cat string
		org, typ  string
		year      int
		qual      string
		status    string
		period    string
		basis     string
	}
	ms := []mention{
		{art: 0, number: "1.715", value: 1715, unit: "member", cat: "membership", org: "Ba Đình", typ: "quận", year: 2021},
		{art: 0, number: "1.715/1.250", value: 1715, unit: "member", cat: "membership", org: "Ba Đình", typ: "quận", year: 2021},
		{art: 0, number: "32", value: 32, unit: "union", cat: "membership", org: "Ba Đình", typ: "quận", year: 2021},
		{art: 0, number: "242", value: 242, unit: "gift", cat: "welfare", org: "Ba Đình", typ: "quận", year: 2021},
		{art: 0, number: "1 triệu", value: 1e6, unit: "vnd", cat: "welfare", org: "Ba Đình", typ: "quận", year: 2021, basis: extract.BasisPerUnit},
		{art: 1, number: "2.100", value: 2100, unit: "member", cat: "membership", org: "Ba Đình", typ: "quận", year: 2022},
		{art: 1, number: "500", value: 500, unit: "gift", cat: "welfare", org: "Ba Đình", typ: "quận", year: 2022},
		{art: 1, number: "850 triệu", value: 850e6, unit: "vnd", cat: "welfare", org: "Ba Đình", typ: "quận", year: 2022},
		{art: 1, number: "9.000", value: 9000, unit: "member", cat: "membership", org: "Ba Đình", typ: "quận", year: 2022, period: extract.PeriodMultiYear},
		{art: 2, number: "1.200", value: 1200, unit: "member", cat: "membership", org: "Đống Đa", typ: "quận", year: 2022},
		{art: 2, number: "300", value: 300, unit: "gift", cat: "welfare", org: "Đống Đa", typ: "quận", year: 2022},
		{art: 3, number: "59.000", value: 59000, unit: "member", cat: "membership", org: "Hà Nội", typ: "thành phố", year: 2022, qual: extract.QualMoreThan},
		{art: 3, number: "59,85 tỷ", value: 59.85e9, unit: "vnd", cat: "welfare", org: "Hà Nội", typ: "thành phố", year: 2022},
	}
	s := &aggregate.Summary{
		Orgs: []aggregate.Org{
			{Name: "Hà Nội", Type: "thành phố", Slug: "ha-noi"},
			{Name: "Ba Đình", Type: "quận", Slug: "ba-dinh", Map: "đến 30/6/2025"},
			{Name: "Đống Đa", Type: "quận", Slug: "dong-da", Map: "đến 30/6/2025"},
		},
		Years:      []int{2021, 2022},
		Categories: []string{"membership", "welfare"},
		Warnings:   []aggregate.Warning{{Doc: "2022/hong.txt", Message: "Tệp không phải UTF-8 hợp lệ, đã thay ký tự lỗi."}},
	}
	for _, a := range arts {
		s.Articles = append(s.Articles, aggregate.Article{Article: corpus.Article{Doc: a.doc, URL: a.url, Title: a.title, Kicker: a.kicker, Text: a.text}, Year: a.year})
	}
	for i, m := range ms {
		a := &s.Articles[m.art]
		pos := strings.Index(a.Text, m.number)
		phrase := m.number + " " + vocab.UnitName(m.unit)
		rec := extract.Record{
			Doc: a.Doc, Value: m.value, Unit: m.unit, Qualifier: cmp.Or(m.qual, extract.QualExact),
			Basis: cmp.Or(m.basis, extract.BasisTotal), Status: cmp.Or(m.status, extract.StatusAchieved),
			Period: cmp.Or(m.period, extract.PeriodYear), Year: m.year, Org: m.org, OrgType: m.typ,
			Category: m.cat, Evidence: a.Text, Offset: pos + 10, Text: phrase, Noun: vocab.UnitName(m.unit),
			Pos: pos, Len: len(m.number),
		}
		if m.number == "1.715/1.250" {
			den, pct := 1250.0, 137.24
			rec.Denominator, rec.Completion = &den, &pct
			rec.Len = len("1.715")
		}
		s.Records = append(s.Records, rec)
		a.Records = append(a.Records, i)
	}
	var facts []aggregate.Fact // whole, for MultiYear
	fact := func(rec int, value float64, derived bool, recs ...int) int {
		r := s.Records[rec]
		f := aggregate.Fact{
			Org: r.Org, OrgType: r.OrgType, Year: r.Year, Category: r.Category, Unit: r.Unit, Noun: r.Noun,
			Value: value, Qualifier: r.Qualifier, Status: r.Status, Period: r.Period, Basis: r.Basis,
			Derived: derived, Records: append([]int{rec}, recs...),
		}
		facts = append(facts, f)
		s.Facts = append(s.Facts, aggregate.FactValue{Value: f.Value, Derived: f.Derived, Records: f.Records})
		return len(s.Facts) - 1
	}
	cell := func(org, typ string, year int, cat, unit string, value float64, approx, derived bool, facts ...int) aggregate.Cell {
		return aggregate.Cell{Org: org, OrgType: typ, Year: year, Category: cat, Unit: unit, Value: value, Approx: approx, Derived: derived, Facts: facts}
	}
	f0 := fact(0, 1715, false, 1)
	f1 := fact(2, 32, false)
	f2 := fact(3, 242, false)
	f3 := fact(3, 242e6, true, 4)
	f4 := fact(5, 2100, false)
	f5 := fact(6, 500, false)
	f6 := fact(7, 850e6, false)
	f7 := fact(9, 1200, false)
	f8 := fact(10, 300, false)
	f9 := fact(11, 59000, false)
	f10 := fact(12, 59.85e9, false)
	f11 := fact(1, 1250, false)
	f12 := fact(8, 9000, false)
	s.Yearly = []aggregate.Cell{
		cell("Hà Nội", "thành phố", 2022, "membership", "member", 59000, true, false, f9),
		cell("Hà Nội", "thành phố", 2022, "welfare", "vnd", 59.85e9, false, false, f10),
		cell("Ba Đình", "quận", 2021, "membership", "member", 1715, false, false, f0),
		cell("Ba Đình", "quận", 2021, "membership", "union", 32, false, false, f1),
		cell("Ba Đình", "quận", 2021, "welfare", "gift", 242, false, false, f2),
		cell("Ba Đình", "quận", 2021, "welfare", "vnd", 242e6, false, true, f3),
		cell("Ba Đình", "quận", 2022, "membership", "member", 2100, false, false, f4),
		cell("Ba Đình", "quận", 2022, "welfare", "gift", 500, false, false, f5),
		cell("Ba Đình", "quận", 2022, "welfare", "vnd", 850e6, false, false, f6),
		cell("Đống Đa", "quận", 2022, "membership", "member", 1200, false, false, f7),
		cell("Đống Đa", "quận", 2022, "welfare", "gift", 300, false, false, f8),
	}
	districts := func(n int) aggregate.Coverage {
		return aggregate.Coverage{Reported: n, Total: 30, Label: "quận, huyện, thị xã"}
	}
	sum := func(c aggregate.Cell, n int, units ...string) aggregate.UnitSum {
		return aggregate.UnitSum{Cell: c, Coverage: districts(n), Units: units}
	}
	s.UnitSums = []aggregate.UnitSum{
		sum(cell("", "", 2021, "membership", "member", 1715, false, false, f0), 1, "Ba Đình"),
		sum(cell("", "", 2021, "membership", "union", 32, false, false, f1), 1, "Ba Đình"),
		sum(cell("", "", 2021, "welfare", "gift", 242, false, false, f2), 1, "Ba Đình"),
		sum(cell("", "", 2021, "welfare", "vnd", 242e6, false, true, f3), 1, "Ba Đình"),
		sum(cell("", "", 2022, "membership", "member", 3300, false, false, f4, f7), 2, "Ba Đình", "Đống Đa"),
		sum(cell("", "", 2022, "welfare", "gift", 800, false, false, f5, f8), 2, "Ba Đình", "Đống Đa"),
		sum(cell("", "", 2022, "welfare", "vnd", 850e6, false, false, f6), 1, "Ba Đình"),
	}
	s.CityReported = slices.Clone(s.Yearly[:2])
	s.Map = aggregate.DefaultMap()
	s.Snapshots = []aggregate.Cell{cell("Ba Đình", "quận", 2021, "membership", "union", 32, false, false, f1)}
	achieved, completion, stated := 1715.0, 137.2, 137.24
	s.Targets = []aggregate.Target{{Org: "Ba Đình", Year: 2021, Category: "membership", Unit: "member", Planned: 1250,
		Achieved: &achieved, Completion: &completion, Stated: &stated, Facts: []int{f11}}}
	s.MultiYear = []aggregate.Fact{facts[f12]}
	up1, up2 := 22.45, 106.61
	s.Changes = []aggregate.Change{
		{Org: "Ba Đình", Category: "membership", Unit: "member", Year: 2022, Previous: 1715, Current: 2100, Percent: &up1},
		{Org: "Ba Đình", Category: "welfare", Unit: "gift", Year: 2022, Previous: 242, Current: 500, Percent: &up2},
	}
	s.Checks = []aggregate.Check{
		{Kind: aggregate.CheckCompletion, Message: "Tỷ lệ nêu trong bài (137,24%) khác tỷ lệ tính từ số liệu (137,2%).", Records: []int{1}},
		{Kind: aggregate.CheckConflict, Message: "Hai bài đưa số đoàn viên kết nạp năm 2022 khác nhau.", Records: []int{5, 11}},
	}
	return s
}

// testConfig is the Config the tests render with.
func testConfig() Config {
	return Config{
		Title:       "Thống kê Công đoàn Thủ đô",
		BaseURL:     "https://example.org/thong-ke",
		Accuracy:    []AccuracyRow{{Corpus: "Bài mẫu 2019", Precision: 0.9312, Recall: 0.875, F1: 0.9022}},
		Methodology: []aggregate.Rule{{Title: "Một sự việc chỉ đếm một lần", Text: "Các số liệu giống nhau chỉ được cộng một lần."}},
		BuildDate:   "2023-01-15",
	}
}

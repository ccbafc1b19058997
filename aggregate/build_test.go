package aggregate

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// yearlyValues is a compact view of Yearly: "org year category unit" → value.
func yearlyValues(cells []Cell) map[string]float64 {
	m := make(map[string]float64)
	for _, c := range cells {
		m[fmt.Sprintf("%s %d %s %s", c.Org, c.Year, c.Category, c.Unit)] = c.Value
	}
	return m
}

// factView is the part of a Fact the fact tests look at.
type factView struct {
	Unit    string
	Value   float64
	Derived bool
	Records []int
}

func factViews(facts []Fact) []factView {
	var v []factView
	for _, f := range facts {
		v = append(v, factView{f.Unit, f.Value, f.Derived, f.Records})
	}
	return v
}

func TestFacts(t *testing.T) {
	tests := []struct {
		name       string
		records    []extract.Record
		wantFacts  []factView
		wantYearly map[string]float64
	}{
		{
			name: "caption and body counted once",
			records: []extract.Record{
				rec("a", 10, 1715, "member", para(1)),
				rec("a", 90, 1715, "member", para(4)),
			},
			wantFacts:  []factView{{"member", 1715, false, []int{0, 1}}},
			wantYearly: map[string]float64{"Ba Đình 2019 membership member": 1715},
		},
		{
			name: "same sentence kept apart",
			records: []extract.Record{
				rec("a", 10, 4, "collective", para(2)),
				rec("a", 40, 4, "collective", para(2)),
			},
			wantFacts: []factView{
				{"collective", 4, false, []int{0}},
				{"collective", 4, false, []int{1}},
			},
			wantYearly: map[string]float64{"Ba Đình 2019 membership collective": 8},
		},
		{
			name: "caption joins the first of two in one paragraph",
			records: []extract.Record{
				rec("a", 10, 4, "collective", para(0)),
				rec("a", 50, 4, "collective", para(3)),
				rec("a", 80, 4, "collective", para(3)),
			},
			wantFacts: []factView{
				{"collective", 4, false, []int{0, 1}},
				{"collective", 4, false, []int{2}},
			},
			wantYearly: map[string]float64{"Ba Đình 2019 membership collective": 8},
		},
		{
			name: "two articles with the same figure are one fact",
			records: []extract.Record{
				rec("b", 5, 29, "union"),
				rec("a", 5, 29, "union"),
			},
			wantFacts:  []factView{{"union", 29, false, []int{0, 1}}},
			wantYearly: map[string]float64{"Ba Đình 2019 membership union": 29},
		},
		{
			name: "different noun is another fact",
			records: []extract.Record{
				rec("a", 5, 10, "event", noun("hoạt động"), category("other")),
				rec("a", 30, 10, "event", noun("nhiệm vụ"), category("other")),
			},
			wantFacts: []factView{
				{"event", 10, false, []int{0}},
				{"event", 10, false, []int{1}},
			},
			wantYearly: map[string]float64{"Ba Đình 2019 other event": 20},
		},
		{
			name: "repeated plan paragraph counted once",
			records: []extract.Record{
				rec("a", 5, 3, "event", planned, para(5)),
				rec("a", 90, 3, "event", planned, para(8)),
			},
			wantFacts:  []factView{{"event", 3, false, []int{0, 1}}},
			wantYearly: map[string]float64{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, facts := build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.wantFacts, factViews(facts)); diff != "" {
				t.Errorf("facts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantYearly, yearlyValues(s.Yearly)); diff != "" {
				t.Errorf("yearly (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDerived(t *testing.T) {
	welfare := category("welfare")
	tests := []struct {
		name       string
		records    []extract.Record
		wantFacts  []factView
		wantYearly map[string]float64
		wantApprox bool // of the vnd cell
	}{
		{
			name: "per-unit rate times count",
			records: []extract.Record{
				rec("a", 10, 242, "gift", welfare, hk, year(2020), sentence("với 242 suất quà mỗi suất 1 triệu đồng")),
				rec("a", 30, 1e6, "vnd", welfare, hk, year(2020), perUnit, sentence("với 242 suất quà mỗi suất 1 triệu đồng")),
			},
			wantFacts: []factView{
				{"gift", 242, false, []int{0}},
				{"vnd", 1e6, false, []int{1}},
				{"vnd", 242e6, true, []int{0, 1}},
			},
			wantYearly: map[string]float64{
				"Hoàn Kiếm 2020 welfare gift": 242,
				"Hoàn Kiếm 2020 welfare vnd":  242e6,
			},
		},
		{
			name: "each parenthesised rate takes the count before it",
			records: []extract.Record{
				rec("a", 10, 120, "gift", welfare, dd),
				rec("a", 40, 1e6, "vnd", welfare, dd, perUnit),
				rec("a", 70, 80, "gift", welfare, dd),
				rec("a", 99, 5e5, "vnd", welfare, dd, perUnit),
			},
			wantFacts: []factView{
				{"gift", 120, false, []int{0}},
				{"vnd", 1e6, false, []int{1}},
				{"gift", 80, false, []int{2}},
				{"vnd", 5e5, false, []int{3}},
				{"vnd", 120e6, true, []int{0, 1}},
				{"vnd", 40e6, true, []int{2, 3}},
			},
			wantYearly: map[string]float64{
				"Đống Đa 2019 welfare gift": 200,
				"Đống Đa 2019 welfare vnd":  160e6,
			},
		},
		{
			name: "rate in another sentence is not multiplied",
			records: []extract.Record{
				rec("a", 10, 120, "gift", welfare, sentence("one")),
				rec("a", 40, 1e6, "vnd", welfare, perUnit, sentence("two")),
			},
			wantFacts: []factView{
				{"gift", 120, false, []int{0}},
				{"vnd", 1e6, false, []int{1}},
			},
			wantYearly: map[string]float64{"Ba Đình 2019 welfare gift": 120},
		},
		{
			name: "percent and money are not counts",
			records: []extract.Record{
				rec("a", 10, 50, "gift", welfare),
				rec("a", 20, 3e6, "vnd", welfare),
				rec("a", 30, 90, "percent", welfare),
				rec("a", 40, 1e6, "vnd", welfare, perUnit),
			},
			wantFacts: []factView{
				{"gift", 50, false, []int{0}},
				{"vnd", 3e6, false, []int{1}},
				{"percent", 90, false, []int{2}},
				{"vnd", 1e6, false, []int{3}},
				{"vnd", 50e6, true, []int{0, 3}},
			},
			wantYearly: map[string]float64{
				"Ba Đình 2019 welfare gift": 50,
				"Ba Đình 2019 welfare vnd":  53e6,
			},
		},
		{
			name: "stated total equal to the product is not added again",
			records: []extract.Record{
				rec("a", 10, 242, "gift", welfare),
				rec("a", 30, 1e6, "vnd", welfare, perUnit),
				rec("a", 60, 242e6, "vnd", welfare, para(1), sentence("tổng trị giá 242 triệu đồng")),
			},
			wantFacts: []factView{
				{"gift", 242, false, []int{0}},
				{"vnd", 1e6, false, []int{1}},
				{"vnd", 242e6, false, []int{2, 0, 1}},
			},
			wantYearly: map[string]float64{
				"Ba Đình 2019 welfare gift": 242,
				"Ba Đình 2019 welfare vnd":  242e6,
			},
		},
		{
			name: "caption and body give one derived total",
			records: []extract.Record{
				rec("a", 10, 242, "gift", welfare, para(0)),
				rec("a", 30, 1e6, "vnd", welfare, perUnit, para(0)),
				rec("a", 70, 242, "gift", welfare, para(2)),
				rec("a", 90, 1e6, "vnd", welfare, perUnit, para(2)),
			},
			wantFacts: []factView{
				{"gift", 242, false, []int{0, 2}},
				{"vnd", 1e6, false, []int{1, 3}},
				{"vnd", 242e6, true, []int{0, 1, 2, 3}},
			},
			wantYearly: map[string]float64{
				"Ba Đình 2019 welfare gift": 242,
				"Ba Đình 2019 welfare vnd":  242e6,
			},
		},
		{
			name: "a count of another year: the product is of the rate's year",
			records: []extract.Record{
				rec("a", 10, 100, "gift", welfare),
				rec("a", 30, 5e5, "vnd", welfare, perUnit, year(2020)),
			},
			wantFacts: []factView{
				{"gift", 100, false, []int{0}},
				{"vnd", 5e5, false, []int{1}},
				{"vnd", 50e6, true, []int{0, 1}},
			},
			wantYearly: map[string]float64{
				"Ba Đình 2019 welfare gift": 100,
				"Ba Đình 2020 welfare vnd":  50e6,
			},
		},
		{
			name: "facts of two years: stated by first record, then derived by rate record",
			records: []extract.Record{
				rec("a", 10, 120, "gift", welfare, year(2020)),
				rec("a", 40, 1e6, "vnd", welfare, perUnit, year(2020)),
				rec("a", 70, 80, "gift", welfare),
				rec("a", 99, 5e5, "vnd", welfare, perUnit),
			},
			wantFacts: []factView{
				{"gift", 120, false, []int{0}},
				{"vnd", 1e6, false, []int{1}},
				{"gift", 80, false, []int{2}},
				{"vnd", 5e5, false, []int{3}},
				{"vnd", 120e6, true, []int{0, 1}},
				{"vnd", 40e6, true, []int{2, 3}},
			},
			wantYearly: map[string]float64{
				"Ba Đình 2019 welfare gift": 80,
				"Ba Đình 2019 welfare vnd":  40e6,
				"Ba Đình 2020 welfare gift": 120,
				"Ba Đình 2020 welfare vnd":  120e6,
			},
		},
		{
			name: "approximate count makes an approximate total",
			records: []extract.Record{
				rec("a", 10, 100, "gift", welfare, qual(extract.QualMoreThan)),
				rec("a", 30, 5e5, "vnd", welfare, perUnit),
			},
			wantFacts: []factView{
				{"gift", 100, false, []int{0}},
				{"vnd", 5e5, false, []int{1}},
				{"vnd", 50e6, true, []int{0, 1}},
			},
			wantYearly: map[string]float64{
				"Ba Đình 2019 welfare gift": 100,
				"Ba Đình 2019 welfare vnd":  50e6,
			},
			wantApprox: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, facts := build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.wantFacts, factViews(facts)); diff != "" {
				t.Errorf("facts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantYearly, yearlyValues(s.Yearly)); diff != "" {
				t.Errorf("yearly (-want +got):\n%s", diff)
			}
			for _, c := range s.Yearly {
				if c.Unit == "vnd" && c.Approx != tt.wantApprox {
					t.Errorf("vnd cell Approx = %v, want %v", c.Approx, tt.wantApprox)
				}
			}
		})
	}
}

func TestArticles(t *testing.T) {
	tests := []struct {
		name      string
		in        Input
		want      []Article
		wantWarns []Warning
		wantFacts int
	}{
		{
			name: "sorted by doc with records in text order and the common year",
			in: Input{
				Articles: []corpus.Article{{Doc: "b", Text: "B"}, {Doc: "a", Text: "A"}},
				Records: []extract.Record{
					rec("b", 50, 1, "union", year(2021)),
					rec("a", 9, 1, "union", year(2020)),
					rec("b", 10, 2, "union", year(2022)),
					rec("a", 3, 2, "union", year(2019)),
					rec("a", 5, 3, "union", year(2020)),
				},
			},
			want: []Article{
				{Article: corpus.Article{Doc: "a", Text: "A"}, Year: 2020, Records: []int{0, 1, 2}},
				{Article: corpus.Article{Doc: "b", Text: "B"}, Year: 2022, Records: []int{3, 4}},
			},
			wantFacts: 5,
		},
		{
			name: "published year without records",
			in:   Input{Articles: []corpus.Article{{Doc: "a", Text: "A", Published: "2023-05-01"}, {Doc: "b", Text: "B"}}},
			want: []Article{{Article: corpus.Article{Doc: "a", Text: "A", Published: "2023-05-01"}, Year: 2023}, {Article: corpus.Article{Doc: "b", Text: "B"}}},
		},
		{
			name: "republished article read once",
			in: Input{
				Articles: []corpus.Article{{Doc: "b", Text: "same"}, {Doc: "a", Text: "same"}, {Doc: "c", Text: "other"}},
				Records: []extract.Record{
					rec("a", 3, 7, "union", year(2020)),
					rec("b", 3, 7, "union", year(2020)),
					rec("a", 9, 8, "union", year(2020), para(1)),
					rec("b", 9, 8, "union", year(2020), para(1)),
				},
				Warnings: []Warning{{Doc: "c", Message: "invalid UTF-8"}},
			},
			want: []Article{
				{Article: corpus.Article{Doc: "a", Text: "same"}, Year: 2020, Records: []int{0, 1}},
				{Article: corpus.Article{Doc: "c", Text: "other"}},
			},
			wantWarns: []Warning{
				{Doc: "b", Message: "bài b đăng lại nguyên văn bài a: số liệu chỉ tính một lần, theo bài a"},
				{Doc: "c", Message: "invalid UTF-8"},
			},
			wantFacts: 2,
		},
		{
			name: "unusable value left out with a warning",
			in: Input{Records: []extract.Record{
				rec("a", 3, 7, "union"),
				rec("a", 9, 2e16, "vnd", text("20 triệu tỷ đồng")),
			}},
			wantWarns: []Warning{{Doc: "a", Message: `số liệu tại byte 9 ("20 triệu tỷ đồng") không hợp lệ: không đưa vào tổng hợp`}},
			wantFacts: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(tt.in)
			if diff := cmp.Diff(tt.want, s.Articles, cmpopts.IgnoreUnexported(corpus.Article{})); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantWarns, s.Warnings); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
			if len(s.Records) != len(tt.in.Records) {
				t.Errorf("got %d records, want all %d", len(s.Records), len(tt.in.Records))
			}
			if len(s.Facts) != tt.wantFacts {
				t.Errorf("got %d facts, want %d", len(s.Facts), tt.wantFacts)
			}
		})
	}
}

func TestProvinceScope(t *testing.T) {
	in := Input{
		Province: "Hà Nội",
		Articles: []corpus.Article{{Doc: "a.txt", Text: "a"}, {Doc: "b.txt", Text: "b"}},
		Records: []extract.Record{
			{Doc: "a.txt", Offset: 1, Value: 120, Unit: "member", Status: "achieved", Period: "year", Basis: "total", Year: 2023, Org: "Ba Đình", OrgType: "quận", Province: "Hà Nội", Category: "membership"},
			{Doc: "b.txt", Offset: 1, Value: 900, Unit: "member", Status: "achieved", Period: "year", Basis: "total", Year: 2023, Org: "Nghệ An", OrgType: "tỉnh", Province: "Nghệ An", Category: "membership"},
			{Doc: "b.txt", Offset: 9, Value: 5000, Unit: "member", Status: "achieved", Period: "year", Basis: "total", Year: 2024, Org: "Tổng Liên đoàn Lao động Việt Nam", OrgType: "khác", Province: "Việt Nam", Category: "membership"},
			{Doc: "b.txt", Offset: 20, Value: 7, Unit: "union", Status: "achieved", Period: "year", Basis: "total", Year: 2023, Org: "Châu Thành", OrgType: "huyện", Category: "membership"},
		},
	}
	s := Build(in)
	if diff := cmp.Diff([]int{1, 2, 3}, s.LeftOut); diff != "" {
		t.Errorf("LeftOut (-want +got):\n%s", diff)
	}
	if !s.InScope(0) || s.InScope(2) {
		t.Errorf("InScope(0) = %v, InScope(2) = %v; want true, false", s.InScope(0), s.InScope(2))
	}
	for _, o := range s.Orgs {
		if o.Name != "Ba Đình" {
			t.Errorf("organisation %q of another province in the report", o.Name)
		}
	}
	if diff := cmp.Diff([]int{2023}, s.Years); diff != "" {
		t.Errorf("Years (-want +got):\n%s", diff)
	}
	for _, c := range s.Yearly {
		if c.Org != "Ba Đình" {
			t.Errorf("a yearly cell of %s in the report", c.Org)
		}
	}
	if len(s.Records) != 4 {
		t.Errorf("Records holds %d records; want all 4 (the open data keeps them)", len(s.Records))
	}
	all := Build(Input{Articles: in.Articles, Records: in.Records})
	if len(all.LeftOut) != 0 || len(all.Orgs) != 4 {
		t.Errorf("without a province: %d left out, %d organisations; want 0, 4", len(all.LeftOut), len(all.Orgs))
	}
}

// TestProductParts: which totals a rate multiplies, and how sure the
// product is (rule 4).
func TestProductParts(t *testing.T) {
	counts := []struct {
		name string
		r    extract.Record
		want bool
	}{
		{"gifts", rec("a", 1, 200, "gift"), true},
		{"people", rec("a", 1, 30, "person"), true},
		{"money is not a count", rec("a", 1, 5e6, "vnd"), false},
		{"a percent is not a count", rec("a", 1, 95, "percent"), false},
		{"a rate is not a count", rec("a", 1, 2, "gift", perUnit), false},
	}
	for _, tt := range counts {
		t.Run("isCount/"+tt.name, func(t *testing.T) {
			if got := isCount(&tt.r); got != tt.want {
				t.Errorf("isCount = %v, want %v", got, tt.want)
			}
		})
	}
	qualifiers := []struct{ name, count, rate, want string }{
		{"both exact", extract.QualExact, extract.QualExact, extract.QualExact},
		{"an approximate count", extract.QualMoreThan, extract.QualExact, extract.QualMoreThan},
		{"an approximate rate", extract.QualExact, extract.QualAbout, extract.QualAbout},
		{"the count's first", extract.QualAtLeast, extract.QualAbout, extract.QualAtLeast},
	}
	for _, tt := range qualifiers {
		t.Run("productQualifier/"+tt.name, func(t *testing.T) {
			if got := productQualifier(tt.count, tt.rate); got != tt.want {
				t.Errorf("productQualifier(%q, %q) = %q, want %q", tt.count, tt.rate, got, tt.want)
			}
		})
	}
}

package aggregate

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// The tests of the statistical rules (package documentation, rules 3 to 12),
// each from hand-made sentences.

func TestOneFactCountedOnce(t *testing.T) {
	tests := []struct {
		name          string
		records       []extract.Record
		wantYearly    map[string]float64
		wantConflicts []Conflict
	}{
		{
			name: "the same figure in two articles, once with its target",
			records: []extract.Record{
				rec("a", 1, 1480, "member", org("Mê Linh", "huyện"), year(2021), outOf(1400),
					sentence("Năm 2021, huyện kết nạp 1.480/1.400 đoàn viên.")),
				rec("b", 1, 1480, "member", org("Mê Linh", "huyện"), year(2021),
					sentence("Năm ngoái, Mê Linh kết nạp 1.480 đoàn viên.")),
			},
			wantYearly: map[string]float64{"Mê Linh 2021 membership member": 1480},
		},
		{
			name: "a headline's rounded figure restates the body's",
			records: []extract.Record{
				rec("a", 1, 40000, "member", hn, year(2021), qual(extract.QualAbout),
					sentence("Công đoàn Thủ đô kết nạp gần 40.000 đoàn viên")),
				rec("a", 80, 39610, "member", hn, year(2021), para(2),
					sentence("Năm 2021, các cấp công đoàn đã kết nạp 39.610 đoàn viên.")),
			},
			wantYearly: map[string]float64{"Hà Nội 2021 membership member": 39610},
		},
		{
			name: "a 'hơn' figure restates only a figure above it, within its step",
			records: []extract.Record{
				rec("a", 1, 3000, "member", year(2021), qual(extract.QualMoreThan),
					sentence("Ba Đình: hơn 3.000 đoàn viên mới")),
				rec("a", 80, 2950, "member", year(2021), para(2),
					sentence("Năm 2021, quận kết nạp 2.950 đoàn viên.")),
			},
			wantYearly: map[string]float64{"Ba Đình 2021 membership member": 5950},
		},
		{
			name: "a caption repeating the body",
			records: []extract.Record{
				rec("a", 10, 230, "gift", category("welfare"), para(1), sentence("Trao 230 suất quà cho công nhân.")),
				rec("a", 90, 230, "gift", category("welfare"), para(5), sentence("Ảnh: trao 230 suất quà.")),
			},
			wantYearly: map[string]float64{"Ba Đình 2019 welfare gift": 230},
		},
		{
			name: "two values for one unit, year and measure are a conflict kept out of totals",
			records: []extract.Record{
				rec("a", 1, 1150, "member", dd, year(2022), sentence("Năm 2022, quận kết nạp 1.150 đoàn viên.")),
				rec("b", 1, 1510, "member", dd, year(2022), sentence("Năm 2022, Đống Đa kết nạp 1.510 đoàn viên.")),
				rec("b", 50, 21, "union", dd, year(2022), sentence("Thành lập 21 CĐCS.")),
				rec("c", 1, 800, "member", year(2022), sentence("Năm 2022, Ba Đình kết nạp 800 đoàn viên.")),
			},
			wantYearly: map[string]float64{
				"Ba Đình 2022 membership member": 800,
				"Đống Đa 2022 membership union":  21,
			},
			wantConflicts: []Conflict{{Org: "Đống Đa", Year: 2022, Category: "membership", Unit: "member", Noun: "đoàn viên", Facts: []int{0, 1}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.wantYearly, yearlyValues(s.Yearly)); diff != "" {
				t.Errorf("yearly (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantConflicts, s.Conflicts); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
			for _, u := range s.UnitSums {
				if u.Category == "membership" && u.Unit == "member" && u.Year == 2022 && u.Value != 800 {
					t.Errorf("sum of districts 2022 = %v, want 800 (the conflict left out)", u.Value)
				}
			}
		})
	}
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		name        string
		records     []extract.Record
		wantYearly  map[string]float64
		wantSpan    Span
		wantTargets []Target
	}{
		{
			name: "the latest year-to-date figure replaces earlier ones",
			records: []extract.Record{
				rec("a", 1, 420, "member", year(2021), sentence("Đến hết tháng 3, quận đã kết nạp 420 đoàn viên.")),
				rec("b", 1, 760, "member", year(2021), sentence("6 tháng đầu năm, quận kết nạp 760 đoàn viên.")),
				rec("c", 1, 1240, "member", year(2021), sentence("Tính đến hết tháng 10, quận kết nạp 1.240 đoàn viên.")),
			},
			wantYearly: map[string]float64{"Ba Đình 2021 membership member": 1240},
			wantSpan:   Span{From: 1, To: 10},
		},
		{
			name: "a whole-year figure replaces the year-to-date ones",
			records: []extract.Record{
				rec("a", 1, 760, "member", year(2021), sentence("6 tháng đầu năm, quận kết nạp 760 đoàn viên.")),
				rec("a", 50, 1530, "member", year(2021), para(3), sentence("Cả năm 2021, quận kết nạp 1.530 đoàn viên.")),
			},
			wantYearly: map[string]float64{"Ba Đình 2021 membership member": 1530},
		},
		{
			name: "the year's overall result replaces its parts",
			records: []extract.Record{
				rec("a", 1, 240, "member", year(2021), sentence("Trong năm, quận kết nạp 240 đoàn viên là công nhân làng nghề.")),
				rec("a", 50, 1530, "member", year(2021), para(3), sentence("Tính chung cả năm 2021, quận kết nạp 1.530 đoàn viên.")),
			},
			wantYearly: map[string]float64{"Ba Đình 2021 membership member": 1530},
		},
		{
			name: "a part-year result against the annual target is progress, not final",
			records: []extract.Record{
				rec("a", 1, 50000, "member", hn, year(2021), planned, sentence("Năm 2021, Thành phố phấn đấu kết nạp 50.000 đoàn viên.")),
				rec("a", 50, 21300, "member", hn, year(2021), para(1), sentence("Đến hết tháng 6, đã kết nạp 21.300 đoàn viên.")),
			},
			wantYearly: map[string]float64{"Hà Nội 2021 membership member": 21300},
			wantSpan:   Span{From: 1, To: 6},
			wantTargets: []Target{{
				Org: "Hà Nội", Year: 2021, Category: "membership", Unit: "member", Planned: 50000,
				Achieved: ptr(21300), Completion: ptr(42.6), Span: Span{From: 1, To: 6}, Facts: []int{0}, Result: []int{1},
			}},
		},
		{
			name: "a figure the text presents as a stock is not a yearly result",
			records: []extract.Record{
				rec("a", 1, 41000, "member", year(2023), qual(extract.QualMoreThan), text("hơn 41.000 đoàn viên"),
					sentence("Đại hội có 230 đại biểu, đại diện cho hơn 41.000 đoàn viên trong quận.")),
				rec("a", 50, 1320, "member", year(2023), para(1), sentence("Năm 2023, quận kết nạp 1.320 đoàn viên.")),
			},
			wantYearly: map[string]float64{"Ba Đình 2023 membership member": 1320},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.wantYearly, yearlyValues(s.Yearly)); diff != "" {
				t.Errorf("yearly (-want +got):\n%s", diff)
			}
			for _, c := range s.Yearly {
				if c.Span != tt.wantSpan {
					t.Errorf("%s %d: span %+v, want %+v", c.Org, c.Year, c.Span, tt.wantSpan)
				}
			}
			if diff := cmp.Diff(tt.wantTargets, s.Targets); diff != "" {
				t.Errorf("targets (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStocks(t *testing.T) {
	records := []extract.Record{
		rec("a", 1, 31200, "member", snapshot, year(2022), sentence("Hiện quận có 31.200 đoàn viên.")),
		rec("b", 1, 32050, "member", snapshot, year(2023), sentence("Hiện quận có 32.050 đoàn viên.")),
		rec("c", 1, 18400, "member", snapshot, dd, year(2021), sentence("Hiện quận có 18.400 đoàn viên.")),
	}
	s := Build(Input{Records: records})
	if len(s.Yearly) != 0 || len(s.UnitSums) != 0 {
		t.Errorf("stocks were summed: yearly %v, sums %v", s.Yearly, s.UnitSums)
	}
	got := yearlyValues(s.Snapshots)
	want := map[string]float64{"Ba Đình 2023 membership member": 32050, "Đống Đa 2021 membership member": 18400}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("snapshots (-want +got):\n%s", diff)
	}
}

func TestUnitSums(t *testing.T) {
	ward := func(name string) func(*extract.Record) { return org(name, "phường") }
	tests := []struct {
		name         string
		records      []extract.Record
		wantSums     []UnitSum
		wantReported map[string]float64
	}{
		{
			name: "the city's own figure is never added to its districts'",
			records: []extract.Record{
				rec("a", 1, 100, "member"),
				rec("b", 1, 50, "member", dd),
				rec("c", 1, 5000, "member", hn),
			},
			wantSums: []UnitSum{{
				Cell:     Cell{Year: 2019, Category: "membership", Unit: "member", Value: 150, Facts: []int{0, 1}},
				Coverage: Coverage{Reported: 2, Total: 30, Label: "quận, huyện, thị xã"},
				Units:    []string{"Ba Đình", "Đống Đa"},
			}},
			wantReported: map[string]float64{"Hà Nội 2019 membership member": 5000},
		},
		{
			name: "clusters, sectoral unions and orgs outside the map keep their own rows",
			records: []extract.Record{
				rec("a", 1, 100, "member", qual(extract.QualAbout)),
				rec("b", 1, 20, "member", org("Công đoàn ngành Y tế", "công đoàn ngành")),
				rec("c", 1, 127, "member", cum),
				rec("d", 1, 64, "member", org("Quận 3", "quận")),
			},
			wantSums: []UnitSum{{
				Cell:     Cell{Year: 2019, Category: "membership", Unit: "member", Value: 100, Approx: true, Facts: []int{0}},
				Coverage: Coverage{Reported: 1, Total: 30, Label: "quận, huyện, thị xã"},
				Units:    []string{"Ba Đình"},
			}},
		},
		{
			name: "a district and its successor wards in 2025 are two sums, one per map",
			records: []extract.Record{
				rec("a", 1, 400, "member", hk, year(2025), sentence("6 tháng đầu năm 2025, quận kết nạp 400 đoàn viên.")),
				rec("b", 1, 90, "member", ward("Hoàn Kiếm"), year(2025), sentence("Từ tháng 7 đến nay, phường kết nạp 90 đoàn viên.")),
				rec("c", 1, 70, "member", ward("Cửa Nam"), year(2025), sentence("Từ tháng 7, phường kết nạp 70 đoàn viên.")),
			},
			wantSums: []UnitSum{
				{
					Cell:     Cell{Year: 2025, Category: "membership", Unit: "member", Value: 400, Facts: []int{0}},
					Coverage: Coverage{Reported: 1, Total: 30, Label: "quận, huyện, thị xã", Period: "đến 30/6/2025"},
					Units:    []string{"Hoàn Kiếm"}, Partial: []string{"Hoàn Kiếm"},
				},
				{
					Cell:     Cell{Year: 2025, Category: "membership", Unit: "member", Value: 160, Facts: []int{1, 2}},
					Coverage: Coverage{Reported: 2, Total: 126, Label: "phường, xã", Period: "từ 1/7/2025"},
					Era:      1, Units: []string{"Phường Cửa Nam", "Phường Hoàn Kiếm"}, Partial: []string{"Phường Cửa Nam", "Phường Hoàn Kiếm"},
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.wantSums, s.UnitSums); diff != "" {
				t.Errorf("unit sums (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantReported, yearlyValues(s.CityReported), cmpEmpty); diff != "" {
				t.Errorf("city reported (-want +got):\n%s", diff)
			}
		})
	}
}

// cmpEmpty makes a nil map equal to an empty one.
var cmpEmpty = cmp.FilterValues(func(x, y map[string]float64) bool { return len(x) == 0 && len(y) == 0 }, cmp.Ignore())

func TestReformChange(t *testing.T) {
	// A reform on 1/1/2031 where district "Tây Hồ" becomes wards "Phường
	// Tây Hồ" and "Phường Phú Thượng".
	m := Map{
		Eras: []Era{
			{Label: "quận", Period: "đến 31/12/2030", LastYear: 2030, Types: []string{"quận"}, Total: 12},
			{Label: "phường", Period: "từ 1/1/2031", FirstYear: 2031, Types: []string{"phường"}, Total: 50},
		},
		Successions: []Succession{{From: "Tây Hồ", To: []string{"Phường Tây Hồ", "Phường Phú Thượng"}, Complete: true}},
	}
	th := org("Tây Hồ", "quận")
	records := []extract.Record{
		rec("a", 1, 1000, "member", th, year(2030)),
		rec("b", 1, 700, "member", org("Tây Hồ", "phường"), year(2031)),
		rec("c", 1, 450, "member", org("Phú Thượng", "phường"), year(2031)),
	}
	want := []Change{{
		Org: "Tây Hồ", Category: "membership", Unit: "member", Year: 2031, Previous: 1000, Current: 1150,
		Percent: ptr(15), Via: []string{"Phường Tây Hồ", "Phường Phú Thượng"},
	}}
	s := Build(Input{Records: records, Map: &m})
	if diff := cmp.Diff(want, s.Changes); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}
	// Without one successor's figure there is no change.
	s = Build(Input{Records: records[:2], Map: &m})
	if len(s.Changes) != 0 {
		t.Errorf("changes with a successor missing: %v", s.Changes)
	}
}

func TestSpanOf(t *testing.T) {
	tests := []struct {
		name          string
		before, after string
		want          Span
	}{
		{"first half", "6 tháng đầu năm, quận kết nạp ", "", Span{1, 6}},
		{"to the end of a month", "đến hết tháng 11/2024, huyện kết nạp ", "", Span{1, 11}},
		{"to the end of december is the year", "đến hết tháng 12, quận kết nạp ", "", Span{}},
		{"year to date", "từ đầu năm đến nay, xã kết nạp ", "", Span{From: 1}},
		{"from a month", "từ tháng 7 đến nay, phường kết nạp ", "", Span{From: 7}},
		{"the last cue wins", "trong năm 2022, phấn đấu …; đến hết tháng 6, đã kết nạp ", "", Span{1, 6}},
		{"whole year after a part", "6 tháng đầu năm tăng mạnh; cả năm kết nạp ", "", Span{}},
		{"cue after the number", "quận kết nạp ", "812 đoàn viên trong 6 tháng đầu năm.", Span{1, 6}},
		{"cue in the next clause is not read", "quận kết nạp ", "812 đoàn viên; 6 tháng đầu năm qua", Span{}},
		{"workers' month", "trong tháng công nhân, huyện ra mắt ", "", Span{5, 5}},
		{"no cue", "năm 2021, quận kết nạp ", "", Span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spanOf(tt.before, tt.after); got != tt.want {
				t.Errorf("spanOf(%q, %q) = %+v, want %+v", tt.before, tt.after, got, tt.want)
			}
		})
	}
}

func TestRestates(t *testing.T) {
	tests := []struct {
		v    float64
		q    string
		x    float64
		want bool
	}{
		{60000, extract.QualAbout, 59470, true},
		{60000, extract.QualAbout, 54000, false},
		{2000, extract.QualMoreThan, 2104, true},
		{2000, extract.QualMoreThan, 1990, false},
		{2000, extract.QualMoreThan, 3000, false},
		{1500, extract.QualAtLeast, 1500, true},
		{1500, extract.QualExact, 1500, false},
		{2.5, extract.QualAbout, 2.6, false},
	}
	for _, tt := range tests {
		if got := restates(tt.v, tt.q, tt.x); got != tt.want {
			t.Errorf("restates(%v, %s, %v) = %v, want %v", tt.v, tt.q, tt.x, got, tt.want)
		}
	}
}

func TestRateRangeGivesNoTotal(t *testing.T) {
	s := "Có 120 người được hỗ trợ, mức từ 1.500.000 đến 3.000.000 đồng/người."
	records := []extract.Record{
		rec("a", 1, 120, "person", category("welfare"), sentence(s)),
		rec("a", 20, 1500000, "vnd", category("welfare"), perUnit, sentence(s)),
		rec("a", 40, 3000000, "vnd", category("welfare"), perUnit, sentence(s)),
	}
	want := map[string]float64{"Ba Đình 2019 welfare person": 120}
	if diff := cmp.Diff(want, yearlyValues(Build(Input{Records: records}).Yearly)); diff != "" {
		t.Errorf("yearly (-want +got):\n%s", diff)
	}
}

// TestAddingAUnit checks, on a synthetic corpus, that a new unit's figures
// of one year change no other unit's figure and no like-for-like change.
func TestAddingAUnit(t *testing.T) {
	base := synthetic(3000)
	want := Build(cloneInput(base))
	tests := []struct {
		name string
		year int
	}{
		{"the first year", 2018},
		{"a middle year", 2020},
		{"the last year", 2023},
		{"a year after the others", 2024},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := cloneInput(base)
			in.Articles = append(in.Articles, corpus.Article{Doc: "new.txt", Text: "new"})
			unit := org("Thanh Trì", "huyện")
			in.Records = append(in.Records,
				rec("new.txt", 1, 321, "member", unit, year(tt.year)),
				rec("new.txt", 2, 7, "union", unit, year(tt.year)),
				rec("new.txt", 3, 25e6, "vnd", unit, year(tt.year), category("welfare")))
			got := Build(in)
			others := func(cells []Cell) []Cell {
				return slices.DeleteFunc(slices.Clone(cells), func(c Cell) bool { return c.Org == "Thanh Trì" })
			}
			values := func(s *Summary) map[string]float64 { return yearlyValues(others(s.Yearly)) }
			if diff := cmp.Diff(values(want), values(got)); diff != "" {
				t.Errorf("other units' figures (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(changeValues(want), changeValues(got)); diff != "" {
				t.Errorf("like-for-like changes (-want +got):\n%s", diff)
			}
		})
	}
}

// changeValues are the changes, by org, year and measure, except the new
// unit's own.
func changeValues(s *Summary) map[string]string {
	m := make(map[string]string)
	for _, c := range s.Changes {
		if c.Org == "Thanh Trì" {
			continue
		}
		m[fmt.Sprintf("%s %d %s %s", c.Org, c.Year, c.Category, c.Unit)] = fmt.Sprintf("%v→%v", c.Previous, c.Current)
	}
	return m
}

func cloneInput(in Input) Input {
	return Input{
		Articles: slices.Clone(in.Articles),
		Records:  slices.Clone(in.Records),
		Warnings: slices.Clone(in.Warnings),
	}
}

package aggregate

import (
	"slices"

	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lddt/unionstats/extract"
)

func TestSnapshots(t *testing.T) {
	tests := []struct {
		name       string
		records    []extract.Record
		want       []Cell
		wantYearly int
	}{
		{
			name: "snapshot latest only",
			records: []extract.Record{
				rec("a", 1, 480, "union", hk, snapshot, year(2020)),
				rec("b", 1, 500, "union", hk, snapshot, year(2021)),
				rec("c", 1, 470, "union", hk, snapshot, year(2019)),
				rec("a", 9, 28935, "member", hk, snapshot, year(2020), qual(extract.QualMoreThan)),
			},
			want: []Cell{
				{Org: "Hoàn Kiếm", OrgType: "quận", Year: 2020, Category: "membership", Unit: "member", Value: 28935, Approx: true, Facts: []int{1}},
				{Org: "Hoàn Kiếm", OrgType: "quận", Year: 2021, Category: "membership", Unit: "union", Value: 500, Facts: []int{2}},
			},
		},
		{
			name: "same year goes to the figure stated more often",
			records: []extract.Record{
				rec("a", 1, 480, "union", snapshot),
				rec("a", 50, 480, "union", snapshot, para(3)),
				rec("b", 1, 482, "union", snapshot),
			},
			want: []Cell{{Org: "Ba Đình", OrgType: "quận", Year: 2019, Category: "membership", Unit: "union", Value: 480, Facts: []int{0}}},
		},
		{
			name: "same year and weight goes to the later article",
			records: []extract.Record{
				rec("b", 1, 482, "union", snapshot),
				rec("a", 1, 480, "union", snapshot),
			},
			want: []Cell{{Org: "Ba Đình", OrgType: "quận", Year: 2019, Category: "membership", Unit: "union", Value: 482, Facts: []int{1}}},
		},
		{
			name: "stock and yearly flow kept apart",
			records: []extract.Record{
				rec("a", 1, 480, "union", snapshot),
				rec("a", 9, 29, "union"),
			},
			want:       []Cell{{Org: "Ba Đình", OrgType: "quận", Year: 2019, Category: "membership", Unit: "union", Value: 480, Facts: []int{0}}},
			wantYearly: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.want, s.Snapshots); diff != "" {
				t.Errorf("snapshots (-want +got):\n%s", diff)
			}
			if len(s.Yearly) != tt.wantYearly {
				t.Errorf("got %d yearly cells, want %d", len(s.Yearly), tt.wantYearly)
			}
		})
	}
}

func TestTargets(t *testing.T) {
	tests := []struct {
		name    string
		records []extract.Record
		want    []Target
	}{
		{
			name: "X/Y completion",
			records: []extract.Record{
				rec("a", 1, 32, "union", outOf(31), stated(103.22)),
				rec("a", 9, 1715, "member", outOf(1250), stated(137.24)),
			},
			want: []Target{
				{Org: "Ba Đình", Year: 2019, Category: "membership", Unit: "member", Planned: 1250, Achieved: ptr(1715), Completion: ptr(137.2), Stated: ptr(137.24), Facts: []int{1}},
				{Org: "Ba Đình", Year: 2019, Category: "membership", Unit: "union", Planned: 31, Achieved: ptr(32), Completion: ptr(103.23), Stated: ptr(103.22), Facts: []int{0}},
			},
		},
		{
			name: "plan met by results from other articles",
			records: []extract.Record{
				rec("a", 1, 1000, "member", planned, year(2021)),
				rec("b", 1, 700, "member", year(2021)),
				rec("c", 1, 600, "member", year(2021), noun("đoàn viên mới")),
			},
			want: []Target{
				{Org: "Ba Đình", Year: 2021, Category: "membership", Unit: "member", Planned: 1000, Achieved: ptr(1300), Completion: ptr(130), Facts: []int{0}, Result: []int{1, 2}},
			},
		},
		{
			name: "a plan stated again as the Y of an X/Y result is one target",
			records: []extract.Record{
				rec("a", 1, 1500, "member", planned, year(2022), sentence("Năm 2022, huyện phấn đấu kết nạp 1.500 đoàn viên.")),
				rec("b", 1, 1623, "member", outOf(1500), year(2022), sentence("Năm 2022, huyện kết nạp 1.623/1.500 đoàn viên.")),
			},
			want: []Target{
				{Org: "Ba Đình", Year: 2022, Category: "membership", Unit: "member", Planned: 1500, Achieved: ptr(1623), Completion: ptr(108.2), Facts: []int{1, 0}},
			},
		},
		{
			name: "plan without result",
			records: []extract.Record{
				rec("a", 1, 3, "event", planned, category("training"), dd, year(2021)),
				rec("a", 9, 100, "percent", planned, category("training"), dd, year(2021)),
			},
			want: []Target{
				{Org: "Đống Đa", Year: 2021, Category: "training", Unit: "percent", Planned: 100, Facts: []int{1}},
				{Org: "Đống Đa", Year: 2021, Category: "training", Unit: "event", Planned: 3, Facts: []int{0}},
			},
		},
		{
			name: "zero denominator has no completion",
			records: []extract.Record{
				rec("a", 1, 5, "union", outOf(0)),
			},
			want: []Target{
				{Org: "Ba Đình", Year: 2019, Category: "membership", Unit: "union", Planned: 0, Achieved: ptr(5), Facts: []int{0}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.want, s.Targets); diff != "" {
				t.Errorf("targets (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTargetsShareTheirCellsFacts checks that every plan's target lists its
// result's facts in the Yearly cell's own list (Target.Result), not in a
// copy: two plans for one cell make two targets and no copy.
func TestTargetsShareTheirCellsFacts(t *testing.T) {
	s := Build(Input{Records: []extract.Record{
		rec("a", 1, 1000, "member", planned, year(2021)),
		rec("b", 1, 1200, "member", planned, year(2021)),
		rec("c", 1, 700, "member", year(2021)),
		rec("d", 1, 600, "member", year(2021), noun("đoàn viên mới")),
	}})
	if len(s.Targets) != 2 || len(s.Yearly) != 1 {
		t.Fatalf("%d targets and %d yearly cells, want 2 and 1", len(s.Targets), len(s.Yearly))
	}
	cell := s.Yearly[0].Facts
	for i, tg := range s.Targets {
		if len(tg.Result) == 0 || !slices.Equal(tg.Result, cell) || &tg.Result[0] != &cell[0] {
			t.Errorf("target %d: Result %v is not the cell's list %v", i, tg.Result, cell)
		}
		if want := slices.Concat(tg.Facts, cell); !slices.Equal(tg.AllFacts(), want) {
			t.Errorf("target %d: AllFacts %v, want %v", i, tg.AllFacts(), want)
		}
	}
}

func TestMultiYear(t *testing.T) {
	tests := []struct {
		name       string
		records    []extract.Record
		wantMulti  []float64
		wantYearly map[string]float64
	}{
		{
			name: "multi-year kept out of yearly",
			records: []extract.Record{
				rec("a", 1, 416, "person", hk, multiYear, year(2020), category("emulation")),
				rec("a", 9, 18, "person", hk, year(2020), category("emulation")),
				rec("a", 20, 6000, "count", hk, multiYear, year(2020), category("emulation"), qual(extract.QualMoreThan)),
			},
			wantMulti:  []float64{416, 6000},
			wantYearly: map[string]float64{"Hoàn Kiếm 2020 emulation person": 18},
		},
		{
			name: "listed by org then year",
			records: []extract.Record{
				rec("a", 1, 5, "person", hk, multiYear, year(2020)),
				rec("b", 1, 7, "person", multiYear, year(2021)),
				rec("c", 1, 9, "person", multiYear, year(2015)),
			},
			wantMulti:  []float64{9, 7, 5},
			wantYearly: map[string]float64{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(Input{Records: tt.records})
			var got []float64
			for _, f := range s.MultiYear {
				got = append(got, f.Value)
			}
			if diff := cmp.Diff(tt.wantMulti, got); diff != "" {
				t.Errorf("multi-year values (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantYearly, yearlyValues(s.Yearly)); diff != "" {
				t.Errorf("yearly (-want +got):\n%s", diff)
			}
		})
	}
}

func TestChanges(t *testing.T) {
	tests := []struct {
		name    string
		records []extract.Record
		want    []Change
	}{
		{
			name: "consecutive years of a district and of the sum of districts",
			records: []extract.Record{
				rec("a", 1, 1200, "member", year(2019)),
				rec("b", 1, 1500, "member", year(2020)),
			},
			want: []Change{
				{
					Org: "", Category: "membership", Unit: "member", Year: 2020, Previous: 1200, Current: 1500, Percent: ptr(25),
					Compared: 1, Coverage: Coverage{Reported: 1, Total: 30, Label: "quận, huyện, thị xã"},
				},
				{Org: "Ba Đình", Category: "membership", Unit: "member", Year: 2020, Previous: 1200, Current: 1500, Percent: ptr(25)},
			},
		},
		{
			name: "a district that appears in the second year is left out of the sum's change",
			records: []extract.Record{
				rec("a", 1, 1200, "member", year(2019)),
				rec("b", 1, 1500, "member", year(2020)),
				rec("b", 2, 900, "member", year(2020), dd, para(1)),
			},
			want: []Change{
				{
					Org: "", Category: "membership", Unit: "member", Year: 2020, Previous: 1200, Current: 1500, Percent: ptr(25),
					Compared: 1, Coverage: Coverage{Reported: 2, Total: 30, Label: "quận, huyện, thị xã"},
				},
				{Org: "Ba Đình", Category: "membership", Unit: "member", Year: 2020, Previous: 1200, Current: 1500, Percent: ptr(25)},
			},
		},
		{
			name: "figures of different things are not compared",
			records: []extract.Record{
				rec("a", 1, 2, "count", year(2019), category("welfare"), noun("trường hợp")),
				rec("b", 1, 740, "count", year(2020), category("welfare"), noun("tác phẩm")),
			},
		},
		{
			name: "a part-year figure is not compared",
			records: []extract.Record{
				rec("a", 1, 1200, "member", year(2019)),
				rec("b", 1, 700, "member", year(2020), sentence("6 tháng đầu năm, quận kết nạp 700 đoàn viên.")),
			},
		},
		{
			// The commune's 2025 covers only July to December: no change
			// against 2024 (another map) nor in 2026 (half a year before).
			name: "no change across the 2025 reform without a complete succession",
			records: []extract.Record{
				rec("a", 1, 1200, "member", org("Sóc Sơn", "huyện"), year(2024)),
				rec("b", 1, 300, "member", org("Sóc Sơn", "xã"), year(2025)),
				rec("c", 1, 500, "member", org("Sóc Sơn", "xã"), year(2026)),
			},
		},
		{
			name: "gap year gives no change",
			records: []extract.Record{
				rec("a", 1, 1200, "member", hn, year(2018)),
				rec("b", 1, 1500, "member", hn, year(2020)),
			},
		},
		{
			name: "zero before gives no percent",
			records: []extract.Record{
				rec("a", 1, 0, "union", hn, year(2020)),
				rec("b", 1, 3, "union", hn, year(2021)),
				rec("c", 1, 3, "union", hn, year(2022), category("other")),
				rec("d", 1, 2, "union", hn, year(2023), category("other")),
			},
			want: []Change{
				{Org: "Hà Nội", Category: "membership", Unit: "union", Year: 2021, Previous: 0, Current: 3},
				{Org: "Hà Nội", Category: "other", Unit: "union", Year: 2023, Previous: 3, Current: 2, Percent: ptr(-33.33)},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.want, s.Changes); diff != "" {
				t.Errorf("changes (-want +got):\n%s", diff)
			}
		})
	}
}

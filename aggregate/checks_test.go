package aggregate

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats/extract"
)

func TestChecks(t *testing.T) {
	tests := []struct {
		name    string
		records []extract.Record
		want    []Check
	}{
		{
			name: "stated percent mismatch",
			records: []extract.Record{
				rec("a", 10, 1715, "member", outOf(1250), stated(137.24)),
				rec("a", 90, 1715, "member", outOf(1250), stated(137.24), para(4)),
			},
			want: []Check{{
				Kind:    CheckCompletion,
				Message: "Ba Đình năm 2019: 1.715/1.250 đoàn viên, bài báo ghi đạt 137,24% nhưng tính ra 137,20%.",
				Records: []int{0, 1},
			}},
		},
		{
			name: "truncated and rounded percents accepted",
			records: []extract.Record{
				rec("a", 10, 32, "union", outOf(31), stated(103.22)),
				rec("a", 20, 32, "member", outOf(31), stated(103.23)),
				rec("a", 30, 32, "person", outOf(31), stated(103.2)),
				rec("a", 40, 32, "event", outOf(31), stated(103)),
			},
		},
		{
			name: "conflicting values",
			records: []extract.Record{
				rec("a", 10, 1715, "member"),
				rec("b", 10, 1700, "member"),
				rec("c", 10, 1715, "member"),
			},
			want: []Check{{
				Kind:    CheckConflict,
				Message: "Ba Đình năm 2019: các bài báo ghi khác nhau về đoàn viên: 1.700 (b); 1.715 (a, c). Không số nào được cộng vào tổng cho đến khi xác minh.",
				Records: []int{0, 1, 2},
			}},
		},
		{
			name: "article with two values is no conflict",
			records: []extract.Record{
				rec("a", 10, 4, "collective"),
				rec("a", 30, 26, "collective"),
				rec("b", 10, 4, "collective"),
			},
		},
		{
			name: "conflict between planned figures is named so",
			records: []extract.Record{
				rec("a", 10, 3, "event", planned, category("training"), noun("lớp")),
				rec("b", 10, 4, "event", planned, category("training"), noun("lớp")),
			},
			want: []Check{
				{
					Kind:    CheckConflict,
					Message: "Ba Đình năm 2019: các bài báo ghi khác nhau về lớp (kế hoạch): 3 (a); 4 (b). Không số nào được cộng vào tổng cho đến khi xác minh.",
					Records: []int{0, 1},
				},
				{Kind: CheckNoResult, Message: "Ba Đình năm 2019: kế hoạch 3 lớp chưa có kết quả được báo cáo.", Records: []int{0}},
				{Kind: CheckNoResult, Message: "Ba Đình năm 2019: kế hoạch 4 lớp chưa có kết quả được báo cáo.", Records: []int{1}},
			},
		},
		{
			name: "plan without result",
			records: []extract.Record{
				rec("a", 10, 1, "union", planned, qual(extract.QualAtLeast), dd, year(2021)),
				rec("a", 40, 1, "union", planned, qual(extract.QualAtLeast), dd, year(2021), para(6)),
				rec("b", 10, 2, "union", dd, year(2022)),
			},
			want: []Check{{
				Kind:    CheckNoResult,
				Message: "Đống Đa năm 2021: kế hoạch 1 công đoàn cơ sở chưa có kết quả được báo cáo.",
				Records: []int{0, 1},
			}},
		},
		{
			name: "no org",
			records: []extract.Record{
				rec("a", 10, 8.5e6, "vnd", org("", ""), text("với số tiền 8,5 triệu đồng")),
				rec("a", 20, 17, "person", org("", ""), year(0)),
			},
			want: []Check{
				{Kind: CheckNoOrg, Message: "Bài a: chưa xác định được đơn vị của số liệu «với số tiền 8,5 triệu đồng».", Records: []int{0}},
				{Kind: CheckNoOrg, Message: "Bài a: chưa xác định được đơn vị của số liệu «17 cá nhân».", Records: []int{1}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.want, s.Checks); diff != "" {
				t.Errorf("checks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStatedMatches(t *testing.T) {
	tests := []struct {
		name             string
		stated, computed float64
		want             bool
	}{
		{"rounded", 103.23, 3200.0 / 31, true},
		{"truncated", 103.22, 3200.0 / 31, true},
		{"one decimal", 103.2, 3200.0 / 31, true},
		{"whole percent", 137, 137.2, true},
		{"exact", 100, 100, true},
		{"typo", 137.24, 137.2, false},
		{"far off", 120, 137.2, false},
		{"two below", 103.21, 3200.0 / 31, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := statedMatches(tt.stated, tt.computed); got != tt.want {
				t.Errorf("statedMatches(%v, %v) = %v, want %v", tt.stated, tt.computed, got, tt.want)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		name        string
		v           float64
		wantNumber  string
		wantPercent string
	}{
		{"thousands", 1715, "1.715", "1.715,00"},
		{"small", 29, "29", "29,00"},
		{"billions", 59850000000, "59.850.000.000", "59.850.000.000,00"},
		{"decimals", 137.24, "137,24", "137,24"},
		{"one decimal", 137.2, "137,2", "137,20"},
		{"rounds to 2 decimals", 103.2258, "103,23", "103,23"},
		{"negative", -33.333, "-33,33", "-33,33"},
		{"negative zero", -0.001, "0", "0,00"},
		{"zero", 0, "0", "0,00"},
		{"negative thousands", -1234567, "-1.234.567", "-1.234.567,00"},
		{"three digits", 999, "999", "999,00"},
		{"four digits", 1000, "1.000", "1.000,00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatNumber(tt.v); got != tt.wantNumber {
				t.Errorf("FormatNumber(%v) = %q, want %q", tt.v, got, tt.wantNumber)
			}
			if got := formatPercent(tt.v); got != tt.wantPercent {
				t.Errorf("formatPercent(%v) = %q, want %q", tt.v, got, tt.wantPercent)
			}
		})
	}
}

// TestStatedAlone: which articles state a fact alone, the condition for
// comparing it with other articles' (rule 11).
func TestStatedAlone(t *testing.T) {
	tests := []struct {
		name       string
		docs       []string // per record, sorted
		at         []int    // the records read; nil: all
		factOf     []int    // per record
		measureOf  []int    // per fact
		wantSingle [][]int
		wantDocs   map[int][]string
	}{
		{
			name: "two articles, one value each",
			docs: []string{"a", "b"}, factOf: []int{0, 1}, measureOf: []int{0, 0},
			wantSingle: [][]int{{0, 1}}, wantDocs: map[int][]string{0: {"a"}, 1: {"b"}},
		},
		{
			name: "an article with two facts of the measure states neither alone",
			docs: []string{"a", "a", "b"}, factOf: []int{0, 1, 1}, measureOf: []int{0, 0},
			wantSingle: [][]int{{1}}, wantDocs: map[int][]string{1: {"b"}},
		},
		{
			name: "one fact in two articles, twice in the first",
			docs: []string{"a", "a", "b"}, factOf: []int{0, 0, 0}, measureOf: []int{0},
			wantSingle: [][]int{{0}}, wantDocs: map[int][]string{0: {"a", "b"}},
		},
		{
			name: "records in no compared fact, facts of other measures",
			docs: []string{"a", "a", "b"}, factOf: []int{-1, 0, 1}, measureOf: []int{0, 1},
			wantSingle: [][]int{{0}, {1}}, wantDocs: map[int][]string{0: {"a"}, 1: {"b"}},
		},
		{
			name: "facts in the order of the first article stating each alone",
			docs: []string{"a", "a", "b", "c"}, factOf: []int{0, 1, 1, 0}, measureOf: []int{0, 0},
			wantSingle: [][]int{{1, 0}}, wantDocs: map[int][]string{0: {"c"}, 1: {"b"}},
		},
		{
			name: "only the records read count: another year's are not",
			docs: []string{"a", "a", "b"}, at: []int{0, 2}, factOf: []int{0, 1, 1}, measureOf: []int{0, 0},
			wantSingle: [][]int{{0, 1}}, wantDocs: map[int][]string{0: {"a"}, 1: {"b"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			records := make([]extract.Record, len(tt.docs))
			for i, d := range tt.docs {
				records[i].Doc = d
			}
			n := 0
			for _, m := range tt.measureOf {
				n = max(n, m+1)
			}
			at := tt.at
			if at == nil {
				at = make([]int, len(records))
				for i := range at {
					at[i] = i
				}
			}
			facts := make([]int, len(tt.measureOf))
			for i := range facts {
				facts[i] = i
			}
			single, alone := statedAlone(newRecordView(extract.Pack(records)), at, facts, n, tt.measureOf, tt.factOf)
			docs := make(map[int][]string)
			for _, a := range alone {
				docs[a.fact] = append(docs[a.fact], a.doc)
			}
			if diff := cmp.Diff(tt.wantSingle, single); diff != "" {
				t.Errorf("facts stated alone (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantDocs, docs); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValuesWithSources(t *testing.T) {
	facts := []slimFact{{value: 1150}, {value: 1510}, {value: 1510}, {value: 12.5}}
	docs := map[int][]string{0: {"a"}, 1: {"b", "c"}, 2: {"d"}, 3: {"e"}}
	tests := []struct {
		name  string
		facts []int
		want  string
	}{
		{"two values", []int{0, 1}, "1.150 (a); 1.510 (b, c)"},
		{"one value from two facts is listed once", []int{0, 1, 2}, "1.150 (a); 1.510 (b, c, d)"},
		{"decimals in vi-VN", []int{3, 0}, "12,5 (e); 1.150 (a)"},
		{"none", nil, ""},
		{"three values, the middle one twice", []int{3, 1, 2, 0}, "12,5 (e); 1.510 (b, c, d); 1.150 (a)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := valuesWithSources(facts, tt.facts, docs); got != tt.want {
				t.Errorf("valuesWithSources(%v) = %q, want %q", tt.facts, got, tt.want)
			}
		})
	}
}

package aggregate_test

import (
	"fmt"
	"io/fs"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// sampleInput reads and extracts the sample corpus (testdata/corpus).
func sampleInput(t *testing.T) aggregate.Input {
	t.Helper()
	in := aggregate.Input{Province: "Hà Nội"}
	root := os.DirFS("../testdata/corpus")
	err := fs.WalkDir(root, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := fs.ReadFile(root, path)
		if err != nil {
			return err
		}
		arts, _ := corpus.ParseFile(path, raw)
		for i := range arts {
			a := &arts[i]
			in.Articles = append(in.Articles, *a)
			recs, _ := extract.Article(a)
			in.Records = append(in.Records, recs...)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("read the sample corpus: %v", err)
	}
	return in
}

// sample is the sample corpus's Summary.
func sample(t *testing.T) *aggregate.Summary {
	t.Helper()
	return aggregate.Build(sampleInput(t))
}

// sampleFacts is the sample corpus's Summary with its facts whole.
func sampleFacts(t *testing.T) (*aggregate.Summary, []aggregate.Fact) {
	t.Helper()
	return aggregate.BuildWithFacts(sampleInput(t))
}

// cellView is one cell of a table as a reader sees it.
type cellView struct {
	Value   float64
	Partial bool // covers part of the year
}

// The sample corpus's membership figures, computed by hand from its
// distinct facts (member: đoàn viên kết nạp; union: CĐCS thành lập). What
// each line leaves out, and why:
//   - Hà Nội 2023: "gần 60.000" in the title restates the body's 59.470.
//   - Ba Đình 2022: "6 tháng đầu năm … 812" gives way to "Cả năm 2022 … 1.612".
//   - Cầu Giấy 2022: 1.326 and 1.362 in two articles conflict: neither counts.
//   - Cầu Giấy 2023: "đại diện cho hơn 36.000 đoàn viên" is a stock.
//   - Hai Bà Trưng 2022: the republished copy's 1.408 counts once.
//   - Long Biên 2021: the title's "hơn 2.000" restates the body's 2.104.
//   - Đông Anh 2022: 1.623/1.500 and 1.623 in a later article are one fact.
//   - Gia Lâm 2023: "Tính chung cả năm 2023 … 1.187" and 23 CĐCS are the
//     year's result; the 614 craft-village members and 9 unions are part of it.
//   - Clusters (Cụm thi đua số 3) keep their own rows.
//   - Articles of other provinces and of national bodies are left out of
//     the Hà Nội report (Input.Province).
var sampleMembers = map[string]cellView{
	"Hà Nội 2022":           {27600, true}, // "đến hết tháng 6"
	"Hà Nội 2023":           {59470, false},
	"Hà Nội 2025":           {61240, false},
	"Ba Đình 2019":          {1642, false},
	"Ba Đình 2020":          {1538, false},
	"Ba Đình 2022":          {1612, false},
	"Ba Đình 2023":          {1690, false},
	"Hai Bà Trưng 2022":     {1408, false},
	"Hai Bà Trưng 2023":     {540, true}, // "Năm 2023, tính đến hết tháng 5" after the term's review
	"Hoàng Mai 2024":        {946, true}, // "6 tháng đầu năm 2024"
	"Long Biên 2021":        {2104, false},
	"Long Biên 2024":        {1876, false},
	"Thanh Xuân 2023":       {1154, false},
	"Đông Anh 2021":         {1318, false},
	"Đông Anh 2022":         {1623, false},
	"Đông Anh 2023":         {386, true}, // "trong Tháng Công nhân năm 2023"
	"Gia Lâm 2023":          {1187, false},
	"Mê Linh 2021":          {948, false},
	"Sóc Sơn 2021":          {1126, false},
	"Sóc Sơn 2022":          {1265, false},
	"Thạch Thất 2024":       {932, true}, // "Đến hết tháng 11/2024"
	"Sơn Tây 2020":          {687, false},
	"Sơn Tây 2023":          {702, false},
	"Phường Hoàn Kiếm 2025": {318, true}, // "Từ tháng 7 đến nay"
	"Xã Sóc Sơn 2025":       {214, false},
	"Xã Ba Vì 2025":         {210, false}, // "Từ khi thành lập đến nay": since 1/7/2025
	"Cụm thi đua số 3 2021": {5820, false},
	"Cụm thi đua số 3 2023": {6140, false},
}

// sampleUnions are the sample's new grassroots unions (CĐCS thành lập), by
// hand as sampleMembers; Ba Đình 2022's "6 tháng đầu năm … 11 CĐCS" gives
// way to "Cả năm 2022 … 24 CĐCS", Gia Lâm 2023's 9 craft-village unions are
// part of its 23, and Hà Nội's "hơn 9.100 công đoàn cơ sở" is a stock.
var sampleUnions = map[string]cellView{
	"Hà Nội 2023":           {712, false},
	"Hà Nội 2025":           {702, false}, // "126 công đoàn phường, xã" beside it is a stock
	"Ba Đình 2019":          {27, false},
	"Ba Đình 2020":          {26, false},
	"Ba Đình 2022":          {24, false},
	"Ba Đình 2023":          {25, false},
	"Cầu Giấy 2022":         {19, false},
	"Hai Bà Trưng 2022":     {22, false},
	"Hoàng Mai 2024":        {13, true},
	"Long Biên 2021":        {31, false},
	"Long Biên 2024":        {26, false},
	"Thanh Xuân 2023":       {17, false},
	"Đông Anh 2021":         {16, false},
	"Đông Anh 2022":         {21, false},
	"Đông Anh 2023":         {5, true},
	"Gia Lâm 2023":          {23, false},
	"Mê Linh 2021":          {12, false},
	"Sóc Sơn 2021":          {17, false},
	"Sóc Sơn 2022":          {19, false},
	"Thạch Thất 2024":       {14, true},
	"Sơn Tây 2020":          {11, false},
	"Sơn Tây 2023":          {12, false},
	"Phường Hoàn Kiếm 2025": {6, true},
	"Xã Ba Vì 2025":         {3, false},
	"Cụm thi đua số 3 2021": {96, false},
	"Cụm thi đua số 3 2023": {102, false},
}

// sampleMemberSums are the sums of the units of the map in force, with
// their coverage: never a city total, never with Hà Nội's own figure.
var sampleMemberSums = map[string]cellView{
	"2019 1/30 quận, huyện, thị xã":     {1642, false},
	"2020 2/30 quận, huyện, thị xã":     {1538 + 687, false},
	"2021 4/30 quận, huyện, thị xã":     {2104 + 1318 + 948 + 1126, false},
	"2022 4/30 quận, huyện, thị xã":     {1612 + 1408 + 1623 + 1265, false},
	"2023 6/30 quận, huyện, thị xã":     {1690 + 540 + 1154 + 386 + 1187 + 702, true},
	"2024 3/30 quận, huyện, thị xã":     {946 + 1876 + 932, true},
	"2025 3/126 phường, xã từ 1/7/2025": {318 + 214 + 210, true},
}

// sampleMemberChanges are the like-for-like changes of the sums: only the
// districts with whole-year figures in both years.
var sampleMemberChanges = map[string]string{
	"2020": "1642→1538 (1)", // Ba Đình
	"2022": "2444→2888 (2)", // Đông Anh, Sóc Sơn
	"2023": "1612→1690 (1)", // Ba Đình; Đông Anh's 2023 is a month's figure
}

func TestSampleTotals(t *testing.T) {
	s := sample(t)
	cells := make(map[string]cellView)
	for _, c := range s.Yearly {
		if c.Category == "membership" && c.Unit == "member" {
			cells[fmt.Sprintf("%s %d", c.Org, c.Year)] = cellView{c.Value, !c.Span.Whole()}
		}
	}
	if diff := cmp.Diff(sampleMembers, cells); diff != "" {
		t.Errorf("yearly members (-want +got):\n%s", diff)
	}
	unions := make(map[string]cellView)
	for _, c := range s.Yearly {
		if c.Category == "membership" && c.Unit == "union" {
			unions[fmt.Sprintf("%s %d", c.Org, c.Year)] = cellView{c.Value, !c.Span.Whole()}
		}
	}
	if diff := cmp.Diff(sampleUnions, unions); diff != "" {
		t.Errorf("yearly unions (-want +got):\n%s", diff)
	}
	sums := make(map[string]cellView)
	for _, u := range s.UnitSums {
		if u.Category == "membership" && u.Unit == "member" {
			k := strings.TrimSpace(fmt.Sprintf("%d %s %s", u.Year, u.Coverage, u.Coverage.Period))
			sums[k] = cellView{u.Value, len(u.Partial) > 0}
		}
	}
	if diff := cmp.Diff(sampleMemberSums, sums); diff != "" {
		t.Errorf("sums of units (-want +got):\n%s", diff)
	}
	changes := make(map[string]string)
	for _, c := range s.Changes {
		if c.Org == "" && c.Category == "membership" && c.Unit == "member" {
			changes[strconv.Itoa(c.Year)] = fmt.Sprintf("%v→%v (%d)", c.Previous, c.Current, c.Compared)
		}
	}
	if diff := cmp.Diff(sampleMemberChanges, changes); diff != "" {
		t.Errorf("like-for-like changes of the sums (-want +got):\n%s", diff)
	}
	for _, c := range s.Changes {
		if c.Org == "Hà Nội" && c.Category == "membership" && c.Unit == "member" {
			t.Errorf("Hà Nội %d: a change from a part-year figure: %v→%v", c.Year, c.Previous, c.Current)
		}
	}
	for _, tg := range s.Targets {
		if tg.Org == "Hà Nội" && tg.Year == 2022 && tg.Unit == "member" && tg.Span.Whole() {
			t.Errorf("Hà Nội 2022: the half-year 27.600 scored as a final result against %v", tg.Planned)
		}
	}
}

// TestSampleFactsOnce checks that no record counts twice in a cell or a sum
// and that every sum adds its facts once.
func TestSampleFactsOnce(t *testing.T) {
	s, facts := sampleFacts(t)
	cells := slices.Clone(s.Yearly)
	for _, u := range s.UnitSums {
		cells = append(cells, u.Cell)
	}
	for _, c := range cells {
		where := fmt.Sprintf("%s %d %s %s", c.Org, c.Year, c.Category, c.Unit)
		if len(c.Facts) != len(slices.Compact(slices.Clone(c.Facts))) {
			t.Errorf("%s: a fact summed twice: %v", where, c.Facts)
		}
		seen := make(map[int]bool)
		var sum float64
		for _, f := range c.Facts {
			sum += s.Facts[f].Value
			for _, r := range s.Facts[f].Records {
				if seen[r] {
					t.Errorf("%s: record %d counted twice", where, r)
				}
				seen[r] = true
			}
		}
		if math.Abs(sum-c.Value) > 0.01 {
			t.Errorf("%s: value %v is not the sum of its facts %v", where, c.Value, sum)
		}
	}
	for _, u := range s.UnitSums {
		for _, f := range u.Facts {
			if o := facts[f].Org; o == "Hà Nội" {
				t.Errorf("%d %s %s: the city's own figure is in a sum of units", u.Year, u.Category, u.Unit)
			}
		}
	}
}

// TestSampleArticleNames checks that renaming the articles, which reorders
// them, changes no figure.
func TestSampleArticleNames(t *testing.T) {
	want := valuesOf(sample(t))
	in := sampleInput(t)
	for i := range in.Articles {
		in.Articles[i].Doc = renamed(in.Articles[i].Doc)
	}
	for i := range in.Records {
		in.Records[i].Doc = renamed(in.Records[i].Doc)
	}
	if diff := cmp.Diff(want, valuesOf(aggregate.Build(in))); diff != "" {
		t.Errorf("figures after renaming the articles (-want +got):\n%s", diff)
	}
}

// renamed reverses a doc's name, so that the articles sort in another order.
func renamed(doc string) string {
	r := []rune(doc)
	slices.Reverse(r)
	return string(r)
}

// valuesOf lists every figure of the tables, by what it is about.
func valuesOf(s *aggregate.Summary) map[string]float64 {
	m := make(map[string]float64)
	for _, c := range s.Yearly {
		m[fmt.Sprintf("yearly %s %d %s %s", c.Org, c.Year, c.Category, c.Unit)] = c.Value
	}
	for _, u := range s.UnitSums {
		m[fmt.Sprintf("sum %d %d %s %s %s", u.Year, u.Era, u.Category, u.Unit, u.Coverage)] = u.Value
	}
	for _, c := range s.Changes {
		m[fmt.Sprintf("change %s %d %s %s %d", c.Org, c.Year, c.Category, c.Unit, c.Compared)] = c.Current - c.Previous
	}
	for _, c := range s.Snapshots {
		m[fmt.Sprintf("stock %s %d %s %s", c.Org, c.Year, c.Category, c.Unit)] = c.Value
	}
	for _, c := range s.Conflicts {
		m[fmt.Sprintf("conflict %s %d %s %s", c.Org, c.Year, c.Category, c.Unit)] = float64(len(c.Facts))
	}
	return m
}

// TestSampleMethodologyExamples checks the worked examples of Methodology
// that TestSampleTotals does not.
func TestSampleMethodologyExamples(t *testing.T) {
	s, facts := sampleFacts(t)
	derived := make(map[string]float64)
	for _, f := range facts {
		if f.Derived {
			derived[fmt.Sprintf("%s %d", f.Org, f.Year)] += f.Value
		}
	}
	if got := derived["Thanh Xuân 2023"]; got != 960e6 {
		t.Errorf("Thanh Xuân 2023: derived %v đồng, want 960 triệu (1.200 suất × 800.000)", got)
	}
	if got, ok := derived["Mê Linh 2021"]; ok && got != 450e6 {
		t.Errorf("Mê Linh 2021: derived %v đồng, want only the 450 suất × 1.000.000 (a range of rates gives none)", got)
	}
	var stock *aggregate.Cell
	for i := range s.Snapshots {
		if c := &s.Snapshots[i]; c.Org == "Sơn Tây" && c.Unit == "union" {
			stock = c
		}
	}
	if stock == nil || stock.Value != 203 || stock.Year != 2023 {
		t.Errorf("Sơn Tây's stock of unions: %+v, want 203 in 2023", stock)
	}
	var conflict bool
	for _, c := range s.Conflicts {
		conflict = conflict || (c.Org == "Cầu Giấy" && c.Year == 2022 && c.Unit == "member")
	}
	if !conflict {
		t.Errorf("Cầu Giấy 2022: no conflict between 1.326 and 1.362, conflicts %+v", s.Conflicts)
	}
}

package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/vocab"
)

var testDate = time.Date(2023, 3, 15, 8, 30, 0, 0, time.FixedZone("ICT", 7*3600))

var testConfig = Config{Title: "Lao Động Thủ Đô", Date: testDate}

func ptr(v float64) *float64 { return &v }

// fixture is a small Summary: two districts and the city, two years,
// two categories, a target, a multi-year figure and a check. Evidence
// sentences look like formulas on purpose.
func fixture() *aggregate.Summary {
	rec := func(doc string, off int, org, typ string, year int, cat, unit string, v float64, evidence string) extract.Record {
		return extract.Record{
			Doc: doc, Value: v, Unit: unit, Qualifier: extract.QualExact, Basis: extract.BasisTotal,
			Status: extract.StatusAchieved, Period: extract.PeriodYear, Year: year, Org: org,
			OrgType: typ, Category: cat, Evidence: evidence, Offset: off, Text: "số " + strconv.Itoa(int(v)),
		}
	}
	records := []extract.Record{
		rec("a.txt", 120, "Ba Đình", "quận", 2021, "membership", "member", 1715, "=SUM(A1)"),
		rec("b.txt", 40, "Đống Đa", "quận", 2021, "welfare", "gift", 120, "-5 người"),
		rec("c.txt", 300, "Hà Nội", "thành phố", 2022, "welfare", "vnd", 59850000000, "@x"),
		rec("c.txt", 512, "Ba Đình", "quận", 2022, "membership", "member", 5000, "+ Trong 5 năm qua, kết nạp 5.000 đoàn viên."),
	}
	records[0].Denominator = ptr(1250)
	records[3].Period = extract.PeriodMultiYear
	return &aggregate.Summary{
		Records: records,
		Articles: []aggregate.Article{
			{Article: corpus.Article{Doc: "a.txt", URL: "https://laodongthudo.vn/a.html", Title: "Ba Đình kết nạp 1.715 đoàn viên", Kicker: "Liên đoàn Lao động quận Ba Đình"}, Year: 2021, Records: []int{0}},
			{Article: corpus.Article{Doc: "b.txt", URL: "https://laodongthudo.vn/b.html", Title: "Đống Đa trao 120 suất quà"}, Year: 2021, Records: []int{1}},
			{Article: corpus.Article{Doc: "c.txt", URL: "https://laodongthudo.vn/c.html", Title: "Tổng kết năm 2022"}, Year: 2022, Records: []int{2, 3}},
		},
		Facts: []aggregate.FactValue{
			{Value: 1715, Records: []int{0}},
			{Value: 120, Records: []int{1}},
			{Value: 59850000000, Records: []int{2}},
		},
		Orgs: []aggregate.Org{
			{Name: "Hà Nội", Type: "thành phố", Slug: "ha-noi"},
			{Name: "Ba Đình", Type: "quận", Slug: "ba-dinh"},
			{Name: "Đống Đa", Type: "quận", Slug: "dong-da"},
		},
		Years:      []int{2021, 2022},
		Categories: []string{"membership", "welfare"},
		Yearly: []aggregate.Cell{
			{Org: "Ba Đình", OrgType: "quận", Year: 2021, Category: "membership", Unit: "member", Value: 1715, Facts: []int{0}},
			{Org: "Đống Đa", OrgType: "quận", Year: 2021, Category: "membership", Unit: "member", Value: 300, Approx: true},
			{Org: "Đống Đa", OrgType: "quận", Year: 2021, Category: "welfare", Unit: "gift", Value: 120, Facts: []int{1}},
			{Org: "Ba Đình", OrgType: "quận", Year: 2021, Category: "welfare", Unit: "vnd", Value: 1500000},
			{Org: "Hà Nội", OrgType: "thành phố", Year: 2022, Category: "welfare", Unit: "vnd", Value: 59850000000, Facts: []int{2}},
			{Org: "Ba Đình", OrgType: "quận", Year: 2022, Category: "welfare", Unit: "vnd", Value: 2000000},
			{Org: "Ba Đình", OrgType: "quận", Year: 2022, Category: "membership", Unit: "percent", Value: 95.5},
			{Org: "Đống Đa", OrgType: "quận", Year: 2022, Category: "membership", Unit: "percent", Value: 90},
		},
		UnitSums: []aggregate.UnitSum{
			districtSum(aggregate.Cell{Year: 2021, Category: "membership", Unit: "member", Value: 2015, Approx: true}, 2),
			districtSum(aggregate.Cell{Year: 2021, Category: "welfare", Unit: "gift", Value: 120, Facts: []int{1}}, 1),
			districtSum(aggregate.Cell{Year: 2021, Category: "welfare", Unit: "vnd", Value: 1500000}, 1),
			districtSum(aggregate.Cell{Year: 2022, Category: "welfare", Unit: "vnd", Value: 2000000}, 1),
		},
		CityReported: []aggregate.Cell{
			{Org: "Hà Nội", OrgType: "thành phố", Year: 2022, Category: "welfare", Unit: "vnd", Value: 59850000000, Facts: []int{2}},
		},
		Targets: []aggregate.Target{
			{Org: "Ba Đình", Year: 2021, Category: "membership", Unit: "member", Planned: 1250,
				Achieved: ptr(1715), Completion: ptr(137.2), Stated: ptr(137.24), Facts: []int{0}},
		},
		MultiYear: []aggregate.Fact{
			{Org: "Ba Đình", OrgType: "quận", Year: 2022, Category: "membership", Unit: "member", Value: 5000,
				Qualifier: extract.QualExact, Status: extract.StatusAchieved, Period: extract.PeriodMultiYear, Records: []int{3}},
		},
		Checks: []aggregate.Check{
			{Kind: aggregate.CheckConflict, Message: "Hai bài báo nêu số khác nhau.", Records: []int{1, 2}},
		},
	}
}

// dataRows are the rows of a table under its header, up to the blank row
// above its notes.
func dataRows(rows [][]string) [][]string {
	if len(rows) <= headRows {
		return nil
	}
	rows = rows[headRows:]
	for i, r := range rows {
		if len(r) == 0 {
			return rows[:i]
		}
	}
	return rows
}

// data renders b.
func data(tb testing.TB, b report.File) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		tb.Fatalf("render %s: %v", b.Path, err)
	}
	return buf.Bytes()
}

// build renders the fixture and opens every book.
func build(t *testing.T) map[string]*excelize.File {
	t.Helper()
	books, err := Build(fixture(), testConfig)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	files := map[string]*excelize.File{}
	for _, b := range books {
		f, err := excelize.OpenReader(bytes.NewReader(data(t, b)))
		if err != nil {
			t.Fatalf("open %s: %v", b.Path, err)
		}
		t.Cleanup(func() { f.Close() })
		files[b.Path] = f
	}
	return files
}

func TestBuildNames(t *testing.T) {
	books, err := Build(fixture(), testConfig)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range books {
		got = append(got, b.Path)
	}
	want := []string{"bao-cao-2021.xlsx", "bao-cao-2022.xlsx", "bao-cao-tong-hop.xlsx"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("book names (-want +got):\n%s", diff)
	}
}

func TestSheetNames(t *testing.T) {
	files := build(t)
	// A detail sheet with nothing to list is left out.
	want := map[string][]string{
		AllYearsName:        {"Tổng hợp", "Đoàn viên, CĐCS", "Chăm lo đời sống", "Rà soát"},
		"bao-cao-2021.xlsx": {"Tổng hợp", "Đoàn viên, CĐCS", "Chăm lo đời sống", "Chỉ tiêu", "Số liệu gốc", "Nguồn"},
		"bao-cao-2022.xlsx": {"Tổng hợp", "Đoàn viên, CĐCS", "Chăm lo đời sống", "Nhiều năm", "Số liệu gốc", "Nguồn"},
	}
	for name, f := range files {
		if diff := cmp.Diff(want[name], f.GetSheetList()); diff != "" {
			t.Errorf("%s sheets (-want +got):\n%s", name, diff)
		}
		for _, s := range f.GetSheetList() {
			if n := len([]rune(s)); n > 31 || strings.ContainsAny(s, `:\/?*[]`) {
				t.Errorf("%s: invalid sheet name %q", name, s)
			}
		}
	}
}

func TestHeaders(t *testing.T) {
	files := build(t)
	tests := []struct {
		book, sheet string
		want        []string
	}{
		{AllYearsName, "Tổng hợp", []string{"Năm", "Lĩnh vực", "Chỉ tiêu", "Đơn vị tính", "Cộng các đơn vị có số liệu", "Số đơn vị có số liệu", "LĐLĐ Thành phố báo cáo", "Ghi chú"}},
		{AllYearsName, "Đoàn viên, CĐCS", []string{"Đơn vị", "Loại đơn vị", "Chỉ tiêu", "Đơn vị tính", "Năm 2021", "Năm 2022", "Ghi chú"}},
		{"bao-cao-2021.xlsx", "Chỉ tiêu", []string{"Đơn vị", "Năm", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ hoàn thành (%)", "Tỷ lệ nêu trong bài (%)", "Dẫn chứng", "Nguồn"}},
		{"bao-cao-2022.xlsx", "Nhiều năm", []string{"Đơn vị", "Loại đơn vị", "Năm cuối kỳ", "Chỉ tiêu", "Đơn vị tính", "Giá trị", "Mức độ", "Trạng thái", "Dẫn chứng", "Nguồn"}},
		{"bao-cao-2021.xlsx", "Số liệu gốc", []string{"Đơn vị", "Loại đơn vị", "Năm", "Chỉ tiêu", "Đơn vị tính", "Giá trị", "Mẫu số", "Mức độ", "Trạng thái", "Kỳ số liệu", "Cách tính", "Cụm từ", "Dẫn chứng", "Nguồn", "Tệp", "Vị trí (byte)", "Mã số liệu", "Hiệu đính"}},
		{"bao-cao-2021.xlsx", "Nguồn", []string{"Trích dẫn", "Ngày đăng", "Chuyên mục", "Đường dẫn", "Năm", "Số số liệu", "Tệp"}},
		{AllYearsName, "Rà soát", []string{"Vấn đề", "Nội dung", "Dẫn chứng", "Nguồn"}},
	}
	for _, tt := range tests {
		t.Run(tt.sheet, func(t *testing.T) {
			rows, err := files[tt.book].GetRows(tt.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) < 2 {
				t.Fatalf("%d rows, want a title and a header", len(rows))
			}
			if diff := cmp.Diff(tt.want, rows[1]); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTitleRow(t *testing.T) {
	files := build(t)
	tests := []struct {
		book, sheet, want string
	}{
		{AllYearsName, "Tổng hợp", "Báo cáo tổng hợp các năm 2021–2022 — Lao Động Thủ Đô — Kết quả thực hiện trong năm"},
		{"bao-cao-2021.xlsx", "Tổng hợp", "Báo cáo tổng hợp năm 2021 — Lao Động Thủ Đô — Kết quả thực hiện trong năm"},
		{"bao-cao-2022.xlsx", "Đoàn viên, CĐCS", "Báo cáo tổng hợp năm 2022 — Lao Động Thủ Đô — " + vocab.CategoryName("membership")},
		{AllYearsName, "Rà soát", "Báo cáo tổng hợp các năm 2021–2022 — Lao Động Thủ Đô — Số liệu cần rà soát không gắn với một năm (của từng năm: xem báo cáo năm đó)"},
		{"bao-cao-2021.xlsx", "Nguồn", "Báo cáo tổng hợp năm 2021 — Lao Động Thủ Đô — Nguồn: các bài báo"},
	}
	for _, tt := range tests {
		t.Run(tt.book+"/"+tt.sheet, func(t *testing.T) {
			got, err := files[tt.book].GetCellValue(tt.sheet, "A1")
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("A1 = %q, want %q", got, tt.want)
			}
		})
	}
}

// sumRows returns, per year and measure (its phrase and, in parentheses,
// its unit of measure), the raw values of column col of Tổng hợp.
func sumRows(t *testing.T, f *excelize.File, col string) map[int]map[string]string {
	t.Helper()
	rows, err := f.GetRows(sheetSummary, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	c := slices.Index(rows[headRows-1], col)
	if c < 0 {
		t.Fatalf("no column %q in %q", col, rows[headRows-1])
	}
	got := map[int]map[string]string{}
	for _, row := range dataRows(rows) {
		if len(row) <= c || row[c] == "" {
			continue
		}
		year, err := strconv.Atoi(row[0])
		if err != nil {
			t.Fatalf("year %q: %v", row[0], err)
		}
		if got[year] == nil {
			got[year] = map[string]string{}
		}
		got[year][row[2]+" ("+row[3]+")"] = row[c]
	}
	return got
}

// districtSum is a sum of n of Hanoi's 30 districts.
func districtSum(c aggregate.Cell, n int) aggregate.UnitSum {
	return aggregate.UnitSum{Cell: c, Coverage: aggregate.Coverage{Reported: n, Total: 30, Label: "quận, huyện, thị xã"}}
}

// sumCells are the cells of sums of units.
func sumCells(sums []aggregate.UnitSum) []aggregate.Cell {
	cells := make([]aggregate.Cell, len(sums))
	for i, u := range sums {
		cells[i] = u.Cell
	}
	return cells
}

// summaryHeader is the Tổng hợp header of a cell's column.
func summaryHeader(c aggregate.Cell) string {
	return measureHead(measure{c.Category, c.Unit})
}

// expectTotals adds up cells per year and header, in a single book's
// scope (year 0: all), leaving out percentages.
func expectTotals(cells []aggregate.Cell, year int) map[int]map[string]string {
	sums := map[int]map[string]float64{}
	units := map[string]string{}
	for _, c := range cells {
		if c.Unit == "percent" || year != 0 && c.Year != year {
			continue
		}
		if sums[c.Year] == nil {
			sums[c.Year] = map[string]float64{}
		}
		sums[c.Year][summaryHeader(c)] += c.Value
		units[summaryHeader(c)] = c.Unit
	}
	want := map[int]map[string]string{}
	for y, m := range sums {
		want[y] = map[string]string{}
		for h, v := range m {
			want[y][h] = strconv.FormatFloat(tableValue(v, units[h]), 'f', -1, 64)
		}
	}
	return want
}

func TestSummaryTotals(t *testing.T) {
	files := build(t)
	s := fixture()
	tests := []struct {
		book string
		year int
	}{
		{AllYearsName, 0},
		{"bao-cao-2021.xlsx", 2021},
		{"bao-cao-2022.xlsx", 2022},
	}
	for _, tt := range tests {
		t.Run(tt.book, func(t *testing.T) {
			f := files[tt.book]
			if diff := cmp.Diff(expectTotals(sumCells(s.UnitSums), tt.year), sumRows(t, f, colSum)); diff != "" {
				t.Errorf("sums of units (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(expectTotals(s.CityReported, tt.year), sumRows(t, f, "LĐLĐ Thành phố báo cáo")); diff != "" {
				t.Errorf("the city's own figures (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNumberFormats(t *testing.T) {
	books := build(t)
	tests := []struct {
		name, book, sheet, cell string
		fmt                     int
		shown                   string
	}{
		{"integer", AllYearsName, "Đoàn viên, CĐCS", "E3", 3, "1,715"},
		{"fraction", AllYearsName, "Tổng hợp", "E5", 4, "1.50"},
		{"money in triệu đồng", AllYearsName, "Tổng hợp", "E6", 3, "2"},
		{"city's own figure", AllYearsName, "Tổng hợp", "G6", 3, "59,850"},
		{"sum", AllYearsName, "Tổng hợp", "E3", 3, "2,015"},
		{"percent", "bao-cao-2021.xlsx", "Chỉ tiêu", "G3", 4, "137.20"},
		{"year has no separator", AllYearsName, "Tổng hợp", "A3", 0, "2021"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := books[tt.book]
			id, err := f.GetCellStyle(tt.sheet, tt.cell)
			if err != nil {
				t.Fatal(err)
			}
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			if st.NumFmt != tt.fmt {
				t.Errorf("NumFmt = %d, want %d", st.NumFmt, tt.fmt)
			}
			if typ, _ := f.GetCellType(tt.sheet, tt.cell); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
				t.Errorf("cell type %v, want a number", typ)
			}
			if got, _ := f.GetCellValue(tt.sheet, tt.cell); got != tt.shown {
				t.Errorf("shown %q, want %q", got, tt.shown)
			}
		})
	}
}

func TestFormulaLookingText(t *testing.T) {
	books := build(t)
	tests := []struct {
		name, book, sheet, cell, want string
	}{
		{"equals", "bao-cao-2021.xlsx", "Số liệu gốc", "M3", "=SUM(A1)"},
		{"minus", "bao-cao-2021.xlsx", "Số liệu gốc", "M4", "-5 người"},
		{"at", "bao-cao-2022.xlsx", "Số liệu gốc", "M3", "@x"},
		{"plus", "bao-cao-2022.xlsx", "Số liệu gốc", "M4", "+ Trong 5 năm qua, kết nạp 5.000 đoàn viên."},
		{"target evidence", "bao-cao-2021.xlsx", "Chỉ tiêu", "I3", "=SUM(A1)"},
		{"check evidence", AllYearsName, "Rà soát", "C3", "-5 người\n@x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := books[tt.book]
			formula, err := f.GetCellFormula(tt.sheet, tt.cell)
			if err != nil {
				t.Fatal(err)
			}
			if formula != "" {
				t.Errorf("formula %q, want none", formula)
			}
			if got, _ := f.GetCellValue(tt.sheet, tt.cell); got != tt.want {
				t.Errorf("value %q, want %q", got, tt.want)
			}
			if typ, _ := f.GetCellType(tt.sheet, tt.cell); typ != excelize.CellTypeInlineString {
				t.Errorf("cell type %v, want an inline string", typ)
			}
		})
	}
}

func TestPanesAndFilters(t *testing.T) {
	for name, f := range build(t) {
		filters := map[string]string{}
		for _, d := range f.GetDefinedName() {
			if d.Name == "_xlnm._FilterDatabase" {
				filters[d.Scope] = d.RefersTo
			}
		}
		for _, sheet := range f.GetSheetList() {
			t.Run(name+"/"+sheet, func(t *testing.T) {
				p, err := f.GetPanes(sheet)
				if err != nil {
					t.Fatal(err)
				}
				if !p.Freeze || p.YSplit != headRows {
					t.Errorf("panes %+v, want frozen under row %d", p, headRows)
				}
				if ref := filters[sheet]; !strings.Contains(ref, "!$A$2:") {
					t.Errorf("autofilter %q, want one on row 2", ref)
				}
			})
		}
	}
}

func TestNotes(t *testing.T) {
	f := build(t)[AllYearsName]
	sumNote := report.SumNote(&aggregate.Summary{Map: aggregate.DefaultMap()})
	tests := []struct {
		name, sheet, cell, want string
	}{
		{"summary row", "Tổng hợp", "H3", "có số gần đúng (hơn, khoảng…): Cộng các đơn vị có số liệu"},
		{"coverage", "Tổng hợp", "F3", "2/30 quận, huyện, thị xã"},
		{"category coverage row", "Đoàn viên, CĐCS", "E6", "2/30 quận, huyện, thị xã"},
		{"exact row", "Tổng hợp", "H4", ""},
		{"category row", "Đoàn viên, CĐCS", "G4", "có số gần đúng (hơn, khoảng…): 2021"},
		{"category sum row", "Đoàn viên, CĐCS", "G5", "có số gần đúng (hơn, khoảng…): 2021"},
		{"unit of measure", "Tổng hợp", "A8", "Đơn vị tính: ghi ở cột Đơn vị tính; tiền: triệu đồng."},
		{"source line", "Tổng hợp", "A9", "Nguồn: số liệu trích từ các bài báo Lao Động Thủ Đô (danh sách ở trang tính “Nguồn” của báo cáo năm); tổng hợp ngày 15/03/2023."},
		{"what a sum of units is", "Tổng hợp", "A10", sumNote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := f.GetCellValue(tt.sheet, tt.cell); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.cell, got, tt.want)
			}
		})
	}
}

func TestAutoFilterElement(t *testing.T) {
	books, err := Build(fixture(), testConfig)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range books {
		d := data(t, b)
		zr, err := zip.NewReader(bytes.NewReader(d), int64(len(d)))
		if err != nil {
			t.Fatal(err)
		}
		for _, zf := range zr.File {
			if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
				continue
			}
			r, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			_, err = buf.ReadFrom(r)
			r.Close()
			if err != nil {
				t.Fatal(err)
			}
			// excelize writes the reference absolute, as Excel accepts.
			if !strings.Contains(buf.String(), `<autoFilter ref="$A$2:`) {
				t.Errorf("%s/%s has no autoFilter on row 2", b.Path, zf.Name)
			}
		}
	}
}

func TestYearScope(t *testing.T) {
	files := build(t)
	tests := []struct {
		book, sheet string
		rows        int // data rows under the header
	}{
		{"bao-cao-2021.xlsx", "Số liệu gốc", 2},
		{"bao-cao-2022.xlsx", "Số liệu gốc", 2},
		{"bao-cao-2021.xlsx", "Nguồn", 2},
		{"bao-cao-2021.xlsx", "Chỉ tiêu", 1},
		{"bao-cao-2022.xlsx", "Nhiều năm", 1},
		// the check's records are of 2021 and 2022: it is no single year's
		{AllYearsName, "Rà soát", 1},
		// 2021: members, gifts, money; 2022: money (percentages are not
		// added up, and the city reports none).
		{AllYearsName, "Tổng hợp", 4},
		{"bao-cao-2022.xlsx", "Tổng hợp", 1},
	}
	for _, tt := range tests {
		t.Run(tt.book+"/"+tt.sheet, func(t *testing.T) {
			rows, err := files[tt.book].GetRows(tt.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(dataRows(rows)); got != tt.rows {
				t.Errorf("%d data rows, want %d", got, tt.rows)
			}
		})
	}
}

// TestEachRecordInOneBook: a record of a known year is listed in its year's
// book only, a record of no known year in the all-years book only.
func TestEachRecordInOneBook(t *testing.T) {
	s := fixture()
	s.Records[1].Year = 0
	books, err := Build(s, testConfig)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		AllYearsName:        {"b.txt"},
		"bao-cao-2021.xlsx": {"a.txt"},
		"bao-cao-2022.xlsx": {"c.txt", "c.txt"},
	}
	for _, b := range books {
		f, err := excelize.OpenReader(bytes.NewReader(data(t, b)))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(sheetRecords)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var docs []string
		for _, r := range dataRows(rows) {
			docs = append(docs, r[14])
		}
		if !slices.Equal(docs, want[b.Path]) {
			t.Errorf("%s: records from %q, want %q", b.Path, docs, want[b.Path])
		}
	}
}

func TestDeterministic(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first []report.File
	for _, procs := range []int{1, 8, 1, 3} {
		runtime.GOMAXPROCS(procs)
		books, err := Build(fixture(), testConfig)
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = books
			continue
		}
		for i := range books {
			if !bytes.Equal(data(t, first[i]), data(t, books[i])) {
				t.Errorf("GOMAXPROCS=%d: %s differs between builds", procs, books[i].Path)
			}
		}
	}
	for _, b := range first {
		d := data(t, b)
		zr, err := zip.NewReader(bytes.NewReader(d), int64(len(d)))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, zf := range zr.File {
			names = append(names, zf.Name)
			if !zf.Modified.Equal(testDate) {
				t.Errorf("%s/%s modified %v, want %v", b.Path, zf.Name, zf.Modified, testDate)
			}
		}
		rest := slices.Compact(slices.Clone(names[min(2, len(names)):]))
		if len(names) < 2 || names[0] != "[Content_Types].xml" || names[1] != "_rels/.rels" ||
			!slices.IsSorted(rest) || len(rest) != len(names)-2 {
			t.Errorf("%s: entries not in fixed order: %v", b.Path, names)
		}
	}
}

func TestDocProps(t *testing.T) {
	p, err := build(t)[AllYearsName].GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if want := "2023-03-15T01:30:00Z"; p.Created != want || p.Modified != want {
		t.Errorf("created %q modified %q, want %q", p.Created, p.Modified, want)
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(s *aggregate.Summary)
		want   string
	}{
		{"fact record out of range", func(s *aggregate.Summary) { s.Facts[0].Records = []int{9} }, "fact 0"},
		{"target fact out of range", func(s *aggregate.Summary) { s.Targets[0].Facts = []int{-1} }, "target 0"},
		{"check record out of range", func(s *aggregate.Summary) { s.Checks[0].Records = []int{4} }, "check 0"},
		{"multi-year record out of range", func(s *aggregate.Summary) { s.MultiYear[0].Records = []int{4} }, "multi-year fact 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fixture()
			tt.mutate(s)
			_, err := Build(s, testConfig)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one about %q", err, tt.want)
			}
		})
	}
	if _, err := Build(nil, testConfig); err == nil {
		t.Error("Build(nil) gave no error")
	}
}

func TestEmptySummary(t *testing.T) {
	books, err := Build(&aggregate.Summary{}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(books) != 1 || books[0].Path != AllYearsName {
		t.Fatalf("books %v, want only %s", books, AllYearsName)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data(t, books[0])))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := f.GetCellValue(sheetSummary, "A1"); got != "Báo cáo tổng hợp — Kết quả thực hiện trong năm" {
		t.Errorf("title %q", got)
	}
}

func TestUnknownYear(t *testing.T) {
	s := fixture()
	s.Yearly = append(s.Yearly, aggregate.Cell{Org: "Ba Đình", OrgType: "quận", Category: "membership", Unit: "member", Value: 7})
	books, err := Build(s, testConfig)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data(t, books[len(books)-1])))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := f.GetCellValue("Đoàn viên, CĐCS", "E2"); got != "Năm chưa rõ" {
		t.Errorf("first year column %q, want Năm chưa rõ", got)
	}
	if got, _ := f.GetCellValue("Đoàn viên, CĐCS", "E3"); got != "7" {
		t.Errorf("figure of an unknown-year row %q, want 7", got)
	}
	// A figure of no known year is in no sum of units: "Tổng hợp" starts
	// with the first known year.
	if got, _ := f.GetCellValue(sheetSummary, "A3"); got != "2021" {
		t.Errorf("first year of %q: %q, want 2021", sheetSummary, got)
	}
}

// bigSummary has n records spread over ten years, 30 districts and every
// category.
func bigSummary(n int) *aggregate.Summary {
	s := &aggregate.Summary{}
	for i := range 30 {
		s.Orgs = append(s.Orgs, aggregate.Org{Name: fmt.Sprintf("Quận %02d", i), Type: "quận"})
	}
	for y := 2015; y < 2025; y++ {
		s.Years = append(s.Years, y)
	}
	yearly := map[cellKey]int{}
	for i := range n {
		org := s.Orgs[i%len(s.Orgs)].Name
		year := s.Years[i%len(s.Years)]
		cat := extract.Categories[i%len(extract.Categories)]
		unit := extract.Units[i%5]
		doc := fmt.Sprintf("%d/bai-%05d.txt", year, i/8)
		if i%8 == 0 {
			s.Articles = append(s.Articles, aggregate.Article{Article: corpus.Article{Doc: doc, Title: "Bài " + doc, URL: "https://laodongthudo.vn/" + doc}, Year: year})
		}
		s.Records = append(s.Records, extract.Record{
			Doc: doc, Value: float64(i * 7), Unit: unit, Qualifier: extract.QualExact, Basis: extract.BasisTotal,
			Status: extract.StatusAchieved, Period: extract.PeriodYear, Year: year, Org: org, OrgType: "quận",
			Category: cat, Offset: i, Text: "kết nạp " + strconv.Itoa(i*7) + " đoàn viên",
			Evidence: "Năm " + strconv.Itoa(year) + ", " + org + " đã kết nạp " + strconv.Itoa(i*7) + " đoàn viên mới, vượt chỉ tiêu đề ra.",
		})
		k := cellKey{org, year, measure{cat, unit}}
		if j, ok := yearly[k]; ok {
			s.Yearly[j].Value += float64(i * 7)
			continue
		}
		yearly[k] = len(s.Yearly)
		s.Yearly = append(s.Yearly, aggregate.Cell{Org: org, OrgType: "quận", Year: year, Category: cat, Unit: unit, Value: float64(i * 7)})
	}
	return s
}

func BenchmarkBuild(b *testing.B) {
	s := bigSummary(100_000)
	b.ReportAllocs()
	var size int
	for b.Loop() {
		books, err := Build(s, testConfig)
		if err != nil {
			b.Fatal(err)
		}
		size = 0
		for _, bk := range books {
			size += len(data(b, bk))
		}
	}
	b.ReportMetric(float64(size), "bytes/build")
	b.ReportMetric(math.Round(float64(size)/float64(len(s.Records))), "bytes/record")
}

func TestTooManyRows(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		t.Fatal(err)
	}
	b := &book{f: f, st: st, title: "t", parts: map[string]*rowStream{}}
	sh, err := b.addSheet(sheetRecords, "", []column{{"Bài báo", 10}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := sh.add("last"); err != nil {
		t.Fatal(err)
	}
	sh.row = sh.max // as if the sheet were full
	if err := sh.add("one too many"); !errors.Is(err, ErrTooManyRows) {
		t.Errorf("error %v, want ErrTooManyRows", err)
	}
}

// TestRecordsContinueOnNextSheet: records beyond a sheet's row limit go on
// "Số liệu gốc (2)", "(3)"…, and none is lost.
func TestRecordsContinueOnNextSheet(t *testing.T) {
	s := fixture()
	limit := headRows + 1 // one record per sheet
	books, err := Build(s, Config{Title: "t", rowLimit: limit})
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for _, b := range books {
		f, err := excelize.OpenReader(bytes.NewReader(data(t, b)))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for i := 1; ; i++ {
			name := sheetRecords
			if i > 1 {
				name = fmt.Sprintf("%s (%d)", sheetRecords, i)
			}
			got, err := f.GetRows(name)
			if err != nil {
				break
			}
			n := headRows + len(dataRows(got))
			if n > limit || (n < limit && i > 1) {
				t.Errorf("%s: sheet %q has %d rows above its notes, want %d (title, header, one record)", b.Path, name, n, limit)
			}
			rows += n - headRows
		}
	}
	if rows != len(s.Records) {
		t.Errorf("%d records over the record sheets, want %d", rows, len(s.Records))
	}
}

// TestKeys: a book whose cells did not change keeps its key; a changed
// evidence sentence
// changes the key of its year's book only: a sentence shows in the detail
// sheets of one book, and the all-years book's tables hold none.
func TestKeys(t *testing.T) {
	keys := func(s *aggregate.Summary) map[string]string { return bookKeys(t, s, Config{Title: "t"}) }
	before := keys(fixture())
	if again := keys(fixture()); !maps.Equal(before, again) {
		t.Fatalf("keys differ between two builds of the same summary:\n%v\n%v", before, again)
	}

	// a 2022 record that no check involves (a check shows in the book of
	// every year it touches)
	changed := fixture()
	inCheck := map[int]bool{}
	for _, c := range changed.Checks {
		for _, i := range c.Records {
			inCheck[i] = true
		}
	}
	k := slices.IndexFunc(changed.Records, func(r extract.Record) bool { return r.Year == 2022 })
	for k >= 0 && inCheck[k] {
		k++
	}
	if k < 0 || k >= len(changed.Records) || changed.Records[k].Year != 2022 {
		t.Fatal("the fixture has no 2022 record outside the checks")
	}
	changed.Records[k].Evidence += " (đã sửa)"
	after := keys(changed)
	for name, key := range before {
		wantChange := name == "bao-cao-2022.xlsx"
		if (after[name] != key) != wantChange {
			t.Errorf("%s: key changed = %v, want %v", name, after[name] != key, wantChange)
		}
	}
}

func TestEvidenceIsBounded(t *testing.T) {
	s := &aggregate.Summary{}
	for i := range 1200 {
		// two records per sentence, four sentences per article
		s.Records = append(s.Records, extract.Record{
			Doc:      fmt.Sprintf("a%d.txt", i/8),
			Evidence: fmt.Sprintf("Câu %d.", i/2),
		})
	}
	all := make([]int, len(s.Records))
	for i := range all {
		all[i] = i
	}
	tests := []struct {
		name            string
		ids             []int
		sentences, docs string
	}{
		{"one", []int{0}, "Câu 0.", "a0.txt"},
		{"repeated sentence", []int{0, 1}, "Câu 0.", "a0.txt"},
		{"five", []int{0, 2, 4, 6, 8}, "Câu 0.\nCâu 1.\nCâu 2.\nCâu 3.\nCâu 4.", "a0.txt\na1.txt"},
		{"six", []int{0, 2, 4, 6, 8, 10, 11}, "Câu 0.\nCâu 1.\nCâu 2.\nCâu 3.\nCâu 4.\n… và các câu khác (tổng cộng 7 số liệu)", "a0.txt\na1.txt"},
		{"many", all, "Câu 0.\nCâu 1.\nCâu 2.\nCâu 3.\nCâu 4.\n… và các câu khác (tổng cộng 1.200 số liệu)",
			"a0.txt\na1.txt\na2.txt\na3.txt\na4.txt\n… và các bài báo khác"},
	}
	// Through a book, whose cells keep the sentences they read.
	b := &book{index: newIndex(s, report.DefaultPaper, nil, nil)}
	if ev, docs := b.evidence([]int{0}, []int{2, 1}); ev != "Câu 0.\nCâu 1." || docs != "a0.txt" {
		t.Errorf("two lists: %q, %q", ev, docs)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, docs := b.evidence(tt.ids)
			if ev != tt.sentences {
				t.Errorf("sentences %q, want %q", ev, tt.sentences)
			}
			if docs != tt.docs {
				t.Errorf("docs %q, want %q", docs, tt.docs)
			}
		})
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestBooksLeaveNoTemporaryFiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	books, err := Build(fixture(), testConfig)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range books {
		t.Run(b.Path, func(t *testing.T) {
			if len(data(t, b)) == 0 {
				t.Fatal("empty book")
			}
			if err := b.Write(failingWriter{}); err == nil {
				t.Error("writing into a failing writer succeeded")
			}
			left, err := os.ReadDir(tmp)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range left {
				t.Errorf("left behind in TMPDIR: %s", e.Name())
			}
		})
	}
}

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/lddt/unionstats"
	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/build"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/vocab"
)

// Sheet names of the workbooks and the columns of "Tổng hợp", as the clerk
// sees them.
const (
	sheetSummary = "Tổng hợp"
	sheetRecords = "Số liệu gốc"
	colSum       = "Cộng các đơn vị có số liệu"
	colCoverage  = "Số đơn vị có số liệu"
	colOwn       = "LĐLĐ Thành phố báo cáo"
	allYearsBook = "bao-cao-tong-hop.xlsx"
	headRows     = 2 // title and column headers above the data of every sheet
)

// sampleSummary aggregates the embedded sample corpus in-process, through
// the same stages as build (build.Read, aggregate) but without the cache, so
// the published files can be checked against it.
func sampleSummary(t *testing.T) *aggregate.Summary {
	t.Helper()
	x, err := build.Read(t.Context(), build.ReadConfig{Corpus: unionstats.SampleCorpus()}, nil)
	if err != nil {
		t.Fatalf("read the sample corpus: %v", err)
	}
	province, m, err := build.ProvinceMap("Hà Nội")
	if err != nil {
		t.Fatal(err)
	}
	return aggregate.Build(aggregate.Input{Articles: x.Articles, Table: x.Records, Warnings: x.Warnings, Province: province, Map: &m})
}

// measureKey is one column of "Tổng hợp": a category and a unit in a year.
type measureKey struct {
	year      int
	cat, unit string
}

// sumCells adds up cells per year, category and unit, for one year or all
// (year 0).
func sumCells(cells []aggregate.Cell, year int) map[measureKey]float64 {
	out := map[measureKey]float64{}
	for _, c := range cells {
		if year == 0 || c.Year == year {
			out[measureKey{c.Year, c.Category, c.Unit}] += c.Value
		}
	}
	return out
}

// sumRow is one row of sums of units of "Tổng hợp": a measure in a year and
// the coverage the row shows.
type sumRow struct {
	measureKey
	coverage string
}

// unitSums are the sums of units of one year or all (year 0), by the row
// that shows them, as the workbook words their coverage.
func unitSums(s *aggregate.Summary, year int) map[sumRow]float64 {
	out := map[sumRow]float64{}
	for _, u := range s.UnitSums {
		if year != 0 && u.Year != year {
			continue
		}
		cov := u.Coverage.String()
		if n := len(u.Partial); n > 0 {
			cov += "; " + strconv.Itoa(n) + " đơn vị chỉ có số liệu một phần năm"
		}
		if u.Coverage.Period != "" {
			cov += " (" + u.Coverage.Period + ")"
		}
		out[sumRow{measureKey{u.Year, u.Category, u.Unit}, cov}] = u.Value
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }

// headerFor maps each category × unit to its "Tổng hợp" column heading: the
// office phrase of the measure and, in parentheses, its unit of measure
// (money in triệu đồng).
func headerFor(s *aggregate.Summary) map[[2]string]string {
	heads := map[[2]string]string{}
	for _, c := range s.Yearly {
		u := vocab.UnitName(c.Unit)
		if c.Unit == "vnd" {
			u = "triệu đồng"
		}
		heads[[2]string{c.Category, c.Unit}] = vocab.Measure(c.Category, c.Unit) + " (" + u + ")"
	}
	return heads
}

// shownValue is a figure as the tables show it: money in triệu đồng.
func shownValue(v float64, unit string) float64 {
	if unit == "vnd" {
		return v / 1e6
	}
	return v
}

// dataRows are the rows of a sheet's table, under the header and above
// the blank row before its notes.
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

// jsonlYears returns the year of every line of metrics.jsonl.
func jsonlYears(t *testing.T, path string) []int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var years []int
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct {
			Year int `json:"year"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s line %d: %v", path, len(years)+1, err)
		}
		years = append(years, r.Year)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return years
}

// bookYears gives, for the year of each line of metrics.jsonl (in record
// order), the year of the book that lists the record: its own if results
// were reported that year; a plan for a year without results is listed in
// the book of the year its article appeared, else in the all-years book
// (0), as are records of no known year; a record outside the report's
// province is in no book (-1).
func bookYears(s *aggregate.Summary, years []int) []int {
	results := map[int]bool{}
	for _, y := range report.ResultYears(s, nil) {
		results[y] = true
	}
	issued := map[string]int{}
	for i := range s.Articles {
		issued[s.Articles[i].Doc] = report.IssueYear(&s.Articles[i])
	}
	out := make([]int, len(years))
	for i, y := range years {
		switch {
		case !s.InScope(i):
			out[i] = -1 // another province's: in no book
		case y == 0 || results[y]:
			out[i] = y
		case results[issued[s.Records[i].Doc]]:
			out[i] = issued[s.Records[i].Doc]
		}
	}
	return out
}

// busiestYear is the year with the most yearly cells in the summary.
func busiestYear(s *aggregate.Summary) int {
	n := map[int]int{}
	best := 0
	for _, c := range s.Yearly {
		n[c.Year]++
		if n[c.Year] > n[best] || n[c.Year] == n[best] && c.Year > best {
			best = c.Year
		}
	}
	return best
}

// TestWorkbooksMatchAggregates opens the all-years workbook and one yearly
// workbook of the built sample site and checks "Tổng hợp" against the
// aggregates and "Số liệu gốc" against the open data: a yearly book lists
// the records of its year, the all-years book those of no known year.
func TestWorkbooksMatchAggregates(t *testing.T) {
	t.Parallel()
	site := sampleSite(t)
	s := sampleSummary(t)
	if len(s.Yearly) == 0 {
		t.Fatal("the sample summary has no yearly figures")
	}
	years := jsonlYears(t, filepath.Join(site, filepath.FromSlash(report.JSONLPath)))
	if len(years) != len(s.Records) {
		t.Errorf("%s has %d lines, the aggregated sample has %d records", report.JSONLPath, len(years), len(s.Records))
	}
	year := busiestYear(s)

	tests := []struct {
		book string
		year int // 0: every year in the tables, records of no known year
	}{
		{allYearsBook, 0},
		{"bao-cao-" + strconv.Itoa(year) + ".xlsx", year},
	}
	for _, tt := range tests {
		t.Run(tt.book, func(t *testing.T) {
			t.Parallel()
			f, err := excelize.OpenFile(filepath.Join(site, tt.book))
			if err != nil {
				t.Fatalf("open %s: %v", tt.book, err)
			}
			defer f.Close()
			heads := headerFor(s)
			checkSummarySheet(t, f, heads, unitSums(s, tt.year), sumCells(s.CityReported, tt.year))

			// A book with no records has no records sheet.
			var rows [][]string
			if slices.Contains(f.GetSheetList(), sheetRecords) {
				if rows, err = f.GetRows(sheetRecords); err != nil {
					t.Fatalf("sheet %q: %v", sheetRecords, err)
				}
			}
			want := 0
			for _, y := range bookYears(s, years) {
				if y == tt.year {
					want++
				}
			}
			if got := len(dataRows(rows)); got != want {
				t.Errorf("%q has %d record rows, want %d (the lines of %s for this book's years)", sheetRecords, got, want, report.JSONLPath)
			}
		})
	}
}

// checkSummarySheet checks every figure of "Tổng hợp" (rows per year and
// measure) against the aggregates: "Cộng các đơn vị có số liệu" with its
// coverage against the sums of units, the city's own column against
// CityReported; that no expected figure is missing and that no column is a
// city total.
func checkSummarySheet(t *testing.T, f *excelize.File, heads map[[2]string]string, sums map[sumRow]float64, own map[measureKey]float64) {
	t.Helper()
	rows, err := f.GetRows(sheetSummary, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("sheet %q: %v", sheetSummary, err)
	}
	if len(rows) <= headRows {
		t.Fatalf("sheet %q has no data rows", sheetSummary)
	}
	header := rows[headRows-1]
	for _, h := range header {
		if strings.Contains(h, "Toàn thành phố") {
			t.Errorf("%q: column %q calls a sum a city total", sheetSummary, h)
		}
	}
	byHead := map[string]measureKey{}
	for k, h := range heads {
		byHead[h] = measureKey{cat: k[0], unit: k[1]}
	}
	col := func(h string) int {
		i := slices.Index(header, h)
		if i < 0 {
			t.Fatalf("%q: no column %q in %q", sheetSummary, h, header)
		}
		return i
	}
	iSum, iCov, iOwn := col(colSum), col(colCoverage), col(colOwn)
	value := func(row []string, i int) (float64, bool) {
		if len(row) <= i || row[i] == "" {
			return 0, false
		}
		v, err := strconv.ParseFloat(row[i], 64)
		if err != nil {
			t.Errorf("%q: %q is not a number", sheetSummary, row[i])
		}
		return v, err == nil
	}
	seenSum, seenOwn := map[sumRow]bool{}, map[measureKey]bool{}
	for _, row := range dataRows(rows) {
		year, err := strconv.Atoi(row[0])
		if err != nil {
			t.Errorf("%q: row %q has no year", sheetSummary, row)
			continue
		}
		k, ok := byHead[row[2]+" ("+row[3]+")"]
		if !ok {
			t.Errorf("%q %d: unknown measure %q (%q)", sheetSummary, year, row[2], row[3])
			continue
		}
		k.year = year
		if got, ok := value(row, iSum); ok {
			r := sumRow{k, ""}
			if len(row) > iCov {
				r.coverage = row[iCov]
			}
			want, found := sums[r]
			seenSum[r] = true
			if !found || !near(got, shownValue(want, k.unit)) {
				t.Errorf("%q %d %q, coverage %q: %v, want %v (aggregate, found %v)", sheetSummary, year, row[2], r.coverage, got, shownValue(want, k.unit), found)
			}
		}
		if got, ok := value(row, iOwn); ok {
			seenOwn[k] = true
			if want := shownValue(own[k], k.unit); !near(got, want) {
				t.Errorf("%q %d %q, column %q: %v, want %v (aggregate)", sheetSummary, year, row[2], colOwn, got, want)
			}
		}
	}
	for r := range sums {
		if !seenSum[r] {
			t.Errorf("%q: no %q figure for %d %s/%s (%s)", sheetSummary, colSum, r.year, r.cat, r.unit, r.coverage)
		}
	}
	for k := range own {
		if !seenOwn[k] {
			t.Errorf("%q: no %q figure for %d %s/%s", sheetSummary, colOwn, k.year, k.cat, k.unit)
		}
	}
}

// digitsOnly keeps the digits of a shown number, so "1.642", "1,642" and
// "1 642" compare equal whatever LibreOffice's locale.
func digitsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// TestWorkbooksOpenInLibreOffice converts the all-years workbook and one
// yearly workbook of the sample site to CSV with LibreOffice and looks for a
// known column total in the first sheet ("Tổng hợp").
func TestWorkbooksOpenInLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("starts LibreOffice")
	}
	t.Parallel()
	soffice := lookTool(t, "LibreOffice (soffice)", "soffice", "libreoffice", "/usr/bin/soffice")
	site := sampleSite(t)
	s := sampleSummary(t)
	year := busiestYear(s)

	// The largest whole sum of units of that year, its measure and coverage.
	heads := headerFor(s)
	var wantHead, wantCoverage string
	var want float64
	for r, v := range unitSums(s, year) {
		if r.unit != "percent" && r.unit != "vnd" && v == math.Trunc(v) && v > want {
			want, wantHead, wantCoverage = v, heads[[2]string{r.cat, r.unit}], r.coverage
		}
	}
	if want == 0 {
		t.Fatalf("no whole yearly total in %d to look for", year)
	}

	profile := filepath.Join(t.TempDir(), "lo-profile")
	out := t.TempDir()
	for _, book := range []string{allYearsBook, "bao-cao-" + strconv.Itoa(year) + ".xlsx"} {
		t.Run(book, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), 120*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.ToSlash(profile),
				"--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out, filepath.Join(site, book))
			start := time.Now()
			msg, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%s --convert-to csv %s: %v (after %s)\n%s", soffice, book, err, time.Since(start).Round(time.Second), msg)
			}
			data, err := os.ReadFile(filepath.Join(out, strings.TrimSuffix(book, ".xlsx")+".csv"))
			if err != nil {
				t.Fatalf("LibreOffice wrote no CSV for %s: %v\n%s", book, err, msg)
			}
			if len(bytes.TrimSpace(data)) == 0 {
				t.Fatalf("LibreOffice wrote an empty CSV for %s", book)
			}
			rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			if err != nil {
				t.Fatalf("CSV of %s: %v", book, err)
			}
			if len(rows) < headRows+1 {
				t.Fatalf("CSV of %s has %d rows", book, len(rows))
			}
			i := slices.Index(rows[headRows-1], colSum)
			if i < 0 {
				t.Fatalf("CSV of %s: no column %q in the header %q", book, colSum, rows[headRows-1])
			}
			cov := slices.Index(rows[headRows-1], colCoverage)
			if cov < 0 {
				t.Fatalf("CSV of %s: no column %q in the header %q", book, colCoverage, rows[headRows-1])
			}
			var shown []string
			for _, row := range rows[headRows:] {
				if len(row) > max(i, cov) && row[0] == strconv.Itoa(year) && row[2]+" ("+row[3]+")" == wantHead && row[cov] == wantCoverage {
					shown = append(shown, row[i])
				}
			}
			if len(shown) != 1 || digitsOnly(shown[0]) != strconv.FormatFloat(want, 'f', 0, 64) {
				t.Errorf("CSV of %s: %d %q, column %q shows %q, want %s", book, year, wantHead, colSum, shown, fmt.Sprint(want))
			}
		})
	}
}

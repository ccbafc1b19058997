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
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/report"
)

// Sheet names of the workbooks and the beginning of the labels of the rows
// of sums of units, as the clerk sees them (the labels go on: "Cộng các
// quận, huyện, thị xã có số liệu").
const (
	sheetSummary = "Tổng hợp"
	sheetRecords = "Số liệu gốc"
	labelSum     = "Cộng các "
	allYearsBook = "bao-cao-tong-hop.xlsx"
	headRows     = 2 // title and column headers above the data of every sheet
)

// sumLabel is the "Tổng hợp" label of a sum of units.
func sumLabel(u *aggregate.UnitSum) string {
	l := labelSum + u.Coverage.Label + " có số liệu"
	if u.Coverage.Period != "" {
		l += " (" + u.Coverage.Period + ")"
	}
	return l
}

// sampleSummary aggregates the embedded sample corpus in-process, through
// the same stages as build (corpus, extract, aggregate) but without the
// cache, so the published files can be checked against it.
func sampleSummary(t *testing.T) *aggregate.Summary {
	t.Helper()
	res, err := corpus.Read(t.Context(), unionstats.SampleCorpus(), corpus.Options{})
	if err != nil {
		t.Fatalf("read the sample corpus: %v", err)
	}
	var in aggregate.Input
	for _, w := range res.Warnings {
		in.Warnings = append(in.Warnings, aggregate.Warning{Doc: w.Doc, Message: w.Message})
	}
	for i := range res.Articles {
		a := &res.Articles[i]
		in.Articles = append(in.Articles, aggregate.Article{
			Doc: a.Doc, URL: a.URL, Title: a.Title, Kicker: a.Kicker, Published: a.Published, Text: a.Text, Hash: a.Hash,
		})
	}
	in.Records = extractAll(t.Context(), res.Articles, 0)
	return aggregate.Build(in)
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }

// headerFor maps each category × unit to its "Tổng hợp" column heading: the
// category's sheet name (found by the sheet's title, which ends with the
// category's report heading), a colon and the unit's name.
func headerFor(t *testing.T, f *excelize.File, s *aggregate.Summary) map[[2]string]string {
	t.Helper()
	sheetOf := map[string]string{}
	for _, name := range f.GetSheetList() {
		title, err := f.GetCellValue(name, "A1")
		if err != nil {
			t.Fatal(err)
		}
		for cat, heading := range report.CategoryNames {
			if strings.HasSuffix(title, " — "+heading) {
				sheetOf[cat] = name
			}
		}
	}
	heads := map[[2]string]string{}
	for _, c := range s.Yearly {
		sheet, ok := sheetOf[c.Category]
		if !ok {
			t.Fatalf("no sheet titled with category %q (%q); sheets: %q", c.Category, report.CategoryNames[c.Category], f.GetSheetList())
		}
		heads[[2]string{c.Category, c.Unit}] = sheet + ": " + report.UnitNames[c.Unit]
	}
	return heads
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
			heads := headerFor(t, f, s)
			checkSummarySheet(t, f, heads, s, tt.year)

			rows, err := f.GetRows(sheetRecords)
			if err != nil {
				t.Fatalf("sheet %q: %v", sheetRecords, err)
			}
			want := 0
			for _, y := range years {
				if y == tt.year {
					want++
				}
			}
			if got := len(rows) - headRows; got != want {
				t.Errorf("%q has %d record rows, want %d (the lines of %s for this book's years)", sheetRecords, got, want, report.JSONLPath)
			}
		})
	}
}

// checkSummarySheet checks every row of sums of units of "Tổng hợp" against
// Summary.UnitSums of the book's year (0: all) and against the rows of the
// units it sums, and that no row adds the city's own figure or calls a sum a
// city total.
func checkSummarySheet(t *testing.T, f *excelize.File, heads map[[2]string]string, s *aggregate.Summary, year int) {
	t.Helper()
	rows, err := f.GetRows(sheetSummary, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("sheet %q: %v", sheetSummary, err)
	}
	if len(rows) <= headRows {
		t.Fatalf("sheet %q has no data rows", sheetSummary)
	}
	col := map[string]int{}
	for i, h := range rows[headRows-1] {
		col[h] = i
	}
	cell := func(row []string, i int) (float64, bool) {
		if i >= len(row) || row[i] == "" {
			return 0, false
		}
		v, err := strconv.ParseFloat(row[i], 64)
		if err != nil {
			t.Errorf("%q: %q is not a number", sheetSummary, row[i])
			return 0, false
		}
		return v, true
	}
	type rowKey struct {
		year  int
		label string
	}
	byRow := map[rowKey][]string{}
	for _, row := range rows[headRows:] {
		if len(row) < 2 {
			continue
		}
		if strings.Contains(row[1], "Toàn thành phố") || strings.Contains(row[1], "Cộng các đơn vị trên") {
			t.Errorf("%q: row %q calls a sum a city total or adds every row above it", sheetSummary, row[1])
		}
		if y, err := strconv.Atoi(row[0]); err == nil {
			byRow[rowKey{y, row[1]}] = row
		}
	}
	n := 0
	for i := range s.UnitSums {
		u := &s.UnitSums[i]
		if year != 0 && u.Year != year || u.Unit == "percent" {
			continue
		}
		n++
		h := heads[[2]string{u.Category, u.Unit}]
		c, found := col[h]
		row, ok := byRow[rowKey{u.Year, sumLabel(u)}]
		if !found || !ok {
			t.Errorf("%q: no row %q for %d or no column %q", sheetSummary, sumLabel(u), u.Year, h)
			continue
		}
		if got, ok := cell(row, c); !ok || !near(got, u.Value) {
			t.Errorf("%q %d %q, column %q: %v, want %v (aggregate)", sheetSummary, u.Year, sumLabel(u), h, got, u.Value)
		}
		var units float64
		for _, org := range u.Units {
			if v, ok := cell(byRow[rowKey{u.Year, org}], c); ok {
				units += v
			}
		}
		if !near(units, u.Value) {
			t.Errorf("%q %d %q, column %q: %v, but the rows of its %d units add up to %v", sheetSummary, u.Year, sumLabel(u), h, u.Value, len(u.Units), units)
		}
	}
	if n == 0 {
		t.Errorf("%q: the aggregate has no sum of units to check for year %d", sheetSummary, year)
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

	// The largest whole yearly total of that year, and its column heading.
	f, err := excelize.OpenFile(filepath.Join(site, allYearsBook))
	if err != nil {
		t.Fatal(err)
	}
	heads := headerFor(t, f, s)
	f.Close()
	var wantHead, wantLabel string
	var want float64
	for i := range s.UnitSums {
		if u := &s.UnitSums[i]; u.Year == year && u.Unit != "percent" && u.Value == math.Trunc(u.Value) && u.Value > want {
			want, wantHead, wantLabel = u.Value, heads[[2]string{u.Category, u.Unit}], sumLabel(u)
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
			i := slices.Index(rows[headRows-1], wantHead)
			if i < 0 {
				t.Fatalf("CSV of %s: no column %q in the header %q", book, wantHead, rows[headRows-1])
			}
			var shown []string
			for _, row := range rows[headRows:] {
				if len(row) > i && row[0] == strconv.Itoa(year) && row[1] == wantLabel {
					shown = append(shown, row[i])
				}
			}
			if len(shown) != 1 || digitsOnly(shown[0]) != strconv.FormatFloat(want, 'f', 0, 64) {
				t.Errorf("CSV of %s: %d %q, column %q shows %q, want %s", book, year, wantLabel, wantHead, shown, fmt.Sprint(want))
			}
		})
	}
}

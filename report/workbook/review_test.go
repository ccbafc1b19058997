package workbook

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
)

// reviewArticle is invented: an approximate figure, a count with a rate
// (a derived total) and an exact figure; one line begins with "-".
const reviewArticle = `Liên đoàn Lao động quận Tây Hồ
Tây Hồ chăm lo Tết cho đoàn viên

Năm 2024, Liên đoàn Lao động quận Tây Hồ kết nạp hơn 300 đoàn viên.

- Quận trao 150 suất quà, mỗi suất 500.000 đồng.

Liên đoàn Lao động quận Tây Hồ thành lập 7 công đoàn cơ sở trong năm 2024.
`

// reviewSummary reads, extracts and aggregates reviewArticle.
func reviewSummary(t *testing.T) (*aggregate.Summary, []corpus.Article, []extract.Record) {
	t.Helper()
	a, _, err := corpus.ParseText("tay-ho.txt", []byte(reviewArticle))
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := extract.Article(&a)
	arts := []corpus.Article{a}
	s := aggregate.Build(aggregate.Input{Articles: arts, Records: slices.Clone(recs)})
	return s, arts, recs
}

func TestReview(t *testing.T) {
	s, _, _ := reviewSummary(t)
	items := Review(s, 2024)
	got := map[float64]string{}
	for _, it := range items {
		got[s.Records[it.Record].Value] = strings.Join(it.Reasons, "; ")
	}
	for v, want := range map[float64]string{300: "số gần đúng", 150: "dùng để tính một tổng", 500000: "dùng để tính một tổng"} {
		if !strings.Contains(got[v], want) {
			t.Errorf("record %v: reasons %q, want %q", v, got[v], want)
		}
	}
	if _, ok := got[7]; ok {
		t.Errorf("an exact, plain figure is listed for review: %v", got)
	}
	if items := Review(s, 2023); len(items) != 0 {
		t.Errorf("2023 has no records, got %d items", len(items))
	}
}

// TestReviewSheetReadsBack: the clerk fills in the year's sheet "Rà soát"
// and saves the workbook, or saves the sheet as CSV; either file reads back
// as the corrections file and applies to the records it was made from.
func TestReviewSheetReadsBack(t *testing.T) {
	s, arts, recs := reviewSummary(t)
	books, err := Build(s, testConfig)
	if err != nil {
		t.Fatal(err)
	}
	var book []byte
	for _, b := range books {
		if b.Path == "bao-cao-2024.xlsx" {
			book = data(t, b)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheetChecks)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := rows[headRows-1], corrections.Headers(); !slices.Equal(got, want) {
		t.Fatalf("header %q, want %q", got, want)
	}
	col := func(key string) int {
		for i, c := range corrections.Columns {
			if c.Key == key {
				return i + 1
			}
		}
		t.Fatalf("no column %s", key)
		return 0
	}
	filled := 0
	for r := headRows + 1; r <= len(rows); r++ {
		id, _ := f.GetCellValue(sheetChecks, cellName(col(corrections.ColID), r))
		if !strings.HasPrefix(id, "tay-ho.txt#") {
			continue
		}
		exact, _ := f.GetCellValue(sheetChecks, cellName(col(corrections.ColExact), r))
		if exact == "hơn 300" || exact == "300" {
			set := map[string]any{corrections.ColAction: "sửa", corrections.ColValue: 320, corrections.ColQualifier: "chính xác",
				corrections.ColWho: "Trần Văn Bình", corrections.ColWhy: "báo cáo năm của quận ghi 320"}
			for k, v := range set {
				if err := f.SetCellValue(sheetChecks, cellName(col(k), r), v); err != nil {
					t.Fatal(err)
				}
			}
			filled++
		}
		if exact == "150" {
			prefix, _ := f.GetCellValue(sheetChecks, cellName(col(corrections.ColPrefix), r))
			if prefix != "'- Quận trao " {
				t.Errorf("prefix %q, want it neutralised", prefix)
			}
			set := map[string]any{corrections.ColAction: "loại", corrections.ColWho: "Trần Văn Bình", corrections.ColWhy: "=trùng với bài khác"}
			for k, v := range set {
				if err := f.SetCellValue(sheetChecks, cellName(col(k), r), v); err != nil {
					t.Fatal(err)
				}
			}
			filled++
		}
	}
	if filled != 2 {
		t.Fatalf("found %d rows of the approximate figure", filled)
	}
	var saved bytes.Buffer
	if err := f.Write(&saved); err != nil {
		t.Fatal(err)
	}
	// Save as "CSV UTF-8": the sheet's cells as displayed, BOM first.
	all, err := f.GetRows(sheetChecks)
	if err != nil {
		t.Fatal(err)
	}
	var asCSV bytes.Buffer
	asCSV.WriteString("\uFEFF")
	w := csv.NewWriter(&asCSV)
	if err := w.WriteAll(all); err != nil {
		t.Fatal(err)
	}
	for _, file := range []struct {
		name string
		data []byte
	}{{"bao-cao-2024.xlsx", saved.Bytes()}, {"ra-soat.csv", asCSV.Bytes()}} {
		t.Run(file.name, func(t *testing.T) {
			fixed := file.data
			if strings.HasSuffix(file.name, ".csv") {
				// A CSV cell beginning with "=" is refused; behind a quote it is text.
				_, err := corrections.Read(file.name, file.data)
				if want := `ra-soat.csv: row 4, field "Lý do": "=trùng với bài khác" begins like a spreadsheet formula`; err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("error %v, want %q", err, want)
				}
				fixed = bytes.ReplaceAll(file.data, []byte("=trùng"), []byte("'=trùng"))
			}
			got, err := corrections.Read(file.name, fixed)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 || got[0].Action != corrections.Change || got[0].Set.Value == nil || *got[0].Set.Value != 320 ||
				got[1].Action != corrections.Reject || got[1].Why != "=trùng với bài khác" || got[1].Quote.Prefix != "- Quận trao " {
				t.Fatalf("rows read back: %+v", got)
			}
			res, err := corrections.Apply(file.name, slices.Clone(recs), arts, got)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Stale) != 0 || len(res.Applied) != 2 || res.Applied[0].After.Value != 320 || res.Applied[0].After.Qualifier != extract.QualExact ||
				len(res.Records) != len(recs)-1 {
				t.Errorf("applied %+v, stale %+v", res.Applied, res.Stale)
			}
		})
	}
}

func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// TestReviewNotesMemo: a review sheet whose notes are encoded once and
// kept (rows sharing a note) has the bytes of one that encodes every
// row's note anew.
func TestReviewNotesMemo(t *testing.T) {
	s, _, _ := reviewSummary(t)
	seen, shared := map[string]bool{}, false
	for _, it := range Review(s, 2024) {
		note := strings.Join(it.Reasons, "; ")
		shared = shared || seen[note]
		seen[note] = true
	}
	if !shared {
		t.Fatal("no two review rows share a note: the memo is not exercised")
	}
	book := func() []byte {
		books, err := Build(s, testConfig)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range books {
			if b.Path == "bao-cao-2024.xlsx" {
				return data(t, b)
			}
		}
		t.Fatal("no book for 2024")
		return nil
	}
	kept := book()
	defer func(n int) { noteMemoBytes = n }(noteMemoBytes)
	noteMemoBytes = 0
	if !bytes.Equal(book(), kept) {
		t.Error("the book with its notes kept differs from the one encoding each row's note")
	}
}

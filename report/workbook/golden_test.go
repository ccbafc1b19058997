package workbook

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// awkwardTexts are texts that XML, Excel's escapes (_xHHHH_) or the
// cell-length limit treat specially.
var awkwardTexts = []string{
	" leading space", "trailing space ", "\ttab", "line\nbreak\n", "carriage\rreturn",
	`<b>"quoted" & 'single'</b>`, "_x0041_ looks escaped", "_x005F_x0041_ twice", "_xD800_ surrogate",
	"_x005F_", "_x12G4_ not hex", "control \x01\x1f chars", "invalid \xff utf-8", "astral 😀 plane",
	"nonchar \uFFFE\uFFFF", "=SUM(A1)", "-5", "", strings.Repeat("dài ", 9000),
}

// goldenSummary is the fixture with records whose texts are awkward, so
// that every sheet of the sample books holds every kind of cell.
func goldenSummary() *aggregate.Summary {
	s := fixture()
	for i, text := range awkwardTexts {
		s.Records = append(s.Records, extract.Record{
			Doc: "c.txt", Value: float64(i) + 0.25, Unit: "member", Qualifier: extract.QualAbout,
			Basis: extract.BasisTotal, Status: extract.StatusAchieved, Period: extract.PeriodYear,
			Year: 2022, Org: text, OrgType: "quận", Category: "membership",
			Evidence: text, Offset: 1000 + i, Text: text,
		})
		s.Articles[2].Records = append(s.Articles[2].Records, len(s.Records)-1)
	}
	// A record of no known year goes to the all-years book.
	s.Records = append(s.Records, extract.Record{Doc: "a.txt", Value: 1e20, Unit: "vnd", Org: "Ba Đình", Category: "welfare", Evidence: "Số rất lớn.", Offset: 2})
	s.Articles[0].Records = append(s.Articles[0].Records, len(s.Records)-1)
	return s
}

// TestBooksGolden compares every book of a sample corpus with
// testdata/books.golden: the SHA-256 of every part of the package,
// uncompressed, and every sheet's cells (reference, style, type, value),
// row heights, column widths, merged cells and panes. It guards the
// sheets' contents when the way they are written changes.
func TestBooksGolden(t *testing.T) {
	books, err := Build(goldenSummary(), testConfig)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, b := range books {
		d := data(t, b)
		fmt.Fprintf(&out, "# book %s\n", b.Path)
		zr, err := zip.NewReader(bytes.NewReader(d), int64(len(d)))
		if err != nil {
			t.Fatal(err)
		}
		for _, zf := range zr.File {
			r, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			h := sha256.New()
			if _, err := io.Copy(h, r); err != nil {
				t.Fatal(err)
			}
			r.Close()
			fmt.Fprintf(&out, "part %s %x\n", zf.Name, h.Sum(nil))
		}
		f, err := excelize.OpenReader(bytes.NewReader(d))
		if err != nil {
			t.Fatal(err)
		}
		dumpCells(t, &out, f)
		f.Close()
	}
	path := filepath.Join("testdata", "books.golden")
	if *update {
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		got, wantLines := strings.Split(out.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(got), len(wantLines)) {
			if got[i] != wantLines[i] {
				t.Fatalf("books differ from %s at line %d:\n got %.300q\nwant %.300q", path, i+1, got[i], wantLines[i])
			}
		}
		t.Fatalf("books differ from %s: %d lines, want %d", path, len(got), len(wantLines))
	}
}

// dumpCells writes every sheet of f: panes, merged cells, column widths,
// row heights and every cell with its style, type and raw value.
func dumpCells(t *testing.T, w io.Writer, f *excelize.File) {
	t.Helper()
	for _, name := range f.GetSheetList() {
		fmt.Fprintf(w, "## sheet %s\n", name)
		panes, err := f.GetPanes(name)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(w, "panes %+v\n", panes)
		merges, err := f.GetMergeCells(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range merges {
			fmt.Fprintf(w, "merge %s:%s\n", m.GetStartAxis(), m.GetEndAxis())
		}
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		width := 0
		for _, r := range rows {
			width = max(width, len(r))
		}
		for c := 1; c <= width; c++ {
			col, _ := excelize.ColumnNumberToName(c)
			cw, err := f.GetColWidth(name, col)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(w, "col %s %v\n", col, cw)
		}
		for i, r := range rows {
			ht, err := f.GetRowHeight(name, i+1)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(w, "row %d %v\n", i+1, ht)
			for j, v := range r {
				ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
				style, err := f.GetCellStyle(name, ref)
				if err != nil {
					t.Fatal(err)
				}
				typ, err := f.GetCellType(name, ref)
				if err != nil {
					t.Fatal(err)
				}
				if v == "" && typ == excelize.CellTypeUnset {
					continue
				}
				fmt.Fprintf(w, "%s s%d t%d %q\n", ref, style, typ, v)
			}
		}
	}
}

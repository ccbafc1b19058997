package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// pageNumber is the page number of a printed sheet's footer.
var pageNumber = regexp.MustCompile(`Trang \d+/\d+`)

// TestWorkbooksPrint prints every workbook of the sample site to PDF with
// LibreOffice and checks each page as a clerk would: A4, a page number in
// the footer, and the sheet's header row with its first and its last
// column, which shows that the header repeats on every page and that the
// sheet fits one page wide (a sheet two pages wide would leave one of the
// two columns off each page).
func TestWorkbooksPrint(t *testing.T) {
	if testing.Short() {
		t.Skip("starts LibreOffice")
	}
	t.Parallel()
	soffice := lookTool(t, "LibreOffice (soffice)", "soffice", "libreoffice", "/usr/bin/soffice")
	pdftotext := lookTool(t, "pdftotext (poppler-utils)", "pdftotext")
	pdfinfo := lookTool(t, "pdfinfo (poppler-utils)", "pdfinfo")
	site := sampleSite(t)
	books, err := filepath.Glob(filepath.Join(site, "*.xlsx"))
	if err != nil || len(books) == 0 {
		t.Fatalf("no workbooks in %s (%v)", site, err)
	}
	out := filepath.Join(artifactsDir(t), "pdf")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	profile := filepath.Join(t.TempDir(), "lo-profile")
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(profile), "--headless", "--convert-to", "pdf", "--outdir", out}, books...)
	if msg, err := exec.CommandContext(ctx, soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s --convert-to pdf: %v\n%s", soffice, err, msg)
	}
	for _, book := range books {
		name := filepath.Base(book)
		t.Run(name, func(t *testing.T) {
			pdf := filepath.Join(out, strings.TrimSuffix(name, ".xlsx")+".pdf")
			info, err := exec.Command(pdfinfo, pdf).Output()
			if err != nil {
				t.Fatalf("pdfinfo %s: %v", pdf, err)
			}
			if !strings.Contains(string(info), "(A4)") {
				t.Errorf("%s is not printed on A4:\n%s", name, info)
			}
			text, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext %s: %v", pdf, err)
			}
			heads := sheetHeads(t, book)
			pages := strings.Split(strings.TrimRight(string(text), "\f\n"), "\f")
			for i, page := range pages {
				sheet := pageSheet(page, heads)
				switch {
				case !pageNumber.MatchString(page):
					t.Errorf("%s page %d: no page number", name, i+1)
				case sheet == "":
					t.Errorf("%s page %d: no sheet name in the footer:\n%s", name, i+1, page)
				default:
					for _, h := range heads[sheet] {
						if !strings.Contains(page, h) {
							t.Errorf("%s page %d (sheet %q): header %q missing: the header row does not repeat or the sheet is wider than the page", name, i+1, sheet, h)
						}
					}
				}
			}
		})
	}
}

// sheetHeads gives, per sheet of the book, the first word of its first and
// of its last column heading.
func sheetHeads(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	heads := map[string][]string{}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) < headRows {
			t.Fatalf("sheet %q: no header row (%v)", sheet, err)
		}
		head := rows[headRows-1]
		heads[sheet] = []string{strings.Fields(head[0])[0], strings.Fields(head[len(head)-1])[0]}
	}
	return heads
}

// pageSheet finds the sheet a printed page belongs to: the footer's line
// starts with the sheet's name, then the page number.
func pageSheet(page string, heads map[string][]string) string {
	lines := strings.Split(strings.TrimRight(page, "\n "), "\n")
	for _, line := range lines[max(len(lines)-3, 0):] {
		before, _, ok := strings.Cut(strings.TrimSpace(line), "Trang ")
		if !ok {
			continue
		}
		if _, known := heads[strings.TrimSpace(before)]; known {
			return strings.TrimSpace(before)
		}
	}
	return ""
}

package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// englishWords are words of English that have turned up, or could turn up,
// in the text of the site: messages of the reading stage, the contract's
// codes, the names of test corpora, words of a web page. The site speaks
// Vietnamese; machine names (open-data fields) stand in <code>.
var englishWords = regexp.MustCompile(`(?i)\b(invalid|byte at|bytes|file|files|line|error|warning|replaced|sample|seeds|generated|member|union|welfare|membership|representation|emulation|training|finance|culture|other|achieved|planned|snapshot|multi_year|per_unit|total|exact|more_than|at_least|about|page|chart|download|records?|updated|source|year|unknown|none|null|undefined|NaN)\b`)

// isoDate is a date written the ISO way; the site writes dd/mm/yyyy.
var isoDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)

// TestSiteTextIsVietnamese reads the text of every page of the sample site,
// as a reader sees it (no markup, scripts, styles or <code>), and looks for
// English words and ISO dates.
func TestSiteTextIsVietnamese(t *testing.T) {
	t.Parallel()
	root, err := filepath.EvalSymlinks(sampleSite(t))
	if err != nil {
		t.Fatal(err)
	}
	pages := htmlPages(t, root)
	for _, p := range pages {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		text := visibleText(string(data))
		if m := englishWords.FindAllString(text, 5); m != nil {
			t.Errorf("%s: English on the page: %q", p, m)
		}
		if m := isoDate.FindAllString(text, 5); m != nil {
			t.Errorf("%s: ISO dates on the page (want dd/mm/yyyy): %q", p, m)
		}
	}
	if len(pages) < 50 {
		t.Errorf("only %d pages read", len(pages))
	}
}

// Patterns of visibleText.
var (
	hiddenElements = regexp.MustCompile(`(?is)<(script|style|code)\b.*?</(script|style|code)>`)
	spokenLabels   = regexp.MustCompile(`(?i)\s(?:alt|aria-label|title|placeholder)="([^"]*)"`)
	anyTag         = regexp.MustCompile(`(?s)<[^>]*>`)
)

// visibleText is the text of an HTML page a reader sees, with the labels
// read aloud (alt, aria-label, title, placeholder), leaving out scripts,
// styles and <code>. The pages are the site's own, well formed, with
// attribute values in double quotes.
func visibleText(page string) string {
	page = hiddenElements.ReplaceAllString(page, " ")
	var b strings.Builder
	for _, m := range spokenLabels.FindAllStringSubmatch(page, -1) {
		b.WriteString(html.UnescapeString(m[1]) + "\n")
	}
	b.WriteString(html.UnescapeString(anyTag.ReplaceAllString(page, " ")))
	return b.String()
}

// TestEnglishScan makes sure the scan above can fail: it finds what the
// site used to show, and ignores machine names in <code> and scripts.
func TestEnglishScan(t *testing.T) {
	tests := []struct {
		name, page string
		english    bool
	}{
		{"reading warning", `<td>invalid UTF-8 at byte 758</td>`, true},
		{"corpus name", `<th scope="row">seeds</th>`, true},
		{"label read aloud", `<div role="img" aria-label="Chart of members"></div>`, true},
		{"ISO date", `<p>cập nhật ngày 2025-12-31</p>`, true},
		{"open-data field", `<dt><code>org_type</code></dt><dd>loại đơn vị</dd>`, false},
		{"script", `<script>var total = 1; // file</script><p>Tổng số</p>`, false},
		{"Vietnamese", `<p>Số đoàn viên kết nạp mới: <b>1.715</b>, ngày 31/12/2025</p>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := visibleText(tt.page)
			if got := englishWords.MatchString(text) || isoDate.MatchString(text); got != tt.english {
				t.Errorf("English or ISO date found in %q: %v, want %v", text, got, tt.english)
			}
		})
	}
}

// TestWorkbookTextIsVietnamese reads every cell of every sample workbook,
// but for the columns that hold addresses and file names, and looks for
// English words and ISO dates.
func TestWorkbookTextIsVietnamese(t *testing.T) {
	t.Parallel()
	books, err := filepath.Glob(filepath.Join(sampleSite(t), "*.xlsx"))
	if err != nil || len(books) == 0 {
		t.Fatalf("no workbooks (%v)", err)
	}
	machine := map[string]bool{"Đường dẫn": true, "Tệp": true}
	for _, book := range books {
		f, err := excelize.OpenFile(book)
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range f.GetSheetList() {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			var head []string
			if len(rows) >= headRows {
				head = rows[headRows-1]
			}
			for r, row := range rows {
				for c, cell := range row {
					if c < len(head) && machine[head[c]] && r >= headRows {
						continue
					}
					// A citation ends with its address.
					cell, _, _ = strings.Cut(cell, "https://")
					if m := englishWords.FindAllString(cell, 3); m != nil {
						t.Errorf("%s, sheet %q, row %d: English %q in %q", filepath.Base(book), sheet, r+1, m, cell)
					}
					if m := isoDate.FindAllString(cell, 3); m != nil {
						t.Errorf("%s, sheet %q, row %d: ISO date %q", filepath.Base(book), sheet, r+1, m)
					}
				}
			}
		}
		f.Close()
	}
}

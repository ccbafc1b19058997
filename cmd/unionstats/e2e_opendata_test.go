package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenDataCSVHasNoFormulas builds a corpus with an article whose
// sentence begins with "=1+2": no text cell of du-lieu/metrics.csv begins
// with a character that makes a spreadsheet read a formula, and the
// sentence is there behind a single quote.
func TestOpenDataCSVHasNoFormulas(t *testing.T) {
	t.Parallel()
	corpus := smallCorpus(t)
	const sentence = "=1+2 Năm 2024, Liên đoàn Lao động quận Tây Hồ kết nạp 150 đoàn viên, thành lập 5 công đoàn cơ sở."
	article := "Tây Hồ kết nạp 150 đoàn viên mới\n\n" + sentence + "\n\nMinh Anh\n"
	writeCorpusFile(t, corpus, "2024/cong-thuc.txt", article)
	site := filepath.Join(t.TempDir(), "site")
	mustBuild(t, "--corpus", corpus, "--out", site, "-q")
	f, err := os.Open(filepath.Join(site, "du-lieu", "metrics.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	numbers := map[string]bool{"value": true, "denominator": true, "year": true, "offset": true}
	found := false
	for i, row := range rows[1:] {
		for j, cell := range row {
			name := strings.TrimPrefix(rows[0][j], "\uFEFF")
			if numbers[name] || cell == "" {
				continue
			}
			if strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
				t.Errorf("row %d, %s: %q begins like a formula", i+1, name, cell)
			}
			if name == "evidence" && strings.HasPrefix(cell, "'"+sentence[:len("=1+2 Năm 2024")]) {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no evidence cell holds the sentence %q behind a quote", sentence)
	}
	if !strings.Contains(jsonlDocs(t, site), `"evidence":"=1+2 Năm 2024`) {
		t.Error("metrics.jsonl does not keep the sentence as written")
	}
}

package build

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats"
	"github.com/lddt/unionstats/report"
)

func TestParseAccuracy(t *testing.T) {
	tests := []struct {
		name    string
		tsv     string
		want    []report.AccuracyRow
		wantErr string // substring of the error, "" for none
	}{
		{"rows", "seeds\t1.000\t0.950\t0.974\nsample\t0.9\t1\t0.947\n", []report.AccuracyRow{
			{Corpus: "seeds", Precision: 1, Recall: 0.95, F1: 0.974},
			{Corpus: "sample", Precision: 0.9, Recall: 1, F1: 0.947},
		}, ""},
		{"blank lines", "\nseeds\t1\t1\t1\n\n", []report.AccuracyRow{{Corpus: "seeds", Precision: 1, Recall: 1, F1: 1}}, ""},
		{"empty", "", nil, ""},
		{"not a number", "seeds\t1.000\tn/a\t0.9\n", nil, `line 1: recall "n/a"`},
		{"decimal comma", "seeds\t1,000\t1\t1\n", nil, `line 1: precision "1,000"`},
		{"above one", "seeds\t1\t1\t97.4\n", nil, `line 1: F1 "97.4"`},
		{"three fields", "seeds\t1\t1\nsample\t1\t1\t1\n", nil, "line 1: 3 tab-separated fields"},
		{"spaces for tabs", "ok\t1\t1\t1\nseeds 1 1 1\n", nil, "line 2: 1 tab-separated fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseAccuracy(tt.tsv)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEmbeddedAccuracy: the accuracy.tsv compiled in reads, so that no
// build fails on it.
func TestEmbeddedAccuracy(t *testing.T) {
	rows, err := parseAccuracy(unionstats.Accuracy)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Error("accuracy.tsv has no row")
	}
}

// TestArticlePagesWithoutTables: render puts the books and the summary
// pages first, and what follows them (the open data, the article pages)
// writes the same bytes once releaseTables has dropped the Summary's
// tables, as the build does while it publishes them.
func TestArticlePagesWithoutTables(t *testing.T) {
	sum, fixes, err := Summarize(t.Context(), Config{ReadConfig: ReadConfig{Corpus: unionstats.SampleCorpus()}})
	if err != nil {
		t.Fatal(err)
	}
	files, tables, err := render(sum, Config{}, fixes, nil, report.DigestRecords(sum), nil, nil, logger(nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Facts) == 0 || len(sum.Targets) == 0 || len(sum.Checks) == 0 {
		t.Fatal("the sample has no facts, targets or checks to release")
	}
	articles := 0
	for i, f := range files {
		switch first := i < tables; {
		case first != (isWorkbook(f.Path) || report.SummaryPage(f.Path)):
			t.Errorf("file %d %s: among the first %d files %v", i, f.Path, tables, first)
		case strings.HasPrefix(f.Path, "bai-viet/"):
			articles++
		}
	}
	if articles == 0 {
		t.Fatal("no article pages")
	}
	write := func() map[string]string {
		out := map[string]string{}
		for _, f := range files[tables:] {
			if f.Write == nil {
				continue
			}
			var b strings.Builder
			if err := f.Write(&b); err != nil {
				t.Fatalf("%s: %v", f.Path, err)
			}
			out[f.Path] = b.String()
		}
		return out
	}
	before := write()
	releaseTables(sum)
	if diff := cmp.Diff(before, write()); diff != "" {
		t.Errorf("files after the tables (-with +without the tables):\n%s", diff)
	}
}

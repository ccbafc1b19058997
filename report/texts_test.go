package report

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
)

// TestSiteWithTextsReleased: a site rendered from a Summary whose articles'
// texts were released and are given back through Config.Texts is the site
// rendered with the texts in place, byte for byte.
func TestSiteWithTextsReleased(t *testing.T) {
	want := renderFixture(t)
	s := fixture()
	texts := map[*aggregate.Article]string{}
	for i := range s.Articles {
		a := &s.Articles[i]
		if a.Text != "" {
			texts[a] = a.Text
			a.Text = ""
		}
	}
	if len(texts) == 0 {
		t.Fatal("the fixture has no texts")
	}
	cfg := testConfig()
	cfg.Texts = func(a *aggregate.Article) (string, error) { return texts[a], nil }
	files, err := Site(s, cfg)
	if err != nil {
		t.Fatalf("Site: %v", err)
	}
	for _, f := range files {
		got, err := fileBytes(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want[f.Path]) {
			t.Errorf("%s differs when the texts are read back", f.Path)
		}
	}
}

// TestSiteWithPhrasesMoved: the site and the open data rendered from a
// Summary whose records' evidence sentences and phrases were moved out and
// are given back through Config.Phrases are those rendered with them in
// place, byte for byte, and a read-back error is the file's error.
func TestSiteWithPhrasesMoved(t *testing.T) {
	render := func(s *aggregate.Summary, cfg Config) map[string][]byte {
		site, err := Site(s, cfg)
		if err != nil {
			t.Fatalf("Site: %v", err)
		}
		open, err := OpenData(s, cfg)
		if err != nil {
			t.Fatalf("OpenData: %v", err)
		}
		out := map[string][]byte{}
		for _, f := range append(site, open...) {
			b, err := fileBytes(f)
			if err != nil {
				t.Fatalf("%s: %v", f.Path, err)
			}
			out[f.Path] = b
		}
		return out
	}
	s := fixture()
	cfg := testConfig()
	cfg.Records = DigestRecords(s) // made before the move, as the build does
	want := render(s, cfg)
	moved := moveTestPhrases(t, s)
	cfg.Phrases = func(k int, r *extract.Record) error {
		if m, ok := moved[k]; ok {
			r.Evidence, r.Text = m[0], m[1]
		}
		return nil
	}
	got := render(s, cfg)
	for path, b := range want {
		if !bytes.Equal(got[path], b) {
			t.Errorf("%s differs when the phrases are read back", path)
		}
	}
	cfg.Phrases = func(int, *extract.Record) error { return errors.New("disk gone") }
	open, err := OpenData(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fileBytes(open[0]); err == nil || !strings.Contains(err.Error(), "disk gone") {
		t.Errorf("open data with a read-back error: %v, want the error", err)
	}
}

// moveTestPhrases empties the evidence and phrase of every record of s that
// has one and gives them by record.
func moveTestPhrases(t *testing.T, s *aggregate.Summary) map[int][2]string {
	t.Helper()
	moved := map[int][2]string{}
	for k := range s.Records {
		r := &s.Records[k]
		if r.Evidence != "" || r.Text != "" {
			moved[k] = [2]string{r.Evidence, r.Text}
			r.Evidence, r.Text = "", ""
		}
	}
	if len(moved) == 0 {
		t.Fatal("the fixture's records have no evidence")
	}
	return moved
}

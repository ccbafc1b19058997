package workbook

import (
	"bytes"
	"testing"

	"github.com/lddt/unionstats/aggregate"
)

// TestReviewWithTextsReleased: the books of a Summary whose articles' texts
// were released and are given back through Config.Texts (the review sheet
// quotes them) are the books made with the texts in place, byte for byte.
func TestReviewWithTextsReleased(t *testing.T) {
	s, _, _ := reviewSummary(t)
	if len(Review(s, 2024)) == 0 {
		t.Fatal("nothing to review: the test quotes no text")
	}
	render := func(s *aggregate.Summary, cfg Config) map[string][]byte {
		books, err := Build(s, cfg)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]byte{}
		for _, b := range books {
			out[b.Path] = data(t, b)
		}
		return out
	}
	want := render(s, testConfig)
	texts := map[*aggregate.Article]string{}
	for i := range s.Articles {
		a := &s.Articles[i]
		texts[a] = a.Text
		a.Text = ""
	}
	cfg := testConfig
	cfg.Texts = func(a *aggregate.Article) (string, error) { return texts[a], nil }
	got := render(s, cfg)
	if len(got) != len(want) {
		t.Fatalf("%d books, want %d", len(got), len(want))
	}
	for path, b := range want {
		if !bytes.Equal(got[path], b) {
			t.Errorf("%s differs when the texts are read back", path)
		}
	}
}

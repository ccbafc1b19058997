package report

import (
	"bytes"
	"testing"

	"github.com/lddt/unionstats/aggregate"
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

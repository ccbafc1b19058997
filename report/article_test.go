package report

import (
	"html/template"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/internal/keytest"
)

func TestArticleHTML(t *testing.T) {
	const text = "Kết nạp 120 đoàn viên.\n\nTặng 30 suất quà <b>Tết</b>."
	// the anchor is "r" and the offset in the file: here the file is the text
	rec := func(pos, n int) extract.Record { return extract.Record{Pos: pos, Len: n, Offset: pos} }
	n120, n30 := strings.Index(text, "120"), strings.Index(text, "30 ")
	tests := []struct {
		name       string
		records    []extract.Record
		want       template.HTML
		wantMarked []bool
	}{
		{
			name:       "two marks in two paragraphs",
			records:    []extract.Record{rec(n120, 3), rec(n30, 2)},
			want:       "<p>Kết nạp <mark id=\"r12\">120</mark> đoàn viên.</p>\n<p>Tặng <mark id=\"r38\">30</mark> suất quà &lt;b&gt;Tết&lt;/b&gt;.</p>\n",
			wantMarked: []bool{true, true},
		},
		{
			name:       "overlapping, out-of-range and empty records stay unmarked",
			records:    []extract.Record{rec(n120, 3), rec(n120+1, 2), rec(len(text)-2, 9), rec(n30, 0)},
			want:       "<p>Kết nạp <mark id=\"r12\">120</mark> đoàn viên.</p>\n<p>Tặng 30 suất quà &lt;b&gt;Tết&lt;/b&gt;.</p>\n",
			wantMarked: []bool{true, false, false, false},
		},
		{
			name:       "a mark opens the paragraph",
			records:    []extract.Record{rec(0, len("Kết"))},
			want:       "<p><mark id=\"r0\">Kết</mark> nạp 120 đoàn viên.</p>\n<p>Tặng 30 suất quà &lt;b&gt;Tết&lt;/b&gt;.</p>\n",
			wantMarked: []bool{true},
		},
		{
			name:       "no records",
			want:       "<p>Kết nạp 120 đoàn viên.</p>\n<p>Tặng 30 suất quà &lt;b&gt;Tết&lt;/b&gt;.</p>\n",
			wantMarked: []bool{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs := make([]*extract.Record, len(tc.records))
			for i := range recs {
				recs[i] = &tc.records[i]
			}
			got, marked := articleHTML(text, recs)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("html (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantMarked, marked); diff != "" {
				t.Errorf("marked (-want +got):\n%s", diff)
			}
		})
	}
}

// TestArticleKeyCoversEveryField changes each field of an article's first
// record, of the article and of the configuration in turn: every change must
// change the article's key, so that no page is kept with stale content; the
// corpus's date, which the page does not show, must not. A
// field added to extract.Record fails here until the records' digests
// (digest.Records) hash it.
func TestArticleKeyCoversEveryField(t *testing.T) {
	cfg := testConfig()
	cfg.Version = "test"
	key := func(s *aggregate.Summary, cfg Config) string {
		t.Helper()
		r, err := newRenderer(s, cfg)
		if err != nil {
			t.Fatal(err)
		}
		k := r.articleKey(0)
		if k == "" {
			t.Fatal("no key")
		}
		return k
	}
	base := key(fixture(), cfg)
	if again := key(fixture(), cfg); again != base {
		t.Fatalf("key not stable: %s, then %s", base, again)
	}
	given := cfg
	given.Records = DigestRecords(fixture())
	if k := key(fixture(), given); k != base {
		t.Fatalf("key with the records' digests given %s, made %s", k, base)
	}
	seen := map[string]string{base: "nothing"}
	check := func(what string, k string) {
		t.Helper()
		if other, ok := seen[k]; ok {
			t.Errorf("changing %s gives the key of changing %s", what, other)
		}
		seen[k] = what
	}
	recType := reflect.TypeFor[extract.Record]()
	for i := range recType.NumField() {
		f := recType.Field(i)
		s := fixture()
		v := reflect.ValueOf(&s.Records[s.Articles[0].Records[0]]).Elem().Field(i)
		if !keytest.Change(v) {
			t.Fatalf("field %s: add its type to keytest.Change and to the records' digests", f.Name)
		}
		check("record field "+f.Name, key(s, cfg))
	}
	articleChanges := map[string]func(a *aggregate.Article){
		"Doc":       func(a *aggregate.Article) { a.Doc += "x" },
		"Title":     func(a *aggregate.Article) { a.Title += "x" },
		"Kicker":    func(a *aggregate.Article) { a.Kicker += "x" },
		"Published": func(a *aggregate.Article) { a.Published += "x" },
		"URL":       func(a *aggregate.Article) { a.URL += "x" },
		"Text":      func(a *aggregate.Article) { a.Text += "x" },
	}
	for name, change := range articleChanges {
		s := fixture()
		change(&s.Articles[0])
		check("article field "+name, key(s, cfg))
	}
	s := fixture()
	s.Orgs[1].Slug += "-x" // Ba Đình, the organisation of the first article
	check("org slug", key(s, cfg))
	// An article read from a file has the digest of its bytes, which the
	// key takes instead of its text (made from those bytes).
	hashed := func(h string) *aggregate.Summary {
		s := fixture()
		s.Articles[0].Hash = h
		return s
	}
	check("article field Hash, set", key(hashed("0a1b"), cfg))
	check("article field Hash, changed", key(hashed("0a1c"), cfg))
	s = hashed("0a1b")
	s.Articles[0].Text = "x" + s.Articles[0].Text
	if key(s, cfg) != key(hashed("0a1b"), cfg) {
		t.Error("the text of an article with a Hash changes its key: it is hashed beside the digest of its bytes")
	}
	for name, change := range map[string]func(c *Config){
		"Version": func(c *Config) { c.Version += "x" },
		"Title":   func(c *Config) { c.Title += "x" },
		"BaseURL": func(c *Config) { c.BaseURL = "" },
	} {
		c := cfg
		change(&c)
		check("config field "+name, key(fixture(), c))
	}
	// The corpus's date is not on an article's page: a newer article added
	// to the corpus must leave the other articles' pages as they were.
	c := cfg
	c.BuildDate = "2031-05-06"
	if key(fixture(), c) != base {
		t.Error("the corpus's date changes an article page's key")
	}
}

package workbook

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
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

// TestBooksWithPhrasesMoved: the books of a Summary whose records' evidence
// sentences and phrases were moved out and are given back through
// Config.Phrases (the evidence cells, the records and review sheets show
// them) are the books made with them in place, byte for byte, under the
// same keys; a read-back error fails the book.
func TestBooksWithPhrasesMoved(t *testing.T) {
	s, _, _ := reviewSummary(t)
	render := func(s *aggregate.Summary, cfg Config) (map[string][]byte, map[string]string) {
		books, err := Build(s, cfg)
		if err != nil {
			t.Fatal(err)
		}
		out, keys := map[string][]byte{}, map[string]string{}
		for _, b := range books {
			out[b.Path], keys[b.Path] = data(t, b), b.Key
		}
		return out, keys
	}
	cfg := testConfig
	cfg.Version = "test"
	cfg.Records = report.DigestRecords(s) // made before the move, as the build does
	want, wantKeys := render(s, cfg)
	moved := map[int][2]string{}
	for k := range s.Records {
		r := &s.Records[k]
		if r.Evidence != "" || r.Text != "" {
			moved[k] = [2]string{r.Evidence, r.Text}
			r.Evidence, r.Text = "", ""
		}
	}
	if len(moved) == 0 {
		t.Fatal("no record has evidence")
	}
	cfg.Phrases = func(k int, r *extract.Record) error {
		if m, ok := moved[k]; ok {
			r.Evidence, r.Text = m[0], m[1]
		}
		return nil
	}
	got, keys := render(s, cfg)
	if len(got) != len(want) {
		t.Fatalf("%d books, want %d", len(got), len(want))
	}
	for path, b := range want {
		if !bytes.Equal(got[path], b) {
			t.Errorf("%s differs when the phrases are read back", path)
		}
		if keys[path] != wantKeys[path] {
			t.Errorf("%s: key changed when the phrases are read back", path)
		}
	}
	// With the sentences' places, as the build gives them: the records of
	// one sentence string share a place, except every third record, in
	// a place of its own of the same length.
	at, places := map[string]uint64{}, make([]uint64, len(s.Records))
	for k := range places {
		m, ok := moved[k]
		if !ok || m[0] == "" {
			continue
		}
		p, ok := at[m[0]]
		if !ok || k%3 == 0 {
			p = uint64(len(at)+k+1)<<report.PlaceLengthBits | uint64(len(m[0]))
			at[m[0]] = p
		}
		places[k] = p
	}
	src := report.NewRecordSource(s.Records, cfg.Phrases)
	src.SetPlaces(func(k int) (uint64, bool) { return places[k], places[k] != 0 })
	placed := cfg
	placed.Source = src
	got, keys = render(s, placed)
	for path, b := range want {
		if !bytes.Equal(got[path], b) || keys[path] != wantKeys[path] {
			t.Errorf("%s or its key differs when the sentences are told apart by their places", path)
		}
	}
	cfg.Phrases = func(int, *extract.Record) error { return errors.New("disk gone") }
	books, err := Build(s, cfg)
	if err == nil {
		for _, b := range books {
			if err = b.Write(io.Discard); err != nil {
				break
			}
		}
	}
	if err == nil || !strings.Contains(err.Error(), "disk gone") {
		t.Errorf("books with a read-back error: %v, want the error", err)
	}
}

// TestKeysReadNoEvidence: the books' keys are made without reading any
// record's evidence back (the records' digests cover it); the books read
// it when they are written.
func TestKeysReadNoEvidence(t *testing.T) {
	s := fixture() // a target, a multi-year figure and a check: cells of evidence
	cfg := testConfig
	cfg.Version = "test"
	cfg.Records = report.DigestRecords(s)
	moved := map[int][2]string{}
	for k := range s.Records {
		r := &s.Records[k]
		moved[k] = [2]string{r.Evidence, r.Text}
		r.Evidence, r.Text = "", ""
	}
	reads := 0
	cfg.Phrases = func(k int, r *extract.Record) error {
		reads++
		r.Evidence, r.Text = moved[k][0], moved[k][1]
		return nil
	}
	books, err := Build(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if reads != 0 {
		t.Errorf("the keys read %d records' evidence back, want none", reads)
	}
	for _, b := range books {
		if err := b.Write(io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	if reads == 0 {
		t.Error("the books read no evidence back: the test shows nothing")
	}
}

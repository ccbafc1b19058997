package extract

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/gen"
)

var update = flag.Bool("update", false, "rewrite the golden files and the want sections of testdata/cases")

// line renders a record compactly for the txtar cases and golden files.
func line(r Record) string {
	v := strconv.FormatFloat(r.Value, 'f', -1, 64)
	if r.Denominator != nil {
		v += "/" + strconv.FormatFloat(*r.Denominator, 'f', -1, 64)
	}
	f := []string{v, r.Unit, r.Qualifier, r.Basis, r.Status, r.Period, strconv.Itoa(r.Year), r.Org, r.Category, r.Province}
	if r.Completion != nil {
		f = append(f, strconv.FormatFloat(*r.Completion, 'f', -1, 64)+"%")
	}
	return strings.Join(f, " | ")
}

func parse(t testing.TB, doc string, raw []byte) *corpus.Article {
	t.Helper()
	a, _, err := corpus.ParseText(doc, raw)
	if err != nil {
		t.Fatalf("ParseText(%s): %v", doc, err)
	}
	return &a
}

// TestCases runs testdata/cases/*.txtar: an article (and its publication
// date, "published", and its address, "url"), the records it must give, one line each ("want"), and
// the notes for the build's warnings ("notes", when there are any). An
// "article.jsonl" in the article's place is one line of a JSON Lines feed,
// read as the feed's articles are (its "title" member the feed's title). A
// new case is a new file; -update writes want and notes.
func TestCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/cases/*.txtar")
	if len(files) == 0 {
		t.Fatal("no cases in testdata/cases")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var article, published, link []byte
			articleName := "article"
			want, wantNotes := "", ""
			for _, f := range ar.Files {
				switch f.Name {
				case "article", "article.jsonl":
					article, articleName = f.Data, f.Name
				case "published":
					published = f.Data
				case "url":
					link = f.Data
				case "want":
					want = string(f.Data)
				case "notes":
					wantNotes = string(f.Data)
				}
			}
			var a *corpus.Article
			if articleName == "article.jsonl" {
				arts, ws := corpus.ParseJSONL(filepath.Base(file), article)
				if len(arts) != 1 || len(ws) != 0 {
					t.Fatalf("ParseJSONL: %d articles, warnings %v", len(arts), ws)
				}
				a = &arts[0]
			} else {
				a = parse(t, file, article)
			}
			a.Published = strings.TrimSpace(string(published))
			a.URL = strings.TrimSpace(string(link))
			var got strings.Builder
			recs, notes := Article(a)
			for _, r := range recs {
				got.WriteString(line(r) + "\n")
			}
			var gotNotes strings.Builder
			for _, n := range notes {
				gotNotes.WriteString(n + "\n")
			}
			if *update {
				ar.Files = []txtar.File{{Name: articleName, Data: article}}
				if published != nil {
					ar.Files = append(ar.Files, txtar.File{Name: "published", Data: published})
				}
				if link != nil {
					ar.Files = append(ar.Files, txtar.File{Name: "url", Data: link})
				}
				ar.Files = append(ar.Files, txtar.File{Name: "want", Data: []byte(got.String())})
				if gotNotes.Len() > 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "notes", Data: []byte(gotNotes.String())})
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(want, got.String()); diff != "" {
				t.Errorf("records differ (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantNotes, gotNotes.String()); diff != "" {
				t.Errorf("notes differ (-want +got):\n%s", diff)
			}
		})
	}
}

// seedsDir finds the shared seed articles beside the repository.
func seedsDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipping: the shared seed articles are not at %s (they live beside the repository, in ../shared)", dir)
	}
	return dir
}

// TestSeedsGolden extracts the five seed articles and compares with
// testdata/seeds.golden; -update rewrites it. `make eval` scores the same
// extraction against the hand-labelled gold.
func TestSeedsGolden(t *testing.T) {
	dir := seedsDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var got strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		recs, _ := Article(parse(t, filepath.Base(f), raw))
		for _, r := range recs {
			fmt.Fprintf(&got, "%s@%d | %s | %s\n", r.Doc, r.Offset, line(r), r.Text)
		}
	}
	golden := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got.String()); diff != "" {
		t.Errorf("seed extraction differs from %s (-want +got):\n%s", golden, diff)
	}
}

// checkArticle asserts the invariants every extraction keeps.
func checkArticle(t *testing.T, raw []byte, a *corpus.Article, rs []Record) {
	t.Helper()
	for _, r := range rs {
		if math.IsNaN(r.Value) || math.IsInf(r.Value, 0) || r.Value < 0 {
			t.Fatalf("value %v not finite", r.Value)
		}
		if r.Offset < 0 || r.Offset >= len(raw) {
			t.Fatalf("offset %d outside the file (%d bytes)", r.Offset, len(raw))
		}
		if r.Pos < 0 || r.Pos+r.Len > len(a.Text) || r.Len <= 0 {
			t.Fatalf("span %d+%d outside the text (%d bytes)", r.Pos, r.Len, len(a.Text))
		}
		num := a.Text[r.Pos : r.Pos+r.Len]
		if !strings.Contains(r.Evidence, num) {
			t.Fatalf("evidence %q does not contain the number %q", r.Evidence, num)
		}
		if raw[r.Offset] != a.Text[r.Pos] {
			t.Fatalf("offset %d holds %q, the text has %q", r.Offset, raw[r.Offset], a.Text[r.Pos])
		}
	}
}

func FuzzArticle(f *testing.F) {
	for _, name := range []string{"exclusions", "forms", "attribution", "chrome", "basis_each_person", "unit_elided_noun", "corpus_headline_byline_caption", "scope_firm_union", "head_document_number_of"} {
		ar, err := txtar.ParseFile(filepath.Join("testdata", "cases", name+".txtar"))
		if err == nil && len(ar.Files) > 0 {
			f.Add(ar.Files[0].Data)
		}
	}
	f.Add([]byte("Tiêu đề\n\nNăm 2022, LĐLĐ quận Ba Đình kết nạp 1.715/1250 đoàn viên (đạt 137,24%), trao 59 tỷ 850 triệu đồng."))
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, _, err := corpus.ParseText("fuzz.txt", raw)
		if err != nil {
			return
		}
		recs, _ := Article(&a)
		checkArticle(t, raw, &a, recs)
	})
}

// TestInvariantsOnGenerated runs the fuzz invariants over generated articles.
func TestInvariantsOnGenerated(t *testing.T) {
	for i := range 200 {
		_, raw, _ := gen.Article(rand.New(rand.NewPCG(7, uint64(i))), i, gen.Options{Articles: 200, Seed: 7})
		a := parse(t, "gen.txt", raw)
		recs, _ := Article(a)
		checkArticle(t, raw, a, recs)
	}
}

// benchCorpus is a generated corpus held in memory.
var benchCorpus = sync.OnceValue(func() [][]byte {
	var out [][]byte
	for i := range 400 {
		_, raw, _ := gen.Article(rand.New(rand.NewPCG(1, uint64(i))), i, gen.Options{Articles: 400, Seed: 1})
		out = append(out, raw)
	}
	return out
})

// BenchmarkReadAndExtract measures corpus cleaning plus extraction, on one
// core and on all of them, in MB/s and articles/s: on generated articles
// (dense: about one figure every 230 bytes) and, when ../shared is there, on
// the real seed articles (about one every 1,500 bytes, chrome included).
func BenchmarkReadAndExtract(b *testing.B) {
	b.Run("generated", func(b *testing.B) { benchReadAndExtract(b, benchCorpus()) })
	b.Run("seeds", func(b *testing.B) {
		files, _ := filepath.Glob(filepath.Join(seedsDir(b), "*.txt"))
		var docs [][]byte
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, raw)
		}
		benchReadAndExtract(b, docs)
	})
}

func benchReadAndExtract(b *testing.B, docs [][]byte) {
	var size int64
	for _, d := range docs {
		size += int64(len(d))
	}
	run := func(raw []byte) {
		a, _, err := corpus.ParseText("bench.txt", raw)
		if err == nil {
			Article(&a)
		}
	}
	b.Run("cores=1", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, d := range docs {
				run(d)
			}
		}
		b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run(fmt.Sprintf("cores=%d", runtime.GOMAXPROCS(0)), func(b *testing.B) {
		b.SetBytes(size)
		var next atomic.Int64
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				for range docs {
					run(docs[int(next.Add(1))%len(docs)])
				}
			}
		})
		b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})
}

// TestEmployerListWithoutCues: a sentence whose cues were never looked up
// (a heading read for its organisations) gives employerList no cue to
// read, not an index out of range.
func TestEmployerListWithoutCues(t *testing.T) {
	text := "45 công nhân của Công ty A (xã B); Trường C được khám sức khỏe"
	s := &sentence{text: text, low: lower(text)}
	s.toks = tokenize(s.low)
	for k := range s.toks {
		if w := s.word(k); w == "(" || w == ";" {
			if got := employerList(s, 1, k); got <= k {
				t.Errorf("employerList at %q (token %d) = %d, want past it", w, k, got)
			}
		}
	}
}

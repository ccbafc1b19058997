package report

import (
	"math/rand/v2"
	"path"
	"sync"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/gen"
)

// benchArticles is the size of the generated corpus the benchmarks render,
// as in the measurements of the README (10,000 articles).
const benchArticles = 10000

// generatedSummary reads and aggregates a corpus of n generated articles,
// once per test binary.
var generatedSummary = sync.OnceValue(func() *aggregate.Summary {
	var in aggregate.Input
	for i := range benchArticles {
		name, raw, _ := gen.Article(rand.New(rand.NewPCG(1, uint64(i))), i, gen.Options{})
		arts, _ := corpus.ParseFile(name, raw)
		for j := range arts {
			recs, _ := extract.Article(&arts[j])
			in.Records = append(in.Records, recs...)
		}
		in.Articles = append(in.Articles, arts...)
	}
	return aggregate.Build(in)
})

// BenchmarkSitePages renders the summary pages (home, organisations, years,
// categories, checks…) of a generated corpus, those that Site leaves to
// their Write (organisations, years, categories) included; article pages,
// which their keys let a rebuild skip, are not rendered.
func BenchmarkSitePages(b *testing.B) {
	s := generatedSummary()
	cfg := testConfig()
	cfg.Version = "bench"
	b.ReportAllocs()
	bytes := 0
	for b.Loop() {
		files, err := Site(s, cfg)
		if err != nil {
			b.Fatal(err)
		}
		bytes = 0
		for _, f := range files {
			if f.Key != "" {
				continue
			}
			data, err := fileBytes(f)
			if err != nil {
				b.Fatal(err)
			}
			bytes += len(data)
		}
	}
	b.ReportMetric(float64(bytes)/1e6, "MB/op")
}

// BenchmarkSiteArticles renders every article page of a generated corpus
// with its Key, as the publish stage does for a new site.
func BenchmarkSiteArticles(b *testing.B) {
	s := generatedSummary()
	cfg := testConfig()
	cfg.Version = "bench"
	r, err := newRenderer(s, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range s.Articles {
			if r.articleKey(i) == "" {
				b.Fatal("no key")
			}
			if _, err := r.article(i); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(s.Articles))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkOpenData writes metrics.jsonl and metrics.csv of a generated
// corpus, as every build does.
func BenchmarkOpenData(b *testing.B) {
	s := generatedSummary()
	files, err := OpenData(s, nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		b.Run(path.Base(f.Path), func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				w := &countingDiscard{}
				if err := f.Write(w); err != nil {
					b.Fatal(err)
				}
				n = w.n
			}
			b.ReportMetric(float64(n)/1e6, "MB/op")
		})
	}
}

type countingDiscard struct{ n int }

func (w *countingDiscard) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

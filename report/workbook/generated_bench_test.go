package workbook

import (
	"io"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/gen"
	"github.com/lddt/unionstats/report"
)

// generatedSummary reads and aggregates 10,000 generated articles (the
// corpus of the README's measurements), once per test binary.
var generatedSummary = sync.OnceValue(func() *aggregate.Summary {
	var in aggregate.Input
	for i := range 10_000 {
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

// BenchmarkGeneratedKeys gives the keys of the books of 10,000 generated
// articles, the records' digests made beforehand as a build makes them:
// what every rebuild computes for the books.
func BenchmarkGeneratedKeys(b *testing.B) {
	s := generatedSummary()
	cfg := testConfig
	cfg.Records = report.DigestRecords(s)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(s, cfg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGeneratedBooks renders every book of 10,000 generated articles.
func BenchmarkGeneratedBooks(b *testing.B) {
	s := generatedSummary()
	cfg := testConfig
	cfg.Records = report.DigestRecords(s)
	books, err := Build(s, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, bk := range books {
			if err := bk.Write(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	}
}

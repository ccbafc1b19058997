package aggregate_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/build"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/gen"
)

// BenchmarkBuildGenerated aggregates 2,000 generated articles (about 38k
// records) for Hà Nội's report, as a build does: the figures and the
// mix of the generator, where BenchmarkBuild has the synthetic corpus's.
// Each iteration copies the records, which Build sorts in place.
func BenchmarkBuildGenerated(b *testing.B) {
	var in aggregate.Input
	for i := range 2000 {
		name, raw, _ := gen.Article(rand.New(rand.NewPCG(1, uint64(i))), i, gen.Options{})
		arts, _ := corpus.ParseFile(name, raw)
		for j := range arts {
			recs, _ := extract.Article(&arts[j])
			in.Records = append(in.Records, recs...)
		}
		in.Articles = append(in.Articles, arts...)
	}
	province, m, err := build.ProvinceMap("Hà Nội")
	if err != nil {
		b.Fatal(err)
	}
	in.Province, in.Map = province, &m
	records := in.Records
	b.ReportAllocs()
	for b.Loop() {
		in.Records = slices.Clone(records)
		aggregate.Build(in)
	}
	b.ReportMetric(float64(len(records)), "records")
}

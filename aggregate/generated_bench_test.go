package aggregate_test

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/build"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/gen"
)

// BenchmarkBuildGenerated aggregates 2,000 generated articles (about 38k
// records) for Hà Nội's report, as a build does: the figures and the
// mix of the generator, where BenchmarkBuild has the synthetic corpus's.
// The records come in the articles' order ("unsorted"), or sorted by Doc
// and Offset ("sorted"), as build.Read gives them, so that Build only
// checks their order. Each iteration copies the records, which Build sorts
// in place. Besides the wall time it reports the process's CPU time per op
// (cpu-ns/op: the number to compare on a shared machine) and the live heap
// the Summary holds beyond its input (live-B).
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
	sorted := slices.Clone(in.Records)
	extract.Sort(sorted)
	for _, bc := range []struct {
		name    string
		records []extract.Record
	}{{"unsorted", in.Records}, {"sorted", sorted}} {
		b.Run(bc.name, func(b *testing.B) {
			in := in
			b.ReportAllocs()
			var cpu time.Duration
			for b.Loop() {
				in.Records = slices.Clone(bc.records)
				start := processCPU(b)
				aggregate.Build(in)
				cpu += processCPU(b) - start
			}
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(len(bc.records)), "records")

			in.Records = slices.Clone(bc.records)
			before := liveHeap()
			s := aggregate.Build(in)
			b.ReportMetric(float64(liveHeap()-before), "live-B")
			runtime.KeepAlive(s)
		})
	}
}

// processCPU is the CPU time, user and system, the process has used so far.
func processCPU(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// liveHeap is the heap in use after a collection.
func liveHeap() int64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

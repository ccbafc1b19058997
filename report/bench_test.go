package report

import (
	"math/rand/v2"
	"path"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

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

// benchConfig is the site's configuration in the benchmarks.
func benchConfig() Config {
	cfg := testConfig()
	cfg.Version = "bench"
	return cfg
}

// benchRenderer gives the generated corpus's summary, the benchmarks'
// configuration and a renderer of both.
func benchRenderer(b *testing.B) (*aggregate.Summary, Config, *renderer) {
	s, cfg := generatedSummary(), benchConfig()
	r, err := newRenderer(s, cfg)
	if err != nil {
		b.Fatal(err)
	}
	return s, cfg, r
}

// reportCPU reports the CPU time (user and system) of the process per op
// from now to the end of the benchmark: on a shared machine it varies less
// than the wall time. Call it after the setup, before b.Loop.
func reportCPU(b *testing.B) {
	start := cpuTime(b)
	b.Cleanup(func() {
		if b.N > 0 {
			b.ReportMetric(float64((cpuTime(b)-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
		}
	})
}

func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkSitePages renders the summary pages (home, organisations, years,
// categories, checks…) of a generated corpus, those that Site leaves to
// their Write (organisations, years, categories) included; article pages,
// which their keys let a rebuild skip, are not rendered.
func BenchmarkSitePages(b *testing.B) {
	s, cfg := generatedSummary(), benchConfig()
	b.ReportAllocs()
	reportCPU(b)
	bytes := 0
	for b.Loop() {
		files, err := Site(s, cfg)
		if err != nil {
			b.Fatal(err)
		}
		bytes = 0
		for _, f := range files {
			if strings.HasPrefix(f.Path, "bai-viet/") {
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
	s, _, r := benchRenderer(b)
	b.ReportAllocs()
	reportCPU(b)
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
	files, err := OpenData(s, Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		b.Run(path.Base(f.Path), func(b *testing.B) {
			b.ReportAllocs()
			reportCPU(b)
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

// BenchmarkSitePageKinds renders each kind of summary page of a generated
// corpus, all the pages of the kind per op, and works out the article keys
// and each kind's keys: what a rebuild pays for them whatever changed.
func BenchmarkSitePageKinds(b *testing.B) {
	s, cfg, r := benchRenderer(b)
	digested := cfg // the open data's key, the records' digests made
	digested.Records = DigestRecords(s)
	page := func(path string, build func(root string) (content, error)) func() error {
		return func() error {
			_, err := r.renderPage(path, "page.html", build)
			return err
		}
	}
	type kind struct {
		name   string
		render []func() error
	}
	kinds := []kind{
		{"renderer", []func() error{func() error { _, err := newRenderer(s, cfg); return err }}},
		{"index", []func() error{page("index.html", r.index)}},
		{"methodology", []func() error{page("phuong-phap.html", r.methodology)}},
		{"checks", []func() error{page("kiem-tra.html", r.checks)}},
		{"search", []func() error{func() error { _, err := r.searchScript(); return err }}},
		{"keys", []func() error{func() error {
			// The records' digests are made once per build, for these
			// keys and others: counted here.
			d := DigestRecords(s)
			r.records = func() *RecordDigests { return d }
			for i := range s.Articles {
				r.articleKey(i)
			}
			return nil
		}}},
		{"open-data-key", []func() error{func() error {
			openDataKey(s, digested)
			return nil
		}}},
	}
	var orgs, years, cats []func() error
	for _, o := range s.Orgs {
		orgs = append(orgs, page("to-chuc/"+o.Slug+".html", func(root string) (content, error) { return r.org(root, o) }))
	}
	for _, y := range r.years {
		years = append(years, page("nam/"+strconv.Itoa(y)+".html", func(root string) (content, error) { return r.year(root, y) }))
	}
	for _, c := range s.Categories {
		cats = append(cats, page("linh-vuc/"+c+".html", func(root string) (content, error) { return r.category(root, c) }))
	}
	var orgKeys, yearKeys, catKeys []func() error
	for _, o := range s.Orgs {
		orgKeys = append(orgKeys, func() error { r.orgKey("to-chuc/"+o.Slug+".html", o); return nil })
	}
	for _, y := range r.years {
		yearKeys = append(yearKeys, func() error { r.yearKey("nam/"+strconv.Itoa(y)+".html", y); return nil })
	}
	for _, c := range s.Categories {
		catKeys = append(catKeys, func() error { r.categoryKey("linh-vuc/"+c+".html", c); return nil })
	}
	kinds = append(kinds, kind{"orgs", orgs}, kind{"years", years}, kind{"categories", cats},
		kind{"fact-refs", []func() error{func() error { r.indexFacts(); return nil }}}, kind{"org-keys", orgKeys}, kind{"year-keys", yearKeys}, kind{"category-keys", catKeys})
	for _, k := range kinds {
		b.Run(k.name, func(b *testing.B) {
			b.ReportAllocs()
			reportCPU(b)
			for b.Loop() {
				for _, render := range k.render {
					if err := render(); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

package aggregate

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// synthetic makes a corpus of about n records in articles of 40: every kind
// of figure the rules treat differently, captions repeating the body, rates
// after counts, X/Y forms, plans, stocks, multi-year figures, records without
// org, and one republished copy in fifty.
func synthetic(n int) Input {
	rng := rand.New(rand.NewPCG(1, 2))
	orgs := []struct{ name, typ string }{
		{"Hà Nội", "thành phố"}, {"Ba Đình", "quận"}, {"Hoàn Kiếm", "quận"}, {"Đống Đa", "quận"},
		{"Sóc Sơn", "huyện"}, {"Sơn Tây", "thị xã"}, {"Phúc Xá", "phường"}, {"Cụm thi đua số 6", "cụm thi đua"},
		{"Công đoàn ngành Y tế", "công đoàn ngành"}, {"", ""},
	}
	var in Input
	for d := 0; len(in.Records) < n; d++ {
		doc := fmt.Sprintf("%06d.txt", d)
		body := fmt.Sprintf("article %d", d)
		if d%50 == 49 {
			body = fmt.Sprintf("article %d", d-1)
		}
		in.Articles = append(in.Articles, corpus.Article{Doc: doc, Text: body})
		o := orgs[rng.IntN(len(orgs))]
		y := 2018 + rng.IntN(6)
		for i := 0; i < 40; i++ {
			r := extract.Record{
				Doc: doc, Offset: i * 100, Pos: i * 90, Para: i / 4, Evidence: fmt.Sprintf("sentence %d", i/2),
				Value: float64(1 + rng.IntN(50)), Unit: extract.Units[rng.IntN(len(extract.Units))],
				Qualifier: extract.QualExact, Basis: extract.BasisTotal, Status: extract.StatusAchieved,
				Period: extract.PeriodYear, Year: y, Org: o.name, OrgType: o.typ,
				Category: extract.Categories[rng.IntN(len(extract.Categories))],
			}
			r.Noun = r.Unit
			switch k := rng.IntN(20); {
			case k == 0:
				r.Basis, r.Unit, r.Value = extract.BasisPerUnit, "vnd", 500000
			case k == 1:
				den := r.Value + float64(rng.IntN(10))
				r.Denominator = &den
				c := r.Value/den*100 + float64(rng.IntN(2))/100
				r.Completion = &c
			case k == 2:
				r.Status = extract.StatusPlanned
			case k == 3:
				r.Period = extract.PeriodSnapshot
			case k == 4:
				r.Period = extract.PeriodMultiYear
			case k == 5:
				r.Qualifier = extract.QualMoreThan
			case k == 6 && i > 0:
				r = in.Records[len(in.Records)-1]
				r.Offset, r.Pos, r.Para = i*100, i*90, 9
			}
			in.Records = append(in.Records, r)
		}
	}
	in.Warnings = []Warning{{Doc: "000001.txt", Message: "invalid UTF-8 at byte 7"}}
	return in
}

func TestBuildDeterministic(t *testing.T) {
	in := synthetic(4000)
	want := Build(in)
	if len(want.Yearly) == 0 || len(want.Checks) == 0 || len(want.Targets) == 0 || len(want.Snapshots) == 0 {
		t.Fatalf("synthetic corpus too thin: %d yearly, %d checks, %d targets, %d snapshots",
			len(want.Yearly), len(want.Checks), len(want.Targets), len(want.Snapshots))
	}
	tests := []struct {
		name string
		seed uint64
	}{
		{"shuffle 1", 1},
		{"shuffle 2", 2},
		{"shuffle 3", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(tt.seed, 99))
			shuffled := Input{
				Articles: append([]corpus.Article(nil), in.Articles...),
				Records:  append([]extract.Record(nil), in.Records...),
				Warnings: in.Warnings,
			}
			rng.Shuffle(len(shuffled.Articles), func(i, j int) {
				shuffled.Articles[i], shuffled.Articles[j] = shuffled.Articles[j], shuffled.Articles[i]
			})
			rng.Shuffle(len(shuffled.Records), func(i, j int) {
				shuffled.Records[i], shuffled.Records[j] = shuffled.Records[j], shuffled.Records[i]
			})
			if diff := cmp.Diff(want, Build(shuffled), cmpopts.IgnoreUnexported(corpus.Article{})); diff != "" {
				t.Errorf("Build of shuffled input differs (-want +got):\n%s", diff)
			}
		})
	}
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		in := synthetic(n)
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Build(in)
			}
		})
	}
}

package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
)

// bigSummary makes n articles of about 3 KB with 12 records each, all
// belonging to one organisation and year.
func bigSummary(n int) *aggregate.Summary {
	s := &aggregate.Summary{
		Orgs:       []aggregate.Org{{Name: "Ba Đình", Type: "quận", Slug: "ba-dinh"}},
		Years:      []int{2022},
		Categories: []string{"membership"},
	}
	const sentence = "Năm 2022, LĐLĐ quận Ba Đình kết nạp 1.715 đoàn viên, thành lập 32 công đoàn cơ sở & trao 242 suất quà <cho> người lao động.\n"
	text := strings.Repeat(sentence, 24)
	for i := range n {
		a := aggregate.Article{Doc: fmt.Sprintf("2022/bai-%06d.txt", i), Title: "Ba Đình tổng kết năm 2022", Year: 2022, Text: text}
		for k := 0; k < 12; k++ {
			pos := k*len(sentence) + strings.Index(sentence, "1.715")
			a.Records = append(a.Records, len(s.Records))
			s.Records = append(s.Records, extract.Record{
				Doc: a.Doc, Value: 1715, Unit: "member", Qualifier: extract.QualExact, Basis: extract.BasisTotal,
				Status: extract.StatusAchieved, Period: extract.PeriodYear, Year: 2022, Org: "Ba Đình", OrgType: "quận",
				Category: "membership", Text: "1.715 đoàn viên", Pos: pos, Len: len("1.715"),
			})
		}
		s.Articles = append(s.Articles, a)
	}
	return s
}

func BenchmarkSiteArticles(b *testing.B) {
	const n = 10000
	s := bigSummary(n)
	cfg := testConfig()
	b.ReportAllocs()
	for b.Loop() {
		files, err := Site(s, cfg)
		if err != nil {
			b.Fatal(err)
		}
		if len(files) < n {
			b.Fatalf("%d files", len(files))
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

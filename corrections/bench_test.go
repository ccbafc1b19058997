package corrections

import (
	"fmt"
	"testing"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// BenchmarkApply applies 100 changes to the records of 20,000 articles
// (40 records each, 800,000 in all): the cost a corrections file adds to a
// large build. The changes apply to the same records every time (Apply
// corrects them in place, and a change applies again to its own result).
func BenchmarkApply(b *testing.B) {
	a, recs := extracted(b, "ba-dinh.txt", article)
	const n = 20000
	arts := make([]corpus.Article, n)
	var all []extract.Record
	for i := range arts {
		arts[i] = a
		arts[i].Doc = fmt.Sprintf("d%05d.txt", i)
		for k := 0; k < 10; k++ {
			for _, r := range recs {
				r.Doc = arts[i].Doc
				r.Offset += k * 1000
				all = append(all, r)
			}
		}
	}
	extract.Sort(all)
	var rows []Correction
	for i := 0; i < 100; i++ {
		r := recs[0]
		r.Doc = arts[i*100].Doc
		q := QuoteOf(&a, r.Pos, r.Len)
		org := "Tây Hồ"
		rows = append(rows, Correction{Row: i + 2, Action: Change, ID: ID(&r), Doc: r.Doc, Offset: r.Offset, Quote: q, Set: Fields{Org: &org}, Who: "a", Why: "b"})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Apply("c.csv", all, arts, rows); err != nil {
			b.Fatal(err)
		}
	}
}

package workbook

import (
	"fmt"
	"io"
	"strconv"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// yearSummary has n records of one year, eight to an article, each with a
// sentence of evidence as long as a newspaper's: its book's records sheet
// is most of the book.
func yearSummary(n int) *aggregate.Summary {
	s := &aggregate.Summary{Years: []int{2024}}
	for i := range n {
		org := fmt.Sprintf("Quận %02d", i%30)
		doc := fmt.Sprintf("2024/bai-%05d.txt", i/8)
		if i%8 == 0 {
			s.Articles = append(s.Articles, aggregate.Article{Article: corpus.Article{Doc: doc, Title: "Bài " + doc, URL: "https://laodongthudo.vn/" + doc}, Year: 2024})
		}
		s.Articles[len(s.Articles)-1].Records = append(s.Articles[len(s.Articles)-1].Records, i)
		v := strconv.Itoa(i * 7)
		s.Records = append(s.Records, extract.Record{
			Doc: doc, Value: float64(i * 7), Unit: "member", Qualifier: extract.QualExact, Basis: extract.BasisTotal,
			Status: extract.StatusAchieved, Period: extract.PeriodYear, Year: 2024, Org: org, OrgType: "quận",
			Category: "membership", Offset: i, Text: "kết nạp " + v + " đoàn viên",
			Evidence: "Trong năm 2024, Liên đoàn Lao động " + org + " đã kết nạp " + v +
				" đoàn viên mới, thành lập thêm nhiều công đoàn cơ sở, vượt chỉ tiêu mà Đại hội đề ra cho cả nhiệm kỳ.",
		})
	}
	return s
}

// BenchmarkRecordsSheet renders a year's book of 20,000 records, nearly
// all of it the records sheet: ns/row is the cost of one record's row,
// zip compression included.
func BenchmarkRecordsSheet(b *testing.B) {
	const n = 20_000
	books, err := Build(yearSummary(n), testConfig)
	if err != nil {
		b.Fatal(err)
	}
	year := books[0]
	if year.Path != "bao-cao-2024.xlsx" {
		b.Fatalf("book %s, want the year's", year.Path)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := year.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/row")
}

// BenchmarkKeys builds the books of 100,000 records over ten years without
// rendering them: their keys, which every rebuild computes.
func BenchmarkKeys(b *testing.B) {
	s := bigSummary(100_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(s, testConfig); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(s.Records)), "ns/record")
}

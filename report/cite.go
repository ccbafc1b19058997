package report

import (
	"cmp"
	"strconv"
	"strings"
	"time"

	"github.com/lddt/unionstats/aggregate"
)

// DefaultPaper is the newspaper the articles come from when the Config
// names none.
const DefaultPaper = "Lao Động Thủ Đô"

// FormatDate writes a "YYYY-MM-DD" date the Vietnamese way, "31/12/2022";
// anything else is returned as it is.
func FormatDate(iso string) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return d.Format("02/01/2006")
}

// Citation is how a clerk cites an article: "Báo Lao Động Thủ Đô,
// 31/12/2022, «Tiêu đề»", leaving out what the corpus does not give. The
// link, when there is one, goes beside it.
func Citation(paper string, a *aggregate.Article) string {
	parts := []string{"Báo " + cmp.Or(paper, DefaultPaper)}
	if a.Published != "" {
		parts = append(parts, FormatDate(a.Published))
	}
	if t := strings.TrimSpace(a.Title); t != "" {
		parts = append(parts, "«"+t+"»")
	}
	return strings.Join(parts, ", ")
}

// CitationLine is Citation followed by the article's address, as one line
// to copy.
func CitationLine(paper string, a *aggregate.Article) string {
	c := Citation(paper, a)
	if a.URL != "" {
		c += ", " + a.URL
	}
	return c
}

// ResultYears are the years with reported results (achieved figures), in
// ascending order: the years that have a page and a workbook of their own.
// A year that only plans or targets name is not one of them. s's records
// are read from src (nil: from s.Records), which keeps in memory the two
// fields read of each record once the records are released.
func ResultYears(s *aggregate.Summary, src *RecordSource) []int {
	src = SourceOf(src, s.Records, nil)
	seen := map[int]bool{}
	for i := range src.Len() {
		if y := src.Year(i); y != 0 && src.Achieved(i) && s.InScope(i) {
			seen[y] = true
		}
	}
	years := make([]int, 0, len(seen))
	for _, y := range s.Years {
		if seen[y] {
			years = append(years, y)
		}
	}
	return years
}

// IssueYear is the year an article appeared: the year it was published,
// else the reporting year inferred from its figures.
func IssueYear(a *aggregate.Article) int {
	if len(a.Published) >= 4 {
		if y, err := strconv.Atoi(a.Published[:4]); err == nil {
			return y
		}
	}
	return a.Year
}

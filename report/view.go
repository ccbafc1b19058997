package report

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/vocab"
)

// The types below are the data the templates render; every href in them is
// already relative to the page that shows it.

// num is a piece of text, optionally a link: most often a figure linked to
// its evidence.
type num struct {
	Text  string
	Href  string
	Title string // tooltip
	Num   bool   // right-aligned numeric cell
}

type table struct {
	Caption string
	Groups  []group // optional first header row
	Head    []string
	Rows    []row
	Note    []num // a sentence under the table, as text and links
}

type group struct {
	Text string
	Span int
}

type row struct {
	Head  num
	Cells []num
}

type card struct {
	Head  num
	Items []cardItem
}

type cardItem struct {
	Value num
	Label string
}

type item struct {
	Link  num
	Note  string
	Links []num
}

type def struct {
	Term string
	Text string
	Code bool // Term is a name for machines (an open-data field)
}

type section struct {
	ID      string
	Heading string
	Paras   []string
	Defs    []def
	Cards   []card
	Chart   *chart
	Tables  []table
	Items   []item
	Search  string // address of the search script, for the search box
}

type pageBody struct {
	Lead     []string
	Sections []section
}

// measure is what a number counts: a category and a unit.
type measure struct {
	Category string
	Unit     string
}

// label is the phrase a union report uses for the measure.
func (m measure) label() string { return vocab.Measure(m.Category, m.Unit) }

// columnName names a unit as a column heading: "Số đoàn viên", "Số tiền",
// "Tỷ lệ".
func columnName(u string) string {
	switch u {
	case "vnd":
		return "Số tiền"
	case "percent":
		return "Tỷ lệ"
	}
	return "Số " + vocab.UnitName(u)
}

func compareMeasures(a, b measure) int {
	return cmp.Or(vocab.CompareCategory(a.Category, b.Category), vocab.CompareUnit(a.Unit, b.Unit))
}

// measuresOf lists the distinct measures of cells in report order.
func measuresOf(cells []aggregate.Cell) []measure {
	var ms []measure
	seen := map[measure]bool{}
	for _, c := range cells {
		m := measure{c.Category, c.Unit}
		if !seen[m] {
			seen[m] = true
			ms = append(ms, m)
		}
	}
	slices.SortFunc(ms, compareMeasures)
	return ms
}

// yearsOf lists the distinct years of cells, ascending.
func yearsOf(cells []aggregate.Cell) []int {
	var ys []int
	for _, c := range cells {
		if !slices.Contains(ys, c.Year) {
			ys = append(ys, c.Year)
		}
	}
	slices.Sort(ys)
	return ys
}

func filterCells(cells []aggregate.Cell, keep func(c *aggregate.Cell) bool) []aggregate.Cell {
	var out []aggregate.Cell
	for i := range cells {
		if keep(&cells[i]) {
			out = append(out, cells[i])
		}
	}
	return out
}

// bestMeasure picks the measure to chart among cells: the one reported in the
// most years, then in report order. Money and percentages are left out when
// anything else is there, as they do not share an axis with counts.
func bestMeasure(cells []aggregate.Cell) (measure, bool) {
	years := map[measure]int{}
	for _, c := range cells {
		years[measure{c.Category, c.Unit}]++
	}
	var best measure
	found := false
	for _, m := range measuresOf(cells) {
		if !found || better(m, years[m], best, years[best]) {
			best, found = m, true
		}
	}
	return best, found
}

func better(m measure, n int, best measure, bestN int) bool {
	mc, bc := countable(m.Unit), countable(best.Unit)
	if mc != bc {
		return mc
	}
	return n > bestN
}

func countable(unit string) bool {
	return unit != "vnd" && unit != "percent"
}

// yearSpan names the years a page covers: "các năm 2019–2025", "năm 2023".
func yearSpan(years []int) string {
	switch {
	case len(years) == 0:
		return "chưa có năm nào"
	case years[0] == years[len(years)-1]:
		return "năm " + strconv.Itoa(years[0])
	}
	return "các năm " + strconv.Itoa(years[0]) + "–" + strconv.Itoa(years[len(years)-1])
}

func yearText(y int) string {
	if y == 0 {
		return "không rõ năm"
	}
	return strconv.Itoa(y)
}

// text is a num without a link.
func text(s string) num { return num{Text: s} }

// orgName names a record's organisation, or says that none was found.
func orgName(org string) string {
	if org == "" {
		return "chưa rõ đơn vị"
	}
	return org
}

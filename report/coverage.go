package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/lddt/unionstats/aggregate"
)

// Labels of the figures that are not one organisation's (issue #9): a sum
// over units is never a city total, the city's own figure is the headline.
const (
	sumHeading  = "Cộng các đơn vị có số liệu"
	conflictTip = "Có số liệu mâu thuẫn giữa các bài, chưa được cộng (xem mục Số liệu mâu thuẫn)"
)

// coverageText says how many units a sum covers, and how many of them
// report only part of the year.
func coverageText(u *aggregate.UnitSum) string {
	s := u.Coverage.String()
	if n := len(u.Partial); n > 0 {
		s += fmt.Sprintf("; %d đơn vị chỉ có số liệu một phần năm (%s)", n, strings.Join(u.Partial, ", "))
	}
	return s
}

// cardCoverage labels a sum on a card: "cộng 8/30 quận, huyện, thị xã có số
// liệu", with the map's period and the units with part-year figures.
func cardCoverage(u *aggregate.UnitSum) string {
	s := "cộng " + u.Coverage.String() + " có số liệu"
	if u.Coverage.Period != "" {
		s += ", " + u.Coverage.Period
	}
	if n := len(u.Partial); n > 0 {
		s += fmt.Sprintf("; %d đơn vị chỉ có số liệu một phần năm", n)
	}
	return s
}

// sumTable lists sums of units, one row per measure (and map), with their
// coverage: what each sum adds and what it does not.
func (r *renderer) sumTable(root string, sums []aggregate.UnitSum, withYear bool) table {
	t := table{Head: []string{"Chỉ tiêu", sumHeading, "Số đơn vị có số liệu"}}
	if withYear {
		t.Head = append([]string{"Năm"}, t.Head...)
	}
	for i := range sums {
		u := &sums[i]
		label := measure{u.Category, u.Unit}.label()
		if u.Coverage.Period != "" {
			label += " (" + u.Coverage.Period + ")"
		}
		rw := row{Head: text(label)}
		if withYear {
			rw = row{Head: text(yearText(u.Year)), Cells: []num{text(label)}}
		}
		rw.Cells = append(rw.Cells, r.cell(root, &u.Cell), text(coverageText(u)))
		t.Rows = append(t.Rows, rw)
	}
	t.Note = []num{text(SumNote(r.s))}
	return t
}

// periodNote labels a part-year figure with its period.
func periodNote(s aggregate.Span) string {
	if l := s.Label(); l != "" {
		return " (" + l + ")"
	}
	return ""
}

// conflictSection lists the figures the articles disagree on, one row per
// value linked to the article that gives it, none of them added into any
// total: on a year's page (year) or an organisation's (year 0, withYear).
// Like targetTable it shows at most maxRows conflicts, each whole, taken
// in turn from each organisation (or year), those whose values are stated
// most often first; the year's workbook lists them all (sheet "Rà soát").
func (r *renderer) conflictSection(root string, conflicts []aggregate.Conflict, withYear bool, year int) section {
	t := table{Head: []string{"Đơn vị", "Chỉ tiêu", "Bài báo ghi"}}
	if withYear {
		t.Head = []string{"Đơn vị", "Năm", "Chỉ tiêu", "Bài báo ghi"}
	}
	shown := pickRows(len(conflicts),
		func(i int) string { return groupOf(!withYear, conflicts[i].Org, conflicts[i].Year) },
		func(i, j int) int { return cmp.Compare(r.stated(conflicts[j].Facts), r.stated(conflicts[i].Facts)) })
	n, total := 0, 0
	for _, i := range shown {
		n += len(conflicts[i].Facts)
	}
	width := len(t.Head) - 1
	t.Rows = make([]row, 0, n)
	cells := make([]num, 0, n*width) // every row's cells, in one block
	for _, i := range shown {
		c := &conflicts[i]
		head := r.orgLink(root, c.Org)
		yearCell := text(yearText(c.Year))
		label := text(measure{c.Category, c.Unit}.label())
		for _, f := range c.Facts {
			start := len(cells)
			if withYear {
				cells = append(cells, yearCell)
			}
			cells = append(cells, label,
				num{Text: cellText(r.s.Facts[f].Value, c.Unit), Href: r.recordHref(root, r.s.Facts[f].Records), Num: true})
			t.Rows = append(t.Rows, row{Head: head, Cells: cells[start:len(cells):len(cells)]})
		}
	}
	if len(shown) < len(conflicts) {
		for i := range conflicts {
			total += len(conflicts[i].Facts)
		}
		unknown := slices.ContainsFunc(conflicts, func(c aggregate.Conflict) bool { return c.Year == 0 })
		choice := "lần lượt mỗi năm một trường hợp"
		if !withYear {
			choice = "lần lượt mỗi đơn vị một trường hợp"
		}
		t.Note = workbookNote(root, n, total, choice+", ưu tiên số liệu được nhắc lại nhiều lần", sheetChecks, year, unknown)
	}
	return section{
		ID: "mau-thuan", Heading: "Số liệu mâu thuẫn (chưa cộng)",
		Paras:  []string{"Các bài báo ghi khác nhau cho cùng một đơn vị, năm và chỉ tiêu; mỗi số dẫn tới bài đã nêu nó. Không số nào được cộng vào bảng cho đến khi được xác minh."},
		Tables: []table{t},
	}
}

// sheetChecks is the workbooks' sheet of the figures to review, which
// lists every conflict.
const sheetChecks = "Rà soát"

// stated counts the records that state facts: how often the articles give
// those figures.
func (r *renderer) stated(facts []int) int {
	n := 0
	for _, f := range facts {
		if f >= 0 && f < len(r.s.Facts) {
			n += len(r.s.Facts[f].Records)
		}
	}
	return n
}

package report

import (
	"slices"
	"strconv"
)

// maxRows bounds a table whose rows grow with the corpus (the targets, the
// multi-year figures and the conflicts, counted by conflict), so that a page
// stays small on a phone whatever the number of articles: 100 rows are a few
// screens and about 30 kB of HTML. The workbooks list every row.
const maxRows = 100

// pickRows chooses the rows a bounded table shows among its n rows: all of
// them up to maxRows, else maxRows of them, in table order. Table order
// alone would show the first organisation's (or year's) rows only, so rows
// are taken in rounds across the groups that group gives them: each round
// takes the next row of every group, the round's rows ranked by better (a
// negative result puts i before j), then by table order. The reader thus
// sees every organisation (or year) before a second row of any, and within
// each the rows better puts first.
func pickRows[K comparable](n int, group func(i int) K, better func(i, j int) int) []int {
	rows := make([]int, n)
	for i := range rows {
		rows[i] = i
	}
	if n <= maxRows {
		return rows
	}
	byGroup := map[K][]int{}
	for i := range n {
		k := group(i)
		byGroup[k] = append(byGroup[k], i)
	}
	round := make([]int, n)
	var perRound []int // rows in each round
	for _, g := range byGroup {
		slices.SortStableFunc(g, better)
		for r, i := range g {
			round[i] = r
		}
		for len(perRound) < len(g) {
			perRound = append(perRound, 0)
		}
		for r := range g {
			perRound[r]++
		}
	}
	// Whole rounds are taken while they fit, then the rows of the next
	// that better ranks first (ties in table order): the first maxRows of
	// all rows ranked by round, better and table order, without ranking
	// them all.
	last, taken := 0, 0
	for taken+perRound[last] <= maxRows {
		taken += perRound[last]
		last++
	}
	picked := make([]int, 0, maxRows)
	var partial []int
	for _, i := range rows {
		switch r := round[i]; {
		case r < last:
			picked = append(picked, i)
		case r == last:
			partial = append(partial, i)
		}
	}
	slices.SortStableFunc(partial, better)
	picked = append(picked, partial[:maxRows-taken]...)
	slices.Sort(picked)
	return picked
}

// trueFirst orders true before false, for the better of pickRows.
func trueFirst(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

// workbookNote is the sentence under a table that shows shown of its total
// rows, chosen as choice says: where the full list is. A year's rows are in
// the sheet of that year's workbook; on a page of every year (year 0) they
// are in each year's workbook, and those of no known year (if unknown) in
// the all-years one.
func workbookNote(root string, shown, total int, choice, sheet string, year int, unknown bool) []num {
	note := []num{text("Bảng trên nêu " + FormatNumber(float64(shown)) + " trong tổng số " + FormatNumber(float64(total)) +
		" dòng (" + choice + "); danh sách đầy đủ ở trang tính “" + sheet + "” ")}
	if year != 0 {
		name := "bao-cao-" + strconv.Itoa(year) + ".xlsx"
		return append(note, text("của tệp Excel "), num{Text: name, Href: root + name}, text("."))
	}
	note = append(note, text("trong tệp Excel của từng năm"))
	if unknown {
		note = append(note, text(", các dòng không rõ năm ở tệp "), num{Text: "bao-cao-tong-hop.xlsx", Href: root + "bao-cao-tong-hop.xlsx"})
	}
	return append(note, text(" (mục "), num{Text: "Tải về", Href: root + "tai-ve.html"}, text(")."))
}

package report

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/vocab"
)

// evidence links to the article anchor of the first record of the first
// fact, or returns "" when there is none.
func (r *renderer) evidence(root string, facts []int) string {
	if len(facts) == 0 || facts[0] < 0 || facts[0] >= len(r.s.Facts) {
		return ""
	}
	return r.recordHref(root, r.s.Facts[facts[0]].Records)
}

// recordHref links to the first of recs in its article page, from a page
// whose prefix back to the site root is root, or returns "" when there is
// none.
func (r *renderer) recordHref(root string, recs []int) string {
	if len(recs) == 0 || recs[0] < 0 || recs[0] >= r.src.Len() {
		return ""
	}
	a := r.recArticle[recs[0]]
	if a < 0 {
		return ""
	}
	var buf [96]byte
	b := append(buf[:0], root...)
	b = append(b, "bai-viet/"...)
	b = append(b, r.ids[a]...)
	b = append(b, ".html#"...)
	b = appendOffsetAnchor(b, r.src.Offset(recs[0]))
	return string(b)
}

// figure formats an aggregated value linked to its evidence, marking
// approximate (*) and derived (†) sums.
func (r *renderer) figure(root string, v float64, unit string, approx, derived bool, facts []int) num {
	n := num{Text: cellText(v, unit), Href: r.evidence(root, facts), Num: true}
	switch {
	case approx && derived:
		n.Text += "*†"
		n.Title = "Có phần ước lượng và phần tính từ định mức"
	case approx:
		n.Text += "*"
		n.Title = "Có phần ước lượng (hơn, khoảng, gần…)"
	case derived:
		n.Text += "†"
		n.Title = "Có phần tính từ định mức"
	}
	return n
}

// cell formats a Yearly cell or a sum: its figure, labelled with its period
// when it covers part of the year, and marked (⚠) when conflicting figures
// were left out of it.
func (r *renderer) cell(root string, c *aggregate.Cell) num {
	n := r.figure(root, c.Value, c.Unit, c.Approx, c.Derived, c.Facts)
	n.Text += periodNote(c.Span)
	if c.Conflict {
		n.Text += " ⚠"
		n.Title = strings.TrimPrefix(n.Title+"; "+conflictTip, "; ")
	}
	return n
}

func (r *renderer) orgLink(root, name string) num {
	if name == "" {
		return text(sumHeading)
	}
	if slug, ok := r.orgSlugs[name]; ok {
		return num{Text: name, Href: root + "to-chuc/" + slug + ".html"}
	}
	return text(name)
}

func categoryLink(root, c string) num {
	return num{Text: vocab.CategoryName(c), Href: root + "linh-vuc/" + c + ".html"}
}

func yearLink(root string, y int) num {
	return num{Text: "Năm " + strconv.Itoa(y), Href: root + "nam/" + strconv.Itoa(y) + ".html"}
}

// measureTable lays cells out with one row per measure and one column per
// year; every figure links to its evidence.
func (r *renderer) measureTable(root, caption string, cells []aggregate.Cell) table {
	years := yearsOf(cells)
	t := table{Caption: caption, Head: []string{"Chỉ tiêu"}}
	for _, y := range years {
		t.Head = append(t.Head, yearText(y))
	}
	for _, m := range measuresOf(cells) {
		rw := row{Head: text(m.label()), Cells: make([]num, len(years))}
		for i := range cells {
			c := &cells[i]
			if c.Category == m.Category && c.Unit == m.Unit {
				rw.Cells[slices.Index(years, c.Year)] = r.cell(root, c)
			}
		}
		t.Rows = append(t.Rows, rw)
	}
	return t
}

// orgYearTable lays cells of one measure out with one row per organisation
// and one column per year; the sums of units, if given, come first, one row
// per map, each figure with its coverage.
func (r *renderer) orgYearTable(root, caption string, cells []aggregate.Cell, sums []aggregate.UnitSum) table {
	all := slices.Clone(cells)
	for _, u := range sums {
		all = append(all, u.Cell)
	}
	years := yearsOf(all)
	t := table{Caption: caption, Head: []string{"Đơn vị"}}
	for _, y := range years {
		t.Head = append(t.Head, yearText(y))
	}
	rows := map[string]int{} // row of each map's sums
	for i := range sums {
		u := &sums[i]
		label := "Cộng các " + u.Coverage.Label + " có số liệu"
		j, ok := rows[label]
		if !ok {
			j = len(t.Rows)
			rows[label] = j
			t.Rows = append(t.Rows, row{Head: text(label), Cells: make([]num, len(years))})
		}
		n := r.cell(root, &u.Cell)
		n.Text += " (" + u.Coverage.String() + ")"
		n.Title = strings.TrimPrefix(n.Title+"; "+coverageText(u), "; ")
		t.Rows[j].Cells[slices.Index(years, u.Year)] = n
	}
	t.Rows = append(t.Rows, r.orgRows(root, cells, len(years), func(c *aggregate.Cell) int { return slices.Index(years, c.Year) })...)
	if len(sums) > 0 {
		t.Note = []num{text(SumNote(r.s))}
	}
	return t
}

// orgRows lays cells out as one row per organisation, in the order of
// s.Orgs, each cell in the column that col gives it.
func (r *renderer) orgRows(root string, cells []aggregate.Cell, width int, col func(*aggregate.Cell) int) []row {
	byOrg := map[string][]int{}
	for i := range cells {
		byOrg[cells[i].Org] = append(byOrg[cells[i].Org], i)
	}
	var rows []row
	for _, o := range r.s.Orgs {
		idx := byOrg[o.Name]
		if len(idx) == 0 {
			continue
		}
		rw := row{Head: r.orgLink(root, o.Name), Cells: make([]num, width)}
		for _, i := range idx {
			rw.Cells[col(&cells[i])] = r.cell(root, &cells[i])
		}
		rows = append(rows, rw)
	}
	return rows
}

// targetTable lists targets: on a year's page (year) with an organisation
// column, on a page of every year (year 0) with a year column too (withOrg)
// or instead. It shows at most maxRows of them, taken in turn from each
// organisation (or, on an organisation's page, each year), those with a
// result and stated most often first: they are the best attested.
// The targets are pointers into the Summary's: a category's page lists
// hundreds of thousands at 100,000 articles, and copies of them (128 bytes
// each) were the largest thing in memory as the last pages were rendered.
func (r *renderer) targetTable(root string, targets []*aggregate.Target, withOrg bool, year int) table {
	t := table{Head: []string{"Chỉ tiêu"}}
	if withOrg {
		t.Head[0] = "Đơn vị"
		t.Head = append(t.Head, "Chỉ tiêu")
	}
	if year == 0 {
		t.Head = append(t.Head, "Năm")
	}
	t.Head = append(t.Head, "Kế hoạch", "Thực hiện", "Tỷ lệ hoàn thành", "Tỷ lệ nêu trong bài")
	shown := pickRows(len(targets),
		func(i int) string { return groupOf(withOrg, targets[i].Org, targets[i].Year) },
		func(i, j int) int {
			a, b := targets[i], targets[j]
			return cmp.Or(
				trueFirst(a.Achieved != nil, b.Achieved != nil),
				cmp.Compare(r.mentions(b.Facts), r.mentions(a.Facts)))
		})
	for _, i := range shown {
		tg := targets[i]
		rw := r.measureRow(root, withOrg, tg.Org, measure{tg.Category, tg.Unit})
		if year == 0 {
			rw.Cells = append(rw.Cells, text(yearText(tg.Year)))
		}
		href := r.evidence(root, tg.Facts)
		achieved := optional(tg.Achieved, func(v float64) string { return cellText(v, tg.Unit) })
		completion := optional(tg.Completion, FormatPercent)
		if !tg.Span.Whole() {
			achieved.Text += periodNote(tg.Span)
			if tg.Completion != nil {
				completion.Text = "tiến độ " + completion.Text + periodNote(tg.Span)
				completion.Title = "Kết quả một phần năm, chưa phải mức hoàn thành cả năm"
			}
		}
		rw.Cells = append(rw.Cells,
			num{Text: cellText(tg.Planned, tg.Unit), Href: href, Num: true},
			achieved, completion,
			optional(tg.Stated, FormatPercent))
		t.Rows = append(t.Rows, rw)
	}
	if len(shown) < len(targets) {
		unknown := slices.ContainsFunc(targets, func(t *aggregate.Target) bool { return t.Year == 0 })
		t.Note = workbookNote(root, len(shown), len(targets), choiceOf(withOrg)+", ưu tiên chỉ tiêu đã có kết quả và được nhắc lại nhiều lần", "Chỉ tiêu", year, unknown)
	}
	return t
}

// setYear is the year the first fact of facts was stated: the year its
// article appeared (see IssueYear), or 0.
func (r *renderer) setYear(facts []int) int {
	if len(facts) == 0 || facts[0] < 0 || facts[0] >= len(r.s.Facts) {
		return 0
	}
	recs := r.s.Facts[facts[0]].Records
	if len(recs) == 0 || recs[0] < 0 || recs[0] >= r.src.Len() {
		return 0
	}
	if a := r.recArticle[recs[0]]; a >= 0 {
		return IssueYear(&r.s.Articles[a])
	}
	return 0
}

// workbookLink is a section linking a workbook.
func workbookLink(root, name, note string) section {
	return section{ID: "bang-tinh", Items: []item{{Link: num{Text: "Tải tệp Excel " + name, Href: root + name}, Note: note}}}
}

// measureRow starts a row of a table of measures: headed by the
// organisation, then the measure, in a table with an organisation column
// (withOrg), else headed by the measure.
func (r *renderer) measureRow(root string, withOrg bool, org string, m measure) row {
	if withOrg {
		return row{Head: r.orgLink(root, org), Cells: []num{text(m.label())}}
	}
	return row{Head: text(m.label())}
}

// groupOf is the group of a bounded table's row (see pickRows): its
// organisation in a table with an organisation column, else its year.
func groupOf(withOrg bool, org string, year int) string {
	if withOrg {
		return org
	}
	return strconv.Itoa(year)
}

// choiceOf says in Vietnamese how pickRows takes a bounded table's rows.
func choiceOf(withOrg bool) string {
	if withOrg {
		return "lần lượt mỗi đơn vị một dòng"
	}
	return "lần lượt mỗi năm một dòng"
}

// mentions counts the records that state the first of facts: how often the
// articles give that figure.
func (r *renderer) mentions(facts []int) int {
	if len(facts) == 0 || facts[0] < 0 || facts[0] >= len(r.s.Facts) {
		return 0
	}
	return len(r.s.Facts[facts[0]].Records)
}

// optional formats *v, or shows a dash for a missing value.
func optional(v *float64, format func(float64) string) num {
	if v == nil {
		return num{Text: "–", Title: "Chưa có số liệu", Num: true}
	}
	return num{Text: format(*v), Num: true}
}

func (r *renderer) changeTable(root string, changes []aggregate.Change, withOrg bool) table {
	t := table{Head: []string{"Chỉ tiêu", "Năm trước", "Năm nay", "Thay đổi"}}
	if withOrg {
		t.Head = append([]string{"Đơn vị"}, t.Head...)
	}
	for _, c := range changes {
		m := measure{c.Category, c.Unit}
		var rw row
		if withOrg {
			rw.Head = r.orgLink(root, c.Org)
			rw.Cells = append(rw.Cells, text(m.label()))
		} else {
			rw.Head = text(m.label() + " (" + strconv.Itoa(c.Year) + ")")
		}
		switch {
		case c.Org == "":
			rw.Head = text(fmt.Sprintf("Cộng %d %s có số liệu cả hai năm", c.Compared, c.Coverage.Label))
		case len(c.Via) > 0:
			rw.Head.Text += " → " + strings.Join(c.Via, ", ")
		}
		rw.Cells = append(rw.Cells,
			num{Text: cellText(c.Previous, c.Unit), Num: true},
			num{Text: cellText(c.Current, c.Unit), Num: true},
			optional(c.Percent, signedPercent))
		t.Rows = append(t.Rows, rw)
	}
	t.Note = []num{text(changeNote)}
	return t
}

// changeNote is the note under every table of changes.
const changeNote = "So sánh cùng đơn vị: chỉ so số liệu cả năm của hai năm liền nhau; tổng các đơn vị chỉ gồm các đơn vị có số liệu cả hai năm; không so qua đợt sắp xếp đơn vị hành chính năm 2025."

// signedPercent words a change: "tăng 22,45%", "giảm 3,5%", "không đổi".
func signedPercent(v float64) string {
	switch {
	case FormatNumber(v) == "0":
		return "không đổi"
	case v > 0:
		return "tăng " + FormatPercent(v)
	}
	return "giảm " + FormatPercent(-v)
}

// factTable lists single facts (multi-year figures) with their evidence:
// on a year's page (year) or a page of every year (year 0). Like
// targetTable, it shows at most maxRows of them, in turn from each
// organisation (or year), those stated most often first.
func (r *renderer) factTable(root string, facts []aggregate.Fact, withOrg bool, year int) table {
	t := table{Head: []string{"Chỉ tiêu", "Đến năm", "Số liệu"}}
	if withOrg {
		t.Head = append([]string{"Đơn vị"}, t.Head...)
	}
	shown := pickRows(len(facts),
		func(i int) string { return groupOf(withOrg, facts[i].Org, facts[i].Year) },
		func(i, j int) int { return cmp.Compare(len(facts[j].Records), len(facts[i].Records)) })
	for _, i := range shown {
		f := &facts[i]
		rw := r.measureRow(root, withOrg, f.Org, measure{f.Category, f.Unit})
		rw.Cells = append(rw.Cells, text(yearText(f.Year)), num{
			Text: qualified(cellText(f.Value, f.Unit), f.Qualifier),
			Href: r.recordHref(root, f.Records),
			Num:  true,
		})
		t.Rows = append(t.Rows, rw)
	}
	if len(shown) < len(facts) {
		unknown := slices.ContainsFunc(facts, func(f aggregate.Fact) bool { return f.Year == 0 })
		t.Note = workbookNote(root, len(shown), len(facts), choiceOf(withOrg)+", ưu tiên số liệu được nhắc lại nhiều lần", "Nhiều năm", year, unknown)
	}
	return t
}

// index is the home page: the latest year's figures (the city's own, then
// the sums of units with their coverage), the trend, the rankings when
// coverage allows and links to every other page.
func (r *renderer) index(root string) (content, error) {
	s := r.s
	body := pageBody{}
	if r.latest == 0 {
		body.Lead = []string{"Chưa có số liệu nào được tổng hợp."}
	} else {
		body.Lead = []string{fmt.Sprintf("Số liệu hoạt động công đoàn %s tổng hợp từ %s bài báo, %s số liệu, %s.",
			Region(s), FormatNumber(float64(articlesInScope(s))), FormatNumber(float64(r.src.Len()-len(s.LeftOut))), yearSpan(r.years))}
	}
	body.Sections = append(body.Sections, section{ID: "tim-nhanh", Heading: "Tìm nhanh", Search: root + searchPath, Items: []item{
		{Link: num{Text: "Theo năm", Href: "#theo-nam"}},
		{Link: num{Text: "Theo lĩnh vực", Href: "#theo-linh-vuc"}},
		{Link: num{Text: "Theo đơn vị", Href: "#theo-don-vi"}},
	}})
	charts := false
	if r.latest != 0 {
		sec := section{ID: "tong-hop", Heading: fmt.Sprintf("Năm %d", r.latest), Cards: r.headline(root)}
		if len(sec.Cards) == 0 {
			sec.Paras = []string{"Chưa có số liệu của " + OwnBody(r.s) + " hay của các đơn vị cho năm này."}
		} else {
			sec.Paras = []string{"Số chính là số " + ownReported(r.s) + "; tổng của các đơn vị có số liệu luôn ghi số đơn vị được cộng và không bao giờ cộng với số của " + OwnBody(r.s) + "."}
		}
		sec.Items = []item{{Link: yearLink(root, r.latest), Note: "báo cáo đầy đủ theo đơn vị, kế hoạch và so sánh với năm trước"}}
		body.Sections = append(body.Sections, sec)

		if m, ok := bestMeasure(s.CityReported); ok {
			cells := filterCells(s.CityReported, func(c *aggregate.Cell) bool { return c.Category == m.Category && c.Unit == m.Unit })
			ch, err := r.trendChart("index.html", "xu-huong", ownReported(r.s)+", "+m.label(), m, cells)
			if err != nil {
				return content{}, err
			}
			body.Sections = append(body.Sections, section{ID: "xu-huong", Heading: "Xu hướng qua các năm", Chart: ch})
			charts = true
		}
		if year, rk := r.rankings(root); len(rk) > 0 {
			body.Sections = append(body.Sections, section{ID: "xep-hang", Heading: fmt.Sprintf("Xếp hạng đơn vị năm %d", year), Tables: rk})
		}
	}
	body.Sections = append(body.Sections, r.browse(root)...)
	return content{Title: "Thống kê hoạt động công đoàn " + Region(s), Body: body, Charts: charts}, nil
}

// headline groups the latest year's figures by category: what the city
// federation reported itself, then the sums of units with their coverage
// (the two are never added, see aggregate's rules).
func (r *renderer) headline(root string) []card {
	own := filterCells(r.s.CityReported, func(c *aggregate.Cell) bool { return c.Year == r.latest })
	var sums []aggregate.UnitSum
	for _, u := range r.s.UnitSums {
		if u.Year == r.latest {
			sums = append(sums, u)
		}
	}
	all := slices.Clone(own)
	for _, u := range sums {
		all = append(all, u.Cell)
	}
	var cards []card
	for _, m := range measuresOf(all) {
		if len(cards) == 0 || cards[len(cards)-1].Head.Text != vocab.CategoryName(m.Category) {
			cards = append(cards, card{Head: categoryLink(root, m.Category)})
		}
		cd := &cards[len(cards)-1]
		for i := range own {
			if c := &own[i]; c.Category == m.Category && c.Unit == m.Unit {
				cd.Items = append(cd.Items, cardItem{Value: r.cell(root, c), Label: m.label() + " (" + ownReported(r.s) + ")"})
			}
		}
		for i := range sums {
			if u := &sums[i]; u.Category == m.Category && u.Unit == m.Unit {
				cd.Items = append(cd.Items, cardItem{Value: r.cell(root, &u.Cell), Label: m.label() + " (" + cardCoverage(u) + ")"})
			}
		}
	}
	return cards
}

// maxRankings and maxRanked bound the ranking tables of the home page.
const (
	maxRankings = 3
	maxRanked   = 10
)

// rankings ranks the units of a map (never the city itself, a cluster or a
// sectoral union) in the latest year with a sum whose coverage is
// meaningful, on those measures, by their whole-year figures; each table
// says how many units it ranks out of how many.
func (r *renderer) rankings(root string) (int, []table) {
	year := 0
	for _, u := range r.s.UnitSums {
		if u.Coverage.Meaningful() {
			year = max(year, u.Year)
		}
	}
	var sums []aggregate.UnitSum
	for _, u := range r.s.UnitSums {
		if u.Year == year && u.Coverage.Meaningful() && u.Unit != "percent" {
			sums = append(sums, u)
		}
	}
	slices.SortStableFunc(sums, func(a, b aggregate.UnitSum) int { return cmp.Compare(b.Coverage.Reported, a.Coverage.Reported) })
	var tables []table
	for _, u := range sums[:min(len(sums), maxRankings)] {
		ranked := filterCells(r.s.Yearly, func(c *aggregate.Cell) bool {
			return c.Year == year && c.Category == u.Category && c.Unit == u.Unit && c.Span.Whole() && !c.Conflict && slices.Contains(u.Units, c.Org)
		})
		slices.SortStableFunc(ranked, func(a, b aggregate.Cell) int {
			return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Org, b.Org))
		})
		m := measure{u.Category, u.Unit}
		t := table{
			Caption: fmt.Sprintf("%s: xếp hạng %d/%d %s có số liệu cả năm", m.label(), len(ranked), u.Coverage.Total, u.Coverage.Label),
			Head:    []string{"Hạng", "Đơn vị", columnName(m.Unit)},
		}
		for i := range ranked[:min(len(ranked), maxRanked)] {
			c := &ranked[i]
			t.Rows = append(t.Rows, row{Head: text(strconv.Itoa(i + 1)), Cells: []num{r.orgLink(root, c.Org), r.cell(root, c)}})
		}
		tables = append(tables, t)
	}
	return year, tables
}

// browse lists the year, category and organisation pages.
func (r *renderer) browse(root string) []section {
	s := r.s
	years := section{ID: "theo-nam", Heading: "Theo năm"}
	for _, y := range slices.Backward(r.years) {
		years.Items = append(years.Items, item{Link: yearLink(root, y)})
	}
	cats := section{ID: "theo-linh-vuc", Heading: "Theo lĩnh vực"}
	for _, c := range s.Categories {
		cats.Items = append(cats.Items, item{Link: categoryLink(root, c)})
	}
	var eras []section // organisations grouped by map, then the others
	for i, e := range s.Map.Eras {
		eras = append(eras, section{ID: fmt.Sprintf("ban-do-%d", i+1), Heading: "Đơn vị " + e.Period + " (" + e.Label + ")"})
	}
	others := section{ID: "theo-don-vi", Heading: "Thành phố, công đoàn ngành, cụm thi đua và đơn vị khác"}
	for _, o := range s.Orgs {
		it := item{Link: r.orgLink(root, o.Name), Note: o.Type}
		if i := slices.IndexFunc(s.Map.Eras, func(e aggregate.Era) bool { return e.Period == o.Map }); o.Map != "" && i >= 0 {
			eras[i].Items = append(eras[i].Items, it)
		} else {
			others.Items = append(others.Items, it)
		}
	}
	var out []section
	for _, sec := range slices.Concat([]section{years, cats}, eras, []section{others}) {
		if len(sec.Items) > 0 {
			out = append(out, sec)
		}
	}
	return out
}

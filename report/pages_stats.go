package report

import (
	"fmt"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/vocab"
)

// org is the page of one organisation: its yearly figures, chart, targets,
// stocks, multi-year figures and changes.
func (r *renderer) org(root string, o aggregate.Org) (content, error) {
	s := r.s
	body := pageBody{}
	if o.Type != "" {
		body.Lead = []string{"Loại đơn vị: " + o.Type + "."}
	}
	if o.Map != "" {
		body.Lead = append(body.Lead, "Đơn vị hành chính "+o.Map+".")
	}
	var links []item
	for _, p := range o.Predecessors {
		links = append(links, item{Link: r.orgLink(root, p), Note: "đơn vị trước sắp xếp (một phần hay toàn bộ địa bàn)"})
	}
	for _, n := range o.Successors {
		links = append(links, item{Link: r.orgLink(root, n), Note: "đơn vị sau sắp xếp nhận địa bàn"})
	}
	body.Sections = append(body.Sections, workbookLink(root, "bao-cao-tong-hop.xlsx", "bảng số liệu của mọi năm, có các dòng của đơn vị này (lọc theo cột Đơn vị)"))
	idx, ok := r.orgIndex()[o.Name]
	if !ok {
		idx = &orgItems{}
	}
	yearly := pick(s.Yearly, idx.yearly)
	if len(yearly) > 0 {
		body.Lead = append(body.Lead, "Có số liệu kết quả "+yearSpan(yearsOf(yearly))+".")
	}
	charts := false
	if len(yearly) > 0 {
		sec := section{ID: "theo-nam", Heading: "Kết quả theo năm", Tables: []table{r.measureTable(root, "", yearly)}}
		if m, ok := bestMeasure(yearly); ok {
			cells := filterCells(yearly, func(c *aggregate.Cell) bool { return c.Category == m.Category && c.Unit == m.Unit })
			ch, err := r.trendChart("to-chuc/"+o.Slug+".html", "xu-huong", o.Name+", "+m.label(), m, cells)
			if err != nil {
				return content{}, err
			}
			sec.Chart = ch
			charts = true
		}
		body.Sections = append(body.Sections, sec)
	} else {
		body.Sections = append(body.Sections, section{ID: "theo-nam", Heading: "Kết quả theo năm", Paras: []string{"Chưa có số liệu kết quả trong năm của đơn vị này."}})
	}
	if targets := pickRefs(s.Targets, idx.targets); len(targets) > 0 {
		body.Sections = append(body.Sections, section{ID: "ke-hoach", Heading: "Chỉ tiêu, kế hoạch và kết quả", Tables: []table{r.targetTable(root, targets, false, 0)}})
	}
	if snaps := pick(s.Snapshots, idx.snapshots); len(snaps) > 0 {
		body.Sections = append(body.Sections, section{ID: "hien-co", Heading: "Số hiện có (theo số liệu mới nhất)", Tables: []table{r.measureTable(root, "", snaps)}})
	}
	if multi := pick(s.MultiYear, idx.multiYear); len(multi) > 0 {
		body.Sections = append(body.Sections, section{ID: "nhieu-nam", Heading: "Số liệu nhiều năm", Paras: []string{"Các số liệu cộng dồn nhiều năm, không cộng vào từng năm."}, Tables: []table{r.factTable(root, multi, false, 0)}})
	}
	if changes := pick(s.Changes, idx.changes); len(changes) > 0 {
		body.Sections = append(body.Sections, section{ID: "thay-doi", Heading: "So với năm trước", Tables: []table{r.changeTable(root, changes, false)}})
	}
	if conflicts := pick(s.Conflicts, idx.conflicts); len(conflicts) > 0 {
		body.Sections = append(body.Sections, r.conflictSection(root, conflicts, true, 0))
	}
	if len(links) > 0 {
		body.Sections = append(body.Sections, section{ID: "sap-xep", Heading: "Sắp xếp đơn vị hành chính năm 2025", Items: links})
	}
	return content{Title: o.Name, Body: body, Charts: charts}, nil
}

// orgItems are the positions in the Summary's lists of what one
// organisation's page shows, in the lists' order.
type orgItems struct {
	yearly, targets, snapshots, multiYear, changes, conflicts []int32
}

// indexOrgs lists, per organisation, the positions of its items in the
// Summary's lists: one pass over each list instead of one per
// organisation's page.
func indexOrgs(s *aggregate.Summary) map[string]*orgItems {
	idx := make(map[string]*orgItems, len(s.Orgs))
	add := func(org string, list func(*orgItems) *[]int32, i int) {
		it := idx[org]
		if it == nil {
			it = &orgItems{}
			idx[org] = it
		}
		l := list(it)
		*l = append(*l, int32(i))
	}
	for i := range s.Yearly {
		add(s.Yearly[i].Org, func(it *orgItems) *[]int32 { return &it.yearly }, i)
	}
	for i := range s.Targets {
		add(s.Targets[i].Org, func(it *orgItems) *[]int32 { return &it.targets }, i)
	}
	for i := range s.Snapshots {
		add(s.Snapshots[i].Org, func(it *orgItems) *[]int32 { return &it.snapshots }, i)
	}
	for i := range s.MultiYear {
		add(s.MultiYear[i].Org, func(it *orgItems) *[]int32 { return &it.multiYear }, i)
	}
	for i := range s.Changes {
		add(s.Changes[i].Org, func(it *orgItems) *[]int32 { return &it.changes }, i)
	}
	for i := range s.Conflicts {
		add(s.Conflicts[i].Org, func(it *orgItems) *[]int32 { return &it.conflicts }, i)
	}
	return idx
}

// pick copies the items of all at the positions idx, or returns nil for
// none.
func pick[T any](all []T, idx []int32) []T {
	if len(idx) == 0 {
		return nil
	}
	out := make([]T, len(idx))
	for i, k := range idx {
		out[i] = all[k]
	}
	return out
}

// pickRefs gives pointers to the items of all at the positions idx, or
// nil for none (see targetTable).
func pickRefs[T any](all []T, idx []int32) []*T {
	if len(idx) == 0 {
		return nil
	}
	out := make([]*T, len(idx))
	for i, k := range idx {
		out[i] = &all[k]
	}
	return out
}

// year is the report of one year: the city's own figures, the sums of
// units with their coverage, organisations × measures, targets, changes
// against the year before and conflicts.
func (r *renderer) year(root string, y int) (content, error) {
	s := r.s
	body := pageBody{Lead: []string{fmt.Sprintf("Kết quả hoạt động công đoàn %s năm %d theo các bài báo.", Region(s), y)}}
	body.Sections = append(body.Sections, workbookLink(root, fmt.Sprintf("bao-cao-%d.xlsx", y), fmt.Sprintf("báo cáo năm %d để in hoặc đưa vào báo cáo của đơn vị", y)))
	if own := filterCells(s.CityReported, func(c *aggregate.Cell) bool { return c.Year == y }); len(own) > 0 {
		body.Sections = append(body.Sections, section{ID: "thanh-pho", Heading: ownReported(r.s), Tables: []table{r.measureTable(root, "", own)}})
	}
	var sums []aggregate.UnitSum
	for _, u := range s.UnitSums {
		if u.Year == y {
			sums = append(sums, u)
		}
	}
	if len(sums) > 0 {
		body.Sections = append(body.Sections, section{ID: "cong-don-vi", Heading: sumHeading, Tables: []table{r.sumTable(root, sums, false)}})
	}
	if yearly := filterCells(s.Yearly, func(c *aggregate.Cell) bool { return c.Year == y }); len(yearly) > 0 {
		body.Sections = append(body.Sections, section{ID: "theo-don-vi", Heading: "Theo đơn vị", Tables: []table{r.orgMeasureTable(root, yearly)}})
	}
	// The year's targets beside their results (or set this year); then
	// the targets this year's articles set for later years.
	var targets, later []*aggregate.Target
	for i := range s.Targets {
		switch t, set := &s.Targets[i], r.targetSet[i]; {
		case t.Year == y && (t.Achieved != nil || set == y):
			targets = append(targets, t)
		case t.Year > y && set == y:
			later = append(later, t)
		}
	}
	if len(targets) > 0 {
		body.Sections = append(body.Sections, section{ID: "ke-hoach", Heading: fmt.Sprintf("Chỉ tiêu, kế hoạch năm %d và kết quả", y), Tables: []table{r.targetTable(root, targets, true, y)}})
	}
	if len(later) > 0 {
		body.Sections = append(body.Sections, section{ID: "chi-tieu-sau", Heading: "Chỉ tiêu, kế hoạch cho các năm sau",
			Paras:  []string{fmt.Sprintf("Các chỉ tiêu, kế hoạch mà bài báo năm %d đặt ra cho những năm sau; kết quả (nếu có) ở trang của năm đó.", y)},
			Tables: []table{r.targetTable(root, later, true, 0)}})
	}
	var changes []aggregate.Change
	for _, c := range s.Changes {
		if c.Year == y {
			changes = append(changes, c)
		}
	}
	if len(changes) > 0 {
		body.Sections = append(body.Sections, section{ID: "thay-doi", Heading: fmt.Sprintf("So với năm %d", y-1), Tables: []table{r.changeTable(root, changes, true)}})
	}
	var conflicts []aggregate.Conflict
	for _, c := range s.Conflicts {
		if c.Year == y {
			conflicts = append(conflicts, c)
		}
	}
	if len(conflicts) > 0 {
		body.Sections = append(body.Sections, r.conflictSection(root, conflicts, false, y))
	}
	return content{Title: fmt.Sprintf("Năm %d", y), Body: body}, nil
}

// orgMeasureTable lays one year's cells out with one row per organisation
// and one column per measure, grouped under category headings.
func (r *renderer) orgMeasureTable(root string, cells []aggregate.Cell) table {
	ms := measuresOf(cells)
	t := table{Groups: []group{{Text: "", Span: 1}}, Head: []string{"Đơn vị"}}
	col := make(map[measure]int, len(ms))
	for i, m := range ms {
		col[m] = i
		if g := &t.Groups[len(t.Groups)-1]; len(t.Groups) > 1 && g.Text == vocab.CategoryName(m.Category) {
			g.Span++
		} else {
			t.Groups = append(t.Groups, group{Text: vocab.CategoryName(m.Category), Span: 1})
		}
		t.Head = append(t.Head, m.label())
	}
	t.Rows = append(t.Rows, r.orgRows(root, cells, len(ms), func(c *aggregate.Cell) int { return col[measure{c.Category, c.Unit}] })...)
	return t
}

// category is the page of one category: per unit, organisations × years with
// the city total first, and a chart of the city trend.
func (r *renderer) category(root, cat string) (content, error) {
	s := r.s
	inCat := func(c *aggregate.Cell) bool { return c.Category == cat }
	yearly := filterCells(s.Yearly, inCat)
	var sums []aggregate.UnitSum
	for _, u := range s.UnitSums {
		if u.Category == cat {
			sums = append(sums, u)
		}
	}
	body := pageBody{}
	if d := vocab.CategoryDetail(cat); d != "" {
		body.Lead = []string{"Gồm: " + d + "."}
	}
	charts := false
	own := filterCells(s.CityReported, inCat)
	if m, ok := bestMeasure(own); ok {
		cells := filterCells(own, func(c *aggregate.Cell) bool { return c.Unit == m.Unit })
		ch, err := r.trendChart("linh-vuc/"+cat+".html", "xu-huong", ownReported(r.s)+", "+m.label(), m, cells)
		if err != nil {
			return content{}, err
		}
		body.Sections = append(body.Sections, section{ID: "xu-huong", Heading: "Xu hướng theo số liệu " + ownReported(r.s), Chart: ch})
		charts = true
	}
	for _, m := range measuresOf(yearly) {
		sameUnit := func(c *aggregate.Cell) bool { return c.Unit == m.Unit }
		var unitSums []aggregate.UnitSum
		for _, u := range sums {
			if u.Unit == m.Unit {
				unitSums = append(unitSums, u)
			}
		}
		body.Sections = append(body.Sections, section{
			ID:      "don-vi-" + m.Unit,
			Heading: m.label(),
			Tables:  []table{r.orgYearTable(root, "", filterCells(yearly, sameUnit), unitSums)},
		})
	}
	var targets []*aggregate.Target
	for i := range s.Targets {
		if t := &s.Targets[i]; t.Category == cat {
			targets = append(targets, t)
		}
	}
	if len(targets) > 0 {
		body.Sections = append(body.Sections, section{ID: "ke-hoach", Heading: "Kế hoạch và kết quả", Tables: []table{r.targetTable(root, targets, true, 0)}})
	}
	if len(body.Sections) == 0 {
		body.Sections = []section{{Paras: []string{"Chưa có số liệu kết quả trong lĩnh vực này."}}}
	}
	return content{Title: vocab.CategoryName(cat), Body: body, Charts: charts}, nil
}

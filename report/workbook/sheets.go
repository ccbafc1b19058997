package workbook

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Labels of the rows that are not an organisation, and the note under the
// tables with sums of units.
const (
	rowCoverage = "Số đơn vị có số liệu"
	noOrg       = "(chưa xác định đơn vị)"
	headingSum  = "Kết quả thực hiện trong năm"
	sumNote     = "Ghi chú: “Cộng các … có số liệu” là tổng của các quận, huyện, thị xã (đến 30/6/2025) hoặc các phường, xã (từ 1/7/2025) có bài báo nêu số liệu, không phải tổng toàn thành phố; " +
		"không cộng số liệu LĐLĐ Thành phố tự báo cáo (dòng Hà Nội), các cụm thi đua và công đoàn ngành. Số liệu một phần năm được ghi rõ kỳ trong bảng theo đơn vị trên trang web."
)

func orgLabel(name string) string {
	if name == "" {
		return noOrg
	}
	return name
}

// yearCell leaves an unknown year (0) empty.
func yearCell(y int) any {
	if y == 0 {
		return nil
	}
	return y
}

// writeSummary writes "Tổng hợp": per year, one row per organisation, the
// column sums and the city-wide total; one column per category × unit.
func (b *book) writeSummary() error {
	g := b.grid
	cols := []column{{"Năm", 8}, {"Đơn vị", 28}, {"Loại đơn vị", 14}}
	heads := make([]string, len(g.measures))
	for i, m := range g.measures {
		heads[i] = label(categorySheets, m.cat) + ": " + unitName(m.unit)
		cols = append(cols, column{heads[i], 20})
	}
	cols = append(cols, column{"Ghi chú", 50})
	sh, err := b.addSheet(sheetSummary, headingSum, cols, 3)
	if err != nil {
		return err
	}
	// row writes one line of figures; get returns a column's figure.
	row := func(head []any, bold bool, get func(m measure) (total, bool)) error {
		return b.addFigures(sh, head, bold, len(g.measures),
			func(i int) (total, bool) { return get(g.measures[i]) },
			func(i int) string { return g.measures[i].unit },
			func(i int) string { return heads[i] })
	}
	for _, y := range g.years {
		for _, o := range g.orgs {
			if err := row([]any{yearCell(y), orgLabel(o.name), o.typ}, false, func(m measure) (total, bool) {
				t, ok := g.cells[cellKey{o.name, y, m}]
				return t, ok
			}); err != nil {
				return err
			}
		}
		for _, e := range g.eras[y] {
			label, covs := "", make([]any, len(g.measures))
			for i, m := range g.measures {
				if u, ok := g.sum(y, e, m); ok {
					label, covs[i] = u.label, u.coverage
				}
			}
			if err := row([]any{yearCell(y), b.st.bold(label), nil}, true, func(m measure) (total, bool) {
				u, ok := g.sum(y, e, m)
				return u.total, ok
			}); err != nil {
				return err
			}
			if err := sh.add(append([]any{yearCell(y), rowCoverage, nil}, covs...)...); err != nil {
				return err
			}
		}
	}
	if len(g.sums) > 0 {
		if err := sh.add(sumNote); err != nil {
			return err
		}
	}
	return sh.close()
}

// addFigures writes to sh one line of figures after head, one per column
// i < n: get gives its figure (none if not ok), unit its unit, label its
// name for a note naming the columns that hold approximate or derived
// numbers. A line without any figure is left out.
func (b *book) addFigures(sh *sheet, head []any, bold bool, n int, get func(i int) (total, bool), unit, label func(i int) string) error {
	var approx, derived []string
	found := false
	for i := range n {
		t, ok := get(i)
		if !ok {
			head = append(head, nil)
			continue
		}
		found = true
		head = append(head, b.st.num(t.value, unit(i), bold))
		if t.approx {
			approx = append(approx, label(i))
		}
		if t.derived {
			derived = append(derived, label(i))
		}
	}
	if !found {
		return nil
	}
	return sh.add(append(head, note(approx, derived))...)
}

// note tells which figures of a row are approximate or derived.
func note(approx, derived []string) string {
	var notes []string
	if len(approx) > 0 {
		notes = append(notes, "có số gần đúng (hơn, khoảng…): "+strings.Join(approx, ", "))
	}
	if len(derived) > 0 {
		notes = append(notes, "có số tính ra từ định mức: "+strings.Join(derived, ", "))
	}
	return strings.Join(notes, "; ")
}

// writeCategories writes one sheet per category with figures: one row per
// organisation and unit, one column per year, then per unit the column sums
// and the city-wide total.
func (b *book) writeCategories() error {
	g := b.grid
	var cats []string
	for _, m := range g.measures {
		if len(cats) == 0 || cats[len(cats)-1] != m.cat {
			cats = append(cats, m.cat)
		}
	}
	// Excel compares sheet names without case.
	used := map[string]bool{}
	for _, name := range []string{sheetSummary, sheetTargets, sheetMulti, sheetRecords, sheetSources, sheetChecks} {
		used[strings.ToLower(name)] = true
	}
	for _, cat := range cats {
		name := sheetName(cat)
		if used[strings.ToLower(name)] {
			return fmt.Errorf("category %q: sheet name %q already used", cat, name)
		}
		used[strings.ToLower(name)] = true
		if err := b.writeCategory(cat, name); err != nil {
			return err
		}
	}
	return nil
}

func (b *book) writeCategory(cat, name string) error {
	g := b.grid
	cols := []column{{"Đơn vị", 28}, {"Loại đơn vị", 14}, {"Đơn vị tính", 20}}
	for _, y := range g.years {
		head := "Năm " + strconv.Itoa(y)
		if y == 0 {
			head = "Năm chưa rõ"
		}
		cols = append(cols, column{head, 16})
	}
	cols = append(cols, column{"Ghi chú", 50})
	sh, err := b.addSheet(name, categoryName(cat), cols, 3)
	if err != nil {
		return err
	}
	// row writes one line of figures; get returns the figure of a year.
	row := func(head []any, unit string, bold bool, get func(y int) (total, bool)) error {
		return b.addFigures(sh, head, bold, len(g.years),
			func(i int) (total, bool) { return get(g.years[i]) },
			func(int) string { return unit },
			func(i int) string { return strconv.Itoa(g.years[i]) })
	}
	for _, m := range g.measures {
		if m.cat != cat {
			continue
		}
		u := unitName(m.unit)
		for _, o := range g.orgs {
			err := row([]any{orgLabel(o.name), o.typ, u}, m.unit, false, func(y int) (total, bool) {
				t, ok := g.cells[cellKey{o.name, y, m}]
				return t, ok
			})
			if err != nil {
				return err
			}
		}
		for _, e := range g.allEras() {
			label, covs, found := "", make([]any, len(g.years)), false
			for i, y := range g.years {
				if s, ok := g.sum(y, e, m); ok {
					label, covs[i], found = s.base, s.coverage, true
				}
			}
			if !found {
				continue
			}
			err := row([]any{b.st.bold(label), nil, u}, m.unit, true, func(y int) (total, bool) {
				s, ok := g.sum(y, e, m)
				return s.total, ok
			})
			if err != nil {
				return err
			}
			if err := sh.add(append([]any{rowCoverage, nil, u}, covs...)...); err != nil {
				return err
			}
		}
	}
	if len(g.sums) > 0 {
		if err := sh.add(sumNote); err != nil {
			return err
		}
	}
	return sh.close()
}

// sheetName is the sheet of a category: a fixed short name, or for an
// unknown code the code cleaned of the characters Excel forbids.
func sheetName(cat string) string {
	if name, ok := categorySheets[cat]; ok {
		return name
	}
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]'`, r) {
			return '_'
		}
		return r
	}, cat)
	for utf8.RuneCountInString(name) > 31 {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	return cmp.Or(name, "_")
}

// writeTargets writes "Chỉ tiêu": planned figures against results.
func (b *book) writeTargets() error {
	sh, err := b.addSheet(sheetTargets, b.sc.detailHeading("Chỉ tiêu và kết quả thực hiện"), []column{
		{"Đơn vị", 24}, {"Năm", 8}, {"Lĩnh vực", 30}, {"Đơn vị tính", 16},
		{"Kế hoạch", 16}, {"Thực hiện", 16}, {"Tỷ lệ hoàn thành (%)", 14},
		{"Tỷ lệ nêu trong bài (%)", 14}, {"Dẫn chứng", 80}, {"Bài báo", 40},
	}, 1)
	if err != nil {
		return err
	}
	for _, i := range b.owned(b.sc).targets {
		t := &b.s.Targets[i]
		ev, docs := b.evidence(b.factRecords(t.Facts)...)
		if err := sh.add(orgLabel(t.Org), yearCell(t.Year), categoryName(t.Category), unitName(t.Unit),
			b.st.num(t.Planned, t.Unit, false), b.st.optNum(t.Achieved, t.Unit),
			b.st.optNum(t.Completion, "percent"), b.st.optNum(t.Stated, "percent"),
			ev, docs); err != nil {
			return err
		}
	}
	return sh.close()
}

// writeMultiYear writes "Nhiều năm": figures over several years, shown
// under their last year and never added into it.
func (b *book) writeMultiYear() error {
	sh, err := b.addSheet(sheetMulti, b.sc.detailHeading("Số liệu nhiều năm (giai đoạn, nhiệm kỳ)"), []column{
		{"Đơn vị", 24}, {"Loại đơn vị", 14}, {"Năm cuối kỳ", 10}, {"Lĩnh vực", 30},
		{"Đơn vị tính", 16}, {"Giá trị", 18}, {"Mức độ", 12}, {"Trạng thái", 16},
		{"Dẫn chứng", 80}, {"Bài báo", 40},
	}, 1)
	if err != nil {
		return err
	}
	for _, i := range b.owned(b.sc).multiYear {
		f := &b.s.MultiYear[i]
		ev, docs := b.evidence(f.Records)
		if err := sh.add(orgLabel(f.Org), f.OrgType, yearCell(f.Year), categoryName(f.Category),
			unitName(f.Unit), b.st.num(f.Value, f.Unit, false), qualifierName(f.Qualifier),
			statusName(f.Status), ev, docs); err != nil {
			return err
		}
	}
	return sh.close()
}

// writeRecords writes "Số liệu gốc": the book's records (see details). A
// corpus with more records than a sheet holds (about a million) continues
// on "Số liệu gốc (2)", "Số liệu gốc (3)"…, each with its own header.
func (b *book) writeRecords() error {
	cols := []column{
		{"Bài báo", 30}, {"Đơn vị", 20}, {"Loại đơn vị", 12}, {"Năm", 8}, {"Lĩnh vực", 26},
		{"Đơn vị tính", 14}, {"Giá trị", 18}, {"Mẫu số", 12}, {"Mức độ", 10},
		{"Trạng thái", 14}, {"Kỳ số liệu", 12}, {"Cách tính", 14}, {"Cụm từ", 30},
		{"Dẫn chứng", 80}, {"Vị trí (byte)", 10}, {"Tiêu đề bài", 50}, {"Đường dẫn", 40},
	}
	part := 1
	open := func() (*sheet, error) {
		name, heading := sheetRecords, b.sc.detailHeading("Số liệu gốc trích từ các bài báo")
		if part > 1 {
			name = fmt.Sprintf("%s (%d)", sheetRecords, part)
			heading = fmt.Sprintf("%s (phần %d)", heading, part)
		}
		sh, err := b.addSheet(name, heading, cols, 1)
		if err == nil && b.rowLimit > 0 {
			sh.max = b.rowLimit
		}
		return sh, err
	}
	sh, err := open()
	if err != nil {
		return err
	}
	for _, i := range b.owned(b.sc).records {
		r := &b.s.Records[i]
		if sh.full() {
			if err := sh.close(); err != nil {
				return err
			}
			part++
			if sh, err = open(); err != nil {
				return err
			}
		}
		var title, url string
		if a := b.articles[r.Doc]; a != nil {
			title, url = a.Title, a.URL
		}
		if err := sh.add(r.Doc, orgLabel(r.Org), r.OrgType, yearCell(r.Year), categoryName(r.Category),
			unitName(r.Unit), b.st.num(r.Value, r.Unit, false), b.st.optNum(r.Denominator, r.Unit),
			qualifierName(r.Qualifier), statusName(r.Status),
			periodName(r.Period), label(basisNames, r.Basis), r.Text, r.Evidence,
			r.Offset, title, url); err != nil {
			return err
		}
	}
	return sh.close()
}

// writeSources writes "Nguồn": the articles that gave the book's records,
// with how many each gave.
func (b *book) writeSources() error {
	sh, err := b.addSheet(sheetSources, b.sc.detailHeading("Nguồn bài báo"), []column{
		{"Bài báo", 30}, {"Tiêu đề", 60}, {"Chuyên mục", 30}, {"Đường dẫn", 50},
		{"Năm", 8}, {"Số số liệu", 12},
	}, 1)
	if err != nil {
		return err
	}
	counts := map[string]int{}
	for _, i := range b.owned(b.sc).records {
		counts[b.s.Records[i].Doc]++
	}
	for _, a := range b.s.Articles {
		n := counts[a.Doc]
		if n == 0 {
			continue
		}
		if err := sh.add(a.Doc, a.Title, a.Kicker, a.URL, yearCell(a.Year),
			b.st.num(float64(n), "", false)); err != nil {
			return err
		}
	}
	return sh.close()
}

// writeChecks writes "Kiểm tra": the book's consistency problems,
// with the sentences involved: a check whose records are all of one known
// year is that year's, any other the all-years book's.
func (b *book) writeChecks() error {
	sh, err := b.addSheet(sheetChecks, b.sc.detailHeading("Kiểm tra số liệu"), []column{
		{"Loại kiểm tra", 30}, {"Nội dung", 60}, {"Dẫn chứng", 80}, {"Bài báo", 40},
	}, 1)
	if err != nil {
		return err
	}
	for _, i := range b.owned(b.sc).checks {
		c := &b.s.Checks[i]
		ev, docs := b.evidence(c.Records)
		if err := sh.add(checkName(c.Kind), c.Message, ev, docs); err != nil {
			return err
		}
	}
	return sh.close()
}

package workbook

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/vocab"
)

// Labels of the rows that are not an organisation, and the note under the
// tables with sums of units.
const (
	rowCoverage = "Số đơn vị có số liệu"
	noOrg       = "(chưa xác định đơn vị)"
	headingSum  = "Kết quả thực hiện trong năm"
)

func orgLabel(name string) string {
	if name == "" {
		return noOrg
	}
	return name
}

// yearCell leaves an unknown year (0) empty.
func yearCell(y int) cell {
	if y == 0 {
		return cell{}
	}
	return cell{kind: cellInt, n: y}
}

// Columns of "Tổng hợp" after the measure: the sum of the figures of the
// units of the map in force that report one, how many they are, and what
// the city federation reported itself (never added to the sum).
const (
	colSum      = "Cộng các đơn vị có số liệu"
	colCoverage = rowCoverage
)

// writeSummary writes "Tổng hợp": per year, one row per measure (category ×
// unit, in contract order) and map with the sum of the figures of the
// map's units that report one, their coverage, and the city's own figure
// (on the first row of the measure). The organisations' own rows are on the
// category sheets; this one stays narrow enough to print.
func (b *book) writeSummary() error {
	g := b.grid
	colOwn := report.OwnBody(b.s) + " báo cáo"
	sh, err := b.addSheet(sheetSummary, headingSum, []column{
		{"Năm", 7}, {"Lĩnh vực", g.categoryWidth()}, {"Chỉ tiêu", g.measureWidth()}, {"Đơn vị tính", 11},
		{colSum, 14}, {colCoverage, 22}, {colOwn, 14}, {"Ghi chú", 32},
	}, 4)
	if err != nil {
		return err
	}
	sh.notes = append(b.tableNotes("ghi ở cột Đơn vị tính"), report.SumNote(b.s))
	if len(g.years) == 0 {
		sh.notes = append([]string{"Chưa có số liệu kết quả trong năm nào."}, sh.notes...)
	}
	for _, y := range g.years {
		for _, m := range g.measures {
			own, hasOwn := g.own[cellKey{"", y, m}]
			eras := g.eras[y]
			if len(eras) == 0 {
				eras = []int{-1} // no sum: the city's own figure alone
			}
			for n, e := range eras {
				sum, hasSum := g.sum(y, e, m)
				if !hasSum && (n > 0 || !hasOwn) {
					continue
				}
				row := []any{yearCell(y), vocab.CategoryShort(m.cat), b.st.wrap(vocab.Measure(m.cat, m.unit)), unitOfMeasure(m.unit)}
				var approx, derived []string
				flag := func(t total, col string) {
					if t.approx {
						approx = append(approx, col)
					}
					if t.derived {
						derived = append(derived, col)
					}
				}
				if hasSum {
					row = append(row, b.st.num(tableValue(sum.value, m.unit), m.unit, false), b.st.wrap(sumCoverage(sum)))
					flag(sum.total, colSum)
				} else {
					row = append(row, nil, nil)
				}
				if hasOwn && n == 0 {
					row = append(row, b.st.num(tableValue(own.value, m.unit), m.unit, false))
					flag(own, colOwn)
				} else {
					row = append(row, nil)
				}
				if err := sh.add(append(row, b.st.wrap(note(approx, derived)))...); err != nil {
					return err
				}
			}
		}
	}
	return sh.close()
}

// sumCoverage words a sum's coverage in the "Số đơn vị có số liệu" column:
// "4/30 quận, huyện, thị xã", with the map's period when two maps share the
// year.
func sumCoverage(u unitSum) string {
	if u.label != u.base {
		return u.coverage + " (" + strings.TrimSuffix(strings.TrimPrefix(u.label, u.base+" ("), ")") + ")"
	}
	return u.coverage
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
		head = append(head, b.st.num(tableValue(t.value, unit(i)), unit(i), bold))
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
	return sh.add(append(head, b.st.wrap(note(approx, derived)))...)
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
// organisation and unit, one column per year, then per unit and map the
// sum of the map's units that report a figure and a row with its coverage.
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
	cols := []column{{"Đơn vị", g.orgWidth()}, {"Loại đơn vị", 12}, {"Chỉ tiêu", g.measureWidth()}, {"Đơn vị tính", 11}}
	for _, y := range g.years {
		head := "Năm " + strconv.Itoa(y)
		if y == 0 {
			head = "Năm chưa rõ"
		}
		cols = append(cols, column{head, 13})
	}
	cols = append(cols, column{"Ghi chú", 36})
	sh, err := b.addSheet(name, vocab.CategoryName(cat), cols, 4)
	if err != nil {
		return err
	}
	sh.notes = b.tableNotes("ghi ở cột Đơn vị tính")
	if len(g.sums) > 0 {
		sh.notes = append(sh.notes, report.SumNote(b.s))
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
		label, u := b.st.wrap(vocab.Measure(m.cat, m.unit)), unitOfMeasure(m.unit)
		for _, o := range g.orgs {
			err := row([]any{orgLabel(o.name), o.typ, label, u}, m.unit, false, func(y int) (total, bool) {
				t, ok := g.cells[cellKey{o.name, y, m}]
				return t, ok
			})
			if err != nil {
				return err
			}
		}
		for _, e := range g.allEras() {
			base, covs, found := "", make([]any, len(g.years)), false
			for i, y := range g.years {
				if s, ok := g.sum(y, e, m); ok {
					base, covs[i], found = s.base, sumCoverage(s), true
				}
			}
			if !found {
				continue
			}
			err := row([]any{b.st.bold(base), nil, label, u}, m.unit, true, func(y int) (total, bool) {
				s, ok := g.sum(y, e, m)
				return s.total, ok
			})
			if err != nil {
				return err
			}
			if err := sh.add(append([]any{rowCoverage, nil, label, u}, covs...)...); err != nil {
				return err
			}
		}
	}
	return sh.close()
}

// sheetName is the sheet of a category: a fixed short name, or for an
// unknown code the code cleaned of the characters Excel forbids.
func sheetName(cat string) string {
	if name := vocab.CategoryShort(cat); name != "" {
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

// measureHead is a Tổng hợp column's heading: the office phrase of the
// measure and, in parentheses, its unit of measure.
func measureHead(m measure) string {
	return vocab.Measure(m.cat, m.unit) + " (" + unitOfMeasure(m.unit) + ")"
}

// unitOfMeasure is the "Đơn vị tính" of a unit in the tables, where money
// is in triệu đồng.
func unitOfMeasure(unit string) string {
	if unit == "vnd" {
		return "triệu đồng"
	}
	return vocab.UnitName(unit)
}

// tableValue is a figure as the tables show it: money in triệu đồng (the
// records sheet keeps the exact đồng).
func tableValue(v float64, unit string) float64 {
	if unit == "vnd" {
		return roundSum(v / 1e6)
	}
	return v
}

// tableNotes are the lines under a table: its unit of measure (where
// stated, and money's) and its source.
func (b *book) tableNotes(where string) []string {
	return []string{
		"Đơn vị tính: " + where + "; tiền: triệu đồng.",
		b.source(),
	}
}

// source is the source line under a table.
func (b *book) source() string {
	return "Nguồn: số liệu trích từ các bài báo " + b.paper + " (danh sách ở trang tính “Nguồn” của báo cáo năm); tổng hợp ngày " + b.date + "."
}

// fitWidth is the width, in characters, of a column holding texts on one
// line each (Vietnamese letters with their marks are one character wide),
// within lo and hi.
func fitWidth(texts []string, lo, hi float64) float64 {
	w := lo
	for _, s := range texts {
		w = max(w, float64(utf8.RuneCountInString(s))+2)
	}
	return min(w, hi)
}

// orgWidth fits the organisations' names.
func (g *grid) orgWidth() float64 {
	names := []string{rowCoverage}
	for _, o := range g.orgs {
		names = append(names, orgLabel(o.name))
	}
	return fitWidth(names, 12, 30)
}

// categoryWidth fits the categories' short headings.
func (g *grid) categoryWidth() float64 {
	var names []string
	for _, m := range g.measures {
		names = append(names, vocab.CategoryShort(m.cat))
	}
	return fitWidth(names, 10, 26)
}

// measureWidth fits the measures' phrases on at most two lines.
func (g *grid) measureWidth() float64 {
	w := 20.0
	for _, m := range g.measures {
		w = max(w, textWidth(vocab.Measure(m.cat, m.unit), 20, 40))
	}
	return w
}

// textWidth is a column's width for its heading, in characters: wide
// enough for the heading on two or three lines, within lo and hi.
func textWidth(head string, lo, hi float64) float64 {
	n := float64(utf8.RuneCountInString(head))
	return min(max(n/2+2, lo), hi)
}

// writeTargets writes "Chỉ tiêu": planned figures against results. It is
// left out when the book has none.
func (b *book) writeTargets() error {
	targets := b.owned(b.sc).targets
	if len(targets) == 0 {
		return nil
	}
	sh, err := b.addSheet(sheetTargets, b.sc.detailHeading("Chỉ tiêu, kế hoạch và kết quả thực hiện"), []column{
		{"Đơn vị", 20}, {"Năm", 7}, {"Chỉ tiêu", 30}, {"Đơn vị tính", 11},
		{"Kế hoạch", 13}, {"Thực hiện", 13}, {"Tỷ lệ hoàn thành (%)", 12},
		{"Tỷ lệ nêu trong bài (%)", 12}, {"Dẫn chứng", 60}, {"Nguồn", 45},
	}, 1)
	if err != nil {
		return err
	}
	sh.notes = b.tableNotes("ghi ở cột Đơn vị tính")
	for _, i := range targets {
		t := &b.s.Targets[i]
		ev, sources := b.evidence(b.factRecords(t.AllFacts())...)
		var achieved *float64
		if t.Achieved != nil {
			v := tableValue(*t.Achieved, t.Unit)
			achieved = &v
		}
		if err := sh.add(orgLabel(t.Org), yearCell(t.Year), b.st.wrap(vocab.Measure(t.Category, t.Unit)), unitOfMeasure(t.Unit),
			b.st.num(tableValue(t.Planned, t.Unit), t.Unit, false), b.st.optNum(achieved, t.Unit),
			b.st.optNum(t.Completion, "percent"), b.st.optNum(t.Stated, "percent"),
			b.st.wrap(ev), b.st.wrap(sources)); err != nil {
			return err
		}
	}
	return sh.close()
}

// writeMultiYear writes "Nhiều năm": figures over several years, shown
// under their last year and never added into it. It is left out when the
// book has none.
func (b *book) writeMultiYear() error {
	facts := b.owned(b.sc).multiYear
	if len(facts) == 0 {
		return nil
	}
	sh, err := b.addSheet(sheetMulti, b.sc.detailHeading("Số liệu nhiều năm (giai đoạn, nhiệm kỳ)"), []column{
		{"Đơn vị", 20}, {"Loại đơn vị", 11}, {"Năm cuối kỳ", 8}, {"Chỉ tiêu", 30},
		{"Đơn vị tính", 11}, {"Giá trị", 13}, {"Mức độ", 10}, {"Trạng thái", 12},
		{"Dẫn chứng", 60}, {"Nguồn", 45},
	}, 1)
	if err != nil {
		return err
	}
	sh.notes = b.tableNotes("ghi ở cột Đơn vị tính")
	for _, i := range facts {
		f := &b.s.MultiYear[i]
		ev, sources := b.evidence(f.Records)
		if err := sh.add(orgLabel(f.Org), f.OrgType, yearCell(f.Year), b.st.wrap(vocab.Measure(f.Category, f.Unit)),
			unitOfMeasure(f.Unit), b.st.num(tableValue(f.Value, f.Unit), f.Unit, false), vocab.QualifierName(f.Qualifier),
			vocab.StatusName(f.Status), b.st.wrap(ev), b.st.wrap(sources)); err != nil {
			return err
		}
	}
	return sh.close()
}

// writeRecords writes "Số liệu gốc": the book's records (see details), with
// money in exact đồng. A corpus with more records than a sheet holds (about
// a million) continues on "Số liệu gốc (2)", "Số liệu gốc (3)"…, each with
// its own header. It is left out when the book has none.
func (b *book) writeRecords() error {
	records := b.owned(b.sc).records
	if len(records) == 0 {
		return nil
	}
	cols := []column{
		{"Đơn vị", 16}, {"Loại đơn vị", 10}, {"Năm", 7}, {"Chỉ tiêu", 26},
		{"Đơn vị tính", 10}, {"Giá trị", 15}, {"Mẫu số", 10}, {"Mức độ", 9},
		{"Trạng thái", 11}, {"Kỳ số liệu", 10}, {"Cách tính", 10}, {"Cụm từ", 22},
		{"Dẫn chứng", 55}, {"Nguồn", 40}, {"Tệp", 20}, {"Vị trí (byte)", 9},
		{"Mã số liệu", 24}, {"Hiệu đính", 30},
	}
	notes := []string{"Đơn vị tính: ghi ở cột Đơn vị tính; tiền: đồng (số chính xác như trong bài).", b.source()}
	part := 1
	open := func() (*sheet, error) {
		name, heading := sheetRecords, b.sc.detailHeading("Số liệu gốc trích từ các bài báo")
		if part > 1 {
			name = fmt.Sprintf("%s (%d)", sheetRecords, part)
			heading = fmt.Sprintf("%s (phần %d)", heading, part)
		}
		sh, err := b.addSheet(name, heading, cols, 1)
		if err != nil {
			return nil, err
		}
		sh.notes = notes
		sh.max -= len(notes) + 1 // room for the notes
		if b.rowLimit > 0 {
			sh.max = b.rowLimit
		}
		return sh, nil
	}
	sh, err := open()
	if err != nil {
		return err
	}
	// The records are read a chunk at a time, into the same buffer.
	const chunk = 256
	var whole []extract.Record
	for j := 0; j < len(records); j += chunk {
		rs, err := b.src.Records(records[j:min(j+chunk, len(records))], whole)
		if err != nil {
			return err
		}
		whole = rs
		if err := b.recordRows(rs, &sh, &part, open); err != nil {
			return err
		}
	}
	return sh.close()
}

// recordRows adds the rows of records rs, whole, to *sh, opening the
// book's next records sheet (*part) when it is full.
func (b *book) recordRows(rs []extract.Record, sh **sheet, part *int, open func() (*sheet, error)) error {
	var row [18]cell // a record's row: built without boxing its values
	for i := range rs {
		r := &rs[i]
		if (*sh).full() {
			if err := (*sh).close(); err != nil {
				return err
			}
			*part++
			var err error
			if *sh, err = open(); err != nil {
				return err
			}
		}
		row = [...]cell{text(orgLabel(r.Org)), text(r.OrgType), yearCell(r.Year), b.st.wrap(vocab.Measure(r.Category, r.Unit)),
			text(vocab.UnitName(r.Unit)), b.st.num(r.Value, r.Unit, false), b.st.optNum(r.Denominator, r.Unit),
			text(vocab.QualifierName(r.Qualifier)), text(vocab.StatusName(r.Status)),
			text(vocab.PeriodName(r.Period)), text(vocab.BasisName(r.Basis)), text(r.Text), b.st.wrap(r.Evidence),
			b.st.wrap(b.cite(r.Doc)), text(r.Doc), {kind: cellInt, n: r.Offset}, text(corrections.ID(r)), b.correctionCell(r)}
		if err := (*sh).addCells(row[:]); err != nil {
			return err
		}
	}
	return nil
}

// writeSources writes "Nguồn": the articles that gave the book's records,
// each with its citation and how many figures it gave. It is left out when
// the book has none.
func (b *book) writeSources() error {
	sources := b.sources(b.owned(b.sc).records)
	if len(sources) == 0 {
		return nil
	}
	sh, err := b.addSheet(sheetSources, b.sc.detailHeading("Nguồn: các bài báo"), []column{
		{"Trích dẫn", 60}, {"Ngày đăng", 11}, {"Chuyên mục", 24}, {"Đường dẫn", 40},
		{"Năm", 7}, {"Số số liệu", 9}, {"Tệp", 24},
	}, 1)
	if err != nil {
		return err
	}
	sh.notes = []string{"Trích dẫn theo mẫu: Báo " + b.paper + ", ngày đăng, «tiêu đề bài», đường dẫn."}
	for _, a := range sources {
		if err := sh.add(b.st.wrap(report.Citation(b.paper, a.Article)), dateCell(a.Published), a.Kicker, a.URL, yearCell(a.Year),
			b.st.num(float64(a.n), "", false), a.Doc); err != nil {
			return err
		}
	}
	return sh.close()
}

// dateCell is a publication date as a clerk writes it, or empty.
func dateCell(iso string) any {
	if iso == "" {
		return nil
	}
	return report.FormatDate(iso)
}

// writeChecks writes "Rà soát": the book's figures to review, with the
// sentences involved: a check whose records are all of one known year is
// that year's, any other the all-years book's. It is left out when the
// book has none.
func (b *book) writeChecks() error {
	checks := b.owned(b.sc).checks
	if len(checks) == 0 {
		return nil
	}
	sh, err := b.addSheet(sheetChecks, b.sc.detailHeading("Số liệu cần rà soát"), []column{
		{"Vấn đề", 26}, {"Nội dung", 50}, {"Dẫn chứng", 60}, {"Nguồn", 45},
	}, 1)
	if err != nil {
		return err
	}
	sh.notes = []string{b.source()}
	for _, i := range checks {
		c := &b.s.Checks[i]
		ev, sources := b.evidence(c.Records)
		if err := sh.add(checkName(c.Kind), b.st.wrap(c.Message), b.st.wrap(ev), b.st.wrap(sources)); err != nil {
			return err
		}
	}
	return sh.close()
}

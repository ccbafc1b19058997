package workbook

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// ErrTooManyRows is returned when a sheet would exceed Excel's row limit.
var ErrTooManyRows = errors.New("workbook: more rows than a sheet can hold")

// Rows taken by the title and the header above the data.
const headRows = 2

// column is one column of a sheet: its header and width in characters.
type column struct {
	head  string
	width float64
}

// styles holds the style ids of one file.
type styles struct {
	title, header        int
	integer, decimal     int
	boldText             int
	boldInt, boldDecimal int
	wrapped              int
	plain                int // text of the data rows: the columns' style
}

func newStyles(f *excelize.File) (styles, error) {
	var st styles
	// Cells line up at the top of a row that a wrapped sentence makes high.
	top := &excelize.Alignment{Vertical: "top"}
	defs := []struct {
		id    *int
		style excelize.Style
	}{
		{&st.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 13}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
		{&st.header, excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"},
		}},
		{&st.integer, excelize.Style{NumFmt: 3, Alignment: top}}, // #,##0
		{&st.decimal, excelize.Style{NumFmt: 4, Alignment: top}}, // #,##0.00
		{&st.boldText, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top}},
		{&st.boldInt, excelize.Style{NumFmt: 3, Font: &excelize.Font{Bold: true}, Alignment: top}},
		{&st.boldDecimal, excelize.Style{NumFmt: 4, Font: &excelize.Font{Bold: true}, Alignment: top}},
		{&st.wrapped, excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
		{&st.plain, excelize.Style{Alignment: top}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return st, fmt.Errorf("style: %w", err)
		}
		*d.id = id
	}
	return st, nil
}

// num is a number cell: two decimals for fractions, none for whole numbers
// (a percentage reads "108" or "103,22"), always with thousands separators.
func (st styles) num(v float64, unit string, bold bool) cell {
	dec := v != math.Trunc(v)
	id := st.integer
	switch {
	case dec && bold:
		id = st.boldDecimal
	case dec:
		id = st.decimal
	case bold:
		id = st.boldInt
	}
	return cell{kind: cellNumber, style: id, num: v}
}

// wrap is a text cell whose lines wrap within the column, for sentences
// and citations.
func (st styles) wrap(s string) cell {
	return cell{kind: cellText, style: st.wrapped, text: s}
}

// wrapEncoded is a wrapped text cell whose text is already encoded for
// its column (sheet.encodeWrapped).
func (st styles) wrapEncoded(enc *encodedText) cell {
	return cell{kind: cellText, style: st.wrapped, enc: enc}
}

// optNum is num for an optional value: nil gives no cell.
func (st styles) optNum(v *float64, unit string) cell {
	if v == nil {
		return cell{}
	}
	return st.num(*v, unit, false)
}

// bold is a bold text cell, for the label of a total row.
func (st styles) bold(s string) cell {
	return cell{kind: cellText, style: st.boldText, text: s}
}

// sheet writes one worksheet through excelize's StreamWriter: a title row, a
// header row frozen with an autofilter, then data rows, which rowEncoder
// encodes as the StreamWriter would (see rows.go). Text values are written
// as inline strings, never as formulas.
type sheet struct {
	f    *excelize.File
	sw   *excelize.StreamWriter
	name string
	cols int
	row  int // last row written
	max  int // rows the sheet may hold
	// notes are the lines written under the table when it is closed: its
	// unit of measure and its source.
	notes []string
	// wrapped is the style of text that wraps within its column, widths
	// the columns' widths: a row is as high as its longest wrapped text.
	wrapped int
	widths  []float64
	// wraps holds, per column, the last wrapped text and its lines (see
	// lines): the records of an article share its citation, those of a
	// sentence their evidence, and they come one after the other.
	wraps []wrap
	// The rows under the header are encoded by enc into rows, which
	// render puts into the sheet's part when excelize writes it.
	enc     *rowEncoder
	rows    *rowStream
	scratch []byte // a row, being encoded
	cells   []cell // a row of add
}

// encodeWrapped encodes s, a wrapped text of column col, as the sheet's
// rows would (its inline string and its lines), for a text that recurs in
// the column but not in consecutive rows: a cell holding the encoding
// (cell.enc) costs neither the scans nor the escapes of its text again.
func (sh *sheet) encodeWrapped(col int, s string) *encodedText {
	return &encodedText{xml: sh.enc.appendText(nil, s, -1), lines: wrappedLines(s, sh.widths[col])}
}

// addSheet creates the sheet name with its title and header rows. The first
// frozeCols columns stay visible when scrolling right.
func (b *book) addSheet(name, heading string, cols []column, frozenCols int) (*sheet, error) {
	if b.sheets == 0 {
		if err := b.f.SetSheetName(b.f.GetSheetName(0), name); err != nil {
			return nil, fmt.Errorf("sheet %q: %w", name, err)
		}
	} else if _, err := b.f.NewSheet(name); err != nil {
		return nil, fmt.Errorf("sheet %q: %w", name, err)
	}
	b.sheets++
	if err := b.printSetup(name, cols); err != nil {
		return nil, fmt.Errorf("sheet %q: %w", name, err)
	}
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return nil, fmt.Errorf("sheet %q: %w", name, err)
	}
	path, err := sheetPath(b.f, name)
	if err != nil {
		return nil, err
	}
	sh := &sheet{
		f: b.f, sw: sw, name: name, cols: len(cols), max: excelize.TotalRows, wrapped: b.st.wrapped,
		enc: newRowEncoder(len(cols), b.st.plain), rows: newRowStream(),
	}
	b.parts[path] = sh.rows
	for _, c := range cols {
		sh.widths = append(sh.widths, c.width)
	}
	sh.wraps = make([]wrap, len(cols))
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return nil, sh.wrap(err)
		}
	}
	if err := sw.SetColStyle(1, len(cols), b.st.plain); err != nil {
		return nil, sh.wrap(err)
	}
	topLeft, _ := excelize.CoordinatesToCellName(frozenCols+1, headRows+1)
	pane := "bottomLeft"
	if frozenCols > 0 {
		pane = "bottomRight"
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, XSplit: frozenCols, YSplit: headRows,
		TopLeftCell: topLeft, ActivePane: pane,
		Selection: []excelize.Selection{{SQRef: topLeft, ActiveCell: topLeft, Pane: pane}},
	}); err != nil {
		return nil, sh.wrap(err)
	}
	title := b.title
	if heading != "" {
		title += " — " + heading
	}
	if err := sh.across(b.st.title, title, titleScale, titleLine); err != nil {
		return nil, err
	}
	head := make([]any, len(cols))
	for i, c := range cols {
		head[i] = excelize.Cell{StyleID: b.st.header, Value: c.head}
	}
	sh.row++
	if err := sw.SetRow(fmt.Sprintf("A%d", sh.row), head, excelize.RowOpts{Height: headerHeight(cols)}); err != nil {
		return nil, sh.wrap(err)
	}
	return sh, nil
}

// landscapeWidth is the width, in characters, above which a sheet prints
// on landscape paper.
const landscapeWidth = 100

// printSetup makes a sheet print as an office prints a table: on A4,
// landscape when wide, one page wide with as many pages down as needed,
// the title and header rows repeated on every page, a header naming the
// issuing body and the report, and a footer with the sheet's name, the
// page number and the date the book was drawn up. It runs before the
// sheet is streamed, which writes these settings out.
func (b *book) printSetup(name string, cols []column) error {
	width := 0.0
	for _, c := range cols {
		width += c.width
	}
	orientation := "portrait"
	if width > landscapeWidth {
		orientation = "landscape"
	}
	size, fitWidth, fitHeight := 9, 1, 0 // 9: A4
	if err := b.f.SetPageLayout(name, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orientation, FitToWidth: &fitWidth, FitToHeight: &fitHeight,
	}); err != nil {
		return err
	}
	fit := true
	if err := b.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	top, bottom, side, edge := 0.75, 0.75, 0.5, 0.3
	if err := b.f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{
		Top: &top, Bottom: &bottom, Left: &side, Right: &side, Header: &edge, Footer: &edge,
	}); err != nil {
		return err
	}
	if err := b.f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{
		OddHeader: "&L&8" + headerText(b.issuer) + "&R&8" + headerText(b.title),
		OddFooter: "&L&8&A&C&8Trang &P/&N&R&8Lập ngày " + headerText(b.date),
	}); err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$%d", strings.ReplaceAll(name, "'", "''"), headRows), Scope: name,
	})
}

// headerText escapes text for a page header or footer, where "&" starts
// a code, and bounds it: Excel keeps at most 255 characters of the whole.
func headerText(s string) string {
	if r := []rune(s); len(r) > 100 {
		s = string(r[:99]) + "…"
	}
	return strings.ReplaceAll(s, "&", "&&")
}

// headerHeight is the height in points of a header row whose wrapped
// headings fit their columns.
func headerHeight(cols []column) float64 {
	lines := 1
	for _, c := range cols {
		chars := max(int(c.width)-2, 1)
		lines = max(lines, (utf8.RuneCountInString(c.head)+chars-1)/chars)
	}
	return 15 * float64(lines)
}

// full reports whether the sheet has no room for another row.
func (sh *sheet) full() bool { return sh.row >= sh.max }

// add writes the next row; nil values leave the cell empty.
func (sh *sheet) add(values ...any) error {
	sh.cells = sh.cells[:0]
	for _, v := range values {
		c, err := toCell(v)
		if err != nil {
			return sh.wrap(fmt.Errorf("row %d: %w", sh.row+1, err))
		}
		sh.cells = append(sh.cells, c)
	}
	return sh.addCells(sh.cells)
}

// addCells is add for a row of cells.
func (sh *sheet) addCells(cells []cell) error {
	if sh.full() {
		return sh.wrap(ErrTooManyRows)
	}
	return sh.put(cells)
}

// put writes the next row whatever the sheet's own limit, which leaves
// room for the notes under a table.
func (sh *sheet) put(cells []cell) error {
	if sh.row >= excelize.TotalRows {
		return sh.wrap(ErrTooManyRows)
	}
	sh.row++
	height := 0.0
	if lines := sh.lines(cells); lines > 1 {
		height = lineHeight * float64(lines)
	}
	return sh.writeRow(cells, height)
}

// writeRow writes cells as row sh.row, under the header, height points
// high (0: the default), through the sheet's own encoder.
func (sh *sheet) writeRow(cells []cell, height float64) error {
	var err error
	if sh.scratch, err = sh.enc.appendCells(sh.scratch[:0], sh.row, height, cells); err != nil {
		return sh.wrap(err)
	}
	if err := sh.rows.write(sh.scratch); err != nil {
		return sh.wrap(err)
	}
	return nil
}

// wrap is a text and the lines it takes in its column.
type wrap struct {
	text  string
	lines int
}

// lineHeight is the height in points of one line of text.
const lineHeight = 15

// lines is how many lines the row's wrapped texts take in their columns.
func (sh *sheet) lines(cells []cell) int {
	most := 1
	for i := range min(len(cells), len(sh.widths)) {
		if c := &cells[i]; c.kind == cellText && c.style == sh.wrapped {
			if c.enc != nil {
				most = max(most, c.enc.lines)
				continue
			}
			w := &sh.wraps[i]
			if w.lines == 0 || w.text != c.text {
				*w = wrap{c.text, wrappedLines(c.text, sh.widths[i])}
			}
			most = max(most, w.lines)
		}
	}
	return min(most, 20) // Excel's rows stop at 409 points
}

// wrappedLines estimates the lines text takes in a column width characters
// wide: each of its lines, broken where it passes the width.
func wrappedLines(text string, width float64) int {
	chars := max(int(width)-1, 1)
	n := 0
	for {
		line, rest, more := strings.Cut(text, "\n")
		// A line of at most chars bytes has at most chars runes.
		if len(line) > chars {
			n += (countRunes(line) + chars - 1) / chars
		} else {
			n++
		}
		if !more {
			return n
		}
		text = rest
	}
}

// close puts the autofilter on the header and the table, writes the
// notes under the table and ends the stream.
func (sh *sheet) close() error {
	last := max(sh.row, headRows)
	for i, n := range sh.notes {
		if i == 0 {
			sh.row++ // a blank line between the table and its notes
		}
		if err := sh.note(n); err != nil {
			return err
		}
	}
	lastCell, _ := excelize.CoordinatesToCellName(sh.cols, last)
	if err := sh.f.AutoFilter(sh.name, fmt.Sprintf("A%d:%s", headRows, lastCell), nil); err != nil {
		return sh.wrap(err)
	}
	if err := sh.sw.Flush(); err != nil {
		return sh.wrap(err)
	}
	return nil
}

// The title row's text is larger than the rest: a character of it is
// about titleScale characters of the columns' width, a line titleLine
// points high.
const (
	titleScale = 1.3
	titleLine  = 18
)

// note writes a line under the table (see across).
func (sh *sheet) note(text string) error {
	return sh.across(sh.wrapped, text, 1, lineHeight)
}

// across writes the next row: one text in style merged across the table's
// width and wrapped within it, the row as high as its lines (a character
// being scale characters of the columns' width, a line lineHeight points).
// Text running past the last column would print on a page of its own. The
// title row goes through excelize, the notes under the table through the
// sheet's own encoder.
func (sh *sheet) across(style int, text string, scale, lineHeight float64) error {
	if sh.row >= excelize.TotalRows {
		return sh.wrap(ErrTooManyRows)
	}
	sh.row++
	width := 0.0
	for _, w := range sh.widths {
		width += w
	}
	height := lineHeight * float64(wrappedLines(text, width/scale))
	first, _ := excelize.CoordinatesToCellName(1, sh.row)
	last, _ := excelize.CoordinatesToCellName(sh.cols, sh.row)
	if sh.row <= headRows {
		if err := sh.sw.SetRow(first, []any{excelize.Cell{StyleID: style, Value: text}}, excelize.RowOpts{Height: height}); err != nil {
			return sh.wrap(err)
		}
	} else if err := sh.writeRow([]cell{{kind: cellText, style: style, text: text}}, height); err != nil {
		return err
	}
	if sh.cols > 1 {
		if err := sh.sw.MergeCell(first, last); err != nil {
			return sh.wrap(err)
		}
	}
	return nil
}

func (sh *sheet) wrap(err error) error {
	return fmt.Errorf("sheet %q: %w", sh.name, err)
}

package workbook

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The data rows of a sheet are encoded here rather than by excelize's
// StreamWriter.SetRow, which spends most of a book's time on them (per text
// cell: counting UTF-16 units, escaping into a new string, a regular
// expression for Excel's _xHHHH_ escapes). appendRow writes the very bytes
// SetRow would write for the values a sheet uses; TestAppendRowMatchesExcelize
// and FuzzAppendRow hold it to that.

// cell is one value of a row under the header, typed so that a row is
// built without boxing its values.
type cell struct {
	kind  cellKind
	style int // the cell's style; 0: the column's
	text  string
	num   float64 // cellNumber
	n     int     // cellInt
	// enc, when set, is text already encoded for its column (see
	// sheet.encoded): the row takes its bytes and lines as they are.
	enc *encodedText
}

// encodedText is a text cell's value encoded once for a column: the
// inline string as appendText writes it, and the lines it takes.
type encodedText struct {
	xml   []byte
	lines int
}

type cellKind uint8

const (
	cellNone   cellKind = iota // no cell at all
	cellEmpty                  // a styled cell without a value
	cellText                   // an inline string
	cellNumber                 // a float64
	cellInt                    // an int
)

// text is a text cell in the column's style.
func text(s string) cell { return cell{kind: cellText, text: s} }

// toCell gives the cell of a value as excelize's StreamWriter takes it:
// nil, a string, an int, a float64, an excelize.Cell holding one of them,
// or a cell.
func toCell(v any) (cell, error) {
	switch v := v.(type) {
	case nil:
		return cell{}, nil
	case cell:
		return v, nil
	case string:
		return text(v), nil
	case int:
		return cell{kind: cellInt, n: v}, nil
	case float64:
		return cell{kind: cellNumber, num: v}, nil
	case excelize.Cell:
		if v.Formula != "" {
			return cell{}, errors.New("formulas are not written")
		}
		var c cell
		switch w := v.Value.(type) {
		case nil:
			c.kind = cellEmpty
		case string, int, float64:
			c, _ = toCell(w)
		default:
			return cell{}, fmt.Errorf("cell value of type %T", w)
		}
		c.style = max(v.StyleID, 0)
		return c, nil
	}
	return cell{}, fmt.Errorf("cell value of type %T", v)
}

// rowEncoder encodes the data rows of one sheet.
type rowEncoder struct {
	cols     []string // column names: "A", "B"…
	colStyle int      // the columns' style, for cells without their own
	buf      bytes.Buffer
	cells    []cell // a row of appendRow
	num      []byte // the row's number, which every cell's reference ends with
	// scans holds, per column, scanText's answer for the column's last
	// text: the records of an article share its citation, those of a
	// sentence their evidence, and they come one after the other.
	scans []scan
}

// scan is scanText's answer for the text s. Comparing a text with s
// costs next to nothing when they are the same string (the comparison
// starts with the address of their bytes) or of different lengths.
type scan struct {
	s            string
	escape, bstr bool
}

func newRowEncoder(cols, colStyle int) *rowEncoder {
	e := &rowEncoder{colStyle: colStyle, scans: make([]scan, cols)}
	for c := 1; c <= cols; c++ {
		name, _ := excelize.ColumnNumberToName(c)
		e.cols = append(e.cols, name)
	}
	return e
}

// appendRow appends row number row holding values, height points high
// (0: the default height), as excelize's StreamWriter writes it. nil
// values leave the cell out.
func (e *rowEncoder) appendRow(dst []byte, row int, height float64, values []any) ([]byte, error) {
	e.cells = e.cells[:0]
	for _, v := range values {
		c, err := toCell(v)
		if err != nil {
			return dst, fmt.Errorf("row %d: %w", row, err)
		}
		e.cells = append(e.cells, c)
	}
	return e.appendCells(dst, row, height, e.cells)
}

// appendCells is appendRow for a row of cells.
func (e *rowEncoder) appendCells(dst []byte, row int, height float64, cells []cell) ([]byte, error) {
	if height > excelize.MaxRowHeight {
		return dst, excelize.ErrMaxRowHeight
	}
	e.num = strconv.AppendInt(e.num[:0], int64(row), 10)
	dst = append(append(dst, `<row r="`...), e.num...)
	dst = append(dst, '"')
	if height > 0 {
		dst = strconv.AppendFloat(append(dst, ` ht="`...), height, 'f', -1, 64)
		dst = append(dst, `" customHeight="1"`...)
	}
	dst = append(dst, '>')
	for i := range cells {
		c := &cells[i]
		if c.kind == cellNone {
			continue
		}
		style := c.style
		if style == 0 && i < len(e.cols) {
			style = e.colStyle
		}
		dst = append(dst, `<c r="`...)
		if i < len(e.cols) {
			dst = append(dst, e.cols[i]...)
		} else {
			name, err := excelize.ColumnNumberToName(i + 1)
			if err != nil {
				return dst, err
			}
			dst = append(dst, name...)
		}
		dst = append(append(dst, e.num...), '"')
		if style != 0 {
			dst = strconv.AppendInt(append(dst, ` s="`...), int64(style), 10)
			dst = append(dst, '"')
		}
		switch c.kind {
		case cellEmpty:
			dst = append(dst, '>')
		case cellText:
			if c.enc != nil {
				dst = append(append(dst, ` t="inlineStr">`...), c.enc.xml...)
				break
			}
			dst = e.appendText(append(dst, ` t="inlineStr">`...), c.text, i)
		case cellInt:
			dst = strconv.AppendInt(append(dst, `><v>`...), int64(c.n), 10)
			dst = append(dst, `</v>`...)
		case cellNumber:
			if v := c.num; math.IsNaN(v) || math.IsInf(v, 0) {
				dst = e.appendText(append(dst, ` t="inlineStr">`...), fmt.Sprint(v), -1)
				break
			}
			dst = append(append(append(dst, `><v>`...), formatFloat(c.num)...), `</v>`...)
		}
		dst = append(dst, `</c>`...)
	}
	return append(dst, `</row>`...), nil
}

// appendText appends an inline string as excelize writes it: cut to
// Excel's limit of characters, spaces at its ends preserved, XML-escaped
// (line feeds left as they are) and with Excel's own escapes (_xHHHH_)
// escaped. col is the text's column, for e.scans, or -1.
func (e *rowEncoder) appendText(dst []byte, s string, col int) []byte {
	if len(s) > excelize.TotalCellChars {
		s = truncateUTF16(s, excelize.TotalCellChars)
	}
	dst = append(dst, `<is><t`...)
	if s != "" && (isSpace(s[0]) || isSpace(s[len(s)-1])) {
		dst = append(dst, ` xml:space="preserve"`...)
	}
	dst = append(dst, '>')
	var escape, bstr bool
	if col >= 0 && col < len(e.scans) {
		sc := &e.scans[col]
		if sc.s != s {
			sc.s = s
			sc.escape, sc.bstr = scanText(s)
		}
		escape, bstr = sc.escape, sc.bstr
	} else {
		escape, bstr = scanText(s)
	}
	if escape {
		e.buf.Reset()
		_ = xml.EscapeText(&e.buf, []byte(s))
		s = strings.ReplaceAll(e.buf.String(), "&#xA;", "\n")
	}
	if bstr {
		dst = appendBstr(dst, s)
	} else {
		dst = append(dst, s...)
	}
	return append(dst, `</t></is>`...)
}

func isSpace(b byte) bool { return b == '\t' || b == '\n' || b == '\r' || b == ' ' }

// truncateUTF16 cuts s to at most n UTF-16 code units.
func truncateUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		if units += utf16.RuneLen(r); units > n {
			return s[:i]
		}
	}
	return s
}

// scanText reports whether xml.EscapeText would change s other than by
// writing a line feed as "&#xA;" (s holds an ASCII byte it escapes, bytes
// that are not UTF-8, or U+FFFE or U+FFFF, which XML forbids), and whether
// s may hold one of Excel's escapes ("_x").
func scanText(s string) (escape, bstr bool) {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if escaped[b] {
				escape = true
			}
			if b == '_' && i+1 < len(s) && s[i+1] == 'x' {
				bstr = true
			}
			i++
			continue
		}
		// A common rune is valid, and neither U+FFFE nor U+FFFF.
		if size := commonRune(s, i); size > 0 {
			i += size
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
			escape = true
		}
		i += size
	}
	return escape, bstr
}

// commonRune gives the length of the rune at s[i] when it is one of the
// two- and three-byte runes that make most of Vietnamese text's letters
// beyond ASCII, which need no decoding: C2–DF then a continuation byte,
// or E1–EC or EE then two (valid UTF-8 whatever the continuation bytes,
// and none of them U+FFFE or U+FFFF). Otherwise, 0.
func commonRune(s string, i int) int {
	switch b := s[i]; {
	case b >= 0xC2 && b <= 0xDF:
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return 2
		}
	case b >= 0xE1 && b <= 0xEC || b == 0xEE:
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return 3
		}
	}
	return 0
}

// countRunes is utf8.RuneCountInString, with commonRune's runes counted
// without decoding.
func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < utf8.RuneSelf {
			i++
		} else if size := commonRune(s, i); size > 0 {
			i += size
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}

// escaped are the ASCII bytes that xml.EscapeText changes, but the line
// feed.
var escaped = func() (t [utf8.RuneSelf]bool) {
	for b := range byte(' ') {
		t[b] = b != '\n'
	}
	for _, b := range []byte(`"&'<>`) {
		t[b] = true
	}
	return t
}()

// appendBstr appends s with Excel's escapes escaped as excelize does: a
// "_xHHHH_" naming a code point becomes "_x005F_xHHHH_", one naming a
// surrogate is dropped, and "_x005F_" is written "_x005F_x005F_" (with a
// third "_x005F_" when another escape follows it).
func appendBstr(dst []byte, s string) []byte {
	cursor := 0
	for i := 0; i+7 <= len(s); {
		if !isBstr(s[i:]) {
			i++
			continue
		}
		sub := s[i : i+7]
		dst = append(dst, s[cursor:i]...)
		cursor = i + 7
		switch {
		case sub == "_x005F_":
			if rest := s[cursor:]; len(rest) >= 6 && rest[0] == 'x' && isHex4(rest[1:5]) && rest[5] == '_' && validHex(rest[1:5]) {
				dst = append(append(append(dst, sub...), "x005F"...), sub...)
			} else {
				dst = append(append(dst, sub...), "x005F_"...)
			}
		case validHex(sub[2:6]):
			dst = append(append(dst, "_x005F"...), sub...)
		}
		i += 7
	}
	return append(dst, s[cursor:]...)
}

// isBstr reports whether s starts with "_xHHHH_".
func isBstr(s string) bool {
	return len(s) >= 7 && s[0] == '_' && s[1] == 'x' && isHex4(s[2:6]) && s[6] == '_'
}

func isHex4(s string) bool {
	for i := range 4 {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// validHex reports whether four hex digits name a code point (not a
// surrogate).
func validHex(h string) bool {
	v, _ := strconv.ParseUint(h, 16, 32)
	return utf8.ValidRune(rune(v))
}

// formatFloat writes a number as excelize does: the shortest decimal
// that reads back as v, cut to Excel's 15 significant digits.
func formatFloat(v float64) string {
	str := strconv.FormatFloat(v, 'f', -1, 64)
	if math.Abs(v) == math.MaxFloat64 {
		return str
	}
	const maxPrec = 15
	decimal := strings.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return strings.TrimSuffix(str[:idx], ".")
		}
		if decimal < 0 {
			decimal = len(str)
		}
		truncated := []byte(str[:decimal])
		for ; idx < len(truncated); idx++ {
			truncated[idx] = '0'
		}
		return string(truncated)
	}
	return str
}

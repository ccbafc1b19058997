package corrections

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ReviewSheet is the name of the sheet of a year's workbook that the clerk
// fills in; Read takes it when a workbook has it, else the first sheet with
// a header row.
const ReviewSheet = "Rà soát"

// xlsxRows reads the cells of the corrections sheet of a workbook. Numbers
// come in Vietnamese notation, as a clerk would type them.
func xlsxRows(name string, data []byte) ([][]cell, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, &Error{File: name, Msg: fmt.Sprintf("not a readable .xlsx workbook: %v", err)}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	for i, s := range sheets {
		if s == ReviewSheet {
			sheets[0], sheets[i] = sheets[i], sheets[0]
		}
	}
	for _, sheet := range sheets {
		rows, err := sheetRows(f, sheet)
		if err != nil {
			return nil, &Error{File: name, Msg: fmt.Sprintf("sheet %q: %v", sheet, err)}
		}
		for _, row := range rows {
			for _, c := range row {
				if k, ok := columnKey(c.text); ok && k == ColID {
					return rows, nil
				}
			}
		}
	}
	return nil, &Error{File: name, Msg: fmt.Sprintf("no sheet has a header row with a column %q", header(ColID))}
}

func sheetRows(f *excelize.File, sheet string) ([][]cell, error) {
	raw, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	rows := make([][]cell, len(raw))
	for r, vals := range raw {
		rows[r] = make([]cell, len(vals))
		for c, v := range vals {
			ref, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return nil, err
			}
			x := cell{text: v, isText: true}
			if formula, _ := f.GetCellFormula(sheet, ref); formula != "" {
				x.formula = true
			}
			if v != "" {
				if t, _ := f.GetCellType(sheet, ref); t == excelize.CellTypeNumber || t == excelize.CellTypeUnset && isNumber(v) {
					x.text, x.serial, x.isText = strings.ReplaceAll(v, ".", ","), true, false
				}
			}
			rows[r][c] = x
		}
	}
	return rows, nil
}

// isNumber: a raw cell value written as a plain decimal number.
func isNumber(s string) bool {
	intPart, frac, ok := strings.Cut(s, ".")
	return intPart != "" && digits(intPart) && (!ok || frac != "" && digits(frac))
}

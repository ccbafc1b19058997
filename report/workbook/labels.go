package workbook

import (
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
)

// Fixed sheet names (Excel allows at most 31 characters).
const (
	sheetSummary = "Tổng hợp"
	sheetTargets = "Chỉ tiêu"
	sheetMulti   = "Nhiều năm"
	sheetRecords = "Số liệu gốc"
	sheetSources = "Nguồn"
	sheetChecks  = "Kiểm tra"
)

// categorySheets gives the sheet name of each category: the report headings
// of report.CategoryNames are too long for a sheet tab.
var categorySheets = map[string]string{
	"membership":     "Đoàn viên, CĐCS",
	"welfare":        "Chăm lo đời sống",
	"representation": "Đại diện, bảo vệ quyền lợi",
	"emulation":      "Thi đua, khen thưởng",
	"training":       "Tuyên truyền, đào tạo",
	"finance":        "Tài chính, quỹ",
	"culture":        "Văn hóa, thể thao",
	"other":          "Hoạt động khác",
}

// basisNames has no counterpart in package report, which shows a rate
// beside its total instead.
var basisNames = map[string]string{
	extract.BasisTotal:   "tổng số",
	extract.BasisPerUnit: "định mức mỗi suất",
}

// label returns the Vietnamese label of code, or the code itself when the
// table has none, so that an unexpected value still shows.
func label(names map[string]string, code string) string {
	if s, ok := names[code]; ok {
		return s
	}
	return code
}

func categoryName(code string) string { return label(report.CategoryNames, code) }
func unitName(code string) string     { return label(report.UnitNames, code) }
func statusName(code string) string   { return label(report.StatusNames, code) }
func periodName(code string) string   { return label(report.PeriodNames, code) }
func checkName(code string) string    { return label(report.CheckNames, code) }

// qualifierName is the qualifier word of the site; an exact figure, which
// has none there, reads "chính xác" so that a filter can pick it.
func qualifierName(code string) string {
	if code == extract.QualExact {
		return "chính xác"
	}
	return label(report.QualifierNames, code)
}

package workbook

import "github.com/lddt/unionstats/report"

// Fixed sheet names (Excel allows at most 31 characters).
const (
	sheetSummary = "Tổng hợp"
	sheetTargets = "Chỉ tiêu"
	sheetMulti   = "Nhiều năm"
	sheetRecords = "Số liệu gốc"
	sheetSources = "Nguồn"
	sheetChecks  = "Rà soát"
)

func checkName(code string) string {
	if s, ok := report.CheckNames[code]; ok {
		return s
	}
	return code
}

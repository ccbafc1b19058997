package workbook

import (
	"github.com/lddt/unionstats/aggregate"
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

var qualifierNames = map[string]string{
	extract.QualExact:    "chính xác",
	extract.QualMoreThan: "hơn",
	extract.QualAtLeast:  "ít nhất",
	extract.QualAbout:    "khoảng",
}

var statusNames = map[string]string{
	extract.StatusAchieved: "đã thực hiện",
	extract.StatusPlanned:  "kế hoạch, chỉ tiêu",
}

var periodNames = map[string]string{
	extract.PeriodYear:      "trong năm",
	extract.PeriodMultiYear: "nhiều năm",
	extract.PeriodSnapshot:  "tại thời điểm",
}

var basisNames = map[string]string{
	extract.BasisTotal:   "tổng số",
	extract.BasisPerUnit: "định mức mỗi suất",
}

var checkNames = map[string]string{
	aggregate.CheckCompletion: "Tỷ lệ hoàn thành không khớp",
	aggregate.CheckConflict:   "Số liệu mâu thuẫn",
	aggregate.CheckNoResult:   "Chỉ tiêu chưa có kết quả",
	aggregate.CheckNoOrg:      "Không xác định được đơn vị",
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

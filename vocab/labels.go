package vocab

import (
	_ "embed"
	"fmt"
	"strings"
)

var categoryNames = map[string]string{
	"membership":     "Phát triển đoàn viên, thành lập công đoàn cơ sở",
	"welfare":        "Chăm lo đời sống đoàn viên, người lao động",
	"representation": "Đại diện, bảo vệ quyền lợi",
	"emulation":      "Thi đua, khen thưởng",
	"training":       "Tuyên truyền, đào tạo cán bộ",
	"finance":        "Tài chính, quỹ, vay vốn, vận động ủng hộ",
	"culture":        "Văn hóa, thể thao",
	"other":          "Hoạt động khác",
}

// categoryShort are the headings short enough for a sheet tab (Excel
// allows 31 characters).
var categoryShort = map[string]string{
	"membership":     "Đoàn viên, CĐCS",
	"welfare":        "Chăm lo đời sống",
	"representation": "Đại diện, bảo vệ quyền lợi",
	"emulation":      "Thi đua, khen thưởng",
	"training":       "Tuyên truyền, đào tạo",
	"finance":        "Tài chính, quỹ",
	"culture":        "Văn hóa, thể thao",
	"other":          "Hoạt động khác",
}

var categoryDetails = map[string]string{
	"membership":     "kết nạp đoàn viên, thành lập công đoàn cơ sở",
	"welfare":        "quà, trợ cấp, Tết, Mái ấm công đoàn, hỗ trợ dịch bệnh, thiên tai",
	"representation": "thỏa ước lao động tập thể, hội nghị người lao động, đối thoại, kiểm tra, giám sát, tư vấn pháp luật",
	"emulation":      "công nhân giỏi, lao động giỏi, sáng kiến, bằng khen, cờ thi đua, điển hình tiên tiến, giỏi việc nước đảm việc nhà",
	"training":       "tuyên truyền, lớp tập huấn, bồi dưỡng cán bộ",
	"finance":        "tài chính, quỹ, vay vốn, vận động ủng hộ",
	"culture":        "hội diễn, hội thao, hội thi văn nghệ",
	"other":          "các số liệu không thuộc lĩnh vực nào ở trên",
}

// unitNames name what a unit counts, after a number ("1.715 đoàn viên").
var unitNames = map[string]string{
	"member":       "đoàn viên",
	"union":        "CĐCS",
	"person":       "người",
	"collective":   "tập thể",
	"organization": "đơn vị",
	"household":    "hộ",
	"gift":         "suất",
	"vnd":          "đồng",
	"percent":      "%",
	"event":        "hoạt động",
	"initiative":   "sáng kiến",
	"item":         "hiện vật",
	"count":        "trường hợp",
}

// unitDetails say what a unit counts, for the methodology page.
var unitDetails = map[string]string{
	"member":       "đoàn viên công đoàn",
	"union":        "công đoàn cơ sở (CĐCS), nghiệp đoàn",
	"person":       "người lao động, cán bộ, công nhân, cá nhân",
	"collective":   "tập thể",
	"organization": "đơn vị, doanh nghiệp, cơ quan",
	"household":    "hộ, gia đình",
	"gift":         "suất quà, phần quà, suất học bổng",
	"vnd":          "tiền (đồng)",
	"percent":      "tỷ lệ phần trăm",
	"event":        "hội thi, hội nghị, lớp, cuộc, chương trình",
	"initiative":   "sáng kiến, đề tài, giải pháp",
	"item":         "hiện vật: phiếu mua hàng, thẻ, bộ đồ bảo hộ, cúp",
	"count":        "nhà Mái ấm, trường hợp, đội, giải và những thứ đếm được khác",
}

var qualifierWords = map[string]string{
	QualMoreThan: "hơn",
	QualAtLeast:  "ít nhất",
	QualAbout:    "khoảng",
}

var statusNames = map[string]string{
	StatusAchieved: "kết quả",
	StatusPlanned:  "chỉ tiêu, kế hoạch",
}

var periodNames = map[string]string{
	PeriodYear:      "trong năm",
	PeriodMultiYear: "nhiều năm",
	PeriodSnapshot:  "số hiện có",
}

var basisNames = map[string]string{
	BasisTotal:   "tổng số",
	BasisPerUnit: "định mức mỗi suất",
}

func lookup(m map[string]string, code string) string {
	if s, ok := m[code]; ok {
		return s
	}
	return code
}

// CategoryName is the report heading of a category; an unknown code is
// returned as it is, so that it still shows.
func CategoryName(code string) string { return lookup(categoryNames, code) }

// CategoryShort is a category's heading short enough for a sheet tab, or
// "" for an unknown code.
func CategoryShort(code string) string { return categoryShort[code] }

// CategoryDetail lists what a category covers.
func CategoryDetail(code string) string { return categoryDetails[code] }

// UnitName is the word that follows a number of the unit ("đoàn viên",
// "CĐCS", "đồng", "%").
func UnitName(code string) string { return lookup(unitNames, code) }

// UnitDetail says what a unit counts.
func UnitDetail(code string) string { return unitDetails[code] }

// QualifierWord is the word put before a value of a qualifier ("hơn"); an
// exact value has none.
func QualifierWord(code string) string { return qualifierWords[code] }

// QualifierName names a qualifier in a column of its own: an exact value
// reads "chính xác".
func QualifierName(code string) string {
	if code == QualExact {
		return "chính xác"
	}
	return lookup(qualifierWords, code)
}

// StatusName names a status.
func StatusName(code string) string { return lookup(statusNames, code) }

// PeriodName names a period.
func PeriodName(code string) string { return lookup(periodNames, code) }

// BasisName names a basis.
func BasisName(code string) string { return lookup(basisNames, code) }

//go:embed measures.tsv
var measuresTSV string

var measures = mustParseMeasures(measuresTSV)

// Measure is the phrase a union report uses for figures of a category
// and unit ("Số đoàn viên kết nạp mới"); a pair not in the table reads
// "<category heading>: <unit>".
func Measure(category, unit string) string {
	if s, ok := measures[[2]string{category, unit}]; ok {
		return s
	}
	return CategoryName(category) + ": " + UnitName(unit)
}

// parseMeasures reads measures.tsv: comment lines start with "#", every
// other line is category, unit and phrase.
func parseMeasures(data string) (map[[2]string]string, error) {
	m := make(map[[2]string]string)
	for n, line := range strings.Split(data, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[2] == "" {
			return nil, fmt.Errorf("measures.tsv line %d: want category, unit and phrase, tab-separated", n+1)
		}
		k := [2]string{f[0], f[1]}
		if _, dup := m[k]; dup {
			return nil, fmt.Errorf("measures.tsv line %d: %s × %s given twice", n+1, f[0], f[1])
		}
		m[k] = f[2]
	}
	return m, nil
}

func mustParseMeasures(data string) map[[2]string]string {
	m, err := parseMeasures(data)
	if err != nil {
		panic(err) // the file is compiled in; the tests parse it
	}
	return m
}

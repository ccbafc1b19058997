package report

// CategoryNames gives the Vietnamese report heading of each category code.
var CategoryNames = map[string]string{
	"membership":     "Phát triển đoàn viên, thành lập công đoàn cơ sở",
	"welfare":        "Chăm lo đời sống đoàn viên, người lao động",
	"representation": "Đại diện, bảo vệ quyền lợi",
	"emulation":      "Thi đua, khen thưởng",
	"training":       "Tuyên truyền, đào tạo cán bộ",
	"finance":        "Tài chính, quỹ, vay vốn, vận động ủng hộ",
	"culture":        "Văn hóa, thể thao",
	"other":          "Hoạt động khác",
}

// UnitNames gives the Vietnamese name of each unit code, as a column heading.
var UnitNames = map[string]string{
	"member":       "đoàn viên",
	"union":        "công đoàn cơ sở",
	"person":       "người",
	"collective":   "tập thể",
	"organization": "đơn vị, doanh nghiệp",
	"household":    "hộ gia đình",
	"gift":         "suất quà",
	"vnd":          "đồng",
	"percent":      "%",
	"event":        "hoạt động, sự kiện",
	"initiative":   "sáng kiến, đề tài",
	"item":         "hiện vật",
	"count":        "số lượng khác",
}

// CategoryDetails lists what each category covers, for the methodology page.
var CategoryDetails = map[string]string{
	"membership":     "kết nạp đoàn viên, thành lập công đoàn cơ sở",
	"welfare":        "quà, trợ cấp, Tết, Mái ấm công đoàn, hỗ trợ dịch bệnh, thiên tai",
	"representation": "thỏa ước lao động tập thể, hội nghị người lao động, đối thoại, kiểm tra, giám sát, tư vấn pháp luật",
	"emulation":      "công nhân giỏi, lao động giỏi, sáng kiến, bằng khen, cờ thi đua, điển hình tiên tiến, giỏi việc nước đảm việc nhà",
	"training":       "tuyên truyền, lớp tập huấn, bồi dưỡng cán bộ",
	"finance":        "tài chính, quỹ, vay vốn, vận động ủng hộ",
	"culture":        "hội diễn, hội thao, hội thi văn nghệ",
	"other":          "các số liệu không thuộc lĩnh vực nào ở trên",
}

// QualifierNames gives the Vietnamese word put before a value of each
// qualifier code; an exact value has none.
var QualifierNames = map[string]string{
	"more_than": "hơn",
	"at_least":  "ít nhất",
	"about":     "khoảng",
}

// StatusNames gives the Vietnamese name of each status code.
var StatusNames = map[string]string{
	"achieved": "kết quả",
	"planned":  "kế hoạch",
}

// PeriodNames gives the Vietnamese name of each period code.
var PeriodNames = map[string]string{
	"year":       "trong năm",
	"multi_year": "nhiều năm",
	"snapshot":   "số hiện có",
}

// CheckNames gives the Vietnamese heading of each kind of consistency check.
var CheckNames = map[string]string{
	"completion_mismatch": "Tỷ lệ hoàn thành không khớp với số liệu",
	"conflicting_values":  "Các bài báo đưa số liệu khác nhau",
	"plan_without_result": "Có kế hoạch nhưng chưa thấy kết quả",
	"no_org":              "Không xác định được đơn vị",
}

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

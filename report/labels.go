package report

import "github.com/lddt/unionstats/aggregate"

// CheckNames gives the Vietnamese heading of each kind of data check.
var CheckNames = map[string]string{
	aggregate.CheckCompletion: "Tỷ lệ hoàn thành nêu trong bài không khớp với số liệu",
	aggregate.CheckConflict:   "Các bài báo đưa số liệu khác nhau",
	aggregate.CheckNoResult:   "Có chỉ tiêu nhưng chưa thấy kết quả",
	aggregate.CheckNoOrg:      "Chưa xác định được đơn vị",
}

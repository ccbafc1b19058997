package report

import (
	"fmt"
	"strings"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/gazetteer"
	"github.com/lddt/unionstats/vocab"
)

// Region names the report's province in running text: "Thủ đô" for Hà Nội
// (and a summary of no province), the province's name otherwise.
func Region(s *aggregate.Summary) string {
	if s.Province == "" || s.Province == vocab.City {
		return "Thủ đô"
	}
	return s.Province
}

// whole is the whole of the report's province: "toàn thành phố" for Hà
// Nội and the other centrally-run cities, "toàn tỉnh" for a province.
func whole(s *aggregate.Summary) string {
	if s.Province == "" {
		return "toàn thành phố"
	}
	if u, ok := gazetteer.Province(s.Province, gazetteer.New); ok && u.Type == "tỉnh" {
		return "toàn tỉnh"
	}
	if u, ok := gazetteer.Province(s.Province, gazetteer.Old); ok && u.Type == "tỉnh" {
		return "toàn tỉnh"
	}
	return "toàn thành phố"
}

// SumNote is the note under every table of sums of units: which units a
// sum adds up, on which map, and what it never adds.
func SumNote(s *aggregate.Summary) string {
	eras := s.Map.Eras
	if len(eras) == 0 {
		eras = aggregate.DefaultMap().Eras // as aggregate.Build counts without a map
	}
	var maps []string
	for _, e := range eras {
		maps = append(maps, fmt.Sprintf("các %s (%s)", e.Label, e.Period))
	}
	return fmt.Sprintf("Cộng các đơn vị có số liệu là tổng của %s có bài báo nêu số liệu, kèm số đơn vị được cộng; không phải tổng %s. "+
		"Không cộng số liệu %s tự báo cáo, các cụm thi đua và công đoàn ngành.", strings.Join(maps, " hoặc "), whole(s), OwnBody(s))
}

// placeName is the report's province with its type: "thành phố Hà Nội",
// "tỉnh Nghệ An", "Thành phố Hồ Chí Minh".
func placeName(s *aggregate.Summary) string {
	if strings.HasPrefix(s.Province, "Thành phố ") {
		return s.Province
	}
	return strings.TrimPrefix(whole(s), "toàn ") + " " + s.Province
}

// OwnBody names the province's own federation as a report does: "LĐLĐ
// Thành phố" for Hà Nội and the centrally-run cities, "LĐLĐ tỉnh" for a
// province.
func OwnBody(s *aggregate.Summary) string {
	if strings.HasPrefix(whole(s), "toàn tỉnh") {
		return "LĐLĐ tỉnh"
	}
	return "LĐLĐ Thành phố"
}

// ownReported heads the province's own figures: "LĐLĐ Thành phố báo cáo".
func ownReported(s *aggregate.Summary) string { return OwnBody(s) + " báo cáo" }

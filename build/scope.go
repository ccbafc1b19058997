package build

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/gazetteer"
)

// ErrProvince marks a --province the gazetteer does not know.
var ErrProvince = fmt.Errorf("unknown province")

// reformYear is the year the map changed: districts until 30/6, the new
// wards and communes from 1/7.
const reformYear = 2025

// ProvinceMap gives the report's province as the data contract spells it
// ("TP.HCM" → "Thành phố Hồ Chí Minh") and its map from the gazetteer: its
// district-level units until 30/6/2025, its wards and communes from
// 1/7/2025, and which new units took each old one's area. A province
// merged away in 2025 has no new map.
func ProvinceMap(name string) (string, aggregate.Map, error) {
	old, okOld := gazetteer.Province(name, gazetteer.Old)
	cur, okNew := gazetteer.Province(name, gazetteer.New)
	if !okOld && !okNew {
		return "", aggregate.Map{}, fmt.Errorf("%w %q", ErrProvince, name)
	}
	province := cur.Province
	if !okNew {
		province = old.Province
	}
	var m aggregate.Map
	if okOld {
		units := gazetteer.Units(old.Province, gazetteer.LevelDistrict, gazetteer.Old)
		m.Eras = append(m.Eras, era(units, "đến 30/6/2025", 0, reformYear, 1, 6))
		for _, u := range units {
			var to []string
			for _, s := range gazetteer.Successors(u.Code) {
				if s.Province == province {
					to = append(to, aggregate.OrgName(s.Name, s.Type))
				}
			}
			slices.Sort(to)
			if to = slices.Compact(to); len(to) > 0 {
				m.Successions = append(m.Successions, aggregate.Succession{From: u.Name, To: to, Complete: true})
			}
		}
	}
	if okNew {
		units := gazetteer.Units(cur.Province, gazetteer.LevelCommune, gazetteer.New)
		m.Eras = append(m.Eras, era(units, "từ 1/7/2025", reformYear, 0, 7, 12))
	}
	return province, m, nil
}

// era is one map of units, named as aggregate.OrgName names them.
func era(units []gazetteer.Unit, period string, first, last, from, to int) aggregate.Era {
	e := aggregate.Era{Period: period, FirstYear: first, LastYear: last, FromMonth: from, ToMonth: to}
	for _, u := range units {
		e.Units = append(e.Units, aggregate.Unit{Name: aggregate.OrgName(u.Name, u.Type), Type: u.Type})
		if !slices.Contains(e.Types, u.Type) {
			e.Types = append(e.Types, u.Type)
		}
	}
	slices.SortFunc(e.Units, func(a, b aggregate.Unit) int { return strings.Compare(a.Name, b.Name) })
	order := []string{"quận", "huyện", "thị xã", "thành phố", "phường", "xã", "thị trấn", "đặc khu"}
	slices.SortFunc(e.Types, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
	e.Label = strings.Join(e.Types, ", ")
	e.Total = len(e.Units)
	return e
}

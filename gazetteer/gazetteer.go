package gazetteer

import (
	_ "embed"
	"slices"
	"strconv"
	"time"
)

//go:embed vn.tsv
var data string

// Era is one of the two administrative maps.
type Era uint8

const (
	// Old is the map until 30 June 2025: 63 provinces, their districts
	// (quận, huyện, thị xã, thành phố) and wards, communes and towns.
	Old Era = iota + 1
	// New is the map from 1 July 2025 (Resolution 202/2025/QH15 and the
	// resolutions on wards and communes): 34 provinces and their wards,
	// communes and special zones, with no district level.
	New
)

func (e Era) String() string {
	switch e {
	case Old:
		return "old"
	case New:
		return "new"
	}
	return "Era(" + strconv.Itoa(int(e)) + ")"
}

// EraOf returns the map in force on the calendar day of t, read in t's own
// location: Old before 1 July 2025, New from then on.
func EraOf(t time.Time) Era {
	if t.Before(time.Date(2025, time.July, 1, 0, 0, 0, 0, t.Location())) {
		return Old
	}
	return New
}

// Unit is one administrative unit on one map.
type Unit struct {
	// Code is the GSO code: 2 digits for a province, 3 for a district, 5
	// for a ward or commune. A code is unique within an era, not across
	// them: new wards often keep the code of one of the old ones.
	Code string
	// Name is the name without its type word, as the data contract writes
	// an organisation ("Ba Đình", "Nghệ An", "Hồ Chí Minh"), NFC with the
	// new tone placement; a name that is a bare number keeps its type word
	// ("Quận 3", "Phường 12").
	Name string
	// Type is the type word in lower case: "tỉnh", "thành phố", "quận",
	// "huyện", "thị xã", "phường", "xã", "thị trấn", "đặc khu".
	Type  string
	Level int // 1 province, 2 district (Old only), 3 ward, commune, town or special zone
	Era   Era
	// Province is the name of the unit's province in the same era as the
	// data contract's field province spells it: the name without its type
	// word, except Thành phố Hồ Chí Minh, whose bare name is a person's.
	// A province's Province is its own name so spelled.
	Province string
	// District is the Name of an old ward's or commune's district; "" for
	// every other unit.
	District string
	// Seen is, for an Old unit that is no longer on the map of 30 June
	// 2025 (merged away in the rearrangements of 2019–2025: "Long Điền",
	// a district of Bà Rịa - Vũng Tàu until 2025), the date of the last
	// map the sources show it on, "2019-10-06"; "" for every unit on the
	// map of 30 June 2025 and every New unit. Such a unit is found by
	// Lookup and listed by All, not by Units or Provinces; it has no
	// Successors, and its code may be that of the unit on the map that
	// kept it, which Successors and Predecessors mean by that code.
	Seen string
}

// Level numbers.
const (
	LevelProvince = 1
	LevelDistrict = 2
	LevelCommune  = 3
)

// provinceName spells a province's bare name as the data contract does.
func provinceName(name string) string {
	if name == "Hồ Chí Minh" {
		return "Thành phố Hồ Chí Minh"
	}
	return name
}

// provinceAliases are names a province goes by besides its own, by era and
// code: Thừa Thiên Huế became Thành phố Huế on 1 January 2025.
var provinceAliases = map[Era]map[string][]string{
	Old: {"46": {"Huế", "Thành phố Huế"}},
	New: {"46": {"Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế"}},
}

// All returns every unit of both eras: Old then New, by level, then code.
func All() []Unit { return slices.Clone(load().units) }

// Provinces returns the provinces of an era, by code.
func Provinces(era Era) []Unit {
	ix := load()
	return ix.list(ix.where(era, LevelProvince, func(int32) bool { return true }))
}

// Province finds a province of an era by any of its names or abbreviations
// ("Nghệ An", "tỉnh Nghệ An", "TP.HCM", "Thừa Thiên - Huế").
func Province(name string, era Era) (Unit, bool) {
	ix := load()
	if i, ok := ix.province(name, era); ok {
		return ix.units[i], true
	}
	return Unit{}, false
}

// Units returns the units of one level in a province (found as Province
// finds it) on an era's map, by code: Units("Hà Nội", LevelDistrict, Old)
// are Hà Nội's 30 districts until 30 June 2025.
func Units(province string, level int, era Era) []Unit {
	ix := load()
	p, ok := ix.province(province, era)
	if !ok {
		return nil
	}
	return ix.list(ix.where(era, level, func(i int32) bool { return ix.prov[i] == p && ix.units[i].Seen == "" }))
}

// Lookup returns every unit of an era, of any level, whose name matches
// name after Expand: "Ba Đình" finds the old district and the wards and
// communes of that name; "quận Ba Đình" or "Q. Ba Đình" only the district.
// Units come by level, then code; the caller owns the slice.
func Lookup(name string, era Era) []Unit {
	ix := load()
	return ix.list(ix.named(name, era))
}

// Successors returns the New units that took the area of the Old unit with
// this code: the new wards and communes that took an old ward's or
// commune's, or those of an old district's wards and communes (an island
// district's special zone); the new provinces that took an old province's
// units. By level, then code; nil for an unknown code.
func Successors(code string) []Unit {
	ix := load()
	i, ok := ix.code[Old-1][code]
	if !ok {
		return nil
	}
	switch ix.units[i].Level {
	case LevelDistrict:
		return ix.list(ix.gather(ix.succ, ix.spanOf(ix.succ[i]), func(j int32) bool { return ix.dist[j] == i }, nil))
	case LevelProvince:
		return ix.list(ix.gather(ix.succ, nil, func(j int32) bool { return ix.prov[j] == i }, ix.prov))
	}
	return ix.list(ix.spanOf(ix.succ[i]))
}

// Predecessors returns the Old units whose area the New unit with this
// code took: the old wards and communes of a new ward or commune (the
// island district of a special zone); the old provinces whose units went to
// a new province. By level, then code; nil for an unknown code.
func Predecessors(code string) []Unit {
	ix := load()
	i, ok := ix.code[New-1][code]
	if !ok {
		return nil
	}
	if ix.units[i].Level == LevelProvince {
		return ix.list(ix.gather(ix.pred, nil, func(j int32) bool { return ix.prov[j] == i }, ix.prov))
	}
	return ix.list(ix.spanOf(ix.pred[i]))
}

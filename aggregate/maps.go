package aggregate

import (
	"fmt"
	"slices"
	"strings"
)

// Map is the administrative map a report is counted against: the eras of
// the province's units (Hà Nội: 30 districts until 30/6/2025, 126 wards and
// communes from 1/7/2025) and which old units' areas went to which new ones.
// The gazetteer supplies it; DefaultMap is Hanoi's until then.
type Map struct {
	Eras        []Era
	Successions []Succession
}

// Era is one map of the province's units in force for a span of time.
type Era struct {
	Label     string   // the units, for coverage: "quận, huyện, thị xã"
	Period    string   // when the map is in force: "đến 30/6/2025"
	FirstYear int      // first year in force, 0 for always before LastYear
	LastYear  int      // last year in force, 0 for still in force
	FromMonth int      // first month in force in FirstYear (1 when 0)
	ToMonth   int      // last month in force in LastYear (12 when 0)
	Types     []string // org types of its units: "quận", "huyện", "thị xã"
	Units     []Unit   // its units by name; nil when only Total is known
	Total     int      // number of units; len(Units) when Units is given
}

// Unit is one unit of an era's map, named as Summary.Orgs names it.
type Unit struct {
	Name string
	Type string
}

// Succession says which units of the new map took the area of one unit of
// the old map. Complete is false when To lists only some of them: then no
// change is computed across the reform for From.
type Succession struct {
	From     string   // the old unit ("Hoàn Kiếm")
	To       []string // the new units ("Phường Hoàn Kiếm", …)
	Complete bool
}

// hanoiDistricts are Hà Nội's 30 district-level units before 1/7/2025.
var hanoiDistricts = []Unit{
	{"Ba Đình", "quận"}, {"Bắc Từ Liêm", "quận"}, {"Cầu Giấy", "quận"}, {"Đống Đa", "quận"},
	{"Hà Đông", "quận"}, {"Hai Bà Trưng", "quận"}, {"Hoàn Kiếm", "quận"}, {"Hoàng Mai", "quận"},
	{"Long Biên", "quận"}, {"Nam Từ Liêm", "quận"}, {"Tây Hồ", "quận"}, {"Thanh Xuân", "quận"},
	{"Sơn Tây", "thị xã"},
	{"Ba Vì", "huyện"}, {"Chương Mỹ", "huyện"}, {"Đan Phượng", "huyện"}, {"Đông Anh", "huyện"},
	{"Gia Lâm", "huyện"}, {"Hoài Đức", "huyện"}, {"Mê Linh", "huyện"}, {"Mỹ Đức", "huyện"},
	{"Phú Xuyên", "huyện"}, {"Phúc Thọ", "huyện"}, {"Quốc Oai", "huyện"}, {"Sóc Sơn", "huyện"},
	{"Thạch Thất", "huyện"}, {"Thanh Oai", "huyện"}, {"Thanh Trì", "huyện"}, {"Thường Tín", "huyện"},
	{"Ứng Hòa", "huyện"},
}

// DefaultMap is Hà Nội's map until the gazetteer supplies one: the 30
// districts by name until 30/6/2025, then 126 wards and communes, known by
// number only. Its successions name only the new units that carry an old
// district's name, and are incomplete: each district's area went to several.
func DefaultMap() Map {
	return Map{
		Eras: []Era{
			{
				Label: "quận, huyện, thị xã", Period: "đến 30/6/2025", LastYear: 2025, ToMonth: 6,
				Types: []string{"quận", "huyện", "thị xã"}, Units: slices.Clone(hanoiDistricts), Total: len(hanoiDistricts),
			},
			{
				Label: "phường, xã", Period: "từ 1/7/2025", FirstYear: 2025, FromMonth: 7,
				Types: []string{"phường", "xã"}, Total: 126,
			},
		},
		Successions: []Succession{
			{From: "Hoàn Kiếm", To: []string{"Phường Hoàn Kiếm"}},
			{From: "Sóc Sơn", To: []string{"Xã Sóc Sơn"}},
		},
	}
}

// communeTypes are the org types whose units are named with their type
// ("Phường Hoàn Kiếm", "Xã Sóc Sơn"), since the new wards and communes often
// carry the name of the district they replaced.
var communeTypes = map[string]string{"phường": "Phường", "xã": "Xã", "thị trấn": "Thị trấn"}

// OrgName is the name Summary.Orgs gives the org of a record: the record's
// org, prefixed with its type for a ward, commune or township ("Hoàn Kiếm",
// "phường" → "Phường Hoàn Kiếm"), so that a district and the ward that
// carries its name are two organisations.
func OrgName(org, orgType string) string {
	prefix, ok := communeTypes[orgType]
	if !ok || org == "" || strings.HasPrefix(strings.ToLower(org), orgType+" ") {
		return org
	}
	return prefix + " " + org
}

// inForce reports whether the era is in force during year y.
func (e *Era) inForce(y int) bool {
	return (e.FirstYear == 0 || y >= e.FirstYear) && (e.LastYear == 0 || y <= e.LastYear)
}

// months is the span of year y the era is in force: [from, to], 1…12.
func (e *Era) months(y int) (from, to int) {
	from, to = 1, 12
	if y == e.FirstYear && e.FromMonth > 1 {
		from = e.FromMonth
	}
	if y == e.LastYear && e.ToMonth > 0 {
		to = e.ToMonth
	}
	return from, to
}

// has reports whether an org (as named in Summary.Orgs) of the given type
// is a unit of the era's map.
func (e *Era) has(name, typ string) bool {
	if !slices.Contains(e.Types, typ) {
		return false
	}
	if e.Units == nil {
		return true
	}
	return slices.Contains(e.Units, Unit{name, typ})
}

// total is the number of the era's units.
func (e *Era) total() int {
	if e.Units != nil {
		return len(e.Units)
	}
	return e.Total
}

// Coverage is how many of an era's units a sum has figures for.
type Coverage struct {
	Reported int    // units with a figure
	Total    int    // units of the map in force
	Label    string // "quận, huyện, thị xã"
	Period   string // "đến 30/6/2025", "" when the map is the only one of the year
}

// String reads "8/30 quận, huyện, thị xã".
func (c Coverage) String() string {
	return fmt.Sprintf("%d/%d %s", c.Reported, c.Total, c.Label)
}

// Meaningful reports whether a ranking of the units with figures says
// something: at least MinRanked of them and at least a quarter of the map.
func (c Coverage) Meaningful() bool {
	return c.Reported >= MinRanked && c.Reported*4 >= c.Total
}

// MinRanked is the fewest units a ranking compares.
const MinRanked = 5

package vocab

import (
	"cmp"
	"slices"
)

// Category codes, in report order.
var Categories = []string{"membership", "welfare", "representation", "emulation", "training", "finance", "culture", "other"}

// Unit codes, in report order.
var Units = []string{"member", "union", "person", "collective", "organization", "household", "gift", "vnd", "percent", "event", "initiative", "item", "count"}

// Qualifier codes.
const (
	QualExact    = "exact"
	QualMoreThan = "more_than"
	QualAtLeast  = "at_least"
	QualAbout    = "about"
)

// Basis codes.
const (
	BasisTotal   = "total"
	BasisPerUnit = "per_unit"
)

// Status codes.
const (
	StatusAchieved = "achieved"
	StatusPlanned  = "planned"
)

// Period codes.
const (
	PeriodYear      = "year"
	PeriodMultiYear = "multi_year"
	PeriodSnapshot  = "snapshot"
)

// The city whose statistics these are: its canonical name and org type.
const (
	City     = "Hà Nội"
	CityType = "thành phố"
	// TypeOther is the org type of a body of unknown kind.
	TypeOther = "khác"
)

// OrgTypes is the display order of org types after the city's own.
var OrgTypes = []string{"quận", "huyện", "thị xã", "phường", "xã", "công đoàn ngành", "cụm thi đua", TypeOther}

// IsCity reports whether a figure of org (of type orgType) is the city's
// own: reported by the city federation itself, not by one of its units.
func IsCity(org, orgType string) bool { return org == City || orgType == CityType }

// Rank is the position of code in list; codes not in list come after.
func Rank(list []string, code string) int {
	if i := slices.Index(list, code); i >= 0 {
		return i
	}
	return len(list)
}

// compareIn orders codes by their position in list, unknown codes last in
// byte order.
func compareIn(list []string, x, y string) int {
	if x == y {
		return 0
	}
	return cmp.Or(cmp.Compare(Rank(list, x), Rank(list, y)), cmp.Compare(x, y))
}

// CompareCategory orders category codes as the contract lists them.
func CompareCategory(x, y string) int { return compareIn(Categories, x, y) }

// CompareUnit orders unit codes as the contract lists them.
func CompareUnit(x, y string) int { return compareIn(Units, x, y) }

// CompareOrgType orders org types: the city's, then OrgTypes, then any
// other in byte order.
func CompareOrgType(x, y string) int {
	return cmp.Or(cmp.Compare(typeRank(x), typeRank(y)), cmp.Compare(x, y))
}

func typeRank(t string) int {
	if t == CityType {
		return -1
	}
	return Rank(OrgTypes, t)
}

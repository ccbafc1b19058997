package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/gazetteer"
	"github.com/lddt/unionstats/vocab"
)

// City is the canonical name of the city-level organisation, the home
// paper's province.
const City = vocab.City

// nationalFederation is the canonical name of the national federation.
const nationalFederation = "Tổng Liên đoàn Lao động Việt Nam"

// orgRef is a resolved organisation.
type orgRef struct {
	name, typ string
	// province is the organisation's province; "" with inherit set means
	// the article's own province (a sectoral union named without a place,
	// "LĐLĐ tỉnh" without a name), "" without it that no text says which.
	province string
	inherit  bool
	// shared lists the provinces a name could mean when nothing settles
	// which ("Nghệ An, Hà Nội"); province is then "".
	shared string
	// back marks a union named by its type alone ("Công đoàn phường",
	// "LĐLĐ huyện"): the organisation of that type named before it.
	back bool
}

// mention is an organisation named in a sentence, at token tok.
type mention struct {
	tok    int
	end    int // the token after its name
	org    orgRef
	object bool // named as an object (của, cho, đề nghị …): not the sentence's subject
	giver  bool // a province's or the national federation, giving (tặng, trao …)
	// partner marks a body named as the subject's partner (phối hợp, cùng):
	// of two bodies that hand something out together, the lower one's
	// figure it is (the national federation's gift handed out by a
	// province is the province's).
	partner bool
	// guest marks a body named as an event's guest (guestListed,
	// officerGuest): it heads no article either.
	guest bool
}

// orgScope is what findOrgs needs to know of the article.
type orgScope struct {
	year     int
	era      gazetteer.Era
	province string // the article's own province, "" while it is being found
	// city is the city a bare "Thành phố" names when the article's own
	// province is no city: the paper's (see paperCity).
	city string
	// finding is set while the article's province is being found: a bare
	// "Liên đoàn Lao động thành phố" then names no city yet.
	finding bool
	// homeOnly is set when province is the home paper's city only because
	// the article names no province (articleProvince): no text says so.
	homeOnly bool
	bodies   *articleBodies // what the article says of its named bodies (bodies.go)

	// eitherMap is set when the article's date does not say which map is
	// in force (a 2025 article without a publication date): a name is
	// looked up on both.
	eitherMap bool
	// ofTinh reports that the article names a province's body by the
	// bare word "tỉnh" ("LĐLĐ tỉnh", "UBND tỉnh", "Tỉnh ủy"): its province
	// is a tỉnh, none of the centrally-run cities (see provincialBody).
	// It is read only for a name several provinces share, so it tokenizes
	// the paragraphs then, once; nil for no article.
	ofTinh func() bool
	// tinh is the province whose federation, named with its province,
	// acted in a sentence before in the paragraph: the one a bare "LĐLĐ
	// tỉnh" goes on with ("- LĐLĐ tỉnh A quyết định …. LĐLĐ tỉnh đã …" in
	// a roundup of provinces), "" for none.
	tinh string
}

// unionBody reports the length in tokens of a union-body word at token i
// ("lđlđ", "liên đoàn lao động", "công đoàn"), 0 if none. "Tổng Liên đoàn"
// (the national federation) is matched on its own.
func unionBody(s *sentence, i int) int {
	if s.word(i-1) == "tổng" {
		return 0
	}
	switch s.word(i) {
	case "lđlđ", "cđ":
		return 1
	case "liên":
		if s.word(i+1) == "đoàn" && s.word(i+2) == "lao" && s.word(i+3) == "động" {
			return 4
		}
	case "công":
		if s.word(i+1) == "đoàn" {
			return 2
		}
	}
	return 0
}

// nationalAt matches the national federation at token i: "Tổng LĐLĐ Việt
// Nam", "Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn".
func nationalAt(s *sentence, i int) (int, bool) {
	if s.word(i) == "công" && s.word(i+1) == "đoàn" && s.word(i+2) == "việt" && s.word(i+3) == "nam" &&
		capitalWords(s, i, 1) == 1 && capitalWords(s, i+2, 1) == 1 && !s.phraseBefore(i, "thành lập") {
		// "Đại hội XIII Công đoàn Việt Nam": the national organisation,
		// not the anniversary "Ngày thành lập Công đoàn Việt Nam"
		return i + 4, true
	}
	if s.word(i) != "tổng" {
		return i, false
	}
	j := i + 1
	switch {
	case s.word(j) == "lđlđ":
		j++
	case s.word(j) == "liên" && s.word(j+1) == "đoàn":
		j += 2
		if s.word(j) == "lao" && s.word(j+1) == "động" {
			j += 2
		}
	default:
		return i, false
	}
	j = skipAbbrev(s, j)
	if s.word(j) == "việt" && s.word(j+1) == "nam" {
		j += 2
	}
	return j, true
}

// skipAbbrev skips a parenthesised abbreviation such as "(LĐLĐ)" at token i.
func skipAbbrev(s *sentence, i int) int {
	if i+2 < len(s.toks) && s.word(i) == "(" && s.word(i+2) == ")" {
		return i + 3
	}
	return i
}

// entryAt matches the first of entries whose name starts at token i.
func entryAt(s *sentence, i int, entries []gazetteerEntry) (gazetteerEntry, int, bool) {
	if i >= len(s.toks) {
		return gazetteerEntry{}, i, false
	}
	at := s.low[s.toks[i].start:]
	for _, g := range entries {
		if end, ok := wordAt(at, 0, g.folded); ok {
			return g, tokensThrough(s, i, end), true
		}
	}
	return gazetteerEntry{}, i, false
}

// tokensThrough is the token after a phrase of end bytes matched at token
// i: the first token of s from i on that ends more than end bytes past
// token i's start.
func tokensThrough(s *sentence, i, end int) int {
	j := i
	for j < len(s.toks) && int(s.toks[j].end)-int(s.toks[i].start) <= end {
		j++
	}
	return j
}

// sectorAt matches a sector's name (lex.sectors) at token i as entryAt
// does, and also when a hyphen or a dash joins its words ("Dệt-May",
// "Dệt - May", "Giao thông – Vận tải"): one name, however the words are
// joined, given by its canonical spelling.
func sectorAt(s *sentence, i int) (gazetteerEntry, int, bool) {
	if g, k, ok := entryAt(s, i, lex.sectors); ok || i >= len(s.toks) {
		return g, k, ok
	}
	at := s.low[s.toks[i].start:]
	const window = 96 // longer than any sector's name
	cut := len(at) > window
	if cut {
		at = at[:window]
	}
	if strings.IndexByte(at, '-') < 0 && !strings.Contains(at, "–") { // strings.ContainsAny decodes every rune for a non-ASCII set
		return gazetteerEntry{}, i, false
	}
	norm, pos := undash(at)
	for _, g := range lex.sectors {
		if end, ok := wordAt(norm, 0, g.folded); ok && (end < len(norm) || !cut) {
			return g, tokensThrough(s, i, pos[end]), true
		}
	}
	return gazetteerEntry{}, i, false
}

// undash writes a hyphen or a dash between two words, with or without
// spaces around it, as one space. pos[k] is the byte of s that byte k of
// the result stands at (pos[len(result)] is len(s)).
func undash(s string) (string, []int) {
	var b strings.Builder
	pos := make([]int, 0, len(s)+1)
	for k := 0; k < len(s); {
		if s[k] == ' ' || s[k] == '-' || strings.HasPrefix(s[k:], "–") {
			e := skipSpaces(s, k)
			dash := false
			if e < len(s) && s[e] == '-' {
				e, dash = skipSpaces(s, e+1), true
			} else if strings.HasPrefix(s[e:], "–") {
				e, dash = skipSpaces(s, e+len("–")), true
			}
			if dash && k > 0 && e < len(s) && s[e] != ' ' {
				b.WriteByte(' ')
				pos = append(pos, k)
				k = e
				continue
			}
		}
		b.WriteByte(s[k])
		pos = append(pos, k)
		k++
	}
	return b.String(), append(pos, len(s))
}

// typeAbbrevs are the type words written as letters and a full stop.
var typeAbbrevs = map[string]string{"q": "quận", "h": "huyện", "p": "phường", "tx": "thị xã", "tt": "thị trấn"}

// typeWordAt matches an administrative type word at token i: "tỉnh",
// "thành phố", "tp", "quận", "huyện", "thị xã", "thị trấn", "phường", "xã",
// "đặc khu", and "Q.", "H.", "P.", "TX.", "TT." for the last five. It
// returns the type as the contract spells it.
func typeWordAt(s *sentence, i int) (string, int) {
	switch w := s.word(i); w {
	case "tỉnh", "quận", "huyện", "phường":
		return w, i + 1
	case "xã":
		if s.word(i-1) == "thị" {
			return "", i
		}
		return w, i + 1
	case "thị":
		switch s.word(i + 1) {
		case "xã":
			return "thị xã", i + 2
		case "trấn":
			return "thị trấn", i + 2
		}
	case "thành":
		if s.word(i+1) == "phố" {
			return "thành phố", i + 2
		}
	case "tp":
		if s.word(i+1) == "." {
			return "thành phố", i + 2
		}
		return "thành phố", i + 1
	case "đặc":
		if s.word(i+1) == "khu" {
			return "đặc khu", i + 2
		}
	case "q", "h", "p", "tx", "tt":
		// "Q.3", "H. Sóc Sơn", "P. Bến Nghé", "TX. Thuận An": the letters
		// glued to their dot
		if s.word(i+1) == "." && s.toks[i+1].start == s.toks[i].end {
			return typeAbbrevs[w], i + 2
		}
	}
	return "", i
}

// levelOf is the map level of an administrative type.
func levelOf(typ string) int {
	switch typ {
	case "tỉnh":
		return 1
	case "quận", "huyện", "thị xã":
		return 2
	case "phường", "xã", "thị trấn", "đặc khu":
		return 3
	}
	return 0 // "thành phố": a province-level or a district-level city
}

// placeNamed matches a place of type typ ("" for any) at token i, the type
// word already read, and resolves it against the article's province.
func (sc orgScope) placeNamed(s *sentence, i int, typ string) (orgRef, int, bool) {
	lvl := levelOf(typ)
	ps, k := placesAt(s, i, func(p place) bool {
		switch {
		case lvl != 0 && p.level != lvl:
			return false
		case typ == "thành phố" && p.level == 3:
			return false
		case typ != "" && p.level == 2 && p.typ != typ && !upgradedFrom(p.typ, typ):
			return false
		}
		return true
	})
	if len(ps) == 0 && lvl == 2 {
		// a district named with the type it had before an upgrade: "quận
		// Thủ Đức" (a city since 2021), "huyện Từ Sơn"; the name is the
		// district's all the same
		ps, k = placesAt(s, i, func(p place) bool { return p.level == 2 })
		if len(ps) > 0 {
			org := sc.resolve(ps)
			if org.name != "" {
				org.typ = typ
			}
			return org, k, true
		}
	}
	if len(ps) == 0 {
		return orgRef{}, i, false
	}
	if lvl == 3 && sc.eitherMap && len(ps) > 1 {
		ps = ownType(ps, typ)
	}
	if typ == "thành phố" {
		// "LĐLĐ thành phố Thanh Hóa" in 2019: the city, not the province
		// of the same name
		cities := filterPlaces(ps, func(p place) bool { return p.typ == typ })
		current := func(p place) bool { return p.era == sc.era }
		switch {
		case len(cities) == 0:
		case !slices.ContainsFunc(cities, current) && slices.ContainsFunc(ps, current):
			// "LĐLĐ thành phố Huế" in 2019: a city the map in force
			// has no more, in the province then in force
			org := sc.resolve(filterPlaces(ps, current))
			return orgRef{name: cities[0].name, typ: typ, province: org.province}, k, true
		default:
			ps = cities
		}
	}
	org := sc.resolve(ps)
	if upgradedFrom(org.typ, typ) {
		org.typ = typ // the unit as the article names it, before its upgrade
	}
	return org, k, true
}

// ownType keeps, of the wards and communes ps a name can mean, those of
// the type the text gives it, when there are any: in an undated 2025
// article (either map) "Công đoàn xã Phúc Lộc" is the new map's commune,
// not the old map's thị trấn of that name, which the reform made a xã.
// The level alone matches, as an old article may name a unit by a type it
// has since lost.
func ownType(ps []place, typ string) []place {
	if !slices.ContainsFunc(ps, func(p place) bool { return p.typ == typ }) {
		return ps
	}
	return filterPlaces(ps, func(p place) bool { return p.typ == typ })
}

// onlyTinh is the index in ps of the place whose province is the one tỉnh
// (no centrally-run city) among them, -1 if none or several.
func onlyTinh(ps []place) int {
	at := -1
	for i, p := range ps {
		if provinceOrg(p.province).typ != "tỉnh" {
			continue
		}
		if at >= 0 && ps[at].province != p.province {
			return -1
		}
		if at < 0 {
			at = i
		}
	}
	return at
}

// provincialBody reports a province's body named by the bare word "tỉnh"
// in s: "LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh", "UBND tỉnh", "Ủy ban nhân
// dân tỉnh" with no name after it, or "Tỉnh ủy". Only a province has them;
// a centrally-run city's are "LĐLĐ thành phố", "Thành ủy".
func provincialBody(s *sentence) bool {
	for i := range s.toks {
		if s.word(i) != "tỉnh" {
			continue
		}
		if s.word(i+1) == "ủy" || s.word(i+1) == "uỷ" {
			return true
		}
		if capitalAt(s, i+1) {
			continue // "LĐLĐ tỉnh Long An": a named province
		}
		if s.word(i-1) == "ubnd" || s.phraseBefore(i, "ủy ban nhân dân") || s.phraseBefore(i, "uỷ ban nhân dân") {
			return true
		}
		for k := max(0, i-4); k < i; k++ {
			if n := unionBody(s, k); n > 0 && k+n == i {
				return true
			}
		}
	}
	return false
}

// upgradedFrom reports a district-level type now that a unit once named
// typ may have been raised to: a huyện becomes a thị xã, a thành phố or a
// quận, a thị xã a thành phố. The map lists each unit under its last type
// ("thị xã Phong Điền" since 2025), so "huyện Phong Điền" may be that unit
// as well as another province's huyện of the name.
func upgradedFrom(now, typ string) bool {
	switch typ {
	case "huyện":
		return now == "thị xã" || now == "thành phố" || now == "quận"
	case "thị xã":
		return now == "thành phố"
	}
	return false
}

// provinceNow is the province a province-level place named on its own
// stands for on the map in force: after the reform an old province's name
// ("khu vực Hòa Bình" in January 2026) is an area of the province that took
// it over, never a province of its own.
func (sc orgScope) provinceNow(p place) string {
	if sc.era == gazetteer.New && p.era != gazetteer.New {
		if np := successorProvince(p); np != "" {
			return np
		}
	}
	return p.province
}

// resolve picks among the places a name can mean: those on the map in
// force first; then the one place, or the one in the article's province;
// a name shared by several provinces stays without a province.
func (sc orgScope) resolve(ps []place) orgRef {
	if sc.eitherMap {
		if org, ok := sc.resolveEitherMap(ps); ok {
			return org
		}
	}
	if cur := filterPlaces(ps, func(p place) bool { return p.era == sc.era }); len(cur) > 0 {
		ps = cur
	} else if sc.era == gazetteer.New {
		// an old name after the reform ("tỉnh Hải Dương" in September
		// 2025): the organisation keeps its name, in the province that
		// took over its area
		org := orgRef{name: ps[0].name, typ: ps[0].typ, province: ps[0].province}
		if np := successorProvince(ps[0]); np != "" && len(ps) == 1 {
			org.province = np
			if ps[0].level == 1 {
				org = provinceOrg(np)
			}
		}
		return org
	}
	// a province-level name wins over a district or ward of the same name
	top := ps[0].level
	for _, p := range ps {
		top = min(top, p.level)
	}
	ps = filterPlaces(ps, func(p place) bool { return p.level == top })
	pick := ps[0]
	same := true
	for _, p := range ps[1:] {
		if p.province != pick.province {
			same = false
		}
	}
	if !same {
		i := slices.IndexFunc(ps, func(p place) bool { return p.province == sc.province })
		if i < 0 && sc.ofTinh != nil && sc.ofTinh() {
			// "LĐLĐ huyện Phong Điền … Chủ tịch LĐLĐ tỉnh": of the
			// provinces the name has, only those that are a tỉnh
			i = onlyTinh(ps)
		}
		if i < 0 {
			var provs []string
			for _, p := range ps {
				if !slices.Contains(provs, p.province) {
					provs = append(provs, p.province)
				}
			}
			slices.Sort(provs)
			return orgRef{name: pick.name, typ: pick.typ, shared: strings.Join(provs, ", ")}
		}
		pick = ps[i]
	}
	return orgRef{name: pick.name, typ: pick.typ, province: pick.province}
}

// resolveEitherMap resolves a name in an article that may be on either
// map ("Hà Nội: Đại hội Công đoàn phường A" in 2025, undated; Hà Nội's ward
// A is on the new map, another province's on the old): of the provinces
// the name has on either, the article's own, else none, the name staying
// without a province. ok is false when the name is one province's: resolve
// then reads it as usual.
func (sc orgScope) resolveEitherMap(ps []place) (orgRef, bool) {
	top := ps[0].level
	for _, p := range ps {
		top = min(top, p.level)
	}
	ps = filterPlaces(ps, func(p place) bool { return p.level == top })
	var provs []string
	for _, p := range ps {
		if !slices.Contains(provs, p.province) {
			provs = append(provs, p.province)
		}
	}
	if len(provs) < 2 {
		return orgRef{}, false
	}
	if slices.Contains(provs, sc.province) {
		own := filterPlaces(ps, func(p place) bool { return p.province == sc.province })
		pick := own[0]
		if i := slices.IndexFunc(own, func(p place) bool { return p.era == sc.era }); i >= 0 {
			pick = own[i]
		}
		return orgRef{name: pick.name, typ: pick.typ, province: pick.province}, true
	}
	slices.Sort(provs)
	return orgRef{name: ps[0].name, typ: ps[0].typ, shared: strings.Join(provs, ", ")}, true
}

// provinceAfter reads a province named right after an organisation's name:
// "Công đoàn ngành Y tế Nghệ An", "… tỉnh Bắc Ninh", "… TP.HCM".
func (sc orgScope) provinceAfter(s *sentence, i int) (string, int) {
	typ, j := typeWordAt(s, i)
	if typ != "" && typ != "tỉnh" && typ != "thành phố" {
		return "", i
	}
	if p, k, ok := sc.placeNamed(s, j, typ); ok && p.province != "" && (typ != "" || p.name == p.province) {
		return p.province, k // a bare name must be a province's: "… Nghệ An", not "… Kim Sơn"
	}
	if typ != "" && sc.province != "" && provinceOrg(sc.province).typ == typ {
		return sc.province, j // "Công đoàn Viên chức Thành phố" in a Hồ Chí Minh City article
	}
	if typ == "" && sc.era == gazetteer.New {
		// "Công đoàn VNPT Bình Định" in August 2025: a body named after a
		// province merged away keeps its name, in the province that took
		// the old one over; the ward the reform named after the old
		// province ("phường Bình Định") is no province
		if ps, k := placesAt(s, j, func(p place) bool { return p.level == 1 && p.era != gazetteer.New }); len(ps) == 1 {
			if np := successorProvince(ps[0]); np != "" {
				return np, k
			}
		}
	}
	return "", i
}

// provinceOrg is the federation of a province, named as the contract names
// provinces. Of the units a name has had, the one still so named wins:
// "Huế" is the city of the new map, not Thừa Thiên Huế.
func provinceOrg(province string) orgRef {
	ps := places().byName[lower(province)]
	for _, p := range ps {
		if p.level == 1 && p.province == province {
			return orgRef{name: p.province, typ: p.typ, province: p.province}
		}
	}
	for _, p := range ps {
		if p.level == 1 {
			return orgRef{name: p.province, typ: p.typ, province: p.province}
		}
	}
	return orgRef{name: province, typ: "tỉnh", province: province}
}

// cityNamed is the province-level city a bare "Thành phố" names: the
// article's own when its province is a city; one of the province's cities
// named elsewhere in the article (a back reference) when it is not; else the
// paper's city (Hà Nội for this paper), unless the article names Hà Nội as
// its own; on a site not known to be any city's, in an article whose
// province nothing tells, an unnamed city.
// While the article's province is being found it names none: "Liên đoàn
// Lao động thành phố" in a Đà Nẵng paper's lead is Đà Nẵng's.
func (sc orgScope) cityNamed() orgRef {
	if sc.finding {
		return orgRef{typ: "thành phố", inherit: true}
	}
	if sc.province != "" && sc.province != City {
		if org := provinceOrg(sc.province); org.typ == "thành phố" {
			return org
		}
		if c := sc.siteCity(); c.province == sc.province {
			return c // "LĐLĐ thành phố" on Hội An's site
		}
		// a province's article: "LĐLĐ thành phố" is one of its cities,
		// the one the article names ("LĐLĐ TP Đà Lạt …, LĐLĐ thành phố
		// đã phát triển …")
		return orgRef{typ: "thành phố", back: true}
	}
	if sc.city != "" && sc.city != City && sc.province != City {
		// another city's paper; not when the article names Hà Nội as its
		// own ("Chủ tịch LĐLĐ TP Hà Nội cho biết …, LĐLĐ TP đã chuẩn bị …"
		// in Người Lao Động): on such a site its province is no default
		return provinceOrg(sc.city)
	}
	if c := sc.siteCity(); c.name != "" && sc.province == "" {
		return c
	}
	if sc.city == "" && sc.province == "" {
		return orgRef{typ: "thành phố"}
	}
	return orgRef{name: City, typ: "thành phố", province: City}
}

// capitalWords returns how many capitalised words start at token i (at most max).
func capitalWords(s *sentence, i, max int) int {
	n := 0
	for n < max && capitalAt(s, i+n) {
		n++
	}
	return n
}

func (s *sentence) span(i, j int) string {
	return s.text[s.toks[i].start:s.toks[j-1].end]
}

// findOrgs finds the organisations a sentence names. Wards and communes
// (phường, xã) became reporting units in 2025; before that a ward named in
// a sentence is a place inside a district, not an organisation.
func findOrgs(s *sentence, sc orgScope) []mention { return appendOrgs(nil, s, sc) }

// appendOrgs is findOrgs in dst's spare capacity: the mentions it returns
// are those of s alone (dst's own are left as they are).
func appendOrgs(dst []mention, s *sentence, sc orgScope) []mention {
	out := dst[len(dst):]
	lastEnd := -1     // token just past the previous mention
	institution := "" // the kind of institution an object's place was named in (objectInstitution)
	for i := 0; i < len(s.toks); i++ {
		start := i
		org, next, ok := orgRef{}, i, false
		if orgStart(s.word(i)) { // orgAt's own first test, without its call for most words
			org, next, ok = sc.orgAt(s, i, start == lastEnd)
		}
		if !ok {
			// "Tại Hưng Yên, LĐLĐ tỉnh …": a province named on its own is
			// the one a bare "tỉnh" or an unplaced union after it belongs to
			if noCapital(s, s.toks[i]) || !capitalAt(s, i) {
				continue // capitalAt's call saved for most tokens
			}
			if ps, k := placesAt(s, i, func(p place) bool { return p.level == 1 }); len(ps) > 0 && !personName(s, i) {
				if !s.fronted && !destinationListed(s, i) && !firmNamedPlace(s, i) {
					pr := sc.provinceNow(ps[0])
					sc.province, s.province = pr, pr
					s.fronted = locativeOpener(s, i, k)
				}
				i = k - 1
			} else if m, ok := sc.listedPlace(s, i, out); ok {
				out = append(out, m)
				i, lastEnd = m.end-1, m.end
			}
			continue
		}
		if p, k := sc.placedIn(s, next); p != "" {
			// "LĐLĐ quận Ninh Kiều (TP Cần Thơ)", "…, tỉnh Tiền Giang": the
			// place the organisation lies in, not another organisation; a
			// national body's is always the country ("tại sân cơ quan Tổng
			// LĐLĐ Việt Nam (Hà Nội)" places the venue, not the body)
			if org.province != National && (org.province == "" || !org.inherit) {
				org = sc.relocate(org, p)
			}
			next = k
		}
		i = next - 1
		if org.name == "" && !org.back {
			lastEnd = next
			continue
		}
		giver := org.name != "" && (org.name == org.province || org.name == nationalFederation) && s.word(start) != "toàn" && (gives(s, next) || leaderGives(s, start, next) || behalfGives(s, start, next))
		m := mention{tok: start, end: next, org: org, object: objectMarked(s, start) && !delegationOf(s, start) || guests(s), giver: giver, partner: partnerMarked(s, start)}
		if glossesPartner(s, start, out) {
			m.object = true // "kết nối với Cụm A (Công đoàn B) hỗ trợ …": the donor's owner, no actor
		}
		if n := len(out); n > 0 && parentGloss(s, out[n-1], start, next) {
			// "Công đoàn Viên chức tỉnh (LĐLĐ tỉnh A) tổ chức …": the body
			// in brackets names the one before it's parent, no actor; its
			// place is the place of the body before it
			m.object = true
			if p := org.province; out[n-1].org.inherit && out[n-1].org.province == "" && p != "" && p != National {
				out[n-1].org = sc.relocate(out[n-1].org, p)
			}
		}
		if n := len(out); n > 1 && out[n-1].object && onlyListMarks(s, out[n-1].end, start) &&
			slices.ContainsFunc(out[:n-1], func(o mention) bool { return !o.object && !inOpeningTime(s, o.tok) }) {
			// "Công đoàn phường X trao 150 suất quà từ Tổng LĐLĐ Việt Nam,
			// LĐLĐ thành phố Huế …": every item of a list of givers after
			// the subject ("Theo đề xuất của X, Y đã …" opens with no
			// subject: Y is one)
			m.object = true
		}
		// a place after the subject, or after a verb ("… tặng quà 12 giáo
		// viên chi viện tỉnh Yên Bái"): where, not who; one that opens the
		// sentence ("Tại quận Ba Đình, …") may stand for its union
		if k := locationPhrase(s, start); !m.object && k >= 0 && (k > 2 || slices.ContainsFunc(out, func(o mention) bool { return !o.object })) {
			m.object = true
		}
		if org.name != "" && org.name == org.province && org.province != National && unionBody(s, start) == 0 && !s.fronted && locativeOpener(s, start, next) {
			// "Tại tỉnh Thái Bình, theo ông A, Công đoàn ngành Y tế đã
			// gửi …": the province a bare "tỉnh" or an unplaced union in
			// the sentence belongs to, as "Tại Hưng Yên, …" is
			sc.province, s.province, s.fronted = org.province, org.province, true
		}
		// a firm's union after the people it counts ("Chị A, đoàn viên
		// Công đoàn Công ty B, được hỗ trợ …"): whose people, not who acts
		if b := grassrootsName(s, start); !m.object && org.typ == "khác" && b > start && firmName(s, b) > b && memberOf(s, start) {
			m.object = true
		}
		// the body the people counted, or a union named for them, belong
		// to ("2 đoàn viên thuộc Công đoàn Trường A (thuộc LĐLĐ quận B)"):
		// whose they are, not who acts
		if !m.object && affiliationOf(s, start) {
			m.object = true
		}
		// a place in a list after "thuộc (địa bàn của)": a part of the
		// body told of, not who acts
		if !m.object && partListed(s, start) {
			m.object = true
		}
		// a body named in the phrase a sentence opens with of what it rests
		// on ("Trên cơ sở các tiêu chí do LĐLĐ TP đặt ra, LĐLĐ huyện …"):
		// not who acts
		if !m.object && inOpeningBasis(s, start) {
			m.object = true
		}
		// a place in brackets after a venue, a firm or a body ("Nhà văn hóa
		// (quận X)", "Công ty A (xã B)", "CĐCS xã C (huyện D)", "Công đoàn
		// Công ty A (KCN B, TP HCM)"): where it is, not who acts
		if !m.object && start > 1 && (inBrackets(s, start) || streetAddress(s, start)) && unionBody(s, start) == 0 {
			m.object = true
		}
		// a union in brackets after a person's name ("trao hỗ trợ cho đoàn
		// viên Lê Thị A (Công đoàn Công ty B)"): whose member she is
		if !m.object && personsUnion(s, start) {
			m.object = true
		}
		// a firm's union in the middle of a list of those present that
		// ends on the people counted ("Tại buổi gặp mặt, ban giám đốc,
		// Công đoàn công ty và 200 công nhân đã …"): one of them, not who
		// holds the event
		if !m.object && firmAmongPresent(s, m) {
			m.object = true
		}
		// a firm's union being founded ("Hội nghị thành lập công đoàn
		// Công ty A"): what the union above it founds, not who acts
		if !m.object && founded(s, m) {
			m.object = true
		}
		// a place in the description of those who get something ("trao 30
		// suất quà cho học sinh trường Tiểu học A, huyện B"): where they
		// are, not who acts
		if !m.object && recipientsPlace(s, start) {
			m.object = true
		}
		// a body among the winners an award is told for ("tặng Cờ thi đua
		// cho 14 đơn vị, trong đó có LĐLĐ thành phố A, …", "Các đơn vị được
		// tặng Cờ gồm …"): who gets it, not who acts
		if !m.object && winnersListed(s, start) {
			m.object = true
		}
		// a body in the list of those who attend ("Buổi khai mạc có sự
		// tham dự của bà A, Phó Chủ tịch Tổng LĐLĐ Việt Nam; lãnh đạo LĐLĐ
		// thành phố cùng gần 850 đoàn viên"): a guest, not who holds it
		// ("Đại hội hân hạnh đón tiếp các đồng chí lãnh đạo Tổng LĐLĐ
		// Việt Nam, …", "Phó Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Văn B dự Đại hội",
		// officerGuest), even one named as an object for another reason
		if guestListed(s, start) || officerGuest(s, start, next) {
			m.object, m.guest = true, true
		}
		// a donor the subject mobilises or connects with ("Công đoàn
		// Giáo dục huyện đứng ra kết nối với Câu lạc bộ A (Công đoàn B)
		// để …"): whom the subject brings in, not who reports
		if !m.object && connectedTo(s, start) {
			m.object = true
		}
		// a body's premises where the event is held ("Tại trụ sở Công đoàn
		// Khu kinh tế X, LĐLĐ tỉnh tổ chức …"): the host, not who acts
		if !m.object && venueOf(s, start) {
			m.object = true
		}
		// a place in the name of an institution that is the object ("ủng
		// hộ Bưu điện tỉnh A 30 triệu đồng"): the recipient's seat, not who
		// acts
		if !m.object {
			m.object, institution = objectInstitution(s, start, institution)
		}
		// a place in the name of the firm whose people are counted ("52
		// người của Tổng công ty Cấp nước TP A"): whose people, not who acts
		if !m.object && unionBody(s, start) == 0 && employerPlace(s, start) {
			m.object = true
		}
		// a place that ends the name of a school, a hospital or a firm
		// ("… do CLB A - Trường Đại học Luật TP HCM thực hiện"): part of
		// that institution's name, never the body that acts
		if !m.object && unionBody(s, start) == 0 && institutionPlace(s, start) {
			m.object = true
		}
		// a place in the name of a gift's funder ("9 phần quà của Ủy
		// ban Mặt trận Tổ quốc tỉnh A"): who paid, not who hands out
		if !m.object && (inGiftFunder(s, start) || giftReceivedOf(s, start)) {
			m.object = true
		}
		// another province's federation or name after a province
		// federation's verb of giving, in a list of its shares ("LĐLĐ tỉnh
		// A hỗ trợ 300 trường hợp, trong đó LĐLĐ tỉnh B 150 trường hợp",
		// "đã hỗ trợ 2 tỉnh C và D, mỗi tỉnh …"): a peer that receives,
		// not who acts
		if !m.object && peerRecipient(s, start, next, org, out) {
			m.object = true
		}
		m.object = (m.object && !unionLevelsOf(s, start)) || fundedByNation(s, start, next, org, sc)
		if prov := listProvince(org, out); !m.object && org.name != "" && org.name != prov && prov != "" && prov != National && kindsListed(s, start) {
			// "LĐLĐ các huyện, thị xã, các công đoàn ngành, Công đoàn Viên
			// chức tỉnh A đã …": every kind of the province's bodies, the
			// last one named, act together: the province's sum
			m.org = provinceOrg(prov)
		}
		out = append(out, m)
		lastEnd = next
	}
	jointLowerUnits(s, out)
	return out
}

// jointLowerUnits reads a union body of a district-level unit that opens a
// list of other such units of its province, only commas and "và" between
// them ("văn phòng tư vấn tại LĐLĐ huyện A, huyện B, TP C đã tiếp 400
// lượt đoàn viên"): the units act together, and the figure is their common
// parent's, the province's, never the first unit's alone. The other items
// become objects.
func jointLowerUnits(s *sentence, out []mention) {
	for i := 0; i+1 < len(out); i++ {
		first := out[i]
		if first.object || !lowerUnit(first.org) || unionBody(s, first.tok) == 0 {
			continue
		}
		j := i + 1
		for j < len(out) && out[j].org.province == first.org.province && lowerUnit(out[j].org) &&
			out[j].org.name != out[j-1].org.name && onlyListMarks(s, out[j-1].end, out[j].tok) {
			j++
		}
		if j == i+1 {
			continue
		}
		out[i].org = provinceOrg(first.org.province)
		for k := i + 1; k < j; k++ {
			out[k].object = true
		}
		i = j - 1
	}
}

// lowerUnit reports a district-level unit of a known province (a quận,
// huyện, thị xã or a province's city) or, from July 2025, a ward or
// commune: a unit whose common parent is its province.
func lowerUnit(org orgRef) bool {
	if org.province == "" || org.province == National || org.name == "" || org.name == org.province {
		return false
	}
	switch org.typ {
	case "quận", "huyện", "thị xã", "thành phố", "phường", "xã", "đặc khu":
		return true
	}
	return false
}

// listProvince returns the province of org, a body at the end of a list
// of kinds of bodies: its own, or, for a body the text places in no
// province yet ("LĐLĐ các quận, huyện, TP A, Công đoàn các KCX-KCN đã
// …", the zone union is placed by the article later), the province the
// item before it in the list was summed into.
func listProvince(org orgRef, out []mention) string {
	if org.province != "" || len(out) == 0 {
		return org.province
	}
	if prev := out[len(out)-1].org; !out[len(out)-1].object && prev.name != "" && prev.name == prev.province {
		return prev.province
	}
	return ""
}

// listedPlace reads a bare name at token i that goes on a list the
// sentence's last mention opened with a district's type word, each item
// with its own figure ("CNVCLĐ huyện A: 182 triệu đồng, B: 77 triệu, C: 66
// triệu"): the type word carries to the next item only when the gazetteer has
// a unit of that type by that name in the same province. The item is a
// mention as the first one is, object or not.
func (sc orgScope) listedPlace(s *sentence, i int, out []mention) (mention, bool) {
	if len(out) == 0 || i == 0 {
		return mention{}, false
	}
	if w := s.word(i - 1); w != "," && w != "và" && w != ";" {
		return mention{}, false
	}
	prev := out[len(out)-1]
	if prev.org.name == "" || prev.org.province == "" || levelOf(prev.org.typ) != 2 || !slices.ContainsFunc(s.toks[prev.end:i], func(tk token) bool { return tk.kind == tokNumber }) {
		return mention{}, false // each item with its own figure: "LĐLĐ huyện A, B và C trao …" is one joint subject
	}
	ps, k := placesAt(s, i, func(p place) bool {
		return p.level == 2 && p.typ == prev.org.typ && p.province == prev.org.province
	})
	if len(ps) == 0 || capitalAt(s, k) || personName(s, i) {
		return mention{}, false
	}
	org := sc.resolve(ps)
	if org.province != prev.org.province {
		return mention{}, false
	}
	m := prev
	m.tok, m.end, m.org = i, k, org
	return m, true
}

// employerPlace reports a place at token i that ends the name of a firm
// or an institution named after "của" or "thuộc" and the people it
// employs ("52 người của Tổng công ty Cấp nước TP A", "12 đoàn viên thuộc
// Công ty Xi măng tỉnh B"): whose people are counted, not who acts
// (afterPeople reads the people).
func employerPlace(s *sentence, i int) bool {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		if w := s.word(k); w == "của" || w == "thuộc" {
			h, _ := firmHead(s, k+1)
			return h > k+1 && h <= i && afterPeople(s, k+1)
		}
		if s.toks[k].kind != tokWord || isClauseMark(s.word(k)) {
			return false
		}
	}
	return false
}

// institutionSpan is how many words before a place an institution's
// head word may stand in its name ("Trường Đại học Sư phạm Kỹ thuật TP A").
const institutionSpan = 6

// institutionPlace reports a place's bare name at token i that ends the
// name of an institution: a firm's, a hospital's or a school's head word
// (words.tsv firm) written with a capital at most institutionSpan words
// before it, only words between ("Trường Đại học Luật TP HCM", "Bệnh
// viện Nhi tỉnh A"). The place says which institution, not who acts.
func institutionPlace(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-institutionSpan; k-- {
		if s.toks[k].kind != tokWord || unionBody(s, k) > 0 {
			return false
		}
		if capitalAt(s, k) {
			if h, _ := firmHead(s, k); h > k && h <= i {
				return true
			}
		}
	}
	return false
}

// firmListSpan is how many tokens before a province's bare name
// firmNamedPlace looks for the head of the firms' names it ends.
const firmListSpan = 32

// firmNamedPlace reports a province's bare name at token i that is part of
// a firm's or an institution's name, or ends a list of names that share
// one head ("Công ty TNHH Cao su A, B, Kon Tum và …"): a head word of
// words.tsv firm written with a capital before it, within firmListSpan
// tokens, with only the names' words between — capitalised words, a
// lower-case word right after one ("Cao su", "Công ty"), commas and "và".
// A place inside a name says which firm, not where the news is: it neither
// locates the sentence nor the article. Asked only of a bare province.
func firmNamedPlace(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-firmListSpan; k-- {
		switch w := s.word(k); {
		case w == "," || w == "và":
			continue
		case s.toks[k].kind != tokWord || unionBody(s, k) > 0:
			return false
		case capitalAt(s, k):
			if h, _ := firmHead(s, k); h > k {
				return true
			}
		case !capitalAt(s, k-1):
			return false // a lower-case word that follows no capital: the names have ended
		}
	}
	return false
}

// objectInstitution reports a place's bare name at token i (no union
// body) that ends the name of an institution other than a union, opened
// with a capital right after a word of giving (words.tsv aid, "ủng hộ")
// or "cho": "Cụm A ủng hộ Bưu điện tỉnh B 30 triệu đồng", "trao cho Trung
// tâm Y tế huyện C 200 bộ quần áo". The institution is the object, and its
// place with it; so is the next item of the list after a comma that names
// the same kind of institution (prev, the words before the place of the
// item before: "…, Bưu điện tỉnh D 20 triệu đồng"). A sentence that opens
// with the institution has no such word before it. It returns the
// institution's words before the place, for the next item.
func objectInstitution(s *sentence, i int, prev string) (bool, string) {
	if unionBody(s, i) > 0 {
		return false, ""
	}
	for k := i - 1; k > 0 && k >= i-5; k-- {
		if s.toks[k].kind != tokWord || unionBody(s, k) > 0 {
			return false, ""
		}
		if !capitalAt(s, k) {
			continue
		}
		kind := s.low[s.toks[k].start:s.toks[i-1].end]
		w := s.word(k - 1)
		if w == "cho" || inList("aid", w) || w == "hộ" && s.word(k-2) == "ủng" || w == "," && kind == prev {
			return true, kind
		}
	}
	return false, ""
}

// recipientsPlace reports a place's bare name at token i (no union body)
// in the description of those a sentence gives to, which "cho" or "đến
// với" opens before it in its clause, up to twenty words: "trao 30 suất
// quà cho học sinh trường Tiểu học A, huyện B", "cho các em học sinh
// nghèo chăm ngoan của trường THCS A, huyện B", "đến với công nhân 3
// huyện C, D và E". "cho biết", "cho thấy" open no object, and a union named between
// ("cho LĐLĐ huyện A") is read as itself.
func recipientsPlace(s *sentence, i int) bool {
	if unionBody(s, i) > 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		w := s.word(k)
		if isClauseMark(w) || unionBody(s, k) > 0 {
			return false
		}
		if w == "cho" && !inList("says", s.word(k+1)) || w == "với" && s.word(k-1) == "đến" {
			return true
		}
	}
	return false
}

// winnersListed reports a body at token i in a list that "trong đó có",
// "gồm" or "bao gồm" opens after a verb of awarding in its clause ("tặng
// Cờ thi đua cho 14 đơn vị, trong đó có LĐLĐ thành phố A, LĐLĐ tỉnh B",
// "Các đơn vị được tặng Cờ gồm …"): a winner. Only names, commas and "và"
// stand between the opener and the body; a figure between ("trong đó có 3
// đơn vị của huyện A …") ends the list. A delegation's members ("Đoàn công
// tác gồm …") have no verb of awarding before them.
func winnersListed(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		w := s.word(k)
		if s.toks[k].kind == tokNumber || isClauseMark(w) {
			return false
		}
		open := w == "gồm" || w == "có" && s.word(k-1) == "đó" && s.word(k-2) == "trong" ||
			w == "có" && s.word(k-1) == "gồm"
		if !open {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			v := s.word(j)
			if isClauseMark(v) {
				return false
			}
			if inList("award-verb", v) {
				return true
			}
		}
		return false
	}
	return false
}

// grassrootsName is the token where the firm's or the institution's name
// starts in a union's name at token i, past the union word and the
// grassroots level it may name ("Công đoàn cơ sở Trường A", "CĐCS Công
// ty B"); i when no union word opens it.
func grassrootsName(s *sentence, i int) int {
	if s.word(i) == "cđcs" {
		return i + 1
	}
	b := i + unionBody(s, i)
	if b > i && s.word(b) == "cơ" && s.word(b+1) == "sở" {
		b += 2
	}
	return b
}

// memberOf reports a union named at token i right after the people it
// counts: "đoàn viên Công đoàn Công ty B", or with a person's name and a
// dash or a comma between, "đoàn viên Nguyễn Thị A - Công đoàn Trường B".
func memberOf(s *sentence, i int) bool {
	after := func(k int) bool {
		return s.listBefore(k, "member-of")
	}
	if after(i) {
		return true
	}
	k := i - 1
	if w := s.word(k); w != "-" && w != "–" && w != "," {
		return false
	}
	for n := 0; n < 5 && capitalAt(s, k-1); n++ {
		k--
	}
	return k < i-1 && after(k)
}

// affiliationOf reports a body named at token i as what others belong
// to: right after "(thuộc", a body's parent in brackets after its name
// ("Công đoàn Trường A (thuộc LĐLĐ quận B)"), or in the clause after
// "thuộc" that follows the people counted ("đoàn viên thuộc Công đoàn A
// và Công đoàn B quận C"), only names, commas, "và" and brackets between.
func affiliationOf(s *sentence, i int) bool {
	if s.word(i-1) == "thuộc" && s.word(i-2) == "(" {
		return true
	}
	for k := i - 1; k > 0 && k >= i-40; k-- {
		w := s.word(k)
		if w == ")" {
			for k > 0 && s.word(k) != "(" {
				k-- // another item's bracket
			}
			continue
		}
		if s.toks[k].kind == tokNumber || w == ";" || w == "." || w == ":" {
			return false
		}
		if w == "thuộc" {
			return s.listBefore(k, "member-of")
		}
	}
	return false
}

// placedIn reads the province an organisation's name is placed in, at
// token i right after it: "(TP Cần Thơ)", "(Hà Nội)", ", tỉnh Tiền Giang".
// It returns the province and the token after the place, "" if none.
func (sc orgScope) placedIn(s *sentence, i int) (string, int) {
	open := s.word(i)
	if open != "(" && open != "," {
		return "", i
	}
	typ, j := typeWordAt(s, i+1)
	if open == "," && typ != "tỉnh" && typ != "thành phố" {
		return "", i
	}
	if typ != "" && typ != "tỉnh" && typ != "thành phố" {
		return "", i
	}
	ps, k := placesAt(s, j, func(p place) bool { return p.level == 1 })
	if len(ps) == 0 || (open == "(" && s.word(k) != ")") {
		return "", i
	}
	if open == "(" {
		k++
	}
	return ps[0].province, k
}

// relocate resolves org again, knowing the province it lies in.
func (sc orgScope) relocate(org orgRef, province string) orgRef {
	if org.province == province || org.name == "" || org.back {
		return org
	}
	if ps := places().byName[lower(org.name)]; len(ps) > 0 {
		sc.province = province
		if o := sc.resolve(ps); o.province == province {
			return o
		}
	}
	org.province, org.inherit = province, false
	return org
}

// provincesCluster reads, from token i after "Cụm thi đua", the cluster of
// several provinces' federations named by their region ("(Liên đoàn Lao
// động | LĐLĐ) các tỉnh (, thành phố) Bắc Trung Bộ"): its canonical name,
// "Cụm thi đua LĐLĐ các tỉnh " and the region, and the token after it; k
// is 0 when no such cluster is named. The region opens with a word of the
// compass ("Tây Nguyên", "Đông Nam Bộ").
func provincesCluster(s *sentence, i int) (name string, k int) {
	i += unionBody(s, i)
	if s.word(i) != "các" || s.word(i+1) != "tỉnh" {
		return "", 0
	}
	k = i + 2
	if s.word(k) == "," && s.word(k+1) == "thành" && s.word(k+2) == "phố" {
		k += 3
	} else if s.word(k) == "thành" && s.word(k+1) == "phố" {
		k += 2
	}
	n := capitalWords(s, k, 4)
	if n == 0 || !inList("compass", s.word(k)) {
		return "", 0
	}
	words := make([]string, n)
	for j := range n {
		w := []rune(s.word(k + j))
		w[0] = unicode.ToUpper(w[0])
		words[j] = string(w) // "BẮC TRUNG BỘ" in a title: "Bắc Trung Bộ"
	}
	return "Cụm thi đua LĐLĐ các tỉnh " + strings.Join(words, " "), k + n
}

// orgAt matches an organisation named at token i and returns it with the
// token after its name. A match with an empty name consumes words that only
// say which federation the previous organisation belongs to ("Cụm thi đua
// số 3 LĐLĐ Thành phố").
func (sc orgScope) orgAt(s *sentence, i int, afterOrg bool) (orgRef, int, bool) {
	w := s.word(i)
	if !orgStart(w) {
		return orgRef{}, i, false
	}
	if k, ok := nationalAt(s, i); ok {
		return orgRef{name: nationalFederation, typ: "khác", province: National}, k, true
	}
	switch {
	case (w == "cụm" || w == "khối") && s.word(i+1) == "thi" && s.word(i+2) == "đua":
		n := i + 3
		if s.word(n) == "số" {
			n++ // "Cụm thi đua số 3", also written "Cụm Thi đua 3"
		}
		if n < len(s.toks) && s.toks[n].kind == tokNumber && !otherBodysCluster(s, n+1) {
			// "Khối thi đua 4 trực thuộc LĐLĐ TP HCM": a block, a cluster
			// of a city's units by another name
			name := "Cụm thi đua số "
			if w == "khối" {
				name = "Khối thi đua số "
			}
			return orgRef{name: name + s.word(n), typ: "cụm thi đua", inherit: true}, n + 1, true
		}
		if w == "khối" {
			break
		}
		if name, k := provincesCluster(s, i+3); k > 0 {
			// "Cụm thi đua LĐLĐ các tỉnh Bắc Trung Bộ": several provinces'
			// federations, of no one province
			return orgRef{name: name, typ: "cụm thi đua"}, k, true
		}
	case w == "cụm" && i+1 < len(s.toks) && s.toks[i+1].kind == tokNumber && capitalAt(s, i):
		// "Cụm 4" short for "Cụm thi đua số 4"
		return orgRef{name: "Cụm thi đua số " + s.word(i+1), typ: "cụm thi đua", inherit: true}, i + 2, true
	case w == "quỹ" && (s.word(i+1) == "trợ" && s.word(i+2) == "vốn" || s.word(i+1) == "cep"):
		return sc.loanFund(s, i)
	case w == "toàn" && s.word(i+1) == "thành" && s.word(i+2) == "phố":
		return sc.cityNamed(), i + 3, true
	case w == "toàn" && s.word(i+1) == "tỉnh" && sc.province != "" && sc.province != City:
		return orgRef{name: sc.province, typ: "tỉnh", province: sc.province}, i + 2, true
	case w == "cđvc":
		return sc.civilServants(s, i+1)
	case w == "cđn":
		if s.word(i-1) == "trường" || capitalWords(s, i+1, 1) > 0 && !sectorNamed(s, i+1) {
			return orgRef{}, i, false // "Trường CĐN Việt Đức": a vocational college (Cao đẳng nghề), no union
		}
		return sc.sectorUnion(s, i) // "CĐN Giáo dục tỉnh A": Công đoàn ngành written short
	case w == "ngành":
		if org, k, ok := sc.bareSector(s, i); ok {
			return org, k, true
		}
		return orgRef{}, i, false
	}
	if typ, j := typeWordAt(s, i); typ != "" {
		return sc.placeOrg(s, i, typ, j)
	}
	n := unionBody(s, i)
	if n == 0 {
		return orgRef{}, i, false
	}
	j := skipAbbrev(s, i+n)
	if unionBody(s, j) > 0 {
		return orgRef{}, i, false // "Mái ấm Công đoàn LĐLĐ tỉnh": the body is the one after
	}
	if k := youthUnionAfter(s, j); k > j {
		// "Công đoàn và Đoàn Thanh niên Tổng Công ty A": the firm's union,
		// with its youth union
		if end := firmName(s, k); end > k {
			return orgRef{name: "Công đoàn " + expandName(s, k, end), typ: "khác", inherit: true}, end, true
		}
	}
	if lowerCivilServants(s, i, j) {
		return sc.civilServants(s, j+2) // "Công đoàn viên chức tỉnh trao …"
	}
	if s.word(j) == "cơ" && s.word(j+1) == "sở" {
		if org, k, ok := sc.grassrootsUnion(s, j+2); ok {
			return org, k, true // "Công đoàn cơ sở Bệnh viện Đa khoa A"
		}
	}
	if n == 2 || s.word(i) == "cđ" {
		if org, k, ok := sc.districtSector(s, j); ok {
			return org, k, true // "Công đoàn Giáo dục huyện A"
		}
	}
	if (n == 2 || s.word(i) == "cđ") && capitalWords(s, j, 1) == 0 && vietNamSoon(s, j) {
		if g, end, ok := entryAt(s, j, lex.sectors); ok {
			if v := vietNamAt(s, end); v > 0 && capitalAt(s, end) {
				// "Công đoàn giáo dục Việt Nam": a national sector's union
				// with its sector written in lower case
				return nationalNamed(g.name), end + v, true
			}
		}
	}
	if w := s.word(j); capitalWords(s, j, 1) == 0 && !unionNameStart(w) {
		if typ, _ := typeWordAt(s, j); typ == "" && !firmKind(s, j) {
			return orgRef{}, i, false // "công đoàn cơ sở", "công đoàn viên chức": no name follows
		}
	}
	if sc.bodies != nil && j < len(s.toks) && s.toks[j].kind == tokWord {
		if org := sc.bodies.initialsOf(s.text[s.toks[j].start:s.toks[j].end]); org.name != "" {
			return org, j + 1, true // "Công đoàn ABC" after "Công đoàn Công ty cổ phần A (ABC)"
		}
	}
	if n == 2 || s.word(i) == "cđ" {
		if org, k, ok := sc.namedUnion(s, j); ok {
			return org, k, true
		}
	}
	if typ, k := typeWordAt(s, j); typ != "" {
		if end := everyProvince(s, typ, k); end > k {
			return orgRef{}, end, true // "34 LĐLĐ tỉnh, thành phố": a class of bodies, none of them named
		}
		org, k2, ok := sc.placeOrg(s, j, typ, k)
		switch {
		case ok && afterOrg && org.name == City:
			return orgRef{}, k2, true // "Cụm thi đua số 3 LĐLĐ Thành phố Hà Nội"
		case ok:
			return org, k2, true
		case typ == "tỉnh" && sc.tinh != "":
			return provinceOrg(sc.tinh), k, true
		case typ == "tỉnh" && sc.province != "" && sc.province != City:
			return provinceOrg(sc.province), k, true
		case typ == "thành phố" && afterOrg:
			return orgRef{}, k, true
		case typ == "thành phố":
			return sc.cityNamed(), k, true
		case typ != "tỉnh" && s.toks[max(i-1, 0)].kind != tokNumber && s.word(i-1) != "các" && s.word(i-1) != "những":
			return orgRef{typ: typ, back: true}, k, true
		}
		return orgRef{}, i, false
	}
	if w := s.word(j); (w == "trong" || w == "toàn") && sc.province != "" {
		// "các cấp công đoàn trong tỉnh": the province's whole union
		if typ, k := typeWordAt(s, j+1); typ == "tỉnh" || typ == "thành phố" {
			if _, _, named := sc.placeNamed(s, k, typ); !named {
				return provinceOrg(sc.province), k, true
			}
		}
	}
	if s.word(j) == "thủ" && s.word(j+1) == "đô" {
		if afterOrg {
			return orgRef{}, j + 2, true
		}
		return orgRef{name: City, typ: "thành phố", province: City}, j + 2, true
	}
	if org, k, ok := sc.placeNamed(s, j, ""); ok && (org.typ != "phường" && org.typ != "xã" || sc.year >= 2025) {
		if afterOrg && org.province == City && org.name == City {
			return orgRef{}, k, true
		}
		return org, k, true
	}
	return orgRef{}, i, false
}

// hcmc is the contract's name of Hồ Chí Minh City.
const hcmc = "Thành phố Hồ Chí Minh"

// loanFundWords are the lower-case words of a federation's loan fund's
// name after "Quỹ trợ vốn" and before the place that says whose it is
// ("Quỹ Trợ vốn CNVCLĐ nghèo Thủ đô", "Quỹ trợ vốn cho người lao động
// nghèo tỉnh A").
var loanFundWords = map[string]bool{
	"cho": true, "người": true, "lao": true, "động": true, "nghèo": true, "công": true, "nhân": true,
	"viên": true, "chức": true, "đoàn": true, "cnvclđ": true, "cnvc": true, "lđ": true, "-": true,
	"cnlđ": true, "nlđ": true, "tự": true, "tạo": true, "việc": true, "làm": true,
}

// loanFund resolves a federation's loan fund named at token i ("quỹ"):
// the fund of the city whose name it carries ("Quỹ Trợ vốn CNVCLĐ nghèo
// Thủ đô": Hà Nội; "Quỹ CEP", "Quỹ Trợ vốn cho người lao động nghèo tự
// tạo việc làm": Hồ Chí Minh City's federation's), of the province named
// after it ("… nghèo tỉnh A"), else of the article's own province; in an
// article of no province, and while that is being found, it names none.
func (sc orgScope) loanFund(s *sentence, i int) (orgRef, int, bool) {
	if s.word(i+1) == "cep" {
		return provinceOrg(hcmc), i + 2, true
	}
	k := i + 3
	selfEmployed := false
	for ; k < len(s.toks) && k < i+16 && loanFundWords[s.word(k)] && (s.word(k) != "công" || s.word(k+1) != "đoàn"); k++ {
		selfEmployed = selfEmployed || s.word(k) == "tạo" && s.word(k+1) == "việc" && s.word(k+2) == "làm"
	}
	if s.word(k) == "thủ" && s.word(k+1) == "đô" {
		return orgRef{name: City, typ: "thành phố", province: City}, k + 2, true
	}
	if typ, j := typeWordAt(s, k); typ == "tỉnh" || typ == "thành phố" {
		if org, end, ok := sc.placeNamed(s, j, typ); ok && org.name != "" && org.name == org.province {
			return org, end, true
		}
	}
	if org, end, ok := sc.placeNamed(s, k, ""); ok && org.name != "" && org.name == org.province && capitalAt(s, k) {
		return org, end, true // "Quỹ trợ vốn CNVCLĐ nghèo TP.HCM"
	}
	if selfEmployed {
		return provinceOrg(hcmc), k, true
	}
	if sc.finding || sc.province == "" {
		// a bare "Quỹ trợ vốn" says no province: every federation has its
		// fund, and one in an article whose province nothing tells is no
		// evidence that it is the home city's
		return orgRef{}, i, false
	}
	return provinceOrg(sc.province), i + 3, true
}

// otherBodysCluster reports a body that is no union (relevance.tsv actor:
// "Hội Nông dân", "Hội Phụ nữ", "Đoàn Thanh niên"), "Trung ương" allowed
// before it, named at token k right after a cluster's number: "Cụm thi
// đua số 2 Trung ương Hội Nông dân Việt Nam góp …" is that body's
// cluster, no union's, and names no organisation of the contract.
func otherBodysCluster(s *sentence, k int) bool {
	if !capitalAt(s, k) {
		return false
	}
	k += centralAt(s, k)
	c, end := longestCue(s, k, func(c *cue) bool { return c.relevance == signalActor })
	return end > k && c != nil
}

// everyProvince returns the token after "thành phố" when the type word
// "tỉnh" that ends at token k is joined to it with no name between ("LĐLĐ
// tỉnh, thành phố", "tỉnh/thành phố", "tỉnh và thành phố"): the bodies of
// every province, a class, as "Công đoàn ngành Trung ương" is; k if not.
func everyProvince(s *sentence, typ string, k int) int {
	if typ != "tỉnh" {
		return k
	}
	switch s.word(k) {
	case ",", "/", "và", "hoặc", "-":
		if t, end := typeWordAt(s, k+1); t == "thành phố" && capitalWords(s, end, 1) == 0 {
			return end
		}
	}
	return k
}

// youthUnionAfter is the token after "và Đoàn Thanh niên" at token j, right
// after "Công đoàn" ("Công đoàn và Đoàn Thanh niên Công ty A"), j if none.
func youthUnionAfter(s *sentence, j int) int {
	if s.word(j) == "và" && s.word(j+1) == "đoàn" && s.word(j+2) == "thanh" && s.word(j+3) == "niên" {
		return j + 4
	}
	return j
}

// unionNameStart reports a lower-case word that can start the rest of a
// union's name: "ngành", "các (Khu công nghiệp)", "khu", "trong (tỉnh)",
// "toàn (tỉnh)", "thủ (đô)".
func unionNameStart(w string) bool {
	switch w {
	case "ngành", "các", "khu", "trong", "toàn", "thủ":
		return true
	}
	return false
}

// orgStart reports a word an organisation's name can start with: the
// national federation, a cluster, the city's fund, "toàn …", a type word,
// a union body, the civil servants' union written short. orgAt passes
// every other word over at once.
func orgStart(w string) bool {
	// a first byte and length that no such word has turns most words away
	// with no call; a word filter the rest, with one hash
	return w != "" && orgStartLens[w[0]]>>(len(w)&63)&1 != 0 && orgStartListed(w)
}

// orgStartListed is orgStart's word filter, kept out of line so that
// orgStart's first test is made where it is called.
//
//go:noinline
func orgStartListed(w string) bool { return orgStarts.has("org-start", w) }

// orgStartWords are the words orgStart lets through, the type words
// written short among them ("người lao động H.Ba Vì": typeAbbrevs).
var orgStartWords = func() map[string]bool {
	m := map[string]bool{
		"tổng": true, "cụm": true, "khối": true, "quỹ": true, "toàn": true,
		"tỉnh": true, "quận": true, "huyện": true, "phường": true, "xã": true, "thị": true, "thành": true, "tp": true, "đặc": true,
		"lđlđ": true, "cđ": true, "liên": true, "công": true, "cđvc": true, "cđn": true, "ngành": true,
	}
	for w := range typeAbbrevs {
		m[w] = true
	}
	return m
}()

var orgStarts = func() listIndex {
	ix, _ := newListIndex(map[string]map[string]bool{"org-start": orgStartWords})
	return ix
}()

// orgStartLens has, for each first byte of orgStartWords, a bit for the
// length in bytes (modulo 64) of each of its words.
var orgStartLens = func() (t [256]uint64) {
	for w := range orgStartWords {
		t[w[0]] |= 1 << (len(w) & 63)
	}
	return t
}()

// bareSector matches a sector named with its province and no union word
// ("Hội khỏe ngành Y tế Thủ đô", "CNVCLĐ ngành Giáo dục tỉnh A") at token
// i, "ngành": in union news the sector's workers are its sector union's,
// as a district's bare name stands for its federation. A sector with no
// province after it ("ngành y tế") is not meant, nor one after "thuộc"
// ("chuyển 5 CĐCS thuộc ngành Y tế tỉnh"): there the sector owns the
// counted bodies, and whoever moves them is the actor.
func (sc orgScope) bareSector(s *sentence, i int) (orgRef, int, bool) {
	if w := s.word(i - 1); w == "đoàn" || w == "cđ" || w == "các" || w == "thuộc" {
		return orgRef{}, i, false
	}
	g, k, ok := entryAt(s, i+1, lex.sectors)
	if !ok || !capitalAt(s, i+1) {
		return orgRef{}, i, false
	}
	p, k2 := sc.provinceAfter(s, k)
	if p == "" && s.word(k) == "thủ" && s.word(k+1) == "đô" && sc.province == City {
		p, k2 = City, k+2
	}
	if p == "" {
		return orgRef{}, i, false
	}
	return orgRef{name: "Công đoàn ngành " + g.name, typ: "công đoàn ngành", province: p}, k2, true
}

// lowerCivilServants reports the civil servants' union with its kind in
// lower case ("Công đoàn viên chức tỉnh"): a union body at token i written
// with a capital, "viên chức" at token j, then a province's type word
// ("tỉnh", "thành phố", "TP"), or "Việt Nam". The type word makes it the
// province's body, "Việt Nam" the national one; "công đoàn viên chức các
// trường" (no type word, or no capital) names none.
func lowerCivilServants(s *sentence, i, j int) bool {
	if s.word(j) != "viên" || s.word(j+1) != "chức" || capitalAt(s, j) || !capitalAt(s, i) {
		return false
	}
	if vietNamAt(s, j+2) > 0 {
		return true // "Công đoàn viên chức Việt Nam": the national union
	}
	typ, _ := typeWordAt(s, j+2)
	return typ == "tỉnh" || typ == "thành phố"
}

// civilServants reads the civil servants' union written short ("CĐVC")
// from token j, after the abbreviation: "CĐVC tỉnh Quảng Trị" is the
// province's "Công đoàn Viên chức", not its federation; "CĐVC Việt Nam" the
// national union; a bare "CĐVC" the article's province's, as a bare
// "Công đoàn Viên chức" is.
func (sc orgScope) civilServants(s *sentence, j int) (orgRef, int, bool) {
	if n := vietNamAt(s, j); n > 0 {
		return orgRef{name: "Công đoàn Viên chức Việt Nam", typ: "khác", province: National}, j + n, true
	}
	if p, k := sc.provinceAfter(s, j); p != "" {
		return orgRef{name: "Công đoàn Viên chức", typ: "khác", province: p}, k, true
	}
	if sc.province == City {
		return orgRef{name: "Công đoàn Viên chức", typ: "khác", province: City}, j, true
	}
	return orgRef{name: "Công đoàn Viên chức", typ: "khác", inherit: true}, j, true
}

// placeOrg reads a place after its type word (typ, the word ending before
// token j): "quận Ba Đình", "tỉnh Nghệ An", "phường Hoàn Kiếm".
func (sc orgScope) placeOrg(s *sentence, i int, typ string, j int) (orgRef, int, bool) {
	lvl := levelOf(typ)
	if lvl == 3 && sc.year < 2025 {
		return orgRef{}, i, false
	}
	if org, k, ok := sc.placeNamed(s, j, typ); ok {
		return org, k, true
	}
	if lvl == 3 {
		// a ward or commune the gazetteer does not know by this spelling
		if n := capitalWords(s, j, 3); n > 0 && !bylineCode(s, j, n) {
			return orgRef{name: s.span(j, j+n), typ: typ, inherit: true}, j + n, true
		}
	}
	return orgRef{}, i, false
}

// bylineCode reports capitalised words at tokens j to j+n that name no
// ward or commune the gazetteer does not know: a paper's code in capitals
// ("ĐNO", "GLO"), words a dash follows (the byline's "CODE - " a headline
// runs on into: "… công đoàn phường, xã ĐNO - Ngày 4-7, …") or a part of
// the day that opens a lead ("Ngày", "Sáng"). A ward's name is written in
// lower case after its initial and stands before no dash of a byline.
func bylineCode(s *sentence, j, n int) bool {
	if w := s.word(j + n); w == "-" || w == "–" || w == "—" {
		return true
	}
	if s.listAt(j, "day-part") {
		return true
	}
	letters := 0
	for _, r := range s.span(j, j+1) {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// directUnion is the union a spelling g of direct.tsv names. One that
// names Hà Nội, or any in an article of Hà Nội, is the city's. A short
// one ("Viên chức Thành phố", "các Khu công nghiệp và chế xuất") is no
// evidence of the article's province while it is being found ("Công đoàn
// Viên chức thành phố" in a Đà Nẵng paper's lead is Đà Nẵng's), and one
// with a bare "Thành phố" is the union of the city that word names, in an
// article of no province (another city's paper). ok is false in an
// article of another province: the name is read as that province's.
func (sc orgScope) directUnion(g gazetteerEntry) (orgRef, bool) {
	switch {
	case sc.province == City || strings.Contains(g.folded, "hà nội"):
		return orgRef{name: g.name, typ: g.typ, province: City}, true
	case sc.finding:
		return orgRef{name: g.name, typ: g.typ, inherit: true}, true
	case sc.province != "":
		return orgRef{}, false
	case strings.Contains(g.folded, "thành phố"):
		if c := sc.cityNamed(); c.province != City {
			return orgRef{name: g.name, typ: g.typ, province: c.province, inherit: c.province == ""}, true
		}
	}
	return orgRef{name: g.name, typ: g.typ, province: City}, true
}

// cityOwnShort reports a generic spelling g of direct.tsv ending at token
// k ("Công đoàn các Khu công nghiệp và chế xuất", "Công đoàn Tổng Công ty
// Vận tải") that names the city's own union: no name goes on after it (a
// capitalised word, a type word: "… Vận tải Miền Trung", "… tỉnh A" are
// that body's own name, read as such). A short one, which leaves out the
// city of its union's name, names it only in an article of the city, or
// one that names that union by its own name too (with "Hà Nội", or its
// brand), the short name referring back to it; while the article's
// province is being found it counts, as before, with no province.
func (sc orgScope) cityOwnShort(s *sentence, k int, g gazetteerEntry) bool {
	if capitalAt(s, k) {
		return false
	}
	if typ, _ := typeWordAt(s, k); typ != "" {
		return false
	}
	return !g.short || sc.finding || sc.province == City || sc.bodies != nil && sc.bodies.namesCityOwn(g.name)
}

// centralAt is the length of "Trung ương" (or "TW", "TƯ") at token k: after
// "Công đoàn ngành" it names the central sector unions as a class.
func centralAt(s *sentence, k int) int {
	switch w := s.word(k); {
	case w == "trung" && s.word(k+1) == "ương":
		return 2
	case w == "tw" || w == "tư":
		return 1
	}
	return 0
}

// districtSector reads the sectoral union of a district named after
// "Công đoàn" at token j: a sector's name (sectors.tsv, "ngành" before it
// or not, in either case), a district's type word and its name ("Công
// đoàn Giáo dục huyện Tân Châu", "Công đoàn ngành giáo dục quận A"). It is
// a body of its own below the district's federation, and not the
// province's sectoral union either: it keeps its name, the sector as
// sectors.tsv spells it, with org_type khác and the district's province.
// A provincial city ("thành phố A") is left to the province's rules.
func (sc orgScope) districtSector(s *sentence, j int) (orgRef, int, bool) {
	i := j
	if s.word(i) == "ngành" {
		i++
	}
	if !districtWordWithin(s, i+1, i+8) {
		return orgRef{}, j, false // no district named after a sector's few words: the common case, read no further
	}
	g, k, ok := sectorAt(s, i)
	if !ok {
		return orgRef{}, j, false
	}
	typ, after := typeWordAt(s, k)
	if levelOf(typ) != 2 {
		return orgRef{}, j, false
	}
	place, end, ok := sc.placeNamed(s, after, typ)
	if !ok || place.name == "" {
		return orgRef{}, j, false
	}
	return orgRef{name: "Công đoàn " + g.name + " " + typ + " " + place.name, typ: "khác", province: place.province, inherit: place.inherit}, end, true
}

// districtWordWithin reports a district's type word ("quận", "huyện",
// "xã" after "thị") among tokens [from, to).
func districtWordWithin(s *sentence, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		switch s.word(k) {
		case "quận", "huyện":
			return true
		case "xã":
			if s.word(k-1) == "thị" {
				return true
			}
		}
	}
	return false
}

// sectorNamed reports a sector of sectors.tsv at token j.
func sectorNamed(s *sentence, j int) bool {
	_, _, ok := sectorAt(s, j)
	return ok
}

// sectorUnion reads a sectoral union after "ngành" at token j, or after
// "CĐN" (Công đoàn ngành written short) there: "ngành Y tế Nghệ An",
// "CĐN Giáo dục Khánh Hòa"; with no name after it ("CĐN đã chỉ đạo …"),
// the article's sector.
func (sc orgScope) sectorUnion(s *sentence, j int) (orgRef, int, bool) {
	name, k := "", j+1
	if n := centralAt(s, j+1); n > 0 {
		return orgRef{}, j + 1 + n, true // "các Công đoàn ngành Trung ương": a class of bodies, no one union
	}
	if g, k2, ok := sectorAt(s, j+1); ok {
		name, k = g.name, k2
		if w := s.word(k); w == "các" || w == "những" {
			return orgRef{}, k, true // "công đoàn ngành y tế các tỉnh": every province's, no one body
		}
	} else if ps, k2 := placesAt(s, j+1, func(p place) bool { return p.level == 1 }); len(ps) > 0 {
		// "Chủ tịch CĐ ngành Hà Nội Nguyễn Văn A": the article's sector,
		// in that province, and a person's name after it
		return orgRef{typ: "công đoàn ngành", back: true}, k2, true
	} else if c := capitalWords(s, j+1, 5); c > 0 {
		name, k = s.span(j+1, j+1+c), j+1+c
		if p, _ := placesAt(s, k-1, func(p place) bool { return p.level == 1 }); len(p) > 0 && c > 1 {
			// "Công đoàn ngành Y tế Nghệ An": capitals ran into the province
			for c > 1 {
				if ps, end := placesAt(s, j+c, func(p place) bool { return p.level == 1 }); len(ps) > 0 && end == j+1+c {
					name, k = s.span(j+1, j+c), j+c
					break
				}
				c--
			}
		}
	}
	if name == "" {
		if s.toks[min(j+1, len(s.toks)-1)].kind == tokWord && capitalWords(s, j+1, 1) == 0 {
			// "đại diện công đoàn ngành cũng trao …": the article's sector
			return orgRef{typ: "công đoàn ngành", back: true}, j + 1, true
		}
		return orgRef{}, j, false
	}
	org := orgRef{name: "Công đoàn ngành " + name, typ: "công đoàn ngành", inherit: true}
	if p, k2 := sc.provinceAfter(s, k); p != "" {
		org.province, org.inherit, k = p, false, k2
	} else if n := vietNamAt(s, k); n > 0 {
		org, k = nationalUnion(s, j+1, k), k+n
	} else if o, ok := sc.nationalSector(name); ok {
		org = o // "Công đoàn ngành GTVT" in the news of "Công đoàn GTVT Việt Nam"
	}
	return org, k, true
}

// namedUnion matches a union named after "Công đoàn" at token j: the city's
// direct unions, sectoral unions ("ngành Y tế Nghệ An"), national unions
// ("Giáo dục Việt Nam") and a province's own ("Viên chức tỉnh Nghệ An").
func (sc orgScope) namedUnion(s *sentence, j int) (orgRef, int, bool) {
	if g, k, ok := entryAt(s, j, lex.direct); ok && (!g.generic || sc.cityOwnShort(s, k, g)) {
		if org, ok := sc.directUnion(g); ok {
			return org, k, true
		}
	}
	if org, k, ok := sc.zoneCompound(s, j); ok {
		return org, k, true // "Công đoàn Khu kinh tế, công nghiệp tỉnh A"
	}
	if org, k, ok := sc.listedBody(s, j); ok {
		return org, k, true
	}
	if s.word(j) == "ngành" {
		return sc.sectorUnion(s, j)
	}
	// "Công đoàn Viên chức" with no place after it: the civil servants'
	// union of the article's province
	if s.word(j) == "viên" && s.word(j+1) == "chức" && capitalWords(s, j+2, 1) == 0 {
		if typ, _ := typeWordAt(s, j+2); typ == "" {
			if sc.province == City {
				return orgRef{name: "Công đoàn Viên chức", typ: "khác", province: City}, j + 2, true
			}
			return orgRef{name: "Công đoàn Viên chức", typ: "khác", inherit: true}, j + 2, true
		}
		if typ, k := typeWordAt(s, j+2); typ == "tỉnh" && everyProvince(s, typ, k) == k {
			if _, _, named := sc.placeNamed(s, k, typ); !named {
				// "Công đoàn Viên chức tỉnh" with no name after "tỉnh": the
				// article's province's, whichever it is; never the home
				// city's, which is no "tỉnh"
				return orgRef{name: "Công đoàn Viên chức", typ: "khác", inherit: sc.province != City}, k, true
			}
		}
	}
	if k, _ := firmHead(s, j); k > j && capitalAt(s, j) && !capitalAt(s, k) {
		if org, end, ok := sc.placedInstitution(s, j, k); ok {
			return org, end, true // "Công đoàn Bệnh viện đa khoa tỉnh A"
		}
	}
	if k, head := firmHead(s, j); k > j && !capitalAt(s, k) {
		// "Công đoàn Bệnh viện trao …", "Đại diện Công đoàn công ty cho
		// biết": the union of the one hospital or firm the article names
		return orgRef{name: head, typ: firmType, back: true}, k, true
	} else if lowerKindNamed(s, j, k) {
		if end := nameRun(s, k); end > k && !levelOnly(s, k, end) {
			// "Công đoàn trường THCS A, huyện B tổ chức Đại hội": a school's
			// or a firm's own union, its kind written in lower case
			return orgRef{name: "Công đoàn " + writtenName(s, j, end), typ: "khác", inherit: true}, end, true
		}
	}
	if org, ok := sectorInitialsVN(s, j); ok {
		return org, j + 1, true // "Công đoàn BĐVN": the national union of the post
	}
	// "Công đoàn Giáo dục Việt Nam", "Công đoàn Viên chức tỉnh Nghệ An",
	// "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh"
	first := j
	if s.word(j) == "các" {
		first++
	}
	if (capitalWords(s, first, 1) == 0 && s.word(first) != "khu") || s.word(first) == "việt" {
		return orgRef{}, j, false
	}
	if typ, _ := typeWordAt(s, first); typ != "" {
		return orgRef{}, j, false
	}
	for k := first + 1; k < len(s.toks) && k <= first+12; k++ {
		if k > first+10 && !branchWord(s, k) {
			break // a long name reaches its place only through its branch: "Ngân hàng Thương mại và Đầu tư Miền Bắc chi nhánh A"
		}
		if s.word(k) == "(" && s.word(k+2) == ")" && k+3 < len(s.toks) && s.toks[k+3].kind == tokWord {
			k += 2 // "các Khu công nghiệp (KCN) và chế xuất Hà Nội": an abbreviation inside the name
			continue
		}
		if s.word(k) == "&" && (inList("zone", s.word(first)) || s.word(first) == "khu") {
			continue // "các KCN&CX Hà Nội": the zones' kinds joined by "&"
		}
		if s.toks[k].kind != tokWord && !isDash(s.word(k)) {
			break
		}
		if predicateAt(s, k) {
			break // "Công đoàn Tổng Công ty A Việt Nam cũng ủng hộ tỉnh B …": the name ends where the predicate starts
		}
		if unionBody(s, k) > 0 || s.word(k) == "toàn" {
			// "Công đoàn VTV tham gia Hội thao Công đoàn Viên chức Việt
			// Nam", "các cấp công đoàn Thủ đô đề nghị LĐLĐ Thành phố …":
			// another union's name; "… để toàn Thành phố có": the whole
			// city, no part of a name
			break
		}
		if head, ok := gluedVietNam(s, k); ok && !firmKind(s, j) && !hasFirmWord(s, j, k+1) {
			return gluedNational(s, j, k, head), k + 2, true // "Công đoàn Xây DựngViệt Nam"
		}
		if n := vietNamAt(s, k); n > 0 && !firmKind(s, j) {
			if c := capitalWords(s, k+3, 3); n == 2 && isDash(s.word(k+2)) && c > 0 {
				// "Công đoàn Khu công nghiệp Việt Nam - Singapore": a joint
				// venture's name, in the article's province; one named
				// zone's union keeps its own name, not the province's
				// zones' union ("các Khu công nghiệp", A8)
				return orgRef{name: "Công đoàn " + expandName(s, j, k+3+c), typ: "khác", inherit: true}, k + 3 + c, true
			}
			if hasFirmWord(s, j, k) {
				return orgRef{}, j, false // "Công đoàn Công ty TNHH A Việt Nam": a firm's, named as firms' unions are not
			}
			return nationalUnion(s, j, k), k + n, true
		}
		if p, k2 := sc.provinceAfter(s, k); p != "" {
			if s.word(j) == "cơ" && s.word(j+1) == "quan" && unionBody(s, j+2) > 0 && j+2+unionBody(s, j+2) == k {
				return provinceOrg(p), k2, true // "Công đoàn Cơ quan LĐLĐ thành phố Hà Nội": the city-wide body
			}
			if g, end, ok := entryAt(s, j, lex.sectors); ok && end == k {
				return orgRef{name: "Công đoàn ngành " + g.name, typ: "công đoàn ngành", province: p}, k2, true // "Công đoàn Giáo dục Bến Tre" is the sector's union
			}
			if !everyProvinceHas(s, j) {
				// "Công đoàn VNPT Hà Nội", "Công đoàn Công ty A Hà Nội": a
				// firm's union, whose name holds the place; a type word
				// alone after it ("Công đoàn Ngân hàng A – B tỉnh") is not
				// part of the name
				end := k2
				if typ, after := typeWordAt(s, k); typ != "" && after == k2 {
					end = k
				}
				if bp, bk := sc.branchIn(s, k2); bp != "" {
					// "Công đoàn Công ty A Hà Nội - Chi nhánh Bắc Ninh": the
					// branch, in the province it is named after
					return orgRef{name: "Công đoàn " + writtenName(s, j, bk), typ: "khác", province: bp}, bk, true
				}
				if end == k2 && romanAt(s, k2) {
					end, k2 = k2+1, k2+1 // "… chi nhánh Hải Dương II": the province's second branch
				}
				return orgRef{name: "Công đoàn " + writtenName(s, j, end), typ: "khác", province: p}, k2, true
			}
			name := expandName(s, j, k)
			if p == City {
				// "Công đoàn các Khu công nghiệp (KCN) và chế xuất Hà Nội": a
				// direct union of the city, as direct.tsv names it
				low := lower(name)
				zone := strings.HasPrefix(low, "các khu ") || strings.HasPrefix(low, "khu ")
				if i := slices.IndexFunc(lex.direct, func(g gazetteerEntry) bool {
					return g.folded == low || (zone && strings.HasPrefix(g.folded, "các khu"))
				}); i >= 0 {
					// "Công đoàn các KCN Hà Nội": the city has one zones' union
					return orgRef{name: lex.direct[i].name, typ: lex.direct[i].typ, province: City}, k2, true
				}
			}
			return orgRef{name: "Công đoàn " + name, typ: "khác", province: p}, k2, true // "Viên chức", "các Khu công nghiệp"
		}
	}
	if org, k, ok := sc.shortNationalSector(s, j); ok {
		return org, k, true
	}
	if k, _ := firmHead(s, j); k > j {
		if end := firmName(s, j); end > k && (s.word(j-1) != "đoàn" || capitalAt(s, j-2)) {
			// "Công đoàn Công ty CP Văn hóa A (KCN B, TP HCM) tổ chức …": a
			// firm's or a hospital's own union, in the article's province
			return firmUnionNamed(s, j, end), end, true
		}
	}
	if end := namedZone(s, j); end > j {
		// "Công đoàn KCN Quang Minh trao …": one named zone's own union,
		// in the article's province, not the province's zones' union
		return orgRef{name: "Công đoàn " + expandName(s, j, end), typ: "khác", inherit: true}, end, true
	}
	if brandWord(s, j) {
		// "Công đoàn Transerco phát động …": a firm's union known by the
		// firm's brand, in the article's province
		return orgRef{name: "Công đoàn " + s.text[s.toks[j].start:s.toks[j].end], typ: "khác", inherit: true}, j + 1, true
	}
	return orgRef{}, j, false
}

// brandWord reports a firm's brand at token j: one capitalised word of
// ASCII letters with two syllables' vowels or more, which no Vietnamese
// word has ("Transerco", "Vinamilk", "EVNHANOI"); initials without vowels
// ("GTVT", "VTV"), place names written apart, and the few written
// together without their marks ("Vietnam", "Hanoi") are none.
func brandWord(s *sentence, j int) bool {
	return j < len(s.toks) && s.toks[j].kind == tokWord && isBrand(s.text[s.toks[j].start:s.toks[j].end])
}

// isBrand is brandWord's test of the word w as written.
func isBrand(w string) bool {
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	groups, inVowel := 0, false
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
		v := strings.IndexByte("aeiouy", c) >= 0
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	if strings.EqualFold(w, "vietnam") || strings.EqualFold(w, "hanoi") || strings.EqualFold(w, "saigon") {
		return false // the country's and cities' names written without their marks (w is ASCII)
	}
	return groups >= 2
}

// namedZone is the token after one industrial zone's name at token j,
// "Khu công nghiệp" or "KCN" (its abbreviation in brackets allowed) and
// the zone's own capitalised name ("KCN Tân Phú", "Khu công nghiệp (KCN)
// Đại An"), j if there is none: "các KCN" is every zone of a province.
func namedZone(s *sentence, j int) int {
	i := j + 1
	switch {
	case s.word(j) == "kcn":
	case s.word(j) == "khu" && s.word(j+1) == "công" && s.word(j+2) == "nghiệp":
		i = j + 3
		if s.word(i) == "(" && s.word(i+1) == "kcn" && s.word(i+2) == ")" {
			i += 3
		}
	default:
		return j
	}
	if c := capitalWords(s, i, maxZoneName); c > 0 {
		return i + c
	}
	return j
}

// shortNationalSector reads a sector's union named without "ngành" and
// without "Việt Nam" at token j, capitalised ("Chủ tịch CĐ Dệt May Trần
// Văn A cho biết"), in the news of that sector's national union
// (nationalSector: the article names "CĐ Dệt May VN" and no province): the
// national union, as "Công đoàn ngành GTVT" is there. A type word or a
// place after the sector ("Công đoàn Giáo dục quận A") is another body's.
func (sc orgScope) shortNationalSector(s *sentence, j int) (orgRef, int, bool) {
	if !capitalAt(s, j) {
		return orgRef{}, j, false
	}
	g, k, ok := entryAt(s, j, lex.sectors)
	if !ok {
		return orgRef{}, j, false
	}
	if typ, _ := typeWordAt(s, k); typ != "" {
		return orgRef{}, j, false
	}
	org, ok := sc.nationalSector(g.name)
	if !ok {
		return orgRef{}, j, false
	}
	return org, k, true
}

// grassrootsUnion reads the grassroots union of a firm or an institution
// named from token j, right after "Công đoàn cơ sở": "Công đoàn cơ sở
// Bệnh viện Đa khoa A" is that hospital's own union, named as written, as
// "Công đoàn Bệnh viện Đa khoa A" is, and a place its name holds ("… tỉnh
// B") gives its province, not its organisation. The kind must be
// capitalised ("công đoàn cơ sở trường học" counts unions of a kind) and,
// written alone ("Công đoàn cơ sở Bệnh viện đã trao"), end its clause's
// subject: "Công đoàn cơ sở Công ty cổ phần A" names a firm the kind
// alone does not stand for.
func (sc orgScope) grassrootsUnion(s *sentence, j int) (orgRef, int, bool) {
	if !capitalAt(s, j) || !firmKind(s, j) {
		return orgRef{}, j, false
	}
	org, k, ok := sc.namedUnion(s, j)
	switch {
	case !ok:
	case org.typ == firmType:
		if w := s.word(k); s.toks[min(k, len(s.toks)-1)].kind != tokWord || k >= len(s.toks) || inList("function", w) || inList("predicate-start", w) {
			return org, k, true
		}
	case firmUnion(org):
		org.name = "Công đoàn cơ sở " + strings.TrimPrefix(org.name, "Công đoàn ")
		return org, k, true
	}
	return orgRef{}, j, false
}

// placedInstitution reads an institution's name that runs from its kind,
// tokens [j, k), through at most two lower-case words of its field to a
// place: "Bệnh viện đa khoa tỉnh A", "Bệnh viện huyện B". The place is part
// of the name and gives the union its province; it is not the body that
// acts. A function word or a verb before the place ends the kind: "Công
// đoàn bệnh viện và LĐLĐ tỉnh" names two bodies.
func (sc orgScope) placedInstitution(s *sentence, j, k int) (orgRef, int, bool) {
	for m := k; m <= k+2 && m < len(s.toks); m++ {
		if typ, after := typeWordAt(s, m); typ != "" {
			place, end, ok := sc.placeNamed(s, after, typ)
			if !ok || place.name == "" {
				return orgRef{}, j, false
			}
			return orgRef{name: "Công đoàn " + writtenName(s, j, end), typ: "khác", province: place.province}, end, true
		}
		if w := s.word(m); capitalAt(s, m) || s.toks[m].kind != tokWord || inList("function", w) || inList("predicate-start", w) {
			return orgRef{}, j, false
		}
	}
	return orgRef{}, j, false
}

// predicateAt reports a lower-case word at token k that opens a clause's
// predicate and is never part of a name: an adverb of time or manner
// (words.tsv predicate-start: "cũng", "đã", "sẽ") or a verb of giving
// ("trao", "tặng", "ủng hộ", "hỗ trợ"). A name that a place ends is read
// only up to it: the place after the verb is the recipient, not the
// union's ("… Việt Nam cũng ủng hộ tỉnh B 500 triệu đồng").
func predicateAt(s *sentence, k int) bool {
	if capitalAt(s, k) {
		return false
	}
	switch w := s.word(k); w {
	case "trao", "tặng":
		return true
	case "ủng":
		return s.word(k+1) == "hộ"
	case "hỗ":
		return s.word(k+1) == "trợ"
	default:
		return inList("predicate-start", w)
	}
}

// firmUnionNamed is the union of the firm or institution named from token
// j to end: in the article's province, or the country's for a state
// corporation's (nationalFirm).
func firmUnionNamed(s *sentence, j, end int) orgRef {
	if nationalFirm(s, j, end) {
		return orgRef{name: "Công đoàn " + writtenName(s, j, end), typ: "khác", province: National}
	}
	return orgRef{name: "Công đoàn " + writtenName(s, j, end), typ: "khác", inherit: true}
}

// nationalFirm reports a firm's name from token j to end that opens with
// a state corporation's or group's words (words.tsv national-firm) and
// ends in "Việt Nam" ("Tổng công ty A Việt Nam"), with no
// company's form in it (TNHH, cổ phần): its union is a national body,
// wherever the news it is in happens.
func nationalFirm(s *sentence, j, end int) bool {
	_, head := firmHead(s, j)
	if !slices.Contains(lex.ordered["national-firm"], head) {
		return false
	}
	n := 2
	if s.word(end-1) == "vn" {
		n = 1
	}
	if end-n <= j || vietNamAt(s, end-n) != n {
		return false
	}
	name := " " + s.low[s.toks[j].start:s.toks[end-1].end] + " "
	return !strings.Contains(name, " tnhh ") && !strings.Contains(name, " cổ phần ") && !strings.Contains(name, " cp ")
}

// founded reports mention m, a firm's or an institution's union, named
// right after "thành lập" (also "thành lập mới"): the union being founded,
// the result of the union above it that founds it ("Ban Thường vụ Công
// đoàn các KCN tổ chức Hội nghị thành lập công đoàn Công ty A"), not a body
// that acts. A federation founded ("thành lập Công đoàn phường B") is not
// meant: it goes on to act in the article. So is one whose committee
// people are elected to, named right after "vào Ban Chấp hành" (or "vào
// BCH"): "Đại hội chọn ra 9 đồng chí vào Ban Chấp hành Công đoàn Trường A khóa I"
// counts the union's new officers, whose founding congress the union above
// it holds.
func founded(s *sentence, m mention) bool {
	if !firmUnion(m.org) {
		return false
	}
	return s.phraseBefore(m.tok, "thành lập") || s.phraseBefore(m.tok, "thành lập mới") ||
		s.phraseBefore(m.tok, "vào ban chấp hành") || s.phraseBefore(m.tok, "vào bch")
}

// branchWord reports "chi nhánh" right before token k.
func branchWord(s *sentence, k int) bool { return s.word(k-2) == "chi" && s.word(k-1) == "nhánh" }

// romanAt reports a roman numeral of two to four letters at token k ("II",
// "IV"), written in capitals: the number of a branch after its place.
func romanAt(s *sentence, k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return false
	}
	w := s.text[s.toks[k].start:s.toks[k].end]
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// branchIn reads a firm's branch named at token i, right after the firm's
// name: a dash, "Chi nhánh" and a province ("- Chi nhánh Bắc Ninh",
// "- Chi nhánh tại tỉnh Bắc Ninh"). It returns the branch's province and
// the token after its name, "" if none.
func (sc orgScope) branchIn(s *sentence, i int) (string, int) {
	if !isDash(s.word(i)) || s.word(i+1) != "chi" || s.word(i+2) != "nhánh" {
		return "", i
	}
	j := i + 3
	if s.word(j) == "tại" {
		j++
	}
	if p, k := sc.provinceAfter(s, j); p != "" {
		return p, k
	}
	return "", i
}

// firmUnion reports the union of a firm or an institution.
func firmUnion(org orgRef) bool {
	return org.typ == "khác" && org.province != National && strings.HasPrefix(org.name, "Công đoàn ")
}

// firmType marks a firm's union named by the firm's kind alone ("Công
// đoàn Bệnh viện"); its name is the kind. It stands for the union of the
// one firm of that kind the article names (firmOf), never for itself.
const firmType = "firm"

// firmBefore is the union of the firm or institution of kind head last
// named in the paragraph of sentence s before its token t ("Tại Công ty
// TNHH A, … Đại diện Công đoàn công ty cho biết"), the zero orgRef if none.
func (x *articleContext) firmBefore(s *sentence, t int, head string) orgRef {
	p := x.paraSentences()[s.para]
	limit := s.start - x.a.Paras[s.para].Start + int(s.toks[t].start)
	var found orgRef
	for i := 0; i < len(p.toks) && int(p.toks[i].start) < limit; i++ {
		k, h := firmHead(p, i)
		if k == i {
			continue
		}
		if end := firmName(p, i); end > k && h == head {
			found = firmUnionNamed(p, i, end)
			i = end - 1
		}
	}
	return found
}

// firmOf is the union of the one firm or institution of kind head ("bệnh
// viện", "tổng công ty") that the article names, written in full ("Bệnh
// viện Nhân dân A", "TCT May 10"); the zero orgRef when it names none, or
// several that are not one name in a longer and a shorter spelling.
func (x *articleContext) firmOf(head string) orgRef {
	if o, ok := x.firms[head]; ok {
		return o
	}
	var found orgRef
	for _, s := range x.paraSentences() {
		for i := 0; i < len(s.toks); i++ {
			k, h := firmHead(s, i)
			if k == i || h != head {
				continue
			}
			end := firmName(s, i)
			if end <= k && lowerKindNamed(s, i, k) {
				if end = nameRun(s, k); levelOnly(s, k, end) { // "Công đoàn trường THCS A"
					end = k
				}
			}
			if end <= k {
				i = k - 1
				continue
			}
			name := "Công đoàn " + writtenName(s, i, end)
			switch {
			case found.name == "" || strings.HasPrefix(name, found.name):
				found = firmUnionNamed(s, i, end)
			case !strings.HasPrefix(found.name, name):
				found = orgRef{name: "-"} // several firms of the kind
			}
			i = end - 1
		}
	}
	if found.name == "-" {
		found = orgRef{}
	}
	if x.firms == nil {
		x.firms = map[string]orgRef{}
	}
	x.firms[head] = found
	return found
}

// firmHead is the token after the words that open a firm's or an
// institution's name at token j ("Công ty", "Bệnh viện", "TCT"), j if
// none, and those words lower-cased and spelt out ("tổng công ty").
func firmHead(s *sentence, j int) (int, string) {
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return j, ""
	}
	at := s.low[s.toks[j].start:]
	for _, p := range lex.ordered["firm"] {
		if end, ok := wordAt(at, 0, p); ok {
			k := tokensThrough(s, j, end)
			if full, ok := nameAbbrevs[p]; ok {
				p = lower(full)
			}
			return k, p
		}
	}
	return j, ""
}

// amountAt reports a number at token i that is a sum or a share ("25 triệu
// đồng", "15%"), or counts the noun after it ("35 đoàn viên"): a figure
// after a name, not a number of the name.
func amountAt(s *sentence, i int) bool {
	if n, ok := ParseNumber(s.low, int(s.toks[i].start)); ok && (n.Money || n.Multiplied || n.Percent) {
		return true
	}
	if i+1 >= len(s.toks) {
		return false
	}
	u, _ := unitAt(s, i+1)
	return u != "" && u != "count"
}

// nameEnd reports a word that ends a name before it: a comma, a bracket,
// a full stop, or the end of the sentence.
func nameEnd(w string) bool {
	switch w {
	case "", ",", "(", ")", ".", ";", ":":
		return true
	}
	return false
}

// firmName is the token after a firm's or an institution's name at token
// j ("Công ty TNHH A Việt Nam", "Tổng công ty May 10", "Trường Mầm non B"),
// j if there is none: its opening words, then capitalised words, numbers
// and dashes after them, and the few lower-case words such names hold.
func firmName(s *sentence, j int) int {
	k, _ := firmHead(s, j)
	if k == j || !capitalAt(s, j) {
		return j
	}
	return nameRun(s, k)
}

// lowerKindNamed reports a firm's or an institution's kind at token j,
// ending at k, written in lower case after a capitalised "Công đoàn" and
// before a capitalised name: "Công đoàn trường THCS A".
func lowerKindNamed(s *sentence, j, k int) bool {
	return k > j && !capitalAt(s, j) && s.word(j-1) == "đoàn" && j > 1 && capitalAt(s, j-2) && capitalAt(s, k)
}

// levelOnly reports a name run [k, end) after "trường" that holds only
// the school's level ("Tiểu học", "Mầm non", "THCS", words.tsv
// school-level), or the start of one: "Công đoàn trường Tiểu học vinh dự
// …" names no school, and its union is not a body of its own.
func levelOnly(s *sentence, k, end int) bool {
	if s.word(k-1) != "trường" {
		return false
	}
	for _, p := range lex.ordered["school-level"] {
		n := strings.Count(p, " ") + 1
		if k+n <= len(s.toks) && s.phraseBefore(k+n, p) && int(s.toks[k+n-1].end)-len(p) == int(s.toks[k].start) {
			return end <= k+n
		}
	}
	return false
}

// nameRun is the token after the words of a name that a firm's or an
// institution's kind ends at token k: capitalised words, numbers and
// dashes, and the few lower-case words such names hold; k if none.
func nameRun(s *sentence, k int) int {
	end := k
	for i := k; i < len(s.toks); i++ {
		switch w := s.word(i); {
		case i > k && inList("term-word", w):
			return end // "Công đoàn Trường Mầm non A khóa I": the term, not the name
		case capitalAt(s, i):
		case s.toks[i].kind == tokNumber && i > k && s.toks[i].start > s.toks[i-1].end && !amountAt(s, i):
			// "May 10": a number right after the name's words
		case i > k && initialDot(s, i):
			// "Công ty TNHH Vận tải H.T.L": the dots of the initials
		case i > k && legalFormEnd(s, i) > i && (capitalAt(s, legalFormEnd(s, i)) || fieldRunEnd(s, legalFormEnd(s, i)) > legalFormEnd(s, i)):
			// "Công ty TNHH một thành viên Cao su A", "Công ty cổ phần B":
			// the firm's legal form written in lower case
			i = legalFormEnd(s, i) - 1
		case i > k && fieldRunEnd(s, i) > i:
			// "Công ty TNHH Thương mại dịch vụ vận tải Minh Phong": the
			// lower-case fields of trade a firm's name lists
			i = fieldRunEnd(s, i) - 1
		case (isDash(w) || w == "&" || inList("name-inner", w)) && capitalAt(s, i+1):
		case i > k && capitalAt(s, i-1) && s.toks[i].kind == tokWord && !inList("function", w) && (capitalAt(s, i+1) || nameEnd(s.word(i+1)) || dashJoin(s, i+1) || legalFormEnd(s, i+1) > i+1 || inList("predicate-start", s.word(i+1)) && !inList("predicate-start", w)):
			// "Nhân dân Gia Định", "Mỏ - Địa chất (…)": the lower-case
			// syllable of a word the name's capital opens, also before
			// a dash that joins two fields of the name ("Hóa chất - Phân
			// bón Quốc gia") and before the predicate ("Tổng công ty Lâm
			// nghiệp đã phát động …"; "Công ty Phú Thịnh cũng đã": "cũng"
			// is the predicate's)
		default:
			return end
		}
		end = i + 1
	}
	return end
}

// legalFormEnd is the token after a firm's legal form written in lower
// case (words.tsv legal-form: "một thành viên", "trách nhiệm hữu hạn",
// "cổ phần") that starts at token i; i if there is none.
func legalFormEnd(s *sentence, i int) int {
	if i >= len(s.toks) || s.toks[i].kind != tokWord || capitalAt(s, i) {
		return i
	}
	switch s.word(i) {
	case "một", "hai", "trách", "cổ": // the first words of the legal forms: most words are none
	default:
		return i
	}
	e := lex.ends["legal-form"]
	for n, p := range e.phrases {
		if j := i + e.words[n]; j <= len(s.toks) && s.phraseBefore(j, p) {
			return j
		}
	}
	return i
}

// initialDot reports a full stop at token k between two single capital
// letters written close up ("H.T.L"): the dot of an initial inside a
// name, no end of a clause.
func initialDot(s *sentence, k int) bool {
	if s.word(k) != "." || k == 0 || k+1 >= len(s.toks) {
		return false
	}
	a, b := s.toks[k-1], s.toks[k+1]
	one := func(t token) bool {
		return t.kind == tokWord && t.end-t.start == 1 && s.text[t.start] >= 'A' && s.text[t.start] <= 'Z'
	}
	return one(a) && one(b) && a.end == s.toks[k].start && s.toks[k].end == b.start
}

// fieldRunMax is how many lower-case words of trade a firm's name may
// list between its capitals.
const fieldRunMax = 8

// fieldRunEnd is the token after a run of lower-case words of trade
// (words.tsv firm-field: "thương mại", "dịch vụ", "vận tải", "xây dựng")
// that starts at token i and ends right before a capitalised word, inside
// a firm's name; i if there is none.
func fieldRunEnd(s *sentence, i int) int {
	j := i
	for j < len(s.toks) && j < i+fieldRunMax && s.toks[j].kind == tokWord && !capitalAt(s, j) && inList("firm-field", s.word(j)) {
		j++
	}
	if j > i && capitalAt(s, j) {
		return j
	}
	return i
}

// dashJoin reports a dash at token i with a capitalised word right after
// it: inside a name, it joins two of its fields ("Công nghiệp - Năng
// lượng"); "đến" is no such dash.
func dashJoin(s *sentence, i int) bool {
	w := s.word(i)
	return isDash(w) && w != "đến" && capitalAt(s, i+1)
}

// everyProvinceHas reports a union's name at token j that every province's
// federation has one of, so that the province after it is not part of the
// name: "Viên chức", "các Khu công nghiệp", "KCN", "Cơ quan", and a
// province's department, "Sở" before its capitalised name ("Công đoàn Sở
// Tài chính tỉnh A" is "Công đoàn Sở Tài chính", province A).
func everyProvinceHas(s *sentence, j int) bool {
	switch w := s.word(j); w {
	case "viên":
		return s.word(j+1) == "chức"
	case "sở":
		return capitalAt(s, j+1)
	case "cơ":
		return s.word(j+1) == "quan"
	case "các", "khu", "kcn", "kcx", "kkt", "ccn":
		return true
	}
	return false
}

// nameAbbrevs spell out the abbreviations and run-together spellings of
// union names: "Công đoàn các KCN tỉnh Bắc Ninh" is "Công đoàn các Khu công
// nghiệp", "Công đoàn Caosu Việt Nam" "Công đoàn Cao su Việt Nam".
var nameAbbrevs = map[string]string{"kcn": "Khu công nghiệp", "kcx": "Khu chế xuất", "kkt": "Khu kinh tế", "ccn": "Cụm công nghiệp", "cx": "chế xuất", "caosu": "Cao su", "tct": "Tổng công ty", "cty": "Công ty"}

// expandName is the name spanning tokens [i, j) with its abbreviations
// spelt out.
func expandName(s *sentence, i, j int) string { return spellName(s, i, j, true) }

// writtenName is the name of a firm's or an institution's union spanning
// tokens [i, j), its abbreviations spelt out and its dashes as written
// ("Ngân hàng Hợp tác – Phát triển"): the firm's own name, not one the
// contract spells.
func writtenName(s *sentence, i, j int) string { return spellName(s, i, j, false) }

// spellName is the name spanning tokens [i, j) with its abbreviations spelt
// out, and its dashes written "-" when hyphen is set.
func spellName(s *sentence, i, j int, hyphen bool) string {
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		if s.word(k) == "(" && k+2 < j && s.word(k+2) == ")" {
			k += 2 // an abbreviation in brackets says the words before it again
			continue
		}
		if city, next := cityAbbrevAt(s, k, j); city != "" {
			words = append(words, city)
			k = next - 1
			continue
		}
		w := s.text[s.toks[k].start:s.toks[k].end]
		if hyphen && isDash(w) && w != "đến" {
			w = "-" // "Công đoàn Than – Khoáng sản Việt Nam" as the contract spells it
		}
		if full, ok := nameAbbrevs[s.word(k)]; ok {
			w = full
		} else if w == "&" && inList("zone", s.word(k-1)) {
			w = "và" // "các KCN&CX": the zones' kinds joined
		} else if w == "khu" {
			w = "Khu" // "các khu công nghiệp" as the union's name writes it
		}
		if k > i && (initialDot(s, k) || initialDot(s, k-1)) {
			words[len(words)-1] += w // "H.T.L" written close up, as the text has it
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// cityAbbrevAt spells out a centrally-run city abbreviated at token k,
// before token j, in a firm's or an institution's name ("Công ty Điện
// lực TP HCM", "TP. Hà Nội", "TPHCM"): "Thành phố Hồ Chí Minh", "Thành
// phố Hà Nội", as the name is written in full and as province is. It
// returns the token after the place, or "" when token k is no such
// abbreviation.
func cityAbbrevAt(s *sentence, k, j int) (string, int) {
	w := s.word(k)
	if w != "tp" && w != "tphcm" {
		return "", k
	}
	at := k
	if w == "tp" {
		_, at = typeWordAt(s, k)
	}
	ps, end := placesAt(s, at, func(p place) bool { return p.level == 1 })
	if len(ps) == 0 || end > j || ps[0].typ != "thành phố" || slices.ContainsFunc(ps, func(p place) bool { return p.name != ps[0].name }) {
		return "", k
	}
	if name := ps[0].name; strings.HasPrefix(name, "Thành phố ") {
		return name, end
	}
	return "Thành phố " + ps[0].name, end
}

// venueOf reports a body named at token i after a word of its premises
// and "tại" or "ở" ("tại trụ sở Công đoàn Khu kinh tế"): the venue of the
// event (venue in words.tsv).
func venueOf(s *sentence, i int) bool {
	for _, p := range lex.ordered["venue"] {
		if s.phraseBefore(i, p) {
			w := s.word(i - 1 - strings.Count(p, " ") - 1)
			return w == "tại" || w == "ở"
		}
	}
	return false
}

// delegations are the groups of an organisation's people that act for it,
// written before "của" and the organisation's name.
var delegations = []string{"đoàn công tác của", "đoàn đại biểu của", "đoàn lãnh đạo của", "lãnh đạo của", "đại diện của"}

// delegationOf reports an organisation named at token i as the owner of a
// delegation ("Đoàn công tác của LĐLĐ tỉnh … đến …, trao 60 suất quà"): its
// people act for it, so it is the subject.
func delegationOf(s *sentence, i int) bool {
	return slices.ContainsFunc(delegations, func(p string) bool { return s.phraseBefore(i, p) })
}

// objectMarked reports whether the organisation named at token i is an
// object of the sentence (a funder, a recipient, an addressee).
func objectMarked(s *sentence, i int) bool {
	if s.phraseBefore(i, "ủy quyền cho") || s.phraseBefore(i, "uỷ quyền cho") || s.phraseBefore(i, "giao cho") || partnerMarked(s, i) {
		// "Công đoàn Giáo dục Việt Nam ủy quyền cho Công đoàn ngành Giáo
		// dục tỉnh Lai Châu trao …": the body entrusted hands it out; a
		// partner ("phối hợp với LĐLĐ TP") hands it out too
		return false
	}
	if s.mayEndBefore(i, objectMarkers) {
		for _, p := range objectMarkers.phrases {
			if s.phraseBefore(i, p) {
				// "các cấp công đoàn": levels of the union, not a grant
				return p != "cấp" || (s.word(i-2) != "các" && s.word(i-2) != "mọi")
			}
		}
	}
	if i >= 3 && romanAt(s, i-1) && s.word(i-2) == "hội" {
		// "tiến tới Đại hội XI Công đoàn tỉnh A": the congress's number
		// between the marker and its body
		for _, p := range objectMarkers.phrases {
			if strings.HasSuffix(p, " đại hội") && s.phraseBefore(i-1, p) {
				return true
			}
		}
	}
	// "Ban Thường vụ LĐLĐ quận", "Chủ tịch LĐLĐ quận" name the body itself.
	return fundedFrom(s, i) || fundedBy(s, i)
}

// fundedBy reports an organisation named after "do" as the one that
// raised or gave the money for what the sentence tells ("Các suất quà
// này do Quỹ A vận động doanh nghiệp hỗ trợ", "… do Công ty B tài trợ"):
// the funder, not who acts (the contract: the funding source does not
// change the org). A verb of fundraising or of support (words.tsv
// fundraising, support-from) follows in its clause before any verb of
// holding or handing out ("do LĐLĐ tỉnh tổ chức": the organiser acts).
//
// The body may end a name that "do" opens with a capital ("do Quỹ
// Khuyến học Công đoàn Việt Nam vận động …"): up to six words back.
func fundedBy(s *sentence, i int) bool {
	j := i - 1
	for j >= 0 && j >= i-7 && s.word(j) != "do" && s.toks[j].kind == tokWord {
		j--
	}
	if s.word(j) != "do" || j < i-1 && !capitalAt(s, j+1) {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+14; k++ {
		w := s.word(k)
		switch {
		case isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber:
			return false
		case w == "tổ" && s.word(k+1) == "chức", w == "trao" || w == "tặng" || w == "phối":
			return false
		case inList("fundraising", w+" "+s.word(k+1)) || inList("fundraising", w) || inList("support-from", w+" "+s.word(k+1)):
			return true
		}
	}
	return false
}

// breakdownFunder reports a body named as the funder of one part of a
// breakdown ("… đã trao 4 mái ấm …. Trong đó có 1 nhà do Công đoàn Y tế
// Việt Nam hỗ trợ", "gồm 2 nhà do Công ty A tài trợ"): a funding source
// inside the parts of a total, which the contract says does not change
// the org, so it is never whose the article is. The breakdown's "trong
// đó" or "gồm" stands before the body in its sentence.
func breakdownFunder(s *sentence, m mention) bool {
	if !m.object || !fundedBy(s, m.tok) {
		return false
	}
	for k := m.tok - 1; k >= 0; k-- {
		w := s.word(k)
		switch {
		case w == "." || w == "!" || w == "?":
			return false
		case w == "gồm", w == "đó" && s.word(k-1) == "trong":
			return true
		}
	}
	return false
}

// guests reports a sentence that lists the guests of an event: "Tới dự có
// đại diện LĐLĐ thành phố, … cùng 64 công đoàn viên thay mặt cho 2.310
// công đoàn viên": the bodies it names
// attend; the figures are the event's union's.
func guests(s *sentence) bool {
	at := openerComma(s) + 1
	for _, p := range guestOpeners {
		if s.phraseBefore(p.words, p.text) && !notAttend(s, p.words) ||
			at > 0 && s.phraseBefore(at+p.words, p.text) && !notAttend(s, at+p.words) {
			return true
		}
	}
	return false
}

// notAttend reports a guest-opener's "dự" before token k that is the
// first half of an opening adverbial whose comma a union body follows
// ("Dự kiến, LĐLĐ thành phố A hỗ trợ khoảng 30.000 người lao động"): the
// body is the subject of the plan, no guest. The compounds are words.tsv
// not-attend; without the comma and the body ("Dự kiến thành phố A có
// 4.000 công nhân, …") the opener is left as it reads.
func notAttend(s *sentence, k int) bool {
	if !inList("not-attend", s.word(k)) || s.word(k+1) != "," {
		return false
	}
	if s.word(k+2) == "tổng" {
		k++ // "Dự kiến, Tổng LĐLĐ Việt Nam …"
	}
	return unionBody(s, k+2) > 0
}

// maxOpener is how many words a sentence's opening connective may take
// before its comma ("Đặc biệt,", "Bên cạnh đó,").
const maxOpener = 3

// openerComma is the token of the comma that ends a short opening
// connective ("Đặc biệt, tới dự buổi đối thoại có …"), -1 if the sentence has
// none: what follows opens the sentence as if it stood first.
func openerComma(s *sentence) int {
	for k := 1; k <= maxOpener && k < len(s.toks); k++ {
		switch {
		case s.word(k) == ",":
			return k
		case s.toks[k].kind != tokWord:
			return -1
		}
	}
	return -1
}

// guestOpeners are the phrases of the list guest-opener with their number
// of words, counted once: guests reads them at every mention.
var guestOpeners = func() (out []countedPhrase) {
	for _, p := range lex.ordered["guest-opener"] {
		out = append(out, countedPhrase{p, strings.Count(p, " ") + 1})
	}
	return out
}()

type countedPhrase struct {
	text  string
	words int
}

// fundedFrom reports an organisation named, without "của", in a phrase of
// funding that opens with "từ": "Từ nguồn quỹ xã hội Liên đoàn Lao động
// tỉnh, bà B. được hỗ trợ 40 triệu đồng" names the funder, not who acts.
func fundedFrom(s *sentence, i int) bool {
	funding := false
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		w := s.word(k)
		switch {
		case isClauseMark(w) || w == ",":
			return false
		case inList("funding", w):
			funding = true
		case w == "từ":
			return funding
		}
	}
	return false
}

// partnerMarked reports an organisation named as a partner of the
// sentence's subject: "LĐLĐ tỉnh phối hợp Tổng Liên đoàn trao …".
func partnerMarked(s *sentence, i int) bool {
	if s.endsBefore(i, partnerMarkers) {
		return true
	}
	if departmentPartner(s, i) {
		return true
	}
	if !s.mayEndBefore(i, localGovernments) {
		return false
	}
	for j, p := range localGovernments.phrases {
		// "phối hợp với UBND tỉnh B": the place's government is the
		// partner, and the place named after it stands for it
		if s.phraseBefore(i, p) && s.endsBefore(i-localGovernments.words[j], partnerMarkers) {
			return true
		}
	}
	return false
}

// departmentSpan is how many words of a department's name departmentPartner
// reads back from the place that ends it.
const departmentSpan = 8

// departmentPartner reports a place at token i (a type word: "tỉnh A")
// that ends a state department's name after a partner marker: "phối hợp
// với Sở Giáo dục và Đào tạo tỉnh A" names the department, the partner,
// whose place the province only says; not a body acting.
func departmentPartner(s *sentence, i int) bool {
	if !inList("partner-place", s.word(i)) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-departmentSpan; k-- {
		if s.toks[k].kind != tokWord && s.word(k) != "&" {
			return false
		}
		if s.word(k) == "sở" && capitalAt(s, k) {
			return s.endsBefore(k, partnerMarkers)
		}
	}
	return false
}

// The lists objectMarked and partnerMarked ask for at every mention, and
// locationMarked and officerGuest at most, looked up once.
var (
	objectMarkers    = lex.ends["object-marker"]
	partnerMarkers   = lex.ends["partner-marker"]
	localGovernments = lex.ends["local-government"]
	locationMarkers  = lex.ends["location-marker"]
	leaderEnds       = lex.ends["leaders"]
)

// glossesPartner reports an organisation named in brackets at token i
// right after a partner's name ("kết nối với Nhóm thiện nguyện A Tỉnh B
// (Công đoàn Giáo dục Tỉnh B) hỗ trợ …"): the bracket
// says whose the partner is, no subject that acts. Walking back from the
// bracket over words of names (no comma, clause mark, bracket or verb of
// giving), at most glossSpan tokens, reaches a words.tsv partner-marker
// or a mention marked a partner;
// a place named on the way ("Tỉnh B" of "Nhóm thiện nguyện A Tỉnh B") is of
// the partner's name, no actor, and is marked an object in out.
func glossesPartner(s *sentence, i int, out []mention) bool {
	if i < 2 || s.word(i-1) != "(" {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-1-glossSpan; k-- {
		if k < i-1 {
			if w := s.word(k); w == "," || w == "(" || w == ")" || isClauseMark(w) || inList("gives", w) {
				return false
			}
		}
		if partnerMarked(s, k) || slices.ContainsFunc(out, func(o mention) bool { return o.partner && o.tok == k }) {
			for j := range out {
				if out[j].tok >= k {
					out[j].object = true
				}
			}
			return true
		}
	}
	return false
}

// glossSpan is how many tokens may stand between a partner's mention and
// the bracket that glosses it (glossesPartner).
const glossSpan = 16

// locationMarked reports a place named after "tại", "ở": where something
// happens or whom it reaches, once the sentence has named its subject
// ("… trao 2.000 máy tính bảng cho học sinh tại TP.HCM").
func locationMarked(s *sentence, i int) bool {
	return s.endsBefore(i, locationMarkers)
}

// gives reports a giving verb right after an organisation's name ending
// before token i: "LĐLĐ Thành phố tặng Bằng khen cho 8 tập thể". The city
// federation that gives an award or a gift is not the organisation whose
// results a district's article reports (the contract: the giver or the
// funding source does not change the organisation).
func gives(s *sentence, i int) bool {
	for k := i; k < len(s.toks) && k < i+3; k++ {
		if inList("gives", s.word(k)) {
			return true
		}
	}
	return false
}

// leaderGives reports a body named after its president's title and
// followed by that person's name and a giving verb: "Chủ tịch LĐLĐ thành
// phố A Nguyễn Văn B trao tặng 540 suất quà …". The leader gives for the
// body, as the body itself would (gives).
func leaderGives(s *sentence, start, next int) bool {
	if presidentBefore(s, start) == start {
		return false
	}
	n := capitalWords(s, next, 4)
	return n >= 2 && gives(s, next+n)
}

// behalfGives reports a body named after "thay mặt" (or "thay mặt cho")
// whose person then gives, in the same clause past a comma: "thay mặt LĐLĐ
// Thành phố, đồng chí Nguyễn Văn B đã trao 30 suất quà …". The person
// gives for the body, as the body itself would (gives).
func behalfGives(s *sentence, start, next int) bool {
	k := start - 1
	if s.word(k) == "cho" {
		k--
	}
	if s.word(k) != "mặt" || s.word(k-1) != "thay" || s.word(next) != "," {
		return false
	}
	for j := next + 1; j < len(s.toks) && j <= next+10; j++ {
		if s.toks[j].kind != tokWord {
			return false
		}
		if inList("gives", s.word(j)) {
			return true
		}
	}
	return false
}

// heads are the article's kicker, title and lead, in that order, each
// lower-cased and tokenized once (an empty one is left out); the title's
// is also x.title. A page cut below its headline has no kicker: the
// headline it labels a photo with (photoHeadline) takes its place.
func (x *articleContext) heads() []*sentence {
	if x.headSents != nil {
		return x.headSents
	}
	texts := []string{cmp.Or(x.a.Kicker, photoHeadline(x.a)), x.a.Title}
	for _, p := range x.a.Paras {
		if p.Kind == corpus.KindLead {
			texts = append(texts, x.a.Text[p.Start:p.End])
			break
		}
	}
	x.headSents = []*sentence{}
	for i, h := range texts {
		if h == "" {
			continue
		}
		s := x.headSentence(h)
		x.headSents = append(x.headSents, s)
		if i == 1 {
			x.title = s
		}
	}
	return x.headSents
}

// lead is the heading sentence of the lead paragraph, nil if none.
func (x *articleContext) lead() *sentence {
	hs := x.heads()
	if n := len(hs); n > 0 && hs[n-1] != x.title && x.a.Kicker != hs[n-1].text {
		return hs[n-1]
	}
	return nil
}

// articleOrg resolves the article's own organisation from its kicker, title
// and lead, in that order; failing those, the one the body names most (of
// two named as often, the one that got there first: the paragraph that
// opens the article before a later item's).
func (x *articleContext) articleOrg() orgRef {
	org := x.headsOrg()
	if org.province != National || x.title == nil {
		return org
	}
	for _, m := range findOrgs(x.title, x.scope) {
		if !recipientsProvince(x.title, m) {
			continue
		}
		if ts := x.takersOfGifts(); len(ts) == 1 && ts[0].province == m.org.province {
			// "Trao quà cho nhân viên y tế tỉnh A" over "Công đoàn Y tế
			// Việt Nam phối hợp với LĐLĐ tỉnh A trao …": the province
			// that hands the national gift out with it (A10), which
			// headsOrg passed over as the recipients' place
			return ts[0]
		}
	}
	return org
}

// headsOrg is articleOrg before a national body's joint gift is given to
// the province that hands it out.
func (x *articleContext) headsOrg() orgRef {
	var national, funder, venue, honoured orgRef
	nationalLead := false // the national federation found in the lead, not above it
	place, titled := x.titlePlace()
	for _, s := range x.heads() {
		if s == x.title && titled && place.name != place.province {
			return place // a district's or a ward's ("Hà Nội: …" may head a district's news)
		}
		ms := findOrgs(s, x.scope)
		only := func(string) orgRef { return orgRef{} }
		if s == x.lead() {
			only = x.onlyOfType // a title's bare "Công đoàn phường, xã" speaks of every ward
		}
		org, ok := headingSubject(s, ms, only)
		if s != x.lead() && winsPrize(s) {
			if h := x.contestHolder(); h.name != "" {
				// "Tổng công ty A giành giải nhất toàn đoàn" over a caption
				// "Giải nhất … tại Cụm thi đua số 7 thuộc về …": the
				// winner is one entrant; the article is the contest's
				// holder's
				return h
			}
		}
		switch {
		case !ok:
		case honoured.name == "" && honoured.province == "" && s != x.lead() && honouredOnly(s, ms):
			honoured = org // "Trao công trình chào mừng Đại hội Công đoàn tỉnh A" over "Công đoàn các KCN tỉnh … tổ chức …" in the lead
		case venue.name == "" && venue.province == "" && s != x.lead() && venueOnly(s, ms):
			venue = org // "Khai mạc Phiên chợ … tại TP A" over "Tổng LĐLĐ … tổ chức …" in the lead
		case org.name == nationalFederation && s != x.lead() && ms[0].tok == 0 && ms[0].org.name == nationalFederation && ms[0].end < len(s.toks):
			// a headline whose subject is the national federation: "Tổng
			// Liên đoàn Lao động Việt Nam chi trên 113 tỷ đồng …" (a kicker
			// that only names it is a section label)
			return org
		case org.name == nationalFederation && national.name == "":
			// a kicker or title naming the whole union ("Công đoàn Việt
			// Nam") over a lead about one of its bodies
			national = org
			nationalLead = s == x.lead()
		default:
			if s == x.lead() && firmUnion(org) && org.name != "Công đoàn Viên chức" {
				if p, ok := x.titleProvinceActs(); ok {
					// "Hà Nội chăm lo Tết sớm cho công nhân khó khăn" over
					// "Ban chấp hành Công đoàn Công ty A tổ chức chương
					// trình …" in the lead: the headline's subject is the
					// province's federation, and one firm's event it opens
					// on is an example, not whose the article is
					return p
				}
			}
			if i := slices.IndexFunc(ms, func(m mention) bool { return m.org == org }); i >= 0 {
				if fundsOnly(s, ms[i]) && funder.name == "" {
					funder = org // "400 đoàn viên ngành Xây dựng nhận quà của LĐLĐ thành phố": who acts comes later
					continue
				}
				if handedOutIn(ms, i, funder) {
					return funder // "Tết sum vầy của Công đoàn phường A" over "LĐLĐ thành phố tặng 715 suất quà … phường A"
				}
				return x.bodyForPlace(s, ms[i].tok, org) // "Hội thao … TP.HCM" over "Công đoàn Viên chức TP.HCM tổ chức …"
			}
			return org
		}
	}
	if titled && nationalLead {
		// "Tỉnh A: 4 công nhân được nhận Giải thưởng …" over a lead on
		// the national federation's ceremony: the article is the place's
		return place
	}
	if national.name != "" {
		return national
	}
	if funder.name != "" {
		return funder
	}
	if titled {
		if place.name == place.province && x.datelineTitle() {
			if b, ok := x.datelineBody(place); ok {
				return b // "Tỉnh A: Trao quà …" over "… LĐLĐ huyện B luôn …": the district's news
			}
			if typ := x.bareDistrictBody(); typ != "" {
				// "Tỉnh A: 64% doanh nghiệp …" over "Toàn quận có 41 DN …,
				// LĐLĐ quận đã …" and no district named: a district of the
				// province whose name no text gives, not the province
				return orgRef{typ: typ, province: place.province}
			}
		}
		return place
	}
	if venue.name != "" || venue.province != "" {
		return venue
	}
	if honoured.name != "" || honoured.province != "" {
		return honoured
	}
	count := map[orgRef]int{}
	also := map[orgRef]int{} // the paragraph where a body is first named, as the subject of "cũng" (also)
	var best, capBest orgRef
	bare := "" // the type of the first subject named by its type alone ("LĐLĐ quận còn vận động …")
	paras := x.paraSentences()
	found := make([][]mention, len(paras))
	for i, s := range paras {
		found[i] = findOrgs(s, x.scope)
	}
	visited := visitedPlaces(paras, found)
	for i, s := range paras {
		ms := found[i]
		for _, m := range ms {
			if visited != nil && visited[m.org.name] {
				continue // "Công đoàn ngành A tổ chức đoàn công tác lên huyện B …": where the body went, not whose the article is
			}
			if nationalSupporter(m, ms) || m.object && (addressBracket(s, m) || placeListed(s, m.tok) || breakdownFunder(s, m) || unionBody(s, m.tok) == 0 && inOpeningBasis(s, m.tok)) {
				continue // (a ward in a venue's street address is where, not whose)
			}
			if countedPlaceOf(s, m) {
				continue // "công nhân làm việc ở 2 tỉnh A và B": where, no federation acting
			}
			if unionBody(s, m.tok) == 0 && x.captionPara(i) {
				// "Công nhân một công ty tại quận 7 … Ảnh: H.L": where a
				// photo was taken, the article's only when the text names
				// no other
				if capBest.name == "" && capBest.province == "" {
					capBest = m.org
				}
				continue
			}
			if m.org.back {
				if bare == "" && !m.object && levelOf(m.org.typ) == 2 {
					bare = m.org.typ
				}
				continue
			}
			if count[m.org] == 0 && s.word(m.end) == "cũng" && !m.object {
				also[m.org] = i
			}
			count[m.org]++
			if c := count[m.org]; c > count[best] {
				best = m.org
			}
		}
	}
	if best.name == "" && best.province == "" && !best.inherit {
		best = capBest
	}
	x.alsoPara = also[best]
	if best.name == "" && best.province == "" && !best.inherit && x.scope.province == "" && x.nationwide() {
		return orgRef{name: nationalFederation, typ: "khác", province: National}
	}
	if typ := wholeDistrict(x.lead()); typ != "" && best.name != "" && best.name == best.province {
		if o := x.onlyOfType(typ); o.name != "" && o.province == best.province {
			// a lead that speaks for a district it does not name ("năm
			// 2024, toàn huyện có 5.120 nữ CNVC-LĐ …"), the district named
			// later ("LĐLĐ huyện A"): the article is the district's, not
			// its province's
			return o
		}
	}
	if bare != "" && best.name == best.province && x.onlyOfType(bare).name == "" {
		// an article that names its district only by its type ("LĐLĐ quận
		// còn vận động …") and no district anywhere: the one district of
		// that type and province its link's words name (an excerpt
		// without its headline: "…/cam-le-tong-ket-…"), else a district of
		// the article's province whose name no text gives, not the province
		prov := best.province
		if prov == "" {
			prov = x.scope.province
		}
		if o := slugDistrict(x.a.URL, bare, prov, x.scope.era); o.name != "" {
			return o
		}
		if best.province != "" {
			return orgRef{typ: bare, province: best.province}
		}
		return orgRef{typ: bare, inherit: true}
	}
	if best.name == "" && best.province == "" && !best.inherit {
		if o := slugUnion(x.a.URL); o.name != "" {
			return o // an excerpt naming no body, its headline's union in the link: "…/dai-hoi-cong-doan-vien-chuc-tinh-…"
		}
	}
	return best
}

// visitedPlaces is the names of the places the article's paragraphs
// (with their mentions, found) name by their bare name (no union body) as
// where a union body, or a delegation the paragraph opens on, goes: "Công
// đoàn ngành Y tế tỉnh A tổ chức đoàn công tác lên huyện B trao quà …",
// "Đoàn đã đến xã C, huyện B …". A place that is only visited is never the
// article's body, however often the text names it (where the aid goes,
// its people, its school), unless the article names its own union body
// ("LĐLĐ huyện B"), which may then act with the visitor. Nil when there is
// none, the usual case.
func visitedPlaces(paras []*sentence, found [][]mention) map[string]bool {
	var visited map[string]bool
	for i, s := range paras {
		for _, m := range found[i] {
			if !m.object || m.org.back || m.org.name == "" || m.org.province == National || unionBody(s, m.tok) > 0 || !visitMarked(s, m.tok) {
				continue
			}
			if !delegationOpens(s) && !slices.ContainsFunc(found[i], func(o mention) bool {
				return o.tok < m.tok && !o.object && !o.org.back && o.org.name != m.org.name && unionBody(s, o.tok) > 0
			}) {
				continue // no union body goes there: "Người lao động về quê …"
			}
			if visited == nil {
				visited = map[string]bool{}
			}
			visited[m.org.name] = true
		}
	}
	if visited == nil {
		return nil
	}
	for i, s := range paras {
		for _, m := range found[i] {
			if visited[m.org.name] && unionBody(s, m.tok) > 0 {
				delete(visited, m.org.name) // its own union body is named: it may act
			}
		}
	}
	return visited
}

// visitMarked reports a place's bare name at token i after a verb of
// going (lên, xuống, về, đến, tới), past the names, type words and commas
// of the places listed before it ("đến xã C, huyện B").
func visitMarked(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-placeListSpan; k-- {
		switch w := s.word(k); w {
		case "lên", "xuống", "về", "đến", "tới":
			return true
		case ",":
			continue
		}
		if capitalWords(s, k, 1) == 0 && !inTypeWord(s, k) {
			return false
		}
	}
	return false
}

// captionPara reports paragraph pi a photo's caption: one the cleaner
// marked, or a body line that ends with the photo's credit ("Công nhân
// một công ty tại quận 7 … Ảnh: H.L" between body paragraphs).
func (x *articleContext) captionPara(pi int) bool {
	p := x.a.Paras[pi]
	return p.Kind == corpus.KindCaption || p.Kind == corpus.KindBody && corpus.CreditedCaption(x.a.Text[p.Start:p.End])
}

// slugDistrict is the district of type typ in province prov that the last
// segment of a link's path names (the headline's words folded to ASCII):
// its whole name at the segment's start ("…/cam-le-tong-ket-…"), after
// the words a site opens every headline's with (sitePrefix:
// "…/bai-viet-cam-le-…") or right after its type word
// ("…/ldld-quan-cam-le-…"). The zero orgRef when the
// link names none, or several, of that type and province.
func slugDistrict(link, typ, prov string, era gazetteer.Era) orgRef {
	if link == "" || prov == "" || prov == National || levelOf(typ) != 2 {
		return orgRef{}
	}
	words := lastSlugPart(link)
	if len(words) == 0 {
		return orgRef{}
	}
	typeWords := slugTypes[typ]
	found := orgRef{}
	for _, u := range gazetteer.Units(prov, 2, era) {
		if u.Type != typ {
			continue
		}
		name := strings.Fields(asciiWords(u.Name))
		if len(name) == 0 {
			continue
		}
		for i := 0; i+len(name) <= len(words); i++ {
			if !slices.Equal(words[i:i+len(name)], name) || (i > 0 && !slugTyped(words[:i], slugKey{level: 2, types: typeWords}) && !sitePrefix(words[:i])) {
				continue
			}
			if found.name != "" && found.name != u.Name {
				return orgRef{} // two districts: no guess
			}
			found = orgRef{name: u.Name, typ: typ, province: u.Province}
		}
	}
	return found
}

// sitePrefix reports words a site puts before every headline's words in
// its links ("…/bai-viet-cam-le-tong-ket-…", "…/tin-tuc-…"): the headline
// starts after them.
func sitePrefix(words []string) bool {
	switch strings.Join(words, " ") {
	case "bai viet", "tin tuc", "tin":
		return true
	}
	return false
}

// lastSlugPart is the words of the last part of a link's slug that has
// any (slugWords): the headline's, folded; nil if none has.
func lastSlugPart(link string) []string {
	ws := slugWords(link)
	for len(ws) > 0 && len(ws[len(ws)-1]) == 0 {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return nil
	}
	return ws[len(ws)-1]
}

// slugUnion is the union body the last segment of a link's path names by
// its kind (the headline's words folded): the province's civil servants'
// union ("cong-doan-vien-chuc", not "… viet-nam"), a sectoral union
// ("cong-doan-nganh-y-te"), both of the article's province. The zero
// orgRef when it names none, or both.
func slugUnion(link string) orgRef {
	if !strings.Contains(link, "cong-doan-") {
		return orgRef{}
	}
	words := lastSlugPart(link)
	if len(words) == 0 {
		return orgRef{}
	}
	found := orgRef{}
	add := func(o orgRef) bool {
		if found.name != "" && found.name != o.name {
			return false
		}
		found = o
		return true
	}
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "cong" || words[i+1] != "doan" {
			continue
		}
		switch {
		case words[i+2] == "vien" && i+3 < len(words) && words[i+3] == "chuc":
			if i+5 < len(words) && words[i+4] == "viet" && words[i+5] == "nam" {
				return orgRef{} // the national union's
			}
			if !add(orgRef{name: "Công đoàn Viên chức", typ: "khác", inherit: true}) {
				return orgRef{}
			}
		case words[i+2] == "nganh":
			rest := words[i+3:]
			best := ""
			for _, g := range lex.sectors {
				name := strings.Fields(asciiWords(g.name))
				if len(name) > 0 && len(name) <= len(rest) && slices.Equal(rest[:len(name)], name) && len(g.name) > len(best) {
					best = g.name
				}
			}
			if best == "" {
				continue
			}
			if j := i + 3 + len(strings.Fields(asciiWords(best))); j+1 < len(words) && words[j] == "viet" && words[j+1] == "nam" {
				return orgRef{} // the national union's
			}
			if !add(orgRef{name: "Công đoàn ngành " + best, typ: "công đoàn ngành", inherit: true}) {
				return orgRef{}
			}
		}
	}
	return found
}

// wholeDistrict is the type of a district named by its type alone after
// "toàn" in sentence s ("toàn quận", "toàn huyện", "toàn thị xã": the
// whole district speaking), "" if s names none or is nil.
func wholeDistrict(s *sentence) string {
	if s == nil {
		return ""
	}
	for k := 0; k+1 < len(s.toks); k++ {
		if s.word(k) != "toàn" {
			continue
		}
		if typ, j := typeWordAt(s, k+1); levelOf(typ) == 2 && !capitalAt(s, j) && (j >= len(s.toks) || s.toks[j].kind != tokNumber) {
			return typ
		}
	}
	return ""
}

// datelineTitle reports a title that opens on a place's name and a colon
// or a dash ("Tỉnh A: Trao quà …"), not on a place that gives ("Tỉnh A
// trao quà …": its federation acts).
func (x *articleContext) datelineTitle() bool {
	t := x.headline()
	_, k, ok := x.scope.placeNamed(t, 0, "")
	w := t.word(k)
	return ok && (w == ":" || w == "-" || w == "–")
}

// datelineBody is the one union body below the province place, of a
// district, ward or commune, that the article's paragraphs name other
// than as an object, in an article whose title only opens on the
// province's name ("Tỉnh A: Trao quà cho đoàn viên …", titlePlace): the
// province's name is the paper's dateline, and the article tells that
// body's work ("… LĐLĐ huyện B luôn thực hiện tốt …"). False when the
// paragraphs name no such body or two.
func (x *articleContext) datelineBody(place orgRef) (orgRef, bool) {
	var found orgRef
	for _, s := range x.paraSentences() {
		for _, m := range findOrgs(s, x.scope) {
			if m.object || m.org.back || m.org.name == "" || m.org.province != place.province || levelOf(m.org.typ) < 2 {
				continue
			}
			if found.name != "" && found != m.org {
				return orgRef{}, false
			}
			found = m.org
		}
	}
	return found, found.name != ""
}

// bareDistrictBody is the type of the district-level body the article's
// paragraphs name by its type alone as a subject ("LĐLĐ quận đã …") or
// speak for as a whole ("toàn huyện có …"), in an article that names no
// district of that type anywhere; "" if none or several types.
func (x *articleContext) bareDistrictBody() string {
	typ := ""
	for _, s := range x.paraSentences() {
		t := wholeDistrict(s)
		for _, m := range findOrgs(s, x.scope) {
			if m.org.back && !m.object && m.org.name == "" && levelOf(m.org.typ) == 2 {
				if t != "" && t != m.org.typ {
					return ""
				}
				t = m.org.typ
			}
		}
		if t == "" {
			continue
		}
		if typ != "" && typ != t {
			return ""
		}
		typ = t
	}
	if typ == "" || x.onlyOfType(typ).name != "" {
		return ""
	}
	return typ
}

// nationalSupporter reports a national body named as an object (a funder,
// a supporter: "quà Tết có sự hỗ trợ của Công đoàn Dệt may Việt Nam, Công
// đoàn phường A") in a sentence that names a body below it as well: the
// lower body hands the gift out, and the contract gives a national body's
// gift handed out by a local body, alone or jointly, to the local body.
func nationalSupporter(m mention, ms []mention) bool {
	if !m.object || m.org.province != National {
		return false
	}
	return slices.ContainsFunc(ms, func(n mention) bool {
		return !n.org.back && (n.org.name != "" || n.org.province != "") && n.org.province != National
	})
}

// handedOutIn reports a heading whose subject, ms[i], is a province's
// federation giving to the people of the unit an earlier heading named as
// whose the event is ("… của Công đoàn phường A"), a unit below it that the
// heading names after it: the contract gives the city's gifts handed out
// in a ward to the ward.
func handedOutIn(ms []mention, i int, unit orgRef) bool {
	m := ms[i]
	if unit.name == "" || levelOf(unit.typ) < 2 || !m.giver || m.org.name != m.org.province || m.org.province != unit.province {
		return false
	}
	return slices.ContainsFunc(ms[i+1:], func(n mention) bool { return n.org == unit })
}

// titlePlace reads a title that opens with a place's bare name: "Sóc Sơn:
// …", "Hà Đông - …": the article is that place's, whatever a line of links
// to other articles taken for the lead names. A province's bare name that
// gives ("Nghệ An trao quà cho đoàn viên …", in a union article) is its
// federation, when no heading names who acts.
func (x *articleContext) titlePlace() (orgRef, bool) {
	s := x.headline()
	if s == nil {
		return orgRef{}, false
	}
	org, k, ok := x.scope.placeNamed(s, 0, "")
	if ok && (s.word(k) == ":" || s.word(k) == "-" || s.word(k) == "–") {
		return org, true
	}
	if ok && org.name != "" && org.name == org.province && org.province != National && inList("gives", s.word(k)) {
		return org, true
	}
	if ok && bareDistrictOpens(s, org) {
		return org, true
	}
	return orgRef{}, false
}

// titleProvinceActs is the province whose bare name opens the headline as
// the subject of a verb written in lower case ("Hà Nội tập trung chăm lo
// Tết cho đoàn viên …"): no type word before the name and no colon or
// dash after it (those titlePlace reads). In a union article the
// province's federation is who acts.
func (x *articleContext) titleProvinceActs() (orgRef, bool) {
	s := x.headline()
	if s == nil {
		return orgRef{}, false
	}
	org, k, ok := x.scope.placeNamed(s, 0, "")
	if !ok || org.name == "" || org.name != org.province || org.province == National || k >= len(s.toks) || capitalAt(s, k) || s.toks[k].kind != tokWord {
		return orgRef{}, false
	}
	if typ, _ := typeWordAt(s, 0); typ != "" {
		return orgRef{}, false
	}
	return org, true
}

// headline is the sentence of the article's headline: its title, or on a
// page cut below its headline, whose title's place holds a paragraph, the
// headline it labels a photo with ("Hà Nội: … - Ảnh 1.", photoHeadline)
// when there is one. nil before heads has been read.
func (x *articleContext) headline() *sentence {
	if hs := x.heads(); x.a.Kicker == "" && len(hs) > 0 && hs[0] != x.title && photoHeadline(x.a) != "" {
		return hs[0]
	}
	return x.title
}

// bareDistrictOpens reports a title that opens on a district's bare name,
// no type word before it, as its subject ("Thanh Trì có thêm điểm vui
// chơi, sinh hoạt văn hóa …"): the paper heads a district's news with the
// district's name, and its federation is whose the article is.
func bareDistrictOpens(s *sentence, org orgRef) bool {
	if org.name == "" || org.name == org.province || levelOf(org.typ) != 2 || capitalWords(s, 0, 1) == 0 {
		return false
	}
	typ, _ := typeWordAt(s, 0)
	return typ == ""
}

// nationwide reports an article that speaks of the whole country ("trong
// phạm vi cả nước", "toàn quốc"). An article that names no organisation and
// no province of its own, and says so, reports the national federation's
// figures.
func (x *articleContext) nationwide() bool {
	t := lower(x.a.Text)
	for _, w := range lex.ordered["nationwide"] {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// assignsTargets reports a body named between a word of target and
// "giao" ("các chỉ tiêu LĐLĐ Thành phố giao", "kế hoạch do Công đoàn
// ngành giao", "chỉ tiêu phát triển đoàn viên LĐLĐ Thành phố giao"): the
// body above that set the targets, not the one whose results the sentence
// reports. The word of target may stand a few words before the body, with
// what the target is for between them, in the same clause.
func assignsTargets(s *sentence, m mention) bool {
	if s.word(m.end) != "giao" {
		return false
	}
	for k := m.tok - 1; k >= 0 && k >= m.tok-6; k-- {
		if w := s.word(k); w == "," || isClauseMark(w) || s.toks[k].kind == tokNumber {
			return false
		}
		if s.phraseBefore(k+1, "chỉ tiêu") || s.phraseBefore(k+1, "kế hoạch") || s.phraseBefore(k+1, "nhiệm vụ") {
			return true
		}
	}
	return false
}

// headingSubject is the organisation a heading is about: the first it
// names, unless that one is only the source of the news and another is
// named after it ("Thông tin từ Ban Quan hệ lao động (Tổng LĐLĐ Việt Nam)
// cho biết, Công đoàn Giáo dục Việt Nam vừa tổ chức …"). A bare "LĐLĐ
// quận" stands for the organisation that only gives for its type, if any:
// in a lead, the one district union of the article ("Phó Chủ tịch LĐLĐ quận
// cho biết" over a caption naming LĐLĐ quận Đống Đa). A heading that only
// lists an event's guests ("Tham dự có … Phó Chủ tịch Tổng LĐLĐ Việt Nam,
// …") names who attends, no subject.
func headingSubject(s *sentence, ms []mention, only func(typ string) orgRef) (orgRef, bool) {
	end := sourceEnd(s)
	if end < 0 {
		end = reportedBy(s, ms)
	}
	var first *mention
	for i := range ms {
		m := &ms[i]
		if recipientsUnit(s, m.tok) || founded(s, *m) || attendsMeetingOf(s, ms, i) || m.guest || m.object && affiliationOf(s, m.tok) || recipientsProvince(s, *m) || countedPlaceOf(s, *m) {
			continue // "Trao nhà … cho đoàn viên thuộc LĐLĐ huyện A": whose members get it, not who gives
		}
		if m.org.back {
			o := only(m.org.typ)
			if o.name == "" && first != nil && m.tok > end && end >= 0 && !m.object && levelOf(m.org.typ) == 2 {
				// "Trên cơ sở các tiêu chí do LĐLĐ TP đặt ra, LĐLĐ huyện
				// đã …": a district the article does not name acts, not the
				// body of its opening phrase; it lies in that body's
				// province
				if p := first.org.province; p != "" && p != National {
					return orgRef{typ: m.org.typ, province: p}, true
				}
				return orgRef{typ: m.org.typ, inherit: true}, true
			}
			if o.name == "" {
				continue
			}
			m.org = o
		}
		// a place after "tại", "ở" is where the event is ("tối 20/5, tại
		// thị xã Cửa Lò, tỉnh Nghệ An, LĐLĐ thành phố Hà Nội tổ chức …")
		if m.tok > end && !m.object && !locationMarked(s, m.tok) && !placeInLocation(s, m.tok) {
			if n, ok := jointLower(s, ms, i); ok {
				return n, true
			}
			return m.org, true
		}
		if first == nil && !placeListed(s, m.tok) && !(m.object && addressBracket(s, *m)) && !breakdownFunder(s, *m) {
			first = m
		}
	}
	if first == nil || guests(s) {
		return orgRef{}, false
	}
	return first.org, true
}

// honouredOnly reports a heading whose only bodies are named as the
// holders of the congress an action marks ("Bàn giao công trình chào
// mừng Đại hội Công đoàn tỉnh A"): headingSubject falls back on the
// first, but whose congress is honoured is not who acts, so a later
// heading that names an actor wins.
func honouredOnly(s *sentence, ms []mention) bool {
	for _, m := range ms {
		if !honouredCongress(s, m.tok) {
			return false
		}
	}
	return len(ms) > 0
}

// honouredCongress reports a body at token t named right after "đại hội"
// that "chào mừng", "hướng tới" or "tiến tới" opens: the congress an
// action marks.
func honouredCongress(s *sentence, t int) bool {
	if !s.phraseBefore(t, "đại hội") {
		return false
	}
	return s.phraseBefore(t-2, "chào mừng") || s.phraseBefore(t-2, "hướng tới") || s.phraseBefore(t-2, "tiến tới")
}

// venueOnly reports a heading whose only body named before its verb is
// the place where the event is held ("Khai mạc Phiên chợ … tại TP A"):
// headingSubject falls back on it, but the place where an event is held
// is not who holds it, so a later heading that names an actor wins.
func venueOnly(s *sentence, ms []mention) bool {
	end := sourceEnd(s)
	venue := false
	for _, m := range ms {
		if m.tok <= end {
			continue
		}
		if !locationMarked(s, m.tok) && !placeInLocation(s, m.tok) {
			return false
		}
		venue = true
	}
	return venue
}

// guestListed reports a body at token i in the list of guests that an
// attending phrase (words.tsv attending: "sự tham dự của", "sự tham gia
// của") opens earlier in its sentence, with no figure or full stop
// between: the guests of an event do not hold it.
func guestListed(s *sentence, i int) bool {
	if !s.lowHolds(attendingPhrases) {
		return false
	}
	attending := lex.ends["attending"]
	for k := i; k > 0; k-- {
		if w := s.word(k - 1); w == "." || s.toks[k-1].kind == tokNumber {
			return false
		}
		if s.endsBefore(k, attending) {
			return true
		}
	}
	return false
}

// kindsListed reports a body at token start that ends a list of kinds of
// bodies the sentence opens its subject with, one of them plural ("LĐLĐ
// các huyện, thị xã, các công đoàn ngành, Công đoàn Viên chức tỉnh A đã
// thành lập …"): commas (or "và") and words only between, no figure or
// clause mark, and "các" after a union's noun ("LĐLĐ các", "công đoàn
// các", "(LĐLĐ) các") or before one ("các công đoàn", "các LĐLĐ").
func kindsListed(s *sentence, start int) bool {
	if w := s.word(start - 1); w != "," && w != "và" {
		return false
	}
	for k := start - 2; k >= 0; k-- {
		w := s.word(k)
		if isClauseMark(w) && w != ")" && w != "(" || s.toks[k].kind == tokNumber {
			return false
		}
		if w != "các" {
			continue
		}
		switch s.word(k - 1) {
		case "lđlđ", "đoàn", ")", "động":
			return true
		}
		switch s.word(k + 1) {
		case "lđlđ", "công", "liên":
			return true
		}
	}
	return false
}

// officerGuest reports a body at token start, ending before token next,
// named as an event's guest: in a list of guests that a verb of welcoming
// opens on their leaders (welcomedList: "Đại hội hân hạnh đón tiếp các
// đồng chí lãnh đạo Tổng LĐLĐ Việt Nam, lãnh đạo một số Ban của Tổng
// Liên đoàn …"), or with its officer (words.tsv leaders, "Chủ tịch",
// "Phó Chủ tịch") right before it and a verb of attending (words.tsv
// guest-opener: "dự", "tham dự", "về dự" …) and a meeting ("đại hội",
// "hội nghị", as attendsMeetingOf reads) after it and the officer's name
// ("Phó Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Văn B dự Đại hội …"); a body
// whose leaders attend another event ("dự hội thao") may hold it.
// Like the guests guestListed reads, they do not hold the event.
func officerGuest(s *sentence, start, next int) bool {
	if welcomedList(s, start) {
		return true
	}
	if presidentBefore(s, start) == start && !s.endsBefore(start, leaderEnds) {
		return false
	}
	j := next + capitalWords(s, next, maxPersonName)
	for _, p := range guestOpeners {
		if k := j + p.words; s.phraseBefore(k, p.text) {
			return meetingRest[s.word(k)] != "" && s.word(k+1) == meetingRest[s.word(k)]
		}
	}
	return false
}

// welcomedList reports a body at token start in a list of guests that a
// verb of welcoming (words.tsv welcomes: "đón tiếp", "chào mừng") opens
// on leaders ("(các) (đồng chí) lãnh đạo", "Chủ tịch" …), no figure or
// clause mark between. "chào mừng Đại hội Công đoàn tỉnh A" welcomes no
// guest.
func welcomedList(s *sentence, start int) bool {
	welcomes := lex.ends["welcomes"]
	for k := start; k > 0; k-- {
		if s.endsBefore(k, welcomes) {
			return leadersAt(s, k)
		}
		if w := s.word(k - 1); isClauseMark(w) || s.toks[k-1].kind == tokNumber {
			return false
		}
	}
	return false
}

// leadersAt reports leaders named from token k: "(các) (đồng chí)" and a
// phrase of words.tsv leaders, or "(Phó) Chủ tịch".
func leadersAt(s *sentence, k int) bool {
	if s.word(k) == "các" {
		k++
	}
	if s.word(k) == "đồng" && s.word(k+1) == "chí" {
		k += 2
	}
	if s.word(k) == "phó" {
		k++
	}
	if s.word(k) == "chủ" && s.word(k+1) == "tịch" {
		return true
	}
	return slices.ContainsFunc(lex.ordered["leaders"], func(p string) bool { return s.phraseBefore(k+strings.Count(p, " ")+1, p) })
}

// maxPersonName is how many capitalised words an officer's name after his
// body may take (officerGuest).
const maxPersonName = 5

// attendsMeetingOf reports the body of mention i as a guest at the
// congress or conference of a body named next in the heading ("Phó Chủ
// tịch Tổng LĐLĐ Việt Nam dự Đại hội Công đoàn xã A"): the verb of
// attending, then "đại hội" or "hội nghị", come between the two, with no
// clause mark. The meeting's own body is then the heading's subject.
var meetingRest = map[string]string{"đại": "hội", "hội": "nghị"}

func attendsMeetingOf(s *sentence, ms []mention, i int) bool {
	if i+1 >= len(ms) || ms[i+1].object {
		return false
	}
	for k := ms[i].end; k+1 < ms[i+1].tok; k++ {
		switch w := s.word(k); {
		case isClauseMark(w):
			return false
		case w == "dự" && (s.word(k+1) == "đại" || s.word(k+1) == "hội") && s.word(k+2) == meetingRest[s.word(k+1)]:
			return true
		}
	}
	return false
}

// jointLower reads a heading's subject, ms[i], that is a province's
// federation joined by "và" to a union of a district, ward or commune of
// that province ("LĐLĐ tỉnh A và LĐLĐ huyện B vừa bàn giao
// …"): the two hand out together, and the contract gives the higher
// body's gift handed out in a unit to that unit, so the article is the
// lower unit's. "cùng" keeps the first body as the one that leads ("LĐLĐ
// tỉnh A cùng LĐLĐ huyện B và Huyện đoàn đến thăm …", each then giving
// its own share). A national body joined so to a province's federation
// ("Tổng LĐLĐ Việt Nam và LĐLĐ tỉnh A tổ chức …") gives the article to
// the province (A10: a national body's gift handed out jointly is the
// province's; provinceFederation).
func jointLower(s *sentence, ms []mention, i int) (orgRef, bool) {
	m := ms[i]
	if i+1 >= len(ms) || m.org.name == "" || m.org.name != m.org.province && m.org.province != National {
		return orgRef{}, false
	}
	n := ms[i+1]
	if n.tok != m.end+1 || s.word(m.end) != "và" {
		return orgRef{}, false
	}
	if n.object || n.org.back || n.org.name == "" {
		return orgRef{}, false
	}
	if m.org.province == National {
		return n.org, provinceFederation(n.org)
	}
	if n.org.province != m.org.province || levelOf(n.org.typ) < 2 {
		return orgRef{}, false
	}
	return n.org, true
}

// provinceFederation reports a province's federation (LĐLĐ tỉnh A): a body
// named as its province, not the nation.
func provinceFederation(org orgRef) bool {
	return org.name != "" && org.name == org.province && org.province != National
}

// recipientsUnit reports a body named at token i as the affiliation of
// the people a gift goes to: after "thuộc" (or "trực thuộc"), in a clause
// that names them after "cho" ("trao nhà cho đoàn viên thuộc LĐLĐ huyện
// A"). A unit "thuộc" a body with no recipient before it ("Công đoàn Trung
// tâm Y tế thuộc LĐLĐ huyện B tổ chức …") is not.
func recipientsUnit(s *sentence, i int) bool {
	if s.word(i-1) != "thuộc" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		switch w := s.word(k); {
		case w == "cho":
			return true
		case isClauseMark(w):
			return false
		}
	}
	return false
}

// recipientsProvinceSpan is how many tokens recipientsProvince looks back
// from a province's name to the "cho" of the people it names.
const recipientsProvinceSpan = 12

// recipientsProvince reports a province's bare name (no union body) as
// mention m of a heading, ending a phrase of people after "cho" in its
// clause: "Trao quà cho nhân viên y tế tỉnh A" tells where those who get
// the gifts work, not who gives them, so the heading leaves the article
// to the body that acts in the lead (a national body handing gifts out
// alone keeps them). A district so named (recipientsPlace) is still
// where a city's gifts are handed out, and one that names the
// province's federation ("cho đoàn viên LĐLĐ tỉnh A") names a body.
func recipientsProvince(s *sentence, m mention) bool {
	if !m.object || m.org.name == "" || m.org.name != m.org.province || m.org.province == National || unionBody(s, m.tok) > 0 {
		return false
	}
	people := false
	for k := m.tok - 1; k >= 0 && k >= m.tok-recipientsProvinceSpan; k-- {
		w := s.word(k)
		if isClauseMark(w) || w == ";" || s.toks[k].kind == tokNumber || unionBody(s, k) > 0 {
			return false
		}
		if w == "cho" {
			return people
		}
		if u, _ := unitAt(s, k); u == "person" || u == "member" {
			people = true
		}
	}
	return false
}

// placeInLocation reports a place's bare name at token i (no union body)
// inside a phrase of location or destination: "tại thị xã Cửa Lò, tỉnh Nghệ
// An", "đến thị trấn Hội An, huyện Chợ Mới, tỉnh An Giang".
func placeInLocation(s *sentence, i int) bool { return locationPhrase(s, i) >= 0 }

// locationPhrase is the token after the word of location or destination
// whose phrase holds the place's bare name at token i, -1 if none.
func locationPhrase(s *sentence, i int) int {
	if unionBody(s, i) > 0 {
		return -1
	}
	if _, ok := nationalAt(s, i); ok {
		return -1 // "tại Nhà văn hóa, Tổng LĐLĐ Việt Nam phối hợp …": a body, not a place
	}
	for k := i; k > 0 && k > i-placeListSpan; k-- {
		if locationMarked(s, k) {
			return k
		}
		// only a place's words lie between: names, type words, commas, and
		// the plural before a list ("tới các tỉnh Yên Bái, Lào Cai")
		p := k - 1
		if k <= i-8 && unionBody(s, p) > 0 {
			return -1 // beyond a place's own name, only a list of places goes on
		}
		if w := s.word(p); w != "," && w != "các" && w != "và" && capitalWords(s, p, 1) == 0 && !inTypeWord(s, p) {
			return venueBefore(s, p)
		}
	}
	return -1
}

// countedPlaceOf reports a province's federation m named by the
// province's bare name in a list of places a count opens (countedPlace).
func countedPlaceOf(s *sentence, m mention) bool {
	return !m.org.back && m.org.name != "" && m.org.name == m.org.province && countedPlace(s, m.tok)
}

// countedPlace reports a place's bare name at token i in a list that a
// count of places opens ("người lao động làm việc ở 2 tỉnh A và B", "3
// huyện C, D và E"): the places are counted as where something is, and
// no federation of theirs is named acting.
func countedPlace(s *sentence, i int) bool {
	if unionBody(s, i) > 0 {
		return false
	}
	for k := i - 1; k >= 0 && k > i-placeListSpan; k-- {
		if s.toks[k].kind == tokNumber {
			return inTypeWord(s, k+1)
		}
		if w := s.word(k); w != "," && w != "và" && capitalWords(s, k, 1) == 0 && !inTypeWord(s, k) {
			return false
		}
	}
	return false
}

// placeListed reports a place at token i that ends a list of three or
// more places after "tại", "ở" ("ở Quảng Ninh, Thái Nguyên, Hà Tĩnh, …
// và thành phố Cần Thơ"): the list tells where a programme runs, and no
// item of it is the article's own body.
func placeListed(s *sentence, i int) bool {
	k := locationPhrase(s, i)
	if k < 0 {
		return false
	}
	marks := 0
	for j := k; j < i; j++ {
		if w := s.word(j); w == "," || w == "và" {
			marks++
		}
	}
	return marks >= 2
}

// placeListSpan is how far back locationPhrase looks for "tại", "ở" over
// a list of places ("ở Quảng Ninh, Thái Nguyên, Hà Tĩnh, Khánh Hòa, Đồng
// Tháp và thành phố Cần Thơ"): every item of the list is where, the last
// as well as the first.
const placeListSpan = 24

// venueBefore reads a short phrase of location that ends at token p, in
// front of a place's name and its commas: "tại thôn Ta Lu, xã Nam Đông",
// "tại Khu nhà ở xã hội, xã Thiên Lộc". It returns the token after "tại" or
// "ở" (not "đến", which also opens "đến nay"), -1 if the phrase is longer
// than a few words or has neither.
func venueBefore(s *sentence, p int) int {
	for k := p; k >= 0 && k > p-6; k-- {
		if w := s.word(k); w == "," || w == ";" || isClauseMark(w) {
			return -1
		}
		if w := s.word(k - 1); w == "tại" || w == "ở" {
			return k
		}
	}
	return -1
}

// inTypeWord reports token i inside a type word ("huyện", "thị trấn").
func inTypeWord(s *sentence, i int) bool {
	for j := max(i-1, 0); j <= i; j++ {
		if typ, end := typeWordAt(s, j); typ != "" && i < end {
			return true
		}
	}
	return false
}

// basisOpens reports a phrase of what an action rests on at token i:
// "Trên cơ sở …", "Căn cứ …" ("Trên cơ sở các tiêu chí do LĐLĐ TP đặt ra,
// …"), "Thực hiện" and a words.tsv directive ("Thực hiện Công văn 12/LĐLĐ
// của LĐLĐ thành phố, …"). A body named in it is not the sentence's
// subject.
func basisOpens(s *sentence, i int) bool {
	switch s.word(i) {
	case "trên":
		return s.word(i+1) == "cơ" && s.word(i+2) == "sở"
	case "căn":
		return s.word(i+1) == "cứ"
	case "thực":
		return s.word(i+1) == "hiện" && slices.ContainsFunc(lex.ordered["directive"], func(p string) bool { return s.phraseBefore(i+3+strings.Count(p, " "), p) })
	}
	return false
}

// occasionOpens reports a phrase of the occasion an action marks at token
// i: "Chào mừng …", "Hướng tới …", "Nhân dịp …", "Hưởng ứng …", "Kỷ niệm …"
// ("Thiết thực chào mừng Đại hội Công đoàn tỉnh A lần thứ XI, LĐLĐ huyện B
// bàn giao …"). A heading's body named in it, the congress's or the
// anniversary's, is its subject only when no other is named after it
// (sourceEnd).
func occasionOpens(s *sentence, i int) bool {
	switch w := s.word(i + 1); s.word(i) {
	case "chào":
		return w == "mừng"
	case "hướng":
		return w == "tới" || w == "về"
	case "nhân":
		return w == "dịp"
	case "hưởng":
		return w == "ứng"
	case "kỷ", "kỉ":
		return w == "niệm" && s.word(i+2) != "chương"
	}
	return false
}

// partListed reports a place's bare name at token i in the list of places
// after part-of words ("… 27 CĐCS thuộc địa bàn của phường A, B và xã C"):
// only names, type words, commas and "và" between.
func partListed(s *sentence, i int) bool {
	if typ, _ := typeWordAt(s, i); typ == "" {
		return false
	}
	for k := i; k > 0 && k > i-12; k-- {
		if s.listBefore(k, "part-of") {
			return true
		}
		if p := k - 1; s.word(p) != "," && s.word(p) != "và" && capitalWords(s, p, 1) == 0 && !inTypeWord(s, p) {
			return false
		}
	}
	return false
}

// inOpeningBasis reports token i inside the phrase of basis a sentence
// opens with, before its comma.
func inOpeningBasis(s *sentence, i int) bool {
	open := -1
	for k := 0; k < 3 && k < i; k++ {
		if basisOpens(s, k) {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := open + 1; k < i; k++ {
		if w := s.word(k); w == "," || isClauseMark(w) {
			return false
		}
	}
	return true
}

// inOpeningTime reports token i inside a clause of time a sentence opens
// with, "Khi …", "Ngay khi …", "Sau khi …", before its comma: a body
// named there acts in that clause, so it is not the subject a list of
// objects after the main clause's marker follows ("Ngay khi Tổng LĐLĐ
// Việt Nam phát động Chương trình A, thực hiện chỉ đạo của LĐLĐ TP,
// Công đoàn ngành B đã triển khai …": B, after the list rule's comma,
// acts).
func inOpeningTime(s *sentence, i int) bool {
	open := 0
	switch {
	case s.word(0) == "khi":
	case s.word(1) == "khi" && (s.word(0) == "ngay" || s.word(0) == "sau"):
		open = 1
	default:
		return false
	}
	for k := open + 1; k < i; k++ {
		if w := s.word(k); w == "," || isClauseMark(w) {
			return false
		}
	}
	return i > open
}

// sourceEnd is the token that ends a sentence's opening attribution of its
// news ("Theo …,", "Thông tin từ … cho biết,"), of what it rests on or of
// its occasion ("Chào mừng …,"), -1 if it opens with none.
func sourceEnd(s *sentence) int {
	open := -1
	for i := 0; i < 3 && i < len(s.toks); i++ {
		if w := s.word(i); w == "theo" || (w == "từ" && (s.phraseBefore(i, "thông tin") || s.phraseBefore(i, "nguồn tin"))) || basisOpens(s, i) || occasionOpens(s, i) {
			open = i
			break
		}
	}
	if open < 0 {
		return -1
	}
	for k := open + 1; k < len(s.toks); k++ {
		if w := s.word(k); w == "," || (w == "biết" && s.word(k-1) == "cho") {
			return k
		}
	}
	return -1
}

// reportSource is the body a sentence opens with as the source of its
// report, "Theo LĐLĐ TP A, …": the body named right after "Theo", by
// its own name, then a comma. A paragraph that opens so is that body's
// report to its end (actorFor).
func reportSource(s *sentence) (orgRef, bool) {
	if s.word(0) != "theo" || len(s.mentions) == 0 {
		return orgRef{}, false
	}
	m := s.mentions[0]
	if m.tok != 1 || m.org.back || m.org.name == "" || s.word(m.end) != "," {
		return orgRef{}, false
	}
	return m.org, true
}

// reportedBy is the comma that ends a body's report of the news the
// heading goes on to tell ("Ngày 5.8, LĐLĐ tỉnh A thông tin, Công đoàn
// huyện B đã tổ chức …"): a body named as the subject, then "thông tin",
// "cho biết" or "cho hay" (after "vừa" or "đã" at most) and a comma. The
// body that reports is the source; the one named after the comma acts.
// -1 if the heading opens with no such report.
func reportedBy(s *sentence, ms []mention) int {
	if !strings.Contains(s.low, "thông tin,") && !strings.Contains(s.low, "cho biết,") && !strings.Contains(s.low, "cho hay,") {
		return -1
	}
	for _, m := range ms {
		if m.object || m.end >= len(s.toks) {
			continue
		}
		k := m.end
		if w := s.word(k); w == "vừa" || w == "đã" {
			k++
		}
		if s.word(k+2) == "," && (s.phraseBefore(k+2, "thông tin") || s.phraseBefore(k+2, "cho biết") || s.phraseBefore(k+2, "cho hay")) {
			return k + 2
		}
	}
	return -1
}

// articleProvince is the province the article speaks of: that of the first
// organisation or province its kicker, title and lead name; else the one
// the host of its link names (a provincial paper, "baonghean.vn"); else the
// one its body names most often; else the one its link's path names
// after a type or union word (slugProvince); else, for an article of the home paper (a
// scraped file without a link, or a link to laodongthudo.vn), Hà Nội; else,
// for one of another city's paper (paperCities) that does not speak of the
// whole country, that city; else "".
func (x *articleContext) articleProvince() string {
	x.scope.bodies = x.findBodies()
	sc := x.scope
	sc.finding = true
	where := "" // a heading's place of the event or of the aid: kept if no heading names another
	for _, s := range x.heads() {
		p, sure := provinceNamed(s, sc)
		if sure {
			return p
		}
		if d := datelineProvince(s.text, sc.era); d != "" {
			return d // a mirror page's lead "Hanoi - …"
		}
		if where == "" {
			where = p
		}
	}
	if where != "" {
		return where
	}
	home := x.a.URL == ""
	if p := linkProvince(x.a.URL); p == City {
		home = true // the home paper's own site names no province of its news
	} else if p != "" {
		return p
	}
	if p := x.bodyProvince(sc); p != "" {
		return p
	}
	if p := slugProvince(x.a.URL, sc.era); p != "" {
		return p // an excerpt without its headline: the link's words are the headline's
	}
	if c := sc.siteCity(); c.province != "" {
		return c.province
	}
	if home {
		x.scope.homeOnly = true
		return City
	}
	if c := paperCityOf(hostOf(x.a.URL)); c != "" && !x.nationwide() {
		return c // a city paper's news that names no province: "LĐLĐ quận" is one of the city's
	}
	return ""
}

// bodyProvince is the province the article's body names most often.
func (x *articleContext) bodyProvince(sc orgScope) string {
	count := map[string]int{}
	best := ""
	for _, s := range x.paraSentences() {
		for i := 0; i < len(s.toks); i++ {
			org, k, ok := sc.orgAt(s, i, false)
			if !ok {
				continue
			}
			start := i
			i = k - 1
			if pr := org.province; pr != "" && pr != National && !destination(s, start) {
				count[pr]++
				if c := count[pr]; c > count[best] || (c == count[best] && pr < best) {
					best = pr
				}
			}
		}
	}
	return best
}

// personName reports a bare "Hồ Chí Minh" at token i, with no type word
// before it: the President's name ("Bảo tàng Hồ Chí Minh", "tư tưởng Hồ
// Chí Minh", "Đoàn TNCS Hồ Chí Minh"), not the city, which articles name
// with its type word or as "TP.HCM".
func personName(s *sentence, i int) bool {
	return s.word(i) == "hồ" && s.word(i+1) == "chí" && s.word(i+2) == "minh"
}

// provinceNamed is the province of the first organisation or place a
// heading names, "" if none, and whether it is sure; a place named as where
// the event is ("tại thị xã Cửa Lò, tỉnh Nghệ An, LĐLĐ thành phố Hà Nội
// …") or where aid goes only when nothing else is, and not sure: a later
// heading may name the province of the news.
func provinceNamed(s *sentence, sc orgScope) (string, bool) {
	where := "" // a province named only as where the event is: kept if no other is
	for i := 0; i < len(s.toks); i++ {
		start, p := i, ""
		if org, k, ok := sc.orgAt(s, i, false); ok {
			i = k - 1
			if org.province != National {
				p = org.province
			}
		} else if ps, k2 := placesAt(s, i, func(p place) bool { return p.level == 1 }); len(ps) > 0 && capitalWords(s, i, 1) == 1 && !personName(s, i) {
			if seatDateline(s, sc, i, k2) || firmNamedPlace(s, i) {
				i = k2 - 1
				continue
			}
			p = sc.provinceNow(ps[0])
		} else if k2 > i {
			i = k2 - 1
		}
		switch {
		case p == "", destination(s, start):
			// where aid or a team goes: the sender acts, never its province
		case !placeInLocation(s, start):
			return p, true
		case where == "":
			where = p
		}
	}
	return where, false
}

// seatDateline reports a province's name from token i to k that opens the
// heading as its dateline, a dash after it, with a national body right
// after the dash ("Hà Nội – Công đoàn Dệt may Việt Nam thông tin, Công đoàn
// Công ty A …"): the place the national body reports from, its seat, not
// where the news happens.
func seatDateline(s *sentence, sc orgScope, i, k int) bool {
	if i != 0 || !isDash(s.word(k)) || s.word(k) == "đến" {
		return false
	}
	org, _, ok := sc.orgAt(s, k+1, false)
	return ok && org.province == National
}

// destination reports a place or a body named at token i as where aid goes
// ("tăng viện cho TP Hồ Chí Minh", "hỗ trợ tới tỉnh Yên Bái"): not the
// province of the heading's news when another is named.
//
// The place may end an institution's name that the word of destination
// opens with a capital ("tăng cường cho Y tế tỉnh A", "chi viện
// Bệnh viện tỉnh A"): up to four words back.
func destination(s *sentence, i int) bool {
	to := func(k int) bool {
		return s.listBefore(k, "destination")
	}
	if to(i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-unionDestinationSpan; k-- {
		if w := s.word(k); w == "," || isClauseMark(w) || s.toks[k].kind == tokNumber {
			return false
		}
		if capitalAt(s, k) && to(k) && (k >= i-4 || unionBody(s, k) > 0) {
			// "cho Công đoàn cơ sở Viện Dịch tễ Trung ương A": a
			// union's name reaches further back than an institution's
			return true
		}
	}
	return false
}

// unionDestinationSpan is how many words back destination looks for the word of
// destination before a union's name that ends in a place.
const unionDestinationSpan = 10

// orgFor resolves the organisation of the number at token t: the nearest
// subject named before it in the sentence; else, when the sentence points
// back to one ("LĐLĐ huyện", "quận" without a name), the last subject named
// earlier in the paragraph; else the article's own. A sentence that names
// no one ("các cấp công đoàn đã …") after a list of districts speaks for
// the article's organisation again.
func (x *articleContext) orgFor(s *sentence, t int) orgRef {
	if o, ok := breakdownPlace(s, t); ok {
		return o // "…, trong đó: Nam Định 12 vụ, Thái Bình 7 vụ": each item its province's
	}
	org := x.actorFor(s, t)
	if from, to, ok := setMembers(s, t); ok && org.name != "" && slices.ContainsFunc(s.mentions, func(m mention) bool {
		return setMember(s, m, from, to) && m.org.name == org.name && unionBody(s, m.tok) > 0
	}) && (to < t || !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok < t && !m.object && !agentMark(s.word(m.tok-1)) })) {
		// a union listed among the members of a set the count is of; not
		// when a body before the count acts on it ("LĐLĐ tỉnh trao 130
		// phần quà tại các đơn vị gồm: …")
		return x.setHolder(s, from, to)
	}
	if org.province != National && firmUnion(org) && groupScoped(s, t) {
		if g := x.groupBody(); g.name != "" {
			// "Công đoàn Tổng công ty A … phấn đấu đạt 10.000 sáng kiến
			// trong Tập đoàn B": the whole group's target, its national
			// union's, not the subsidiary's that takes it up
			return g
		}
	}
	if org.province == National {
		if p, ok := x.workersPlace(s, t); ok {
			return p // "Tổng LĐLĐ trao 2 tỷ đồng giúp người lao động tỉnh A": the province's
		}
		if x.takesInOwn() && !nationwideSaid(s) {
			return x.org // "Lãnh đạo LĐLĐ tỉnh A tiếp nhận hỗ trợ từ Tổng LĐLĐ" in A's article
		}
		if x.jointEvent(s, t) && !nationwideSaid(s) {
			return x.takersOfGifts()[0]
		}
	}
	return org
}

// groupScopeSpan is how many tokens after a figure groupScoped looks for
// the group it is scoped to.
const groupScopeSpan = 6

// groupScoped reports the figure at token t, its noun phrase ending on the
// scope of a whole group, "trong (toàn) Tập đoàn …" or "toàn Tập đoàn"
// ("hướng tới 4.500 sáng kiến trong Tập đoàn A"), no comma or clause
// mark between.
func groupScoped(s *sentence, t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+groupScopeSpan; k++ {
		switch w := s.word(k); {
		case w == "," || isClauseMark(w):
			return false
		case w == "trong" || w == "toàn":
			j := k + 1
			if w == "trong" && s.word(j) == "toàn" {
				j++
			}
			if s.word(j) == "tập" && s.word(j+1) == "đoàn" {
				return true
			}
		}
	}
	return false
}

// groupBody is the first national union the article names other than the
// national federation ("Công đoàn Điện lực Việt Nam", "Công đoàn Tập
// đoàn A Việt Nam"): the body of a group's whole (groupScoped). Zero when
// it names none; worked out once.
func (x *articleContext) groupBody() orgRef {
	if x.groupDone {
		return x.group
	}
	x.groupDone = true
	for _, p := range x.paraSentences() {
		for _, m := range findOrgs(p, x.scope) {
			if m.org.province == National && m.org.name != "" && m.org.name != nationalFederation && !m.org.back {
				x.group = m.org
				return x.group
			}
		}
	}
	return x.group
}

// takersOfGifts are the bodies the article names as taking a higher body's
// gift in ("Lãnh đạo LĐLĐ tỉnh A tiếp nhận hỗ trợ …", "Tiếp nhận số
// tiền này, Chủ tịch LĐLĐ tỉnh A …") or as handing it out with it
// ("ông B, lãnh đạo Tổng LĐLĐ, cùng lãnh đạo LĐLĐ tỉnh A đã …"): the
// province (or district) that hands a national gift out, which the
// contract gives it to.
func (x *articleContext) takersOfGifts() []orgRef {
	if x.takersDone {
		return x.takers
	}
	x.takersDone = true
	for i, s := range x.paraSentences() {
		taking := strings.Contains(s.low, "tiếp nhận")
		if !taking && !strings.Contains(s.low, "cùng") && !strings.Contains(s.low, "phối hợp") {
			continue
		}
		ms := findOrgs(s, x.scope)
		for _, m := range ms {
			if m.org.name == "" || m.org.back || m.org.province == National || m.org.province == "" {
				continue
			}
			if taking && takesIn(s, m) || handsOutWith(s, ms, m) {
				x.takers = append(x.takers, m.org)
				if k := x.a.Paras[i].Kind; k == corpus.KindTitle || k == corpus.KindLead {
					x.takerHead = true
				}
			}
		}
	}
	return x.takers
}

// takesInOwn reports an article whose own organisation is the one body
// it names as taking a national gift in or handing it out with the
// national body (takersOfGifts): the national body's figures that name
// no workers' place and not the whole country are the gift that body
// hands out.
func (x *articleContext) takesInOwn() bool {
	ts := x.takersOfGifts()
	return len(ts) == 1 && ts[0] == x.org
}

// jointEvent reports, in the national body's article whose title or lead
// names the one body that runs its event with it ("Tổng LĐLĐ Việt Nam đã
// phối hợp LĐLĐ TP A họp mặt, chúc Tết …"), a sentence of s that names
// the national body before the figure at t and no other province by its
// name ("Tổng LĐLĐ Việt Nam trao 320 phần quà …"): the gift of
// the joint event, which the contract gives to the province that hands it
// out. ("Cùng ngày, Tổng LĐLĐ Việt Nam trao 45 suất học bổng cho con công
// nhân ở B" tells a gift it hands out alone elsewhere; a figure that names
// no actor stays the article's.)
func (x *articleContext) jointEvent(s *sentence, t int) bool {
	ts := x.takersOfGifts()
	if len(ts) != 1 || !x.takerHead || x.org.province != National {
		return false
	}
	named := false
	for k := 0; k < t; k++ {
		if _, ok := nationalAt(s, k); ok {
			named = true
		}
	}
	if !named {
		return false
	}
	for k := range s.toks {
		if s.toks[k].kind != tokWord {
			continue
		}
		if ps, _ := placesAt(s, k, func(p place) bool { return p.level == 1 && p.province != ts[0].province }); len(ps) > 0 {
			return false
		}
	}
	return true
}

// nationwideSaid reports a sentence that puts its figures in the whole
// country (words.tsv nationwide: "… chăm lo cho đoàn viên trên cả
// nước"): the national body's own budget, not one province's gift.
func nationwideSaid(s *sentence) bool {
	return slices.ContainsFunc(lex.ordered["nationwide"], func(w string) bool { return strings.Contains(s.low, w) })
}

// takesIn reports body m of s as the subject of "tiếp nhận" (the verb
// within a few words after it, its leader's name between) or named after
// a sentence's opening "Tiếp nhận …," phrase.
func takesIn(s *sentence, m mention) bool {
	for k := m.end; k < len(s.toks) && k <= m.end+takerSpan; k++ {
		if isClauseMark(s.word(k)) || s.toks[k].kind == tokNumber {
			break
		}
		if s.word(k) == "tiếp" && s.word(k+1) == "nhận" {
			return true
		}
	}
	commas := 0
	for k := m.tok - 1; k >= 1 && k >= m.tok-takerOpener; k-- {
		w := s.word(k)
		if w == "," {
			commas++
		}
		if commas > 1 || s.toks[k].kind == tokNumber || isClauseMark(w) {
			return false
		}
		if w == "nhận" && s.word(k-1) == "tiếp" && (k == 1 || sentenceEnd(s.word(k-2))) {
			return commas == 1
		}
	}
	return false
}

// takerOpener is how many tokens an opening "Tiếp nhận …," phrase and
// the leader's title after it may take before the body.
const takerOpener = 16

// takerSpan is how many words a body's leader's name may take between the
// body and its verb ("LĐLĐ tỉnh A Nguyễn Văn B tiếp nhận").
const takerSpan = 6

// handsOutWith reports body m of s joined with "cùng" or "phối hợp
// (với)" (its leaders between) to a national body named before it: "ông B
// của Tổng LĐLĐ cùng lãnh đạo LĐLĐ TP A", "Tổng LĐLĐ Việt Nam phối hợp
// LĐLĐ TP A tổ chức chương trình …".
func handsOutWith(s *sentence, ms []mention, m mention) bool {
	k := m.tok - 1
	for _, p := range lex.ordered["leaders"] {
		if s.phraseBefore(m.tok, p) {
			k -= strings.Count(p, " ") + 1
			break
		}
	}
	if s.word(k) == "với" && s.word(k-1) == "hợp" {
		k--
	}
	if s.word(k) == "hợp" && s.word(k-1) == "phối" {
		k-- // "Tổng LĐLĐ Việt Nam đã phối hợp (với) LĐLĐ TP A tổ chức …"
	} else if s.word(k) != "cùng" {
		return false
	}
	return slices.ContainsFunc(ms, func(o mention) bool { return o.tok < k && o.org.province == National })
}

// workersPlaceSpan is how many tokens apart a figure and the place of the
// workers it goes to may stand.
const workersPlaceSpan = 20

// workersPlace reads the place whose workers a figure at token t goes to,
// named in its clause as the people a verb of giving or "cho", "giúp",
// "tới" opens ("dành 2 tỷ đồng giúp công nhân của tỉnh A", "Hỗ trợ người lao động B bị ảnh hưởng bởi bão 1 tỷ đồng"): the
// contract gives a national body's gift to a province's workers to that
// province, which hands it out. A list of places ("cho công nhân A và
// B") names none, nor do workers of a firm or of the whole country.
func (x *articleContext) workersPlace(s *sentence, t int) (orgRef, bool) {
	if len(x.takersOfGifts()) == 0 {
		return orgRef{}, false // no body takes a gift in: asked once per article, not at each word
	}
	lo, hi := t, t+1
	for lo > 0 && lo > t-workersPlaceSpan && !isClauseMark(s.word(lo-1)) {
		lo--
	}
	for hi < len(s.toks) && hi < t+workersPlaceSpan && !isClauseMark(s.word(hi)) {
		hi++
	}
	for k := lo + 1; k < hi; k++ {
		if k == t || !s.listBefore(k, "place-workers") || !workersOpened(s, k) {
			continue
		}
		from, to := min(k, t)+1, max(k, t)
		if slices.ContainsFunc(s.toks[from:to], func(tk token) bool { return tk.kind == tokNumber }) {
			continue // another figure's recipients
		}
		j := k
		if s.word(j) == "của" {
			j++
		}
		typ, j := typeWordAt(s, j)
		org, end, ok := x.scope.placeNamed(s, j, typ)
		if !ok || org.name == "" || org.province == National || placeListGoesOn(s, end) ||
			!slices.ContainsFunc(x.takersOfGifts(), func(b orgRef) bool { return b.province == org.province }) {
			continue // the national body hands it out alone: its own
		}
		return org, true
	}
	return orgRef{}, false
}

// workersOpened reports the workers named before token k opened by a verb
// of giving or "cho", "giúp", "tới" a few words before, no figure or
// clause mark between: "cho các đoàn viên", "giúp lao động".
func workersOpened(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		w := s.word(j)
		if s.toks[j].kind == tokNumber || isClauseMark(w) {
			return false
		}
		if recipientsMark(w) || inList("aid", w) {
			return true
		}
	}
	return false
}

// placeListGoesOn reports a list of places going on at token k, after a
// place's name: "và" or a comma and another place.
func placeListGoesOn(s *sentence, k int) bool {
	w := s.word(k)
	if w != "và" && w != "," {
		return false
	}
	_, j := typeWordAt(s, k+1)
	ps, _ := placesAt(s, j, func(place) bool { return true })
	return len(ps) > 0
}

// actorFor is the body whose activity the figure at token t of s reports,
// before the recipients' place of a national body's gift is read.
func (x *articleContext) actorFor(s *sentence, t int) orgRef {
	if org, ok := belongsTo(s, t); ok {
		return org
	}
	if org, ok := handedOnBy(s, t); ok {
		return org
	}
	if org, ok := relayedThrough(s, t); ok {
		return org
	}
	if org, ok := x.winnersPlace(s, t); ok {
		return org
	}
	if s.fundBoard > 0 && s.fundBoard <= t && x.fund.name != "" &&
		!slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok >= s.fundBoard && m.tok < t && !m.object }) {
		return x.fund // "Ban quản lý Quỹ đã duyệt chi …" after the text named the fund: its body's
	}
	fronted := placeFronted(s)
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if m.tok >= t || (m.object && !possessiveSubject(s, m, t)) || (m.giver && x.below(m.org) && !nationalGivesAlone(s, i, t) && !x.givesApart(s, m, t)) || x.awardFromAbove(s, m, t) || x.sectorAwardAbove(s, m, t) || recipientClause(s, m, t) || recipientList(s, m) || coAwardee(s, m, t) {
			continue
		}
		if m.tok < fronted {
			continue // "Tại xã A, đoàn tặng …": where the delegation gives (delegationOpens)
		}
		if assignsTargets(s, m) {
			continue // "trên cơ sở các chỉ tiêu do LĐLĐ Thành phố giao, … kết nạp đoàn viên được 1.320/1.200": who set the targets, not who reports
		}
		if followingPartner(m) && !otherBodyLeads(s, i) || partnerBelow(s, i) || partnerOfElided(s, i) || x.partnerPeer(s, i) || partnerPlace(s, i) {
			// "LĐLĐ tỉnh Đồng Nai phối hợp Tổng Liên đoàn trao …", "LĐLĐ
			// TP phối hợp cùng Công đoàn Bệnh viện A tặng …": the body
			// that leads gives
			continue
		}
		if !m.org.back {
			return x.listLead(s, i)
		}
		if m.org.typ == firmType {
			if affiliated(s, m) {
				continue
			}
			if o := x.firmBefore(s, m.tok, m.org.name); o.name != "" {
				return o
			}
			if o := x.firmOf(m.org.name); o.name != "" {
				return o
			}
			continue
		}
		if o := typeNamedBefore(s, i); o.name != "" {
			return o // "Tại Cung Văn hóa Lao động TP HCM, Tổng LĐLĐ phối hợp với LĐLĐ TP tổ chức …"
		}
		if o := x.backTo(m.org.typ); o.name != "" {
			return o
		}
	}
	if o, ok := organiserAfter(s, t); ok {
		if u := x.subUnitSubject(s, o); u.name != "" {
			return u
		}
		return o
	}
	if o, ok := x.hostAmongGuests(s, t); ok {
		return o
	}
	if o, ok := x.giverAfter(s, t); ok {
		return o
	}
	if o, ok := agentAfter(s, t); ok {
		return o
	}
	if x.paraHolder && !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok < t }) {
		// "… hội thi do LĐLĐ quận A tổ chức. Hội thi thu hút 90 đội …":
		// a sentence that names no body goes on with the event's holder
		return x.paraOrg
	}
	if x.paraOrg.name != "" && (pointsBack(s, t) || goesOn(s, t) || eachGoesOn(s, t) || eventActs(s, t) || eventTold(s, t) || firmUnion(x.paraOrg) && !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok < t && !m.object })) {
		// "… do Công đoàn Công ty A tổ chức phục vụ 130 công nhân. Bữa ăn
		// trị giá 80.000 đồng/suất": a firm's union goes on to the end of
		// its paragraph, past a source named before the figure ("Hỗ trợ
		// 150 suất quà từ LĐLĐ tỉnh và 90 suất từ kinh phí công đoàn cơ
		// sở": the federation is the first item's source, no actor)
		return x.paraOrg
	}
	if x.jointLead && !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok < t && !m.object }) {
		// "LĐLĐ huyện A và B vừa bàn giao …" over a paragraph for each:
		// a sentence naming no actor goes on with the unit it names
		// itself, else with its paragraph's, or with the paragraph before
		// when its own has named none yet
		if o := x.jointUnitNamed(s, t); o.name != "" {
			return o
		}
		if x.paraOrg.name != "" {
			return x.paraOrg
		}
		if x.prevParaOrg.name != "" {
			return x.prevParaOrg
		}
	}
	if x.paraOrg.name == "" && x.prevParaOrg.name != "" && (atThatEvent(s) || goesOn(s, t) || eachGoesOn(s, t) || delegationOpens(s)) {
		// "Tại chương trình, 120 em …" after the paragraph on who held it;
		// "Đoàn đã trao 30 suất quà …" after the paragraph on the visit;
		// "… LĐLĐ huyện A quản lý 120 CĐCS. ¶ Trong đó, có 10 đơn vị …",
		// "… LĐLĐ huyện B trao 60 suất học bổng. ¶ Mỗi suất trị giá …": a
		// paragraph that opens by going on with the sentence before
		return x.prevParaOrg
	}
	if x.paraItem && x.paraOrg.name != "" && !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok < t && !m.object }) {
		// "- LĐLĐ quận A trao 80 phần quà …. Tổng kinh phí 40 triệu
		// đồng.": an item of a roundup that named its own body goes on
		// with it, not with the article's
		return x.paraOrg
	}
	if x.paraSource.name != "" && !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok < t && !m.object }) {
		// "Theo LĐLĐ TP A, 9 tháng qua …. Cùng thời gian, các cấp công
		// đoàn đã kết nạp 900 đoàn viên": the body whose report the
		// paragraph opens by giving tells all of it
		return x.paraSource
	}
	if o := x.itemOrg(s.para); o.name != "" && !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok < t && !m.object }) {
		return o // an item naming no body of the article's: the body it names itself, never a later item's
	}
	if s.para < x.alsoPara && x.scope.city != City {
		// "Lớp học … với 76 học viên …. ¶ … LĐLĐ tỉnh A cũng đã tổ chức
		// …": the body the article names most, first as doing "also"
		// what the paragraphs before it told, is not theirs; on another
		// city's paper they are its city's ("LĐLĐ TP", cityNamed). On the
		// home paper nothing better is known: the article's stays.
		return provinceOrg(x.scope.city)
	}
	return x.org
}

// itemMarked reports a paragraph that opens an item of a roundup: a
// dash, a full stop or a star before its first word ("- LĐLĐ quận A …",
// ". Sáng cùng ngày, …", "* Cùng ngày, …").
func itemMarked(text string) bool {
	if len(text) < 2 || text[1] != ' ' {
		return strings.HasPrefix(text, "– ")
	}
	switch text[0] {
	case '-', '.', '*':
		return true
	}
	return false
}

// itemOrg is the body named in the item of a roundup paragraph pi belongs
// to, when this item never names the article's organisation as a subject
// (a title and lead over other items' bodies): the first body the item's
// paragraphs (its caption included) name as a subject, a bare "LĐLĐ
// quận" resolved to the one district of that type the article names. An
// item runs from a paragraph itemMarked, or the first, to the next one.
// ". Sáng cùng ngày, LĐLĐ quận B …" after "Tại chương trình, 90 đoàn viên
// … LĐLĐ quận cũng trao …" and a caption naming district A: A's. The
// zero orgRef when the article has no items, or the item names no body.
func (x *articleContext) itemOrg(pi int) orgRef {
	if x.org.name == "" || pi < 0 {
		return orgRef{}
	}
	from := pi
	for from > 0 && !itemMarked(x.a.Text[x.a.Paras[from].Start:x.a.Paras[from].End]) {
		from--
	}
	if from == x.itemFrom {
		return x.itemBody
	}
	x.itemFrom, x.itemBody = from, orgRef{}
	to := pi + 1
	for to < len(x.a.Paras) && !itemMarked(x.a.Text[x.a.Paras[to].Start:x.a.Paras[to].End]) {
		to++
	}
	if from == 0 && to == len(x.a.Paras) {
		return orgRef{} // no items
	}
	ps := x.paraSentences()
	var first orgRef
	for i := from; i < to; i++ {
		for _, m := range findOrgs(ps[i], x.scope) {
			o := m.org
			if m.object {
				continue
			}
			if o.back && o.typ != firmType {
				o = x.onlyOfType(o.typ)
			}
			if o.name == "" || o.back {
				continue
			}
			if o == x.org {
				return orgRef{} // the article's own body acts in this item
			}
			if first.name == "" {
				first = o
			}
		}
	}
	x.itemBody = first
	return first
}

// backTo is the body a mention of type typ without a name ("LĐLĐ quận")
// points back to: the paragraph's actor; the actor of the paragraph right
// before it when the article's own body has not been named in the text
// before ("LĐLĐ quận A cho biết, …. ¶ Chủ tịch LĐLĐ quận … tặng quà" under
// a title that names district B, which the body names only later); the
// article's; or the one body of the type the article names. The zero
// orgRef if none is of the type.
func (x *articleContext) backTo(typ string) orgRef {
	if x.paraOrg.typ == typ {
		return x.paraOrg
	}
	if x.prevParaAdjacent && x.prevParaOrg.typ == typ && x.prevParaOrg.name != "" && !x.prevParaOrg.back &&
		x.org.typ == typ && x.org.name != x.prevParaOrg.name && !x.namedInBodyBefore(x.org.name) {
		return x.prevParaOrg
	}
	if x.org.typ == typ {
		return x.org
	}
	return x.onlyOfType(typ) // "LĐLĐ quận đã trao 900 suất quà" under a caption naming LĐLĐ quận Tây Hồ
}

// namedInBodyBefore reports name written in a paragraph after the title
// and before the paragraph being read.
func (x *articleContext) namedInBodyBefore(name string) bool {
	low := lower(name)
	for pi := 0; pi < x.readPara && pi < len(x.a.Paras); pi++ {
		if x.a.Paras[pi].Kind != corpus.KindTitle && strings.Contains(x.lowPara(pi), low) {
			return true
		}
	}
	return false
}

// handedOnBy reads the body that a gift counted at token t is given to
// so that it hands it on, named after it in its clause: "tặng 1.112 suất
// quà, trị giá …, cho LĐLĐ tỉnh A chuyển trao cho đoàn viên", "… cho
// Công đoàn ngành B để trao tận tay người lao động". The contract gives a
// higher body's gift to the one that hands it out. A body that only gets
// it ("trao 50 triệu đồng cho LĐLĐ huyện C") is not one.
func handedOnBy(s *sentence, t int) (orgRef, bool) {
	for _, m := range s.mentions {
		if m.tok <= t || s.word(m.tok-1) != "cho" || m.org.back || m.org.name == "" || m.org.province == National {
			continue
		}
		for k := t + 1; k < m.tok; k++ {
			if isClauseMark(s.word(k)) {
				return orgRef{}, false
			}
		}
		k := m.end
		if s.word(k) == "để" {
			k++
		}
		switch s.word(k) {
		case "chuyển", "trao", "phân":
			return m.org, true
		}
		return orgRef{}, false
	}
	return orgRef{}, false
}

// relayWindow is how many tokens apart a figure and the body it is
// passed on through ("thông qua") may stand.
const relayWindow = 24

// relayedThrough reads the body a national body's gift counted at token t
// is passed on through, named after "thông qua" in the figure's clause:
// "Công đoàn ngành A Việt Nam đã hỗ trợ công nhân tỉnh B 5 nghìn chiếc khẩu
// trang thông qua LĐLĐ tỉnh B". The contract gives a national body's gift
// to the province that hands it out. A lower body that passes a gift on
// from the city ("trao 60 suất quà … thông qua LĐLĐ Thành phố") keeps it:
// the sentence must name a national body, and the relay must not be one.
func relayedThrough(s *sentence, t int) (orgRef, bool) {
	relay, national := -1, false
	for i, m := range s.mentions {
		switch {
		case m.org.province == National:
			national = true
		case relay < 0 && m.org.name != "" && !m.org.back && s.phraseBefore(m.tok, "thông qua") && abs(m.tok-t) <= relayWindow:
			relay = i
		}
	}
	if relay < 0 || !national {
		return orgRef{}, false
	}
	m := s.mentions[relay]
	for k := min(t, m.tok); k < max(t, m.tok); k++ {
		if isClauseMark(s.word(k)) {
			return orgRef{}, false
		}
	}
	return m.org, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// severalUnitsLead reports a lead whose subject is one union body of several
// units of a level below the province, named together before the verb:
// "LĐLĐ huyện A và B vừa bàn giao …", "Công đoàn các phường A, B và C
// đã trao …". Such an article tells each unit's part in paragraphs of its
// own (A13). The body opens the sentence or a clause after a comma. A
// list of bodies each with its own union word ("LĐLĐ huyện A và LĐLĐ
// huyện B"), of places after the verb ("… cho đoàn viên huyện A và B") or
// of a cluster's members ("Cụm gồm LĐLĐ các huyện A, B và C") is no such
// subject. units are the units the list names, as the article's scope sc
// resolves them (one that resolves to no place is left out).
func severalUnitsLead(s *sentence, sc orgScope) (ok bool, units []orgRef) {
	for i := 0; i < len(s.toks); i++ {
		n := unionBody(s, i)
		if n == 0 {
			continue
		}
		if w := s.word(i - 1); i > 0 && w != "," && w != "." && w != "-" && w != "–" {
			continue // not a clause's subject: "Cụm gồm LĐLĐ các huyện A, B"
		}
		j := skipAbbrev(s, i+n)
		if s.word(j) == "các" || s.word(j) == "những" {
			j++
		}
		typ, k := typeWordAt(s, j)
		if levelOf(typ) < 2 {
			continue
		}
		level, names := levelOf(typ), 0
		for k < len(s.toks) {
			c := capitalWords(s, k, 4)
			if names > 0 {
				// the second name and those after it: a unit of the
				// first one's level, not a body ("và Thành đoàn")
				ps, end := placesAt(s, k, func(p place) bool { return p.level == level })
				if len(ps) == 0 || end > k+c {
					break
				}
				c = end - k
			}
			if c == 0 {
				break
			}
			if org, _, found := sc.placeNamed(s, k, typ); found && org.name != "" {
				units = append(units, org)
			}
			names++
			k += c
			if w := s.word(k); w != "," && w != "và" {
				break
			}
			k++
		}
		return names >= 2, units
	}
	return false, nil
}

// jointUnitNamed returns the unit of the lead's list (x.jointUnits) that a
// sentence naming no acting body names itself, as a place or a body, for
// the figure at token t: "14 đội tham gia hội diễn của huyện B, đại diện
// cho 52 CĐCS", "3 tiết mục … đoạt giải A hội diễn huyện B" under "LĐLĐ
// các huyện A, B tổ chức …" are B's, not the list's first unit's. The last
// one named before the figure, else the only one named after it; none
// when the sentence names several after it and none before ("26 đội của
// huyện A và huyện B": the whole list's).
func (x *articleContext) jointUnitNamed(s *sentence, t int) orgRef {
	var before, after orgRef
	several := false
	for _, m := range s.mentions {
		if !slices.ContainsFunc(x.jointUnits, func(u orgRef) bool { return u.name == m.org.name && u.typ == m.org.typ && u.province == m.org.province }) {
			continue
		}
		switch {
		case m.tok < t:
			before = m.org
		case after.name == "":
			after = m.org
		case m.org.name != after.name:
			several = true
		}
	}
	if before.name != "" || several {
		return before
	}
	return after
}

// recipientClause reports a body or place named after a figure given in
// its own clause (the number right after a verb of giving), in a clause that ";" ends before token t: "LĐLĐ tỉnh trao 80
// triệu đồng hỗ trợ CNVCLĐ tỉnh Q; trao 50 triệu đồng …" names who gets
// the first sum, not who gives the second.
func recipientClause(s *sentence, m mention, t int) bool {
	semi := false
	for k := m.end; k < t && !semi; k++ {
		semi = s.word(k) == ";"
	}
	if !semi {
		return false
	}
	for k := m.tok - 1; k >= 0; k-- {
		if s.toks[k].kind == tokNumber {
			return inList("gives", s.word(k-1)) // "trao 100 triệu đồng", not "Năm 2015"
		}
		if isClauseMark(s.word(k)) {
			return false
		}
	}
	return false
}

// coAwardeeSpan is how many tokens after the figure coAwardee looks for
// "được" and a verb of awarding.
const coAwardeeSpan = 6

// coAwardee reports a body joined by "và" to the figure at token t, the
// two the subject of a passive award ("Công đoàn Trường Đại học A và 03 cá
// nhân được nhận Bằng khen", "… và 12 đoàn viên được khen thưởng"): the
// body is an awardee as the persons are, not who gives the award, and a
// place in its name ("… Hà Nội") is part of the name, not the figure's.
func coAwardee(s *sentence, m mention, t int) bool {
	if s.word(m.end) != "và" || qualifierStart(s, t) != m.end+1 {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+coAwardeeSpan; k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			return false
		}
		if w == "được" {
			return inList("award-verb", s.word(k+1))
		}
	}
	return false
}

// recipientList reports a body or place named in a list that a colon
// opens after a word of receiving ("những đơn vị được nhận kinh phí, gồm:
// huyện A: 120 triệu đồng, huyện B: 40 triệu, …"): the units that get
// the money, not who gives it, so each share stays the giver's.
func recipientList(s *sentence, m mention) bool {
	if strings.IndexByte(s.low, ':') < 0 {
		return false // no colon in the sentence: one look, not one per token before each body
	}
	colon := -1
	for k := range m.tok {
		if s.word(k) == ":" {
			colon = k // the list's first colon: the one the receiving opens; its items may hold ";" or "TP."
			break
		}
	}
	for k := colon - 1; colon > 0 && k >= 1 && k >= colon-8; k-- {
		if s.word(k) == "nhận" && s.word(k-1) == "được" {
			return true
		}
	}
	return false
}

// belongsTo reads the union that the things counted at token t belong to,
// named right after them: "gần 100 Công đoàn cơ sở trực thuộc Công đoàn
// phường Thuận Hóa". Recipients' affiliation ("trao quà cho 3 đoàn viên
// thuộc LĐLĐ quận Hải Châu") does not say who gives.
func belongsTo(s *sentence, t int) (orgRef, bool) {
	if w := s.word(t - 1); recipientsMark(w) || inList("per-unit", w) || laterRecipients(s, t) {
		return orgRef{}, false
	}
	for k := t + 1; k < len(s.toks) && k <= t+6; k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			return orgRef{}, false
		}
		if w != "thuộc" {
			continue
		}
		if !slices.ContainsFunc(s.toks[t+1:k], func(tk token) bool { return recipientsMark(s.low[tk.start:tk.end]) }) && s.listBefore(qualifierStart(s, t), "gives-to") {
			// the people a verb of giving helps, their union right after
			// them ("hỗ trợ 900 công nhân thuộc Công đoàn các KCN"): whose
			// they are, not who gives; gifts given "cho" the people of a
			// lower unit are that unit's to hand out (the contract)
			return orgRef{}, false
		}
		for _, m := range s.mentions {
			if m.tok == k+1 && unionBody(s, m.tok) > 0 && m.org.name != "" && !m.org.back {
				return m.org, true
			}
		}
		return orgRef{}, false
	}
	return orgRef{}, false
}

// recipientsMark reports a word that names whom a count goes to right
// before it: "cho", "tới", "đến".
func recipientsMark(w string) bool { return w == "cho" || w == "tới" || w == "đến" }

// recipientListSpan is how many tokens laterRecipients looks back over for
// the list's first count.
const recipientListSpan = 8

// laterRecipients reports a count at token t that goes on a list of counts
// after "," or "và" whose first count follows a recipients' mark: "tặng
// bằng khen cho 3 tập thể, 11 cá nhân thuộc Công đoàn Công ty A" — the 11
// are recipients as the 3 are, and the body after "thuộc" is theirs.
func laterRecipients(s *sentence, t int) bool {
	if w := s.word(t - 1); w != "," && w != "và" {
		return false
	}
	for k := t - 2; k >= 1 && k >= t-recipientListSpan; k-- {
		if isClauseMark(s.word(k)) {
			return false
		}
		if s.toks[k].kind == tokNumber {
			return recipientsMark(s.word(k - 1))
		}
	}
	return false
}

// paraSentences are the article's paragraphs, each lower-cased and
// tokenized once for the passes that read the whole article before its
// sentences (its province, its organisation, the one organisation of a
// type).
func (x *articleContext) paraSentences() []*sentence {
	if x.paras == nil {
		x.paras = make([]*sentence, len(x.a.Paras))
		for i := range x.a.Paras {
			x.paras[i] = x.paragraph(i)
		}
	}
	return x.paras
}

// onlyOfType is the one organisation of type typ ("quận") the article
// names as a subject anywhere, captions included; the zero orgRef when it
// names none or several. It is worked out once, when first asked.
func (x *articleContext) onlyOfType(typ string) orgRef {
	if x.byType == nil {
		x.byType = map[string]orgRef{}
		several := map[string]bool{}
		for i, s := range x.paraSentences() {
			for _, m := range findOrgs(s, x.scope) {
				if m.object || m.org.back || m.org.name == "" || unionBody(s, m.tok) == 0 && x.captionPara(i) {
					continue // (a bare place in a caption is where the photo was taken)
				}
				o, ok := x.byType[m.org.typ]
				if ok && o.name != m.org.name {
					several[m.org.typ] = true
				}
				if !ok || o.province == "" {
					x.byType[m.org.typ] = m.org // "Công đoàn ngành Y tế" and "… Y tế Nghệ An" are one
				}
			}
		}
		for typ := range several {
			delete(x.byType, typ)
		}
	}
	return x.byType[typ]
}

// atThatEvent reports a sentence that opens at the event just told of:
// "Tại chương trình, …", "Tại buổi lễ, …", "Tại đây, …".
func atThatEvent(s *sentence) bool {
	return s.word(0) == "tại" && (inList("event-noun", s.word(1)) || s.word(1) == "đây")
}

// jointGift reports two bodies of one province joined by "và", the
// province's federation (mention j) and a district's (mention i), that give
// together ("LĐLĐ Thành phố và LĐLĐ quận A đã tặng 4 bộ máy
// tính …"): the contract gives the city's gifts handed out in a district
// to the district, whoever funds them.
func jointGift(s *sentence, j, i int) bool {
	m, n := s.mentions[j], s.mentions[i]
	return i == j+1 && s.word(m.end) == "và" && n.tok == m.end+1 && levelOf(n.org.typ) == 2 &&
		n.org.name != "" && n.org.province == m.org.province && gives(s, n.end)
}

// listLead is the organisation of mention i of s, or, when it ends a list
// of one province's bodies that act together ("LĐLĐ Thành phố Hồ Chí Minh,
// Công đoàn Viên chức Thành phố, Quận 5, 6, 7 đã đồng loạt tổ chức …"), the
// province's federation that leads the list — unless the article is about
// one of the bodies below it ("lãnh đạo LĐLĐ tỉnh, Công đoàn xã Hà Trung đã
// trao 69 suất quà" at the commune's programme is the commune's). The
// national federation leading a list hands its gift out through the
// province: the contract gives the figure to the province.
func (x *articleContext) listLead(s *sentence, i int) orgRef {
	j := i
	for j > 0 && !s.mentions[j-1].object && onlyListMarks(s, s.mentions[j-1].end, s.mentions[j].tok) {
		j--
	}
	lead := s.mentions[j].org
	if j == i || lead.name == "" || lead.name != lead.province || lead.province == National || x.below(lead) {
		return s.mentions[i].org
	}
	if jointGift(s, j, i) {
		return s.mentions[i].org
	}
	for k := j + 1; k <= i; k++ {
		if s.mentions[k].org.province != lead.province {
			return s.mentions[i].org // bodies of several provinces: the nearest one's
		}
	}
	return lead
}

// onlyListMarks reports tokens from..to-1 that only join the items of a
// list: commas and "và".
func onlyListMarks(s *sentence, from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if w := s.word(k); w != "," && w != "và" {
			return false
		}
	}
	return true
}

// possessiveSubject reports an organisation named after "của" early in the
// sentence, with no comma before the number at token t: the owner of the
// subject ("Chương trình … của Công đoàn các KCX-KCN đã phục vụ 9.400 lượt
// công nhân"), not a funder ("120 suất quà của LĐLĐ Thành phố", after the
// number), a giver ("Bằng khen của Tổng LĐLĐ cho 3 tập thể") nor a source
// ("Theo kế hoạch của LĐLĐ Thành phố, …").
func possessiveSubject(s *sentence, o mention, t int) bool {
	m := o.tok
	if o.end <= t && possessiveActs(s, o) {
		return true
	}
	if m > 12 || !s.phraseBefore(m, "của") || clauseBetween(s, m, t) || subjectNamedBefore(s, m) || sourceOwned(s, m) {
		return false
	}
	for k := m + 1; k < t; k++ {
		if s.word(k) == "cho" || inList("gives", s.word(k)) {
			return false // "Bằng khen của Tổng LĐLĐ cho 3 tập thể": a giver
		}
	}
	return true
}

// possessiveActs reports body o named after "của" early in its sentence
// (a dozen words, the marks of a roundup's dash or a programme's quotes
// not counted) as the owner of the subject whose verb of giving follows
// its name, after "đã", "cũng" or another pre-verb word ("- Sáng 5-8,
// \"Chuyến xe yêu thương\" của LĐLĐ quận A, TP HCM đã trao 40 phần quà"):
// the programme of A gives, so A acts. Without a pre-verb word the verb
// may open a phrase about the gift ("Bằng khen của Tổng LĐLĐ tặng 3 tập
// thể" names the award's giver), and a comma after the name ends the
// phrase ("Theo kế hoạch của LĐLĐ thành phố, …").
func possessiveActs(s *sentence, o mention) bool {
	if !s.phraseBefore(o.tok, "của") || preVerbAt(s, o.end) == 0 || !givingVerbAt(s, o.end) || wordsBefore(s, o.tok) > 12 {
		return false
	}
	return !subjectNamedBefore(s, o.tok) && !sourceOwned(s, o.tok)
}

// wordsBefore counts the words and numbers before token m, not the marks
// ("- Sáng 5-8, \"Chuyến xe …\" của …": a roundup's dash and a
// programme's quotes do not push its owner back).
func wordsBefore(s *sentence, m int) int {
	n := 0
	for k := 0; k < m && k < len(s.toks); k++ {
		if s.toks[k].kind != tokPunct {
			n++
		}
	}
	return n
}

// sourceOwned reports an owner named at token m after "của" that owns a
// source of money in a breakdown of a sum told before ("Trong đó, nguồn
// kinh phí của LĐLĐ huyện 5 triệu đồng, phần còn lại …"): the funder of a
// share of what another body handed out, not the subject (the contract:
// the funding source does not change the organisation). "nguồn" stands
// within three words before "của"; a fund's owner acting in a sentence of
// its own ("Nguồn vốn của LĐLĐ thành phố đã giải ngân …") is no breakdown.
func sourceOwned(s *sentence, m int) bool {
	if s.word(0) != "trong" || s.word(1) != "đó" {
		return false // not a breakdown of a sum told before
	}
	for k := m - 2; k >= 0 && k >= m-4; k-- {
		if s.word(k) == "nguồn" {
			return true
		}
	}
	return false
}

// subjectNamedBefore reports a body named as a subject before token m in
// its clause, with a verb of giving after it ("Công đoàn ngành A tặng
// tiền hỗ trợ của LĐLĐ thành phố cùng 3 suất quà …"): the sentence has
// its actor, so an owner named after "của" at m is what the actor hands
// on (a funder), not the subject.
func subjectNamedBefore(s *sentence, m int) bool {
	for _, o := range s.mentions {
		if o.tok >= m {
			return false
		}
		if o.object || o.partner || o.org.name == "" || clauseBetween(s, o.tok, m) {
			continue
		}
		for k := o.end; k < m; k++ {
			if givingVerbAt(s, k) {
				return true // a verb of giving between: "Quỹ … của LĐLĐ quận" names no actor
			}
		}
	}
	return false
}

// winnersPlace reads the place whose people a count of winners at token t
// are: the place that "có" the count ("Trong đó, tỉnh A có 4 cá nhân được
// nhận Giải thưởng …", "thành phố A vinh dự có 7 cá nhân …"; the whole country,
// "toàn quốc", "cả nước", is the national federation's) or that the people
// counted are "của" ("6 cá nhân xuất sắc của tỉnh B được nhận …"), in
// a clause that names an award or an honour after the count (words.tsv
// `honour`). The contract gives a figure to the body whose activity the
// sentence reports: here the place's workers' emulation, which the body
// that hands the award out only recognises (as a district's report counts
// its members' certificates of the city). A place named with a union word
// is a mention and is read as one; gifts ("tỉnh A có 500 đoàn viên được
// tặng quà") name no honour and stay the giver's.
func (x *articleContext) winnersPlace(s *sentence, t int) (orgRef, bool) {
	end := t + 1
	for end < len(s.toks) && !isClauseMark(s.word(end)) {
		end++
	}
	if end-t < 3 {
		return orgRef{}, false
	}
	k := t - 1
	for _, j := range [...]int{t - 1, t - 2} {
		if j >= 0 && s.cues[j] != 0 && int(s.cueEnd[j]) == t && s.cueOf(j) != nil && s.cueOf(j).qualifier != "" {
			k = j - 1 // "có hơn 20 cá nhân"
			break
		}
	}
	// the three shapes below, told by a word or two, before the clause is
	// searched for an honour: most figures have none of them
	if !(s.word(k) == ":" && k > 0) && s.word(k) != "có" && !ofAfter(s, t, end) {
		return orgRef{}, false
	}
	if !slices.ContainsFunc(lex.ordered["honour"], func(p string) bool {
		return strings.Contains(s.low[s.toks[t].end:s.toks[end-1].end], p)
	}) {
		return orgRef{}, false
	}
	if s.word(k) == ":" && k > 0 {
		// a title headed by its place: "Tỉnh A: 5 công nhân được nhận Giải thưởng …"
		for j := 0; j < k && j < 4; j++ {
			if org, ok := x.placeEndingAt(s, j, k); ok {
				return org, true
			}
		}
	}
	if s.word(k) == "có" {
		k--
		for k > 0 && (inList("pre-verb", s.word(k)) || s.word(k) == "dự" && s.word(k-1) == "vinh") {
			if s.word(k) == "dự" {
				k--
			}
			k--
		}
		if w := s.word(k - 1); w == "toàn" && s.word(k) == "quốc" || w == "cả" && s.word(k) == "nước" {
			// "Qua 3 lần trao giải, toàn quốc có 290 công nhân được tôn
			// vinh": the whole country's, the national federation's
			return orgRef{name: nationalFederation, typ: "khác", province: National}, true
		}
		for j := k; j >= 0 && j >= k-4; j-- {
			if org, ok := x.placeEndingAt(s, j, k+1); ok {
				return org, true
			}
		}
	}
	// "N cá nhân (tiêu biểu) của (tỉnh) A": a few words of the noun, then "của"
	for k := t + 1; k < end && k <= t+5; k++ {
		if s.word(k) == "," {
			break
		}
		if s.word(k) == "của" {
			j := k + 1
			n := j + 1
			for n < end && n <= j+5 && capitalAt(s, n) {
				n++
			}
			for i := j; i < n; i++ {
				if org, ok := x.placeEndingAt(s, i, n); ok {
					return org, true
				}
			}
			break
		}
	}
	return orgRef{}, false
}

// ofAfter reports "của" within five tokens after token t, before end and
// before a comma: the shape "N cá nhân (tiêu biểu) của (tỉnh) A" that
// winnersPlace reads last.
func ofAfter(s *sentence, t, end int) bool {
	for k := t + 1; k < end && k <= t+5; k++ {
		if s.word(k) == "," {
			return false
		}
		if s.word(k) == "của" {
			return true
		}
	}
	return false
}

// placeEndingAt reads a place named from token j to token end, after its
// type word or bare, with no union word before it ("tỉnh A", "Hà Nội").
func (x *articleContext) placeEndingAt(s *sentence, j, end int) (orgRef, bool) {
	if !capitalAt(s, j) || j > 0 && capitalAt(s, j-1) {
		return orgRef{}, false // the name starts at j: not "Lâm" of "Gia Lâm"
	}
	i, typ := j, ""
	for b := max(0, j-3); b < j; b++ {
		if t, n := typeWordAt(s, b); t != "" && n == j {
			i, typ = b, t
			break
		}
	}
	sc := x.scope
	if x.paraProvince != "" {
		sc.province = x.paraProvince
	}
	org, n, ok := sc.placeNamed(s, j, typ)
	if !ok || n != end || org.name == "" {
		return orgRef{}, false
	}
	if i >= 1 && unionBody(s, i-1) > 0 || i >= 3 && unionBody(s, i-3) > 0 || i >= 2 && unionBody(s, i-2) > 0 {
		return orgRef{}, false
	}
	return org, true
}

// below reports whether the article's own organisation lies below org, a
// province's or the national federation: a giver whose gift that organisation
// hands out ("LĐLĐ Thành phố tặng Bằng khen cho 8 tập thể" in a district's
// article) is not the organisation whose results are reported.
func (x *articleContext) below(org orgRef) bool {
	own := x.org
	if own.name == "" || own.name == org.name || own.back {
		return false
	}
	if org.name == nationalFederation {
		return own.province != National
	}
	return own.province == org.province || (own.inherit && x.scope.province == org.province)
}

// hostAmongGuests reads the host of an event from a sentence listing the
// people who attend it ("Tham dự có đồng chí A, Phó Chủ tịch LĐLĐ
// thành phố; đồng chí B, Chủ tịch Công đoàn ngành C cùng vận động viên
// của 12 đơn vị"): when the article's own body is among them with a body
// of its province under it, it attends as the superior, and the one under
// it (the last named before the figure at t) welcomes it at its own event,
// whose participants are its.
func (x *articleContext) hostAmongGuests(s *sentence, t int) (orgRef, bool) {
	own := x.org
	if own.name == "" || own.back || own.name != own.province || own.province == National || !guests(s) {
		return orgRef{}, false
	}
	var host orgRef
	ownListed := false
	for _, m := range s.mentions {
		switch {
		case m.tok >= t:
		case m.org == own:
			ownListed = true
		case m.org.name != "" && !m.org.back && m.org.typ != firmType && m.org.province == own.province && m.org.name != own.name:
			host = m.org
		}
	}
	if !ownListed || host.name == "" || x.ownHeld(own, s.para) {
		return orgRef{}, false
	}
	return host, true
}

// ownHeld reports that the text, up to paragraph para, names the
// article's own body own as the subject that holds an event ("Tối 7-2,
// LĐLĐ tỉnh A phối hợp với Công ty B tổ chức chương trình …"): own
// then attends its own event, the host, and the bodies of its province
// listed with it are guests (hostAmongGuests). The first paragraph that so
// names it is worked out once, when a list of guests first asks.
func (x *articleContext) ownHeld(own orgRef, para int) bool {
	if !x.heldDone {
		x.heldDone, x.heldPara = true, -1
		for i, p := range x.paraSentences() {
			if holdsEvent(p, findOrgs(p, x.scope), own) {
				x.heldPara = i
				break
			}
		}
	}
	return x.heldPara >= 0 && x.heldPara <= para
}

// holdsEvent reports a paragraph that names own as a subject (no object)
// followed, within holderSpan tokens of its sentence, by "tổ chức".
func holdsEvent(p *sentence, ms []mention, own orgRef) bool {
	for _, m := range ms {
		if m.object || m.org.name != own.name {
			continue
		}
		for k := m.end; k < len(p.toks) && k < m.end+holderSpan; k++ {
			w := p.word(k)
			if sentenceEnd(w) || w == ";" {
				break
			}
			if w == "tổ" && p.word(k+1) == "chức" {
				return true
			}
		}
	}
	return false
}

// holderSpan is how many tokens the verb of holding may lie after the
// body that holds the event ("LĐLĐ tỉnh A phối hợp với Công ty cổ phần
// May B tổ chức").
const holderSpan = 16

// underNationalSector reports org, a firm's or a corporation's own union
// ("Công đoàn Tổng công ty A", "Công đoàn B Hải Phòng"), in an article
// that names a national sectoral union ("Công đoàn C Việt Nam") and no
// body of a province's federation (LĐLĐ of a province or a district, a
// province's sectoral, civil servants' or zones' union, a competition
// cluster), when either no text gives the firm's union a province (its
// name, its sentence and paragraph name none, and the article's is none
// or only the home paper's), or the national union's leaders attend as
// guests ("Tới dự có bà A, Phó Chủ tịch Công đoàn C …"), its superior at
// the firm's own meeting: the firm's union is one of the national union's
// system, whose members do not count in the province its name or seat
// holds, so its province is the country's, never Hà Nội by default.
func (x *articleContext) underNationalSector(s *sentence, org orgRef) bool {
	if !firmUnion(org) || provinceSystemBody(org) {
		return false
	}
	if x.sectorSystem == 0 {
		x.sectorSystem = x.nationalSectorOnly()
	}
	unplaced := org.inherit && s.province == "" && x.paraProvince == "" && (x.scope.province == "" || x.scope.homeOnly)
	return x.sectorSystem == 2 || x.sectorSystem == 1 && unplaced
}

// nationalSectorOnly is, of an article's bodies, -1 when it names a body
// of a province's federation or no national sectoral union, 2 when it
// names only national sectoral unions (one of them as a guest) and firms'
// unions, 1 when it names them but none as a guest (underNationalSector).
func (x *articleContext) nationalSectorOnly() int8 {
	national, guest := false, false
	for _, p := range x.paraSentences() {
		for _, m := range findOrgs(p, x.scope) {
			switch {
			case m.org.name == "" && !m.org.back, m.org.typ == firmType:
			case m.org.province == National:
				if m.org.name != nationalFederation {
					national = true
					guest = guest || m.guest || guestBefore(p, m.tok)
				}
			case !firmUnion(m.org) || provinceSystemBody(m.org):
				return -1
			}
		}
	}
	switch {
	case !national:
		return -1
	case guest:
		return 2
	}
	return 1
}

// guestBefore reports a body at token i named in its sentence after a
// verb of attending and "có" ("Tới dự có bà A, Phó Chủ tịch Công đoàn
// B"): a guest.
func guestBefore(s *sentence, i int) bool {
	for k := i - 1; k > 0 && k >= i-guestSpan; k-- {
		if w := s.word(k); w == "." || s.toks[k].kind == tokNumber {
			return false
		}
		if s.word(k) != "có" {
			continue
		}
		for _, p := range guestOpeners {
			if s.phraseBefore(k, p.text) {
				return true
			}
		}
	}
	return false
}

// guestSpan is how many tokens a guest's name and title may take between
// "dự có" and the guest's body.
const guestSpan = 16

// provinceSystemBody reports a body of type khác that is a province's own
// (its civil servants', its zones', a union directly under the city), not
// a firm's.
func provinceSystemBody(org orgRef) bool {
	rest := strings.TrimPrefix(org.name, "Công đoàn ")
	if strings.HasPrefix(rest, "Viên chức") || strings.HasPrefix(rest, "các Khu") || strings.HasPrefix(rest, "Khu ") {
		return true
	}
	return slices.ContainsFunc(lex.direct, func(g gazetteerEntry) bool { return g.name == rest })
}

// giverAbove reports mention i of s, a province's or the national
// federation giving, above the article's own organisation (below), when
// the sentence's first figure after it is not its own (actorFor passes
// such a giver over): the funder of a gift the article's body hands out.
func (x *articleContext) giverAbove(s *sentence, i int) bool {
	m := s.mentions[i]
	if !m.giver || m.object || !x.below(m.org) {
		return false
	}
	t := slices.IndexFunc(s.toks[m.end:], func(tk token) bool { return tk.kind == tokNumber })
	return t >= 0 && !nationalGivesAlone(s, i, m.end+t) && !x.givesApart(s, m, m.end+t)
}

// awardFromAbove reports mention m, the national federation giving, in an
// article of a national sector union, with an award between it and the
// figure at token t or counted right after the figure ("Tổng LĐLĐ Việt Nam
// tặng 9 Bằng khen cho các nhà giáo …" in a national sector union's
// review): the body that gives an award does not
// change org (shared/gold/NOTES.md), so the honoured union's people stay
// its own, as a province's do through below.
func (x *articleContext) awardFromAbove(s *sentence, m mention, t int) bool {
	own := x.org
	if !m.giver || m.org.name != nationalFederation || own.name == "" || own.name == nationalFederation || own.back || own.province != National {
		return false
	}
	return awardBetween(s, m.tok, t) || s.listAt(t+1, "award-noun")
}

// sectorAwardAbove reports mention m, a national body other than the
// federation (a national sector union, "Công đoàn Y tế Việt Nam"), giving
// an award (a giving verb right after its name, an award between it and
// the figure at token t) in the article of a body below it, a province's
// or a district's ("Dịp này, Công đoàn Giáo dục Việt Nam tặng bằng khen
// cho 4 tập thể" at a province's sector conference): the body that gives
// an award does not change org (shared/gold/NOTES.md), so the honoured
// units stay the article's body's, as a province's federation's or the
// national federation's awards already do (below). A gift it gives with
// no award stays its own.
func (x *articleContext) sectorAwardAbove(s *sentence, m mention, t int) bool {
	own := x.org
	if m.object || m.org.province != National || m.org.name == nationalFederation || m.org.name == "" ||
		own.name == "" || own.back || own.province == National || own.name == m.org.name {
		return false
	}
	return gives(s, m.end) && awardBetween(s, m.tok, t)
}

// givesApart reports a sentence in which a province's federation gives on
// its own in an article whose own organisation is a province-level body
// that is no place ("Công đoàn các KCN tỉnh A", org_type khác): the gift is
// handed out in no place of that body, so the federation's own activity is
// told ("Ngoài ra, LĐLĐ tỉnh A còn trao 900 phần quà …") — unless the
// sentence puts it at that body's event ("Dịp này, LĐLĐ tỉnh A trao …",
// "Tại buổi lễ, …"), or it gives an award between its name and the
// figure at token t ("LĐLĐ Thành phố trao tặng Cờ thi đua cho 7 tập thể"
// after the zones' union's review): the body that gives an award does not
// change org (shared/gold/NOTES.md), so the honoured units stay the
// article's body's.
func (x *articleContext) givesApart(s *sentence, m mention, t int) bool {
	return x.org.typ == "khác" && !atThatEvent(s) && !awardBetween(s, m.tok, t) &&
		!(s.word(0) == "dịp" && s.word(1) == "này") && !(s.word(0) == "nhân" && s.word(1) == "dịp" && s.word(2) == "này")
}

// provinceOf is the province of an organisation named in sentence s.
func (x *articleContext) provinceOf(s *sentence, org orgRef) string {
	switch {
	case x.underNationalSector(s, org):
		return National
	case org.province == "" && org.shared != "":
		return x.sharedProvince(org)
	case org.province != "" || (!org.inherit && org.name != ""):
		return org.province
	case s.province != "":
		return s.province
	case x.paraProvince != "":
		return x.paraProvince
	}
	return x.scope.province
}

// sharedProvince picks the province of org, a ward's, a commune's or a
// district's name that several provinces have (org.shared) and that the
// article's own province did not settle, by the other places the article
// names: a place after its type word ("quận Long Biên", "xã A") or a
// province's name ("Hà Nội", a mirror page's dateline "Hanoi - …") that
// lies in only one of those provinces. When such places point to one of
// them, and none to another, the name is that province's; else "". The
// name itself is no evidence. Worked out once per shared name.
func (x *articleContext) sharedProvince(org orgRef) string {
	if p, ok := x.sharedIn[org.shared+"|"+org.name]; ok {
		return p
	}
	cands := strings.Split(org.shared, ", ")
	found := ""
	vote := func(provs []string) bool { // false when the article points to two of them
		var in []string
		for _, p := range provs {
			if slices.Contains(cands, p) && !slices.Contains(in, p) {
				in = append(in, p)
			}
		}
		if len(in) != 1 {
			return true
		}
		if found != "" && found != in[0] {
			found = ""
			return false
		}
		found = in[0]
		return true
	}
	sents := append(slices.Clip(x.heads()), x.paraSentences()...)
	ok := true
scan:
	for _, s := range sents {
		if s == nil {
			continue
		}
		if d := datelineProvince(s.text, x.scope.era); d != "" && !vote([]string{d}) {
			ok = false
			break
		}
		for i := 0; i < len(s.toks); i++ {
			typ, j := typeWordAt(s, i)
			var ps []place
			k := j
			switch {
			case typ != "" && capitalAt(s, j):
				lvl := levelOf(typ)
				ps, k = placesAt(s, j, func(p place) bool { return lvl == 0 || p.level == lvl })
			case typ == "" && capitalAt(s, i) && !personName(s, i):
				ps, k = placesAt(s, i, func(p place) bool { return p.level == 1 })
			}
			if len(ps) == 0 || ps[0].name == org.name {
				continue
			}
			var provs []string
			for _, p := range ps {
				provs = append(provs, x.scope.provinceNow(p))
			}
			if !vote(provs) {
				ok = false
				break scan
			}
			i = k - 1
		}
	}
	if !ok {
		found = ""
	}
	if x.sharedIn == nil {
		x.sharedIn = map[string]string{}
	}
	x.sharedIn[org.shared+"|"+org.name] = found
	return found
}

// seatOfActor reports a place named right after a body that is not a union
// ("UBMTTQ Việt Nam thành phố Huế", "UBND quận X"): that body's seat, not an
// actor the paragraph's next sentences go on with.
func seatOfActor(s *sentence, m mention) bool {
	if unionBody(s, m.tok) > 0 {
		return false
	}
	a := nearestBefore(s.actorToks, m.tok)
	if a < 0 || m.tok-a > 4 {
		return false
	}
	for k := a + 1; k < m.tok; k++ {
		if w := s.word(k); w == "," || isClauseMark(w) {
			return false
		}
	}
	return true
}

// pointsBack reports a district word without a name before token t: "LĐLĐ
// huyện còn trao …", "toàn quận có …"; or a delegation without its owner:
// "Ngay sau đó, đoàn công tác đến … trao …"; or "cũng" ("also") anywhere
// in a sentence that names no actor before the figure: "Hơn 200 áo dài cũng đã được trao …"
// goes on with the paragraph's; so does "này" ("this") before the figure
// or just after it, in its own noun phrase: "Tổng kinh phí 2 căn nhà này
// là …" (CF).
func pointsBack(s *sentence, t int) bool {
	if !slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && m.tok < t }) {
		for k := range s.toks {
			if s.word(k) == "cũng" || s.word(k) == "này" && k > 0 && k <= t+3 {
				return true
			}
		}
	}
	for k := 0; k < t; k++ {
		switch s.word(k) {
		case "đoàn":
			if s.word(k-1) != "công" && (s.word(k+1) == "công" && s.word(k+2) == "tác" || s.word(k+1) == "đại" && s.word(k+2) == "biểu") && s.word(k+3) != "của" {
				return true
			}
		case "quận", "huyện", "cụm", "ngành":
			if w := s.word(k + 1); w == "," || w == "và" {
				continue // "LĐLĐ các tỉnh, thành phố, CĐ ngành, CĐ tổng công ty": kinds of bodies, every one
			}
			if ps, _ := placesAt(s, k+1, func(p place) bool { return p.level == 2 }); len(ps) == 0 {
				return true
			}
		case "xã":
			if s.word(k-1) == "thị" {
				return true
			}
		}
	}
	return false
}

// delegationOpens reports a sentence whose subject is a delegation named
// without its owner, the one the text has just told of: "Đoàn đã trao 30
// suất quà …", "Đoàn công tác cũng tặng …" ("Đoàn Thanh niên …" is a body
// of its own, and so is "Đoàn công tác của X").
func delegationOpens(s *sentence) bool {
	return delegationAt(s, 0)
}

// delegationAt reports a delegation named without its owner as the subject
// opening at token k (delegationOpens).
func delegationAt(s *sentence, k int) bool {
	if s.word(k) != "đoàn" {
		return false
	}
	w := s.word(k + 1)
	if (w == "công" && s.word(k+2) == "tác") || (w == "đại" && s.word(k+2) == "biểu") {
		w = s.word(k + 3)
		if w == "của" {
			return false
		}
	}
	return inList("predicate-start", w) || inList("gives", w) || w == "cũng"
}

// maxFrontedPlace is how many tokens a place fronted by "Tại" may take
// before its comma (placeFronted).
const maxFrontedPlace = 8

// placeFronted is the token of the comma that closes a place fronted by
// "Tại" when a delegation named without its owner opens the clause after
// it ("Tại xã A, đoàn tặng 40 phần quà …"): the place is where the
// delegation the text has just told of gives, not who gives. 0 if the
// sentence does not open so.
func placeFronted(s *sentence) int {
	if s.word(0) != "tại" {
		return 0
	}
	for k := 2; k < len(s.toks) && k <= maxFrontedPlace; k++ {
		if w := s.word(k); w == "," {
			if delegationAt(s, k+1) {
				return k
			}
			return 0
		} else if isClauseMark(w) || s.toks[k].kind == tokNumber {
			return 0
		}
	}
	return 0
}

// nationalGivesAlone reports mention i of s, the national federation as a
// giver, opening the clause of the figure at token t, itself or through its
// fund ("Nhân dịp này, Quỹ Tấm lòng vàng của Tổng LĐLĐ trao 35 suất học
// bổng"), with no other body acting in the sentence and no award between:
// its own gift, national even in a province's article. An award it gives
// ("Tổng LĐLĐ tặng Bằng khen cho 3 tập thể") honours the province's
// units, and a gift it hands out with a province's body is the province's.
func nationalGivesAlone(s *sentence, i, t int) bool {
	m := s.mentions[i]
	if m.org.name != nationalFederation || awardBetween(s, m.tok, t) {
		return false
	}
	for k := m.end; k < t; k++ {
		if w := s.word(k); (w == "," && !valueAside(s, k, t) && !inList("gives", s.word(k+1))) || w == ";" || w == ":" || w == "." {
			return false // another clause; the gift's value in brackets is its own; "thăm, trao …" one
		}
	}
	start := m.tok
	if o := presidentBefore(s, m.tok); o < m.tok && clauseSubject(s, o) {
		start = o // "Phó Chủ tịch Tổng LĐLĐ … động viên, trao …": its president stands for it
	}
	for start > 0 && start > m.tok-6 && !clauseSubject(s, start) {
		start--
	}
	if !clauseSubject(s, start) || (start < m.tok && s.word(start) != "quỹ" && start != presidentBefore(s, m.tok)) {
		return false
	}
	for k, o := range s.mentions {
		if k != i && !o.object && o.org != m.org {
			return false
		}
	}
	return true
}

// presidentBefore gives the token where "Chủ tịch" or "Phó Chủ tịch"
// right before the body at token k starts, else k.
func presidentBefore(s *sentence, k int) int {
	if s.word(k-2) != "chủ" || s.word(k-1) != "tịch" {
		return k
	}
	if s.word(k-3) == "phó" {
		return k - 3
	}
	return k - 2
}

// valueAside reports the comma at token k that opens the value of the
// gift before it, the figure at token t: "trao 2.550 phiếu, trị giá gần
// 1,3 tỉ đồng, cho …", "…, với tổng trị giá 90 triệu đồng": the same
// clause, set off by commas as by brackets.
func valueAside(s *sentence, k, t int) bool {
	q, named := qualifierStart(s, t), false
	if q <= k+1 {
		return false
	}
	for j := k + 1; j < q; j++ {
		switch s.word(j) {
		case "giá":
			named = true
		case "trị", "tổng", "với":
		default:
			return false
		}
	}
	return named
}

// followingPartner reports a partner of the sentence's subject that does
// not hand out what they give together: a national or a firm's union, a
// cluster of unions ("LĐLĐ huyện phối hợp với Cụm thi đua số 3 trao …").
// A province's or a district's federation partnering the national one
// hands it out (A10).
func followingPartner(m mention) bool {
	return m.partner && (m.org.typ == "khác" || m.org.typ == firmType || m.org.typ == "cụm thi đua")
}

// partnerPlace reports mention i of s, a ward, commune or district named
// by its bare place ("phường B", no union word before it) as a partner of
// the union the sentence names before it as its subject: "LĐLĐ TP phối
// hợp cùng báo A và phường B tổ chức …" is the federation's activity; the
// local authority only takes part (probe CF). A place listed after the
// partner marker ("cùng báo A và phường B") is a partner too.
func partnerPlace(s *sentence, i int) bool {
	m := s.mentions[i]
	if !inList("partner-place", s.word(m.tok)) || !(m.partner || partnerListed(s, m.tok)) {
		return false
	}
	for j := 0; j < i; j++ {
		if o := s.mentions[j]; !o.object && !o.partner {
			return true
		}
	}
	return false
}

// partnerListed reports a name at token i that ends a short list opened by
// a partner marker: "cùng báo A và phường B", "phối hợp với Sở A, xã B".
// The items between are names: capitalised words, with lower-case words
// only next to one ("báo A", "báo Dân trí"); anything else ends the search.
func partnerListed(s *sentence, i int) bool {
	if w := s.word(i - 1); w != "và" && w != "," {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-10; k-- {
		if !capitalAt(s, k) {
			if !capitalAt(s, k+1) && !capitalAt(s, k-1) {
				return false // a lower-case word inside a name ("báo Dân trí") or before it ("báo A") only
			}
			if partnerMarked(s, k) {
				return true
			}
			continue
		}
		if partnerMarked(s, k) {
			return true
		}
	}
	return false
}

// partnerOfElided reports mention i of s, a partner named first in a
// sentence whose subject is left out because it goes on from before
// ("LĐLĐ huyện đã …. Bên cạnh đó, phối hợp với Quỹ trợ vốn rà soát 6 hộ vay
// vốn"): the partner joins the body told before, it does not report.
// A capitalised word before it but the sentence's first names a subject
// that is no union ("Hội Nông dân huyện cùng Quỹ trợ vốn …"), which
// the partner stands for.
func partnerOfElided(s *sentence, i int) bool {
	m := s.mentions[i]
	if i != 0 || !m.partner {
		return false
	}
	for k := 1; k < m.tok; k++ {
		if capitalAt(s, k) {
			return false
		}
	}
	return true
}

// otherBodyLeads reports mention i of s, a firm's or another union named
// as a partner, whose leader is a body that is not a union: "Hội Nông dân
// tỉnh cùng với Công đoàn Ngân hàng A trao 80 suất quà" names no union
// before the partner and two capitalised words or more in the clause before
// the partner's marker. The union among them is what the union report
// counts; a sentence with no subject ("Đồng thời, phối hợp với Công đoàn
// Công ty A …") still goes on with the body before.
func otherBodyLeads(s *sentence, i int) bool {
	for j := 0; j < i; j++ {
		if !s.mentions[j].object {
			return false
		}
	}
	k := s.mentions[i].tok - 1
	for k >= 0 && s.toks[k].kind == tokWord && !capitalAt(s, k) && s.mentions[i].tok-k <= 3 {
		k-- // the marker: "phối hợp với", "cùng"
	}
	run := 0
	for ; k >= 0 && s.word(k) != "," && !isClauseMark(s.word(k)); k-- {
		if capitalAt(s, k) {
			if run++; run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// partnerBelow reports mention i of s, a district's or a ward's union
// named in a list of partners of a province's federation that the sentence
// names before it as its subject ("LĐLĐ tỉnh A phối hợp cùng LĐLĐ huyện B,
// Công đoàn các KCN tổ chức trao …"): the province leads what the several
// bodies do together. A district that is its only partner hands out in its
// district what they give ("LĐLĐ thành phố phối hợp LĐLĐ huyện B bàn giao
// 2 căn nhà", as a city's gift handed out there), and the national
// federation's partner is the one that hands out (A10).
func partnerBelow(s *sentence, i int) bool {
	m := s.mentions[i]
	if !m.partner || m.org.back || levelOf(m.org.typ) < 2 {
		return false
	}
	if w := s.word(m.end); (w != "," && w != "và") || unionBody(s, m.end+1) == 0 {
		return false // not in a list of partners ("…, Công đoàn các KCN")
	}
	return federationLeadsBefore(s, i, func(p string) bool { return p == m.org.province })
}

// partnerPeer reports mention i of s, a province's federation named as
// the partner ("cùng", "cùng với", "phối hợp với") of another province's
// federation that the sentence names before it as its subject ("Đoàn LĐLĐ
// tỉnh A cùng với lãnh đạo LĐLĐ tỉnh B đến thăm, trao 2 triệu đồng …"):
// the visiting federation leads and gives, the host goes along, so the
// gift is the giver's (the contract's attribution to the body whose
// activity the sentence reports) — unless the visitor gave the host a sum
// before (fundedBefore): then the host hands out what it now holds.
func (x *articleContext) partnerPeer(s *sentence, i int) bool {
	m := s.mentions[i]
	if m.object || m.org.back || !provinceFederation(m.org) {
		return false
	}
	if !m.partner && (s.word(m.tok-2) != "lãnh" || s.word(m.tok-1) != "đạo" || !partnerMarked(s, m.tok-2)) {
		return false // neither the partner itself nor its leaders going along ("cùng với lãnh đạo LĐLĐ tỉnh B")
	}
	return federationLeadsBefore(s, i, func(p string) bool { return p != m.org.province }) && !x.fundedBefore(s, m.org)
}

// fundedBefore reports org, a province's federation, named in a paragraph
// before sentence s's as the one another province's federation gave a sum
// to ("LĐLĐ tỉnh A trao 80 triệu đồng cho LĐLĐ tỉnh B …"): what the two
// hand out together afterwards comes from the money B now holds, handed
// out in B to B's members, so it is B's, as a national body's gift handed
// out by a province is the province's (the contract).
func (x *articleContext) fundedBefore(s *sentence, org orgRef) bool {
	for _, p := range x.paraSentences()[:s.para] {
		ms := findOrgs(p, x.scope)
		for j, m := range ms {
			if m.org != org || p.word(m.tok-1) != "cho" || !slices.ContainsFunc(ms[:j], func(g mention) bool {
				return !g.object && provinceFederation(g.org) && g.org.province != org.province
			}) {
				continue
			}
			for k := m.tok - 2; k >= 0 && k >= m.tok-fundedSpan && !isClauseMark(p.word(k)); k-- {
				if p.toks[k].kind == tokNumber {
					return true
				}
			}
		}
	}
	return false
}

// fundedSpan is how many tokens a sum given to a federation may stand
// before "cho" and its name.
const fundedSpan = 8

// federationLeadsBefore reports a province's federation, of a province
// that province accepts, named as a subject (no object, partner or back
// reference) before mention i of s.
func federationLeadsBefore(s *sentence, i int, province func(string) bool) bool {
	for _, o := range s.mentions[:i] {
		if !o.object && !o.partner && !o.org.back && provinceFederation(o.org) && province(o.org.province) {
			return true
		}
	}
	return false
}

// typeNamedBefore is the organisation of the type of mention i of s, a
// union named by its type alone, that s names before it by name, even as
// the place of the event ("Tại huyện Sóc Sơn, LĐLĐ huyện trao …"); the
// zero orgRef if none.
func typeNamedBefore(s *sentence, i int) orgRef {
	for k := i - 1; k >= 0; k-- {
		if o := s.mentions[k].org; !o.back && o.name != "" && o.typ == s.mentions[i].org.typ {
			return o
		}
	}
	return orgRef{}
}

// organiserAfter is the organisation named after the figure at token t in
// a clause "do X tổ chức" ("hơn 1.700 công nhân tham gia chương trình do
// Công đoàn Công ty A tổ chức"), in a sentence that names no subject
// before t: who holds the event counted. A "do X tổ chức" after a ";"
// belongs to a part of its own, and holds nothing of the figure's part.
func organiserAfter(s *sentence, t int) (orgRef, bool) {
	if slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && m.tok < t }) {
		return orgRef{}, false
	}
	for _, m := range s.mentions {
		if m.tok <= t || m.org.name == "" || m.org.back || s.word(m.tok-1) != "do" {
			continue
		}
		if wordWithin(s, ";", t+1, m.tok) {
			break // "… sẽ tổ chức tại 2 điểm; Chương trình … do Tổng LĐLĐ tổ chức": another part's organiser
		}
		if slices.ContainsFunc(s.mentions, func(a mention) bool {
			return a.tok > t && a.tok < m.tok && a.org.name != "" && s.word(a.tok-1) == "được"
		}) {
			break // "60 LĐ giỏi được CĐ A tôn vinh tại chương trình do Tổng LĐLĐ tổ chức": the agent acts, the event's holder does not
		}
		k := m.end
		if s.word(k) == "(" {
			for k < len(s.toks) && k < m.end+12 && s.word(k) != ")" {
				k++ // "(huyện Củ Chi, TP HCM)": where it is
			}
			k++
		}
		if s.word(k) == "tổ" && s.word(k+1) == "chức" {
			return m.org, true
		}
	}
	return orgRef{}, false
}

// subUnitSubject is the union of the firm or institution a sentence
// names by its kind alone, capitalised, opening a clause ("…, Tổng công
// ty còn có 6 cá nhân được tuyên dương … do Công đoàn A tổ chức"), the
// one firm of that kind the article names in full, when it is not the
// organiser o: the sub-unit the sentence is about, whose people the
// organiser honours. The zero orgRef if none.
func (x *articleContext) subUnitSubject(s *sentence, o orgRef) orgRef {
	for k := 0; k < len(s.toks); k++ {
		if k > 0 && s.word(k-1) != "," {
			continue
		}
		if !capitalAt(s, k) {
			continue
		}
		j, head := firmHead(s, k)
		if head == "" || j >= len(s.toks) || s.toks[j].kind != tokWord || capitalAt(s, j) {
			continue // "Tổng công ty Điện lực A" is a name, not the kind alone
		}
		if u := x.firmOf(head); u.name != "" && u.name != o.name && u.province != National {
			return u
		}
	}
	return orgRef{}
}

// giverAfter is the body named after "do" shortly after the figure at
// token t, in its clause, and right before a verb of handing out ("trao",
// "tặng"): "thầy nhận phần quà 2,5 triệu đồng do Công đoàn ngành trao tặng" — who
// gives the thing counted, in a sentence that names no subject before t,
// whatever union the receiver belongs to. A body named by its type alone
// ("Công đoàn ngành") refers back (backTo). A funder ("do … hỗ trợ") and a
// national body hand nothing out: the contract gives their gifts to the
// body that does.
func (x *articleContext) giverAfter(s *sentence, t int) (orgRef, bool) {
	if slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && m.tok < t }) {
		return orgRef{}, false
	}
	for _, m := range s.mentions {
		if m.tok <= t || m.tok > t+giverReach || s.word(m.tok-1) != "do" {
			continue
		}
		if w := s.word(m.end); w != "trao" && w != "tặng" || m.org.province == National {
			continue // a funder ("1 nhà do Công đoàn Y tế Việt Nam hỗ trợ") does not hand out; a national body's gift is the province's that hands it out
		}
		for k := t + 1; k < m.tok; k++ {
			if w := s.word(k); isClauseMark(w) || w == "," {
				return orgRef{}, false
			}
		}
		o := m.org
		if o.back && o.typ != firmType {
			o = x.backTo(o.typ)
		}
		if o.name == "" || o.back {
			continue
		}
		return o, true
	}
	return orgRef{}, false
}

// giverReach is how many tokens after a figure giverAfter looks for "do"
// and the giver: the figure's noun and multiplier between ("2 triệu đồng
// do …", "3 suất quà Tết do …").
const giverReach = 8

// agentAfter is the body named as the agent of a passive giving verb right
// after the figure at token t and its noun: "300 vé xe sẽ được LĐLĐ tỉnh A
// tặng công nhân", in a sentence that names no subject before t: who gives
// the thing counted. A body after a comma or further on ("…, chọn 2 mô
// hình dự thi và được Tổng LĐLĐ tặng Bằng khen"), or one that gives an
// award ("2 mô hình được LĐLĐ tỉnh tặng Bằng khen", "40 cá nhân được Tổng
// LĐLĐ khen tặng", to praise and give), honours what was counted; it does
// not give the figure.
func agentAfter(s *sentence, t int) (orgRef, bool) {
	if slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && m.tok < t }) {
		return orgRef{}, false
	}
	for _, m := range s.mentions {
		if m.tok <= t || m.tok > t+6 || m.org.name == "" || m.org.back || s.word(m.tok-1) != "được" {
			continue // the figure's own noun phrase, then "(sẽ) được": what is given
		}
		for k := t + 1; k < m.tok; k++ {
			if isClauseMark(s.word(k)) || s.word(k) == "," {
				return orgRef{}, false
			}
		}
		if inList("gives", s.word(m.end)) && s.word(m.end) != "khen" && !awardBetween(s, m.end, m.end+4) {
			return m.org, true // "… được LĐLĐ tỉnh tặng Bằng khen": the award honours what was counted
		}
	}
	return orgRef{}, false
}

// eventActs reports a sentence whose subject is the event just told of, a
// two-word event noun and a giving verb ("Chương trình đã trao 600 phần
// quà …", "Buổi lễ trao tặng 40 suất học bổng"), naming no body before
// token t: who held it gives.
func eventActs(s *sentence, t int) bool {
	return inList("event-noun", s.word(0)) && givingVerbAt(s, 2) &&
		!slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok < t })
}

// eventTold reports a sentence that speaks of an event by its noun among
// its first words ("Tham dự Đại hội dự kiến có 148 đại biểu", "Hội nghị
// có 200 đại biểu"), naming no body before token t: the event the
// paragraph told of, whose holder it counts for.
func eventTold(s *sentence, t int) bool {
	if slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && m.tok < t }) {
		return false
	}
	for k := 0; k < t && k < 3; k++ {
		if s.word(k) == "đại" && s.word(k+1) == "hội" || s.word(k) == "hội" && s.word(k+1) == "thi" {
			return true // "Riêng hội thi hát có 95 thí sinh": the contest the paragraph's actor launched
		}
	}
	return false
}

// goesOn reports a sentence that opens with a phrase going on with the
// sentence before ("Trong đó, trao 8.000 suất quà …", "Bên cạnh đó, tặng
// 700 phần quà …"; goes-on in words.tsv), a verb of giving or a figure
// right after its comma, and names no subject before token t: its figure is
// the paragraph's actor's.
func goesOn(s *sentence, t int) bool {
	if slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && m.tok < t }) {
		return false
	}
	for _, p := range lex.ordered["goes-on"] {
		if n := strings.Count(p, " ") + 1; s.word(n) == "," && s.phraseBefore(n, p) {
			// no subject of its own: a verb of giving or the figure right
			// after the comma ("Bên cạnh đó, ban tổ chức trao …" has one)
			// "Trong đó, có 10 đơn vị …": the parts of what it had
			k := n + 1
			if s.word(k) == "có" {
				k++
			}
			// "Trong đó, nguồn kinh phí của LĐLĐ huyện 5 triệu đồng":
			// the shares of the sum before by their source (sourceOwned)
			return givingVerbAt(s, n+1) || k < len(s.toks) && s.toks[k].kind == tokNumber || s.word(n+1) == "nguồn" && p == "trong đó"
		}
	}
	return false
}

// eachGoesOn reports a sentence that opens with "Mỗi" and what it counts
// ("Mỗi suất trị giá 1 triệu đồng", not "Mỗi năm, …") and names no subject
// before token t: it tells what each of the figure before got, so it goes
// on with that figure's actor.
func eachGoesOn(s *sentence, t int) bool {
	k := eachOpens(s)
	return k >= 0 && !inList("per-period", s.word(k+1)) &&
		!slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && m.tok < t })
}

// eachOpens is the token of the "mỗi" a sentence opens with, alone or
// after the words of value ("Mỗi suất …", "Trị giá mỗi căn nhà …"); -1 if
// it opens otherwise.
func eachOpens(s *sentence) int {
	switch {
	case s.word(0) == "mỗi":
		return 0
	case (s.word(0) == "trị" || s.word(0) == "giá") && (s.word(1) == "giá" || s.word(1) == "trị") && s.word(2) == "mỗi":
		return 2
	}
	return -1
}

// affiliated reports a body named by its kind alone and followed by the
// body it belongs to ("CĐ tổng công ty trực thuộc Tổng LĐLĐ Việt Nam"):
// every unit of that kind under it, not one firm's union.
func affiliated(s *sentence, m mention) bool {
	w := s.word(m.end)
	return w == "thuộc" || w == "trực" && s.word(m.end+1) == "thuộc"
}

// firmKind reports the words of a firm's kind at token j, without the
// firm's name ("công đoàn công ty cho biết").
func firmKind(s *sentence, j int) bool {
	k, _ := firmHead(s, j)
	return k > j
}

// addressBracket reports a place's bare name, mention m, inside brackets
// that follow a firm's, a venue's or a park's name ("cụm công nghiệp A
// (xã B, huyện C, Hà Nội)"), or inside a street address: where something
// is, which neither speaks for the heading's subject nor counts towards
// the article's own body.
func addressBracket(s *sentence, m mention) bool {
	i := m.tok
	if streetAddress(s, i) {
		return true
	}
	return i > 1 && (levelOf(m.org.typ) > 0 || m.org.typ == "thành phố") && unionBody(s, i) == 0 && inBrackets(s, i)
}

// streetAddress reports token i inside brackets that hold a street
// address before it: a house number ("số 12"), a street ("đường Lê Lợi",
// "phố Huế") after the "(", or a zone right after it ("(KCN A, phường
// B, …)", zoneOpens) ("ở Cung Văn hóa Công nhân (số 45 đường Trần
// Phú, phường A), LĐLĐ tỉnh tổ chức …"): the ward of an address
// is where, never who acts.
func streetAddress(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		switch s.word(k) {
		case "(":
			for j := k + 1; j < i-1; j++ {
				if w := s.word(j); w == "số" && s.toks[j+1].kind == tokNumber || (w == "đường" || w == "phố") && capitalAt(s, j+1) || j == k+1 && zoneOpens(s, j) {
					return true
				}
			}
			return false
		case ")", ".", ";", ":":
			return false
		}
	}
	return false
}

// connectSpan is how many tokens a donor's name (and its body in
// brackets) may take after a verb of mobilising or connecting.
const connectSpan = 24

// connectedTo reports a body at token i that a verb of mobilising or
// connecting (words.tsv connect: "kết nối với", "vận động") opens before
// it in its clause, no comma or giving verb between (a number may stand
// in the donor's name: "Tổ thiện nguyện số 3 và 4"): the donor
// the subject brings in. The funding source does not change the org.
func connectedTo(s *sentence, i int) bool {
	if !s.lowHolds(connectPhrases) {
		return false // asked of every mention: the sentence is searched once
	}
	for k := i; k > 0 && k >= i-connectSpan; k-- {
		if s.listBefore(k, "connect") {
			return true
		}
		w := s.word(k - 1)
		if w == "," || isClauseMark(w) && w != "(" && w != ")" || inList("gives", w) || inList("aid", w) {
			return false
		}
	}
	return false
}

// zoneOpens reports an industrial, export-processing or economic zone or
// cluster named at token j with a capital: "Khu Công nghiệp A", "KCN B",
// "Cụm công nghiệp C": the place after it in the same brackets is the
// zone's address.
func zoneOpens(s *sentence, j int) bool {
	w := s.word(j)
	if inList("zone", w) {
		return capitalAt(s, j+1)
	}
	return (w == "khu" || w == "cụm") && (s.word(j+1) == "công" && s.word(j+2) == "nghiệp" || s.word(j+1) == "chế" && s.word(j+2) == "xuất" || s.word(j+1) == "kinh" && s.word(j+2) == "tế") && capitalAt(s, j+3)
}

// personsUnion reports a body named right after an opening bracket that
// follows a person's name (two to four capitalised words) after a word
// for one person or a member ("chị", "đoàn viên"; words.tsv one-person,
// member-of): "cho đoàn viên Lê Thị A (Công đoàn Công ty B)" names the
// union she belongs to, not one that acts.
func personsUnion(s *sentence, i int) bool {
	if s.word(i-1) != "(" {
		return false
	}
	k := i - 2
	for k >= 0 && k >= i-6 && capitalAt(s, k) {
		k--
	}
	if n := i - 2 - k; n < 2 || n > 4 {
		return false
	}
	return inList("one-person", s.word(k)) || s.listBefore(k+1, "member-of")
}

// inBrackets reports token i inside brackets opened a few words before it,
// after a comma at most: "(quận X)", "(KCN Tân Bình, TP HCM)".
func inBrackets(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch s.word(k) {
		case "(":
			return true
		case ")", ".", ";", ":":
			return false
		}
	}
	return false
}

// parentGloss reports a union body named from token i to next alone in
// brackets right after mention prev, another body: "Công đoàn Viên chức
// tỉnh (Liên đoàn Lao động tỉnh)", "Công đoàn ngành Y tế (LĐLĐ tỉnh A)" —
// the body the one before belongs to, written as a gloss.
func parentGloss(s *sentence, prev mention, i, next int) bool {
	return i >= 2 && prev.end == i-1 && s.word(i-1) == "(" && s.word(next) == ")" && unionBody(s, i) > 0 &&
		prev.org.name != "" && unionBody(s, prev.tok) > 0
}

// firmAmongPresent reports mention m, a firm's or an institution's union
// (named or by its kind alone), as an inner item of a list: a comma right
// before it, "và" or "cùng" right after it, and then the count of the
// people the list ends on ("…, ban giám đốc, Công đoàn công ty và 200
// công nhân …"). The union is listed among those present with its people,
// as an item after the subject is (onlyListMarks), not as who acts.
func firmAmongPresent(s *sentence, m mention) bool {
	if m.org.typ != firmType && !firmUnion(m.org) || s.word(m.tok-1) != "," {
		return false
	}
	k := m.end
	if w := s.word(k); w != "và" && w != "cùng" {
		return false
	}
	k++
	for n := k; n < len(s.toks) && n <= k+3; n++ {
		if s.toks[n].kind == tokNumber {
			return qualifierStart(s, n) == k // "và hơn 300 đoàn viên"
		}
	}
	return false
}

// sentenceEnd reports a word that ends a sentence inside a paragraph: one
// of the stop marks splitSentences splits at, or "..." written with dots.
func sentenceEnd(w string) bool { return w == "..." || slices.Contains(stopMarks[:], w) }

// locativeOpener reports a place at tokens [i, end) that the sentence
// opens with after "Tại" or "Ở", a comma right after it ("Tại tỉnh Hưng
// Yên, …", "Ở Hải Dương, …"): where what the sentence tells happens, and
// so the province of a union it names without one.
func locativeOpener(s *sentence, i, end int) bool {
	if w := s.word(0); (w != "tại" && w != "ở") || i < 1 || i > 2 || s.word(end) != "," {
		return false
	}
	return i == 1 || inTypeWord(s, 1)
}

// destinationSpan is how far back from a listed place destinationListed
// looks for the verb or preposition of a destination.
const destinationSpan = 24

// destinationListed reports a place at token i in a list of the places a
// gift goes to ("… chuyển 200 triệu đồng đến thầy trò của 4 tỉnh miền
// Trung: Quảng Trị, Quảng Bình và Hà Tĩnh", "gửi tới Quảng Nam, Quảng
// Ngãi"): where it goes, never the province of who gives it. Only places'
// words, commas, "và" and a colon lie between the place and "đến", "tới"
// or "cho", in one clause.
func destinationListed(s *sentence, i int) bool {
	colon := false
	for k := i - 1; k >= 0 && k >= i-destinationSpan; k-- {
		switch w := s.word(k); w {
		case "đến", "tới", "cho":
			return colon || k == i-1 || listedBetween(s, k+1, i)
		case ":":
			colon = true
		case ";", ".", "(", ")":
			return false
		case ",", "và", "-", "–":
			if !colon && !listedBetween(s, k+1, i) {
				return false
			}
		default:
			if !colon && capitalWords(s, k, 1) == 0 && !inTypeWord(s, k) {
				return false
			}
		}
	}
	return false
}

// listedBetween reports only places' words (capitalised words, type
// words), commas, "và" and dashes in tokens [from, to).
func listedBetween(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		switch s.word(k) {
		case ",", "và", "-", "–", "các":
			continue
		}
		if capitalWords(s, k, 1) == 0 && !inTypeWord(s, k) {
			return false
		}
	}
	return true
}

// winsPrize reports a heading that tells of an entrant winning a prize
// ("Tổng công ty A giành giải nhất toàn đoàn", "… đoạt giải Nhì"): the
// winner is one entrant of a contest, not who holds it.
func winsPrize(s *sentence) bool {
	for k := range s.toks {
		if w := s.word(k); (w == "giành" || w == "đoạt") && (s.word(k+1) == "giải" || s.word(k+1) == "cúp") {
			return true
		}
	}
	return false
}

// contestHolder is the body the article names as holding a contest: a
// competition cluster named as where it took place ("tại Cụm thi đua số
// 7"), or a body in "do X tổ chức"; the zero orgRef if none.
func (x *articleContext) contestHolder() orgRef {
	for _, s := range x.paraSentences() {
		for _, m := range findOrgs(s, x.scope) {
			if m.org.name == "" || m.org.back {
				continue
			}
			if s.word(m.tok-1) == "tại" && m.org.typ == "cụm thi đua" {
				return m.org
			}
			if s.word(m.tok-1) == "do" && s.word(m.end) == "tổ" && s.word(m.end+1) == "chức" {
				return m.org
			}
		}
	}
	return orgRef{}
}

// setMembers reports a count of a set that names its members (the tokens
// from, to): "A là 1 trong 3 đơn vị …" (A, before "là"), "3 đơn vị …,
// gồm: A, B, C" (after "gồm"). The count is the set's, chosen or
// awarded by a body above it, not any one member's.
func setMembers(s *sentence, t int) (from, to int, ok bool) {
	if s.word(t-1) == "trong" && (s.word(t-2) == "một" || s.word(t-2) == "1" && s.toks[t-2].kind == tokNumber) && s.word(t-3) == "là" {
		return 0, t - 3, true
	}
	for k := t + 1; k < len(s.toks); k++ {
		w := s.word(k)
		if isClauseMark(w) || s.toks[k].kind == tokNumber && !yearToken(s, k) {
			return 0, 0, false
		}
		if w == "gồm" {
			return k + 1, len(s.toks), true
		}
	}
	return 0, 0, false
}

// setMember reports a body named among a set's members (tokens from to
// to, setMembers), not as the agent that chose them ("được", "do", "của"
// right before it: "Đây là đơn vị được Công đoàn ngành A chọn là 1 trong
// 3 đơn vị …").
func setMember(s *sentence, m mention, from, to int) bool {
	return m.tok >= from && m.tok < to && !agentMark(s.word(m.tok-1))
}

// agentMark reports a word that marks the body after it as the agent or
// owner of what is told: "được", "do", "của".
func agentMark(w string) bool { return w == "được" || w == "do" || w == "của" }

// setHolder is the body a count of a set belongs to (setMembers, the
// members at tokens from to to): the agent that chooses or awards it
// ("là 1 trong 3 đơn vị được Tổng LĐLĐ Việt Nam đề nghị …"), the article's
// body when the sentence opens on its event's organisers ("Ban Tổ chức đã
// lựa chọn 8 đội …, gồm: …"), else the body the paragraph, or the one
// before, named when it is none of the members (the federation that told
// of the award), else none.
func (x *articleContext) setHolder(s *sentence, from, to int) orgRef {
	member := func(o orgRef) bool {
		return slices.ContainsFunc(s.mentions, func(m mention) bool { return setMember(s, m, from, to) && m.org.name == o.name })
	}
	if s.word(0) == "ban" && s.word(1) == "tổ" && s.word(2) == "chức" && x.org.name != "" {
		return x.org // "Ban Tổ chức đã lựa chọn 8 đội …, gồm: …": the organisers of the article's event
	}
	for _, m := range s.mentions {
		if m.org.name != "" && !m.org.back && agentMark(s.word(m.tok-1)) && !member(m.org) {
			return m.org
		}
	}
	for _, o := range []orgRef{x.paraOrg, x.prevParaOrg} {
		if o.name != "" && !member(o) {
			return o
		}
	}
	return orgRef{}
}

// peerRecipientSpan is how many tokens peerRecipient looks back from a
// province's name to the verb of giving.
const peerRecipientSpan = 40

// peerRecipient reports a province's federation or bare name, the
// mention at tokens start to next, as one of the provinces a federation
// of another province gives to: a verb of giving (words.tsv gives-to)
// before it in its clause, the giver a province's federation named before
// the verb and acting (no object), and the name followed by a share, a
// list mark or the end, never by a verb of its own ("LĐLĐ tỉnh A hỗ trợ
// 300 trường hợp, trong đó LĐLĐ tỉnh B 150 trường hợp, LĐLĐ tỉnh C 150
// trường hợp", "đã hỗ trợ 2 tỉnh B và C, mỗi tỉnh 30 triệu đồng"). Peers
// only: a national or a city body's gift handed out by a lower unit
// stays the lower unit's (the contract), and a body followed by its own
// verb ("…, LĐLĐ tỉnh B trao …") acts.
func peerRecipient(s *sentence, start, next int, org orgRef, out []mention) bool {
	if !provinceFederation(org) || !slices.ContainsFunc(out, func(o mention) bool { return peerGiver(o, org) }) {
		return false
	}
	if next < len(s.toks) {
		if w := s.word(next); s.toks[next].kind == tokWord && w != "và" && w != "mỗi" {
			return false
		}
	}
	for k := start; k > 0 && k > start-peerRecipientSpan; k-- {
		if isClauseMark(s.word(k - 1)) {
			return false
		}
		if !s.listBefore(k, "gives-to") {
			continue
		}
		return slices.ContainsFunc(out, func(o mention) bool { return o.tok < k && peerGiver(o, org) })
	}
	return false
}

// peerGiver reports mention o acting as a province's federation other
// than org's: named ("LĐLĐ tỉnh A") or by its type alone ("LĐLĐ tỉnh").
func peerGiver(o mention, org orgRef) bool {
	if o.object {
		return false
	}
	if o.org.back {
		return o.org.typ == "tỉnh"
	}
	return provinceFederation(o.org) && o.org.province != org.province
}

package extract

import (
	"math/bits"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/lddt/unionstats/gazetteer"
)

// National is the province of national bodies (the contract's "Việt Nam").
const National = "Việt Nam"

// place is a unit of the administrative map that a name can refer to.
type place struct {
	name     string // as an organisation is named: "Ba Đình", "Nghệ An", "Quận 3"
	typ      string // the contract's org_type: "tỉnh", "thành phố", "quận", "phường", …
	province string // its province, as the contract names provinces
	level    int    // 1 province, 2 district, 3 ward or commune
	era      gazetteer.Era
	code     string // GSO code, for the units that succeeded it
	// seen is the year of the last map a unit merged away before 30 June
	// 2025 is on (gazetteer.Unit.Seen), 0 for a unit on that map or the new
	seen int
}

// placeIndex finds places by lower-cased name, in both tone placements.
type placeIndex struct {
	byName map[string][]place
	// spelt holds the places under their names' other spellings
	// (gazetteer.Spellings: "đak pơ" for the map's "Đăk Pơ"), looked up
	// only when the name as written finds none that fits
	spelt map[string][]place
	// first holds the first word of every name with the numbers of tokens
	// the names starting with it span (bit n for n tokens), so that most
	// words are passed over at once and only runs of those lengths are
	// looked up: firstKeys[firstStart[b]:firstStart[b+1]] are the words of
	// wordBit b, firstLengths their numbers (a word is found as firstIndex
	// finds the first word of a cue phrase, without hashing it whole)
	firstStart   [wordBuckets + 1]uint32
	firstKeys    []string
	firstLengths []uint64
	// firstWords and names hold the first words and the keys of byName, so
	// that most lookups that would miss them are turned away in the cache
	firstWords wordFilter
	names      nameFilter
}

// firstOf returns the numbers of tokens of the names that start with w
// (bit n for n tokens), 0 if none does.
func (ix *placeIndex) firstOf(w string) uint64 {
	b := wordBit(w)
	for k := ix.firstStart[b]; k < ix.firstStart[b+1]; k++ {
		if ix.firstKeys[k] == w {
			return ix.firstLengths[k]
		}
	}
	return 0
}

// indexFirst arranges first, the first words of the names and their
// numbers of tokens, by wordBit.
func (ix *placeIndex) indexFirst(first map[string]uint64) {
	buckets := make([][]string, wordBuckets)
	for w := range first {
		b := wordBit(w)
		buckets[b] = append(buckets[b], w)
	}
	for b, ws := range buckets {
		slices.Sort(ws)
		ix.firstStart[b] = uint32(len(ix.firstKeys))
		for _, w := range ws {
			ix.firstKeys = append(ix.firstKeys, w)
			ix.firstLengths = append(ix.firstLengths, first[w])
		}
	}
	ix.firstStart[wordBuckets] = uint32(len(ix.firstKeys))
}

// places is the index of the gazetteer's names, built once per process.
var places = sync.OnceValue(buildPlaces)

func buildPlaces() *placeIndex {
	ix := &placeIndex{byName: map[string][]place{}, spelt: map[string][]place{}}
	first := map[string]uint64{}
	type spellings struct{ as, other []string }
	spelt := map[string]spellings{} // a name's spellings, worked out once per name
	addFirst := func(v string) {
		toks := tokenize(v)
		w := v[toks[0].start:toks[0].end]
		first[w] |= 1 << min(len(toks), 63)
		ix.firstWords.add(w)
	}
	add := func(name string, p place) {
		vs, ok := spelt[name]
		if !ok {
			for _, n := range dashSpellings(name) {
				vs.as = append(vs.as, variants(n)...)
			}
			for _, v := range vs.as {
				for _, o := range gazetteer.Spellings(v) {
					if !slices.Contains(vs.as, o) && !slices.Contains(vs.other, o) {
						vs.other = append(vs.other, o)
					}
				}
			}
			spelt[name] = vs
			for _, v := range vs.as {
				addFirst(v)
			}
			for _, v := range vs.other {
				addFirst(v)
			}
		}
		for _, v := range vs.as {
			ix.byName[v] = append(ix.byName[v], p)
			ix.names.add(v)
		}
		for _, v := range vs.other {
			ix.spelt[v] = append(ix.spelt[v], p)
			ix.names.add(v)
		}
	}
	for _, u := range gazetteer.All() {
		p := place{name: u.Name, typ: u.Type, province: u.Province, level: u.Level, era: u.Era, code: u.Code}
		if len(u.Seen) >= 4 {
			p.seen, _ = strconv.Atoi(u.Seen[:4])
		}
		if u.Level == 1 {
			p.name = u.Province
		} else if rest, ok := strings.CutPrefix(lower(u.Name), u.Type+" "); ok && rest != "" && isDigit(rest[0]) {
			// "Quận 3", "Phường 12": a number is named with its type word,
			// and found by the number after it
			add(rest, p)
		}
		add(p.name, p)
		if u.Level == 1 && u.Name != p.name {
			add(u.Name, p)
		}
		for _, a := range gazetteer.Aliases(u) { // "HCM", "Thừa Thiên Huế"
			add(a, p)
		}
	}
	ix.indexFirst(first)
	return ix
}

// dashSpellings are the ways a name with a dash is written: "Bà Rịa - Vũng
// Tàu", "Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu".
//
// A name with an apostrophe is written with either one: "Ea H'leo", "Ea
// H’leo", "Cư M’gar", "Cư M'gar".
func dashSpellings(name string) []string {
	if strings.Contains(name, "'") {
		return []string{name, strings.ReplaceAll(name, "'", "’")}
	}
	if strings.Contains(name, "’") {
		return []string{name, strings.ReplaceAll(name, "’", "'")}
	}
	if !strings.Contains(name, " - ") {
		return []string{name}
	}
	return []string{name, strings.ReplaceAll(name, " - ", " – "), strings.ReplaceAll(name, " - ", "-"), strings.ReplaceAll(name, " - ", " ")}
}

// placesAt matches the longest place name at token i whose places satisfy
// ok; it returns those places and the token after the name.
func placesAt(s *sentence, i int, ok func(place) bool) ([]place, int) {
	ix := places()
	var best []place
	end := i
	if i >= len(s.toks) {
		return nil, i
	}
	w := s.word(i)
	if isDigit(w[0]) && gluedColon(s, i+1) {
		return nil, i // "19:48" heading a page: the hour of a time, never "Phường 19"
	}
	if w == "thứ" && weekdayName(s, i) {
		return nil, i // "Thứ ba - 28/09/2021": a day of the week, not the town Thứ Ba
	}
	folded := false
	if !ix.firstWords.mayHold(w) {
		if w == "hn" && cityAbbrevBefore(s, i) {
			// "TP HN", "TP. HN": the capital's initials, read only after
			// the city's type word (a bare "HN" may be a "hội nghị")
			if keep := filterPlaces(ix.byName["hà nội"], ok); len(keep) > 0 {
				return onMap(keep, s.year), i + 1
			}
		}
		if !hasBreveOrCaron(w) {
			return nil, i
		}
		if w, folded = foldBreveCaron(w), true; !ix.firstWords.mayHold(w) {
			return nil, i
		}
	}
	for lengths := ix.firstOf(w); lengths != 0; lengths &= lengths - 1 {
		k := i + bits.TrailingZeros64(lengths)
		if k > len(s.toks) {
			break
		}
		name := s.low[s.toks[i].start:s.toks[k-1].end]
		if folded {
			name = foldBreveCaron(name)
		}
		if !ix.names.mayHold(name) {
			continue
		}
		keep := filterPlaces(ix.byName[name], ok)
		if len(keep) == 0 {
			// another spelling: "huyện Đak Pơ" is the map's "huyện Đăk
			// Pơ", the type word having ruled out the town "Đak Pơ"
			keep = filterPlaces(ix.spelt[name], ok)
		}
		if len(keep) > 0 {
			best, end = onMap(keep, s.year), k
		}
	}
	return best, end
}

// weekdayName reports "thứ" at token i opening a day of the week (thứ hai
// … thứ bảy) that a date or a time follows, past a dash, a comma, a
// bracket or "ngày", with no administrative type word right before it:
// the days head the date lines of pages ("Thứ ba - 28/09/2021 08:10") and
// date events ("sáng thứ Năm (14/3)"); a place spelt like one (the town
// Thứ Ba) is named after its type word ("thị trấn Thứ Ba").
func weekdayName(s *sentence, i int) bool {
	switch s.word(i + 1) {
	case "hai", "ba", "tư", "năm", "sáu", "bảy":
	default:
		return false
	}
	switch s.word(i - 1) {
	case "trấn", "xã", "phường", "tt":
		return false
	}
	k := i + 2
	for n := 0; n < 2 && k < len(s.toks); n++ {
		if w := s.word(k); !isDash(w) && w != "," && w != "(" && w != "ngày" {
			break
		}
		k++
	}
	return k < len(s.toks) && s.toks[k].kind == tokNumber
}

// cityAbbrevBefore reports "TP" or "TP." right before token i.
func cityAbbrevBefore(s *sentence, i int) bool {
	if s.word(i-1) == "." {
		i--
	}
	return s.word(i-1) == "tp"
}

// breveCaron maps the letters with a caron or a breve that the Central
// Highlands' names are sometimes written with ("Čư M'gar") to the plain
// letters the map writes them with. They are two bytes and their
// plain letters one, so the fold is done on a name looked up only, never
// on the text whose offsets the tokens hold.
var breveCaron = strings.NewReplacer("č", "c", "ĕ", "e", "ŏ", "o", "ŭ", "u", "ň", "n")

// hasBreveOrCaron reports one of breveCaron's letters in w, read byte by
// byte (not "đ", "ă", "ĩ", "ũ", which share their first bytes): most words
// have none and are passed over at once.
func hasBreveOrCaron(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		switch w[i] {
		case 0xC4:
			if w[i+1] == 0x8D || w[i+1] == 0x95 { // č ĕ
				return true
			}
		case 0xC5:
			if w[i+1] == 0x8F || w[i+1] == 0xAD || w[i+1] == 0x88 { // ŏ ŭ ň
				return true
			}
		}
	}
	return false
}

func foldBreveCaron(s string) string { return breveCaron.Replace(s) }

// onMap drops from ps the units merged away before 30 June 2025 when an
// article of a later year than their last map names them and ps holds a
// unit still on the map: "xã Phúc Lộc" in 2024 is the commune of that name
// on the map, not one merged away in 2020. An article of that year or
// before, or of no year, keeps both: both were on the map then.
func onMap(ps []place, year int) []place {
	later, current := false, false
	for _, p := range ps {
		later = later || (p.seen != 0 && year > p.seen)
		current = current || p.seen == 0
	}
	if !later || !current {
		return ps
	}
	return filterPlaces(ps, func(p place) bool { return p.seen == 0 || year <= p.seen })
}

// filterPlaces returns the places of ps that satisfy ok: ps itself when all
// do (the index's slice, which callers only read), else a copy.
func filterPlaces(ps []place, ok func(place) bool) []place {
	for i, p := range ps {
		if ok(p) {
			continue
		}
		keep := slices.Clone(ps[:i])
		for _, p := range ps[i+1:] {
			if ok(p) {
				keep = append(keep, p)
			}
		}
		return keep
	}
	return ps
}

// eraOf is the map in force for an article: its publication date decides,
// else its reporting year (2025 and before: the old map).
func eraOf(published string, year int) gazetteer.Era {
	if published != "" { // no date (a .txt file): time.Parse would only build its error
		if t, err := time.Parse("2006-01-02", published); err == nil {
			return gazetteer.EraOf(t)
		}
	}
	if year > 2025 {
		return gazetteer.New
	}
	return gazetteer.Old
}

// eraUnsure reports an article whose map eraOf cannot tell: one of 2025,
// the year of the reform, without a publication date.
func eraUnsure(published string, year int) bool {
	if year != 2025 {
		return false // without parsing the date, whose error is all that is asked
	}
	_, err := time.Parse("2006-01-02", published)
	return err != nil
}

// slugs maps a province's name folded to ASCII and run together
// ("nghean", "hochiminh", "hue") to the province, for reading a link.
var slugs = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, u := range gazetteer.All() {
		if u.Level != 1 {
			continue
		}
		for _, n := range []string{u.Name, u.Province} {
			if s := asciiFold(n); len(s) >= 3 {
				m[s] = u.Province
			}
		}
	}
	m["tphcm"] = m["hochiminh"]
	m["thudo"] = City
	return m
})

// asciiFold lower-cases s, strips its diacritics and keeps letters and
// digits only: "Nghệ An" → "nghean", "Đà Nẵng" → "danang".
func asciiFold(s string) string { return foldASCII(s, false) }

// asciiWords is asciiFold that keeps the gaps between words, spaces,
// punctuation and other ASCII marks, as spaces: "ldld-tinh-ben-tre" →
// "ldld tinh ben tre", "Bến Tre" → "ben tre".
func asciiWords(s string) string { return foldASCII(s, true) }

// foldASCII is asciiFold, with a space for each gap between words when
// gaps is set (asciiWords).
func foldASCII(s string, gaps bool) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r == 'đ':
			b.WriteByte('d')
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case gaps && (r < utf8.RuneSelf || unicode.IsSpace(r) || unicode.IsPunct(r)):
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// linkProvince is the province a link's host names ("baonghean.vn",
// "laodongthudo.vn") or whose paper it is ("baoapbac.vn"), "" if none or
// several.
func linkProvince(link string) string {
	h := hostOf(link)
	if h == "" {
		return ""
	}
	if p, ok := provincePapers[h]; ok {
		return p
	}
	host := asciiFold(h)
	found := ""
	for slug, p := range slugs() {
		// a short name ("hue") only where the host starts with it or with
		// "bao" and it: "huengaynay.vn", "baohue.vn"
		if strings.Contains(host, slug) && (len(slug) >= 5 || strings.HasPrefix(host, slug) || strings.HasPrefix(host, "bao"+slug)) {
			if found != "" && found != p {
				return ""
			}
			found = p
		}
	}
	return found
}

// paperCities are the papers of a city other than Hà Nội, by host: in
// their news a bare "Thành phố" ("LĐLĐ TP") is that city. Người Lao Động
// was the Hồ Chí Minh City federation's paper; Sài Gòn Giải Phóng and
// Pháp Luật TP.HCM are the city's, and so is its radio, VOH.
var paperCities = map[string]string{
	"nld.com.vn":  "Thành phố Hồ Chí Minh",
	"sggp.org.vn": "Thành phố Hồ Chí Minh",
	"plo.vn":      "Thành phố Hồ Chí Minh",
	"voh.com.vn":  "Thành phố Hồ Chí Minh",
}

// provincePapers are provinces' papers whose host does not spell the
// province: their news is the province's unless the text says otherwise.
var provincePapers = map[string]string{
	"baoapbac.vn":    "Tiền Giang",
	"baodongkhoi.vn": "Bến Tre",
	"kinhtedothi.vn": City,
}

// paperCity is the city a bare "Thành phố" names in the news of the paper
// at link: a known city paper's; Hà Nội for the home paper (a file without
// a link, or a link to its site); else "": on a site not known to be any
// city's, no text says which city "LĐLĐ TP" is.
func paperCity(link string) string {
	if c := paperCityOf(hostOf(link)); c != "" {
		return c
	}
	if link != "" && linkProvince(link) != City {
		return ""
	}
	return City
}

// paperCityOf is the city of the paper at host (paperCities), the paper's
// sections on hosts of their own included: "phunu.nld.com.vn" is Người
// Lao Động's; "" for a host of no city's paper.
func paperCityOf(host string) string {
	for host != "" {
		if c, ok := paperCities[host]; ok {
			return c
		}
		_, rest, ok := strings.Cut(host, ".")
		if !ok || !strings.Contains(rest, ".") {
			return ""
		}
		host = rest
	}
	return ""
}

// hostOf is the host of link without "www.", "" if it has none.
func hostOf(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// successorProvince is the province that took over an old unit's area on
// the new map ("Hải Dương" → "Hải Phòng"); "" when the map does not say.
func successorProvince(p place) string {
	for _, u := range gazetteer.Successors(p.code) {
		return u.Province
	}
	return ""
}

// slugProvince is the province a link's path names after a type or union
// word, as a headline would: "…/ldld-tinh-ben-tre-tham-…" → Bến Tre,
// "…/huyen-soc-son-…" → Hà Nội. A link's slug is its headline's words
// folded to ASCII, so only a whole run of its words that is a unit's name
// counts, right after the unit's own type word ("tinh", "thanh-pho",
// "tp", "huyen", "quan", "thi-xa", "tx") or, for a province, a union word
// ("ldld", "cong-doan", "lien-doan-lao-dong") or the slug's start, as a
// headline opens on its province ("…/ha-noi-gan-1000-doan-vien-…"), in one segment of the
// path or one value of its query; a folded name that stands
// for units of several provinces ("huyen-phong-dien") names none, and so
// do names of two provinces. "" if none.
func slugProvince(link string, era gazetteer.Era) string {
	idx := slugUnits()[era]
	found := ""
	for _, words := range slugWords(link) {
		for i := range words {
			for n := 1; n <= 5 && i+n <= len(words); n++ {
				for _, k := range idx[strings.Join(words[i:i+n], " ")] {
					if !slugTyped(words[:i], k) && (i != 0 || k.level != 1) {
						continue
					}
					if k.province == "" || (found != "" && found != k.province) {
						return "" // a name of several provinces' units, or two provinces
					}
					found = k.province
				}
			}
		}
	}
	return found
}

// slugWords are the words of a link's slug (asciiWords), those of each
// segment of its path and of each value of its query on their own: a
// section's name ("/cong-doan/") is no type word of the slug after it.
// nil for no link or one that does not parse.
func slugWords(link string) [][]string {
	u, err := url.Parse(link)
	if err != nil || link == "" {
		return nil
	}
	parts := strings.Split(u.Path, "/")
	for _, vs := range u.Query() {
		parts = append(parts, vs...)
	}
	words := make([][]string, len(parts))
	for i, part := range parts {
		words[i] = strings.Fields(asciiWords(part))
	}
	return words
}

// slugTyped reports whether the words before a name end with the unit's
// type word, or, for a province, a union word.
func slugTyped(before []string, k slugKey) bool {
	end := strings.Join(before[max(0, len(before)-4):], " ")
	for _, t := range k.types {
		if end == t || strings.HasSuffix(end, " "+t) {
			return true
		}
	}
	if k.level == 1 {
		for _, t := range []string{"ldld", "cong doan", "congdoan", "lien doan lao dong"} {
			if end == t || strings.HasSuffix(end, " "+t) {
				return true
			}
		}
	}
	return false
}

// slugKey is one reading of a folded name in a link: a unit's level, the
// type words that may stand before it and its province ("" if the name
// and type words are shared by units of several provinces).
type slugKey struct {
	level    int
	types    []string
	province string
}

// slugTypes are the folded type words a link writes before a unit's name.
var slugTypes = map[string][]string{
	"tỉnh":      {"tinh"},
	"thành phố": {"thanh pho", "tp"},
	"huyện":     {"huyen"},
	"quận":      {"quan"},
	"thị xã":    {"thi xa", "tx"},
}

// slugUnits indexes, by era, the provinces and districts by their names
// folded to ASCII words ("ben tre", "ho chi minh", "hcm", "soc son").
var slugUnits = sync.OnceValue(func() map[gazetteer.Era]map[string][]slugKey {
	out := map[gazetteer.Era]map[string][]slugKey{}
	for _, u := range gazetteer.All() {
		if u.Level > 2 || u.Seen != "" {
			continue
		}
		types := slugTypes[u.Type]
		if types == nil {
			continue
		}
		m := out[u.Era]
		if m == nil {
			m = map[string][]slugKey{}
			out[u.Era] = m
		}
		names := []string{asciiWords(u.Name)}
		if u.Level == 1 {
			for _, a := range gazetteer.Aliases(u) {
				names = append(names, asciiWords(a))
			}
		}
		for _, n := range names {
			n = strings.Join(strings.Fields(n), " ")
			if n == "" {
				continue
			}
			add := slugKey{level: u.Level, types: types, province: u.Province}
			merged := false
			for j, k := range m[n] {
				if k.level == add.level && slices.Equal(k.types, add.types) {
					if k.province != add.province {
						m[n][j].province = ""
					}
					merged = true
				}
			}
			if !merged {
				m[n] = append(m[n], add)
			}
		}
	}
	return out
})

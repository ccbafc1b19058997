package extract

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lddt/unionstats/corpus"
)

// Named bodies: national unions under their short names ("Công đoàn GTVT
// Việt Nam", "CĐ Cao su VN", "Công đoàn CAND"), a province's bodies named
// bare ("Công đoàn Khu kinh tế", "Công đoàn Viên chức"), a sector's union
// with no province in an article about that sector's national union, and a
// bare "thành phố" on the site of a district-level city ("hoianrt.vn").

// bodyEntry is a union body of bodies.tsv, matched after "Công đoàn".
type bodyEntry struct {
	gazetteerEntry
	national bool
}

// bodyList is bodies.tsv: its bodies, longest spelling first, and the
// words of firms' names, lower-case.
type bodyList struct {
	entries []bodyEntry
	firms   []string
}

var bodyLexicon = sync.OnceValue(func() bodyList {
	var l bodyList
	err := readTSV("bodies.tsv", func(fields []string) error {
		if len(fields) < 2 || (fields[0] != "national" && fields[0] != "zone" && fields[0] != "firm") {
			return errors.New("want a kind (national, zone or firm) and a name")
		}
		if fields[0] == "firm" {
			l.firms = append(l.firms, lower(fields[1]))
			return nil
		}
		national, name := fields[0] == "national", "Công đoàn "+fields[1]
		for _, f := range fields[1:] {
			for _, v := range variants(f) {
				l.entries = append(l.entries, bodyEntry{gazetteerEntry{name: name, folded: v, typ: "khác"}, national})
			}
		}
		return nil
	})
	if err != nil {
		panic(err) // compiled in: a bad line is a build defect
	}
	slices.SortStableFunc(l.entries, func(a, b bodyEntry) int { return len(b.folded) - len(a.folded) })
	return l
})

// hasFirmWord reports a firm's word among the words from token j to k of a
// union's name: "Công đoàn Ngân hàng TMCP A Việt Nam" is a firm's union.
func hasFirmWord(s *sentence, j, k int) bool {
	name := " " + s.low[s.toks[j].start:s.toks[k-1].end] + " "
	return slices.ContainsFunc(bodyLexicon().firms, func(w string) bool { return strings.Contains(name, " "+w+" ") })
}

// listedBody matches a body of bodies.tsv at token j, right after "Công
// đoàn": a national one is the country's, a zone's the article's province's.
func (sc orgScope) listedBody(s *sentence, j int) (orgRef, int, bool) {
	if j >= len(s.toks) || capitalWords(s, j, 1) == 0 && s.word(j) != "các" {
		return orgRef{}, j, false
	}
	at := s.low[s.toks[j].start:]
	for _, b := range bodyLexicon().entries {
		end, ok := wordAt(at, 0, b.folded)
		if !ok {
			continue
		}
		k := tokensThrough(s, j, end)
		if b.national {
			return orgRef{name: b.name, typ: "khác", province: National}, k, true
		}
		if capitalWords(s, k, 1) == 1 && !provinceNext(s, k) {
			return sc.ownZone(s, j, k) // "Công đoàn Khu kinh tế Đông Nam": a zone of its own name
		}
		org := orgRef{name: b.name, typ: "khác", inherit: true}
		if p, k2 := sc.provinceAfter(s, k); p != "" {
			org.province, org.inherit, k = p, false, k2
		}
		return org, k, true
	}
	return orgRef{}, j, false
}

// zoneCompound matches at token j, right after "Công đoàn", a zone
// union's name of two kinds of zones joined by a comma (words.tsv
// zone-compound: "Khu kinh tế, công nghiệp"): one body, the province's
// (named after it, else the article's), org_type khác. The comma is part
// of the name only in these pairs; "Công đoàn Khu kinh tế, Công đoàn ngành
// Y tế" lists two bodies and is left to listedBody.
func (sc orgScope) zoneCompound(s *sentence, j int) (orgRef, int, bool) {
	if s.word(j) != "khu" || s.word(j+3) != "," {
		return orgRef{}, j, false // every pair is "Khu" and two words before the comma
	}
	at := s.low[s.toks[j].start:]
	for _, p := range lex.ends["zone-compound"].phrases {
		end, ok := wordAt(at, 0, p)
		if !ok {
			continue
		}
		k := tokensThrough(s, j, end)
		org := orgRef{name: "Công đoàn Khu" + p[len("khu"):], typ: "khác", inherit: true}
		if pr, k2 := sc.provinceAfter(s, k); pr != "" {
			org.province, org.inherit, k = pr, false, k2
		}
		return org, k, true
	}
	return orgRef{}, j, false
}

// maxZoneName is how many capitalised words a zone's own name may take.
const maxZoneName = 4

// ownZone is the union of a zone named with a name of its own after the
// zone word that ends at token k ("Công đoàn Khu kinh tế Đông Nam tặng 10
// suất quà"): a body of its own (khác), in the article's province or the
// one named after it, not the province's zone union.
func (sc orgScope) ownZone(s *sentence, j, k int) (orgRef, int, bool) {
	end := k + 1
	for end < len(s.toks) && end < k+maxZoneName && capitalWords(s, end, 1) == 1 && !provinceNext(s, end) {
		end++
	}
	org := orgRef{name: "Công đoàn " + s.span(j, end), typ: "khác", inherit: true}
	if c := zoneAndParks(s, end); c > 0 {
		org.name += " và các Khu công nghiệp"
		end += c
	}
	if p, k2 := sc.provinceAfter(s, end); p != "" {
		org.province, org.inherit, end = p, false, k2
	}
	return org, end, true
}

// zoneAndParks is the number of tokens of "và các Khu công nghiệp" at
// token k ("&" for "và", "các KCN" or "CKCN" for the zones), 0 if it is
// not there: an economic zone's union that also has the province's
// industrial zones names them after its own name ("Công đoàn Khu kinh tế A
// và các KCN"), and they are part of that name.
func zoneAndParks(s *sentence, k int) int {
	if w := s.word(k); w != "và" && w != "&" {
		return 0
	}
	switch {
	case s.word(k+1) == "ckcn":
		return 2
	case s.word(k+1) != "các":
		return 0
	case s.word(k+2) == "kcn":
		return 3
	case s.word(k+2) == "khu" && s.word(k+3) == "công" && s.word(k+4) == "nghiệp":
		return 5
	}
	return 0
}

// provinceNext reports a province's name or type word at token k.
func provinceNext(s *sentence, k int) bool {
	if typ, _ := typeWordAt(s, k); typ == "tỉnh" || typ == "thành phố" {
		return true
	}
	ps, _ := placesAt(s, k, func(p place) bool { return p.level == 1 })
	return len(ps) > 0
}

// fundedByNation reports a national body named from token i to end after
// "do" and before a verb of funding in a province's news: "1 căn nhà do CĐ
// Viên chức VN hỗ trợ" names who paid, and the province that hands it out
// is the one whose figure it is ("do Tổng LĐLĐ tổ chức" names who acts).
func fundedByNation(s *sentence, i, end int, org orgRef, sc orgScope) bool {
	if org.province != National || s.word(i-1) != "do" || sc.province == "" || sc.province == National {
		return false
	}
	switch s.word(end) + " " + s.word(end+1) {
	case "hỗ trợ", "tài trợ", "ủng hộ":
		return true
	}
	return false
}

// vietNamSoon reports "Việt Nam" or "VN" within the four tokens after
// token j: a sector's name of up to three words may stand before it.
func vietNamSoon(s *sentence, j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		if vietNamAt(s, k) > 0 {
			return true
		}
	}
	return false
}

// vietNamAt is the number of tokens of "Việt Nam" or "VN" at token k, 0 if
// neither is there.
func vietNamAt(s *sentence, k int) int {
	switch {
	case s.word(k) == "việt" && s.word(k+1) == "nam":
		return 2
	case s.word(k) == "vn" && capitalWords(s, k, 1) == 1:
		return 1
	}
	return 0
}

// nationalUnion is the national union named by the words from token j to
// k, before "Việt Nam": a sector's name as sectors.tsv spells it ("GTVT"
// and "Giao thông Vận tải" are "Giao thông vận tải", "Dệt May" is "Dệt
// may"), else the words as written.
func nationalUnion(s *sentence, j, k int) orgRef {
	name := expandName(s, j, k)
	if g, end, ok := entryAt(s, j, lex.sectors); ok && end == k {
		name = g.name
	}
	return nationalNamed(name)
}

// nationalNamed is the national union of the name (a sector's, or the
// words a page writes before "Việt Nam").
func nationalNamed(name string) orgRef {
	return orgRef{name: "Công đoàn " + name + " Việt Nam", typ: "khác", province: National}
}

// gluedVietNam is the word glued before "Việt" at token k when "Nam"
// follows: "Công đoàn Xây DựngViệt Nam", a space the page lost
// between the last word of a name and "Việt Nam". The word before must end
// in a lower-case letter, so that a word of capitals is not cut.
func gluedVietNam(s *sentence, k int) (string, bool) {
	if k >= len(s.toks) || s.word(k+1) != "nam" || !strings.HasSuffix(s.word(k), "việt") {
		return "", false
	}
	w := s.text[s.toks[k].start:s.toks[k].end]
	head, ok := strings.CutSuffix(w, "Việt")
	if !ok || head == "" || isUpper(lastRune(head)) {
		return "", false
	}
	return head, true
}

// gluedNational is the national union named by the words from token j to
// k and head, the part of token k before a glued "Việt Nam"
// (gluedVietNam): a sector's name spelt canonically ("Giao thông Vận tải"
// is "Giao thông vận tải"), else the words as written.
func gluedNational(s *sentence, j, k int, head string) orgRef {
	name := head
	if k > j {
		name = expandName(s, j, k) + " " + head
	}
	vs := variants(name) // spelt once, not once per sector
	for _, g := range lex.sectors {
		if slices.Contains(vs, g.folded) {
			name = g.name
			break
		}
	}
	return nationalNamed(name)
}

// nationalSector is the national union of the sector named (canonically)
// by sector, when the article names it and no province: "Công đoàn ngành
// Giao thông vận tải" in the news of "Công đoàn GTVT Việt Nam". In an
// article with a province, only when the national union is the lead's
// subject ("Đoàn công tác Công đoàn Y tế Việt Nam … đã đến thăm …" under
// the title "CĐ ngành Y tế tặng … cho y bác sĩ tỉnh A"): the title names it
// short, and the province is where its aid goes.
func (sc orgScope) nationalSector(sector string) (orgRef, bool) {
	if sc.bodies == nil || sc.finding || !slices.Contains(sc.bodies.nationalSectors(), sector) {
		return orgRef{}, false
	}
	if sc.province != "" && !sc.homeOnly && !slices.Contains(sc.bodies.leadSectors, sector) {
		return orgRef{}, false
	}
	return sc.bodies.sectorOrgs[slices.Index(sc.bodies.sectors, sector)], true
}

// articleBodies are what the article says of its named bodies: the
// district-level city its site is ("hoianrt.vn"), found before its
// province, and the sectors whose national union it names, found when first
// asked (few articles name a sector's union with no province).
type articleBodies struct {
	x        *articleContext
	hostCity orgRef
	asked    bool
	sectors  []string
	// sectorOrgs are the national unions of sectors, as sectors.tsv
	// spells them ("Công đoàn Dệt may Việt Nam").
	sectorOrgs []orgRef
	// leadSectors are those of sectors whose national union is the lead's
	// subject (headingSubject).
	leadSectors []string
	// initials are the unions the article names in full with their
	// initials in brackets after them ("Công đoàn Công ty cổ phần Hóa
	// chất An Phú (ABC)"), by those initials lower-cased, found when first
	// asked (initialsOf).
	initials      map[string]orgRef
	initialsAsked bool
	// abbrevs are the units of the noun phrases the article gives
	// initials in brackets ("những công nhân giỏi (CNG)": person), by
	// those initials lower-cased, found when first asked (abbrevUnit).
	abbrevs      map[string]string
	abbrevsAsked bool
	// cityOwn are the unions of direct.tsv the article names by a spelling
	// that is not short (with "Hà Nội", or a brand), found when first
	// asked (namesCityOwn).
	cityOwn      []string
	cityOwnAsked bool
}

// namesCityOwn reports that the article names the city's direct union
// name by a spelling of direct.tsv that is not short: "Tổng Công ty Vận
// tải Hà Nội", "Transerco". Worked out once, when a short spelling is
// first read.
func (b *articleBodies) namesCityOwn(name string) bool {
	if !b.cityOwnAsked {
		b.cityOwnAsked = true
		low := lower(b.x.a.Text)
		for _, g := range lex.direct {
			if g.short || slices.Contains(b.cityOwn, g.name) {
				continue
			}
			for i := 0; ; {
				at := strings.Index(low[i:], g.folded)
				if at < 0 {
					break
				}
				if wordStart(low, i+at) && wordEnd(low, i+at+len(g.folded)) {
					b.cityOwn = append(b.cityOwn, g.name)
					break
				}
				i += at + len(g.folded)
			}
		}
	}
	return slices.Contains(b.cityOwn, name)
}

// abbrevUnit is the unit of the noun phrase the article writes right
// before the initials w in brackets, one word for each letter, each word
// opening on its letter ("những công nhân giỏi (CNG) …. Quận đã biểu
// dương 58 CNG": person), so that a count of the initials counts what
// the phrase does; "" if the article defines no such initials or the
// phrase names no unit.
func (b *articleBodies) abbrevUnit(w string) string {
	if b == nil || !isInitialsWord(w) {
		return ""
	}
	if !b.abbrevsAsked {
		b.abbrevsAsked = true
		if strings.Contains(b.x.a.Text, ")") {
			for _, s := range b.x.paraSentences() {
				for k := 1; k+2 < len(s.toks); k++ {
					if s.word(k) != "(" || s.word(k+2) != ")" {
						continue
					}
					ab := s.text[s.toks[k+1].start:s.toks[k+1].end]
					if !isInitialsWord(ab) {
						continue
					}
					n := utf8.RuneCountInString(ab)
					if k < n || !initialsSpell(s, k-n, ab) {
						continue
					}
					if u, end := unitAt(s, k-n); u != "" && u != "count" && end <= k {
						if b.abbrevs == nil {
							b.abbrevs = map[string]string{}
						}
						if _, ok := b.abbrevs[lower(ab)]; !ok {
							b.abbrevs[lower(ab)] = u
						}
					}
				}
			}
		}
	}
	return b.abbrevs[lower(w)]
}

// initialsSpell reports the words from token i on, one for each letter
// of ab, each opening on that letter: the phrase ab abbreviates.
func initialsSpell(s *sentence, i int, ab string) bool {
	for _, r := range ab {
		if i >= len(s.toks) || s.toks[i].kind != tokWord {
			return false
		}
		f, _ := utf8.DecodeRuneInString(s.text[s.toks[i].start:])
		if unicode.ToUpper(f) != r {
			return false
		}
		i++
	}
	return true
}

// maxFirmName is how many words a firm's name after its kind may take
// before the bracket that gives its initials.
const maxFirmName = 12

// maxInitials is how many letters a union's initials have at most.
const maxInitials = 10

// isInitialsWord reports a word of capitals only, two to maxInitials
// letters, digits allowed after the first ("BSR", "PV2"): a body's
// initials.
func isInitialsWord(w string) bool {
	n := 0
	for i, r := range w {
		switch {
		case r >= 'A' && r <= 'Z' || r == 'Đ':
		case i > 0 && r >= '0' && r <= '9':
		default:
			return false
		}
		n++
	}
	return n >= 2 && n <= maxInitials
}

// initialsOf is the union the article gives the initials w to (words as
// written), in brackets right after its full name ("Công đoàn Công ty
// cổ phần Hóa chất An Phú (ABC)"), so that "Công đoàn ABC" later names
// it; so with a brand (isBrand) in its place ("… Quốc gia Việt Nam
// (Vinachem)"); the zero orgRef if none.
func (b *articleBodies) initialsOf(w string) orgRef {
	if !isInitialsWord(w) && !isBrand(w) {
		return orgRef{}
	}
	if !b.initialsAsked {
		b.initialsAsked = true // findOrgs below asks again: none yet
		x := b.x
		if strings.Contains(x.a.Text, ")") {
			for _, s := range x.paraSentences() {
				for _, m := range findOrgs(s, x.scope) {
					k := m.end
					if m.org.back && m.org.typ == firmType {
						for k < len(s.toks) && k < m.end+maxFirmName && s.toks[k].kind == tokWord && s.word(k) != "(" && s.word(k) != "," && !isClauseMark(s.word(k)) {
							k++ // "Công đoàn Công ty cổ phần Hóa chất An Phú (ABC)": the firm's name runs to the bracket
						}
					}
					if s.word(k) != "(" || s.word(k+2) != ")" || !isInitialsWord(s.text[s.toks[k+1].start:s.toks[k+1].end]) && !isBrand(s.text[s.toks[k+1].start:s.toks[k+1].end]) {
						continue
					}
					org := m.org
					if org.back && org.typ == firmType && s.word(m.tok) == "công" && s.word(m.tok+1) == "đoàn" {
						org = firmUnionNamed(s, m.tok+2, k) // "Công đoàn Công ty cổ phần A (ABC)"
						if k == m.end {
							continue
						}
					}
					if org.name == "" || org.back || !strings.HasPrefix(org.name, "Công đoàn ") {
						continue // initials of a federation or a place are written as their own names
					}
					if b.initials == nil {
						b.initials = map[string]orgRef{}
					}
					if _, ok := b.initials[s.word(k+1)]; !ok {
						b.initials[s.word(k+1)] = org
					}
				}
			}
		}
	}
	return b.initials[lower(w)]
}

// findBodies starts what the article says of its named bodies.
func (x *articleContext) findBodies() *articleBodies {
	return &articleBodies{x: x, hostCity: hostCity(x.a.URL, x.scope)}
}

// nationalSectors are the sectors whose national union the article names
// ("Công đoàn GTVT Việt Nam"), canonically. Worked out once, with
// leadSectors, the lead's among them.
func (b *articleBodies) nationalSectors() []string {
	if b.asked {
		return b.sectors
	}
	b.asked = true // findOrgs below asks again: none yet
	x := b.x
	if !strings.Contains(x.a.Text, "Việt Nam") && !strings.Contains(x.a.Text, "VN") {
		return nil
	}
	lead := x.lead()
	for _, s := range append(slices.Clone(x.heads()), x.paraSentences()...) {
		ms := findOrgs(s, x.scope)
		for _, m := range ms {
			if sector, ok := nationalSectorOf(m.org); ok && !slices.Contains(b.sectors, sector) {
				b.sectors = append(b.sectors, sector)
				b.sectorOrgs = append(b.sectorOrgs, m.org)
			}
		}
		if s == lead && lead != nil {
			if org, ok := headingSubject(s, ms, func(string) orgRef { return orgRef{} }); ok {
				if sector, ok := nationalSectorOf(org); ok {
					b.leadSectors = append(b.leadSectors, sector)
				}
			}
		}
	}
	return b.sectors
}

// nationalSectorOf is the sector (canonically) of a national sector's
// union ("Công đoàn Giáo dục Việt Nam": "Giáo dục").
func nationalSectorOf(org orgRef) (string, bool) {
	if org.province != National || org.typ != "khác" {
		return "", false
	}
	sector, ok := strings.CutSuffix(strings.TrimPrefix(org.name, "Công đoàn "), " Việt Nam")
	if !ok {
		return "", false
	}
	// the sector as the lexicon spells it: "Dệt May" is "Dệt may"
	i := slices.IndexFunc(lex.sectors, func(g gazetteerEntry) bool { return strings.EqualFold(g.name, sector) })
	if i < 0 {
		return "", false
	}
	return lex.sectors[i].name, true
}

// hostCity is the district-level city whose name the host of link spells
// ("hoianrt.vn": Hội An): the city a bare "thành phố" of its news names.
// The zero orgRef when none is, or when the host names a province.
func hostCity(link string, sc orgScope) orgRef {
	h := hostOf(link)
	if h == "" || linkProvince(link) != "" {
		return orgRef{}
	}
	host := asciiFold(h)
	found := orgRef{}
	for _, c := range districtCities() {
		if c.era != sc.era || !strings.HasPrefix(host, c.slug) {
			continue
		}
		if found.name != "" && found.name != c.name {
			return orgRef{} // two cities of that spelling: no guess
		}
		found = orgRef{name: c.name, typ: "thành phố", province: c.province}
	}
	return found
}

// cityPlace is a district-level city with its name folded to ASCII.
type cityPlace struct {
	place
	slug string
}

// districtCities are the district-level cities of the gazetteer whose
// folded names are long enough to be read in a host.
var districtCities = sync.OnceValue(func() []cityPlace {
	var out []cityPlace
	for _, ps := range places().byName {
		for _, p := range ps {
			if p.level != 2 || p.typ != "thành phố" {
				continue
			}
			c := cityPlace{p, asciiFold(p.name)}
			if len(c.slug) >= 5 && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, func(a, b cityPlace) int { return strings.Compare(a.slug+a.province, b.slug+b.province) })
	return out
})

// siteCity is the district-level city the article's site is, if any.
func (sc orgScope) siteCity() orgRef {
	if sc.bodies == nil {
		return orgRef{}
	}
	return sc.bodies.hostCity
}

// bodyForPlace is the article's organisation when a heading's subject org
// is a province named as a bare place (its mention at token tok of s, no
// union word before it: "… lao động TP.HCM", "trên địa bàn tỉnh Đồng
// Tháp"): the first union body of that province acting after it — in the
// same heading, the headings after it, then the body's paragraphs — when
// that body is one of the province's own (a sectoral union, the civil
// servants' union); the province's federation otherwise.
func (x *articleContext) bodyForPlace(s *sentence, tok int, org orgRef) orgRef {
	if org.name == "" || org.name != org.province || org.province == National || unionBody(s, tok) > 0 || s.word(tok) == "toàn" {
		return org // "toàn tỉnh", "toàn thành phố": the province's whole union
	}
	pick := func(t *sentence, from int) (orgRef, bool) {
		for _, m := range findOrgs(t, x.scope) {
			if m.tok < from || m.object || m.org.back || m.org.name == "" || unionBody(t, m.tok) == 0 {
				continue
			}
			if m.org.province == org.province || (m.org.inherit && m.org.province == "") {
				return m.org, true
			}
			return org, true // another province's body: the place stays the article's
		}
		return orgRef{}, false
	}
	if o, ok := pick(s, tok+1); ok {
		return o
	}
	hs := x.heads()
	for i, h := range hs {
		if h != s {
			continue
		}
		for _, t := range hs[i+1:] {
			if o, ok := pick(t, 0); ok {
				return o
			}
		}
	}
	for i, t := range x.paraSentences() {
		if k := x.a.Paras[i].Kind; k == corpus.KindTitle || k == corpus.KindLead {
			continue
		}
		if o, ok := pick(t, 0); ok {
			return o
		}
	}
	return org
}

// unionLevelsOf reports a province named at token i as the owner of its
// unions at every level: "công đoàn các cấp của tỉnh Quảng Ngãi",
// "công đoàn các cấp trong tỉnh Quảng Ngãi" are the province's union acting,
// not an object of the sentence.
func unionLevelsOf(s *sentence, i int) bool {
	k := i - 1
	if w := s.word(k); w == "của" || w == "trong" {
		k--
	}
	return s.word(k) == "cấp" && s.word(k-1) == "các" && s.word(k-2) == "đoàn" && s.word(k-3) == "công"
}

// fundsOnly reports a heading's organisation m named only as whose the gift
// is, after "của" ("… nhận quà hỗ trợ của LĐLĐ thành phố"): the funder, not
// who hands it out, which a heading after it may name.
func fundsOnly(s *sentence, m mention) bool {
	return m.object && s.phraseBefore(m.tok, "của")
}

// sectorInitialsVN reads a national sectoral union written as one word of
// capitals, the sector's initials glued to "VN" ("Công đoàn BĐVN" for
// "Bưu điện Việt Nam", "CĐ ĐSVN" for "Đường sắt Việt Nam"): the initials
// of a sector's name in sectors.tsv, or an abbreviation listed there
// ("GTVTVN"). Initials of no sector ("Công đoàn EVN") name no union here.
func sectorInitialsVN(s *sentence, j int) (orgRef, bool) {
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return orgRef{}, false
	}
	w := s.text[s.toks[j].start:s.toks[j].end]
	head, ok := strings.CutSuffix(w, "VN")
	if !ok || utf8.RuneCountInString(head) < 2 || strings.ToUpper(head) != head || strings.ToLower(head) == head {
		return orgRef{}, false
	}
	name, ok := sectorInitials()[head]
	if !ok {
		return orgRef{}, false
	}
	return nationalNamed(name), true
}

// sectorInitials maps the capitals of each sector's initials ("BĐ") and
// of its one-word abbreviations ("GTVT") to its name.
var sectorInitials = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, g := range lex.sectors {
		var b strings.Builder
		for _, f := range strings.FieldsFunc(g.name, func(r rune) bool { return r == ' ' || r == ',' || r == '-' }) {
			if f == "và" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(f)
			b.WriteString(strings.ToUpper(string(r)))
		}
		if b.Len() > 0 {
			m[b.String()] = g.name
		}
		if !strings.ContainsAny(g.folded, " &-") {
			if up := strings.ToUpper(g.folded); up != strings.ToUpper(g.name) {
				m[up] = g.name
			}
		}
	}
	return m
})

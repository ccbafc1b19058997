package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lddt/unionstats/corpus"
)

// City is the canonical name of the city-level organisation.
const City = "Hà Nội"

// orgRef is a resolved organisation.
type orgRef struct {
	name, typ string
}

// mention is an organisation named in a sentence, at token tok.
type mention struct {
	tok    int
	org    orgRef
	object bool // named as an object (của, cho, đề nghị …): not the sentence's subject
}

// unionBody reports the length in tokens of a union-body word at token i
// ("lđlđ", "liên đoàn lao động", "công đoàn"), 0 if none. "Tổng Liên đoàn"
// (the national federation) is not one of ours.
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

// skipAbbrev skips a parenthesised abbreviation such as "(LĐLĐ)" at token i.
func skipAbbrev(s *sentence, i int) int {
	if i+2 < len(s.toks) && s.word(i) == "(" && s.word(i+2) == ")" {
		return i + 3
	}
	return i
}

// gazetteerAt matches a district-level name at token i.
func gazetteerAt(s *sentence, i int) (gazetteerEntry, int, bool) {
	return entryAt(s, i, lex.orgs)
}

// entryAt matches the first of entries whose name starts at token i.
func entryAt(s *sentence, i int, entries []gazetteerEntry) (gazetteerEntry, int, bool) {
	if i >= len(s.toks) {
		return gazetteerEntry{}, i, false
	}
	at := s.low[s.toks[i].start:]
	for _, g := range entries {
		if end, ok := wordAt(at, 0, g.folded); ok {
			j := i
			for j < len(s.toks) && s.toks[j].end-s.toks[i].start <= end {
				j++
			}
			return g, j, true
		}
	}
	return gazetteerEntry{}, i, false
}

// cityAt matches "thành phố (Hà Nội)", "TP (Hà Nội)", "Thủ đô" at token i.
func cityAt(s *sentence, i int) (int, bool) {
	switch {
	case s.word(i) == "thành" && s.word(i+1) == "phố":
		i += 2
	case s.word(i) == "tp":
		i++
		if s.word(i) == "." {
			i++
		}
	case s.word(i) == "thủ" && s.word(i+1) == "đô":
		return i + 2, true
	default:
		return i, false
	}
	if s.word(i) == "hà" && s.word(i+1) == "nội" {
		i += 2
	}
	return i, true
}

// capitalWords returns how many capitalised words start at token i (at most max).
func capitalWords(s *sentence, i, max int) int {
	n := 0
	for n < max && i+n < len(s.toks) && s.toks[i+n].kind == tokWord {
		r, _ := utf8.DecodeRuneInString(s.text[s.toks[i+n].start:])
		if !unicode.IsUpper(r) {
			break
		}
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
func findOrgs(s *sentence, year int) []mention {
	var out []mention
	lastEnd := -1 // token just past the previous mention
	for i := 0; i < len(s.toks); i++ {
		start := i
		var org orgRef
		w := s.word(i)
		switch {
		case w == "quận" || w == "huyện" || (w == "thị" && s.word(i+1) == "xã"):
			j := i + 1
			if w == "thị" {
				j++
			}
			if g, k, ok := gazetteerAt(s, j); ok {
				org, i = orgRef{g.name, g.typ}, k-1
			}
		case (w == "phường" || w == "xã") && s.word(i-1) != "thị" && year >= 2025:
			if n := capitalWords(s, i+1, 3); n > 0 {
				org, i = orgRef{s.span(i+1, i+1+n), w}, i+n
			}
		case w == "cụm" && s.word(i+1) == "thi" && s.word(i+2) == "đua" && s.word(i+3) == "số" &&
			i+4 < len(s.toks) && s.toks[i+4].kind == tokNumber:
			org, i = orgRef{"Cụm thi đua số " + s.word(i+4), "cụm thi đua"}, i+4
		case w == "quỹ" && s.word(i+1) == "trợ" && s.word(i+2) == "vốn":
			org, i = orgRef{City, "thành phố"}, i+2
		case w == "toàn" && s.word(i+1) == "thành" && s.word(i+2) == "phố":
			org, i = orgRef{City, "thành phố"}, i+2
		default:
			n := unionBody(s, i)
			if n == 0 {
				continue
			}
			j := skipAbbrev(s, i+n)
			if g, k, ok := entryAt(s, j, lex.direct); ok && n == 2 {
				org, i = orgRef{g.name, g.typ}, k-1
			} else if n == 2 && s.word(j) == "ngành" {
				if g, k, ok := entryAt(s, j+1, lex.sectors); ok {
					org, i = orgRef{"Công đoàn ngành " + g.name, g.typ}, k-1
				} else if c := capitalWords(s, j+1, 5); c > 0 {
					name := strings.TrimSuffix(strings.TrimSuffix(s.span(j+1, j+1+c), " Hà Nội"), " Thành phố")
					org, i = orgRef{"Công đoàn ngành " + name, "công đoàn ngành"}, j+c
				}
			} else if k, ok := cityAt(s, j); ok {
				if start == lastEnd {
					// "Cụm thi đua số 3 LĐLĐ Thành phố": the city names
					// the federation the previous organisation belongs to.
					i = k - 1
					lastEnd = k
					continue
				}
				org, i = orgRef{City, "thành phố"}, k-1
			} else if g, k, ok := gazetteerAt(s, j); ok {
				org, i = orgRef{g.name, g.typ}, k-1
			}
		}
		if org.name != "" {
			object := objectMarked(s, start) || (org.name == City && s.word(start) != "toàn" && gives(s, i+1))
			out = append(out, mention{tok: start, org: org, object: object})
			lastEnd = i + 1
		}
	}
	return out
}

// objectMarked reports whether the organisation named at token i is an
// object of the sentence (a funder, a recipient, an addressee).
func objectMarked(s *sentence, i int) bool {
	for _, p := range []string{"của", "cho", "với", "từ", "tới", "theo", "đề nghị", "đề xuất", "cấp", "ủng hộ", "hỗ trợ"} {
		if s.phraseBefore(i, p) {
			return true
		}
	}
	// "Ban Thường vụ LĐLĐ quận", "Chủ tịch LĐLĐ quận" name the body itself.
	return false
}

// gives reports a giving verb right after an organisation's name ending
// before token i: "LĐLĐ Thành phố tặng Bằng khen cho 8 tập thể". The city
// federation that gives an award or a gift is not the organisation whose
// results a district's article reports (the contract: the giver or the
// funding source does not change the organisation).
func gives(s *sentence, i int) bool {
	for k := i; k < len(s.toks) && k < i+3; k++ {
		switch s.word(k) {
		case "tặng", "trao", "khen", "cấp", "phân", "hỗ":
			return true
		}
	}
	return false
}

// articleOrg resolves the article's own organisation from its kicker, title
// and lead, in that order; failing those, the one the body names most.
func (x *articleContext) articleOrg() orgRef {
	var heads []string
	heads = append(heads, x.a.Kicker, x.a.Title)
	for _, p := range x.a.Paras {
		if p.Kind == corpus.KindLead {
			heads = append(heads, x.a.Text[p.Start:p.End])
			break
		}
	}
	for _, h := range heads {
		if h == "" {
			continue
		}
		s := &sentence{text: h, low: lower(h)}
		s.toks = tokenize(s.low)
		if ms := findOrgs(s, x.year); len(ms) > 0 {
			return ms[0].org
		}
		// a title that opens with a district's bare name: "Sóc Sơn: …"
		if h == x.a.Title {
			if g, k, ok := gazetteerAt(s, 0); ok && (s.word(k) == ":" || s.word(k) == "-" || s.word(k) == "–") {
				return orgRef{g.name, g.typ}
			}
		}
	}
	count := map[orgRef]int{}
	var best orgRef
	for _, p := range x.a.Paras {
		t := x.a.Text[p.Start:p.End]
		s := &sentence{text: t, low: lower(t)}
		s.toks = tokenize(s.low)
		for _, m := range findOrgs(s, x.year) {
			count[m.org]++
			if c := count[m.org]; c > count[best] || (c == count[best] && m.org.name < best.name) {
				best = m.org
			}
		}
	}
	return best
}

// orgFor resolves the organisation of the number at token t: the nearest
// subject named before it in the sentence; else, when the sentence points
// back to one ("LĐLĐ huyện", "quận" without a name), the last subject named
// earlier in the paragraph; else the article's own. A sentence that names
// no one ("các cấp công đoàn đã …") after a list of districts speaks for
// the article's organisation again.
func (x *articleContext) orgFor(s *sentence, t int) orgRef {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if m.tok < t && !m.object {
			return m.org
		}
	}
	if x.paraOrg.name != "" && pointsBack(s, t) {
		return x.paraOrg
	}
	return x.org
}

// pointsBack reports a district word without a name before token t: "LĐLĐ
// huyện còn trao …", "toàn quận có …".
func pointsBack(s *sentence, t int) bool {
	for k := 0; k < t; k++ {
		switch s.word(k) {
		case "quận", "huyện", "cụm", "ngành":
			if _, _, ok := gazetteerAt(s, k+1); !ok {
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

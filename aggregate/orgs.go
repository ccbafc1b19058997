package aggregate

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/lddt/unionstats/vocab"
)

// buildOrgs lists every named org of the records (named by OrgName) with
// its most common org_type (ties: the earlier type in display order), a
// unique slug, the map era it is a unit of (the first of Map.Eras that lists
// it and is in force in the first year of its records) and its predecessors
// and successors.
func (b *builder) buildOrgs() {
	types := make(map[string]map[string]int)
	firstYear := make(map[string]int) // first non-zero year of each org's records
	for i := range b.nrec() {
		r := b.rec(i)
		if r.Org == "" || b.skip[i] {
			continue
		}
		name := OrgName(r.Org, r.OrgType)
		m := types[name]
		if m == nil {
			m = make(map[string]int)
			types[name] = m
		}
		m[r.OrgType]++
		if y := firstYear[name]; r.Year != 0 && (y == 0 || r.Year < y) {
			firstYear[name] = r.Year
		}
	}
	b.orgType = make(map[string]string, len(types))
	for name, m := range types {
		best, bestN := "", 0
		for t, n := range m {
			if n > bestN || (n == bestN && vocab.CompareOrgType(t, best) < 0) {
				best, bestN = t, n
			}
		}
		b.orgType[name] = best
		b.s.Orgs = append(b.s.Orgs, Org{Name: name, Type: best})
	}
	coll := collate.New(language.Vietnamese)
	slices.SortFunc(b.s.Orgs, func(x, y Org) int {
		return cmp.Or(
			vocab.CompareOrgType(x.Type, y.Type),
			coll.CompareString(x.Name, y.Name),
			cmp.Compare(x.Name, y.Name),
		)
	})
	b.orgEra = make(map[string]int)
	for i := range b.s.Orgs {
		o := &b.s.Orgs[i]
		for e := range b.s.Map.Eras {
			era := &b.s.Map.Eras[e]
			if era.has(o.Name, o.Type) && (firstYear[o.Name] == 0 || era.inForce(firstYear[o.Name])) {
				b.orgEra[o.Name] = e + 1
				o.Map = era.Period
				break
			}
		}
		for _, sc := range b.s.Map.Successions {
			if sc.From == o.Name {
				o.Successors = append(o.Successors, sc.To...)
			}
			if slices.Contains(sc.To, o.Name) {
				o.Predecessors = append(o.Predecessors, sc.From)
			}
		}
	}
	b.orgRank = make(map[string]int, len(b.s.Orgs))
	used := make(map[string]bool, len(b.s.Orgs))
	for i := range b.s.Orgs {
		o := &b.s.Orgs[i]
		b.orgRank[o.Name] = i
		base := slug(o.Name)
		o.Slug = base
		for n := 2; used[o.Slug]; n++ {
			o.Slug = base + "-" + strconv.Itoa(n)
		}
		used[o.Slug] = true
	}
}

// compareOrg orders org names as Summary.Orgs does; "" (the city-wide sum)
// comes first.
func (b *builder) compareOrg(x, y string) int {
	if x == y {
		return 0
	}
	return cmp.Compare(b.rankOf(x), b.rankOf(y))
}

func (b *builder) rankOf(org string) int {
	if org == "" {
		return -1
	}
	return b.orgRank[org]
}

// slug returns the ASCII file-name form of an org name: diacritics removed,
// đ as d, lower case, every run of other characters as one '-'
// ("Cụm thi đua số 6" → "cum-thi-dua-so-6"). It returns "org" for a name
// with no letter or digit.
func slug(name string) string {
	var sb strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r == 'đ' || r == 'Đ' {
			r = 'd'
		}
		r = unicode.ToLower(r)
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			sb.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if sb.Len() == 0 {
		return "org"
	}
	return sb.String()
}

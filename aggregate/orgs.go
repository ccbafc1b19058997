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

// cityUnits are the org types whose yearly figures add up to a city total:
// district-level and commune-level units and sectoral unions. Clusters (cụm
// thi đua) group other units and would count them twice.
var cityUnits = map[string]bool{
	"quận": true, "huyện": true, "thị xã": true, "phường": true, "xã": true, "công đoàn ngành": true,
}

// buildOrgs lists every named org of the records with its most common
// org_type (ties: the earlier type in display order) and a unique slug.
func (b *builder) buildOrgs() {
	types := make(map[string]map[string]int)
	for _, r := range b.s.Records {
		if r.Org == "" {
			continue
		}
		m := types[r.Org]
		if m == nil {
			m = make(map[string]int)
			types[r.Org] = m
		}
		m[r.OrgType]++
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

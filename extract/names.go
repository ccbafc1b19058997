package extract

import (
	"strings"
	"sync"
)

// Canonical names: a body the lexicons know (the national federation,
// sectors.tsv's sector unions, national and of a province, bodies.tsv's
// national and zone bodies, direct.tsv's unions of the city, and the
// province-level unions the conventions name) comes out in the one
// spelling its list gives, however the article writes its letter case,
// its dashes or its tone marks ("Công đoàn Dệt May Việt Nam", "Công đoàn
// Giao thông Vận tải Việt Nam", "Công đoàn các Khu Công nghiệp tỉnh A"):
// a report counts each body once. Places need nothing here: their names
// are the gazetteer's by construction.

// knownNames are the known bodies' names: byKey maps nameKey of each to
// the name, spelt holds the names themselves, found without folding.
type knownNames struct {
	byKey map[string]string
	spelt map[string]bool
}

// canonicalNames are the names of every known body.
var canonicalNames = sync.OnceValue(func() knownNames {
	m, spelt := map[string]string{}, map[string]bool{}
	add := func(name string) {
		spelt[name] = true
		k := nameKey(name)
		if _, ok := m[k]; !ok {
			m[k] = name
		}
	}
	add(nationalFederation)
	for _, n := range []string{"Công đoàn Viên chức", "Công đoàn Viên chức Việt Nam", "Công đoàn các Khu công nghiệp", "Công đoàn các Khu kinh tế"} {
		add(n)
	}
	for _, g := range lex.sectors {
		add("Công đoàn ngành " + g.name)
		add("Công đoàn " + g.name + " Việt Nam")
	}
	for _, b := range bodyLexicon().entries {
		add(b.name)
	}
	for _, g := range lex.direct {
		add(g.name)
	}
	return knownNames{byKey: m, spelt: spelt}
})

// nameKey is an organisation's name folded for canonicalNames: lower
// case, tone marks placed the new way, dashes written "-" with no space
// around them, and one space between words.
func nameKey(name string) string {
	k := variants(name)[0]
	k = dashes.Replace(k)
	k = strings.Join(strings.Fields(k), " ")
	return strings.ReplaceAll(strings.ReplaceAll(k, " -", "-"), "- ", "-")
}

var dashes = strings.NewReplacer("–", "-", "—", "-")

// canonicalName is the name the lexicons give the body spelt name, or
// name itself when they know no such body. Only a name of a union body
// ("Công đoàn …", "Tổng Liên đoàn …") is looked up.
func canonicalName(name string) string {
	if !strings.HasPrefix(name, "Công đoàn ") && !strings.HasPrefix(name, "Tổng ") {
		return name
	}
	known := canonicalNames()
	if known.spelt[name] {
		return name // spelt as its list spells it: the common case
	}
	if c, ok := known.byKey[nameKey(name)]; ok {
		return c
	}
	return name
}

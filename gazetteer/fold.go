package gazetteer

import (
	"slices"
	"strings"

	"github.com/lddt/unionstats/gazetteer/internal/viet"
)

// Fold is the form the gazetteer compares names in, exported so that
// callers can index text the same way: NFC, lower case, hyphens and dashes
// read as spaces ("Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu"), white space
// collapsed, and the new tone placement (tone on the first vowel of oa, oe,
// uy ending a word, not after q: "hoà" → "hòa", "thuỷ" → "thủy"), which is
// also the canonical spelling of extract's lexicons.
func Fold(s string) string { return viet.Fold(s) }

// abbreviations are the type words written short before a name, folded:
// "TP. Vinh", "TX. Sơn Tây", "Q. Ba Đình", "H. Sóc Sơn", "P. Ba Đình".
var abbreviations = []struct{ short, full string }{
	{"tp.", "thành phố"}, {"tp ", "thành phố"},
	{"tx.", "thị xã"}, {"tx ", "thị xã"},
	{"tt.", "thị trấn"}, {"tt ", "thị trấn"},
	{"q.", "quận"}, {"h.", "huyện"}, {"p.", "phường"}, {"x.", "xã"},
}

// shortNames are names written as initials: "HCM", "TPHCM", "TP.HCM",
// "TP HCM" for Thành phố Hồ Chí Minh.
var shortNames = map[string]string{
	"hcm":   "hồ chí minh",
	"tphcm": "thành phố hồ chí minh",
	"tphn":  "thành phố hà nội",
}

// cityShortNames are initials read as a city's name only after its type
// word: "TP HN", "TP. HN" (a bare "HN" may stand for "hội nghị").
var cityShortNames = map[string]string{
	"hn": "hà nội",
}

// Aliases returns, folded, the other names a province of an era goes by:
// its name before or after a change of type ("thừa thiên huế" for the new
// Huế, "huế" for the old province) and the initials articles write for it
// ("hcm", "tphcm"). Nil for any other unit.
func Aliases(u Unit) []string {
	if u.Level != LevelProvince {
		return nil
	}
	var out []string
	for _, a := range provinceAliases[u.Era][u.Code] {
		out = append(out, Fold(a))
	}
	name := Fold(u.Name)
	for short, full := range shortNames {
		if full == name || full == "thành phố "+name {
			out = append(out, short)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Expand folds s and spells out an abbreviated type word and the initials
// of a name: "TP.HCM" → "thành phố hồ chí minh", "Q.3" and "Q3" → "quận 3",
// "H. Sóc Sơn" → "huyện sóc sơn", "TX.Sơn Tây" → "thị xã sơn tây". It is the
// key Lookup and Province search by.
func Expand(s string) string {
	f := Fold(s)
	if full, ok := shortNames[f]; ok {
		return full
	}
	for _, a := range abbreviations {
		if rest, ok := strings.CutPrefix(f, a.short); ok {
			if rest = strings.TrimSpace(rest); rest != "" {
				if full, ok := shortNames[rest]; ok && a.full == "thành phố" {
					rest = full
				} else if full, ok := cityShortNames[rest]; ok && a.full == "thành phố" {
					rest = full
				}
				return a.full + " " + rest
			}
		}
	}
	// "Q3", "P12": a type initial glued to a number.
	if len(f) > 1 && (f[0] == 'q' || f[0] == 'p') && strings.Trim(f[1:], "0123456789") == "" {
		if f[0] == 'q' {
			return "quận " + f[1:]
		}
		return "phường " + f[1:]
	}
	return f
}

// spellingSets are words of the Central Highlands' names that papers and
// the map spell several ways, each set read as one word: "Đak Pơ", "Đăk
// Pơ"; "Đắk Lắk", "Đắc Lắc"; "Đắk Nông", "Đăk Nông". Folded.
var spellingSets = [][]string{
	{"đak", "đăk", "đắk", "đắc"},
	{"lắk", "lắc"},
}

// joinedSpellings are names also written run together: "Kontum".
var joinedSpellings = [][2]string{{"kon tum", "kontum"}}

// Spellings returns the other ways a folded name is written, by the words
// of spellingSets and joinedSpellings, without name itself: "đăk pơ" →
// "đak pơ", "đắk pơ", "đắc pơ". Nil for a name with none of those words.
// The gazetteer's lookups and extract's place index both take a name's
// spellings from it, so that the map and the text fold alike.
func Spellings(name string) []string {
	out := []string{name}
	words := strings.Split(name, " ")
	for wi, w := range words {
		for _, set := range spellingSets {
			if !slices.Contains(set, w) {
				continue
			}
			for _, o := range slices.Clone(out) {
				ws := strings.Split(o, " ")
				for _, alt := range set {
					if alt != w {
						ws[wi] = alt
						out = append(out, strings.Join(ws, " "))
					}
				}
			}
		}
	}
	for _, j := range joinedSpellings {
		for _, o := range slices.Clone(out) {
			for _, pair := range [][2]string{{j[0], j[1]}, {j[1], j[0]}} {
				if r := replaceWords(o, pair[0], pair[1]); r != o {
					out = append(out, r)
				}
			}
		}
	}
	if len(out) == 1 {
		return nil
	}
	slices.Sort(out)
	out = slices.Compact(out)
	return slices.DeleteFunc(out, func(s string) bool { return s == name })
}

// replaceWords replaces old by new in s where old is whole words.
func replaceWords(s, old, new string) string {
	padded := strings.ReplaceAll(" "+s+" ", " "+old+" ", " "+new+" ")
	return padded[1 : len(padded)-1]
}

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

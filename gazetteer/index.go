package gazetteer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// index is the parsed data file. The units of a name and the edges of the
// mapping are spans of one shared slice, so that loading allocates little.
type index struct {
	units []Unit              // Old then New, by level, then code
	prov  []int32             // a unit's province
	dist  []int32             // an old ward's or commune's district, else -1
	code  [2]map[string]int32 // era → code → unit
	name  [2]map[string]int32 // era → folded name → names
	names []span              // the units of a name
	succ  []span              // old ward, commune or island district → new units
	pred  []span              // new ward, commune or special zone → old units
	lists []int32
}

// span is lists[start:end].
type span struct{ start, end int32 }

// load parses the embedded data once. The data is generated and tested:
// a parse error is a build defect, so it panics.
var load = sync.OnceValue(func() *index {
	ix, err := parse(data)
	if err != nil {
		panic("gazetteer: " + err.Error())
	}
	return ix
})

// parse reads the data file: unit lines (era, level, code, type, name,
// province code, district code, and for an Old unit gone by 30 June 2025
// the date it was last seen), then mapping lines (M, old code, new code).
func parse(src string) (*index, error) {
	lines, mapping := strings.Count(src, "\n")+1, strings.Count(src, "\nM\t")
	ix := &index{units: make([]Unit, 0, lines-mapping)}
	refs := make([][2]string, 0, lines-mapping) // province and district codes of each unit
	edges := make([][2]string, 0, mapping)
	eraSize := [2]int{}
	var f [8]string
	for n := 1; src != ""; n++ {
		var line string
		line, src, _ = strings.Cut(src, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		nf := split(line, f[:])
		if f[0] == "M" && nf == 3 {
			edges = append(edges, [2]string{f[1], f[2]})
			continue
		}
		if nf != len(f)-1 && (nf != len(f) || f[0] != "O" || f[7] == "") {
			return nil, fmt.Errorf("line %d: %d fields", n, nf)
		}
		seen := ""
		if nf == len(f) {
			seen = f[7]
		}
		var era Era
		switch f[0] {
		case "O":
			era = Old
		case "N":
			era = New
		default:
			return nil, fmt.Errorf("line %d: era %q", n, f[0])
		}
		level, err := strconv.Atoi(f[1])
		if err != nil || level < LevelProvince || level > LevelCommune {
			return nil, fmt.Errorf("line %d: level %q", n, f[1])
		}
		eraSize[era-1]++
		ix.units = append(ix.units, Unit{Code: f[2], Type: f[3], Name: f[4], Level: level, Era: era, Seen: seen})
		refs = append(refs, [2]string{f[5], f[6]})
	}
	for e := range ix.code {
		ix.code[e] = make(map[string]int32, eraSize[e])
		ix.name[e] = make(map[string]int32, 2*eraSize[e])
	}
	for i, u := range ix.units {
		codes := ix.code[u.Era-1]
		if j, ok := codes[u.Code]; ok {
			if u.Seen == "" || ix.units[j].Seen != "" {
				return nil, fmt.Errorf("code %s twice in the %s era", u.Code, u.Era)
			}
			continue // a gone unit whose code the unit on the map kept
		}
		codes[u.Code] = int32(i)
	}
	if err := ix.resolve(refs); err != nil {
		return nil, err
	}
	ix.index(edges)
	if err := ix.link(edges); err != nil {
		return nil, err
	}
	return ix, nil
}

// split splits a tab-separated line into f and returns the number of
// fields, which may exceed len(f).
func split(line string, f []string) int {
	n := 0
	for {
		field, rest, more := strings.Cut(line, "\t")
		if n < len(f) {
			f[n] = field
		}
		n++
		if !more {
			return n
		}
		line = rest
	}
}

// resolve sets each unit's province and district from their codes.
func (ix *index) resolve(refs [][2]string) error {
	ix.prov = make([]int32, len(ix.units))
	ix.dist = make([]int32, len(ix.units))
	for i := range ix.units {
		u := &ix.units[i]
		codes := ix.code[u.Era-1]
		p, ok := codes[refs[i][0]]
		if !ok || ix.units[p].Level != LevelProvince {
			return fmt.Errorf("%s unit %s: no province %s", u.Era, u.Code, refs[i][0])
		}
		ix.prov[i] = p
		u.Province = provinceName(ix.units[p].Name)
		ix.dist[i] = -1
		if refs[i][1] != "" {
			d, ok := codes[refs[i][1]]
			if !ok || ix.units[d].Level != LevelDistrict || ix.prov[d] != p {
				return fmt.Errorf("%s unit %s: no district %s", u.Era, u.Code, refs[i][1])
			}
			ix.dist[i] = d
			u.District = ix.units[d].Name
		}
	}
	return nil
}

// index lists every unit under the folded names it is found by.
func (ix *index) index(edges [][2]string) {
	type named struct{ name, unit int32 }
	pairs := make([]named, 0, 2*len(ix.units))
	var count []int32 // units per name
	var keys [8]string
	for i := range ix.units {
		u := &ix.units[i]
		names := ix.name[u.Era-1]
		var aliases []string
		if u.Level == LevelProvince {
			aliases = provinceAliases[u.Era][u.Code]
		}
		for _, key := range nameKeys(keys[:0], u, aliases) {
			id, ok := names[key]
			if !ok {
				id = int32(len(count))
				names[key] = id
				count = append(count, 0)
			}
			count[id]++
			pairs = append(pairs, named{id, int32(i)})
		}
	}
	ix.names = make([]span, len(count))
	end := int32(0)
	for id, n := range count {
		ix.names[id] = span{end, end}
		end += n
	}
	ix.lists = make([]int32, end, int(end)+2*len(edges))
	for _, p := range pairs {
		s := &ix.names[p.name]
		ix.lists[s.end] = p.unit
		s.end++
	}
}

// nameKeys appends to keys the folded names a unit is found by, once
// each: its name, its type and name, a province's contract spelling, and
// aliases. The data's names are NFC with the new tone placement, so
// folding them is lower-casing them (TestDataIsFolded).
func nameKeys(keys []string, u *Unit, aliases []string) []string {
	full := foldData(u.Type, u.Name)
	name := full[len(u.Type)+1:]
	if t := u.Type; len(name) > len(t) && name[:len(t)] == t && name[len(t)] == ' ' &&
		strings.Trim(name[len(t)+1:], "0123456789") == "" {
		keys = append(keys, name) // "quận 3": a bare "3" is no name
	} else {
		keys = append(keys, name, full)
	}
	if u.Level == LevelProvince {
		keys = appendNew(keys, foldData("", u.Province)[1:])
		for _, a := range aliases {
			keys = appendNew(keys, Fold(a))
		}
	}
	return keys
}

// foldData folds typ + " " + name, a name of the data file, in one
// allocation. It lower-cases rune by rune through a table of the runes
// below U+1F00 (Latin, Vietnamese letters included) and leaves the rest to
// Fold, as it does names with dashes.
func foldData(typ, name string) string {
	if strings.Contains(name, "-") {
		return Fold(typ + " " + name)
	}
	lower := lowerTable()
	var b strings.Builder
	b.Grow(len(typ) + 1 + len(name))
	b.WriteString(typ)
	b.WriteByte(' ')
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(name[i:])
		switch {
		case int(r) >= len(lower):
			return Fold(typ + " " + name)
		case lower[r] == r:
			b.WriteString(name[i : i+n])
		default:
			b.WriteRune(lower[r])
		}
		i += n
	}
	return b.String()
}

// lowerTable maps every rune below U+1F00 to its lower case.
var lowerTable = sync.OnceValue(func() []rune {
	t := make([]rune, 0x1F00)
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	return t
})

func appendNew(keys []string, k string) []string {
	if slices.Contains(keys, k) {
		return keys
	}
	return append(keys, k)
}

// link lists the mapping's edges both ways, each list in unit order.
func (ix *index) link(edges [][2]string) error {
	from := make([]int32, len(edges))
	to := make([]int32, len(edges))
	for k, e := range edges {
		f, ok1 := ix.code[Old-1][e[0]]
		t, ok2 := ix.code[New-1][e[1]]
		if !ok1 || !ok2 || ix.units[f].Level == LevelProvince || ix.units[t].Level != LevelCommune {
			return fmt.Errorf("mapping %s → %s: no such old ward or district, or new ward", e[0], e[1])
		}
		from[k], to[k] = f, t
	}
	ix.succ = ix.spans(from, to)
	ix.pred = ix.spans(to, from)
	return nil
}

// spans appends the edges' heads to lists grouped by tail, heads in unit
// order, and returns each unit's span.
func (ix *index) spans(tail, head []int32) []span {
	order := make([]int, len(tail))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return int(head[a] - head[b]) })
	count := make([]int32, len(ix.units)+1)
	for _, t := range tail {
		count[t+1]++
	}
	start := int32(len(ix.lists))
	for i := range ix.units {
		count[i+1] += count[i]
	}
	s := make([]span, len(ix.units))
	for i := range s {
		s[i] = span{start + count[i], start + count[i]}
	}
	ix.lists = append(ix.lists, make([]int32, len(tail))...)
	for _, k := range order {
		sp := &s[tail[k]]
		ix.lists[sp.end] = head[k]
		sp.end++
	}
	return s
}

// list copies units out; the caller owns the slice.
func (ix *index) list(idx []int32) []Unit {
	if len(idx) == 0 {
		return nil
	}
	out := make([]Unit, len(idx))
	for i, j := range idx {
		out[i] = ix.units[j]
	}
	return out
}

func (ix *index) spanOf(s span) []int32 { return ix.lists[s.start:s.end] }

// named returns the units of an era that name finds, after Expand.
func (ix *index) named(name string, era Era) []int32 {
	if era != Old && era != New {
		return nil
	}
	key := Expand(name)
	id, ok := ix.name[era-1][key]
	if !ok {
		// another spelling of the name ("huyện Đak Pơ" for the map's "huyện
		// Đăk Pơ"), only when the name as written finds nothing, so that a
		// spelling the map gives one unit keeps finding that unit
		for _, alt := range Spellings(key) {
			if id, ok = ix.name[era-1][alt]; ok {
				break
			}
		}
		if !ok {
			return nil
		}
	}
	return ix.spanOf(ix.names[id])
}

// province returns the first province that name finds.
func (ix *index) province(name string, era Era) (int32, bool) {
	for _, i := range ix.named(name, era) {
		if ix.units[i].Level == LevelProvince {
			return i, true
		}
	}
	return 0, false
}

// where returns the units of an era and level that keep says to keep.
func (ix *index) where(era Era, level int, keep func(int32) bool) []int32 {
	var out []int32
	for i, u := range ix.units {
		if u.Era == era && u.Level == level && keep(int32(i)) {
			out = append(out, int32(i))
		}
	}
	return out
}

// gather returns, sorted and once each, extra and the units that the
// edges of every unit keep says to keep lead to, or their provinces when
// up is prov.
func (ix *index) gather(edges []span, extra []int32, keep func(int32) bool, up []int32) []int32 {
	out := slices.Clone(extra)
	for j := range ix.units {
		if !keep(int32(j)) {
			continue
		}
		for _, k := range ix.spanOf(edges[j]) {
			if up != nil {
				k = up[k]
			}
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

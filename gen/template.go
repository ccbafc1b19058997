package gen

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// segKind says how one piece of a template is rendered.
type segKind uint8

const (
	segLit    segKind = iota // literal text
	segAlt                   // one of alts, e.g. "[CĐCS|công đoàn cơ sở]"
	segPh                    // a placeholder such as @S (subject) or @Y (year)
	segCount                 // {#unit}: a counted figure
	segXY                    // {/unit}: X/Y, a result against a target or total
	segMoney                 // {$}: a sum of money
	segRate                  // {$/}: money per unit (mỗi suất …)
	segPct                   // {%}: a percentage
	segDat                   // {dat}: "(đạt N%)" restating the last X/Y
	segThr                   // {thr}: threshold number, not a metric
	segCovid                 // {covid}: " do dịch Covid-19" in 2020–2022, else nothing
	segDate                  // {date}: day/month, not a metric
	segDoc                   // {doc}: document number, maybe dated
	segArt                   // {art}: article number of a law
	segPhone                 // {phone}: a hotline number
	segDisc                  // {disc}: a discount range
	segAnniv                 // {anniv}: anniversary of Công đoàn Việt Nam
	segSchool                // {school}: a school year
	segAge                   // {age}: an age threshold
	segTime                  // {time}: a clock time
)

var directives = map[string]segKind{
	"dat": segDat, "thr": segThr, "covid": segCovid, "date": segDate, "doc": segDoc,
	"art": segArt, "phone": segPhone, "disc": segDisc, "anniv": segAnniv,
	"school": segSchool, "age": segAge, "time": segTime,
}

// seg is one parsed piece of a template.
type seg struct {
	kind   segKind
	lit    string
	alts   [][]seg // alternatives of a segAlt, each parsed like a template
	ph     byte    // placeholder letter for segPh
	unit   string  // unit code for figure slots
	lo, hi int64   // range override for figure slots, 0 when unset
}

// tmpl is a parsed phrase-bank entry.
//
// Syntax: "[a|b|]" picks one alternative (possibly empty); "@X" is a
// placeholder (S subject, A area, O full org name, T title name, Y year,
// P planned year, M multi-year marker, N a person's name, X another org,
// Z some other year); "{#unit}", "{/unit}", "{$}", "{$/}", "{%}" are figure
// slots, optionally with a range "{#person:1-60}"; "{dat}", "{thr}" and the
// other directives render non-metric text. A leading "!" marks a template
// that only reads as a reported result (never planned); then "=CATEGORY "
// gives the template's figures a category other than its bank's (an award
// to members' children told among the welfare phrases is emulation).
type tmpl struct {
	cat          string
	segs         []seg
	achievedOnly bool
	hasYear      bool // contains @Y: names the reporting year
	hasPlan      bool // contains @P: names the planned year
	dirty        bool // may mention another year (dated document, anniversary, school year)
	src          string
}

// mustParse parses a phrase-bank entry; the banks are static, so a syntax
// error is a programming error caught by the package tests at init.
func mustParse(cat, src string) *tmpl {
	t, err := parseTmpl(cat, src)
	if err != nil {
		panic(err)
	}
	return t
}

func parseTmpl(cat, src string) (*tmpl, error) {
	t := &tmpl{cat: cat, src: src}
	s := src
	if strings.HasPrefix(s, "!") {
		t.achievedOnly = true
		s = s[1:]
	}
	if rest, ok := strings.CutPrefix(s, "="); ok {
		cat, body, found := strings.Cut(rest, " ")
		if !found || cat == "" {
			return nil, fmt.Errorf("template %q: a category after = and a space", src)
		}
		t.cat, s = cat, body
	}
	if err := t.parse(s, true); err != nil {
		return nil, fmt.Errorf("template %q: %w", src, err)
	}
	return t, nil
}

// parse appends the segments of s to t; alternatives are parsed recursively
// but cannot nest.
func (t *tmpl) parse(s string, top bool) error {
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			t.segs = append(t.segs, seg{kind: segLit, lit: lit.String()})
			lit.Reset()
		}
	}
	for len(s) > 0 {
		switch c := s[0]; c {
		case '[':
			end := strings.IndexByte(s, ']')
			if end < 0 || !top {
				return errors.New("unclosed or nested [")
			}
			flush()
			alt := seg{kind: segAlt}
			for _, a := range strings.Split(s[1:end], "|") {
				sub := &tmpl{}
				if err := sub.parse(a, false); err != nil {
					return err
				}
				alt.alts = append(alt.alts, sub.segs)
				t.hasYear = t.hasYear || sub.hasYear
				t.hasPlan = t.hasPlan || sub.hasPlan
				t.dirty = t.dirty || sub.dirty
			}
			t.segs = append(t.segs, alt)
			s = s[end+1:]
		case '@':
			if len(s) < 2 || !strings.ContainsRune("SAOTYPMNXZ", rune(s[1])) {
				return errors.New("bad placeholder")
			}
			flush()
			t.segs = append(t.segs, seg{kind: segPh, ph: s[1]})
			t.hasYear = t.hasYear || s[1] == 'Y'
			t.hasPlan = t.hasPlan || s[1] == 'P'
			s = s[2:]
		case '{':
			end := strings.IndexByte(s, '}')
			if end < 0 {
				return errors.New("unclosed {")
			}
			flush()
			sg, err := parseSlot(s[1:end])
			if err != nil {
				return err
			}
			t.segs = append(t.segs, sg)
			t.dirty = t.dirty || sg.kind == segDoc || sg.kind == segAnniv || sg.kind == segSchool
			s = s[end+1:]
		default:
			if c == ']' || c == '}' || c == '|' {
				return fmt.Errorf("stray %q in literal text", c)
			}
			lit.WriteByte(c)
			s = s[1:]
		}
	}
	flush()
	return nil
}

func parseSlot(body string) (seg, error) {
	if k, ok := directives[body]; ok {
		return seg{kind: k}, nil
	}
	spec, rng, hasRange := strings.Cut(body, ":")
	var sg seg
	switch {
	case spec == "$":
		sg = seg{kind: segMoney, unit: "vnd"}
	case spec == "$/":
		sg = seg{kind: segRate, unit: "vnd"}
	case spec == "%":
		sg = seg{kind: segPct, unit: "percent"}
	case strings.HasPrefix(spec, "#") && unitRange[spec[1:]] != [2]int64{}:
		sg = seg{kind: segCount, unit: spec[1:]}
	case strings.HasPrefix(spec, "/") && unitRange[spec[1:]] != [2]int64{}:
		sg = seg{kind: segXY, unit: spec[1:]}
	default:
		return seg{}, fmt.Errorf("unknown slot {%s}", body)
	}
	if hasRange {
		a, b, ok := strings.Cut(rng, "-")
		lo, err1 := strconv.ParseInt(a, 10, 64)
		hi, err2 := strconv.ParseInt(b, 10, 64)
		if !ok || err1 != nil || err2 != nil || lo <= 0 || hi < lo {
			return seg{}, fmt.Errorf("bad range in {%s}", body)
		}
		sg.lo, sg.hi = lo, hi
	}
	return sg, nil
}

// unitRange is the default range of a yearly figure of a district union,
// per unit; organisations scale it (orgInfo.scale).
var unitRange = map[string][2]int64{
	"member":       {80, 2500},
	"union":        {3, 60},
	"person":       {10, 3000},
	"collective":   {3, 200},
	"organization": {5, 300},
	"household":    {3, 300},
	"gift":         {50, 2500},
	"vnd":          {5_000_000, 3_000_000_000},
	"percent":      {60, 100},
	"event":        {2, 60},
	"initiative":   {10, 1500},
	"item":         {50, 30000},
	"count":        {3, 150},
}

package gen

import "strconv"

// GoldRecord is one labelled number mention, in the JSON shape of
// shared/gold/seeds.jsonl (field order included).
type GoldRecord struct {
	Doc         string   `json:"doc"` // article path relative to the corpus root
	Value       float64  `json:"value"`
	Denominator *float64 `json:"denominator"` // Y of an X/Y form, else null
	Unit        string   `json:"unit"`
	Qualifier   string   `json:"qualifier"`
	Basis       string   `json:"basis"`
	Status      string   `json:"status"`
	Period      string   `json:"period"`
	Year        int      `json:"year"`
	Org         string   `json:"org"`
	OrgType     string   `json:"org_type"`
	Province    string   `json:"province"` // every generated organisation is Hà Nội's
	Category    string   `json:"category"`
	Text        string   `json:"text"`   // the surface phrase around the number
	Offset      int      `json:"offset"` // byte offset of the number's first digit in the article
}

// Contract codes used in GoldRecord. The generator spells the contract's
// codes (these, the org types in orgs.go, the units and categories of its
// phrase banks) itself rather than importing extract's: the gold it writes
// is what extraction is scored against, so it must come from the contract
// (../shared/spec/metrics.md), not from the code under test, where a wrong
// or renamed code would be copied into the gold and scored as right.
// TestCoverage checks that every code of the contract is generated and
// that nothing else is.
const (
	qualExact    = "exact"
	qualMoreThan = "more_than"
	qualAtLeast  = "at_least"
	qualAbout    = "about"

	basisTotal   = "total"
	basisPerUnit = "per_unit"

	statusAchieved = "achieved"
	statusPlanned  = "planned"

	periodYear      = "year"
	periodMultiYear = "multi_year"
	periodSnapshot  = "snapshot"
)

// appendJSON appends g as one JSON object in the field order of the gold
// files, without the reflection of encoding/json (the gold file is larger
// than the corpus, so this is on the hot path).
func (g *GoldRecord) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"doc":`...)
	dst = appendJSONString(dst, g.Doc)
	dst = append(dst, `,"value":`...)
	dst = strconv.AppendFloat(dst, g.Value, 'f', -1, 64)
	dst = append(dst, `,"denominator":`...)
	if g.Denominator == nil {
		dst = append(dst, "null"...)
	} else {
		dst = strconv.AppendFloat(dst, *g.Denominator, 'f', -1, 64)
	}
	for _, f := range [...]struct{ key, val string }{
		{`,"unit":`, g.Unit}, {`,"qualifier":`, g.Qualifier}, {`,"basis":`, g.Basis},
		{`,"status":`, g.Status}, {`,"period":`, g.Period},
	} {
		dst = append(dst, f.key...)
		dst = appendJSONString(dst, f.val)
	}
	dst = append(dst, `,"year":`...)
	dst = strconv.AppendInt(dst, int64(g.Year), 10)
	for _, f := range [...]struct{ key, val string }{
		{`,"org":`, g.Org}, {`,"org_type":`, g.OrgType}, {`,"province":`, g.Province}, {`,"category":`, g.Category}, {`,"text":`, g.Text},
	} {
		dst = append(dst, f.key...)
		dst = appendJSONString(dst, f.val)
	}
	dst = append(dst, `,"offset":`...)
	dst = strconv.AppendInt(dst, int64(g.Offset), 10)
	return append(dst, '}')
}

// appendJSONString appends s as a JSON string; s is valid UTF-8 (the
// generator writes nothing else), so only quotes, backslashes and control
// characters need escaping.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

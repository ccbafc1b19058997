package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/lddt/unionstats/vocab"
)

// Record is one number mention, as defined in the data contract
// (../shared/spec/metrics.md). The JSON form is one line of metrics.jsonl.
type Record struct {
	Doc         string   `json:"doc"`
	Value       float64  `json:"value"`
	Denominator *float64 `json:"denominator"`
	Unit        string   `json:"unit"`
	Qualifier   string   `json:"qualifier"`
	Basis       string   `json:"basis"`
	Status      string   `json:"status"`
	Period      string   `json:"period"`
	Year        int      `json:"year"`
	Org         string   `json:"org"`
	OrgType     string   `json:"org_type"`
	Category    string   `json:"category"`
	Evidence    string   `json:"evidence"`
	Offset      int      `json:"offset"`

	// Beyond the contract: what a reader needs to trace and group a figure.
	Text       string   `json:"text"`                 // the surface phrase, e.g. "kết nạp 1.715/1250 đoàn viên"
	Noun       string   `json:"noun"`                 // the counted head noun as written, folded (lower case), e.g. "đoàn viên"
	Pos        int      `json:"pos"`                  // byte offset of the number in the cleaned article text
	Len        int      `json:"len"`                  // byte length of the number phrase in the cleaned text
	Para       int      `json:"para"`                 // index of the paragraph in the cleaned article
	Completion *float64 `json:"completion,omitempty"` // completion percent stated right after an X/Y ("đạt 137,24%")
}

// Field values of Record, as the contract spells them (see package vocab,
// which holds them for every stage).
const (
	QualExact    = vocab.QualExact
	QualMoreThan = vocab.QualMoreThan
	QualAtLeast  = vocab.QualAtLeast
	QualAbout    = vocab.QualAbout

	BasisTotal   = vocab.BasisTotal
	BasisPerUnit = vocab.BasisPerUnit

	StatusAchieved = vocab.StatusAchieved
	StatusPlanned  = vocab.StatusPlanned

	PeriodYear      = vocab.PeriodYear
	PeriodMultiYear = vocab.PeriodMultiYear
	PeriodSnapshot  = vocab.PeriodSnapshot
)

// Units lists the unit codes of the contract, in report order.
var Units = vocab.Units

// Categories lists the category codes of the contract, in report order.
var Categories = vocab.Categories

// Sort orders records by Doc, then Offset, then Pos: the order of metrics.jsonl.
func Sort(rs []Record) {
	slices.SortStableFunc(rs, func(a, b Record) int {
		if c := strings.Compare(a.Doc, b.Doc); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Offset, b.Offset); c != 0 {
			return c
		}
		return cmp.Compare(a.Pos, b.Pos)
	})
}

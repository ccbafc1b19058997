package gen

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
	Category    string   `json:"category"`
	Text        string   `json:"text"`   // the surface phrase around the number
	Offset      int      `json:"offset"` // byte offset of the number's first digit in the article
}

// Contract codes used in GoldRecord.
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

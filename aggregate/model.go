package aggregate

import (
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// Article is one source article as aggregated: the article as read (Doc as
// in extract.Record.Doc; records' Pos/Len index into its Text) with what
// aggregation learns of it.
type Article struct {
	corpus.Article
	Year    int   // reporting year inferred for the article (most common record year), 0 if none
	Records []int // indices into Summary.Records, in text order
}

// Warning is a problem with one input file that did not stop the build:
// those met reading the corpus, and those aggregation adds.
type Warning = corpus.Warning

// Input is everything aggregation reads: the cleaned articles, their records
// (in any order) and the warnings met while reading them.
type Input struct {
	Articles []corpus.Article
	Records  []extract.Record // sorted in place by Build, which keeps them
	Warnings []Warning
}

// Org is one organisation that appears in the records.
type Org struct {
	Name string // canonical name, "Ba Đình", "Hà Nội", "Cụm thi đua số 6"
	Type string // org_type of the contract
	Slug string // ASCII file-name slug, unique: "ba-dinh"
}

// Fact is one figure after de-duplication: every record that states the same
// thing (see the package documentation for the rule) points to one Fact.
type Fact struct {
	Org       string
	OrgType   string
	Year      int
	Category  string
	Unit      string
	Noun      string
	Value     float64
	Qualifier string
	Status    string
	Period    string
	Basis     string
	Derived   bool  // computed (count × per-unit rate), not stated in the text
	Records   []int // indices into Summary.Records that state it; first is the one shown
}

// Cell is one aggregated number: the sum of Facts.
type Cell struct {
	Org      string // "" for a city-wide total row
	OrgType  string
	Year     int
	Category string
	Unit     string
	Value    float64
	Approx   bool  // at least one summed fact is not exact (hơn, gần, khoảng…)
	Derived  bool  // at least one summed fact is derived
	Facts    []int // indices into Summary.Facts
}

// Target is a planned figure with the result reported against it.
type Target struct {
	Org        string
	Year       int
	Category   string
	Unit       string
	Planned    float64
	Achieved   *float64 // nil when no result was reported
	Completion *float64 // Achieved / Planned × 100, nil without a result
	Stated     *float64 // completion percent stated in the text, if any
	Facts      []int
}

// Change is the year-over-year change of one yearly total.
type Change struct {
	Org      string
	Category string
	Unit     string
	Year     int
	Previous float64
	Current  float64
	Percent  *float64 // nil when Previous is 0
}

// Check kinds.
const (
	CheckCompletion = "completion_mismatch" // stated percent disagrees with X/Y
	CheckConflict   = "conflicting_values"  // two articles, same org/year/measure, different values
	CheckNoResult   = "plan_without_result" // planned figure with no later result
	CheckNoOrg      = "no_org"              // no organisation could be resolved
)

// Check is one consistency problem for the clerk to look at.
type Check struct {
	Kind    string
	Message string // Vietnamese, one sentence
	Records []int  // indices into Summary.Records involved
}

// Summary is the whole aggregated view that the report stage renders.
// Every slice is sorted deterministically.
type Summary struct {
	Records      []extract.Record // sorted by Doc then Offset; an index here is a record's id
	Articles     []Article        // sorted by Doc
	Facts        []Fact
	Orgs         []Org // sorted: city first, then by type and name
	Years        []int // ascending
	Categories   []string
	Yearly       []Cell   // achieved yearly flows summed per org, year, category, unit
	CityTotals   []Cell   // per year, category, unit: the sum over districts, wards and sectoral unions (Org "")
	CityReported []Cell   // the city's own Yearly cells ("Hà Nội"): shown beside CityTotals, never added to them
	Snapshots    []Cell   // latest stock per org, category, unit
	Targets      []Target // planned figures with their results
	MultiYear    []Fact   // multi-year figures, never added into a single year
	Changes      []Change // year-over-year change of Yearly
	Checks       []Check
	Warnings     []Warning
}

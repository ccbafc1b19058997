package aggregate

import (
	"slices"

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
	Records  []extract.Record // in any order; Build packs and sorts a copy (unless Table is set)
	// Table, when set, holds the records instead of Records, packed (as a
	// build reads them): Build sorts it in place and keeps it while it runs
	// (Summary.Packed).
	Table    *extract.Table
	Warnings []Warning
	Map      *Map // the map coverage is counted against; nil: DefaultMap
	// Province is the report's province ("Hà Nội"): records of other
	// provinces, of national bodies ("Việt Nam") and of none stay in
	// Records (the open data) but enter no fact, table or total; "" keeps
	// every record in (a corpus of one province).
	Province string
	// Cache, when set, keeps each year's facts and tables between builds:
	// a year whose inputs did not change takes them from it (see
	// PartCache). The Summary is the same with or without it.
	Cache PartCache
	// AfterTexts, when set, is called once during Build, as soon as it
	// has read what it reads of the texts (the records' periods, the
	// pairing of rates and counts in a sentence, the checks quoting a
	// phrase), before the facts are made: from then on Build reads no
	// article's Text or Paras and no record's Evidence or Text, so that
	// the caller may move them out of memory while the rest of
	// aggregation runs. The Summary it is given is not complete: its
	// records (Packed) and Articles are (in their final order and with
	// their final values, not to be reordered), the rest is not.
	AfterTexts func(*Summary)
	// AfterFacts, when set, is called once during Build, after AfterTexts,
	// as soon as the facts are made: from then on Build reads no record
	// at all, so that the caller may move them out of memory while the
	// years' passes run. The caller may set the Summary's Packed to nil
	// there; the Summary Build returns then has no Records, and the
	// caller puts them back, as they were, before anything reads the
	// Summary.
	AfterFacts func(*Summary)
}

// Org is one organisation that appears in the records.
type Org struct {
	Name         string   // canonical name, "Ba Đình", "Hà Nội", "Cụm thi đua số 6", "Phường Hoàn Kiếm" (see OrgName)
	Type         string   // org_type of the contract
	Slug         string   // ASCII file-name slug, unique: "ba-dinh"
	Map          string   // Period of the map era it is a unit of ("đến 30/6/2025"), "" if of none
	Predecessors []string // old units whose area it took (Map.Successions)
	Successors   []string // new units that took its area
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
	Period    string // as read by aggregation: a yearly flow that the text presents as a stock is a snapshot
	Span      Span   // the part of the year a flow covers; zero for the whole year
	Basis     string
	Derived   bool  // computed (count × per-unit rate), not stated in the text
	Records   []int // indices into Summary.Records that state it; first is the one shown
}

// FactValue is what the report reads of a Fact: its value, whether it is
// derived, and the records that state it. Summary.Facts holds these, not
// whole facts: the rest of a fact is its records' (or its cell's, target's,
// conflict's), and a large archive has nearly as many facts as records.
type FactValue struct {
	Value   float64
	Derived bool
	Records []int // as Fact.Records
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
	Span     Span  // part of the year the figure covers (a year-to-date figure); zero for the whole year
	Conflict bool  // facts of this org, year and measure disagree and are left out of Value (see Summary.Conflicts)
	Facts    []int // indices into Summary.Facts
}

// UnitSum is the sum of one year's figures over the units of one map era
// that report them: never a city total, always shown with its coverage.
type UnitSum struct {
	Cell              // Org "": the sum, its facts and flags
	Coverage Coverage // how many of the era's units it sums
	Era      int      // index into Summary.Map.Eras
	Units    []string // the units summed, in Summary.Orgs order
	Partial  []string // of them, those whose figure covers part of the year
}

// Conflict is one org, year and measure for which articles give different
// values: none of them is added into any total until it is resolved.
type Conflict struct {
	Org      string
	Year     int
	Category string
	Unit     string
	Noun     string
	Facts    []int // the disagreeing facts, by value
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
	Span       Span     // part of the year Achieved covers: a progress figure, not a final result, unless zero
	Facts      []int    // the plan's facts: an X/Y target's fact, then the plans it states; else the planned fact
	// Result are the facts of the Yearly cell Achieved is (rule 9(b)), nil
	// for none: after Build the cell's own list, shared, not a copy (at
	// 100,000 articles the copies were 49 MB, held until the last book is
	// written). Read them, do not change them.
	Result []int
}

// AllFacts is the target's facts as its pages and books list them: Facts,
// then Result. It allocates when the target has a result.
func (t *Target) AllFacts() []int {
	if len(t.Result) == 0 {
		return t.Facts
	}
	return slices.Concat(t.Facts, t.Result)
}

// Change is the like-for-like year-over-year change of one org's yearly
// figure, or of a sum over the units that report both years.
type Change struct {
	Org      string // "" for a sum of units
	Category string
	Unit     string
	Year     int
	Previous float64
	Current  float64
	Percent  *float64 // nil when Previous is 0
	Compared int      // for a sum of units: how many units are compared
	Coverage Coverage // for a sum of units: the coverage of the current year's sum
	Via      []string // across the map reform: the successor units summed for Current
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
	// Records are sorted by Doc then Offset; an index here is a record's
	// id. The build drops them as soon as the facts are made
	// (Input.AfterFacts), the report reading them back from a scratch
	// file (report.RecordSource).
	Records []extract.Record
	// Packed holds the records while Build runs (Input.AfterTexts and
	// AfterFacts read them there; Records is nil until Build returns):
	// 120 bytes a record against 272, at 100,000 articles 229 MB against
	// 518. Build unpacks them into Records as it returns, unless
	// AfterFacts took them away; Packed is then nil.
	Packed       *extract.Table
	Articles     []Article   // sorted by Doc
	Facts        []FactValue // the facts (see Fact), in the order their ids index
	Orgs         []Org       // sorted: city first, then by type and name
	Years        []int       // ascending
	Categories   []string
	Yearly       []Cell     // achieved yearly flows summed per org, year, category, unit
	UnitSums     []UnitSum  // per year, map era, category, unit: the sum over the era's units that report it
	CityReported []Cell     // the city's own Yearly cells ("Hà Nội"): the headline, never added to UnitSums
	Conflicts    []Conflict // measures whose articles disagree, kept out of every total
	Map          Map        // the map coverage is counted against
	Snapshots    []Cell     // latest stock per org, category, unit
	Targets      []Target   // planned figures with their results
	MultiYear    []Fact     // multi-year figures, never added into a single year
	Changes      []Change   // year-over-year change of Yearly
	Checks       []Check
	Warnings     []Warning
	Province     string // the report's province, "" for every record
	// LeftOut lists, ascending, the records outside the report's province:
	// in the open data and on their articles' pages, in no table.
	LeftOut []int
}

// InScope reports whether record i is in the report's province.
func (s *Summary) InScope(i int) bool {
	_, found := slices.BinarySearch(s.LeftOut, i)
	return !found
}

package aggregate

// BuildWithFacts is Build, which also gives the facts whole, for the tests
// that read more of a fact than Summary.Facts keeps.
func BuildWithFacts(in Input) (*Summary, []Fact) { return build(in) }

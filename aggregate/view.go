package aggregate

import (
	"strings"

	"github.com/lddt/unionstats/extract"
)

// recordView is what the steps after the facts read of the records, so
// that Input.AfterFacts may take the records themselves out of memory
// while the years' passes run (494 MB at 100,000 articles, 272 bytes a
// record, against 4 bytes a record here): each record's article, by its
// number in Doc order (the order the tables break ties in, and the
// articles the conflicts name), and the denominator and completion a few
// records state.
type recordView struct {
	doc  []int32  // per record: the number of its Doc in docs
	docs []string // the records' Docs, ascending, each once
	// The denominators and completions stated, by record.
	denominators, completions map[int]float64
}

// newRecordView is the view of records, sorted by Doc (as Build sorts
// them).
func newRecordView(records *extract.Table) *recordView {
	v := &recordView{
		doc:          make([]int32, records.Len()),
		denominators: map[int]float64{}, completions: map[int]float64{},
	}
	for i := range records.Len() {
		r := records.At(i)
		if i == 0 || r.Doc != records.Doc(i-1) {
			// A copy: the record's Doc may be a part of a larger string
			// (a cache payload) that would stay with it.
			v.docs = append(v.docs, strings.Clone(r.Doc))
		}
		v.doc[i] = int32(len(v.docs) - 1)
		if r.Denominator != nil {
			v.denominators[i] = *r.Denominator
		}
		if r.Completion != nil {
			v.completions[i] = *r.Completion
		}
	}
	return v
}

// len is the number of records.
func (v *recordView) len() int { return len(v.doc) }

// docOf is record i's Doc.
func (v *recordView) docOf(i int) string { return v.docs[v.doc[i]] }

// compareDocs compares the Docs of records i and j as strings compare.
func (v *recordView) compareDocs(i, j int) int {
	switch x, y := v.doc[i], v.doc[j]; {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// denominator is record i's Denominator (a copy), nil for none.
func (v *recordView) denominator(i int) *float64 {
	d, ok := v.denominators[i]
	if !ok {
		return nil
	}
	return &d
}

// completion is record i's Completion (a copy), nil for none.
func (v *recordView) completion(i int) *float64 {
	c, ok := v.completions[i]
	if !ok {
		return nil
	}
	return &c
}

package build

import (
	"reflect"
	"testing"

	"github.com/lddt/unionstats/extract"
)

// TestSpliceRecords checks that the corrected records of the articles
// named replace theirs at their place in the table: in place when every
// such article keeps its number of records, else in a new table, an
// article that had no record included.
func TestSpliceRecords(t *testing.T) {
	rec := func(doc string, off int) extract.Record {
		return extract.Record{Doc: doc, Offset: off, Unit: "người", Evidence: doc + " câu"}
	}
	table := []extract.Record{rec("a", 1), rec("a", 2), rec("b", 1), rec("c", 1), rec("c", 2)}
	tests := []struct {
		name    string
		named   []string
		recs    []extract.Record
		want    []extract.Record
		inPlace bool
	}{
		{"changed", []string{"b", "d"}, []extract.Record{rec("b", 9)},
			[]extract.Record{rec("a", 1), rec("a", 2), rec("b", 9), rec("c", 1), rec("c", 2)}, true},
		{"one rejected, one added to an article of none", []string{"a", "bb"}, []extract.Record{rec("a", 2), rec("bb", 5)},
			[]extract.Record{rec("a", 2), rec("b", 1), rec("bb", 5), rec("c", 1), rec("c", 2)}, false},
		{"added at the end", []string{"c", "z"}, []extract.Record{rec("c", 1), rec("c", 2), rec("z", 3)},
			[]extract.Record{rec("a", 1), rec("a", 2), rec("b", 1), rec("c", 1), rec("c", 2), rec("z", 3)}, false},
		{"every record of an article rejected", []string{"a"}, nil,
			[]extract.Record{rec("b", 1), rec("c", 1), rec("c", 2)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := extract.Pack(table)
			named := map[string]bool{}
			for _, d := range tt.named {
				named[d] = true
			}
			got := spliceRecords(tb, named, tt.recs)
			if (got == tb) != tt.inPlace {
				t.Errorf("in place: %v, want %v", got == tb, tt.inPlace)
			}
			if recs := got.Unpack(); !reflect.DeepEqual(recs, tt.want) {
				t.Errorf("records:\n got %+v\nwant %+v", recs, tt.want)
			}
		})
	}
}

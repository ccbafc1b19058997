package report

import (
	"testing"

	"github.com/lddt/unionstats/extract"
)

// TestSameEvidence checks that SameEvidence tells sentences apart by their
// places without reading them (the same place, or lengths that differ),
// reads those of the same length in two places, and the records holding
// their own, and compares every sentence read when there are no places.
func TestSameEvidence(t *testing.T) {
	sentences := []string{"Trao 35 suất quà.", "Trao 35 suất quà.", "Trao 36 suất quà.", "Kết nạp 120 đoàn viên.", "Trao 35 suất quà."}
	// Records 0 and 1 share a place; 2 is another sentence of the same
	// length; 3 is longer; 4 holds its own, equal to 0's.
	place := func(at, n int) uint64 { return uint64(at)<<PlaceLengthBits | uint64(n) }
	places := []uint64{place(100, len(sentences[0])), place(100, len(sentences[0])), place(500, len(sentences[2])), place(900, len(sentences[3])), 0}
	recs := make([]extract.Record, len(sentences))
	for k := range recs {
		recs[k].Evidence = sentences[k]
	}
	src := NewRecordSource(recs, nil)
	var reads int
	of := func(k int) (string, error) { reads++; return sentences[k], nil }
	check := func(a, b int, want bool, wantReads int) {
		t.Helper()
		reads = 0
		got, err := src.SameEvidence(a, b, of)
		if err != nil || got != want || reads != wantReads {
			t.Errorf("SameEvidence(%d, %d) = %v, %v after %d reads; want %v after %d", a, b, got, err, reads, want, wantReads)
		}
	}
	check(0, 1, true, 2) // no places yet: read
	check(0, 2, false, 2)
	src.SetPlaces(func(k int) (uint64, bool) { return places[k], places[k] != 0 })
	check(0, 1, true, 0)
	check(0, 3, false, 0)
	check(0, 2, false, 2)
	check(0, 4, true, 2)
	check(3, 4, false, 2)
	if same, err := src.SameEvidence(2, 0, nil); err != nil || same {
		t.Errorf("SameEvidence through Evidence = %v, %v; want false", same, err)
	}
}

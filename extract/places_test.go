package extract

import (
	"strings"
	"testing"
)

// placesAtRef is placesAt without the index of first words: every run of
// tokens from i is looked up.
func placesAtRef(s *sentence, i int, ok func(place) bool) ([]place, int) {
	var best []place
	end := i
	for k := i + 1; k <= len(s.toks); k++ {
		if keep := filterPlaces(places().byName[s.low[s.toks[i].start:s.toks[k-1].end]], ok); len(keep) > 0 {
			best, end = keep, k
		}
	}
	return best, end
}

func checkPlacesAt(t *testing.T, text string) {
	t.Helper()
	low := lower(text)
	s := &sentence{text: text, low: low, toks: tokenize(low)}
	filters := map[string]func(place) bool{
		"any":      func(place) bool { return true },
		"province": func(p place) bool { return p.level == 1 },
		"ward":     func(p place) bool { return p.level == 3 },
	}
	for i := range len(s.toks) + 1 {
		for name, ok := range filters {
			got, gotEnd := placesAt(s, i, ok)
			want, wantEnd := placesAtRef(s, i, ok)
			if gotEnd != wantEnd || len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] && got[0] != want[0] {
				t.Fatalf("placesAt(%q, token %d, %s) = %d places to token %d, want %d to token %d", low, i, name, len(got), gotEnd, len(want), wantEnd)
			}
		}
	}
}

// TestPlacesAt looks every name of the index up at every token of a short
// text holding it.
func TestPlacesAt(t *testing.T) {
	for name := range places().byName {
		checkPlacesAt(t, "tại "+name+" , "+strings.ToUpper(name)+" năm 2025")
	}
}

func FuzzPlacesAt(f *testing.F) {
	for _, s := range []string{
		"LĐLĐ quận Ba Đình và huyện Ba Vì, tỉnh Bà Rịa - Vũng Tàu",
		"Công đoàn phường Thuận An (TP Cần Thơ), Quận 3, TP.HCM",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPlacesAt(t, s)
	})
}

// TestPlaceFilters: the filters in front of the index's maps are empty
// enough to turn most words and runs away.
func TestPlaceFilters(t *testing.T) {
	count := func(words []uint64) (set int) {
		for _, w := range words {
			for ; w != 0; w &= w - 1 {
				set++
			}
		}
		return set
	}
	ix := places()
	if set, n := count(ix.firstWords[:]), len(ix.firstWords)*64; set > n/3 {
		t.Errorf("%d of the first-word filter's %d bits are set", set, n)
	}
	if set, n := count(ix.names[:]), len(ix.names)*64; set > n/5 {
		t.Errorf("%d of the name filter's %d bits are set", set, n)
	}
}

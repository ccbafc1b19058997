package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestLinkProvince(t *testing.T) {
	tests := []struct {
		name, link, want string
	}{
		{"provincial paper", "https://baonghean.vn/a-1.html", "Nghệ An"},
		{"home paper", "https://laodongthudo.vn/a-1.html", City},
		{"short name at the host's start", "https://huengaynay.vn/a-1.html", "Huế"},
		{"short name after bao", "https://baohue.vn/a-1.html", "Huế"},
		{"short name inside a word", "https://khuevan.vn/a-1.html", ""},
		{"national paper", "https://nld.com.vn/a-1.htm", ""},
		{"paper whose host does not spell its province", "http://baoapbac.vn/xa-hoi/a/", "Tiền Giang"},
		{"no link", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := linkProvince(tt.link); got != tt.want {
				t.Errorf("linkProvince(%q) = %q, want %q", tt.link, got, tt.want)
			}
		})
	}
}

func TestPaperCity(t *testing.T) {
	for link, want := range map[string]string{
		"https://nld.com.vn/cong-doan/a.htm": "Thành phố Hồ Chí Minh",
		"https://www.sggp.org.vn/a.html":     "Thành phố Hồ Chí Minh",
		"https://laodongthudo.vn/a.html":     City,
		"https://dantri.com.vn/a.htm":        "",
		"":                                   City,
	} {
		if got := paperCity(link); got != want {
			t.Errorf("paperCity(%q) = %q, want %q", link, got, want)
		}
	}
}

func TestProvinceOrg(t *testing.T) {
	tests := []struct {
		province, name, typ string
	}{
		{"Huế", "Huế", "thành phố"},
		{"Thừa Thiên Huế", "Thừa Thiên Huế", "tỉnh"},
		{"Đà Nẵng", "Đà Nẵng", "thành phố"},
		{"Nghệ An", "Nghệ An", "tỉnh"},
	}
	for _, tt := range tests {
		t.Run(tt.province, func(t *testing.T) {
			got := provinceOrg(tt.province)
			if got.name != tt.name || got.typ != tt.typ || got.province != tt.name {
				t.Errorf("provinceOrg(%q) = %+v, want %s (%s)", tt.province, got, tt.name, tt.typ)
			}
		})
	}
}

// placesAtRef is placesAt without the index of first words: every run of
// tokens from i is looked up.
func placesAtRef(s *sentence, i int, ok func(place) bool) ([]place, int) {
	var best []place
	end := i
	for k := i + 1; k <= len(s.toks); k++ {
		name := s.low[s.toks[i].start:s.toks[k-1].end]
		keep := filterPlaces(places().byName[name], ok)
		if len(keep) == 0 {
			keep = filterPlaces(places().spelt[name], ok)
		}
		if len(keep) > 0 {
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
	for name := range places().spelt {
		checkPlacesAt(t, "tại "+name+" , "+strings.ToUpper(name)+" năm 2025")
	}
}

// TestPlacesAtSpelling: the type word's level chooses between a town and
// its district whose names fold alike; a bare name keeps the unit its
// spelling names.
func TestPlacesAtSpelling(t *testing.T) {
	for _, c := range []struct {
		text  string
		level int // 0: any
		want  string
	}{
		{"đak pơ", 2, "Đăk Pơ"},
		{"đăk pơ", 3, "Đak Pơ"},
		{"đak pơ", 0, "Đak Pơ"},
		{"đăk pơ", 0, "Đăk Pơ"},
		{"đắc lắc", 1, "Đắk Lắk"},
		{"kontum", 1, "Kon Tum"},
	} {
		s := &sentence{text: c.text, low: c.text, toks: tokenize(c.text)}
		ps, _ := placesAt(s, 0, func(p place) bool { return c.level == 0 || p.level == c.level })
		if len(ps) == 0 || slices.ContainsFunc(ps, func(p place) bool { return p.name != c.want }) { // one unit, of either map
			t.Errorf("placesAt(%q, level %d) = %+v, want %s", c.text, c.level, ps, c.want)
		}
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

package gazetteer

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestExpand(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"TP.HCM", "TP.HCM", "thành phố hồ chí minh"},
		{"TP. HCM", "TP. HCM", "thành phố hồ chí minh"},
		{"TP HCM", "TP HCM", "thành phố hồ chí minh"},
		{"TPHCM", "TPHCM", "thành phố hồ chí minh"},
		{"HCM", "HCM", "hồ chí minh"},
		{"Tp.Hồ Chí Minh", "Tp.Hồ Chí Minh", "thành phố hồ chí minh"},
		{"TP. Vinh", "TP. Vinh", "thành phố vinh"},
		{"Q.3", "Q.3", "quận 3"},
		{"Q. 3", "Q. 3", "quận 3"},
		{"Q3", "Q3", "quận 3"},
		{"Q. Ba Đình", "Q. Ba Đình", "quận ba đình"},
		{"P.12", "P.12", "phường 12"},
		{"P12", "P12", "phường 12"},
		{"H. Sóc Sơn", "H. Sóc Sơn", "huyện sóc sơn"},
		{"H.Sóc Sơn", "H.Sóc Sơn", "huyện sóc sơn"},
		{"TX. Sơn Tây", "TX. Sơn Tây", "thị xã sơn tây"},
		{"TX Sơn Tây", "TX Sơn Tây", "thị xã sơn tây"},
		{"TT. Phùng", "TT. Phùng", "thị trấn phùng"},
		{"X. Hồng Vân", "X. Hồng Vân", "xã hồng vân"},
		{"old tones", "Huyện Ứng Hoà", "huyện ứng hòa"},
		{"HCM only after TP", "P.HCM", "phường hcm"},
		{"a bare abbreviation", "TP.", "tp."},
		{"a name starting with Q", "Quốc Oai", "quốc oai"},
		{"a name starting with H", "Hà Đông", "hà đông"},
		{"Q alone", "Q", "q"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Expand(tt.in); got != tt.want {
				t.Errorf("Expand(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzExpand(f *testing.F) {
	for _, s := range []string{"TP.HCM", "Q3", "H. Sóc Sơn", "tx.", "Hoà Bình", "q.tp.x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Expand(s)
		if again := Expand(got); again != got {
			t.Errorf("Expand(%q) = %q, Expand of that = %q", s, got, again)
		}
		if Fold(got) != got {
			t.Errorf("Expand(%q) = %q, not folded", s, got)
		}
	})
}

func TestSpellings(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"đăk pơ", []string{"đak pơ", "đắc pơ", "đắk pơ"}},
		{"kon tum", []string{"kontum"}},
		{"ba đình", nil},
		{"đắk lắk", []string{"đak lắc", "đak lắk", "đăk lắc", "đăk lắk", "đắc lắc", "đắc lắk", "đắk lắc"}},
	} {
		if got := Spellings(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Spellings(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLookupSpelling(t *testing.T) {
	// the type word chooses between the town and the district that fold
	// alike; a bare name keeps the unit its spelling names
	if us := Lookup("huyện Đak Pơ", Old); len(us) != 1 || us[0].Name != "Đăk Pơ" {
		t.Errorf("huyện Đak Pơ = %v", us)
	}
	if us := Lookup("thị trấn Đăk Pơ", Old); len(us) != 1 || us[0].Name != "Đak Pơ" {
		t.Errorf("thị trấn Đăk Pơ = %v", us)
	}
	if us := Lookup("Đak Pơ", Old); len(us) != 1 || us[0].Type != "thị trấn" {
		t.Errorf("Đak Pơ = %v", us)
	}
	if us := Lookup("tỉnh Đắc Lắc", Old); len(us) != 1 || us[0].Name != "Đắk Lắk" {
		t.Errorf("tỉnh Đắc Lắc = %v", us)
	}
	if us := Lookup("Kontum", Old); len(us) == 0 {
		t.Errorf("Kontum = %v", us)
	}
}

package aggregate

import "testing"

func TestOrgName(t *testing.T) {
	tests := []struct {
		name, org, typ, want string
	}{
		{"district keeps its name", "Hoàn Kiếm", "quận", "Hoàn Kiếm"},
		{"ward takes its type", "Hoàn Kiếm", "phường", "Phường Hoàn Kiếm"},
		{"commune takes its type", "Sóc Sơn", "xã", "Xã Sóc Sơn"},
		{"township takes its type", "Chúc Sơn", "thị trấn", "Thị trấn Chúc Sơn"},
		{"already named with its type", "phường Cửa Nam", "phường", "phường Cửa Nam"},
		{"no org", "", "phường", ""},
		{"city", "Hà Nội", "thành phố", "Hà Nội"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := OrgName(tt.org, tt.typ); got != tt.want {
				t.Errorf("OrgName(%q, %q) = %q, want %q", tt.org, tt.typ, got, tt.want)
			}
		})
	}
}

func TestCoverage(t *testing.T) {
	tests := []struct {
		name       string
		c          Coverage
		want       string
		meaningful bool
	}{
		{"few districts", Coverage{Reported: 4, Total: 30, Label: "quận, huyện, thị xã"}, "4/30 quận, huyện, thị xã", false},
		{"a quarter of the districts", Coverage{Reported: 8, Total: 30, Label: "quận, huyện, thị xã"}, "8/30 quận, huyện, thị xã", true},
		{"five of many wards", Coverage{Reported: 14, Total: 126, Label: "phường, xã"}, "14/126 phường, xã", false},
		{"five of a small map", Coverage{Reported: 5, Total: 6, Label: "quận"}, "5/6 quận", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if got := tt.c.Meaningful(); got != tt.meaningful {
				t.Errorf("Meaningful() = %v, want %v", got, tt.meaningful)
			}
		})
	}
}

func TestDefaultMap(t *testing.T) {
	m := DefaultMap()
	if n := m.Eras[0].total(); n != 30 {
		t.Errorf("districts until 30/6/2025: %d, want 30", n)
	}
	if n := m.Eras[1].total(); n != 126 {
		t.Errorf("wards and communes from 1/7/2025: %d, want 126", n)
	}
	seen := make(map[string]bool)
	for _, u := range m.Eras[0].Units {
		if seen[u.Name] {
			t.Errorf("district %q listed twice", u.Name)
		}
		seen[u.Name] = true
	}
	for y, want := range map[int][2]bool{2024: {true, false}, 2025: {true, true}, 2026: {false, true}} {
		for e := range m.Eras {
			if got := m.Eras[e].inForce(y); got != want[e] {
				t.Errorf("era %d in force in %d: %v, want %v", e, y, got, want[e])
			}
		}
	}
}

package build

import (
	"errors"
	"testing"
)

func TestProvinceMap(t *testing.T) {
	tests := []struct {
		name, in, want string
		eras           []int // units per era
		labels         []string
	}{
		{"Hà Nội", "Hà Nội", "Hà Nội", []int{30, 126}, []string{"quận, huyện, thị xã", "phường, xã"}},
		{"an abbreviation", "TP.HCM", "Thành phố Hồ Chí Minh", nil, nil},
		{"a province merged away in 2025", "Hải Dương", "Hải Dương", []int{12}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m, err := ProvinceMap(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("province %q; want %q", got, tt.want)
			}
			if tt.eras != nil {
				if len(m.Eras) != len(tt.eras) {
					t.Fatalf("%d eras; want %d", len(m.Eras), len(tt.eras))
				}
				for i, n := range tt.eras {
					if m.Eras[i].Total != n || len(m.Eras[i].Units) != n {
						t.Errorf("era %d: %d units (total %d); want %d", i, len(m.Eras[i].Units), m.Eras[i].Total, n)
					}
					if tt.labels != nil && m.Eras[i].Label != tt.labels[i] {
						t.Errorf("era %d label %q; want %q", i, m.Eras[i].Label, tt.labels[i])
					}
				}
			}
		})
	}
	_, m, _ := ProvinceMap("Hà Nội")
	found := false
	for _, s := range m.Successions {
		if s.From == "Hoàn Kiếm" {
			for _, to := range s.To {
				found = found || to == "Phường Hoàn Kiếm"
			}
		}
	}
	if !found {
		t.Errorf("quận Hoàn Kiếm is not succeeded by Phường Hoàn Kiếm: %v", m.Successions[:3])
	}
	if _, _, err := ProvinceMap("Atlantis"); !errors.Is(err, ErrProvince) {
		t.Errorf("an unknown province gives %v; want ErrProvince", err)
	}
}

package extract

import "testing"

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

package aggregate

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/lddt/unionstats/extract"
)

// The periods of DefaultMap's two eras.
const (
	oldMap = "đến 30/6/2025"
	newMap = "từ 1/7/2025"
)

func TestOrgs(t *testing.T) {
	tests := []struct {
		name    string
		records []extract.Record
		want    []Org
	}{
		{
			name: "city first, then type order, then Vietnamese collation",
			records: []extract.Record{
				rec("a", 1, 1, "union", cum),
				rec("a", 2, 1, "union", hk),
				rec("a", 3, 1, "union", org("Sóc Sơn", "huyện")),
				rec("a", 4, 1, "union", dd),
				rec("a", 5, 1, "union"),
				rec("a", 6, 1, "union", hn),
				rec("a", 7, 1, "union", org("Công đoàn ngành Y tế", "công đoàn ngành")),
				rec("a", 8, 1, "union", org("", "")),
			},
			want: []Org{
				{Name: "Hà Nội", Type: "thành phố", Slug: "ha-noi"},
				{Name: "Ba Đình", Type: "quận", Slug: "ba-dinh", Map: oldMap},
				{Name: "Đống Đa", Type: "quận", Slug: "dong-da", Map: oldMap},
				{Name: "Hoàn Kiếm", Type: "quận", Slug: "hoan-kiem", Map: oldMap, Successors: []string{"Phường Hoàn Kiếm"}},
				{Name: "Sóc Sơn", Type: "huyện", Slug: "soc-son", Map: oldMap, Successors: []string{"Xã Sóc Sơn"}},
				{Name: "Công đoàn ngành Y tế", Type: "công đoàn ngành", Slug: "cong-doan-nganh-y-te"},
				{Name: "Cụm thi đua số 6", Type: "cụm thi đua", Slug: "cum-thi-dua-so-6"},
			},
		},
		{
			name: "most common type wins",
			records: []extract.Record{
				rec("a", 1, 1, "union", org("Sơn Tây", "thị xã")),
				rec("a", 2, 1, "union", org("Sơn Tây", "khác")),
				rec("a", 3, 1, "union", org("Sơn Tây", "thị xã")),
			},
			want: []Org{{Name: "Sơn Tây", Type: "thị xã", Slug: "son-tay", Map: oldMap}},
		},
		{
			name: "clashing slugs numbered in order",
			records: []extract.Record{
				rec("a", 1, 1, "union", org("Hà Đông", "quận")),
				rec("a", 2, 1, "union", org("Ha Dong", "quận")),
			},
			want: []Org{
				{Name: "Ha Dong", Type: "quận", Slug: "ha-dong"},
				{Name: "Hà Đông", Type: "quận", Slug: "ha-dong-2", Map: oldMap},
			},
		},
		{
			name: "a district and the ward with its name are two orgs, linked",
			records: []extract.Record{
				rec("a", 1, 1, "union", org("Sóc Sơn", "huyện"), year(2024)),
				rec("b", 1, 1, "union", org("Sóc Sơn", "xã"), year(2025)),
				rec("c", 1, 1, "union", org("Tràng Tiền", "phường"), year(2022)),
			},
			want: []Org{
				{Name: "Sóc Sơn", Type: "huyện", Slug: "soc-son", Map: oldMap, Successors: []string{"Xã Sóc Sơn"}},
				{Name: "Phường Tràng Tiền", Type: "phường", Slug: "phuong-trang-tien"},
				{Name: "Xã Sóc Sơn", Type: "xã", Slug: "xa-soc-son", Map: newMap, Predecessors: []string{"Sóc Sơn"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(Input{Records: tt.records})
			if diff := cmp.Diff(tt.want, s.Orgs); diff != "" {
				t.Errorf("orgs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"cluster", "Cụm thi đua số 6", "cum-thi-dua-so-6"},
		{"đ", "Đống Đa", "dong-da"},
		{"decomposed input", "Ba \u0110i\u0300nh", "ba-dinh"},
		{"punctuation", " Quỹ trợ vốn (CNVCLĐ) – Thủ đô ", "quy-tro-von-cnvcld-thu-do"},
		{"nothing left", "–", "org"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slug(tt.in); got != tt.want {
				t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestYearsAndCategories(t *testing.T) {
	s := Build(Input{Records: []extract.Record{
		rec("a", 1, 1, "union", year(2021), category("other")),
		rec("a", 2, 1, "union", year(0), category("welfare")),
		rec("a", 3, 1, "union", year(2019), category("membership")),
		rec("a", 4, 1, "union", year(2021), category("welfare")),
	}})
	if diff := cmp.Diff([]int{2019, 2021}, s.Years); diff != "" {
		t.Errorf("years (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"membership", "welfare", "other"}, s.Categories); diff != "" {
		t.Errorf("categories (-want +got):\n%s", diff)
	}
}

func TestMethodology(t *testing.T) {
	rules := Methodology()
	if n := len(rules); n < 10 || n > 14 {
		t.Errorf("got %d rules, want 10 to 14", n)
	}
	seen := make(map[string]bool)
	for _, r := range rules {
		if r.Title == "" || r.Text == "" || !utf8.ValidString(r.Title+r.Text) {
			t.Errorf("incomplete rule %+v", r)
		}
		if seen[r.Title] {
			t.Errorf("duplicate rule title %q", r.Title)
		}
		seen[r.Title] = true
	}
}

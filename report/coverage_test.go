package report

import (
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
)

// render renders the summary s and returns its pages by path.
func render(t *testing.T, s *aggregate.Summary) map[string]string {
	t.Helper()
	files, err := Site(s, testConfig())
	if err != nil {
		t.Fatalf("Site: %v", err)
	}
	out := map[string]string{}
	for _, f := range files {
		data, err := fileBytes(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f.Path] = string(data)
	}
	return out
}

func TestSumsShowCoverage(t *testing.T) {
	pages := render(t, fixture())
	sumNote := SumNote(&aggregate.Summary{Map: aggregate.DefaultMap()})
	tests := []struct {
		name, path string
		want       []string
	}{
		{"year page", "nam/2022.html", []string{"<h2>Cộng các đơn vị có số liệu</h2>", "2/30 quận, huyện, thị xã", "<h2>LĐLĐ Thành phố báo cáo</h2>", sumNote}},
		{"category page", "linh-vuc/membership.html", []string{"Cộng các quận, huyện, thị xã có số liệu", "(2/30 quận, huyện, thị xã)", sumNote}},
		{"home page", "index.html", []string{"(LĐLĐ Thành phố báo cáo)", "(cộng 2/30 quận, huyện, thị xã có số liệu)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, ok := pages[tt.path]
			if !ok {
				t.Fatalf("no page %s", tt.path)
			}
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("%s lacks %q", tt.path, w)
				}
			}
		})
	}
	for path, page := range pages {
		if strings.Contains(page, ">Toàn thành phố") {
			t.Errorf("%s calls a sum a city total", path)
		}
	}
	if strings.Contains(pages["index.html"], `id="xep-hang"`) {
		t.Errorf("the home page ranks 2 of 30 districts")
	}
}

func TestRankingSaysHowMany(t *testing.T) {
	s := fixture()
	for i := range s.UnitSums {
		s.UnitSums[i].Coverage.Reported, s.UnitSums[i].Coverage.Total = 8, 30 // as if 8 districts reported
	}
	page := render(t, s)["index.html"]
	if !strings.Contains(page, `id="xep-hang"`) || !strings.Contains(page, "xếp hạng 2/30 quận, huyện, thị xã có số liệu cả năm") {
		t.Errorf("the home page has no ranking saying how many units it ranks:\n%s", page)
	}
}

func TestPeriodsAndConflictsShown(t *testing.T) {
	s := fixture()
	s.Yearly[0].Span = aggregate.Span{From: 1, To: 6} // Hà Nội 2022 members
	s.CityReported[0].Span = s.Yearly[0].Span
	s.Yearly[2].Conflict = true // Ba Đình 2021 members
	s.Targets[0].Span = aggregate.Span{From: 1, To: 9}
	s.Conflicts = []aggregate.Conflict{{Org: "Ba Đình", Year: 2021, Category: "membership", Unit: "member", Noun: "đoàn viên", Facts: []int{0, 4}}}
	pages := render(t, s)
	tests := []struct {
		name, path, want string
	}{
		{"part-year figure", "nam/2022.html", "59.000* (6 tháng đầu năm)"},
		{"cell with a conflict left out", "to-chuc/ba-dinh.html", "1.715 ⚠"},
		{"conflict with both sources", "nam/2021.html", `<h2>Số liệu mâu thuẫn (chưa cộng)</h2>`},
		{"progress, not completion", "to-chuc/ba-dinh.html", "tiến độ 137,2% (đến hết tháng 9)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(pages[tt.path], tt.want) {
				t.Errorf("%s lacks %q", tt.path, tt.want)
			}
		})
	}
}

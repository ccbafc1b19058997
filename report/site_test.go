package report

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats/aggregate"
)

var (
	update  = flag.Bool("update", false, "rewrite the golden files in testdata/")
	siteOut = flag.String("site", "", "also write the fixture's site into this directory, to look at it")
)

func renderFixture(t testing.TB) map[string][]byte {
	t.Helper()
	s := fixture()
	files, err := Site(s, testConfig())
	if err != nil {
		t.Fatalf("Site: %v", err)
	}
	data, err := OpenData(s, Config{})
	if err != nil {
		t.Fatalf("OpenData: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range append(files, data...) {
		if _, dup := out[f.Path]; dup {
			t.Fatalf("file %s produced twice", f.Path)
		}
		data, err := fileBytes(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f.Path] = data
	}
	if *siteOut != "" {
		for p, d := range out {
			name := filepath.Join(*siteOut, filepath.FromSlash(p))
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, d, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return out
}

func TestSiteGolden(t *testing.T) {
	files := renderFixture(t)
	tests := []struct {
		name, path string
	}{
		{"home page", "index.html"},
		{"organisation page", "to-chuc/ba-dinh.html"},
		{"article page", "bai-viet/" + ArticleID("2021/ba-dinh.txt") + ".html"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := files[tc.path]
			if !ok {
				t.Fatalf("no %s in the site", tc.path)
			}
			golden := filepath.Join("testdata", "golden", strings.ReplaceAll(tc.path, "/", "_"))
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", tc.path, diff)
			}
		})
	}
}

func TestSitePaths(t *testing.T) {
	files, err := Site(fixture(), testConfig())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Path)
	}
	want := []string{
		"assets/echarts-LICENSE.txt", "assets/echarts.min.js", "assets/style.css", "assets/tim-kiem.js", "atom.xml",
		"bai-viet/" + ArticleID("2021/ba-dinh.txt") + ".html",
		"bai-viet/" + ArticleID("2022/ba-dinh.txt") + ".html",
		"bai-viet/" + ArticleID("2022/dong-da.txt") + ".html",
		"bai-viet/" + ArticleID("2022/ha-noi.txt") + ".html",
		"index.html", "kiem-tra.html", "linh-vuc/membership.html", "linh-vuc/welfare.html",
		"nam/2021.html", "nam/2022.html", "phuong-phap.html", "tai-ve.html",
		"to-chuc/ba-dinh.html", "to-chuc/dong-da.html", "to-chuc/ha-noi.html",
	}
	// The article ids are hashes: sort them into place like Site does.
	wantSorted := append([]string(nil), want...)
	slices.Sort(wantSorted)
	if diff := cmp.Diff(wantSorted, got); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
}

func TestSiteEmptySummary(t *testing.T) {
	files, err := Site(&aggregate.Summary{}, Config{Title: "Trống"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Path)
	}
	want := []string{"assets/echarts-LICENSE.txt", "assets/echarts.min.js", "assets/style.css", "assets/tim-kiem.js", "index.html", "kiem-tra.html", "phuong-phap.html", "tai-ve.html"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
}

// TestYearPageTargetsBySetYear: a year's page lists its targets with a
// result or set that year, and the targets that year's articles set for
// later years; a later year's page leaves out a target set before it and
// without a result.
func TestYearPageTargetsBySetYear(t *testing.T) {
	s := fixture()
	factOf := func(doc string) int {
		for i, f := range s.Facts {
			if len(f.Records) > 0 && s.Records[f.Records[0]].Doc == doc {
				return i
			}
		}
		t.Fatalf("no fact of %s", doc)
		return -1
	}
	s.Targets = append(s.Targets,
		aggregate.Target{Org: "Ba Đình", Year: 2022, Category: "membership", Unit: "member", Planned: 2468, Facts: []int{factOf("2021/ba-dinh.txt")}},
		aggregate.Target{Org: "Đống Đa", Year: 2022, Category: "membership", Unit: "member", Planned: 4444, Facts: []int{factOf("2022/dong-da.txt")}},
	)
	files, err := Site(s, testConfig())
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{}
	for _, f := range files {
		if strings.HasPrefix(f.Path, "nam/") {
			data, err := fileBytes(f)
			if err != nil {
				t.Fatal(err)
			}
			pages[f.Path] = string(data)
		}
	}
	tests := []struct {
		name, page, text string
		want             bool
	}{
		{"set in 2021 for 2022: listed in 2021 as a later target", "nam/2021.html", "2.468", true},
		{"set in 2021 for 2022: its section", "nam/2021.html", `id="chi-tieu-sau"`, true},
		{"set in 2021 for 2022, no result: not in 2022", "nam/2022.html", "2.468", false},
		{"set in 2022 for 2022, no result: in 2022", "nam/2022.html", "4.444", true},
		{"set in 2022 for 2022: not in 2021", "nam/2021.html", "4.444", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, ok := pages[tt.page]
			if !ok {
				t.Fatalf("no %s", tt.page)
			}
			if got := strings.Contains(page, tt.text); got != tt.want {
				t.Errorf("%s holds %q: %v, want %v", tt.page, tt.text, got, tt.want)
			}
		})
	}
}

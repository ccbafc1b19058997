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
	data, err := OpenData(s, nil)
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

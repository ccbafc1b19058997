package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildScope builds the sample corpus, which mixes Hà Nội's union news
// with other provinces', national bodies' and non-union articles: the Hà
// Nội report names no other province anywhere but on the articles' own
// pages, the list of what was left out and the methodology page; the same
// corpus builds Nghệ An's report.
func TestBuildScope(t *testing.T) {
	t.Parallel()
	others := []string{"Nghệ An", "Bình Dương", "Bắc Ninh", "Quảng Ngãi", "Tổng Liên đoàn Lao động Việt Nam", "Công đoàn Giáo dục Việt Nam"}
	site := filepath.Join(t.TempDir(), "site")
	mustBuild(t, "--out", site)
	err := filepath.WalkDir(site, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		rel, _ := filepath.Rel(site, path)
		if strings.HasPrefix(rel, "bai-viet/") || rel == "ngoai-pham-vi.html" || rel == "phuong-phap.html" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, o := range others {
			if strings.Contains(string(data), o) {
				t.Errorf("%s of the Hà Nội report names %q", rel, o)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	left, err := os.ReadFile(filepath.Join(site, "ngoai-pham-vi.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Tỉnh, thành phố khác: Nghệ An", "Cơ quan công đoàn Trung ương"} {
		if !strings.Contains(string(left), want) {
			t.Errorf("ngoai-pham-vi.html lacks %q", want)
		}
	}
	if data := jsonlDocs(t, site); !strings.Contains(data, "tinh-thanh-khac.jsonl#") {
		t.Errorf("the open data lost the other provinces' records")
	}

	na := filepath.Join(t.TempDir(), "nghe-an")
	mustBuild(t, "--out", na, "--province", "Nghệ An")
	index, err := os.ReadFile(filepath.Join(na, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(index), "công đoàn Nghệ An") || strings.Contains(string(index), "Thủ đô") {
		t.Errorf("Nghệ An's index does not speak of Nghệ An alone")
	}
	if _, err := os.Stat(filepath.Join(na, "to-chuc", "nghe-an.html")); err != nil {
		t.Errorf("Nghệ An's report has no page for the province's federation: %v", err)
	}
	if r := runCLI(t, "build", "--out", filepath.Join(t.TempDir(), "x"), "--province", "Atlantis"); r.code != 2 || r.err == nil || !strings.Contains(r.err.Error(), "unknown province") {
		t.Errorf("an unknown province: exit %d, error %v; want 2 and a message", r.code, r.err)
	}
}

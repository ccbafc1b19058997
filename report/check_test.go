package report

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
)

var (
	attrURL = regexp.MustCompile(`(?:href|src)="([^"]*)"`)
	idAttr  = regexp.MustCompile(` id="([^"]+)"`)
	absURL  = regexp.MustCompile(`(?i)https?://[^\s"'<>)]*`)
	// Files other packages write at the site root, linked from tai-ve.html.
	workbook = regexp.MustCompile(`^bao-cao-(tong-hop|\d{4})\.xlsx$`)
)

func htmlPages(files map[string][]byte) map[string][]byte {
	pages := map[string][]byte{}
	for p, d := range files {
		if strings.HasSuffix(p, ".html") {
			pages[p] = d
		}
	}
	return pages
}

func TestPagesAreVietnameseAndPhoneReady(t *testing.T) {
	for p, d := range htmlPages(renderFixture(t)) {
		for _, want := range []string{`<html lang="vi">`, `<meta name="viewport" content="width=device-width, initial-scale=1">`, `<meta charset="utf-8">`} {
			if !bytes.Contains(d, []byte(want)) {
				t.Errorf("%s lacks %s", p, want)
			}
		}
	}
}

func TestArticleTextIsEscaped(t *testing.T) {
	files := renderFixture(t)
	page := string(files["bai-viet/"+ArticleID("2022/ha-noi.txt")+".html"])
	if strings.Contains(page, "<script>alert(1)</script>") {
		t.Error("article text injected a script element")
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("article text not shown as escaped text")
	}
	if strings.Contains(page, "<b>59,85") {
		t.Error("article title injected markup")
	}
}

func TestNoAbsoluteURLs(t *testing.T) {
	s := fixture()
	sources := map[string]bool{}
	for _, a := range s.Articles {
		if a.URL != "" {
			sources[a.URL] = true
		}
	}
	for p, d := range renderFixture(t) {
		if p == feedPath || !(strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".css")) {
			continue
		}
		for _, u := range absURL.FindAllString(string(d), -1) {
			if !sources[u] {
				t.Errorf("%s contains the absolute URL %s", p, u)
			}
		}
	}
}

func TestRelativeLinksResolve(t *testing.T) {
	files := renderFixture(t)
	ids := map[string]map[string]bool{}
	for p, d := range htmlPages(files) {
		ids[p] = map[string]bool{}
		for _, m := range idAttr.FindAllSubmatch(d, -1) {
			if ids[p][string(m[1])] {
				t.Errorf("%s: duplicate id %s", p, m[1])
			}
			ids[p][string(m[1])] = true
		}
	}
	checked := 0
	for p, d := range htmlPages(files) {
		for _, m := range attrURL.FindAllSubmatch(d, -1) {
			u := string(m[1])
			if absURL.MatchString(u) {
				continue // article source links, see TestNoAbsoluteURLs
			}
			if strings.HasPrefix(u, "/") || strings.Contains(u, ":") {
				t.Errorf("%s: link %q is not relative", p, u)
				continue
			}
			target, frag, _ := strings.Cut(u, "#")
			if target == "" {
				target = p
			} else {
				target = path.Join(path.Dir(p), target)
			}
			checked++
			if _, ok := files[target]; !ok && !workbook.MatchString(target) {
				t.Errorf("%s: link %q: no file %s", p, u, target)
				continue
			}
			if frag != "" && !ids[target][frag] {
				t.Errorf("%s: link %q: no id %q in %s", p, u, frag, target)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d links checked: the pattern is broken", checked)
	}
}

func TestOutputIsDeterministic(t *testing.T) {
	first, second := renderFixture(t), renderFixture(t)
	for p, d := range first {
		if !bytes.Equal(d, second[p]) {
			t.Errorf("%s differs between two renders", p)
		}
	}
	tests := []struct {
		name, page, id string
	}{
		{"home trend", "index.html", "chart_index_html_xu_huong"},
		{"organisation trend", "to-chuc/ba-dinh.html", "chart_to_chuc_ba_dinh_html_xu_huong"},
		{"category trend", "linh-vuc/membership.html", "chart_linh_vuc_membership_html_xu_huong"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := fmt.Sprintf(`id="%s" class="chart-box" role="img" aria-label=`, tc.id)
			if !bytes.Contains(first[tc.page], []byte(want)) {
				t.Errorf("%s has no chart %s with a description", tc.page, tc.id)
			}
		})
	}
}

// TestChecksPageIsBounded: thousands of checks of one kind do not make a
// page too heavy for a phone; the page says how many there are and where
// the full list is.
func TestChecksPageIsBounded(t *testing.T) {
	s := fixture()
	for range checksShown + 50 {
		s.Checks = append(s.Checks, aggregate.Check{Kind: aggregate.CheckNoResult, Message: "Kế hoạch chưa có kết quả.", Records: []int{0}})
	}
	files, err := Site(s, testConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Path != "kiem-tra.html" {
			continue
		}
		page := string(f.Data)
		if n := strings.Count(page, "Kế hoạch chưa có kết quả."); n != checksShown {
			t.Errorf("the page lists %d such checks, want %d", n, checksShown)
		}
		if !strings.Contains(page, "trang tính “Rà soát”") {
			t.Error("the page does not say where the full list is")
		}
		return
	}
	t.Fatal("no kiem-tra.html")
}

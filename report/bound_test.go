package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
)

// TestPickRowsRanksAll checks pickRows against ranking every row by
// round, better and table order and taking the first maxRows, on groups
// of uneven sizes and a better with many ties.
func TestPickRowsRanksAll(t *testing.T) {
	for _, tc := range []struct{ n, groups, classes int }{
		{maxRows + 1, 1, 2}, {maxRows + 1, 7, 3}, {3*maxRows + 17, 40, 5}, {5 * maxRows, 3, 1}, {2 * maxRows, 2 * maxRows, 4},
	} {
		t.Run(fmt.Sprintf("%d rows %d groups", tc.n, tc.groups), func(t *testing.T) {
			group := func(i int) int { return i * i % tc.groups }
			better := func(i, j int) int { return i*7%tc.classes - j*7%tc.classes }
			round := make([]int, tc.n)
			seen := map[int][]int{}
			for i := range tc.n {
				seen[group(i)] = append(seen[group(i)], i)
			}
			for _, g := range seen {
				slices.SortStableFunc(g, better)
				for r, i := range g {
					round[i] = r
				}
			}
			want := make([]int, tc.n)
			for i := range want {
				want[i] = i
			}
			slices.SortStableFunc(want, func(i, j int) int {
				if round[i] != round[j] {
					return round[i] - round[j]
				}
				return better(i, j)
			})
			want = want[:maxRows]
			slices.Sort(want)
			if got := pickRows(tc.n, group, better); !slices.Equal(got, want) {
				t.Errorf("picked %v\nwant %v", got, want)
			}
		})
	}
}

func TestPickRows(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		groups int
	}{
		{"fewer rows than the bound", maxRows - 1, 3},
		{"as many rows as the bound", maxRows, 3},
		{"more rows than the bound", maxRows + 50, 3},
		{"more groups than the bound", 3 * maxRows, 2 * maxRows},
		{"one group", 5 * maxRows, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			group := func(i int) int { return i % tc.groups }
			even := func(i int) bool { return i%2 == 0 }
			got := pickRows(tc.n, group, func(i, j int) int { return trueFirst(even(i), even(j)) })
			if want := min(tc.n, maxRows); len(got) != want {
				t.Fatalf("picked %d rows, want %d", len(got), want)
			}
			if !slices.IsSorted(got) {
				t.Errorf("rows not in table order: %v", got)
			}
			picked := map[int]bool{}
			count := map[int]int{}
			for _, i := range got {
				picked[i] = true
				count[group(i)]++
			}
			lo, hi := tc.n, 0
			for g := range tc.groups {
				lo, hi = min(lo, count[g]), max(hi, count[g])
			}
			if hi-lo > 1 {
				t.Errorf("groups get %d to %d rows, want an even share", lo, hi)
			}
			// Within a group, a row left out is never better than a row
			// shown, nor as good and earlier.
			for i := range tc.n {
				for j := range tc.n {
					if picked[i] || !picked[j] || group(i) != group(j) {
						continue
					}
					if even(i) && !even(j) || even(i) == even(j) && i < j {
						t.Fatalf("row %d left out, row %d of the same group shown", i, j)
					}
				}
			}
		})
	}
}

// TestGrowingTablesAreBounded renders a summary with more targets and
// multi-year figures than a page shows: each such table has maxRows rows,
// followed by a note that counts them all and links to where they are.
func TestGrowingTablesAreBounded(t *testing.T) {
	s := fixture()
	proto := s.Targets[0]
	for i := range 250 {
		tg := proto
		tg.Org = []string{"Ba Đình", "Đống Đa"}[i%2]
		tg.Year = 2022
		if i >= 240 {
			tg.Org, tg.Year = "Ba Đình", 0
		}
		s.Targets = append(s.Targets, tg)
	}
	for range 150 {
		s.MultiYear = append(s.MultiYear, s.MultiYear[0])
	}
	files, err := Site(s, testConfig())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, section string
		total               int
		links               []string // that the note has
		noLinks             []string // that it has not
	}{
		{"targets of a year", "nam/2022.html", "ke-hoach", 240, []string{"../bao-cao-2022.xlsx"}, []string{"../tai-ve.html"}},
		{"targets of an organisation", "to-chuc/ba-dinh.html", "ke-hoach", 1 + 120 + 10, []string{"../tai-ve.html", "../bao-cao-tong-hop.xlsx"}, nil},
		{"targets of a category", "linh-vuc/membership.html", "ke-hoach", 251, []string{"../tai-ve.html", "../bao-cao-tong-hop.xlsx"}, nil},
		{"multi-year figures of an organisation", "to-chuc/ba-dinh.html", "nhieu-nam", 151, []string{"../tai-ve.html"}, []string{"../bao-cao-tong-hop.xlsx"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sec := pageSection(t, files, tc.path, tc.section)
			if sec == "" {
				t.Fatalf("%s has no section %s", tc.path, tc.section)
			}
			if rows := strings.Count(sec, `<tr><th scope="row">`); rows != maxRows {
				t.Errorf("%d rows, want %d", rows, maxRows)
			}
			_, note, ok := strings.Cut(sec, `<p class="note">`)
			if !ok {
				t.Fatalf("no note under the table:\n%s", sec)
			}
			want := fmt.Sprintf("Bảng trên nêu %d trong tổng số %s dòng", maxRows, FormatNumber(float64(tc.total)))
			if !strings.Contains(note, want) {
				t.Errorf("note %q does not say %q", note, want)
			}
			for _, l := range tc.links {
				if !strings.Contains(note, `href="`+l+`"`) {
					t.Errorf("note %q does not link to %s", note, l)
				}
			}
			for _, l := range tc.noLinks {
				if strings.Contains(note, `href="`+l+`"`) {
					t.Errorf("note %q links to %s", note, l)
				}
			}
		})
	}
	t.Run("a short table has no note", func(t *testing.T) {
		if sec := pageSection(t, files, "nam/2021.html", "ke-hoach"); sec == "" || strings.Contains(sec, `class="note"`) {
			t.Errorf("want the 2021 targets without a note, got:\n%s", sec)
		}
	})
}

// pageSection is the section with the id of the site's page at path, or
// "".
func pageSection(t *testing.T, files []File, path, id string) string {
	t.Helper()
	i := slices.IndexFunc(files, func(f File) bool { return f.Path == path })
	if i < 0 {
		t.Fatalf("no page %s", path)
	}
	page, err := fileBytes(files[i])
	if err != nil {
		t.Fatal(err)
	}
	return sectionHTML(string(page), id)
}

// sectionHTML is the section of page with the id, or "".
func sectionHTML(page, id string) string {
	_, sec, ok := strings.Cut(page, `<section id="`+id+`">`)
	if !ok {
		return ""
	}
	sec, _, _ = strings.Cut(sec, "</section>")
	return sec
}

// TestBuildWarningsAreBounded: the methodology page lists at most maxRows
// build warnings, then how many there are in all.
func TestBuildWarningsAreBounded(t *testing.T) {
	tests := []struct {
		name     string
		warnings int
		rows     int
		note     bool
	}{
		{"a few", 3, 3, false},
		{"as many as the bound", maxRows, maxRows, false},
		{"more than the bound", maxRows + 40, maxRows, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fixture()
			s.Warnings = nil
			for i := range tt.warnings {
				s.Warnings = append(s.Warnings, aggregate.Warning{Doc: fmt.Sprintf("hong/%04d.txt", i), Message: "invalid UTF-8"})
			}
			files, err := Site(s, testConfig())
			if err != nil {
				t.Fatal(err)
			}
			sec := pageSection(t, files, "phuong-phap.html", "canh-bao")
			if rows := strings.Count(sec, "hong/"); rows != tt.rows {
				t.Errorf("%d warnings listed, want %d", rows, tt.rows)
			}
			want := fmt.Sprintf("Bảng trên nêu %d cảnh báo đầu tiên trong tổng số %s", maxRows, FormatNumber(float64(tt.warnings)))
			if got := strings.Contains(sec, want); got != tt.note {
				t.Errorf("note %q present = %v, want %v", want, got, tt.note)
			}
		})
	}
}

// TestConflictsAreBounded renders more conflicts than a page shows: the
// year's and the organisation's tables show maxRows conflicts, each with
// all its values, taken in turn from each organisation on the year's
// page, then a note that counts every row and links to the workbook.
func TestConflictsAreBounded(t *testing.T) {
	s := fixture()
	s.Conflicts = nil
	for i := range 180 {
		org := "Ba Đình"
		if i%6 == 0 {
			org = "Đống Đa"
		}
		s.Conflicts = append(s.Conflicts, aggregate.Conflict{Org: org, Year: 2022, Category: "membership", Unit: "member", Facts: []int{0, 1}})
	}
	files, err := Site(s, testConfig())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		orgRows    int // rows of Đống Đa's conflicts
		total      int
		link       string
	}{
		{"a year's", "nam/2022.html", 2 * 30, 2 * 180, "../bao-cao-2022.xlsx"},
		{"an organisation's", "to-chuc/ba-dinh.html", 0, 2 * 150, "../tai-ve.html"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sec := pageSection(t, files, tc.path, "mau-thuan")
			if rows := strings.Count(sec, `<tr><th scope="row">`); rows != 2*maxRows {
				t.Errorf("%d rows, want the %d values of %d conflicts", rows, 2*maxRows, maxRows)
			}
			if rows := strings.Count(sec, `<tr><th scope="row"><a href="../to-chuc/dong-da.html">`); rows != tc.orgRows {
				t.Errorf("%d rows of Đống Đa, want %d", rows, tc.orgRows)
			}
			want := fmt.Sprintf("Bảng trên nêu %d trong tổng số %s dòng", 2*maxRows, FormatNumber(float64(tc.total)))
			if !strings.Contains(sec, want) || !strings.Contains(sec, `href="`+tc.link+`"`) || !strings.Contains(sec, "“Rà soát”") {
				t.Errorf("the note does not say %q, name the sheet “Rà soát” and link %s:\n%s", want, tc.link, sec[strings.Index(sec, "</table>"):])
			}
		})
	}
}

package report

import (
	"bytes"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"weak"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/internal/keytest"
)

// pageKeyInputs is the fixture with what else a summary page shows: a
// conflict, a cell of part of the year that conflicts, a sum with part-year
// units on a map of its period, a target without result and one set for
// the next year, a change of a sum, a change across the map reform, an
// organisation's predecessor and successors.
func pageKeyInputs() (*aggregate.Summary, Config) {
	s := fixture()
	s.MultiYear[0].Records = slices.Clone(s.MultiYear[0].Records) // not the fact's
	s.Conflicts = []aggregate.Conflict{{Org: "Ba Đình", Year: 2022, Category: "membership", Unit: "member", Noun: "đoàn viên", Facts: []int{4, 12}}}
	s.Yearly[6].Span = aggregate.Span{From: 1, To: 6}
	s.Yearly[6].Conflict = true
	u := &s.UnitSums[4]
	u.Partial = []string{"Đống Đa"}
	u.Coverage.Period = "đến 30/6/2025"
	s.Targets = append(s.Targets,
		aggregate.Target{Org: "Đống Đa", Year: 2022, Category: "welfare", Unit: "gift", Planned: 400, Span: aggregate.Span{From: 1, To: 0}, Facts: []int{8}},
		aggregate.Target{Org: "Ba Đình", Year: 2023, Category: "membership", Unit: "member", Planned: 2500, Facts: []int{4}})
	pct := 10.0
	s.Changes = append(s.Changes, aggregate.Change{Category: "membership", Unit: "member", Year: 2022, Previous: 3000, Current: 3300, Percent: &pct,
		Compared: 2, Coverage: aggregate.Coverage{Reported: 2, Total: 30, Label: "quận, huyện, thị xã"}})
	s.Changes[1].Via = []string{"Ba Đình", "Hoàn Kiếm"}
	s.Orgs[1].Predecessors = []string{"Hoàn Kiếm"}
	s.Orgs[1].Successors = []string{"Đống Đa", "Phường Ba Đình"}
	cfg := testConfig()
	cfg.Version = "v1"
	return s, cfg
}

// isSummaryPage reports whether path is an organisation's, a year's or a
// category's page.
func isSummaryPage(path string) bool {
	for _, dir := range []string{"to-chuc/", "nam/", "linh-vuc/"} {
		if strings.HasPrefix(path, dir) {
			return true
		}
	}
	return false
}

// keyed is a page's key and, when rendered, its bytes.
type keyed struct {
	key  string
	data []byte
}

// summaryPages renders the site of s and gives its summary pages, all
// rendered (want nil), or only those whose key is their key in want: a
// page with another key needs no bytes to compare.
func summaryPages(s *aggregate.Summary, cfg Config, want map[string]keyed) (map[string]keyed, error) {
	files, err := Site(s, cfg)
	if err != nil {
		return nil, err
	}
	out := map[string]keyed{}
	for _, f := range files {
		if !isSummaryPage(f.Path) {
			continue
		}
		out[f.Path] = keyed{key: f.Key}
		if w, ok := want[f.Path]; want != nil && (!ok || w.key != f.Key) {
			continue
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			return nil, err
		}
		out[f.Path] = keyed{f.Key, buf.Bytes()}
	}
	return out, nil
}

// pageKeyLeaves calls visit with every value of the inputs that can be
// changed in place (see keytest.Leaves), in a fixed order, each with its
// path.
func pageKeyLeaves(s *aggregate.Summary, cfg *Config, visit func(path string, v reflect.Value)) {
	keytest.Leaves("Summary", reflect.ValueOf(s).Elem(), visit)
	keytest.Leaves("Config", reflect.ValueOf(cfg).Elem(), visit)
}

// TestPageKeyCoversEveryInput changes, one at a time, every value of the
// inputs (the Summary and the Config) and checks that an organisation's,
// a year's or a category's page that keeps its key keeps its bytes: a page
// that reads something its key does not hash fails here.
func TestPageKeyCoversEveryInput(t *testing.T) {
	s0, cfg0 := pageKeyInputs()
	base, err := summaryPages(s0, cfg0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(base) != 7 {
		t.Fatalf("%d summary pages, want three organisations', two years' and two categories'", len(base))
	}
	for path, p := range base {
		if p.key == "" {
			t.Fatalf("%s: no key", path)
		}
	}
	made, changed := 0, 0
	var s *aggregate.Summary
	var cfg Config
	keytest.Changes(t, 400, func() func(func(string, reflect.Value)) {
		s, cfg = pageKeyInputs()
		return func(visit func(string, reflect.Value)) { pageKeyLeaves(s, &cfg, visit) }
	}, func(path string) {
		got, err := summaryPages(s, cfg, base)
		if err != nil {
			return // an index out of range, two articles with one id…
		}
		made++
		some := false
		for name, p := range got {
			was, ok := base[name]
			if !ok {
				continue
			}
			if was.key != p.key {
				some = true
			} else if !bytes.Equal(was.data, p.data) {
				t.Errorf("%s: changing %s changes the page but not its key", name, path)
			}
		}
		if some {
			changed++
		}
	})
	// Records' texts, articles' texts and the configuration of other pages
	// are not on these pages; the figures, links and labels are: a test
	// whose changes all went unseen would check nothing.
	if changed*3 < made {
		t.Errorf("%d of %d changes changed a key, want a third or more", changed, made)
	}
	t.Logf("%d changes made, %d changed a key", made, changed)
}

// TestPageKeyChanges: a change to what a summary page shows changes that
// page's key and no other; what no summary page shows changes none.
func TestPageKeyChanges(t *testing.T) {
	const (
		haNoi, baDinh, dongDa = "to-chuc/ha-noi.html", "to-chuc/ba-dinh.html", "to-chuc/dong-da.html"
		y2021, y2022          = "nam/2021.html", "nam/2022.html"
		members, welfare      = "linh-vuc/membership.html", "linh-vuc/welfare.html"
	)
	all := []string{haNoi, baDinh, dongDa, y2021, y2022, members, welfare}
	tests := []struct {
		name   string
		change func(s *aggregate.Summary, cfg *Config)
		want   []string // the pages whose key changes
	}{
		{"a yearly cell", func(s *aggregate.Summary, _ *Config) { s.Yearly[9].Value++ }, []string{dongDa, y2022, members}},
		{"the city's own figure", func(s *aggregate.Summary, _ *Config) { s.CityReported[1].Approx = true }, []string{y2022, welfare}},
		{"a sum of units", func(s *aggregate.Summary, _ *Config) { s.UnitSums[0].Coverage.Total = 29 }, []string{y2021, members}},
		{"a target", func(s *aggregate.Summary, _ *Config) { s.Targets[1].Planned++ }, []string{dongDa, y2022, welfare}},
		{"a stock", func(s *aggregate.Summary, _ *Config) { s.Snapshots[0].Value++ }, []string{baDinh}},
		{"a multi-year figure", func(s *aggregate.Summary, _ *Config) { s.MultiYear[0].Value++ }, []string{baDinh}},
		{"a change", func(s *aggregate.Summary, _ *Config) { *s.Changes[0].Percent++ }, []string{baDinh, y2022}},
		{"a conflict", func(s *aggregate.Summary, _ *Config) { s.Conflicts[0].Facts = s.Conflicts[0].Facts[:1] }, []string{baDinh, y2022}},
		{"a conflict's fact's value", func(s *aggregate.Summary, _ *Config) { s.Facts[12].Value++ }, []string{baDinh, y2022}},
		// Records 9 and 10 are Đống Đa's 2022 figures: the first is the
		// evidence of a cell, the second of a target; record 4 is the
		// second record of a fact, which no page links.
		{"a shown record's anchor", func(s *aggregate.Summary, _ *Config) { s.Records[9].Offset++ }, []string{dongDa, y2022, members}},
		{"a target's record's anchor", func(s *aggregate.Summary, _ *Config) { s.Records[10].Offset++ }, []string{dongDa, y2022, welfare}},
		{"a record no page links", func(s *aggregate.Summary, _ *Config) { s.Records[4].Offset++ }, nil},
		{"a record's evidence", func(s *aggregate.Summary, _ *Config) { s.Records[9].Evidence += " Thêm." }, nil},
		{"an article's text", func(s *aggregate.Summary, _ *Config) { s.Articles[2].Text += " Thêm." }, nil},
		{"an article's page id", func(s *aggregate.Summary, _ *Config) {
			s.Articles[2].Doc += "x"
			for _, i := range s.Articles[2].Records {
				s.Records[i].Doc = s.Articles[2].Doc
			}
		}, []string{dongDa, y2022, members, welfare}},
		{"a fact restated", func(s *aggregate.Summary, _ *Config) { s.Facts[8].Records = append(s.Facts[8].Records, 3) }, []string{dongDa, y2022, welfare}},
		{"a record inserted before the others", func(s *aggregate.Summary, _ *Config) { shiftRecords(s) }, nil},
		{"a slug", func(s *aggregate.Summary, _ *Config) { s.Orgs[2].Slug = "quan-dong-da" }, []string{dongDa, baDinh, y2022, members, welfare}},
		{"a successor", func(s *aggregate.Summary, _ *Config) { s.Orgs[1].Successors = s.Orgs[1].Successors[:1] }, []string{baDinh}},
		{"the order of organisations", func(s *aggregate.Summary, _ *Config) { s.Orgs[1], s.Orgs[2] = s.Orgs[2], s.Orgs[1] }, []string{y2022, members, welfare}},
		{"the province", func(s *aggregate.Summary, _ *Config) { s.Province = "Nghệ An" }, all},
		{"a check", func(s *aggregate.Summary, _ *Config) { s.Checks[0].Message += " Thêm." }, nil},
		{"a warning", func(s *aggregate.Summary, _ *Config) { s.Warnings[0].Message += " Thêm." }, nil},
		{"the accuracy", func(_ *aggregate.Summary, cfg *Config) { cfg.Accuracy[0].F1 = 0.5 }, nil},
		{"the title", func(_ *aggregate.Summary, cfg *Config) { cfg.Title = "Công đoàn Nghệ An" }, all},
		{"the corpus's date", func(_ *aggregate.Summary, cfg *Config) { cfg.BuildDate = "2023-01-16" }, all},
		{"the feed", func(_ *aggregate.Summary, cfg *Config) { cfg.BaseURL = "" }, all},
		{"the program", func(_ *aggregate.Summary, cfg *Config) { cfg.Version = "v2" }, all},
	}
	s, cfg := pageKeyInputs()
	before, err := summaryPages(s, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, cfg := pageKeyInputs()
			tt.change(s, &cfg)
			after, err := summaryPages(s, cfg, before)
			if err != nil {
				t.Fatal(err)
			}
			for name, p := range before {
				a, ok := after[name]
				changed := !ok || a.key != p.key
				if changed != slices.Contains(tt.want, name) {
					t.Errorf("%s: key changed = %v, want %v", name, changed, !changed)
				}
				if ok && a.key == p.key && !bytes.Equal(a.data, p.data) {
					t.Errorf("%s: the page changed but not its key", name)
				}
			}
		})
	}
}

// shiftRecords inserts a record of a new article before every other, as an
// article added to the corpus whose Doc sorts first does: every index into
// the records moves by one.
func shiftRecords(s *aggregate.Summary) {
	rec := s.Records[0]
	rec.Doc = "2020/aaa.txt"
	s.Records = slices.Insert(s.Records, 0, rec)
	a := s.Articles[0]
	a.Doc, a.Records = rec.Doc, []int{0}
	for i := range s.Articles {
		for j := range s.Articles[i].Records {
			s.Articles[i].Records[j]++
		}
	}
	s.Articles = slices.Insert(s.Articles, 0, a)
	for i := range s.Facts {
		for j := range s.Facts[i].Records {
			s.Facts[i].Records[j]++
		}
	}
	for i := range s.MultiYear {
		for j := range s.MultiYear[i].Records {
			s.MultiYear[i].Records[j]++
		}
	}
	for i := range s.Checks {
		for j := range s.Checks[i].Records {
			s.Checks[i].Records[j]++
		}
	}
}

// TestKeysMadeDropsFactIndex: the summary pages' index of facts, which
// only their keys read, is freed once the keys are made (keysMade), and a
// key asked for after that is the same.
func TestKeysMadeDropsFactIndex(t *testing.T) {
	s, cfg := pageKeyInputs()
	r, err := newRenderer(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	refs := r.factRefs()
	if len(refs) == 0 {
		t.Fatal("no fact refs in the fixture")
	}
	held := weak.Make(&refs[0])
	refs = nil
	before := r.yearKey("nam/2022.html", 2022)
	r.keysMade()
	runtime.GC()
	if held.Value() != nil {
		t.Error("the fact index is still reachable after keysMade")
	}
	if after := r.yearKey("nam/2022.html", 2022); after != before {
		t.Errorf("year key after keysMade %s, before %s", after, before)
	}
}

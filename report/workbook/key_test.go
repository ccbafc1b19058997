package workbook

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/internal/keytest"
	"github.com/lddt/unionstats/report"
)

// keyInputs is the fixture with what else a book shows: publication dates,
// article texts the review sheets quote, a review item in each year, the
// map and corrections (a change, a reject and a stale row).
func keyInputs() (*aggregate.Summary, Config) {
	s := fixture()
	s.Map = aggregate.DefaultMap()
	texts := map[string]string{
		"a.txt": "Năm 2021, Ba Đình kết nạp 1.715 đoàn viên.",
		"c.txt": "Năm 2022, Thành phố chi 59.850 triệu đồng.\nTrong 5 năm qua, Ba Đình kết nạp 5.000 đoàn viên.",
	}
	for i, date := range []string{"2021-05-02", "2021-08-09", "2022-12-30"} {
		a := &s.Articles[i]
		a.Published, a.Kicker, a.Text = date, "Tin tức", texts[a.Doc]
	}
	// One article has the Hash of the bytes its text was read from, as a
	// corpus's articles do, the others not, as the embedded sample's.
	s.Articles[0].Hash = "c0ffee"
	for i, number := range map[int]string{0: "1.715", 2: "59.850", 3: "5.000"} {
		r := &s.Records[i]
		r.Pos, r.Len = strings.Index(texts[r.Doc], number), len(number)
	}
	s.Records[2].Qualifier = extract.QualAbout // listed for review in 2022
	s.Facts[0].Derived = true                  // its record listed for review in 2021
	before, after, rejected := s.Records[0], s.Records[0], s.Records[3]
	before.Value = 1517
	fix := func(row int, action string, r *extract.Record) corrections.Correction {
		return corrections.Correction{Row: row, Action: action, ID: corrections.ID(r), Doc: r.Doc, Offset: r.Offset,
			Who: "Chị Lan", When: "2024-01-10", Why: "Đối chiếu với báo cáo của quận."}
	}
	fixes := &corrections.Result{
		Notes: map[string]corrections.Note{corrections.ID(&after): {
			Action: corrections.Change, Row: 2, Who: "Chị Lan", When: "2024-01-10", Why: "Gõ nhầm.", Original: &before,
		}},
		Applied: []corrections.Applied{
			{Correction: fix(2, corrections.Change, &after), Record: corrections.ID(&after), Before: &before, After: &after, Headline: "Ba Đình"},
			{Correction: fix(3, corrections.Reject, &rejected), Record: corrections.ID(&rejected), Before: &rejected},
		},
		Stale: []corrections.Stale{{Correction: fix(4, corrections.Change, &s.Records[1]), Reason: corrections.StaleGone}},
	}
	return s, Config{Title: "Liên đoàn Lao động Thành phố Hà Nội", Paper: "Lao Động Thủ Đô", Date: testDate, Version: "v1", Corrections: fixes}
}

// keyed is a book's key and, when rendered, its bytes.
type keyed struct {
	key  string
	data []byte
}

// renderAll builds the books of s and renders them all (want nil), or
// those whose key is their key in want: a book with another key needs no
// bytes to compare.
func renderAll(s *aggregate.Summary, cfg Config, want map[string]keyed) (map[string]keyed, error) {
	books, err := Build(s, cfg)
	if err != nil {
		return nil, err
	}
	out := map[string]keyed{}
	for _, b := range books {
		out[b.Path] = keyed{key: b.Key}
		if w, ok := want[b.Path]; want != nil && (!ok || w.key != b.Key) {
			continue
		}
		var buf bytes.Buffer
		if err := b.Write(&buf); err != nil {
			return nil, err
		}
		out[b.Path] = keyed{b.Key, buf.Bytes()}
	}
	return out, nil
}

// keyLeaves calls visit with every value of the inputs that can be
// changed in place (see keytest.Leaves), in a fixed order, each with its
// path.
func keyLeaves(s *aggregate.Summary, cfg *Config, visit func(path string, v reflect.Value)) {
	keytest.Leaves("Summary", reflect.ValueOf(s).Elem(), visit)
	keytest.Leaves("Config.Title", reflect.ValueOf(&cfg.Title).Elem(), visit)
	keytest.Leaves("Config.Paper", reflect.ValueOf(&cfg.Paper).Elem(), visit)
	keytest.Leaves("Config.Date", reflect.ValueOf(&cfg.Date).Elem(), visit)
	keytest.Leaves("Config.Version", reflect.ValueOf(&cfg.Version).Elem(), visit)
	keytest.Leaves("Config.Corrections", reflect.ValueOf(cfg.Corrections).Elem(), visit)
}

// yearOf gives the year of the item a path changes, when changing it can
// only change that year's book among the years' books: a field of a
// record, a table's cell, a target or a multi-year figure other than its
// year (0 if none).
var yearPath = map[string]func(*aggregate.Summary, int) int{
	"Records":      func(s *aggregate.Summary, i int) int { return s.Records[i].Year },
	"Yearly":       func(s *aggregate.Summary, i int) int { return s.Yearly[i].Year },
	"UnitSums":     func(s *aggregate.Summary, i int) int { return s.UnitSums[i].Year },
	"CityReported": func(s *aggregate.Summary, i int) int { return s.CityReported[i].Year },
	"Targets":      func(s *aggregate.Summary, i int) int { return s.Targets[i].Year },
	"MultiYear":    func(s *aggregate.Summary, i int) int { return s.MultiYear[i].Year },
}

func yearOf(s *aggregate.Summary, path string) int {
	rest, ok := strings.CutPrefix(path, "Summary.")
	if !ok {
		return 0
	}
	list, rest, ok := strings.Cut(rest, "[")
	index, field, ok2 := strings.Cut(rest, "].")
	of := yearPath[list]
	if !ok || !ok2 || of == nil || field == "Year" || strings.HasSuffix(field, ".Year") || strings.HasPrefix(field, "Facts") || strings.HasPrefix(field, "Records") {
		return 0 // a year or an index moves an item, or points to another
	}
	i, err := strconv.Atoi(index)
	if err != nil {
		return 0
	}
	return of(s, i)
}

// TestKeyCoversEveryInput changes, one at a time, every value of the
// inputs (the Summary, the Config and the corrections) and checks that a
// book that keeps its key keeps its bytes, and that a change to one year's
// record, figure, target or multi-year figure keeps the keys of the other
// years' books.
func TestKeyCoversEveryInput(t *testing.T) {
	s0, cfg0 := keyInputs()
	base, err := renderAll(s0, cfg0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(base) != 3 {
		t.Fatalf("%d books, want the all-years book and two years'", len(base))
	}
	given := cfg0
	given.Records = report.DigestRecords(s0)
	books, err := Build(s0, given)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range books {
		if b.Key != base[b.Path].key {
			t.Errorf("%s: key with the records' digests given %s, made %s", b.Path, b.Key, base[b.Path].key)
		}
	}
	made, changed := 0, 0
	var s *aggregate.Summary
	var cfg Config
	keytest.Changes(t, 300, func() func(func(string, reflect.Value)) {
		s, cfg = keyInputs()
		return func(visit func(string, reflect.Value)) { keyLeaves(s, &cfg, visit) }
	}, func(path string) {
		// An article's text is read from the bytes its Hash digests: a
		// new text comes with a new Hash.
		if i, ok := articleText(path); ok && s.Articles[i].Hash != "" {
			s.Articles[i].Hash += "x"
		}
		year := yearOf(s, path)
		got, err := renderAll(s, cfg, base)
		if err != nil {
			return // an index out of range, a category that names no sheet…
		}
		made++
		some := false
		for name, b := range got {
			was, ok := base[name]
			if !ok {
				continue
			}
			if was.key != b.key {
				some = true
			} else if !bytes.Equal(was.data, b.data) {
				t.Errorf("%s: changing %s changes the book but not its key", name, path)
			}
			if year != 0 && name != AllYearsName && name != fmt.Sprintf("bao-cao-%d.xlsx", year) && was.key != b.key {
				t.Errorf("%s: changing %s, of %d, changes the key", name, path, year)
			}
		}
		if some {
			changed++
		}
	})
	// Most values are shown: a test whose changes all went unseen would
	// check nothing.
	if changed*2 < made {
		t.Errorf("%d of %d changes changed a key, want most", changed, made)
	}
	t.Logf("%d changes made, %d changed a key", made, changed)
}

// articleText gives i when path is that of the text of article i.
func articleText(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "Summary.Articles[")
	index, field, ok2 := strings.Cut(rest, "]")
	if !ok || !ok2 || field != ".Text" && field != ".Article.Text" {
		return 0, false
	}
	i, err := strconv.Atoi(index)
	return i, err == nil
}

// TestKeyChanges: a change to what a book shows changes that book's key
// and no other.
func TestKeyChanges(t *testing.T) {
	const all, y2021, y2022 = AllYearsName, "bao-cao-2021.xlsx", "bao-cao-2022.xlsx"
	tests := []struct {
		name   string
		change func(s *aggregate.Summary, cfg *Config)
		want   []string // the books whose key changes
	}{
		{"a record's evidence", func(s *aggregate.Summary, _ *Config) { s.Records[3].Evidence += " Thêm." }, []string{y2022}},
		{"a record's value", func(s *aggregate.Summary, _ *Config) { s.Records[0].Value++ }, []string{y2021}},
		{"a record of a check across two years", func(s *aggregate.Summary, _ *Config) { s.Records[1].Evidence += " Thêm." }, []string{all, y2021}},
		{"a fact becomes derived", func(s *aggregate.Summary, _ *Config) { s.Facts[2].Derived = true }, []string{y2022}},
		{"a target's fact's records", func(s *aggregate.Summary, _ *Config) { s.Facts[0].Records = []int{0, 1} }, []string{y2021}},
		{"a yearly cell", func(s *aggregate.Summary, _ *Config) { s.Yearly[0].Value++ }, []string{all, y2021}},
		{"a sum of units", func(s *aggregate.Summary, _ *Config) { s.UnitSums[3].Coverage.Reported++ }, []string{all, y2022}},
		{"the city's own figure", func(s *aggregate.Summary, _ *Config) { s.CityReported[0].Approx = true }, []string{all, y2022}},
		{"a target", func(s *aggregate.Summary, _ *Config) { s.Targets[0].Planned++ }, []string{y2021}},
		{"a multi-year figure", func(s *aggregate.Summary, _ *Config) { s.MultiYear[0].Value++ }, []string{y2022}},
		{"a check", func(s *aggregate.Summary, _ *Config) { s.Checks[0].Message += " Thêm." }, []string{all}},
		{"an applied correction", func(_ *aggregate.Summary, cfg *Config) { cfg.Corrections.Applied[0].Why += " Thêm." }, []string{all, y2021}},
		{"a rejected record's correction", func(_ *aggregate.Summary, cfg *Config) { cfg.Corrections.Applied[1].Who = "Anh Tuấn" }, []string{all, y2022}},
		{"a stale correction", func(_ *aggregate.Summary, cfg *Config) { cfg.Corrections.Stale[0].Why += " Thêm." }, []string{all}},
		{"a corrected record's note", func(_ *aggregate.Summary, cfg *Config) {
			for id, n := range cfg.Corrections.Notes {
				n.Who = "Anh Tuấn"
				cfg.Corrections.Notes[id] = n
			}
		}, []string{y2021}},
		{"an article's title", func(s *aggregate.Summary, _ *Config) { s.Articles[0].Title += " (cập nhật)" }, []string{y2021}},
		{"an article's date", func(s *aggregate.Summary, _ *Config) { s.Articles[2].Published = "2022-12-31" }, []string{all, y2022}},
		{"the title", func(_ *aggregate.Summary, cfg *Config) { cfg.Title = "LĐLĐ quận Ba Đình" }, []string{all, y2021, y2022}},
		{"the paper", func(_ *aggregate.Summary, cfg *Config) { cfg.Paper = "Người Lao Động" }, []string{all, y2021, y2022}},
		{"the corpus's date", func(_ *aggregate.Summary, cfg *Config) { cfg.Date = cfg.Date.AddDate(0, 0, 1) }, []string{all}},
		{"the program", func(_ *aggregate.Summary, cfg *Config) { cfg.Version = "v2" }, []string{all, y2021, y2022}},
	}
	s, cfg := keyInputs()
	before := bookKeys(t, s, cfg)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, cfg := keyInputs()
			tt.change(s, &cfg)
			after := bookKeys(t, s, cfg)
			for name, key := range before {
				if changed := after[name] != key; changed != slices.Contains(tt.want, name) {
					t.Errorf("%s: key changed = %v, want %v", name, changed, !changed)
				}
			}
		})
	}
}

// TestKeyOfEvidenceOutsideTheBook: a target's, a multi-year figure's and
// a check's records that their book does not list (a count of another
// year that a rate of the book's year pairs with) are hashed in the key
// whole, with their articles' citations: changing what the evidence and
// sources cells show of them changes the key, and renders other bytes.
func TestKeyOfEvidenceOutsideTheBook(t *testing.T) {
	const y2021 = "bao-cao-2021.xlsx"
	inputs := func() (*aggregate.Summary, Config) {
		s, cfg := keyInputs()
		// The 2021 target's fact lists a record of 2022 (c.txt); the
		// all-years book's check lists one of 2021 and one of 2022.
		s.Facts[0].Records = []int{0, 3}
		return s, cfg
	}
	s, cfg := inputs()
	base, err := renderAll(s, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		change func(s *aggregate.Summary)
		books  []string // whose key must change
	}{
		{"its evidence", func(s *aggregate.Summary) {
			s.Records[3].Evidence = "Trong 5 năm qua, Ba Đình kết nạp 5.001 đoàn viên."
		}, []string{y2021}},
		{"its article's title", func(s *aggregate.Summary) { s.Articles[2].Title = "Tổng kết năm 2022 (sửa)" }, []string{y2021}},
		{"its article's URL", func(s *aggregate.Summary) { s.Articles[2].URL = "https://laodongthudo.vn/c2.html" }, []string{y2021, AllYearsName}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, cfg := inputs()
			tt.change(s)
			got, err := renderAll(s, cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range tt.books {
				if got[name].key == base[name].key {
					t.Errorf("%s: key unchanged", name)
				}
				if bytes.Equal(got[name].data, base[name].data) {
					t.Errorf("%s: the change shows nothing in the book: the test checks nothing", name)
				}
			}
		})
	}
}

// TestSources: a book's sources are its records' articles in Summary
// order, each with its count of records, whatever the records' order; two
// articles with one Doc are both listed.
func TestSources(t *testing.T) {
	article := func(doc string) aggregate.Article {
		return aggregate.Article{Article: corpus.Article{Doc: doc, Title: "Bài " + doc}}
	}
	records := func(docs ...string) []extract.Record {
		var rs []extract.Record
		for _, d := range docs {
			rs = append(rs, extract.Record{Doc: d})
		}
		return rs
	}
	tests := []struct {
		name     string
		articles []aggregate.Article
		records  []extract.Record
		ids      []int
		want     []string // "doc n"
	}{
		{"sorted", []aggregate.Article{article("a"), article("b"), article("c")}, records("a", "a", "c"), []int{0, 1, 2}, []string{"a 2", "c 1"}},
		{"some records", []aggregate.Article{article("a"), article("b")}, records("a", "b", "b"), []int{0, 2}, []string{"a 1", "b 1"}},
		{"unsorted", []aggregate.Article{article("a"), article("b")}, records("b", "a", "b"), []int{0, 1, 2}, []string{"a 1", "b 2"}},
		{"no article", []aggregate.Article{article("a")}, records("a", "z"), []int{0, 1}, []string{"a 1"}},
		{"one doc twice", []aggregate.Article{article("a"), article("a"), article("b")}, records("a", "b"), []int{0, 1}, []string{"a 1", "a 1", "b 1"}},
		{"none", []aggregate.Article{article("a")}, records("a"), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := newIndex(&aggregate.Summary{Articles: tt.articles, Records: tt.records}, "", nil, nil)
			var got []string
			for _, s := range idx.sources(tt.ids) {
				got = append(got, s.Doc+" "+strconv.Itoa(s.n))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sources %q, want %q", got, tt.want)
			}
		})
	}
}

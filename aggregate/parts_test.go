package aggregate

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/internal/keytest"
)

// memCache is a PartCache in memory that counts what it is asked.
type memCache struct {
	mu               sync.Mutex
	keys, payloads   map[string]string
	gets, hits, puts int
	damaged          []string
	damage           func(payload string) string // applied to every payload read; nil: none
	reusedParts      []string
	putParts         []string
}

// rebuildOverCache builds partsCorpus into a new cache, then the corpus as
// change leaves it, clean and over that cache: the two Summaries must be
// the same. The cache it returns counts the second build's reads and writes.
func rebuildOverCache(t *testing.T, change func(*Input)) *memCache {
	t.Helper()
	cache := newMemCache()
	first := partsCorpus()
	first.Cache = cache
	Build(first)
	cache.reset()
	changed := partsCorpus()
	change(&changed)
	want := Build(changed)
	changed = partsCorpus()
	change(&changed)
	changed.Cache = cache
	got := Build(changed)
	if d := cmp.Diff(want, got, cmpopts.IgnoreUnexported(corpus.Article{})); d != "" {
		t.Errorf("built over the cache (-clean +cached):\n%s", d)
	}
	return cache
}

func newMemCache() *memCache {
	return &memCache{keys: map[string]string{}, payloads: map[string]string{}}
}

func (c *memCache) Get(part, key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gets++
	if c.keys[part] != key {
		return "", false
	}
	c.hits++
	c.reusedParts = append(c.reusedParts, part)
	p := c.payloads[part]
	if c.damage != nil {
		p = c.damage(p)
	}
	return p, true
}

func (c *memCache) Put(part, key, payload string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.puts++
	c.putParts = append(c.putParts, part)
	c.keys[part], c.payloads[part] = key, payload
}

func (c *memCache) Damaged(part string, _ error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.damaged = append(c.damaged, part)
}

// reset forgets the counts of the previous build.
func (c *memCache) reset() {
	c.gets, c.hits, c.puts, c.reusedParts, c.putParts, c.damaged = 0, 0, 0, nil, nil, nil
}

// partsCorpus is a small corpus of several years whose records cross years
// as PARTITIONS.md lists: a count of 2020 paired with a rate of 2021 and
// joined into a stated total of 2021, an org whose type is counted over
// years, a commune of the new map, a conflict, a plan.
func partsCorpus() Input {
	art := func(doc, text string) corpus.Article { return corpus.Article{Doc: doc, Text: text} }
	in := Input{
		Articles: []corpus.Article{
			art("a", "a"), art("b", "b"), art("c", "c"), art("d", "d"), art("e", "e"),
			art("f", "f"), art("p", "republished"),
		},
		Records: []extract.Record{
			rec("a", 1, 100, "member", year(2019)),
			rec("a", 20, 5000, "member", hn, year(2019), para(1)),
			rec("a", 40, 3, "union", org("Tây Hồ", "quận"), year(2019), para(2)),
			rec("a", 60, 4, "member", org("Tây Hồ", "quận"), year(2019), para(3)),
			rec("b", 1, 120, "member", year(2020)),
			rec("b", 20, 150, "member", year(2020), planned, para(1)),
			rec("b", 40, 7, "union", org("Tây Hồ", "quận"), year(2020), para(2)),
			rec("b", 60, 1.2e7, "vnd", category("welfare"), year(2021), para(3)),
			// A count of 2020 and its rate of 2021, and the total of 2021 the
			// product restates.
			rec("c", 1, 12, "gift", category("welfare"), year(2020), sentence("trao 12 suất, mỗi suất 1 triệu đồng")),
			rec("c", 10, 1e6, "vnd", category("welfare"), year(2021), perUnit, sentence("trao 12 suất, mỗi suất 1 triệu đồng")),
			rec("c", 50, 1.2e7, "vnd", category("welfare"), year(2021), para(1)),
			rec("c", 70, 9, "union", org("Tây Hồ", "quận"), year(2021), para(2)),
			rec("d", 1, 50, "member", hk, year(2022)),
			rec("e", 1, 60, "member", hk, year(2022)),
			rec("e", 20, 40, "member", org("Tây Hồ", "quận"), year(2022), para(1)),
			rec("f", 1, 30, "member", org("Hoàn Kiếm", "phường"), year(2025), para(1)),
			rec("f", 20, 35, "member", org("Hoàn Kiếm", "phường"), year(2026), para(2)),
			rec("f", 40, 70, "member", org("Cửa Nam", "phường"), year(2026), para(3)),
			rec("p", 1, 400, "member", dd, year(2023)),
		},
	}
	return in
}

// TestCachedBuildsMatchCleanBuilds builds a corpus, changes it, and builds
// it again over the first build's cache: the Summary must be the one a
// build without a cache gives, for each kind of change that crosses years.
func TestCachedBuildsMatchCleanBuilds(t *testing.T) {
	records := func(in *Input, doc string) []int {
		var at []int
		for i := range in.Records {
			if in.Records[i].Doc == doc {
				at = append(at, i)
			}
		}
		return at
	}
	tests := []struct {
		name   string
		change func(in *Input)
		reused int // parts at least taken from the cache
	}{
		{"nothing", func(*Input) {}, 14},
		{"one year", func(in *Input) { in.Records[0].Value = 101 }, 12},
		{"two years", func(in *Input) {
			in.Records[0].Value = 101
			in.Records[12].Value = 55
		}, 10},
		{"the count of a rate of another year", func(in *Input) { in.Records[8].Value = 13 }, 10},
		{"the count's year", func(in *Input) { in.Records[8].Year = 2019 }, 8},
		{"the stated total a product restates", func(in *Input) { in.Records[10].Value = 1.3e7 }, 10},
		{"a count's first fact moves to its own year", func(in *Input) {
			in.Articles = append(in.Articles, corpus.Article{Doc: "0", Text: "0"})
			in.Records = append(in.Records, rec("0", 1, 12, "gift", category("welfare"), year(2020)))
		}, 8},
		{"an org's type, from records of another year", func(in *Input) {
			for _, d := range []string{"a", "b"} {
				for _, i := range records(in, d) {
					if in.Records[i].Org == "Tây Hồ" {
						in.Records[i].OrgType = "huyện"
					}
				}
			}
		}, 6},
		{"an org's first year and so its map era", func(in *Input) {
			in.Articles = append(in.Articles, corpus.Article{Doc: "0", Text: "0"})
			in.Records = append(in.Records, rec("0", 1, 5, "member", org("Hoàn Kiếm", "phường"), year(2019)))
		}, 6},
		{"a republished copy of another year's article", func(in *Input) {
			in.Articles = append(in.Articles, corpus.Article{Doc: "0", Text: "republished"})
			in.Records = append(in.Records, rec("0", 1, 400, "member", dd, year(2019)))
		}, 8},
		{"an article removed", func(in *Input) {
			in.Articles = slices.DeleteFunc(in.Articles, func(a corpus.Article) bool { return a.Doc == "e" })
			in.Records = slices.DeleteFunc(in.Records, func(r extract.Record) bool { return r.Doc == "e" })
		}, 12},
		{"a year removed", func(in *Input) {
			in.Articles = slices.DeleteFunc(in.Articles, func(a corpus.Article) bool { return a.Doc == "f" })
			in.Records = slices.DeleteFunc(in.Records, func(r extract.Record) bool { return r.Doc == "f" })
		}, 10},
		{"a sentence read for its period", func(in *Input) {
			in.Records[0].Evidence = "Trong 6 tháng đầu năm, quận kết nạp 100 đoàn viên."
		}, 12},
		{"the province", func(in *Input) { in.Province = "Hà Nội" }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cache := rebuildOverCache(t, tt.change)
			if cache.hits < tt.reused {
				t.Errorf("%d parts reused (%s), want at least %d", cache.hits, strings.Join(cache.reusedParts, ", "), tt.reused)
			}
			if len(cache.damaged) > 0 {
				t.Errorf("damaged parts: %v", cache.damaged)
			}
		})
	}
}

// TestPeriodsPartsRewriteTheirYearOnly changes the articles of one year: the
// periods part of that year only is stored again (of both years, when an
// article's year changes), and the Summary is a clean build's.
func TestPeriodsPartsRewriteTheirYearOnly(t *testing.T) {
	setYear := func(in *Input, doc string, y int) {
		for i := range in.Records {
			if in.Records[i].Doc == doc {
				in.Records[i].Year = y
			}
		}
	}
	tests := []struct {
		name   string
		change func(in *Input)
		want   []string // the periods parts stored again, sorted
	}{
		{"nothing", func(*Input) {}, nil},
		{"a sentence of 2019", func(in *Input) {
			in.Records[0].Evidence = "Trong 6 tháng đầu năm, quận kết nạp 100 đoàn viên."
		}, []string{"periods 2019"}},
		{"an article of 2022 removed", func(in *Input) {
			in.Articles = slices.DeleteFunc(in.Articles, func(a corpus.Article) bool { return a.Doc == "e" })
			in.Records = slices.DeleteFunc(in.Records, func(r extract.Record) bool { return r.Doc == "e" })
		}, []string{"periods 2022"}},
		{"an article added to 2020", func(in *Input) {
			in.Articles = append(in.Articles, corpus.Article{Doc: "0", Text: "0"})
			in.Records = append(in.Records, rec("0", 1, 5, "member", year(2020)))
		}, []string{"periods 2020"}},
		{"an article moves from 2022 to 2024", func(in *Input) { setYear(in, "d", 2024) }, []string{"periods 2022", "periods 2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cache := rebuildOverCache(t, tt.change)
			var periods []string
			for _, p := range cache.putParts {
				if strings.HasPrefix(p, "periods") {
					periods = append(periods, p)
				}
			}
			slices.Sort(periods)
			if !slices.Equal(periods, tt.want) {
				t.Errorf("periods parts stored: %v, want %v", periods, tt.want)
			}
		})
	}
}

// TestDamagedPartsAreMisses reads every part back damaged: each is built
// again, said to be damaged, and the Summary is that of a clean build.
func TestDamagedPartsAreMisses(t *testing.T) {
	damages := map[string]func(string) string{
		"empty":        func(string) string { return "" },
		"truncated":    func(p string) string { return p[:len(p)/2] },
		"extra byte":   func(p string) string { return p + "x" },
		"bytes inside": func(p string) string { return p[:len(p)/3] + "\xff\xff\xff\xff" + p[len(p)/3+4:] },
	}
	want := Build(partsCorpus())
	for name, damage := range damages {
		t.Run(name, func(t *testing.T) {
			cache := newMemCache()
			in := partsCorpus()
			in.Cache = cache
			Build(in)
			cache.reset()
			cache.damage = damage
			in = partsCorpus()
			in.Cache = cache
			got := Build(in)
			if d := cmp.Diff(want, got, cmpopts.IgnoreUnexported(corpus.Article{})); d != "" {
				t.Errorf("built over a damaged cache (-clean +cached):\n%s", d)
			}
			if len(cache.damaged) == 0 {
				t.Errorf("no part was found damaged (%d reused)", cache.hits)
			}
		})
	}
}

// TestFactsKeyCoversEveryInput changes each input of a year's facts key
// once: the key must move for every field the year's passes read, and stay
// for the fields they do not read (those only order the records, or are
// read before the split into years).
func TestFactsKeyCoversEveryInput(t *testing.T) {
	base := func() (*builder, *factYear) {
		recs := []extract.Record{
			rec("a", 1, 12, "gift", year(2020), sentence("s"), outOf(20), stated(60), text("12 suất")),
			rec("a", 10, 1e6, "vnd", year(2021), perUnit, sentence("s")),
			rec("b", 1, 7, "member", year(2021), para(2)),
		}
		b := &builder{
			s: &Summary{Records: recs}, period: []string{"year", "year", "year"},
			span: make([]Span, 3), yearTotal: make([]bool, 3),
		}
		y := &factYear{year: 2021, records: []int{1, 2}, rates: []yearRate{{pairing{0, 1}, 0}}}
		return b, y
	}
	// The tests change b.s.Records; the builder reads them packed.
	key := func(b *builder, y *factYear) string {
		b.s.Packed = extract.Pack(b.s.Records)
		return b.factsKey(y, localRecords(y))
	}
	b0, y0 := base()
	k0 := key(b0, y0)
	read := map[string]bool{
		"Doc": true, "Para": true, "Org": true, "OrgType": true, "Category": true, "Unit": true, "Noun": true,
		"Status": true, "Basis": true, "Value": true, "Qualifier": true, "Denominator": true, "Completion": true, "Year": true,
	}
	rt := reflect.TypeFor[extract.Record]()
	for f := range rt.Fields() {
		for i := range 3 {
			b, y := base()
			v := reflect.ValueOf(&b.s.Records[i]).Elem().FieldByIndex(f.Index)
			if !keytest.Change(v) {
				t.Fatalf("field %s of kind %s: the test cannot change it", f.Name, v.Kind())
			}
			if moved := key(b, y) != k0; moved != read[f.Name] {
				t.Errorf("record %d's %s changed: key moved %v, want %v", i, f.Name, moved, read[f.Name])
			}
		}
	}
	others := map[string]func(b *builder, y *factYear){
		"period":            func(b *builder, _ *factYear) { b.period[2] = extract.PeriodSnapshot },
		"span":              func(b *builder, _ *factYear) { b.span[2] = Span{1, 6} },
		"year total":        func(b *builder, _ *factYear) { b.yearTotal[2] = true },
		"year":              func(_ *builder, y *factYear) { y.year = 2022 },
		"a record left out": func(_ *builder, y *factYear) { y.records = y.records[:1] },
		"no pairing":        func(_ *builder, y *factYear) { y.rates = nil },
		"another count": func(b *builder, y *factYear) {
			b.s.Records = append(b.s.Records, rec("b", 2, 3, "gift", year(2020)))
			b.period, b.span, b.yearTotal = append(b.period, "year"), append(b.span, Span{}), append(b.yearTotal, false)
			y.rates = []yearRate{{pairing{3, 1}, 0}}
		},
	}
	for name, change := range others {
		b, y := base()
		change(b, y)
		if key(b, y) == k0 {
			t.Errorf("%s changed: the key did not move", name)
		}
	}
}

// TestTablesKeyCoversEveryInput changes each input of a year's tables key
// beyond its facts key once: the key must move.
func TestTablesKeyCoversEveryInput(t *testing.T) {
	base := func() (*builder, *yearPart, *yearInputs) {
		b := &builder{
			s:        &Summary{Map: DefaultMap(), Province: "Hà Nội"},
			factOf:   []int{0, 1, -1},
			measures: map[int][]measureKey{2021: {{org: "Ba Đình"}, {org: "Tây Hồ"}}},
			orgType:  map[string]string{"Ba Đình": "quận", "Tây Hồ": "quận"},
			orgEra:   map[string]int{"Ba Đình": 1, "Tây Hồ": 1},
		}
		p := &yearPart{year: 2021, facts: []int{0, 1}, records: []int{0, 1}}
		return b, p, &yearInputs{local: []int{0, 1, 2}, key: "k"}
	}
	b0, p0, in0 := base()
	k0 := b0.tablesKey(p0, in0)
	changes := map[string]func(b *builder, p *yearPart, in *yearInputs){
		"facts key":        func(_ *builder, _ *yearPart, in *yearInputs) { in.key = "l" },
		"compared records": func(_ *builder, p *yearPart, _ *yearInputs) { p.records = []int{0} },
		"compared fact":    func(b *builder, _ *yearPart, _ *yearInputs) { b.factOf[1] = 0 },
		"org type":         func(b *builder, _ *yearPart, _ *yearInputs) { b.orgType["Tây Hồ"] = "huyện" },
		"org era":          func(b *builder, _ *yearPart, _ *yearInputs) { b.orgEra["Tây Hồ"] = 0 },
		"map":              func(b *builder, _ *yearPart, _ *yearInputs) { b.s.Map.Eras[1].Total++ },
		"province":         func(b *builder, _ *yearPart, _ *yearInputs) { b.s.Province = "" },
	}
	for name, change := range changes {
		b, p, in := base()
		change(b, p, in)
		if b.tablesKey(p, in) == k0 {
			t.Errorf("%s changed: the key did not move", name)
		}
	}
}

// TestPeriodsKeyCoversEveryInput changes each input of an article's
// periods key once: the key must move.
func TestPeriodsKeyCoversEveryInput(t *testing.T) {
	base := func() *builder {
		recs := []extract.Record{rec("a", 1, 12, "member", text("12 đoàn viên")), rec("a", 30, 7, "union")}
		return &builder{s: &Summary{Records: recs, Packed: extract.Pack(recs)}, skip: make([]bool, 2)}
	}
	const text = "Năm 2019, quận kết nạp 12 đoàn viên và 7 công đoàn cơ sở."
	k0 := base().periodsKey(newKeyWriter(""), text, 0, 2)
	changes := map[string]func(b *builder) string{
		"text":     func(*builder) string { return text + " " },
		"period":   func(b *builder) string { b.s.Records[1].Period = extract.PeriodSnapshot; return text },
		"status":   func(b *builder) string { b.s.Records[1].Status = extract.StatusPlanned; return text },
		"left out": func(b *builder) string { b.skip[1] = true; return text },
		"pos":      func(b *builder) string { b.s.Records[1].Pos++; return text },
		"len":      func(b *builder) string { b.s.Records[1].Len++; return text },
		"offset":   func(b *builder) string { b.s.Records[1].Offset++; return text },
		"phrase":   func(b *builder) string { b.s.Records[0].Text = "12"; return text },
		"sentence": func(b *builder) string { b.s.Records[1].Evidence = "t"; return text },
	}
	for name, change := range changes {
		b := base()
		text := change(b)
		b.s.Packed = extract.Pack(b.s.Records) // the builder reads them packed
		if b.periodsKey(newKeyWriter("x"), text, 0, 2) == k0 {
			t.Errorf("%s changed: the key did not move", name)
		}
	}
}

package gen

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// parsed is a figure read back from article text.
type parsed struct {
	value float64
	denom float64 // 0 when there is no "/Y"
}

// readNumber reads "1.715", "8,5" or "03" at s[i:] and returns it as
// mantissa / 10^scale.
func readNumber(s string, i int) (mant int64, scale, end int) {
	decimal := false
	for end = i; end < len(s); end++ {
		c := s[end]
		switch {
		case c >= '0' && c <= '9':
			mant = mant*10 + int64(c-'0')
			if decimal {
				scale++
			}
		case (c == '.' || c == ',') && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9':
			decimal = decimal || c == ','
		default:
			return mant, scale, end
		}
	}
	return mant, scale, end
}

var multipliers = []struct {
	word string
	mult int64
}{{" tỷ", 1e9}, {" tỉ", 1e9}, {" triệu", 1e6}, {" nghìn", 1e3}, {" ngàn", 1e3}}

// parseFigure reads the figure that starts at s[i:] the way the contract
// defines its value: thousands dots, decimal commas, multiplier words and
// compounds ("59 tỷ 850 triệu đồng"), X/Y.
func parseFigure(s string, i int) (parsed, error) {
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return parsed{}, errors.New("no digit at offset")
	}
	var p parsed
	var total float64
	for {
		mant, scale, end := readNumber(s, i)
		if end < len(s) && s[end] == '/' {
			d, _, _ := readNumber(s, end+1)
			p.denom = float64(d)
		}
		var mult int64 = 1
		for _, m := range multipliers {
			if strings.HasPrefix(s[end:], m.word) {
				mult = m.mult
				end += len(m.word)
				break
			}
		}
		if mult == 1 {
			total += float64(mant) / math.Pow10(scale)
			break
		}
		total += float64(mant * mult / int64(math.Pow10(scale)))
		// A compound goes on with a smaller unit: "59 tỷ 850 triệu".
		if end+1 < len(s) && s[end] == ' ' && s[end+1] >= '0' && s[end+1] <= '9' {
			i = end + 1
			continue
		}
		break
	}
	p.value = total
	return p, nil
}

func TestParseFigure(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want parsed
	}{
		{"thousands dots", "1.715 đoàn viên", parsed{value: 1715}},
		{"leading zero", "03 lớp", parsed{value: 3}},
		{"decimal comma percent", "137,24%", parsed{value: 137.24}},
		{"x over y", "1.715/1250 đoàn viên", parsed{value: 1715, denom: 1250}},
		{"compound ty trieu", "59 tỷ 850 triệu đồng", parsed{value: 59850000000}},
		{"compound trieu nghin", "1 triệu 200 nghìn đồng", parsed{value: 1200000}},
		{"decimal trieu", "8,5 triệu đồng", parsed{value: 8500000}},
		{"ngan", "500 ngàn đồng", parsed{value: 500000}},
		{"ti spelling", "1,25 tỉ VNĐ", parsed{value: 1250000000}},
		{"dotted trieu", "1.250 triệu đồng", parsed{value: 1250000000}},
		{"plain money", "58.000.000 VND", parsed{value: 58000000}},
		{"phan tram", "95 phần trăm", parsed{value: 95}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseFigure(tt.in, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("parseFigure(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

// chromeStart is where the trailing chrome begins, or len(text).
func chromeStart(text string) int {
	end := len(text)
	for _, h := range []string{"\nCó thể bạn quan tâm\n", "\nTin khác\n", "\nXem thêm\n"} {
		if i := strings.Index(text, h); i >= 0 && i < end {
			end = i
		}
	}
	return end
}

// checkArticle verifies one article against its gold records.
func checkArticle(t *testing.T, name string, text []byte, gold []GoldRecord) {
	t.Helper()
	s := string(text)
	chrome := chromeStart(s)
	last := -1
	for _, g := range gold {
		if g.Doc != name {
			t.Fatalf("%s: record doc %q", name, g.Doc)
		}
		if g.Offset <= last || g.Offset >= chrome {
			t.Fatalf("%s: offset %d out of order or in chrome (chrome at %d)", name, g.Offset, chrome)
		}
		last = g.Offset
		p, err := parseFigure(s, g.Offset)
		if err != nil {
			t.Fatalf("%s @%d: %v (%q)", name, g.Offset, err, s[g.Offset:min(len(s), g.Offset+20)])
		}
		if math.Abs(p.value-g.Value) > 1e-6*math.Max(1, g.Value) {
			t.Errorf("%s @%d: text %q reads %v, gold value %v", name, g.Offset, s[g.Offset:min(len(s), g.Offset+30)], p.value, g.Value)
		}
		var denom float64
		if g.Denominator != nil {
			denom = *g.Denominator
		}
		if p.denom != denom {
			t.Errorf("%s @%d: denominator %v, gold %v", name, g.Offset, p.denom, denom)
		}
		if !strings.Contains(s, g.Text) || g.Text == "" {
			t.Errorf("%s @%d: text %q not in article", name, g.Offset, g.Text)
		}
		if g.Offset > 0 && s[g.Offset-1] >= '0' && s[g.Offset-1] <= '9' {
			t.Errorf("%s @%d: offset inside a number", name, g.Offset)
		}
		if strings.HasSuffix(s[:g.Offset], "đạt ") && strings.HasSuffix(s[:g.Offset], "(đạt ") {
			t.Errorf("%s @%d: completion percent of an X/Y labelled", name, g.Offset)
		}
	}
}

func TestArticleGoldMatchesText(t *testing.T) {
	opts := Options{Seed: 42}
	for i := range 1000 {
		name, text, gold := Article(articleRand(opts.Seed, i), i, opts)
		checkArticle(t, name, text, gold)
		if t.Failed() {
			t.Logf("article:\n%s", text)
			return
		}
	}
}

func TestArticleDeterministic(t *testing.T) {
	opts := Options{Seed: 3}
	for i := range 50 {
		n1, t1, g1 := Article(articleRand(opts.Seed, i), i, opts)
		n2, t2, g2 := Article(articleRand(opts.Seed, i), i, opts)
		if n1 != n2 || !bytes.Equal(t1, t2) {
			t.Fatalf("article %d differs between runs", i)
		}
		if diff := cmp.Diff(g1, g2); diff != "" {
			t.Fatalf("gold of article %d differs (-first +second):\n%s", i, diff)
		}
		_, t3, _ := Article(articleRand(opts.Seed+1, i), i, opts)
		if bytes.Equal(t1, t3) {
			t.Fatalf("article %d is the same for seeds %d and %d", i, opts.Seed, opts.Seed+1)
		}
	}
}

func TestCoverage(t *testing.T) {
	want := map[string][]string{
		"unit": {"member", "union", "person", "collective", "organization", "household", "gift",
			"vnd", "percent", "event", "initiative", "item", "count"},
		"category":  {"membership", "welfare", "representation", "emulation", "training", "finance", "culture", "other"},
		"qualifier": {qualExact, qualMoreThan, qualAtLeast, qualAbout},
		"basis":     {basisTotal, basisPerUnit},
		"status":    {statusAchieved, statusPlanned},
		"period":    {periodYear, periodMultiYear, periodSnapshot},
		"org_type":  {typeQuan, typeHuyen, typeThiXa, typePhuong, typeXa, typeCity, typeCluster, typeSector, typeOther},
	}
	seen := map[string]map[string]int{}
	for k := range want {
		seen[k] = map[string]int{}
	}
	forms := map[string]int{}
	opts := Options{Seed: 1}
	for i := range 2000 {
		_, text, gold := Article(articleRand(opts.Seed, i), i, opts)
		for _, g := range gold {
			seen["unit"][g.Unit]++
			seen["category"][g.Category]++
			seen["qualifier"][g.Qualifier]++
			seen["basis"][g.Basis]++
			seen["status"][g.Status]++
			seen["period"][g.Period]++
			seen["org_type"][g.OrgType]++
			rest := string(text[g.Offset:min(len(text), g.Offset+40)])
			for _, f := range []string{" tỷ ", " tỉ ", " triệu ", " nghìn ", " ngàn ", " VNĐ", " VND", "%", " phần trăm", "/"} {
				if strings.Contains(rest[:min(len(rest), 30)], f) {
					forms[f]++
				}
			}
			if g.Offset+1 < len(text) && text[g.Offset] == '0' && text[g.Offset+1] != ',' {
				forms["leading zero"]++
			}
		}
	}
	for k, codes := range want {
		for _, c := range codes {
			if seen[k][c] == 0 {
				t.Errorf("%s %q never generated", k, c)
			}
		}
		for c := range seen[k] {
			if !slices.Contains(codes, c) {
				t.Errorf("%s %q is not a contract code", k, c)
			}
		}
	}
	for _, f := range []string{" tỷ ", " tỉ ", " triệu ", " nghìn ", " ngàn ", " VNĐ", " VND", "%", " phần trăm", "/", "leading zero"} {
		if forms[f] == 0 {
			t.Errorf("number form %q never generated", f)
		}
	}
}

func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	opts := Options{Articles: 300, Seed: 9, Start: 2019, End: 2025}
	stats, err := Generate(context.Background(), dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 300 || stats.Records == 0 || stats.Bytes == 0 {
		t.Fatalf("stats %+v", stats)
	}
	goldBytes, err := os.ReadFile(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSuffix(goldBytes, []byte("\n")), []byte("\n"))
	if len(lines) != stats.Records {
		t.Fatalf("%d gold lines, stats say %d", len(lines), stats.Records)
	}
	// The key order of shared/gold/seeds.jsonl.
	keys := []string{"doc", "value", "denominator", "unit", "qualifier", "basis", "status", "period",
		"year", "org", "org_type", "province", "category", "text", "offset"}
	byDoc := map[string][]GoldRecord{}
	for _, line := range lines {
		var got []string
		dec := json.NewDecoder(bytes.NewReader(line))
		if _, err := dec.Token(); err != nil {
			t.Fatal(err)
		}
		for dec.More() {
			k, _ := dec.Token()
			got = append(got, k.(string))
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				t.Fatal(err)
			}
		}
		if diff := cmp.Diff(keys, got); diff != "" {
			t.Fatalf("gold keys (-want +got):\n%s", diff)
		}
		var g GoldRecord
		if err := json.Unmarshal(line, &g); err != nil {
			t.Fatal(err)
		}
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	files := 0
	err = filepath.WalkDir(filepath.Join(dir, "corpus"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		rel, _ := filepath.Rel(filepath.Join(dir, "corpus"), path)
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		checkArticle(t, filepath.ToSlash(rel), text, byDoc[filepath.ToSlash(rel)])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files != 300 {
		t.Errorf("%d article files, want 300", files)
	}

	// Same options, byte-identical output; another seed, another corpus.
	again := t.TempDir()
	if _, err := Generate(context.Background(), again, opts); err != nil {
		t.Fatal(err)
	}
	if !sameTree(t, dir, again) {
		t.Error("two runs with the same options differ")
	}
	other := t.TempDir()
	opts.Seed++
	if _, err := Generate(context.Background(), other, opts); err != nil {
		t.Fatal(err)
	}
	if sameTree(t, dir, other) {
		t.Error("different seeds gave the same corpus")
	}
}

// sameTree reports whether two generated directories hold the same files
// with the same bytes.
func sameTree(t *testing.T, a, b string) bool {
	t.Helper()
	same := true
	err := filepath.WalkDir(a, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, path)
		x, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			same = false
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return same
}

func TestGenerateOptions(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		ok   bool
	}{
		{"defaults", Options{Articles: 3}, true},
		{"zero articles", Options{}, true},
		{"negative articles", Options{Articles: -1}, false},
		{"start after end", Options{Articles: 1, Start: 2022, End: 2020}, false},
		{"year out of range", Options{Articles: 1, Start: 1800, End: 2020}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Generate(context.Background(), t.TempDir(), tt.opts)
			if tt.ok != (err == nil) {
				t.Fatalf("err = %v, want ok=%v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrOptions) {
				t.Errorf("err = %v, want ErrOptions", err)
			}
		})
	}
}

func TestGenerateCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Generate(ctx, t.TempDir(), Options{Articles: 1000})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestAppendMoney(t *testing.T) {
	values := []int64{1000, 500_000, 1_000_000, 1_200_000, 8_500_000, 58_000_000, 1_000_000_000,
		1_250_000_000, 59_850_000_000, 123_456_000}
	r := rand.New(rand.NewPCG(1, 1))
	for _, v := range values {
		for range 30 {
			b := &builder{r: r}
			b.appendMoney(v)
			p, err := parseFigure(string(b.b), 0)
			if err != nil || p.value != float64(v) {
				t.Errorf("appendMoney(%d) wrote %q, reads %v (%v)", v, b.b, p.value, err)
			}
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hướng về cơ sở, vì công nhân viên chức và người lao động", "huong ve co so vi cong nhan vien chuc va nguoi lao dong"},
		{"Quận Đống Đa: Trao 120 suất quà", "quan dong da trao 120 suat qua"},
		{"“Tết sum vầy”", "tet sum vay"},
	}
	for _, tt := range tests {
		if got := string(appendSlug(nil, tt.in)); got != tt.want {
			t.Errorf("appendSlug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBanks(t *testing.T) {
	for _, c := range bank.cats {
		if len(c.vp) == 0 || len(c.ex) == 0 || len(c.vpPlan) == 0 || len(c.exPlan) == 0 {
			t.Errorf("category %s lacks clauses for some status", c.cat)
		}
	}
	for name, o := range map[string]openers{"year VP": bank.openYearVP, "year EX": bank.openYearEX} {
		if len(o.withYear) == 0 {
			t.Errorf("%s openers: none names the year", name)
		}
	}
	if _, err := parseTmpl("", "bad [unclosed"); err == nil {
		t.Error("unclosed alternative parsed")
	}
	if _, err := parseTmpl("", "{#nounit}"); err == nil {
		t.Error("unknown unit parsed")
	}
	if tm, err := parseTmpl("welfare", "!=emulation khen thưởng {#person} cháu"); err != nil || tm.cat != "emulation" || !tm.achievedOnly {
		t.Errorf("a category of its own: %+v, %v", tm, err)
	}
	if _, err := parseTmpl("welfare", "=emulation"); err == nil {
		t.Error("a category with no text parsed")
	}
}

func BenchmarkArticle(b *testing.B) {
	opts := Options{Seed: 1}
	var size int
	for i := range 200 {
		_, text, _ := Article(articleRand(opts.Seed, i), i, opts)
		size += len(text)
	}
	b.SetBytes(int64(size / 200))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Article(articleRand(opts.Seed, i), i, opts)
		i++
	}
}

func TestAppendJSON(t *testing.T) {
	d := 31.0
	tests := []GoldRecord{
		{Doc: "2019/000001.txt", Value: 59850000000, Denominator: nil, Unit: "vnd", Text: `say "hi"\ and “quote”`, Offset: 3937},
		{Doc: "a", Value: 137.24, Denominator: &d, Unit: "union", Year: 2019, Org: "Ba Đình", Text: "tab\there\n"},
	}
	for _, g := range tests {
		want, err := json.Marshal(&g)
		if err != nil {
			t.Fatal(err)
		}
		var a, b any
		if err := json.Unmarshal(want, &a); err != nil {
			t.Fatal(err)
		}
		got := g.appendJSON(nil)
		if err := json.Unmarshal(got, &b); err != nil {
			t.Fatalf("appendJSON wrote invalid JSON %s: %v", got, err)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("appendJSON differs from encoding/json (-want +got):\n%s", diff)
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	opts := Options{Articles: 2000, Seed: 1}
	dir := b.TempDir()
	var bytes int64
	for b.Loop() {
		stats, err := Generate(context.Background(), dir, opts)
		if err != nil {
			b.Fatal(err)
		}
		bytes = stats.Bytes
	}
	b.SetBytes(bytes)
}

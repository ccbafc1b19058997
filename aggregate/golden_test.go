package aggregate_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/build"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/gen"
)

var update = flag.Bool("update", false, "rewrite testdata/summary.golden")

const goldenFile = "testdata/summary.golden"

// corpusInput reads and extracts the .txt and .jsonl files under dir for
// Hà Nội's report, with the province's map, as a build does.
func corpusInput(t testing.TB, dir string) aggregate.Input {
	t.Helper()
	var articles []corpus.Article
	root := os.DirFS(dir)
	err := fs.WalkDir(root, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".jsonl")) {
			return err
		}
		raw, err := fs.ReadFile(root, path)
		if err != nil {
			return err
		}
		arts, _ := corpus.ParseFile(path, raw)
		articles = append(articles, arts...)
		return nil
	})
	if err != nil {
		t.Fatalf("read %s: %v", dir, err)
	}
	return extracted(t, articles)
}

// generatedInput is n articles of the generator with the given seed.
func generatedInput(t testing.TB, n int, seed uint64) aggregate.Input {
	t.Helper()
	var articles []corpus.Article
	for i := range n {
		name, raw, _ := gen.Article(rand.New(rand.NewPCG(seed, uint64(i))), i, gen.Options{})
		arts, _ := corpus.ParseFile(name, raw)
		articles = append(articles, arts...)
	}
	return extracted(t, articles)
}

func extracted(t testing.TB, articles []corpus.Article) aggregate.Input {
	t.Helper()
	province, m, err := build.ProvinceMap("Hà Nội")
	if err != nil {
		t.Fatal(err)
	}
	in := aggregate.Input{Articles: articles, Province: province, Map: &m}
	for i := range articles {
		recs, warns := extract.Article(&articles[i])
		in.Records = append(in.Records, recs...)
		for _, w := range warns {
			in.Warnings = append(in.Warnings, aggregate.Warning{Doc: articles[i].Doc, Message: w})
		}
	}
	return in
}

// digest is the SHA-256 of v's JSON encoding, which tells nil from empty
// slices and prints floats exactly.
func digest(t testing.TB, v any) string {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encode %T: %v", v, err)
	}
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:12])
}

// wholeTarget is aggregate.Target as it was before Result: Facts the plan's
// facts then the result's, which the golden digests pin.
type wholeTarget struct {
	Org                          string
	Year                         int
	Category                     string
	Unit                         string
	Planned                      float64
	Achieved, Completion, Stated *float64
	Span                         aggregate.Span
	Facts                        []int
}

func wholeTargets(ts []aggregate.Target) []wholeTarget {
	out := make([]wholeTarget, len(ts))
	for i := range ts {
		t := &ts[i]
		out[i] = wholeTarget{t.Org, t.Year, t.Category, t.Unit, t.Planned, t.Achieved, t.Completion, t.Stated, t.Span, t.AllFacts()}
	}
	return out
}

// digests gives one line per field of the Summary, and one for the input
// (records, articles, warnings), so that a
// failure says which table changed, or that the input did (extraction or
// the generator changed: check the difference, then -update).
func digests(t testing.TB, name string, in aggregate.Input) []string {
	t.Helper()
	recs := slices.Clone(in.Records)
	s, facts := aggregate.BuildWithFacts(in)
	lines := []string{fmt.Sprintf("%s input %s %d records", name, digest(t, []any{recs, in.Articles, in.Warnings}), len(recs))}
	v := reflect.ValueOf(*s)
	for i := range v.NumField() {
		f := v.Type().Field(i)
		field := v.Field(i).Interface()
		if f.Name == "Facts" {
			field = facts // whole: Summary.Facts keeps part of each
		}
		if f.Name == "Targets" {
			field = wholeTargets(s.Targets)
		}
		if f.Name == "Packed" {
			// Build's own: the records are in Records once it returns.
			if s.Packed != nil {
				t.Errorf("%s: Summary.Packed is set after Build", name)
			}
			continue
		}
		lines = append(lines, fmt.Sprintf("%s %s %s", name, f.Name, digest(t, field)))
	}
	return lines
}

// TestSummaryGolden pins Build's whole Summary on the sample, the held-out
// corpus and generated corpora: any change to the rules or to how they are
// computed shows here, table by table. Speed work must leave it as it is.
func TestSummaryGolden(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 200
	}
	cases := []struct {
		name string
		in   func() aggregate.Input
	}{
		{"sample", func() aggregate.Input { return corpusInput(t, "../testdata/corpus") }},
		{"heldout", func() aggregate.Input { return corpusInput(t, "../testdata/heldout") }},
		{fmt.Sprintf("generated-%d-seed1", n), func() aggregate.Input { return generatedInput(t, n, 1) }},
		{fmt.Sprintf("generated-%d-seed3", n), func() aggregate.Input { return generatedInput(t, n, 3) }},
	}
	want := readGolden(t)
	var all []string
	for _, c := range cases {
		got := digests(t, c.name, c.in())
		all = append(all, got...)
		if *update {
			continue
		}
		if len(want[c.name]) == 0 {
			t.Errorf("%s: not in %s: run go test -run TestSummaryGolden -update", c.name, goldenFile)
			continue
		}
		if got[0] != want[c.name][0] {
			t.Errorf("%s: the input changed (extraction or the generator):\n got %s\nwant %s\ncheck that the Summary's changes are meant, then run with -update", c.name, got[0], want[c.name][0])
			continue
		}
		if diff := lineDiff(want[c.name], got); diff != "" {
			t.Errorf("%s: the Summary changed for the same input (-want +got):\n%s", c.name, diff)
		}
	}
	if *update {
		// Keep the lines of cases this run did not make (the long ones under -short).
		made := map[string]bool{}
		for _, c := range cases {
			made[c.name] = true
		}
		var kept []string
		for name, lines := range want {
			if !made[name] {
				kept = append(kept, lines...)
			}
		}
		all = append(kept, all...)
		slices.SortStableFunc(all, func(x, y string) int {
			return strings.Compare(strings.Fields(x)[0], strings.Fields(y)[0])
		})
		if err := os.WriteFile(goldenFile, []byte(strings.Join(all, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readGolden(t *testing.T) map[string][]string {
	t.Helper()
	raw, err := os.ReadFile(goldenFile)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	want := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		if name, _, ok := strings.Cut(sc.Text(), " "); ok {
			want[name] = append(want[name], sc.Text())
		}
	}
	return want
}

func lineDiff(want, got []string) string {
	var b strings.Builder
	for _, l := range want {
		if !slices.Contains(got, l) {
			fmt.Fprintf(&b, "-%s\n", l)
		}
	}
	for _, l := range got {
		if !slices.Contains(want, l) {
			fmt.Fprintf(&b, "+%s\n", l)
		}
	}
	return b.String()
}

// TestBuildSameOnAnyCores checks that the Summary does not depend on how
// many cores Build runs on: its parallel steps give the same result as one
// core does.
func TestBuildSameOnAnyCores(t *testing.T) {
	in := generatedInput(t, 300, 5)
	records := in.Records
	build := func(procs int) *aggregate.Summary {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		in.Records = slices.Clone(records)
		return aggregate.Build(in)
	}
	want := build(1)
	for _, procs := range []int{2, 3, 8} {
		if got := build(procs); !reflect.DeepEqual(got, want) {
			t.Errorf("GOMAXPROCS=%d: the Summary differs from that of one core", procs)
		}
	}
}

// TestAfterFactsMayReleaseTexts checks the promises of Input.AfterTexts
// and AfterFacts: a caller that empties every article's text and
// paragraphs and every record's evidence sentence and phrase in the first
// (as the build does, moving them to a scratch file), then takes the
// records away in the second (emptied, so that a read of one would show)
// and puts them back after Build, gets the Summary of a build that kept
// them, but for those fields.
func TestAfterFactsMayReleaseTexts(t *testing.T) {
	for name, in := range map[string]func() aggregate.Input{
		"sample":    func() aggregate.Input { return corpusInput(t, "../testdata/corpus") },
		"generated": func() aggregate.Input { return generatedInput(t, 300, 5) },
		"a record without an org": func() aggregate.Input {
			text := "Năm 2019 kết nạp một trăm hai mươi đoàn viên."
			return aggregate.Input{
				Articles: []corpus.Article{{Doc: "a", Text: text}},
				Records: []extract.Record{{
					Doc: "a", Offset: 17, Pos: 17, Len: 29, Value: 120, Unit: "member", Noun: "đoàn viên",
					Qualifier: extract.QualExact, Basis: extract.BasisTotal, Status: extract.StatusAchieved,
					Period: extract.PeriodYear, Year: 2019, Category: "membership", Evidence: text, Text: text[17:],
				}},
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			release := func(s *aggregate.Summary) {
				for i := range s.Articles {
					s.Articles[i].Text, s.Articles[i].Paras = "", nil
				}
				for i := range s.Records {
					r := &s.Records[i]
					r.Evidence, r.Text = "", ""
				}
				for i := range s.Packed.Len() { // while Build runs
					s.Packed.SetTexts(i, "", "")
				}
			}
			want := aggregate.Build(in())
			release(want)
			var calls []string
			released := in()
			var kept []extract.Record
			released.AfterTexts = func(s *aggregate.Summary) {
				calls = append(calls, "AfterTexts")
				release(s)
			}
			released.AfterFacts = func(s *aggregate.Summary) {
				calls = append(calls, "AfterFacts")
				// The records go too, and come back after Build.
				kept = s.Packed.Unpack()
				for i := range s.Packed.Len() {
					s.Packed.Set(i, &extract.Record{})
				}
				s.Packed = nil
			}
			got := aggregate.Build(released)
			if !slices.Equal(calls, []string{"AfterTexts", "AfterFacts"}) {
				t.Fatalf("hooks called: %v, want AfterTexts then AfterFacts, once each", calls)
			}
			if got.Records != nil || got.Packed != nil {
				t.Fatalf("Summary.Records = %d records after AfterFacts took them, want none", len(got.Records))
			}
			got.Records = kept
			v, w := reflect.ValueOf(*got), reflect.ValueOf(*want)
			for i := range v.NumField() {
				if !reflect.DeepEqual(v.Field(i).Interface(), w.Field(i).Interface()) {
					t.Errorf("Summary.%s differs when the texts are released after the facts", v.Type().Field(i).Name)
				}
			}
		})
	}
}

package corrections

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// article is an invented article about an invented district's union work.
const article = `Liên đoàn Lao động quận Ba Đình
Ba Đình kết nạp đoàn viên mới
Năm 2024, Liên đoàn Lao động quận Ba Đình đã kết nạp 1.250 đoàn viên và thành lập 12 công đoàn cơ sở.

Dịp Tết, Liên đoàn Lao động quận trao 300 suất quà cho đoàn viên khó khăn.

Sau đó, Liên đoàn Lao động quận trao 300 suất quà cho đoàn viên khó khăn.
`

// extracted reads text as the build does: cleaned, then extracted.
func extracted(t testing.TB, doc, text string) (corpus.Article, []extract.Record) {
	t.Helper()
	a, _, err := corpus.ParseText(doc, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := extract.Article(&a)
	extract.Sort(recs)
	return a, recs
}

// recordAt is the record whose number is the first one written as num.
func recordAt(t testing.TB, a corpus.Article, recs []extract.Record, num string) extract.Record {
	t.Helper()
	for _, r := range recs {
		if a.Text[r.Pos:r.Pos+r.Len] == num {
			return r
		}
	}
	t.Fatalf("no record of %q in %v", num, recs)
	return extract.Record{}
}

// csvOf is a corrections file: the header, then rows of key=value cells.
func csvOf(rows ...map[string]string) string {
	var b strings.Builder
	b.WriteString("\uFEFF" + strings.Join(Headers(), ",") + "\n")
	for _, r := range rows {
		cells := make([]string, len(Columns))
		for i, c := range Columns {
			v := r[c.Key]
			if strings.ContainsAny(v, ",\"\n") {
				v = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
			}
			cells[i] = v
		}
		b.WriteString(strings.Join(cells, ",") + "\n")
	}
	return b.String()
}

// decision is a row deciding about rec, anchored by its quote.
func decision(a corpus.Article, rec extract.Record, action string, kv ...string) map[string]string {
	q := QuoteOf(&a, rec.Pos, rec.Len)
	m := map[string]string{ColID: ID(&rec), ColAction: action, ColExact: q.Exact, ColPrefix: NeutralizeCell(q.Prefix),
		ColSuffix: NeutralizeCell(q.Suffix), ColWho: "Nguyễn Thị Lan", ColWhen: "05/01/2025", ColWhy: "đối chiếu báo cáo quận"}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

func TestApply(t *testing.T) {
	a, recs := extracted(t, "ba-dinh.txt", article)
	members := recordAt(t, a, recs, "1.250")
	unions := recordAt(t, a, recs, "12")
	gifts := recs[len(recs)-2]
	caption := recs[len(recs)-1]
	if gifts.Value != 300 || caption.Value != 300 {
		t.Fatalf("want the gifts twice at the end: %+v", recs)
	}
	tests := []struct {
		name  string
		rows  []map[string]string
		check func(t *testing.T, res Result)
	}{
		{
			name: "reject drops the record",
			rows: []map[string]string{decision(a, unions, "loại")},
			check: func(t *testing.T, res Result) {
				if len(res.Records) != len(recs)-1 || res.Count(Reject) != 1 {
					t.Errorf("got %d records, %d rejected", len(res.Records), res.Count(Reject))
				}
				for _, r := range res.Records {
					if r.Offset == unions.Offset {
						t.Errorf("rejected record still there")
					}
				}
			},
		},
		{
			name: "change sets fields and keeps the original",
			rows: []map[string]string{decision(a, members, "sửa", ColValue, "1.205", ColOrg, "Tây Hồ", ColCategory, "Phát triển đoàn viên, thành lập công đoàn cơ sở")},
			check: func(t *testing.T, res Result) {
				n, ok := res.Notes[ID(&members)]
				if !ok || n.Original == nil || n.Original.Value != 1250 {
					t.Fatalf("note: %+v", n)
				}
				r := res.Records[indexOf(res.Records, members.Offset)]
				if r.Value != 1205 || r.Org != "Tây Hồ" || r.Category != "membership" || r.Year != members.Year {
					t.Errorf("changed record: %+v", r)
				}
			},
		},
		{
			name: "merge drops the caption's record and notes the body's",
			rows: []map[string]string{decision(a, caption, "gộp", ColMergeWith, ID(&gifts))},
			check: func(t *testing.T, res Result) {
				if len(res.Records) != len(recs)-1 || indexOf(res.Records, caption.Offset) >= 0 {
					t.Errorf("caption record kept")
				}
				if n := res.Notes[ID(&gifts)]; n.Action != Merge || len(n.Merged) != 1 || n.Merged[0] != ID(&caption) {
					t.Errorf("note: %+v", n)
				}
			},
		},
		{
			name: "add a missed figure",
			rows: []map[string]string{{ColID: "ba-dinh.txt#0", ColAction: "thêm", ColExact: "2024", ColSuffix: ", Liên đoàn",
				ColValue: "3", ColUnit: "event", ColOrg: "Ba Đình", ColOrgType: "quận", ColProvince: "Hà Nội", ColYear: "2024", ColCategory: "other",
				ColWho: "Lan", ColWhy: "thử"}},
			check: func(t *testing.T, res Result) {
				if len(res.Applied) != 1 || res.Applied[0].After == nil {
					t.Fatalf("applied: %+v stale %+v", res.Applied, res.Stale)
				}
				r := *res.Applied[0].After
				if r.Value != 3 || r.Unit != "event" || r.Status != "achieved" || r.Text != "2024" || !strings.HasPrefix(r.Evidence, "Năm 2024") {
					t.Errorf("added: %+v", r)
				}
				if _, ok := res.Notes[ID(&r)]; !ok || indexOf(res.Records, r.Offset) < 0 {
					t.Errorf("added record not in the records or notes")
				}
			},
		},
		{
			name: "an added figure the extractor reads is stale",
			rows: []map[string]string{decision(a, unions, "thêm", ColValue, "12", ColUnit, "union", ColOrg, "Ba Đình", ColProvince, "Hà Nội", ColYear, "2024", ColCategory, "membership")},
			check: func(t *testing.T, res Result) {
				if len(res.Stale) != 1 || res.Stale[0].Reason != StaleExtracted || len(res.Records) != len(recs) {
					t.Errorf("stale %+v", res.Stale)
				}
			},
		},
		{
			name: "a phrase in caption and body with the same context is ambiguous without the hint",
			rows: []map[string]string{decision(a, caption, "loại", ColPrefix, "quận trao ", ColID, "ba-dinh.txt#1")},
			check: func(t *testing.T, res Result) {
				if len(res.Stale) != 1 || res.Stale[0].Reason != StaleAmbiguous || len(res.Records) != len(recs) {
					t.Errorf("stale %+v, %d records", res.Stale, len(res.Records))
				}
			},
		},
		{
			name: "the hint picks one of two equal phrases",
			rows: []map[string]string{decision(a, caption, "loại", ColPrefix, "quận trao ")},
			check: func(t *testing.T, res Result) {
				if len(res.Stale) != 0 || indexOf(res.Records, caption.Offset) >= 0 || indexOf(res.Records, gifts.Offset) < 0 {
					t.Errorf("stale %+v", res.Stale)
				}
			},
		},
		{
			name: "a changed number is stale",
			rows: []map[string]string{decision(a, members, "loại", ColExact, "1.520")},
			check: func(t *testing.T, res Result) {
				if len(res.Stale) != 1 || res.Stale[0].Reason != StaleGone || len(res.Records) != len(recs) {
					t.Errorf("stale %+v", res.Stale)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := Read("corrections.csv", []byte(csvOf(tt.rows...)))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Apply("corrections.csv", slices.Clone(recs), []corpus.Article{a}, rows)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, res)
		})
	}
}

func indexOf(rs []extract.Record, offset int) int {
	for i, r := range rs {
		if r.Offset == offset {
			return i
		}
	}
	return -1
}

// TestApplyFollowsEdits: an edit before the number moves its offset and
// the correction follows it; an edit of the number's phrase makes it stale.
func TestApplyFollowsEdits(t *testing.T) {
	a, recs := extracted(t, "ba-dinh.txt", article)
	members := recordAt(t, a, recs, "1.250")
	rows, err := Read("c.csv", []byte(csvOf(decision(a, members, "sửa", ColOrg, "Tây Hồ"))))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		edit      func(string) string
		wantStale string
	}{
		{"unchanged", func(s string) string { return s }, ""},
		{"a word added before", func(s string) string {
			return strings.Replace(s, "Ba Đình kết nạp", "Ba Đình tiếp tục kết nạp", 1)
		}, ""},
		{"the number changed", func(s string) string { return strings.Replace(s, "1.250", "1.350", 1) }, StaleGone},
		{"the words after it changed", func(s string) string {
			return strings.Replace(s, "1.250 đoàn viên và", "1.250 đoàn viên mới và", 1)
		}, StaleGone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, brecs := extracted(t, "ba-dinh.txt", tt.edit(article))
			res, err := Apply("c.csv", brecs, []corpus.Article{b}, rows)
			if err != nil {
				t.Fatal(err)
			}
			var stale string
			if len(res.Stale) > 0 {
				stale = res.Stale[0].Reason
			}
			if stale != tt.wantStale {
				t.Fatalf("stale %q, want %q", stale, tt.wantStale)
			}
			changed := 0
			for _, r := range res.Records {
				if r.Org == "Tây Hồ" {
					changed++
					if b.Text[r.Pos:r.Pos+r.Len] != "1.250" {
						t.Errorf("applied to %q", b.Text[r.Pos:r.Pos+r.Len])
					}
				}
			}
			if want := map[bool]int{true: 0, false: 1}[tt.wantStale != ""]; changed != want {
				t.Errorf("%d records changed, want %d", changed, want)
			}
		})
	}
}

func TestApplyErrors(t *testing.T) {
	a, recs := extracted(t, "ba-dinh.txt", article)
	members := recordAt(t, a, recs, "1.250")
	tests := []struct {
		name string
		rows []map[string]string
		want string
	}{
		{"unknown article", []map[string]string{decision(a, members, "loại", ColID, "tay-ho.txt#12")}, `row 2, field "Mã số liệu": unknown record id "tay-ho.txt#12": no article "tay-ho.txt"`},
		{"two rows about one record", []map[string]string{decision(a, members, "loại"), decision(a, members, "sửa", ColYear, "2023")}, "row 3, field \"Mã số liệu\": row 2 already decides"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := Read("c.csv", []byte(csvOf(tt.rows...)))
			if err != nil {
				t.Fatal(err)
			}
			_, err = Apply("c.csv", slices.Clone(recs), []corpus.Article{a}, rows)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
	}
}

func TestQuoteOf(t *testing.T) {
	a := corpus.Article{Text: "Đầu dòng.\nNăm nay quận kết nạp 1.250 đoàn viên mới, vượt kế hoạch năm.\nCuối."}
	pos := strings.Index(a.Text, "1.250")
	got := QuoteOf(&a, pos, len("1.250"))
	want := Quote{Exact: "1.250", Prefix: "Năm nay quận kết nạp ", Suffix: " đoàn viên mới, vượt kế "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

// TestApplyWithoutSourceMap: an article read back from the extraction
// cache has no map to source offsets; the rows apply to it as to the
// article read from its file, with the same ids.
func TestApplyWithoutSourceMap(t *testing.T) {
	a, recs := extracted(t, "ba-dinh.txt", article)
	cached := corpus.Article{Doc: a.Doc, Title: a.Title, Kicker: a.Kicker, Text: a.Text, Paras: a.Paras}
	caption := recs[len(recs)-1]
	rows, err := Read("c.csv", []byte(csvOf(
		decision(a, caption, "loại", ColPrefix, "quận trao "), // the hint decides between two equal phrases
		map[string]string{ColID: "ba-dinh.txt#5", ColAction: "thêm", ColExact: "2024", ColSuffix: ", Liên đoàn", ColValue: "3", ColUnit: "event",
			ColOrg: "Ba Đình", ColProvince: "Hà Nội", ColYear: "2024", ColCategory: "other", ColWho: "Lan", ColWhy: "thử"},
	)))
	if err != nil {
		t.Fatal(err)
	}
	var ids [2][]string
	for i, art := range []corpus.Article{a, cached} {
		res, err := Apply("c.csv", slices.Clone(recs), []corpus.Article{art}, rows)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Stale) != 0 {
			t.Fatalf("stale: %+v", res.Stale)
		}
		for _, r := range res.Records {
			ids[i] = append(ids[i], ID(&r))
		}
	}
	if diff := cmp.Diff(ids[0], ids[1]); diff != "" {
		t.Errorf("ids differ with and without the source map (-file +cache):\n%s", diff)
	}
	if !slices.Contains(ids[0], "ba-dinh.txt#5") {
		t.Errorf("the added figure does not keep its row's id: %v", ids[0])
	}
}

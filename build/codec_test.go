package build

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// codecOpts compare file results: an article read back lacks only its
// unexported map to source offsets.
var codecOpts = []cmp.Option{
	cmp.AllowUnexported(fileResult{}),
	cmpopts.IgnoreUnexported(corpus.Article{}),
	cmpopts.EquateEmpty(),
	// A packed table compares as its records.
	cmp.Transformer("unpack", (*extract.Table).Unpack),
}

func sampleFile() fileResult {
	den := 1250.0
	done := 137.24
	const ev = "Năm 2021, LĐLĐ quận Ba Đình kết nạp 1.715/1250 đoàn viên."
	return fileResult{
		warnings: []corpus.Warning{{Doc: "2021/a.jsonl#L3", Message: "line 3 (byte 812): invalid JSON"}},
		articles: []corpus.Article{
			{
				Doc: "2021/a.jsonl#x1", URL: "https://laodongthudo.vn/a.html", Title: "Ba Đình kết nạp 1.715 đoàn viên",
				Kicker: "Liên đoàn Lao động quận Ba Đình", Published: "2021-12-30", Hash: "abc",
				Text:  "Ba Đình kết nạp 1.715 đoàn viên\n" + ev,
				Paras: []corpus.Paragraph{{Start: 0, End: 31, Kind: corpus.KindTitle}, {Start: 32, End: 32 + len(ev), Kind: corpus.KindLead}},
			},
			{Doc: "2021/a.jsonl#x2", Text: ""},
		},
		records: [][]extract.Record{
			{
				{Doc: "2021/a.jsonl#x1", Value: 1715, Denominator: &den, Completion: &done, Unit: "member", Qualifier: "exact",
					Basis: "total", Status: "achieved", Period: "year", Year: 2021, Org: "Ba Đình", OrgType: "quận",
					Category: "membership", Evidence: ev, Offset: 10, Text: "kết nạp 1.715/1250 đoàn viên", Noun: "đoàn viên",
					Pos: 40, Len: 10, Para: 1},
				{Doc: "2021/a.jsonl#x1", Value: 12, Unit: "union", Qualifier: "exact", Basis: "total", Status: "achieved",
					Period: "year", Year: 2021, Org: "Ba Đình", OrgType: "quận", Category: "membership",
					Evidence: ev, Offset: 10, Text: "thành lập 12 CĐCS", Noun: "cđcs", Pos: 80, Len: 2, Para: 1},
				{Doc: "2021/a.jsonl#x1", Value: -3, Offset: -1},
			},
			nil,
		},
	}
}

// decodeAll decodes a payload's records too, each article's into a slice
// of its own.
func decodeAll(payload string) (fileResult, error) {
	fr, err := decodeFile(payload, nil)
	if err != nil {
		return fr, err
	}
	fr.records = make([][]extract.Record, len(fr.articles))
	err = fr.decodeRecords(func(i int, rs []extract.Record) {
		fr.records[i] = append(make([]extract.Record, 0, len(rs)), rs...)
	})
	if err != nil {
		return fileResult{}, err
	}
	fr.payload, fr.blocks = "", nil
	return fr, nil
}

func TestCodecRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   fileResult
	}{
		{"nothing", fileResult{}},
		{"only a warning", fileResult{warnings: []corpus.Warning{{Doc: "x.txt", Message: "empty file"}}}},
		{"articles with records and warnings", sampleFile()},
		{"every field set", filledFile()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeAll(string(encodeFile(&tt.in)))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.in, got, codecOpts...); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			// The records decode the same from what keepRecords keeps.
			fr, err := decodeFile(string(encodeFile(&tt.in)), nil)
			if err != nil {
				t.Fatal(err)
			}
			fr.keepRecords()
			fr.records = make([][]extract.Record, len(fr.articles))
			if err := fr.decodeRecords(func(i int, rs []extract.Record) {
				fr.records[i] = append(make([]extract.Record, 0, len(rs)), rs...)
			}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got.records, fr.records, codecOpts...); diff != "" {
				t.Errorf("records decoded from the kept bytes (-whole payload +kept):\n%s", diff)
			}
		})
	}
}

// TestCodecDecodedStringsAreCopies: no decoded string shares the payload's
// memory, which would keep the whole payload in memory for as long as the
// string is (until the site is published).
func TestCodecDecodedStringsAreCopies(t *testing.T) {
	for _, in := range []fileResult{sampleFile(), filledFile()} {
		payload := string(encodeFile(&in))
		got, err := decodeAll(payload)
		if err != nil {
			t.Fatal(err)
		}
		start := uintptr(unsafe.Pointer(unsafe.StringData(payload)))
		end := start + uintptr(len(payload))
		var visit func(path string, v reflect.Value)
		visit = func(path string, v reflect.Value) {
			switch v.Kind() {
			case reflect.String:
				if p := uintptr(unsafe.Pointer(unsafe.StringData(v.String()))); v.Len() > 0 && p >= start && p < end {
					t.Errorf("%s %q is part of the payload", path, v.String())
				}
			case reflect.Slice:
				for i := range v.Len() {
					visit(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
				}
			case reflect.Struct:
				for i := range v.NumField() {
					if v.Type().Field(i).IsExported() {
						visit(path+"."+v.Type().Field(i).Name, v.Field(i))
					}
				}
			}
		}
		visit("warnings", reflect.ValueOf(got.warnings))
		visit("articles", reflect.ValueOf(got.articles))
		visit("records", reflect.ValueOf(got.records))
	}
}

// filledFile gives a file result in which every exported field of every
// article, paragraph, record and warning holds a value of its own (a
// record's Doc is its article's, as the codec stores it once): a field
// added to those types but not to the codec comes back empty, and
// TestCodecRoundTrip fails.
func filledFile() fileResult {
	n := 0
	var fr fileResult
	for range 2 {
		var w corpus.Warning
		fill(reflect.ValueOf(&w).Elem(), &n)
		fr.warnings = append(fr.warnings, w)
	}
	for range 2 {
		var a corpus.Article
		fill(reflect.ValueOf(&a).Elem(), &n)
		var rs []extract.Record
		for range 2 {
			var r extract.Record
			fill(reflect.ValueOf(&r).Elem(), &n)
			r.Doc = a.Doc
			rs = append(rs, r)
		}
		fr.articles = append(fr.articles, a)
		fr.records = append(fr.records, rs)
	}
	return fr
}

// fill sets every exported field reachable from v to a distinct non-zero
// value, counting with n; it fails on a kind it does not know, so that a
// field of a new kind is noticed.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", *n))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(*n))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), n)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), n)
		}
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	default:
		panic(fmt.Sprintf("fill: field of kind %s: teach fill and the cache codec about it", v.Kind()))
	}
}

func TestCodecDamaged(t *testing.T) {
	good := encodeFile(new(sampleFile()))
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"truncated", good[:len(good)/2]},
		{"trailing bytes", append(slices.Clone(good), 0)},
		{"huge count", []byte{0, 0xfe, 0xff, 0xff, 0xff, 0x0f}},
		{"first evidence repeats", oneRecord([]byte{previous})},
		{"evidence past the text", oneRecord([]byte{inText, 0, 2})},
		{"evidence at a negative offset", oneRecord([]byte{inText, 1, 0})},
		{"unknown evidence mode", oneRecord([]byte{3})},
		{"symbol not yet defined", func() []byte {
			p := oneRecord([]byte{inline, 0})
			p[14+8+2+2] = 5 // the second symbol: the fifth, of one so far
			return p
		}()},
	}
	if _, err := decodeAll(string(oneRecord([]byte{inline, 0}))); err != nil {
		t.Fatalf("the damaged payloads' valid form does not decode: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := decodeAll(string(tt.data)); err == nil {
				t.Error("no error")
			}
		})
	}
}

// oneRecord gives the payload of one article, its strings empty, without
// paragraphs, with one record whose fields are empty or zero and whose
// evidence is stored as evidence says.
func oneRecord(evidence []byte) []byte {
	record := slices.Concat(
		make([]byte, 8+2), // value, no denominator or completion
		[]byte{0, 0},      // the first symbol, "", then 9 times the same
		bytes.Repeat([]byte{1}, 9),
		evidence,
		[]byte{inline, 0}, // text
		make([]byte, 5),   // 5 numbers
	)
	return slices.Concat(
		[]byte{0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2}, // 0 warnings, 1 article, 8 strings, not headless, 0 paragraphs, 1 record
		[]byte{byte(2 * len(record))},                 // the record's length (a varint)
		record,
	)
}

// FuzzDecodeFile: damaged payloads give an error, never a panic, and what
// decodes encodes back to the same file result.
func FuzzDecodeFile(f *testing.F) {
	f.Add(encodeFile(new(sampleFile())))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		fr, err := decodeAll(string(data))
		if err != nil {
			return
		}
		again, err := decodeAll(string(encodeFile(&fr)))
		if err != nil {
			t.Fatalf("a re-encoded file result does not decode: %v", err)
		}
		if diff := cmp.Diff(fr, again, codecOpts...); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
	})
}

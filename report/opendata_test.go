package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
)

func TestOpenData(t *testing.T) {
	s := fixture()
	files, err := OpenData(s, Config{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]byte{}
	for _, f := range files {
		data, err := fileBytes(f)
		if err != nil {
			t.Fatal(err)
		}
		got[f.Path] = data
	}

	t.Run("jsonl is one Record per line, with its provenance", func(t *testing.T) {
		lines := strings.Split(strings.TrimSuffix(string(got[JSONLPath]), "\n"), "\n")
		if len(lines) != len(s.Records) {
			t.Fatalf("%d lines, want %d", len(lines), len(s.Records))
		}
		for i, line := range lines {
			want, err := json.Marshal(s.Records[i])
			if err != nil {
				t.Fatal(err)
			}
			want = fmt.Appendf(want[:len(want)-1], `,"record_id":%q,"corrected":false,"correction_reason":""}`, s.Records[i].Doc+"#"+strconv.Itoa(s.Records[i].Offset))
			if line != string(want) {
				t.Errorf("line %d:\n got %s\nwant %s", i+1, line, want)
			}
			var back extract.Record
			if err := json.Unmarshal([]byte(line), &back); err != nil {
				t.Fatalf("line %d: %v", i+1, err)
			}
			if diff := cmp.Diff(s.Records[i], back); diff != "" {
				t.Errorf("line %d round trip (-want +got):\n%s", i+1, diff)
			}
		}
	})

	t.Run("csv has a BOM, the contract header and every record", func(t *testing.T) {
		data, ok := bytes.CutPrefix(got[CSVPath], []byte("\uFEFF"))
		if !ok {
			t.Fatal("no UTF-8 byte-order mark")
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(csvHeader, rows[0]); diff != "" {
			t.Errorf("header (-want +got):\n%s", diff)
		}
		if len(rows)-1 != len(s.Records) {
			t.Fatalf("%d rows, want %d", len(rows)-1, len(s.Records))
		}
		want := []string{"2021/ba-dinh.txt", "1715", "1250", "member", "exact", "total", "achieved", "year", "2021", "Ba Đình", "quận", "membership", s.Records[1].Evidence, strconv.Itoa(s.Records[1].Offset),
			"2021/ba-dinh.txt#" + strconv.Itoa(s.Records[1].Offset), "false", ""}
		if diff := cmp.Diff(want, rows[2]); diff != "" {
			t.Errorf("record 1 (-want +got):\n%s", diff)
		}
		if got := rows[13][1]; got != "59850000000" {
			t.Errorf("money value = %q, want plain 59850000000", got)
		}
	})
}

// TestOpenDataChunks: encoding in chunks, several at once, gives the bytes
// of encoding every record in turn, whatever the number of CPUs.
func TestOpenDataChunks(t *testing.T) {
	records := make([]extract.Record, 3*chunkRecords+17)
	for i := range records {
		den := float64(i % 7)
		records[i] = extract.Record{Doc: fmt.Sprintf("d%05d.txt", i/20), Value: float64(i) / 4, Unit: "member",
			Year: 2015 + i%11, Org: "Ba Đình", Evidence: fmt.Sprintf("Câu \"%d\", <b>&</b>\nhết.", i/3), Offset: i}
		if i%5 == 0 { // as long as the evidence before, and needs no quotes
			records[i].Evidence = strings.Repeat("a", len(records[i].Evidence))
		}
		if i%3 == 0 {
			records[i].Denominator = &den
		}
	}
	var wantJSONL, wantCSV bytes.Buffer
	enc := json.NewEncoder(&wantJSONL)
	cw := csv.NewWriter(&wantCSV)
	wantCSV.WriteString("\uFEFF")
	cw.Write(csvHeader)
	for i := range records {
		r := &records[i]
		if err := enc.Encode(provenance(r, nil)); err != nil {
			t.Fatal(err)
		}
		den := ""
		if r.Denominator != nil {
			den = plain(*r.Denominator)
		}
		cw.Write([]string{r.Doc, plain(r.Value), den, r.Unit, r.Qualifier, r.Basis, r.Status, r.Period,
			strconv.Itoa(r.Year), r.Org, r.OrgType, r.Category, r.Evidence, strconv.Itoa(r.Offset), r.Doc + "#" + strconv.Itoa(r.Offset), "false", ""})
	}
	cw.Flush()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 3} {
		runtime.GOMAXPROCS(procs)
		tests := []struct {
			name  string
			write func(io.Writer, []extract.Record, *corrections.Result) error
			want  []byte
		}{
			{"jsonl", writeJSONL, wantJSONL.Bytes()},
			{"csv", writeCSV, wantCSV.Bytes()},
		}
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/procs=%d", tt.name, procs), func(t *testing.T) {
				var got bytes.Buffer
				if err := tt.write(&got, records, nil); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Bytes(), tt.want) {
					t.Errorf("%d bytes, want the %d bytes of a serial encoding", got.Len(), len(tt.want))
				}
			})
		}
	}
}

// openRecord is the reference for a line of metrics.jsonl: what
// encoding/json writes for a record and its provenance, which
// appendJSONRecord must write byte for byte.
type openRecord struct {
	*extract.Record
	RecordID  string `json:"record_id"`
	Corrected bool   `json:"corrected"`
	Reason    string `json:"correction_reason"`
}

func provenance(rec *extract.Record, c *corrections.Result) openRecord {
	o := openRecord{Record: rec, RecordID: corrections.ID(rec)}
	if n, ok := CorrectionNote(c, rec); ok {
		o.Corrected, o.Reason = true, n.Why
	}
	return o
}

// referenceLines encodes rec as metrics.jsonl and metrics.csv would with
// encoding/json and encoding/csv, the way the open data was written before
// its encoders were hand-written.
func referenceLines(t testing.TB, rec *extract.Record, c *corrections.Result) (jsonl, csvLine []byte, jsonErr error) {
	t.Helper()
	var j, v bytes.Buffer
	jsonErr = json.NewEncoder(&j).Encode(provenance(rec, c))
	o := provenance(rec, c)
	den := ""
	if rec.Denominator != nil {
		den = plain(*rec.Denominator)
	}
	w := csv.NewWriter(&v)
	if err := w.Write([]string{csvText(rec.Doc), plain(rec.Value), den, csvText(rec.Unit), csvText(rec.Qualifier),
		csvText(rec.Basis), csvText(rec.Status), csvText(rec.Period), strconv.Itoa(rec.Year), csvText(rec.Org),
		csvText(rec.OrgType), csvText(rec.Category), csvText(rec.Evidence), strconv.Itoa(rec.Offset),
		csvText(o.RecordID), strconv.FormatBool(o.Corrected), csvText(o.Reason)}); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	return j.Bytes(), v.Bytes(), jsonErr
}

// checkOpenDataRecord compares the hand-written encoders with
// referenceLines for one record.
func checkOpenDataRecord(t *testing.T, rec *extract.Record, c *corrections.Result) {
	t.Helper()
	wantJSON, wantCSV, wantErr := referenceLines(t, rec, c)
	gotJSON, err := appendJSONRecord([]byte("kept"), rec, c, new(lastText))
	switch {
	case wantErr != nil && (err == nil || err.Error() != wantErr.Error()):
		t.Errorf("json error %v, want encoding/json's %v", err, wantErr)
	case wantErr == nil && err != nil:
		t.Errorf("json error %v, encoding/json has none", err)
	case wantErr == nil && string(gotJSON) != "kept"+string(wantJSON):
		t.Errorf("json:\n got %q\nwant %q", gotJSON, "kept"+string(wantJSON))
	}
	if gotCSV := appendCSVRecord([]byte("kept"), rec, c, new(lastText)); string(gotCSV) != "kept"+string(wantCSV) {
		t.Errorf("csv:\n got %q\nwant %q", gotCSV, "kept"+string(wantCSV))
	}
}

func TestOpenDataRecordEncoders(t *testing.T) {
	den, done, zero := 1250.0, 137.24, 0.0
	rec := func(edit func(r *extract.Record)) extract.Record {
		r := extract.Record{Doc: "2024/ba-dinh.txt", Value: 1715, Unit: "member", Qualifier: "exact", Basis: "total",
			Status: "achieved", Period: "year", Year: 2024, Org: "Ba Đình", OrgType: "quận", Province: "Hà Nội",
			Category: "membership", Evidence: "Năm 2024, LĐLĐ quận Ba Đình kết nạp 1.715 đoàn viên.", Offset: 812,
			Text: "kết nạp 1.715 đoàn viên", Noun: "đoàn viên", Pos: 40, Len: 5, Para: 2}
		edit(&r)
		return r
	}
	fixes := &corrections.Result{Notes: map[string]corrections.Note{
		"2024/ba-dinh.txt#812": {Action: corrections.Change, Why: "Sai đơn vị, \"đã\" sửa, <ghi chú>"},
	}}
	tests := []struct {
		name string
		rec  extract.Record
		c    *corrections.Result
	}{
		{"plain", rec(func(*extract.Record) {}), nil},
		{"corrected, reason with quotes and markup", rec(func(*extract.Record) {}), fixes},
		{"not among the corrections", rec(func(r *extract.Record) { r.Offset = 9 }), fixes},
		{"fraction with completion", rec(func(r *extract.Record) { r.Denominator, r.Completion = &den, &done }), nil},
		{"zero denominator and negatives", rec(func(r *extract.Record) { r.Denominator, r.Value, r.Year, r.Offset = &zero, -3.5, -1, -7 }), nil},
		{"money", rec(func(r *extract.Record) { r.Value, r.Unit = 59.85e9, "vnd" }), nil},
		{"exponent, large", rec(func(r *extract.Record) { r.Value = 1e21 }), nil},
		{"exponent, small", rec(func(r *extract.Record) { r.Value = -1.5e-7 }), nil},
		{"just under the exponent", rec(func(r *extract.Record) { r.Value = 1e-6 }), nil},
		{"negative zero", rec(func(r *extract.Record) { r.Value = math.Copysign(0, -1) }), nil},
		{"not a number", rec(func(r *extract.Record) { r.Value = math.NaN() }), nil},
		{"infinite completion", rec(func(r *extract.Record) { inf := math.Inf(1); r.Completion = &inf }), nil},
		{"escapes", rec(func(r *extract.Record) {
			r.Evidence = "a\"b\\c\n\r\t\b\f\x00\x1f<b>&amp;</b>\u2028\u2029 hết"
		}), nil},
		{"invalid UTF-8", rec(func(r *extract.Record) { r.Evidence, r.Org = "Ba \xffĐình\xe1\xba", "\xc3" }), nil},
		{"formula cells", rec(func(r *extract.Record) {
			r.Doc, r.Org, r.Evidence, r.Unit = "-2024/a.txt", "@Tây Hồ", "=1+2, \"x\"\nhết", "+"
		}), nil},
		{"cells that csv quotes", rec(func(r *extract.Record) {
			r.Org, r.OrgType, r.Category, r.Evidence = " Ba Đình", "\u00a0quận", `\.`, "a,b"
		}), nil},
		{"tab and carriage return first", rec(func(r *extract.Record) { r.Org, r.OrgType = "\tx", "\ry" }), nil},
		{"docs whose ids csv quotes", rec(func(r *extract.Record) { r.Doc = "2024/a,b.txt" }), nil},
		{"a doc csv quotes but not its id", rec(func(r *extract.Record) { r.Doc = `\.` }), nil},
		{"a doc starting with a space", rec(func(r *extract.Record) { r.Doc = " =a.txt" }), nil},
		{"a doc ending in part of a rune", rec(func(r *extract.Record) { r.Doc = "a\xe1\xba" }), nil},
		{"empty", extract.Record{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkOpenDataRecord(t, &tt.rec, tt.c) })
	}
}

// FuzzOpenDataRecord: the hand-written encoders of metrics.jsonl and
// metrics.csv write what encoding/json and encoding/csv write, for any
// strings and numbers.
func FuzzOpenDataRecord(f *testing.F) {
	f.Add("2024/ba-dinh.txt", "Ba Đình", "Năm 2024, LĐLĐ quận Ba Đình kết nạp 1.715 đoàn viên.", "lý do", 1715.0, 1250.0, 137.24, 812, byte(7))
	f.Add("-x.jsonl#a", "@=", "\"<&>\"\n\u2028\xff,", "", -1e-7, 1e21, math.NaN(), -5, byte(0))
	f.Add(" a", "\tb", "\r\n", "\\.", 0.0, math.Copysign(0, -1), 5e-324, 0, byte(3))
	f.Fuzz(func(t *testing.T, doc, org, evidence, why string, value, den, completion float64, offset int, flags byte) {
		r := extract.Record{Doc: doc, Value: value, Unit: org, Qualifier: why, Basis: doc, Status: evidence, Period: org,
			Year: offset / 3, Org: org, OrgType: why, Province: doc, Category: evidence, Evidence: evidence, Offset: offset,
			Text: evidence, Noun: org, Pos: -offset, Len: offset * 7, Para: offset % 5}
		if flags&1 != 0 {
			r.Denominator = &den
		}
		if flags&2 != 0 {
			r.Completion = &completion
		}
		var c *corrections.Result
		if flags&4 != 0 {
			c = &corrections.Result{Notes: map[string]corrections.Note{corrections.ID(&r): {Action: corrections.Change, Why: why}}}
		}
		checkOpenDataRecord(t, &r, c)
	})
}

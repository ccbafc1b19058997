package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
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
	files, err := OpenData(s, nil)
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
			Year: 2015 + i%11, Org: "Ba Đình", Evidence: fmt.Sprintf("Câu \"%d\", <b>&</b>\nhết.", i), Offset: i}
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

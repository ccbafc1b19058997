package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats/extract"
)

func TestOpenData(t *testing.T) {
	s := fixture()
	files, err := OpenData(s)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]byte{}
	for _, f := range files {
		data, err := f.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		got[f.Path] = data
	}

	t.Run("jsonl is one Record per line", func(t *testing.T) {
		lines := strings.Split(strings.TrimSuffix(string(got[JSONLPath]), "\n"), "\n")
		if len(lines) != len(s.Records) {
			t.Fatalf("%d lines, want %d", len(lines), len(s.Records))
		}
		for i, line := range lines {
			want, err := json.Marshal(s.Records[i])
			if err != nil {
				t.Fatal(err)
			}
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
		want := []string{"2021/ba-dinh.txt", "1715", "1250", "member", "exact", "total", "achieved", "year", "2021", "Ba Đình", "quận", "membership", s.Records[1].Evidence, strconv.Itoa(s.Records[1].Offset)}
		if diff := cmp.Diff(want, rows[2]); diff != "" {
			t.Errorf("record 1 (-want +got):\n%s", diff)
		}
		if got := rows[13][1]; got != "59850000000" {
			t.Errorf("money value = %q, want plain 59850000000", got)
		}
	})
}

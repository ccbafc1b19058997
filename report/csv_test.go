package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats/extract"
)

func TestCSVText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+2 Năm 2024, LĐLĐ quận Tây Hồ kết nạp 150 đoàn viên.", "'=1+2 Năm 2024, LĐLĐ quận Tây Hồ kết nạp 150 đoàn viên."},
		{"+ Trong 5 năm qua, kết nạp 5.000 đoàn viên.", "'+ Trong 5 năm qua, kết nạp 5.000 đoàn viên."},
		{"-2 suất quà", "'-2 suất quà"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"Năm 2024 = 150", "Năm 2024 = 150"},
		{"'đã có dấu nháy", "'đã có dấu nháy"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := csvText(tt.in); got != tt.want {
				t.Errorf("csvText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestCSVNoFormulas: a record whose sentence starts with "=1+2" reaches
// metrics.csv with its text cells neutralized and its numbers, negative
// ones included, as numbers; metrics.jsonl keeps the text as written.
func TestCSVNoFormulas(t *testing.T) {
	den := -4.0
	rec := extract.Record{
		Doc: "-2024/ban-tin.txt", Value: -3, Denominator: &den, Unit: "member", Qualifier: "exact",
		Basis: "total", Status: "achieved", Period: "year", Year: 2024, Org: "@Tây Hồ", OrgType: "quận",
		Category: "membership", Evidence: "=1+2 Năm 2024, LĐLĐ quận Tây Hồ kết nạp 150 đoàn viên.", Offset: -1,
	}
	var buf bytes.Buffer
	if err := writeCSV(&buf, []extract.Record{rec}, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"'-2024/ban-tin.txt", "-3", "-4", "member", "exact", "total", "achieved", "year", "2024", "'@Tây Hồ", "quận",
		"membership", "'=1+2 Năm 2024, LĐLĐ quận Tây Hồ kết nạp 150 đoàn viên.", "-1", "'-2024/ban-tin.txt#-1", "false", ""}
	if len(rows) != 2 {
		t.Fatalf("%d rows, want the header and one record", len(rows))
	}
	if diff := cmp.Diff(want, rows[1]); diff != "" {
		t.Errorf("row (-want +got):\n%s", diff)
	}
	buf.Reset()
	if err := writeJSONL(&buf, []extract.Record{rec}, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"evidence":"=1+2 Năm 2024`) {
		t.Errorf("metrics.jsonl does not keep the sentence as written:\n%s", buf.String())
	}
}

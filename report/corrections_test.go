package report

import (
	"testing"

	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
)

func TestCorrectionText(t *testing.T) {
	orig := &extract.Record{Doc: "a.txt", Value: 1250, Unit: "member", Qualifier: "more_than", Category: "membership", Org: "Ba Đình", Year: 2024, Offset: 40}
	tests := []struct {
		name string
		note corrections.Note
		want string
	}{
		{"change", corrections.Note{Action: corrections.Change, Who: "Lan", When: "2025-01-05", Why: "theo báo cáo quận", Original: orig},
			"Đã sửa; trước khi sửa: Số đoàn viên kết nạp mới: hơn 1.250 đoàn viên (Ba Đình, 2024). Lý do: theo báo cáo quận. Người quyết định: Lan, ngày 05/01/2025."},
		{"add without a date", corrections.Note{Action: corrections.Add, Who: "Lan", Why: "máy bỏ sót"},
			"Số liệu do người rà soát bổ sung. Lý do: máy bỏ sót. Người quyết định: Lan."},
		{"merge", corrections.Note{Action: corrections.Merge, Who: "Lan", Why: "chú thích ảnh nhắc lại", Merged: []string{"a.txt#90", "b.txt#12"}},
			"Cùng một số liệu với a.txt#90, b.txt#12, chỉ tính một lần. Lý do: chú thích ảnh nhắc lại. Người quyết định: Lan."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CorrectionText(tt.note); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestCorrectionNote finds a record's note by its id, and none without
// corrections.
func TestCorrectionNote(t *testing.T) {
	rec := &extract.Record{Doc: "2024.jsonl#tet", Offset: 98}
	res := &corrections.Result{Notes: map[string]corrections.Note{"2024.jsonl#tet#98": {Action: corrections.Add, Why: "x"}}}
	if n, ok := CorrectionNote(res, rec); !ok || n.Why != "x" {
		t.Errorf("note not found by id")
	}
	if _, ok := CorrectionNote(nil, rec); ok {
		t.Errorf("a note without corrections")
	}
	other := &extract.Record{Doc: "2024.jsonl#tet", Offset: 99}
	if _, ok := CorrectionNote(res, other); ok {
		t.Errorf("a note for another record")
	}
}

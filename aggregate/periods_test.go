package aggregate

import (
	"testing"

	"github.com/lddt/unionstats/extract"
)

// FuzzSpanOf checks that any sentence gives a span of months within the
// year, its start before its end, and that locating a number in any
// article text never fails.
func FuzzSpanOf(f *testing.F) {
	f.Add("6 tháng đầu năm, quận kết nạp 812 đoàn viên.", "6 tháng đầu năm, quận kết nạp 812 đoàn viên.", 30)
	f.Add("Đến hết tháng 11/2024, huyện kết nạp 932 đoàn viên.", "x", 0)
	f.Add("từ tháng 13 đến nay, 5 tháng đầu năm 99", "", -4)
	f.Add("đại diện cho hơn 36.000 đoàn viên", "đại diện cho hơn 36.000 đoàn viên", 200)
	f.Fuzz(func(t *testing.T, evidence, text string, pos int) {
		r := extract.Record{Evidence: evidence, Pos: pos, Text: "812 đoàn viên"}
		before, after := context(&r, text)
		s := spanOf(before, after)
		if s.From < 0 || s.From > 12 || s.To < 0 || s.To > 12 || (s.To != 0 && s.From > s.To) || (s.To != 0 && s.From == 0) {
			t.Errorf("spanOf(%q, %q) = %+v: not a span of months", before, after, s)
		}
		_ = isStock(before)
		_ = s.Label()
	})
}

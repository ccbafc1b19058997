package extract

import (
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		value   float64
		denom   float64
		percent bool
		money   bool
		end     int // -1: whole input
	}{
		{"plain", "29 công đoàn", 29, 0, false, false, 2},
		{"thousands dot", "1.715 đoàn viên", 1715, 0, false, false, 5},
		{"two thousands groups", "1.068.000 đoàn viên", 1068000, 0, false, false, 9},
		{"decimal comma", "8,5 triệu đồng", 8500000, 0, false, true, -1},
		{"leading zero", "01 công đoàn", 1, 0, false, false, 2},
		{"percent", "137,24%", 137.24, 0, true, false, -1},
		{"percent with space", "100 %", 100, 0, true, false, -1},
		{"percent in words", "86 phần trăm", 86, 0, true, false, -1},
		{"ratio", "1.715/1250 đoàn viên", 1715, 1250, false, false, 10},
		{"ratio with dots", "32/31 công đoàn", 32, 31, false, false, 5},
		{"compound billions", "59 tỷ 850 triệu đồng", 59850000000, 0, false, true, -1},
		{"tỉ spelling", "2,9 tỉ đồng", 2900000000, 0, false, true, -1},
		{"millions thousands", "1 triệu 200 nghìn đồng", 1200000, 0, false, true, -1},
		{"ngàn spelling", "500 ngàn đồng", 500000, 0, false, true, -1},
		{"vạn is ten thousand", "1,5 vạn đoàn viên", 15000, 0, false, false, len("1,5 vạn")},
		{"multiplier without currency", "60 triệu ủng hộ", 60000000, 0, false, false, len("60 triệu")},
		{"VNĐ", "1.855.000 vnđ", 1855000, 0, false, true, -1},
		{"VND", "300.000 vnd", 300000, 0, false, true, -1},
		{"glued đ", "700.000đ", 700000, 0, false, true, -1},
		{"đồng chí is no money", "29 đồng chí", 29, 0, false, false, 2},
		{"sentence full stop after thousands", "1.640.", 1640, 0, false, false, 5},
		{"dot then two digits is no thousands group", "12.50", 12, 0, false, false, 2},
		{"last group of four digits read as written", "5.000.0000 đồng", 50000000, 0, false, true, -1},
		{"four digits after no group stay out", "12.5000", 12, 0, false, false, 2},
		{"a phone number's groups are no slip", "091.234.5678", 91234, 0, false, false, 7},
		{"comma list is no decimal", "3, 4", 3, 0, false, false, 1},
		{"decimal dot before percent", "42.5%", 42.5, 0, true, false, -1},
		{"decimal dot, two digits, percent in words", "7.25 phần trăm", 7.25, 0, true, false, -1},
		{"three digits after a dot stay a thousands group", "1.500%", 1500, 0, true, false, -1},
		{"dot and one digit without percent is no decimal", "42.5 người", 42, 0, false, false, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := ParseNumber(tt.in, 0)
			if !ok {
				t.Fatalf("ParseNumber(%q) failed", tt.in)
			}
			if math.Abs(n.Value-tt.value) > 1e-6 || n.Denominator != tt.denom || n.Percent != tt.percent || n.Money != tt.money {
				t.Errorf("ParseNumber(%q) = value %v denom %v percent %v money %v; want %v %v %v %v",
					tt.in, n.Value, n.Denominator, n.Percent, n.Money, tt.value, tt.denom, tt.percent, tt.money)
			}
			end := tt.end
			if end < 0 {
				end = len(tt.in)
			}
			if n.End != end {
				t.Errorf("ParseNumber(%q).End = %d, want %d", tt.in, n.End, end)
			}
		})
	}
}

func TestParseNumberRejects(t *testing.T) {
	for _, in := range []string{"", "abc", "đồng", " 5"} {
		if _, ok := ParseNumber(in, 0); ok {
			t.Errorf("ParseNumber(%q) succeeded, want failure", in)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1.715/1250 đoàn viên", "59 tỷ 850 triệu đồng", "137,24%", "01", "8,5 triệu", "9999999999999999999999.999.999", "1 tỷ 2 tỷ 3 triệu"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			n, ok := ParseNumber(s, i)
			if !ok {
				continue
			}
			if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) || n.Value < 0 {
				t.Fatalf("ParseNumber(%q, %d) value %v", s, i, n.Value)
			}
			if n.End <= i || n.End > len(s) {
				t.Fatalf("ParseNumber(%q, %d) end %d out of range", s, i, n.End)
			}
		}
	})
}

func BenchmarkParseNumber(b *testing.B) {
	s := "với tổng số tiền 59 tỷ 850 triệu đồng"
	i := len("với tổng số tiền ")
	for b.Loop() {
		ParseNumber(s, i)
	}
}

func TestLowerBound(t *testing.T) {
	tests := []struct {
		name           string
		lo, hiBase, hi float64
		want           float64
		ok             bool
	}{
		{"scaled by the second bound's multiplier", 3, 10, 10e6, 3e6, true},
		{"thousands", 300, 500, 500e3, 300e3, true},
		{"decimal first bound", 1.5, 2, 2e6, 1.5e6, true},
		{"first bound in full", 400000, 1, 1e6, 400000, true},
		{"first bound in full before a decimal", 700000, 1.2, 1.2e6, 700000, true},
		{"both in full", 20000, 50000, 50000, 20000, true},
		{"first bound in full, as large as the second scaled", 1e6, 1, 1e6, 0, false},
		{"no range: first above the second", 5, 3, 3e6, 0, false},
		{"first above the second in full", 5e6, 3, 3e6, 0, false},
		{"no base", 3, 0, 1e6, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := LowerBound(tt.lo, tt.hiBase, tt.hi)
			if ok != tt.ok || (ok && math.Abs(got-tt.want) > 1e-6) {
				t.Errorf("LowerBound(%v, %v, %v) = %v, %v; want %v, %v", tt.lo, tt.hiBase, tt.hi, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// FuzzMoneyRange reads "X-Y triệu đồng" as a range: a lower bound it gives
// is never above the second bound nor below the first as written.
func FuzzMoneyRange(f *testing.F) {
	for _, s := range []string{"400.000-1 triệu đồng", "3 - 10 triệu đồng", "300 – 500 nghìn đồng", "1,5-2 tỷ đồng", "20.000-50.000 đồng"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lo, ok := ParseNumber(s, 0)
		if !ok {
			return
		}
		k := skipSpaces(s, lo.End)
		if k >= len(s) || s[k] != '-' {
			return
		}
		k = skipSpaces(s, k+1)
		hi, ok := ParseNumber(s, k)
		base, _, _, okBase := scanNumeral(s, k)
		if !ok || !okBase || !hi.Money {
			return
		}
		if v, ok := LowerBound(lo.Value, base, hi.Value); ok && (v >= hi.Value || v < lo.Value) {
			t.Fatalf("LowerBound(%q) = %v, outside [%v, %v)", s, v, lo.Value, hi.Value)
		}
	})
}

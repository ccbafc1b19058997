package report

import "testing"

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"integer with thousands", 1715, "1.715"},
		{"two decimals", 137.24, "137,24"},
		{"negative one decimal", -3.5, "-3,5"},
		{"zero", 0, "0"},
		{"negative zero", -0.001, "0"},
		{"millions", 1234567, "1.234.567"},
		{"rounded to two decimals", 1234567.891, "1.234.567,89"},
		{"trailing zeros dropped", 2.50, "2,5"},
		{"small fraction", 0.25, "0,25"},
		{"below a thousand", 999, "999"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatNumber(tc.in); got != tc.want {
				t.Errorf("FormatNumber(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFormatPercent(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"completion", 103.22, "103,22%"},
		{"whole", 100, "100%"},
		{"small", 0.5, "0,5%"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatPercent(tc.in); got != tc.want {
				t.Errorf("FormatPercent(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		name string
		v    float64
		unit string
		want string
	}{
		{"billions of dong", 59.85e9, "vnd", "59,85 tỷ đồng"},
		{"thousands of billions", 1500e9, "vnd", "1.500 tỷ đồng"},
		{"millions of dong", 850e6, "vnd", "850 triệu đồng"},
		{"million and a half", 1.5e6, "vnd", "1,5 triệu đồng"},
		{"thousands of dong", 500000, "vnd", "500.000 đồng"},
		{"members", 1715, "member", "1.715 đoàn viên"},
		{"gifts", 242, "gift", "242 suất quà"},
		{"percent", 137.24, "percent", "137,24%"},
		{"unknown unit", 12, "widget", "12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatValue(tc.v, tc.unit); got != tc.want {
				t.Errorf("FormatValue(%v, %q) = %q, want %q", tc.v, tc.unit, got, tc.want)
			}
		})
	}
}

func TestSignedPercent(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"rise", 22.45, "tăng 22,45%"},
		{"fall", -3.5, "giảm 3,5%"},
		{"unchanged", 0.001, "không đổi"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := signedPercent(tc.in); got != tc.want {
				t.Errorf("signedPercent(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func BenchmarkFormatNumber(b *testing.B) {
	values := []float64{1715, 137.24, -3.5, 1234567.891, 59.85, 0.25}
	for b.Loop() {
		for _, v := range values {
			FormatNumber(v)
		}
	}
}

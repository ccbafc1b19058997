package aggregate

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"
)

// formatNumberByFloat is FormatNumber as it was before whole numbers had
// their own path: every number through AppendFloat.
func formatNumberByFloat(v float64) string {
	v = math.Round(v*100) / 100
	if v == 0 {
		return "0"
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return FormatNumber(v)
	}
	digits := strconv.AppendFloat(nil, math.Abs(v), 'f', 2, 64)
	digits = bytes.TrimSuffix(bytes.TrimRight(digits, "0"), []byte("."))
	n, _, _ := bytes.Cut(digits, []byte("."))
	var b strings.Builder
	if v < 0 {
		b.WriteString(viMinus)
	}
	for i, c := range n {
		if i > 0 && (len(n)-i)%3 == 0 {
			b.WriteString(viGroup)
		}
		b.WriteByte(c)
	}
	if len(n) < len(digits) {
		b.WriteString(viDecimal)
		b.Write(digits[len(n)+1:])
	}
	return b.String()
}

func TestFormatNumberWholeNumbers(t *testing.T) {
	values := []float64{1, 7, 999, 1000, 1715, 1e6, 1 << 52, 1<<53 - 1, 1 << 53, 1<<53 + 2, 1e18, 1e21, 1e300, 0.4, 0.6, 1.005, 2.675, 1e15 + 0.5}
	for p := 1.0; p < 1e20; p *= 7 {
		values = append(values, math.Trunc(p), math.Trunc(p)+0.5, p)
	}
	for _, v := range values {
		for _, x := range []float64{v, -v} {
			if got, want := FormatNumber(x), formatNumberByFloat(x); got != want {
				t.Errorf("FormatNumber(%v) = %q, by AppendFloat %q", x, got, want)
			}
		}
	}
}

func FuzzFormatNumber(f *testing.F) {
	f.Add(1715.0)
	f.Add(-137.24)
	f.Fuzz(func(t *testing.T, v float64) {
		if got, want := FormatNumber(v), formatNumberByFloat(v); got != want {
			t.Errorf("FormatNumber(%v) = %q, by AppendFloat %q", v, got, want)
		}
	})
}

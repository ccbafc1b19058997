package aggregate

import (
	"math"
	"math/rand/v2"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// TestFormatNumberMatchesXText compares FormatNumber with x/text's vi-VN
// formatting, which it replaces for speed, over many kinds of values.
func TestFormatNumberMatchesXText(t *testing.T) {
	p := message.NewPrinter(language.Vietnamese)
	xtext := func(v float64) string {
		v = math.Round(v*100) / 100
		if v == 0 {
			return "0"
		}
		return p.Sprint(number.Decimal(v, number.MaxFractionDigits(2)))
	}
	values := []float64{
		0.001, 0.005, 0.004999, 0.01, 0.015, 0.1, 0.125, 0.5, 0.995, 0.999, 1, 9.995, 10, 99.999, 100, 999, 999.995,
		1000, 1234.5, 9999.999, 10000, 100000, 999999.99, 1e6, 1234567.891, 59.85e9, 1e12, 123456789012.345,
		1e15, 4503599627370495.5, 9007199254740993, 1e18, 1e21, 1.7976931348623157e308, 5e-324, math.Inf(1), math.NaN(),
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		values = append(values,
			float64(rng.IntN(1e7)),
			float64(rng.IntN(1e9))/100,
			float64(rng.IntN(1e6))/1000,
			rng.Float64()*math.Pow(10, float64(rng.IntN(16))),
			rng.NormFloat64()*1e4,
		)
	}
	for _, v := range values {
		for _, x := range []float64{v, -v} {
			if got, want := FormatNumber(x), xtext(x); got != want {
				t.Errorf("FormatNumber(%v) = %q, x/text gives %q", x, got, want)
			}
		}
	}
}

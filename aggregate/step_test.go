package aggregate

import (
	"math"
	"testing"
)

// roundingStepByMod is roundingStep as math.Mod says it, for every value.
func roundingStepByMod(v float64) float64 {
	if v <= 0 || v != math.Trunc(v) {
		return 0
	}
	step := 1.0
	for math.Mod(v, step*10) == 0 {
		step *= 10
	}
	return step
}

func TestRoundingStepMatchesMod(t *testing.T) {
	values := []float64{-5, 0, 0.5, 1, 7, 10, 60000, 2500, 2104, 1e15, 123e15, 9e18, 1 << 62, 1<<63 - 1024, 1 << 63, 1e19, 1e22, 1e23, 3e30, math.MaxFloat64, math.Inf(1), math.NaN()}
	for p := 1.0; p < 1e25; p *= 10 {
		for _, m := range []float64{1, 2, 3, 7, 9, 11, 99, 101, 12345} {
			values = append(values, m*p, m*p+1, m*p-1)
		}
	}
	for _, v := range values {
		if got, want := roundingStep(v), roundingStepByMod(v); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("roundingStep(%v) = %v, math.Mod says %v", v, got, want)
		}
	}
}

func FuzzRoundingStep(f *testing.F) {
	f.Add(60000.0)
	f.Add(2104.0)
	f.Fuzz(func(t *testing.T, v float64) {
		if got, want := roundingStep(v), roundingStepByMod(v); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("roundingStep(%v) = %v, math.Mod says %v", v, got, want)
		}
	})
}

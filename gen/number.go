package gen

import "math/rand/v2"

var pow10 = [...]int64{1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
	1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000}

// appendInt appends n, with dots between thousands when dots is set
// ("28.935"), as the newspaper writes counts.
func appendInt(dst []byte, n int64, dots bool) []byte {
	var tmp [24]byte
	i := len(tmp)
	for d := 0; ; d++ {
		if dots && d > 0 && d%3 == 0 {
			i--
			tmp[i] = '.'
		}
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(dst, tmp[i:]...)
}

// appendDecimal appends n / 10^scale with a decimal comma, dropping trailing
// zeros of the fraction ("8,5", "1,25", "3").
func appendDecimal(dst []byte, n int64, scale int) []byte {
	p := pow10[scale]
	dst = appendInt(dst, n/p, true)
	frac := n % p
	for scale > 0 && frac%10 == 0 {
		frac /= 10
		scale--
	}
	if scale == 0 {
		return dst
	}
	dst = append(dst, ',')
	for d := scale - 1; d >= 0; d-- {
		dst = append(dst, byte('0'+frac/pow10[d]%10))
	}
	return dst
}

// logUniform draws from [lo, hi] with a roughly log-uniform distribution,
// so small and large figures are both common.
func logUniform(r *rand.Rand, lo, hi int64) int64 {
	if lo < 1 {
		lo = 1
	}
	if hi <= lo {
		return lo
	}
	// Halve the range towards either end until it spans less than a decade,
	// then draw uniformly inside it.
	for hi/lo > 10 {
		if r.IntN(2) == 0 {
			hi = (lo + hi) / 2
		} else {
			lo = (lo + hi) / 2
		}
	}
	return lo + r.Int64N(hi-lo+1)
}

// roundSig rounds n to sig significant digits ("hơn 6.000", "gần 5.000").
func roundSig(n int64, sig int) int64 {
	digits := 0
	for m := n; m > 0; m /= 10 {
		digits++
	}
	if digits <= sig {
		return n
	}
	p := pow10[digits-sig]
	return (n + p/2) / p * p
}

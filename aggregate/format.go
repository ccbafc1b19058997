package aggregate

import (
	"bytes"
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// viPrinter formats numbers the vi-VN way: "." groups thousands, "," marks
// decimals. A Printer is read-only after creation and safe for concurrent use.
var viPrinter = message.NewPrinter(language.Vietnamese)

// viMinus, viGroup and viDecimal are the vi-VN minus sign, thousands
// separator and decimal mark ("-", ".", ","), read once from viPrinter,
// which stays the source of the locale's rules: FormatNumber formats with
// strconv, many times faster than the Printer.
var viMinus, viGroup, viDecimal = viSymbols()

// viSymbols finds the symbols in viPrinter's "-1.234,5".
func viSymbols() (minus, group, decimal string) {
	s := viPrinter.Sprint(number.Decimal(-1234.5, number.MaxFractionDigits(2)))
	minus, rest, _ := strings.Cut(s, "1")
	group, rest, _ = strings.Cut(rest, "234")
	decimal, _, _ = strings.Cut(rest, "5")
	return minus, group, decimal
}

// FormatNumber formats v for Vietnamese readers with at most two decimals:
// 1715 → "1.715", 137.24 → "137,24", -3.5 → "-3,5". Digits are grouped by
// three, as x/text does for vi-VN.
func FormatNumber(v float64) string {
	v = math.Round(v*100) / 100
	if v == 0 {
		return "0" // also for -0 and values rounding to zero
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return viPrinter.Sprint(number.Decimal(v, number.MaxFractionDigits(2)))
	}
	var buf [32]byte
	var digits []byte
	if a := math.Abs(v); a == math.Trunc(a) && a < 1<<53 {
		// A whole number: its digits, as AppendFloat's less its ".00",
		// without formatting a float.
		digits = strconv.AppendUint(buf[:0], uint64(a), 10)
	} else {
		digits = strconv.AppendFloat(buf[:0], a, 'f', 2, 64)
		digits = bytes.TrimSuffix(bytes.TrimRight(digits, "0"), []byte("."))
	}
	n, _, _ := bytes.Cut(digits, []byte("."))
	// The number is made on the stack and copied into its string once.
	var out [64]byte
	b := out[:0]
	if v < 0 {
		b = append(b, viMinus...)
	}
	for i, c := range n {
		if i > 0 && (len(n)-i)%3 == 0 {
			b = append(b, viGroup...)
		}
		b = append(b, c)
	}
	if len(n) < len(digits) {
		b = append(b, viDecimal...)
		b = append(b, digits[len(n)+1:]...)
	}
	return string(b)
}

// formatPercent writes v with exactly 2 decimals: "137,20".
func formatPercent(v float64) string {
	return viPrinter.Sprint(number.Decimal(math.Round(v*100)/100, number.MinFractionDigits(2), number.MaxFractionDigits(2)))
}

package report

import (
	"math"
	"slices"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/vocab"
)

// FormatNumber formats v for Vietnamese readers with at most two decimals:
// 1715 → "1.715", 137.24 → "137,24", -3.5 → "-3,5" (see
// aggregate.FormatNumber, which the check messages use too).
func FormatNumber(v float64) string { return aggregate.FormatNumber(v) }

// FormatPercent formats a percentage: 103.22 → "103,22%".
func FormatPercent(v float64) string {
	return FormatNumber(v) + "%"
}

// FormatValue formats v with the Vietnamese name of its unit code. Money
// (vnd) is scaled to tỷ or triệu đồng: 59.85e9 → "59,85 tỷ đồng",
// 850e6 → "850 triệu đồng", 500000 → "500.000 đồng".
func FormatValue(v float64, unit string) string {
	switch unit {
	case "vnd":
		return formatMoney(v)
	case "percent":
		return FormatPercent(v)
	}
	if !slices.Contains(vocab.Units, unit) {
		return FormatNumber(v)
	}
	return FormatNumber(v) + " " + vocab.UnitName(unit)
}

// formatMoney scales an amount in đồng to the largest of tỷ and triệu that
// keeps it at least 1.
func formatMoney(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e9:
		return FormatNumber(v/1e9) + " tỷ đồng"
	case a >= 1e6:
		return FormatNumber(v/1e6) + " triệu đồng"
	}
	return FormatNumber(v) + " đồng"
}

// cellText formats an aggregated number for a table whose heading already
// names the unit; money and percentages keep their own unit.
func cellText(v float64, unit string) string {
	switch unit {
	case "vnd", "percent":
		return FormatValue(v, unit)
	}
	return FormatNumber(v)
}

// qualified prefixes a formatted value with the Vietnamese word for its
// qualifier ("hơn 1.715 đoàn viên").
func qualified(text, qualifier string) string {
	if w := vocab.QualifierWord(qualifier); w != "" {
		return w + " " + text
	}
	return text
}

package extract

import (
	"math"
	"unicode/utf8"
)

// Number is one numeral as written, with its multipliers and currency.
type Number struct {
	Value       float64 // plain quantity: "59 tỷ 850 triệu" → 59850000000
	Denominator float64 // Y of an X/Y form, 0 when absent
	HasDenom    bool
	Percent     bool // followed by "%" or "phần trăm"
	Money       bool // a currency word (đồng, VNĐ, VND, đ) follows
	Multiplied  bool // a tỷ/triệu/vạn/nghìn multiplier was applied
	Myriads     bool // the first multiplier is "vạn", a count's: no sum of money without a currency
	Digits      int  // count of digits in the first numeral
	LeadingZero bool // "01", "03"
	Thousands   bool // written with a thousands separator ("1.715")
	Decimal     bool // written with a decimal part: after a comma ("8,5"), or a dot before a percent ("42.5%")
	End         int  // byte offset just past the phrase (after the currency or "%", if any)
}

// multiplier words, folded, with their factors; longer spellings first.
// "vạn" is ten thousand ("gần 3 vạn công nhân" → 30000, "1,5 vạn" →
// 15000), as nghìn is a thousand.
var multipliers = []struct {
	word   string
	factor float64
}{
	{"tỷ", 1e9}, {"tỉ", 1e9}, {"triệu", 1e6}, {"vạn", 1e4}, {"nghìn", 1e3}, {"ngàn", 1e3}, {"trăm", 1e2},
}

// currency words, folded; a match must end at a word boundary.
var currencies = []string{"đồng", "vnđ", "vnd", "đ"}

// multiplierStart and currencyStart mark the first bytes of multipliers and
// currencies: after most numbers stands neither, and one byte says so.
var multiplierStart, currencyStart = func() (m, c [256]bool) {
	for _, x := range multipliers {
		m[x.word[0]] = true
	}
	for _, w := range currencies {
		c[w[0]] = true
	}
	return m, c
}()

// ParseNumber reads the numeral that starts at s[i] (a digit) in the folded
// text s. ok is false when s[i] does not start a numeral.
func ParseNumber(s string, i int) (n Number, ok bool) {
	v, j, info, ok := scanNumeral(s, i)
	if !ok {
		return n, false
	}
	if k, v2, ok := spacedDecimal(s, i, j, info); ok {
		// "89, 441 tỷ đồng": a decimal comma with a stray space
		v, j = v2, k
		info.decimal = true
	}
	n.Value = v
	n.Digits = info.digits
	n.LeadingZero = info.leadingZero
	n.Thousands = info.thousands
	n.Decimal = info.decimal
	n.End = j

	if j < len(s) && s[j] == '/' && j+1 < len(s) && isDigit(s[j+1]) {
		if d, k, _, ok := scanNumeral(s, j+1); ok {
			n.Denominator, n.HasDenom = d, true
			j = k
			n.End = j
		}
	} else if d, k, ok := spacedDenominator(s, j, v); ok {
		n.Denominator, n.HasDenom = d, true
		j = k
		n.End = j
	}
	if n.HasDenom {
		return n, true
	}

	// "%" or "phần trăm"
	k := skipSpaces(s, j)
	if k < len(s) && s[k] == '%' {
		n.Percent = true
		n.End = k + 1
		return n, true
	}
	if w, ok := wordAt(s, k, "phần trăm"); ok {
		n.Percent = true
		n.End = w
		return n, true
	}

	// multipliers, possibly compound: "59 tỷ 850 triệu", "1 triệu 200 nghìn"
	if f, w := multiplierAt(s, k); f > 0 {
		n.Value = v * f
		n.Multiplied = true
		n.Myriads = f == 1e4
		n.End = w
		last := f
		for {
			k2 := skipSpaces(s, n.End)
			if k2 >= len(s) || !isDigit(s[k2]) || k2 == n.End {
				break
			}
			v2, j2, _, ok := scanNumeral(s, k2)
			if !ok {
				break
			}
			k3 := skipSpaces(s, j2)
			f2, w2 := multiplierAt(s, k3)
			if f2 <= 0 || f2 >= last {
				break
			}
			n.Value += v2 * f2
			n.End = w2
			last = f2
		}
		k = skipSpaces(s, n.End)
	}
	if n.Multiplied && k < len(s) && multiplierStart[s[k]] {
		// "37,6 tỷ triệu đồng": a second multiplier slipped in before the
		// currency; the first one stands
		if f2, w2 := multiplierAt(s, k); f2 > 0 {
			if k2 := skipSpaces(s, w2); k2 > w2 && currencyAfter(s, k2) {
				k = k2
			}
		}
	}
	for _, c := range currencies {
		if k >= len(s) || !currencyStart[s[k]] {
			break
		}
		if w, ok := wordAt(s, k, c); ok && !(c == "đồng" && notMoney(s, w)) && !(c == "đ" && comradeAbbrev(s, w)) {
			n.Money = true
			n.End = w
			break
		}
	}
	n.Value = roundTo(n.Value, 6)
	if n.Value > maxValue {
		return n, false
	}
	return n, true
}

// spacedDecimal reads a decimal comma followed by a stray space, the
// numeral s[i:j] before it: "trên 89, 441 tỷ đồng" is 89,441 tỷ. The part
// before the comma is a plain number of one to three digits, the part
// after it exactly three digits, and a multiplier of money or of a count
// (tỷ, triệu, nghìn) follows it directly: a list of numbers ("12, 15 và
// 20 đoàn viên", "3, 4 triệu") has other groups, and a count needs no
// multiplier. A number after a word that names by it ("tháng 6, 300 triệu
// đồng", "Quận 3, …") or glued to a word ("Covid-19, …") is no such part.
// It returns the offset past the decimal digits and the value.
func spacedDecimal(s string, i, j int, info numeralInfo) (int, float64, bool) {
	if j+5 >= len(s) || s[j] != ',' || s[j+1] != ' ' || info.decimal || info.thousands || info.leadingZero || info.digits > 3 ||
		!isDigit(s[j+2]) || !isDigit(s[j+3]) || !isDigit(s[j+4]) || isDigit(s[j+5]) || s[j+5] != ' ' {
		return 0, 0, false
	}
	if f, _ := multiplierAt(s, j+6); f < 1e3 || f == 1e4 {
		return 0, 0, false
	}
	if i > 0 && s[i-1] != ' ' && s[i-1] != '(' {
		return 0, 0, false
	}
	if namingWordBefore(s, i) {
		return 0, 0, false
	}
	var v float64
	for _, b := range []byte(s[i:j]) {
		v = v*10 + float64(b-'0')
	}
	k := decimalDigits(s, j+2, &v)
	return k, roundTo(v, 6), true
}

// namingWordBefore reports whether the word right before s[i] is one that a
// number after it names or dates: "tháng 6", "quận 3", "số 2", "đợt 1".
func namingWordBefore(s string, i int) bool {
	switch wordBefore(s, i) {
	case "tháng", "ngày", "quý", "năm", "tuần", "quận", "phường", "số", "khóa", "khoá", "kỳ", "kì", "lần", "đợt", "điều", "khoản", "mục", "tổ", "đội", "lớp", "khu", "cụm", "may", "phần", "giai", "đoạn":
		return true
	}
	return false
}

// currencyAfter reports a currency word at s[k].
func currencyAfter(s string, k int) bool {
	if k >= len(s) || !currencyStart[s[k]] {
		return false
	}
	for _, c := range currencies {
		if w, ok := wordAt(s, k, c); ok && !(c == "đồng" && notMoney(s, w)) {
			return true
		}
	}
	return false
}

// maxValue bounds a figure: a thousand trillion (10^15) is beyond anything
// a union reports (Hanoi's yearly product is about 10^15 đồng); a longer
// digit run is a code or an identifier.
const maxValue = 1e15

type numeralInfo struct {
	digits      int
	leadingZero bool
	thousands   bool
	decimal     bool
}

// scanNumeral reads digits with "." thousands groups and a "," decimal part
// (a "." one before a percent sign).
func scanNumeral(s string, i int) (float64, int, numeralInfo, bool) {
	var info numeralInfo
	if i >= len(s) || !isDigit(s[i]) {
		return 0, i, info, false
	}
	j := i
	var v float64
	for j < len(s) && isDigit(s[j]) {
		v = v*10 + float64(s[j]-'0')
		j++
	}
	info.digits = j - i
	info.leadingZero = s[i] == '0' && info.digits > 1
	// thousands groups: ".ddd" not followed by another digit
	for j+4 <= len(s) && s[j] == '.' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
		(j+4 == len(s) || !isDigit(s[j+4])) && info.digits <= 3 {
		v = v*1000 + float64(s[j+1]-'0')*100 + float64(s[j+2]-'0')*10 + float64(s[j+3]-'0')
		info.thousands = true
		j += 4
	}
	// a last group of four digits after well-formed ones, a slip of the
	// writer's ("5.000.0000 đồng"): its digits read as written, the dots
	// left out, for the figure is there and no reading is surer (a phone
	// number, "091.234.5678", opens with a zero)
	if info.thousands && !info.leadingZero && j+5 <= len(s) && s[j] == '.' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && isDigit(s[j+4]) &&
		(j+5 == len(s) || !isDigit(s[j+5])) {
		v = v*10000 + float64(s[j+1]-'0')*1000 + float64(s[j+2]-'0')*100 + float64(s[j+3]-'0')*10 + float64(s[j+4]-'0')
		j += 5
	}
	// decimal point before a percent sign: "42.5%", "7.25 %". A thousands
	// group always has three digits, so a dot followed by one or two digits
	// and then "%" or "phần trăm" can only mark the decimal part.
	if !info.thousands && percentDecimalDot(s, j) {
		j = decimalDigits(s, j+1, &v)
		info.decimal = true
	}
	// decimal comma: ",d" (digits right after the comma)
	if j+1 < len(s) && s[j] == ',' && isDigit(s[j+1]) { // never after a decimal dot: a space, "%" or "phần" follows its digits
		j = decimalDigits(s, j+1, &v)
		info.decimal = true
	}
	if math.IsInf(v, 0) || math.IsNaN(v) || v > maxValue {
		return 0, i, info, false
	}
	if info.decimal {
		v = roundTo(v, 6)
	}
	return v, j, info, true
}

// percentDecimalDot reports whether s[j] is a dot followed by one or two
// digits and then, after optional spaces, "%" or "phần trăm".
func percentDecimalDot(s string, j int) bool {
	if j+1 >= len(s) || s[j] != '.' || !isDigit(s[j+1]) {
		return false
	}
	k := j + 2
	if k < len(s) && isDigit(s[k]) {
		k++
	}
	if k < len(s) && isDigit(s[k]) {
		return false
	}
	k = skipSpaces(s, k)
	if k < len(s) && s[k] == '%' {
		return true
	}
	_, ok := wordAt(s, k, "phần trăm")
	return ok
}

// decimalDigits adds the digits from s[k] on to *v as a decimal part and
// returns the offset past them.
func decimalDigits(s string, k int, v *float64) int {
	scale := 0.1
	for k < len(s) && isDigit(s[k]) {
		*v += float64(s[k]-'0') * scale
		scale /= 10
		k++
	}
	return k
}

// notMoney reports whether the "đồng" ending at w begins a compound word:
// "29 đồng chí", "đồng bào", "đồng nghiệp".
func notMoney(s string, w int) bool {
	k := skipSpaces(s, w)
	if k == w {
		return false
	}
	for _, c := range []string{"chí", "bào", "nghiệp", "hành", "thời", "đội", "phục", "ý", "lòng", "loạt", "tâm", "minh", "nhất", "đều", "ca", "bằng", "hồ", "hương"} {
		if _, ok := wordAt(s, k, c); ok {
			return true
		}
	}
	return false
}

func multiplierAt(s string, k int) (float64, int) {
	if k >= len(s) || !multiplierStart[s[k]] {
		return 0, k
	}
	for _, m := range multipliers {
		if w, ok := wordAt(s, k, m.word); ok {
			return m.factor, w
		}
	}
	return 0, k
}

// wordAt reports whether the folded text s has word w at k, ending at a word
// boundary, and returns the offset just past it.
func wordAt(s string, k int, w string) (int, bool) {
	if k < 0 || k+len(w) > len(s) || s[k:k+len(w)] != w {
		return k, false
	}
	end := k + len(w)
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if isWordRune(r) {
			return k, false
		}
	}
	return end, true
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func roundTo(v float64, places int) float64 {
	p := math.Pow10(places)
	r := math.Round(v*p) / p
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return v
	}
	return r
}

// LowerBound is the value of the first bound lo of a range of money whose
// multiplier and currency only the second bound hi writes: "từ 3 đến 10
// triệu đồng" scales 3 by hi's multiplier (hiBase is hi as written before
// it, 10); "400.000-1 triệu đồng" writes the first bound in full: scaled it
// would pass the second, and as written it is within three orders of
// magnitude of it. ok is false when lo is no lower bound of hi either way
// ("5 - 3 triệu đồng").
func LowerBound(lo, hiBase, hi float64) (float64, bool) {
	if hiBase <= 0 || lo >= hi {
		return 0, false
	}
	if scaled := roundTo(lo*(hi/hiBase), 6); scaled < hi {
		return scaled, true
	}
	if lo*1000 >= hi {
		return lo, true
	}
	return 0, false
}

// spacedDenominator reads the whole of an "X/ Y" completion with a space
// after the slash ("hơn 3.100/ 4.250 đoàn viên"), the slash at s[j] and x
// the part: the whole is at least the part and no day or month ("15/ 7"),
// and the two are not a pair of years ("2023/ 2024").
func spacedDenominator(s string, j int, x float64) (float64, int, bool) {
	if j+2 >= len(s) || s[j] != '/' || s[j+1] != ' ' || !isDigit(s[j+2]) {
		return 0, 0, false
	}
	d, k, _, ok := scanNumeral(s, j+2)
	if !ok || d < x || d < 13 || isYear(x) && isYear(d) {
		return 0, 0, false
	}
	return d, k, true
}

// isYear reports a value that reads as a year of the feed's span.
func isYear(v float64) bool { return v >= 1900 && v <= 2100 && v == float64(int(v)) }

// comradeAbbrev reports "/c" (or "/ c") right after an "đ" that ends at
// s[w]: "28 đ/c" is 28 đồng chí (comrades, persons), not đồng.
func comradeAbbrev(s string, w int) bool {
	if w >= len(s) || s[w] != '/' {
		return false
	}
	w = skipSpaces(s, w+1)
	return w < len(s) && s[w] == 'c' && (w+1 == len(s) || !isWordRune(rune(s[w+1])))
}

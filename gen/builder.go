package gen

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// builder writes one article and collects its gold records.
type builder struct {
	r    *rand.Rand
	opts Options
	b    []byte
	gold []GoldRecord
	doc  string

	main   *orgInfo
	year   int    // reporting year of the article
	plan   int    // year of its planned figures
	marker string // multi-year marker of the current paragraph: "5 năm qua"

	// Context of the sentence being written: every figure written gets it.
	org     *orgInfo
	status  string
	period  string
	recYear int
	noGold  bool // related links and chrome: figures are written, not recorded

	mustName  bool // the next subject must name the org in full
	yearDirty bool // another year was mentioned: the next yearly figure names its year
	lastX     int64
	lastY     int64
	titleFig  bool   // the title states a figure
	titleText string // the title as written
	planOpen  bool   // a "Mục tiêu năm N" statement has been written
}

func (b *builder) pick(list []string) string { return list[b.r.IntN(len(list))] }

func pickT(r *rand.Rand, list []*tmpl) *tmpl { return list[r.IntN(len(list))] }

// render writes t in the current context. Records created by its slots take
// the rendered text as their surface phrase and t's category.
func (b *builder) render(t *tmpl) {
	start, first := len(b.b), len(b.gold)
	b.segs(t.segs)
	if len(b.gold) > first {
		text := string(bytes.TrimSuffix(bytes.TrimSpace(b.b[start:]), []byte(".")))
		for j := first; j < len(b.gold); j++ {
			b.gold[j].Text = text
			b.gold[j].Category = t.cat
		}
	}
}

func (b *builder) segs(segs []seg) {
	for i := range segs {
		s := &segs[i]
		switch s.kind {
		case segLit:
			b.b = append(b.b, s.lit...)
		case segAlt:
			b.segs(s.alts[b.r.IntN(len(s.alts))])
		case segPh:
			b.placeholder(s.ph)
		case segCount:
			b.count(s)
		case segXY:
			b.xy(s)
		case segMoney:
			b.money(s)
		case segRate:
			b.rate()
		case segPct:
			b.pct(s)
		case segDat:
			b.dat()
		default:
			b.nonMetric(s.kind)
		}
	}
}

func (b *builder) placeholder(ph byte) {
	switch ph {
	case 'S':
		b.b = append(b.b, b.subject()...)
	case 'A':
		if b.org != b.main {
			b.b = append(b.b, b.org.abbr...)
		} else {
			b.b = append(b.b, b.org.area...)
		}
	case 'O':
		b.b = append(b.b, b.main.full...)
	case 'T':
		b.b = append(b.b, b.main.title...)
	case 'Y':
		b.b = appendInt(b.b, int64(b.year), false)
	case 'P':
		b.b = appendInt(b.b, int64(b.plan), false)
	case 'M':
		b.b = append(b.b, b.marker...)
	case 'N':
		b.b = append(b.b, b.pick(personNames)...)
	case 'X':
		all := orgs.districts
		b.b = append(b.b, all[b.r.IntN(len(all))].abbr...)
	case 'Z':
		b.b = appendInt(b.b, int64(b.opts.Start-3+b.r.IntN(b.opts.End-b.opts.Start+4)), false)
	}
}

// subject names the organisation of the sentence: in full when it is not the
// article's own or when another one was just mentioned, else often shortly.
func (b *builder) subject() string {
	if b.org != b.main {
		return b.org.abbr
	}
	if b.mustName || b.r.IntN(3) == 0 {
		b.mustName = false
		if b.r.IntN(4) == 0 {
			return b.org.full
		}
		return b.org.abbr
	}
	return b.pick(b.org.short)
}

// record starts a gold record for the number about to be written.
func (b *builder) record(unit, qual, basis string, v float64) *GoldRecord {
	if b.noGold {
		return nil
	}
	b.gold = append(b.gold, GoldRecord{
		Doc: b.doc, Value: v, Unit: unit, Qualifier: qual, Basis: basis,
		Status: b.status, Period: b.period, Year: b.recYear,
		Org: b.org.name, OrgType: b.org.typ, Province: cityName, Offset: len(b.b),
	})
	return &b.gold[len(b.gold)-1]
}

var (
	qualAtLeastWords  = []string{"ít nhất", "tối thiểu"}
	qualMoreThanWords = []string{"hơn", "trên", "hơn", "vượt"}
	qualAboutWords    = []string{"gần", "khoảng", "xấp xỉ"}
)

// qualifier writes a qualifier word with probability pct percent and returns
// its code; planned figures favour "ít nhất".
func (b *builder) qualifier(pct int) string {
	if b.r.IntN(100) >= pct {
		return qualExact
	}
	k := b.r.IntN(20)
	var code string
	var words []string
	switch {
	case b.status == statusPlanned && k < 10, k < 2:
		code, words = qualAtLeast, qualAtLeastWords
	case k < 12:
		code, words = qualMoreThan, qualMoreThanWords
	default:
		code, words = qualAbout, qualAboutWords
	}
	b.b = append(b.b, b.pick(words)...)
	b.b = append(b.b, ' ')
	return code
}

// rangeOf gives the slot's range scaled to the organisation and period.
func (b *builder) rangeOf(s *seg) (lo, hi int64) {
	lo, hi = s.lo, s.hi
	if lo == 0 {
		r := unitRange[s.unit]
		lo, hi = r[0], r[1]
	}
	scale := 1.0
	if b.org != nil {
		scale = b.org.scale
	}
	if b.period == periodMultiYear {
		scale *= 3
	}
	lo = max(1, int64(float64(lo)*scale))
	hi = max(lo, int64(float64(hi)*scale))
	return lo, hi
}

func (b *builder) count(s *seg) {
	lo, hi := b.rangeOf(s)
	n := logUniform(b.r, lo, hi)
	q := qualExact
	if n >= 20 {
		if q = b.qualifier(22); q != qualExact {
			n = roundSig(n, 1+b.r.IntN(2))
		}
	}
	b.record(s.unit, q, basisTotal, float64(n))
	switch {
	case n < 10 && b.r.IntN(6) == 0:
		b.b = append(b.b, '0', byte('0'+n))
	case n >= 1000 && (n < 1900 || n > 2100) && b.r.IntN(15) == 0:
		b.b = appendInt(b.b, n, false)
	default:
		b.b = appendInt(b.b, n, true)
	}
}

// xy writes "X/Y", a result against its target or total, never below 20 so
// it cannot read as a date.
func (b *builder) xy(s *seg) {
	lo, hi := b.rangeOf(s)
	lo = max(lo, 20)
	hi = max(hi, lo*3)
	y := logUniform(b.r, lo, hi)
	x := max(1, y*int64(60+b.r.IntN(81))/100)
	if rec := b.record(s.unit, qualExact, basisTotal, float64(x)); rec != nil {
		d := float64(y)
		rec.Denominator = &d
	}
	b.b = appendInt(b.b, x, true)
	b.b = append(b.b, '/')
	b.b = appendInt(b.b, y, y < 1000 || y >= 1900 && y <= 2100 || b.r.IntN(3) > 0)
	b.lastX, b.lastY = x, y
}

// dat restates the last X/Y as a completion percentage; it is part of that
// record, not one of its own.
func (b *builder) dat() {
	if b.lastY == 0 {
		return
	}
	h := (b.lastX*10000 + b.lastY/2) / b.lastY // hundredths of a percent
	paren := false
	switch b.r.IntN(10) {
	case 0, 1:
		return
	case 2:
		b.b = append(b.b, ", đạt "...)
	default:
		b.b = append(b.b, " (đạt "...)
		paren = true
	}
	b.b = appendInt(b.b, h/100, true)
	if h%100 != 0 {
		b.b = append(b.b, ',', byte('0'+h/10%10), byte('0'+h%10))
	}
	b.b = append(b.b, '%')
	if paren {
		b.b = append(b.b, ')')
	}
}

func (b *builder) money(s *seg) {
	lo, hi := b.rangeOf(s)
	q := b.qualifier(18)
	v := logUniform(b.r, lo, hi)
	sig := 2 + b.r.IntN(3)
	if q != qualExact {
		sig = 1 + b.r.IntN(2)
	}
	v = max(roundSig(v, sig), 1000)
	b.record("vnd", q, basisTotal, float64(v))
	b.appendMoney(v)
}

var rates = []int64{200_000, 300_000, 400_000, 500_000, 500_000, 600_000, 800_000,
	1_000_000, 1_000_000, 1_200_000, 1_500_000, 2_000_000}

// rate writes a per-unit amount ("mỗi suất 1 triệu đồng"): basis per_unit.
func (b *builder) rate() {
	v := rates[b.r.IntN(len(rates))]
	b.record("vnd", qualExact, basisPerUnit, float64(v))
	b.appendMoney(v)
}

// Money forms.
const (
	fPlain      = iota // 58.000.000 đồng
	fTy                // 2 tỷ đồng
	fTyDec             // 1,25 tỷ đồng
	fTyTrieu           // 59 tỷ 850 triệu đồng
	fTrieu             // 58 triệu đồng, 1.250 triệu đồng
	fTrieuDec          // 8,5 triệu đồng
	fTrieuNghin        // 1 triệu 200 nghìn đồng
	fNghin             // 500 ngàn đồng
)

var currencies = []string{" đồng", " đồng", " đồng", " đồng", " đồng", " đồng", " đồng", " đồng", " VNĐ", " VND"}

// appendMoney writes v in one of the forms the newspaper uses that state it
// exactly, followed by a currency word.
func (b *builder) appendMoney(v int64) {
	const ty, tr = 1_000_000_000, 1_000_000
	var forms [8]int
	n := 0
	add := func(f int, ok bool) {
		if ok {
			forms[n] = f
			n++
		}
	}
	add(fPlain, v < 10*ty)
	add(fTy, v >= ty && v%ty == 0)
	add(fTyDec, v >= ty && v%10_000_000 == 0 && v%ty != 0)
	add(fTyTrieu, v > ty && v%tr == 0 && v%ty != 0)
	add(fTrieu, v >= tr && v%tr == 0)
	add(fTrieuDec, v >= tr && v < ty && v%10_000 == 0 && v%tr != 0)
	add(fTrieuNghin, v > tr && v < ty && v%1000 == 0 && v%tr != 0)
	add(fNghin, v < tr && v%1000 == 0)
	tyWord := " tỷ"
	if b.r.IntN(5) == 0 {
		tyWord = " tỉ"
	}
	nghin := " nghìn"
	if b.r.IntN(2) == 0 {
		nghin = " ngàn"
	}
	switch forms[b.r.IntN(n)] {
	case fPlain:
		b.b = appendInt(b.b, v, true)
	case fTy:
		b.b = appendInt(b.b, v/ty, true)
		b.b = append(b.b, tyWord...)
	case fTyDec:
		b.b = appendDecimal(b.b, v/10_000_000, 2)
		b.b = append(b.b, tyWord...)
	case fTyTrieu:
		b.b = appendInt(b.b, v/ty, true)
		b.b = append(b.b, tyWord...)
		b.b = append(b.b, ' ')
		b.b = appendInt(b.b, v%ty/tr, false)
		b.b = append(b.b, " triệu"...)
	case fTrieu:
		b.b = appendInt(b.b, v/tr, true)
		b.b = append(b.b, " triệu"...)
	case fTrieuDec:
		b.b = appendDecimal(b.b, v/10_000, 2)
		b.b = append(b.b, " triệu"...)
	case fTrieuNghin:
		b.b = appendInt(b.b, v/tr, true)
		b.b = append(b.b, " triệu "...)
		b.b = appendInt(b.b, v%tr/1000, false)
		b.b = append(b.b, nghin...)
	case fNghin:
		b.b = appendInt(b.b, v/1000, true)
		b.b = append(b.b, nghin...)
	}
	b.b = append(b.b, b.pick(currencies)...)
}

func (b *builder) pct(s *seg) {
	lo, hi := s.lo, s.hi
	if lo == 0 {
		lo, hi = 60, 100
	}
	q := b.qualifier(10)
	h := lo*100 + b.r.Int64N((hi-lo)*100+1) // hundredths
	switch k := b.r.IntN(20); {
	case q != qualExact || k < 13:
		h = h / 100 * 100
	case k < 18:
		h = h / 10 * 10
	}
	b.record("percent", q, basisTotal, float64(h)/100)
	b.b = appendDecimal(b.b, h, 2)
	if b.r.IntN(7) == 0 {
		b.b = append(b.b, " phần trăm"...)
	} else {
		b.b = append(b.b, '%')
	}
}

var (
	docKinds = []string{"KH-LĐLĐ", "NQ-BCH", "CT-TLĐ", "HD-LĐLĐ", "QĐ-LĐLĐ"}
	covids   = []string{"Covid-19", "Covid - 19", "COVID-19"}
	clocks   = []string{"7h30", "8h00", "8h30", "14h00", "14h30"}
	dashes   = []string{"–", " – ", "-", " - "}
)

// nonMetric writes the numbers the contract says are not metrics.
func (b *builder) nonMetric(k segKind) {
	r := b.r
	switch k {
	case segThr:
		b.b = appendInt(b.b, []int64{10, 20, 25, 30, 50, 100}[r.IntN(6)], false)
	case segCovid:
		if b.year >= 2020 && b.year <= 2022 && r.IntN(2) == 0 {
			b.b = append(b.b, " do ảnh hưởng của dịch "...)
			b.b = append(b.b, b.pick(covids)...)
		}
	case segDate:
		b.appendDate()
	case segDoc:
		n := int64(1 + r.IntN(150))
		if n < 10 && r.IntN(2) == 0 {
			b.b = append(b.b, '0')
		}
		b.b = appendInt(b.b, n, false)
		b.b = append(b.b, '/')
		b.b = append(b.b, b.pick(docKinds)...)
		if r.IntN(5) < 2 {
			b.b = append(b.b, " ngày "...)
			b.appendDate()
			b.b = append(b.b, '/')
			b.b = appendInt(b.b, int64(b.year-r.IntN(2)), false)
			b.yearDirty = true
		}
	case segArt:
		b.b = appendInt(b.b, int64(1+r.IntN(200)), false)
	case segPhone:
		switch r.IntN(3) {
		case 0:
			b.b = append(b.b, "024.38"...)
			b.b = appendDigits(b.b, r, 2)
			b.b = append(b.b, '.')
			b.b = appendDigits(b.b, r, 4)
		case 1:
			b.b = append(b.b, "09"...)
			b.b = appendDigits(b.b, r, 2)
			b.b = append(b.b, '.')
			b.b = appendDigits(b.b, r, 3)
			b.b = append(b.b, '.')
			b.b = appendDigits(b.b, r, 3)
		default:
			b.b = append(b.b, "024 39"...)
			b.b = appendDigits(b.b, r, 2)
			b.b = append(b.b, ' ')
			b.b = appendDigits(b.b, r, 4)
		}
	case segDisc:
		lo := []int64{5, 10, 15, 20, 30}[r.IntN(5)]
		hi := lo + []int64{20, 30, 40, 50}[r.IntN(4)]
		b.b = append(b.b, "từ "...)
		b.b = appendInt(b.b, lo, false)
		b.b = append(b.b, []string{"%-", "% - ", "% đến "}[r.IntN(3)]...)
		b.b = appendInt(b.b, hi, false)
		b.b = append(b.b, '%')
	case segAnniv:
		b.b = appendInt(b.b, int64(b.year-1929), false)
		b.b = append(b.b, " năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/"...)
		b.b = appendInt(b.b, int64(b.year), false)
		b.b = append(b.b, ')')
		b.yearDirty = true
	case segSchool:
		b.b = append(b.b, "năm học "...)
		b.b = appendInt(b.b, int64(b.year-1), false)
		b.b = append(b.b, '-')
		b.b = appendInt(b.b, int64(b.year), false)
		b.yearDirty = true
	case segAge:
		b.b = appendInt(b.b, []int64{35, 40, 45, 50}[r.IntN(4)], false)
	case segTime:
		b.b = append(b.b, b.pick(clocks)...)
	}
}

func (b *builder) appendDate() {
	b.b = appendInt(b.b, int64(1+b.r.IntN(28)), false)
	b.b = append(b.b, '/')
	b.b = appendInt(b.b, int64(1+b.r.IntN(12)), false)
}

func appendDigits(dst []byte, r *rand.Rand, n int) []byte {
	for range n {
		dst = append(dst, byte('0'+r.IntN(10)))
	}
	return dst
}

// capitalize upper-cases the letter at pos (a sentence start) when that keeps
// the byte length, so recorded offsets stay valid.
func (b *builder) capitalize(pos int) {
	c, n := utf8.DecodeRune(b.b[pos:])
	u := unicode.ToUpper(c)
	if u == c || utf8.RuneLen(u) != n {
		return
	}
	utf8.EncodeRune(b.b[pos:], u)
	// Surface phrases that start the sentence follow the change.
	for j := len(b.gold) - 1; j >= 0 && b.gold[j].Offset >= pos; j-- {
		g := &b.gold[j]
		if !strings.HasPrefix(g.Text, string(c)) {
			continue
		}
		if up := string(u) + g.Text[n:]; bytes.HasPrefix(b.b[pos:], []byte(up)) {
			g.Text = up
		}
	}
}

// renderLine renders t and returns the text written, for lines the page
// repeats (teaser titles, the title as a caption).
func (b *builder) renderLine(t *tmpl) string {
	start := len(b.b)
	b.render(t)
	b.capitalize(start)
	return string(b.b[start:])
}

// multiMarker draws the phrase that makes figures cumulative over years; the
// period always ends in the reporting year.
func (b *builder) multiMarker() string {
	y := b.year
	var sb strings.Builder
	switch k := b.r.IntN(6); {
	case k < 2 && (y == 2018 || y == 2023):
		sb.WriteString("nhiệm kỳ ")
		sb.Write(appendInt(nil, int64(y-5), false))
		sb.WriteString(b.pick(dashes))
		sb.Write(appendInt(nil, int64(y), false))
	case k < 3 && y%5 == 0:
		sb.WriteString("giai đoạn ")
		sb.Write(appendInt(nil, int64(y-5+b.r.IntN(2)), false))
		sb.WriteString(b.pick(dashes))
		sb.Write(appendInt(nil, int64(y), false))
	default:
		sb.WriteString([]string{"5 năm qua", "3 năm qua", "10 năm qua", "5 năm qua"}[b.r.IntN(4)])
	}
	return sb.String()
}

package gen

import (
	"math/rand/v2"
	"slices"
)

// parsedCat is a categoryBank after parsing, with the clauses that can be
// planned split out.
type parsedCat struct {
	cat            string
	weight         int
	vp, ex         []*tmpl
	vpPlan, exPlan []*tmpl
}

// openers is one group of sentence openers; withYear holds those that name
// the reporting year.
type openers struct {
	all, withYear []*tmpl
}

type banks struct {
	cats  []parsedCat
	total int

	openYearVP, openYearEX, openPlanVP, openPlanNext, openPlanEX openers
	openMultiVP, openMultiEX, openOther                          openers

	snapshot, titleMetric, title, lead, filler, cleanFiller, quote []*tmpl
	captionMetric, caption, teaserTitle, teaser                    []*tmpl
}

var bank = parseBanks()

func parseBanks() *banks {
	k := &banks{}
	for _, c := range categorySrc {
		p := parsedCat{cat: c.cat, weight: c.weight}
		for _, s := range c.vp {
			t := mustParse(c.cat, s)
			p.vp = append(p.vp, t)
			if !t.achievedOnly {
				p.vpPlan = append(p.vpPlan, t)
			}
		}
		for _, s := range c.ex {
			t := mustParse(c.cat, s)
			p.ex = append(p.ex, t)
			if !t.achievedOnly {
				p.exPlan = append(p.exPlan, t)
			}
		}
		k.cats = append(k.cats, p)
		k.total += c.weight
	}
	group := func(src []string) openers {
		var o openers
		for _, s := range src {
			t := mustParse("", s)
			o.all = append(o.all, t)
			if t.hasYear {
				o.withYear = append(o.withYear, t)
			}
		}
		return o
	}
	k.openYearVP, k.openYearEX = group(openYearVP), group(openYearEX)
	k.openPlanVP, k.openPlanNext, k.openPlanEX = group(openPlanVP), group(openPlanNext), group(openPlanEX)
	k.openMultiVP, k.openMultiEX, k.openOther = group(openMultiVP), group(openMultiEX), group(openOther)
	list := func(src []string) []*tmpl {
		out := make([]*tmpl, len(src))
		for i, s := range src {
			out[i] = mustParse("", s)
		}
		return out
	}
	withCat := func(src []struct{ cat, src string }) []*tmpl {
		out := make([]*tmpl, len(src))
		for i, s := range src {
			out[i] = mustParse(s.cat, s.src)
		}
		return out
	}
	k.snapshot, k.titleMetric, k.captionMetric = withCat(snapshotSrc), withCat(titleMetricSrc), withCat(captionMetricSrc)
	k.title, k.lead, k.filler, k.quote = list(titleSrc), list(leadSrc), list(fillerSrc), list(quoteSrc)
	k.caption, k.teaserTitle, k.teaser = list(captionSrc), list(teaserTitleSrc), list(teaserSrc)
	for _, t := range k.filler {
		if !t.dirty {
			k.cleanFiller = append(k.cleanFiller, t)
		}
	}
	return k
}

func (k *banks) pickCat(r *rand.Rand) *parsedCat {
	n := r.IntN(k.total)
	for i := range k.cats {
		if n < k.cats[i].weight {
			return &k.cats[i]
		}
		n -= k.cats[i].weight
	}
	return &k.cats[len(k.cats)-1]
}

// metricSentence writes one sentence of figures of the article's own org:
// an opener that sets status, period and year, then one to three clauses.
// first marks the sentence that opens the planned section ("Mục tiêu năm N").
func (b *builder) metricSentence(status, period string, first bool) {
	b.org = b.main
	b.status, b.period, b.recYear = status, period, b.year
	c := bank.pickCat(b.r)
	exist := !b.mustName && b.r.IntN(4) == 0
	var o *openers
	switch {
	case status == statusPlanned:
		b.recYear = b.plan
		if !first {
			exist = false
			o = &bank.openPlanNext
		} else if o = &bank.openPlanVP; exist {
			o = &bank.openPlanEX
		}
		b.planOpen = true
	case period == periodMultiYear:
		if o = &bank.openMultiVP; exist {
			o = &bank.openMultiEX
		}
	default:
		if o = &bank.openYearVP; exist {
			o = &bank.openYearEX
		}
	}
	pool := c.vp
	switch {
	case status == statusPlanned && exist:
		pool = c.exPlan
	case status == statusPlanned:
		pool = c.vpPlan
	case exist:
		pool = c.ex
	}
	list := o.all
	if b.yearDirty && status == statusAchieved && period == periodYear {
		list = o.withYear
	}
	start := len(b.b)
	t := pickT(b.r, list)
	b.render(t)
	if t.hasYear {
		b.yearDirty = false
	}
	n := 1
	switch k := b.r.IntN(20); {
	case k >= 15:
		n = 3
	case k >= 7:
		n = 2
	}
	b.clauses(pool, n, exist)
	b.b = append(b.b, '.')
	b.capitalize(start)
}

var (
	joinVP     = []string{", ", "; ", ", đồng thời "}
	joinVPLast = []string{" và ", ", ", "; đồng thời "}
	joinEX     = []string{", ", "; "}
	joinEXLast = []string{" và ", "; "}
)

// clauses writes n distinct clauses of pool joined by connectives.
func (b *builder) clauses(pool []*tmpl, n int, exist bool) {
	n = min(n, len(pool))
	var used [3]int
	for k := 0; k < n; k++ {
		if k > 0 {
			mid, last := joinVP, joinVPLast
			if exist {
				mid, last = joinEX, joinEXLast
			}
			if k == n-1 {
				b.b = append(b.b, b.pick(last)...)
			} else {
				b.b = append(b.b, b.pick(mid)...)
			}
		}
		i := b.r.IntN(len(pool))
		for slices.Contains(used[:k], i) {
			i = b.r.IntN(len(pool))
		}
		used[k] = i
		b.render(pool[i])
	}
}

// caption writes a photo caption: the title repeated or an image file name,
// then a caption sentence that may state a figure.
func (b *builder) caption() {
	if !b.titleFig && b.r.IntN(2) == 0 {
		b.b = append(b.b, b.titleText...)
	} else {
		b.b = appendDigits(b.b, b.r, 4)
		b.b = append(b.b, ' ')
		if b.r.IntN(3) > 0 {
			b.b = append(b.b, b.main.code...)
			b.b = append(b.b, " img "...)
			b.b = appendDigits(b.b, b.r, 4)
			b.b = append(b.b, ' ')
			b.b = appendDigits(b.b, b.r, 1)
		} else {
			const hex = "0123456789abcdef"
			for range 32 {
				b.b = append(b.b, hex[b.r.IntN(16)])
			}
		}
	}
	b.b = append(b.b, '\n')
	b.status, b.period, b.recYear = statusAchieved, periodYear, b.year
	if !b.yearDirty && !b.mustName && b.r.IntN(2) == 0 {
		b.renderSentence(pickT(b.r, bank.captionMetric))
	} else {
		b.renderSentence(pickT(b.r, bank.caption))
	}
	b.b = append(b.b, "\n\n"...)
}

// chrome writes the trailing page chrome: other articles' teasers, whose
// figures are never recorded.
func (b *builder) chrome() {
	b.noGold = true
	defer func() { b.noGold = false }()
	switch p := b.r.IntN(10); {
	case p < 7:
		b.b = append(b.b, "Có thể bạn quan tâm\n\nNên xem\n\n"...)
		b.teasers()
		b.b = append(b.b, "\nTin khác\n\n"...)
		b.teasers()
		b.b = append(b.b, "Xem thêm\nPhiên bản di động\n"...)
	case p < 9:
		b.b = append(b.b, b.pick(chromeHeads)...)
		b.b = append(b.b, "\n\n"...)
		b.teasers()
		b.b = append(b.b, "Xem thêm\nPhiên bản di động\n"...)
	}
}

func (b *builder) teasers() {
	for range 2 + b.r.IntN(3) {
		t := b.renderLine(pickT(b.r, bank.teaserTitle))
		b.b = append(b.b, "\n\n"...)
		b.b = append(b.b, t...)
		b.b = append(b.b, "\n\n"...)
		b.renderLine(pickT(b.r, bank.teaser))
		b.b = append(b.b, '\n')
	}
}

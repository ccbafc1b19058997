package gen

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
)

// Options says what to generate.
type Options struct {
	Articles   int   // number of articles
	Seed       int64 // same Options, same bytes
	Start, End int   // reporting years, inclusive; 0 means 2015 and 2025
}

// ErrOptions is returned for options that cannot be generated.
var ErrOptions = errors.New("invalid options")

// normalize fills in the default years and checks the options.
func (o Options) normalize() (Options, error) {
	if o.Start == 0 {
		o.Start = 2015
	}
	if o.End == 0 {
		o.End = 2025
	}
	switch {
	case o.Articles < 0:
		return o, fmt.Errorf("%w: %d articles", ErrOptions, o.Articles)
	case o.Start < 1990 || o.End > 2100 || o.Start > o.End:
		return o, fmt.Errorf("%w: years %d..%d", ErrOptions, o.Start, o.End)
	}
	return o, nil
}

// articleRand is the random source of article i: independent of the others,
// so articles can be generated in any order.
func articleRand(seed int64, i int) *rand.Rand {
	return rand.New(rand.NewPCG(splitmix(uint64(seed)), splitmix(uint64(i)^0x5bd1e9955bd1e995)))
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// Article writes article i from r: its path relative to the corpus root
// ("2021/000042.txt"), its bytes and its gold records. Invalid years in opts
// fall back to the defaults.
func Article(r *rand.Rand, i int, opts Options) (name string, text []byte, gold []GoldRecord) {
	opts, err := opts.normalize()
	if err != nil {
		opts = Options{Start: 2015, End: 2025}
	}
	year := opts.Start + r.IntN(opts.End-opts.Start+1)
	nb := make([]byte, 0, 16)
	nb = appendInt(nb, int64(year), false)
	nb = append(nb, '/')
	for p := int64(100000); p > 1 && int64(i) < p; p /= 10 {
		nb = append(nb, '0')
	}
	nb = appendInt(nb, int64(i), false)
	nb = append(nb, ".txt"...)
	b := &builder{
		r: r, opts: opts, doc: string(nb), year: year, plan: year + 1,
		b:    make([]byte, 0, 8192),
		gold: make([]GoldRecord, 0, 32),
	}
	b.main = orgs.pick(r, year)
	if r.IntN(5) < 2 {
		b.plan = year
	}
	b.article()
	return b.doc, b.b, b.gold
}

func (b *builder) article() {
	b.org = b.main
	b.status, b.period, b.recYear = statusAchieved, periodYear, b.year
	b.header()
	b.lead()
	b.related()
	b.b = append(b.b, '\n')
	b.body()
	b.b = append(b.b, b.pick(signatures)...)
	b.b = append(b.b, "\n\n"...)
	b.chrome()
}

func (b *builder) header() {
	kicker := b.r.IntN(20) < 11
	if b.r.IntN(10) < 3 {
		b.b = append(b.b, []string{"-->", "--> -->"}[b.r.IntN(2)]...)
		b.b = append(b.b, '\n')
	}
	if kicker {
		b.b = append(b.b, b.main.kicker...)
		b.b = append(b.b, '\n')
	}
	b.b = append(b.b, '\n')
	if b.r.IntN(4) == 0 {
		b.titleFig = true
		b.titleText = b.renderLine(pickT(b.r, bank.titleMetric))
	} else {
		b.titleText = b.renderLine(pickT(b.r, bank.title))
	}
	b.b = append(b.b, "\n\n"...)
}

func (b *builder) lead() {
	if b.r.IntN(5) < 2 {
		b.b = append(b.b, "(LĐTĐ) "...)
	}
	t := pickT(b.r, bank.lead)
	if t.hasPlan {
		b.plan = b.year + 1
	}
	b.render(t)
	if b.r.IntN(3) == 0 {
		b.b = append(b.b, ' ')
		b.mustName = true
		b.metricSentence(statusAchieved, periodYear, false)
	}
	b.b = append(b.b, '\n')
}

// related writes 1–3 related-article link lines under the lead; their
// figures belong to other articles.
func (b *builder) related() {
	b.noGold = true
	defer func() { b.noGold = false }()
	n := 1 + b.r.IntN(3)
	switch style := b.r.IntN(10); {
	case style < 3:
		slug := appendSlug(nil, b.titleText)
		for range n {
			b.b = append(b.b, slug...)
			b.b = append(b.b, ' ')
			b.renderLine(pickT(b.r, bank.teaserTitle))
			b.b = append(b.b, '\n')
		}
		if b.r.IntN(2) == 0 {
			b.b = append(b.b, slug...)
			b.b = append(b.b, '\n')
		}
	case style < 5:
		for k := range n {
			if k > 0 {
				b.b = append(b.b, ' ')
			}
			b.renderLine(pickT(b.r, bank.teaserTitle))
		}
		b.b = append(b.b, '\n')
	default:
		for range n {
			b.renderLine(pickT(b.r, bank.teaserTitle))
			b.b = append(b.b, '\n')
		}
	}
}

func (b *builder) body() {
	if b.r.IntN(5) < 2 {
		b.snapshotParagraph()
	}
	captions := b.r.IntN(3)
	for k, n := 0, 2+b.r.IntN(4); k < n; k++ {
		if b.r.IntN(3) == 0 {
			b.fillerParagraph(false)
		}
		b.metricParagraph(statusAchieved, periodYear)
		if b.r.IntN(7) == 0 {
			b.otherParagraph()
		}
		if captions > 0 && b.r.IntN(2) == 0 {
			b.caption()
			captions--
		}
	}
	if b.r.IntN(20) < 9 {
		b.marker = b.multiMarker()
		b.metricParagraph(statusAchieved, periodMultiYear)
		b.yearDirty = true
		if b.r.IntN(5) < 2 {
			b.metricParagraph(statusAchieved, periodYear)
		}
	}
	if b.r.IntN(20) < 11 {
		b.metricParagraph(statusPlanned, periodYear)
		if b.r.IntN(3) == 0 {
			b.metricParagraph(statusPlanned, periodYear)
		}
	}
	if b.r.IntN(2) == 0 {
		b.renderSentence(pickT(b.r, bank.quote))
		b.b = append(b.b, "\n\n"...)
	} else {
		b.fillerParagraph(true)
	}
}

// renderSentence renders a whole sentence of the article's own org.
func (b *builder) renderSentence(t *tmpl) {
	b.org = b.main
	start := len(b.b)
	b.render(t)
	b.capitalize(start)
}

func (b *builder) fillerParagraph(planned bool) {
	pool := bank.filler
	if planned {
		pool = bank.cleanFiller
	}
	var used [3]int
	for k, n := 0, 1+b.r.IntN(3); k < n; k++ {
		if k > 0 {
			b.b = append(b.b, ' ')
		}
		i := b.r.IntN(len(pool))
		for slices.Contains(used[:k], i) {
			i = b.r.IntN(len(pool))
		}
		used[k] = i
		b.renderSentence(pool[i])
	}
	b.b = append(b.b, "\n\n"...)
}

func (b *builder) snapshotParagraph() {
	if b.r.IntN(2) == 0 {
		b.renderSentence(pickT(b.r, bank.cleanFiller))
		b.b = append(b.b, ' ')
	}
	b.status, b.period, b.recYear = statusAchieved, periodSnapshot, b.year
	b.renderSentence(pickT(b.r, bank.snapshot))
	b.b = append(b.b, "\n\n"...)
}

func (b *builder) metricParagraph(status, period string) {
	if status != statusPlanned && b.r.IntN(4) == 0 {
		b.renderSentence(pickT(b.r, bank.cleanFiller))
		b.b = append(b.b, ' ')
	}
	for k, n := 0, 1+b.r.IntN(2); k < n; k++ {
		if k > 0 {
			b.b = append(b.b, ' ')
		}
		b.metricSentence(status, period, status == statusPlanned && !b.planOpen)
	}
	b.b = append(b.b, "\n\n"...)
}

// otherParagraph reports a figure of another organisation, named in full;
// the next figure of the article's own org names it again.
func (b *builder) otherParagraph() {
	o := orgs.neighbour(b.r, b.main)
	if o == nil {
		return
	}
	b.org = o
	b.status, b.period, b.recYear = statusAchieved, periodYear, b.year
	start := len(b.b)
	b.render(pickT(b.r, bank.openOther.all))
	c := bank.pickCat(b.r)
	b.clauses(c.vp, b.r.IntN(2)+1, false)
	b.b = append(b.b, '.')
	b.capitalize(start)
	b.b = append(b.b, "\n\n"...)
	b.org = b.main
	b.mustName = true
}

package report

import (
	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/report/internal/digest"
)

// The organisation, year and category pages have keys, like the article
// pages and the workbooks: a digest of everything the page is made of, so
// that the publish stage keeps a page whose key the published site holds
// without rendering it. A page's key hashes the program (Config.Version,
// which covers the templates, the wording and the formatting), the page's
// path, what every page's head and foot show (the site's title, the paper,
// the corpus's date, whether there is a feed), the province and its maps
// (the notes under the sums of units), and the items the page selects from
// the Summary, in the order it shows them: every field of each, but for
// indices into other lists, which are replaced by what the page shows of
// what they point to — the article id and anchor a figure links to, how
// many records state a fact (the bounded tables rank by it), an
// organisation's slug. Indices themselves are not hashed: they shift
// whenever an article is added before the items they point to, and the page
// does not show them. Nothing is formatted or laid out.
// TestPageKeyCoversEveryInput holds the keys to that.

// pageKey hashes the inputs of one summary page.
type pageKey struct {
	*digest.Writer
	r     *renderer
	facts []factRef // r.factRefs()
	// The organisation orgLink hashed last (if cached), with its slug:
	// lists come sorted by organisation.
	org, slug       string
	hasPage, cached bool
}

// factRef is what the summary pages show of a fact besides its
// measure: its value, where its evidence links (the article page of its
// first record, -1 for none, and that record's offset) and how many
// records state it. The pages' keys read it for every cell, target and
// conflict; kept in one small array, it saves them reading the facts and
// records themselves, scattered across memory.
type factRef struct {
	value   float64
	offset  int
	article int32
	records int32
}

// indexFacts gives the factRef of every fact of s.
func (r *renderer) indexFacts() []factRef {
	s := r.s
	refs := make([]factRef, len(s.Facts))
	for i := range s.Facts {
		f := &s.Facts[i]
		ref := factRef{value: f.Value, article: -1, records: int32(len(f.Records))}
		if len(f.Records) > 0 && f.Records[0] >= 0 && f.Records[0] < r.src.Len() {
			ref.article = r.recArticle[f.Records[0]]
			ref.offset = r.src.Offset(f.Records[0])
		}
		refs[i] = ref
	}
	return refs
}

// newPageKey starts the key of the page at path with what every summary
// page reads.
func (r *renderer) newPageKey(path string) *pageKey {
	k := &pageKey{Writer: digest.New(), r: r, facts: r.factRefs()}
	k.Str(r.cfg.Version)
	k.Str(path)
	k.Str(r.cfg.Title)
	k.Str(r.cfg.Paper)
	k.Str(r.cfg.BuildDate)
	k.Bool(r.cfg.BaseURL != "")
	k.Str(r.s.Province)
	k.Int(len(r.s.Map.Eras))
	for _, e := range r.s.Map.Eras {
		k.Str(e.Label)
		k.Str(e.Period)
	}
	return k
}

// orgKey is the key of organisation o's page (see org), "" when
// Config.Version is not set.
func (r *renderer) orgKey(path string, o aggregate.Org) string {
	if r.cfg.Version == "" {
		return ""
	}
	k := r.newPageKey(path)
	k.Tag("org")
	k.Str(o.Name)
	k.Str(o.Type)
	k.Str(o.Slug)
	k.Str(o.Map)
	k.orgLinks(o.Predecessors)
	k.orgLinks(o.Successors)
	idx, ok := r.orgIndex()[o.Name]
	if !ok {
		idx = &orgItems{}
	}
	s := r.s
	hashAt(k, "yearly", idx.yearly, s.Yearly, k.cell)
	hashAt(k, "targets", idx.targets, s.Targets, k.target)
	hashAt(k, "snapshots", idx.snapshots, s.Snapshots, k.cell)
	hashAt(k, "multi-year", idx.multiYear, s.MultiYear, k.multiYear)
	hashAt(k, "changes", idx.changes, s.Changes, k.change)
	hashAt(k, "conflicts", idx.conflicts, s.Conflicts, k.conflict)
	return k.Sum()
}

// yearKey is the key of year y's page (see year), "" when Config.Version is
// not set.
func (r *renderer) yearKey(path string, y int) string {
	if r.cfg.Version == "" {
		return ""
	}
	s := r.s
	k := r.newPageKey(path)
	k.Tag("year")
	k.Int(y)
	hashWhere(k, "own", s.CityReported, func(c *aggregate.Cell) bool { return c.Year == y }, k.cell)
	hashWhere(k, "sums", s.UnitSums, func(u *aggregate.UnitSum) bool { return u.Year == y }, k.unitSum)
	k.Tag("yearly")
	k.rowOrder(s.Yearly, func(c *aggregate.Cell) bool { return c.Year == y })
	// The targets of the year, then those set this year for later years,
	// each marked with its table.
	k.Tag("targets")
	for i := range s.Targets {
		t := &s.Targets[i]
		switch set := r.targetSet[i]; {
		case t.Year == y && (t.Achieved != nil || set == y):
			k.more()
			k.Int(0)
		case t.Year > y && set == y:
			k.more()
			k.Int(1)
		default:
			continue
		}
		k.target(t)
	}
	k.done()
	hashWhere(k, "changes", s.Changes, func(c *aggregate.Change) bool { return c.Year == y }, k.change)
	hashWhere(k, "conflicts", s.Conflicts, func(c *aggregate.Conflict) bool { return c.Year == y }, k.conflict)
	return k.Sum()
}

// categoryKey is the key of category cat's page (see category), "" when
// Config.Version is not set.
func (r *renderer) categoryKey(path, cat string) string {
	if r.cfg.Version == "" {
		return ""
	}
	s := r.s
	k := r.newPageKey(path)
	k.Tag("category")
	k.Str(cat)
	hashWhere(k, "own", s.CityReported, func(c *aggregate.Cell) bool { return c.Category == cat }, k.cell)
	hashWhere(k, "sums", s.UnitSums, func(u *aggregate.UnitSum) bool { return u.Category == cat }, k.unitSum)
	k.Tag("yearly")
	k.rowOrder(s.Yearly, func(c *aggregate.Cell) bool { return c.Category == cat })
	hashWhere(k, "targets", s.Targets, func(t *aggregate.Target) bool { return t.Category == cat }, k.target)
	return k.Sum()
}

// hashAt hashes, under tag, how many of items idx picks and each of them
// with hash, in idx's order.
func hashAt[T any](k *pageKey, tag string, idx []int32, items []T, hash func(*T)) {
	k.Tag(tag)
	k.Int(len(idx))
	for _, i := range idx {
		hash(&items[i])
	}
}

// hashWhere hashes, under tag, the items that keep selects, each with hash
// and marked as one more, then the end of the list.
func hashWhere[T any](k *pageKey, tag string, items []T, keep func(*T) bool, hash func(*T)) {
	k.Tag(tag)
	for i := range items {
		if it := &items[i]; keep(it) {
			k.more()
			hash(it)
		}
	}
	k.done()
}

// rowOrder hashes the cells that keep selects, then the organisations that
// have one in the order of s.Orgs: the rows of the tables of organisations
// (see orgRows), which show the organisations of any subset of those cells
// in that order.
func (k *pageKey) rowOrder(cells []aggregate.Cell, keep func(*aggregate.Cell) bool) {
	orgs := map[string]bool{}
	for i := range cells {
		if c := &cells[i]; keep(c) {
			k.more()
			k.cell(c)
			orgs[c.Org] = true
		}
	}
	k.done()
	for _, o := range k.r.s.Orgs {
		if orgs[o.Name] {
			k.more()
			k.Str(o.Name)
		}
	}
	k.done()
}

// href hashes where recordHref links for recs: the article page and the
// record's anchor in it, or nowhere.
func (k *pageKey) href(recs []int) {
	r := k.r
	if len(recs) == 0 || recs[0] < 0 || recs[0] >= r.src.Len() {
		k.link(-1, 0)
		return
	}
	k.link(r.recArticle[recs[0]], r.src.Offset(recs[0]))
}

// link hashes a link to the record at offset in article a's page, or
// nowhere (a < 0).
func (k *pageKey) link(a int32, offset int) {
	if a < 0 {
		k.Str("")
		return
	}
	k.Str(k.r.ids[a])
	k.Int(offset)
}

// fact gives the factRef of fact f, if there is one.
func (k *pageKey) fact(f int) (factRef, bool) {
	if f < 0 || f >= len(k.facts) {
		return factRef{}, false
	}
	return k.facts[f], true
}

// evidence hashes where evidence links for facts.
func (k *pageKey) evidence(facts []int) {
	if len(facts) == 0 {
		k.link(-1, 0)
		return
	}
	f, _ := k.fact(facts[0])
	k.link(f.article, f.offset)
}

// more marks an item of a list, done its end: the lists of a year's or a
// category's page are hashed as the page selects their items, without
// counting them first.
func (k *pageKey) more() { k.Bool(true) }
func (k *pageKey) done() { k.Bool(false) }

// orgLink hashes what orgLink shows of an organisation: its name and, if
// it has a page, its slug.
func (k *pageKey) orgLink(name string) {
	if !k.cached || name != k.org {
		k.org, k.cached = name, true
		k.slug, k.hasPage = k.r.orgSlugs[name]
	}
	k.Str(name)
	k.Bool(k.hasPage)
	k.Str(k.slug)
}

func (k *pageKey) orgLinks(names []string) {
	k.Int(len(names))
	for _, n := range names {
		k.orgLink(n)
	}
}

func (k *pageKey) span(s aggregate.Span) {
	k.Int(s.From)
	k.Int(s.To)
}

func (k *pageKey) cell(c *aggregate.Cell) {
	k.orgLink(c.Org)
	k.Str(c.OrgType)
	k.Int(c.Year)
	k.Str(c.Category)
	k.Str(c.Unit)
	k.Float(c.Value)
	k.Bool(c.Approx)
	k.Bool(c.Derived)
	k.span(c.Span)
	k.Bool(c.Conflict)
	k.evidence(c.Facts)
}

func (k *pageKey) coverage(c aggregate.Coverage) {
	k.Int(c.Reported)
	k.Int(c.Total)
	k.Str(c.Label)
	k.Str(c.Period)
}

func (k *pageKey) unitSum(u *aggregate.UnitSum) {
	k.cell(&u.Cell)
	k.coverage(u.Coverage)
	k.Int(u.Era)
	k.Strs(u.Units)
	k.Strs(u.Partial)
}

func (k *pageKey) target(t *aggregate.Target) {
	k.orgLink(t.Org)
	k.Target(t)
	k.span(t.Span)
	k.evidence(t.Facts)
	mentions := 0 // see mentions
	if len(t.Facts) > 0 {
		f, _ := k.fact(t.Facts[0])
		mentions = int(f.records)
	}
	k.Int(mentions)
}

// multiYear hashes a multi-year figure: every field, and its records as
// the page shows them (how many, and the link of the first).
func (k *pageKey) multiYear(f *aggregate.Fact) {
	k.orgLink(f.Org)
	k.Str(f.OrgType)
	k.Int(f.Year)
	k.Str(f.Category)
	k.Str(f.Unit)
	k.Str(f.Noun)
	k.Float(f.Value)
	k.Str(f.Qualifier)
	k.Str(f.Status)
	k.Str(f.Period)
	k.span(f.Span)
	k.Str(f.Basis)
	k.Bool(f.Derived)
	k.Int(len(f.Records))
	k.href(f.Records)
}

func (k *pageKey) change(c *aggregate.Change) {
	k.orgLink(c.Org)
	k.Str(c.Category)
	k.Str(c.Unit)
	k.Int(c.Year)
	k.Float(c.Previous)
	k.Float(c.Current)
	k.OptFloat(c.Percent)
	k.Int(c.Compared)
	k.coverage(c.Coverage)
	k.Strs(c.Via)
}

// conflict hashes a conflict with the value and link of each of its facts
// and how many records state it.
func (k *pageKey) conflict(c *aggregate.Conflict) {
	k.orgLink(c.Org)
	k.Int(c.Year)
	k.Str(c.Category)
	k.Str(c.Unit)
	k.Str(c.Noun)
	k.Int(len(c.Facts))
	for _, i := range c.Facts {
		f, ok := k.fact(i)
		if !ok {
			k.Int(-1)
			continue
		}
		k.Float(f.value)
		k.Int(int(f.records))
		k.link(f.article, f.offset)
	}
}

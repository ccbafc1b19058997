package report

import (
	"github.com/lddt/unionstats/corrections"

	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report/internal/digest"
	"github.com/lddt/unionstats/templates"
)

// Config is what the site needs beyond the Summary.
type Config struct {
	Title       string           // site name shown in every page header
	BaseURL     string           // absolute address of the published site, only for the Atom feed; "" leaves the feed out
	Accuracy    []AccuracyRow    // measured extraction accuracy, for the methodology page
	Methodology []aggregate.Rule // aggregation rules in Vietnamese, for the methodology page
	BuildDate   string           // "YYYY-MM-DD", taken from the corpus, never from the clock
	Paper       string           // the newspaper the articles come from; "" means DefaultPaper
	// Version identifies the program that renders (its templates and code):
	// it is part of every article page's Key, so a new program renders them
	// again. "" gives no keys.
	Version string
	// Corrections are the clerk's corrections applied to the records: the
	// article pages mark the corrected figures, the methodology page counts
	// them and the checks page lists the stale ones. nil for none.
	Corrections *corrections.Result
	// Records are DigestRecords of the Summary rendered, for the keys that
	// read records; nil, they are made when a key needs them.
	Records *RecordDigests
	// Texts gives back the text of an article of the Summary whose Text
	// the caller released to save memory (see ArticleText); nil when every
	// article holds its text.
	Texts Texts
	// Phrases gives back the evidence sentences and phrases the caller
	// moved out of the records of the Summary rendered (see RecordSource.Record);
	// nil when every record holds its own.
	Phrases Phrases
	// Source is where the records of the Summary rendered are read from
	// (see RecordSource); nil reads its Records, with Phrases.
	Source *RecordSource
}

// Texts gives back the text of an article of the Summary rendered (a
// pointer into its Articles) that no longer holds it: the build keeps the
// texts out of memory while it publishes, and reads one back when a page
// or a review sheet quotes it.
type Texts func(a *aggregate.Article) (string, error)

// ArticleText is a's text: a.Text, or when that is empty and texts is set,
// what texts gives back for a.
func ArticleText(texts Texts, a *aggregate.Article) (string, error) {
	if a.Text != "" || texts == nil {
		return a.Text, nil
	}
	return texts(a)
}

// Phrases puts back into r, a copy of record k of the Summary rendered,
// the evidence sentence (Record.Evidence) and phrase (Record.Text) that
// the build moved out of the record to save memory: it keeps them as
// places in the articles' texts while it publishes, and reads one back
// when a page, a workbook or the open data show it. What it puts back
// depends on k alone: a field of record k that was not moved is left as
// it is, whatever r holds (RecordSource.Evidence asks with an empty r).
type Phrases func(k int, r *extract.Record) error

// AccuracyRow is the extraction accuracy measured on one gold corpus.
// Precision, Recall and F1 are fractions between 0 and 1.
type AccuracyRow struct {
	Corpus    string
	Precision float64
	Recall    float64
	F1        float64
}

// Site renders every page of the statistics site and its assets, sorted by
// Path. Pages are rendered in parallel; the output depends only on s and cfg.
func Site(s *aggregate.Summary, cfg Config) ([]File, error) {
	r, err := newRenderer(s, cfg)
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	jobs := r.jobs()
	files := make([]File, len(jobs))
	g, _ := errgroup.WithContext(context.Background())
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, job := range jobs {
		g.Go(func() error {
			f, err := job()
			if err != nil {
				return err
			}
			files[i] = f
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	r.keysMade()
	// A record read back for a key or an eager page (the checks, the
	// left-out records) that failed gave a zero record.
	if err := r.src.Err(); err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	assets, err := staticFiles()
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	files = append(files, assets...)
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files, nil
}

// staticFiles copies templates/static/* to assets/*.
func staticFiles() ([]File, error) {
	entries, err := fs.ReadDir(templates.FS, "static")
	if err != nil {
		return nil, fmt.Errorf("assets: %w", err)
	}
	files := make([]File, 0, len(entries))
	for _, e := range entries {
		data, err := fs.ReadFile(templates.FS, "static/"+e.Name())
		if err != nil {
			return nil, fmt.Errorf("assets: %w", err)
		}
		files = append(files, File{Path: "assets/" + e.Name(), Data: data})
	}
	return files, nil
}

// renderer holds what every page needs, computed once and read concurrently.
type renderer struct {
	s        *aggregate.Summary
	cfg      Config
	src      *RecordSource // the records of s (cfg.Source)
	tmpl     *template.Template
	ids      []string          // page id of each of s.Articles, see ArticleID
	articles map[string]int    // article Doc → its index in s.Articles (the last, if two share the Doc)
	orgSlugs map[string]string // org name → slug
	latest   int               // year of the home page, see latestYear
	years    []int             // the years with results, ascending: each has a page and a workbook
	// recArticle is, per record, the index in s.Articles of the article
	// with the record's Doc, or -1: the year, category and organisation
	// pages link tens of thousands of records to their article pages, and
	// build each link when they show it (see recordHref).
	recArticle []int32
	// orgIndex is indexOrgs, made when the first organisation's page is.
	orgIndex func() map[string]*orgItems
	// factRefs is indexFacts, made when the first summary page's key is
	// and dropped once every key is made (see keysMade).
	factRefs func() []factRef
	// records is Config.Records, or the records' digests made when the
	// first article key is.
	records func() *RecordDigests
	// targetSet is, per target of the Summary, the year it was set (see
	// setYear): every year page reads it for every target.
	targetSet []int
	// chrome holds the "chrome" template rendered once for the pages at
	// the root and one folder down, which share it: the 10,000 article
	// pages then execute a handful of template actions each.
	chrome map[chromeKey]template.HTML
}

func newRenderer(s *aggregate.Summary, cfg Config) (*renderer, error) {
	t, err := templates.Parse()
	if err != nil {
		return nil, err
	}
	cfg.Paper = cmp.Or(cfg.Paper, DefaultPaper)
	cfg.Source = SourceOf(cfg.Source, s.Records, cfg.Phrases)
	r := &renderer{
		s:        s,
		cfg:      cfg,
		src:      cfg.Source,
		tmpl:     t,
		ids:      make([]string, len(s.Articles)),
		articles: make(map[string]int, len(s.Articles)),
		orgSlugs: make(map[string]string, len(s.Orgs)),
	}
	seen := make(map[string]string, len(s.Articles))
	for i := range s.Articles {
		doc := s.Articles[i].Doc
		id := ArticleID(doc)
		if other, ok := seen[id]; ok && other != doc {
			return nil, fmt.Errorf("article id %s shared by %q and %q", id, other, doc)
		}
		seen[id] = doc
		r.ids[i] = id
		r.articles[doc] = i
	}
	for _, o := range s.Orgs {
		r.orgSlugs[o.Name] = o.Slug
	}
	r.orgIndex = sync.OnceValue(func() map[string]*orgItems { return indexOrgs(s) })
	r.factRefs = sync.OnceValue(r.indexFacts)
	r.records = sync.OnceValue(func() *RecordDigests { return digest.RecordsOf(cfg.Records, r.src.Len(), s.Records) })
	r.latest = latestYear(s)
	r.years = ResultYears(s, r.src)
	r.recArticle = make([]int32, r.src.Len())
	prev, a := "", int32(-1)
	for k := range r.recArticle {
		// Records come sorted by Doc: look an article up once per run.
		if doc := r.src.Doc(k); k == 0 || doc != prev {
			prev, a = doc, -1
			if i, ok := r.articles[doc]; ok {
				a = int32(i)
			}
		}
		r.recArticle[k] = a
	}
	r.targetSet = make([]int, len(s.Targets))
	for i := range s.Targets {
		r.targetSet[i] = r.setYear(s.Targets[i].Facts)
	}
	chrome := make(map[chromeKey]template.HTML, 4)
	for _, root := range []string{"", "../"} {
		for _, charts := range []bool{false, true} {
			p, err := r.newPage("", root, charts, nil)
			if err != nil {
				return nil, err
			}
			chrome[chromeKey{root, charts}] = p.Chrome
		}
	}
	r.chrome = chrome
	return r, nil
}

// keysMade drops what only the pages' keys read, once every key is made:
// the summary pages' index of facts (indexFacts, 24 bytes a fact, 36 MB at
// 100,000 articles), which would otherwise stay until the last page is
// published. A key asked for later makes it again.
func (r *renderer) keysMade() {
	r.factRefs = sync.OnceValue(r.indexFacts)
}

// latestYear is the home page's year: the latest with achieved figures,
// else the latest year at all, else 0.
func latestYear(s *aggregate.Summary) int {
	latest := 0
	for _, c := range s.Yearly {
		latest = max(latest, c.Year)
	}
	if latest == 0 && len(s.Years) > 0 {
		latest = s.Years[len(s.Years)-1]
	}
	return latest
}

// ArticleID is the stable page id of an article: the first 12 hex digits of
// the SHA-256 of its Doc, so adding articles never renames a page.
func ArticleID(doc string) string {
	sum := sha256.Sum256([]byte(doc))
	return hex.EncodeToString(sum[:6])
}

// page is the data every page template receives.
type page struct {
	Site   string
	Title  string
	Root   string // "" at the site root, "../" one folder down
	Build  string // dd/mm/yyyy
	Paper  string
	Feed   bool
	Charts bool
	Chrome template.HTML // the "chrome" template for this page, see renderer.chrome
	Body   any
}

// newPage fills in what every page of the site shares. Its chrome comes
// from r.chrome, or is rendered for a folder depth that is not there.
func (r *renderer) newPage(title, root string, charts bool, body any) (*page, error) {
	p := &page{
		Site:   r.cfg.Title,
		Title:  title,
		Root:   root,
		Build:  FormatDate(r.cfg.BuildDate),
		Paper:  r.cfg.Paper,
		Feed:   r.cfg.BaseURL != "",
		Charts: charts,
		Body:   body,
	}
	c, ok := r.chrome[chromeKey{root, charts}]
	if !ok {
		var b strings.Builder
		if err := r.tmpl.ExecuteTemplate(&b, "chrome", p); err != nil {
			return nil, fmt.Errorf("template chrome: %w", err)
		}
		c = template.HTML(b.String())
	}
	p.Chrome = c
	return p, nil
}

// docID is the page id of the article with Doc doc, if there is one.
func (r *renderer) docID(doc string) (string, bool) {
	i, ok := r.articles[doc]
	if !ok {
		return "", false
	}
	return r.ids[i], true
}

// chromeKey says what the "chrome" template (links to the style sheet and
// scripts, the site's header and navigation) depends on besides the Config.
type chromeKey struct {
	root   string
	charts bool
}

// job renders one file.
type job func() (File, error)

func (r *renderer) jobs() []job {
	s := r.s
	jobs := make([]job, 0, len(s.Articles)+len(s.Orgs)+len(s.Years)+len(s.Categories)+8)
	jobs = append(jobs,
		r.pageJob("index.html", "page.html", r.index),
		r.pageJob("phuong-phap.html", "page.html", r.methodology),
		r.pageJob("kiem-tra.html", "page.html", r.checks),
		r.pageJob("tai-ve.html", "page.html", r.downloads),
		func() (File, error) {
			data, err := r.searchScript()
			return File{Path: searchPath, Data: data}, err
		},
	)
	if len(s.LeftOut) > 0 {
		jobs = append(jobs, r.pageJob(leftOutPath, "page.html", r.leftOut))
	}
	if r.cfg.BaseURL != "" {
		jobs = append(jobs, func() (File, error) {
			data, err := r.feed()
			return File{Path: feedPath, Data: data}, err
		})
	}
	// The organisation, year and category pages list every figure with
	// its evidence: together as large as the records. They are rendered
	// as they are published, so that they are not all in memory at once,
	// and not at all when the published page has their key.
	for _, o := range s.Orgs {
		path := "to-chuc/" + o.Slug + ".html"
		jobs = append(jobs, r.lazyPageJob(path, "page.html", func() string { return r.orgKey(path, o) }, func(root string) (content, error) {
			return r.org(root, o)
		}))
	}
	for _, y := range r.years {
		path := fmt.Sprintf("nam/%d.html", y)
		jobs = append(jobs, r.lazyPageJob(path, "page.html", func() string { return r.yearKey(path, y) }, func(root string) (content, error) {
			return r.year(root, y)
		}))
	}
	for _, c := range s.Categories {
		path := "linh-vuc/" + c + ".html"
		jobs = append(jobs, r.lazyPageJob(path, "page.html", func() string { return r.categoryKey(path, c) }, func(root string) (content, error) {
			return r.category(root, c)
		}))
	}
	for i := range s.Articles {
		path := "bai-viet/" + r.ids[i] + ".html"
		write := func(w io.Writer) error {
			buf := pageBufs.Get().(*bytes.Buffer)
			defer pageBufs.Put(buf)
			buf.Reset()
			if _, err := r.renderArticle(i, buf); err != nil {
				return err
			}
			_, err := w.Write(buf.Bytes())
			return err
		}
		jobs = append(jobs, func() (File, error) { return File{Path: path, Write: write, Key: r.articleKey(i)}, nil })
	}
	return jobs
}

// SummaryPage reports whether the site's file at path is an
// organisation's, a year's or a category's page: of the files Site gives
// as Write, the only ones that read the Summary's facts, tables, targets
// and conflicts when they are written. The article pages read its
// articles and the records only.
func SummaryPage(path string) bool {
	for _, dir := range []string{"to-chuc/", "nam/", "linh-vuc/"} {
		if strings.HasPrefix(path, dir) {
			return true
		}
	}
	return false
}

// content is what a page builder returns: the title, the body for the
// template and whether the page draws charts.
type content struct {
	Title  string
	Body   any
	Charts bool
}

// pageJob renders the page at path with the named template and the body
// that build makes for the page's link prefix.
func (r *renderer) pageJob(path, name string, build func(root string) (content, error)) job {
	return func() (File, error) {
		data, err := r.renderPage(path, name, build)
		return File{Path: path, Data: data}, err
	}
}

// lazyPageJob is pageJob for a page rendered only when it is written: a
// Write file whose Key is key's (see pagekey.go), given when the job runs.
func (r *renderer) lazyPageJob(path, name string, key func() string, build func(root string) (content, error)) job {
	write := func(w io.Writer) error {
		buf := pageBufs.Get().(*bytes.Buffer)
		defer pageBufs.Put(buf)
		buf.Reset()
		if err := r.renderPageTo(buf, path, name, build); err != nil {
			return err
		}
		_, err := w.Write(buf.Bytes())
		return err
	}
	return func() (File, error) { return File{Path: path, Write: write, Key: key()}, nil }
}

// pageBufs holds the buffers of the pages rendered as they are written,
// which need theirs only until then: the article pages (a build renders
// tens of thousands) and the organisation, year and category pages.
var pageBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func (r *renderer) renderPage(path, name string, build func(root string) (content, error)) ([]byte, error) {
	var buf bytes.Buffer
	if err := r.renderPageTo(&buf, path, name, build); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// renderPageTo is renderPage into buf.
func (r *renderer) renderPageTo(buf *bytes.Buffer, path, name string, build func(root string) (content, error)) error {
	root := rootOf(path)
	c, err := build(root)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	p, err := r.newPage(c.Title, root, c.Charts, c.Body)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	buf.Grow(16 << 10)
	if err := r.executeTo(buf, name, p); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// executeTo executes the template name for p into buf.
func (r *renderer) executeTo(buf *bytes.Buffer, name string, p *page) error {
	if err := r.tmpl.ExecuteTemplate(buf, name, p); err != nil {
		return fmt.Errorf("template %s: %w", name, err)
	}
	return nil
}

// rootOf returns the relative prefix from a page back to the site root:
// "" for "index.html", "../" for "nam/2022.html".
func rootOf(path string) string {
	return strings.Repeat("../", strings.Count(path, "/"))
}

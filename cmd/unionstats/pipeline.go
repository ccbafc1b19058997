package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/lddt/unionstats"
	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/output"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/report/workbook"
)

// buildConfig is everything one build needs; flags fill it in.
type buildConfig struct {
	Corpus     fs.FS  // the articles
	CorpusName string // for messages: the directory, or "embedded sample"
	Out        string // site directory
	Cache      string // extraction cache file, "" for none
	Title      string
	BaseURL    string
	Jobs       int
	Wait       bool // wait for another build's lock instead of failing
	Progress   *progress
	Log        *slog.Logger
}

// buildStats is the build summary shown to the operator.
type buildStats struct {
	Articles, New, Changed, Unchanged, Removed, Skipped int
	Records                                             int
	Files                                               output.Stats
	Warnings                                            []aggregate.Warning
	Elapsed                                             time.Duration
	UpToDate                                            bool // nothing changed since the last build: nothing was done
}

func (s buildStats) String() string {
	if s.UpToDate {
		return fmt.Sprintf("nothing changed since the last build: %d files unchanged; time: %s", s.Files.Unchanged, s.Elapsed.Round(time.Millisecond))
	}
	return fmt.Sprintf("articles: %d total, %d new, %d changed, %d unchanged, %d removed, %d skipped; records: %d; files: %d written, %d unchanged, %d removed; warnings: %d; time: %s",
		s.Articles, s.New, s.Changed, s.Unchanged, s.Removed, s.Skipped, s.Records,
		s.Files.Written, s.Files.Unchanged, s.Files.Removed, len(s.Warnings), s.Elapsed.Round(time.Millisecond))
}

// errNoArticles marks a corpus with nothing to build from.
var errNoArticles = errors.New("no readable article")

// build runs the stages in order: read → extract → aggregate → render →
// publish, each error named by its stage.
func build(ctx context.Context, cfg buildConfig) (buildStats, error) {
	start := time.Now()
	var st buildStats
	if err := os.MkdirAll(filepath.Dir(cfg.Out), 0o755); err != nil {
		return st, fmt.Errorf("output directory %s is not writable: %w", cfg.Out, err)
	}
	unlock, err := output.Lock(ctx, cfg.Out, cfg.Wait)
	if err != nil {
		return st, fmt.Errorf("lock %s: %w", cfg.Out, err)
	}
	defer unlock()

	infos, err := corpus.List(cfg.Corpus)
	if err != nil {
		return st, usageError{fmt.Errorf("read %s: %w", cfg.CorpusName, err)}
	}
	fp := fingerprint(cfg, infos)
	if done, err := upToDate(cfg, fp, &st); err != nil || done {
		st.Elapsed = time.Since(start)
		return st, err
	}
	clock := stageClock{log: cfg.Log}
	clock.next("reading and extracting")
	arts, err := readAndExtract(ctx, cfg, infos, &st)
	if err != nil {
		return st, err
	}
	if len(arts) == 0 {
		return st, usageError{fmt.Errorf("read %s: %w", cfg.CorpusName, errNoArticles)}
	}

	cfg.Progress.stage("aggregating", 0)
	clock.next("aggregating")
	n := 0
	for i := range arts {
		n += len(arts[i].Records)
	}
	in := aggregate.Input{Warnings: st.Warnings, Articles: make([]aggregate.Article, 0, len(arts)), Records: make([]extract.Record, 0, n)}
	for i := range arts {
		a := &arts[i]
		in.Articles = append(in.Articles, aggregate.Article{
			Doc: a.Doc, URL: a.URL, Title: a.Title, Kicker: a.Kicker, Published: a.Published, Text: a.Text, Hash: a.Hash,
		})
		in.Records = append(in.Records, a.Records...)
		a.Records = nil // one copy of the records at a time: in.Records
	}
	sum := aggregate.Build(in)
	st.Records = len(sum.Records)

	cfg.Progress.stage("rendering", 0)
	clock.next("rendering")
	files, err := render(sum, cfg)
	if err != nil {
		return st, fmt.Errorf("render: %w", err)
	}
	cfg.Progress.stage("publishing", 0)
	clock.next("publishing")
	st.Files, err = output.Publish(ctx, cfg.Out, files, output.PublishOptions{})
	if err != nil {
		return st, fmt.Errorf("publish: %w", err)
	}
	clock.next("")
	st.Warnings = sum.Warnings
	if err := recordBuild(cfg, fp); err != nil {
		cfg.Log.Warn("cannot record the build; the next one will not be skipped", slog.String("error", err.Error()))
	}
	st.Elapsed = time.Since(start)
	return st, nil
}

// stageClock logs, at info level (--verbose), how long each stage took.
type stageClock struct {
	log   *slog.Logger
	name  string
	start time.Time
}

// next ends the running stage, if any, and starts the named one ("" for none).
func (c *stageClock) next(name string) {
	now := time.Now()
	if c.name != "" {
		c.log.Info("stage done", slog.String("stage", c.name), slog.Duration("time", now.Sub(c.start).Round(time.Millisecond)))
	}
	c.name, c.start = name, now
}

// fingerprint identifies a build's inputs without reading the articles: the
// program, the extractor version, the options that change the output, and
// every file's path, size and modification time. "" when the corpus has no
// modification times (the embedded sample), so such builds always run.
func fingerprint(cfg buildConfig, infos []corpus.FileInfo) string {
	if cfg.Cache == "" {
		return ""
	}
	program := programID()
	if program == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\n", program, extract.Version, cfg.Title, cfg.BaseURL)
	for _, fi := range infos {
		if fi.ModTime.IsZero() {
			return ""
		}
		fmt.Fprintf(h, "%s\x00%d\x00%d\n", fi.Path, fi.Size, fi.ModTime.UnixNano())
	}
	return hex.EncodeToString(h.Sum(nil))
}

// programID identifies this program's build: its version and its
// executable's path, size and modification time; "" if unknown.
func programID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	xi, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s %s %d %d", version, exe, xi.Size(), xi.ModTime().UnixNano())
}

// lastBuildFile records, beside the cache, the fingerprint of the last
// build and the generation it published.
func lastBuildFile(cfg buildConfig) string {
	return filepath.Join(filepath.Dir(cfg.Cache), "last-build")
}

// upToDate reports whether the published site was built from exactly these
// inputs, so that the build has nothing to do.
func upToDate(cfg buildConfig, print string, st *buildStats) (bool, error) {
	if print == "" {
		return false, nil
	}
	b, err := os.ReadFile(lastBuildFile(cfg))
	if err != nil {
		return false, nil
	}
	want, target, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
	cur, err := os.Readlink(cfg.Out)
	if want != print || err != nil || cur != target {
		return false, nil
	}
	m, err := output.ReadManifest(cfg.Out)
	if err != nil {
		return false, nil
	}
	st.Files.Unchanged = len(m.Files)
	st.UpToDate = true
	return true, nil
}

func recordBuild(cfg buildConfig, print string) error {
	if print == "" {
		return nil
	}
	target, err := os.Readlink(cfg.Out)
	if err != nil {
		return err
	}
	tmp := lastBuildFile(cfg) + ".tmp"
	if err := os.WriteFile(tmp, []byte(print+"\n"+target+"\n"), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, lastBuildFile(cfg))
}

// buildDate is the corpus's own date: the latest publication date, else the
// last day of the latest year an article reports on (not a planned year).
// Never the clock, so that the same corpus gives the same bytes.
func buildDate(sum *aggregate.Summary) string {
	latest, year := "", 0
	for _, a := range sum.Articles {
		latest = max(latest, a.Published)
		year = max(year, a.Year)
	}
	switch {
	case latest != "":
		return latest
	case year != 0:
		return strconv.Itoa(year) + "-12-31"
	}
	return "2000-01-01"
}

// render gives every file of the site. Article pages, open data and
// workbooks come as Write files with keys: they are rendered while they are
// published, a few at a time, and not at all when the published site has
// them under the same key.
func render(sum *aggregate.Summary, cfg buildConfig) ([]output.File, error) {
	date := buildDate(sum)
	rc := report.Config{Title: cfg.Title, BaseURL: cfg.BaseURL, BuildDate: date, Accuracy: accuracyRows(), Version: programID()}
	for _, r := range aggregate.Methodology() {
		rc.Methodology = append(rc.Methodology, report.Rule{Title: r.Title, Text: r.Text})
	}
	var (
		site, open []report.File
		books      []workbook.Book
		errs       [3]error
		wg         sync.WaitGroup
	)
	// timed runs f and logs its time; what is rendered lazily (article
	// pages, open data, workbooks) counts in the publishing stage.
	timed := func(what string, f func()) {
		defer wg.Done()
		start := time.Now()
		f()
		cfg.Log.Info("rendered", slog.String("what", what), slog.Duration("time", time.Since(start).Round(time.Millisecond)))
	}
	wg.Add(3)
	go timed("site pages and article keys", func() { site, errs[0] = report.Site(sum, rc) })
	go func() { defer wg.Done(); open, errs[1] = report.OpenData(sum) }()
	go timed("workbook keys", func() {
		t, _ := time.Parse("2006-01-02", date)
		books, errs[2] = workbook.Build(sum, workbook.Config{Title: cfg.Title, Date: t})
	})
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	files := make([]output.File, 0, len(site)+len(open)+len(books))
	for _, f := range append(site, open...) {
		files = append(files, output.File{Path: f.Path, Data: f.Data, Write: f.Write, Key: f.Key})
	}
	for _, b := range books {
		files = append(files, output.File{Path: b.Name, Write: b.Write, Key: b.Key})
	}
	return files, nil
}

// accuracyRows parses the accuracy measured by `make eval`.
func accuracyRows() []report.AccuracyRow {
	var rows []report.AccuracyRow
	for _, line := range strings.Split(strings.TrimSpace(unionstats.Accuracy), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue
		}
		p, _ := strconv.ParseFloat(f[1], 64)
		r, _ := strconv.ParseFloat(f[2], 64)
		f1, _ := strconv.ParseFloat(f[3], 64)
		rows = append(rows, report.AccuracyRow{Corpus: f[0], Precision: p, Recall: r, F1: f1})
	}
	return rows
}

// readAndExtract lists the corpus, takes unchanged articles from the cache
// and reads and extracts the rest in parallel.
func readAndExtract(ctx context.Context, cfg buildConfig, infos []corpus.FileInfo, st *buildStats) ([]cachedArticle, error) {
	var cache *output.Cache
	if cfg.Cache != "" {
		var (
			warns []string
			err   error
		)
		cache, warns, err = output.OpenCache(cfg.Cache, cacheVersion())
		if err != nil {
			return nil, fmt.Errorf("cache: %w", err)
		}
		for _, w := range warns {
			cfg.Log.Warn(w)
		}
	}
	type slot struct {
		arts  []cachedArticle
		warns []aggregate.Warning
		state int // 0 unchanged, 1 new, 2 changed
	}
	slots := make([]slot, len(infos))
	cfg.Progress.stage("extracting", len(infos))
	parallel(ctx, len(infos), cfg.Jobs, func(i int) {
		defer cfg.Progress.tick()
		fi := infos[i]
		var old output.Entry
		var had bool
		if cache != nil {
			old, had = cache.Get(fi.Path)
			if had && old.Size == fi.Size && old.ModTime == fi.ModTime.UnixNano() && fi.ModTime.UnixNano() != 0 {
				if as, err := decodeArticles(old.Payload); err == nil {
					slots[i] = slot{arts: as, warns: warningsOf(as)}
					return
				}
			}
		}
		raw, err := fs.ReadFile(cfg.Corpus, fi.Path)
		if err != nil {
			slots[i].warns = []aggregate.Warning{{Doc: fi.Path, Message: fmt.Sprintf("cannot read: %v", err)}}
			return
		}
		sum := sha256.Sum256(raw)
		hash := hex.EncodeToString(sum[:])
		if had && old.Hash == hash {
			if as, err := decodeArticles(old.Payload); err == nil {
				slots[i] = slot{arts: as, warns: warningsOf(as)}
				cache.Put(fi.Path, output.Entry{Size: fi.Size, ModTime: fi.ModTime.UnixNano(), Hash: hash, Payload: old.Payload})
				return
			}
		}
		parsed, warns := corpus.ParseFile(fi.Path, raw)
		as := make([]cachedArticle, len(parsed))
		for j := range parsed {
			a := &parsed[j]
			as[j] = cachedArticle{Doc: a.Doc, URL: a.URL, Title: a.Title, Kicker: a.Kicker, Published: a.Published,
				Text: a.Text, Hash: a.Hash, Warnings: a.Warnings, Records: extract.Article(a)}
		}
		if cache != nil {
			cache.Put(fi.Path, output.Entry{Size: fi.Size, ModTime: fi.ModTime.UnixNano(), Hash: hash, Payload: string(encodeArticles(as))})
		}
		s := slot{arts: as, state: 1}
		if had {
			s.state = 2
		}
		s.warns = warningsOf(as)
		if len(as) == 0 {
			for _, w := range warns {
				s.warns = append(s.warns, aggregate.Warning{Doc: w.Doc, Message: w.Message})
			}
		}
		slots[i] = s
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var arts []cachedArticle
	present := make(map[string]bool, len(infos))
	for i, s := range slots {
		present[infos[i].Path] = true
		for _, w := range s.warns {
			cfg.Log.Warn("input problem", slog.String("file", filepath.ToSlash(w.Doc)), slog.String("problem", w.Message))
		}
		st.Warnings = append(st.Warnings, s.warns...)
		if len(s.arts) == 0 {
			st.Skipped++
			continue
		}
		switch s.state {
		case 1:
			st.New++
		case 2:
			st.Changed++
		default:
			st.Unchanged++
		}
		arts = append(arts, s.arts...)
	}
	st.Articles = len(arts)
	// A corpus that gave nothing is refused by the caller: keep the cache as
	// it was rather than forget every article.
	if cache != nil && len(arts) > 0 {
		st.Removed = cache.Retain(func(doc string) bool { return present[doc] })
		if err := cache.Save(); err != nil {
			cfg.Log.Warn("cannot save the extraction cache; the next build extracts everything again", slog.String("error", err.Error()))
		}
	}
	return arts, nil
}

func warningsOf(as []cachedArticle) []aggregate.Warning {
	var out []aggregate.Warning
	for _, a := range as {
		for _, w := range a.Warnings {
			out = append(out, aggregate.Warning{Doc: a.Doc, Message: w})
		}
	}
	return out
}

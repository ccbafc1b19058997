package build

import (
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/lddt/unionstats"
	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/report/workbook"
)

// render gives every file of the site. Article pages, the organisation,
// year and category pages, open data and workbooks come as Write files
// with keys: they are rendered while they are published, a few at a time,
// and not at all when the published site has them under the same key; the
// open data copy the lines that did not change from the published files
// (lines, nil for none). texts gives back the articles' texts that
// releaseTexts moved out of the Summary, for the article pages and the
// review sheets' quotes, and the records' evidence sentences and phrases
// (nil when nothing was moved). records are the digests of the records
// (report.DigestRecords), made before their evidence was moved. The keys
// and the files read the records through src (see report.RecordSource),
// which reads them back from their scratch file once the build has
// released them there. The first tables files are those that read the
// Summary's tables (see releaseTables).
func render(sum *aggregate.Summary, cfg Config, fixes *corrections.Result, lines *report.OpenDataCache, records *report.RecordDigests, spool *textSpool, src *report.RecordSource, log *slog.Logger) (files []report.File, tables int, err error) {
	accuracy, err := parseAccuracy(unionstats.Accuracy)
	if err != nil {
		return nil, 0, fmt.Errorf("accuracy.tsv: %w", err)
	}
	date := buildDate(sum)
	program := ProgramID()
	var texts report.Texts
	if spool != nil {
		texts = spool.text
	}
	phrases := spool.phraseSource()
	rc := report.Config{
		Title: cfg.Title, Paper: cfg.Paper, BaseURL: cfg.BaseURL, BuildDate: date, Accuracy: accuracy,
		Methodology: aggregate.Methodology(), Version: program, Corrections: fixes, Records: records, Texts: texts, Phrases: phrases,
		Source: src,
	}
	var (
		site, open, books []report.File
		errs              [3]error
		wg                sync.WaitGroup
	)
	// timed runs f and logs its time; what is rendered lazily (article
	// pages, open data, workbooks) counts in the publishing stage.
	timed := func(what string, f func()) func() {
		return func() {
			start := time.Now()
			f()
			log.Info("rendered", slog.String("what", what), slog.Duration("time", time.Since(start).Round(time.Millisecond)))
		}
	}
	wg.Go(timed("site pages and article keys", func() { site, errs[0] = report.Site(sum, rc) }))
	wg.Go(timed("open data key", func() { open, errs[1] = report.OpenDataCached(sum, rc, lines) }))
	wg.Go(timed("workbook keys", func() {
		t, _ := time.Parse("2006-01-02", date)
		books, errs[2] = workbook.Build(sum, workbook.Config{Title: cfg.Title, Paper: cfg.Paper, Date: t, Version: program, Corrections: fixes, Records: records, Texts: texts, Phrases: phrases, Source: src})
	}))
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return nil, 0, err
	}
	// Every key and the open data's plan are made by now: nothing reads
	// the digests any more, 32 bytes a record (58 MB at 100,000
	// articles), which go before publishing.
	records.Release()
	// Publish renders the Write files a few at a time in this order: the
	// workbooks, the costliest, first, so that the many small pages fill
	// the cores at the end instead of one book running alone; then the
	// summary pages, the last readers of the Summary's tables besides the
	// books (see releaseTables); then the open data and the article pages.
	summary, rest := splitSummaryPages(site)
	files = slices.Concat(books, summary, open, rest)
	return files, len(books) + len(summary), nil
}

// splitSummaryPages parts site into its summary pages (report.SummaryPage)
// and the rest, each in site's order.
func splitSummaryPages(site []report.File) (summary, rest []report.File) {
	for _, f := range site {
		if report.SummaryPage(f.Path) {
			summary = append(summary, f)
		} else {
			rest = append(rest, f)
		}
	}
	return summary, rest
}

// releaseTables drops from sum what only the workbooks and the summary
// pages read: the facts, tables, targets, multi-year figures, changes,
// conflicts and checks, 60% of the Summary at 100,000 articles (about 300
// MB, the checks' messages alone 56 MB). The build calls it once every
// book and summary page is placed: the article pages and the open data
// placed after them read the articles, the organisations and the records
// only (TestArticlePagesWithoutTables). The pages' keys and the eager
// pages were made in the render stage.
func releaseTables(sum *aggregate.Summary) {
	sum.Facts, sum.Yearly, sum.UnitSums, sum.CityReported, sum.Snapshots = nil, nil, nil, nil, nil
	sum.Conflicts, sum.Targets, sum.MultiYear, sum.Changes, sum.Checks = nil, nil, nil, nil, nil
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

// parseAccuracy reads the accuracy measured by `make eval` (accuracy.tsv):
// one line per corpus, its name then precision, recall and F1 as fractions
// between 0 and 1, tab-separated. A line that does not read so is an error
// naming it, never a row of zeros.
func parseAccuracy(tsv string) ([]report.AccuracyRow, error) {
	var rows []report.AccuracyRow
	for n, line := range strings.Split(strings.TrimRight(tsv, "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[0] == "" {
			return nil, fmt.Errorf("line %d: %d tab-separated fields, want 4 (corpus, precision, recall, F1)", n+1, len(f))
		}
		var v [3]float64
		for i, name := range []string{"precision", "recall", "F1"} {
			x, err := strconv.ParseFloat(f[i+1], 64)
			if err != nil || x < 0 || x > 1 {
				return nil, fmt.Errorf("line %d: %s %q is not a fraction between 0 and 1", n+1, name, f[i+1])
			}
			v[i] = x
		}
		rows = append(rows, report.AccuracyRow{Corpus: f[0], Precision: v[0], Recall: v[1], F1: v[2]})
	}
	return rows, nil
}

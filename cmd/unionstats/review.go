package main

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/lddt/unionstats/build"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/report/workbook"
	"github.com/lddt/unionstats/vocab"
)

const reviewUsage = `Usage: unionstats review --year YEAR [--corpus DIR] [--corrections FILE] [--out FILE]

List the figures of a year most worth a clerk's look before they are
reported — approximate values, derived totals, conflicting values,
unresolved organisations, plans without results — as the sheet "Rà soát"
of the year's workbook lists them, after the corrections already made.
Each line gives the record's id, the figure and why it is listed. With
--out, the list is also written as a corrections file (CSV, UTF-8 with a
BOM) with empty decision columns, ready to fill in and pass to build
--corrections.

Flags:
`

func runReview(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := pflag.NewFlagSet("review", pflag.ContinueOnError)
	corpusDir := fs.String("corpus", "", "corpus directory (default: the embedded sample corpus)")
	fixes := fs.String("corrections", "", "the corrections file already made (default: corrections.csv beside the corpus directory, when present)")
	province := fs.String("province", vocab.City, "the province whose report is reviewed")
	year := fs.Int("year", 0, "the year to review (required)")
	out := fs.String("out", "", "also write the list as a corrections file to fill in")
	jobs := fs.Int("jobs", 0, "parallel workers (0: one per CPU)")
	if done, err := parseFlags(fs, args, reviewUsage, stdout, stderr); done {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("review: unexpected argument %q", fs.Arg(0))
	}
	if *year == 0 {
		fmt.Fprint(stderr, reviewUsage, fs.FlagUsages())
		return usagef("review: --year is required")
	}
	cfg := build.Config{Province: *province, Corrections: correctionsFile(*fixes, *corpusDir)}
	cfg.Jobs = *jobs
	cfg.Log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	var err error
	if cfg.Corpus, cfg.CorpusName, err = openCorpus(*corpusDir); err != nil {
		return err
	}
	sum, _, err := build.Summarize(ctx, cfg)
	switch {
	case errors.Is(err, build.ErrCorpus) || errors.Is(err, build.ErrNoArticles) || errors.Is(err, corrections.ErrInvalid) || errors.Is(err, build.ErrProvince):
		return usagef("review: %w", err)
	case err != nil:
		return fmt.Errorf("review: %w", err)
	}
	items := workbook.Review(sum, *year)
	fmt.Fprintf(stdout, "%d figures of %d worth a look (record id, figure, why):\n", len(items), *year)
	var rows [][]string
	for _, it := range items {
		rec := &sum.Records[it.Record]
		fmt.Fprintf(stdout, "%s\t%s\t%s\n", corrections.ID(rec), report.RecordText(rec), strings.Join(it.Reasons, "; "))
		for i := range sum.Articles {
			if a := &sum.Articles[i]; a.Doc == rec.Doc {
				rows = append(rows, corrections.TemplateRow(&a.Article, rec, strings.Join(it.Reasons, "; "), report.RecordText(rec)))
				break
			}
		}
	}
	if *out == "" {
		return nil
	}
	if err := writeTemplate(*out, rows); err != nil {
		return fmt.Errorf("review: %w", err)
	}
	fmt.Fprintf(stdout, "Wrote %s: fill in the decision columns and pass it to build --corrections.\n", *out)
	return nil
}

// writeTemplate writes rows as a corrections file: UTF-8 with a BOM, the
// header, then the rows.
func writeTemplate(path string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.WriteString("\uFEFF"); err != nil {
		f.Close()
		return err
	}
	w := csv.NewWriter(f)
	if err := w.Write(corrections.Headers()); err != nil {
		f.Close()
		return err
	}
	if err := w.WriteAll(rows); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/spf13/pflag"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := pflag.NewFlagSet("extract", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpus", "", "corpus directory of .txt and .jsonl articles (required)")
	out := fs.String("out", "metrics.jsonl", "output file, - for standard output")
	jobs := fs.Int("jobs", 0, "parallel workers (0: one per CPU)")
	usage := "Usage: unionstats extract --corpus DIR [--out FILE]\n\nExtract one metric record per number mention, sorted by doc and offset.\n\n"
	if done, err := parseFlags(fs, args, usage, stdout, stderr); done {
		return err
	}
	if *dir == "" {
		fmt.Fprint(stderr, usage, fs.FlagUsages())
		return usagef("extract: --corpus is required")
	}
	res, err := corpus.Read(ctx, os.DirFS(*dir), corpus.Options{Jobs: *jobs})
	if err != nil {
		if errors.Is(err, corpus.ErrEmpty) {
			return usagef("extract: corpus %s: %w", *dir, err)
		}
		return usagef("extract: read corpus %s: %w", *dir, err)
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	for _, w := range res.Warnings {
		log.Warn("article skipped or damaged", slog.String("doc", filepath.Join(*dir, w.Doc)), slog.String("problem", w.Message))
	}
	recs := extractAll(ctx, res.Articles, *jobs)
	w := stdout
	var f *os.File
	if *out != "-" {
		f, err = os.Create(*out)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range recs {
		if err := enc.Encode(&recs[i]); err != nil {
			return fmt.Errorf("extract: write %s: %w", *out, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("extract: write %s: %w", *out, err)
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return fmt.Errorf("extract: write %s: %w", *out, err)
		}
	}
	return nil
}

// extractAll runs extraction over the articles in parallel and returns the
// records sorted by doc then offset.
func extractAll(ctx context.Context, arts []corpus.Article, jobs int) []extract.Record {
	per := make([][]extract.Record, len(arts))
	parallel(ctx, len(arts), jobs, func(i int) { per[i] = extract.Article(&arts[i]) })
	var all []extract.Record
	for _, rs := range per {
		all = append(all, rs...)
	}
	extract.Sort(all)
	return all
}

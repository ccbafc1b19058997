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

	"github.com/spf13/pflag"

	"github.com/lddt/unionstats/build"
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
	log := slog.New(slog.NewTextHandler(stderr, nil))
	x, err := build.Read(ctx, build.ReadConfig{Corpus: os.DirFS(*dir), Jobs: *jobs, Log: log}, nil)
	switch {
	case errors.Is(err, build.ErrCorpus) || errors.Is(err, build.ErrNoArticles):
		return usagef("extract: corpus %s: %w", *dir, err)
	case err != nil:
		return fmt.Errorf("extract: read corpus %s: %w", *dir, err)
	}
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
	for i := range x.Records.Len() {
		r := x.Records.At(i)
		if err := enc.Encode(&r); err != nil {
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

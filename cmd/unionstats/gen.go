package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/lddt/unionstats/gen"
)

func runGen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := pflag.NewFlagSet("gen", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("articles", 1000, "number of articles")
	seed := fs.Int64("seed", 1, "random seed: the same seed gives the same bytes")
	out := fs.String("out", "", "output directory: writes OUT/corpus/ and OUT/gold.jsonl (required)")
	usage := "Usage: unionstats gen --articles N --seed S --out DIR\n\nGenerate realistic articles in the newspaper's format, with their gold labels.\n\n"
	if done, err := parseFlags(fs, args, usage, stdout, stderr); done {
		return err
	}
	if *out == "" {
		fmt.Fprint(stderr, usage, fs.FlagUsages())
		return usagef("gen: --out is required")
	}
	st, err := gen.Generate(ctx, *out, gen.Options{Articles: *n, Seed: *seed})
	if err != nil {
		if errors.Is(err, gen.ErrOptions) {
			return usageError{fmt.Errorf("gen: %w", err)}
		}
		return fmt.Errorf("gen: %w", err)
	}
	fmt.Fprintf(stdout, "Generated %d articles (%d bytes) with %d gold records in %s\n", st.Articles, st.Bytes, st.Records, *out)
	return nil
}

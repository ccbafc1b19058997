package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/lddt/unionstats"
	"github.com/lddt/unionstats/build"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/vocab"
)

const buildUsage = `Usage: unionstats build [--corpus DIR] [--out DIR] [flags]

Build the report site, the Excel workbooks and the open data from a corpus
of articles (.txt files in the newspaper's format, or .jsonl files with one
{"id","url","title","published","body"} object per line). Without --corpus
the sample corpus compiled into the binary is used.

The site is published atomically: OUT is a symlink to a complete generation
in OUT.gen/, replaced in one step at the end; a failed or killed build leaves
the previous site as it was. Unchanged articles are taken from the
extraction cache, and unchanged files keep their modification time.

Exit codes: 0 success, 1 the build failed, 2 bad usage or unusable input.

Flags:
`

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := pflag.NewFlagSet("build", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	corpusDir := fs.String("corpus", "", "corpus directory (default: the embedded sample corpus)")
	out := fs.String("out", "public", "site directory to publish")
	cache := fs.String("cache", "", "extraction cache directory (default: OUT.cache beside the site)")
	noCache := fs.Bool("no-cache", false, "read and extract every article, keep no cache")
	province := fs.String("province", vocab.City, "the province whose report is built (\"Hà Nội\", \"Nghệ An\", \"TP.HCM\"); other provinces' records stay in the open data only")
	title := fs.String("title", "", "site title, and the issuing body in the workbooks' page headers (default: from --province)")
	paper := fs.String("paper", report.DefaultPaper, "the newspaper the articles come from, named in every citation")
	baseURL := fs.String("base-url", "", "absolute address of the published site, for the Atom feed")
	jobs := fs.Int("jobs", 0, "parallel workers (0: one per CPU)")
	wait := fs.Bool("wait", false, "wait for a running build to finish instead of failing")
	quiet := fs.BoolP("quiet", "q", false, "print nothing but errors")
	verbose := fs.BoolP("verbose", "v", false, "log every stage")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the build to this file")
	if done, err := parseFlags(fs, args, buildUsage, stdout, stderr); done {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("build: unexpected argument %q", fs.Arg(0))
	}
	level := slog.LevelWarn
	switch {
	case *quiet:
		level = slog.LevelError
	case *verbose:
		level = slog.LevelInfo
	}
	name, _, err := build.ProvinceMap(*province)
	if err != nil {
		return usagef("build: --province: %w", err)
	}
	if *title == "" {
		*title = siteTitle(name)
	}
	cfg := build.Config{
		CorpusName: "embedded sample corpus", Out: filepath.Clean(*out), Title: *title, Paper: *paper, BaseURL: *baseURL, Wait: *wait,
		Province: name,
	}
	cfg.Jobs = *jobs
	cfg.Log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	if *corpusDir == "" {
		cfg.Corpus = unionstats.SampleCorpus()
	} else {
		info, err := os.Stat(*corpusDir)
		if err != nil {
			return usagef("build: corpus %s: %w", *corpusDir, err)
		}
		if !info.IsDir() {
			return usagef("build: corpus %s is not a directory", *corpusDir)
		}
		cfg.Corpus, cfg.CorpusName = os.DirFS(*corpusDir), *corpusDir
	}
	if !*noCache {
		dir := *cache
		if dir == "" {
			dir = cfg.Out + ".cache"
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("build: cache directory %s is not writable: %w", dir, err)
		}
		cfg.Cache = filepath.Join(dir, "extract.cache")
	}
	var bar *progress
	if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		bar = newProgress(stderr, true)
		cfg.Progress = bar
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("build: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("build: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	cfg.Log.Info("build started", slog.String("corpus", cfg.CorpusName), slog.String("out", cfg.Out))
	st, err := build.Run(ctx, cfg)
	bar.done()
	if err != nil {
		if errors.Is(err, build.ErrCorpus) || errors.Is(err, build.ErrNoArticles) {
			return usageError{fmt.Errorf("build: %w", err)}
		}
		return fmt.Errorf("build: %w", err)
	}
	if !*quiet {
		fmt.Fprintf(stdout, "Built %s from %s\n%s\n", cfg.Out, cfg.CorpusName, st)
		for _, w := range st.Warnings {
			fmt.Fprintf(stdout, "warning: %s: %s\n", w.Doc, w.Message)
		}
		if abs, err := filepath.Abs(filepath.Join(cfg.Out, "index.html")); err == nil {
			fmt.Fprintf(stdout, "Open file://%s or run: unionstats serve --dir %s\n", abs, cfg.Out)
		}
	}
	return nil
}

// siteTitle is the default title of a province's report.
func siteTitle(province string) string {
	if province == vocab.City {
		return "Thống kê hoạt động Công đoàn Thủ đô"
	}
	return "Thống kê hoạt động công đoàn " + province
}

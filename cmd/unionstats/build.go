package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/lddt/unionstats"
	"github.com/lddt/unionstats/build"
	"github.com/lddt/unionstats/corrections"
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

The clerk's corrections (--corrections) are applied between extraction and
aggregation: a row that no longer matches its article is reported as stale
and not applied; a malformed file stops the build before it publishes.

Exit codes: 0 success, 1 the build failed, 2 bad usage or unusable input
(a malformed corrections file included).

Flags:
`

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags, f := newBuildFlags(stderr)
	if done, err := parseFlags(flags, args, buildUsage, stdout, stderr); done {
		return err
	}
	if flags.NArg() > 0 {
		return usagef("build: unexpected argument %q", flags.Arg(0))
	}
	cfg, err := f.config(stderr)
	if err != nil {
		return err
	}
	var bar *progress
	if file, ok := stderr.(*os.File); ok && !f.quiet && term.IsTerminal(int(file.Fd())) {
		bar = newProgress(stderr, true)
		cfg.Progress = bar
	}
	if f.cpuProfile != "" {
		stop, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			return fmt.Errorf("build: %w", err)
		}
		defer stop()
	}
	cfg.Log.Info("build started", slog.String("corpus", cfg.CorpusName), slog.String("out", cfg.Out))
	st, err := build.Run(ctx, cfg)
	bar.done()
	if err != nil {
		if errors.Is(err, build.ErrCorpus) || errors.Is(err, build.ErrNoArticles) || errors.Is(err, corrections.ErrInvalid) {
			return usageError{fmt.Errorf("build: %w", err)}
		}
		return fmt.Errorf("build: %w", err)
	}
	if !f.quiet {
		printBuilt(stdout, cfg, st)
	}
	return nil
}

// buildFlags holds the values of build's flags.
type buildFlags struct {
	corpus, out, cache, province, title, paper, baseURL, cpuProfile string
	corrections, memProfile                                         string
	noCache, wait, quiet, verbose                                   bool
	jobs                                                            int
}

// newBuildFlags defines build's flags on a new flag set whose messages go
// to stderr, and gives the values they will fill in.
func newBuildFlags(stderr io.Writer) (*pflag.FlagSet, *buildFlags) {
	fs := pflag.NewFlagSet("build", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &buildFlags{}
	fs.StringVar(&f.corpus, "corpus", "", "corpus directory (default: the embedded sample corpus)")
	fs.StringVar(&f.out, "out", "public", "site directory to publish")
	fs.StringVar(&f.cache, "cache", "", "extraction cache directory (default: OUT.cache beside the site)")
	fs.BoolVar(&f.noCache, "no-cache", false, "read and extract every article, keep no cache")
	fs.StringVar(&f.province, "province", vocab.City, "the province whose report is built (\"Hà Nội\", \"Nghệ An\", \"TP.HCM\"); other provinces' records stay in the open data only")
	fs.StringVar(&f.title, "title", "", "site title, and the issuing body in the workbooks' page headers (default: from --province)")
	fs.StringVar(&f.paper, "paper", report.DefaultPaper, "the newspaper the articles come from, named in every citation")
	fs.StringVar(&f.baseURL, "base-url", "", "absolute address of the published site, for the Atom feed")
	fs.IntVar(&f.jobs, "jobs", 0, "parallel workers (0: one per CPU)")
	fs.BoolVar(&f.wait, "wait", false, "wait for a running build to finish instead of failing")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print nothing but errors")
	fs.BoolVarP(&f.verbose, "verbose", "v", false, "log every stage")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the build to this file")
	fs.StringVar(&f.memProfile, "memprofile", "", "write the live heap as each stage ends to `PREFIX`.1.pprof, PREFIX.2.pprof…")
	fs.StringVar(&f.corrections, "corrections", "", "the clerk's corrections file, CSV or .xlsx (default: corrections.csv beside the corpus directory, when present)")
	return fs, f
}

// config turns the parsed flags into the build's configuration, logging to
// stderr: the province and its default title, the corpus (see openCorpus)
// and the cache file (see cacheFile). A bad province or corpus is a usage
// error.
func (f *buildFlags) config(stderr io.Writer) (build.Config, error) {
	name, _, err := build.ProvinceMap(f.province)
	if err != nil {
		return build.Config{}, usagef("build: --province: %w", err)
	}
	title := f.title
	if title == "" {
		title = siteTitle(name)
	}
	cfg := build.Config{
		Out: filepath.Clean(f.out), Title: title, Paper: f.paper, BaseURL: f.baseURL, Wait: f.wait,
		Province: name,
	}
	cfg.Jobs = f.jobs
	cfg.Log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel(f.quiet, f.verbose)}))
	if cfg.Corpus, cfg.CorpusName, err = openCorpus(f.corpus); err != nil {
		return build.Config{}, err
	}
	if cfg.Cache, err = cacheFile(f.noCache, f.cache, cfg.Out); err != nil {
		return build.Config{}, err
	}
	cfg.Corrections = correctionsFile(f.corrections, f.corpus)
	cfg.MemProfile = f.memProfile
	return cfg, nil
}

// correctionsFile is the corrections file to apply: --corrections when
// given, else corrections.csv beside the corpus directory when there is
// one, else none.
func correctionsFile(flag, corpus string) string {
	if flag != "" || corpus == "" {
		return flag
	}
	path := filepath.Join(filepath.Dir(filepath.Clean(corpus)), "corrections.csv")
	if _, err := os.Stat(path); err != nil {
		return ""
	}
	return path
}

// logLevel is the level of the build's log: errors only with --quiet,
// every stage with --verbose, else warnings. --quiet wins.
func logLevel(quiet, verbose bool) slog.Level {
	switch {
	case quiet:
		return slog.LevelError
	case verbose:
		return slog.LevelInfo
	}
	return slog.LevelWarn
}

// openCorpus gives the corpus of --corpus dir and its name for messages:
// the embedded sample corpus when dir is "", else the directory, which
// must exist (a usage error otherwise).
func openCorpus(dir string) (fs.FS, string, error) {
	if dir == "" {
		return unionstats.SampleCorpus(), "embedded sample corpus", nil
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, "", usagef("build: corpus %s: %w", dir, err)
	}
	if !info.IsDir() {
		return nil, "", usagef("build: corpus %s is not a directory", dir)
	}
	return os.DirFS(dir), dir, nil
}

// cacheFile gives the extraction cache file of --no-cache and --cache dir
// for the site out: "" with noCache, else extract.cache in dir (default
// out.cache), which it creates.
func cacheFile(noCache bool, dir, out string) (string, error) {
	if noCache {
		return "", nil
	}
	if dir == "" {
		dir = out + ".cache"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("build: cache directory %s is not writable: %w", dir, err)
	}
	return filepath.Join(dir, "extract.cache"), nil
}

// startCPUProfile writes a CPU profile to the file path until stop is
// called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// printBuilt tells the operator what the build did: the summary, every
// warning, and where to open the site.
func printBuilt(stdout io.Writer, cfg build.Config, st build.Stats) {
	fmt.Fprintf(stdout, "Built %s from %s\n%s\n", cfg.Out, cfg.CorpusName, st)
	if cfg.Corrections != "" && !st.UpToDate {
		fmt.Fprintf(stdout, "corrections (%s): %d applied, %d stale (not applied, see the warnings)\n", cfg.Corrections, st.Corrections.Applied, st.Corrections.Stale)
	}
	for _, w := range st.Warnings {
		fmt.Fprintf(stdout, "warning: %s: %s\n", w.Doc, w.Message)
	}
	if abs, err := filepath.Abs(filepath.Join(cfg.Out, "index.html")); err == nil {
		fmt.Fprintf(stdout, "Open file://%s or run: unionstats serve --dir %s\n", abs, cfg.Out)
	}
}

// siteTitle is the default title of a province's report.
func siteTitle(province string) string {
	if province == vocab.City {
		return "Thống kê hoạt động Công đoàn Thủ đô"
	}
	return "Thống kê hoạt động công đoàn " + province
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/lddt/unionstats/build"
	"github.com/lddt/unionstats/extract"
)

// version is set at link time (-ldflags "-X main.version=…").
var version = "dev"

const topUsage = `unionstats turns an archive of trade-union news into annual statistics.

Usage:
  unionstats <command> [flags]

Commands:
  build     build the report site, workbooks and open data from a corpus
  extract   extract metric records from a corpus into metrics.jsonl
  gen       generate a synthetic corpus with its gold labels
  review    list a year's figures worth a look, in the corrections format
  serve     preview a built site on a local address
  version   print the version

Run 'unionstats <command> --help' for a command's flags.

Exit codes: 0 success, 1 the build failed, 2 bad usage or unusable input.
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, topUsage)
		return usagef("no command given")
	}
	switch args[0] {
	case "build":
		return runBuild(ctx, args[1:], stdout, stderr)
	case "extract":
		return runExtract(ctx, args[1:], stdout, stderr)
	case "gen":
		return runGen(ctx, args[1:], stdout, stderr)
	case "review":
		return runReview(ctx, args[1:], stdout, stderr)
	case "serve":
		return runServe(ctx, args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintf(stdout, "unionstats %s (program %.12s, lexicons %.12s)\n", version, build.ProgramID(), extract.Version())
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, topUsage)
		return nil
	}
	fmt.Fprint(stderr, topUsage)
	return usagef("unknown command %q", args[0])
}

// parseFlags parses a command's flags. --help prints the usage on stdout
// (done, no error); a bad flag prints it on stderr and gives a usage error.
func parseFlags(fs *pflag.FlagSet, args []string, usage string, stdout, stderr io.Writer) (done bool, err error) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			fmt.Fprint(stdout, usage, fs.FlagUsages())
			return true, nil
		}
		fmt.Fprint(stderr, usage, fs.FlagUsages())
		return true, usageError{err}
	}
	return false, nil
}

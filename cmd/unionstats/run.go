package main

import (
	"context"
	"fmt"
	"io"

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
	case "serve":
		return runServe(ctx, args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "unionstats", version, "("+extract.Version+")")
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, topUsage)
		return nil
	}
	fmt.Fprint(stderr, topUsage)
	return usagef("unknown command %q", args[0])
}

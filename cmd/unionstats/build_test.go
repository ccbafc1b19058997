package main

import (
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
)

func TestLogLevel(t *testing.T) {
	tests := []struct {
		name           string
		quiet, verbose bool
		want           slog.Level
	}{
		{"default: warnings", false, false, slog.LevelWarn},
		{"quiet: errors only", true, false, slog.LevelError},
		{"verbose: every stage", false, true, slog.LevelInfo},
		{"quiet wins over verbose", true, true, slog.LevelError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := logLevel(tt.quiet, tt.verbose); got != tt.want {
				t.Errorf("logLevel(%v, %v) = %v, want %v", tt.quiet, tt.verbose, got, tt.want)
			}
		})
	}
}

func TestOpenCorpus(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, dir, wantName string
		wantUsage           bool
	}{
		{name: "no flag: the sample corpus", dir: "", wantName: "embedded sample corpus"},
		{name: "a directory", dir: dir, wantName: dir},
		{name: "missing", dir: filepath.Join(dir, "missing"), wantUsage: true},
		{name: "a file", dir: file, wantUsage: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys, name, err := openCorpus(tt.dir)
			if tt.wantUsage {
				var u usageError
				if !errors.As(err, &u) {
					t.Errorf("openCorpus(%q) = %v, want a usage error", tt.dir, err)
				}
				return
			}
			if err != nil || fsys == nil || name != tt.wantName {
				t.Errorf("openCorpus(%q) = %v, %q, %v; want a corpus named %q", tt.dir, fsys, name, err, tt.wantName)
			}
		})
	}
}

func TestCacheFile(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "site")
	tests := []struct {
		name    string
		noCache bool
		dir     string
		want    string // "" also means no directory is made
	}{
		{name: "no cache", noCache: true, dir: filepath.Join(root, "unused")},
		{name: "default: beside the site", want: filepath.Join(out+".cache", "extract.cache")},
		{name: "--cache", dir: filepath.Join(root, "c", "d"), want: filepath.Join(root, "c", "d", "extract.cache")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cacheFile(tt.noCache, tt.dir, out)
			if err != nil || got != tt.want {
				t.Fatalf("cacheFile = %q, %v; want %q", got, err, tt.want)
			}
			dir := filepath.Dir(tt.want)
			if tt.want == "" {
				dir = tt.dir
			}
			if _, err := os.Stat(dir); (err == nil) != (tt.want != "") {
				t.Errorf("cache directory %s: %v, want it made only with a cache", dir, err)
			}
		})
	}
	if _, err := cacheFile(false, "/proc/unionstats-cache", out); err == nil {
		t.Error("cacheFile in an unwritable place gave no error")
	}
}

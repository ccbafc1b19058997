package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addedLine is an article appended to a JSON Lines file of the corpus, so
// that the file changes (a changed file, not a new one).
const addedLine = `{"id":"cau-giay-2020-them","url":"https://example.org/cau-giay-2020-them","title":"Cầu Giấy kết nạp thêm đoàn viên","published":"2020-11-20","body":"Liên đoàn Lao động quận Cầu Giấy\n\nCầu Giấy kết nạp thêm đoàn viên\n\nNăm 2020, Liên đoàn Lao động quận Cầu Giấy đã kết nạp 275 đoàn viên mới và thành lập mới 3 công đoàn cơ sở."}` + "\n"

// TestIncrementalBuildsMatchCleanBuilds changes one corpus step by step —
// a year's file added, a new article, a file changed, a year's file
// removed — rebuilding one site incrementally after each step, and compares
// it byte for byte with a clean build (no cache, a new directory) of the
// same corpus.
func TestIncrementalBuildsMatchCleanBuilds(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the sample nine times")
	}
	corpus := filepath.Join(t.TempDir(), "corpus")
	copyTree(t, sampleCorpusDir(t), corpus)
	moved := filepath.Join(t.TempDir(), "2019.jsonl")
	if err := os.Rename(filepath.Join(corpus, "2019.jsonl"), moved); err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(t.TempDir(), "site")
	steps := []struct {
		name   string
		change func() error
	}{
		{"first build", func() error { return nil }},
		{"a year's file added", func() error { return os.Rename(moved, filepath.Join(corpus, "2019.jsonl")) }},
		{"a new article", func() error {
			path := filepath.Join(corpus, filepath.FromSlash(newArticleDoc))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
			return os.WriteFile(path, []byte(newArticle), 0o644)
		}},
		{"a file changed", func() error {
			f, err := os.OpenFile(filepath.Join(corpus, "2020.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			_, err = f.WriteString(addedLine)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			return err
		}},
		{"a year's file removed", func() error { return os.Remove(filepath.Join(corpus, "2021.jsonl")) }},
	}
	var previous map[string]fileState
	for i, step := range steps {
		if err := step.change(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		mustBuild(t, "-q", "--corpus", corpus, "--out", site)
		clean := filepath.Join(t.TempDir(), "clean")
		mustBuild(t, "-q", "--no-cache", "--corpus", corpus, "--out", clean)
		got, want := snapshot(t, site), snapshot(t, clean)
		if len(want) < 50 {
			t.Fatalf("%s: the clean site has only %d files", step.name, len(want))
		}
		if d := diffSnapshots(want, got, false); d != "" {
			t.Errorf("step %d, %s: the incremental site differs from a clean build (-clean +incremental):\n%s", i+1, step.name, d)
		}
		if previous != nil && diffSnapshots(previous, want, false) == "" {
			t.Errorf("step %d, %s: the site did not change, so the step tests nothing", i+1, step.name)
		}
		previous = want
	}
}

// TestIncrementalSequenceMatchesCleanBuilds: a published site rebuilt
// after an article is added to one year, then one to another year, then
// with the clerk's corrections, is byte for byte the site a clean build
// of the same inputs gives, at each step. The years' books of a rebuild
// are keyed on what each year's book reads only (report/workbook's keys):
// a book left as published when its key is unchanged must be the book a
// clean build writes.
func TestIncrementalSequenceMatchesCleanBuilds(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the sample eight times")
	}
	s := newCorrectionsSetup(t)
	site := filepath.Join(t.TempDir(), "site")
	write := func(doc, text string) func() []string {
		return func() []string {
			path := filepath.Join(s.corpus, filepath.FromSlash(doc))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			return nil
		}
	}
	steps := []struct {
		name   string
		change func() []string // the build's further arguments
	}{
		{"first build", func() []string { return nil }},
		{"an article in 2025", write(newArticleDoc, newArticle)},
		{"an article in 2022", write("2022/cau-giay-ket-nap-2022.txt", strings.ReplaceAll(strings.ReplaceAll(newArticle, "2025", "2022"), "Tây Hồ", "Cầu Giấy"))},
		{"the corrections", func() []string { return []string{"--corrections", s.file} }},
	}
	var previous map[string]fileState
	for i, step := range steps {
		args := append([]string{"-q", "--corpus", s.corpus}, step.change()...)
		mustBuild(t, append(args, "--out", site)...)
		clean := filepath.Join(t.TempDir(), "clean")
		mustBuild(t, append(args, "--no-cache", "--out", clean)...)
		got, want := snapshot(t, site), snapshot(t, clean)
		if d := diffSnapshots(want, got, false); d != "" {
			t.Errorf("step %d, %s: the incremental site differs from a clean build (-clean +incremental):\n%s", i+1, step.name, d)
		}
		if previous != nil && diffSnapshots(previous, want, false) == "" {
			t.Errorf("step %d, %s: the site did not change, so the step tests nothing", i+1, step.name)
		}
		previous = want
	}
}

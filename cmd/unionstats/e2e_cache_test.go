package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBuildKeepsWarningsOfPartlyBadFiles: a .jsonl file with one bad line
// among good ones gives its articles and a warning for the bad line, in
// the build summary and on the methodology page, also when the file comes
// from the extraction cache.
func TestBuildKeepsWarningsOfPartlyBadFiles(t *testing.T) {
	t.Parallel()
	corpus := smallCorpus(t)
	line := func(id, title, body string) string {
		b, err := json.Marshal(map[string]string{"id": id, "title": title, "published": "2024-03-08", "body": body})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	jsonl := line("hk-1", "Hoàn Kiếm trao 80 suất quà", "Ngày 8/3/2024, Liên đoàn Lao động quận Hoàn Kiếm trao 80 suất quà cho nữ đoàn viên khó khăn.") +
		`{"id": "hk-2", "title": "Dòng hỏng", "body": "thiếu dấu ngoặc"` + "\n" +
		line("hk-3", "Hoàn Kiếm kết nạp 210 đoàn viên", "Năm 2024, Liên đoàn Lao động quận Hoàn Kiếm kết nạp 210 đoàn viên, thành lập 6 công đoàn cơ sở.")
	writeCorpusFile(t, corpus, "2024/tin-ngan.jsonl", jsonl)
	const doc = "2024/tin-ngan.jsonl#L2"
	site := filepath.Join(t.TempDir(), "site")
	check := func(t *testing.T, r result) {
		t.Helper()
		if !strings.Contains(r.stdout, "warning: "+doc+": line 2") {
			t.Errorf("no warning for %s in the build summary:\n%s", doc, r.stdout)
		}
		if strings.Contains(r.stdout, "warnings: 0;") {
			t.Errorf("the build summary counts no warning:\n%s", r.stdout)
		}
		method, err := os.ReadFile(filepath.Join(site, "phuong-phap.html"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(method), doc) {
			t.Errorf("phuong-phap.html does not list the bad line %s", doc)
		}
		for _, id := range []string{"hk-1", "hk-3"} {
			if !strings.Contains(r.stdout, "articles: ") || !strings.Contains(jsonlDocs(t, site), "2024/tin-ngan.jsonl#"+id) {
				t.Errorf("the good line %s gave no record in the open data", id)
			}
		}
	}
	t.Run("read", func(t *testing.T) { check(t, mustBuild(t, "--corpus", corpus, "--out", site)) })
	t.Run("from the cache", func(t *testing.T) {
		// Another file is touched so that the build cannot be skipped as a
		// whole; the .jsonl file comes from the cache.
		later := time.Now().Add(time.Hour)
		if err := os.Chtimes(filepath.Join(corpus, "2019.jsonl"), later, later); err != nil {
			t.Fatal(err)
		}
		r := mustBuild(t, "--corpus", corpus, "--out", site)
		if c := counts(t, r.stdout); c[1] != 0 || c[2] != 0 {
			t.Errorf("%d new, %d changed, want every file from the cache:\n%s", c[1], c[2], r.stdout)
		}
		check(t, r)
	})
}

// writeCorpusFile writes data to the corpus file at the slash path rel.
func writeCorpusFile(t *testing.T, corpus, rel, data string) {
	t.Helper()
	file := filepath.Join(corpus, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// jsonlDocs returns the open data of the site at dir, for a look at its docs.
func jsonlDocs(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "du-lieu", "metrics.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestCacheFollowsTheProgram builds the command twice as it is and once with
// one lexicon changed (go build -overlay: the module's files are not
// touched), then builds one site with them in turn: the same program skips
// a build of unchanged inputs and reuses the extraction cache, and the
// program with the other lexicon, over that cache and with no input
// changed, extracts every article again and publishes what a build without
// a cache publishes.
func TestCacheFollowsTheProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command three times")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	t.Parallel()
	root := moduleRoot(t)
	tmp := t.TempDir()

	// The changed lexicon: no word before a number means "more than".
	lexicon := filepath.Join(root, "extract", "lexicon", "qualifiers.tsv")
	data, err := os.ReadFile(lexicon)
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, l := range strings.SplitAfter(string(data), "\n") {
		if !strings.HasSuffix(strings.TrimSpace(l), "\tmore_than") {
			kept = append(kept, l)
		}
	}
	if len(kept) == len(strings.SplitAfter(string(data), "\n")) {
		t.Fatalf("%s has no more_than line to drop: update this test", lexicon)
	}
	edited := filepath.Join(tmp, "qualifiers.tsv")
	overlay := filepath.Join(tmp, "overlay.json")
	ov, _ := json.Marshal(map[string]map[string]string{"Replace": {lexicon: edited}})
	if err := os.WriteFile(edited, []byte(strings.Join(kept, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(overlay, ov, 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	bins := map[string][]string{ // name → extra go build flags
		"same":        nil,
		"same-again":  nil,
		"new-lexicon": {"-overlay", overlay},
	}
	for name, flags := range bins {
		args := append([]string{"build"}, flags...)
		args = append(args, "-o", filepath.Join(tmp, name), "./cmd/unionstats")
		cmd := exec.CommandContext(ctx, goTool, args...)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	exe := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(ctx, filepath.Join(tmp, name), args...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
		}
		return stdout.String() + stderr.String()
	}

	corpus := filepath.Join(tmp, "corpus")
	copyTree(t, sampleCorpusDir(t), corpus)
	n := countFiles(t, corpus)
	site := filepath.Join(tmp, "site")
	touch := func() { // so that the build cannot be skipped as a whole
		later := time.Now().Add(time.Hour)
		if err := os.Chtimes(filepath.Join(corpus, "2019.jsonl"), later, later); err != nil {
			t.Fatal(err)
		}
	}

	if c := counts(t, exe("same", "build", "--corpus", corpus, "--out", site)); c[1] != n {
		t.Fatalf("first build: %d new, want %d", c[1], n)
	}
	before := jsonlDocs(t, site)
	if out := exe("same-again", "build", "--corpus", corpus, "--out", site); !strings.Contains(out, upToDateMessage) {
		t.Errorf("the same program built again over unchanged inputs did not skip the build:\n%s", out)
	}
	touch()
	if c := counts(t, exe("same-again", "build", "--corpus", corpus, "--out", site)); c[3] != n {
		t.Errorf("the same program built again: %d of %d articles unchanged, want all from the cache", c[3], n)
	}
	// No file is touched: the program alone tells the build that the
	// published site is stale.
	out := exe("new-lexicon", "build", "--corpus", corpus, "--out", site)
	if c := counts(t, out); c[1] != n || c[3] != 0 {
		t.Errorf("the program with another lexicon: %d new, %d unchanged; want all %d extracted again:\n%s", c[1], c[3], n, out)
	}
	after := jsonlDocs(t, site)
	clean := filepath.Join(tmp, "clean")
	exe("new-lexicon", "build", "-q", "--no-cache", "--corpus", corpus, "--out", clean)
	switch {
	case after == before:
		t.Error("the open data did not change with the lexicon: the test shows nothing")
	case after != jsonlDocs(t, clean):
		t.Error("the open data built over the old cache differs from a build without a cache: stale extraction")
	}
}

package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lddt/unionstats/output"
	"github.com/lddt/unionstats/report"
)

// newArticle is a short article in the newspaper's plain text format, for
// the incremental build.
const newArticle = `--> -->

Tây Hồ: Trao 150 suất quà cho công nhân có hoàn cảnh khó khăn

Nhân Tháng Công nhân năm 2025, Liên đoàn Lao động quận Tây Hồ đã trao 150 suất quà cho công nhân lao động có hoàn cảnh khó khăn trên địa bàn.

Sáng 12/5, tại trụ sở LĐLĐ quận Tây Hồ, các đại biểu trao quà cho đoàn viên, người lao động, mỗi suất 1 triệu đồng. Trong năm 2025, LĐLĐ quận đã kết nạp 320 đoàn viên, thành lập mới 4 CĐCS.

Minh Anh
`

const newArticleDoc = "2025/tay-ho-trao-qua-2025.txt"

// countFiles counts the regular files under dir.
func countFiles(t testing.TB, dir string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			n++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// smallCorpus copies the sample's 2019 articles (one JSON Lines file) into
// a fresh corpus directory: a corpus that builds fast.
func smallCorpus(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	copyTree(t, filepath.Join(sampleCorpusDir(t), "2019.jsonl"), filepath.Join(dir, "2019.jsonl"))
	return dir
}

// TestBuildIsDeterministic builds the sample twice into fresh directories,
// once without the cache, and compares the two sites byte for byte.
func TestBuildIsDeterministic(t *testing.T) {
	t.Parallel()
	dirs := []string{filepath.Join(t.TempDir(), "site"), filepath.Join(t.TempDir(), "site")}
	mustBuild(t, "--out", dirs[0], "-q")
	mustBuild(t, "--out", dirs[1], "-q", "--no-cache")
	a, b := snapshot(t, dirs[0]), snapshot(t, dirs[1])
	if len(a) < 50 {
		t.Fatalf("the first site has only %d files", len(a))
	}
	if d := diffSnapshots(a, b, false); d != "" {
		t.Errorf("two builds of the same corpus differ (the second built with --no-cache):\n%s", d)
	}
	if _, err := os.Stat(dirs[1] + ".cache"); err == nil {
		t.Errorf("--no-cache left a cache directory %s.cache", dirs[1])
	}
}

// Parts of the build summary printed without -q.
var (
	summaryCounts  = regexp.MustCompile(`articles: (\d+) total, (\d+) new, (\d+) changed, (\d+) unchanged, (\d+) removed, (\d+) skipped`)
	summaryWritten = regexp.MustCompile(`files: (\d+) written`)
)

// upToDateMessage is what a build prints when it skips all work because
// nothing changed since the last build.
const upToDateMessage = "nothing changed since the last build"

// counts returns total, new, changed, unchanged, removed and skipped from the
// build summary in out. A build that found nothing to do reports none.
func counts(t *testing.T, out string) [6]int {
	t.Helper()
	var c [6]int
	m := summaryCounts.FindStringSubmatch(out)
	if m == nil {
		if !strings.Contains(out, upToDateMessage) {
			t.Fatalf("no article counts in the build output:\n%s", out)
		}
		return c
	}
	for i := range c {
		c[i], _ = strconv.Atoi(m[i+1])
	}
	return c
}

// nothingWritten reports whether the build summary in out says that no file
// was written.
func nothingWritten(out string) bool {
	m := summaryWritten.FindStringSubmatch(out)
	return m != nil && m[1] == "0" || m == nil && strings.Contains(out, upToDateMessage)
}

// TestBuildIsIncremental rebuilds an unchanged corpus (nothing written, the
// modification times kept) and then a corpus with one article added.
func TestBuildIsIncremental(t *testing.T) {
	t.Parallel()
	site := filepath.Join(t.TempDir(), "site")
	// The summary counts articles in total, then files new, changed and
	// unchanged: a JSON Lines file holds several articles.
	sampleArticles := counts(t, mustBuild(t, "--out", site).stdout)[0]
	sampleFiles := countFiles(t, sampleCorpusDir(t))
	before := snapshot(t, site)
	index := filepath.Join(site, "index.html")
	indexInfo, err := os.Stat(index)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("unchanged corpus", func(t *testing.T) {
		r := mustBuild(t, "--out", site)
		c := counts(t, r.stdout)
		if c[1] != 0 || c[2] != 0 || summaryCounts.MatchString(r.stdout) && c[3] != sampleFiles {
			t.Errorf("rebuild of an unchanged corpus: %d new, %d changed, %d unchanged; want 0, 0, %d\n%s", c[1], c[2], c[3], sampleFiles, r.stdout)
		}
		if !nothingWritten(r.stdout) {
			t.Errorf("rebuild of an unchanged corpus wrote files, want \"files: 0 written\":\n%s", r.stdout)
		}
		info, err := os.Stat(index)
		if err != nil {
			t.Fatal(err)
		}
		if !info.ModTime().Equal(indexInfo.ModTime()) {
			t.Errorf("index.html modification time changed from %s to %s on a rebuild of an unchanged corpus", indexInfo.ModTime(), info.ModTime())
		}
		if d := diffSnapshots(before, snapshot(t, site), true); d != "" {
			t.Errorf("rebuild of an unchanged corpus changed the site:\n%s", d)
		}
	})

	t.Run("one article added", func(t *testing.T) {
		corpus := filepath.Join(t.TempDir(), "corpus")
		copyTree(t, sampleCorpusDir(t), corpus)
		path := filepath.Join(corpus, filepath.FromSlash(newArticleDoc))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(newArticle), 0o644); err != nil {
			t.Fatal(err)
		}
		r := mustBuild(t, "--corpus", corpus, "--out", site)
		c := counts(t, r.stdout)
		if c[0] != sampleArticles+1 || c[1] != 1 || c[2] != 0 || c[3] != sampleFiles {
			t.Errorf("build with one article added: %d total, %d new, %d changed, %d unchanged; want %d, 1, 0, %d\n%s",
				c[0], c[1], c[2], c[3], sampleArticles+1, sampleFiles, r.stdout)
		}
		page := filepath.Join(site, "bai-viet", report.ArticleID(newArticleDoc)+".html")
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatalf("the new article has no page: %v", err)
		}
		if !strings.Contains(string(data), "Tây Hồ") {
			t.Errorf("%s does not show the new article's title", page)
		}
		checkComplete(t, site)
		// Only what the 2025 article touches is written again: the
		// workbooks of other years and the other articles' pages keep
		// their bytes and modification times.
		after := snapshot(t, site)
		kept := 0
		for p, old := range before {
			book := strings.HasPrefix(p, "bao-cao-2") && p != "bao-cao-2025.xlsx"
			if !book && !strings.HasPrefix(p, "bai-viet/") {
				continue
			}
			kept++
			if a := after[p]; a.sum != old.sum || !a.modTime.Equal(old.modTime) {
				t.Errorf("%s was written again after a 2025 article was added", p)
			}
		}
		if kept < 10 || after["bao-cao-2025.xlsx"].sum == before["bao-cao-2025.xlsx"].sum {
			t.Errorf("%d other files checked, 2025 workbook changed = %v: want other years' workbooks and articles, and a changed 2025 workbook",
				kept, after["bao-cao-2025.xlsx"].sum != before["bao-cao-2025.xlsx"].sum)
		}

		before := snapshot(t, site)
		r = mustBuild(t, "--corpus", corpus, "--out", site)
		if c := counts(t, r.stdout); c[1] != 0 || c[2] != 0 {
			t.Errorf("rebuild of an unchanged corpus directory: %d new, %d changed; want 0, 0\n%s", c[1], c[2], r.stdout)
		}
		if !nothingWritten(r.stdout) {
			t.Errorf("rebuild of an unchanged corpus directory wrote files, want \"files: 0 written\":\n%s", r.stdout)
		}
		if d := diffSnapshots(before, snapshot(t, site), true); d != "" {
			t.Errorf("rebuild of an unchanged corpus directory changed the site:\n%s", d)
		}
	})
}

// TestBuildBadCorpus runs builds that must fail on unusable input with exit
// code 2, and checks that the site built before is left as it was.
func TestBuildBadCorpus(t *testing.T) {
	t.Parallel()
	tmp := t.TempDir()
	site := filepath.Join(tmp, "site")
	good := smallCorpus(t)
	mustBuild(t, "--corpus", good, "--out", site, "-q")
	before := snapshot(t, site)

	empty := filepath.Join(tmp, "empty")
	onlyBad := filepath.Join(tmp, "only-bad")
	for _, d := range []string{empty, onlyBad} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range map[string]string{"empty.txt": "", "blank.txt": " \n\n", "binary.txt": "\x00\x01PK\x03\x04"} {
		if err := os.WriteFile(filepath.Join(onlyBad, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	regular := filepath.Join(tmp, "file.txt")
	if err := os.WriteFile(regular, []byte("not a directory"), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		corpus   string
		wantText []string // in the error
	}{
		{"missing directory", filepath.Join(tmp, "no", "such", "corpus"), []string{filepath.Join(tmp, "no", "such", "corpus")}},
		{"regular file", regular, []string{regular, "not a directory"}},
		{"empty directory", empty, []string{empty}},
		{"only empty and binary files", onlyBad, []string{onlyBad}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "build", "--corpus", tt.corpus, "--out", site, "-q")
			if r.code != 2 {
				t.Errorf("exit code %d, want 2 (unusable input): %s", r.code, r)
			}
			if r.err != nil {
				for _, s := range tt.wantText {
					if !strings.Contains(r.err.Error(), s) {
						t.Errorf("error %q does not mention %q", r.err, s)
					}
				}
			}
			if d := diffSnapshots(before, snapshot(t, site), true); d != "" {
				t.Errorf("the failed build changed the site built before:\n%s", d)
			}
			checkComplete(t, site)
		})
	}

	// A build that failed on unusable input must not cost the next build its
	// cache: the good corpus is still unchanged. (One file is touched so
	// that the build cannot be skipped as a whole.)
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(good, "2019.jsonl"), later, later); err != nil {
		t.Fatal(err)
	}
	r := mustBuild(t, "--corpus", good, "--out", site)
	if c := counts(t, r.stdout); c[1] != 0 || c[2] != 0 || c[3] != countFiles(t, good) {
		t.Errorf("rebuilding the good corpus after the failed builds: %d new, %d changed, %d unchanged files (%d articles); want every file unchanged (did a failed build empty the extraction cache?)\n%s",
			c[1], c[2], c[3], c[0], r.stdout)
	}
}

// TestBuildWarnsAboutBadFiles builds a corpus holding an empty, a binary and
// (when not root) an unreadable file beside good articles: the build
// succeeds and names every bad file in its output and on the methodology page.
func TestBuildWarnsAboutBadFiles(t *testing.T) {
	t.Parallel()
	corpus := smallCorpus(t)
	bad := map[string]string{ // file → what the warning must say
		"bad/empty.txt":  "empty",
		"bad/binary.txt": "binary",
	}
	if err := os.MkdirAll(filepath.Join(corpus, "bad"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"bad/empty.txt": "", "bad/binary.txt": "\x00\x00\x00\x01binary\x00"} {
		if err := os.WriteFile(filepath.Join(corpus, filepath.FromSlash(name)), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if os.Geteuid() != 0 {
		p := filepath.Join(corpus, "bad", "unreadable.txt")
		if err := os.WriteFile(p, []byte(newArticle), 0o000); err != nil {
			t.Fatal(err)
		}
		bad["bad/unreadable.txt"] = "read"
	} else {
		t.Log("running as root: every file is readable, so the unreadable-file case is not tested")
	}
	site := filepath.Join(t.TempDir(), "site")
	r := runCLI(t, "build", "--corpus", corpus, "--out", site)
	if r.code != 0 {
		t.Fatalf("a corpus with some bad files must still build: %s", r)
	}
	if c := counts(t, r.stdout); c[5] != len(bad) {
		t.Errorf("%d files skipped, want %d:\n%s", c[5], len(bad), r.stdout)
	}
	method, err := os.ReadFile(filepath.Join(site, "phuong-phap.html"))
	if err != nil {
		t.Fatal(err)
	}
	for doc, what := range bad {
		line := ""
		for _, l := range strings.Split(r.stdout, "\n") {
			if strings.HasPrefix(l, "warning: "+doc+":") {
				line = l
			}
		}
		switch {
		case line == "":
			t.Errorf("no \"warning: %s: …\" line in the build output:\n%s", doc, r.stdout)
		case !strings.Contains(line, what):
			t.Errorf("warning %q does not say %q", line, what)
		}
		if !strings.Contains(string(method), doc) {
			t.Errorf("phuong-phap.html does not list the problem with %s", doc)
		}
	}
	checkComplete(t, site)
}

// TestBuildUnwritableOut points --out at places that cannot be written: the
// build fails with exit code 1 and an error naming the place.
func TestBuildUnwritableOut(t *testing.T) {
	t.Parallel()
	regular := filepath.Join(t.TempDir(), "regular-file")
	if err := os.WriteFile(regular, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	corpus := smallCorpus(t)
	tests := []struct {
		name string
		args []string
		want string // in the error
	}{
		{"parent is a regular file", []string{"--out", filepath.Join(regular, "site")}, regular},
		{"parent is a regular file, no cache", []string{"--out", filepath.Join(regular, "site"), "--no-cache"}, regular},
		{"cache under a regular file", []string{"--out", filepath.Join(t.TempDir(), "site"), "--cache", filepath.Join(regular, "cache")}, regular},
		{"under /proc", []string{"--out", "/proc/unionstats-test-site", "--no-cache"}, "/proc/unionstats-test-site"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, append([]string{"build", "--corpus", corpus, "-q"}, tt.args...)...)
			if r.code != 1 {
				t.Fatalf("exit code %d, want 1 (the build failed): %s", r.code, r)
			}
			if !strings.Contains(r.err.Error(), tt.want) {
				t.Errorf("error %q does not name %s", r.err, tt.want)
			}
		})
	}
}

// TestUsage checks the exit codes and messages of bad usage and of --help.
func TestUsage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		args     []string
		code     int
		wantText string // in stdout or stderr
	}{
		{"no command", nil, 2, "Usage:"},
		{"unknown command", []string{"frobnicate"}, 2, "Usage:"},
		{"unknown flag before the command", []string{"--frobnicate"}, 2, "Usage:"},
		{"build: unknown flag", []string{"build", "--frobnicate"}, 2, "frobnicate"},
		{"build: bad flag value", []string{"build", "--jobs", "many"}, 2, "many"},
		{"build: extra argument", []string{"build", "corpus-dir"}, 2, "corpus-dir"},
		{"extract: unknown flag", []string{"extract", "--frobnicate"}, 2, "frobnicate"},
		{"extract: no corpus", []string{"extract"}, 2, "Usage: unionstats extract"},
		{"gen: no output", []string{"gen"}, 2, "Usage: unionstats gen"},
		{"gen: unknown flag", []string{"gen", "--frobnicate"}, 2, "frobnicate"},
		{"serve: unknown flag", []string{"serve", "--frobnicate"}, 2, "frobnicate"},
		{"serve: no site", []string{"serve", "--dir", filepath.Join(t.TempDir(), "nothing")}, 2, "build"},
		{"help command", []string{"help"}, 0, "Usage:"},
		{"--help", []string{"--help"}, 0, "Usage:"},
		{"-h", []string{"-h"}, 0, "Usage:"},
		{"build --help", []string{"build", "--help"}, 0, "Usage: unionstats build"},
		{"build -h", []string{"build", "-h"}, 0, "Usage: unionstats build"},
		{"extract --help", []string{"extract", "--help"}, 0, "Usage: unionstats extract"},
		{"gen --help", []string{"gen", "--help"}, 0, "Usage: unionstats gen"},
		{"serve --help", []string{"serve", "--help"}, 0, "Usage: unionstats serve"},
		{"version", []string{"version"}, 0, "unionstats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCLI(t, tt.args...)
			if r.code != tt.code {
				t.Errorf("unionstats %s: exit code %d, want %d: %s", strings.Join(tt.args, " "), r.code, tt.code, r)
			}
			all := r.stdout + r.stderr
			if r.err != nil {
				all += r.err.Error()
			}
			if !strings.Contains(all, tt.wantText) {
				t.Errorf("unionstats %s: output does not contain %q: %s", strings.Join(tt.args, " "), tt.wantText, r)
			}
		})
	}
}

// TestConcurrentBuilds runs builds into the same --out at once.
func TestConcurrentBuilds(t *testing.T) {
	t.Parallel()
	corpus := smallCorpus(t)

	// both starts two builds at the same moment and returns their results.
	both := func(t *testing.T, site string, extra ...string) [2]result {
		var rs [2]result
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range rs {
			wg.Go(func() {
				<-start
				rs[i] = runCLI(t, append([]string{"build", "--corpus", corpus, "--out", site, "-q"}, extra...)...)
			})
		}
		close(start)
		wg.Wait()
		return rs
	}

	t.Run("without --wait", func(t *testing.T) {
		site := filepath.Join(t.TempDir(), "site")
		rs := both(t, site)
		ok := 0
		for _, r := range rs {
			switch {
			case r.err == nil:
				ok++
			case r.code != 1 || !errors.Is(r.err, output.ErrLocked) || !strings.Contains(r.err.Error(), "another build"):
				t.Errorf("a build that lost the race must fail with exit code 1 and a message about another build: %s", r)
			}
		}
		if ok == 0 {
			t.Errorf("neither build succeeded:\n%s\n%s", rs[0], rs[1])
		}
		checkComplete(t, site)
	})

	t.Run("with --wait", func(t *testing.T) {
		site := filepath.Join(t.TempDir(), "site")
		for _, r := range both(t, site, "--wait") {
			if r.err != nil {
				t.Errorf("with --wait both builds must succeed: %s", r)
			}
		}
		checkComplete(t, site)
	})

	t.Run("lock held", func(t *testing.T) {
		site := filepath.Join(t.TempDir(), "site")
		unlock, err := output.Lock(t.Context(), site, false)
		if err != nil {
			t.Fatal(err)
		}
		r := runCLI(t, "build", "--corpus", corpus, "--out", site, "-q")
		if r.code != 1 || !strings.Contains(r.err.Error(), "another build") {
			t.Errorf("a build while another holds the lock must fail with exit code 1 and a message about another build: %s", r)
		}
		if _, err := os.Lstat(site); err == nil {
			t.Errorf("the build that did not get the lock created %s", site)
		}

		done := make(chan result, 1)
		go func() { done <- runCLI(t, "build", "--corpus", corpus, "--out", site, "-q", "--wait") }()
		select {
		case r := <-done:
			t.Fatalf("build --wait finished while the lock was held: %s", r)
		case <-time.After(300 * time.Millisecond):
		}
		if err := unlock(); err != nil {
			t.Fatal(err)
		}
		select {
		case r := <-done:
			if r.err != nil {
				t.Errorf("build --wait failed after the lock was released: %s", r)
			}
		case <-time.After(time.Minute):
			t.Fatal("build --wait did not finish within a minute of the lock's release")
		}
		checkComplete(t, site)
	})

	t.Run("--wait gives up when cancelled", func(t *testing.T) {
		site := filepath.Join(t.TempDir(), "site")
		unlock, err := output.Lock(t.Context(), site, false)
		if err != nil {
			t.Fatal(err)
		}
		defer unlock()
		ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
		defer cancel()
		err = run(ctx, []string{"build", "--corpus", corpus, "--out", site, "-q", "--wait"}, &strings.Builder{}, &strings.Builder{})
		if err == nil || !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("build --wait with a cancelled context: %v, want an error wrapping context.DeadlineExceeded", err)
		}
	})
}

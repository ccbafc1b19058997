package main

// Helpers shared by the end-to-end tests of the CLI: the sample site built
// once per test binary, a runner for the command, tree snapshots, and the
// lookup of the external programs (Chromium, LibreOffice).

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lddt/unionstats/output"
)

// e2eRoot holds the directories that outlive one test: the shared sample
// site. TestMain removes it.
var e2eRoot string

func TestMain(m *testing.M) {
	// The kill test re-runs this binary as the command itself.
	if args := os.Getenv(asCommandEnv); args != "" {
		var argv []string
		if err := json.Unmarshal([]byte(args), &argv); err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			os.Exit(2)
		}
		os.Exit(exitCode(run(context.Background(), argv, io.Discard, os.Stderr)))
	}
	dir, err := os.MkdirTemp("", "unionstats-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: temp dir:", err)
		os.Exit(1)
	}
	e2eRoot = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the command gave.
type result struct {
	err            error
	code           int
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("exit %d, err: %v\nstdout:\n%s\nstderr:\n%s", r.code, r.err, r.stdout, r.stderr)
}

// runCLI runs the command with args as main would, with a time limit.
func runCLI(t testing.TB, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	err := run(ctx, args, &stdout, &stderr)
	return result{err: err, code: exitCode(err), stdout: stdout.String(), stderr: stderr.String()}
}

// mustBuild builds with args (after "build") and fails the test unless the
// build succeeds.
func mustBuild(t testing.TB, args ...string) result {
	t.Helper()
	r := runCLI(t, append([]string{"build"}, args...)...)
	if r.err != nil {
		t.Fatalf("unionstats build %s failed: %s", strings.Join(args, " "), r)
	}
	return r
}

var sample struct {
	once sync.Once
	dir  string
	res  result
}

// sampleSite builds the embedded sample corpus once per test binary and
// returns the site directory (the symlink Publish maintains). Tests must
// only read it.
func sampleSite(t testing.TB) string {
	t.Helper()
	sample.once.Do(func() {
		sample.dir = filepath.Join(e2eRoot, "sample", "site")
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"build", "--out", sample.dir, "-q"}, &stdout, &stderr)
		sample.res = result{err: err, code: exitCode(err), stdout: stdout.String(), stderr: stderr.String()}
	})
	if sample.res.err != nil {
		t.Fatalf("building the sample site failed: %s", sample.res)
	}
	return sample.dir
}

// fileState is one file of a tree snapshot.
type fileState struct {
	sum     string
	size    int64
	modTime time.Time
}

// snapshot lists every regular file under dir (following dir itself if it is
// a symlink) with its hash and modification time, by slash path.
func snapshot(t testing.TB, dir string) map[string]fileState {
	t.Helper()
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatalf("snapshot %s: %v", dir, err)
	}
	files := map[string]fileState{}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		sum := sha256.Sum256(data)
		files[filepath.ToSlash(rel)] = fileState{hex.EncodeToString(sum[:]), info.Size(), info.ModTime()}
		return nil
	})
	if err != nil {
		t.Fatalf("snapshot %s: %v", dir, err)
	}
	return files
}

// diffSnapshots describes how two snapshots differ, "" when they are equal
// (contents and, if withTimes, modification times).
func diffSnapshots(before, after map[string]fileState, withTimes bool) string {
	var b strings.Builder
	for p, s := range before {
		a, ok := after[p]
		switch {
		case !ok:
			fmt.Fprintf(&b, "  %s: removed\n", p)
		case a.sum != s.sum:
			fmt.Fprintf(&b, "  %s: contents changed\n", p)
		case withTimes && !a.modTime.Equal(s.modTime):
			fmt.Fprintf(&b, "  %s: modification time changed from %s to %s\n", p, s.modTime, a.modTime)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			fmt.Fprintf(&b, "  %s: added\n", p)
		}
	}
	return b.String()
}

// checkComplete checks that the site at dir holds exactly the files its
// manifest lists, each with the listed bytes, and the pages every site has.
func checkComplete(t testing.TB, dir string) {
	t.Helper()
	m, err := output.ReadManifest(dir)
	if err != nil {
		t.Fatalf("site %s: %v", dir, err)
	}
	files := snapshot(t, dir)
	delete(files, ".manifest.json")
	for p, e := range m.Files {
		f, ok := files[p]
		switch {
		case !ok:
			t.Errorf("site %s: %s is in the manifest but missing", dir, p)
		case f.sum != e.SHA256 || f.size != e.Size:
			t.Errorf("site %s: %s differs from its manifest entry", dir, p)
		}
	}
	for p := range files {
		if _, ok := m.Files[p]; !ok {
			t.Errorf("site %s: %s is not in the manifest", dir, p)
		}
	}
	for _, p := range []string{"index.html", "phuong-phap.html", "tai-ve.html", "kiem-tra.html", "bao-cao-tong-hop.xlsx", "du-lieu/metrics.jsonl", "assets/echarts.min.js"} {
		if _, ok := files[p]; !ok {
			t.Errorf("site %s: %s is missing", dir, p)
		}
	}
}

// copyTree copies the regular files under src to dst.
func copyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copy %s to %s: %v", src, dst, err)
	}
}

// moduleRoot is the directory holding go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// sampleCorpusDir is the sample corpus on disk (the embedded one's source).
func sampleCorpusDir(t testing.TB) string {
	return filepath.Join(moduleRoot(t), "testdata", "corpus")
}

// artifactsDir is where tests leave files for people to look at:
// $ARTIFACTS_DIR, else testdata/artifacts at the module root (gitignored).
func artifactsDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("ARTIFACTS_DIR")
	if dir == "" {
		dir = filepath.Join(moduleRoot(t), "testdata", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("artifacts: %v", err)
	}
	return dir
}

// lookTool finds the first of names on PATH or at the given absolute paths.
// When none is there it fails the test under CI and skips it otherwise.
func lookTool(t testing.TB, what string, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	msg := what + " not found (tried " + strings.Join(names, ", ") + "); make test installs chromium and libreoffice via scripts/install-test-deps.sh"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

package output

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"weak"

	"github.com/google/go-cmp/cmp"
)

var noSync = PublishOptions{NoSync: true}

func publish(t *testing.T, dir string, files []File) Stats {
	t.Helper()
	st, err := Publish(context.Background(), dir, files, noSync)
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	return st
}

// stat returns the inode and modification time of name.
func stat(t *testing.T, name string) (uint64, time.Time) {
	t.Helper()
	fi, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Sys().(*syscall.Stat_t).Ino, fi.ModTime()
}

// readSite returns every file under dir but the manifest, by relative path.
func readSite(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir+"/", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		if rel != manifestName {
			got[filepath.ToSlash(rel)] = string(data)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// genNames lists the entries of dir.gen.
func genNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir + ".gen")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestPublishRepublish(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	st := publish(t, dir, []File{
		{Path: "index.html", Data: []byte("home")},
		{Path: "year/2024.html", Data: []byte("2024 v1")},
		{Path: "old.csv", Data: []byte("gone soon")},
	})
	if want := (Stats{Written: 3}); st != want {
		t.Errorf("first Publish: Stats = %+v, want %+v", st, want)
	}
	inode, mtime := stat(t, filepath.Join(dir, "index.html"))

	st = publish(t, dir, []File{
		{Path: "index.html", Data: []byte("home")},
		{Path: "year/2024.html", Data: []byte("2024 v2")},
		{Path: "year/2025.html", Data: []byte("2025")},
	})
	if want := (Stats{Written: 2, Unchanged: 1, Removed: 1}); st != want {
		t.Errorf("second Publish: Stats = %+v, want %+v", st, want)
	}
	if gotInode, gotMtime := stat(t, filepath.Join(dir, "index.html")); gotInode != inode || !gotMtime.Equal(mtime) {
		t.Errorf("unchanged file: inode %d, mtime %v; want %d, %v", gotInode, gotMtime, inode, mtime)
	}
	want := map[string]string{"index.html": "home", "year/2024.html": "2024 v2", "year/2025.html": "2025"}
	if diff := cmp.Diff(want, readSite(t, dir)); diff != "" {
		t.Errorf("site (-want +got):\n%s", diff)
	}
	if target, err := os.Readlink(dir); err != nil || target != filepath.Join("site.gen", "2") {
		t.Errorf("Readlink(%s) = %q, %v; want site.gen/2", dir, target, err)
	}
	if diff := cmp.Diff([]string{"1", "2"}, genNames(t, dir)); diff != "" {
		t.Errorf("generations (-want +got):\n%s", diff)
	}
	m, err := ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte("2024 v2"))
	if got, want := m.Files["year/2024.html"], (ManifestEntry{SHA256: hex.EncodeToString(sum[:]), Size: 7}); got != want {
		t.Errorf("manifest entry = %+v, want %+v", got, want)
	}

	// A third run prunes generation 1 and keeps 2 as the previous one.
	publish(t, dir, []File{{Path: "index.html", Data: []byte("home v3")}})
	if diff := cmp.Diff([]string{"2", "3"}, genNames(t, dir)); diff != "" {
		t.Errorf("generations (-want +got):\n%s", diff)
	}
}

func TestPublishNothingChanged(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	files := []File{{Path: "a", Data: []byte("a")}, {Path: "b/c", Data: []byte("c")}}
	publish(t, dir, files)
	if st := publish(t, dir, files); st != (Stats{Unchanged: 2}) {
		t.Errorf("Stats = %+v, want all unchanged", st)
	}
	if diff := cmp.Diff([]string{"1"}, genNames(t, dir)); diff != "" {
		t.Errorf("an unchanged site made a new generation (-want +got):\n%s", diff)
	}
}

func TestPublishEmptyAndFirstRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "not", "yet", "site")
	if st := publish(t, dir, nil); st != (Stats{}) {
		t.Errorf("Stats = %+v, want zero", st)
	}
	if got := readSite(t, dir); len(got) != 0 {
		t.Errorf("site = %v, want empty", got)
	}
}

func TestPublishMigratesPlainDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	for name, data := range map[string]string{"keep.html": "same", "sub/stale.html": "old"} {
		name = filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inode, _ := stat(t, filepath.Join(dir, "keep.html"))

	st := publish(t, dir, []File{{Path: "keep.html", Data: []byte("same")}, {Path: "new.html", Data: []byte("new")}})
	if want := (Stats{Written: 1, Unchanged: 1, Removed: 1}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	if fi, err := os.Lstat(dir); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("%s is not a symlink after migration (%v)", dir, err)
	}
	if got, _ := stat(t, filepath.Join(dir, "keep.html")); got != inode {
		t.Errorf("unchanged file was rewritten during migration")
	}
	if diff := cmp.Diff(map[string]string{"keep.html": "same", "new.html": "new"}, readSite(t, dir)); diff != "" {
		t.Errorf("site (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"0", "1"}, genNames(t, dir)); diff != "" {
		t.Errorf("generations (-want +got):\n%s", diff)
	}
	publish(t, dir, []File{{Path: "keep.html", Data: []byte("changed")}})
	if diff := cmp.Diff([]string{"1", "2"}, genNames(t, dir)); diff != "" {
		t.Errorf("generations after the next run (-want +got):\n%s", diff)
	}
}

func TestPublishCleansUpAfterCrash(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	publish(t, dir, []File{{Path: "a", Data: []byte("1")}})
	publish(t, dir, []File{{Path: "a", Data: []byte("2")}})
	// What runs killed at various points leave behind.
	for _, d := range []string{"3.tmp/x", "4", "0"} {
		if err := os.MkdirAll(filepath.Join(dir+".gen", d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("site.gen/4", dir+".tmp-link"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir+".gen", "notes.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}

	publish(t, dir, []File{{Path: "a", Data: []byte("3")}})
	if diff := cmp.Diff([]string{"2", "3", "notes.txt"}, genNames(t, dir)); diff != "" {
		t.Errorf("entries of site.gen (-want +got):\n%s", diff)
	}
	if _, err := os.Lstat(dir + ".tmp-link"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stale %s.tmp-link survived: %v", dir, err)
	}
}

func TestPublishCanceled(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	publish(t, dir, []File{{Path: "a", Data: []byte("1")}})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Publish(ctx, dir, []File{{Path: "a", Data: []byte("2")}}, noSync); !errors.Is(err, context.Canceled) {
		t.Errorf("Publish with a canceled context: %v, want context.Canceled", err)
	}
	if got := readSite(t, dir); got["a"] != "1" {
		t.Errorf("site changed by a canceled Publish: %v", got)
	}
	if diff := cmp.Diff([]string{"1"}, genNames(t, dir)); diff != "" {
		t.Errorf("canceled Publish left (-want +got):\n%s", diff)
	}
}

func TestPublishRefuses(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, dir string) // dir is root/site
		dir     string                         // the site path if not root/site: relative to root, or absolute
		wantErr string
	}{
		{
			name: "site is a regular file",
			setup: func(t *testing.T, dir string) {
				if err := os.WriteFile(dir, nil, 0o644); err != nil {
					t.Fatal(err)
				}
			},
			wantErr: "/site exists and is neither a directory nor a symlink",
		},
		{
			name: "site is a foreign symlink",
			setup: func(t *testing.T, dir string) {
				if err := os.Symlink("/usr/share", dir); err != nil {
					t.Fatal(err)
				}
			},
			wantErr: "/site is a symlink to /usr/share, not to a generation in",
		},
		{
			name: "parent is a file",
			setup: func(t *testing.T, dir string) {
				if err := os.WriteFile(filepath.Join(filepath.Dir(dir), "file"), nil, 0o644); err != nil {
					t.Fatal(err)
				}
			},
			dir:     "file/site",
			wantErr: "/file is not writable: ",
		},
		{
			name:    "no directory name",
			setup:   func(*testing.T, string) {},
			dir:     "/",
			wantErr: "need a path ending in a directory name",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			tt.setup(t, filepath.Join(root, "site"))
			dir := filepath.Join(root, "site")
			switch {
			case filepath.IsAbs(tt.dir):
				dir = tt.dir
			case tt.dir != "":
				dir = filepath.Join(root, tt.dir)
			}
			_, err := Publish(context.Background(), dir, []File{{Path: "a", Data: nil}}, noSync)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Publish: %v, want an error containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name     string
		paths    []string
		wantDirs []string
		wantErr  string
	}{
		{name: "nested", paths: []string{"a/b/c.html", "a/d.html", "e"}, wantDirs: []string{"a", "a/b"}},
		{name: "none", paths: nil, wantDirs: []string{}},
		{name: "absolute", paths: []string{"/etc/passwd"}, wantErr: `invalid file path "/etc/passwd"`},
		{name: "parent element", paths: []string{"a/../../b"}, wantErr: `invalid file path "a/../../b"`},
		{name: "dot element", paths: []string{"./a"}, wantErr: `invalid file path "./a"`},
		{name: "empty", paths: []string{""}, wantErr: `invalid file path ""`},
		{name: "root", paths: []string{"."}, wantErr: `invalid file path "."`},
		{name: "trailing slash", paths: []string{"a/"}, wantErr: `invalid file path "a/"`},
		{name: "double slash", paths: []string{"a//b"}, wantErr: `invalid file path "a//b"`},
		{name: "invalid UTF-8", paths: []string{"ho\xe0.html"}, wantErr: `invalid file path "ho\xe0.html"`},
		{name: "manifest", paths: []string{".manifest.json"}, wantErr: "reserved for the manifest"},
		{name: "duplicate", paths: []string{"a", "b", "a"}, wantErr: `duplicate file path "a"`},
		{name: "file used as a directory", paths: []string{"a/b/c", "a/b"}, wantErr: `file path "a/b" is also a directory in "a/b/c"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var files []File
			for _, p := range tt.paths {
				files = append(files, File{Path: p})
			}
			dirs, err := validate(files)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("validate(%q) = %v, want an error containing %q", tt.paths, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("validate(%q): %v", tt.paths, err)
			}
			if diff := cmp.Diff(tt.wantDirs, dirs); diff != "" {
				t.Errorf("directories (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLinkOrCopy(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "src")
	if err := os.WriteFile(src, []byte("data"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	if err := os.Chtimes(src, time.Time{}, old); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		src       string
		dstExists bool // makes the link fail
		wantKept  bool
	}{
		{name: "link", src: src, wantKept: true},
		{name: "copy when the link fails", src: src, dstExists: true, wantKept: true},
		{name: "write when the source is gone", src: filepath.Join(root, "missing"), wantKept: false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := filepath.Join(root, fmt.Sprint("dst", i))
			if tt.dstExists {
				if err := os.WriteFile(dst, []byte("in the way"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			kept, err := linkOrCopy(tt.src, dst, []byte("data"))
			if err != nil || kept != tt.wantKept {
				t.Fatalf("linkOrCopy = %v, %v; want %v, nil", kept, err, tt.wantKept)
			}
			if data, err := os.ReadFile(dst); err != nil || string(data) != "data" {
				t.Errorf("dst holds %q, %v; want \"data\"", data, err)
			}
			if _, mtime := stat(t, dst); kept && !mtime.Equal(old) {
				t.Errorf("dst mtime = %v, want %v", mtime, old)
			}
		})
	}
}

// lazy returns a File whose bytes come from Write.
func lazy(path, content string) File {
	return File{Path: path, Write: func(w io.Writer) error {
		_, err := io.WriteString(w, content)
		return err
	}}
}

func TestPublishWriteFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	st := publish(t, dir, []File{lazy("bai-viet/a.html", "a v1"), lazy("bai-viet/b.html", "b"), {Path: "index.html", Data: []byte("home")}})
	if want := (Stats{Written: 3}); st != want {
		t.Errorf("first Publish: Stats = %+v, want %+v", st, want)
	}
	inode, mtime := stat(t, filepath.Join(dir, "bai-viet", "b.html"))

	st = publish(t, dir, []File{lazy("bai-viet/a.html", "a v1"), lazy("bai-viet/b.html", "b"), {Path: "index.html", Data: []byte("home")}})
	if want := (Stats{Unchanged: 3}); st != want {
		t.Errorf("unchanged Publish: Stats = %+v, want %+v", st, want)
	}
	if diff := cmp.Diff([]string{"1"}, genNames(t, dir)); diff != "" {
		t.Errorf("nothing changed, yet the generations are (-want +got):\n%s", diff)
	}

	st = publish(t, dir, []File{lazy("bai-viet/a.html", "a v2"), lazy("bai-viet/b.html", "b"), {Path: "index.html", Data: []byte("home")}})
	if want := (Stats{Written: 1, Unchanged: 2}); st != want {
		t.Errorf("third Publish: Stats = %+v, want %+v", st, want)
	}
	if gotInode, gotMtime := stat(t, filepath.Join(dir, "bai-viet", "b.html")); gotInode != inode || !gotMtime.Equal(mtime) {
		t.Errorf("unchanged Write file: inode %d, mtime %v; want %d, %v", gotInode, gotMtime, inode, mtime)
	}
	want := map[string]string{"bai-viet/a.html": "a v2", "bai-viet/b.html": "b", "index.html": "home"}
	if diff := cmp.Diff(want, readSite(t, dir)); diff != "" {
		t.Errorf("site (-want +got):\n%s", diff)
	}
	m, err := ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte("a v2"))
	if got, want := m.Files["bai-viet/a.html"], (ManifestEntry{SHA256: hex.EncodeToString(sum[:]), Size: 4}); got != want {
		t.Errorf("manifest entry of a Write file = %+v, want %+v", got, want)
	}
}

// TestPublishHeavyFiles: no more heavy files than HeavyParallelism are
// rendered at once, the other workers place the light files meanwhile, and
// a failing heavy file fails the Publish without the others waiting for it.
func TestPublishHeavyFiles(t *testing.T) {
	heavy := func(path string) bool { return strings.HasSuffix(path, ".xlsx") }
	for _, lanes := range []int{1, 2} {
		t.Run(fmt.Sprintf("lanes=%d", lanes), func(t *testing.T) {
			var running, most, light atomic.Int64
			var files []File
			want := map[string]string{}
			for i := range 6 {
				path := fmt.Sprintf("bao-cao-%d.xlsx", i)
				files = append(files, File{Path: path, Write: func(w io.Writer) error {
					n := running.Add(1)
					defer running.Add(-1)
					for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
					}
					time.Sleep(5 * time.Millisecond)
					_, err := io.WriteString(w, path)
					return err
				}})
				want[path] = path
			}
			for i := range 20 {
				path := fmt.Sprintf("bai-viet/%d.html", i)
				files = append(files, File{Path: path, Write: func(w io.Writer) error {
					light.Add(1)
					_, err := io.WriteString(w, path)
					return err
				}})
				want[path] = path
			}
			dir := filepath.Join(t.TempDir(), "site")
			opts := PublishOptions{NoSync: true, Parallelism: 4, Heavy: heavy, HeavyParallelism: lanes}
			if _, err := Publish(t.Context(), dir, files, opts); err != nil {
				t.Fatal(err)
			}
			if got := most.Load(); got > int64(lanes) {
				t.Errorf("%d heavy files rendered at once, want at most %d", got, lanes)
			}
			if light.Load() != 20 {
				t.Errorf("%d light files rendered, want 20", light.Load())
			}
			if diff := cmp.Diff(want, readSite(t, dir)); diff != "" {
				t.Errorf("site (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("failing heavy file", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "site")
		files := []File{
			{Path: "a.xlsx", Write: func(io.Writer) error { return errors.New("book broke") }},
			{Path: "b.xlsx", Write: func(w io.Writer) error { _, err := io.WriteString(w, "b"); return err }},
			{Path: "index.html", Data: []byte("home")},
		}
		_, err := Publish(t.Context(), dir, files, PublishOptions{NoSync: true, Parallelism: 2, Heavy: heavy})
		if err == nil || !strings.Contains(err.Error(), "book broke") {
			t.Fatalf("Publish with a failing heavy file: error %v, want book broke", err)
		}
	})
}

func TestPublishWriteFileFails(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	publish(t, dir, []File{{Path: "index.html", Data: []byte("home")}})
	broken := File{Path: "bai-viet/x.html", Write: func(io.Writer) error { return errors.New("template broke") }}
	_, err := Publish(t.Context(), dir, []File{{Path: "index.html", Data: []byte("new home")}, broken}, PublishOptions{NoSync: true})
	if err == nil || !strings.Contains(err.Error(), "bai-viet/x.html") || !strings.Contains(err.Error(), "template broke") {
		t.Fatalf("Publish with a failing Write: error %v, want one naming the file and the cause", err)
	}
	if diff := cmp.Diff(map[string]string{"index.html": "home"}, readSite(t, dir)); diff != "" {
		t.Errorf("a failed Publish changed the site (-want +got):\n%s", diff)
	}
}

// TestPublishKeyedWriteFiles: a Write file whose key the current site holds
// is kept without being rendered; a new key renders it again.
func TestPublishKeyedWriteFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	calls := 0
	keyed := func(key, content string) File {
		return File{Path: "bai-viet/a.html", Key: key, Write: func(w io.Writer) error {
			calls++
			_, err := io.WriteString(w, content)
			return err
		}}
	}
	publish(t, dir, []File{keyed("k1", "a v1"), {Path: "index.html", Data: []byte("home")}})
	inode, mtime := stat(t, filepath.Join(dir, "bai-viet", "a.html"))

	calls = 0
	st := publish(t, dir, []File{keyed("k1", "never rendered"), {Path: "index.html", Data: []byte("home v2")}})
	if calls != 0 {
		t.Errorf("a file under an unchanged key was rendered %d times", calls)
	}
	if want := (Stats{Written: 1, Unchanged: 1}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	if gotInode, gotMtime := stat(t, filepath.Join(dir, "bai-viet", "a.html")); gotInode != inode || !gotMtime.Equal(mtime) {
		t.Errorf("kept file: inode %d, mtime %v; want %d, %v", gotInode, gotMtime, inode, mtime)
	}

	publish(t, dir, []File{keyed("k2", "a v2"), {Path: "index.html", Data: []byte("home v2")}})
	if calls != 1 {
		t.Errorf("a file under a new key was rendered %d times, want once", calls)
	}
	if got := readSite(t, dir)["bai-viet/a.html"]; got != "a v2" {
		t.Errorf("a.html = %q, want the new rendering", got)
	}
}

// TestPlace: how each file of a new generation is made from the current
// site's file of the same path.
func TestPlace(t *testing.T) {
	oldRoot := t.TempDir()
	if err := os.WriteFile(filepath.Join(oldRoot, "f"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	oldInode, _ := stat(t, filepath.Join(oldRoot, "f"))
	sum := sha256.Sum256([]byte("old"))
	oldManifest := Manifest{Files: map[string]ManifestEntry{"f": {SHA256: hex.EncodeToString(sum[:]), Size: 3}}}
	neverCalled := func(io.Writer) error { return errors.New("rendered a file kept by its key") }
	tests := []struct {
		name     string
		file     File
		same     bool // as classify found it
		oldRoot  string
		wantKept bool
		want     string
	}{
		{name: "bytes changed: written", file: File{Path: "f", Data: []byte("new")}, oldRoot: oldRoot, want: "new"},
		{name: "bytes unchanged: linked", file: File{Path: "f", Data: []byte("old")}, same: true, oldRoot: oldRoot, wantKept: true, want: "old"},
		{name: "bytes unchanged, old file gone: written", file: File{Path: "f", Data: []byte("old")}, same: true, oldRoot: t.TempDir(), want: "old"},
		{name: "Write file under the current key: linked unrendered", file: File{Path: "f", Key: "k", Write: neverCalled}, same: true, oldRoot: oldRoot, wantKept: true, want: "old"},
		{name: "Write file with the old bytes: linked after rendering", file: lazy("f", "old"), oldRoot: oldRoot, wantKept: true, want: "old"},
		{name: "Write file with new bytes: written", file: lazy("f", "new"), oldRoot: oldRoot, want: "new"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			staged := t.TempDir()
			p := &plan{files: []File{tt.file}, sums: make([]string, 1), sizes: make([]int64, 1), same: []bool{tt.same}, marks: make([]string, 1), old: oldManifest}
			kept, err := place(p, 0, staged, tt.oldRoot)
			if err != nil || kept != tt.wantKept {
				t.Fatalf("place = %v, %v; want %v, nil", kept, err, tt.wantKept)
			}
			dst := filepath.Join(staged, "f")
			if data, err := os.ReadFile(dst); err != nil || string(data) != tt.want {
				t.Errorf("new file holds %q, %v; want %q", data, err, tt.want)
			}
			if inode, _ := stat(t, dst); (inode == oldInode) != kept {
				t.Errorf("new file is the old one's inode: %v, want %v", inode == oldInode, kept)
			}
		})
	}
}

// TestPublishDropsPlacedFiles: once a file is placed, what only its Write
// held can be freed while the files after it are written (a workbook's
// index while the pages are); the caller's files are left as they are.
func TestPublishDropsPlacedFiles(t *testing.T) {
	var gone weak.Pointer[[1 << 16]byte]
	freed := false
	files := func() []File {
		held := new([1 << 16]byte)
		gone = weak.Make(held)
		return []File{
			{Path: "a.xlsx", Write: func(w io.Writer) error { _, err := w.Write(held[:1]); return err }},
			{Path: "b.html", Write: func(w io.Writer) error {
				runtime.GC()
				freed = gone.Value() == nil
				_, err := io.WriteString(w, "b")
				return err
			}},
		}
	}
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := Publish(t.Context(), dir, files(), PublishOptions{NoSync: true, Parallelism: 1}); err != nil {
		t.Fatal(err)
	}
	if !freed {
		t.Error("a placed file's Write was still reachable while the next file was written")
	}

	kept := []File{{Path: "c.html", Data: []byte("c")}, lazy("d.html", "d")}
	if _, err := Publish(t.Context(), dir, kept, noSync); err != nil {
		t.Fatal(err)
	}
	if kept[0].Data == nil || kept[1].Write == nil {
		t.Error("Publish changed the caller's files")
	}
}

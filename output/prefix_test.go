package output

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKeepPrefix: a Write file that keeps the first bytes of the current
// site's file has the bytes, hash and marks of the same file written
// whole, and is hashed from the last mark before the bytes kept; a writer
// that cannot keep them (something written already, no marks, a file not
// the size the manifest says, a prefix longer than the file) writes
// nothing and says so.
func TestKeepPrefix(t *testing.T) {
	defer func(m int64) { markEvery = m }(markEvery)
	markEvery = 64
	old := strings.Repeat("0123456789abcdef", 40) // 640 bytes: ten marks
	next := old[:300] + "a new tail"
	keeping := func(n int64, kept *bool) File { // next, starting with old's first n bytes when they can be kept
		return File{Path: "du-lieu/x.csv", Write: func(w io.Writer) error {
			ok, err := w.(PrefixKeeper).KeepPrefix(n)
			*kept = ok
			if err != nil {
				return err
			}
			rest := next
			if ok {
				rest = next[min(n, int64(len(next))):]
			}
			_, err = io.WriteString(w, rest)
			return err
		}}
	}
	whole := filepath.Join(t.TempDir(), "site")
	publish(t, whole, []File{lazy("du-lieu/x.csv", next)})
	wantEntry := readManifest(t, whole).Files["du-lieu/x.csv"]
	if sum := sha256.Sum256([]byte(next)); wantEntry.SHA256 != hex.EncodeToString(sum[:]) || wantEntry.Marks == "" {
		t.Fatalf("a file written whole: %+v", wantEntry)
	}

	for _, tt := range []struct {
		name   string
		damage func(file string)
		n      int64
		want   bool
	}{
		{"kept", func(string) {}, 300, true},
		{"kept, no mark in it", func(string) {}, 40, true},
		{"a file of another size", func(file string) { os.WriteFile(file, []byte(old+"x"), 0o644) }, 300, false},
		{"longer than the file", func(string) {}, 641, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "site")
			publish(t, dir, []File{lazy("du-lieu/x.csv", old)})
			file, _ := filepath.EvalSymlinks(filepath.Join(dir, "du-lieu", "x.csv"))
			tt.damage(file)
			var kept bool
			publish(t, dir, []File{keeping(tt.n, &kept)})
			if kept != tt.want {
				t.Errorf("KeepPrefix(%d) = %v, want %v", tt.n, kept, tt.want)
			}
			if got := readSite(t, dir)["du-lieu/x.csv"]; got != next {
				t.Errorf("file holds %q, want %q", got, next)
			}
			if got := readManifest(t, dir).Files["du-lieu/x.csv"]; got != wantEntry {
				t.Errorf("manifest entry %+v, want that of the file written whole, %+v", got, wantEntry)
			}
		})
	}

	t.Run("after a write", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "site")
		publish(t, dir, []File{lazy("du-lieu/x.csv", old)})
		var kept bool
		publish(t, dir, []File{{Path: "du-lieu/x.csv", Write: func(w io.Writer) error {
			io.WriteString(w, "x")
			var err error
			kept, err = w.(PrefixKeeper).KeepPrefix(10)
			return err
		}}})
		if kept || readSite(t, dir)["du-lieu/x.csv"] != "x" {
			t.Errorf("KeepPrefix after a write: %v, file %q", kept, readSite(t, dir)["du-lieu/x.csv"])
		}
	})
}

func readManifest(t *testing.T, dir string) Manifest {
	t.Helper()
	m, err := ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

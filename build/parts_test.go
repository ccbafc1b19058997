package build

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPartsCache stores parts, reads them back in the next build, and
// reads a damaged file or payload as a miss with a warning, never a
// failure.
func TestPartsCache(t *testing.T) {
	extraction := filepath.Join(t.TempDir(), "extract.cache")
	var log bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&log, nil))

	c := openParts(extraction, logger)
	if c == nil {
		t.Fatal("no parts cache")
	}
	if _, ok := c.Get("facts 2024", "k"); ok {
		t.Error("an empty cache gave a part")
	}
	c.Put("facts 2024", "k", "payload 2024")
	c.Put("facts 2025", "k", "payload 2025")
	c.close()
	if _, err := os.Stat(filepath.Join(partsDir(extraction), partFile("facts 2025"))); err != nil {
		t.Errorf("the part was not written as a file of its own: %v", err)
	}

	c = openParts(extraction, logger)
	if p, ok := c.Get("facts 2024", "k"); !ok || p != "payload 2024" {
		t.Errorf("Get = %q, %v; want the payload stored", p, ok)
	}
	if _, ok := c.Get("facts 2024", "other key"); ok {
		t.Error("a part of another key was given")
	}
	c.Damaged("facts 2024", errors.New("checksum mismatch"))
	c.close() // 2025 was not used: dropped
	if !strings.Contains(log.String(), "damaged aggregation cache entry") {
		t.Errorf("no warning of the damaged part:\n%s", log.String())
	}

	c = openParts(extraction, logger)
	if _, ok := c.Get("facts 2025", "k"); ok {
		t.Error("a part the last build did not use was kept")
	}
	c.close()

	// A damaged file, a file cut short, a file of another part and one of
	// another program are misses with a warning.
	file := filepath.Join(partsDir(extraction), partFile("facts 2024"))
	good := encodePartFile(cacheVersion(), "facts 2024", "k", "payload 2024")
	flipped := bytes.Clone(good)
	flipped[len(flipped)-6] ^= 1
	for _, tc := range []struct {
		name, warning string
		file          []byte
	}{
		{"damaged", "corrupt", flipped},
		{"cut short", "corrupt", good[:len(good)-3]},
		{"not a part", "corrupt", []byte("USXCACH\x02 not a cache")},
		{"another part", "another part", encodePartFile(cacheVersion(), "facts 2025", "k", "payload 2025")},
		{"another program", "another program", encodePartFile("program 0", "facts 2024", "k", "payload 2024")},
	} {
		log.Reset()
		if err := os.WriteFile(file, tc.file, 0o644); err != nil {
			t.Fatal(err)
		}
		c = openParts(extraction, logger)
		if c == nil {
			t.Fatalf("%s: a damaged file gave no cache", tc.name)
		}
		if p, ok := c.Get("facts 2024", "k"); ok {
			t.Errorf("%s: a damaged file gave the part %q", tc.name, p)
		}
		c.close()
		if !strings.Contains(log.String(), tc.warning) {
			t.Errorf("%s: no warning saying %q:\n%s", tc.name, tc.warning, log.String())
		}
	}
	if err := os.WriteFile(file, good, 0o644); err != nil {
		t.Fatal(err)
	}
	c = openParts(extraction, logger)
	if p, ok := c.Get("facts 2024", "k"); !ok || p != "payload 2024" {
		t.Errorf("a whole file: Get = %q, %v; want the payload stored", p, ok)
	}
	c.close()
	if openParts("", logger) != nil {
		t.Error("a build without a cache got a parts cache")
	}
}

// TestPartsCacheRewritesChangedParts checks that a build rewrites the files
// of the parts it built only, and removes those of the parts it did not use
// and the single file of the older format.
func TestPartsCacheRewritesChangedParts(t *testing.T) {
	extraction := filepath.Join(t.TempDir(), "extract.cache")
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	c := openParts(extraction, logger)
	c.Put("facts 2024", "k", "payload 2024")
	c.Put("facts 2025", "k", "payload 2025")
	c.Put("tables 2025", "k", "tables 2025")
	c.close()
	dir := partsDir(extraction)
	old := time.Unix(1_000_000_000, 0)
	for _, part := range []string{"facts 2024", "facts 2025"} {
		if err := os.Chtimes(filepath.Join(dir, partFile(part)), old, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(extraction), "years.cache"), []byte("old format"), 0o644); err != nil {
		t.Fatal(err)
	}

	c = openParts(extraction, logger)
	if _, ok := c.Get("facts 2024", "k"); !ok {
		t.Fatal("facts 2024 missing")
	}
	if _, ok := c.Get("facts 2025", "k"); !ok {
		t.Fatal("facts 2025 missing")
	}
	c.Put("facts 2025", "k2", "payload 2025 changed")
	c.close() // tables 2025 not used

	for part, rewritten := range map[string]bool{"facts 2024": false, "facts 2025": true} {
		info, err := os.Stat(filepath.Join(dir, partFile(part)))
		if err != nil {
			t.Fatal(err)
		}
		if got := !info.ModTime().Equal(old); got != rewritten {
			t.Errorf("%s rewritten: %v, want %v", part, got, rewritten)
		}
	}
	for _, gone := range []string{filepath.Join(dir, partFile("tables 2025")), filepath.Join(filepath.Dir(extraction), "years.cache")} {
		if _, err := os.Stat(gone); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s not removed: %v", gone, err)
		}
	}
	if got := partFile("facts -1"); got != "facts--1.part" {
		t.Errorf("partFile = %q", got)
	}
	if got := partFile("a/b"); strings.ContainsAny(got, "/ ") {
		t.Errorf("partFile(a/b) = %q", got)
	}
}

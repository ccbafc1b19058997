package build

import (
	"bytes"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

	log.Reset()
	if err := os.WriteFile(partsFile(extraction), []byte("USXCACH\x02 not a cache"), 0o644); err != nil {
		t.Fatal(err)
	}
	c = openParts(extraction, logger)
	if c == nil {
		t.Fatal("a damaged file gave no cache")
	}
	if _, ok := c.Get("facts 2024", "k"); ok {
		t.Error("a damaged file gave a part")
	}
	c.close()
	if !strings.Contains(log.String(), "corrupt") {
		t.Errorf("no warning of the damaged file:\n%s", log.String())
	}
	if openParts("", logger) != nil {
		t.Error("a build without a cache got a parts cache")
	}
}

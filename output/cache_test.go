package output

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func openCache(t *testing.T, path, version string) (*Cache, []string) {
	t.Helper()
	c, warnings, err := OpenCache(path, version)
	if err != nil {
		t.Fatalf("OpenCache: %v", err)
	}
	return c, warnings
}

func TestCacheRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "extract.cache")
	c, warnings := openCache(t, path, "v1")
	if len(warnings) != 0 || len(c.entries) != 0 {
		t.Fatalf("missing cache: %d entries, warnings %q; want none", len(c.entries), warnings)
	}
	want := map[string]Entry{
		"2024/a.html":      {Size: 1200, ModTime: 1_700_000_000_000_000_000, Hash: "abc", Payload: `{"records":[]}`},
		"b.jsonl#17":       {Size: -1, ModTime: -5, Hash: "", Payload: ""},
		"văn hoá/c.html":   {Size: 1, ModTime: 2, Hash: "h", Payload: strings.Repeat("\x00\xff", 3000)},
		"d.html (dropped)": {Size: 3},
	}
	for doc, e := range want {
		c.Put(doc, e)
	}
	c.Retain(func(doc string) bool { return !strings.Contains(doc, "dropped") })
	delete(want, "d.html (dropped)")
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}

	c, warnings = openCache(t, path, "v1")
	if len(warnings) != 0 {
		t.Errorf("warnings %q", warnings)
	}
	got := map[string]Entry{}
	for doc := range want {
		if e, ok := c.Get(doc); ok {
			got[doc] = e
		}
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(bytes.Equal)); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	if _, ok := c.Get("d.html (dropped)"); ok {
		t.Errorf("a dropped entry came back")
	}

	// Nothing changed: Save leaves the file alone.
	inode, _ := stat(t, path)
	c.Put("2024/a.html", want["2024/a.html"])
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	if got, _ := stat(t, path); got != inode {
		t.Errorf("Save rewrote an unchanged cache")
	}
}

func TestCacheCorrupt(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.cache")
	c, _ := openCache(t, good, "v1")
	for i := range 10 {
		c.Put(fmt.Sprint("doc", i), Entry{Size: int64(i), Hash: "h", Payload: "payload"})
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	// resum replaces the checksum, so that only the decoder can object.
	resum := func(b []byte) []byte {
		body := b[len(cacheMagic) : len(b)-sumSize]
		return binary.BigEndian.AppendUint32(b[:len(b)-sumSize:len(b)-sumSize], crc32.Checksum(body, castagnoli))
	}

	tests := []struct {
		name    string
		data    []byte
		version string
		want    string
	}{
		{name: "empty file", data: nil, want: "is corrupt (truncated); rebuilding it"},
		{name: "truncated magic", data: data[:5], want: "is corrupt (truncated)"},
		{name: "truncated", data: data[:len(data)/2], want: "is corrupt (checksum mismatch)"},
		{name: "flipped byte", data: flip(data, 40), want: "is corrupt (checksum mismatch)"},
		{name: "flipped checksum", data: flip(data, len(data)-1), want: "is corrupt (checksum mismatch)"},
		{name: "wrong magic", data: flip(data, 0), want: "is corrupt (bad magic)"},
		{name: "older format", data: append([]byte(cacheMagic[:len(cacheMagic)-1]+"\x01"), data[len(cacheMagic):]...), want: "is corrupt (file format 1, this program reads format 2)"},
		{name: "trailing bytes", data: resum(append(append(bytes.Clone(data[:len(data)-sumSize]), 1, 2, 3), make([]byte, sumSize)...)),
			want: "is corrupt (decode: 3 bytes after the last entry)"},
		{name: "entry cut short", data: resum(append(bytes.Clone(data[:len(data)-sumSize-4]), make([]byte, sumSize)...)),
			want: "is corrupt (decode: unexpected end of data)"},
		{name: "other version", data: data, version: "v2",
			want: `was written by extractor version "v1", this is "v2"; rebuilding it`},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprint(i, ".cache"))
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			version := tt.version
			if version == "" {
				version = "v1"
			}
			c, warnings := openCache(t, path, version)
			if len(c.entries) != 0 {
				t.Errorf("got %d entries, want an empty cache", len(c.entries))
			}
			if len(warnings) != 1 || !strings.Contains(warnings[0], tt.want) || !strings.Contains(warnings[0], path) {
				t.Errorf("warnings = %q, want one naming %s and containing %q", warnings, path, tt.want)
			}
			// The rebuilt cache replaces the bad file.
			if err := c.Save(); err != nil {
				t.Fatal(err)
			}
			if _, warnings := openCache(t, path, version); len(warnings) != 0 {
				t.Errorf("after Save: warnings %q", warnings)
			}
		})
	}
}

func TestCacheUnreadable(t *testing.T) {
	path := t.TempDir() // a directory, not a file
	if _, _, err := OpenCache(path, "v1"); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("OpenCache(directory) = %v, want an error naming %s", err, path)
	}
}

func flip(b []byte, i int) []byte {
	b = bytes.Clone(b)
	b[i] ^= 0x55
	return b
}

// TestCacheSaveKeepsStoredPayloads: the entries of an opened cache are read
// from its file; saving it with one entry put copies the others' payloads
// from the old file, and the entries read before and after are the same.
func TestCacheSaveKeepsStoredPayloads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "extract.cache")
	c, _ := openCache(t, path, "v1")
	want := map[string]Entry{}
	for i := range 50 {
		e := Entry{Size: int64(i), ModTime: int64(2 * i), Hash: fmt.Sprint("h", i), Payload: strings.Repeat(fmt.Sprint(i, ";"), 100*i)}
		want[fmt.Sprint("doc", i)] = e
		c.Put(fmt.Sprint("doc", i), e)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	c, _ = openCache(t, path, "v1")
	want["doc7"] = Entry{Size: 7, Hash: "new", Payload: "new payload"}
	c.Put("doc7", want["doc7"])
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	for _, reopen := range []bool{false, true} {
		if reopen {
			if err := c.Close(); err != nil {
				t.Fatal(err)
			}
			c, _ = openCache(t, path, "v1")
		}
		got := map[string]Entry{}
		for doc := range want {
			if e, ok := c.Get(doc); ok {
				got[doc] = e
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("reopened %v: entries (-want +got):\n%s", reopen, diff)
		}
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestCachePutKeepsPayloadsOnDisk checks that the payloads put are written
// to the scratch file instead of being held in memory, read back from there
// and saved from there, and that Close removes the scratch file.
func TestCachePutKeepsPayloadsOnDisk(t *testing.T) {
	path := filepath.Join(t.TempDir(), "extract.cache")
	c, _ := openCache(t, path, "v1")
	want := map[string]string{"a": "payload a", "b": strings.Repeat("b", 5000), "c": ""}
	for doc, p := range want {
		c.Put(doc, Entry{Hash: "h" + doc, Payload: p})
	}
	for doc, p := range want {
		if e := c.entries[doc]; p != "" && (!e.put || e.Payload != "") {
			t.Errorf("%s: put %v, %d bytes in memory; want the payload in the scratch file", doc, e.put, len(e.Payload))
		}
		if e, ok := c.Get(doc); !ok || e.Payload != p || e.Hash != "h"+doc {
			t.Errorf("Get(%s) = %+v, %v", doc, e, ok)
		}
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	// Put again, unchanged: nothing to save.
	c.Put("a", Entry{Hash: "ha", Payload: "payload a"})
	if c.dirty {
		t.Error("an unchanged payload put again made the cache dirty")
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".put"); !os.IsNotExist(err) {
		t.Errorf("the scratch file is left: %v", err)
	}
	c, _ = openCache(t, path, "v1")
	defer c.Close()
	for doc, p := range want {
		if e, ok := c.Get(doc); !ok || e.Payload != p {
			t.Errorf("after Save, Get(%s) = %q, %v; want %q", doc, e.Payload, ok, p)
		}
	}
}

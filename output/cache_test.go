package output

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"maps"
	"os"
	"path/filepath"
	"slices"
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
	n := int(binary.BigEndian.Uint32(data[len(cacheMagic):]))
	header, payloads := data[len(cacheMagic)+batchHead:len(cacheMagic)+batchHead+n], data[len(cacheMagic)+batchHead+n:]
	// resum replaces the batch's header by header and its checksum, so
	// that only the decoder can object.
	resum := func(header []byte) []byte {
		b := []byte(cacheMagic)
		b = binary.BigEndian.AppendUint32(b, uint32(len(header)))
		b = binary.BigEndian.AppendUint32(b, crc32.Checksum(header, castagnoli))
		return append(append(b, header...), payloads...)
	}

	tests := []struct {
		name    string
		data    []byte
		version string
		want    string
	}{
		{name: "empty file", data: nil, want: "is corrupt (truncated); rebuilding it"},
		{name: "truncated magic", data: data[:5], want: "is corrupt (truncated)"},
		{name: "magic only", data: data[:len(cacheMagic)], want: "is corrupt (truncated)"},
		{name: "truncated", data: data[:len(data)/2], want: "is corrupt (unexpected end of data)"},
		{name: "flipped byte", data: flip(data, 40), want: "is corrupt (checksum mismatch)"},
		{name: "flipped checksum", data: flip(data, len(cacheMagic)+5), want: "is corrupt (checksum mismatch)"},
		{name: "wrong magic", data: flip(data, 0), want: "is corrupt (bad magic)"},
		{name: "older format", data: append([]byte(cacheMagic[:len(cacheMagic)-1]+"\x02"), data[len(cacheMagic):]...), want: "is corrupt (file format 2, this program reads format 3)"},
		{name: "trailing bytes", data: resum(append(bytes.Clone(header), 1, 2, 3)),
			want: "is corrupt (decode: 3 bytes after the last entry)"},
		{name: "entry cut short", data: resum(header[:len(header)-2]),
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

// saveCache opens the cache at path, puts the entries of put, drops the
// docs of drop, saves and closes it, and returns the file's size.
func saveCache(t *testing.T, path string, put map[string]Entry, drop ...string) int64 {
	t.Helper()
	c, _ := openCache(t, path, "v1")
	for doc, e := range put {
		c.Put(doc, e)
	}
	c.Retain(func(doc string) bool { return !slices.Contains(drop, doc) })
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// readAll opens the cache at path and returns its entries and warnings.
func readAll(t *testing.T, path string) (map[string]Entry, []string) {
	t.Helper()
	c, warnings := openCache(t, path, "v1")
	defer c.Close()
	got := map[string]Entry{}
	for doc := range c.entries {
		e, ok := c.Get(doc)
		if !ok {
			t.Errorf("Get(%s) failed", doc)
		}
		got[doc] = e
	}
	return got, warnings
}

func payloadOf(i, size int) string { return strings.Repeat(fmt.Sprint(i, ";"), size)[:size] }

// TestCacheAppends: a Save after a few changes appends them to the file
// (the same inode, grown by about their payloads) and the file reads back
// as the entries saved; once the payloads out of use outweigh those in use,
// Save writes a new file of the entries in use only.
func TestCacheAppends(t *testing.T) {
	path := filepath.Join(t.TempDir(), "extract.cache")
	want := map[string]Entry{}
	for i := range 20 {
		want[fmt.Sprint("doc", i)] = Entry{Size: int64(i), ModTime: int64(3 * i), Hash: fmt.Sprint("h", i), Payload: payloadOf(i, 1000)}
	}
	size := saveCache(t, path, want)
	inode, _ := stat(t, path)

	// One entry added, one changed, one dropped.
	change := map[string]Entry{
		"doc3":  {Size: 3, ModTime: 4, Hash: "new", Payload: payloadOf(33, 1000)},
		"doc20": {Size: 20, Hash: "h20", Payload: payloadOf(20, 1000)},
	}
	grown := saveCache(t, path, change, "doc5")
	maps.Copy(want, change)
	delete(want, "doc5")
	if got, _ := stat(t, path); got != inode {
		t.Errorf("Save rewrote the file for three changes")
	}
	if grown-size < 2000 || grown-size > 2200 {
		t.Errorf("the file grew by %d bytes for two payloads of 1,000", grown-size)
	}
	got, warnings := readAll(t, path)
	if len(warnings) != 0 {
		t.Errorf("warnings %q", warnings)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after an append (-want +got):\n%s", diff)
	}

	// Changing every entry twice more leaves more out of use than in use.
	for round := range 2 {
		change := map[string]Entry{}
		for doc, e := range want {
			e.Payload = payloadOf(round, 1000)
			change[doc] = e
		}
		size = saveCache(t, path, change)
		maps.Copy(want, change)
	}
	if size > 20*1000+1000 {
		t.Errorf("Save kept appending: the file holds %d bytes for 20,000 bytes of payloads", size)
	}
	if got, _ := readAll(t, path); !cmp.Equal(want, got) {
		t.Errorf("after a rewrite (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// TestCacheTornAppend cuts an appended batch short at every length, as a
// crash would, and adds garbage after a whole file: the cache reads as the
// batches before, with a warning, and the next Save writes over the rest.
func TestCacheTornAppend(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "extract.cache")
	before := map[string]Entry{}
	for i := range 5 {
		before[fmt.Sprint("doc", i)] = Entry{Size: int64(i), Hash: fmt.Sprint("h", i), Payload: payloadOf(i, 200)}
	}
	end := saveCache(t, path, before)
	saveCache(t, path, map[string]Entry{"doc1": {Hash: "new", Payload: "changed"}, "doc9": {Hash: "h9", Payload: "added"}}, "doc2")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(data)) <= end {
		t.Fatalf("the second Save wrote a new file of %d bytes, the first %d", len(data), end)
	}
	cases := map[string][]byte{"zeros after": append(bytes.Clone(data[:end]), make([]byte, 100)...)}
	for n := end + 1; n < int64(len(data)); n++ {
		cases[fmt.Sprint("cut at ", n)] = data[:n]
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			got, warnings := readAll(t, path)
			if len(warnings) != 1 || !strings.Contains(warnings[0], "its last save did not complete") {
				t.Errorf("warnings = %q, want one saying the last save did not complete", warnings)
			}
			if diff := cmp.Diff(before, got); diff != "" {
				t.Errorf("entries (-want +got):\n%s", diff)
			}
			after := map[string]Entry{"doc7": {Hash: "h7", Payload: "after"}}
			saveCache(t, path, after)
			maps.Copy(before, after)
			got, warnings = readAll(t, path)
			if len(warnings) != 0 {
				t.Errorf("after Save: warnings %q", warnings)
			}
			if diff := cmp.Diff(before, got); diff != "" {
				t.Errorf("after Save: entries (-want +got):\n%s", diff)
			}
			delete(before, "doc7")
		})
	}
}

// TestCacheDamagedPayload: a payload whose bytes changed on disk is a
// missing entry; the others read as they were.
func TestCacheDamagedPayload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "extract.cache")
	saveCache(t, path, map[string]Entry{"a": {Hash: "ha", Payload: "payload a"}, "b": {Hash: "hb", Payload: "payload b"}})
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(data, []byte("payload b"))
	if err := os.WriteFile(path, flip(data, at+3), 0o644); err != nil {
		t.Fatal(err)
	}
	c, warnings := openCache(t, path, "v1")
	defer c.Close()
	if len(warnings) != 0 {
		t.Errorf("warnings %q", warnings)
	}
	if e, ok := c.Get("a"); !ok || e.Payload != "payload a" {
		t.Errorf("Get(a) = %q, %v", e.Payload, ok)
	}
	if e, ok := c.Get("b"); ok {
		t.Errorf("Get(b) = %q, true; want a damaged payload missing", e.Payload)
	}
}

package output

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// cacheMagic starts every cache file; its last byte is the format version.
const cacheMagic = "USXCACH\x02"

// castagnoli is the CRC-32C table: the checksum that detects a damaged
// cache file. It runs at memory speed (the cache of 100,000 articles is
// about 700 MB); the cache guards against accidents, not tampering.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sumSize is the size of the checksum at the end of a cache file.
const sumSize = crc32.Size

// Cache remembers, per article, what extraction produced, so that an
// unchanged article is not extracted again. It is safe for concurrent use.
//
// On disk a cache is the magic string, then the body, then the CRC-32C of
// the body (big-endian). The body is the extractor version and the entry count, then for
// each entry in Doc order: Doc, Size, ModTime, Hash, Payload. Strings and
// payloads are a uvarint length and the bytes; Size and ModTime are varints.
type Cache struct {
	path, version string

	mu      sync.Mutex
	entries map[string]Entry
	dirty   bool // entries differ from the file
}

// Entry is what the cache knows of one article.
type Entry struct {
	Size    int64  // of the article's source file
	ModTime int64  // of the source file, as the caller measures it (e.g. Unix nanoseconds)
	Hash    string // of the article's content
	// Payload is the extraction result, encoded by the caller. A string, so
	// that the caller may decode it into substrings that share its memory.
	Payload string
}

// OpenCache loads the cache at path, written for the extractor version.
// A missing file gives an empty cache. A corrupt file, or one written by
// another extractor version, also gives an empty cache, and a warning saying
// so; its content is never used. Other read errors are returned.
func OpenCache(path, version string) (*Cache, []string, error) {
	c := &Cache{path: path, version: version, entries: map[string]Entry{}, dirty: true}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read cache: %w", err)
	}
	fileVersion, entries, err := decodeCache(data, version)
	switch {
	case err != nil:
		return c, []string{fmt.Sprintf("cache %s is corrupt (%v); rebuilding it", path, err)}, nil
	case fileVersion != version:
		return c, []string{fmt.Sprintf("cache %s was written by extractor version %q, this is %q; rebuilding it", path, fileVersion, version)}, nil
	}
	c.entries, c.dirty = entries, false
	return c, nil, nil
}

// decodeCache checks and decodes a cache file. It returns the file's
// extractor version, and its entries only if that version is want.
func decodeCache(data []byte, want string) (string, map[string]Entry, error) {
	if !bytes.HasPrefix(data, []byte(cacheMagic)) {
		base := cacheMagic[:len(cacheMagic)-1]
		switch {
		case len(data) < len(cacheMagic) && bytes.HasPrefix([]byte(cacheMagic), data):
			return "", nil, errors.New("truncated")
		case len(data) >= len(cacheMagic) && bytes.HasPrefix(data, []byte(base)):
			return "", nil, fmt.Errorf("file format %d, this program reads format %d", data[len(base)], cacheMagic[len(base)])
		}
		return "", nil, errors.New("bad magic")
	}
	if len(data) < len(cacheMagic)+sumSize {
		return "", nil, errors.New("truncated")
	}
	body := data[len(cacheMagic) : len(data)-sumSize]
	if crc32.Checksum(body, castagnoli) != binary.BigEndian.Uint32(data[len(data)-sumSize:]) {
		return "", nil, errors.New("checksum mismatch")
	}
	d := decoder{buf: body}
	version := string(d.bytes())
	n := d.uvarint()
	if d.err != nil || version != want {
		return version, nil, d.err
	}
	entries := make(map[string]Entry, min(n, uint64(len(body))))
	for i := uint64(0); i < n && d.err == nil; i++ {
		doc := string(d.bytes())
		var e Entry
		e.Size = d.varint()
		e.ModTime = d.varint()
		e.Hash = string(d.bytes())
		e.Payload = string(d.bytes())
		entries[doc] = e
	}
	if d.err == nil && len(d.buf) > 0 {
		d.err = fmt.Errorf("%d bytes after the last entry", len(d.buf))
	}
	if d.err != nil {
		return version, nil, fmt.Errorf("decode: %w", d.err)
	}
	return version, entries, nil
}

// decoder reads the body of a cache file; after the first error it returns
// zero values and keeps the error.
type decoder struct {
	buf []byte
	err error
}

var errTruncated = errors.New("unexpected end of data")

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.err = errTruncated
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.buf)
	if n <= 0 {
		d.err = errTruncated
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

// bytes returns a length-prefixed slice of the buffer, capped so that
// appending to it cannot overwrite what follows.
func (d *decoder) bytes() []byte {
	n := d.uvarint()
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.buf)) {
		d.err = errTruncated
		return nil
	}
	b := d.buf[:n:n]
	d.buf = d.buf[n:]
	return b
}

// Get returns the entry for doc.
func (c *Cache) Get(doc string) (Entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[doc]
	return e, ok
}

// Put sets the entry for doc.
func (c *Cache) Put(doc string, e Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.entries[doc]; ok && old.Size == e.Size && old.ModTime == e.ModTime &&
		old.Hash == e.Hash && old.Payload == e.Payload {
		return
	}
	c.entries[doc] = e
	c.dirty = true
}

// Retain drops every entry whose doc keep rejects, such as articles no
// longer in the corpus, and returns how many it dropped.
func (c *Cache) Retain(keep func(doc string) bool) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.entries)
	maps.DeleteFunc(c.entries, func(doc string, _ Entry) bool { return !keep(doc) })
	n -= len(c.entries)
	if n > 0 {
		c.dirty = true
	}
	return n
}

// Save writes the cache to its file if it changed since it was loaded or
// saved. The file is replaced atomically: a crash leaves the old one or the
// new one, and a stale path.tmp that the next Save overwrites.
func (c *Cache) Save() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dirty {
		return nil
	}
	if err := c.write(); err != nil {
		return fmt.Errorf("save cache: %w", err)
	}
	c.dirty = false
	return nil
}

func (c *Cache) write() (err error) {
	dir := filepath.Dir(c.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp := c.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.WriteString(cacheMagic); err != nil {
		return err
	}
	h := crc32.New(castagnoli)
	w := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<20)
	var num [binary.MaxVarintLen64]byte
	putString := func(s string) {
		w.Write(num[:binary.PutUvarint(num[:], uint64(len(s)))])
		w.WriteString(s)
	}
	putString(c.version)
	w.Write(num[:binary.PutUvarint(num[:], uint64(len(c.entries)))])
	for _, doc := range slices.Sorted(maps.Keys(c.entries)) {
		e := c.entries[doc]
		putString(doc)
		w.Write(num[:binary.PutVarint(num[:], e.Size)])
		w.Write(num[:binary.PutVarint(num[:], e.ModTime)])
		putString(e.Hash)
		w.Write(num[:binary.PutUvarint(num[:], uint64(len(e.Payload)))])
		w.WriteString(e.Payload)
	}
	if err := w.Flush(); err != nil { // a bufio.Writer keeps its first error
		return err
	}
	if _, err := f.Write(h.Sum(nil)); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, c.path); err != nil {
		return err
	}
	return syncDir(dir)
}

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
	"unsafe"
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
// It holds the file's index in memory, not its payloads: Get reads an
// entry's payload from the file, which stays open until Close, and Save
// copies the payloads of the entries not put since from the old file to the
// new one. Put writes a payload to a scratch file beside the cache
// (path.put, removed by Close) and Save copies it from there: a cache of
// 100,000 articles is about 400 MB of payloads, which the build then never
// holds all at once, even when it extracts every article.
//
// On disk a cache is the magic string, then the body, then the CRC-32C of
// the body (big-endian). The body is the extractor version and the entry count, then for
// each entry in Doc order: Doc, Size, ModTime, Hash, Payload. Strings and
// payloads are a uvarint length and the bytes; Size and ModTime are varints.
type Cache struct {
	path, version string

	mu      sync.Mutex
	file    *os.File // the file opened, where the stored entries' payloads are; nil if none
	entries map[string]entry
	dirty   bool // entries differ from the file

	put    *os.File // the scratch file of the payloads put; nil until the first Put
	putEnd int64    // its size
	putErr bool     // the scratch file could not be made: payloads put stay in memory
}

// entry is an Entry whose payload is either in memory (put since the file
// was opened, when the scratch file cannot be written), at [at, at+n) in
// the file (stored) or at [at, at+n) in the scratch file (put).
type entry struct {
	Entry
	stored, put bool
	at, n       int64
}

// source is the file that holds e's payload, nil when it is in memory.
func (c *Cache) source(e entry) *os.File {
	switch {
	case e.stored:
		return c.file
	case e.put:
		return c.put
	}
	return nil
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

// OpenCache loads the index of the cache at path, written for the
// extractor version; the file stays open for the payloads (see Close). A
// missing file gives an empty cache. A corrupt file, or one written by
// another extractor version, also gives an empty cache, and a warning
// saying so; its content is never used. Other read errors are returned.
func OpenCache(path, version string) (*Cache, []string, error) {
	c := &Cache{path: path, version: version, entries: map[string]entry{}, dirty: true}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read cache: %w", err)
	}
	fileVersion, entries, err := indexCache(f, version)
	var pathErr *fs.PathError
	switch {
	case errors.As(err, &pathErr):
		f.Close()
		return nil, nil, fmt.Errorf("read cache: %w", err)
	case err != nil:
		f.Close()
		return c, []string{fmt.Sprintf("cache %s is corrupt (%v); rebuilding it", path, err)}, nil
	case fileVersion != version:
		f.Close()
		return c, []string{fmt.Sprintf("cache %s was written by extractor version %q, this is %q; rebuilding it", path, fileVersion, version)}, nil
	}
	c.file, c.entries, c.dirty = f, entries, false
	return c, nil, nil
}

// indexCache checks a cache file, reading it once, and indexes it. It
// returns the file's extractor version, and its entries only if that
// version is want. An error reading the file is an *fs.PathError; any
// other error says what is wrong with its content.
func indexCache(f *os.File, want string) (string, map[string]entry, error) {
	info, err := f.Stat()
	if err != nil {
		return "", nil, err
	}
	size := info.Size()
	if info.IsDir() {
		return "", nil, &fs.PathError{Op: "read", Path: f.Name(), Err: errors.New("is a directory")}
	}
	head := make([]byte, min(size, int64(len(cacheMagic))))
	if _, err := f.ReadAt(head, 0); err != nil {
		return "", nil, err
	}
	if !bytes.Equal(head, []byte(cacheMagic)) {
		base := cacheMagic[:len(cacheMagic)-1]
		switch {
		case len(head) < len(cacheMagic) && bytes.HasPrefix([]byte(cacheMagic), head):
			return "", nil, errors.New("truncated")
		case len(head) == len(cacheMagic) && bytes.HasPrefix(head, []byte(base)):
			return "", nil, fmt.Errorf("file format %d, this program reads format %d", head[len(base)], cacheMagic[len(base)])
		}
		return "", nil, errors.New("bad magic")
	}
	if size < int64(len(cacheMagic)+sumSize) {
		return "", nil, errors.New("truncated")
	}
	var sum [sumSize]byte
	if _, err := f.ReadAt(sum[:], size-sumSize); err != nil {
		return "", nil, err
	}
	h := crc32.New(castagnoli)
	body := io.NewSectionReader(f, int64(len(cacheMagic)), size-sumSize-int64(len(cacheMagic)))
	d := &indexReader{r: bufio.NewReaderSize(io.TeeReader(body, h), 1<<20), off: int64(len(cacheMagic)), end: size - sumSize}
	version, entries := d.read(want)
	// The checksum covers the whole body: read what the index did not.
	if _, err := io.Copy(io.Discard, d.r); err != nil {
		return "", nil, err
	}
	if d.ioErr != nil {
		return "", nil, d.ioErr
	}
	if h.Sum32() != binary.BigEndian.Uint32(sum[:]) {
		return "", nil, errors.New("checksum mismatch")
	}
	if d.err != nil {
		return version, nil, fmt.Errorf("decode: %w", d.err)
	}
	return version, entries, nil
}

// indexReader reads a cache file's body: the version, the entry count, and
// each entry's fields but its payload, which it skips, noting where it is.
// After the first error it reads nothing and keeps the error: ioErr for
// the file's, err for the content's.
type indexReader struct {
	r        *bufio.Reader
	off, end int64 // the file offset of the next byte, and of the body's end
	err      error
	ioErr    error
}

var errTruncated = errors.New("unexpected end of data")

// read reads the version and, if it is want, the entries.
func (d *indexReader) read(want string) (string, map[string]entry) {
	version := string(d.bytes(nil))
	n := d.uvarint()
	if d.err != nil || version != want {
		return version, nil
	}
	entries := make(map[string]entry, min(n, uint64(d.end-d.off)))
	var buf []byte
	for i := uint64(0); i < n && d.err == nil; i++ {
		buf = d.bytes(buf[:0])
		doc := string(buf)
		var e entry
		e.Size = d.varint()
		e.ModTime = d.varint()
		e.Hash = string(d.bytes(buf[:0]))
		e.stored, e.n = true, int64(d.uvarint())
		e.at = d.off
		d.skip(e.n)
		entries[doc] = e
	}
	if d.err == nil && d.off < d.end {
		d.err = fmt.Errorf("%d bytes after the last entry", d.end-d.off)
	}
	if d.err != nil {
		return version, nil
	}
	return version, entries
}

func (d *indexReader) fail(err error) {
	if d.err != nil {
		return
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		d.err = errTruncated
		return
	}
	d.ioErr, d.err = err, err
}

func (d *indexReader) ReadByte() (byte, error) {
	b, err := d.r.ReadByte()
	if err == nil {
		d.off++
	}
	return b, err
}

func (d *indexReader) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d)
	if err != nil {
		d.fail(err)
		return 0
	}
	return v
}

func (d *indexReader) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d)
	if err != nil {
		d.fail(err)
		return 0
	}
	return v
}

// bytes appends a length-prefixed string of the body to buf.
func (d *indexReader) bytes(buf []byte) []byte {
	n := d.uvarint()
	if d.err != nil {
		return buf
	}
	if n > uint64(d.end-d.off) {
		d.err = errTruncated
		return buf
	}
	buf = slices.Grow(buf, int(n))[:len(buf)+int(n)]
	if _, err := io.ReadFull(d.r, buf[len(buf)-int(n):]); err != nil {
		d.fail(err)
	}
	d.off += int64(n)
	return buf
}

// skip passes n bytes of the body.
func (d *indexReader) skip(n int64) {
	if d.err != nil {
		return
	}
	if n > d.end-d.off {
		d.err = errTruncated
		return
	}
	if _, err := d.r.Discard(int(n)); err != nil {
		d.fail(err)
	}
	d.off += n
}

// Get returns the entry for doc, its payload read from the file if it was
// not put since the file was opened. A payload that cannot be read is a
// missing entry: the caller extracts the article again.
func (c *Cache) Get(doc string) (Entry, bool) {
	c.mu.Lock()
	e, ok := c.entries[doc]
	c.mu.Unlock()
	if !ok || c.source(e) == nil {
		return e.Entry, ok
	}
	p, err := c.payload(e)
	if err != nil {
		return Entry{}, false
	}
	e.Payload = p
	return e.Entry, true
}

// GetIf is Get of an entry whose Hash is hash: another entry's payload
// is not read.
func (c *Cache) GetIf(doc, hash string) (Entry, bool) {
	c.mu.Lock()
	e, ok := c.entries[doc]
	c.mu.Unlock()
	if !ok || e.Hash != hash {
		return Entry{}, false
	}
	return c.Get(doc)
}

// payload reads a stored entry's payload.
func (c *Cache) payload(e entry) (string, error) {
	b := make([]byte, e.n)
	if _, err := c.source(e).ReadAt(b, e.at); err != nil {
		return "", err
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), nil // b is not written again
}

// Put sets the entry for doc. Its payload is written to the scratch file,
// not kept in memory, unless that file cannot be written.
func (c *Cache) Put(doc string, e Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.entries[doc]; ok && old.Size == e.Size && old.ModTime == e.ModTime && old.Hash == e.Hash {
		if c.source(old) == nil && old.Payload == e.Payload {
			return
		}
		if c.source(old) != nil && old.n == int64(len(e.Payload)) {
			if p, err := c.payload(old); err == nil && p == e.Payload {
				return
			}
		}
	}
	c.entries[doc] = c.putPayload(e)
	c.dirty = true
}

// putPayload writes e's payload at the end of the scratch file, making it
// first; e as it is when that fails. c.mu is held.
func (c *Cache) putPayload(e Entry) entry {
	if e.Payload == "" || c.putErr {
		return entry{Entry: e}
	}
	if c.put == nil {
		err := os.MkdirAll(filepath.Dir(c.path), 0o755)
		if err == nil {
			c.put, err = os.OpenFile(c.path+".put", os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
		}
		if err != nil {
			c.putErr = true
			return entry{Entry: e}
		}
	}
	n, err := c.put.WriteAt(unsafe.Slice(unsafe.StringData(e.Payload), len(e.Payload)), c.putEnd)
	if err != nil || n != len(e.Payload) {
		return entry{Entry: e}
	}
	at := c.putEnd
	c.putEnd += int64(n)
	payload := e.Payload
	e.Payload = ""
	return entry{Entry: e, put: true, at: at, n: int64(len(payload))}
}

// Close closes the cache's file. The cache must not be used after.
func (c *Cache) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var err error
	if c.put != nil {
		err = c.put.Close()
		if rm := os.Remove(c.put.Name()); err == nil {
			err = rm
		}
		c.put = nil
	}
	if c.file == nil {
		return err
	}
	if cerr := c.file.Close(); err == nil {
		err = cerr
	}
	c.file = nil
	return err
}

// Retain drops every entry whose doc keep rejects, such as articles no
// longer in the corpus, and returns how many it dropped.
func (c *Cache) Retain(keep func(doc string) bool) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.entries)
	maps.DeleteFunc(c.entries, func(doc string, _ entry) bool { return !keep(doc) })
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
		src := c.source(e)
		if src == nil {
			putString(e.Payload)
			continue
		}
		w.Write(num[:binary.PutUvarint(num[:], uint64(e.n))])
		if _, err := w.ReadFrom(io.NewSectionReader(src, e.at, e.n)); err != nil {
			return fmt.Errorf("copy %s's entry from the old cache: %w", doc, err)
		}
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

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
const cacheMagic = "USXCACH\x03"

// castagnoli is the CRC-32C table: the checksum that detects a damaged
// cache file. It runs at memory speed (the cache of 100,000 articles is
// about 700 MB); the cache guards against accidents, not tampering.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// batchHead is the size of what starts a batch: its header's length and
// the header's CRC-32C, 4 bytes each, big-endian.
const batchHead = 8

// Cache remembers, per article, what extraction produced, so that an
// unchanged article is not extracted again. It is safe for concurrent use.
// It holds the file's index in memory, not its payloads: Get reads an
// entry's payload from the file, which stays open until Close. Put writes a
// payload to a scratch file beside the cache (path.put, removed by Close)
// and Save copies it from there: a cache of 100,000 articles is about 500
// MB of payloads, which the build then never holds all at once, even when
// it extracts every article.
//
// On disk a cache is the magic string, then batches, each written by one
// Save. A batch is its header's length and CRC-32C (big-endian, 4 bytes
// each), the header, then the payloads of its entries in the header's
// order. The header is the extractor version, the docs removed since the
// batch before (count, then each), and the entries put since (count, then
// for each in Doc order: Doc, Size, ModTime, Hash, the payload's length and
// its CRC-32C, big-endian). Strings are a uvarint length and the bytes;
// Size and ModTime are varints. A later batch's entry replaces an earlier
// one's. Save appends a batch with what changed (an article added costs its
// payload, not a copy of the file), unless the payloads no longer in use
// would then outweigh those in use: then it writes every entry as one batch
// to a new file, which replaces the old one atomically. An append cut short
// by a crash fails its header's checksum or ends past the file: the cache
// is then what the batches before it say, and the next Save writes over it.
// A payload is checked against its checksum when Get reads it.
type Cache struct {
	path, version string

	mu      sync.Mutex
	file    *os.File // the file opened, where the stored entries' payloads are; nil if none
	end     int64    // where the file's last complete batch ends
	entries map[string]entry
	gone    map[string]bool // docs dropped since the file was read or saved
	dirty   bool            // entries differ from the file
	retired []*os.File      // files a Save replaced, closed by Close

	put    *os.File // the scratch file of the payloads put; nil until the first Put
	putEnd int64    // its size
	putErr bool     // the scratch file could not be made: payloads put stay in memory
}

// entry is an Entry whose payload is either in memory (put since the file
// was opened, when the scratch file cannot be written), at [at, at+n) in
// the file (stored) or at [at, at+n) in the scratch file (put); sum is the
// payload's CRC-32C.
type entry struct {
	Entry
	stored, put bool
	at, n       int64
	sum         uint32
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
// saying so; its content is never used. A last batch cut short gives the
// cache the batches before it say, and a warning. Other read errors are
// returned.
func OpenCache(path, version string) (*Cache, []string, error) {
	c := &Cache{path: path, version: version, entries: map[string]entry{}, gone: map[string]bool{}, dirty: true}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read cache: %w", err)
	}
	x, err := indexCache(f, version)
	var pathErr *fs.PathError
	switch {
	case errors.As(err, &pathErr):
		f.Close()
		return nil, nil, fmt.Errorf("read cache: %w", err)
	case err != nil:
		f.Close()
		return c, []string{fmt.Sprintf("cache %s is corrupt (%v); rebuilding it", path, err)}, nil
	case x.version != version:
		f.Close()
		return c, []string{fmt.Sprintf("cache %s was written by extractor version %q, this is %q; rebuilding it", path, x.version, version)}, nil
	}
	c.file, c.entries, c.end, c.dirty = f, x.entries, x.end, x.torn != nil
	if x.torn != nil {
		return c, []string{fmt.Sprintf("cache %s: its last save did not complete (%v); the entries it added are made again", path, x.torn)}, nil
	}
	return c, nil, nil
}

// cacheIndex is what indexCache finds in a cache file.
type cacheIndex struct {
	version string           // the first batch's
	entries map[string]entry // nil unless version is the one wanted
	end     int64            // where the last complete batch ends
	torn    error            // what is wrong with the batch at end, if the file goes on
}

// indexCache reads a cache file's batches' headers and indexes the
// entries, if the file's version is want. A first batch that is not
// whole is an error; a later one ends the index (x.torn), which is what
// the batches before it say. An error reading
// the file is an *fs.PathError; any other error says what is wrong with
// its content.
func indexCache(f *os.File, want string) (cacheIndex, error) {
	var x cacheIndex
	info, err := f.Stat()
	if err != nil {
		return x, err
	}
	size := info.Size()
	if info.IsDir() {
		return x, &fs.PathError{Op: "read", Path: f.Name(), Err: errors.New("is a directory")}
	}
	head := make([]byte, min(size, int64(len(cacheMagic))))
	if _, err := f.ReadAt(head, 0); err != nil {
		return x, err
	}
	if !bytes.Equal(head, []byte(cacheMagic)) {
		base := cacheMagic[:len(cacheMagic)-1]
		switch {
		case len(head) < len(cacheMagic) && bytes.HasPrefix([]byte(cacheMagic), head):
			return x, errors.New("truncated")
		case len(head) == len(cacheMagic) && bytes.HasPrefix(head, []byte(base)):
			return x, fmt.Errorf("file format %d, this program reads format %d", head[len(base)], cacheMagic[len(base)])
		}
		return x, errors.New("bad magic")
	}
	x.end = int64(len(cacheMagic))
	if size == x.end {
		return x, errors.New("truncated")
	}
	x.entries = map[string]entry{}
	for x.end < size {
		b, err := readBatch(f, x.end, size)
		var pathErr *fs.PathError
		first := x.end == int64(len(cacheMagic))
		switch {
		case errors.As(err, &pathErr):
			return x, err
		case err != nil && first:
			return x, err
		case err == nil && first:
			x.version = b.version
			if b.version != want {
				return cacheIndex{version: b.version}, nil
			}
		case err == nil && b.version != x.version:
			err = fmt.Errorf("a batch of extractor version %q", b.version)
		}
		if err != nil {
			x.torn = err
			break
		}
		for _, doc := range b.gone {
			delete(x.entries, doc)
		}
		for i, doc := range b.docs {
			x.entries[doc] = b.entries[i]
		}
		x.end = b.end
	}
	return x, nil
}

// batch is what a batch's header says: the docs removed, the entries of
// docs put, and where the batch ends.
type batch struct {
	version    string
	gone, docs []string
	entries    []entry
	end        int64
}

// readBatch reads the header of the batch at offset at of a file of size
// bytes.
func readBatch(f *os.File, at, size int64) (batch, error) {
	var b batch
	if size-at < batchHead {
		return b, errTruncated
	}
	var head [batchHead]byte
	if _, err := f.ReadAt(head[:], at); err != nil {
		return b, err
	}
	n := int64(binary.BigEndian.Uint32(head[:4]))
	if n > size-at-batchHead {
		return b, errTruncated
	}
	header := make([]byte, n)
	if _, err := f.ReadAt(header, at+batchHead); err != nil {
		return b, err
	}
	if crc32.Checksum(header, castagnoli) != binary.BigEndian.Uint32(head[4:]) {
		return b, errors.New("checksum mismatch")
	}
	d := &headerReader{b: header}
	b.version = d.str()
	b.gone = make([]string, d.count())
	for i := range b.gone {
		b.gone[i] = d.str()
	}
	b.docs = make([]string, d.count())
	b.entries = make([]entry, len(b.docs))
	b.end = at + batchHead + n // where the next payload starts
	for i := range b.docs {
		b.docs[i] = d.str()
		e := &b.entries[i]
		e.Size = d.varint()
		e.ModTime = d.varint()
		e.Hash = d.str()
		e.n = int64(d.uvarint())
		e.sum = d.uint32()
		if d.err == nil && e.n > size-b.end {
			return b, errTruncated
		}
		e.stored, e.at = true, b.end
		b.end += e.n
	}
	if d.err == nil && len(d.b) > 0 {
		d.err = fmt.Errorf("%d bytes after the last entry", len(d.b))
	}
	if d.err != nil {
		return b, fmt.Errorf("decode: %w", d.err)
	}
	return b, nil
}

var errTruncated = errors.New("unexpected end of data")

// headerReader reads a batch's header, b being what is left of it. After
// the first error it reads nothing and keeps the error.
type headerReader struct {
	b   []byte
	err error
}

func (d *headerReader) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errTruncated
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *headerReader) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errTruncated
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a number of items to come, each at least one byte long.
func (d *headerReader) count() int {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.err = errTruncated
		return 0
	}
	return int(n)
}

func (d *headerReader) str() string {
	n := d.count()
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *headerReader) uint32() uint32 {
	if d.err == nil && len(d.b) < 4 {
		d.err = errTruncated
	}
	if d.err != nil {
		return 0
	}
	v := binary.BigEndian.Uint32(d.b)
	d.b = d.b[4:]
	return v
}

// Get returns the entry for doc, its payload read from the file if it was
// not put since the file was opened. A payload that cannot be read, or
// fails its checksum, is a missing entry: the caller extracts the article
// again.
func (c *Cache) Get(doc string) (Entry, bool) {
	c.mu.Lock()
	e, ok := c.entries[doc]
	src := c.source(e)
	c.mu.Unlock()
	if !ok || src == nil {
		return e.Entry, ok
	}
	p, err := payload(src, e)
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

// payload reads e's payload from src and checks it.
func payload(src *os.File, e entry) (string, error) {
	b := make([]byte, e.n)
	if _, err := src.ReadAt(b, e.at); err != nil {
		return "", err
	}
	if crc32.Checksum(b, castagnoli) != e.sum {
		return "", errors.New("checksum mismatch")
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), nil // b is not written again
}

// Put sets the entry for doc. Its payload is written to the scratch file,
// not kept in memory, unless that file cannot be written.
func (c *Cache) Put(doc string, e Entry) {
	sum := crc32.Checksum(unsafe.Slice(unsafe.StringData(e.Payload), len(e.Payload)), castagnoli)
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.entries[doc]; ok && old.Size == e.Size && old.ModTime == e.ModTime && old.Hash == e.Hash && old.sum == sum {
		if src := c.source(old); src == nil && old.Payload == e.Payload {
			return
		} else if src != nil && old.n == int64(len(e.Payload)) {
			if p, err := payload(src, old); err == nil && p == e.Payload {
				return
			}
		}
	}
	c.entries[doc] = c.putPayload(e, sum)
	c.dirty = true
}

// putPayload writes e's payload at the end of the scratch file, making it
// first; e as it is when that fails. c.mu is held.
func (c *Cache) putPayload(e Entry, sum uint32) entry {
	held := entry{Entry: e, n: int64(len(e.Payload)), sum: sum} // the payload kept in memory
	if e.Payload == "" || c.putErr {
		return held
	}
	if c.put == nil {
		err := os.MkdirAll(filepath.Dir(c.path), 0o755)
		if err == nil {
			c.put, err = os.OpenFile(c.path+".put", os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
		}
		if err != nil {
			c.putErr = true
			return held
		}
	}
	n, err := c.put.WriteAt(unsafe.Slice(unsafe.StringData(e.Payload), len(e.Payload)), c.putEnd)
	if err != nil || n != len(e.Payload) {
		return held
	}
	at := c.putEnd
	c.putEnd += int64(n)
	e.Payload = ""
	return entry{Entry: e, put: true, at: at, n: int64(n), sum: sum}
}

// Close closes the cache's files. The cache must not be used after.
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
	for _, f := range append(c.retired, c.file) {
		if f == nil {
			continue
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	c.file, c.retired = nil, nil
	return err
}

// Retain drops every entry whose doc keep rejects, such as articles no
// longer in the corpus, and returns how many it dropped.
func (c *Cache) Retain(keep func(doc string) bool) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.entries)
	maps.DeleteFunc(c.entries, func(doc string, _ entry) bool {
		if keep(doc) {
			return false
		}
		c.gone[doc] = true
		return true
	})
	n -= len(c.entries)
	if n > 0 {
		c.dirty = true
	}
	return n
}

// Save writes the cache to its file if it changed since it was loaded or
// saved: it appends a batch of what changed or, when there is no file yet
// or the file would then hold more payload bytes out of use than in use,
// replaces the file atomically by one of every entry. A crash leaves the
// old file, the old file and a last batch cut short (ignored when read), or
// the new file, and maybe a stale path.tmp that the next Save overwrites.
func (c *Cache) Save() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dirty {
		return nil
	}
	var err error
	if f := c.appendable(); f != nil {
		err = c.append(f)
	} else {
		err = c.compact()
	}
	if err != nil {
		return fmt.Errorf("save cache: %w", err)
	}
	c.dirty = false
	return nil
}

// appendable opens the cache's file for writing when Save should append to
// it: there is a file, it is still the one opened, and after the append
// its payloads in use would be at least half of its size. c.mu is held.
func (c *Cache) appendable() *os.File {
	if c.file == nil {
		return nil
	}
	var live, added int64
	for _, e := range c.entries {
		live += e.n
		if !e.stored {
			added += e.n
		}
	}
	if c.end+added-live > live {
		return nil
	}
	f, err := os.OpenFile(c.path, os.O_WRONLY, 0)
	if err != nil {
		return nil
	}
	now, err1 := f.Stat()
	opened, err2 := c.file.Stat()
	if err1 != nil || err2 != nil || !os.SameFile(now, opened) {
		f.Close()
		return nil
	}
	return f
}

// append writes, at the end of the file's last complete batch, a batch of
// the entries not stored in it and of the docs dropped, then points those
// entries at it. c.mu is held; f is the file, open for writing, closed
// here.
func (c *Cache) append(f *os.File) (err error) {
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	var docs []string
	for doc, e := range c.entries {
		if !e.stored {
			docs = append(docs, doc)
		}
	}
	slices.Sort(docs)
	gone := slices.Sorted(maps.Keys(c.gone))
	if err := f.Truncate(c.end); err != nil { // what a crashed append left
		return err
	}
	end, err := c.writeBatch(io.NewOffsetWriter(f, c.end), c.end, docs, gone)
	if err != nil {
		f.Truncate(c.end) // best effort: the batch's header fails its checksum anyway
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	c.end = end
	clear(c.gone)
	return nil
}

// compact writes every entry to a new file as one batch, renames it over
// the cache's file and points the entries at it. c.mu is held.
func (c *Cache) compact() (err error) {
	dir := filepath.Dir(c.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp := c.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
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
	at := int64(len(cacheMagic))
	docs := slices.Sorted(maps.Keys(c.entries))
	// writeBatch points the entries at f: keep the old ones until it is done.
	old := maps.Clone(c.entries)
	end, err := c.writeBatch(io.NewOffsetWriter(f, at), at, docs, nil)
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = os.Rename(tmp, c.path)
	}
	if err != nil {
		c.entries = old
		return err
	}
	if c.file != nil {
		c.retired = append(c.retired, c.file)
	}
	c.file, c.end = f, end
	clear(c.gone)
	return syncDir(dir)
}

// writeBatch writes to w, which writes at offset at of the cache's file
// (or of the file about to replace it), a batch of the entries of docs and
// the docs gone, and points those entries at it. It returns where the
// batch ends. c.mu is held.
func (c *Cache) writeBatch(w io.Writer, at int64, docs, gone []string) (int64, error) {
	var h []byte
	str := func(s string) {
		h = binary.AppendUvarint(h, uint64(len(s)))
		h = append(h, s...)
	}
	str(c.version)
	h = binary.AppendUvarint(h, uint64(len(gone)))
	for _, doc := range gone {
		str(doc)
	}
	h = binary.AppendUvarint(h, uint64(len(docs)))
	for _, doc := range docs {
		e := c.entries[doc]
		str(doc)
		h = binary.AppendVarint(h, e.Size)
		h = binary.AppendVarint(h, e.ModTime)
		str(e.Hash)
		h = binary.AppendUvarint(h, uint64(e.n))
		h = binary.BigEndian.AppendUint32(h, e.sum)
	}
	if len(h) > 1<<32-1 {
		return 0, errors.New("too many entries")
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var head [batchHead]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(h)))
	binary.BigEndian.PutUint32(head[4:], crc32.Checksum(h, castagnoli))
	bw.Write(head[:])
	bw.Write(h)
	end := at + batchHead + int64(len(h))
	moved := make([]entry, len(docs))
	for i, doc := range docs {
		e := c.entries[doc]
		if src := c.source(e); src == nil {
			bw.WriteString(e.Payload)
		} else if _, err := bw.ReadFrom(io.NewSectionReader(src, e.at, e.n)); err != nil {
			return 0, fmt.Errorf("copy %s's entry: %w", doc, err)
		}
		e.Payload, e.stored, e.put, e.at = "", true, false, end
		moved[i] = e
		end += e.n
	}
	if err := bw.Flush(); err != nil { // a bufio.Writer keeps its first error
		return 0, err
	}
	for i, doc := range docs {
		c.entries[doc] = moved[i]
	}
	return end, nil
}

package report

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"golang.org/x/sync/errgroup"

	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/output"
	"github.com/lddt/unionstats/report/internal/digest"
)

// The open data hold a line per record in the records' order, by Doc and
// Offset: an article's records are a run of lines, and a line is made of
// its record, its note and the program alone. When one article of many
// changes, the lines of the others are already in the files published
// before: OpenDataCached copies them from there, a run at a time, and
// encodes only the runs it does not find. A LineIndex, which the build
// keeps in its cache, says where each run of a published file is, under a
// key of what its lines are made of, and with the CRC-32C of its bytes:
// bytes that do not have it are not copied but encoded again, so that a
// published file damaged or changed since is never copied into the next.

// castagnoli is the CRC-32C table: it runs at memory speed, and guards
// against accidents (a damaged or edited file), not tampering.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// chunkRecords is about how many records one encoding task takes: a task
// takes whole runs.
const chunkRecords = 4096

// encodeFunc appends the lines of rs, the records from position first on
// (for messages), to b.
type encodeFunc func(b []byte, rs []extract.Record, first int) ([]byte, error)

// linePlan cuts the records into runs, the records of one Doc one after
// the other: run i is the records from ends[i-1] (0 for the first) to
// ends[i]. keys[i], when there are keys, digests what run i's lines are
// made of.
type linePlan struct {
	ends []int
	keys []runKey
}

type runKey = [sha256.Size]byte

// planLines cuts records into runs and, when keyed and cfg.Version is
// set, gives each its key: the program (which covers the files' layout),
// whether there are notes, and per record its digest (every field, see
// Config.Records) and, with notes, whether it was corrected and why —
// what a line shows. TestOpenDataLinesCoverEveryInput holds the keys to
// that.
func planLines(src *RecordSource, sums *digest.Records, cfg Config, keyed bool) *linePlan {
	p := &linePlan{}
	for i := 1; i < src.Len(); i++ {
		if src.Doc(i) != src.Doc(i-1) {
			p.ends = append(p.ends, i)
		}
	}
	if src.Len() > 0 {
		p.ends = append(p.ends, src.Len())
	}
	if !keyed || cfg.Version == "" {
		return p
	}
	c := cfg.Corrections
	notes := c != nil && len(c.Notes) > 0
	p.keys = make([]runKey, len(p.ends))
	var b []byte
	lo := 0
	for r, hi := range p.ends {
		b = appendKeyString(b[:0], cfg.Version)
		b = append(b, boolByte(notes))
		b = binary.AppendUvarint(b, uint64(hi-lo))
		for i := lo; i < hi; i++ {
			b = sums.AppendSum(b, i)
			if notes {
				n, ok := src.CorrectionNote(c, i)
				b = appendKeyString(append(b, boolByte(ok)), n.Why)
			}
		}
		p.keys[r] = sha256.Sum256(b)
		lo = hi
	}
	return p
}

func appendKeyString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// LineIndex says what an open-data file holds: the bytes before its lines
// (metrics.csv's header), then each run of lines in order with the key of
// what they are made of, their length and their CRC-32C.
type LineIndex struct {
	head int64
	runs []indexedRun
	size int64

	once sync.Once
	at   map[runKey]int // the first run of each key
}

type indexedRun struct {
	key runKey
	off int64
	n   int64
	crc uint32
}

// Size is the size of the file the index describes.
func (x *LineIndex) Size() int64 { return x.size }

// Runs is how many runs of lines the file holds.
func (x *LineIndex) Runs() int { return len(x.runs) }

// find gives the run of lines under key, if the file holds one.
func (x *LineIndex) find(key runKey) (indexedRun, bool) {
	x.once.Do(func() {
		x.at = make(map[runKey]int, len(x.runs))
		for i := len(x.runs) - 1; i >= 0; i-- {
			x.at[x.runs[i].key] = i
		}
	})
	i, ok := x.at[key]
	if !ok {
		return indexedRun{}, false
	}
	return x.runs[i], true
}

// lineIndexMagic starts an encoded LineIndex; its last byte is the
// format's version.
const lineIndexMagic = "USXLINE\x01"

// MarshalBinary encodes x: the magic, the head's length and the number of
// runs as uvarints, then each run's key, length (a uvarint) and CRC-32C
// (big-endian). The offsets follow from the lengths.
func (x *LineIndex) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, len(lineIndexMagic)+20+len(x.runs)*(sha256.Size+8))
	b = append(b, lineIndexMagic...)
	b = binary.AppendUvarint(b, uint64(x.head))
	b = binary.AppendUvarint(b, uint64(len(x.runs)))
	for _, r := range x.runs {
		b = append(b, r.key[:]...)
		b = binary.AppendUvarint(b, uint64(r.n))
		b = binary.BigEndian.AppendUint32(b, r.crc)
	}
	return b, nil
}

// errBadIndex is the error of an encoded LineIndex that does not decode.
var errBadIndex = errors.New("not a line index of this format")

// UnmarshalBinary decodes what MarshalBinary encoded; anything else is an
// error and leaves x as it was.
func (x *LineIndex) UnmarshalBinary(data []byte) error {
	b, ok := cutPrefix(data, lineIndexMagic)
	if !ok {
		return errBadIndex
	}
	uvarint := func() (int64, bool) {
		v, n := binary.Uvarint(b)
		if n <= 0 || v > 1<<62 {
			return 0, false
		}
		b = b[n:]
		return int64(v), true
	}
	head, ok1 := uvarint()
	count, ok2 := uvarint()
	if !ok1 || !ok2 || count > int64(len(b))/(sha256.Size+1+4) {
		return errBadIndex
	}
	runs := make([]indexedRun, count)
	off := head
	for i := range runs {
		if len(b) < sha256.Size {
			return errBadIndex
		}
		copy(runs[i].key[:], b)
		b = b[sha256.Size:]
		n, ok := uvarint()
		if !ok || len(b) < 4 || n > 1<<62-off {
			return errBadIndex
		}
		runs[i].off, runs[i].n, runs[i].crc = off, n, binary.BigEndian.Uint32(b)
		b = b[4:]
		off += n
	}
	if len(b) != 0 {
		return errBadIndex
	}
	*x = LineIndex{head: head, runs: runs, size: off}
	return nil
}

func cutPrefix(b []byte, prefix string) ([]byte, bool) {
	if len(b) < len(prefix) || string(b[:len(prefix)]) != prefix {
		return b, false
	}
	return b[len(prefix):], true
}

// OpenDataCache lets OpenDataCached copy lines from the open-data files
// published before, and keeps what it writes for the next build. It is
// safe for concurrent use.
type OpenDataCache struct {
	// Site is the directory of the published site whose open-data files
	// Old describes; "" for none.
	Site string
	// Old holds the index of each open-data file of Site, by path
	// (CSVPath, JSONLPath), as Made gave it when the file was written. A
	// file without one has all its lines encoded.
	Old map[string]*LineIndex
	// Warn, when set, is told why lines of the file at path were not
	// copied though its index was there: the file is missing, damaged or
	// not the one the index describes.
	Warn func(path, problem string)

	mu     sync.Mutex
	made   map[string]*LineIndex
	copied map[string]int
}

// Made gives the index of the file at path as OpenDataCached last wrote
// it, and how many of its runs were copied; nil when it was not written.
func (c *OpenDataCache) Made(path string) (*LineIndex, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.made[path], c.copied[path]
}

func (c *OpenDataCache) warn(path, format string, args ...any) {
	if c.Warn != nil {
		c.Warn(path, fmt.Sprintf(format, args...))
	}
}

// source opens the published file at path that c.Old describes; nil when
// there is none or it cannot be used (told to Warn).
func (c *OpenDataCache) source(path string) *lineSource {
	if c == nil || c.Site == "" || c.Old[path] == nil {
		return nil
	}
	old := c.Old[path]
	f, err := os.Open(filepath.Join(c.Site, filepath.FromSlash(path)))
	if err != nil {
		c.warn(path, "cannot read the published file to copy its lines: %v", err)
		return nil
	}
	fi, err := f.Stat()
	switch {
	case err != nil:
		c.warn(path, "cannot read the published file to copy its lines: %v", err)
	case fi.Size() != old.Size():
		c.warn(path, "the published file has %d bytes, its index says %d: not the file indexed", fi.Size(), old.Size())
	default:
		return &lineSource{file: f, index: old}
	}
	f.Close()
	return nil
}

// lineSource is a published file and its index.
type lineSource struct {
	file  *os.File
	index *LineIndex
}

// copy appends the lines under key to b, read from the file, and gives
// their CRC-32C; it reports false, b as it was, when the index has no such
// run, and damaged when the bytes read are not those indexed.
func (s *lineSource) copy(b []byte, key runKey) (_ []byte, crc uint32, ok, damaged bool) {
	r, found := s.index.find(key)
	if !found {
		return b, 0, false, false
	}
	start := len(b)
	b = slices.Grow(b, int(r.n))[:start+int(r.n)]
	if _, err := s.file.ReadAt(b[start:], r.off); err != nil || crc32.Checksum(b[start:], castagnoli) != r.crc {
		return b[:start], 0, false, true
	}
	return b, r.crc, true, false
}

// prefix gives how many of the runs under keys the published file starts
// with, after head, and the length of the file's bytes up to their end:
// the bytes are read in large blocks and checked (head byte for byte,
// each run against its CRC-32C), and the prefix ends before the first
// that does not check (copy then finds it damaged); 0 when the file's
// head is not head.
func (s *lineSource) prefix(head []byte, keys []runKey) (int, int64) {
	x := s.index
	if x.head != int64(len(head)) {
		return 0, 0
	}
	k := 0
	for k < len(keys) && k < len(x.runs) && x.runs[k].key == keys[k] {
		k++
	}
	end := x.head
	if k > 0 {
		end = x.runs[k-1].off + x.runs[k-1].n
	}
	r := bufio.NewReaderSize(io.NewSectionReader(s.file, 0, end), 1<<20)
	got := make([]byte, len(head))
	if _, err := io.ReadFull(r, got); err != nil || !bytes.Equal(got, head) {
		return 0, 0
	}
	for i, run := range x.runs[:k] {
		crc := uint32(0)
		for left := run.n; left > 0; {
			b, err := r.Peek(int(min(left, int64(r.Size()))))
			if err != nil {
				return i, run.off
			}
			crc = crc32.Update(crc, castagnoli, b)
			r.Discard(len(b))
			left -= int64(len(b))
		}
		if crc != run.crc {
			return i, run.off
		}
	}
	return k, end
}

// write writes head, then the lines of every run of p: copied from the
// published file at path when c has it (see source) and its index has the
// run's key, else encoded. When w is an output.PrefixKeeper, the head and
// the first runs that the published file holds in the same places, read
// and checked (see lineSource.prefix), are kept by the file system instead
// of being read into the program, written again and hashed. Tasks of whole runs, about chunkRecords records
// each, run one per CPU at once, and are written in order: the bytes are
// those of encoding every record in turn. With keys, the index of what it
// wrote is c.Made's. c may be nil: every line is encoded.
func (c *OpenDataCache) write(w io.Writer, path string, head []byte, src *RecordSource, p *linePlan, encode encodeFunc) error {
	var idx *LineIndex
	if c != nil && p.keys != nil {
		idx = &LineIndex{head: int64(len(head)), runs: make([]indexedRun, len(p.ends))}
	}
	var from *lineSource
	if p.keys != nil {
		from = c.source(path)
	}
	if from != nil {
		defer from.file.Close()
	}
	var copied, damaged atomic.Int64
	first := 0 // the first run not kept with the published file's prefix
	if keeper, ok := w.(output.PrefixKeeper); ok && from != nil {
		k, n := from.prefix(head, p.keys)
		if k > 0 {
			kept, err := keeper.KeepPrefix(n)
			if err != nil {
				return err
			}
			if kept {
				first = k
				copied.Add(int64(k))
				if idx != nil {
					copy(idx.runs, from.index.runs[:k])
				}
			}
		}
	}
	if first == 0 {
		if _, err := w.Write(head); err != nil {
			return err
		}
	}
	var tasks []int // the first run of each task, then len(p.ends)
	for r, n := first, chunkRecords; r < len(p.ends); r++ {
		if n >= chunkRecords {
			tasks, n = append(tasks, r), 0
		}
		n += p.ends[r] - runStart(p.ends, r)
	}
	tasks = append(tasks, len(p.ends))
	workers := runtime.GOMAXPROCS(0)
	bufs := make([][]byte, workers)
	for t0 := 0; t0+1 < len(tasks); t0 += workers {
		var g errgroup.Group
		for k := range workers {
			t := t0 + k
			if t+1 >= len(tasks) {
				break
			}
			g.Go(func() error {
				b := bufs[k][:0]
				defer func() { bufs[k] = b }()
				rp := runs.Get().(*[]extract.Record)
				defer runs.Put(rp)
				for r := tasks[t]; r < tasks[t+1]; r++ {
					start := len(b)
					var crc uint32
					ok := false
					if from != nil {
						var bad bool
						b, crc, ok, bad = from.copy(b, p.keys[r])
						if ok {
							copied.Add(1)
						} else if bad {
							damaged.Add(1)
						}
					}
					if !ok {
						lo := runStart(p.ends, r)
						rs, err := src.Run(lo, p.ends[r], *rp)
						if err != nil {
							return fmt.Errorf("record %d: %w", lo, err)
						}
						*rp = rs
						if b, err = encode(b, rs, lo); err != nil {
							return err
						}
						if idx != nil {
							crc = crc32.Checksum(b[start:], castagnoli)
						}
					}
					if idx != nil {
						idx.runs[r] = indexedRun{key: p.keys[r], n: int64(len(b) - start), crc: crc}
					}
				}
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return err
		}
		for k := range workers {
			if _, err := w.Write(bufs[k]); err != nil {
				return err
			}
			bufs[k] = bufs[k][:0]
		}
	}
	if n := damaged.Load(); n > 0 {
		c.warn(path, "%d runs of lines of the published file are not the bytes indexed (damaged or changed since): encoded again", n)
	}
	if idx == nil {
		return nil
	}
	off := idx.head
	for i := range idx.runs {
		idx.runs[i].off = off
		off += idx.runs[i].n
	}
	idx.size = off
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.made == nil {
		c.made, c.copied = map[string]*LineIndex{}, map[string]int{}
	}
	c.made[path], c.copied[path] = idx, int(copied.Load())
	return nil
}

// runStart is the position of run r's first record.
func runStart(ends []int, r int) int {
	if r == 0 {
		return 0
	}
	return ends[r-1]
}

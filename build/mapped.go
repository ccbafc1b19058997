package build

import (
	"fmt"
	"os"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// mappedTexts keeps the articles' texts out of the Go heap from the read
// stage to aggregation's AfterTexts, where the texts' spool (textSpool)
// takes them: they were about 320 MB live at 100,000 articles, and the
// collector let the heap grow to twice what was live, texts included.
// Each file's texts, as it is read from the cache or extracted, are
// written to a scratch file, unlinked as soon as it is created, that is
// mapped read-only; the article's Text becomes a string in the mapping,
// and so do its records' evidence sentences and phrases, which decode as
// places in the text. Nothing reading them changes: a string in the
// mapping reads as any other, its pages brought back from the file (or
// the page cache) when they are read. The texts are written with pwrite,
// not through the mapping, so a text's pages count in the process's
// resident memory only once something reads it.
//
// The mapping lives until close, which Run calls as it returns: no string
// of it may be held past that (Run returns none; Read without a
// mappedTexts, as the extract and review commands call it, keeps the
// texts in the heap).
type mappedTexts struct {
	f    *os.File
	mu   sync.Mutex
	segs [][]byte // the file mapped, textSegment bytes each
	used int      // bytes taken in the last segment
}

// textSegment is the size of each mapped part of the file: a text longer
// than this stays in the heap. The file is grown a segment at a time
// (sparse: a segment takes on disk only what is written to it).
const textSegment = 64 << 20

// newMappedTexts creates the scratch file of the texts.
func newMappedTexts() (*mappedTexts, error) {
	f, err := os.CreateTemp("", "unionstats-read-texts-*")
	if err != nil {
		return nil, fmt.Errorf("texts' scratch file: %w", err)
	}
	// Unlinked now: the open file and its mappings are all that keep it.
	os.Remove(f.Name())
	return &mappedTexts{f: f}, nil
}

// put writes s to the file and gives it back as a string in the mapping;
// false, and s stays where it is, when m is nil, s is empty or longer than
// a segment, or the file cannot take it.
func (m *mappedTexts) put(s string) (string, bool) {
	if m == nil || s == "" || len(s) > textSegment {
		return "", false
	}
	m.mu.Lock()
	if len(m.segs) == 0 || m.used+len(s) > textSegment {
		if err := m.grow(); err != nil {
			m.mu.Unlock()
			return "", false
		}
	}
	k, off := len(m.segs)-1, m.used
	seg := m.segs[k]
	m.used += len(s)
	m.mu.Unlock()
	// WriteAt does not write to its argument.
	if _, err := m.f.WriteAt(unsafe.Slice(unsafe.StringData(s), len(s)), int64(k)*textSegment+int64(off)); err != nil {
		return "", false
	}
	return unsafe.String(&seg[off], len(s)), true
}

// grow maps one more segment, the file made long enough first: a page of
// a mapping past the file's end cannot be read. m.mu is held.
func (m *mappedTexts) grow() error {
	end := int64(len(m.segs)+1) * textSegment
	if err := m.f.Truncate(end); err != nil {
		return err
	}
	seg, err := unix.Mmap(int(m.f.Fd()), end-textSegment, textSegment, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return err
	}
	m.segs, m.used = append(m.segs, seg), 0
	return nil
}

// drop takes the mapping's pages out of the process's resident memory,
// once aggregation has moved the texts to their spool: the few strings
// still in the mapping read their pages back from the file if read.
func (m *mappedTexts) drop() {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, seg := range m.segs {
		unix.Madvise(seg, unix.MADV_DONTNEED)
	}
}

// close unmaps the file and closes it, which frees it: no string in the
// mapping may be read after.
func (m *mappedTexts) close() {
	if m == nil {
		return
	}
	for _, seg := range m.segs {
		unix.Munmap(seg)
	}
	m.segs = nil
	m.f.Close()
}

package build

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"sync"
	"unsafe"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
)

// textSpool keeps the articles' texts out of memory from the end of
// aggregation to the end of publishing: they were a fifth of the live heap
// while the site was published (290 MB at 100,000 articles), and only an
// article's page and the review sheet quoting it read one. The texts are
// written to a scratch file, unlinked as soon as it is created (a killed
// build leaves nothing behind), and read back one at a time. The records'
// evidence sentences and phrases, which are parts of the texts, stay there
// too, as places in the file (12 bytes a record instead of a copy of the
// sentence, about 160 MB at 100,000 articles), read back by phrases.
type textSpool struct {
	f    *os.File
	size int64 // the file's length
	at   map[*aggregate.Article]textSpan
	// ev[k] is where record k's evidence sentence is in the file, its
	// offset<<evBits | its length, 0 when the record holds its own; ph[k]
	// is where its phrase is in that sentence, offset<<16 | length, 0 when
	// the record holds its own. Both nil when no record's were moved.
	ev []uint64
	ph []uint32

	mu     sync.Mutex      // guards the sentences read back last
	recent [8]readSentence // the sentences read back last, a ring
	next   int             // the ring's slot written next
	// blocks are the buffers sentences are read through (spoolBlock): a
	// read takes the sentence and the text after it, up to a block, so
	// that the next sentence a goroutine asks for (the next record's, in
	// the same article or the next) is usually there, and costs no call
	// to the system. Each record's sentence is read by the article pages,
	// the open data and the workbooks: one read each was about 500,000
	// reads at 10,000 articles.
	blocks sync.Pool
}

// readSentence is a sentence read back from the spool and its place there.
type readSentence struct {
	at uint64
	s  string
}

// evBits are the bits of an evidence place that hold the sentence's length:
// a longer sentence, or one past a terabyte of texts, stays in its record.
const evBits = report.PlaceLengthBits

// textSpan is where an article's text is in the spool.
type textSpan struct{ off, n int64 }

// releaseTexts moves the texts of sum's articles to a spool and empties
// their Text and Paras. The records' evidence sentences and phrases, which
// are parts of the texts, become places in the spool (moveRecords), so that
// nothing keeps a text in memory. An article without a Hash keeps its text:
// the keys of its page and books hash the text itself. On an error sum is
// as it was. The records' digests (report.DigestRecords) must be made
// before: after it, a record whole is what phrases puts back.
func releaseTexts(sum *aggregate.Summary) (*textSpool, error) {
	f, err := os.CreateTemp("", "unionstats-texts-*")
	if err != nil {
		return nil, fmt.Errorf("texts' scratch file: %w", err)
	}
	// Unlinked now: the open file is all that keeps it.
	os.Remove(f.Name())
	t := &textSpool{f: f, at: make(map[*aggregate.Article]textSpan, len(sum.Articles))}
	t.blocks.New = func() any { return new(spoolBlock) }
	w := bufio.NewWriterSize(f, 1<<20)
	var off int64
	for i := range sum.Articles {
		a := &sum.Articles[i]
		if a.Hash == "" || a.Text == "" {
			continue
		}
		if _, err := w.WriteString(a.Text); err != nil {
			f.Close()
			return nil, fmt.Errorf("texts' scratch file: %w", err)
		}
		t.at[a] = textSpan{off, int64(len(a.Text))}
		off += int64(len(a.Text))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return nil, fmt.Errorf("texts' scratch file: %w", err)
	}
	t.size = off
	t.moveRecords(sum)
	for a := range t.at {
		// Its paragraphs go too: nothing reads them after aggregation
		// (29 MB at 100,000 articles), and they are bounds in the text.
		a.Text, a.Paras = "", nil
	}
	return t, nil
}

// text reads back the text of a, an article of the Summary released (not
// its paragraphs, which no page reads).
func (t *textSpool) text(a *aggregate.Article) (string, error) {
	sp, ok := t.at[a]
	if !ok {
		return a.Text, nil
	}
	if sp.n == 0 {
		return "", nil
	}
	b := make([]byte, sp.n)
	if _, err := t.f.ReadAt(b, sp.off); err != nil {
		return "", fmt.Errorf("read back the text of %s: %w", a.Doc, err)
	}
	return unsafe.String(&b[0], len(b)), nil // b is not written again
}

// phrases puts back into r, a copy of record k of the Summary released,
// the evidence sentence and phrase moved to the spool (report.Phrases).
// The records of one sentence come one after another: the last few
// sentences read are kept, and such a record reads nothing.
func (t *textSpool) phrases(k int, r *extract.Record) error {
	if k < 0 || k >= len(t.ev) || t.ev[k] == 0 {
		return nil
	}
	at := t.ev[k]
	ev, err := t.sentence(at)
	if err != nil {
		return fmt.Errorf("read back the evidence of record %d (%s): %w", k, r.Doc, err)
	}
	r.Evidence = ev
	if p := t.ph[k]; p != 0 {
		off, n := p>>16, p&0xffff
		r.Text = ev[off : off+n]
	}
	return nil
}

// sentence reads the sentence at place at (see textSpool.ev), through a
// block (see textSpool.blocks), or gives the copy read last time.
func (t *textSpool) sentence(at uint64) (string, error) {
	t.mu.Lock()
	for i := range t.recent {
		if t.recent[i].at == at {
			s := t.recent[i].s
			t.mu.Unlock()
			return s, nil
		}
	}
	t.mu.Unlock()
	off, n := int64(at>>evBits), int64(at&(1<<evBits-1))
	blk := t.blocks.Get().(*spoolBlock)
	defer t.blocks.Put(blk)
	b, err := blk.read(t.f, off, n, t.size)
	if err != nil {
		return "", err
	}
	s := string(b)
	t.mu.Lock()
	t.recent[t.next] = readSentence{at, s}
	t.next = (t.next + 1) % len(t.recent)
	t.mu.Unlock()
	return s, nil
}

// phraseSource puts back the records' evidence sentences and phrases that
// moved to t (report.Phrases); nil when none did, or t is nil.
func (t *textSpool) phraseSource() report.Phrases {
	if t == nil || t.ev == nil {
		return nil
	}
	return t.phrases
}

// placeSource says where the records' evidence sentences moved to t are
// (report.Places: ev's places hold the sentence's length in their low
// evBits); nil when none moved, or t is nil.
func (t *textSpool) placeSource() report.Places {
	if t == nil || t.ev == nil {
		return nil
	}
	return func(k int) (uint64, bool) {
		if k < 0 || k >= len(t.ev) {
			return 0, false
		}
		return t.ev[k], t.ev[k] != 0
	}
}

// close removes the spool (it was unlinked already: closing frees it).
func (t *textSpool) close() {
	if t != nil {
		t.f.Close()
	}
}

// moveRecords leaves no string of the records of sum's released articles
// (sum.Packed, as aggregate.Build holds them) inside the articles' texts:
// the evidence sentence becomes its place in the spool (t.ev), the phrase
// its place in that sentence when it lies there (t.ph), and a sentence or
// phrase that stays a copy of its own (one per value), so that the text is
// no longer reachable through the records (their other fields are the
// table's own copies). phrases puts the values back as they were.
func (t *textSpool) moveRecords(sum *aggregate.Summary) {
	recs := sum.Packed
	others := map[string]string{} // copies of the sentences kept that were in a text
	for i := range sum.Articles {
		a := &sum.Articles[i]
		sp, released := t.at[a]
		if a.Text == "" || !released {
			continue
		}
		in := func(s string) bool { return within(s, a.Text) }
		for _, k := range a.Records {
			if k < 0 || k >= recs.Len() {
				continue
			}
			ev, text := recs.Texts(k)
			if in(ev) && len(ev) < 1<<evBits && sp.off+int64(len(a.Text)) < 1<<(64-evBits) {
				if t.ev == nil {
					t.ev, t.ph = make([]uint64, recs.Len()), make([]uint32, recs.Len())
				}
				at := uint64(sp.off+int64(offsetIn(ev, a.Text)))<<evBits | uint64(len(ev))
				if within(text, ev) {
					if off := offsetIn(text, ev); off < 1<<16 && len(text) < 1<<16 {
						t.ph[k] = uint32(off)<<16 | uint32(len(text))
						text = ""
					}
				}
				t.ev[k], ev = at, ""
			}
			if in(text) {
				text = strings.Clone(text)
			}
			if in(ev) {
				c, ok := others[ev]
				if !ok {
					c = strings.Clone(ev)
					others[c] = c
				}
				ev = c
			}
			recs.SetTexts(k, ev, text)
		}
	}
}

// within says whether the bytes of s lie within those of t (s non-empty).
func within(s, t string) bool {
	if s == "" || t == "" {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(t)))
	return p >= lo && p+uintptr(len(s)) <= lo+uintptr(len(t))
}

// offsetIn is where s starts within t, which holds it (within).
func offsetIn(s, t string) int {
	return int(uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(t))))
}

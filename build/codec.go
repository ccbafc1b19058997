package build

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strings"
	"sync"
	"unique"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// fileResult is what one corpus file gives, and what the extraction cache
// keeps of it: its articles, each with its records, and every warning met
// reading it, so that an unchanged file is neither read nor extracted again
// and still reports its problems.
type fileResult struct {
	articles []corpus.Article
	// records[i] are those of articles[i], in text order. A result decoded
	// from the cache has none until Read knows where in the build's one
	// slice of records they go: they stay encoded in payload, articles[i]'s
	// at blocks[i], and decodeRecords writes them there, so that the records
	// are not decoded into slices of their own and then copied.
	records  [][]extract.Record
	payload  string
	blocks   []recordBlock
	warnings []corpus.Warning
}

// recordBlock is where an article's n records are in a payload: [at, end).
type recordBlock struct{ at, end, n int }

// recordCount is the number of records of articles[i].
func (fr *fileResult) recordCount(i int) int {
	if fr.blocks != nil {
		return fr.blocks[i].n
	}
	if i < len(fr.records) {
		return len(fr.records[i])
	}
	return 0
}

// The payload is a compact binary form (varint lengths, raw strings): a
// rebuild decodes every cached file, so this must run at memory speed. The
// payload is kept as a string, and decoding gives substrings of it: no
// allocation per field, and no second copy of the cache. A rebuild holds
// every payload until it publishes, so nothing is stored twice: a record's
// evidence sentence and its phrase are, as a rule, parts of the article's
// text and are stored as a place in it (or, for the evidence, as "the
// previous record's"); its fields of few values (unit, org, category…) are
// stored once per file and then by number; its Doc is its article's. An
// article's records follow their count and their length in bytes, so that
// they can be skipped and decoded later, then packed at their place in the
// build's table (decodeRecords, assemble). Every
// exported field of corpus.Article, corpus.Warning and extract.Record is
// encoded (TestCodecRoundTrip, "every field set"): an article read back
// lacks only its map to source offsets, which Read drops anyway once the
// records are extracted.
//
// No version names the layout: the cache is keyed on the program's identity
// (see cacheVersion), so a program that encodes otherwise starts afresh.

type enc struct {
	b    []byte
	syms map[string]int // the file's symbols so far, by number
	recs []byte         // an article's records, encoded before their length
}

func (e *enc) str(s string)    { e.b = binary.AppendUvarint(e.b, uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) num(v int)       { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *enc) float(v float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v)) }
func (e *enc) optFloat(v *float64) {
	if v == nil {
		e.b = append(e.b, 0)
		return
	}
	e.b = append(e.b, 1)
	e.float(*v)
}

// sym writes s as a symbol: its number plus one if the file has had it,
// else 0 and the string, which becomes the next symbol.
func (e *enc) sym(s string) {
	if n, ok := e.syms[s]; ok {
		e.b = binary.AppendUvarint(e.b, uint64(n)+1)
		return
	}
	e.b = append(e.b, 0)
	e.str(s)
	e.syms[s] = len(e.syms)
}

// How a record's evidence or phrase is stored.
const (
	inline   = 0 // the string follows
	previous = 1 // the previous record's evidence
	inText   = 2 // a place in the article's text: offset and length follow
)

// textRef writes s as a place in text when text holds it, searching first
// around the byte near (the record's position), else inline.
func (e *enc) textRef(s, text string, near int) {
	at := -1
	if s != "" {
		lo, hi := max(0, min(near, len(text))-len(s)), min(len(text), max(near, 0)+2*len(s))
		if i := strings.Index(text[lo:hi], s); i >= 0 {
			at = lo + i
		} else {
			at = strings.Index(text, s)
		}
	}
	if at < 0 {
		e.b = append(e.b, inline)
		e.str(s)
		return
	}
	e.b = append(e.b, inText)
	e.num(at)
	e.num(len(s))
}

func encodeFile(fr *fileResult) []byte {
	b, _ := encodeFileBlocks(fr)
	return b
}

// encodeFileBlocks is encodeFile, giving also where each article's records
// are in the payload, as decodeFile finds them.
func encodeFileBlocks(fr *fileResult) ([]byte, []recordBlock) {
	e := &enc{syms: map[string]int{}}
	blocks := make([]recordBlock, len(fr.articles))
	e.num(len(fr.warnings))
	for _, w := range fr.warnings {
		e.str(w.Doc)
		e.str(w.Message)
	}
	e.num(len(fr.articles))
	for i := range fr.articles {
		a := &fr.articles[i]
		for _, s := range []string{a.Doc, a.URL, a.Published, a.Stamp, a.Kicker, a.Title, a.Text, a.Hash} {
			e.str(s)
		}
		flags := 0 // bit 0: Headless, bit 1: BlankAfter, bit 2: LinesAfter
		if a.Headless {
			flags |= 1
		}
		if a.BlankAfter {
			flags |= 2
		}
		if a.LinesAfter {
			flags |= 4
		}
		e.num(flags)
		e.num(len(a.Paras))
		for _, p := range a.Paras {
			e.num(p.Start)
			e.num(p.End)
			e.num(int(p.Kind))
		}
		var rs []extract.Record
		if i < len(fr.records) {
			rs = fr.records[i]
		}
		e.num(len(rs))
		head := e.b
		e.b = e.recs[:0]
		for j := range rs {
			r := &rs[j]
			e.float(r.Value)
			e.optFloat(r.Denominator)
			e.optFloat(r.Completion)
			for _, s := range []string{r.Unit, r.Qualifier, r.Basis, r.Status, r.Period, r.Org, r.OrgType, r.Province, r.Category, r.Noun} {
				e.sym(s)
			}
			if j > 0 && r.Evidence == rs[j-1].Evidence {
				e.b = append(e.b, previous)
			} else {
				e.textRef(r.Evidence, a.Text, r.Pos)
			}
			e.textRef(r.Text, a.Text, r.Pos)
			for _, n := range []int{r.Year, r.Offset, r.Pos, r.Len, r.Para} {
				e.num(n)
			}
		}
		e.recs, e.b = e.b, head
		e.num(len(e.recs))
		blocks[i] = recordBlock{at: len(e.b), end: len(e.b) + len(e.recs), n: len(rs)}
		e.b = append(e.b, e.recs...)
	}
	return e.b, blocks
}

var errPayload = errors.New("damaged cache entry")

type dec struct {
	s    string // the payload: decoded strings are its substrings
	i    int    // where the next field starts
	err  error
	syms []string // the file's symbols so far
}

// next returns up to n bytes at the current position without consuming
// them: a copy on the stack, for encoding/binary to read.
func (d *dec) next(n int) []byte {
	return []byte(d.s[d.i:min(d.i+n, len(d.s))])
}

func (d *dec) num() int {
	v, n := binary.Varint(d.next(binary.MaxVarintLen64))
	if n <= 0 {
		d.err = errPayload
		d.i = len(d.s)
		return 0
	}
	d.i += n
	return int(v)
}

func (d *dec) str() string {
	l, n := binary.Uvarint(d.next(binary.MaxVarintLen64))
	if n <= 0 || uint64(len(d.s)-d.i-n) < l {
		d.err = errPayload
		d.i = len(d.s)
		return ""
	}
	start := d.i + n
	d.i = start + int(l)
	return d.s[start:d.i]
}

func (d *dec) byte() byte {
	if d.i >= len(d.s) {
		d.err = errPayload
		return 0
	}
	b := d.s[d.i]
	d.i++
	return b
}

func (d *dec) flag() bool { return d.byte() == 1 }

func (d *dec) sym() string {
	n, k := binary.Uvarint(d.next(binary.MaxVarintLen64))
	switch {
	case k <= 0:
	case n == 0:
		d.i += k
		s := unique.Make(d.str()).Value() // one copy for every file, not part of this payload
		d.syms = append(d.syms, s)
		return s
	case n <= uint64(len(d.syms)):
		d.i += k
		return d.syms[n-1]
	}
	d.err = errPayload
	d.i = len(d.s)
	return ""
}

// textRef reads what enc.textRef wrote: mode, then the string or its place
// in text.
func (d *dec) textRef(mode byte, text string) string {
	switch mode {
	case inline:
		return strings.Clone(d.str())
	case inText:
		at, n := d.num(), d.num()
		if at >= 0 && n >= 0 && n <= len(text)-at {
			return text[at : at+n]
		}
	}
	d.err = errPayload
	d.i = len(d.s)
	return ""
}

func (d *dec) float() float64 {
	if len(d.s)-d.i < 8 {
		d.err = errPayload
		d.i = len(d.s)
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.next(8)))
	d.i += 8
	return v
}

func (d *dec) optFloat() *float64 {
	if !d.flag() {
		return nil
	}
	v := d.float()
	return &v
}

// count reads a number of items to come, each at least one byte long.
func (d *dec) count() int {
	n := d.num()
	if n < 0 || n > len(d.s)-d.i {
		d.err = errPayload
		d.i = len(d.s)
		return 0
	}
	return n
}

// decodeFile decodes a payload's warnings and articles, and finds where
// each article's records are (fr.blocks); decodeRecords decodes them. The
// strings are copies, or parts of copies (the records' evidence and
// phrases are parts of their article's text), so that the payload is
// freed once read: it is a copy of the whole file's result, which would
// otherwise stay in memory for as long as any one of its strings, that is
// until the site is published. The fields of few values are shared by
// every file (unique.Make). The texts are copied to texts when it takes
// them (mappedTexts.put), to the heap otherwise.
func decodeFile(payload string, texts *mappedTexts) (fileResult, error) {
	d := &dec{s: payload}
	fr := fileResult{payload: payload}
	if n := d.count(); n > 0 {
		fr.warnings = make([]corpus.Warning, n)
		for i := range fr.warnings {
			fr.warnings[i] = corpus.Warning{Doc: strings.Clone(d.str()), Message: strings.Clone(d.str())}
		}
	}
	fr.articles = make([]corpus.Article, d.count())
	fr.blocks = make([]recordBlock, len(fr.articles))
	for i := range fr.articles {
		a := &fr.articles[i]
		for _, p := range []*string{&a.Doc, &a.URL, &a.Published, &a.Stamp, &a.Kicker, &a.Title, &a.Text, &a.Hash} {
			s := d.str()
			if p == &a.Text {
				if t, ok := texts.put(s); ok {
					*p = t
					continue
				}
			}
			*p = strings.Clone(s)
		}
		flags := d.num()
		a.Headless, a.BlankAfter, a.LinesAfter = flags&1 != 0, flags&2 != 0, flags&4 != 0
		if n := d.count(); n > 0 {
			a.Paras = make([]corpus.Paragraph, n)
			for j := range a.Paras {
				a.Paras[j] = corpus.Paragraph{Start: d.num(), End: d.num(), Kind: corpus.Kind(d.num())}
			}
		}
		n, size := d.count(), d.count()
		if n > size { // a record takes more than a byte
			d.err = errPayload
		}
		fr.blocks[i] = recordBlock{at: d.i, end: d.i + size, n: n}
		d.i += size
		if d.err != nil {
			return fileResult{}, d.err
		}
	}
	if d.err == nil && d.i != len(d.s) {
		d.err = errPayload
	}
	if d.err != nil {
		return fileResult{}, d.err
	}
	return fr, nil
}

// keepRecords keeps of the payload of a result that decodeFile gave (or
// that encodeFileBlocks made) only its articles' records, one after the
// other, which is what decodeRecords reads: the payload is read from the
// cache once, and the rest of it (the articles' texts, already copied) is
// not held until the records are decoded.
func (fr *fileResult) keepRecords() {
	size := 0
	for _, b := range fr.blocks {
		size += b.end - b.at
	}
	var kept strings.Builder
	kept.Grow(size)
	for i, b := range fr.blocks {
		at := kept.Len()
		kept.WriteString(fr.payload[b.at:b.end])
		fr.blocks[i] = recordBlock{at: at, end: kept.Len(), n: b.n}
	}
	fr.payload = kept.String()
}

// recordBufs are the slices decodeRecords decodes an article's records
// into, one per goroutine at a time: a corpus of one article a file would
// otherwise allocate a slice a file, as many bytes as all the records
// unpacked (518 MB at 100,000 articles) in garbage.
var recordBufs = sync.Pool{New: func() any { return new([]extract.Record) }}

// decodeRecords decodes the records of a result that decodeFile gave and
// gives those of article i to put, in a slice that is put's until it
// returns (the next article's are decoded into it). Their strings are
// shared as decodeFile says. Records put before an error may be wrong.
func (fr *fileResult) decodeRecords(put func(i int, rs []extract.Record)) error {
	d := &dec{}
	buf := recordBufs.Get().(*[]extract.Record)
	defer recordBufs.Put(buf)
	rs := *buf
	defer func() { clear(rs[:cap(rs)]); *buf = rs[:0] }() // no string kept alive in the pool
	for i, b := range fr.blocks {
		if b.at < 0 || b.end < b.at || b.end > len(fr.payload) {
			return errPayload
		}
		a := &fr.articles[i]
		d.s, d.i = fr.payload[:b.end], b.at
		rs = slices.Grow(rs[:0], b.n)[:b.n]
		for j := range rs {
			r := &rs[j]
			r.Doc = a.Doc
			r.Value = d.float()
			r.Denominator = d.optFloat()
			r.Completion = d.optFloat()
			for _, p := range []*string{&r.Unit, &r.Qualifier, &r.Basis, &r.Status, &r.Period, &r.Org, &r.OrgType, &r.Province, &r.Category, &r.Noun} {
				*p = d.sym()
			}
			switch mode := d.byte(); {
			case mode != previous:
				r.Evidence = d.textRef(mode, a.Text)
			case j > 0:
				r.Evidence = rs[j-1].Evidence
			default:
				d.err = errPayload
			}
			r.Text = d.textRef(d.byte(), a.Text)
			for _, p := range []*int{&r.Year, &r.Offset, &r.Pos, &r.Len, &r.Para} {
				*p = d.num()
			}
		}
		if d.err == nil && d.i != b.end {
			d.err = errPayload
		}
		if d.err != nil {
			return d.err
		}
		put(i, rs)
	}
	return nil
}

package build

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// fileResult is what one corpus file gives, and what the extraction cache
// keeps of it: its articles, each with its records, and every warning met
// reading it, so that an unchanged file is neither read nor extracted again
// and still reports its problems.
type fileResult struct {
	articles []corpus.Article
	records  [][]extract.Record // records[i]: those of articles[i], in text order
	warnings []corpus.Warning
}

// The payload is a compact binary form (varint lengths, raw strings): a
// rebuild decodes every cached file, so this must run at memory speed. A
// record's evidence sentence, often the previous record's, is then stored as
// a flag, and its Doc is its article's. The payload is kept as a string, and
// decoding gives substrings of it: no allocation per field, and no second
// copy of the cache. Every exported field of corpus.Article, corpus.Warning
// and extract.Record is encoded (TestCodecCoversEveryField): an article read
// back lacks only its map to source offsets.
//
// No version names the layout: the cache is keyed on the program's identity
// (see cacheVersion), so a program that encodes otherwise starts afresh.

type enc struct{ b []byte }

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

func encodeFile(fr *fileResult) []byte {
	e := &enc{}
	e.num(len(fr.warnings))
	for _, w := range fr.warnings {
		e.str(w.Doc)
		e.str(w.Message)
	}
	e.num(len(fr.articles))
	for i := range fr.articles {
		a := &fr.articles[i]
		for _, s := range []string{a.Doc, a.URL, a.Published, a.Kicker, a.Title, a.Text, a.Hash} {
			e.str(s)
		}
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
		for j := range rs {
			r := &rs[j]
			e.float(r.Value)
			e.optFloat(r.Denominator)
			e.optFloat(r.Completion)
			for _, s := range []string{r.Unit, r.Qualifier, r.Basis, r.Status, r.Period, r.Org, r.OrgType, r.Province, r.Category} {
				e.str(s)
			}
			if j > 0 && r.Evidence == rs[j-1].Evidence {
				e.b = append(e.b, 1)
			} else {
				e.b = append(e.b, 0)
				e.str(r.Evidence)
			}
			e.str(r.Text)
			e.str(r.Noun)
			for _, n := range []int{r.Year, r.Offset, r.Pos, r.Len, r.Para} {
				e.num(n)
			}
		}
	}
	return e.b
}

var errPayload = errors.New("damaged cache entry")

type dec struct {
	s   string // the payload: decoded strings are its substrings
	i   int    // where the next field starts
	err error
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

func (d *dec) flag() bool {
	if d.i >= len(d.s) {
		d.err = errPayload
		return false
	}
	set := d.s[d.i] == 1
	d.i++
	return set
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

// decodeFile decodes a payload; the strings are substrings of it, so they
// share its memory (the cache's copy).
func decodeFile(payload string) (fileResult, error) {
	d := &dec{s: payload}
	var fr fileResult
	if n := d.count(); n > 0 {
		fr.warnings = make([]corpus.Warning, n)
		for i := range fr.warnings {
			fr.warnings[i] = corpus.Warning{Doc: d.str(), Message: d.str()}
		}
	}
	fr.articles = make([]corpus.Article, d.count())
	fr.records = make([][]extract.Record, len(fr.articles))
	for i := range fr.articles {
		a := &fr.articles[i]
		for _, p := range []*string{&a.Doc, &a.URL, &a.Published, &a.Kicker, &a.Title, &a.Text, &a.Hash} {
			*p = d.str()
		}
		if n := d.count(); n > 0 {
			a.Paras = make([]corpus.Paragraph, n)
			for j := range a.Paras {
				a.Paras[j] = corpus.Paragraph{Start: d.num(), End: d.num(), Kind: corpus.Kind(d.num())}
			}
		}
		rs := make([]extract.Record, d.count())
		for j := range rs {
			r := &rs[j]
			r.Doc = a.Doc
			r.Value = d.float()
			r.Denominator = d.optFloat()
			r.Completion = d.optFloat()
			for _, p := range []*string{&r.Unit, &r.Qualifier, &r.Basis, &r.Status, &r.Period, &r.Org, &r.OrgType, &r.Province, &r.Category} {
				*p = d.str()
			}
			switch {
			case !d.flag():
				r.Evidence = d.str()
			case j > 0:
				r.Evidence = rs[j-1].Evidence
			default:
				d.err = errPayload
			}
			r.Text = d.str()
			r.Noun = d.str()
			for _, p := range []*int{&r.Year, &r.Offset, &r.Pos, &r.Len, &r.Para} {
				*p = d.num()
			}
		}
		fr.records[i] = rs
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

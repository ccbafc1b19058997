package main

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/lddt/unionstats/extract"
)

// cachedArticle is what the extraction cache keeps of one article: what the
// later stages need, so that an unchanged article is neither read nor
// extracted again.
type cachedArticle struct {
	Doc, URL, Title, Kicker, Published, Text, Hash string
	Warnings                                       []string
	Records                                        []extract.Record
}

// The payload is a compact binary form (varint lengths, raw strings): a
// rebuild decodes every cached article, so this must run at memory speed.
// A record's evidence sentence, often the previous record's, is then stored
// as a flag. The payload is kept as a string, and decoding gives substrings
// of it: no allocation per field, and no second copy of the cache.

// payloadVersion names the payload's layout; it is part of the cache's
// version, so that a cache written in another layout is rebuilt.
const payloadVersion = "articles-2"

// cacheVersion is the version the extraction cache is written for.
func cacheVersion() string { return extract.Version + "+" + payloadVersion }

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

func encodeArticles(as []cachedArticle) []byte {
	e := &enc{}
	e.num(len(as))
	for i := range as {
		a := &as[i]
		for _, s := range []string{a.Doc, a.URL, a.Title, a.Kicker, a.Published, a.Text, a.Hash} {
			e.str(s)
		}
		e.num(len(a.Warnings))
		for _, w := range a.Warnings {
			e.str(w)
		}
		e.num(len(a.Records))
		for j := range a.Records {
			r := &a.Records[j]
			e.float(r.Value)
			e.optFloat(r.Denominator)
			e.optFloat(r.Completion)
			for _, s := range []string{r.Unit, r.Qualifier, r.Basis, r.Status, r.Period, r.Org, r.OrgType, r.Category} {
				e.str(s)
			}
			if j > 0 && r.Evidence == a.Records[j-1].Evidence {
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

func (d *dec) count() int {
	n := d.num()
	if n < 0 || n > len(d.s)-d.i {
		d.err = errPayload
		return 0
	}
	return n
}

// decodeArticles decodes a payload; the articles' strings are substrings of
// it, so they share its memory (the cache's copy).
func decodeArticles(payload string) ([]cachedArticle, error) {
	d := &dec{s: payload}
	as := make([]cachedArticle, d.count())
	for i := range as {
		a := &as[i]
		for _, p := range []*string{&a.Doc, &a.URL, &a.Title, &a.Kicker, &a.Published, &a.Text, &a.Hash} {
			*p = d.str()
		}
		if n := d.count(); n > 0 {
			a.Warnings = make([]string, n)
			for j := range a.Warnings {
				a.Warnings[j] = d.str()
			}
		}
		a.Records = make([]extract.Record, d.count())
		for j := range a.Records {
			r := &a.Records[j]
			r.Doc = a.Doc
			r.Value = d.float()
			r.Denominator = d.optFloat()
			r.Completion = d.optFloat()
			for _, p := range []*string{&r.Unit, &r.Qualifier, &r.Basis, &r.Status, &r.Period, &r.Org, &r.OrgType, &r.Category} {
				*p = d.str()
			}
			switch {
			case !d.flag():
				r.Evidence = d.str()
			case j > 0:
				r.Evidence = a.Records[j-1].Evidence
			default:
				d.err = errPayload
			}
			r.Text = d.str()
			r.Noun = d.str()
			for _, p := range []*int{&r.Year, &r.Offset, &r.Pos, &r.Len, &r.Para} {
				*p = d.num()
			}
		}
		if d.err != nil {
			return nil, d.err
		}
	}
	if d.err == nil && d.i != len(d.s) {
		d.err = errPayload
	}
	return as, d.err
}

// Package digest hashes what a published file is made of into its key (see
// output.File.Key): the workbooks' and the summary pages' keys. A Writer
// writes each value so that no two sequences of values give the same
// bytes, and gathers them in a buffer before hashing them.
package digest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"math"
	"unsafe"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
)

// Writer hashes values into a key.
type Writer struct {
	h    hash.Hash
	buf  []byte
	refs map[string]int // the strings given to Ref, numbered in order
	// at numbers the strings given to Ref by where their bytes are: the
	// same string given again is mostly the same string header (a
	// check's message, a citation line), found without hashing its
	// bytes, which run to hundreds for a check's message.
	at map[strAt]int
}

// strAt is where a string's bytes are: two strings at the same place
// with the same length are equal.
type strAt struct {
	p *byte
	n int
}

// buffered is how many bytes a Writer gathers before hashing them.
const buffered = 32 << 10

// New gives an empty Writer.
func New() *Writer {
	return &Writer{h: sha256.New(), buf: make([]byte, 0, buffered+256)}
}

func (w *Writer) flush() {
	if len(w.buf) >= buffered {
		w.h.Write(w.buf)
		w.buf = w.buf[:0]
	}
}

// Str hashes s with its length.
func (w *Writer) Str(s string) {
	w.buf = appendStr(w.buf, s)
	w.flush()
}

// Ref hashes s like Str the first time the Writer is given it through Ref,
// and after that as the number of that first time: a string that a key
// repeats (an evidence sentence, a citation, a check's message) is hashed
// whole once. The sequence of values stays readable back from the bytes
// (the first uvarint is 0 for a number, 1 + len(s) for a string), so two
// sequences still give two digests.
func (w *Writer) Ref(s string) {
	at := strAt{unsafe.StringData(s), len(s)}
	n, ok := w.at[at]
	if !ok {
		if n, ok = w.refs[s]; ok {
			w.at[at] = n
		}
	}
	if ok {
		w.buf = binary.AppendUvarint(append(w.buf, 0), uint64(n))
		w.flush()
		return
	}
	if w.refs == nil {
		w.refs, w.at = map[string]int{}, map[strAt]int{}
	}
	w.at[at] = len(w.refs)
	w.refs[s] = len(w.refs)
	w.buf = append(binary.AppendUvarint(w.buf, uint64(len(s))+1), s...)
	w.flush()
}

// Tag marks the start of a part of a file.
func (w *Writer) Tag(s string) { w.Str(s) }

// Int hashes v.
func (w *Writer) Int(v int) {
	w.buf = binary.AppendVarint(w.buf, int64(v))
	w.flush()
}

// Float hashes v's bits.
func (w *Writer) Float(v float64) {
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(v))
	w.flush()
}

// Bool hashes v.
func (w *Writer) Bool(v bool) {
	b := byte(0)
	if v {
		b = 1
	}
	w.buf = append(w.buf, b)
	w.flush()
}

// OptFloat hashes whether v is set, and *v if it is.
func (w *Writer) OptFloat(v *float64) {
	w.Bool(v != nil)
	if v != nil {
		w.Float(*v)
	}
}

// Strs hashes a list of strings with its length.
func (w *Writer) Strs(list []string) {
	w.Int(len(list))
	for _, s := range list {
		w.Str(s)
	}
}

// Record hashes every field of r.
func (w *Writer) Record(r *extract.Record) {
	w.buf = appendRecord(w.buf, r)
	w.flush()
}

// appendRecord appends every field of r, in declaration order, as the
// Writer's methods write each (Str, Float, OptFloat, Int).
func appendRecord(b []byte, r *extract.Record) []byte {
	b = appendStr(b, r.Doc)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(r.Value))
	b = appendOptFloat(b, r.Denominator)
	for _, s := range [...]string{r.Unit, r.Qualifier, r.Basis, r.Status, r.Period} {
		b = appendStr(b, s)
	}
	b = binary.AppendVarint(b, int64(r.Year))
	for _, s := range [...]string{r.Org, r.OrgType, r.Province, r.Category, r.Evidence} {
		b = appendStr(b, s)
	}
	b = binary.AppendVarint(b, int64(r.Offset))
	b = appendStr(b, r.Text)
	b = appendStr(b, r.Noun)
	for _, n := range [...]int{r.Pos, r.Len, r.Para} {
		b = binary.AppendVarint(b, int64(n))
	}
	return appendOptFloat(b, r.Completion)
}

func appendStr(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendOptFloat(b []byte, v *float64) []byte {
	if v == nil {
		return append(b, 0)
	}
	return binary.LittleEndian.AppendUint64(append(b, 1), math.Float64bits(*v))
}

// OptRecord hashes whether r is set, and *r if it is.
func (w *Writer) OptRecord(r *extract.Record) {
	w.Bool(r != nil)
	if r != nil {
		w.Record(r)
	}
}

// Sum gives the hex SHA-256 of everything written.
func (w *Writer) Sum() string {
	w.h.Write(w.buf)
	w.buf = w.buf[:0]
	return hex.EncodeToString(w.h.Sum(nil))
}

// Target hashes what every table of targets shows of t besides its
// organisation and its evidence: the year, category and unit, the planned
// and achieved figures, the completion and the share stated.
func (w *Writer) Target(t *aggregate.Target) {
	w.Int(t.Year)
	w.Str(t.Category)
	w.Str(t.Unit)
	w.Float(t.Planned)
	w.OptFloat(t.Achieved)
	w.OptFloat(t.Completion)
	w.OptFloat(t.Stated)
}

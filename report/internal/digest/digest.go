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

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
)

// Writer hashes values into a key.
type Writer struct {
	h   hash.Hash
	buf []byte
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
	w.buf = binary.AppendUvarint(w.buf, uint64(len(s)))
	w.buf = append(w.buf, s...)
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
	w.Str(r.Doc)
	w.Float(r.Value)
	w.OptFloat(r.Denominator)
	w.Str(r.Unit)
	w.Str(r.Qualifier)
	w.Str(r.Basis)
	w.Str(r.Status)
	w.Str(r.Period)
	w.Int(r.Year)
	w.Str(r.Org)
	w.Str(r.OrgType)
	w.Str(r.Province)
	w.Str(r.Category)
	w.Str(r.Evidence)
	w.Int(r.Offset)
	w.Str(r.Text)
	w.Str(r.Noun)
	w.Int(r.Pos)
	w.Int(r.Len)
	w.Int(r.Para)
	w.OptFloat(r.Completion)
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

package report

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/vocab"
)

// RecordSource is where the report and the workbooks read the records of
// the Summary they render: by id (Record, Held), by runs of ids (Run,
// Records), or only the few fields the summary pages' links, the open
// data's plan and the books' index need (Doc, Offset, Year, Qualifier).
// The records are the Summary's slice (NewRecordSource), or are read back
// from where the caller moved them, only those few fields kept in memory
// (NewPackedRecordSource).
type RecordSource struct {
	recs []extract.Record // the Summary's records; nil when read back (NewPackedRecordSource)
	n    int
	ph   Phrases
	err  atomic.Pointer[error] // the first error Held met

	// Once released: where the records are read back, and per record
	// the fields read most (slim), the strings of which are in docs and
	// quals.
	rd     RecordReader
	places Places // where the moved evidence sentences are, nil if unknown
	slim   []slimRecord
	docs   []string
	quals  []string
}

// slimRecord is what a released source keeps of a record: its Doc (an
// index in docs), Offset, Year, Qualifier (an index in quals) and whether
// its Status is achieved.
type slimRecord struct {
	off      int32
	doc      int32
	year     int16
	qual     uint8
	achieved bool
}

// RecordReader reads back the records of a Summary that the caller moved
// out of memory (see NewPackedRecordSource).
type RecordReader interface {
	// ReadRecords fills buf with the records from id lo on, as the
	// Summary held them. It may be called from several goroutines at
	// once.
	ReadRecords(lo int, buf []extract.Record) error
}

// NewRecordSource is the source of recs, the Summary's records, whose
// evidence sentences and phrases ph puts back (nil: every record holds
// its own).
func NewRecordSource(recs []extract.Record, ph Phrases) *RecordSource {
	return &RecordSource{recs: recs, n: len(recs), ph: ph}
}

// Places says where record k's evidence sentence was moved to (see
// Phrases): a place, the sentence's length in its low PlaceLengthBits, equal for
// two records only when their sentence is the same one, and true; false
// when the record holds its own.
type Places func(k int) (place uint64, ok bool)

// SetPlaces has s tell apart the evidence sentences of records through
// places (SameEvidence) before it reads them. Nothing may read s while
// SetPlaces runs.
func (s *RecordSource) SetPlaces(places Places) { s.places = places }

// SameEvidence reports whether records a and b have the same evidence
// sentence. Sentences moved out of both records are compared by their
// place first: the same place is the same sentence, lengths that differ
// are different sentences; only sentences of the same length in two
// places are read back, through of (Evidence when nil).
func (s *RecordSource) SameEvidence(a, b int, of func(int) (string, error)) (bool, error) {
	if s.places != nil {
		pa, oka := s.places(a)
		pb, okb := s.places(b)
		if oka && okb {
			if pa == pb {
				return true, nil
			}
			if pa&(1<<PlaceLengthBits-1) != pb&(1<<PlaceLengthBits-1) {
				return false, nil
			}
		}
	}
	if of == nil {
		of = s.Evidence
	}
	ea, err := of(a)
	if err != nil {
		return false, err
	}
	eb, err := of(b)
	if err != nil {
		return false, err
	}
	return ea == eb, nil
}

// PlaceLengthBits are the low bits of a place (Places) that hold the
// sentence's length.
const PlaceLengthBits = 24

// NewPackedRecordSource is the source of the records packed in t, the
// Summary's while aggregate.Build runs, read back from rd, a copy of them,
// their evidence sentences and phrases put back by ph (nil: every record
// holds its own): the caller may then drop t. The source keeps per record
// its Doc, Offset, Year, Qualifier and whether it is achieved (12 bytes);
// it is nil when a record's fields do not fit in those bytes.
func NewPackedRecordSource(t *extract.Table, ph Phrases, rd RecordReader) *RecordSource {
	slim := make([]slimRecord, t.Len())
	var docs, quals []string
	qualAt := map[string]int{}
	for k := range t.Len() {
		r := t.At(k)
		if r.Offset < 0 || r.Offset > math.MaxInt32 || r.Year < math.MinInt16 || r.Year > math.MaxInt16 {
			return nil
		}
		if len(docs) == 0 || docs[len(docs)-1] != r.Doc {
			docs = append(docs, r.Doc)
		}
		q, ok := qualAt[r.Qualifier]
		if !ok {
			q = len(quals)
			qualAt[r.Qualifier] = q
			quals = append(quals, r.Qualifier)
		}
		if len(docs) > math.MaxInt32 || q > math.MaxUint8 {
			return nil
		}
		slim[k] = slimRecord{off: int32(r.Offset), doc: int32(len(docs) - 1), year: int16(r.Year), qual: uint8(q), achieved: r.Status == vocab.StatusAchieved}
	}
	return &RecordSource{n: t.Len(), ph: ph, rd: rd, slim: slim, docs: docs, quals: quals}
}

// Len is the number of records.
func (s *RecordSource) Len() int { return s.n }

// Doc is record k's article.
func (s *RecordSource) Doc(k int) string {
	if s.recs != nil {
		return s.recs[k].Doc
	}
	return s.docs[s.slim[k].doc]
}

// Offset is record k's offset in its article file.
func (s *RecordSource) Offset(k int) int {
	if s.recs != nil {
		return s.recs[k].Offset
	}
	return int(s.slim[k].off)
}

// Year is record k's year, 0 for none.
func (s *RecordSource) Year(k int) int {
	if s.recs != nil {
		return s.recs[k].Year
	}
	return int(s.slim[k].year)
}

// Qualifier is record k's qualifier.
func (s *RecordSource) Qualifier(k int) string {
	if s.recs != nil {
		return s.recs[k].Qualifier
	}
	return s.quals[s.slim[k].qual]
}

// Achieved reports whether record k's Status is vocab.StatusAchieved.
func (s *RecordSource) Achieved(k int) bool {
	if s.recs != nil {
		return s.recs[k].Status == vocab.StatusAchieved
	}
	return s.slim[k].achieved
}

// Held is record k as the Summary holds it: its evidence sentence and
// phrase may have been moved out (see Phrases); Record gives it whole.
// It is the Summary's own record, or a copy in buf; on an error reading
// it back, the zero record, the error being kept for Err.
func (s *RecordSource) Held(k int, buf *extract.Record) *extract.Record {
	if s.recs != nil {
		return &s.recs[k]
	}
	if err := s.rd.ReadRecords(k, unsafe.Slice(buf, 1)); err != nil {
		err = fmt.Errorf("read back record %d: %w", k, err)
		s.err.CompareAndSwap(nil, &err)
		*buf = extract.Record{}
	}
	return buf
}

// Record is record k whole, its evidence sentence and phrase put back:
// the Summary's own record when nothing was moved out of it, else a copy
// in buf.
func (s *RecordSource) Record(k int, buf *extract.Record) (*extract.Record, error) {
	if s.recs != nil && s.ph == nil {
		return &s.recs[k], nil
	}
	if _, err := s.Run(k, k+1, unsafe.Slice(buf, 1)); err != nil {
		return nil, err
	}
	return buf, nil
}

// Evidence is record k's evidence sentence (Record's Evidence). One moved
// out of the record is read back alone, without the rest of the record:
// the books' evidence cells and their keys read only the sentences of the
// records behind each figure.
func (s *RecordSource) Evidence(k int) (string, error) {
	buf := evidenceBufs.Get().(*extract.Record)
	defer evidenceBufs.Put(buf)
	if s.ph != nil {
		*buf = extract.Record{Doc: s.Doc(k)} // the Doc for the error's message
		if err := s.ph(k, buf); err != nil {
			return "", err
		}
		if buf.Evidence != "" {
			return buf.Evidence, nil
		}
	}
	r, err := s.Record(k, buf)
	if err != nil {
		return "", err
	}
	return r.Evidence, nil
}

// evidenceBufs are the records Evidence reads into: one on the stack
// would escape to the heap through Phrases, 272 bytes a sentence read.
var evidenceBufs = sync.Pool{New: func() any { return new(extract.Record) }}

// Run gives records lo to hi (excluded) whole, copies in buf's array when
// it is large enough (else in a new one).
func (s *RecordSource) Run(lo, hi int, buf []extract.Record) ([]extract.Record, error) {
	if cap(buf) < hi-lo {
		buf = make([]extract.Record, hi-lo)
	}
	buf = buf[:hi-lo]
	if s.recs != nil {
		copy(buf, s.recs[lo:hi])
	} else if err := s.rd.ReadRecords(lo, buf); err != nil {
		return nil, fmt.Errorf("read back records %d to %d: %w", lo, hi-1, err)
	}
	if s.ph != nil {
		for i := range buf {
			if err := s.ph(lo+i, &buf[i]); err != nil {
				return nil, err
			}
		}
	}
	return buf, nil
}

// Records gives the records ids whole, in their order, in buf's array
// when it is large enough.
func (s *RecordSource) Records(ids []int, buf []extract.Record) ([]extract.Record, error) {
	if cap(buf) < len(ids) {
		buf = make([]extract.Record, len(ids))
	}
	buf = buf[:len(ids)]
	for j := 0; j < len(ids); {
		// A run of consecutive ids is read at once.
		n := 1
		for j+n < len(ids) && ids[j+n] == ids[j]+n {
			n++
		}
		if _, err := s.Run(ids[j], ids[j]+n, buf[j:j+n]); err != nil {
			return nil, err
		}
		j += n
	}
	return buf, nil
}

// CorrectionNote gives the clerk's note on record k, if any.
func (s *RecordSource) CorrectionNote(c *corrections.Result, k int) (corrections.Note, bool) {
	if c == nil {
		return corrections.Note{}, false
	}
	return CorrectionNote(c, &extract.Record{Doc: s.Doc(k), Offset: s.Offset(k)})
}

// Err is the first error Held met, nil for none: what was made of the
// records since is not to be used.
func (s *RecordSource) Err() error {
	if p := s.err.Load(); p != nil {
		return *p
	}
	return nil
}

// SourceOf is src, or, when it is nil, the source of recs, a Summary's
// records, with ph.
func SourceOf(src *RecordSource, recs []extract.Record, ph Phrases) *RecordSource {
	if src != nil {
		return src
	}
	return NewRecordSource(recs, ph)
}

package report

import (
	"sync/atomic"

	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
)

// RecordSource is where the report and the workbooks read the records of
// the Summary they render: by id (Record, Held), by runs of ids (Run), or
// only the few fields the summary pages' links and the books' index need
// (Doc, Offset, Year). The records are the Summary's slice; the build may
// move them out of memory once every key is made (see Release), after
// which the source reads them back.
type RecordSource struct {
	recs []extract.Record // the Summary's records, nil once released
	n    int
	ph   Phrases
	err  atomic.Pointer[error] // the first error Held met
}

// NewRecordSource is the source of recs, the Summary's records, whose
// evidence sentences and phrases ph puts back (nil: every record holds
// its own).
func NewRecordSource(recs []extract.Record, ph Phrases) *RecordSource {
	return &RecordSource{recs: recs, n: len(recs), ph: ph}
}

// Len is the number of records.
func (s *RecordSource) Len() int { return s.n }

// Doc is record k's article.
func (s *RecordSource) Doc(k int) string { return s.recs[k].Doc }

// Offset is record k's offset in its article file.
func (s *RecordSource) Offset(k int) int { return s.recs[k].Offset }

// Year is record k's year, 0 for none.
func (s *RecordSource) Year(k int) int { return s.recs[k].Year }

// Held is record k as the Summary holds it: its evidence sentence and
// phrase may have been moved out (see Phrases); Record gives it whole.
// It is the Summary's own record, or a copy in buf; on an error reading
// it back, the zero record, the error being kept for Err.
func (s *RecordSource) Held(k int, buf *extract.Record) *extract.Record {
	_ = buf
	return &s.recs[k]
}

// Record is record k whole, its evidence sentence and phrase put back:
// the Summary's own record when nothing was moved out of it, else a copy
// in buf.
func (s *RecordSource) Record(k int, buf *extract.Record) (*extract.Record, error) {
	r := s.Held(k, buf)
	if err := s.Err(); err != nil {
		return nil, err
	}
	if s.ph == nil {
		return r, nil
	}
	if r != buf {
		*buf = *r
	}
	if err := s.ph(k, buf); err != nil {
		return nil, err
	}
	return buf, nil
}

// Run gives records lo to hi (excluded) whole, copies in buf's array when
// it is large enough (else in a new one).
func (s *RecordSource) Run(lo, hi int, buf []extract.Record) ([]extract.Record, error) {
	if cap(buf) < hi-lo {
		buf = make([]extract.Record, hi-lo)
	}
	buf = buf[:hi-lo]
	for i := range buf {
		r, err := s.Record(lo+i, &buf[i])
		if err != nil {
			return nil, err
		}
		if r != &buf[i] {
			buf[i] = *r
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

// sourceOf is src, or the source of the Summary's records recs with ph.
func sourceOf(src *RecordSource, recs []extract.Record, ph Phrases) *RecordSource {
	if src != nil {
		return src
	}
	return NewRecordSource(recs, ph)
}

// SourceOf is src, or the source of recs, a Summary's records, with ph,
// for the workbooks (workbook.Config.Source).
func SourceOf(src *RecordSource, recs []extract.Record, ph Phrases) *RecordSource {
	return sourceOf(src, recs, ph)
}

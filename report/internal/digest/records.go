package digest

import (
	"crypto/sha256"
	"runtime"
	"sync"

	"github.com/lddt/unionstats/extract"
)

// Records holds the digest of every record of a list, each made once for
// all the keys that read records (an article page's, a workbook's, the
// open data's): a key then hashes a record's 32 bytes instead of its few
// hundred, and a record that several files show is hashed whole once.
type Records struct {
	sums [][sha256.Size]byte
}

// recordsChunk is how many records one task of NewRecords digests.
const recordsChunk = 4096

// NewRecords digests every field of each of recs (what Writer.Record
// hashes), on every CPU.
func NewRecords(recs []extract.Record) *Records {
	return newRecords(len(recs), func(i int, _ *extract.Record) *extract.Record { return &recs[i] })
}

// NewRecordsOf is NewRecords of the n records that at gives (it is called
// from several goroutines at once).
func NewRecordsOf(n int, at func(i int) extract.Record) *Records {
	return newRecords(n, func(i int, buf *extract.Record) *extract.Record { *buf = at(i); return buf })
}

// newRecords digests the n records that at gives: record i, or a copy of
// it in buf.
func newRecords(n int, at func(i int, buf *extract.Record) *extract.Record) *Records {
	d := &Records{sums: make([][sha256.Size]byte, n)}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (n+recordsChunk-1)/recordsChunk) {
		wg.Go(func() {
			var (
				buf []byte
				r   extract.Record
			)
			for start := range next {
				for i := start; i < min(start+recordsChunk, n); i++ {
					buf = appendRecord(buf[:0], at(i, &r))
					d.sums[i] = sha256.Sum256(buf)
				}
			}
		})
	}
	for start := 0; start < n; start += recordsChunk {
		next <- start
	}
	close(next)
	wg.Wait()
	return d
}

// Release drops the digests, once no key will read them again: Len is 0
// after it, so that RecordsOf digests the records anew rather than read
// what is gone.
func (d *Records) Release() { d.sums = nil }

// Len is how many records d digests.
func (d *Records) Len() int { return len(d.sums) }

// RecordSum hashes the digest of record i of d: a key that hashes it
// covers every field of the record, as Record would.
func (w *Writer) RecordSum(d *Records, i int) {
	w.buf = d.AppendSum(w.buf, i)
	w.flush()
}

// AppendSum appends the digest of record i of d to b.
func (d *Records) AppendSum(b []byte, i int) []byte { return append(b, d.sums[i][:]...) }

// RecordsOf gives d when it digests n records, as many as the caller's
// source of records holds (the caller made it from them), else the
// digests of recs, the records in memory, made anew.
func RecordsOf(d *Records, n int, recs []extract.Record) *Records {
	if d != nil && d.Len() == n {
		return d
	}
	return NewRecords(recs)
}

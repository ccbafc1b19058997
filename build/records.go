package build

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"sync"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
)

// recordSpool keeps the Summary's records out of memory while aggregation
// runs its passes after the facts and while the site is published: as soon
// as the facts are made (aggregate.Input.AfterFacts), the records (their
// evidence moved to the texts' spool; nothing changes a record after the
// facts) are written in id order to a scratch file, unlinked as soon as
// it is created, and the report's record source reads them from there
// (report.NewPackedRecordSource): the render stage's keys and eager pages
// in id order, a record at a time, an article page its article's run, the
// open data runs in order, a workbook its year's records. They were 494 MB at 100,000 articles (272
// bytes a record); a record is about 60 bytes in the file and 4 in at.
//
// A record's strings of few values (its Doc, unit, organisation, noun…)
// are written as their number in strs, kept in memory once each, so that
// reading a record back makes no garbage but for a phrase or sentence it
// holds itself and its denominator and completion.
type recordSpool struct {
	f    *os.File
	at   []uint32 // at[k] is where record k starts in the file; at[n] is its end
	strs []string // the strings written by number
	// blocks are the buffers records are read into: a read takes the
	// records it asks for and those after, up to a block, so that the
	// next read of the same goroutine usually finds its records there.
	blocks sync.Pool
}

// spoolBlock is a part of the spool read back: the bytes from off on.
type spoolBlock struct {
	off  int64
	data []byte
}

// spoolBlockSize is the least a read of the spool reads: a read of one
// record (an evidence cell) costs no more than a page.
const spoolBlockSize = 4 << 10

// read gives the n bytes at off in f, a file of size bytes: those b holds
// when it holds them all, else b's after it reads from off on, at least a
// block's worth, no further than the file's end (unless the n bytes reach
// past it, and the read fails). After an error b holds nothing.
func (b *spoolBlock) read(f *os.File, off, n, size int64) ([]byte, error) {
	if off < b.off || off+n > b.off+int64(len(b.data)) {
		read := min(max(n, spoolBlockSize), max(size-off, n))
		if int64(cap(b.data)) < read {
			b.data = make([]byte, max(read, spoolBlockSize))
		}
		b.data = b.data[:read]
		b.off = off
		if _, err := f.ReadAt(b.data, off); err != nil {
			b.data = b.data[:0]
			return nil, err
		}
	}
	return b.data[off-b.off : off+n-b.off], nil
}

// spoolRecords writes recs to a record spool. It gives nil, and no error,
// when the file would be past 4 GB (the records then stay in memory).
func spoolRecords(recs *extract.Table) (*recordSpool, error) {
	f, err := os.CreateTemp("", "unionstats-records-*")
	if err != nil {
		return nil, fmt.Errorf("records' scratch file: %w", err)
	}
	// Unlinked now: the open file is all that keeps it.
	os.Remove(f.Name())
	sp := &recordSpool{f: f, at: make([]uint32, recs.Len()+1), strs: []string{""}}
	sp.blocks.New = func() any { return new(spoolBlock) }
	num := map[string]uint64{"": 0}
	str := func(b []byte, s string) []byte {
		n, ok := num[s]
		if !ok {
			n = uint64(len(sp.strs))
			// A copy: the record's string may be a part of a larger one
			// (a cache payload) that it would keep.
			c := strings.Clone(s)
			sp.strs = append(sp.strs, c)
			num[c] = n
		}
		return binary.AppendUvarint(b, n)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var b []byte
	var off int64
	for k := range recs.Len() {
		r := recs.At(k)
		b = appendSpoolRecord(b[:0], &r, str)
		if off+int64(len(b)) > math.MaxUint32 {
			f.Close()
			return nil, nil
		}
		sp.at[k] = uint32(off)
		if _, err := w.Write(b); err != nil {
			f.Close()
			return nil, fmt.Errorf("records' scratch file: %w", err)
		}
		off += int64(len(b))
	}
	sp.at[recs.Len()] = uint32(off)
	if err := w.Flush(); err != nil {
		f.Close()
		return nil, fmt.Errorf("records' scratch file: %w", err)
	}
	return sp, nil
}

// releaseRecords writes sum's records (Packed, as aggregate.Build holds
// them) to a spool and gives a record source that reads them from there,
// their evidence sentences and phrases put back by ph, and drops sum's
// table: nothing may read sum.Packed after it. It gives nil, the records
// staying where they are, when they do not fit in a spool or the source
// cannot keep what it needs of them.
func releaseRecords(sum *aggregate.Summary, ph report.Phrases) (*report.RecordSource, *recordSpool, error) {
	sp, err := spoolRecords(sum.Packed)
	if err != nil || sp == nil {
		return nil, nil, err
	}
	src := report.NewPackedRecordSource(sum.Packed, ph, sp)
	if src == nil {
		sp.close()
		return nil, nil, nil
	}
	sum.Packed = nil
	return src, sp, nil
}

// Flags of a spooled record: which of its optional fields follow.
const (
	spoolDenominator = 1 << iota
	spoolCompletion
)

// appendSpoolRecord appends r to b, its strings of few values by their
// number (str), its phrase and sentence, when it holds them, whole.
func appendSpoolRecord(b []byte, r *extract.Record, str func([]byte, string) []byte) []byte {
	b = str(b, r.Doc)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(r.Value))
	var flags byte
	if r.Denominator != nil {
		flags |= spoolDenominator
	}
	if r.Completion != nil {
		flags |= spoolCompletion
	}
	b = append(b, flags)
	if r.Denominator != nil {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(*r.Denominator))
	}
	if r.Completion != nil {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(*r.Completion))
	}
	for _, s := range [...]string{r.Unit, r.Qualifier, r.Basis, r.Status, r.Period, r.Org, r.OrgType, r.Province, r.Category, r.Noun} {
		b = str(b, s)
	}
	for _, s := range [...]string{r.Evidence, r.Text} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, n := range [...]int{r.Year, r.Offset, r.Pos, r.Len, r.Para} {
		b = binary.AppendVarint(b, int64(n))
	}
	return b
}

var errSpoolDamaged = errors.New("records' scratch file: a record does not read back")

// ReadRecords fills buf with the records from id lo on
// (report.RecordReader).
func (sp *recordSpool) ReadRecords(lo int, buf []extract.Record) error {
	if lo < 0 || lo+len(buf) >= len(sp.at) {
		return fmt.Errorf("records %d to %d of %d", lo, lo+len(buf)-1, len(sp.at)-1)
	}
	if len(buf) == 0 {
		return nil
	}
	start, end := int64(sp.at[lo]), int64(sp.at[lo+len(buf)])
	blk := sp.blocks.Get().(*spoolBlock)
	defer sp.blocks.Put(blk)
	data, err := blk.read(sp.f, start, end-start, int64(sp.at[len(sp.at)-1]))
	if err != nil {
		return fmt.Errorf("records' scratch file: %w", err)
	}
	for i := range buf {
		var err error
		if data, err = sp.decode(data, &buf[i]); err != nil {
			return err
		}
	}
	return nil
}

// decode reads a record from the start of data into r, and gives the rest.
func (sp *recordSpool) decode(data []byte, r *extract.Record) ([]byte, error) {
	bad := false
	str := func() string {
		n, w := binary.Uvarint(data)
		if w <= 0 || n >= uint64(len(sp.strs)) {
			bad = true
			return ""
		}
		data = data[w:]
		return sp.strs[n]
	}
	float := func() float64 {
		if len(data) < 8 {
			bad = true
			return 0
		}
		v := math.Float64frombits(binary.LittleEndian.Uint64(data))
		data = data[8:]
		return v
	}
	inline := func() string {
		n, w := binary.Uvarint(data)
		if w <= 0 || n > uint64(len(data)-w) {
			bad = true
			return ""
		}
		s := string(data[w : w+int(n)])
		data = data[w+int(n):]
		return s
	}
	integer := func() int {
		n, w := binary.Varint(data)
		if w <= 0 {
			bad = true
			return 0
		}
		data = data[w:]
		return int(n)
	}
	*r = extract.Record{}
	r.Doc = str()
	r.Value = float()
	if len(data) == 0 {
		return nil, errSpoolDamaged
	}
	flags := data[0]
	data = data[1:]
	if flags&spoolDenominator != 0 {
		v := float()
		r.Denominator = &v
	}
	if flags&spoolCompletion != 0 {
		v := float()
		r.Completion = &v
	}
	for _, p := range [...]*string{&r.Unit, &r.Qualifier, &r.Basis, &r.Status, &r.Period, &r.Org, &r.OrgType, &r.Province, &r.Category, &r.Noun} {
		*p = str()
	}
	r.Evidence = inline()
	r.Text = inline()
	for _, p := range [...]*int{&r.Year, &r.Offset, &r.Pos, &r.Len, &r.Para} {
		*p = integer()
	}
	if bad {
		return nil, errSpoolDamaged
	}
	return data, nil
}

// close removes the spool (it was unlinked already: closing frees it).
func (sp *recordSpool) close() {
	if sp != nil {
		sp.f.Close()
	}
}

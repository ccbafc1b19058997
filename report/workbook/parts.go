package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"sync"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// rowBuffer holds a sheet's encoded rows: in memory, in blocks taken from
// a pool, up to spillAt bytes, then in a temporary file, as excelize's own
// stream does.
type rowBuffer struct {
	blocks [][]byte
	size   int // bytes in blocks
	total  int // bytes written
	tmp    *os.File
}

// blockSize is the size of a rowBuffer's blocks.
const blockSize = 64 << 10

// spillAt is how many bytes a rowBuffer holds in memory before it moves
// them to its temporary file. excelize's stream holds 16 MB
// (StreamChunkSize); a book's sheets are held until the book is put
// together, so that a sheet of a year's book at 100,000 articles kept its
// 16 MB of deflated rows in memory all that time: 1 MB keeps the books'
// share of the heap small for a few more writes.
const spillAt = 1 << 20

var blocks = sync.Pool{New: func() any { return new([blockSize]byte) }}

func (rb *rowBuffer) write(p []byte) error {
	rb.total += len(p)
	for len(p) > 0 {
		if n := len(rb.blocks); n == 0 || len(rb.blocks[n-1]) == blockSize {
			rb.blocks = append(rb.blocks, blocks.Get().(*[blockSize]byte)[:0])
		}
		last := &rb.blocks[len(rb.blocks)-1]
		k := min(len(p), blockSize-len(*last))
		*last = append(*last, p[:k]...)
		p = p[k:]
		rb.size += k
	}
	if rb.size < spillAt {
		return nil
	}
	return rb.spill()
}

// len is how many bytes were written.
func (rb *rowBuffer) len() int { return rb.total }

// spill moves the rows held in memory to the temporary file.
func (rb *rowBuffer) spill() error {
	if rb.tmp == nil {
		tmp, err := os.CreateTemp("", "unionstats-rows-")
		if err != nil {
			return fmt.Errorf("rows: %w", err)
		}
		rb.tmp = tmp
	}
	for _, b := range rb.blocks {
		if _, err := rb.tmp.Write(b); err != nil {
			return fmt.Errorf("rows: %w", err)
		}
	}
	rb.release()
	return nil
}

// release gives the blocks back to the pool.
func (rb *rowBuffer) release() {
	for _, b := range rb.blocks {
		blocks.Put((*[blockSize]byte)(b[:blockSize]))
	}
	rb.blocks, rb.size = nil, 0
}

// copyTo writes every row to w.
func (rb *rowBuffer) copyTo(w io.Writer) error {
	if rb.tmp != nil {
		if err := rb.spill(); err != nil {
			return err
		}
		if _, err := rb.tmp.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("rows: %w", err)
		}
		if _, err := io.Copy(w, rb.tmp); err != nil {
			return fmt.Errorf("rows: %w", err)
		}
	}
	for _, b := range rb.blocks {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// close gives back the blocks and removes the temporary file, if any.
func (rb *rowBuffer) close() error {
	rb.release()
	if rb.tmp == nil {
		return nil
	}
	name := rb.tmp.Name()
	err := rb.tmp.Close()
	rb.tmp = nil
	return errors.Join(err, os.Remove(name))
}

// Write is write, for a compressor.
func (rb *rowBuffer) Write(p []byte) (int, error) {
	if err := rb.write(p); err != nil {
		return 0, err
	}
	return len(p), nil
}

// rowStream holds a sheet's encoded rows deflated as they are written, a
// tenth of their size, with their CRC-32 and length: the splicer puts
// them into the sheet's part between its head and its tail, deflated on
// their own, without compressing them again (see splicer.flush).
//
// The rows are gathered in chunks of chunkSize bytes, and once a sheet
// has filled one, a goroutine of its own checksums and deflates them
// while the sheet encodes the next (deflate is about two fifths of a
// records sheet's time): a book keeps two cores busy. The compressor sees
// the same bytes in the same order, and its output does not depend on
// how they are cut into writes, so the bytes are the same.
type rowStream struct {
	fw  *flate.Writer
	buf rowBuffer // the deflated rows
	crc uint32
	n   int64

	chunk []byte // rows not yet handed to the compressor
	// Once a chunk is full: work takes the chunks to deflate, in order,
	// free gives them back, and done the compressor's first error when
	// work is closed. All nil while the rows fit in one chunk.
	work  chan []byte
	free  chan []byte
	done  chan error
	ended bool // work is closed and done read
	err   error
}

const (
	// chunkSize is the size of the chunks of rows handed to the
	// compressor.
	chunkSize = 64 << 10
	// chunksInFlight bounds the chunks of a sheet: one being encoded, the
	// others waiting or being deflated.
	chunksInFlight = 3
)

var chunks = sync.Pool{New: func() any { return new([chunkSize]byte) }}

func newRowStream() *rowStream {
	rs := &rowStream{fw: compressors.Get().(*flate.Writer)}
	rs.fw.Reset(&rs.buf)
	rs.chunk = chunks.Get().(*[chunkSize]byte)[:0]
	return rs
}

func (rs *rowStream) write(p []byte) error {
	for len(p) > 0 {
		k := min(len(p), chunkSize-len(rs.chunk))
		rs.chunk = append(rs.chunk, p[:k]...)
		p = p[k:]
		if len(rs.chunk) == chunkSize {
			rs.send()
		}
	}
	return nil
}

// send hands the full chunk to the compressor, starting it on the first
// one, and takes an empty chunk: a new one while fewer than
// chunksInFlight are out, else the next one the compressor gives back.
func (rs *rowStream) send() {
	if rs.work == nil {
		rs.work = make(chan []byte, chunksInFlight)
		rs.free = make(chan []byte, chunksInFlight)
		rs.done = make(chan error, 1)
		go rs.compress(rs.work, rs.free, rs.done)
		for range chunksInFlight - 1 {
			rs.free <- chunks.Get().(*[chunkSize]byte)[:0]
		}
	}
	rs.work <- rs.chunk
	rs.chunk = <-rs.free
}

// compress checksums and deflates the chunks of work, in order, giving
// each back through free, and sends its first error to done when work is
// closed.
func (rs *rowStream) compress(work <-chan []byte, free chan<- []byte, done chan<- error) {
	var err error
	for c := range work {
		if err == nil {
			err = rs.deflate(c)
		}
		free <- c[:0]
	}
	done <- err
}

// deflate checksums and compresses p.
func (rs *rowStream) deflate(p []byte) error {
	rs.crc = crc32.Update(rs.crc, crc32.IEEETable, p)
	rs.n += int64(len(p))
	if _, err := rs.fw.Write(p); err != nil {
		return fmt.Errorf("rows: %w", err)
	}
	return nil
}

// wait stops the compressor, if it runs, once it has deflated every chunk
// handed to it, and gives its error.
func (rs *rowStream) wait() error {
	if rs.work == nil || rs.ended {
		return rs.err
	}
	close(rs.work)
	rs.err = <-rs.done
	rs.ended = true
	for range chunksInFlight - 1 {
		chunks.Put((*[chunkSize]byte)((<-rs.free)[:chunkSize]))
	}
	return rs.err
}

// end ends the rows' deflate blocks on a byte boundary, not as the last
// block: the part's tail follows them.
func (rs *rowStream) end() error {
	if err := rs.wait(); err != nil {
		return err
	}
	if err := rs.deflate(rs.chunk); err != nil {
		return err
	}
	rs.chunk = rs.chunk[:0]
	if err := rs.fw.Flush(); err != nil {
		return fmt.Errorf("rows: %w", err)
	}
	return nil
}

// close stops the compressor and gives back the chunks, the compressor
// and the buffer.
func (rs *rowStream) close() error {
	_ = rs.wait() // the error was end's to give
	if rs.chunk != nil {
		chunks.Put((*[chunkSize]byte)(rs.chunk[:chunkSize]))
		rs.chunk = nil
	}
	if rs.fw != nil {
		compressors.Put(rs.fw)
		rs.fw = nil
	}
	return rs.buf.close()
}

// crc32Combine gives the CRC-32 (IEEE) of a followed by b from crc1, a's,
// crc2, b's, and b's length, as zlib's crc32_combine does: appending len2
// zero bits to a is a linear map of its CRC, applied by squaring a matrix
// over GF(2).
func crc32Combine(crc1, crc2 uint32, len2 int64) uint32 {
	if len2 <= 0 {
		return crc1 ^ crc2
	}
	var even, odd [32]uint32
	odd[0] = crc32.IEEE // the operator for one zero bit
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four
	for {
		// The first pass applies eight zero bits, one zero byte.
		gf2Square(&even, &odd)
		if len2&1 != 0 {
			crc1 = gf2Times(&even, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
		gf2Square(&odd, &even)
		if len2&1 != 0 {
			crc1 = gf2Times(&odd, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
	}
	return crc1 ^ crc2
}

func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

func gf2Square(square, mat *[32]uint32) {
	for n := range mat {
		square[n] = gf2Times(mat, mat[n])
	}
}

// sheetPath is the name of the package part of the sheet name:
// excelize names a sheet's part after its sheet id.
func sheetPath(f *excelize.File, name string) (string, error) {
	for _, s := range f.WorkBook.Sheets.Sheet {
		if s.Name == name {
			return "xl/worksheets/sheet" + strconv.Itoa(s.SheetID) + ".xml", nil
		}
	}
	return "", fmt.Errorf("sheet %q: not in the workbook", name)
}

// sheetDataEnd closes the rows of a worksheet part.
var sheetDataEnd = []byte("</sheetData>")

// splicer is the zip writer given to excelize: it passes every part
// through to zw, except the parts of the sheets whose rows are in parts,
// which it holds until excelize has written them and then writes with the
// rows put in before the end of their sheetData.
type splicer struct {
	zw    *zip.Writer
	parts map[string]*rowStream
	name  string       // the part being held, or ""
	held  bytes.Buffer // what excelize wrote of it
	done  []string     // the parts spliced
}

func (z *splicer) Create(name string) (io.Writer, error) {
	if err := z.flush(); err != nil {
		return nil, err
	}
	if _, ok := z.parts[name]; ok {
		z.name = name
		z.held.Reset()
		return &z.held, nil
	}
	return z.zw.Create(name)
}

// flush writes the part being held, with its rows. The part's entry is
// one deflate stream of three runs of blocks: its head, deflated here and
// ended on a byte boundary; the rows, deflated as they were written; its
// tail, deflated here with the last block. Its CRC-32 is combined from
// the three.
func (z *splicer) flush() error {
	if z.name == "" {
		return nil
	}
	name, held := z.name, z.held.Bytes()
	z.name = ""
	at := bytes.Index(held, sheetDataEnd)
	if at < 0 || bytes.Count(held, sheetDataEnd) != 1 {
		return fmt.Errorf("part %s: not one end of sheetData", name)
	}
	rows := z.parts[name]
	if err := rows.end(); err != nil {
		return fmt.Errorf("part %s: %w", name, err)
	}
	head, tail := held[:at], held[at:]
	var h, t bytes.Buffer
	if err := deflate(&h, head, false); err != nil {
		return fmt.Errorf("part %s: %w", name, err)
	}
	if err := deflate(&t, tail, true); err != nil {
		return fmt.Errorf("part %s: %w", name, err)
	}
	crc := crc32Combine(crc32.ChecksumIEEE(head), rows.crc, rows.n)
	crc = crc32Combine(crc, crc32.ChecksumIEEE(tail), int64(len(tail)))
	fh := &zip.FileHeader{
		Name: name, Method: zip.Deflate, CRC32: crc,
		CompressedSize64:   uint64(h.Len() + rows.buf.len() + t.Len()),
		UncompressedSize64: uint64(int64(len(head)) + rows.n + int64(len(tail))),
	}
	w, err := z.zw.CreateRaw(fh)
	if err != nil {
		return err
	}
	if _, err := w.Write(h.Bytes()); err != nil {
		return err
	}
	if err := rows.buf.copyTo(w); err != nil {
		return fmt.Errorf("part %s: %w", name, err)
	}
	if _, err := w.Write(t.Bytes()); err != nil {
		return err
	}
	z.done = append(z.done, name)
	return nil
}

// deflate compresses p into w: ending with the last block if last, else
// on a byte boundary, so that more blocks may follow.
func deflate(w io.Writer, p []byte, last bool) error {
	fw := compressors.Get().(*flate.Writer)
	defer compressors.Put(fw)
	fw.Reset(w)
	if _, err := fw.Write(p); err != nil {
		return err
	}
	if last {
		return fw.Close()
	}
	return fw.Flush()
}

func (z *splicer) AddFS(fsys fs.FS) error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

func (z *splicer) Close() error {
	if err := z.flush(); err != nil {
		return err
	}
	for name := range z.parts {
		if !slices.Contains(z.done, name) {
			return fmt.Errorf("part %s: not written", name)
		}
	}
	return z.zw.Close()
}

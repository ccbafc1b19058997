package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"sync"

	"github.com/xuri/excelize/v2"
)

// rowBuffer holds a sheet's encoded rows: in memory, in blocks taken from
// a pool, up to excelize's StreamChunkSize, then in a temporary file, as
// excelize's own stream does.
type rowBuffer struct {
	blocks [][]byte
	size   int // bytes in blocks
	tmp    *os.File
}

// blockSize is the size of a rowBuffer's blocks.
const blockSize = 64 << 10

var blocks = sync.Pool{New: func() any { return new([blockSize]byte) }}

func (rb *rowBuffer) write(p []byte) error {
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
	if rb.size < excelize.StreamChunkSize {
		return nil
	}
	return rb.spill()
}

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
	parts map[string]*rowBuffer
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

// flush writes the part being held, with its rows.
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
	w, err := z.zw.Create(name)
	if err != nil {
		return err
	}
	if _, err := w.Write(held[:at]); err != nil {
		return err
	}
	if err := z.parts[name].copyTo(w); err != nil {
		return fmt.Errorf("part %s: %w", name, err)
	}
	if _, err := w.Write(held[at:]); err != nil {
		return err
	}
	z.done = append(z.done, name)
	return nil
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

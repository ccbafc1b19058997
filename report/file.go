package report

import (
	"bytes"
	"fmt"
	"io"
)

// File is one output file of the site: Path is '/'-separated and relative
// to the site root ("index.html", "bai-viet/0a1b2c3d4e5f.html"). Its bytes
// are in Data, or, for the many article pages and the large open-data
// files, written on demand by Write (then Data is nil), so that the publish
// stage renders them a few at a time instead of holding them all.
type File struct {
	Path  string
	Data  []byte
	Write func(w io.Writer) error
	// Key identifies what a Write file is made of (see Config.Version): the
	// publish stage keeps a published file under the same key unrendered.
	Key string
}

// Bytes returns the file's bytes, rendering them if the file comes as Write.
func (f File) Bytes() ([]byte, error) {
	if f.Write == nil {
		return f.Data, nil
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, fmt.Errorf("%s: %w", f.Path, err)
	}
	return buf.Bytes(), nil
}

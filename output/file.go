package output

import (
	"bytes"
	"fmt"
)

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

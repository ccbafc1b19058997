package report

import "bytes"

// fileBytes returns a file's bytes, rendering them if it comes as Write.
func fileBytes(f File) ([]byte, error) {
	if f.Write == nil {
		return f.Data, nil
	}
	var buf bytes.Buffer
	err := f.Write(&buf)
	return buf.Bytes(), err
}

package output

import (
	"crypto/sha256"
	"encoding"
	"encoding/base64"
	"encoding/hex"
	"hash"
	"io"
	"os"
)

// PrefixKeeper is implemented by the writer Publish gives a File's Write.
// KeepPrefix(n), called before anything is written, starts the file with
// the first n bytes of the current site's file at the same path, copied
// by the file system without passing through the program (an open-data
// file rewritten for one article of many keeps its first gigabytes so). It
// reports false and writes nothing when it cannot: something was written
// already, the current site has no such file, or the file is shorter than
// n or not of the size the manifest says.
// The caller vouches that those bytes are the ones it would write (it has
// read and checked them): the new file's hash is taken up from the current
// one's last mark before n, not from its first byte.
type PrefixKeeper interface {
	KeepPrefix(n int64) (bool, error)
}

// markEvery is how many bytes apart the marks of a written file are: the
// state of its SHA-256 after every markEvery bytes, kept in the manifest
// (ManifestEntry.Marks) so that a file which starts as the current one
// does is hashed from there on (PrefixKeeper). At 16 MiB a gigabyte has 64
// marks (9 KB in the manifest), and at most 16 MiB are hashed again.
var markEvery int64 = 16 << 20

// markSize is the size of one mark: SHA-256's state as crypto/sha256
// marshals it.
var markSize = len(hashState(sha256.New()))

func hashState(h hash.Hash) []byte {
	b, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		panic(err) // crypto/sha256 always marshals its state
	}
	return b
}

// lazyWriter writes a Write file into the new generation, hashing it and
// marking the hash's state every markEvery bytes; old is the current
// site's file at the same path ("" for none) and entry its manifest entry.
type lazyWriter struct {
	out   *os.File
	old   string
	entry ManifestEntry
	h     hash.Hash
	n     int64
	marks []byte
}

func newLazyWriter(out *os.File, old string, entry ManifestEntry) *lazyWriter {
	return &lazyWriter{out: out, old: old, entry: entry, h: sha256.New()}
}

func (w *lazyWriter) Write(b []byte) (int, error) {
	n, err := w.out.Write(b)
	w.hash(b[:n])
	return n, err
}

// hash adds b, the file's next bytes, to the hash and its marks.
func (w *lazyWriter) hash(b []byte) {
	for len(b) > 0 {
		k := min(int64(len(b)), markEvery-w.n%markEvery)
		w.h.Write(b[:k])
		w.n += k
		b = b[k:]
		if w.n%markEvery == 0 {
			w.marks = append(w.marks, hashState(w.h)...)
		}
	}
}

// sum is the file's hex SHA-256 and its marks as ManifestEntry.Marks holds them.
func (w *lazyWriter) sum() (string, string) {
	return hex.EncodeToString(w.h.Sum(nil)), base64.StdEncoding.EncodeToString(w.marks)
}

// KeepPrefix implements PrefixKeeper.
func (w *lazyWriter) KeepPrefix(n int64) (bool, error) {
	marks, err := base64.StdEncoding.DecodeString(w.entry.Marks)
	if w.n != 0 || w.old == "" || n <= 0 || n > w.entry.Size || err != nil || len(marks)%markSize != 0 {
		return false, nil
	}
	f, err := os.Open(w.old)
	if err != nil {
		return false, nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || fi.Size() != w.entry.Size {
		return false, nil
	}
	k := min(int64(len(marks)/markSize), n/markEvery) // the marks within the prefix
	if k > 0 {
		if err := w.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(marks[(k-1)*int64(markSize) : k*int64(markSize)]); err != nil {
			return false, nil
		}
	}
	// os.File.ReadFrom copies between files in the kernel
	// (copy_file_range) when it is given a file under a LimitedReader.
	if c, err := w.out.ReadFrom(io.LimitReader(f, n)); err != nil {
		return false, err
	} else if c != n {
		return false, io.ErrUnexpectedEOF
	}
	w.marks = append(w.marks[:0], marks[:k*int64(markSize)]...)
	w.n = k * markEvery
	if _, err := io.Copy(hashOnly{w}, io.NewSectionReader(f, w.n, n-w.n)); err != nil {
		return false, err
	}
	return true, nil
}

// hashOnly hashes what is written to it as the file's next bytes, writing
// nothing: the bytes KeepPrefix copied after the last mark.
type hashOnly struct{ w *lazyWriter }

func (h hashOnly) Write(b []byte) (int, error) {
	h.w.hash(b)
	return len(b), nil
}

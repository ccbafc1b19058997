package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sync"
)

// Version is a digest of the data the extraction rules read: the name and
// bytes of every lexicon file compiled in (lexicon/*.tsv). It changes
// whenever a lexicon entry does, with no version to bump by hand. The rules
// written in Go are not in it: a cache of Article's results is keyed on
// Version and on the identity of the running program (its executable's
// digest), which covers them and any other data compiled in.
func Version() string { return lexiconDigest() }

var lexiconDigest = sync.OnceValue(func() string { return digestFS(lexiconFS) })

// digestFS hashes the path and bytes of every file in fsys, in walk order
// (lexical). It panics if fsys cannot be read: it is compiled in.
func digestFS(fsys fs.FS) string {
	h := sha256.New()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\n", p, len(data))
		h.Write(data)
		return nil
	})
	if err != nil {
		panic("extract: read the compiled-in lexicons: " + err.Error())
	}
	return hex.EncodeToString(h.Sum(nil))
}

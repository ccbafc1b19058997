package corpus

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// Warning is a problem that cost part or all of one document.
type Warning struct {
	Doc     string // the document, as in Article.Doc, or the file
	Message string // what went wrong, with the byte offset where it helps
}

// FileInfo describes one corpus file, for callers that cache by file.
type FileInfo struct {
	Path    string // relative to the corpus root, '/'-separated
	Size    int64
	ModTime time.Time
}

// List returns the corpus files (*.txt and *.jsonl) under fsys, sorted by
// Path. Hidden directories and files are skipped.
func List(fsys fs.FS) ([]FileInfo, error) {
	var files []FileInfo
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := p != "." && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return fs.SkipDir
			}
			return nil
		}
		if hidden || !d.Type().IsRegular() || !isCorpusFile(p) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files = append(files, FileInfo{Path: p, Size: info.Size(), ModTime: info.ModTime()})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list corpus: %w", err)
	}
	slices.SortFunc(files, func(a, b FileInfo) int { return cmp.Compare(a.Path, b.Path) })
	return files, nil
}

func isCorpusFile(p string) bool {
	switch path.Ext(p) {
	case ".txt", ".jsonl":
		return true
	}
	return false
}

// ParseFile parses one corpus file by its extension: one article for .txt,
// one per line for .jsonl. A file that yields nothing gives a warning.
func ParseFile(doc string, raw []byte) ([]Article, []Warning) {
	switch path.Ext(doc) {
	case ".txt":
		a, ws, err := ParseText(doc, raw)
		if err != nil {
			// The warning names the doc: its message is the cause alone.
			return nil, []Warning{{Doc: doc, Message: errors.Unwrap(err).Error()}}
		}
		return []Article{a}, ws
	case ".jsonl":
		return ParseJSONL(doc, raw)
	}
	return nil, []Warning{{Doc: doc, Message: fmt.Sprintf("unsupported file type %q", path.Ext(doc))}}
}

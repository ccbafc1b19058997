package corpus

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
)

// ErrEmpty is returned (wrapped) by Read when the tree holds no readable article.
var ErrEmpty = errors.New("corpus holds no readable article")

// Options control Read.
type Options struct {
	Jobs int // files parsed at once; 0 means GOMAXPROCS
}

// Result is what Read found.
type Result struct {
	Articles []Article // sorted by Doc
	Warnings []Warning // in file order
}

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
		a, err := parseText(raw)
		if err != nil {
			return nil, []Warning{{Doc: doc, Message: err.Error()}}
		}
		a.Doc = doc
		return []Article{a}, warnings(doc, a.Warnings)
	case ".jsonl":
		return ParseJSONL(doc, raw)
	}
	return nil, []Warning{{Doc: doc, Message: fmt.Sprintf("unsupported file type %q", path.Ext(doc))}}
}

// Read reads every article under fsys, parsing files in parallel. A file
// that cannot be read or parsed becomes a warning; Read fails when the
// tree cannot be walked, ctx is done, or no article is left (ErrEmpty).
func Read(ctx context.Context, fsys fs.FS, opts Options) (Result, error) {
	files, err := List(fsys)
	if err != nil {
		return Result{}, fmt.Errorf("read: %w", err)
	}
	type parsed struct {
		articles []Article
		warnings []Warning
	}
	out := make([]parsed, len(files))
	g, gctx := errgroup.WithContext(ctx)
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	g.SetLimit(jobs)
	for i, f := range files {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			raw, err := fs.ReadFile(fsys, f.Path)
			if err != nil {
				out[i].warnings = []Warning{{Doc: f.Path, Message: fmt.Sprintf("read: %v", err)}}
				return nil
			}
			out[i].articles, out[i].warnings = ParseFile(f.Path, raw)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return Result{}, fmt.Errorf("read: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("read: %w", err)
	}
	var res Result
	for _, p := range out {
		res.Articles = append(res.Articles, p.articles...)
		res.Warnings = append(res.Warnings, p.warnings...)
	}
	slices.SortStableFunc(res.Articles, func(a, b Article) int { return cmp.Compare(a.Doc, b.Doc) })
	if len(res.Articles) == 0 {
		return res, fmt.Errorf("read %d files: %w", len(files), ErrEmpty)
	}
	return res, nil
}

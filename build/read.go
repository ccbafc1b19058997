package build

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/output"
)

// Errors that Read and Run return (wrapped) for a corpus they cannot use.
var (
	ErrCorpus     = errors.New("cannot list the corpus")
	ErrNoArticles = errors.New("no readable article")
)

// ReadConfig says what to read and how.
type ReadConfig struct {
	Corpus fs.FS
	// Cache is the extraction cache file; "" reads and extracts every
	// article and keeps no cache.
	Cache    string
	Jobs     int          // files read and extracted at once; 0 means one per CPU
	Progress Progress     // nil draws nothing
	Log      *slog.Logger // nil logs nothing
	// texts takes the texts of the files whose records are decoded as
	// places in them (the files read with a cache) out of the heap; nil
	// keeps them there. Run sets it.
	texts *mappedTexts
}

// Progress is told what the build is doing, to draw it for a person.
type Progress interface {
	Stage(name string, total int) // a stage starts; total steps, 0 if unknown
	Tick()                        // one step of the stage is done
}

// Extraction is what Read gives.
type Extraction struct {
	Articles []corpus.Article // sorted by Doc
	Records  *extract.Table   // packed, in the order of extract.Sort
	Warnings []corpus.Warning // every problem met, by file path, in each file's order
	Files    FileCounts
}

// FileCounts says where the corpus files' articles came from.
type FileCounts struct {
	New       int // files read and extracted, not in the cache before
	Changed   int // files read and extracted again: their content changed
	Unchanged int // files taken from the cache
	Removed   int // files in the cache no longer in the corpus
	Skipped   int // files that yield no article (each has a warning)
}

// Read reads, cleans and extracts every article of the corpus, files in
// parallel: the one path by which both the build and the extract command
// read a corpus. A file whose size and modification time, or else whose
// content hash, match the cache's is taken from the cache, warnings
// included. A file that cannot be read or yields no article is a warning;
// so is every problem inside a file that yields articles (an invalid line
// of a .jsonl file, invalid UTF-8). files are the corpus's files as
// corpus.List gives them; nil lists them.
//
// Read fails when the corpus cannot be listed (ErrCorpus), ctx is done, or
// no article is found (ErrNoArticles; the cache is then left as it was).
func Read(ctx context.Context, cfg ReadConfig, files []corpus.FileInfo) (*Extraction, error) {
	if files == nil {
		var err error
		if files, err = corpus.List(cfg.Corpus); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrCorpus, err)
		}
	}
	log := logger(cfg.Log)
	cache, err := openCache(cfg.Cache, log)
	if err != nil {
		return nil, err
	}
	if cache != nil {
		defer cache.Close()
	}
	results := make([]fileResult, len(files))
	states := make([]fileState, len(files))
	stage(cfg.Progress, "extracting", len(files))
	parallel(ctx, len(files), cfg.Jobs, func(i int) {
		results[i], states[i] = readFile(cfg.Corpus, files[i], cache, true, cfg.texts)
		if results[i].blocks != nil {
			results[i].keepRecords()
		}
		tick(cfg.Progress)
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	x, damaged := assemble(ctx, cfg, results, states, log)
	for len(damaged) > 0 {
		// Records the cache gave that do not decode (decodeFile checked
		// only where they are): read and extract those files again.
		for _, i := range damaged {
			log.Warn("damaged extraction cache entry; extracting the file again", slog.String("file", files[i].Path))
			results[i], states[i] = readFile(cfg.Corpus, files[i], cache, false, nil)
		}
		x, damaged = assemble(ctx, cfg, results, states, log)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(x.Articles) == 0 {
		return x, fmt.Errorf("%d files: %w", len(files), ErrNoArticles)
	}
	if cache != nil {
		present := make(map[string]bool, len(files))
		for _, fi := range files {
			present[fi.Path] = true
		}
		x.Files.Removed = cache.Retain(func(doc string) bool { return present[doc] })
		if err := cache.Save(); err != nil {
			log.Warn("cannot save the extraction cache; the next build extracts everything again", slog.String("error", err.Error()))
		}
	}
	return x, nil
}

// assemble gathers the files' results into one Extraction: the articles
// sorted by Doc, and their records, each article's in the order of
// extract.Sort, in one table (so that the records come in the order of
// extract.Sort without sorting them all), packed: 120 bytes a record
// instead of 272. Each record is packed once, in place: decoded from its
// file's encoded records (see keepRecords) or taken from its file's
// extraction, an article's at a time, sorted, then packed, the files in
// parallel. It returns the indices of the files whose records did not
// decode.
func assemble(ctx context.Context, cfg ReadConfig, results []fileResult, states []fileState, log *slog.Logger) (*Extraction, []int) {
	x := &Extraction{}
	type ref struct{ file, article int }
	var all []ref
	nRecs := 0
	for i := range results {
		r := &results[i]
		for _, w := range r.warnings {
			log.Warn("input problem", slog.String("file", w.Doc), slog.String("problem", w.Message))
		}
		x.Warnings = append(x.Warnings, r.warnings...)
		if len(r.articles) == 0 {
			x.Files.Skipped++
			continue
		}
		switch states[i] {
		case stateNew:
			x.Files.New++
		case stateChanged:
			x.Files.Changed++
		default:
			x.Files.Unchanged++
		}
		for j := range r.articles {
			all = append(all, ref{i, j})
			nRecs += r.recordCount(j)
		}
	}
	slices.SortStableFunc(all, func(a, b ref) int {
		return strings.Compare(results[a.file].articles[a.article].Doc, results[b.file].articles[b.article].Doc)
	})
	// Where each file's articles' records start in x.Records.
	pos := make([][]int, len(results))
	for i := range results {
		pos[i] = make([]int, len(results[i].articles))
	}
	x.Articles = make([]corpus.Article, 0, len(all))
	x.Records = extract.NewTable(nRecs)
	at := 0
	for _, rf := range all {
		r := &results[rf.file]
		x.Articles = append(x.Articles, r.articles[rf.article])
		pos[rf.file][rf.article] = at
		at += r.recordCount(rf.article)
	}
	// put packs rs, article j of file i's records, at their place.
	put := func(p *extract.Packer, i, j int, rs []extract.Record) {
		extract.Sort(rs) // in text order already, as a rule
		for k := range rs {
			p.Set(pos[i][j]+k, &rs[k])
		}
	}
	// The cached files' records first: when one does not decode, the
	// caller extracts its file again and calls assemble again, which then
	// needs the extracted files' records as they are.
	bad := make([]bool, len(results))
	parallel(ctx, len(results), cfg.Jobs, func(i int) {
		r := &results[i]
		if r.blocks == nil {
			return
		}
		p := x.Records.Packer()
		if err := r.decodeRecords(func(j int, rs []extract.Record) { put(p, i, j, rs) }); err != nil {
			bad[i] = true
		}
	})
	var damaged []int
	for i, b := range bad {
		if b {
			damaged = append(damaged, i)
		}
	}
	if len(damaged) > 0 {
		return x, damaged
	}
	parallel(ctx, len(results), cfg.Jobs, func(i int) {
		r := &results[i]
		if r.blocks != nil {
			return
		}
		p := x.Records.Packer()
		for j := range r.records {
			put(p, i, j, r.records[j])
			r.records[j] = nil // one copy of the records at a time
		}
	})
	return x, nil
}

// fileState says where a file's result came from.
type fileState int

const (
	stateUnchanged fileState = iota // the cache
	stateNew                        // read and extracted, not in the cache
	stateChanged                    // read and extracted, different in the cache
)

// readFile gives one file's articles, records and warnings, from the cache
// when it holds the file unchanged and reuse is set, and puts what it
// extracts in the cache. The texts of a result whose records wait encoded
// (fileResult.blocks) go to texts (see ReadConfig).
func readFile(fsys fs.FS, fi corpus.FileInfo, cache *output.Cache, reuse bool, texts *mappedTexts) (fileResult, fileState) {
	var (
		old output.Entry
		had bool
	)
	if cache != nil {
		old, had = cache.Get(fi.Path)
		if had && reuse && old.Size == fi.Size && old.ModTime == fi.ModTime.UnixNano() && fi.ModTime.UnixNano() != 0 {
			if fr, err := decodeFile(old.Payload, texts); err == nil {
				return fr, stateUnchanged
			}
		}
	}
	raw, err := fs.ReadFile(fsys, fi.Path)
	if err != nil {
		return fileResult{warnings: []corpus.Warning{{Doc: fi.Path, Message: fmt.Sprintf("cannot read: %v", err)}}}, stateNew
	}
	sum := sha256.Sum256(raw)
	hash := hex.EncodeToString(sum[:])
	entry := output.Entry{Size: fi.Size, ModTime: fi.ModTime.UnixNano(), Hash: hash}
	if had && reuse && old.Hash == hash {
		if fr, err := decodeFile(old.Payload, texts); err == nil {
			entry.Payload = old.Payload
			cache.Put(fi.Path, entry)
			return fr, stateUnchanged
		}
	}
	var fr fileResult
	fr.articles, fr.warnings = corpus.ParseFile(fi.Path, raw)
	fr.records = make([][]extract.Record, len(fr.articles))
	for j := range fr.articles {
		var notes []string
		fr.records[j], notes = guarded(&fr.articles[j], extract.Article)
		fr.articles[j].DropSourceMap() // the records have their offsets
		for _, n := range notes {
			fr.warnings = append(fr.warnings, corpus.Warning{Doc: fr.articles[j].Doc, Message: n})
		}
	}
	if cache != nil {
		payload, blocks := encodeFileBlocks(&fr)
		entry.Payload = string(payload)
		cache.Put(fi.Path, entry)
		if reuse && len(fr.articles) > 0 {
			// The records wait encoded, as a cached file's do, until
			// assemble decodes them into their place in the build's one
			// slice: the extracted ones are freed now rather than held,
			// every file's, until that slice is made beside them (at
			// 100,000 articles both were about 500 MB). A file extracted
			// again because its cache entry did not decode (reuse unset)
			// keeps its records.
			fr.records, fr.blocks, fr.payload = nil, blocks, entry.Payload
			for j := range fr.articles {
				if t, ok := texts.put(fr.articles[j].Text); ok {
					fr.articles[j].Text = t
				}
			}
		}
	}
	if had {
		return fr, stateChanged
	}
	return fr, stateNew
}

// cacheVersion is what the extraction cache is keyed on: the program's
// identity and the lexicons' digest, which together decide every article's
// records and the payload's layout; "" when the program cannot be
// identified. 64 bits of each digest tell programs apart and keep the
// message of a cache written by another program short.
func cacheVersion() string {
	id := ProgramID()
	if id == "" {
		return ""
	}
	return "program " + id[:16] + " lexicons " + extract.Version()[:16]
}

// openCache opens the extraction cache at path; nil when path is "" or the
// program cannot be identified (a cache it could not tell stale is not used).
func openCache(path string, log *slog.Logger) (*output.Cache, error) {
	if path == "" {
		return nil, nil
	}
	version := cacheVersion()
	if version == "" {
		log.Warn("cannot identify this program (its executable is unreadable): the extraction cache is not used")
		return nil, nil
	}
	cache, warns, err := output.OpenCache(path, version)
	if err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	for _, w := range warns {
		log.Warn(w)
	}
	return cache, nil
}

// parallel calls fn(i) for i in [0, n) on up to jobs goroutines (one per
// CPU when jobs ≤ 0), stopping early when ctx is done.
func parallel(ctx context.Context, n, jobs int, fn func(i int)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(jobs, max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

func logger(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.New(slog.DiscardHandler)
	}
	return l
}

func stage(p Progress, name string, total int) {
	if p != nil {
		p.Stage(name, total)
	}
}

func tick(p Progress) {
	if p != nil {
		p.Tick()
	}
}

// guarded runs the extractor on one article. A panic, a defect of the
// extractor on text it did not foresee, becomes a warning naming the
// article, which then gives no record, so that the other articles go on.
func guarded(a *corpus.Article, run func(*corpus.Article) ([]extract.Record, []string)) (recs []extract.Record, notes []string) {
	defer func() {
		if r := recover(); r != nil {
			recs, notes = nil, []string{fmt.Sprintf("lỗi chương trình khi trích số liệu, bài không có số liệu: %v", r)}
		}
	}()
	return run(a)
}

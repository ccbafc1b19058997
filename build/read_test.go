package build

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/output"
)

const readLead = "Năm 2021, Liên đoàn Lao động quận Long Biên đã kết nạp 120 đoàn viên và thành lập 4 công đoàn cơ sở."

var readTime = time.Unix(1700000000, 0)

func article(title string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte(title + "\n\n" + readLead + "\n"), ModTime: readTime}
}

// readCorpus holds good and bad files, and a .jsonl file with good lines
// around a bad one.
func readCorpus() fstest.MapFS {
	return fstest.MapFS{
		"b.txt":            article("Bài B"),
		"sub/a.txt":        article("Bài A"),
		"sub/deep/c.txt":   article("Bài C"),
		"empty.txt":        {Data: nil, ModTime: readTime},
		"bin.txt":          {Data: []byte("x\x00y"), ModTime: readTime},
		"notes.md":         {Data: []byte("# not an article"), ModTime: readTime},
		".git/x.txt":       article("Hidden"),
		"list.jsonl":       {Data: []byte(`{"id":"z","text":"Bài Z\n\n` + readLead + `"}` + "\n{oops\n" + `{"id":"y","text":"Bài Y\n\n` + readLead + `"}` + "\n"), ModTime: readTime},
		"sub/.hidden.txt":  article("Hidden"),
		"sub/deep/bad.txt": {Data: []byte("--> -->\n"), ModTime: readTime},
	}
}

// docsOf lists the docs of articles, records or warnings.
func docsOf[T any](xs []T, doc func(T) string) []string {
	var out []string
	for _, x := range xs {
		out = append(out, doc(x))
	}
	return out
}

// TestRead reads a corpus with and without the cache, with several
// workers: the same articles, records and warnings every time, the warning
// of a bad line inside a good .jsonl file among them.
func TestRead(t *testing.T) {
	fsys := readCorpus()
	wantDocs := []string{"b.txt", "list.jsonl#y", "list.jsonl#z", "sub/a.txt", "sub/deep/c.txt"}
	wantWarned := []string{"bin.txt", "empty.txt", "list.jsonl#L2", "sub/deep/bad.txt"}
	cache := filepath.Join(t.TempDir(), "extract.cache")
	mapped := filepath.Join(t.TempDir(), "mapped.cache")
	texts, err := newMappedTexts()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(texts.close)
	tests := []struct {
		name  string
		cfg   ReadConfig
		files FileCounts
	}{
		{"no cache, one worker", ReadConfig{Corpus: fsys, Jobs: 1}, FileCounts{New: 4, Skipped: 3}},
		{"no cache, three workers", ReadConfig{Corpus: fsys, Jobs: 3}, FileCounts{New: 4, Skipped: 3}},
		{"empty cache", ReadConfig{Corpus: fsys, Cache: cache}, FileCounts{New: 4, Skipped: 3}},
		{"from the cache", ReadConfig{Corpus: fsys, Cache: cache}, FileCounts{Unchanged: 4, Skipped: 3}},
		{"empty cache, texts mapped", ReadConfig{Corpus: fsys, Cache: mapped, texts: texts}, FileCounts{New: 4, Skipped: 3}},
		{"from the cache, texts mapped", ReadConfig{Corpus: fsys, Cache: mapped, texts: texts}, FileCounts{Unchanged: 4, Skipped: 3}},
	}
	var first *Extraction
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := Read(context.Background(), tt.cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantDocs, docsOf(x.Articles, func(a corpus.Article) string { return a.Doc })); diff != "" {
				t.Errorf("docs (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantWarned, slices.Sorted(slices.Values(docsOf(x.Warnings, func(w corpus.Warning) string { return w.Doc })))); diff != "" {
				t.Errorf("warned docs (-want +got):\n%s\n%v", diff, x.Warnings)
			}
			if diff := cmp.Diff(tt.files, x.Files); diff != "" {
				t.Errorf("file counts (-want +got):\n%s", diff)
			}
			recs := x.Records.Unpack()
			if len(recs) < 2*len(wantDocs) {
				t.Errorf("%d records, want at least two per article", len(recs))
			}
			if tt.cfg.texts != nil {
				// The texts, and the records' sentences and phrases with
				// them, are in the mapping, not the heap.
				for _, a := range x.Articles {
					if !inMapping(texts, a.Text) {
						t.Errorf("the text of %s is not in the mapping", a.Doc)
					}
				}
				for _, r := range recs {
					if !inMapping(texts, r.Evidence) || !inMapping(texts, r.Text) {
						t.Errorf("record %s@%d: evidence %q or phrase %q not in the mapping", r.Doc, r.Offset, r.Evidence, r.Text)
					}
				}
			}
			sorted := slices.Clone(recs)
			extract.Sort(sorted)
			if diff := cmp.Diff(sorted, recs); diff != "" {
				t.Errorf("records not in the order of extract.Sort (-want +got):\n%s", diff)
			}
			if first == nil {
				first = x
				return
			}
			if diff := cmp.Diff(first, x, append(codecOpts, cmpopts.IgnoreFields(Extraction{}, "Files"))...); diff != "" {
				t.Errorf("differs from the first read (-first +this):\n%s", diff)
			}
		})
	}
}

// TestReadCacheFollowsFiles: a touched file with the same bytes comes from
// the cache, a changed one is read again, a removed one leaves the cache.
func TestReadCacheFollowsFiles(t *testing.T) {
	fsys := readCorpus()
	cfg := ReadConfig{Corpus: fsys, Cache: filepath.Join(t.TempDir(), "extract.cache")}
	if _, err := Read(context.Background(), cfg, nil); err != nil {
		t.Fatal(err)
	}
	later := readTime.Add(time.Hour)
	fsys["b.txt"] = &fstest.MapFile{Data: fsys["b.txt"].Data, ModTime: later}
	fsys["sub/a.txt"] = &fstest.MapFile{Data: []byte("Bài A sửa\n\n" + readLead + "\n"), ModTime: later}
	delete(fsys, "sub/deep/c.txt")
	x, err := Read(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := FileCounts{Unchanged: 2, Changed: 1, Removed: 1, Skipped: 3}
	if diff := cmp.Diff(want, x.Files); diff != "" {
		t.Errorf("file counts (-want +got):\n%s", diff)
	}
	if i := slices.IndexFunc(x.Articles, func(a corpus.Article) bool { return a.Doc == "sub/a.txt" }); i < 0 || x.Articles[i].Title != "Bài A sửa" {
		t.Errorf("the changed article was not read again")
	}
}

// TestReadDamagedCachedRecords: a cached file whose records do not decode
// (its articles do: they are decoded first) is read and extracted again,
// and the read is that of a clean cache.
func TestReadDamagedCachedRecords(t *testing.T) {
	fsys := readCorpus()
	path := filepath.Join(t.TempDir(), "extract.cache")
	cfg := ReadConfig{Corpus: fsys, Cache: path}
	want, err := Read(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	cache, _, err := output.OpenCache(path, cacheVersion())
	if err != nil {
		t.Fatal(err)
	}
	e, ok := cache.Get("sub/a.txt")
	if !ok {
		t.Fatal("sub/a.txt is not in the cache")
	}
	fr, err := decodeFile(e.Payload, nil)
	if err != nil || len(fr.blocks) != 1 || fr.blocks[0].n == 0 {
		t.Fatalf("decodeFile = %v blocks, %v; want one article with records", fr.blocks, err)
	}
	damaged := []byte(e.Payload)
	at := fr.blocks[0].at + 8 // past the first record's value
	for range 2 {             // its denominator and completion
		if damaged[at] == 1 {
			at += 8
		}
		at++
	}
	damaged[at] = 0x7e // its unit: a symbol not yet defined
	e.Payload = string(damaged)
	cache.Put("sub/a.txt", e)
	if err := cache.Save(); err != nil {
		t.Fatal(err)
	}
	x, err := Read(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(FileCounts{Unchanged: 3, Changed: 1, Skipped: 3}, x.Files); diff != "" {
		t.Errorf("file counts (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, x, append(codecOpts, cmpopts.IgnoreFields(Extraction{}, "Files"))...); diff != "" {
		t.Errorf("differs from a clean read (-want +got):\n%s", diff)
	}
}

func TestReadFails(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		fsys fs.FS
		want error
	}{
		{"no files", context.Background(), fstest.MapFS{"a.md": {Data: []byte("x")}}, ErrNoArticles},
		{"only bad files", context.Background(), fstest.MapFS{"a.txt": {Data: []byte("\n")}}, ErrNoArticles},
		{"cancelled", cancelled, fstest.MapFS{"a.txt": article("Bài")}, context.Canceled},
		{"unwalkable", context.Background(), brokenFS{}, ErrCorpus},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.ctx, ReadConfig{Corpus: tt.fsys}, nil)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// brokenFS fails every operation.
type brokenFS struct{}

func (brokenFS) Open(string) (fs.File, error) { return nil, errors.New("disk on fire") }

func TestGuardedExtraction(t *testing.T) {
	a := &corpus.Article{Doc: "a.jsonl#x"}
	recs, notes := guarded(a, func(*corpus.Article) ([]extract.Record, []string) {
		var s []int
		_ = s[1] // an extractor defect
		return []extract.Record{{Value: 1}}, nil
	})
	if recs != nil || len(notes) != 1 || !strings.Contains(notes[0], "lỗi chương trình") {
		t.Fatalf("guarded(panicking extractor) = %v, %q; want no record and one note", recs, notes)
	}
	recs, notes = guarded(a, func(*corpus.Article) ([]extract.Record, []string) {
		return []extract.Record{{Value: 1}}, []string{"ghi chú"}
	})
	if len(recs) != 1 || len(notes) != 1 || notes[0] != "ghi chú" {
		t.Fatalf("guarded(extractor) = %v, %q; want its record and note", recs, notes)
	}
}

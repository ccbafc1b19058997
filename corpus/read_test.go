package corpus

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

const readLead = "Năm 2021, Liên đoàn Lao động quận Long Biên đã tổ chức 8 hội nghị và trao 120 suất quà cho đoàn viên khó khăn."

func article(title string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte(title + "\n\n" + readLead + "\n"), ModTime: time.Unix(1700000000, 0)}
}

func TestRead(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":            article("Bài B"),
		"sub/a.txt":        article("Bài A"),
		"sub/deep/c.txt":   article("Bài C"),
		"empty.txt":        {Data: nil},
		"bin.txt":          {Data: []byte("x\x00y")},
		"notes.md":         {Data: []byte("# not an article")},
		".git/x.txt":       article("Hidden"),
		"list.jsonl":       {Data: []byte(`{"id":"z","text":"Bài Z\n\n` + readLead + `"}` + "\n{oops\n")},
		"sub/.hidden.txt":  article("Hidden"),
		"sub/deep/bad.txt": {Data: []byte("--> -->\n")},
	}
	for _, jobs := range []int{0, 1, 3} {
		res, err := Read(context.Background(), fsys, Options{Jobs: jobs})
		if err != nil {
			t.Fatalf("Read(Jobs=%d): %v", jobs, err)
		}
		var docs []string
		for _, a := range res.Articles {
			docs = append(docs, a.Doc)
		}
		wantDocs := []string{"b.txt", "list.jsonl#z", "sub/a.txt", "sub/deep/c.txt"}
		if diff := cmp.Diff(wantDocs, docs); diff != "" {
			t.Errorf("Jobs=%d: docs (-want +got):\n%s", jobs, diff)
		}
		var warned []string
		for _, w := range res.Warnings {
			warned = append(warned, w.Doc)
		}
		wantWarned := []string{"bin.txt", "empty.txt", "list.jsonl#L2", "sub/deep/bad.txt"}
		if diff := cmp.Diff(wantWarned, warned); diff != "" {
			t.Errorf("Jobs=%d: warned docs (-want +got):\n%s\n%v", jobs, diff, res.Warnings)
		}
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
		{"no files", context.Background(), fstest.MapFS{"a.md": {Data: []byte("x")}}, ErrEmpty},
		{"only bad files", context.Background(), fstest.MapFS{"a.txt": {Data: []byte("\n")}}, ErrEmpty},
		{"cancelled", cancelled, fstest.MapFS{"a.txt": article("Bài")}, context.Canceled},
		{"unwalkable", context.Background(), brokenFS{}, errBroken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.ctx, tt.fsys, Options{})
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

var errBroken = errors.New("disk on fire")

// brokenFS fails every operation.
type brokenFS struct{}

func (brokenFS) Open(string) (fs.File, error) { return nil, errBroken }

func TestList(t *testing.T) {
	mt := time.Unix(1700000000, 0)
	fsys := fstest.MapFS{
		"z.txt":     {Data: []byte("abc"), ModTime: mt},
		"a/b.jsonl": {Data: []byte("{}"), ModTime: mt},
		"a/c.csv":   {Data: []byte("x")},
		".cache/d":  {Data: []byte("x")},
	}
	got, err := List(fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := []FileInfo{{Path: "a/b.jsonl", Size: 2, ModTime: mt}, {Path: "z.txt", Size: 3, ModTime: mt}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
}

func TestParseFile(t *testing.T) {
	tests := []struct {
		name      string
		doc       string
		raw       string
		wantDocs  int
		wantWarns string // joined messages
	}{
		{"text", "a.txt", "Tiêu đề\n\n" + readLead, 1, ""},
		{"jsonl", "a.jsonl", `{"text":"Tiêu đề"}`, 1, ""},
		{"other", "a.csv", "x", 0, `unsupported file type ".csv"`},
		{"bad text", "a.txt", "", 0, "empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, ws := ParseFile(tt.doc, []byte(tt.raw))
			var msgs []string
			for _, w := range ws {
				msgs = append(msgs, w.Message)
			}
			if len(arts) != tt.wantDocs || strings.Join(msgs, "; ") != tt.wantWarns {
				t.Errorf("got %d articles, warnings %q; want %d, %q", len(arts), msgs, tt.wantDocs, tt.wantWarns)
			}
		})
	}
}

package corpus

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

const readLead = "Năm 2021, Liên đoàn Lao động quận Long Biên đã tổ chức 8 hội nghị và trao 120 suất quà cho đoàn viên khó khăn."

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

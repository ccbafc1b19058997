package report

import (
	"html/template"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lddt/unionstats/extract"
)

func TestArticleHTML(t *testing.T) {
	const text = "Kết nạp 120 đoàn viên.\n\nTặng 30 suất quà <b>Tết</b>."
	// the anchor is "r" and the offset in the file: here the file is the text
	rec := func(pos, n int) extract.Record { return extract.Record{Pos: pos, Len: n, Offset: pos} }
	n120, n30 := strings.Index(text, "120"), strings.Index(text, "30 ")
	tests := []struct {
		name       string
		records    []extract.Record
		want       template.HTML
		wantMarked []bool
	}{
		{
			name:       "two marks in two paragraphs",
			records:    []extract.Record{rec(n120, 3), rec(n30, 2)},
			want:       "<p>Kết nạp <mark id=\"r12\">120</mark> đoàn viên.</p>\n<p>Tặng <mark id=\"r38\">30</mark> suất quà &lt;b&gt;Tết&lt;/b&gt;.</p>\n",
			wantMarked: []bool{true, true},
		},
		{
			name:       "overlapping, out-of-range and empty records stay unmarked",
			records:    []extract.Record{rec(n120, 3), rec(n120+1, 2), rec(len(text)-2, 9), rec(n30, 0)},
			want:       "<p>Kết nạp <mark id=\"r12\">120</mark> đoàn viên.</p>\n<p>Tặng 30 suất quà &lt;b&gt;Tết&lt;/b&gt;.</p>\n",
			wantMarked: []bool{true, false, false, false},
		},
		{
			name:       "a mark opens the paragraph",
			records:    []extract.Record{rec(0, len("Kết"))},
			want:       "<p><mark id=\"r0\">Kết</mark> nạp 120 đoàn viên.</p>\n<p>Tặng 30 suất quà &lt;b&gt;Tết&lt;/b&gt;.</p>\n",
			wantMarked: []bool{true},
		},
		{
			name:       "no records",
			want:       "<p>Kết nạp 120 đoàn viên.</p>\n<p>Tặng 30 suất quà &lt;b&gt;Tết&lt;/b&gt;.</p>\n",
			wantMarked: []bool{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs := make([]int, len(tc.records))
			for i := range recs {
				recs[i] = i
			}
			got, marked := articleHTML(text, recs, tc.records)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("html (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantMarked, marked); diff != "" {
				t.Errorf("marked (-want +got):\n%s", diff)
			}
		})
	}
}

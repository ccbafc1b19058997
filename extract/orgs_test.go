package extract

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/lddt/unionstats/corpus"
)

// TestNationwideArticle: an article of another paper that names no
// organisation and no province of its own but speaks of the whole country
// reports the national federation's figures, which stay out of Hà Nội's
// report; without those words its figures keep no organisation.
func TestNationwideArticle(t *testing.T) {
	tests := []struct {
		name, body, org, province string
	}{
		{"whole country", "Chăm lo Tết cho người lao động\n\nTrong phạm vi cả nước, số vụ ngừng việc tập thể dịp Tết năm nay giảm. 7,2 triệu đoàn viên, người lao động đã được tổ chức công đoàn chăm lo với tổng kinh phí hơn 5.400 tỷ đồng.",
			nationalFederation, National},
		{"no words of it", "Chăm lo Tết cho người lao động\n\nSố vụ ngừng việc tập thể dịp Tết năm nay giảm. 7,2 triệu đoàn viên, người lao động đã được tổ chức công đoàn chăm lo với tổng kinh phí hơn 5.400 tỷ đồng.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, notes := lineRecords(t, "https://example.vn/cham-lo-tet.html", "2024-02-20", tt.body)
			if len(recs) != 2 {
				t.Fatalf("got %d records, want 2 (notes %v)", len(recs), notes)
			}
			for _, r := range recs {
				if r.Org != tt.org || r.Province != tt.province {
					t.Errorf("%v: org %q province %q, want %q %q", r.Value, r.Org, r.Province, tt.org, tt.province)
				}
			}
		})
	}
}

// lineRecords extracts the records of one JSON Lines article with the given
// url, publication date and body.
func lineRecords(t *testing.T, url, published, body string) ([]Record, []string) {
	t.Helper()
	line, err := json.Marshal(map[string]string{"id": "a", "url": url, "published": published, "body": body})
	if err != nil {
		t.Fatal(err)
	}
	as, warns := corpus.ParseJSONL("t.jsonl", line)
	if len(as) != 1 {
		t.Fatalf("ParseJSONL: %d articles, warnings %v", len(as), warns)
	}
	return Article(&as[0])
}

// lineCase is an invented article, one JSON Lines article with its url,
// publication date and body (lineRecords), and the records it must give
// as line renders them.
type lineCase struct {
	name, link, published, body string
	want                        []string
}

// runLineCases runs each case of tests as a subtest of its name.
func runLineCases(t *testing.T, tests []lineCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, notes := lineRecords(t, tt.link, tt.published, tt.body)
			checkLines(t, recs, notes, tt.want)
		})
	}
}

// checkLines reports recs, as line renders them, that are not want, with
// the notes Article gave.
func checkLines(t *testing.T, recs []Record, notes, want []string) {
	t.Helper()
	var got []string
	for _, r := range recs {
		got = append(got, line(r))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s\n(notes %v)", strings.Join(got, "\n"), strings.Join(want, "\n"), notes)
	}
}

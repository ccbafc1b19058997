package report

import (
	"html/template"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reference renders the same markup as num.HTML and the RowsHTML methods
// with html/template, as the templates did before those were written in Go:
// the Go code must escape exactly as html/template does.
var reference = template.Must(template.New("").Parse(`
{{- define "num"}}{{if .Href}}<a href="{{.Href}}"{{if .Title}} title="{{.Title}}"{{end}}>{{.Text}}</a>{{else if .Title}}<span title="{{.Title}}">{{.Text}}</span>{{else}}{{.Text}}{{end}}{{end}}
{{- define "table"}}{{range .Rows}}
<tr><th scope="row">{{template "num" .Head}}</th>{{range .Cells}}<td{{if .Num}} class="n"{{end}}>{{template "num" .}}</td>{{end}}</tr>
{{- end}}{{end}}
{{- define "records"}}{{range .Rows}}
<tr{{if .Anchor}} id="{{.Ref}}"{{end}}><th scope="row"><a href="#{{.Ref}}">{{.ID}}</a></th><td class="n">{{.Value}}{{if .Badge}} <span class="hieu-dinh" title="{{.Note}}">{{.Badge}}</span>{{end}}</td><td>{{.Phrase}}</td><td>{{.Category}}</td><td>{{if .OrgHref}}<a href="{{.OrgHref}}">{{.Org}}</a>{{else}}{{.Org}}{{end}}</td><td>{{.Year}}</td><td>{{.Kind}}</td><td class="ma"><code>{{.RecordID}}</code></td></tr>
{{- end}}{{end}}`))

func executeReference(t *testing.T, name string, data any) string {
	t.Helper()
	var b strings.Builder
	if err := reference.ExecuteTemplate(&b, name, data); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// awkward are texts and addresses that html/template escapes or rewrites.
var awkward = []string{
	"", "Ba Đình", "1.715*†", `<b>"Tết" & 'quà'</b>`, "a+b", "nul\x00byte", "bad utf-8 \xff\xfe",
	"../to-chuc/ba-dinh.html", "../bai-viet/0a1b2c3d4e5f.html#r1234", "https://laodongthudo.vn/a?b=1&c=2",
	"HTTP://x.vn", "mailto:a@b.vn", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "a/b:c",
	"nam/2022 bản.html", "Đống Đa.html", "q?x=%41%4g%", "50%", "%41", "x%4", "it's (1)", "tab\there", "a\"b<c>",
	"!#$&*+,/:;=?@[]-._~", "\x7f\x01 `^{}|\\", "../a!#$*,/;=?@[]-._~Z9.html",
}

func TestNumHTMLMatchesTemplate(t *testing.T) {
	for _, href := range awkward {
		for _, title := range []string{"", "Có phần ước lượng", `"<x>" & 'y'+`} {
			for _, text := range []string{"1.715", `<b>"Tết"</b> & 'quà'+`} {
				n := num{Text: text, Href: href, Title: title}
				if diff := cmp.Diff(executeReference(t, "num", n), string(n.HTML())); diff != "" {
					t.Errorf("%+v (-template +Go):\n%s", n, diff)
				}
			}
		}
	}
}

func TestRowsHTMLMatchesTemplate(t *testing.T) {
	tbl := table{Rows: []row{{Head: text("Toàn thành phố")}}}
	for i, s := range awkward {
		tbl.Rows = append(tbl.Rows, row{
			Head:  num{Text: s, Href: awkward[(i+1)%len(awkward)]},
			Cells: []num{{Text: s, Num: true}, {Text: "–", Title: s, Num: i%2 == 0}, {Text: s, Href: s, Title: s}, {}},
		})
	}
	if diff := cmp.Diff(executeReference(t, "table", tbl), string(tbl.RowsHTML())); diff != "" {
		t.Errorf("table rows (-template +Go):\n%s", diff)
	}
	if got := (table{}).RowsHTML(); got != "" {
		t.Errorf("no rows: %q", got)
	}
}

func TestRecordRowsHTMLMatchesTemplate(t *testing.T) {
	a := &articleBody{}
	for i, s := range awkward {
		a.Rows = append(a.Rows, recordRow{
			ID: i + 1, Ref: s, Anchor: i%3 == 0,
			Value: s, Phrase: s, Category: s, Org: s, OrgHref: awkward[(i+2)%len(awkward)], Year: s, Kind: s, RecordID: s, Badge: s, Note: s,
		})
	}
	if diff := cmp.Diff(executeReference(t, "records", a), string(a.RowsHTML())); diff != "" {
		t.Errorf("record rows (-template +Go):\n%s", diff)
	}
}

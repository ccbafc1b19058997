package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/xuri/excelize/v2"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
)

// Reasons of the corrections the end-to-end test makes.
const (
	whyReject = "không phải số liệu của năm"
	whyChange = "số liệu của quận Tây Hồ, không phải của đơn vị khác"
	whyAdd    = "máy bỏ sót: 12 lớp tập huấn"
)

// correctionsSetup is a copy of the sample corpus and the corrections
// file made from the review template: reject one record, change another's
// org, add a missed figure.
type correctionsSetup struct {
	corpus, file  string
	rejected      map[string]string // the rejected row's template cells, by column key
	changed       map[string]string
	addID, addDoc string
	header        []string
	rows          [][]string
}

func newCorrectionsSetup(t *testing.T) *correctionsSetup {
	t.Helper()
	tmp := t.TempDir()
	s := &correctionsSetup{corpus: filepath.Join(tmp, "corpus"), file: filepath.Join(tmp, "hieu-dinh.csv")}
	copyTree(t, sampleCorpusDir(t), s.corpus)
	tpl := filepath.Join(tmp, "mau.csv")
	if r := runCLI(t, "review", "--corpus", s.corpus, "--year", "2024", "--out", tpl); r.err != nil || !strings.Contains(r.stdout, "worth a look") {
		t.Fatalf("review: %s", r)
	}
	data, err := os.ReadFile(tpl)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	s.header = rows[0]
	if want := corrections.Headers(); !slices.Equal(s.header, want) {
		t.Fatalf("template header %q, want %q", s.header, want)
	}
	cells := func(row []string) map[string]string {
		m := map[string]string{}
		for i, c := range corrections.Columns {
			m[c.Key] = row[i]
		}
		return m
	}
	// Two records of different 2024 articles whose phrase stands once in
	// their article.
	texts := map[string]string{}
	for _, a := range s.articles(t) {
		texts[a.Doc] = a.Text
	}
	for _, row := range rows[1:] {
		m := cells(row)
		doc := docOf(m)
		q := strings.TrimPrefix(m[corrections.ColPrefix], "'") + m[corrections.ColExact] + strings.TrimPrefix(m[corrections.ColSuffix], "'")
		switch {
		case !strings.HasPrefix(doc, "2024.jsonl#") || strings.Count(texts[doc], q) != 1:
		case s.rejected == nil:
			s.rejected = m
		case s.changed == nil && doc != docOf(s.rejected):
			s.changed = m
		}
	}
	if s.rejected == nil || s.changed == nil {
		t.Fatalf("the review template has no two 2024 records of different articles:\n%s", data)
	}
	s.rejected[corrections.ColAction] = "loại"
	s.rejected[corrections.ColWhy] = whyReject
	s.changed[corrections.ColAction] = "sửa"
	s.changed[corrections.ColOrg] = "Tây Hồ"
	s.changed[corrections.ColOrgType] = "quận"
	s.changed[corrections.ColWhy] = whyChange
	add := s.missedNumber(t)
	for _, m := range []map[string]string{s.rejected, s.changed, add} {
		m[corrections.ColWho] = "Nguyễn Thị Hoa"
		m[corrections.ColWhen] = "15/01/2025"
		row := make([]string, len(corrections.Columns))
		for i, c := range corrections.Columns {
			row[i] = m[c.Key]
		}
		s.rows = append(s.rows, row)
	}
	s.write(t)
	return s
}

func docOf(m map[string]string) string {
	doc, _, _ := corrections.ParseID(m[corrections.ColID])
	return doc
}

// missedNumber is an "add" row for a numeral of a 2024 article that no
// record reads (the extractor passed it over).
func (s *correctionsSetup) missedNumber(t *testing.T) map[string]string {
	t.Helper()
	arts := s.articles(t)
	for i := range arts {
		a := &arts[i]
		if a.Doc == docOf(s.rejected) || a.Doc == docOf(s.changed) {
			continue
		}
		recs, _ := extract.Article(a)
		covered := func(p int) bool {
			for _, r := range recs {
				if p >= r.Pos && p < r.Pos+r.Len {
					return true
				}
			}
			return false
		}
		for p := 1; p < len(a.Text); p++ {
			if !unicode.IsDigit(rune(a.Text[p])) || unicode.IsDigit(rune(a.Text[p-1])) || covered(p) {
				continue
			}
			n := p
			for n < len(a.Text) && unicode.IsDigit(rune(a.Text[n])) {
				n++
			}
			q := corrections.QuoteOf(a, p, n-p)
			if strings.Count(a.Text, q.Prefix+q.Exact+q.Suffix) != 1 {
				continue
			}
			s.addDoc = a.Doc
			s.addID = a.Doc + "#" + itoa(a.SourceOffset(p))
			return map[string]string{
				corrections.ColID: s.addID, corrections.ColAction: "thêm", corrections.ColExact: q.Exact,
				corrections.ColPrefix: corrections.NeutralizeCell(q.Prefix), corrections.ColSuffix: corrections.NeutralizeCell(q.Suffix),
				corrections.ColValue: "12", corrections.ColUnit: "event", corrections.ColOrg: "Tây Hồ", corrections.ColOrgType: "quận",
				corrections.ColProvince: "Hà Nội", corrections.ColYear: "2024", corrections.ColCategory: "training", corrections.ColWhy: whyAdd,
			}
		}
	}
	t.Fatal("no numeral of a 2024 article is left unread")
	return nil
}

// articles reads the 2024 articles of the corpus.
func (s *correctionsSetup) articles(t *testing.T) []corpus.Article {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(s.corpus, "2024.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := corpus.ParseFile("2024.jsonl", raw)
	return arts
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// write writes the corrections file: UTF-8 with a BOM, as Excel saves it.
func (s *correctionsSetup) write(t *testing.T) {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.Write(s.header)
	w.WriteAll(s.rows)
	if err := os.WriteFile(s.file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// openRecords reads the site's metrics.jsonl, by record_id.
func openRecords(t *testing.T, site string) map[string]map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(site, report.JSONLPath))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		out[m["record_id"].(string)] = m
	}
	return out
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// sheetText is every cell of a workbook's sheet, joined.
func sheetText(t *testing.T, book, sheet string) string {
	t.Helper()
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("%s: sheet %q: %v", book, sheet, err)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}

// TestCorrections builds the sample corpus with a corrections file that
// rejects a record, changes another's org and adds a missed figure, and
// checks the open data, the site and both kinds of workbooks; rebuilds
// with nothing changed, then with one correction changed; moves the
// changed figure by an edit before it; then edits the changed figure's
// number: the correction turns stale, is reported and is not applied.
func TestCorrections(t *testing.T) {
	t.Parallel()
	s := newCorrectionsSetup(t)
	site := filepath.Join(t.TempDir(), "site")
	r := mustBuild(t, "--corpus", s.corpus, "--out", site, "--corrections", s.file)
	if !strings.Contains(r.stdout, "hieu-dinh.csv): 3 applied, 0 stale") {
		t.Fatalf("the build does not say that the 3 corrections were applied:\n%s", r.stdout)
	}
	rejectedID, changedID := s.rejected[corrections.ColID], s.changed[corrections.ColID]

	t.Run("open data", func(t *testing.T) {
		recs := openRecords(t, site)
		if _, ok := recs[rejectedID]; ok {
			t.Errorf("rejected record %s is in metrics.jsonl", rejectedID)
		}
		ch := recs[changedID]
		if ch == nil || ch["org"] != "Tây Hồ" || ch["corrected"] != true || ch["correction_reason"] != whyChange {
			t.Errorf("changed record %s: %v", changedID, ch)
		}
		add := recs[s.addID]
		if add == nil || add["value"] != 12.0 || add["unit"] != "event" || add["corrected"] != true || add["correction_reason"] != whyAdd {
			t.Errorf("added record %s: %v", s.addID, add)
		}
		n := 0
		for _, m := range recs {
			if m["corrected"] == true {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%d records corrected, want 2 (the changed and the added)", n)
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(readFile(t, filepath.Join(site, report.CSVPath)), "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"record_id", "corrected", "correction_reason"}
		if got := rows[0][len(rows[0])-3:]; !slices.Equal(got, want) {
			t.Fatalf("metrics.csv ends its header with %q, want %q", got, want)
		}
		byID := map[string][]string{}
		for _, r := range rows[1:] {
			byID[r[len(r)-3]] = r[len(r)-2:]
		}
		if got := byID[changedID]; !slices.Equal(got, []string{"true", whyChange}) {
			t.Errorf("metrics.csv: the changed record's provenance is %q", got)
		}
		if _, ok := byID[rejectedID]; ok {
			t.Errorf("metrics.csv holds the rejected record")
		}
	})

	t.Run("site", func(t *testing.T) {
		page := readFile(t, filepath.Join(site, "bai-viet", report.ArticleID(docOf(s.changed))+".html"))
		for _, want := range []string{`class="hieu-dinh"`, "Đã hiệu đính: " + whyChange, "trước khi sửa", changedID} {
			if !strings.Contains(page, want) {
				t.Errorf("the changed record's article page lacks %q", want)
			}
		}
		method := readFile(t, filepath.Join(site, "phuong-phap.html"))
		for _, want := range []string{"Loại bỏ (không phải số liệu)", "Sửa thông tin số liệu", "Bổ sung số liệu máy bỏ sót"} {
			if !strings.Contains(method, want) {
				t.Errorf("phuong-phap.html does not count %q", want)
			}
		}
		tayHo := readFile(t, filepath.Join(site, "to-chuc", "tay-ho.html"))
		if !strings.Contains(tayHo, "12") {
			t.Errorf("the added figure is not on Tây Hồ's page")
		}
	})

	t.Run("workbooks", func(t *testing.T) {
		year := filepath.Join(site, "bao-cao-2024.xlsx")
		records := sheetText(t, year, "Số liệu gốc")
		if !strings.Contains(records, changedID) || !strings.Contains(records, "Lý do: "+whyChange) || strings.Contains(records, rejectedID+"\t") {
			t.Errorf("the 2024 records sheet does not show the corrections")
		}
		for _, book := range []string{year, filepath.Join(site, "bao-cao-tong-hop.xlsx")} {
			list := sheetText(t, book, "Hiệu đính")
			for _, want := range []string{rejectedID, changedID, s.addID, whyAdd} {
				if !strings.Contains(list, want) {
					t.Errorf("%s: sheet Hiệu đính lacks %q", filepath.Base(book), want)
				}
			}
		}
		review := sheetText(t, year, "Rà soát")
		if !strings.Contains(review, strings.Join(corrections.Headers(), "\t")) {
			t.Errorf("the 2024 review sheet has not the corrections format's header")
		}
	})

	t.Run("unchanged rebuild writes nothing", func(t *testing.T) {
		before := snapshot(t, site)
		r := mustBuild(t, "--corpus", s.corpus, "--out", site, "--corrections", s.file)
		if !nothingWritten(r.stdout) {
			t.Errorf("rebuild wrote files:\n%s", r.stdout)
		}
		if d := diffSnapshots(before, snapshot(t, site), true); d != "" {
			t.Errorf("rebuild changed the site:\n%s", d)
		}
	})

	t.Run("one changed correction rewrites only what it affects", func(t *testing.T) {
		before := snapshot(t, site)
		s.rows[1][slices.Index(s.header, "Lý do")] = whyChange + " (đã hỏi lại quận)"
		s.write(t)
		mustBuild(t, "--corpus", s.corpus, "--out", site, "--corrections", s.file)
		after := snapshot(t, site)
		page := "bai-viet/" + report.ArticleID(docOf(s.changed)) + ".html"
		allowed := map[string]bool{page: true, ".manifest.json": true, report.JSONLPath: true, report.CSVPath: true, "bao-cao-2024.xlsx": true, "bao-cao-tong-hop.xlsx": true}
		for p, old := range before {
			if a := after[p]; a.sum != old.sum && !allowed[p] {
				t.Errorf("%s was rewritten; only the corrected record's page, the open data and the workbooks listing it should be", p)
			}
		}
		if after[page].sum == before[page].sum {
			t.Errorf("%s did not change with the correction's reason", page)
		}
	})

	body := filepath.Join(s.corpus, "2024.jsonl")
	exact, prefix := s.changed[corrections.ColExact], strings.TrimPrefix(s.changed[corrections.ColPrefix], "'")

	t.Run("an edit before the figure keeps the correction", func(t *testing.T) {
		raw := readFile(t, body)
		id := strings.SplitN(changedID, "#", 3)[1]
		start := strings.Index(raw, `{"id":"`+id+`"`)
		at := strings.Index(raw[start:], `"body":"`) + start + len(`"body":"`)
		edited := raw[:at] + "Tin cập nhật. " + raw[at:]
		if err := os.WriteFile(body, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		r := mustBuild(t, "--corpus", s.corpus, "--out", site, "--corrections", s.file)
		if !strings.Contains(r.stdout, "3 applied, 0 stale") {
			t.Errorf("a correction went stale after an edit elsewhere:\n%s", r.stdout)
		}
		recs := openRecords(t, site)
		if _, ok := recs[changedID]; ok {
			t.Fatalf("the record kept its id %s though the text before it grew", changedID)
		}
		found := false
		for _, m := range recs {
			if m["org"] == "Tây Hồ" && m["correction_reason"] != "" && strings.HasPrefix(m["record_id"].(string), docOf(s.changed)+"#") {
				found = true
			}
		}
		if !found {
			t.Errorf("the correction did not follow its figure")
		}
	})

	t.Run("an edit of the figure makes the correction stale", func(t *testing.T) {
		before := snapshot(t, site)
		raw := readFile(t, body)
		old := prefix + exact
		if strings.Count(raw, old) != 1 {
			t.Fatalf("the phrase %q is not once in the raw file", old)
		}
		edited := strings.Replace(raw, old, prefix+"9"+exact, 1)
		if err := os.WriteFile(body, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		r := mustBuild(t, "--corpus", s.corpus, "--out", site, "--corrections", s.file)
		if r.code != 0 || !strings.Contains(r.stdout, "2 applied, 1 stale") || !strings.Contains(r.stdout, "hieu-dinh.csv: row 3 (change "+changedID+") is stale and was not applied") {
			t.Errorf("the stale correction is not reported:\n%s", r)
		}
		for _, m := range openRecords(t, site) {
			if m["correction_reason"] == whyChange+" (đã hỏi lại quận)" {
				t.Errorf("the stale correction was applied to %v", m["record_id"])
			}
		}
		checks := readFile(t, filepath.Join(site, "kiem-tra.html"))
		if !strings.Contains(checks, "Dòng 3 (sửa "+changedID+")") || !strings.Contains(checks, corrections.StaleName(corrections.StaleGone)) {
			t.Errorf("kiem-tra.html does not list the stale correction")
		}
		if _, ok := openRecords(t, site)[s.addID]; !ok {
			t.Errorf("the other corrections are no longer applied")
		}
		if d := diffSnapshots(before, snapshot(t, site), false); d == "" {
			t.Errorf("the site did not change")
		}
	})
}

// TestBadCorrections: each unusable corrections file stops the build with
// exit code 2 and an error naming the file, the row and the field, and
// leaves the site built before as it was.
func TestBadCorrections(t *testing.T) {
	t.Parallel()
	s := newCorrectionsSetup(t)
	site := filepath.Join(t.TempDir(), "site")
	mustBuild(t, "--corpus", s.corpus, "--out", site, "--corrections", s.file, "-q")
	good := readFile(t, s.file)
	before := snapshot(t, site)
	col := func(key string) int {
		for i, c := range corrections.Columns {
			if c.Key == key {
				return i
			}
		}
		return -1
	}
	withCell := func(row int, key, v string) string {
		rows := slices.Clone(s.rows)
		rows[row] = slices.Clone(rows[row])
		rows[row][col(key)] = v
		var b bytes.Buffer
		b.WriteString("\uFEFF")
		w := csv.NewWriter(&b)
		w.Write(s.header)
		w.WriteAll(rows)
		return b.String()
	}
	tests := []struct {
		name, data string
		want       []string
	}{
		{"wrong columns", strings.Replace(good, "Tổ chức", "Đơn vị chủ quản", 1), []string{"row 1", `unknown column "Đơn vị chủ quản"`}},
		{"unknown record id", withCell(0, corrections.ColID, "2024.jsonl#khong-co-bai#10"), []string{"row 2", `field "Mã số liệu"`, "unknown record id"}},
		{"bad value", withCell(2, corrections.ColValue, "mười hai"), []string{"row 4", `field "Giá trị"`, "not a number"}},
		{"wrong encoding", "\xff\xfe" + good, []string{"UTF-16"}},
		{"not UTF-8", strings.Replace(good, "Tây Hồ", "T\xe2y H\xf4", 1), []string{"not UTF-8"}},
		{"a formula in a cell", withCell(1, corrections.ColWhy, `=HYPERLINK("http://example.com","xem")`), []string{"row 3", `field "Lý do"`, "formula"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "corrections.csv")
			if err := os.WriteFile(file, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			r := runCLI(t, "build", "--corpus", s.corpus, "--out", site, "--corrections", file, "-q")
			if r.code != 2 {
				t.Errorf("exit code %d, want 2: %s", r.code, r)
			}
			for _, want := range append([]string{file}, tt.want...) {
				if r.err == nil || !strings.Contains(r.err.Error(), want) {
					t.Errorf("error %v does not say %q", r.err, want)
				}
			}
			if d := diffSnapshots(before, snapshot(t, site), true); d != "" {
				t.Errorf("the failed build changed the site:\n%s", d)
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		r := runCLI(t, "build", "--corpus", s.corpus, "--out", site, "--corrections", filepath.Join(t.TempDir(), "none.csv"), "-q")
		if r.code != 2 {
			t.Errorf("exit code %d, want 2: %s", r.code, r)
		}
	})
}

// TestReviewListsTheReviewSheet: `review --year` prints the records that
// the year's workbook lists on its sheet "Rà soát", in the same order.
func TestReviewListsTheReviewSheet(t *testing.T) {
	t.Parallel()
	site := sampleSite(t)
	r := runCLI(t, "review", "--year", "2024")
	if r.err != nil {
		t.Fatalf("review: %s", r)
	}
	var printed []string
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n")[1:] {
		id, _, _ := strings.Cut(line, "\t")
		printed = append(printed, id)
	}
	f, err := excelize.OpenFile(filepath.Join(site, "bao-cao-2024.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Rà soát")
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, row := range rows[2:] {
		if len(row) > 0 && strings.Contains(row[0], "#") {
			listed = append(listed, row[0])
		}
	}
	if len(printed) == 0 || !slices.Equal(printed, listed) {
		t.Errorf("review printed %d records, the sheet lists %d:\nprinted %q\nlisted  %q", len(printed), len(listed), printed, listed)
	}
	if r := runCLI(t, "review"); r.code != 2 || !strings.Contains(r.err.Error(), "--year is required") {
		t.Errorf("review without --year: %s", r)
	}
}

// TestDefaultCorrectionsFile: without --corrections, build applies
// corrections.csv beside the corpus directory when there is one.
func TestDefaultCorrectionsFile(t *testing.T) {
	t.Parallel()
	s := newCorrectionsSetup(t)
	site := filepath.Join(t.TempDir(), "site")
	beside := filepath.Join(filepath.Dir(s.corpus), "corrections.csv")
	if err := os.WriteFile(beside, []byte(readFile(t, s.file)), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := mustBuild(t, "--corpus", s.corpus, "--out", site); !strings.Contains(r.stdout, "corrections.csv): 3 applied, 0 stale") {
		t.Errorf("corrections.csv beside the corpus was not applied:\n%s", r.stdout)
	}
	if err := os.Remove(beside); err != nil {
		t.Fatal(err)
	}
	r := mustBuild(t, "--corpus", s.corpus, "--out", site)
	if strings.Contains(r.stdout, "corrections") || nothingWritten(r.stdout) {
		t.Errorf("removing the corrections file did not rebuild without it:\n%s", r.stdout)
	}
	if _, ok := openRecords(t, site)[s.rejected[corrections.ColID]]; !ok {
		t.Errorf("the rejected record is still left out without the corrections file")
	}
}

package build

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// TestReleaseTexts checks that releaseTexts empties the texts of the
// articles with a Hash, gives each back unchanged, keeps the text of an
// article without a Hash, and leaves no record string inside a released
// text, while phrases puts back every record's values as they were.
func TestReleaseTexts(t *testing.T) {
	texts := []string{
		strings.Repeat("Năm 2024 kết nạp 120 đoàn viên. ", 3) + "Trao 35 suất quà.",
		"Không có số liệu nào trong bài này.",
		"Bài không có Hash: 12 suất quà.",
	}
	// The texts as separate allocations, as reading gives them.
	for i := range texts {
		texts[i] = strings.Clone(texts[i])
	}
	sum := &aggregate.Summary{}
	for i, text := range texts {
		a := aggregate.Article{Article: corpus.Article{Doc: "d" + string(rune('a'+i)), Text: text, Paras: []corpus.Paragraph{{Start: 0, End: len(text)}}}}
		if i < 2 {
			a.Hash = "h" + a.Doc
		}
		sum.Articles = append(sum.Articles, a)
	}
	// Records of article 0: three with the same sentence (one copy), one in
	// another; an Org that is a part of the text; article 2's record too.
	addRecord := func(art int, sentence, phrase, org string) {
		text := texts[art]
		s := strings.Index(text, sentence)
		p := s + strings.Index(text[s:], phrase)
		r := extract.Record{Doc: sum.Articles[art].Doc, Evidence: text[s : s+len(sentence)], Text: text[p : p+len(phrase)], Org: org, Unit: "người", Pos: p}
		sum.Articles[art].Records = append(sum.Articles[art].Records, len(sum.Records))
		sum.Records = append(sum.Records, r)
	}
	first := "Năm 2024 kết nạp 120 đoàn viên."
	addRecord(0, first, "2024", "")
	addRecord(0, first, "120 đoàn viên", texts[0][len("Năm 2024 kết nạp 120 "):len("Năm 2024 kết nạp 120 đoàn viên")])
	addRecord(0, first, "kết nạp", "")
	addRecord(0, "Trao 35 suất quà.", "35 suất", "")
	addRecord(2, "12 suất quà.", "12 suất", "")
	want := make([]extract.Record, len(sum.Records))
	for i, r := range sum.Records {
		want[i] = r
		want[i].Evidence, want[i].Text, want[i].Org = strings.Clone(r.Evidence), strings.Clone(r.Text), strings.Clone(r.Org)
	}

	sum.Packed = extract.Pack(sum.Records) // as aggregate.Build holds them
	sum.Records = nil
	spool, err := releaseTexts(sum)
	if err != nil {
		t.Fatal(err)
	}
	defer spool.close()
	recs := sum.Packed.Unpack()
	for i := range sum.Articles {
		a := &sum.Articles[i]
		if released := a.Hash != ""; (a.Text == "") != released || released && a.Paras != nil {
			t.Errorf("article %d: Text %q, Paras %v after release (Hash %q)", i, a.Text, a.Paras, a.Hash)
		}
		got, err := spool.text(a)
		if err != nil || got != texts[i] {
			t.Errorf("article %d: text read back %q, %v; want %q", i, got, err, texts[i])
		}
	}
	for i := range recs {
		r := recs[i]
		for _, s := range []string{r.Evidence, r.Text, r.Org} {
			if within(s, texts[0]) {
				t.Errorf("record %d: %q still lies in the released text", i, s)
			}
		}
		if err := spool.phrases(i, &r); err != nil {
			t.Fatal(err)
		}
		if r != want[i] {
			t.Errorf("record %d read back: %+v, want %+v", i, r, want[i])
		}
	}
	if spool.ev[0] == 0 || spool.ev[0] != spool.ev[1] || spool.ph[1] == 0 || recs[0].Evidence != "" || recs[1].Text != "" {
		t.Error("the records of one sentence are not kept as one place in the spool, phrase included")
	}
	if spool.ev[4] != 0 || !within(recs[4].Evidence, texts[2]) {
		t.Error("a record of an article that keeps its text was moved or copied")
	}
	// A sentence read back is read once for the records that share it.
	var a, b extract.Record
	if err := errors.Join(spool.phrases(0, &a), spool.phrases(1, &b)); err != nil {
		t.Fatal(err)
	}
	if !sameString(a.Evidence, b.Evidence) || !within(b.Text, b.Evidence) {
		t.Error("the records of one sentence do not share one copy of it read back, phrase included")
	}
}

// sameString says whether s and t are the same bytes in memory.
func sameString(s, t string) bool {
	return len(s) == len(t) && (s == "" || unsafe.StringData(s) == unsafe.StringData(t))
}

// TestSentencesReadThroughBlocks checks that the evidence sentences read
// back through the spool's blocks are those of the texts, in order, in
// reverse and skipping about: sentences in one block and across two, one
// longer than a block, the last one ending the file, in two articles.
func TestSentencesReadThroughBlocks(t *testing.T) {
	var texts [2]string
	var sentences [2][]string
	for a := range texts {
		var b strings.Builder
		for i := range 3 * spoolBlockSize / 40 {
			s := fmt.Sprintf("Bài %d, câu %d: trao %d suất quà. ", a, i, 10+i)
			if i == 50 {
				s = strings.Repeat("Một câu rất dài. ", spoolBlockSize/10)
			}
			sentences[a] = append(sentences[a], s)
			b.WriteString(s)
		}
		texts[a] = b.String()
	}
	sum := &aggregate.Summary{}
	var want []string
	for a, text := range texts {
		art := aggregate.Article{Article: corpus.Article{Doc: fmt.Sprint("d", a), Text: text}}
		art.Hash = "h" + art.Doc
		pos := 0
		for _, s := range sentences[a] {
			art.Records = append(art.Records, len(sum.Records))
			sum.Records = append(sum.Records, extract.Record{Doc: art.Doc, Evidence: text[pos : pos+len(s)]})
			want = append(want, s)
			pos += len(s)
		}
		sum.Articles = append(sum.Articles, art)
	}
	sum.Packed = extract.Pack(sum.Records) // as aggregate.Build holds them
	spool, err := releaseTexts(sum)
	if err != nil {
		t.Fatal(err)
	}
	defer spool.close()
	n := len(want)
	orders := map[string]func(i int) int{
		"in order":   func(i int) int { return i },
		"in reverse": func(i int) int { return n - 1 - i },
		"skipping":   func(i int) int { return i * 37 % n },
	}
	for name, order := range orders {
		for i := range n {
			k := order(i)
			var r extract.Record
			if err := spool.phrases(k, &r); err != nil {
				t.Fatal(err)
			}
			if r.Evidence != want[k] {
				t.Fatalf("%s: record %d's sentence read back %q, want %q", name, k, r.Evidence, want[k])
			}
		}
	}
}

package corrections

import (
	"strings"
	"unicode/utf8"

	"github.com/lddt/unionstats/corpus"
)

// contextRunes is how much text before and after a number a Quote keeps.
const contextRunes = 24

// QuoteOf is the quote that anchors the number at Text[pos:pos+n] of a:
// the number as written and up to contextRunes runes before and after it
// within its paragraph.
func QuoteOf(a *corpus.Article, pos, n int) Quote {
	t := a.Text
	if pos < 0 || n <= 0 || pos+n > len(t) {
		return Quote{}
	}
	start, end := pos, pos+n
	for k := 0; k < contextRunes && start > 0 && t[start-1] != '\n'; k++ {
		_, size := utf8.DecodeLastRuneInString(t[:start])
		start -= size
	}
	for k := 0; k < contextRunes && end < len(t) && t[end] != '\n'; k++ {
		_, size := utf8.DecodeRuneInString(t[end:])
		end += size
	}
	return Quote{Exact: t[pos : pos+n], Prefix: t[start:pos], Suffix: t[pos+n : end]}
}

// Stale reasons.
const (
	StaleGone      = "gone"      // the phrase is no longer in the article
	StaleAmbiguous = "ambiguous" // the phrase is in the article more than once
	StaleNoRecord  = "no_record" // the phrase is there but no figure is read at it
	StaleExtracted = "extracted" // an added figure is now read by the extractor, or its id is taken
	StaleNoTarget  = "no_target" // a merge's other record is gone
)

var staleNames = map[string]string{
	StaleGone:      "đoạn văn của số liệu không còn trong bài (bài đã sửa)",
	StaleAmbiguous: "đoạn văn của số liệu có nhiều chỗ trong bài, không biết chỗ nào",
	StaleNoRecord:  "ở chỗ này của bài không còn số liệu nào",
	StaleExtracted: "số liệu đã được tự động rút ra, không cần thêm",
	StaleNoTarget:  "không còn số liệu để gộp vào",
}

// StaleName says in Vietnamese why a row is stale.
func StaleName(reason string) string { return staleNames[reason] }

// locate finds q in a's text: the positions where Exact stands with Prefix
// right before it and Suffix right after. One such position anchors the
// row; several are ambiguous unless atHint says that one of them is where
// the row's id points (the record there has the id's offset: the article
// has not moved there).
func locate(a *corpus.Article, q Quote, atHint func(pos int) bool) (int, string) {
	var found []int
	t := a.Text
	for from := 0; from <= len(t); {
		i := strings.Index(t[from:], q.Exact)
		if i < 0 {
			break
		}
		p := from + i
		if strings.HasSuffix(t[:p], q.Prefix) && strings.HasPrefix(t[p+len(q.Exact):], q.Suffix) {
			found = append(found, p)
		}
		_, size := utf8.DecodeRuneInString(t[p:])
		from = p + max(size, 1)
	}
	switch len(found) {
	case 0:
		return -1, StaleGone
	case 1:
		return found[0], ""
	}
	for _, p := range found {
		if atHint(p) {
			return p, ""
		}
	}
	return -1, StaleAmbiguous
}

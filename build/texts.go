package build

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unsafe"

	"github.com/lddt/unionstats/aggregate"
)

// textSpool keeps the articles' texts out of memory from the end of
// aggregation to the end of publishing: they were a fifth of the live heap
// while the site was published (290 MB at 100,000 articles), and only an
// article's page and the review sheet quoting it read one. The texts are
// written to a scratch file, unlinked as soon as it is created (a killed
// build leaves nothing behind), and read back one at a time.
type textSpool struct {
	f  *os.File
	at map[*aggregate.Article]textSpan
}

// textSpan is where an article's text is in the spool.
type textSpan struct{ off, n int64 }

// releaseTexts moves the texts of sum's articles to a spool and empties
// their Text and Paras. The records' evidence sentences and phrases, which are parts
// of the texts, are copied first (detachRecords), so that nothing keeps a
// text in memory. An article without a Hash keeps its text: the keys of its
// page and books hash the text itself. On an error sum is as it was.
func releaseTexts(sum *aggregate.Summary) (*textSpool, error) {
	f, err := os.CreateTemp("", "unionstats-texts-*")
	if err != nil {
		return nil, fmt.Errorf("texts' scratch file: %w", err)
	}
	// Unlinked now: the open file is all that keeps it.
	os.Remove(f.Name())
	t := &textSpool{f: f, at: make(map[*aggregate.Article]textSpan, len(sum.Articles))}
	w := bufio.NewWriterSize(f, 1<<20)
	var off int64
	for i := range sum.Articles {
		a := &sum.Articles[i]
		if a.Hash == "" || a.Text == "" {
			continue
		}
		if _, err := w.WriteString(a.Text); err != nil {
			f.Close()
			return nil, fmt.Errorf("texts' scratch file: %w", err)
		}
		t.at[a] = textSpan{off, int64(len(a.Text))}
		off += int64(len(a.Text))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return nil, fmt.Errorf("texts' scratch file: %w", err)
	}
	detachRecords(sum, func(a *aggregate.Article) bool { _, ok := t.at[a]; return ok })
	for a := range t.at {
		// Its paragraphs go too: nothing reads them after aggregation
		// (29 MB at 100,000 articles), and they are bounds in the text.
		a.Text, a.Paras = "", nil
	}
	return t, nil
}

// text reads back the text of a, an article of the Summary released (not
// its paragraphs, which no page reads).
func (t *textSpool) text(a *aggregate.Article) (string, error) {
	sp, ok := t.at[a]
	if !ok {
		return a.Text, nil
	}
	if sp.n == 0 {
		return "", nil
	}
	b := make([]byte, sp.n)
	if _, err := t.f.ReadAt(b, sp.off); err != nil {
		return "", fmt.Errorf("read back the text of %s: %w", a.Doc, err)
	}
	return unsafe.String(&b[0], len(b)), nil // b is not written again
}

// close removes the spool (it was unlinked already: closing frees it).
func (t *textSpool) close() {
	if t != nil {
		t.f.Close()
	}
}

// detachRecords gives every record of an article of sum that is released
// strings of its own
// where they were parts of the article's text — the evidence sentence (one
// copy for the records that follow one another with the same one), the
// phrase (a part of that copy when it lies in the sentence) and any other
// field — so that the text is no longer reachable through the records.
// Values do not change, only where their bytes are.
func detachRecords(sum *aggregate.Summary, released func(*aggregate.Article) bool) {
	others := map[string]string{} // copies of the other fields found in a text
	for i := range sum.Articles {
		a := &sum.Articles[i]
		if a.Text == "" || !released(a) {
			continue
		}
		in := func(s string) bool { return within(s, a.Text) }
		var src, cp string // the last evidence as it was, and its copy
		for _, k := range a.Records {
			if k < 0 || k >= len(sum.Records) {
				continue
			}
			r := &sum.Records[k]
			if in(r.Evidence) {
				if !sameString(r.Evidence, src) {
					src, cp = r.Evidence, strings.Clone(r.Evidence)
				}
				if in(r.Text) && within(r.Text, src) {
					r.Text = cp[offsetIn(r.Text, src):][:len(r.Text)]
				}
				r.Evidence = cp
			}
			if in(r.Text) {
				r.Text = strings.Clone(r.Text)
			}
			for _, p := range [...]*string{&r.Doc, &r.Unit, &r.Qualifier, &r.Basis, &r.Status, &r.Period, &r.Org, &r.OrgType, &r.Province, &r.Category, &r.Noun} {
				if in(*p) {
					c, ok := others[*p]
					if !ok {
						c = strings.Clone(*p)
						others[c] = c
					}
					*p = c
				}
			}
		}
	}
}

// within says whether the bytes of s lie within those of t (s non-empty).
func within(s, t string) bool {
	if s == "" || t == "" {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(t)))
	return p >= lo && p+uintptr(len(s)) <= lo+uintptr(len(t))
}

// offsetIn is where s starts within t, which holds it (within).
func offsetIn(s, t string) int {
	return int(uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(t))))
}

// sameString says whether s and t are the same bytes in memory.
func sameString(s, t string) bool {
	return len(s) == len(t) && (s == "" || unsafe.StringData(s) == unsafe.StringData(t))
}

package extract

import (
	"math/rand/v2"
	"testing"

	"github.com/lddt/unionstats/gen"
)

// TestContestsFlag: contestKind, which reads a sentence's tokens only when
// cueScan found a cue of category training or culture, gives what reading
// them always gives.
func TestContestsFlag(t *testing.T) {
	docs := [][]byte{[]byte("Hội thi tìm hiểu pháp luật\n\nNăm 2023, LĐLĐ tỉnh A tổ chức Hội thi tìm hiểu pháp luật lao động cho 120 đoàn viên. Hội thi văn nghệ có 15 đội tham gia. Cuộc thi viết thu hút 300 bài dự thi.")}
	for i := range 100 {
		_, raw, _ := gen.Article(rand.New(rand.NewPCG(3, uint64(i))), i, gen.Options{Articles: 100, Seed: 3})
		docs = append(docs, raw)
	}
	kinds := 0
	for _, raw := range docs {
		a := parse(t, "contest.txt", raw)
		x := newArticleContext(a)
		for pi, p := range a.Paras {
			x.readParagraph(pi)
			for _, se := range splitSentences(a.Text, p.Start, p.End) {
				s := x.cueScan(pi, se[0], se[1])
				got := contestKind(s)
				s.contests = true
				if want := contestKind(s); got != want {
					t.Errorf("contestKind(%q) = %q, want %q", s.text, got, want)
				}
				if got != "" {
					kinds++
				}
			}
		}
	}
	if kinds == 0 {
		t.Error("no sentence of a contest's kind: the test reads none")
	}
}

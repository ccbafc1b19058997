package extract

import (
	"fmt"

	"github.com/lddt/unionstats/corpus"
)

// Relevance signals, as relevance.tsv names them.
const (
	signalUnion    = "union"
	signalActor    = "actor"
	signalOfftopic = "offtopic"
)

// minBodySignals is how many union words the body of an article must hold
// when its kicker, title and lead name none.
const minBodySignals = 4

// Relevant reports whether an article is about union or worker-organisation
// activity and, when it is not, why: an article whose kicker, title and lead
// name no union body or union activity, and whose body names fewer than
// minBodySignals, yields no record. The words are counted as phrases of
// relevance.tsv, so that the newspaper *Người Lao Động* or a "Cung Văn hóa
// Lao động" counts for nothing.
func Relevant(a *corpus.Article) (bool, string) {
	heads, body := 0, 0
	for _, h := range []string{a.Kicker, a.Title} {
		heads += unionSignals(h)
	}
	for _, p := range a.Paras {
		n := unionSignals(a.Text[p.Start:p.End])
		switch p.Kind {
		case corpus.KindTitle:
			// the title is counted above, with the kicker
		case corpus.KindLead:
			heads += n
		default:
			body += n
		}
	}
	if heads > 0 || body >= minBodySignals {
		return true, ""
	}
	if body == 0 {
		return false, "bài không nói đến công đoàn hay hoạt động công đoàn"
	}
	return false, fmt.Sprintf("tiêu đề và sapô không nói đến công đoàn; thân bài chỉ nhắc %d lần", body)
}

// unionSignals counts the union words of a text.
func unionSignals(t string) int {
	if t == "" {
		return 0
	}
	s := &sentence{text: t, low: lower(t)}
	s.toks = tokenize(s.low)
	n := 0
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind != tokWord {
			continue
		}
		if c, k := longestCue(s, i, func(c *cue) bool { return c.relevance != "" }); c != nil {
			if c.relevance == signalUnion {
				n++
			}
			i = k - 1
		}
	}
	return n
}

// relevanceOf notes the union words, other bodies and off-topic measures
// of a sentence.
func (s *sentence) relevanceOf() {
	s.firstActor = -1
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind != tokWord {
			continue
		}
		c, k := longestCue(s, i, func(c *cue) bool { return c.relevance != "" })
		if c == nil {
			continue
		}
		switch c.relevance {
		case signalUnion:
			s.unionWord = true
		case signalActor:
			if s.firstActor < 0 {
				s.firstActor = i
			}
		case signalOfftopic:
			s.offtopic = true
		}
		i = k - 1
	}
}

// otherActor reports a figure at token t that is not union work: in a
// sentence that names no union word, a figure after a body that is not a
// union (a department, social insurance, a company), or one that measures
// revenue, prices, damage or casualties.
func otherActor(s *sentence, t int) bool {
	if s.unionWord {
		return false
	}
	return s.offtopic || (s.firstActor >= 0 && s.firstActor < t)
}

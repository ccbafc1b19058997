package extract

import (
	"fmt"

	"github.com/lddt/unionstats/corpus"
)

// Relevance signals, as relevance.tsv names them.
const (
	signalUnion    = "union"
	signalMember   = "member"
	signalActor    = "actor"
	signalOfftopic = "offtopic"
)

// minBodySignals is how many union words the lead and body of an article
// must hold when its kicker and title name none.
const minBodySignals = 3

// Relevant reports whether an article is about union or worker-organisation
// activity and, when it is not, why: an article whose kicker and title name
// no union body, union activity or member, and whose lead and body name
// fewer than minBodySignals, yields no record. The words are phrases of
// relevance.tsv, so that the newspaper *Người Lao Động* or a "Cung Văn hóa
// Lao động" counts for nothing.
func Relevant(a *corpus.Article) (bool, string) {
	heads := unionSignals(a.Kicker) + unionSignals(a.Title)
	body := 0
	for _, p := range a.Paras {
		if p.Kind != corpus.KindTitle {
			body += unionSignals(a.Text[p.Start:p.End])
		}
	}
	if heads > 0 || body >= minBodySignals {
		return true, ""
	}
	if body == 0 {
		return false, "bài không nói đến công đoàn hay hoạt động công đoàn"
	}
	return false, fmt.Sprintf("tiêu đề không nói đến công đoàn; bài chỉ nhắc đến công đoàn %d lần", body)
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
		if c, k := relevanceCue(s, i); c != nil {
			if c.relevance == signalUnion || c.relevance == signalMember {
				n++
			}
			i = k - 1
		}
	}
	return n
}

// relevanceCue matches the longest phrase of relevance.tsv at token i; a
// phrase marked capital counts only when capitalised ("Bộ", not "cán bộ").
func relevanceCue(s *sentence, i int) (*cue, int) {
	c, k := longestCue(s, i, func(c *cue) bool { return c.relevance != "" })
	if c != nil && c.capital && capitalWords(s, i, 1) == 0 {
		return nil, i
	}
	return c, k
}

// relevanceOf notes the union words, other bodies and off-topic measures
// of a sentence.
func (s *sentence) relevanceOf() {
	s.firstActor = -1
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind != tokWord {
			continue
		}
		c, k := relevanceCue(s, i)
		if c == nil {
			continue
		}
		switch c.relevance {
		case signalUnion:
			s.unionWord = true
			s.unionToks = append(s.unionToks, i)
		case signalActor:
			if s.firstActor < 0 && (!c.subject || i < 3) {
				s.firstActor = i
			}
		case signalOfftopic:
			s.offtopic = append(s.offtopic, i)
		}
		i = k - 1
	}
}

// otherActor reports a figure at token t that is not union work: in a
// sentence that names no union body, a figure after a body that is not a
// union (a department, social insurance, a company); or one that measures
// revenue, prices, damage or casualties in its own clause.
//
// An off-topic measure counts even in a sentence that names a union, when
// neither a union body nor a word of aid stands before the number in its
// clause: "Bão làm 8.700 ngôi nhà bị tốc mái; LĐLĐ tỉnh trao 410 suất quà"
// yields 410 only.
func otherActor(s *sentence, t int) bool {
	if !s.unionWord && s.firstActor >= 0 && s.firstActor < t {
		return true
	}
	if s.headed {
		return false
	}
	for _, k := range s.offtopic {
		if clauseBetween(s, min(k, t), max(k, t)) {
			continue
		}
		union := false
		for _, u := range s.unionToks {
			union = union || (u < t && !clauseBetween(s, u, t))
		}
		if !union && !aidBefore(s, t) {
			return true
		}
	}
	return false
}

// unionBodyIn reports a union body or activity named in a heading.
func unionBodyIn(h string) bool {
	if h == "" {
		return false
	}
	s := &sentence{text: h, low: lower(h)}
	s.toks = tokenize(s.low)
	s.relevanceOf()
	return s.unionWord
}

// aidBefore reports a word of giving or support before token t in its
// clause: help to the victims of a disaster or an accident is union work
// ("hỗ trợ 19 công nhân bị tai nạn lao động").
func aidBefore(s *sentence, t int) bool {
	for k := t - 1; k >= 0 && !isClauseMark(s.word(k)) && s.word(k) != ","; k-- {
		if inList("aid", s.word(k)) {
			return true
		}
	}
	return false
}

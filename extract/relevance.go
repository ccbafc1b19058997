package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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

// subjectReach is the last token at which a union body named in a lead is
// read as the sentence's subject: after a time phrase ("Chiều 3/4, …",
// "Ngày 12/1/2024, …"), not after a list of other bodies.
const subjectReach = 10

// subjectPos is token u's place in sentence s as subjectReach reads it: a
// date written with dashes ("Ngày 12-2-2025, …") is one word, as the same
// date with slashes is one number token; a parenthesis holding a figure
// before u, a date told again in the time phrase ("Sáng nay (3/2, tức
// ngày 24 tháng Chạp), Công đoàn A …"), is one word too.
func subjectPos(s *sentence, u int) int {
	pos := u
	open, figure, dashes := -1, false, 0
	for k := 0; k < u; k++ {
		if s.toks[k].kind == tokPunct {
			switch s.low[s.toks[k].start] {
			case '(':
				open, figure, dashes = k, false, 0
			case ')':
				if open >= 0 && figure {
					pos -= k - open - dashes // the parenthesis, but one word
				}
				open = -1
			}
		} else if s.toks[k].kind == tokNumber {
			figure = true
		}
		if k > 0 && k+1 < u && s.toks[k].kind == tokPunct && s.toks[k-1].kind == tokNumber && s.toks[k+1].kind == tokNumber &&
			s.toks[k].start == s.toks[k-1].end && s.toks[k+1].start == s.toks[k].end && s.low[s.toks[k].start] == '-' {
			pos -= 2 // the dash and the digit group after it
			dashes += 2
		}
	}
	return pos
}

// relevant reports whether an article is about union or worker-organisation
// activity and, when it is not, why: an article whose kicker and title name
// no union body, union activity or member, and whose lead and body name
// fewer than minBodySignals (and fewer than two, or than one a paragraph,
// for a short brief; a brief of one or two paragraphs counts with a single
// union body named beside a figure), yields no record. The words are phrases of
// relevance.tsv, so that the newspaper *Người Lao Động* or a "Cung Văn hóa
// Lao động" counts for nothing.
//
// A page cut below its headline (corpus.Article.Headless) that is one
// paragraph and nothing else has no headline at all: that paragraph, in
// the title's place, is read as a brief's body, not as a headline that
// names the union (onlyParagraph).
func relevant(a *corpus.Article) (bool, string) {
	if youthOnly(a) {
		return false, "bài nói đến Đoàn Thanh niên, không nói đến công đoàn"
	}
	if admissionOnly(a) {
		return false, "bài chỉ nói đến kết nạp đoàn viên, không nêu công đoàn hay hoạt động công đoàn nào"
	}
	only := onlyParagraph(a)
	if unionSignals(a.Kicker, 1) > 0 || !only && unionSignals(a.Title, 1) > 0 || headlineOverPhoto(a) {
		return true, ""
	}
	body, paras := 0, 0
	for _, p := range a.Paras {
		if p.Kind == corpus.KindTitle && !only {
			continue
		}
		paras++
		if body < minBodySignals {
			body += unionSignals(a.Text[p.Start:p.End], minBodySignals-body)
		}
	}
	if body >= minBodySignals || (body >= 2 && body >= paras) {
		return true, "" // a brief of a paragraph or two counts too
	}
	if body >= 1 && unionBodyWithFigure(a, paras <= 2) {
		return true, "" // a brief, or a lead, whose figure a union body reports
	}
	if body >= 1 && unionOrganisesOpening(a) {
		return true, "" // the union holds the event the article opens on
	}
	if body >= 2 && unionSubjectWithFigure(a) {
		return true, "" // a union body named twice, once acting on a figure
	}
	if body == 0 {
		return false, "bài không nói đến công đoàn hay hoạt động công đoàn"
	}
	return false, fmt.Sprintf("tiêu đề không nói đến công đoàn; bài chỉ nhắc đến công đoàn %d lần", body)
}

// onlyParagraph reports a page cut below its headline
// (corpus.Article.Headless) whose first paragraph, in the title's place,
// is all its text: no lead, body or caption follows.
func onlyParagraph(a *corpus.Article) bool {
	if !a.Headless {
		return false
	}
	for _, p := range a.Paras {
		if p.Kind != corpus.KindTitle {
			return false
		}
	}
	return true
}

// headlineOverPhoto reports a page cut below its headline that labels a
// photo with its headline (photoHeadline) naming a union body or
// activity: the headline the page lacks above its text, read as a title.
func headlineOverPhoto(a *corpus.Article) bool {
	t := photoHeadline(a)
	return t != "" && unionSignals(t, 1) > 0
}

// photoHeadline is the headline of a page cut below it
// (corpus.Article.Headless) as the page labels its first such photo with
// it ("Công đoàn A: Tôn vinh 80 tập thể - Ảnh 1."), "" if none.
func photoHeadline(a *corpus.Article) string {
	if !a.Headless {
		return ""
	}
	for _, p := range a.Paras {
		if p.Kind == corpus.KindTitle {
			continue
		}
		if t := corpus.PhotoTitle(a.Text[p.Start:p.End]); t != "" {
			return t
		}
	}
	return ""
}

// unionBodyWithFigure reports a sentence whose union body (not only its
// members) comes before a figure, and not as the source of what is said
// ("Theo đại diện Tổng LĐLĐ, …"): when anywhere is true, in any paragraph
// of the lead and body; else in the lead, as its subject, among the first
// words of a sentence ("Chiều 3/4, LĐLĐ tỉnh trao 210 suất quà …"), not at
// the end of a list of other bodies.
func unionBodyWithFigure(a *corpus.Article, anywhere bool) bool {
	for _, p := range a.Paras {
		if p.Kind == corpus.KindTitle && !onlyParagraph(a) || (!anywhere && p.Kind != corpus.KindLead && p.Kind != corpus.KindTitle) || !hasDigit(a.Text[p.Start:p.End]) {
			continue
		}
		for _, se := range splitSentences(a.Text, p.Start, p.End) {
			s := signalled(a.Text[se[0]:se[1]])
			for _, u := range s.unionToks {
				if levyName(s.text, s.low, int(s.toks[u].start), wordsEnd(s, u, 2)) || venueMeeting(s, u) {
					continue
				}
				if (anywhere || subjectPos(s, u) <= subjectReach) && !sourceBefore(s, u) && slices.ContainsFunc(s.toks[u:whenClauseEnd(s, u)], func(tk token) bool { return tk.kind == tokNumber }) {
					return true
				}
			}
		}
	}
	return false
}

// venueMeeting reports a union activity at token u that is a meeting
// ("Hội nghị người lao động") named as the venue, right after "tại",
// where another body reports ("Báo cáo tại Hội nghị người lao động, Tập
// đoàn A cho hay, doanh thu …"): the meeting reports nothing itself, and
// a firm's results told at it are no union's figures.
func venueMeeting(s *sentence, u int) bool {
	return u > 0 && s.word(u-1) == "tại" && s.word(u) == "hội" && s.word(u+1) == "nghị"
}

// unionSubjectWithFigure reports, in an article whose lead and body name
// union bodies (not only members) at least twice, a sentence whose
// clause opens on a union body, as its subject (clauseSubject: first in
// the sentence or right after a comma, "Từ 555 sáng kiến …, LĐLĐ thành phố
// đã tôn vinh 100 cá nhân"), with a verb right after its name and a
// figure after it in the sentence: the union's own result, however
// deep in the article, not a union named in passing ("Theo LĐLĐ …", "của
// LĐLĐ …").
func unionSubjectWithFigure(a *corpus.Article) bool {
	bodies := 0
	for _, p := range a.Paras {
		if p.Kind != corpus.KindTitle && bodies < 2 {
			bodies += unionKindSignals(a.Text[p.Start:p.End], 2-bodies, false)
		}
	}
	if bodies < 2 {
		return false // members alone ("đoàn viên") name no body
	}
	for _, p := range a.Paras {
		if p.Kind == corpus.KindTitle || !hasDigit(a.Text[p.Start:p.End]) {
			continue
		}
		for _, se := range splitSentences(a.Text, p.Start, p.End) {
			s := signalled(a.Text[se[0]:se[1]])
			for _, u := range s.unionToks {
				if !clauseSubject(s, u) || sourceBefore(s, u) || levyName(s.text, s.low, int(s.toks[u].start), wordsEnd(s, u, 2)) {
					continue
				}
				if k := unionVerbAfter(s, u); k > 0 && slices.ContainsFunc(s.toks[k:whenClauseEnd(s, u)], func(tk token) bool { return tk.kind == tokNumber }) {
					return true
				}
			}
		}
	}
	return false
}

// unionVerbAfter is the token of "đã", a giving verb or "tổ chức" within
// actingReach words after the union body at token u, before any
// punctuation or figure: the body acts. The capitalised words of its name
// take no reach ("Công đoàn ngành Giáo dục Thành phố Cần Thơ vừa trao
// …"). 0 if none.
func unionVerbAfter(s *sentence, u int) int {
	reach := u + actingReach
	for k := u + 1; k < len(s.toks) && k <= reach; k++ {
		if s.toks[k].kind == tokPunct || s.toks[k].kind == tokNumber {
			return 0
		}
		if capitalAt(s, k) {
			reach++
			continue
		}
		if s.word(k) == "đã" || givingVerbAt(s, k) || (s.word(k) == "tổ" && s.word(k+1) == "chức") {
			return k
		}
	}
	return 0
}

// whenClauseEnd is where the figures a union body at token u may report
// end: the end of the sentence, or, when the body stands in a clause of
// time ("Khi LĐLĐ huyện A đến làm việc, phía công ty chấp nhận trả lương
// 3 ngày nghỉ"), the end of that clause: the main clause after it
// tells what its own subject did, the union only came by.
func whenClauseEnd(s *sentence, u int) int {
	if !wordWithin(s, "khi", u-3, u) {
		return len(s.toks)
	}
	for k := u + 1; k < len(s.toks); k++ {
		if w := s.word(k); w == "," || isClauseMark(w) {
			return k
		}
	}
	return len(s.toks)
}

// organiserReach is how many words a union body's name may take before
// the verb it organises with ("Công đoàn Giáo dục Việt Nam tổ chức").
const organiserReach = 8

// unionOrganisesOpening reports an article whose first two paragraphs
// after the title name a union body as the subject that organises
// ("Sáng 14/11, Công đoàn Ngành A tổ chức lễ tuyên dương …"), or as the
// co-organiser of another body ("Phòng Y tế phối hợp với LĐLĐ huyện tổ
// chức …"): the event and its figures are the union's, though its title
// names none.
func unionOrganisesOpening(a *corpus.Article) bool {
	n := 0
	for _, p := range a.Paras {
		if p.Kind == corpus.KindTitle {
			continue
		}
		if n++; n > 2 {
			return false
		}
		for _, se := range splitSentences(a.Text, p.Start, p.End) {
			s := signalled(a.Text[se[0]:se[1]])
			for _, u := range s.unionToks {
				if (subjectPos(s, u) <= subjectReach || coOrganiser(s, u)) && organisesAfter(s, u) {
					return true
				}
			}
		}
	}
	return false
}

// organisesAfter reports "tổ chức" within organiserReach words after token
// u, in its clause.
func organisesAfter(s *sentence, u int) bool {
	for k := u + 1; k < len(s.toks) && k <= u+organiserReach; k++ {
		if s.toks[k].kind == tokPunct {
			return false
		}
		if s.word(k) == "tổ" && s.word(k+1) == "chức" {
			return true
		}
	}
	return false
}

// coOrganiser reports "phối hợp với" (or "phối hợp cùng") just before
// token u: the union body another body organises with.
func coOrganiser(s *sentence, u int) bool {
	return s.word(u-3) == "phối" && s.word(u-2) == "hợp" && (s.word(u-1) == "với" || s.word(u-1) == "cùng")
}

// sourceBefore reports "theo" (according to) shortly before token i, or
// "theo" and a words.tsv source-report noun with "của" ("theo báo cáo
// của Tổng LĐLĐ", "theo khảo sát của LĐLĐ tỉnh"): the body is where the
// figures come from, not who acts.
func sourceBefore(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.word(k) == "theo" {
			return true
		}
	}
	if s.word(i-1) != "của" {
		return false
	}
	for _, p := range lex.ordered["source-report"] {
		if s.phraseBefore(i, "theo "+p+" của") {
			return true
		}
	}
	return false
}

// youthOnly reports an article that names a body of the Youth Union
// (words.tsv youth-body: "Huyện Đoàn", "Chi đoàn", "Đoàn Thanh niên") and
// no union body or activity anywhere, only members ("con công nhân, đoàn
// viên khó khăn"): the Youth Union's own news, whose "đoàn viên" are its
// members, not a union's.
func youthOnly(a *corpus.Article) bool {
	if strings.Contains(a.Text, "ông đoàn") || strings.Contains(a.Text, "LĐLĐ") {
		return false // "Công đoàn", "công đoàn", "LĐLĐ": found without lower-casing the article
	}
	low := lower(a.Text)
	youth := false
	for _, p := range lex.ordered["youth-body"] {
		for i := 0; !youth; {
			j := strings.Index(low[i:], p)
			if j < 0 {
				break
			}
			j += i
			i = j + len(p)
			// "Công đoàn xã A", "Liên đoàn …" name no youth body
			youth = wordStart(low, j) && wordEnd(low, i) && !strings.HasSuffix(low[:j], "công ") && !strings.HasSuffix(low[:j], "liên ")
		}
		if youth {
			break
		}
	}
	return youth && unionKindSignals(a.Kicker+"\n"+a.Text, 1, false) == 0
}

// admissionOnly reports an article whose only union words are "kết nạp"
// and members ("186 đoàn viên được kết nạp"): it names no union body or
// activity anywhere, kicker to body (unionKindSignals without members,
// which never counts "kết nạp"), and so no union admits them. Admission
// names whose members it is by the body that admits; with none named,
// the "đoàn viên" of a school's or a ward's admission ceremony are the
// Youth Union's (as youthOnly reads them when it names itself), and a
// union's admission news names its union.
func admissionOnly(a *corpus.Article) bool {
	if strings.Contains(a.Text, "ông đoàn") || strings.Contains(a.Text, "LĐLĐ") || !strings.Contains(a.Text, "ết nạp") {
		return false // said without lower-casing the article
	}
	return unionKindSignals(a.Kicker+"\n"+a.Text, 1, false) == 0
}

// unionSignals counts the union words of a text, up to enough: the union
// and member phrases of relevance.tsv that stand as whole words in it, a
// phrase inside a longer one counted once ("Tổng Liên đoàn Lao động").
func unionSignals(t string, enough int) int {
	return unionKindSignals(t, enough, true)
}

// unionKindSignals counts as unionSignals does, the member phrases only
// when members is set.
func unionKindSignals(t string, enough int, members bool) int {
	if t == "" {
		return 0
	}
	low := lower(t)
	var spans [][2]int
	for _, p := range lex.unionPhrases {
		if !members && lex.phrases[p].cue.relevance == signalMember {
			continue
		}
		for i := 0; ; {
			j := strings.Index(low[i:], p)
			if j < 0 {
				break
			}
			j += i
			i = j + len(p)
			if p == "kết nạp" && (!members || admitsOthers(low[i:])) {
				continue // the Youth Union's or an association's admission is no union word
			}
			if wordStart(low, j) && wordEnd(low, i) && !college(p, low[:j]) && !youthMembers(p, low[i:]) && !otherMembers(p, low[:j], low[i:]) && !levyName(t, low, j, i) {
				spans = append(spans, [2]int{j, i})
			}
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Or(a[0]-b[0], b[1]-a[1]) })
	n, reach := 0, 0
	for _, sp := range spans {
		if sp[0] < reach {
			continue
		}
		reach = sp[1]
		if n++; n >= enough {
			break
		}
	}
	return n
}

// admitsOthers reports the object of "kết nạp", rest being the text after
// it, as another mass organisation's members (words.tsv other-members:
// "kết nạp mới 312 hội viên") before any "đoàn viên" in its clause:
// admission is union work only when union members are admitted. An
// association's or a veterans' body's admission is no union word, nor
// (relevance.go youthOnly counts union bodies only) the Youth Union's.
func admitsOthers(rest string) bool {
	if len(rest) > 80 {
		rest = rest[:80]
	}
	for k := 0; k < len(rest); k++ {
		if c := rest[k]; c == '\n' || strings.IndexByte(",.;:!?", c) >= 0 && (k+1 == len(rest) || rest[k+1] == ' ') {
			rest = rest[:k] // the clause's end, not the dot of "4.938"
			break
		}
	}
	m := strings.Index(rest, "đoàn viên")
	for _, p := range lex.ordered["other-members"] {
		if k := strings.Index(rest, p); k >= 0 && (m < 0 || k < m) {
			return true
		}
	}
	return false
}

// levyName reports a bare "công đoàn" at low[j:end] (text is low before
// lower-casing, with the same offsets), no capitalised name after it, that
// names the levy or the finances of unions as a matter of law rather than a
// union body: after a words.tsv levy-noun ("kinh phí công đoàn", "tài
// chính công đoàn"), or as the payee after "cho" in a clause with a
// levy-verb before it ("đóng 2% quỹ tiền lương cho công đoàn"). A draft
// decree on union fees names no union at work.
func levyName(text, low string, j, end int) bool {
	if low[j:end] != "công đoàn" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[end:], " ")); unicode.IsUpper(r) {
		return false // "tài chính Công đoàn Giáo dục …": a body's own finances
	}
	before := low[:j]
	for _, n := range lex.ordered["levy-noun"] {
		if strings.HasSuffix(before, " "+n+" ") || before == n+" " {
			return true
		}
	}
	if !strings.HasSuffix(before, " cho ") {
		return false
	}
	clause := before[strings.LastIndexAny(before, ",.;:!?")+1:]
	for _, w := range strings.Fields(clause) {
		if inList("levy-verb", w) {
			return true
		}
	}
	return false
}

// wordsEnd is the byte offset in s.low where the n tokens from token u end.
func wordsEnd(s *sentence, u, n int) int {
	return int(s.toks[min(u+n, len(s.toks))-1].end)
}

// college reports "CĐ" written after "trường" (before is the text before
// it): a college (cao đẳng), not a union (công đoàn).
func college(phrase, before string) bool {
	return phrase == "cđ" && strings.HasSuffix(before, "trường ")
}

// youthMembers reports "đoàn viên" followed (after a comma or not) by a
// phrase of words.tsv youth-after ("đoàn viên, thanh niên"): the Youth
// Union's members (Đoàn Thanh niên), no union word. rest is the text after
// the phrase.
func youthMembers(phrase, rest string) bool {
	if phrase != "đoàn viên" {
		return false
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, ","), " ")
	return slices.ContainsFunc(lex.ordered["youth-after"], func(p string) bool {
		return strings.HasPrefix(rest, p) && wordEnd(rest, len(p))
	})
}

// otherMembers reports "đoàn viên" listed right next to the members of
// another mass organisation (words.tsv other-members: "đoàn viên, hội
// viên", "tình nguyện viên và đoàn viên"): the wording of the Youth Union
// and the associations (a Red Cross blood drive's "cán bộ, đoàn viên, hội
// viên, tình nguyện viên"), no union word. A union body named elsewhere
// still counts; "đoàn viên công đoàn" is another phrase. before and rest
// are the text before and after the phrase.
func otherMembers(phrase, before, rest string) bool {
	if phrase != "đoàn viên" {
		return false
	}
	for _, p := range lex.ordered["other-members"] {
		for _, sep := range [...]string{", ", " và "} {
			if after := sep + p; strings.HasPrefix(rest, after) && wordEnd(rest, len(after)) {
				return true
			}
			if b := p + sep; strings.HasSuffix(before, b) && wordStart(before, len(before)-len(b)) {
				return true
			}
		}
	}
	return false
}

// wordStart and wordEnd report word boundaries at byte i of s.
func wordStart(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !isWordRune(r)
}

func wordEnd(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || !isWordRune(r)
}

// signal notes the relevance signal c found at token i: a union word,
// another body or an off-topic measure. A phrase marked capital counts only
// when capitalised ("Bộ", not "cán bộ"); signal reports whether it counted.
func (s *sentence) signal(i, end int, c *cue) bool {
	if c.capital && capitalWords(s, i, 1) == 0 {
		return false
	}
	switch c.relevance {
	case signalUnion:
		if college(s.word(i), s.low[:s.toks[i].start]) {
			return false
		}
		if s.word(i) == "kết" && s.word(i+1) == "nạp" && admitsOthers(s.low[s.toks[end-1].end:]) {
			return false // "kết nạp mới 312 hội viên": an association's admission
		}
		s.unionWord = true
		s.unionToks = append(s.unionToks, i)
	case signalActor:
		// a body after a word of place is where ("đến Công ty A (xã B)
		// trao 60 suất"), not who acts
		// nor is a partner of the subject ("Ban tổ chức phối hợp với các
		// công ty tổ chức 25 gian hàng")
		if placed(s, i) {
			s.placedEnd = end
		} else if fundBoard(s, end) {
			// "Ban quản lý Quỹ đã duyệt chi …": the board of the
			// fund the text named before, a union's in a union's article
			s.fundBoard = end + 1
		} else if afterPeople(s, i) || workplaceListed(s, i) {
			// where the people work ("cho người lao động Công ty A và
			// Công ty B số tiền …"), not who acts
			s.workEnd = end
		} else if (!c.subject || i < 3 || givesAt(s, end) || supportFrom(s, i)) && !partnerOf(s, i) && !inPartnerList(s, i) && !inGiftFunder(s, i) && !personsWorkplace(s, i) {
			s.actorToks = append(s.actorToks, i)
		}
	case signalOfftopic:
		s.offtopic = append(s.offtopic, i)
	}
	return true
}

// personsWorkplace reports a body at token i named in apposition right
// after a person, a word for one person and a name opening the sentence or
// a clause ("Chị Lê Thu Trang, Công ty TNHH A đã có 13 sáng kiến …"): where
// the person works, as in "chị X, công nhân Công ty A, …", not who acts.
func personsWorkplace(s *sentence, i int) bool {
	if i < 3 || s.word(i-1) != "," {
		return false
	}
	k := i - 2
	for n := 0; n < 5 && k > 0 && capitalAt(s, k); n++ {
		k--
	}
	if k >= i-2 || !inList("one-person", s.word(k)) || !capitalAt(s, k+1) {
		return false
	}
	return k == 0 || s.word(k-1) == "," || isClauseMark(s.word(k-1))
}

// workplaceListed reports a body at token i that is a later item of a
// list whose first item is named as people's workplace (afterPeople): "cho
// người lao động Công ty A và Công ty B số tiền …". Only name words may
// stand between the item before and the "và" or comma right before token
// i: no number, clause mark, comma, semicolon or verb of giving.
func workplaceListed(s *sentence, i int) bool {
	if s.workEnd == 0 || i < 1 {
		return false
	}
	if w := s.word(i - 1); w != "," && w != "và" {
		return false
	}
	for k := s.workEnd; k < i-1; k++ {
		w := s.word(k)
		if s.toks[k].kind == tokNumber || isClauseMark(w) || w == ";" || w == "," || inList("gives", w) {
			return false
		}
	}
	return true
}

// fundBoard reports "Ban quản lý" (a board, an actor of relevance.tsv)
// ending before token end and followed by a bare "Quỹ", with no name after
// it ("Ban quản lý Quỹ đã duyệt chi …"): it refers back to the fund
// the text has named. A board named with its fund ("Ban quản lý Quỹ Bảo
// trợ trẻ em tỉnh") or an industrial zones' board stays another body.
func fundBoard(s *sentence, end int) bool {
	if s.word(end) != "quỹ" || capitalWords(s, end, 1) == 0 || s.word(end-3) != "ban" {
		return false
	}
	next := end + 1
	if next >= len(s.toks) {
		return true
	}
	if s.toks[next].kind != tokWord {
		w := s.word(next)
		return w == "," || isClauseMark(w)
	}
	return capitalWords(s, next, 1) == 0
}

// fundNamed reports a body at token i named in a fund's name: "Quỹ
// “Mái ấm Công đoàn tỉnh A”", "Quỹ Trợ vốn CNVCLĐ nghèo tỉnh B".
func fundNamed(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := s.word(k)
		if w == "quỹ" {
			return capitalWords(s, k, 1) == 1
		}
		if w == "," || isClauseMark(w) || s.toks[k].kind == tokNumber {
			return false
		}
	}
	return false
}

// placed reports a body named as where something happens: after a word
// of location ("tại Công ty A"), maybe through a count ("tại 2 doanh
// nghiệp"), or as a later item of a list that one opens ("tại Công ty A,
// Công ty B và trao 65 phần quà", "tại 2 doanh nghiệp …, gồm: Công ty A (60
// phần) và Công ty B"), no number outside brackets, giving verb or clause
// mark between it and the item before.
func placed(s *sentence, i int) bool {
	if locationMarked(s, i) || i > 1 && s.toks[i-1].kind == tokNumber && locationMarked(s, i-1) {
		return true
	}
	if placeListItem(s, i) {
		return true
	}
	if s.placedEnd == 0 {
		return false
	}
	j := i - 1
	if s.word(j) == ":" && s.word(j-1) == "gồm" {
		j -= 2 // the list that names them: "…, gồm: Công ty A …"
	} else if w := s.word(j); w != "," && w != "và" {
		return false
	}
	depth := 0
	for k := s.placedEnd; k < j; k++ {
		switch w := s.word(k); {
		case w == "(":
			depth++
		case w == ")":
			depth--
		case depth > 0:
		case isClauseMark(w) || w == ";" || s.toks[k].kind == tokNumber || inList("gives", w):
			return false
		}
	}
	return true
}

// placeListReach is how many tokens back from a body placeListItem looks
// for the colon that opens its list, and from the colon for the word of
// location.
const placeListReach = 40

// placeListItem reports a body at token i in a list opened by a colon after
// a word of location and a plural ("… tại các đơn vị: Công ty A, Trường
// Tiểu học B, Công ty TNHH C; mỗi suất 10 kg"): where the people are, each
// item, not who acts. No number, clause mark or giving verb (words.tsv
// gives) stands between the colon and the body, and "các" or "những"
// after a word of location is among the six words before the colon.
func placeListItem(s *sentence, i int) bool {
	colon := -1
	for k := i - 1; k >= 0 && k >= i-placeListReach; k-- {
		w := s.word(k)
		if w == ":" {
			colon = k
			break
		}
		if isClauseMark(w) || s.toks[k].kind == tokNumber || inList("gives", w) {
			return false
		}
	}
	if colon < 0 {
		return false
	}
	for k := colon - 1; k >= 1 && k >= colon-6; k-- {
		if s.toks[k].kind != tokWord {
			return false
		}
		if (s.word(k) == "các" || s.word(k) == "những") && locationMarked(s, k) {
			return true
		}
	}
	return false
}

// partnerOf reports a body named right after a partner marker, maybe
// through a plural word: "phối hợp với các doanh nghiệp", "cùng Công ty A".
func partnerOf(s *sentence, i int) bool {
	if w := s.word(i - 1); w == "các" || w == "những" {
		i--
	}
	return partnerMarked(s, i)
}

// partnerListReach is how many tokens back from a body inPartnerList
// looks for the partner marker that opens its list.
const partnerListReach = 30

// inPartnerList reports a body at token i further on in a list of
// partners that a words.tsv partner-marker opens, after a comma or "và"
// ("LĐLĐ quận phối hợp với Hội Phụ nữ, Hội Cựu chiến binh và UBND phường
// A tổ chức …"): a partner of the subject, as the first one is
// (partnerOf), not who acts. No number, clause mark, giving verb
// (words.tsv gives) or verb of holding (hold-verb) stands between the
// marker and the body, and a body opens right after the marker ("Cùng
// dịp, Hội A trao …" lists nothing): "… phối hợp với Hội Phụ nữ tổ chức hội nghị, UBND
// phường A trao …" names the committee as a subject of its own. Unlike
// orgs.go partnerListed, the names between may hold lower-case words
// ("Hội bác sĩ tình nguyện quận A"): what ends the list is a word of
// acting, not of naming.
func inPartnerList(s *sentence, i int) bool {
	if w := s.word(i - 1); w != "," && w != "và" {
		return false
	}
	for k := i - 2; k > 0 && k >= i-partnerListReach; k-- {
		w := s.word(k)
		if s.toks[k].kind == tokNumber || isClauseMark(w) || inList("gives", w) || s.listBefore(k+1, "hold-verb") {
			return false
		}
		if partnerOf(s, k) && bodyAt(s, k) {
			return true
		}
	}
	return false
}

// bodyAt reports a union body or another body named at token k.
func bodyAt(s *sentence, k int) bool {
	_, end := longestCue(s, k, func(c *cue) bool { return c.relevance == signalActor || c.relevance == signalUnion })
	return end > k
}

// giftCountBefore reports a count of gifts or goods whose noun ends right
// before token k ("12 suất quà" before "của"), at most four words apart.
func giftCountBefore(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if s.toks[j].kind == tokNumber {
			u := numberUnit(s, j)
			return u == "gift" || u == "item"
		}
		if s.toks[j].kind != tokWord || s.word(j) == "cho" {
			return false
		}
	}
	return false
}

// inGiftFunder reports a body or a place at token i in the name of a
// gift's funder, after "của" and a count of gifts or goods ("12 suất quà
// của Hội Chữ thập đỏ tỉnh", "9 phần quà của Ủy ban Mặt trận Tổ quốc
// tỉnh A"): who paid, not who hands out, so neither an actor of the clause nor
// its organisation (the contract: funding source does not change it).
func inGiftFunder(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.word(k) == "của" {
			return giftCountBefore(s, k)
		}
		if s.toks[k].kind != tokWord || isClauseMark(s.word(k)) {
			return false
		}
	}
	return false
}

// funderListReach is how many tokens back from a body giftReceivedOf
// looks for "nhận quà của".
const funderListReach = 24

// giftReceivedOf reports a body at token i in the list of those whose
// gifts the people received, after "nhận quà của" ("300 công nhân được nhận
// quà của Ủy ban Mặt trận tỉnh A và Tổng Liên đoàn, trị giá …"): who
// paid, not who hands out (the contract: funding source does not change
// the org). No number, clause mark or giving verb (words.tsv gives) stands
// between "của" and the body.
func giftReceivedOf(s *sentence, i int) bool {
	for k := i - 1; k >= 2 && k >= i-funderListReach; k-- {
		w := s.word(k)
		if w == "của" {
			if s.word(k-1) == "quà" && s.word(k-2) == "nhận" {
				return true
			}
			continue // "các Ban của Tỉnh ủy": a name's own "của"
		}
		if s.toks[k].kind == tokNumber || isClauseMark(w) || inList("gives", w) {
			return false
		}
	}
	return false
}

// supportFrom reports a body named after "từ" (maybe through a plural
// word) that follows a word of support: "kinh phí hỗ trợ từ các doanh
// nghiệp dành cho 80 đoàn viên" names who gives. "đến từ các doanh nghiệp"
// (where the teams come from) does not.
func supportFrom(s *sentence, i int) bool {
	if w := s.word(i - 1); w == "các" || w == "những" {
		i--
	}
	if s.word(i-1) != "từ" {
		return false
	}
	return s.listBefore(i-1, "support-from")
}

// unionPayLevel reports a level of pay at token k ("mức lương", "mức
// thưởng") that the sentence tells as the union's: what a union's check or
// survey found, named before it (words.tsv monitoring: "Kết quả giám sát
// cho thấy mức thưởng Tết bình quân …"), or a bonus that is the prize of
// an award the sentence names ("… được khen thưởng, mức thưởng là 300.000
// đồng/tập thể"). Else a level of pay is the firms' (relevance.tsv
// offtopic).
func unionPayLevel(s *sentence, k int) bool {
	if s.word(k) != "mức" {
		return false
	}
	before := s.low[:s.toks[k].start]
	if slices.ContainsFunc(lex.ordered["monitoring"], func(p string) bool { return strings.Contains(before, p) }) {
		return true
	}
	if s.word(k+1) != "thưởng" {
		return false // "có 7 công nhân khai thác có mức lương trên 250 triệu đồng mỗi năm được khen thưởng": the pay, not the prize
	}
	for i, id := range s.cues {
		if id != 0 && !s.covered[i] && s.cueOf(i).category == "emulation" {
			return true
		}
	}
	return false
}

// givesAt reports a giving verb at token k, or "đã" before one: an actor
// that is a common object ("doanh nghiệp") is the subject when it gives
// ("…, các doanh nghiệp đã trao 30 suất quà"). A phrase of where the actor
// is may come first: "các cơ quan, đơn vị, doanh nghiệp trên địa bàn huyện
// đã trao 50 suất quà", "doanh nghiệp tại khu công nghiệp tặng …".
func givesAt(s *sentence, k int) bool {
	if s.phraseBefore(k+3, "trên địa bàn") {
		k += 3
	} else if s.word(k) == "tại" {
		k++
	} else {
		return givingVerbAt(s, k)
	}
	for j := k; j < len(s.toks) && j <= k+4; j++ {
		if w := s.word(j); isClauseMark(w) || w == "," || s.toks[j].kind == tokNumber {
			return false
		}
		if givingVerbAt(s, j) {
			return true
		}
	}
	return false
}

// givingVerbAt reports a giving verb at token k, or words that stand
// before one ("đã", "cũng", "đồng hành": words.tsv pre-verb).
func givingVerbAt(s *sentence, k int) bool {
	for range 3 {
		n := preVerbAt(s, k)
		if n == 0 {
			break
		}
		k += n
	}
	return inList("gives", s.word(k))
}

// preVerbAt returns how many tokens a pre-verb phrase at token k takes, 0
// if none stands there.
func preVerbAt(s *sentence, k int) int {
	for _, p := range lex.ordered["pre-verb"] {
		if n := strings.Count(p, " ") + 1; s.phraseBefore(k+n, p) {
			return n
		}
	}
	return 0
}

// afterPeople reports a body named right after the people it employs
// ("hỗ trợ 64 đoàn viên, người lao động Công ty A với số tiền …"), "của"
// "thuộc" or "trong" between allowed ("48 đoàn viên của Công ty A được
// nhận …", "15 người thuộc Tổng công ty B", "con CNVCLĐ trong Tập đoàn
// C"): whose people, not who acts. It reads
// the sentence's cues found so far.
func afterPeople(s *sentence, i int) bool {
	end := i
	if s.word(end-1) == "tổng" {
		end-- // "Tổng công ty": the body's cue is "công ty"
	}
	if w := s.word(end - 1); w == "của" || w == "thuộc" || w == "trong" {
		end--
	}
	for k := min(end, len(s.cues)) - 1; k >= 0 && k >= end-6; k-- {
		if s.cues[k] != 0 && int(s.cueEnd[k]) == end {
			u := s.cueOf(k).unit
			return u == "person" || u == "member"
		}
	}
	return false
}

// otherActor reports a figure at token t that is not union work: a figure
// whose nearest body before it is not a union (a department, social
// insurance, a company, a sponsor) and, after a union's name, opens a
// clause of its own; or one
// that measures revenue, prices, damage or casualties in its own clause.
//
// An off-topic measure counts even in a sentence that names a union, when
// neither a union body nor a word of aid stands before the number in its
// clause: "Bão làm 8.700 ngôi nhà bị tốc mái; LĐLĐ tỉnh trao 410 suất quà"
// yields 410 only.
func otherActor(s *sentence, t int) bool {
	if guests(s) && !(s.word(0) == "dự" && s.word(1) == "án") {
		// the bodies that attend an event do not act in it; "Dự án …" (a
		// project) opens with the word of attending but lists no guests
		return false
	}
	if governmentAct(s, t) || passiveActor(s, t) {
		return true
	}
	if actor, union := actorBefore(s, t), nearestBefore(s.unionToks, t); actor >= 0 && actor > union && !attendingBefore(s, actor) &&
		(union < 0 || (clauseSubject(s, subjectStart(s, actor, union)) || passiveAgent(s, actor, union)) && !jointSubject(s, union, actor) && !listedAfterUnion(s, union, actor) && !listRate(s, actor, t) && !unionChannel(s, union, actor)) && !awardBetween(s, actor, t) &&
		!dialogueWithWorkers(s, actor, t) && !unionOwnsAfter(s, t) && !peopleActing(s, t) {
		// the body nearest before the figure is not a union, and opens a
		// clause of its own: "LĐLĐ huyện trao 60 suất quà và Công ty X trao
		// 200 suất quà"
		return true
	}
	if s.headed {
		return false
	}
	if len(s.unionToks) == 0 && payRise(s, t) {
		return true
	}
	for _, k := range s.offtopic {
		if k < t && clauseBetweenRestated(s, k, t) && !estimateOf(s, k, t) || k > t && (k > t+12 || sentenceMarkBetween(s, t, k)) {
			continue // the measure's own clause; after the number, through a list ("410 đoàn viên, người lao động bị thiệt hại")
		}
		if k > t && purposeBetween(s, t, k) {
			continue // what the act is for: "vay 25 tỷ đồng để sản xuất, cải thiện thu nhập"
		}
		if k < t && loanPurpose(s, k, t) {
			continue // what a loan is for: "vay chăn nuôi tăng thu nhập có 40 người với 800 triệu đồng"
		}
		if k > t && (aidBetween(s, t, k) || recipientsBetween(s, t, k)) {
			continue // whom the aid is for: "Hơn 2 tỷ đồng hỗ trợ đoàn viên bị thiệt hại do bão"
		}
		if k > t && topicOfCount(s, t, k) {
			continue // what the counted cases are about: "198 vụ án tranh chấp về tiền lương"
		}
		if k > t && s.phraseBefore(k, "so với") {
			continue // what the figure is set against, not what it measures: "tăng 40.000 đồng/suất so với ngày thường"
		}
		if s.word(k) == "dự" && s.word(k+1) == "án" && wordWithin(s, "vay", 0, len(s.toks)) {
			continue // "duyệt cho 120 dự án, … cho 1.500 hộ vay": a loan fund's projects, not investors'
		}
		union := unionPartAfter(s, t)
		for _, u := range s.unionToks {
			union = union || (u < t && !clauseBetween(s, u, t))
		}
		measure := -1
		at := t
		if rangeEnd(s, t) {
			at = t - 2 // the range's first bound stands where the measure is
		}
		if _, end := longestCue(s, k, func(c *cue) bool { return c.relevance == signalOfftopic }); k < t && end >= qualifierStart(s, at)-1 {
			// the measure right before the figure, a word apart: "giúp các
			// hộ tăng thu nhập từ 1,5 - 2 triệu đồng" measures the income,
			// not the aid ("hỗ trợ 140 đoàn viên bị ảnh hưởng với số tiền
			// …" is aid)
			measure = k
		}
		if !union && !aidBefore(s, t, measure) && !unionPayLevel(s, k) {
			return true
		}
	}
	return false
}

// payRise reports a figure at token t that is a rise of a monthly pay
// rate: "tăng" (or "tăng thêm") right before it or before the range it
// opens, and a sum of money per month after it ("Phương án 1: tăng
// 310.000 - 450.000 đồng/tháng"). The rise is a wage amount, what a pay
// proposal or a firm's pay round sets out, not a count or a result of
// union work (relevance.tsv offtopic: mức lương, lương tối thiểu).
// otherActor asks it only of a sentence that names no union: "LĐLĐ tỉnh
// tăng mức hỗ trợ thêm 200.000 đồng/tháng" is the union's own rate.
func payRise(s *sentence, t int) bool {
	if !wordWithin(s, "tăng", max(t-5, 0), t) {
		return false // most figures: no rise before them
	}
	at := t
	if rangeEnd(s, t) {
		at = t - 2
	}
	switch k := qualifierStart(s, at); {
	case s.word(k-1) == "tăng":
	case s.word(k-1) == "thêm" && s.word(k-2) == "tăng":
	default:
		return false
	}
	money := t
	if at == t && t+2 < len(s.toks) && isDash(s.word(t+1)) && s.toks[t+2].kind == tokNumber {
		money = t + 2 // the first bound: the second writes the currency
	}
	n, ok := ParseNumber(s.low, int(s.toks[money].start))
	if !ok || !n.Money {
		return false
	}
	rest := strings.TrimLeft(s.low[n.End:], " ")
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "/"), " ")
	rest = strings.TrimPrefix(rest, "người/")
	return strings.HasPrefix(rest, "tháng") || strings.HasPrefix(rest, "mỗi tháng") || strings.HasPrefix(rest, "một tháng")
}

// topicOfCount reports an off-topic measure at token k, after the figure
// at token t, that only names what the counted things are about: "về"
// right before it, the figure neither a sum of money nor a share, and no
// clause mark or other number between ("đại diện cho công nhân trong 57
// vụ án tranh chấp về tiền lương", "giải quyết 31 trường hợp về tiền
// lương, thưởng"). The figure counts cases, not the pay: the wage
// exclusion is for a number that is itself a wage ("tiền lương bình quân
// 7 triệu đồng").
func topicOfCount(s *sentence, t, k int) bool {
	if s.word(k-1) != "về" {
		return false
	}
	if n, ok := ParseNumber(s.low, int(s.toks[t].start)); !ok || n.Money || n.Percent {
		return false
	}
	for j := t + 1; j < k-1; j++ {
		if isClauseMark(s.word(j)) || s.toks[j].kind == tokNumber {
			return false
		}
	}
	return true
}

// aidBetween reports a sum at token t with a words.tsv aid word right
// after its currency, before the off-topic measure at token k: the sum is
// the aid, the measure says whom it goes to ("1,5 tỷ đồng hỗ trợ đoàn viên
// bị thiệt hại do mưa lũ"). A count's noun that holds an aid word is not
// meant ("60 trạm cấp nước bị hư hỏng").
func aidBetween(s *sentence, t, k int) bool {
	for j := t + 1; j < k && j <= t+3; j++ {
		switch s.word(j) {
		case "đồng", "vnđ", "vnd":
			return j+1 < k && inList("aid", s.word(j+1)) && !privateSpend(s, j+1)
		}
	}
	return false
}

// recipientsBetween reports a figure at token t sent or given to
// recipients that the off-topic measure at token k describes ("420 triệu
// được chuyển về các xã bị thiệt hại"): a words.tsv send verb or aid word
// after the figure, then a words.tsv send-to word, then the recipients and
// "bị" right before the measure, no clause mark, comma or other number
// between. The measure says whom the money goes to, not what it measures.
func recipientsBetween(s *sentence, t, k int) bool {
	if k-t > recipientsSpan || s.word(k-1) != "bị" {
		return false
	}
	sent := false
	for j := t + 1; j < k-1; j++ {
		w := s.word(j)
		switch {
		case isClauseMark(w) || w == "," || s.toks[j].kind == tokNumber:
			return false
		case inList("send", w) || inList("aid", w):
			sent = true
		case sent && inList("send-to", w):
			return j+1 < k-1 // the recipients between
		}
	}
	return false
}

// recipientsSpan bounds the tokens from a figure to the measure that
// describes its recipients.
const recipientsSpan = 12

// loanPurposeSpan bounds the tokens from a loan's word to the measure
// that names its purpose.
const loanPurposeSpan = 8

// loanPurpose reports an off-topic measure at token k, before the figure at
// token t, that names what a loan is for, as breakdowns of a fund's loans by
// purpose read ("vay chăn nuôi tăng thu nhập có 40 người với 800 triệu
// đồng"): "vay" stands at most loanPurposeSpan tokens before the measure
// with no clause mark, comma or number between, and "có" (there are N
// borrowers) follows the measure before the next number, which is the
// clause's first figure. The income is not measured: "nhờ vay vốn, thu
// nhập đạt 6 triệu đồng" and "vay vốn có thu nhập 5 triệu đồng" are.
func loanPurpose(s *sentence, k, t int) bool {
	loan := false
	for j := k - 1; j >= 0 && j >= k-loanPurposeSpan; j-- {
		w := s.word(j)
		if isClauseMark(w) || w == "," || s.toks[j].kind == tokNumber {
			break
		}
		if w == "vay" {
			loan = true
			break
		}
	}
	if !loan {
		return false
	}
	_, end := longestCue(s, k, func(c *cue) bool { return c.relevance == signalOfftopic })
	for j := end; j < t; j++ {
		w := s.word(j)
		if isClauseMark(w) || w == "," || s.toks[j].kind == tokNumber {
			return false
		}
		if w == "có" {
			return true
		}
	}
	return false
}

// purposeBetween reports a words.tsv purpose word ("để", "nhằm") between
// the figure at token t and the off-topic measure at token k after it: the
// measure is what the act aims at, not what the figure measures.
func purposeBetween(s *sentence, t, k int) bool {
	for j := t + 1; j < k; j++ {
		if inList("purpose", s.word(j)) {
			return true
		}
	}
	return false
}

// clauseBetweenRestated is clauseBetween, save that a restatement in
// brackets (a words.tsv restate word after "(": "mức thu nhập từ 250 triệu
// đồng/năm (tương đương 21 triệu đồng/tháng) trở lên là 5.000 người") goes
// on with the figure it restates and ends no clause.
func clauseBetweenRestated(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		w := s.word(k)
		if w == "(" && restateAt(s, k+1) {
			for k++; k < to && s.word(k) != ")"; k++ {
			}
			continue
		}
		if isClauseMark(w) || w == "," {
			return true
		}
	}
	return false
}

// restateAt reports a words.tsv restate phrase at token k.
func restateAt(s *sentence, k int) bool {
	return slices.ContainsFunc(lex.ordered["restate"], func(p string) bool { return s.phraseBefore(k+strings.Count(p, " ")+1, p) })
}

// estimateOf reports a figure at token t in a clause that estimates the
// measure at token k before it: no clause mark and no number stands
// between them, and the last comma between them is followed by a
// words.tsv estimate word ("vườn cây, ao cá bị hư hại nặng, ước tính hơn
// 40 tỷ đồng"), or by a words.tsv measure-with word that goes on with what
// the measure struck ("9 thôn bị ngập, với gần 2.000 ngôi nhà") in a
// sentence that names no union and no aid before the measure.
func estimateOf(s *sentence, k, t int) bool {
	last := -1
	for j := k + 1; j < t; j++ {
		w := s.word(j)
		if isClauseMark(w) || s.toks[j].kind == tokNumber {
			return false
		}
		if w == "," {
			last = j
		}
	}
	if last < 0 {
		return false
	}
	return inList("estimate", s.word(last+1)) || inList("measure-with", s.word(last+1)) && !aidOrUnionBefore(s, k)
}

// aidOrUnionBefore reports a union or a words.tsv aid word before token k
// in the sentence: the measure there tells whom the union's act reached
// ("LĐLĐ tỉnh trao 600 suất quà cho đoàn viên bị ảnh hưởng, với tổng số
// tiền …"), not what a disaster struck.
func aidOrUnionBefore(s *sentence, k int) bool {
	if len(s.unionToks) > 0 && s.unionToks[0] < k {
		return true
	}
	for j := 0; j < k; j++ {
		if inList("aid", s.word(j)) {
			return true
		}
	}
	return false
}

// dialogueWithWorkers reports a dialogue with workers (words.tsv dialogue,
// then dialogue-workers) told between the body at token actor and the
// figure at token t, in one clause: "Thủ tướng sẽ đối thoại với 2.000 công
// nhân", "… gặp gỡ, đối thoại với công nhân 6 tỉnh". The government is the
// other party of the workers' dialogue, the union's representation work
// (the contract), not the actor of its figures.
func dialogueWithWorkers(s *sentence, actor, t int) bool {
	if !slices.ContainsFunc(lex.ordered["dialogue"], func(p string) bool { return strings.Contains(s.low, p) }) {
		return false // the sentence names no dialogue: one search, not the list at every token
	}
	for k := actor + 1; k < t; k++ {
		if isClauseMark(s.word(k)) {
			return false
		}
		if !s.listBefore(k+1, "dialogue") {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= t+3; j++ {
			if j > t && isClauseMark(s.word(j)) {
				break
			}
			if s.listBefore(j+1, "dialogue-workers") {
				return true
			}
		}
		return false
	}
	return false
}

// unionPartAfter reports a total at token t whose share a union gives,
// told after it as "trong đó" and a union body ("xây xong có tổng mức
// đầu tư 90 triệu đồng, trong đó Quỹ Xã hội Công đoàn góp 50 triệu
// đồng"): the cost of the union's own work, not a firm's investment.
func unionPartAfter(s *sentence, t int) bool {
	for k := t + 1; k+1 < len(s.toks) && k < t+8; k++ {
		if s.word(k) == "trong" && s.word(k+1) == "đó" {
			for _, u := range s.unionToks {
				if u > k+1 && !sentenceMarkBetween(s, k, u) && u < k+12 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// ownerReach is how many tokens after a count its owner may be named
// (unionOwnsAfter).
const ownerReach = 6

// unionOwnsAfter reports a count at token t whose owner, a union body, is
// named after it with "của" in its phrase ("…; UBND xã tặng 15 suất quà
// và 12 suất quà của LĐLĐ huyện"): the union's own gift in a list,
// whatever body stands before it (the contract: a gift a union hands out
// is the union's).
func unionOwnsAfter(s *sentence, t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+ownerReach; k++ {
		if w := s.word(k); isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			return false
		} else if w == "của" {
			return slices.Contains(s.unionToks, k+1)
		}
	}
	return false
}

// listRate reports a rate in brackets at token t, "(mỗi suất …)", right
// after the last count of a list of givers that a union opens ("LĐLĐ tỉnh
// trao 20 suất quà, LĐLĐ huyện A trao 15 suất, Thành đoàn trao 5 suất
// (mỗi suất 500.000 đồng)"): the value of every gift listed, not only the
// last giver's (actor, the body nearest before it).
func listRate(s *sentence, actor, t int) bool {
	open := -1
	for k := t - 1; k > actor && k >= t-4; k-- {
		if s.word(k) == "(" {
			open = k
			break
		}
	}
	if open < 1 || s.word(open+1) != "mỗi" || s.word(open-1) == "(" {
		return false
	}
	for k := open - 1; k > actor; k-- {
		if s.toks[k].kind == tokNumber {
			return true // the giver's own count stands before the bracket
		}
	}
	return false
}

// passiveActor reports a figure that the state confers, told in the
// passive: "Có 64 thầy thuốc được Chủ tịch nước phong tặng danh hiệu …" (the
// President's titles, B8). The President or the State stands right after
// "được", in the figure's clause, and no union is named before the figure
// in it. Other bodies' awards in a union's report ("5 cá nhân được Thủ
// tướng Chính phủ công nhận Chiến sĩ thi đua toàn quốc") are the union's
// emulation results.
func passiveActor(s *sentence, t int) bool {
	for _, a := range s.actorToks {
		if a <= t || a > t+8 || s.word(a-1) != "được" || sentenceMarkBetween(s, t, a) {
			continue
		}
		if !stateConfers(s, a) {
			continue
		}
		for _, u := range s.unionToks {
			if u < t && !clauseBetween(s, u, t) {
				return false
			}
		}
		return true
	}
	return false
}

// stateConfers reports the President ("Chủ tịch nước") or the State ("Nhà
// nước") at token a.
func stateConfers(s *sentence, a int) bool {
	return s.word(a) == "chủ" && s.word(a+1) == "tịch" && s.word(a+2) == "nước" ||
		s.word(a) == "nhà" && s.word(a+1) == "nước"
}

// governmentAct reports a figure after the bare name of a place that opens
// its clause, in a sentence (or the part of it between semicolons) that
// names no union body, no union activity and no member: "Huyện Gia Lâm
// tiếp nhận 5 tấn gạo", "phường Hai Bà Trưng trao tặng 6.683 suất quà …
// tới các hộ gia đình, người dân" tell what the local government does, not
// its union. ("Quận Ba Đình kết nạp 1.538 đoàn viên"
// and "huyện Sóc Sơn có 320 CĐCS" name union work: they stay.)
func governmentAct(s *sentence, t int) bool {
	var place *mention
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if m := &s.mentions[i]; m.tok < t && !m.object {
			place = m
			break
		}
	}
	// "Quận Đống Đa: Biểu dương 2.964 công nhân giỏi" heads a district
	// union's news with its place's name
	if place == nil || place.org.name == "" || s.word(place.end) == ":" || !clauseSubject(s, place.tok) {
		return false
	}
	if typ, _ := typeWordAt(s, place.tok); typ == "" || locationMarked(s, place.tok) || placeInLocation(s, place.tok) {
		return false
	}
	// the figure's part of the sentence, between semicolons: "…, huyện X
	// trao tặng 2.100 suất quà tới các hộ gia đình; LĐLĐ huyện trao …"
	// (worked out once a place is found: most figures have none)
	lo, hi := t, t
	for lo > 0 && s.word(lo-1) != ";" {
		lo--
	}
	for hi < len(s.toks) && s.word(hi) != ";" {
		hi++
	}
	if slices.ContainsFunc(s.unionToks, func(k int) bool { return k >= lo && k < hi }) {
		return false
	}
	for i := lo; i < hi; i++ {
		if c := s.cueOf(i); c != nil && c.relevance == signalMember {
			return false
		}
	}
	return true
}

// awardBetween reports an award named between a body at token from and the
// figure at token to: "Ủy ban nhân dân thành phố tặng Bằng khen cho 4 tập
// thể" in a union's report counts the union's units honoured. Awards are
// Bằng khen, Giấy khen, Cờ, danh hiệu, Huy hiệu (not "phát huy hiệu
// quả"), Kỷ niệm chương and the Bằng Lao động sáng tạo; so is public
// praise, "biểu dương", "tuyên dương" ("Thủ tướng biểu dương hơn 2 triệu
// sáng kiến": the results praised are the union's, not the praiser's).
func awardBetween(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if w := s.word(k); w == "khen" || w == "cờ" || (w == "danh" || w == "huy" && s.word(k-1) != "phát") && s.word(k+1) == "hiệu" ||
			w == "dương" && (s.word(k-1) == "biểu" || s.word(k-1) == "tuyên") ||
			w == "chương" && s.word(k-1) == "niệm" || w == "bằng" && s.word(k+1) == "lao" && s.word(k+2) == "động" {
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
	return signalled(h).unionWord
}

// signalled is text as a sentence whose relevance signals are read.
func signalled(text string) *sentence {
	s := &sentence{text: text, low: lower(text)}
	s.toks = tokenize(s.low)
	for i := 0; i < len(s.toks); i++ {
		if _, _, rel, end := longestCues(s, i, sentenceCue); rel != nil && s.toks[i].kind == tokWord && s.signal(i, end, rel) {
			i = end - 1
		}
	}
	return s
}

// aidBefore reports a word of giving or support before token t in its
// clause: help to the victims of a disaster or an accident is union work
// ("hỗ trợ 19 công nhân bị tai nạn lao động").
// A comma inside a list of the people helped ("cho 193 nghìn đoàn viên,
// người lao động bị ảnh hưởng") does not end the clause. Only the words
// after the off-topic measure at token measure count (-1: all), when that
// measure is the figure's own: the income an aid raises is no aid.
// Nor does the comma before the rate of the gifts just counted ("tặng 3
// suất quà, mỗi suất 2,5 triệu đồng, tới các gia đình gặp nạn").
func aidBefore(s *sentence, t, measure int) bool {
	for k := t - 1; k > measure && k >= 0; k-- {
		if s.word(k) == ")" {
			if k = bracketOpen(s, k, measure); k < 0 {
				return false
			}
			continue // a bracketed aside ("trao 32 suất quà (3 triệu đồng/suất) cho 32 công nhân") does not end the clause
		}
		if isClauseMark(s.word(k)) || s.word(k) == "," && !afterPeople(s, k) && !giftRateAfter(s, k) && !stressAfter(s, k) {
			break
		}
		if inList("aid", s.word(k)) && !privateSpend(s, k) {
			return true
		}
	}
	return false
}

// bracketOpen returns the token of the "(" that opens the bracketed aside
// closing at token k (")"), when it opens after token from, within
// bracketSpan tokens and with no other bracket or sentence mark between; -1
// if none does.
func bracketOpen(s *sentence, k, from int) int {
	for j := k - 1; j > from && j >= k-bracketSpan; j-- {
		switch s.word(j) {
		case "(":
			return j
		case ")", ".", ";", "!", "?":
			return -1
		}
	}
	return -1
}

// bracketSpan bounds the tokens of a bracketed aside inside a clause.
const bracketSpan = 12

// privateSpend reports "chi" at token k that is no aid: the noun "chi
// phí" (a cost), or one person's own spending, "chi" right after a word
// for one person (words.tsv one-person) and a name of up to three
// capitalised words ("Mỗi quý anh B chi 7 triệu đồng cho thuốc").
func privateSpend(s *sentence, k int) bool {
	if s.word(k) != "chi" {
		return false
	}
	if s.word(k+1) == "phí" {
		return true
	}
	j := k - 1
	for j >= 0 && j >= k-3 && capitalAt(s, j) {
		j--
	}
	return j < k-1 && j >= 0 && inList("one-person", s.word(j))
}

// stressAfter reports a comma at token k before "đặc biệt" that singles
// out part of what the words before it describe ("đoàn viên có hoàn cảnh
// khó khăn, đặc biệt khó khăn bị thiệt hại", "người lao động, đặc biệt
// là công nhân …"): the description goes on, the clause does not end.
func stressAfter(s *sentence, k int) bool {
	return s.word(k+1) == "đặc" && s.word(k+2) == "biệt"
}

// giftRateAfter reports a comma at token k between a count of gifts or
// goods and the rate of each ("3 suất quà, mỗi suất …").
func giftRateAfter(s *sentence, k int) bool {
	return s.word(k+1) == "mỗi" && giftCountBefore(s, k)
}

// sentenceMarkBetween reports a clause mark other than a comma between
// tokens from and to.
func sentenceMarkBetween(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if isClauseMark(s.word(k)) {
			return true
		}
	}
	return false
}

// clauseSubject reports a body at token k that opens a clause, as its
// subject: at the start of the sentence, after a comma, a semicolon or a
// colon, or after "và", "còn".
func clauseSubject(s *sentence, k int) bool {
	switch s.word(k - 1) {
	case "", ",", ";", ":", "và", "còn":
		return true
	}
	return false
}

// passiveAgent reports the body at token k as the agent of a passive
// clause of its own, "được" right before it or before the "Ủy ban" its
// name opens with, with a ";" or a clause mark between the union word at
// token union and it: "anh A được LĐLĐ huyện hỗ trợ 6 triệu đồng; chị B
// được Ủy ban MTTQ xã hỗ trợ 4 triệu đồng" tells the committee's gift in
// the second clause, as a body that opens a clause does. A comma ends the
// union's clause too when "được" opens the next one right after it ("chị
// Lan được LĐLĐ huyện hỗ trợ 6,5 triệu đồng, được Hội Chữ thập đỏ xã tặng 3
// suất quà"): a passive clause of its own, with its own agent.
func passiveAgent(s *sentence, k, union int) bool {
	j := k
	if s.word(j-1) == "ban" && s.word(j-2) == "ủy" {
		j -= 2
	}
	if s.word(j-1) != "được" {
		return false
	}
	for i := union + 1; i < j-1; i++ {
		if w := s.word(i); w == ";" || isClauseMark(w) || w == "," && s.word(i+1) == "được" {
			return true
		}
	}
	return false
}

// subjectStart gives the token where the subject that ends with the body
// at token k starts: its leaders before it (leadersBefore), and a body it
// belongs to, a dash before it, through that body's name ("Quỹ từ thiện A
// - Tập đoàn B tặng …": the fund, the group's, is the subject). union is
// the last union word before k, or -1: the subject starts after it.
func subjectStart(s *sentence, k, union int) int {
	if w := s.word(k - 1); w == "-" || w == "–" {
		for i := len(s.actorToks) - 1; i >= 0; i-- {
			a := s.actorToks[i]
			if a >= k-1 {
				continue
			}
			if a <= union || a < k-9 {
				break
			}
			for j := a + 1; j < k-1; j++ {
				if w := s.word(j); w == "," || isClauseMark(w) {
					return k
				}
			}
			return leadersBefore(s, a)
		}
	}
	return leadersBefore(s, k)
}

// leadersBefore gives the token where the people who stand for the body
// at token k start, its leaders or representatives right before its name
// (leaders of words.tsv: "lãnh đạo Công ty A"), else k.
func leadersBefore(s *sentence, k int) int {
	for _, p := range lex.ordered["leaders"] {
		if s.phraseBefore(k, p) {
			return k - 1 - strings.Count(p, " ")
		}
	}
	return k
}

// jointSubject reports a body at token actor joined by "và" to the union
// named at token union, both the subject of what follows: "LĐLĐ thành phố
// và Thành đoàn trao 600 suất quà", "Lãnh đạo LĐLĐ tỉnh (bên phải) và Hội
// Phụ nữ tỉnh trao …". Between them no number, no giving verb and no
// comma or semicolon outside brackets: "LĐLĐ huyện trao 60 suất quà và
// Công ty A trao 200 suất" are two clauses, two subjects.
func jointSubject(s *sentence, union, actor int) bool {
	if union >= 0 && s.word(actor-1) == "," {
		return commaJoint(s, union, actor)
	}
	if union < 0 || s.word(actor-1) != "và" {
		return false
	}
	depth := 0
	for j := union + 1; j < actor-1; j++ {
		if s.toks[j].kind == tokNumber || inList("gives", s.word(j)) {
			return false
		}
		switch s.word(j) {
		case "(":
			depth++
		case ")":
			depth--
		case ",", ";":
			if depth == 0 && !(s.word(j) == ";" && bodyListSemicolon(s, union, j)) {
				return false
			}
		}
	}
	return depth == 0
}

// commaJoint reports a union at token union and another body at token
// actor listed with a comma as the subject of a joint act ("LĐLĐ tỉnh,
// Công ty CP A phối hợp trao 30 suất quà"): the union runs up to the
// comma with only its name, and "phối hợp" or "cùng" follows the other
// body's name with no comma, clause mark or number between. The union
// gives with it, so the figure is the union's.
func commaJoint(s *sentence, union, actor int) bool {
	k, ok := unionNameRun(s, union, actor-1, nil)
	if !ok || k != actor-1 || k <= union {
		return false
	}
	for j := actor + 1; j < len(s.toks) && j <= actor+15; j++ {
		switch w := s.word(j); {
		case w == "," || w == ";" || isClauseMark(w) || s.toks[j].kind == tokNumber:
			return false
		case w == "hợp" && s.word(j-1) == "phối", w == "cùng":
			return true
		}
	}
	return false
}

// listedAfterUnion reports a body at token actor listed after a comma
// with the union named at token union, which opens the clause: only the
// union's name, its place's type words, numbers and capitalised words, and
// commas stand between them ("Cùng ngày, LĐLĐ quận 3, TP B, Ngân hàng A -
// Chi nhánh 3 đã phối hợp với … trao 80 phần quà"). The union, named
// first, leads a joint subject, as jointSubject's "và" joins one; a union
// whose clause goes on with a verb of its own ("LĐLĐ quận 3 trao 50
// suất, Ngân hàng A trao 30 suất") ends there.
func listedAfterUnion(s *sentence, union, actor int) bool {
	if union < 0 || s.word(actor-1) != "," || !clauseSubject(s, union) {
		return false
	}
	k, ok := unionNameRun(s, union, actor-1, func(k int) bool {
		return s.word(k) == "," || s.toks[k].kind == tokNumber && s.toks[k].end-s.toks[k].start <= 2
	})
	return ok && k > union
}

// bodyListSemicolon reports a semicolon at token j that splits a list of
// givers, not two clauses: the union named at token union runs up to it
// with only its name (its phrase, then type words and capitalised
// words), and another body opens right after it ("đại diện LĐLĐ huyện A;
// UBND xã B và UBND xã C đã trao …"). A union whose clause goes on with
// its own verb ("LĐLĐ huyện A tổ chức gặp mặt; UBND xã B và …") ends
// there.
func bodyListSemicolon(s *sentence, union, j int) bool {
	if !slices.Contains(s.actorToks, j+1) && !slices.Contains(s.unionToks, j+1) {
		return false
	}
	k, ok := unionNameRun(s, union, j, nil)
	return ok && k > union
}

// unionNameRun walks the name of the union whose phrase starts at token
// union up to token to: past its phrase, then over type words, capitalised
// words and the tokens more admits (nil: none). It returns the token where
// it stopped, at or past to; ok is false when another word stands before
// to.
func unionNameRun(s *sentence, union, to int, more func(k int) bool) (k int, ok bool) {
	_, k = longestCue(s, union, func(c *cue) bool { return c.relevance == signalUnion })
	for k < to {
		if _, end := typeWordAt(s, k); end > k {
			k = end
		} else if capitalAt(s, k) || more != nil && more(k) {
			k++
		} else {
			return k, false
		}
	}
	return k, true
}

// unionChannel reports a union at token union inside a phrase that opens
// on "thông qua" before the body at token actor, with no other "thông qua"
// and no clause mark between: "thông qua Quỹ Xã hội của LĐLĐ tỉnh A,
// Công ty B hỗ trợ 35 triệu đồng". The firm gives through the union's
// fund; the contract's funding source does not change the org, and the
// figure is the union's.
func unionChannel(s *sentence, union, actor int) bool {
	for k := union - 1; k >= 1 && k >= union-10; k-- {
		w := s.word(k)
		if w == ";" || w == "." || w == ":" {
			return false
		}
		if w == "qua" && s.word(k-1) == "thông" {
			return !wordWithin(s, ";", union, actor)
		}
	}
	return false
}

// attendanceSpan is how many tokens attendingBefore looks back to the
// phrase of attendance.
const attendanceSpan = 16

// attendingBefore reports a phrase of attendance (words.tsv attending:
// "sự tham gia của", "sự tham dự của", "sự có mặt của") before token i in
// its clause, within attendanceSpan tokens and no figure between: what
// it names attends. A body so named ("Đại hội có sự tham gia của đồng
// chí A, Bí thư Đảng ủy - Giám đốc Sở B và 60 đoàn viên": a guest's
// office) does not act on the figures after it, as guests listed after
// "Dự …" do not (otherActor).
func attendingBefore(s *sentence, i int) bool {
	for k := i - 1; k >= 1 && k >= i-attendanceSpan; k-- {
		w := s.word(k)
		if isClauseMark(w) || w == ";" || s.toks[k].kind == tokNumber {
			return false
		}
		if w == "của" && s.listBefore(k+1, "attending") {
			return true
		}
	}
	return false
}

// actorBefore is the last body not a union before token t (s.actorToks)
// that acts, -1 if none: a body named right after "qua" ("gửi qua Mặt
// trận Tổ quốc", "thông qua Quỹ A") is the channel a sum goes through, not
// the one that gives it ("Trong đó, 300 triệu đồng gửi qua Mặt trận Tổ
// quốc; 600 triệu đồng chuyển thẳng đến các tỉnh" are both the union's).
func actorBefore(s *sentence, t int) int {
	best := -1
	for _, k := range s.actorToks {
		if k < t && s.word(k-1) != "qua" && !partnerOrSource(s, k) && !countNamed(s, k) {
			best = k
		}
	}
	return best
}

// countNamedSpan is how many tokens countNamed looks back from a body to
// the "là" or the bracket that opens the names of a count.
const countNamedSpan = 24

// countNamed reports a body at token k named among the items a count
// before it is made of, after "là" or an opening bracket right after the
// count's noun ("tặng quà 2 đơn vị là Công ty A và Công ty B với số tiền
// …", "3 doanh nghiệp (Công ty A, Công ty B)"): what is counted, given
// to or chosen, not a body that acts on the figures after it. Only names,
// commas and "và" stand between (a full stop only inside an abbreviation,
// "TP. HCM"); the count's number stands one to three tokens before the
// "là" or the bracket.
func countNamed(s *sentence, k int) bool {
	for j := k - 1; j >= 1 && j >= k-countNamedSpan; j-- {
		w := s.word(j)
		if s.toks[j].kind == tokNumber || w == ";" || w == ":" || w == ")" || w == "." && !capitalAt(s, j+1) {
			return false
		}
		if w != "là" && w != "(" {
			continue
		}
		for n := j - 1; n >= 0 && n >= j-3; n-- {
			if s.toks[n].kind == tokNumber {
				return true
			}
			if s.word(n) == "," || isClauseMark(s.word(n)) {
				return false
			}
		}
		return false
	}
	return false
}

// partnerSpan is how many tokens partnerOrSource looks back from a body
// to the phrase that governs it.
const partnerSpan = 8

// partnerOrSource reports a body at token k that a phrase of its own
// clause makes a partner, a lender or a source of money, not the one that
// acts: "phối hợp với chính quyền và
// Công an phường vận động 320 chủ nhà trọ", "tín chấp ngân hàng chính
// sách cho 12 CNLĐ vay 240 triệu đồng" (the union vouches, the bank
// lends), "được trích từ Ngân sách hoạt động của Công đoàn A", "trích từ
// Quỹ phúc lợi của Tổng công ty B". The phrase is within partnerSpan tokens before the body with no
// comma, clause mark or number between.
func partnerOrSource(s *sentence, k int) bool {
	for j := k; j >= 1 && j > k-partnerSpan; j-- {
		if w := s.word(j - 1); w == "," || isClauseMark(w) || s.toks[j-1].kind == tokNumber {
			return false
		}
		switch s.word(j - 1) {
		case "với", "chấp", "từ":
		case "mưu", "cho", "trong":
			if advisedBody(s, j) {
				return true
			}
			continue
		default:
			continue
		}
		for _, p := range partnerPhrases {
			if s.phraseBefore(j, p) {
				return true
			}
		}
	}
	return false
}

// partnerPhrases open a phrase whose body does not act in the clause: a
// partner, a guarantor's lender, a source of money.
var partnerPhrases = []string{"phối hợp với", "kết hợp với", "cùng với", "tín chấp", "trích từ", "lấy từ"}

// advisedBody reports a body from token j named right after "tham mưu"
// (advise), "tham mưu cho", "tham mưu (tốt) trong": the body advised,
// not the one that acts. "Tham mưu Ban Thường trực Ủy ban MTTQ phường tổ
// chức 2 đợt …, trao 60 suất học bổng" in a union's list of results: the
// union, the elided subject, advised, and the results are the ones it
// reports (the contract's body whose activity the sentence reports).
func advisedBody(s *sentence, j int) bool {
	for _, p := range advisedPhrases {
		if s.phraseBefore(j, p) {
			return true
		}
	}
	return false
}

// advisedPhrases end right before the body advised (advisedBody).
var advisedPhrases = []string{"tham mưu", "tham mưu cho", "tham mưu trong", "tham mưu tốt cho", "tham mưu tốt trong"}

// actsReach is how many words may stand between a count of people and
// the verb of what they do ("218 đại biểu đại diện cho …").
const actsReach = 3

// peopleActing reports figure t in a sentence where a body that is not a
// union only has the people counted, who then act: "(Toàn) Tổng công ty A
// có 430 người đăng ký tham gia hội thi với 120 giải pháp", "Về phía Tổng
// công ty A có … 160 đại biểu đại diện cho 9.400 đoàn viên". The body
// bounds whose people they are; it does not act, so the figures from that
// count on are the people's activity, not the firm's own, whatever the
// firm's name the list names again before them. A bare workforce ("Tổng
// công ty A có 5.000 lao động") names no act and stays the firm's. The
// act is a phrase of people-act in words.tsv.
func peopleActing(s *sentence, t int) bool {
	for _, a := range s.actorToks {
		if a >= t {
			break
		}
		if has := hasAfter(s, a, t); has > 0 && actingCount(s, has, t) {
			return true
		}
	}
	return false
}

// hasAfter is the token of "có" after the body at token a, before t, with
// no clause mark or number between, else -1.
func hasAfter(s *sentence, a, t int) int {
	for k := a + 1; k < t; k++ {
		if s.word(k) == "có" {
			return k
		}
		if isClauseMark(s.word(k)) || s.toks[k].kind == tokNumber {
			return -1
		}
	}
	return -1
}

// actingCount reports a number from token has to t whose people a phrase
// of people-act follows within actsReach words.
func actingCount(s *sentence, has, t int) bool {
	for k := has + 1; k <= t; k++ {
		if s.toks[k].kind != tokNumber {
			continue
		}
		for j := k + 1; j <= k+1+actsReach && j < len(s.toks) && s.toks[j].kind == tokWord; j++ {
			if s.listAt(j, "people-act") {
				return true
			}
		}
	}
	return false
}

// nearestBefore is the last of the ascending tokens toks before token t,
// -1 if none.
func nearestBefore(toks []int, t int) int {
	best := -1
	for _, k := range toks {
		if k < t {
			best = k
		}
	}
	return best
}

// actingReach is how many words after a union body's name its giving or
// organising verb may come ("Công đoàn Viên chức thành phố cũng trao …").
const actingReach = 8

// actingSentences returns the spans of the sentences of an article judged
// not about union work whose subject is a named union body that gives or
// organises, before a figure ("Nhân dịp này, Công đoàn Ngành A trao 20
// suất học bổng …"), and of the sentences right after one that go on with
// the same subject ("Đồng thời hỗ trợ 30 cháu …"): their figures are the
// union's, though the article's are not.
func actingSentences(a *corpus.Article) [][2]int {
	var out [][2]int
	prev := false // the sentence before was kept
	for _, p := range a.Paras {
		if p.Kind == corpus.KindTitle || !hasDigit(a.Text[p.Start:p.End]) {
			prev = false
			continue
		}
		for _, se := range splitSentences(a.Text, p.Start, p.End) {
			s := signalled(a.Text[se[0]:se[1]])
			prev = (prev && continuesSubject(s)) || unionBodyActs(s)
			if prev {
				out = append(out, se)
			}
		}
	}
	return out
}

// unionBodyActs reports a union body named among the first words of sentence s
// (not as a source: "Theo Công đoàn …") whose verb of giving or organising
// follows in its clause, before a figure.
func unionBodyActs(s *sentence) bool {
	for _, u := range s.unionToks {
		if subjectPos(s, u) > subjectReach || sourceBefore(s, u) {
			continue
		}
		for k := u + 1; k < len(s.toks) && k <= u+actingReach; k++ {
			if s.toks[k].kind == tokPunct || s.toks[k].kind == tokNumber {
				break
			}
			if givingVerbAt(s, k) || (s.word(k) == "tổ" && s.word(k+1) == "chức") {
				return slices.ContainsFunc(s.toks[k:], func(tk token) bool { return tk.kind == tokNumber })
			}
		}
	}
	return false
}

// continuesSubject reports a sentence that opens on "Đồng thời" or "Ngoài
// ra" with a verb and no subject of its own: the previous sentence's
// subject acts again.
func continuesSubject(s *sentence) bool {
	if (s.word(0) != "đồng" || s.word(1) != "thời") && (s.word(0) != "ngoài" || s.word(1) != "ra") {
		return false
	}
	k := 2
	if s.word(k) == "," {
		k++
	}
	return givingVerbAt(s, k) || inList("aid", s.word(k))
}

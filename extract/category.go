package extract

import (
	"slices"
	"strings"
)

// categoryOf decides a number's category from the cue phrases around it:
//  1. the last cue in the number's own phrase (up to the next number or a
//     clause mark), which names what the figure is about
//     ("60 triệu đồng ủng hộ các đơn vị tuyến đầu phòng chống dịch");
//  2. the nearest cue before it in its clause ("kết nạp 1.715 đoàn viên");
//  3. the nearest cue before it in its sentence;
//  4. the last cue in the rest of its clause;
//     then, for đoàn viên and công đoàn cơ sở, membership;
//  5. the cue most frequent in the number's part of the sentence (";"
//     separates parts about other things);
//  6. the cue most frequent in the paragraph, if it occurs twice;
//  7. the category of an earlier figure of the paragraph with the same
//     head noun;
//  8. the default of its unit (đoàn viên → membership, suất quà → welfare…).
//
// Before all but a cue of representation or culture (a workers' conference,
// a contest), the people who attend a meeting are other (attendees).
func categoryOf(s *sentence, na numberAt, unit, noun string, after int, earlier map[string]string) string {
	q := categoryQuery{s: s, na: na, unit: unit, after: after}
	if unit == "vnd" && fundraised(s, na) {
		return "finance"
	}
	// the steps in order, each asked only when those before found nothing
	c := q.ownPhrase()
	if c == "" {
		c = q.before()
	}
	if c == "" {
		c = q.restOfClause()
	}
	if c != "representation" && c != "culture" && attendees(s, na.tok, unit) {
		return "other"
	}
	if c != "" {
		return c
	}
	// members and unions without a cue of their own are membership figures
	if unit == "member" || unit == "union" {
		return "membership"
	}
	if c = q.mostFrequentInPart(); c == "" {
		c = q.paragraph()
	}
	if c == "" {
		c = earlier[noun]
	}
	if c != "" {
		return c
	}
	return unitCategory(unit)
}

// fundraised reports a sum a union collects: a verb of collecting before
// it in its clause with only qualifiers, "được" or "số tiền" between
// ("vận động được gần 5,9 tỷ đồng Quỹ Xã hội phục vụ chăm lo …", "tiếp nhận
// số tiền hỗ trợ 500 triệu đồng"), or "ủng hộ" right after a sum that
// opens the sentence ("Hơn 14 tỉ đồng ủng hộ đồng bào bị lũ lụt").
func fundraised(s *sentence, na numberAt) bool {
	if s.word(na.next) == "ủng" && s.word(na.next+1) == "hộ" {
		// a sum that opens the sentence, after a qualifier at most; one
		// given ("trao 500 tấm chắn và 60 triệu đồng ủng hộ tuyến đầu") is
		// what the giving verb says
		if na.tok == 0 || (na.tok == 1 && s.cueOf(0) != nil && s.cueOf(0).qualifier != "") {
			return true
		}
	}
	for k := na.tok; k > 0 && k >= na.tok-6; k-- {
		if slices.ContainsFunc(lex.ordered["fundraising"], func(p string) bool { return s.phraseBefore(k, p) }) {
			return true
		}
		w := s.word(k - 1)
		if s.toks[k-1].kind == tokNumber || isClauseMark(w) || w == "," {
			return false
		}
		if c := s.cueOf(k - 1); c != nil && c.category != "" && s.word(k-2) != "tiền" {
			return false // "hỗ trợ 3 triệu đồng": given, not collected ("số tiền hỗ trợ" is a noun)
		}
	}
	return false
}

// attendees reports a count of the people who attend a meeting (a
// congress, a conference, a meeting of words.tsv's meeting list), whatever
// cue the sentence holds ("Do ảnh hưởng của dịch, hội nghị … với sự tham
// gia của 200 Chủ tịch CĐCS"): the count after "sự tham gia của" or in a
// sentence that lists the guests ("Về dự Đại hội có …, và 98 đoàn viên"),
// and the people they stand for ("đại diện cho gần 3.000 Chủ tịch CĐCS"),
// but not the members they stand for ("đại diện cho 1.570 đoàn viên"),
// which are membership.
func attendees(s *sentence, t int, unit string) bool {
	if (unit != "person" && unit != "member") || !namesMeeting(s) {
		return false
	}
	start := qualifierStart(s, t)
	guest := guests(s)
	if s.phraseBefore(start, "đại diện cho") {
		return unit == "person" && (guest || slices.ContainsFunc(lex.ordered["attending"], func(p string) bool {
			return strings.Contains(s.low, p)
		}))
	}
	return guest || slices.ContainsFunc(lex.ordered["attending"], func(p string) bool { return s.phraseBefore(start, p) })
}

// namesMeeting reports a sentence that names a meeting (meeting in
// words.tsv: "đại hội", "hội nghị", "gặp mặt").
func namesMeeting(s *sentence) bool {
	return slices.ContainsFunc(lex.ordered["meeting"], func(p string) bool { return strings.Contains(s.low, p) })
}

// categoryQuery asks the cues around one number for its category.
type categoryQuery struct {
	s     *sentence
	na    numberAt
	unit  string
	after int // the token after the number's phrase
}

// at is the category a cue at token k signals for the number, "" if none
// (a cue limited to another unit signals none).
func (q categoryQuery) at(k int) string {
	if q.s.cues[k] == 0 {
		return "" // most tokens start no cue: said without a call
	}
	return q.cueAt(k)
}

func (q categoryQuery) cueAt(k int) string {
	c := q.s.cueOf(k)
	if c == nil || c.category == "" || (c.categoryUnit != "" && c.categoryUnit != q.unit) || inName(q.s, k) {
		return ""
	}
	if e := int(q.s.cueEnd[k]); c.idPrefix && e < len(q.s.toks) && q.s.toks[e].kind == tokNumber {
		return "" // a name with its number: a school grade, "lớp 6", is no class
	}
	if w := q.s.word(k - 1); q.s.word(k) == "thành" && (w == "ngày" || w == "năm") {
		return "" // "kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam": an anniversary
	}
	return c.category
}

// inName reports a cue at token k that is a word of a proper name: written
// with a capital in mid-sentence within a few words after the capitalised
// head of a body's name. "Công đoàn Quỹ tín dụng xã La Phù", "Phòng Giáo dục
// và Đào tạo", "Sở Văn hóa và Thể thao", "Cung Văn hóa Lao động" name who or
// where, not what the figure is for. ("Tặng Bằng khen", "Mái ấm Công đoàn"
// have no such head: their cues count.)
func inName(s *sentence, k int) bool {
	if k == 0 || capitalWords(s, k, 1) == 0 {
		return false
	}
	// walk back over the name: capitalised words, and "và" joining two
	// parts of it ("Giáo dục và Đào tạo")
	for j := k; j > 0 && j > k-6; j-- {
		if s.phraseBefore(j, "công đoàn") || s.phraseBefore(j, "cđ") || s.phraseBefore(j, "cđcs") || s.phraseBefore(j, "công ty") {
			return true // "Công ty CP Văn hóa Tân Bình": a firm's name
		}
		p := j - 1
		w := s.word(p)
		switch {
		case s.toks[p].kind != tokWord:
			return false
		case capitalWords(s, p, 1) == 1:
			if inList("name-head", w) {
				return true
			}
		case w == "và" || (p > 0 && capitalWords(s, p-1, 1) == 1 && s.word(p+1) == "và"):
		default:
			return false
		}
	}
	return false
}

// ownPhrase is step 1: the last cue in the number's own phrase.
func (q categoryQuery) ownPhrase() string {
	s, best := q.s, ""
	for k := q.na.next; k < len(s.toks); k++ {
		if s.toks[k].kind == tokNumber || isClauseMark(s.word(k)) || inList("phrase-stop", s.word(k)) ||
			(s.word(k) == "và" && inList("predicate-start", s.word(k+1))) {
			break // "kết nạp 310 đoàn viên và sẽ mở rộng mô hình …": a new predicate
		}
		if c := q.at(k); c != "" && !s.covered[k] {
			best = c
		}
	}
	return best
}

// before is steps 2 and 3: the nearest cue before the number in its
// clause, else in its sentence. A side remark in brackets that closes
// before the number is passed over: "trao trợ cấp cho 30 công nhân (trích
// từ “Quỹ vì người nghèo”) mỗi suất trị giá 500 nghìn đồng" is welfare.
func (q categoryQuery) before() string {
	s, best := q.s, ""
	inClause := true
	for k := q.na.tok - 1; k >= 0; k-- {
		if s.word(k) == ")" {
			if open := openingBracket(s, k); open >= 0 {
				k = open
				continue
			}
		}
		if isClauseMark(s.word(k)) || s.word(k) == "," {
			inClause = false
		}
		if c := q.at(k); c != "" && !s.covered[k] {
			if inClause {
				return c
			}
			if best == "" {
				best = c
			}
		}
	}
	return best
}

// openingBracket is the "(" that the ")" at token k closes, -1 if none.
func openingBracket(s *sentence, k int) int {
	for j := k - 1; j >= 0; j-- {
		switch s.word(j) {
		case "(":
			return j
		case ")":
			return -1
		}
	}
	return -1
}

// restOfClause is step 4: the last cue in the rest of the number's clause.
// A comma right after the counted people that lists more of them ("60.000
// đoàn viên, lao động … được hỗ trợ") does not end it.
func (q categoryQuery) restOfClause() string {
	s, best := q.s, ""
	for k := q.na.next; k < len(s.toks); k++ {
		if isClauseMark(s.word(k)) || (s.word(k) == "," && (k != q.after || !peopleAt(s, k+1))) {
			break
		}
		if c := q.at(k); c != "" {
			best = c
		}
	}
	return best
}

// peopleAt reports a noun of people or members at token k.
func peopleAt(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	u, _ := unitAt(s, k)
	return u == "person" || u == "member"
}

// mostFrequentInPart is step 5: the cue most frequent in the number's part
// of the sentence, between ";".
func (q categoryQuery) mostFrequentInPart() string {
	s, best := q.s, ""
	count := map[string]int{}
	from, to := q.na.tok, q.na.tok
	for from > 0 && s.word(from-1) != ";" {
		from--
	}
	for to < len(s.toks) && s.word(to) != ";" {
		to++
	}
	for k := from; k < to; k++ {
		if c := q.at(k); c != "" && !s.covered[k] {
			count[c]++
			if count[c] > count[best] {
				best = c
			}
		}
	}
	return best
}

// paragraph is step 6: the cue most frequent in the paragraph, if it occurs
// twice.
func (q categoryQuery) paragraph() string {
	best := ""
	for _, c := range Categories {
		if n := q.s.cats[c]; n > 1 && n > q.s.cats[best] {
			best = c
		}
	}
	return best
}

// unitCategory is step 8: the category a unit's figures belong to when
// nothing around them says.
func unitCategory(unit string) string {
	switch unit {
	case "member", "union":
		return "membership"
	case "gift", "household":
		return "welfare"
	case "initiative":
		return "emulation"
	}
	return "other"
}

func isClauseMark(w string) bool { return len(w) == 1 && clauseMarks[w[0]] }

var clauseMarks = [256]bool{';': true, '.': true, ':': true, '(': true, ')': true, '!': true, '?': true}

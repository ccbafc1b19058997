package extract

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
func categoryOf(s *sentence, na numberAt, unit, noun string, after int, earlier map[string]string) string {
	q := categoryQuery{s: s, na: na, unit: unit}
	// the steps in order, each asked only when those before found nothing
	c := q.ownPhrase()
	if c == "" {
		c = q.before()
	}
	if c == "" {
		c = q.restOfClause()
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

// categoryQuery asks the cues around one number for its category.
type categoryQuery struct {
	s    *sentence
	na   numberAt
	unit string
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
		if s.phraseBefore(j, "công đoàn") || s.phraseBefore(j, "cđ") || s.phraseBefore(j, "cđcs") {
			return true
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
// clause, else in its sentence.
func (q categoryQuery) before() string {
	s, best := q.s, ""
	inClause := true
	for k := q.na.tok - 1; k >= 0; k-- {
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

// restOfClause is step 4: the last cue in the rest of the number's clause.
func (q categoryQuery) restOfClause() string {
	s, best := q.s, ""
	for k := q.na.next; k < len(s.toks); k++ {
		if isClauseMark(s.word(k)) || s.word(k) == "," {
			break
		}
		if c := q.at(k); c != "" {
			best = c
		}
	}
	return best
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

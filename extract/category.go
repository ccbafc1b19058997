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
	get := func(k int) string {
		c := s.cues[k]
		if c == nil || c.category == "" {
			return ""
		}
		if c.categoryUnit != "" && c.categoryUnit != unit {
			return ""
		}
		return c.category
	}
	// 1. own phrase
	best := ""
	for k := na.next; k < len(s.toks); k++ {
		if s.toks[k].kind == tokNumber || isClauseMark(s.word(k)) || inList("phrase-stop", s.word(k)) {
			break
		}
		if c := get(k); c != "" && !s.covered[k] {
			best = c
		}
	}
	if best != "" {
		return best
	}
	// 2. and 3. before, in the clause then in the sentence
	inClause := true
	for k := na.tok - 1; k >= 0; k-- {
		if isClauseMark(s.word(k)) || s.word(k) == "," {
			inClause = false
		}
		if c := get(k); c != "" && !s.covered[k] {
			if inClause {
				return c
			}
			if best == "" {
				best = c
			}
		}
	}
	if best != "" {
		return best
	}
	// 4. rest of the clause
	for k := na.next; k < len(s.toks); k++ {
		if isClauseMark(s.word(k)) || s.word(k) == "," {
			break
		}
		if c := get(k); c != "" {
			best = c
		}
	}
	if best != "" {
		return best
	}
	// members and unions without a cue of their own are membership figures
	if unit == "member" || unit == "union" {
		return "membership"
	}
	// 5. most frequent in the number's part of the sentence (between ";")
	count := map[string]int{}
	from, to := na.tok, na.tok
	for from > 0 && s.word(from-1) != ";" {
		from--
	}
	for to < len(s.toks) && s.word(to) != ";" {
		to++
	}
	for k := from; k < to; k++ {
		if c := get(k); c != "" && !s.covered[k] {
			count[c]++
			if count[c] > count[best] {
				best = c
			}
		}
	}
	if best != "" {
		return best
	}
	// 6. the cue most frequent in the paragraph
	for _, c := range Categories {
		if n := s.cats[c]; n > 1 && n > s.cats[best] {
			best = c
		}
	}
	if best != "" {
		return best
	}
	// 7. the category of an earlier figure of the paragraph that counts the
	// same thing ("trao 35 căn nhà Mái ấm …; LĐLĐ quận trao thêm 6 căn")
	if c := earlier[noun]; c != "" {
		return c
	}
	// 8. the unit's default
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

func isClauseMark(w string) bool {
	return w == ";" || w == "." || w == ":" || w == "(" || w == ")" || w == "!" || w == "?"
}

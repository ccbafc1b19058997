package extract

import "strings"

// multiYearCue finds the first multi-year marker before token limit: "5 năm
// qua", "những năm qua", "giai đoạn 2016 – 2020", "nhiệm kỳ". "Năm qua"
// alone means the past year and is no marker. It returns the marker's token
// (-1 if none) and the last year of a range written right after it.
func multiYearCue(s *sentence, limit int) (int, int) {
	for k := 0; k < limit && k < len(s.toks); k++ {
		c := s.cues[k]
		if c == nil || c.period != PeriodMultiYear || s.covered[k] {
			continue
		}
		p := s.low[s.toks[k].start:s.toks[s.cueEnd[k]-1].end]
		if strings.HasPrefix(p, "năm ") {
			prev := s.word(k - 1)
			plural := prev == "những" || prev == "các" || prev == "nhiều" || prev == "mấy"
			if !plural {
				n, ok := ParseNumber(s.low, s.toks[max(k-1, 0)].start)
				if k == 0 || s.toks[k-1].kind != tokNumber || !ok || n.Value < 2 {
					continue
				}
			}
		}
		end := 0
		for _, y := range s.years {
			if y.tok >= s.cueEnd[k] && y.tok <= s.cueEnd[k]+3 && y.rangeEnd {
				end = y.year
			}
		}
		return k, end
	}
	return -1, 0
}

func snapshotCue(s *sentence, t int) bool {
	for k := 0; k < t; k++ {
		if c := s.cues[k]; c != nil && c.period == PeriodSnapshot && !s.covered[k] {
			return true
		}
	}
	return false
}

// multiYearAfter reports a multi-year marker after token t in its clause:
// "178 cá nhân điển hình tiên tiến 5 năm giai đoạn 2015 – 2020".
func multiYearAfter(s *sentence, t int) (bool, int) {
	limit := t
	for limit < len(s.toks) && !isClauseMark(s.word(limit)) && s.word(limit) != "," {
		limit++
	}
	sub := *s
	k, end := multiYearCue(&sub, limit)
	if k <= t {
		return false, 0
	}
	return true, end
}

// periodYear decides a number's period and reporting year.
func (x *articleContext) periodYear(s *sentence, t int) (string, int) {
	period := PeriodYear
	end := 0
	if k, e := multiYearCue(s, t); k >= 0 {
		period, end = PeriodMultiYear, e
	} else if x.paraMulti {
		period, end = PeriodMultiYear, x.paraMultiEnd
	} else if ok, e := multiYearAfter(s, t); ok {
		period, end = PeriodMultiYear, e
	} else if snapshotCue(s, t) {
		period = PeriodSnapshot
	}
	year := explicitYear(s, t)
	if period == PeriodMultiYear && end != 0 {
		year = end
	}
	if year == 0 {
		year = x.govYear
	}
	if year == 0 {
		year = x.year
	}
	return period, year
}

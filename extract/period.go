package extract

import (
	"slices"
	"strings"
)

// multiYearCue finds the first multi-year marker before token limit: "5 năm
// qua", "những năm qua", "giai đoạn 2016 – 2020", "nhiệm kỳ". "Năm qua"
// alone means the past year and is no marker. It returns the marker's token
// (-1 if none) and the last year of a range written right after it.
//
// A term that starts this year ("nhiệm kỳ 2023 – 2028" in a 2023 article)
// frames the targets set for it (planned: multi-year, up to its last year)
// but not a figure reported beside it.
func multiYearCue(s *sentence, limit int, planned bool) (int, int) {
	if !s.periods {
		return -1, 0 // no period cue in the sentence: the loop below finds none
	}
	for k := 0; k < limit && k < len(s.toks); k++ {
		if s.cues[k] == 0 {
			continue // most tokens start no cue: said without cueOf
		}
		c := s.cueOf(k)
		if c == nil || c.period != PeriodMultiYear || s.covered[k] {
			continue
		}
		if !planned && elected(s, k) {
			continue // "Đại hội đã bầu Ban Chấp hành nhiệm kỳ XI gồm 21 thành viên": the term elected for, a fact of the congress
		}
		p := s.low[s.toks[k].start:s.toks[int(s.cueEnd[k])-1].end]
		if p == "năm" || p == "mùa" {
			// "trong 5 năm (2018 – 2022)", "sau 3 năm", "qua 9 mùa Tết": a
			// span of years
			n, ok := ParseNumber(s.low, int(s.toks[max(k-1, 0)].start))
			switch s.word(k - 2) {
			case "trong", "sau", "suốt", "qua":
			default:
				continue
			}
			if k < 2 || s.toks[k-1].kind != tokNumber || !ok || n.Value < 2 {
				continue
			}
		} else if p == "giai đoạn" {
			// "giai đoạn 1 của Chương trình": a numbered phase, no span of years
			if e := int(s.cueEnd[k]); e < len(s.toks) && s.toks[e].kind == tokNumber {
				if n, ok := ParseNumber(s.low, int(s.toks[e].start)); ok && n.Value < 100 {
					continue
				}
			}
			if numberedWave(s, int(s.cueEnd[k])) || phaseNumeral(s, int(s.cueEnd[k])) {
				continue
			}
		} else if p == "từ năm" && careerSpan(s, k) {
			continue
		} else if p == "nhiệm kỳ" && (termFallsDue(s, k) || termStartPoint(s, k) || s.word(k-1) == "theo" || midTermHeld(s, k)) {
			// ("tổ chức đại hội theo nhiệm kỳ": the congresses a term's
			// end calls for, no span the figures cover)
			continue
		} else if strings.HasPrefix(p, "năm ") {
			prev := s.word(k - 1)
			plural := prev == "những" || prev == "các" || prev == "nhiều" || prev == "mấy"
			if !plural {
				n, ok := ParseNumber(s.low, int(s.toks[max(k-1, 0)].start))
				if k == 0 || s.toks[k-1].kind != tokNumber || !ok || n.Value < 2 {
					continue
				}
			}
		}
		start, end := 0, 0
		for _, y := range s.years {
			if y.tok >= int(s.cueEnd[k]) && y.tok <= int(s.cueEnd[k])+3 {
				if y.ranged && start == 0 {
					start = y.year
				}
				if y.rangeEnd {
					end = y.year
				}
			}
		}
		// "nhiệm kỳ 2023 – 2028" in a 2023 article names the new term: a
		// figure reported beside it is no multi-year result. A congress
		// that opens its term may be told the year after ("Đại hội … nhiệm
		// kỳ 2025 – 2030" held on 31 December, published on 1 January).
		if start != 0 && s.year != 0 && !planned && (start >= s.year || start == s.year-1 && congressBefore(s, k)) {
			continue
		}
		return k, end
	}
	return -1, 0
}

// phaseNumeral reports a roman numeral at token k, right after "giai
// đoạn": "Khu nhà Mái ấm giai đoạn II", a numbered phase of a project, as
// "giai đoạn 1" is (multiYearCue reads that one's digits), no span of
// years.
func phaseNumeral(s *sentence, k int) bool {
	if romanAt(s, k) {
		return true
	}
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return false
	}
	w := s.text[s.toks[k].start:s.toks[k].end]
	return w == "I" || w == "V" || w == "X"
}

// termFallsDue reports "nhiệm kỳ" at token k as the state of what is
// counted, a term that has come due or ended ("11 CĐCS đến nhiệm kỳ tiến
// hành đại hội", "9 CĐCS đã hết nhiệm kỳ"), no span the figure
// covers. "đến hết nhiệm kỳ", "trước khi hết nhiệm kỳ" still bound one.
func termFallsDue(s *sentence, k int) bool {
	switch s.word(k - 1) {
	case "đến":
		return true
	case "hết":
		w := s.word(k - 2)
		return w != "đến" && w != "tới" && w != "khi" && w != "trước"
	}
	return false
}

// midTermHeld reports "nhiệm kỳ" at token k in the name of a mid-term
// conference that the units counted right before it held ("14/293 CĐCS tổ
// chức hội nghị giữa nhiệm kỳ"): a kind of meeting, no span the count
// covers. A mid-term conference that reports the term's results ("Hội
// nghị giữa nhiệm kỳ đánh giá …") keeps its span.
func midTermHeld(s *sentence, k int) bool {
	if s.word(k-1) != "giữa" || s.word(k-2) != "nghị" || s.word(k-3) != "hội" || s.word(k-4) != "chức" || s.word(k-5) != "tổ" {
		return false
	}
	for j := k - 6; j >= 0 && j >= k-10; j-- {
		if isClauseMark(s.word(j)) || s.word(j) == "," {
			return false
		}
		if s.toks[j].kind == tokNumber {
			return true
		}
	}
	return false
}

// termStartPoint reports "đầu nhiệm kỳ" at token k (the cue "nhiệm kỳ")
// as a point in time, the start of the term ("Đầu nhiệm kỳ có 35 doanh
// nghiệp …"), no span the figure covers. "từ đầu nhiệm kỳ" (since),
// "so với đầu nhiệm kỳ" (a change over the term) and "nửa đầu nhiệm kỳ"
// (its first half) still span it.
func termStartPoint(s *sentence, k int) bool {
	if s.word(k-1) != "đầu" {
		return false
	}
	switch s.word(k - 2) {
	case "từ", "với", "kể", "suốt", "nửa":
		return false
	}
	return true
}

// pointOpens reports a sentence that opens on a point in time, the present
// or the start of the term ("Hiện, có …", "Hiện nay, …", "Đầu nhiệm kỳ có
// …").
func pointOpens(s *sentence) bool {
	return s.word(0) == "hiện" || s.word(0) == "đầu" && s.word(1) == "nhiệm" && s.word(2) == "kỳ"
}

// presentSpan is how many tokens after a clause's opening "hiện" its "có"
// or "quản lý" may stand: the subject between ("hiện toàn tỉnh đã có …",
// "hiện cả nước đang quản lý …").
const presentSpan = 6

// presentHas reports a figure at token t that a clause opened by "hiện"
// says there is now: "hiện" opening the sentence or a clause after a
// comma, then within presentSpan tokens, a subject and "đã" or "đang"
// between, the verb "có" or "quản lý", and no clause mark from there to
// the figure ("Theo báo cáo của ngành, hiện toàn tỉnh đã có 42 nghiệp
// đoàn được thành lập tại 9 huyện với 6.100 đoàn viên"): a stock, all its
// figures, as after "hiện có". "thực hiện", "thể hiện" open no clause.
func presentHas(s *sentence, t int) bool {
	if !strings.Contains(s.low, "hiện") {
		return false
	}
	for k := 0; k < t; k++ {
		if s.word(k) != "hiện" || k > 0 && s.word(k-1) != "," {
			continue
		}
		for j := k + 1; j < t && j <= k+presentSpan; j++ {
			w := s.word(j)
			if w == "," && j <= k+2 {
				continue // "Hiện nay, toàn tỉnh có …"
			}
			if isClauseMark(w) || w == "," || s.toks[j].kind == tokNumber {
				break
			}
			if w == "có" || w == "lý" && s.word(j-1) == "quản" {
				return !clauseMarkBetween(s, j, t)
			}
		}
	}
	return false
}

// clauseMarkBetween reports a clause mark (";", ".", ":", a bracket)
// between tokens from and to.
func clauseMarkBetween(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if isClauseMark(s.word(k)) {
			return true
		}
	}
	return false
}

// joinedAfter reports "tham gia" closing the clause of the figure at
// token t, past the other counts it lists ("Chương trình có 3.200 công
// nhân tại điểm cầu chính và 40 điểm cầu tham gia"): those who take part
// in an event, no stock a body has.
func joinedAfter(s *sentence, t int) bool {
	for k := t + 1; k+1 < len(s.toks) && k <= t+changeReach+10; k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "trong" && s.word(k+1) == "đó" {
			return false
		}
		if w == "tham" && s.word(k+1) == "gia" {
			return true
		}
	}
	return false
}

// teamsRepresent reports a figure at token t after "đại diện cho" whose
// clause counts teams or entrants before it (words.tsv entrant: "có 12
// đội thi, đại diện cho 45 CĐCS", "17 tiết mục, đại diện cho 30 đơn vị"):
// the units an event's entrants come from, who took part in it, not a
// stock a body has.
func teamsRepresent(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if !s.phraseBefore(q, "đại diện cho") {
		return false
	}
	for k := q - 4; k >= 0; k-- {
		if isClauseMark(s.word(k)) {
			return false
		}
		if s.toks[k].kind == tokNumber {
			return s.listAt(k+1, "entrant")
		}
	}
	return false
}

// numberedWave reports a phase numbered as a wave or a round a few words
// after token k: "giai đoạn chống dịch lần thứ 4 từ ngày 27/4/2021" is one
// wave of an epidemic, within a year, no span of years.
func numberedWave(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j < k+5; j++ {
		if w := s.word(j); w == "đợt" || w == "lần" && s.word(j+1) == "thứ" {
			return true
		}
	}
	return false
}

// elected reports "bầu" (elect) before token k: what a congress elects
// ("bầu Ban Chấp hành … gồm 21 thành viên") is a fact of its own day, not
// of the term it elects for.
func elected(s *sentence, k int) bool { return wordWithin(s, "bầu", 0, k) }

// congressBefore reports a congress ("đại hội") named before token k.
func congressBefore(s *sentence, k int) bool {
	return strings.Contains(s.low[:s.toks[k].start], "đại hội")
}

// spanBefore returns the last year of a span of years written before token
// t in its sentence with no marker word ("Trong 2018 – 2022, …", "từ đầu năm
// 2018 đến ngày 31/12/2022, …"), 0 if none. A span that starts in the
// article's year or later is a term or a plan, and a school year ("năm học
// 2023 – 2024") is one year.
func spanBefore(s *sentence, t, year int) int {
	return spanEndBefore(s, t, func(start, _ int) bool { return year == 0 || start < year })
}

// spanEndBefore returns the last year of the first span of years written
// before token t in its sentence for which keep(first year, last year)
// holds, 0 if none; a school year ("năm học 2023 – 2024") is no span.
func spanEndBefore(s *sentence, t int, keep func(start, end int) bool) int {
	start := 0
	for _, y := range s.years {
		switch {
		case y.tok >= t:
			return 0
		case y.ranged:
			start = y.year
			if s.word(y.tok-1) == "học" || s.word(y.tok-2) == "học" {
				start = 0
			}
		case y.rangeEnd && start != 0 && keep(start, y.year):
			return y.year
		}
	}
	return 0
}

// planSpan returns the last year of a span of years written before token t
// in its sentence that ends in the article's year or after it ("Vì thế, từ
// 2014-2018, LĐLĐ tỉnh đặt mục tiêu: thành lập mới 900 CĐCS"): the
// horizon of a plan over those years; 0 if none. A school year ("năm học
// 2023 – 2024") is one year.
func planSpan(s *sentence, t, year int) int {
	if year == 0 {
		return 0
	}
	return spanEndBefore(s, t, func(_, end int) bool { return end >= year })
}

// frontedSpan returns the last year of a span of years set off by a comma
// ("…, từ đầu năm 2018 đến ngày 31/12/2022, …"), as spanBefore reads it; 0
// if the sentence has none.
func frontedSpan(s *sentence, year int) int {
	for _, y := range s.years {
		if y.rangeEnd && s.word(y.tok+1) == "," {
			return spanBefore(s, y.tok+1, year)
		}
	}
	return 0
}

// partOfStock reports a figure that counts part of the stock the sentence
// before gave, also across a paragraph's break: "Hiện nay, … quản lý 210
// CĐCS. Trong đó, có 70 CĐCS doanh nghiệp FDI, 15 đơn vị khối xã.", or
// "… có 40 CĐCS với 6.100 đoàn viên. Có 9 đơn vị thuộc khối sự nghiệp và
// 31 đơn vị thuộc khối doanh nghiệp." (a sentence opening on "Có" or
// "Gồm" and a count).
func partOfStock(s *sentence, t int, prevStock bool) bool {
	if !prevStock || changeAfter(s, t) {
		return false
	}
	if !(s.word(0) == "trong" && s.word(1) == "đó") && !opensOnCount(s) {
		return false
	}
	return stockUnit(s, t) || numberUnit(s, t) == "organization"
}

// opensOnCount reports a sentence that opens on "Có" or "Gồm" and a count,
// a qualifier at most between: "Có 9 đơn vị …", "Gồm hơn 20 CĐCS …".
func opensOnCount(s *sentence) bool {
	if w := s.word(0); w != "có" && w != "gồm" {
		return false
	}
	for k := 1; k < len(s.toks) && k <= 2; k++ {
		if s.toks[k].kind == tokNumber {
			return qualifierStart(s, k) == 1
		}
	}
	return false
}

// managed reports "quản lý" right before the number at token t: the units
// a body has.
//
// "quản lý và chỉ đạo (trực tiếp) 517 CĐCS" manages them too: the body's
// units under both verbs.
func managed(s *sentence, t int) bool {
	q := qualifierStart(s, t) // "quản lý hơn 90.700 công nhân"
	if s.word(q-2) == "trực" && s.word(q-1) == "tiếp" {
		q -= 2
	}
	if s.word(q-3) == "và" && s.word(q-2) == "chỉ" && s.word(q-1) == "đạo" {
		q -= 3
	}
	return s.word(q-2) == "quản" && s.word(q-1) == "lý"
}

// hienCompound reports a snapshot cue at token k that opens on "hiện" as
// the second syllable of another word: "thực hiện quản lý 410 CĐCS, chăm
// lo cho hơn 22.000 người lao động" (carry out the management) holds no
// "hiện quản lý" (now manages), so only "quản lý" tells the stock of its
// own count, and the care after it is the year's.
func hienCompound(s *sentence, k int) bool {
	if s.word(k) != "hiện" {
		return false
	}
	switch s.word(k - 1) {
	case "thực", "thể", "biểu", "phát", "xuất":
		return true
	}
	return false
}

// snapshotAfter reports a strong snapshot cue ("đang quản lý", "hiện có")
// between the cue at token k and the number at token t.
func snapshotAfter(s *sentence, k, t int) bool {
	for i := int(s.cueEnd[k]); i < t; i++ {
		if c := s.cueOf(i); c != nil && !s.covered[i] && c.period == PeriodSnapshot && !hienCompound(s, i) {
			return true
		}
	}
	return false
}

// withStock reports a count joined to a stock told just before it in the
// sentence by "với", "trong đó" or "gồm", nothing but words between: "quản
// lý 237 công đoàn cơ sở với tổng số 8.184 công nhân, viên chức, lao động,
// trong đó có 7.729 đoàn viên".
func withStock(s *sentence, t int) bool {
	if s.stockEnd == 0 || s.stockEnd > t {
		return false
	}
	joined := s.word(0) == "với" // "Với 93 CĐCS, gần 17.000 CNVCLĐ, …": the stocks a body has, listed
	for k := s.stockEnd; k < t; k++ {
		if e := abbreviationEnd(s, k); e > k {
			k = e // "76 Công đoàn cơ sở (CĐCS) với 15.634 …"
			continue
		}
		if s.word(k) == "(" && k-s.stockEnd <= 6 && wordsOnly(s, s.stockEnd, k) && stockBreakdown(s, k, t) {
			joined = true
			continue
		}
		switch w := s.word(k); {
		case w == ";" || isClauseMark(w) || s.toks[k].kind == tokNumber:
			return false
		case w == "với" || w == "gồm" || w == "đó" && s.word(k-1) == "trong":
			joined = true
		}
	}
	u := numberUnit(s, t)
	return joined && (u == "member" || u == "person")
}

// stockBreakdown reports a bracket opened at token k, right after a stock's
// noun, that breaks the stock down up to the count at token t: it opens on
// "số", "trong đó" or "gồm", and no verb of a flow or word of a change
// (words.tsv flow-verb, breakdown-change) stands before the count ("… có
// 9.600 đoàn viên (số nữ là 5.100 người, …)"; "(tăng 1.200 người …)",
// "(trong đó kết nạp mới 900 đoàn viên)" tell the year's flow).
func stockBreakdown(s *sentence, k, t int) bool {
	if w := s.word(k + 1); w != "số" && w != "gồm" && !(w == "trong" && s.word(k+2) == "đó") {
		return false
	}
	for j := k + 1; j < t; j++ {
		if w := s.word(j); inList("flow-verb", w) || inList("breakdown-change", w) {
			return false
		}
	}
	return true
}

// shareOfStock reports a percentage that gives the share of the stock
// counted just before it in its clause: "chiếm" (or "chiếm tỉ lệ") right
// before it, and only a comma and the stock's noun between ("… (số nữ là
// 5.100 người, chiếm tỉ lệ 53.1%)"). A share after a flow
// ("kết nạp 900 đoàn viên, chiếm 30%") has no stock before it.
func shareOfStock(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	c := q - 1
	if s.word(c) == "lệ" && (s.word(c-1) == "tỉ" || s.word(c-1) == "tỷ") {
		c -= 2
	}
	if s.word(c) != "chiếm" || s.word(c-1) != "," || s.stockEnd == 0 || s.stockEnd > c || numberUnit(s, t) != "percent" {
		return false
	}
	return c-1-s.stockEnd <= 6 && wordsOnly(s, s.stockEnd, c-1)
}

// wordsOnly reports that the tokens from i up to j are all words.
func wordsOnly(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return true
}

// abbreviationEnd returns the ")" of a parenthesis opened at token k that
// holds one to three words (an abbreviation: "(CĐCS)"), else k.
func abbreviationEnd(s *sentence, k int) int {
	if s.word(k) != "(" {
		return k
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if s.word(j) == ")" {
			if j > k+1 {
				return j
			}
			return k
		}
		if s.toks[j].kind != tokWord {
			return k
		}
	}
	return k
}

// listedStock reports a sentence that opens on "Với" and the count of
// unions at token t, whose noun a comma or "với" ends: "Với 93 Công đoàn
// cơ sở, gần 17.000 CNVCLĐ, Công đoàn ngành …" tells the stock of the body
// named after it ("Với 120 CĐCS tham gia, …" does not).
func listedStock(s *sentence, t int) bool {
	if s.word(0) != "với" || qualifierStart(s, t) != 1 {
		return false
	}
	e := t + 1
	if e < len(s.cues) && s.cues[e] != 0 {
		e = int(s.cueEnd[e])
	}
	e = abbreviationEnd(s, e)
	if s.word(e) == ")" {
		e++
	}
	return s.word(e) == "," || s.word(e) == "với"
}

// singleYearBetween reports a single year written between a multi-year
// marker and the number: "nhiệm kỳ 2018 – 2023 …; riêng năm 2022, … 1.362".
func singleYearBetween(s *sentence, k, t int) bool {
	for _, y := range s.years {
		if y.tok > int(s.cueEnd[k])+3 && y.tok < t && !y.ranged && !y.rangeEnd {
			return true
		}
	}
	return false
}

// spanWrittenAfter is the last year of the span a sentence writes after
// its multi-year marker and its figures ("Qua 4 năm …, đã hoàn thành 97%
// chỉ tiêu cả nhiệm kỳ 2013 - 2018, với …"): the span the marker's years
// are, as if written with it. 0 if none, or if that year lies beyond the
// article's publication (a term under way: its results so far are no
// results of a year to come, and stay the year reported).
func (x *articleContext) spanWrittenAfter(s *sentence) int {
	e := spanBefore(s, len(s.toks), x.year)
	if e != 0 && beforeYear(x.a, e) {
		return 0
	}
	return e
}

// frontedYearBefore reports a single year fronted in the number's own
// sentence before it ("Riêng năm 2023, quận kết nạp 1.030 đoàn viên" in a
// paragraph on the term 2018 – 2023): the sentence leaves the paragraph's
// multi-year marker for one year.
func frontedYearBefore(s *sentence, t int) bool {
	for _, y := range s.years {
		if y.tok < t && !y.ranged && !y.rangeEnd && s.word(y.tok-1) == "năm" && s.word(y.tok+1) == "," {
			return true
		}
	}
	return false
}

// targetYear returns the year of "đến năm 2028" written before token t, the
// horizon of a target; 0 if none.
func targetYear(s *sentence, t int) int {
	for _, y := range s.years {
		if y.tok < t && s.word(y.tok-1) == "năm" && s.word(y.tok-2) == "đến" {
			return y.year
		}
	}
	return 0
}

// stockUnit reports a number that can be a stock: members, unions, money
// (a fund's capital). Activities counted "tính đến nay" (conferences held,
// agreements signed) are the year's results, not stocks.
func stockUnit(s *sentence, t int) bool {
	u := numberUnit(s, t)
	return u == "member" || u == "union" || u == "vnd"
}

// numberUnit returns the unit of the number at token t, "" if t holds no
// number or it counts nothing.
func numberUnit(s *sentence, t int) string {
	if t < 0 || t >= len(s.toks) || s.toks[t].kind != tokNumber {
		return ""
	}
	n, ok := ParseNumber(s.low, int(s.toks[t].start))
	if !ok {
		return ""
	}
	u, _, _, _ := unitOf(s, numberAt{tok: t, next: nextToken(s, t, n.End), n: n})
	return u
}

// nextToken returns the first token at or after byte end, from token t on.
func nextToken(s *sentence, t, end int) int {
	for t < len(s.toks) && int(s.toks[t].start) < end {
		t++
	}
	return t
}

// snapshotCue reports a snapshot cue before token t: a strong one ("hiện
// có", "đang quản lý", a sentence opened by "Hiện" that says "có", "đại
// diện cho" right before the figure), or a
// weak one ("tính đến nay", "nâng tổng số lên", "trực thuộc", also right
// after the counted noun).
func snapshotCue(s *sentence, t int) (strong, weak bool) {
	from := 0
	for k, part := t-1, t; k > 0; k-- {
		if s.word(k) == ";" {
			if totalListed(s, k, part, t) || bareItem(s, k) {
				part = k // "… hiện nay là 29; tổng số CĐCS là 140; …": a list of the same stocks
				continue
			}
			from = k + 1 // "hiện có 900 CĐCS; đã thành lập mới 20 CĐCS": a part of its own
			break
		}
	}
	gloss := bracketGloss(s, qualifierStart(s, t))
	for k := from; k < t && s.periods; k++ {
		c := s.cueOf(k)
		if c == nil || s.covered[k] || gloss && s.word(k) == "đại" && s.word(k+1) == "diện" {
			continue
		}
		switch c.period {
		case PeriodSnapshot:
			strong = strong || !hienCompound(s, k)
		case "stock":
			if s.word(k) == "trực" && flowBetween(s, from, k) && int(s.cueEnd[k]) < t && s.toks[s.cueEnd[k]].kind == tokWord && s.word(int(s.cueEnd[k])) != "và" {
				// "trao 90 suất quà cho con đoàn viên thuộc các CĐCS trực
				// thuộc tỉnh, với tổng số tiền …": the units under a body,
				// followed by its name, say whom a flow went to, no stock
				// of the figure after ("thành lập …, với 46 CĐCS trực thuộc
				// và 12.300 đoàn viên" lists the stock)
				continue
			}
			// "Tính đến hết tháng 8, Quỹ … đã giải ngân 44 tỉ đồng": what
			// was done up to then, a flow of the year so far
			weak = !flowBetween(s, int(s.cueEnd[k]), t) || foundedToDate(s, k, t)
			if s.word(k) == "đại" && s.word(k+1) == "diện" && (numberUnit(s, t) == "vnd" || representedSelection(s, t) || teamsRepresent(s, t)) {
				// "đại diện cho 40 tập thể" counts whom they stand for, not
				// the prize money further on; and those chosen ("… người
				// lao động tiêu biểu") are no stock
				weak = false
			}
			if s.word(k) == "tiếp" && s.word(k+1) == "nhận" && donationReceived(s, int(s.cueEnd[k]), t) {
				// "tiếp nhận đóng góp từ gần 120 CĐCS, cộng lại hơn 2 tỉ
				// đồng": what a drive brought in, a flow of the year
				weak = false
			}
		}
	}
	if managed(s, t) {
		weak = true // "Quản lý 333 công đoàn cơ sở, …": the units a body has
		if u := numberUnit(s, t); u == "person" || u == "organization" {
			strong = true // "LĐLĐ tỉnh quản lý hơn 52.000 CNVCLĐ": the workforce or the firms a body has
		}
	}
	// "với 72 CĐCS trực thuộc.": the units under a body, counted after it
	// and closing the clause, or a list of the body's stocks ("… trực thuộc
	// và tổng số 9.008 đoàn viên"; "85 CĐCS trực thuộc Công đoàn X đã tham
	// gia", "… trực thuộc và nhận được 2.150 sáng kiến" tell what they did)
	for k := t + 1; k < len(s.toks) && k <= t+6; k++ {
		if w := s.word(k); isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			break
		}
		if s.word(k) == "trực" && s.word(k+1) == "thuộc" && s.word(qualifierStart(s, t)-1) != "từ" {
			// ("xét chọn 50 đoàn viên từ 09 CĐCS trực thuộc": the units
			// they come from, no stock)
			w := s.word(k + 2)
			weak = w == "" || w == "," || isClauseMark(w) || (w == "và" && stockListAfter(s, k+3))
		}
	}
	if representing(s, qualifierStart(s, t)) && !gloss && !representedAwardees(s, t) && !representedSelection(s, t) && !teamsRepresent(s, t) {
		strong = true // "đại diện cho gần 3.000 Chủ tịch CĐCS trong tỉnh": those a delegation stands for
	}
	if pointOpens(s) {
		for k := 1; k < t; k++ {
			if w := s.word(k); w == "có" || (w == "lý" && s.word(k-1) == "quản") {
				strong = true
			}
		}
	} else if presentHas(s, t) {
		strong = true
	}
	return strong, weak
}

// donationReceived reports a receipt that is a donation: after "tiếp
// nhận" (ending at token from), a word of giving or collecting
// (fundraising in words.tsv: "ủng hộ", "đóng góp", "quyên góp") before the
// figure at token t, or the figure a sum of money. Only stock wording
// (hiện có, đang quản lý, tính đến, dư nợ) makes money held a snapshot;
// money received is what came in.
func donationReceived(s *sentence, from, t int) bool {
	if numberUnit(s, t) == "vnd" {
		return true
	}
	for k := from + 1; k <= t && k < len(s.toks); k++ {
		if s.listBefore(k, "fundraising") {
			return true
		}
	}
	return false
}

// bareItem reports a part of a sentence, after the ";" at token k, that
// is one more item of the list before it: it opens with its count (a
// qualifier at most before it) and holds no verb of a flow, no "mới" and no
// "được" up to the next ";" ("hiện có 9 LĐLĐ huyện và 10 công đoàn ngành;
// 1.204 CĐCS với trên 90.000 đoàn viên": the verb before the ";" governs
// it). A part with its own verb ("; 20 CĐCS được thành lập mới") is a part
// of its own.
func bareItem(s *sentence, k int) bool {
	j := k + 1
	for j < len(s.toks) && j <= k+3 && s.toks[j].kind != tokNumber {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tokNumber || qualifierStart(s, j) != k+1 {
		return false
	}
	for i := k + 1; i < len(s.toks); i++ {
		switch w := s.word(i); {
		case w == ";":
			return true
		case inList("flow-verb", w) || w == "mới" || w == "được":
			return false
		}
	}
	return true
}

// totalListed reports a part of a sentence, after the ";" at token k and
// up to token part, that tells a total as a stock the parts before it go
// on listing: "tổng số" opens it and "là" links the count at token t
// ("Tổng số công đoàn trực thuộc hiện nay là 31, …; tổng số CĐCS là 150;
// tổng số đoàn viên là trên 58.000"). The count is not money (a sum spent,
// "tổng số tiền chi là …", is a flow), no verb of a flow or "mới" stands
// before "là" ("tổng số đoàn viên kết nạp mới là 640"), and it lies in
// that part.
func totalListed(s *sentence, k, part, t int) bool {
	if s.word(k+1) != "tổng" || s.word(k+2) != "số" || numberUnit(s, t) == "vnd" {
		return false
	}
	for j := k + 3; j < part && j < t; j++ {
		switch w := s.word(j); {
		case inList("flow-verb", w) || w == "mới":
			return false // "tổng số đoàn viên kết nạp mới là 640": what was done
		case w == "là":
			return true
		}
	}
	return false
}

// representing reports the words of those a delegation stands for right
// before token q: "đại diện cho", or "đại diện" after the delegates and a
// comma ("90 đại biểu dự Đại hội, đại diện 1.500 đoàn viên") or right
// after them (delegatesEnd: "150 đại biểu đại diện hơn 40.000 đoàn viên").
//
// Those a delegation voices are the same stock: "đại diện mang tiếng
// nói, nguyện vọng của gần 400 nghìn đoàn viên", "đại diện cho trí tuệ,
// ý chí của hơn 60 nghìn đoàn viên" (representedVoice).
func representing(s *sentence, q int) bool {
	return s.phraseBefore(q, "đại diện cho") || s.phraseBefore(q, "đại diện") && (s.word(q-3) == "," || delegatesEnd(s, q-3)) || representedVoice(s, q)
}

// representedVoice reports "của" right before token q closing, within
// voiceSpan words of "đại diện", what a delegation carries of those it
// stands for: a words.tsv voice noun ("tiếng nói", "nguyện vọng", "trí
// tuệ"), with only words and commas between.
func representedVoice(s *sentence, q int) bool {
	if s.word(q-1) != "của" {
		return false
	}
	voice := false
	for k := q - 2; k >= 1 && k >= q-voiceSpan; k-- {
		if s.word(k-1) == "đại" && s.word(k) == "diện" {
			return voice
		}
		if w := s.word(k); s.toks[k].kind != tokWord && w != "," {
			return false
		}
		if s.listBefore(k+1, "voice") {
			voice = true
		}
	}
	return false
}

// voiceSpan is how many words may stand between "đại diện" and the "của"
// before those a delegation voices.
const voiceSpan = 10

// representedAwardees reports a count at token t, after "đại diện cho",
// of a words.tsv awardee noun: "12 tập thể đại diện cho 64 tập thể có
// thành tích cao" counts the year's winners that the few stand for,
// where "đại diện cho 9.000 đoàn viên" counts a body's members.
func representedAwardees(s *sentence, t int) bool {
	n, ok := ParseNumber(s.low, int(s.toks[t].start))
	if !ok {
		return false
	}
	k := nextToken(s, t, n.End)
	return s.listAt(k, "awardee")
}

// selectionSpan is how many tokens after a represented count its noun,
// with the words that describe it, may run.
const selectionSpan = 8

// representedSelection reports a count at token t, after "đại diện cho",
// whose people are described as "tiêu biểu" in its clause ("… 80 công
// nhân về dự, đại diện cho 2.500 đoàn viên tiêu biểu của các khu công
// nghiệp"): those selected for the event, as its
// guests are, not all of a body's members, so no stock.
func representedSelection(s *sentence, t int) bool {
	if !representing(s, qualifierStart(s, t)) {
		return false
	}
	for k := t + 1; k+1 < len(s.toks) && k <= t+selectionSpan; k++ {
		if isClauseMark(s.word(k)) || s.toks[k].kind == tokNumber {
			return false
		}
		if s.word(k) == "tiêu" && s.word(k+1) == "biểu" {
			return true
		}
	}
	return false
}

// delegatesEnd reports the delegates' noun ending at token k: "đại biểu",
// or "đại biểu chính thức".
func delegatesEnd(s *sentence, k int) bool {
	if s.word(k) == "thức" && s.word(k-1) == "chính" {
		k -= 2
	}
	return s.word(k) == "biểu" && s.word(k-1) == "đại"
}

// bracketGloss reports "đại diện cho" before token q opened by a bracket
// after a count in its clause, its noun up to changeReach tokens long
// ("tặng vé cho 60 đoàn viên cùng gia đình (đại diện cho 210 người)"):
// an aside on whom that count stands for, which
// shares its period; no delegation's stock. Other cues of the sentence
// still decide, as they do for that count.
func bracketGloss(s *sentence, q int) bool {
	if s.word(q-4) != "(" || !s.phraseBefore(q, "đại diện cho") {
		return false
	}
	for k := q - 5; k >= 0 && k >= q-4-changeReach; k-- { // the count's noun may run long, as after it
		if s.toks[k].kind == tokNumber {
			return true
		}
		if isClauseMark(s.word(k)) {
			return false
		}
	}
	return false
}

// stockListAfter reports a list that goes on with another stock after
// "và" at token k-1: a number, or "tổng số", next.
func stockListAfter(s *sentence, k int) bool {
	return k < len(s.toks) && (s.toks[k].kind == tokNumber || s.word(k) == "tổng")
}

// foundedToDate reports units founded up to now, counted since ever: the
// cue at token k is "tính đến nay" (or "… thời điểm hiện tại", no date
// of this year), no "từ" opens a span before it, and "thành lập" with no
// "mới" is the only verb of a flow before the number at token t ("Tính
// đến nay, cả huyện đã thành lập được 140 CĐCS với …"): the
// units there are, a stock. "Từ đầu năm đến nay", "tính đến hết tháng 6"
// and "thành lập mới" tell the year's flow.
func foundedToDate(s *sentence, k, t int) bool {
	e := int(s.cueEnd[k])
	if s.word(k) != "tính" || s.word(e-1) != "nay" && s.word(e-1) != "tại" || wordWithin(s, "từ", 0, k) {
		return false
	}
	founded := false
	for j := e; j < t; j++ {
		switch w := s.word(j); {
		case w == "mới" || isClauseMark(w):
			return false
		case w == "lập" && s.word(j-1) == "thành":
			founded = true
		case inList("flow-verb", w):
			return false
		}
	}
	return founded
}

// flowBetween reports a verb of a flow (flow-verb in words.tsv: "giải ngân",
// "hỗ trợ", "trao") in tokens [from, t) of the figure's clause.
func flowBetween(s *sentence, from, t int) bool {
	for k := from; k < t; k++ {
		if inList("flow-verb", s.word(k)) {
			return true
		}
	}
	return false
}

// changeAfter reports a clause that tells what happened to the counted
// things, not what there is: "47 CĐCS được thành lập mới", "112 CĐCS nộp
// đủ kinh phí", "… được xếp loại vững mạnh", what they did ("40 CĐCS tổ
// chức hội thao", "120 CĐCS phối hợp với …"), also after a long noun
// phrase ("có 1.350 đoàn viên và công nhân lao động gặp hoàn cảnh khó khăn được
// lãnh đạo các cấp tới thăm hỏi"). A passive after "đang" tells what is
// under way, no change.
func changeAfter(s *sentence, t int) bool { return changeAfterAt(s, t, false, false) }

// stockChangeAfter is changeAfter in a sentence that opens on a point in
// time (pointOpens): there a verb after "đã" tells the state reached by
// then ("Hiện nay, có 92 đơn vị đã ký kết được thỏa ước", "Đầu
// nhiệm kỳ có 35 doanh nghiệp đã ký kết …"), a stock; only what is new
// ("mới", "kết nạp") is still a change.
//
// After "hiện … (đã) có" (presentHas) the state reached is told from the
// start: "hiện cả nước đã có 50 nghiệp đoàn được thành lập" counts the
// unions there are; only what is new is a change.
func stockChangeAfter(s *sentence, t int) bool {
	if presentHas(s, t) {
		return changeAfterAt(s, t, true, true)
	}
	return changeAfterAt(s, t, pointOpens(s), false)
}

// changeReach is how many tokens after a count its change may be told: a
// counted noun with its modifiers runs long ("có 310 đoàn viên, công nhân
// có hoàn cảnh đặc biệt khó khăn ở các khu công nghiệp được nhận …").
const changeReach = 20

// changeAfterAt is changeAfter, and stockChangeAfter with point (a verb
// after "đã" tells the state reached) or perfect (the state reached is
// told from the figure on): then only what is new is a change.
func changeAfterAt(s *sentence, t int, point, perfect bool) bool {
	going := false
	for k := t + 1; k < len(s.toks) && k <= t+changeReach; k++ {
		w := s.word(k)
		if w == "," && peopleNounAt(s, k+1) {
			continue // "có 124 công nhân, lao động … được tặng quà": the counted nouns listed
		}
		if w == "." && dotInWord(s, k) {
			continue // "ở địa bàn TP.HCM cũ": an abbreviation's dot, no end of the clause
		}
		if isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			return false
		}
		if w == "đang" {
			going = true
		}
		if w == "được" && going {
			continue // "9 căn nhà đang được xây dựng", "4 căn đang sửa chữa được khẩn trương thi công": still under way, no change done
		}
		if w == "nhận" && (s.word(k-1) == "đến" || s.word(k-1) == "về") {
			return true // "có 300 em đang sinh sống ở A trực tiếp đến nhận quà": those who came, not who live there
		}
		if point && w == "đã" {
			perfect = true
		}
		if perfect {
			if w == "mới" || w == "kết" && s.word(k+1) == "nạp" {
				return true
			}
			continue
		}
		switch w {
		case "được", "nộp", "mới", "kết", "ký", "xếp", "tham", "đạt":
			return true
		case "phối", "tổ":
			// (not at a point in time or now, "Đầu nhiệm kỳ có 28 đơn vị
			// tổ chức đối thoại", "cả nước hiện có 25.000 doanh nghiệp tổ
			// chức bữa ăn giữa ca", where it is the state reached; nor
			// negated, "6 CĐCS đã hết nhiệm kỳ nhưng chưa tổ chức đại hội")
			if w2 := s.word(k + 1); (w == "phối" && w2 == "hợp" || w == "tổ" && w2 == "chức") && !point && !inList("negation", s.word(k-1)) && !wordWithin(s, "hiện", 0, t) {
				return true // "đã có 120/135 CĐCS phối hợp … tổ chức khen thưởng": what the units did
			}
		}
	}
	return false
}

// peopleNounAt reports a noun of people or members at token k ("lao
// động", "đoàn viên"): a comma before it lists what a count counts.
func peopleNounAt(s *sentence, k int) bool {
	c := s.cueOf(k)
	return c != nil && (c.unit == "person" || c.unit == "member")
}

// ownedStock reports people a body has: "Ngành Y tế tỉnh có hơn 9.000
// cán bộ, người lao động, …", the number right after the verb "có" that
// follows its subject, counting people or members, and no change told of
// them after ("… có 320 đoàn viên được khen thưởng"; "Kết quả, có 1.200
// đoàn viên đạt …" opens on no subject).
func ownedStock(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if stockPlaces(s, t, q) {
		return true
	}
	if w := s.word(q - 2); s.word(q-1) != "có" || q < 2 || s.toks[q-2].kind != tokWord || w == "đó" || w == "đã" || w == "sẽ" {
		return false
	}
	if u := numberUnit(s, t); u != "person" && u != "member" {
		return false
	}
	k := q - 2
	for k > 0 && s.word(k-1) != "," && !isClauseMark(s.word(k-1)) {
		k--
	}
	if s.word(0) == "trong" && s.word(1) == "đó" {
		return false // "Trong đó thành phố A có 8 em, …": the parts of a figure before
	}
	if inList("event-noun", s.word(k)) || s.word(k) == "đại" && s.word(k+1) == "hội" || wordWithin(s, "dự", k, q-1) || wordWithin(s, "tham", k, q-1) {
		return false // "Đại hội có 210 đại biểu", "Tham gia liên hoan có 95 diễn viên": who attend an event
	}
	if joinedAfter(s, t) {
		return false // "Chương trình gặp gỡ, đối thoại có 3.200 công nhân … tham gia"
	}
	return !changeAfter(s, t)
}

// unionSize reports the members a named grassroots union has, the count
// after "với" that a CĐCS (công đoàn cơ sở, nghiệp đoàn) named before it in
// the sentence, a capitalised name after the word, has ("CĐCS Công ty A với 2.140 đoàn viên", "… là CĐCS
// đông nhất, với 1.870 đoàn viên"): its size, a stock. Not when a count or
// a verb of change (flow-verb: "thành lập", "kết nạp"; "phát triển") comes
// between the union and the figure ("thành lập 6 CĐCS với 410 đoàn
// viên": the unions counted, none named), nor a verb of change before the
// union, nor when a change is told after the figure.
func unionSize(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if s.word(q-1) != "với" || numberUnit(s, t) != "member" {
		return false
	}
	for k := q - 2; k >= 0; k-- {
		w := s.word(k)
		if s.toks[k].kind == tokNumber || w == ";" || inList("flow-verb", w) || w == "triển" && s.word(k-1) == "phát" {
			return false
		}
		if w == "đoàn" && s.word(k-1) == "công" && s.word(k-2) == "chức" && s.word(k-3) == "tổ" && !capitalAt(s, k-3) && s.word(k-4) != "vào" {
			// "tổ chức công đoàn … đã lớn mạnh, với gần 9 triệu đoàn
			// viên": the union as a whole and its size ("kết nạp vào tổ
			// chức công đoàn" is a flow)
			return !changeAfter(s, t)
		}
		if (w == "cđcs" || w == "sở" && s.word(k-1) == "cơ" && s.word(k-2) == "đoàn" || w == "đoàn" && s.word(k-1) == "nghiệp") && capitalAt(s, k+1) {
			return !flowBetween(s, 0, k) && !changeAfter(s, t) // "thành lập CĐCS Công ty A với 40 đoàn viên": members at its founding
		}
	}
	return false
}

// poolCount reports a count of unions, units or things at token t that is
// the whole a part is drawn from: right after a words.tsv pool-of phrase
// ("nâng tổng số lên 40 CĐCS trong tổng số 55 doanh nghiệp", "được chọn
// trong số 90 công đoàn cơ sở", "Đây là 1 trong 20 điểm sinh hoạt văn
// hóa …"): the units there are, a stock. People are not meant ("Trong
// số 300 đại biểu dự Đại hội" counts an event's attendance), nor a choice
// among options ("chọn 1 trong 2 mẫu nhà").
//
// A whole that was chosen is no stock: "được chọn là 1 trong 3 đơn vị tổ
// chức đại hội điểm" counts the units chosen for an event of the year.
func poolCount(s *sentence, t int) bool {
	return unitsAfter(s, t, "pool-of") && !chosenOnes(s, qualifierStart(s, t))
}

// chosenOnes reports "là 1 trong" (or "là một trong") right before token
// q after a verb of choosing ("chọn", "lựa chọn") a few words before it:
// the count after it is the set chosen, not the pool it was drawn from.
func chosenOnes(s *sentence, q int) bool {
	if s.word(q-1) != "trong" || s.word(q-3) != "là" {
		return false
	}
	for k := q - 4; k >= 0 && k >= q-7; k-- {
		if s.word(k) == "chọn" {
			return true
		}
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// networkSize reports a count of units at token t right after a words.tsv
// network-of word ("thông qua mạng lưới 25 chi nhánh"): the branches a
// body works through, a stock.
func networkSize(s *sentence, t int) bool { return unitsAfter(s, t, "network-of") }

// composedOf reports a count of unions or units at token t right after
// "gồm" ("bao gồm", "gồm có") that opens the sentence's predicate: "Cụm
// thi đua số 2 gồm 7 LĐLĐ huyện: …" says what the body is made of, a
// stock. Not after a comma nor after a figure earlier in the sentence
// ("trao quà cho 12 đơn vị, gồm 5 CĐCS …" breaks a flow down); a number
// in a name ("số 2") is no figure.
func composedOf(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	k := q - 1
	if s.word(k) == "có" {
		k--
	}
	if s.word(k) != "gồm" || s.word(k-1) == "," || (s.word(k-1) == "bao" && s.word(k-2) == ",") {
		return false
	}
	switch numberUnit(s, t) {
	case "union", "organization":
	default:
		return false
	}
	for j := 0; j < k; j++ {
		if s.toks[j].kind == tokNumber && s.word(j-1) != "số" {
			return false
		}
	}
	return true
}

// unitsAfter reports a count of unions, units or things at token t right
// after a phrase of the words.tsv list (poolCount, networkSize).
func unitsAfter(s *sentence, t int, list string) bool {
	switch numberUnit(s, t) {
	case "union", "organization", "count":
	default:
		return false
	}
	return s.listBefore(qualifierStart(s, t), list)
}

// fundCapital reports a sum at token t that is a fund's capital or the
// loans it has out, right after a words.tsv fund-capital phrase ("quản lý
// tổng nguồn vốn 45,2 tỷ đồng", "với nguồn vốn 30 tỷ đồng", "dư nợ 12 tỷ
// đồng"): what the fund holds, a stock even with no "hiện".
func fundCapital(s *sentence, t int) bool {
	if numberUnit(s, t) != "vnd" {
		return false
	}
	q := qualifierStart(s, t)
	return s.listBefore(q, "fund-capital") || fundKindBefore(s, q)
}

// fundKindReach is how many words of a fund's kind may stand between "với
// nguồn quỹ" and its sum.
const fundKindReach = 4

// fundKindBefore reports "với (tổng) nguồn quỹ|vốn" or "có (tổng) nguồn
// quỹ|vốn" and a few lower-case words naming the fund's kind right before
// token q: "Với nguồn quỹ góp vốn quay vòng hơn 4 tỷ đồng, …" tells what
// the fund has, as "với nguồn vốn 30 tỷ đồng" does.
func fundKindBefore(s *sentence, q int) bool {
	for k := q - 1; k >= 1 && k >= q-2-fundKindReach; k-- {
		if s.toks[k].kind != tokWord || capitalAt(s, k) {
			return false
		}
		if w := s.word(k); (w != "quỹ" && w != "vốn") || s.word(k-1) != "nguồn" {
			continue
		}
		j := k - 2
		if s.word(j) == "tổng" {
			j--
		}
		w := s.word(j)
		return w == "với" || w == "có"
	}
	return false
}

// stockPlaces reports the units a stock of members is counted in, right
// after it in its clause ("có 1.940 đoàn viên sinh hoạt tại 22 công đoàn
// cơ sở"): the count at token t (q its qualifier's start) of unions or
// units after "tại" or "ở", with only words between it and an owned stock
// of people before: part of the same stock.
func stockPlaces(s *sentence, t, q int) bool {
	if w := s.word(q - 1); w != "tại" && w != "ở" {
		return false
	}
	if u := numberUnit(s, t); u != "union" && u != "organization" {
		return false
	}
	for k := q - 2; k >= 0 && k >= q-8; k-- {
		if s.toks[k].kind == tokNumber {
			return ownedStock(s, k)
		}
		if w := s.word(k); w == "," || isClauseMark(w) || s.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// nowOpens reports a sentence that opens on the present or the start of a
// term and tells a stock ("Hiện, có 98 doanh nghiệp …", "Đầu nhiệm kỳ có 41
// doanh nghiệp …", "Đến nay, LĐLĐ tỉnh đang quản lý 640 CĐCS …"): a
// snapshot, whatever span the paragraph told before.
func nowOpens(s *sentence, t int) bool {
	from := 0
	if s.word(0) == "tính" {
		from = 1
	}
	if w := s.word(from); w != "hiện" && w != "đầu" && !(w == "đến" && s.word(from+1) == "nay") {
		return false
	}
	if w := s.word(qualifierStart(s, t) - 1); w == "tăng" || w == "giảm" || stockChangeAfter(s, t) {
		return false // "tăng 62 doanh nghiệp so với đầu nhiệm kỳ", "… đã ký kết": what changed
	}
	strong, _ := snapshotCue(s, t)
	return strong || sizeNow(s, t)
}

// sizeNow reports the size of a body's membership or workforce, told in a
// sentence that opens on the present ("Hiện nay, số lượng đoàn viên toàn
// tỉnh đã lên tới hơn 300.000 người"): a size word (words.tsv stock-size)
// before the figure in its clause, a linking word (stock-link) right
// before it, and people or members counted. A snapshot, whatever span the
// paragraph told before; a change of the size ("số lượng đoàn viên tăng
// 500 người") has no linking word.
func sizeNow(s *sentence, t int) bool {
	if !pointOpens(s) && !toDateOpens(s) || !inList("stock-link", s.word(qualifierStart(s, t)-1)) {
		return false
	}
	if u := numberUnit(s, t); u != "person" && u != "member" {
		return false
	}
	for k := t - 1; k > 0 && !isClauseMark(s.word(k)); k-- {
		if s.listBefore(k+1, "stock-size") {
			return true
		}
	}
	return false
}

// toDateOpens reports a sentence that opens on "Đến nay," or "Tính đến
// nay,": what there is by now ("Tính đến nay, tổng số đoàn viên của
// ngành là 52.300 người").
func toDateOpens(s *sentence) bool {
	k := 0
	if s.word(0) == "tính" {
		k = 1
	}
	return s.word(k) == "đến" && s.word(k+1) == "nay" && s.word(k+2) == ","
}

// nowManaged reports a stock a body manages now, told after "đến nay" or
// "hiện nay" in the sentence ("20 năm qua, …. Khi thành lập có 30 CĐCS,
// đến nay LĐLĐ quận đã quản lý 250 công đoàn, với 12.000 đoàn viên"): a
// snapshot, though the paragraph told a span before.
func nowManaged(s *sentence, t int) bool {
	return (managed(s, t) || withStock(s, t)) && nowBetween(s, -1, qualifierStart(s, t))
}

// managedStock reports the stock a body manages, "quản lý N CĐCS với M
// đoàn viên", in a sentence of its own after a span the paragraph told
// ("Trong nhiệm kỳ qua, … phát triển rõ nét trên nhiều mặt. Trước khi hợp
// nhất, LĐLĐ A và tỉnh B quản lý 1.850 CĐCS với 126.000 đoàn viên"):
// what a body manages is what it has at a point in time, a snapshot; the
// span carried from before does not reach it. Not when the sentence says
// what changed in it (stockChangeAfter: "quản lý thêm 20 CĐCS mới").
func managedStock(s *sentence, t int) bool {
	return (managed(s, t) || withStock(s, t) && managedBefore(s, t)) && !stockChangeAfter(s, t)
}

// managedBefore reports "quản lý" before token t in its sentence.
func managedBefore(s *sentence, t int) bool {
	for k := 1; k < t; k++ {
		if s.word(k) == "lý" && s.word(k-1) == "quản" {
			return true
		}
	}
	return false
}

// formedToDate reports a count right after a verb of forming
// (formed-to-date in words.tsv, "đã hình thành") in a sentence that says
// "đến nay" before it: "Đến nay, cả tỉnh đã hình thành 42 điểm sinh hoạt
// văn hóa" counts what there is by now, a stock. "Từ đầu năm đến nay" (a
// "từ" before "đến nay") tells the year's flow, and "mới" a change.
func formedToDate(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if !s.listBefore(q, "formed-to-date") {
		return false
	}
	for k := q - 1; k > 0; k-- {
		switch s.word(k) {
		case "mới", "từ":
			return false
		case "nay":
			if s.word(k-1) == "đến" {
				return !wordWithin(s, "từ", 0, k-1)
			}
		}
		if isClauseMark(s.word(k)) {
			return false
		}
	}
	return false
}

// shareReachedNow reports a share a body has reached by now, "đến nay đạt"
// right before the percentage ("… ký thỏa ước tập thể, đến
// nay đạt 64,5%"): the coverage at this point in time. A share reached
// since the start of the year ("từ đầu năm đến nay đạt 95% kế hoạch") is
// the year's.
func shareReachedNow(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if s.word(q-1) != "đạt" || s.word(q-2) != "nay" || s.word(q-3) != "đến" || numberUnit(s, t) != "percent" { // the words first: they rule out most figures without parsing
		return false
	}
	return !wordWithin(s, "từ", max(0, q-8), q-3)
}

// awardedSpan is how many tokens after a figure awardedAfter looks for
// "được" and a verb of awarding.
const awardedSpan = 12

// honouredSpan is the last year of a span of years that a verb of
// awarding in sentence s governs ("biểu dương những tập thể, cá nhân xuất
// sắc … giai đoạn 2018 - 2023"): the marker after the verb, with a range
// written after it; 0 if none.
func honouredSpan(s *sentence) int {
	k, end := multiYearCue(s, len(s.toks), false)
	if k < 0 || end == 0 {
		return 0
	}
	if recognisedSpan(s, k) || awardNamedSpan(s, k) {
		// "Ghi nhận … trong 2 năm 2016 và 2017, …", "tặng bằng khen
		// chuyên đề … giai đoạn 2020 – 2022 cho 2 tập thể": what one award
		// honours, not the lead's span (recognised, not received)
		return 0
	}
	for j := range k {
		if inList("award-verb", s.word(j)) {
			return end
		}
	}
	return 0
}

// awardedAfter reports the figure at token t as those awarded: "được" and
// a verb of awarding follow it in its clause, within awardedSpan tokens
// ("27 tập thể và 64 cá nhân được tôn vinh"; a number between, as in a
// list of counts, does not stop it).
func awardedAfter(s *sentence, t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+awardedSpan; k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "," {
			return false
		}
		if w == "được" {
			return inList("award-verb", s.word(k+1))
		}
	}
	return false
}

// awardedTo reports the figure at token t as those an award is given to:
// "cho" right before it and, earlier in its clause within awardedSpan
// tokens, a word of honouring ("trao giấy khen cho 29 cá nhân", "tặng Bằng
// khen cho 16 tập thể") or a flag or certificate given ("trao tặng Cờ thi
// đua cho 07 CĐCS"). A gift ("trao 200 suất quà cho …") is none.
func awardedTo(s *sentence, t int) bool {
	if s.word(t-1) != "cho" {
		return false
	}
	for k := t - 2; k >= 0 && k >= t-awardedSpan; k-- {
		w := s.word(k)
		if isClauseMark(w) || w == "," {
			return false
		}
		switch w {
		case "khen", "thưởng", "vinh", "dương":
			return true
		case "bằng", "cờ":
			if p := s.word(k - 1); p == "trao" || p == "tặng" {
				return true
			}
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
	planned := statusOf(s, t) == StatusPlanned
	k, end := multiYearCue(s, limit, planned)
	if k <= t && planned {
		if j := planClauseAfter(s, limit); j > 0 {
			e := j
			for e < len(s.toks) && !isClauseMark(s.word(e)) && s.word(e) != "," {
				e++
			}
			if k, end = multiYearCue(s, e, true); k < j {
				return false, 0
			}
		}
	}
	if k <= t {
		return false, 0
	}
	return true, end
}

// closingSpan is the last year of a span set off by a comma that closes
// the clause of the figure at token t, ", nhiệm kỳ 2018-2023." or ",
// giai đoạn 2020 – 2025;": the span the clause's figures cover, past the
// commas of the clause ("khen thưởng 17 tập thể và 29 cá nhân vì đã làm
// tốt công tác thi đua, chăm lo và phát triển đoàn viên, nhiệm kỳ
// 2018-2023"); 0 if none. A span that names a body
// or an event before it ("Ban Chấp hành …, nhiệm kỳ …", "Đại hội … lần
// thứ VIII, nhiệm kỳ …", words.tsv term-holder) is that one's term, and
// a count of its own between (one the figure's list does not go on to
// after "và" or a comma) has the span for its own.
func closingSpan(s *sentence, t int) int {
	if !containsRare(s.low, "nhiệm") && !containsRare(s.low, "giai") {
		return 0 // neither "nhiệm kỳ" nor "giai đoạn": said without reading the tokens
	}
	holders := lex.ends["term-holder"]
	for j := t + 1; j+5 <= len(s.toks); j++ {
		w := s.word(j)
		if w == ";" {
			return semicolonSpan(s, j)
		}
		if isClauseMark(w) || s.endsBefore(j+1, holders) {
			return 0
		}
		if s.toks[j].kind == tokNumber && s.word(j-1) != "và" && s.word(j-1) != "," {
			return 0
		}
		if w != "," {
			continue
		}
		a, b := s.word(j+1), s.word(j+2)
		if !(a == "nhiệm" && (b == "kỳ" || b == "kì") || a == "giai" && b == "đoạn") {
			continue
		}
		from, to := yearValue(s, j+3), yearValue(s, j+5)
		if from == 0 || to <= from || !isDash(s.word(j+4)) {
			return 0
		}
		if j+6 < len(s.toks) && !isClauseMark(s.word(j+6)) {
			return 0
		}
		return to
	}
	return 0
}

// semicolonSpan is the last year of the span that closes sentence s
// (", giai đoạn A – B." or ", nhiệm kỳ A - B.") when the clause of a
// figure ends at the ";" at token j and every clause after it goes on
// with the same subject: each opens on a lower-case word ("…; khen
// thưởng 11 tập thể, 25 cá nhân …, giai đoạn 2015 – 2020."), no year, no
// other clause mark and no body whose term a span names (words.tsv
// term-holder) between. The span set off at the end covers every
// coordinated clause, not only the last one. 0 if none.
func semicolonSpan(s *sentence, j int) int {
	n := len(s.toks) - 1
	for n > j && isClauseMark(s.word(n)) && s.word(n) != ";" {
		n--
	}
	if n-5 <= j || s.word(n-5) != "," || !isDash(s.word(n-1)) {
		return 0
	}
	a, b := s.word(n-4), s.word(n-3)
	if !(a == "nhiệm" && (b == "kỳ" || b == "kì") || a == "giai" && b == "đoạn") {
		return 0
	}
	from, to := yearValue(s, n-2), yearValue(s, n)
	if from == 0 || to <= from {
		return 0
	}
	holders := lex.ends["term-holder"]
	for k := j; k < n-5; k++ {
		switch w := s.word(k); {
		case w == ";":
			if k+1 >= len(s.toks) || s.toks[k+1].kind != tokWord || capitalAt(s, k+1) || s.word(k+1) == "trong" {
				return 0 // a clause with a subject of its own, or "; trong đó …"
			}
		case isClauseMark(w) || yearValue(s, k) != 0 || s.endsBefore(k+1, holders):
			return 0
		}
	}
	return to
}

// brokenDownSpan is the last year of the span a "trong đó" clause after
// the figure at token t closes the sentence with: "tôn vinh 14 tập thể và
// 30 cá nhân, trong đó riêng khối công đoàn có 2 tập thể … giai đoạn 2016
// - 2020." The clause breaks down the figures
// before it, it does not fence them off, so the span that ends the
// sentence is theirs too; 0 if none, if the sentence names a year
// before the figure ("Năm 2020, … khen thưởng 14 tập thể, trong đó …":
// their own year) or if a year or a clause mark comes between the figure
// and "trong đó".
func brokenDownSpan(s *sentence, t int) int {
	if !containsRare(s.low, "đó") {
		return 0 // no "đó" (of "trong đó"): said without reading the tokens
	}
	for j := range t {
		if yearValue(s, j) != 0 {
			return 0
		}
	}
	for j := t + 1; j+2 < len(s.toks); j++ {
		w := s.word(j)
		if isClauseMark(w) || yearValue(s, j) != 0 {
			return 0
		}
		if w != "," || s.word(j+1) != "trong" || s.word(j+2) != "đó" {
			continue
		}
		for k := j + 3; k < len(s.toks); k++ {
			if isClauseMark(s.word(k)) {
				return 0
			}
			if s.toks[k].kind != tokNumber || yearValue(s, k) != 0 {
				continue
			}
			ok, end := multiYearAfter(s, k)
			if !ok || end == 0 || !spanClosesSentence(s, end) {
				return 0
			}
			return end
		}
		return 0
	}
	return 0
}

// spanClosesSentence reports the year end as the sentence's last word
// (a clause mark at most after it).
func spanClosesSentence(s *sentence, end int) bool {
	n := len(s.toks) - 1
	for n > 0 && isClauseMark(s.word(n)) {
		n--
	}
	return yearValue(s, n) == end
}

// ownTermStart is the first year of the term "nhiệm kỳ A - B" sentence s
// names (the last one if several), 0 if none.
func ownTermStart(s *sentence) int {
	a := 0
	if !containsRare(s.low, "nhiệm") {
		return 0 // no "nhiệm kỳ": said without reading the tokens
	}
	for j := 1; j+3 < len(s.toks); j++ {
		if s.word(j) != "kỳ" && s.word(j) != "kì" || s.word(j-1) != "nhiệm" {
			continue
		}
		if from, to := yearValue(s, j+1), yearValue(s, j+3); from != 0 && to > from && isDash(s.word(j+2)) {
			a = from
		}
	}
	return a
}

// planClauseAfter is the token of "dự kiến" that opens a later clause of
// the sentence, after a comma, with no clause mark from token limit to
// it: "kế hoạch khám cho 12.000 đoàn viên … ở A, B và C, dự kiến thực
// hiện trong giai đoạn 2025-2026". The plan's span there is the planned
// figure's. 0 if none.
func planClauseAfter(s *sentence, limit int) int {
	for j := limit; j+1 < len(s.toks); j++ {
		if isClauseMark(s.word(j)) {
			return 0
		}
		if s.word(j) == "dự" && s.word(j+1) == "kiến" && s.word(j-1) == "," {
			return j
		}
	}
	return 0
}

// periodYear decides a number's period and reporting year.
func (x *articleContext) periodYear(s *sentence, t int) (string, int) {
	period := PeriodYear
	end := 0
	planned := statusOf(s, t) == StatusPlanned
	if y := targetYear(s, t); (planned || statusCue(s, t) == "") && x.year != 0 && y > x.year+1 {
		// "Đến năm 2028, Công đoàn quận kết nạp 9.500 đoàn viên": a
		// horizon years ahead plans the figure, with no word of its own
		if s.phraseBefore(qualifierStart(s, t), "có") && stockUnit(s, t) {
			// "phấn đấu đến năm 2018 có 10 triệu đoàn viên": the stock to
			// reach (a share to reach, "có 90% doanh nghiệp …", stays the
			// term's)
			return PeriodSnapshot, y
		}
		return PeriodMultiYear, y
	}
	if planned && s.targetEnd != 0 && explicitYear(s, t) == 0 {
		return PeriodMultiYear, s.targetEnd // the term's targets listed on (asideOpens), or a caption's
	}
	if e := planSpan(s, t, x.year); planned && e != 0 {
		return PeriodMultiYear, e // "từ 2021-2025, … đặt mục tiêu kết nạp 30.000 đoàn viên"
	}
	turns := countsTurns(s, t)
	k, e := multiYearCue(s, t, planned)
	if k >= 0 && frontedYearBefore(s, k) {
		// "Riêng năm 2016, …, là năm tăng cao nhất từ đầu nhiệm kỳ, với
		// 11.597 …": the year fronted governs, the term is what it is
		// set against
		k, e = -1, 0
	}
	if k >= 0 && !turns && (snapshotAfter(s, k, t) || managed(s, t) && nowBetween(s, k, t) || withStock(s, t) || unionSize(s, t) || nowStock(s, k, t)) {
		// "trong nhiệm kỳ (2013 – 2018), …, hiện tại CĐ ngành đang quản
		// lý 41 CĐCS", "trải qua 45 năm …, đến nay … quản lý 168 CĐCS": the
		// stock now, told after the term
		period = PeriodSnapshot
	} else if k >= 0 && !singleYearBetween(s, k, t) {
		period, end = PeriodMultiYear, e
		if end == 0 {
			// "qua 6 năm từ năm 2017 đến năm 2022, … đã trao": a cue with
			// no year of its own ends where the span written with it ends
			end = spanBefore(s, t, x.year)
		}
		if end == 0 {
			end = x.spanWrittenAfter(s)
		}
	} else if k >= 0 {
		period = PeriodYear
	} else if x.paraMulti && !turns && (nowManaged(s, t) || managedStock(s, t)) {
		period = PeriodSnapshot
	} else if x.paraMulti && !nowOpens(s, t) && !frontedYearBefore(s, t) && !ownedStock(s, t) && !unionSize(s, t) && !congressAttendance(s, t) && (planned || !elected(s, t) && !atThatEvent(s)) {
		// (a congress's delegates and those they stand for, in a sentence
		// of their own after the term the congress opens or the span it
		// reviews, "… khai mạc Đại hội lần thứ I, nhiệm kỳ 2025 2030. Dự
		// Đại hội có 95 đại biểu, đại diện cho hơn 2.800 đoàn viên", are the event's
		// own figures, of the year it is held: congressAttendance)
		period, end = PeriodMultiYear, x.paraMultiEnd
	} else if e := spanBefore(s, t, x.year); e != 0 && !planned {
		period, end = PeriodMultiYear, e
	} else if ok, e := multiYearAfter(s, t); ok {
		period, end = PeriodMultiYear, e
	} else if e := closingSpan(s, t); e != 0 {
		period, end = PeriodMultiYear, e
	} else if e := brokenDownSpan(s, t); e != 0 {
		period, end = PeriodMultiYear, e
	} else if x.awardSpanEnd != 0 && len(s.years) == 0 && (awardedAfter(s, t) || awardedTo(s, t)) {
		// "… tuyên dương các tập thể, cá nhân tiêu biểu giai đoạn 2019 -
		// 2024" in the lead, then "có 25 tập thể và 90 cá nhân được khen
		// thưởng": the awards honour the span the lead names
		period, end = PeriodMultiYear, x.awardSpanEnd
	} else if !turns && nowStock(s, -1, t) {
		// "thành lập năm 1995 với hơn 2 nghìn đoàn viên, đến nay có gần
		// 40.000 đoàn viên": the stock now, set against the founding year's
		period = PeriodSnapshot
	} else if strong, weak := snapshotCue(s, t); !turns && !committeeSize(s, t) && (strong || (weak && stockUnit(s, t)) || ownedStock(s, t) || unionSize(s, t) || shareReachedNow(s, t) || formedToDate(s, t) || sizeNow(s, t) || poolCount(s, t) || fundCapital(s, t) || networkSize(s, t) || composedOf(s, t)) {
		if !stockChangeAfter(s, t) {
			period = PeriodSnapshot
		}
	}
	year := explicitYear(s, t)
	if period == PeriodMultiYear && end != 0 {
		year = end
	}
	if year == 0 && yearToDate(s, t) {
		year = publishedYear(x.a) // "từ đầu năm đến nay" is the year the article appears in, whatever year governed before
		if year == 0 && x.statedYear > x.year {
			// undated: the latest year the text has reached ("Năm 2023,
			// … Bước sang năm 2024, …. Từ đầu năm đến nay, …"), not an
			// older lead's
			year = x.statedYear
		}
	}
	if year == 0 && len(s.years) > 0 {
		if past := pastThenNow(s, t); past != 0 {
			// "năm 1991 … chỉ có hơn 5 nghìn đoàn viên, đến nay … gần
			// 66.000 đoàn viên": told of now, the article's date; the
			// past year the sentence (or its lead) names is not the
			// reporting year, and an undated article's year stays unknown
			if year = publishedYear(x.a); year == 0 && x.year > past {
				year = x.year
			}
			return period, year
		}
	}
	if year == 0 && planned {
		year = x.futureYear
	}
	if year == 0 && planned && strings.Contains(s.low, "tết") && tetYear(s.low) == 0 {
		year = x.nextTetYear() // "sẽ trao 1.800 suất quà … không về quê đón Tết" in November, before "Tết Canh Tý 2020"
	}
	if year == 0 {
		year = x.continuedYear(s)
	}
	if year == 0 && !(x.govYear < x.year && statusOf(s, t) == StatusPlanned) {
		year = x.governedYear(s)
	}
	if year == 0 && x.year != 0 && publishedYear(x.a) == 0 {
		if a := ownTermStart(s); a > x.year {
			// undated: "Bầu Ban Chấp hành … nhiệm kỳ 2022 - 2027 gồm 31
			// đồng chí" after a lead on the congress of "nhiệm kỳ 2017 -
			// 2022": the term the figure's own sentence names beats the
			// first year of the lead's
			year = a
		}
	}
	fromArticle := year == 0
	if year == 0 {
		year = x.year
	}
	if planned && (fromArticle || period == PeriodMultiYear && year <= x.year) && termParagraph(x.paraLow) && !congressAttendance(s, t) {
		// "Đại hội … đề ra 20 chỉ tiêu. Trong đó, phấn đấu kết nạp 8.000
		// đoàn viên …" in an article on the congress that opens the term
		// 2018 – 2023, also after the results of the term that ends: a
		// target of the new term, in a paragraph that speaks of the
		// congress or the term (a plan "từ nay đến ngày 2-9" in another
		// paragraph is the year's)
		if end := x.newTermEnd(); end > year || end != 0 && fromArticle {
			return PeriodMultiYear, end
		}
	}
	return period, year
}

// nowStock reports a stock of members or unions at token t told after
// "đến nay" or "hiện nay" that follows a founding year written after
// token k (pastThenNow), and not told as a change: "Từ khi thành lập năm
// 1995, công đoàn ngành chỉ có hơn 2 nghìn đoàn viên, đến nay có gần
// 40.000 đoàn viên": what there is now.
func nowStock(s *sentence, k, t int) bool {
	if len(s.years) == 0 {
		return false
	}
	past := pastThenNow(s, t)
	if past == 0 {
		return false
	}
	u := numberUnit(s, t)
	return (u == "member" || u == "union") && slices.ContainsFunc(s.years, func(y yearMention) bool { return y.tok > k && y.tok < t && y.year == past }) && !stockChangeAfter(s, t)
}

// congressAttendance reports the delegates a congress is to have and those
// they stand for ("Đại hội dự kiến có 450 đại biểu, đại diện cho hơn 80
// nghìn đoàn viên, và 5 đoàn đại biểu quốc tế"): the event's own figures,
// of the year it is held, never a target of the term it opens.
func congressAttendance(s *sentence, t int) bool {
	k := t + 1
	if s.word(k) == "đoàn" {
		k++ // "5 đoàn đại biểu"
	}
	return s.word(k) == "đại" && s.word(k+1) == "biểu" || representing(s, qualifierStart(s, t))
}

// nextTetYear is the year of the Tết to come that the article names
// anywhere ("Tết Sum vầy mừng Xuân Canh Tý 2020 sẽ tổ chức …" in an article of
// November 2019), the year after the article's, 0 if it names none: a
// plan for a Tết with no year of its own is made for that one. Worked out
// once, when a plan first asks.
func (x *articleContext) nextTetYear() int {
	if x.nextTetDone {
		return x.nextTet
	}
	x.nextTetDone = true
	if x.year == 0 {
		return 0
	}
	for _, p := range x.a.Paras {
		low := lower(x.a.Text[p.Start:p.End])
		if !strings.Contains(low, "tết") && !strings.Contains(low, "xuân") {
			continue
		}
		for _, se := range splitSentences(low, 0, len(low)) {
			if tetYear(low[se[0]:se[1]]) == x.year+1 {
				x.nextTet = x.year + 1
				return x.nextTet
			}
		}
	}
	return 0
}

// termParagraph reports a paragraph (lower-cased) that names a congress or
// a term.
func termParagraph(low string) bool {
	return strings.Contains(low, "đại hội") || strings.Contains(low, "nhiệm kỳ")
}

// newTermEnd is the last year of the term that opens in the article's year
// (or the year before or after: a congress held in December, told in
// January), "nhiệm kỳ 2018 – 2023" in a 2018 article; 0 if the article
// names none. Worked out once, when a plan first asks.
func (x *articleContext) newTermEnd() int {
	if x.termDone {
		return x.termEnd
	}
	x.termDone = true
	if x.year == 0 || !strings.Contains(x.a.Text, "hiệm kỳ") {
		return 0
	}
	for i, p := range x.a.Paras {
		if !x.withDigit[i] || !strings.Contains(x.a.Text[p.Start:p.End], "hiệm kỳ") {
			continue
		}
		s := x.paragraph(i)
		ys := findYears(s, 0, 0)
		for len(ys) > 0 {
			start, end := termYears(s, ys)
			if start == 0 {
				break
			}
			if start >= x.year-1 && start <= x.year+1 {
				x.termEnd = end
				return end
			}
			for len(ys) > 0 && !(ys[0].rangeEnd && ys[0].year == end) {
				ys = ys[1:]
			}
			if len(ys) > 0 {
				ys = ys[1:]
			}
		}
	}
	if low := x.a.Text; strings.Contains(low, "hiệm kỳ tới") || strings.Contains(low, "hiệm kỳ mới") {
		// "Nhiệm kỳ tới, … Công đoàn phường còn đặt ra các chỉ tiêu: …"
		// with no years named: the term that opens now runs the statute's
		// five years
		x.termEnd = x.year + unionTermYears
		return x.termEnd
	}
	return 0
}

// unionTermYears is the length of a union body's term under the statute
// of Công đoàn Việt Nam (congresses of every level are held every five
// years): the end of a term that opens in the article's year and whose
// years the article does not name.
const unionTermYears = 5

// countsTurns reports a number that counts turns ("4.200 lượt đoàn viên
// được hỗ trợ"): times something was done, never a stock.
func countsTurns(s *sentence, t int) bool {
	n, ok := ParseNumber(s.low, int(s.toks[t].start))
	return ok && s.word(nextToken(s, t+1, n.End)) == "lượt"
}

// stockShape recognises how a stock of unions and members is written without
// a snapshot cue: "toàn quận có 392 CĐCS với 31.208 đoàn viên", "có 86 công
// đoàn cơ sở … với 31.540 đoàn viên". A flow verb (kết nạp, thành lập, ra
// mắt…) in the clause before makes it a flow instead.
func stockShape(s *sentence, t int) bool {
	unit := func(i int) string { return numberUnit(s, i) }
	unionAt := -1
	switch unit(t) {
	case "union":
		unionAt = t
		if teamsRepresent(s, t) {
			return false // "… có 12 đội thi, đại diện cho 45 CĐCS": the units that took part
		}
		if listedStock(s, t) {
			return true
		}
	case "member":
		for k := t - 1; k >= 0 && k >= t-9; k-- {
			if s.word(k) == "với" && unit(k-1) != "" {
				break
			}
			if unit(k) == "union" {
				unionAt = k
				break
			}
		}
		if unionAt < 0 {
			return false
		}
	default:
		return false
	}
	hasMembers := false
	for k := unionAt + 1; k < len(s.toks) && k <= unionAt+8; k++ {
		if s.word(k) == "với" && (unit(k+1) == "member" || unit(k+2) == "member" || unit(k+3) == "member") {
			hasMembers = true
			break
		}
	}
	if s.word(0) == "hiện" && hasMembers {
		return true // "Hiện LĐLĐ quận quản lý 528 CĐCS với gần 32.000 đoàn viên"
	}
	if foundedNew(s, unionAt) {
		return false
	}
	if !hasMembers && unionAt == t && changeAfter(s, t) {
		// "toàn tỉnh đã có 19/19 CĐ cấp trên đăng ký danh hiệu thi đua",
		// "… có 40 CĐCS tham gia hội thao": what the unions did this year,
		// no stock of them
		return false
	}
	if formedFrom(s, unionAt) {
		return true
	}
	for k := unionAt - 1; k >= 0 && !isClauseMark(s.word(k)); k-- {
		switch s.word(k) {
		case "lập", "nạp", "mắt", "mới", "triển", "thêm", "tăng":
			return false
		case "có", "lý":
			if hasMembers || s.word(k-1) == "toàn" || s.word(k-2) == "toàn" || s.word(k-3) == "toàn" {
				return true
			}
			// "LĐLĐ Thành phố có 126 công đoàn phường, xã": a body's own
			// unions, named right after it
			if slices.ContainsFunc(s.mentions, func(m mention) bool { return m.end == k && !m.object }) {
				return true
			}
		}
	}
	return false
}

// foundedNew reports the unions counted at token t told as new, "mới"
// or "thành lập" right after their noun, before "với", a comma or a
// clause mark ("toàn tỉnh có 11 CĐCS mới được thành lập với 280 đoàn
// viên"): the unions founded and their members, a flow, even after "có";
// only the total they raise ("nâng tổng số … hiện có") is a stock.
func foundedNew(s *sentence, t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+8; k++ {
		switch w := s.word(k); {
		case w == "với" || w == "," || isClauseMark(w) || s.toks[k].kind == tokNumber:
			return false
		case w == "mới" || w == "lập" && s.word(k-1) == "thành":
			return true
		}
	}
	return false
}

// formedFrom reports the units counted at token t as those a body is formed
// from: "Công đoàn phường A được thành lập trên cơ sở (của) 27 CĐCS …" tells
// what it has, not how many it founded, and so does what a new body took
// over ("Sau khi thành lập, Công đoàn phường tiếp nhận 210 CĐCS với …").
func formedFrom(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	return s.phraseBefore(q, "trên cơ sở") || s.phraseBefore(q, "trên cơ sở của") || s.phraseBefore(q, "tiếp nhận")
}

// careerWords are the verbs of where a person works, with the preposition
// after them ("công tác tại", "làm việc ở").
var careerWords = [][2]string{{"công", "tác"}, {"làm", "việc"}}

// careerSpan reports a span opening at token k ("từ năm 1998") in a
// person's career: the sentence says where someone works or worked
// ("công tác tại cơ quan A từ năm 1998", "làm việc ở Công ty B từ năm
// 2010") in the clause before it. It is a date of a life, not a period
// the figures are reported over.
func careerSpan(s *sentence, k int) bool {
	for j := k - 1; j >= 1 && j >= k-15; j-- {
		if w := s.word(j); isClauseMark(w) || w == "," {
			return false
		}
		if w := s.word(j + 1); w != "tại" && w != "ở" {
			continue
		}
		for _, c := range careerWords {
			if s.word(j-1) == c[0] && s.word(j) == c[1] {
				return true
			}
		}
	}
	return false
}

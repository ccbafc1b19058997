package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lddt/unionstats/corpus"
)

// yearMention is a year written in a sentence.
type yearMention struct {
	tok      int
	year     int
	rangeEnd bool // the second year of "2015 – 2020", "2018-2019"
	ranged   bool // the first year of such a range
}

// yearValue returns the year a number token spells ("2020", or the year of a
// full date "02/3/2020" or "2/2020"), 0 if it is no year.
func yearValue(s *sentence, i int) int {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokNumber {
		return 0
	}
	w := s.word(i)
	for j := len(w) - 1; j >= 0; j-- {
		if w[j] == '/' {
			w = w[j+1:]
			break
		}
	}
	return yearWord(w)
}

// yearWord is the year a word of four digits from 1900 to 2100 is, else 0.
func yearWord(w string) int {
	if len(w) != 4 {
		return 0
	}
	y, err := strconv.Atoi(w)
	if err != nil || y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// adjacentNumber reports a number token written right next to another one,
// as in phone numbers ("1900 1234").
func adjacentNumber(s *sentence, i int) bool {
	if i > 0 && s.toks[i-1].kind == tokNumber && s.toks[i-1].end+1 == s.toks[i].start {
		return true
	}
	return i+1 < len(s.toks) && s.toks[i+1].kind == tokNumber && s.toks[i].end+1 == s.toks[i+1].start
}

// lawName reports a year that names a law: "Bộ luật Lao động năm 2019",
// or without "năm", "Luật Công đoàn 2012" (a capital "Luật", the law's
// name opening with a capital, at most four words). A law's year is never
// a reporting year.
func lawName(s *sentence, i int) bool {
	if s.word(i-1) != "năm" {
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if s.toks[k].kind != tokWord {
				return false
			}
			if s.word(k) == "luật" {
				return k < i-1 && capitalAt(s, k) && capitalAt(s, k+1)
			}
		}
		return false
	}
	j := amendedFrom(s, i-2)
	for k := j; k >= 0 && k >= j-3; k-- {
		if s.word(k) == "luật" {
			return true
		}
	}
	return false
}

// amendedFrom is the token at or before j where a law's name ends when
// it is told as amended: "sửa đổi" and "bổ sung" (with "," or "và"
// between) right before "năm" follow the name, "Bộ luật Lao động sửa đổi
// năm 2019", "Luật BHXH sửa đổi, bổ sung năm 2024".
func amendedFrom(s *sentence, j int) int {
	for j > 0 {
		switch w := s.word(j); {
		case w == "đổi" && s.word(j-1) == "sửa", w == "sung" && s.word(j-1) == "bổ":
			j -= 2
		case (w == "," || w == "và") && (s.word(j-1) == "đổi" || s.word(j-1) == "sung"):
			j--
		default:
			return j
		}
	}
	return j
}

// lookedBack reports a year that a report looks back on.
func lookedBack(s *sentence, i int) bool {
	if s.word(i-1) != "năm" {
		return false
	}
	if i == 1 || s.word(i-2) == "trong" || s.word(i-2) == "qua" {
		return true
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if s.word(k) == "kết" && s.word(k-1) == "tổng" {
			return true
		}
	}
	return false
}

// lookedForward reports a year that a report looks forward to.
func lookedForward(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch s.word(k) + " " + s.word(k+1) {
		case "nhiệm vụ", "kế hoạch", "mục tiêu", "sẵn sàng", "hướng tới":
			return true
		}
		switch s.word(k) {
		case "cho", "tới", "đến":
			return true
		}
	}
	return false
}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "đến" }

// findYears lists the years a sentence names. Years that belong to a phone
// number, a law's name ("Bộ luật Lao động năm 2019") or a date that is not a
// reporting cut-off ("có hiệu lực từ ngày 1/1/2021") are left out; "năm nay"
// and "năm trước" count as the article's year and the one before, "năm
// qua" and "năm vừa qua" (after no number: "5 năm qua" is a span) as past,
// the year just ended or ending.
func findYears(s *sentence, articleYear, past int) []yearMention {
	return appendYears(nil, s, articleYear, past)
}

// appendYears appends to out the years findYears lists.
func appendYears(out []yearMention, s *sentence, articleYear, past int) []yearMention {
	n := len(out)
	for i := range s.toks {
		if s.word(i) == "năm" && articleYear != 0 {
			switch s.word(i + 1) {
			case "nay":
				out = append(out, yearMention{tok: i + 1, year: articleYear})
			case "trước", "ngoái":
				out = append(out, yearMention{tok: i + 1, year: articleYear - 1})
			case "qua", "vừa":
				if past != 0 && !spanOfYears(s, i) && (s.word(i+1) == "qua" || s.word(i+2) == "qua") {
					out = append(out, yearMention{tok: i + 1, year: past})
				}
			}
		}
		if s.toks[i].kind != tokNumber {
			continue // yearValue's own first test, without its call for most tokens
		}
		y := yearValue(s, i)
		if y == 0 || adjacentNumber(s, i) || lawName(s, i) || birthYear(s, i) || yearsCounted(s, i) {
			continue
		}
		if strings.Contains(s.word(i), "/") && strings.Count(s.word(i), "/") == 2 {
			if w := s.word(i - 1); s.word(i-2) != "đến" && s.word(i-2) != "hết" && w != "đến" && w != "hết" {
				continue
			}
		}
		if d := dashedDateStart(s, i); d >= 0 {
			if w := s.word(d - 1); s.word(d-2) != "đến" && s.word(d-2) != "hết" && w != "đến" && w != "hết" {
				continue // "Ngày 17-11-2026, …" is a date, as "17/11/2026" is
			}
		}
		m := yearMention{tok: i, year: y}
		if isDash(s.word(i-1)) && yearValue(s, i-2) != 0 {
			m.rangeEnd = true
		}
		if isDash(s.word(i+1)) && yearValue(s, i+2) != 0 {
			m.ranged = true
		}
		out = append(out, m)
	}
	markSpans(s, out[n:], articleYear)
	return out
}

// yearsCounted reports a number of four digits that counts years: "1985
// năm khởi nghĩa Hai Bà Trưng", "1000 năm Thăng Long". Vietnamese writes a
// year after "năm" ("năm 2025"); a number with "năm" and a word after it
// is a duration or an anniversary, whatever its size, never a year.
func yearsCounted(s *sentence, i int) bool {
	return s.word(i+1) == "năm" && i+2 < len(s.toks) && s.toks[i+2].kind == tokWord
}

// yearsCountedAt is yearsCounted on raw text, for the four digits ending
// at byte end of t.
func yearsCountedAt(t string, end int) bool {
	rest := t[end:]
	if !strings.HasPrefix(rest, " năm ") && !strings.HasPrefix(rest, " Năm ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[len(" năm "):])
	return unicode.IsLetter(r)
}

// birthYear reports the year at token i as a person's birth ("Cô Lan
// sinh năm 1988, …", "anh B (sinh năm 1990)"): an age, never the year a
// figure belongs to. "học sinh năm 2024" and "vệ sinh" are other words.
func birthYear(s *sentence, i int) bool {
	k := i - 1
	if s.word(k) == "năm" {
		k--
	}
	if s.word(k) != "sinh" {
		return false
	}
	switch s.word(k - 1) {
	case "học", "vệ", "thí", "phát", "nghiên", "sản":
		return false
	}
	return true
}

// markSpans marks the two years of a span written with words between them
// and its bounds: "từ đầu năm 2018 đến ngày 31/12/2022", "từ tháng 1/2019
// đến hết tháng 6/2021", "năm 2021 và 9 tháng đầu năm 2022". Years a dash joins are marked already; a span that
// starts in the article's year or later (a plan's phase, "từ tháng 6/2022
// đến hết tháng 5/2023") keeps its years as they are.
func markSpans(s *sentence, ys []yearMention, articleYear int) {
	for i := 0; i+1 < len(ys); i++ {
		a, b := &ys[i], &ys[i+1]
		if a.ranged || b.rangeEnd || b.year <= a.year || b.tok-a.tok > 6 || clauseBetween(s, a.tok, b.tok) || (articleYear != 0 && a.year >= articleYear) {
			continue
		}
		if wordWithin(s, "từ", a.tok-4, a.tok) && (wordWithin(s, "đến", a.tok+1, b.tok) || wordWithin(s, "tới", a.tok+1, b.tok)) {
			a.ranged, b.rangeEnd = true, true
		}
		if s.word(a.tok-1) == "năm" && s.word(b.tok-1) == "năm" && wordWithin(s, "và", a.tok+1, b.tok) {
			// "Năm 2021 và 9 tháng đầu năm 2022, …": a report over both
			a.ranged, b.rangeEnd = true, true
		}
		if s.word(a.tok-1) == "năm" && b.tok == a.tok+2 && s.word(a.tok+1) == "và" {
			// "trong 2 năm 2014 và 2015": the two years of one span, as
			// "2014 – 2015" is
			a.ranged, b.rangeEnd = true, true
		}
	}
}

// wordWithin reports the word w among the tokens [from, to).
func wordWithin(s *sentence, w string, from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		if s.word(k) == w {
			return true
		}
	}
	return false
}

// governingYear returns the year of a statement such as "Năm 2022, …",
// "mục tiêu năm 2021, …" or "trong Tháng Công nhân năm 2023, …" that governs
// the sentences after it; "kết quả của năm 2022, …", "so với năm 2021, …" and
// "đến năm 2028, …" govern nothing, nor does "riêng năm 2022, …" (a detail
// inside a longer account). A year that opens its clause without a comma
// governs too: "Nhờ đó, năm 2020 đoàn viên đã ủng hộ …".
func governingYear(s *sentence) int {
	for _, y := range s.years {
		if s.word(y.tok-1) != "năm" || y.ranged || y.rangeEnd {
			continue
		}
		if s.word(y.tok+1) != "," && y.tok-1 != 0 && s.word(y.tok-2) != "," {
			continue
		}
		switch s.word(y.tok - 2) {
		case "của", "với", "hơn", "đến", "tới", "cho", "từ", "riêng":
			continue
		}
		if personStory(s, y.tok) {
			continue // "Năm 2017, chị vào làm công nhân …": one person's past, not the body's
		}
		return y.year
	}
	return 0
}

// explicitYear returns the year written in the sentence for the number at
// token t: the nearest before it, else the first after it; the end of a
// range counts for the range.
func explicitYear(s *sentence, t int) int {
	best := 0
	for _, y := range s.years {
		if y.ranged || y.rangeEnd || spanStart(s, y.tok) || ((y.tok > t || clauseBetween(s, y.tok, t)) && comparisonBase(s, y.tok)) || moreThanYear(s, y.tok) {
			continue
		}
		if y.tok < t {
			best = y.year
			if nowBetween(s, y.tok, t) {
				best = 0 // "thành lập năm 1994 với 12 CĐCS, đến nay quản lý 130 CĐCS"
			}
		} else if best == 0 && y.tok > t && y.tok <= t+8 && !clauseBetween(s, t, y.tok) {
			return y.year
		} else if best == 0 && y.tok > t && (achievementYear(s, t, y.tok) || awardTitleYear(s, t, y.tok) || closingYear(s, t, y.tok)) {
			return y.year
		}
	}
	return best
}

// closingYear reports the year at token y as the one that closes the
// clause of the figure at token t, "năm" before it and the clause's end
// (";", ".", the sentence's end) after it, no clause mark or other year
// between: "biểu dương 8 tập thể và 14 cá nhân tiêu biểu trong học tập,
// rèn luyện, sáng tạo năm 2024;".
// Such a year covers every figure of its clause, the first of a list as
// well as the one nearest to it, and wins over a year that governs from
// an earlier sentence. A year looked forward to ("nhiệm vụ năm 2025",
// "cho năm 2025") closes no figure's clause.
func closingYear(s *sentence, t, y int) bool {
	if s.word(y-1) != "năm" || yearValue(s, y) == 0 || lookedForward(s, y) {
		return false
	}
	switch s.word(y - 2) {
	case "gấp", "lần", "đôi", "hơn", "với":
		return false // "gấp 2 lần năm 2022": the base of a comparison
	}
	if y+1 < len(s.toks) && !isClauseMark(s.word(y+1)) {
		return false
	}
	for k := t + 1; k < y-1; k++ {
		if isClauseMark(s.word(k)) || yearValue(s, k) != 0 || s.word(k) == "năm" || s.word(k) == "để" {
			return false // "để": a purpose's clause, "… để đề nghị tặng Cờ thi đua năm 2023"
		}
		if s.toks[k].kind == tokNumber && s.word(k-1) != "và" && s.word(k-1) != "," {
			// "gặp mặt 40 đoàn viên đại diện cho 72 cá nhân được tuyên
			// dương … năm 2023": a count of its own between, not one
			// the figure's list goes on to
			return false
		}
	}
	return true
}

// achievementWindow is how many tokens after an award's count the year of
// the achievement it rewards may come.
const achievementWindow = 24

// achievementYear reports the year at token y as that of the achievement
// an award's count at token t rewards, told after it in the same clause:
// "khen thưởng 40 tập thể, 35 cá nhân có thành tích xuất sắc trong phong
// trào … năm 2018" at a ceremony in 2019. Only "thành tích" (an
// achievement) between says so; the commas of a list of counts ("40 tập
// thể, 35 cá nhân") do not end the clause.
func achievementYear(s *sentence, t, y int) bool {
	if y > t+achievementWindow {
		return false
	}
	merit := false
	for k := t + 1; k < y; k++ {
		switch w := s.word(k); {
		case isClauseMark(w):
			return false
		case w == ",":
			if k+1 >= len(s.toks) || s.toks[k+1].kind != tokNumber {
				return false
			}
		case w == "thành" && s.word(k+1) == "tích":
			merit = true
		}
	}
	return merit
}

// awardTitleYear reports the year at token y as the one that closes the
// title a count at token t was honoured with: "72 cá nhân được tuyên
// dương “Người tốt, việc tốt” quận A năm 2023". An award verb
// (words.tsv award-verb) comes first, then the title in quotes, whose
// commas are its own, then at most four words (the place that gives it)
// and "năm". Any comma, clause mark or number outside the quotes says no.
func awardTitleYear(s *sentence, t, y int) bool {
	if y > t+achievementWindow || s.word(y-1) != "năm" {
		return false
	}
	verb, quoted, closed := false, false, -1
	for k := t + 1; k < y-1; k++ {
		switch w := s.word(k); {
		case w == "“" || w == "\"" && !quoted:
			if !verb || closed >= 0 {
				return false
			}
			quoted = true
		case w == "”" || w == "\"" && quoted:
			quoted, closed = false, k
		case quoted:
		case w == "," || isClauseMark(w) || s.toks[k].kind == tokNumber:
			return false // another count between: the year is that one's
		case !verb && closed < 0 && s.listBefore(k+1, "award-verb"):
			verb = true
		}
	}
	return closed >= 0 && y-1-closed <= 5
}

// comparisonBase reports the year at token i as the base of a comparison,
// "tăng 45% so với năm 2017", "so với cùng kỳ năm 2017": a figure before it
// is of another year, the one reported on, and so is one after it in
// another clause (one after it in its clause, "So với năm 2021 khi quận
// kết nạp 2.104 đoàn viên", is the base's own).
func comparisonBase(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if w := s.word(k); w == "," || s.toks[k].kind == tokNumber || isClauseMark(w) {
			return false
		}
		if (s.word(k) == "với" && s.word(k-1) == "so") || (s.word(k) == "kỳ" && s.word(k-1) == "cùng") {
			return true
		}
	}
	return false
}

// moreThanYear reports the year at token i as what a comparative measures
// against: "nhiều hơn năm trước 2 nhà", "cao hơn năm 2022 15 triệu
// đồng/nhà" — "hơn" right before "năm". The difference, and the figure
// compared, are of the year reported on, never of the base.
func moreThanYear(s *sentence, i int) bool {
	if s.word(i) == "trước" || s.word(i) == "ngoái" {
		i-- // "năm trước": the mention is its second word
	} else {
		i--
		if s.word(i) != "năm" {
			return false
		}
	}
	return s.word(i-1) == "hơn"
}

// nowBetween reports "đến nay", "hiện nay" or "hiện tại" between tokens
// from and to: what follows is told of the present, not of the year before.
func nowBetween(s *sentence, from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		if w := s.word(k + 1); (w == "nay" && (s.word(k) == "đến" || s.word(k) == "hiện")) || (w == "tại" && s.word(k) == "hiện") {
			return true
		}
	}
	return false
}

// pastThenNow is the year written before token t, not as a range's, with
// "đến nay", "hiện nay" or "hiện tại" after it, before t (nowBetween): the
// past the present is set against, the year a body was founded
// (foundedBefore: "thành lập năm 1994 với 12 CĐCS, đến nay quản lý 130
// CĐCS"); 0 if none. A programme's year ("Thực hiện chương trình … năm
// 2012, đến nay đã có 28/28 …") is the present's own, and a span's start
// ("từ năm 2017 đến nay", "từ đầu năm 2021 đến nay") no such year: the
// span's figures are its own (spanBefore, yearToDate).
func pastThenNow(s *sentence, t int) int {
	past := 0
	for _, y := range s.years {
		if y.tok >= t {
			break
		}
		if !y.ranged && !y.rangeEnd && !wordWithin(s, "từ", y.tok-3, y.tok) && foundedBefore(s, y.tok) && nowBetween(s, y.tok, t) {
			past = y.year
		}
	}
	return past
}

// foundedBefore reports "thành lập" or "ra đời" (founded) before token y
// in its sentence: a year after it is when a body began.
func foundedBefore(s *sentence, y int) bool {
	low := s.low[:s.toks[y].start]
	return strings.Contains(low, "thành lập") || strings.Contains(low, "ra đời")
}

// yearToDate reports "từ đầu năm" (since the start of the year) with no
// year written after it, before token t: "Từ đầu năm đến nay, LĐLĐ quận đã
// thành lập mới 11 CĐCS".
func yearToDate(s *sentence, t int) bool {
	for k := 0; k+3 <= t; k++ {
		if s.word(k) == "từ" && s.word(k+1) == "đầu" && s.word(k+2) == "năm" && yearValue(s, k+3) == 0 {
			return true
		}
	}
	return false
}

// statedYearOf is the latest year s states as reached: after "năm" or in
// a date, not a range's, a span's start nor one looked forward to; 0 if
// none. A current-year phrase of an undated article ("từ đầu năm đến
// nay") is of the latest year stated before it.
func statedYearOf(s *sentence) int {
	best := 0
	for _, y := range s.years {
		if y.ranged || y.rangeEnd || y.year <= best || spanStart(s, y.tok) || lookedForward(s, y.tok) {
			continue
		}
		if s.toks[y.tok].kind != tokNumber || (s.word(y.tok-1) != "năm" && !strings.Contains(s.word(y.tok), "/")) {
			continue
		}
		best = y.year
	}
	return best
}

// spanStart reports the year that opens a span: "từ năm 2018 đến nay".
func spanStart(s *sentence, i int) bool {
	return s.word(i-1) == "từ" || (s.word(i-1) == "năm" && s.word(i-2) == "từ")
}

// monthSpanStart reports the year at token i of a month that opens a span:
// "khai giảng từ tháng 11-2014", "từ tháng 3/2015", "từ tháng 5 năm 2016".
// Like "từ năm 2018" (spanStart) it tells when something began, not the
// year an article reports on.
func monthSpanStart(s *sentence, i int) bool {
	k := i // the month's token: the year's own in "3/2015", one token
	switch w := s.word(i - 1); {
	case strings.Count(s.word(i), "/") == 1:
	case w == "-" || w == "năm":
		k = i - 2
	default:
		return false
	}
	return s.word(k-1) == "tháng" && s.word(k-2) == "từ"
}

func clauseBetween(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if isClauseMark(s.word(k)) || s.word(k) == "," {
			return true
		}
	}
	return false
}

// articleYear is the article's reporting year, from its title and lead: a
// year that a report looks back on ("tổng kết công tác năm 2022", "trong năm
// 2019", "Năm 2023, …") first; then any year they name that is not a year
// looked forward to ("sẵn sàng cho năm 2023", "nhiệm vụ năm 2024"); then the
// year the headline's words in the link name (slugYear); then the
// year of the event's date; else the publication year, when the corpus gives
// one; else the first year of a term the title or lead name (a congress
// opens it), or the lunar year they name; else, when the body states one
// year, that year; else the year of the month the page's address files it
// under (pathYear: "…/201709/…"); else the year the body names most often
// (the years of a term, "nhiệm kỳ 2023 – 2028", only when it names no
// other: a term's last year is not the year reported).
//
// named reports a year the title or lead give (the first two ways).
func articleYear(a *corpus.Article, paragraph func(i int) *sentence) (year int, named, reviewed bool) {
	var plain, dated int
	review := false
	// with a publication date, a year far before it is history, not the
	// year reported on: "kỷ niệm 90 năm Ngày thành lập Đảng (3-2-1930 –
	// 3-2-2020)"
	pub := publishedYear(a)
	near := func(y int) bool { return pub == 0 || (y >= pub-3 && y <= pub+1) }
	for i, p := range a.Paras {
		if p.Kind != corpus.KindTitle && p.Kind != corpus.KindLead {
			continue
		}
		s := paragraph(i)
		review = review || looksBackOnYear(s.low)
		for _, y := range findYears(s, 0, 0) {
			if y.ranged || y.rangeEnd || historyYear(s.text, int(s.toks[y.tok].start)) {
				continue // "Trường … được khởi công xây dựng vào năm 2017": when a thing began, not the year reported
			}
			if p.Kind == corpus.KindLead && atThatEvent(s) && statedAfterFigure(s, y.tok) {
				continue // "… đã trao 250 suất quà …. Trong năm 2024, …" governs what follows it only
			}
			if lookedBack(s, y.tok) {
				return y.year, true, true
			}
			if !lookedForward(s, y.tok) && !spanStart(s, y.tok) && !monthSpanStart(s, y.tok) && plain == 0 && near(y.year) {
				plain = y.year
			}
		}
		for i := range s.toks {
			if yearValue(s, i) != 0 && documentDate(s.text, int(s.toks[i].end)-4) {
				continue // "Nghị quyết số 05-NQ/TU ngày 14-3-2021": when a document was issued
			}
			if strings.Count(s.word(i), "/") == 2 && dated == 0 && !isDash(s.word(i+1)) && !isDash(s.word(i-1)) && near(yearValue(s, i)) {
				dated = yearValue(s, i)
			}
			if dated == 0 && yearValue(s, i) != 0 && dashedDateStart(s, i) >= 0 && near(yearValue(s, i)) {
				dated = yearValue(s, i)
			}
		}
	}
	if plain != 0 {
		return plain, true, false
	}
	if y := slugYear(a.URL); y != 0 && near(y) {
		return y, true, false // the headline's "năm 2018", folded into the link ("…-nam-2018-…")
	}
	if pub != 0 && (dated == 0 || dated == pub) && januaryOf(a) && opensOnDecemberDay(a, paragraph) {
		// "Sáng 31.12, … tổ chức Đại hội …" published on 1 January, under
		// a dateline of that day or none
		return pub - 1, false, false
	}
	if dated != 0 {
		return dated, true, false
	}
	if y := pub; y != 0 {
		if review && earlyInYear(a) {
			return y - 1, false, false // "Hội nghị tổng kết công tác công đoàn" held in January
		}
		return y, false, false
	}
	if len(a.Stamp) >= 4 {
		// " date 2021-04 …" over a page whose title and lead name no
		// year: the date a search tool gives, in the place of the
		// publication date it may be
		if y, err := strconv.Atoi(a.Stamp[:4]); err == nil {
			return y, false, false
		}
	}
	for i, p := range a.Paras {
		if p.Kind == corpus.KindTitle || p.Kind == corpus.KindLead {
			s := paragraph(i)
			if y, _ := termYears(s, findYears(s, 0, 0)); y != 0 {
				return y, true, false // "Đại hội … lần thứ I, nhiệm kỳ 2025 – 2030": the congress opens its term
			}
			if y := lunarYear(s); y != 0 {
				return y, true, false
			}
			if y := unionAnniversary(s); y != 0 {
				return y, true, false
			}
		}
	}
	count, ahead := map[int]int{}, map[int]int{}
	best, termEnd, termStart, bestAhead := 0, 0, 0, 0
	t := a.Text
	for i := 0; i+4 <= len(t); i++ {
		if !isDigit(t[i]) || (i > 0 && isDigit(t[i-1])) || (i+4 < len(t) && isDigit(t[i+4])) {
			continue
		}
		if !isDigit(t[i+1]) || !isDigit(t[i+2]) || !isDigit(t[i+3]) {
			continue // no number of four digits (strconv.Atoi's error, without allocating it)
		}
		y := int(t[i]-'0')*1000 + int(t[i+1]-'0')*100 + int(t[i+2]-'0')*10 + int(t[i+3]-'0')
		if y < 1900 || y > 2100 || historyYear(t, i) || opensRange(t, i+4) || lawYear(t, i) || documentDate(t, i) || yearsCountedAt(t, i+4) {
			continue // "giai đoạn 2010-2015" names its last year, not its first
		}
		if storyYearAt(a, i) {
			continue // "Trước Tết 2017, ngôi nhà của cô bị cháy": a recipient's past, not the year reported
		}
		if closesTerm(t, i) {
			// "chào mừng Đại hội … nhiệm kỳ 2023 – 2028": the years a
			// term will run, not the year reported, unless nothing
			// else names one
			if y > termEnd {
				termEnd, termStart = y, termOpening(t, i)
			}
			continue
		}
		if a := signedSpanStart(t, i); a != 0 {
			// "ký kết quy chế phối hợp giai đoạn 2024 – 2028": an
			// agreement signed for a span is signed, and reported, in
			// its first year; its last year is the one it runs to
			y = a
		}
		if forwardYear(t, i) {
			// "Từ nay đến cuối năm, … triển khai kế hoạch chăm lo Tết
			// Nguyên đán 2017": the year a plan looks to, not the year
			// whose results the body reports, unless it names no other
			ahead[y]++
			if c := ahead[y]; c > ahead[bestAhead] || (c == ahead[bestAhead] && y > bestAhead) {
				bestAhead = y
			}
			continue
		}
		count[y]++
		if c := count[y]; c > count[best] || (c == count[best] && y > best) {
			best = y
		}
	}
	distinct := len(count)
	for y := range ahead {
		if count[y] == 0 {
			distinct++
		}
	}
	if best == 0 {
		best = bestAhead
	}
	if distinct != 1 {
		// no year the body states, or several: the month the page's
		// address files it under ("…/xa-hoi/201709/…"), its publication's
		if y := pathYear(a.URL); y != 0 {
			return y, false, false
		}
	}
	if best == 0 {
		best = termEnd
		if termStart != 0 && (strings.Contains(t, "Đại hội") || strings.Contains(t, "đại hội")) {
			// "Đại hội … đề ra mục tiêu của nhiệm kỳ 2023-2028":
			// the congress opens the term it names, in its first year
			best = termStart
		}
	}
	if best == 0 {
		// no year but history's: the lunar year a caption or the body
		// names ("nhân dịp Tết Quý Mão")
		for i := range a.Paras {
			if y := lunarYear(paragraph(i)); y != 0 {
				return y, false, false
			}
		}
	}
	return best, false, false
}

// unionFounded is the year the Vietnamese trade union was founded (28 July
// 1929), whose anniversaries the papers count.
const unionFounded = 1929

// unionAnniversary returns the year of the anniversary of the union's
// founding that s names, "kỷ niệm 91 năm Ngày thành lập Công đoàn Việt
// Nam" (2020); 0 if none.
func unionAnniversary(s *sentence) int {
	for i := 0; i+5 < len(s.toks); i++ {
		if s.toks[i].kind != tokNumber || s.word(i+1) != "năm" {
			continue
		}
		k := i + 2
		if s.word(k) == "ngày" {
			k++
		}
		if s.word(k) != "thành" || s.word(k+1) != "lập" || s.word(k+2) != "công" || s.word(k+3) != "đoàn" ||
			(s.word(k+4) != "việt" || s.word(k+5) != "nam") && s.word(k+4) != "vn" {
			continue
		}
		n, ok := ParseNumber(s.low, int(s.toks[i].start))
		if ok && !n.Decimal && !n.HasDenom && n.Value >= 1 && n.Value <= 150 {
			return unionFounded + int(n.Value)
		}
	}
	return 0
}

// opensRange reports a dash and another number of four digits at byte i of
// t, past spaces: the year before i opens a range ("2010-2015", "2010 –
// 2015").
func opensRange(t string, i int) bool {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	switch {
	case strings.HasPrefix(t[i:], "-"):
		i++
	case strings.HasPrefix(t[i:], "–"):
		i += len("–")
	default:
		return false
	}
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i+4 <= len(t) && isDigit(t[i]) && isDigit(t[i+1]) && isDigit(t[i+2]) && isDigit(t[i+3]) && (i+4 == len(t) || !isDigit(t[i+4]))
}

// rangeOpensAt gives the byte where the four digits of a range's first
// year start when the year at byte i of t closes a range ("2023 – 2028",
// "2023-2028"), and whether it does.
func rangeOpensAt(t string, i int) (int, bool) {
	j := i
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	switch {
	case strings.HasSuffix(t[:j], "-"):
		j--
	case strings.HasSuffix(t[:j], "–"):
		j -= len("–")
	default:
		return 0, false
	}
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	if j < 4 || !isDigit(t[j-1]) || !isDigit(t[j-2]) || !isDigit(t[j-3]) || !isDigit(t[j-4]) || (j > 4 && isDigit(t[j-5])) {
		return 0, false
	}
	return j - 4, true
}

// closesTerm reports a year at byte i of t that closes the range of a
// term, "nhiệm kỳ 2023 – 2028" (also "nhiệm kì", "Nhiệm kỳ").
func closesTerm(t string, i int) bool {
	j, ok := rangeOpensAt(t, i)
	if !ok {
		return false
	}
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	low := strings.ToLower(t[max(j-len("nhiệm kỳ"), 0):j])
	return strings.HasSuffix(low, "nhiệm kỳ") || strings.HasSuffix(low, "nhiệm kì")
}

// signReach is how many bytes before a range of years signedSpanStart
// reads for a verb of signing (about a dozen words).
const signReach = 80

// signedSpanStart is the first year of a range whose last year is at
// byte i of t when a verb of signing (signHeads) stands before the
// range in its sentence, within signReach bytes ("… ký kết quy chế phối
// hợp hoạt động giai đoạn 2024 – 2028"); 0 otherwise. Read only for the
// four digits of a year.
func signedSpanStart(t string, i int) int {
	start, ok := rangeOpensAt(t, i)
	if !ok {
		return 0
	}
	j := start + 4
	low := sentenceTail(t, start, signReach)
	if !strings.Contains(low, "ký") && !strings.Contains(low, "Ký") {
		return 0
	}
	low = strings.ToLower(low)
	for _, h := range signHeads {
		if strings.Contains(low, h) {
			return yearWord(t[start:j])
		}
	}
	return 0
}

// signHeads are the verbs of signing signedSpanStart looks for ("đăng
// ký", to register, is none).
var signHeads = []string{"ký kết", "ký quy chế", "ký chương trình", "ký thỏa thuận", "ký thoả thuận", "ký giao ước", "ký cam kết", "ký biên bản"}

// termOpening is the year that opens the term whose closing year is at
// byte i of t (closesTerm), 0 if none is written.
func termOpening(t string, i int) int {
	j := i
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	if strings.HasSuffix(t[:j], "–") {
		j -= len("–")
	} else {
		j--
	}
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	if j < 4 {
		return 0
	}
	return yearWord(t[j-4 : j])
}

// termYears returns the first and last years of the first term a sentence
// names by its years, "nhiệm kỳ 2023 – 2028"; 0, 0 if none.
func termYears(s *sentence, ys []yearMention) (int, int) {
	for i, y := range ys {
		if y.ranged && s.word(y.tok-1) == "kỳ" && s.word(y.tok-2) == "nhiệm" && i+1 < len(ys) && ys[i+1].rangeEnd {
			return y.year, ys[i+1].year
		}
	}
	return 0, 0
}

// lunarStems and lunarBranches name the years of the sexagenary cycle
// ("năm Đinh Dậu", "Tết Kỷ Hợi"): a year's stem is its year modulo 10, its
// branch its year modulo 12 (Giáp Tý is 1984, Đinh Dậu 2017).
var (
	lunarStems    = map[string]int{"giáp": 4, "ất": 5, "bính": 6, "đinh": 7, "mậu": 8, "kỷ": 9, "kỉ": 9, "canh": 0, "tân": 1, "nhâm": 2, "quý": 3, "quí": 3}
	lunarBranches = map[string]int{"tý": 4, "tí": 4, "sửu": 5, "dần": 6, "mão": 7, "mẹo": 7, "thìn": 8, "tỵ": 9, "tị": 9, "ngọ": 10, "mùi": 11, "thân": 0, "dậu": 1, "tuất": 2, "hợi": 3}
)

// lunarYear returns the Gregorian year of the first lunar year named in s
// after "năm", "Tết" or "Xuân" ("Tết Kỷ Hợi" is 2019), between 1984 and
// 2043; 0 if none. The end of a lunar year falls early in the next
// Gregorian year: "ngày làm việc cuối cùng năm Kỷ Hợi" is in 2020.
func lunarYear(s *sentence) int {
	word := s.word // the sentence's own tokens: its lower case is not tokenized again
	for i := 1; i+1 < len(s.toks); i++ {
		y := lunarOf(word(i), word(i+1))
		if y == 0 || !lunarHead(s, i) {
			continue
		}
		if word(i-1) == "năm" && (word(i-2) == "cuối" || word(i-2) == "cùng" || word(i-3) == "cuối" || word(i-3) == "cùng") {
			y++ // "cuối năm Đinh Dậu", "ngày cuối cùng trong năm Đinh Dậu"
		}
		return y
	}
	return 0
}

// lunarHead reports the word that names a lunar year before token i:
// "năm", "Tết", "Xuân", also "Tết" with its epithets and "năm mới" ("Tết
// Nguyên đán Quý Mão", "Tết cổ truyền Quý Mão", "Tết cổ truyền dân tộc
// Giáp Thìn", "năm mới Giáp Thìn").
func lunarHead(s *sentence, i int) bool {
	switch s.word(i - 1) {
	case "năm", "tết", "xuân":
		return true
	case "mới":
		return s.word(i-2) == "năm"
	}
	j := i
	for n := 0; n < maxTetEpithet && j > 0; n++ {
		k := tetEpithetBefore(s.word, j)
		if k < 0 {
			break
		}
		j = k
	}
	return j < i && s.word(j-1) == "tết"
}

// maxTetEpithet is how many epithets may stand between "Tết" and the
// name of its lunar year ("Tết cổ truyền dân tộc": two).
const maxTetEpithet = 3

// tetEpithets are the two-word epithets of the lunar new year's "Tết":
// "Tết Nguyên đán", "Tết cổ truyền", "Tết dân tộc", "Tết âm lịch".
var tetEpithets = [][2]string{{"nguyên", "đán"}, {"cổ", "truyền"}, {"dân", "tộc"}, {"âm", "lịch"}}

// tetEpithetBefore returns the index of the first word of the epithet of
// Tết that ends right before token j, -1 if none ends there.
func tetEpithetBefore(word func(int) string, j int) int {
	for _, e := range tetEpithets {
		if word(j-1) == e[1] && word(j-2) == e[0] {
			return j - 2
		}
	}
	return -1
}

// tetEpithetAfter returns the index of the token after the epithets of
// Tết that start at token j ("nguyên đán", "cổ truyền dân tộc"); j if
// none does.
func tetEpithetAfter(word func(int) string, j int) int {
	for n := 0; n < maxTetEpithet; n++ {
		found := false
		for _, e := range tetEpithets {
			if word(j) == e[0] && word(j+1) == e[1] {
				j += 2
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	return j
}

// lawYear reports a year at byte i of t that ends a law's name, "Luật
// Công đoàn 2012", "Bộ luật Lao động năm 2019" (as lawName reads a
// sentence): the law's, never the year an article reports on.
func lawYear(t string, i int) bool {
	before := t[max(i-48, 0):i]
	if !strings.Contains(before, "ậ") && !strings.Contains(before, "Ậ") {
		return false // no "luật" in any case (EqualFold's only two forms of "ậ"): no words to split
	}
	words := strings.Fields(before)
	if n := len(words); n > 0 && strings.EqualFold(words[n-1], "năm") {
		words = words[:n-1]
		for n = len(words); n >= 2 && (strings.EqualFold(words[n-2], "sửa") && strings.TrimSuffix(words[n-1], ",") == "đổi" || strings.EqualFold(words[n-2], "bổ") && words[n-1] == "sung"); n = len(words) {
			words = words[:n-2] // "Bộ luật Lao động sửa đổi năm 2019", as amendedFrom
		}
	}
	for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
		w := words[k]
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
		if strings.EqualFold(w, "luật") {
			return k < len(words)-1 && (w == "Luật" || k > 0 && strings.EqualFold(words[k-1], "bộ"))
		}
	}
	return false
}

// documentDate reports a year at byte i of t that ends the date of a
// document after its number, "Nghị quyết số 05-NQ/TU ngày 14-3-2021",
// "Kế hoạch số 31/KH-LĐLĐ ngày 9/4/2022": when the document was issued,
// not what an article reports on.
func documentDate(t string, i int) bool {
	if i < 0 || i > len(t) {
		return false
	}
	before := t[max(i-48, 0):i]
	if !strings.Contains(before, "à") && !strings.Contains(before, "À") {
		return false // no "ngày" in any case (EqualFold's only two forms of "à"): no words to split
	}
	words := strings.Fields(before)
	n := len(words)
	if n < 2 || !strings.EqualFold(words[n-1], "ngày") && !strings.EqualFold(words[n-2], "ngày") {
		return false
	}
	num := words[n-2]
	if !strings.EqualFold(words[n-1], "ngày") {
		if n < 3 {
			return false
		}
		num = words[n-3] // the day and month a word of their own: "ngày 12-6-2021"
	}
	return strings.Contains(num, "/") && strings.IndexFunc(num, unicode.IsUpper) >= 0
}

// historyYear reports a year at byte i of t that dates a founding or a
// birth ("được thành lập từ năm 1998", "sinh năm 1989"), or that opens a
// span ("triển khai từ năm 1994", "bắt đầu từ năm 2005", "Từ năm 2019 đến
// nay"): history, or where a period starts, never the year an article
// reports on.
func historyYear(t string, i int) bool {
	if i < 2 || t[i-1] != ' ' || t[i-2] != 'm' && t[i-2] != 'M' {
		return false // every head ends with "năm ", of which only "m" and "M" lower to the "m": nothing to lower
	}
	low := strings.ToLower(t[max(i-historyReach, 0):i])
	for _, p := range historyHeads {
		if strings.HasSuffix(low, p) {
			return true
		}
	}
	return false
}

// forwardYear reports the year at byte i of t named in a clause of plan
// (forwardHeads: "kế hoạch", "sẽ", "từ nay đến", "phương hướng") a few
// words before it, in its sentence: "… triển khai kế hoạch chăm lo Tết
// Nguyên đán 2017 cho CNVCLĐ". Read only for the four digits of a year.
func forwardYear(t string, i int) bool {
	low := strings.ToLower(sentenceTail(t, i, forwardReach))
	for _, p := range forwardHeads {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// sentenceTail is the text of t in the reach bytes before byte i, from
// the last sentence or clause mark (".;:!?" or a line break) among them
// on: the words of its sentence that lead up to byte i (signedSpanStart,
// forwardYear).
func sentenceTail(t string, i, reach int) string {
	low := t[max(i-reach, 0):i]
	if k := strings.LastIndexAny(low, ".;:!?\n"); k >= 0 {
		low = low[k+1:]
	}
	return low
}

// forwardHeads open a clause of what is planned; forwardReach is how
// many bytes before a year forwardYear reads (about eight words).
var forwardHeads = []string{"kế hoạch", "sẽ ", "từ nay đến", "phương hướng", "dự kiến"}

const forwardReach = 48

var historyHeads = []string{"thành lập năm ", "thành lập từ năm ", "thành lập vào năm ", "ra đời năm ", "ra đời từ năm ", "ra đời vào năm ", "sinh năm ", "từ năm ",
	// when a building was begun, opened or put to use ("nhà văn hóa … được
	// khởi công xây dựng vào năm 2011, đưa vào sử dụng năm 2013")
	"khởi công năm ", "khởi công vào năm ", "khởi công xây dựng năm ", "khởi công xây dựng vào năm ", "xây dựng vào năm ",
	"khánh thành năm ", "khánh thành vào năm ", "đưa vào sử dụng năm ", "đưa vào sử dụng vào năm "}

// historyReach is how many bytes before a year historyYear reads: the
// longest of historyHeads.
var historyReach = func() int {
	n := 0
	for _, h := range historyHeads {
		n = max(n, len(h))
	}
	return n
}()

// tetYear returns the year of the first Tết that low names with its year:
// "Tết Nguyên đán 2022", "Tết Nguyên đán Nhâm Dần 2022", "Tết Nhâm Dần",
// "Xuân Nhâm Dần"; 0 if none. A year may stand up to three words after
// "Tết (Nguyên đán)", as after a lunar name spelt wrong ("Tết Nhân Dần
// 2022").
func tetYear(low string) int {
	if !strings.Contains(low, "tết") && !strings.Contains(low, "xuân") {
		return 0
	}
	toks := tokenize(low)
	word := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return low[toks[i].start:toks[i].end]
	}
	for i := range toks {
		if w := word(i); w != "tết" && w != "xuân" {
			continue
		}
		j := tetEpithetAfter(word, i+1) // "Tết Nguyên đán", "Tết cổ truyền"
		for k := j; k < j+4 && k < len(toks); k++ {
			if toks[k].kind == tokNumber {
				if y, err := strconv.Atoi(word(k)); err == nil && len(word(k)) == 4 && y >= 1984 && y < 2044 {
					return y
				}
				break
			}
			if toks[k].kind != tokWord {
				break
			}
		}
		if y := lunarOf(word(j), word(j+1)); y != 0 {
			return y
		}
	}
	return 0
}

// lunarOf returns the Gregorian year, between 1984 and 2043, of the lunar
// year a stem and a branch name ("nhâm", "dần": 2022), 0 if they name none
// (a stem and a branch of different parity name no year).
func lunarOf(stem, branch string) int {
	st, ok := lunarStems[stem]
	br, ok2 := lunarBranches[branch]
	if !ok || !ok2 {
		return 0
	}
	for y := 1984; y < 2044; y++ {
		if y%10 == st && y%12 == br {
			return y
		}
	}
	return 0
}

// yearReviews are the phrases of a title or lead that look back on a whole
// year without naming it: held early in a year, such a review reports the
// year before.
var yearReviews = []string{"tổng kết công tác", "tổng kết hoạt động", "tổng kết năm", "năm qua", "năm vừa qua", "năm cũ"}

func looksBackOnYear(low string) bool {
	for _, p := range yearReviews {
		for at := 0; at < len(low); {
			i := indexRare(low[at:], p)
			if i < 0 {
				break
			}
			i += at
			at = i + len(p)
			if wordStart(low, i) && wordEnd(low, at) && !(strings.HasPrefix(p, "năm") && spanWord(wordBefore(low, i))) {
				return true
			}
		}
	}
	return false
}

// spanOfYears reports a "năm" at token i that a number or a plural word
// precedes ("5 năm qua", "những năm qua", "nhiều năm qua"): a span of
// years, not the year just ended.
func spanOfYears(s *sentence, i int) bool {
	return i > 0 && (s.toks[i-1].kind == tokNumber || inList("span-count", s.word(i-1)))
}

// spanWord reports a word (of lower-case text) that makes the "năm" after
// it a span of years: a number or a span-count word.
func spanWord(w string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9' || inList("span-count", w))
}

// wordBefore is the word of low that ends just before byte i, past spaces.
func wordBefore(low string, i int) string {
	end := i
	for end > 0 && low[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(low[:start])
		if !isWordRune(r) {
			break
		}
		start -= n
	}
	return low[start:end]
}

// earlyInYear reports an article published in the first quarter, when a
// year's results are reviewed.
func earlyInYear(a *corpus.Article) bool {
	return len(a.Published) >= 7 && a.Published[4] == '-' && a.Published[5:7] <= "03"
}

// januaryOf reports an article published in January.
func januaryOf(a *corpus.Article) bool {
	return len(a.Published) >= 7 && a.Published[4] == '-' && a.Published[5:7] == "01"
}

// openingParas is how many paragraphs (no title, no caption)
// opensOnDecemberDay reads: the lead and the story's first paragraph.
const openingParas = 2

// opensOnDecemberDay reports a lead or first paragraph that opens on a
// day of December, with no year ("Sáng 31.12, …", "Ngày 30/12, …",
// "Chiều 29 tháng 12, …"): told in January, the event it reports fell in
// the year before.
func opensOnDecemberDay(a *corpus.Article, paragraph func(i int) *sentence) bool {
	read := 0
	for i, p := range a.Paras {
		if p.Kind != corpus.KindLead && p.Kind != corpus.KindBody {
			continue
		}
		if read++; read > openingParas {
			return false
		}
		s := paragraph(i)
		k := 0
		if inList("day-part", s.word(0)) {
			k = 1
		}
		if decemberDay(s, k) {
			return true
		}
	}
	return false
}

// decemberDay reports a day of December with no year at token k: "31.12",
// "31/12" or "31 tháng 12", followed by a comma.
func decemberDay(s *sentence, k int) bool {
	w := s.word(k)
	if len(w) >= 4 && len(w) <= 5 && (strings.HasSuffix(w, ".12") || strings.HasSuffix(w, "/12")) && isDigit(w[0]) && isDigit(w[len(w)-4]) {
		return s.word(k+1) == ","
	}
	return len(w) <= 2 && w != "" && isDigit(w[0]) && s.word(k+1) == "tháng" && s.word(k+2) == "12" && s.word(k+3) == ","
}

// pastYear is the year "năm qua" names in an article: the year its title
// or lead name (named), else the year before its publication when it was
// published in the first quarter, else the year of publication; the
// article's year when the corpus gives no date. Early in a year, a year
// the title or lead name without looking back on it (reviewed: "tổng kết
// công tác năm 2019", "trong năm 2019") that is not before the
// publication's is the year of the plans the article sets out ("Năm qua,
// … vượt chỉ tiêu … Năm 2020, … phấn đấu …" in January 2020): the past
// year is still the one before.
func pastYear(a *corpus.Article, year int, named, reviewed bool) int {
	y := publishedYear(a)
	switch {
	case y == 0 || reviewed:
		return year
	case named && !(earlyInYear(a) && year >= y):
		return year
	case earlyInYear(a):
		return y - 1
	}
	return y
}

// publishedYear is the year of the article's publication date, 0 if the
// corpus gives none.
func publishedYear(a *corpus.Article) int {
	if len(a.Published) >= 4 {
		if y, err := strconv.Atoi(a.Published[:4]); err == nil {
			return y
		}
	}
	return 0
}

// dashedDateStart is the first token of the date written with dashes and
// no spaces ("17-11-2026", "2026-11-17", dashedDate) whose year is token i,
// or -1 when token i is no such year: such a date is read as one written
// with slashes is, not as a year the sentence names.
func dashedDateStart(s *sentence, i int) int {
	if yearValue(s, i) == 0 || !dashedDate(s.low, int(s.toks[i].start)) {
		return -1
	}
	if isDash(s.word(i + 1)) {
		return i // "2026-11-17"
	}
	return max(i-4, 0) // "17-11-2026"
}

// statedAfterFigure reports a year at token i that opens a later sentence of
// a paragraph read whole ("Năm 2024, …", "Trong năm 2024, …", "Cũng trong
// năm 2024, …") after a sentence of the paragraph that gave a figure of its
// own ("… đã trao 250 suất quà …. Trong năm 2024, các cấp công đoàn …"): a
// governing statement, which governs the sentences after it and not the
// figure told before it. articleYear asks it of a lead that opens at the
// event the article reports ("Tại chương trình, …", atThatEvent): the
// event's figures are of its own time, and the year looked back on after
// them is background, not the article's reporting year (a lead that opens
// on a stock, "Hiện tại, … quản lý 36 CĐCS …. Trong năm 2017, …", reports
// on that year).
func statedAfterFigure(s *sentence, i int) bool {
	k := i - 1 // "năm"
	if s.word(k) != "năm" {
		return false
	}
	if s.word(k-1) == "trong" {
		k--
	}
	if s.word(k-1) == "cũng" {
		k--
	}
	if s.word(k-1) != "." || s.word(i+1) != "," {
		return false
	}
	for j := 0; j < k-1; j++ {
		if countedFigure(s, j) {
			return true
		}
	}
	return false
}

// countedFigure reports a number at token j that counts something (a
// number followed by a word, "250 suất quà", "200 triệu đồng"), not a year,
// a date ("15/1") or a day or an ordinal ("ngày 15", "lần thứ 5").
func countedFigure(s *sentence, j int) bool {
	if s.toks[j].kind != tokNumber || j+1 >= len(s.toks) || s.toks[j+1].kind != tokWord {
		return false
	}
	w := s.word(j)
	if strings.ContainsAny(w, "/") || len(w) == 4 && yearValue(s, j) != 0 {
		return false
	}
	switch s.word(j - 1) {
	case "ngày", "tháng", "sáng", "chiều", "tối", "trưa", "thứ", "lần", "khóa", "khoá":
		return false
	}
	return true
}

// slugYear is the year a link's words name after "nam" ("năm" folded:
// "…/ket-qua-dat-duoc-nam-2018-1125.html"), as its headline does; 0 if
// none, if a second year follows it ("nam-2019-2020", a school year or a
// span), if it is looked forward to as lookedForward reads a title
// ("trien-khai-nhiem-vu-nam-2023") or if the link names two different
// years so.
func slugYear(link string) int {
	found := 0
	for _, words := range slugWords(link) {
		for i := 1; i < len(words); i++ {
			y := slugYearWord(words[i])
			if y == 0 || words[i-1] != "nam" {
				continue
			}
			if i+1 < len(words) && slugYearWord(words[i+1]) != 0 || slugForward(words[max(0, i-5):i-1]) {
				continue
			}
			if found != 0 && found != y {
				return 0
			}
			found = y
		}
	}
	return found
}

// slugYearWord is the year a word of four digits from 1990 to 2100 is
// (yearWord's, from 1990 on), else 0.
func slugYearWord(w string) int {
	if y := yearWord(w); y >= 1990 {
		return y
	}
	return 0
}

// slugForward reports folded words before "nam YYYY" that look forward to
// the year, as lookedForward's do in a sentence.
func slugForward(words []string) bool {
	for k, w := range words {
		switch w {
		case "cho", "toi", "den":
			return true
		}
		if k+1 < len(words) {
			switch w + " " + words[k+1] {
			case "nhiem vu", "ke hoach", "muc tieu", "san sang", "huong toi":
				return true
			}
		}
	}
	return false
}

// pathYear is the year of a segment of a link's path that files the page
// under its month or day, "/201709/", "/20170912/", or "/2017/09/": the
// publication's year, 0 if no segment is one. A run of digits inside a
// slug, an article number or a query gives none.
func pathYear(link string) int {
	if i := strings.IndexAny(link, "?#"); i >= 0 {
		link = link[:i]
	}
	if i := strings.Index(link, "://"); i >= 0 {
		link = link[i+3:]
	}
	segs := strings.Split(link, "/")
	for i := 1; i < len(segs); i++ { // segs[0] is the host
		seg := segs[i]
		if !allDigits(seg) {
			continue
		}
		switch {
		case len(seg) == 6 || len(seg) == 8:
			if y := slugYearWord(seg[:4]); y != 0 && validMonth(seg[4:6]) {
				return y
			}
		case len(seg) == 4 && i+1 < len(segs) && len(segs[i+1]) == 2 && allDigits(segs[i+1]):
			if y := slugYearWord(seg); y != 0 && validMonth(segs[i+1]) {
				return y
			}
		}
	}
	return 0
}

// validMonth reports two digits from 01 to 12.
func validMonth(m string) bool {
	return len(m) == 2 && (m[0] == '0' && m[1] >= '1' && m[1] <= '9' || m[0] == '1' && m[1] >= '0' && m[1] <= '2')
}

// personStory reports the year at token y of s in one person's story: the
// clause it opens (to ";" or the sentence's end) names one person
// (individualAt: "chị", "cô", "anh" …, "tôi"; not "các em", "chị em"),
// and the sentence names no union body, activity or member and no word of
// aid or of receiving it. "Năm 2017, chị vào làm công nhân tại Công ty A"
// and "Trước Tết 2017, ngôi nhà của cô bị cháy" tell a worker's or a
// recipient's past: the year governs no figure of the union's after it and
// is not the year the article reports. "Năm 2023, chị được hỗ trợ …" (aid)
// and "Năm 2023, Công đoàn trao cho chị …" (a union body) stay.
func personStory(s *sentence, y int) bool {
	if s.unionWord || len(s.unionToks) > 0 {
		return false
	}
	person := false
	for k := y + 1; k < len(s.toks); k++ {
		w := s.word(k)
		if w == ";" {
			break
		}
		if (inList("aid", w) && (w != "cấp" || s.toks[min(k+1, len(s.toks)-1)].kind != tokNumber)) || w == "nhận" || w == "tặng" || w == "trao" {
			return false // ("nhà cấp 4" is a house's grade, no grant)
		}
		if c := s.cueOf(k); c != nil && c.relevance == signalMember {
			return false
		}
		person = person || individualAt(s, k)
	}
	return person
}

// personWords are the words individualAt takes for one person (its
// switch lists them again: a change to one is a change to both).
var personWords = [...]string{"tôi", "chị", "anh", "bà", "ông", "cô", "chú", "em"}

// personWordIn reports whether t holds one of personWords as a whole word,
// in any case: what personStory needs after the year, checked on bytes
// before its sentence is tokenized.
func personWordIn(t string) bool {
	for len(t) > 0 {
		k := strings.IndexFunc(t, unicode.IsLetter)
		if k < 0 {
			return false
		}
		t = t[k:]
		e := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
		if e < 0 {
			e = len(t)
		}
		if w := t[:e]; len(w) <= 5 { // "chị" is five bytes, the longest
			for _, p := range personWords {
				if strings.EqualFold(w, p) {
					return true
				}
			}
		}
		t = t[e:]
	}
	return false
}

// storyYearAt reports the year at byte i of a's text in one person's story
// (personStory), its sentence read as relevance reads a heading
// (signalled). Only articleYear's count of the body's years asks, for the
// few articles whose title, lead and date name no year.
func storyYearAt(a *corpus.Article, i int) bool {
	for _, p := range a.Paras {
		if i < p.Start || i >= p.End {
			continue
		}
		end := p.End
		if k := strings.IndexByte(a.Text[i:end], ';'); k >= 0 {
			end = i + k // personStory reads no further than the clause's ";"
		}
		if !personWordIn(a.Text[i:end]) {
			return false // no word individualAt can take after the year: no sentence need be read
		}
		for _, se := range splitSentences(a.Text, p.Start, p.End) {
			if i < se[0] || i >= se[1] {
				continue
			}
			s := signalled(a.Text[se[0]:se[1]])
			for k, tok := range s.toks {
				if int(tok.start) == i-se[0] {
					return personStory(s, k)
				}
			}
			return false
		}
		return false
	}
	return false
}

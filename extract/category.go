package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
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
//  8. the default of its unit (đoàn viên → membership, suất quà → welfare…),
//     for money and goods, the title's category first.
//
// Before all but a cue of representation or culture (a workers' conference,
// a contest), the people who attend a meeting are other (attendees).
//
// Around the steps stand the rules of what a figure is whatever its cues
// say: a sum collected (fundraised) and the sums of a list of contributors
// after a verb of collecting (collectedBefore) are finance; the Party's
// candidates and admissions are other (partyNoun, partySentence); the
// recipients of an award are emulation, whatever their own phrase says they
// did (awarded), and so are the figures of a sentence naming an award
// (namedAward); those who take part in an event take its category
// (participants); a union's own workforce and units are membership
// (ownStock).
func categoryOf(s *sentence, na numberAt, unit, noun, period string, after int, x *articleContext) string {
	if housingBuilt(s, na, unit) {
		return "welfare"
	}
	c := cueCategory(s, na, unit, noun, period, after, x)
	if c == "emulation" && (unit == "person" || unit == "member") && chosenDelegates(s) {
		// "chào mừng 300 đại biểu chính thức là cán bộ, đoàn viên tiêu
		// biểu trong tỉnh, đại diện cho gần 120 nghìn đoàn viên": the congress's
		// delegates, chosen, not awarded; they are its headcount (other),
		// the members they stand for its membership
		if unit == "member" {
			return "membership"
		}
		return "other"
	}
	if c == "emulation" && unit == "member" && representedVoice(s, qualifierStart(s, na.tok)) && !s.lowHolds(awardPhrasesHeld) {
		// "các đại biểu ưu tú, đại diện mang tâm tư, ý chí của hơn 60
		// nghìn đoàn viên": the members the delegates voice, not
		// the delegates chosen
		return "membership"
	}
	if c == "culture" && contestKind(s) == "training" && !artNamed(s) {
		// "Tham gia hội thi có 45 thí sinh …, góp phần đào tạo …": the bare
		// "hội thi" nearest the count is of the contest of knowledge its
		// own sentence tells, when it names no art or sport of its own
		return "training"
	}
	if (c == "other" || c == "culture") && x.contest != "" && contestTold(s) {
		// "Hội thi thu hút 37 đội …", "Ban Tổ chức đã chọn 3 đơn vị đạt
		// giải …" after "Hội thi tuyên truyền …", "cuộc thi trực tuyến":
		// the entrants and prizes of the article's contest of knowledge;
		// "… 25 đội tham gia thi" after "hội thi Giọng hát công nhân …",
		// those of its contest of art
		return x.contest
	}
	if c == "emulation" && prizesCounted(s, na) && (x.titleCategory() == "culture" || namesCategory(s, "culture")) {
		// "trao 21 giải cho các VĐV có thành tích xuất sắc" at a
		// hội thao: the prizes of a sports or art event are of the event,
		// not an award of emulation
		return "culture"
	}
	if (c == "welfare" || c == "other") && x.paraContest != "" && contestTold(s) {
		// "… hội thi do LĐLĐ quận A tổ chức. … các đội được hỗ trợ 150.000
		// đồng", "Ban tổ chức đã trao 20 giải": the support and prizes of
		// the contest the paragraph told of are of its kind
		return x.paraContest
	}
	return c
}

// prizesCounted reports a count of prizes: "giải" (or "giải thưởng")
// right after the number, not "giải pháp" (initiatives) or "giải ngân"
// (disbursements).
func prizesCounted(s *sentence, na numberAt) bool {
	if s.word(na.next) != "giải" {
		return false
	}
	switch s.word(na.next + 1) {
	case "pháp", "ngân", "quyết", "trình":
		return false
	}
	return true
}

// namesCategory reports a cue of category c in s, outside names.
func namesCategory(s *sentence, c string) bool {
	for k := range s.toks {
		if s.cues[k] != 0 && !s.covered[k] && s.cueOf(k).category == c && !inName(s, k) {
			return true
		}
	}
	return false
}

// contestKind is the category of the contest sentence s names with its
// kind: "training" for a contest of knowledge or propaganda ("Hội thi
// tuyên truyền …", "cuộc thi tìm hiểu pháp luật", "thi trực tuyến"),
// "culture" for one of art or sport ("Hội thi văn nghệ"), "" if it names
// none so.
//
// A sentence about a contest named by "hội thi" alone that tells its aim
// in a training cue ("Hội thi … mang ý nghĩa giáo dục truyền thống", "…
// nâng cao hiểu biết về …") and names no kind of art or sport is of a
// contest of knowledge too.
func contestKind(s *sentence) string {
	if !s.contests {
		return "" // no cue of either category: said without reading the tokens
	}
	kind := ""
	bare, taught := false, false
	for k := range s.toks {
		if s.cues[k] == 0 || s.covered[k] {
			continue
		}
		c := s.cueOf(k)
		if c.category == "training" && wordWithin(s, "thi", k, int(s.cueEnd[k])) {
			return "training"
		}
		taught = taught || c.category == "training"
		if c.category == "culture" && bareContest(s, k) {
			bare = true
		} else if c.category == "culture" {
			kind = "culture"
		}
	}
	if kind != "" && !wordWithin(s, "thi", 0, len(s.toks)) {
		return ""
	}
	if kind == "" && taught && (bare || plainContest(s)) {
		return "training"
	}
	return kind
}

// namedContestKind is the category of a contest whose name holds its kind,
// a cue of training or culture with "thi" in it ("hội thi tìm hiểu", "thi
// an toàn vệ sinh viên", "thi đấu"), not a bare "hội thi"; "" if s names
// none so.
func namedContestKind(s *sentence) string {
	if !s.contests {
		return ""
	}
	for k := range s.toks {
		if s.cues[k] == 0 || s.covered[k] || bareContest(s, k) {
			continue
		}
		if c := s.cueOf(k); (c.category == "training" || c.category == "culture") && wordWithin(s, "thi", k, int(s.cueEnd[k])) {
			return c.category
		}
	}
	return ""
}

// artNamed reports a cue of culture in s that is not a bare "hội thi"
// ("văn nghệ", "bóng đá", "thi đấu").
func artNamed(s *sentence) bool {
	for k := range s.toks {
		if s.cues[k] != 0 && !s.covered[k] && s.cueOf(k).category == "culture" && !bareContest(s, k) {
			return true
		}
	}
	return false
}

// plainContest reports "cuộc thi" that no category cue holds ("cuộc thi
// viết"): a contest named without its kind, as a bare "hội thi" is.
func plainContest(s *sentence) bool {
	for k := 1; k < len(s.toks); k++ {
		if s.word(k) == "thi" && s.word(k-1) == "cuộc" && !s.covered[k-1] && (s.cues[k-1] == 0 || s.cueOf(k-1).category == "") {
			return true
		}
	}
	return false
}

// bareContest reports the cue "hội thi" alone at token k.
func bareContest(s *sentence, k int) bool {
	return s.word(k) == "hội" && s.word(k+1) == "thi" && s.cueEnd[k] == int32(k+2)
}

// contestTold reports a sentence that tells of a contest's entrants or
// prizes ("thí sinh", "dự thi", "đội thi", "Hội thi …", "đạt giải") and
// names no kind of contest of its own.
func contestTold(s *sentence) bool {
	told := false
	for k := range s.toks {
		switch s.word(k) {
		case "thi", "thí":
			told = told || s.word(k+1) != "đua" // "Cụm thi đua", "phong trào thi đua": emulation, no contest
		case "giải":
			j := k - 1
			if s.toks[max(j, 0)].kind == tokNumber {
				j-- // "trao 20 giải": the prizes counted
			}
			told = told || inList("prize-verb", s.word(j)) // "đạt giải", "chấm giải"
		}
	}
	return told && contestKind(s) == ""
}

// cueCategory is the category the cues around a number give it.
func cueCategory(s *sentence, na numberAt, unit, noun, period string, after int, x *articleContext) string {
	q := categoryQuery{s: s, na: na, unit: unit, after: after}
	if unit == "vnd" && (fundraised(s, na) || sentIn(s, na.tok) || driveShare(s, na) || disbursed(s, na) || driveRaised(s, na)) {
		return "finance"
	}
	if (unit == "vnd" || unit == "percent") && givenToFund(s, na) {
		// "trao bảng tượng trưng hỗ trợ Quỹ phòng chống dịch … 1 tỷ đồng",
		// "ủng hộ 300 triệu đồng cho Quỹ Vì người nghèo": a sum given to a
		// fund is the fund's (the contract: quỹ, vận động ủng hộ), whatever
		// the fund is for; so is the share of a plan such a drive reached
		// ("vận động ủng hộ Quỹ Mái ấm đạt 105%")
		return "finance"
	}
	if unit == "vnd" && s.word(na.next) == "/" && levyListed(s, na.tok) {
		// "cam kết trích 1.000 đồng/chiếc khẩu trang vải, 100 đồng/chiếc
		// khẩu trang y tế bán ra": a levy set aside on each thing sold,
		// for a fund (the contract: quỹ)
		return "finance"
	}
	if unit != "vnd" && unit != "percent" && raisesFundAfter(s, na.next) {
		// "thu hút 5 triệu người dùng; 1.000 doanh nghiệp tham gia; tiêu
		// thụ 5 triệu khẩu trang …, qua đó gây quỹ hỗ trợ 1.000 trường
		// hợp": who and what a fund-raising drive counts are the drive's
		// (those the fund then helps, after it, stay welfare)
		return "finance"
	}
	if (unit == "item" || unit == "gift") && receivedRightBefore(s, na.tok) && x.passedOn(s, na.tok) {
		return "welfare"
	}
	if unit != "percent" && receivedGift(s, na.tok, unit) {
		return "finance"
	}
	if unit == "vnd" && channelled(s, na.tok) {
		return "finance"
	}
	if partyNoun(unit, noun) || unit == "percent" && delegatesVote(s, na.next) || unit == "person" && committeeSize(s, na.tok) {
		return "other"
	}
	if (recipients(unit) || unit == "household") && proposedForAward(s, na.tok) {
		return "emulation"
	}
	if luckyDraw(s) && unit != "percent" {
		// "534 công nhân đã nhận các giải thưởng … trong chương trình quay
		// số may mắn": a draw's prizes and winners are a gift, not an award
		return "welfare"
	}
	if helpsPeople(s, na.tok, unit) {
		// "tặng 100 triệu đồng, 62 chiếc cặp … nhằm giúp giáo viên và học
		// sinh có thêm điều kiện học tập": the gift helps people, whatever
		// the purpose names
		return "welfare"
	}
	if unit == "vnd" && sourceAfter(s, na) {
		// "Mỗi phần quà trị giá 500.000 đồng, được trích từ quỹ công đoàn
		// cơ sở …", "Tổng kinh phí quà Tết hơn 60 triệu đồng, do cán bộ
		// công đoàn quyên góp": what the sum is worth is told before it,
		// where it came from after
		if c := q.beforeSource(noun, x); c != "" {
			return c
		}
	}
	if period == PeriodSnapshot && representedStock(s, na.tok, unit) {
		// "300 đại biểu, đại diện cho 1.100 công đoàn cơ sở và hơn 250
		// nghìn đoàn viên", "133 đại biểu đại diện hơn 3.200 cán bộ, đoàn
		// viên - lao động": the unions and the workforce a congress's
		// delegates stand for are the body's own stock, as its members are
		return "membership"
	}
	if (unit == "member" || unit == "person") && representedSelection(s, na.tok) && !s.lowHolds(awardPhrasesHeld) {
		// "… 80 công nhân về dự, đại diện cho 2.500 đoàn viên tiêu
		// biểu của các khu công nghiệp": those the guests stand for are the
		// event's, and "tiêu biểu" with no award only says who was chosen
		if c := x.titleCategory(); c != "" {
			return c
		}
	}
	if unit == "percent" {
		if c := q.countWith(); c != "" {
			return c // "đạt 185,4% chỉ tiêu kế hoạch đề ra với 52.310 sáng kiến"
		}
	}
	if (unit == "member" || unit == "person") && trainees(s, na.tok, 0) {
		// "mở lớp tập huấn về hòa giải tranh chấp lao động cho 64 hòa giải
		// viên và 310 cán bộ": those a class is held for are trained, whatever topic
		// of representation it teaches
		return "training"
	}
	if (unit == "member" || unit == "person" || unit == "household") && giftTo(s, na.tok) {
		// "trao quà cho 28 đoàn viên … đang vay vốn của Quỹ": whom a gift
		// goes to; what the clause says they do is no activity of the union
		return "welfare"
	}
	// the steps in order, each asked only when those before found nothing
	c := q.ownPhrase()
	if (c == "culture" || c == "training" || c == "representation" || c == "other") && recipients(unit) && awarded(s, na.tok) {
		// "khen thưởng 34 tập thể và 7 cụm thi đua tổ chức tốt hội thi": the
		// phrase says why, the award what
		c = "emulation"
	}
	if c == "emulation" && unit == "gift" && giftNamed(s, na.next) {
		// "trao 40 phần quà Tết cho công nhân khó khăn, công nhân tiêu
		// biểu": a gift stays welfare whoever receives it; only an award
		// (bằng khen, giấy khen, danh hiệu) makes its recipients'
		// emulation word win
		c = "welfare"
	}
	if c == "emulation" && (unit == "person" || unit == "member") && q.selectedEntrants() {
		// "1.400 vận động viên tiêu biểu, xuất sắc … đã tham gia Ngày hội
		// Văn hóa - Thể thao": who was chosen to take part, not an award
		c = "culture"
	}
	if c == "welfare" && recipients(unit) && awardedRight(s, na.tok) {
		// "tuyên dương, khen thưởng 60 cháu học sinh giỏi là con đoàn viên":
		// members' children awarded for their results (a scholarship,
		// "trao 60 suất học bổng", counts no recipients and stays welfare)
		c = "emulation"
	}
	if c == "other" && unit == "event" && q.bareProgramme() {
		// "hội diễn có 900 đoàn viên … trình diễn 14 chương trình", "Dịp
		// Tết, … đã tổ chức 230 chương trình": a programme
		// named by its noun alone is of the kind its sentence names
		if b := q.before(); b == "welfare" || b == "culture" {
			c = b
		} else if b == "" {
			// "Cụ thể, 3 chương trình được tổ chức ở các tỉnh phía Bắc" under
			// "Sẽ tổ chức 7 Chương trình Tết Sum vầy …": the programmes the
			// headline names
			if t := x.titleCategory(); t == "welfare" || t == "culture" {
				c = t
			}
		}
	}
	if c == "" && unit == "item" {
		c = q.listDestination()
	}
	if c == "" {
		var other bool
		if c, other = q.beforeWhere(); other {
			// "… tham gia học tập, nâng cao tay nghề; có ít nhất 90%
			// CĐCS … thực hiện quy chế dân chủ": a cue past ";" is of
			// another part of the sentence; the figure's own clause,
			// after it, names what it is when it names anything
			if r := q.restOfPart(); r != "" {
				c = r
			}
		}
	}
	if c == "" {
		c = q.restOfClause()
	}
	if c != "emulation" && unit == "count" && s.word(na.next) == "công" && s.word(na.next+1) == "trình" && emulationBefore(s, na.tok) {
		// "Qua phát động thi đua, 68 CĐCS thực hiện 121 công trình, tập
		// trung vào các chương trình …": the works of the emulation
		// drive the sentence opens on, whatever the works are about
		c = "emulation"
	}
	if c != "representation" && c != "culture" && c != "membership" && attendees(s, na.tok, unit) {
		// (those who join at a founding meeting, "tại hội nghị có 45
		// công nhân viết đơn xin gia nhập tổ chức công đoàn", are its
		// result)
		return "other"
	}
	if c == "membership" && unit == "person" && partySentence(s) {
		return "other" // "… cho Đảng xem xét, kết nạp 5.210 người": the Party's admission
	}
	if c == "welfare" && loanNamed(s, na.tok) && supportOnly(s, na.tok) {
		// "Qua 3 đợt giải ngân, quỹ hỗ trợ 64 đoàn viên … với số tiền
		// gần 1,9 tỉ đồng": the support a loan fund gives is its loans
		return "finance"
	}
	if c != "" {
		return c
	}
	if unit == "vnd" && collectedBefore(s, na.tok) {
		return "finance" // "đóng góp số tiền lớn như LĐLĐ huyện A gần 150 triệu đồng, …"
	}
	if namedAward(s) {
		return "emulation"
	}
	if (unit == "member" || unit == "person" || unit == "union") && participants(s, na, after) {
		// those who take part in the article's event: the event's category
		if c = x.titleCategory(); c == "" {
			c = q.mostFrequentInPart()
		}
		if c == "" {
			// "hơn 2.400 đoàn viên … đã có mặt tham dự chương trình.
			// Không khí Chợ Tết …, những ngày giáp Tết": a title with no
			// cue; the paragraph's own recurrent cue tells the event
			c = q.paragraph()
		}
		if c != "" {
			return c
		}
	}
	if (unit == "member" || unit == "union") && eventJoined(s, after) {
		// "240 đoàn viên của 18 công đoàn cơ sở tham gia giải chạy":
		// members and unions taking part in an event are its
		// participants, and do not grow
		if c = x.titleCategory(); c != "" {
			return c
		}
	}
	// members and unions without a cue of their own are membership figures,
	// and so is a body's own workforce and units ("hiện có 18.340 CNVCLĐ,
	// trong đó nữ 9.120 người", "quản lý 41 CĐCS, trong đó có 22 đơn vị
	// hành chính"), whatever the rest of the sentence names
	if unit == "union" && (congressHeld(s, na.next) || congressHeldBefore(s, na.tok)) {
		// "12/12 công đoàn cơ sở đã tiến hành xong đại hội": unions
		// holding their congress neither grow nor are founded
		return "other"
	}
	given := unit == "union" && unionsGiven(s, na.tok)
	if (unit == "member" || unit == "union" && !given) || ownStock(s, unit, period) {
		return "membership"
	}
	if unit == "organization" && unionsOfFirms(s, na.tok) {
		// "kết nạp 64 đoàn viên mới và chuẩn y Ban Chấp hành Công đoàn cơ
		// sở của 3 doanh nghiệp": the unions of the firms, counted by their
		// firms, with no cue of their own
		return "membership"
	}
	if unit == "vnd" && x.prevTotal != "" && partOfTotal(s) {
		// "… với tổng kinh phí hơn 5.200 tỉ đồng. Trong đó, nguồn tài
		// chính công đoàn là 4.300 tỉ đồng, …": a part of the total the
		// sentence before told, with no cue of its own, is spent on what
		// the total was, whatever the other parts' clauses name
		return x.prevTotal
	}
	if x.prevCat != "" && referredBack(s) {
		// "Đây là các lao động thuộc 4 công ty may …" after the
		// sentence that helped them: with no cue of its own, it tells
		// of the figures before it, not of the sentences after it
		return x.prevCat
	}
	if c = q.mostFrequentInPart(); c == "" && !beforeMainClause(s, na.next) {
		// (a figure in a clause fronted before "thì" is set apart from
		// what the sentence, and its paragraph, go on about: the
		// paragraph's recurrent cue is the main clause's)
		c = q.paragraph()
		if c == "" {
			c = x.paraCats[noun]
		}
	}
	if c != "" {
		return c
	}
	if unit == "vnd" || unit == "item" {
		// "Chương trình “Tết sum vầy” …": a prize drawn there is welfare
		// (counts, people and units have too many other reasons to be
		// counted: "ban hành 26 văn bản" under a title about welfare)
		if c = x.titleCategory(); c != "" {
			return c
		}
	}
	if given {
		return "other"
	}
	return unitCategory(unit)
}

// levyListed reports the sum at token t right after "trích" (to set
// aside), or listed after a comma behind such a sum: "trích 1.000
// đồng/chiếc …, 100 đồng/chiếc …".
func levyListed(s *sentence, t int) bool {
	for range 2 {
		if s.word(t-1) == "trích" {
			return true
		}
		if s.word(t-1) != "," {
			return false
		}
		k := t - 2
		for k > 0 && k > t-12 && s.toks[k].kind != tokNumber {
			if isClauseMark(s.word(k)) {
				return false
			}
			k--
		}
		if k <= 0 || s.toks[k].kind != tokNumber || s.word(k+2) != "/" {
			return false
		}
		t = k
	}
	return false
}

// emulationBefore reports "thi đua" (emulation) before token t in its
// sentence.
func emulationBefore(s *sentence, t int) bool {
	for k := 0; k+1 < t; k++ {
		if s.word(k) == "thi" && s.word(k+1) == "đua" {
			return true
		}
	}
	return false
}

// raisesFundAfter reports "gây quỹ" (raising a fund) in sentence s at or
// after token k: what the sentence counts before it, the drive's.
func raisesFundAfter(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	at := int(s.toks[k].start)
	for {
		i := strings.Index(s.low[at:], "gây quỹ")
		if i < 0 {
			return false
		}
		at += i
		if at == 0 || s.low[at-1] == ' ' {
			return true
		}
		at += len("gây quỹ")
	}
}

// giftNamed reports a gift's head noun at token k, right after the
// number: "quà", or a counter before it ("suất quà", "phần quà", "túi
// quà", "món quà").
func giftNamed(s *sentence, k int) bool {
	return s.word(k) == "quà" || s.word(k+1) == "quà"
}

// referredBack reports a sentence that opens on an anaphor pointing to
// the sentence before: "Đây là …", "Đó là …" ("Đây là các lao động …").
func referredBack(s *sentence) bool {
	w := s.word(0)
	return (w == "đây" || w == "đó") && s.word(1) == "là"
}

// delegatesVote reports a share of delegates followed by a words.tsv
// approve verb, from token k (right after the percent): "98% đại biểu
// đều tán thành thông qua nghị quyết" is the meeting's vote, not the
// training or welfare its resolution speaks of.
func delegatesVote(s *sentence, k int) bool {
	if s.word(k) != "đại" || s.word(k+1) != "biểu" {
		return false
	}
	k += 2
	if s.word(k) == "chính" && s.word(k+1) == "thức" {
		k += 2
	}
	if s.word(k) == "đều" {
		k++
	}
	return s.listAt(k, "approve")
}

// sourceAfter reports a comma right after the sum na that opens a remark
// on where the money came from (words.tsv source-after: ", do …", ", được
// trích từ …", ", trong đó …").
func sourceAfter(s *sentence, na numberAt) bool {
	j := na.next
	if s.word(j) != "," {
		return false
	}
	return s.listAt(j+1, "source-after")
}

// beforeSource is the category of a sum followed by a remark on its source
// (sourceAfter): the nearest cue before it in its sentence, else the
// category of the paragraph's earlier figures of its noun, else the
// title's; "" if none says. A finance reading from the paragraph or the
// title (a drive, a fund) says where money came from, as the remark does,
// not what the sum bought: it is left to the usual steps.
func (q categoryQuery) beforeSource(noun string, x *articleContext) string {
	if c := q.before(); c != "" {
		return c
	}
	if c := cmp.Or(x.paraCats[noun], x.titleCategory()); c != "finance" {
		return c
	}
	return ""
}

// congressHeld reports a verb of words.tsv hold-verb ("tổ chức", "tiến
// hành": held) in the clause after token t, before any other figure,
// followed within three words ("thành công", "xong") by a meeting of
// words.tsv meeting ("đại hội", "hội nghị"): the unions counted before it
// are those that hold (or have not yet held) their congress.
func congressHeld(s *sentence, t int) bool {
	for k := t; k < len(s.toks) && k < t+16; k++ {
		if s.toks[k].kind == tokNumber || isClauseMark(s.word(k)) {
			return false
		}
		if !s.listAt(k, "hold-verb") {
			continue
		}
		for j := k + 2; j <= k+5 && j < len(s.toks); j++ {
			if s.listAt(j, "meeting") {
				return true
			}
		}
		return false
	}
	return false
}

// congressHeldBefore reports a count of unions at token t right after
// "đại hội" used as a verb, maybe with "xong" or "được" after it ("chỉ đạo
// đại hội xong 40 CĐCS", "đã đại hội 12 công đoàn cơ sở"): the unions that
// held their congress, as congressHeld reads them with the verb after the
// count; they neither grow nor are founded.
func congressHeldBefore(s *sentence, t int) bool {
	k := qualifierStart(s, t) - 1
	if w := s.word(k); w == "xong" || w == "được" {
		k--
	}
	return s.word(k) == "hội" && s.word(k-1) == "đại"
}

// unionsGiven reports a count of unions right after "cho" (to): unions that
// receive something ("trao 6 giải tập thể cho 6 công đoàn cơ sở"), whose
// count tells no founding or stock; they take the sentence's category.
func unionsGiven(s *sentence, t int) bool {
	return s.word(qualifierStart(s, t)-1) == "cho"
}

// helpsPeople reports money or goods at token t that a giving verb before
// it in its clause hands out, followed in the clause (a list of gifts
// allowed) by a purpose of helping people: "(nhằm|để) giúp" and a noun of
// people, maybe after "các", "những" or a count ("trao 400 triệu đồng giúp
// 10 gia đình … có được mái ấm"). Such a gift is welfare; what the purpose
// goes on to name ("điều kiện giảng dạy, học tập") is the recipients' life,
// not a union activity.
func helpsPeople(s *sentence, t int, unit string) bool {
	if unit != "vnd" && unit != "item" && unit != "gift" {
		return false
	}
	given := false
	for k := t - 1; k >= 0 && k >= t-12 && !given; k-- {
		// through a list of gifts: "tặng 80 triệu đồng, 45 chiếc cặp và …"
		if w := s.word(k); isClauseMark(w) || w == "," && s.toks[k+1].kind != tokNumber {
			break
		}
		given = inList("gives", s.word(k))
	}
	if !given {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+20; k++ {
		if isClauseMark(s.word(k)) {
			return false
		}
		if s.word(k) != "giúp" {
			continue
		}
		j := k + 1
		if w := s.word(j); w == "các" || w == "những" || (j < len(s.toks) && s.toks[j].kind == tokNumber) {
			j++
		}
		if j >= len(s.toks) {
			return false
		}
		u, _ := unitAt(s, j)
		return u == "person" || u == "member" || u == "household"
	}
	return false
}

// giftTo reports people counted at token t right after "cho" ("các",
// "những" allowed between) in a clause that names a gift ("quà") before
// it: "trao quà là tiền mặt, 700 nghìn đồng mỗi người, cho 5 đoàn
// viên …", "tặng quà cho 28 đoàn viên đang vay vốn".
func giftTo(s *sentence, t int) bool {
	k := t - 1
	if w := s.word(k); w == "các" || w == "những" {
		k--
	}
	if s.word(k) != "cho" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		w := s.word(j)
		if w == ";" || w == "." || w == ":" {
			return false
		}
		if w == "quà" {
			return true
		}
	}
	return false
}

// trainees reports people counted at token t right after "cho" ("các",
// "những" allowed between), or listed after "và" or a comma behind such
// a count, in a clause (up to a comma, a clause mark or another number)
// whose verb before "cho" is a words.tsv train-verb ("tập huấn", "bồi
// dưỡng", "lớp"), with no cue between of other than training or
// representation (its topic): "mở lớp tập huấn về hòa giải tranh chấp lao
// động cho 64 hòa giải viên và 310 cán bộ". "tập huấn … và tặng quà cho 50 công nhân"
// gives a gift; "Sau lớp tập huấn, … tư vấn cho 300 công nhân" counts
// those advised.
func trainees(s *sentence, t, depth int) bool {
	k := qualifierStart(s, t) - 1
	if w := s.word(k); w == "các" || w == "những" {
		k--
	}
	if w := s.word(k); (w == "và" || w == ",") && depth == 0 {
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if s.toks[j].kind == tokNumber {
				return trainees(s, j, 1)
			}
			if s.toks[j].kind != tokWord {
				return false
			}
		}
		return false
	}
	if s.word(k) != "cho" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if w := s.word(j); w == "," || isClauseMark(w) || s.toks[j].kind == tokNumber {
			return false
		}
		if s.cues[j] == 0 || s.covered[j] {
			continue
		}
		switch c := s.cueOf(j); c.category {
		case "training":
			if s.listBefore(int(s.cueEnd[j]), "train-verb") {
				return true
			}
		case "representation", "":
		default:
			return false
		}
	}
	return false
}

// luckyDraw reports a sentence about a lucky draw (lucky-draw in
// words.tsv: "quay số", "bốc thăm may mắn").
func luckyDraw(s *sentence) bool { return s.lowHolds(luckyDrawPhrases) }

// loanNamed reports loans (loan in words.tsv: "giải ngân", "cho vay", "Quỹ
// Trợ vốn") named in the part of the sentence, between ";", that holds
// token t; the rest of a cost after ", còn lại" is no part of it.
func loanNamed(s *sentence, t int) bool {
	lo, hi := t, t
	for lo > 0 && s.word(lo-1) != ";" {
		lo--
	}
	for hi < len(s.toks)-1 && s.word(hi+1) != ";" && !restAfter(s, hi+1) {
		hi++
	}
	part := s.low[s.toks[lo].start:s.toks[hi].end]
	if lo == 0 && hi == len(s.toks)-1 {
		return s.holds(loanPhrasesWhole, part) // no ";": the same part for every figure of the sentence
	}
	return slices.ContainsFunc(lex.ordered["loan"], func(p string) bool { return strings.Contains(part, p) })
}

// restAfter reports ", còn lại" at token k: what follows is the rest of a
// cost that someone else pays ("Công đoàn trường góp 12 triệu đồng, còn
// lại anh B tự lo"), not the figure's.
func restAfter(s *sentence, k int) bool {
	return s.word(k) == "," && s.word(k+1) == "còn" && s.word(k+2) == "lại"
}

// supportOnly reports a figure whose sentence, up to the end of the
// figure's clause, names welfare only by "hỗ trợ" (support): no gift, Tết or
// hardship that would make the support a welfare one. "ưu đãi" after a
// words.tsv loan-term ("vốn vay ưu đãi", "lãi suất ưu đãi") tells the
// loan's terms, no benefit.
func supportOnly(s *sentence, t int) bool {
	end := t
	for end < len(s.toks) && !isClauseMark(s.word(end)) {
		end++
	}
	for k := 0; k < end; k++ {
		if s.cues[k] == 0 || s.covered[k] {
			continue
		}
		if c := s.cueOf(k); c.category == "welfare" && !(s.word(k) == "hỗ" && s.word(k+1) == "trợ" && s.cueEnd[k] == int32(k+2)) &&
			!(s.word(k) == "ưu" && s.word(k+1) == "đãi" && s.listBefore(k, "loan-term")) {
			return false
		}
	}
	return true
}

// ownStock reports a stock of people or units that is a union's own, not
// the workforce of an area ("Hiện toàn huyện có 20.300 CNVCLĐ đang làm việc
// tại 960 cơ quan, đơn vị, doanh nghiệp").
func ownStock(s *sentence, unit, period string) bool {
	return period == PeriodSnapshot && (unit == "person" || unit == "organization") && !strings.Contains(s.low, "làm việc tại")
}

// committeeSize reports the size of a union's committee at token t: a
// count of its members ("ủy viên", "thành viên", "đồng chí") right after
// "có" or "gồm", whose clause names the committee (words.tsv committee)
// before the verb: "Ban Chấp hành Công đoàn phường có 19 ủy viên, Ban
// Thường vụ có 7 ủy viên". It is who was elected or appointed, of the
// year it was, as "bầu 29 đồng chí" is, not a stock of members. ("Ban
// Chấp hành đã tập huấn cho 60 ủy viên …" counts those trained.)
func committeeSize(s *sentence, t int) bool {
	n := nextToken(s, t, int(s.toks[t].end))
	switch w := s.word(n); {
	case (w == "ủy" || w == "uỷ" || w == "thành") && s.word(n+1) == "viên":
	case w == "đồng" && s.word(n+1) == "chí":
	default:
		return false
	}
	v := qualifierStart(s, t) - 1
	if s.word(v) == "có" && s.word(v-1) == "gồm" {
		v--
	}
	if w := s.word(v); w != "có" && w != "gồm" {
		return false
	}
	for k := v - 1; k >= 0; k-- {
		if w := s.word(k); (w == "," || isClauseMark(w)) && !initialDot(s, k) {
			return false
		}
		if s.listAt(k, "committee") {
			return true
		}
	}
	return false
}

// partyNoun reports a head noun that is itself a cue of other: the Party's
// candidates and members ("giới thiệu 150 đoàn viên ưu tú cho Đảng", "kết
// nạp 40 đảng viên") are party-building, whatever the sentence says after.
func partyNoun(unit, noun string) bool {
	if unit != "person" && unit != "count" {
		return false
	}
	p, ok := lex.phrases[noun]
	return ok && p.cue != nil && p.cue.category == "other" && p.cue.categoryUnit == ""
}

// partySentence reports a sentence about admission to the Party, in which
// "kết nạp" is the Party's, not the union's.
func partySentence(s *sentence) bool { return s.lowHolds(partyPhrasesHeld) }

var partyPhrases = []string{"cho đảng", "vào đảng", "kết nạp đảng", "cấp ủy đảng", "cấp uỷ đảng", "đảng viên", "hàng ngũ của đảng", "hàng ngũ đảng"}

// recipients reports a unit that counts who receives an award.
func recipients(unit string) bool {
	switch unit {
	case "person", "member", "collective", "organization", "union", "count":
		return true
	}
	return false
}

// awarded reports a count in a list that a verb of awarding governs: the
// nearest category cue before token t in its clause, passing over the
// emulation cues of the items before it, is an award ("khen thưởng 4 cá
// nhân …, 30 tập thể và 6 cụm thi đua tổ chức tốt hội thi").
func awarded(s *sentence, t int) bool {
	for k := t - 1; k >= 0; k-- {
		if isClauseMark(s.word(k)) {
			return false
		}
		if s.cues[k] == 0 || s.covered[k] {
			continue
		}
		c := s.cueOf(k)
		if c.category == "" {
			continue
		}
		if slices.ContainsFunc(awardVerbs, func(p string) bool { return s.phraseBefore(int(s.cueEnd[k]), p) }) {
			return true
		}
		if c.category != "emulation" {
			return false
		}
	}
	return false
}

// awardedRight reports a count right after a verb of awarding in its
// phrase ("khen thưởng 60 cháu", "trao thưởng cho 60 cháu"): the first
// category cue before it, back to a comma, a clause mark, a number or a
// verb of giving, is the award. A gift before it ("tặng 50 suất quà cho
// 50 công nhân") is no award, however its sentence began.
func awardedRight(s *sentence, t int) bool {
	for k := qualifierStart(s, t) - 1; k >= 0; k-- {
		w := s.word(k)
		if isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			return false
		}
		if s.cues[k] == 0 || s.covered[k] {
			if w == "trao" || w == "tặng" || w == "hỗ" {
				return false
			}
			continue
		}
		if c := s.cueOf(k); c.category != "" {
			return slices.ContainsFunc(awardVerbs, func(p string) bool { return s.phraseBefore(int(s.cueEnd[k]), p) })
		}
	}
	return false
}

// proposedForAward reports a count that "đề xuất" or "đề nghị" puts
// forward, right before it, in a sentence that names an award after it
// ("đề nghị 3 gia đình … được khen thưởng cấp thành phố"): candidates for
// the award, emulation, whatever their noun ("gia đình") says.
func proposedForAward(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if s.word(q-2) != "đề" || (s.word(q-1) != "xuất" && s.word(q-1) != "nghị") {
		return false
	}
	for k := t + 1; k < len(s.toks); k++ {
		if slices.ContainsFunc(awardVerbs, func(p string) bool { return s.phraseBefore(k, p) }) {
			return true
		}
	}
	return false
}

var awardVerbs = []string{"khen thưởng", "khen tặng", "biểu dương", "tuyên dương", "tôn vinh", "bằng khen", "giấy khen", "trao thưởng", "tặng thưởng"}

// sentInReach is how many words before a sum "gửi về" may come.
const sentInReach = 14

// sentIn reports a sum that bodies send in to the one that collects it:
// "gửi về" (or "chuyển về") before the sum at token t in its clause, the sum
// right after it or after "số tiền (là)" ("các đơn vị đã gửi về 400 triệu
// đồng", "Nhiều đơn vị gửi trực tiếp về Công đoàn A với số tiền là 500
// triệu đồng"): donations received, finance.
func sentIn(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	named := false // "số tiền (là)" names the sum
	if s.word(q-1) == "là" && s.word(q-2) == "tiền" {
		q--
	}
	if s.word(q-2) == "số" && s.word(q-1) == "tiền" {
		q, named = q-2, true
	}
	for k := q - 1; k > 0 && k >= t-sentInReach; k-- {
		if w := s.word(k); isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			return false
		}
		if s.word(k) == "về" && sendsAt(s, k) {
			return named || k == q-1
		}
	}
	return false
}

// receivedGift reports a figure of what a union receives from others, or
// of those who give it: a union body a few words before "nhận được" or
// "tiếp nhận", before the figure at token t in its clause, and the givers
// named after it with "từ" or "do" — not a union above the grassroots,
// whose gift is handed down — and a sum, or a verb of giving after the
// receiving ("LĐLĐ quận A đã nhận được gần 900 bộ áo dài từ 60 CĐCS gửi
// tặng"; "… nhận được 10 triệu đồng từ Ngân hàng B và 3 chiếc xe đạp do
// Công ty C trao tặng"): donations received, finance.
func receivedGift(s *sentence, t int, unit string) bool {
	recv := -1
	for k := qualifierStart(s, t) - 1; k >= 1; k-- {
		w := s.word(k)
		if w == ";" || w == ":" || w == "(" || w == ")" {
			return false
		}
		if (w == "được" && s.word(k-1) == "nhận") || (w == "nhận" && s.word(k-1) == "tiếp") {
			recv = k - 1
			break
		}
	}
	if recv < 0 {
		return false
	}
	subject := false
	for k := recv - 1; k >= 0 && k >= recv-8 && s.word(k) != ","; k-- {
		if unionBody(s, k) > 0 && s.word(k-1) != "viên" {
			subject = true // not "đoàn viên công đoàn"
			break
		}
	}
	if !subject {
		return false
	}
	from, giving := false, unit == "vnd"
	for k := recv + 2; k < len(s.toks) && s.word(k) != ";"; k++ {
		switch w := s.word(k); {
		case (w == "từ" || w == "do") && !from:
			j := k + 1 // past "các", a qualifier and a count: "từ gần 60 CĐCS"
			for j < len(s.toks) && (s.toks[j].kind == tokNumber || s.word(j) == "các" || (s.cueOf(j) != nil && s.cueOf(j).qualifier != "")) {
				j++
			}
			if n := unionBody(s, j); n > 0 && !(s.word(j+n) == "cơ" && s.word(j+n+1) == "sở") {
				return false // "từ LĐLĐ quận": a higher body's gift, handed down
			}
			from = true
		case w == "tặng" || w == "ủng" && s.word(k+1) == "hộ" || w == "tài" && s.word(k+1) == "trợ" || w == "quyên" || w == "đóng" && s.word(k+1) == "góp":
			giving = true
		}
	}
	return from && giving
}

// receivedRightBefore reports "tiếp nhận" or "nhận được" right before the
// figure at token t (its qualifier passed over).
func receivedRightBefore(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	return s.word(q-1) == "nhận" && s.word(q-2) == "tiếp" || s.word(q-1) == "được" && s.word(q-2) == "nhận"
}

// passedOn reports goods a union received that it hands on to workers
// after the figure at token t, in the rest of its paragraph: a verb of
// giving and the workers ("tiếp nhận 6 tấn rau củ do tỉnh A gửi tặng. Sau
// buổi tiếp nhận, LĐLĐ quận đã trao số rau củ này cho công nhân khó
// khăn"). The goods are the workers' welfare, not a donation the union
// keeps (finance). "phát" counts as giving, not in "phát triển".
func (x *articleContext) passedOn(s *sentence, t int) bool {
	rest := x.paraLow[s.start-x.paraStart+int(s.toks[t].start):]
	if !strings.Contains(rest, "trao") && !strings.Contains(strings.ReplaceAll(rest, "phát triển", ""), "phát") && !strings.Contains(rest, "chuyển") {
		return false
	}
	return strings.Contains(rest, "công nhân") || strings.Contains(rest, "người lao động") || strings.Contains(rest, "đoàn viên") ||
		strings.Contains(rest, " cn ") || strings.Contains(rest, "nlđ")
}

// sendsAt reports "gửi" or "chuyển" right before "về" at token k, or
// "gửi trực tiếp" before it.
func sendsAt(s *sentence, k int) bool {
	if s.word(k-2) == "trực" && s.word(k-1) == "tiếp" {
		k -= 2
	}
	return s.word(k-1) == "gửi" || s.word(k-1) == "chuyển"
}

// collectedBefore reports a verb of collecting money (fundraising in
// words.tsv) anywhere before token t in its sentence: the sums of a list of
// contributors after it are what was collected.
func collectedBefore(s *sentence, t int) bool {
	for k := t; k > 0; k-- {
		if s.listBefore(k, "fundraising") {
			return true
		}
	}
	return false
}

// namedAward reports a sentence that names an award by its name, "Giải
// thưởng" and a capitalised word or a quote after it ("Giải thưởng Nguyễn
// Văn Linh", "giải thưởng “Bông hồng vàng”"): its figures are emulation.
func namedAward(s *sentence) bool {
	for k := 1; k+1 < len(s.toks); k++ {
		if s.word(k) == "thưởng" && s.word(k-1) == "giải" {
			if w := s.word(k + 1); capitalAt(s, k+1) || w == "“" || w == "\"" {
				return true
			}
		}
	}
	return false
}

// participants reports a count of the people who take part in an event that
// is not a meeting (namesMeeting): the sentence opens with the guests
// ("Tham dự có …"), "sự tham gia của" or another attending phrase stands
// right before the count, or a verb of taking part follows it in its clause
// ("với 850 đoàn viên … tham gia"), but not joining the union ("tham gia tổ
// chức công đoàn").
func participants(s *sentence, na numberAt, after int) bool {
	start := qualifierStart(s, na.tok)
	if namesMeeting(s) || s.phraseBefore(start, "đại diện cho") {
		return false // a meeting's attendees and those they stand for (attendees)
	}
	if guests(s) || attendedOpening(s) {
		return true
	}
	if s.listBefore(start, "attending") {
		return true
	}
	for k := after; k < len(s.toks); k++ {
		w := s.word(k)
		if isClauseMark(w) || s.toks[k].kind == tokNumber && s.word(k-1) != "từ" {
			return false // ("150 đoàn viên đến từ 14 CĐCS tham gia": where they come from)
		}
		if (w == "tham" && (s.word(k+1) == "gia" || s.word(k+1) == "dự")) || (w == "góp" && s.word(k+1) == "mặt") {
			n := s.word(k + 2)
			return n != "công" && n != "tổ" && n != "vào"
		}
	}
	return false
}

// chosenDelegates reports a sentence on a meeting (namesMeeting) that
// counts its delegates ("đại biểu", "đại biểu chính thức") and calls them
// "tiêu biểu" within delegateSpan tokens after the count, no clause mark
// or figure between, with no award in it (awardPhrasesHeld) nor "thi
// đua": "tiêu biểu" says who was chosen to attend, not an award.
func chosenDelegates(s *sentence) bool {
	if !namesMeeting(s) || s.lowHolds(awardPhrasesHeld) || strings.Contains(s.low, "thi đua") {
		return false
	}
	for t := range s.toks {
		if s.toks[t].kind != tokNumber {
			continue
		}
		k := t + 1
		if s.word(k) == "đại" && s.word(k+1) == "biểu" {
			for j := k + 2; j+1 < len(s.toks) && j <= t+delegateSpan; j++ {
				if isClauseMark(s.word(j)) || s.toks[j].kind == tokNumber {
					break
				}
				if s.word(j) == "tiêu" && s.word(j+1) == "biểu" {
					return true
				}
			}
		}
	}
	return false
}

// delegateSpan is how many tokens after a count of delegates the words
// that describe them may take ("đại biểu chính thức là cán bộ, đoàn
// viên tiêu biểu trong tỉnh").
const delegateSpan = 14

// attendedOpening reports a sentence that opens on an event and "có" an
// attending phrase (words.tsv attending: "sự tham dự của"): "Chương trình
// có sự tham dự của bà B, …, cùng hơn 900 đoàn viên" lists the guests, as
// a sentence that opens on "Tham dự" does (guests).
func attendedOpening(s *sentence) bool {
	for k := 1; k < len(s.toks) && k <= maxAttendedOpening; k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
		if s.word(k) == "có" {
			for _, p := range lex.ordered["attending"] {
				if s.phraseBefore(k+2+strings.Count(p, " "), p) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// maxAttendedOpening is how many words the event's noun may take before
// "có" in attendedOpening ("Lễ khai mạc hội chợ có …").
const maxAttendedOpening = 5

// eventJoined reports a verb of taking part (words.tsv joined-verb: "tham
// gia", "góp mặt") after token after, in its clause (through the commas
// and counts of a list), followed by an event noun of words.tsv
// joined-event: "… đoàn viên của 9 công đoàn cơ sở, 3 nghiệp đoàn tham gia
// giải cầu lông" (not "tham gia ký kết thỏa ước", "tham gia tổ chức công
// đoàn").
func eventJoined(s *sentence, after int) bool {
	verbs := lex.ordered["joined-verb"]
	for k := after; k+2 < len(s.toks); k++ {
		w := s.word(k)
		if isClauseMark(w) {
			return false
		}
		for _, p := range verbs {
			if first, second, _ := strings.Cut(p, " "); w == first && s.word(k+1) == second {
				return inList("joined-event", s.word(k+2))
			}
		}
	}
	return false
}

// titleCategory is the category the title's cues name most often (the first
// named on a tie), "" if none: what the article's event is.
func (x *articleContext) titleCategory() string {
	if x.titleCatDone {
		return x.titleCat
	}
	x.titleCatDone = true
	x.heads()
	t := x.title
	if t == nil {
		return ""
	}
	var counts []categoryCount
	for i := 0; i < len(t.toks); i++ {
		c, end, _, _ := longestCues(t, i, func(c *cue) bool { return c.category != "" && c.categoryUnit == "" || c.categoryBlock })
		if c == nil || inName(t, i) {
			continue
		}
		if c.categoryBlock {
			i = end - 1 // "Trung tâm Văn hóa - Thể thao": a venue's name, no kind of the news
			continue
		}
		counts = countCategory(counts, c.category)
		i = end - 1
	}
	best := -1
	for i, c := range counts {
		if best < 0 || c.n > counts[best].n {
			best = i
		}
	}
	if best >= 0 {
		x.titleCat = counts[best].category
	}
	return x.titleCat
}

// unionsOfFirms reports a count of firms at token t right after a
// grassroots union's name and "của" or "tại" ("Công đoàn cơ sở của 3
// doanh nghiệp", "CĐCS tại 5 doanh nghiệp"): it counts the firms'
// unions.
func unionsOfFirms(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if w := s.word(q - 1); w != "của" && w != "tại" {
		return false
	}
	return s.phraseBefore(q-1, "công đoàn cơ sở") || s.phraseBefore(q-1, "cđcs")
}

// partOfTotal reports a sentence that opens on "Trong đó": it breaks
// down the figure of the sentence before.
func partOfTotal(s *sentence) bool { return s.word(0) == "trong" && s.word(1) == "đó" }

// driveShare reports a sum right after "là" or "đạt" whose clause opens
// on a verb of raising money (words.tsv drive-verb: "kêu gọi", "vận động",
// "quyên góp", "huy động"), its subject the drive: "…, vận động xã hội hóa
// để chăm lo cho đoàn viên là 900 tỉ đồng" is the drive's
// take (the contract's finance, "vận động ủng hộ"), whatever the money is
// raised for.
func driveShare(s *sentence, na numberAt) bool {
	q := qualifierStart(s, na.tok)
	if w := s.word(q - 1); w != "là" && w != "đạt" {
		return false
	}
	for k := q - 2; k >= 0; k-- {
		if s.toks[k].kind == tokNumber || isClauseMark(s.word(k)) {
			return false // a figure before in the clause: the drive is not its subject
		}
		if w := s.word(k - 1); k > 0 && w != "," && !(w == "đó" && s.word(k-2) == "trong") {
			continue // (the subject may list with commas: "cho ĐV, NLĐ")
		}
		if slices.ContainsFunc(lex.ordered["drive-verb"], func(p string) bool { return s.phraseBefore(k+strings.Count(p, " ")+1, p) }) {
			return true
		}
	}
	return false
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
	if q := qualifierStart(s, na.tok); s.phraseBefore(q, "với số tiền") || s.phraseBefore(q, "với tổng số tiền") {
		// "vận động CNVCLĐ ủng hộ Quỹ Mái ấm công đoàn với số tiền 1,1 tỷ
		// đồng": the sum of the drive its clause tells, whatever fund it
		// goes to
		for k := q - 1; k > 0 && s.word(k) != "," && !isClauseMark(s.word(k)); k-- {
			if (s.phraseBefore(k, "ủng hộ") || s.phraseBefore(k, "quyên góp") || s.phraseBefore(k, "đóng góp")) && driveBefore(s, k) {
				return true
			}
		}
	}
	if collectedValue(s, qualifierStart(s, na.tok)) {
		return true
	}
	for k := na.tok; k > 0 && k >= na.tok-6; k-- {
		if s.listBefore(k, "fundraising") {
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

// disbursed reports a sum disbursed: "giải ngân" before it in its clause,
// no other figure between but the rounds it came in ("Giải ngân hơn 1 tỷ
// đồng giúp …", "triển khai 3 đợt giải ngân chương trình “…” với số tiền
// hơn 1 tỷ đồng"). A union disburses its loan funds' loans, the contract's
// finance (vay vốn), whoever the loans help; a disbursement of support
// money ("giải ngân kinh phí hỗ trợ …") is no loan.
func disbursed(s *sentence, na numberAt) bool {
	for k := qualifierStart(s, na.tok) - 1; k >= 1 && k >= na.tok-loanReach; k-- {
		w := s.word(k)
		if isClauseMark(w) || s.toks[k].kind == tokNumber && s.word(k+1) != "đợt" {
			return false
		}
		if w == "ngân" && s.word(k-1) == "giải" {
			n := s.word(k + 1)
			return n != "kinh" && n != "hỗ" && n != "tiền"
		}
	}
	return false
}

// loanReach is how many tokens disbursed looks back from a sum for
// "giải ngân".
const loanReach = 24

// driveRaised reports a sum a drive raised: "được" right before it (after
// a qualifier) in a clause that opens on a verb of collecting (words.tsv
// fundraising: "vận động", "quyên góp"), no comma or figure between:
// "vận động hỗ trợ đồng bào vùng cao khắc phục thiệt hại do mưa lũ được
// 350 triệu đồng" is what the drive brought in (finance), whatever it is
// for.
func driveRaised(s *sentence, na numberAt) bool {
	q := qualifierStart(s, na.tok)
	if s.word(q-1) != "được" {
		return false
	}
	for k := q - 1; k >= 2 && k >= q-driveReach; k-- {
		if s.listBefore(k, "fundraising") {
			// the verb's two words open the clause
			return k == 2 || isClauseMark(s.word(k-3)) || s.word(k-3) == ","
		}
		if w := s.word(k - 1); isClauseMark(w) || w == "," || s.toks[k-1].kind == tokNumber {
			return false
		}
	}
	return false
}

// driveReach is how many tokens driveRaised looks back from "được" for
// the verb of collecting that opens the clause.
const driveReach = 20

// collectedReach is how many tokens collectedValue looks back from "với"
// for the verb of collecting.
const collectedReach = 12

// collectedValue reports the worth of what was collected: "với (tổng) trị
// giá" or "với (tổng) giá trị" right before token q, after "quyên góp" or
// "đóng góp" in its clause with only the things collected (and where they
// went) between, words joined by commas ("quyên góp tiền, thực phẩm với
// trị giá hơn 3 tỉ đồng gửi bà con vùng dịch", "Đóng góp về Ủy ban MTTQ
// huyện tiền mặt và quà với tổng giá trị 612 triệu đồng"): a drive's sum
// (finance), whatever the epidemic or disaster it is for, and whatever
// the goods are.
func collectedValue(s *sentence, q int) bool {
	v := -1
	switch {
	case s.phraseBefore(q, "với trị giá"):
		v = q - 3
	case s.phraseBefore(q, "với tổng trị giá"), s.phraseBefore(q, "với tổng giá trị"):
		v = q - 4
	case s.phraseBefore(q, "với giá trị"):
		v = q - 3
	default:
		return false
	}
	for j := v - 1; j >= 1 && j >= v-collectedReach; j-- {
		w := s.word(j)
		if s.toks[j].kind == tokNumber || isClauseMark(w) || inList("gives", w) {
			return false
		}
		if w == "góp" && (s.word(j-1) == "quyên" || s.word(j-1) == "đóng") {
			return true
		}
	}
	return false
}

// fundReach is how many tokens givenToFund looks back from a sum for
// the fund it is given to.
const fundReach = 16

// givenToFund reports a sum given to a named fund: "Quỹ", capitalised,
// right after a verb of giving (fundGivers) before the sum in its clause
// ("hỗ trợ Quỹ A 1 tỷ đồng"), or right after "cho" or "vào" that follow
// the sum's unit ("trao 1 tỷ đồng cho Quỹ A"); not across another figure
// (a fund named before "… với số tiền 2 tỷ đồng và giải ngân 3 tỷ đồng"
// is the first sum's). A fund that gives ("trích
// từ Quỹ A 50 triệu đồng", "Quỹ A hỗ trợ 20 triệu đồng") is no recipient.
func givenToFund(s *sentence, na numberAt) bool {
	namedFund := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.word(k) == "quỹ" && s.text[s.toks[k].start] == 'Q'
	}
	for k := qualifierStart(s, na.tok) - 1; k > 0 && k >= na.tok-fundReach; k-- {
		if w := s.word(k); w == "," || isClauseMark(w) {
			break
		}
		if s.toks[k].kind == tokNumber && s.text[s.toks[k].start-1] != '-' {
			break // a figure before: the fund is its ("COVID-19" is a name)
		}
		if namedFund(k) {
			for _, v := range fundGivers {
				if s.phraseBefore(k, v) {
					return true
				}
			}
			break
		}
	}
	for k := na.next; k < len(s.toks) && k <= na.next+2; k++ {
		if w := s.word(k); w == "cho" || w == "vào" {
			return namedFund(k + 1)
		}
	}
	return false
}

// fundGivers are the verbs of giving a sum to a fund, givenToFund's.
var fundGivers = []string{"hỗ trợ", "ủng hộ", "tặng", "trao", "đóng góp", "cho"}

// driveBefore reports "vận động" (a drive: mobilising people to give)
// before token k in its sentence.
func driveBefore(s *sentence, k int) bool {
	for j := 0; j+1 < k; j++ {
		if s.word(j) == "vận" && s.word(j+1) == "động" {
			return true
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
	if representing(s, start) {
		return unit == "person" && !workforce(s, t) && (guest || s.lowHolds(attendingPhrases))
	}
	return guest || s.listBefore(start, "attending")
}

// representedStock reports a count at token t, after the words of those
// a meeting's delegation stands for (representing), of unions or members
// (unless the sentence awards them), or of
// people whose noun, or a noun listed with it before the clause ends, is
// the workforce or the members ("cán bộ, đoàn viên - lao động"): the
// body's own stock. Performers who stand for their unions at a festival
// are its entrants, and office holders alone ("đại diện cho 3.000 Chủ
// tịch CĐCS") are no workforce.
func representedStock(s *sentence, t int, unit string) bool {
	if (unit != "union" && unit != "person" && unit != "member") || !namesMeeting(s) || !representing(s, qualifierStart(s, t)) {
		return false
	}
	if unit == "member" {
		// "Đại hội có sự tham gia của 420 đại biểu chính thức, được bầu
		// từ …, đại diện cho hơn 1,2 triệu đoàn viên": the members they
		// stand for, whatever cue the delegates' own clause holds
		// ("bầu"), unless the sentence awards them
		return !s.lowHolds(awardPhrasesHeld)
	}
	if unit == "union" || workforce(s, t) {
		return true
	}
	n, ok := ParseNumber(s.low, int(s.toks[t].start))
	if !ok {
		return false
	}
	for k := nextToken(s, t+1, n.End); k < len(s.toks) && k <= t+stockNounSpan; k++ {
		if w := s.word(k); isClauseMark(w) || s.toks[k].kind == tokNumber || w == "tại" || w == "của" {
			return false
		}
		if s.word(k) == "đoàn" && s.word(k+1) == "viên" || slices.ContainsFunc(lex.ordered["workforce"], func(p string) bool { return s.phraseBefore(k+1+strings.Count(p, " "), p) }) {
			return true
		}
	}
	return false
}

// stockNounSpan is how many tokens after a represented count the nouns
// listed with it may run.
const stockNounSpan = 6

// workforce reports a count at token t of the workforce (workforce in
// words.tsv: "công nhân", "người lao động", "CNVCLĐ"): those a delegation
// stands for are then the body's own workforce, membership as the
// conventions say, not office holders ("Chủ tịch CĐCS") who are other.
func workforce(s *sentence, t int) bool {
	n, ok := ParseNumber(s.low, int(s.toks[t].start))
	if !ok {
		return false
	}
	k := nextToken(s, t+1, n.End)
	return slices.ContainsFunc(lex.ordered["workforce"], func(p string) bool { return s.phraseBefore(k+1+strings.Count(p, " "), p) })
}

// namesMeeting reports a sentence that names a meeting (meeting in
// words.tsv: "đại hội", "hội nghị", "gặp mặt").
func namesMeeting(s *sentence) bool { return s.lowHolds(meetingPhrases) }

// The sets of phrases lowHolds looks for anywhere in a sentence.
const (
	meetingPhrases     = iota // meeting in words.tsv
	luckyDrawPhrases          // lucky-draw in words.tsv
	partyPhrasesHeld          // partyPhrases
	loanPhrasesWhole          // loan in words.tsv, in a sentence without ";" (loanNamed)
	attendingPhrases          // attending in words.tsv
	scholarshipPhrases        // scholarship in words.tsv (pupilMerit)
	awardPhrasesHeld          // awardVerbs (pupilMerit)
	connectPhrases            // connect in words.tsv (connectedTo)
)

// heldPhrases are those sets, by number.
var heldPhrases = [...]func() []string{
	meetingPhrases:     func() []string { return lex.ordered["meeting"] },
	luckyDrawPhrases:   func() []string { return lex.ordered["lucky-draw"] },
	partyPhrasesHeld:   func() []string { return partyPhrases },
	loanPhrasesWhole:   func() []string { return lex.ordered["loan"] },
	attendingPhrases:   func() []string { return lex.ordered["attending"] },
	scholarshipPhrases: func() []string { return lex.ordered["scholarship"] },
	awardPhrasesHeld:   func() []string { return awardVerbs },
	connectPhrases:     func() []string { return lex.ordered["connect"] },
}

// sentence.held keeps two bits per set of heldPhrases: this constant
// overflows, and the build fails, when the sets outgrow its 16 bits.
const _ uint16 = 1 << (2*len(heldPhrases) - 1)

// lowHolds reports whether the sentence's lower case holds a phrase of set
// k, worked out once per sentence: each figure of a sentence asks again.
func (s *sentence) lowHolds(k int) bool { return s.holds(k, s.low) }

// holds reports whether text holds a phrase of set k, worked out once per
// sentence: text is the same for every call with k.
func (s *sentence) holds(k int, text string) bool {
	done, yes := uint16(1)<<(2*k), uint16(2)<<(2*k)
	if s.held&done == 0 {
		s.held |= done
		if slices.ContainsFunc(heldPhrases[k](), func(p string) bool { return containsRare(text, p) }) {
			s.held |= yes
		}
	}
	return s.held&yes != 0
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
	if c.category == "emulation" && pupilMerit(q.s, k) {
		return "" // "trao 45 học bổng cho các cháu … đạt danh hiệu học sinh giỏi": who gets it
	}
	return c.category
}

// pupilMerit reports a cue at token k that tells pupils' merit (words.tsv
// pupil-merit: "học sinh giỏi", "danh hiệu học sinh giỏi") in a sentence
// that names a scholarship (words.tsv scholarship) and no verb of awarding
// (awardVerbs): it describes the children who get the scholarship, a gift
// (welfare), and names no emulation movement. "khen thưởng 60 cháu học
// sinh giỏi" is an award, and stays emulation.
func pupilMerit(s *sentence, k int) bool {
	if !s.lowHolds(scholarshipPhrases) || s.lowHolds(awardPhrasesHeld) {
		return false
	}
	rest := s.low[s.toks[k].start:]
	return slices.ContainsFunc(lex.ordered["pupil-merit"], func(p string) bool { return strings.HasPrefix(rest, p) })
}

// inName reports a cue at token k that is a word of a proper name: written
// with a capital in mid-sentence within a few words after the capitalised
// head of a body's name. "Công đoàn Quỹ tín dụng xã La Phù", "Phòng Giáo dục
// và Đào tạo", "Sở Văn hóa và Thể thao", "Cung Văn hóa Lao động" name who or
// where, not what the figure is for, and so do those of a committee
// ("Ủy ban Kiểm tra"). ("Tặng Bằng khen", "Mái ấm Công đoàn" have no such
// head: their cues count.)
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
		case w == "ban" && s.word(p-1) == "ủy" && capitalWords(s, p-1, 1) == 1:
			return true // "Ủy ban Kiểm tra": a committee's name
		case w == "và" || (p > 0 && capitalWords(s, p-1, 1) == 1 && s.word(p+1) == "và"):
		default:
			return false
		}
	}
	return false
}

// ownPhrase is step 1: the counted noun's own cue ("5 gương … tiêu biểu,
// vượt khó đạt thành tích học tập": models of emulation, whatever the
// phrase tells of them), or the activity right after an event's noun,
// else the last cue in the number's own phrase; of an event whose noun
// says its kind (eventKind), that kind over a welfare cue after it.
func (q categoryQuery) ownPhrase() string {
	s, best := q.s, ""
	if k := q.na.next; k < len(s.toks) && inList("model-noun", s.word(k)) {
		if c := q.at(k); c != "" {
			return c
		}
	}
	kind := q.eventKind()
	if k := q.after; q.unit == "event" && k < len(s.toks) && !s.covered[k] {
		// "3.500 cuộc tuyên truyền về … pháp luật Bộ Luật Lao động": the
		// activity named right after an event's noun is what it is
		if c := q.at(k); c != "" {
			if (c == "welfare" || c == "other") && kind != "" {
				// "9 đêm văn nghệ Đón Tết xa quê": the occasion, not the
				// kind; "20 đêm văn nghệ chương trình “…”": the programme's
				// title, no kind of its own
				return kind
			}
			return c
		}
	}
	for k := q.na.next; k < len(s.toks); k++ {
		if e := classBounds(s, k+1); e > k {
			k = e // "100% doanh nghiệp có từ 20 lao động trở lên thành lập CĐCS": which firms, no figure of its own
			continue
		}
		if s.toks[k].kind == tokNumber || isClauseMark(s.word(k)) || inList("phrase-stop", s.word(k)) || alsoAt(s, k) || mainClauseAt(s, k) ||
			(s.word(k) == "và" && inList("predicate-start", s.word(k+1))) || sourceAt(s, k) || s.word(k) == "," && !q.frontedWith() && figureAhead(s, k) {
			break // "kết nạp 310 đoàn viên và sẽ mở rộng mô hình …": a new predicate
		}
		if restAfter(s, k) {
			break // "Công đoàn trường góp 12 triệu đồng, còn lại anh B tự lo": the rest is someone else's
		}
		if k > q.na.next && q.unit == "gift" && recipientsMark(s.word(k)) {
			// "trao 45 suất học bổng cho các em học sinh …, vươn lên
			// học tập": past "cho" the phrase tells whom the gift goes
			// to; the gift's own phrase before it says what it is
			if best == "" {
				best = q.giftNounCue()
			}
			if best != "" {
				break
			}
		}
		if best != "" && s.word(k) == "," && contributes(s, k+1) {
			break // "dựng thêm 7 điểm sinh hoạt văn hóa, góp phần làm vui ngày nghỉ …": what it is, not what it serves
		}
		if c := q.at(k); c != "" && !s.covered[k] {
			best = c
		}
		if s.word(k+1) == "và" && q.newConjunct(k+1) {
			break // "trao 5 căn nhà “Mái ấm” và quỹ tương trợ cho 9 công nhân": the fund is the next figure's
		}
	}
	if best == "welfare" && kind != "" {
		return kind // "tổ chức 6 đêm văn nghệ cho công nhân khó khăn": whom it is for, not its kind
	}
	return best
}

// giftNounCue is the category the noun of a count of gifts names
// itself ("suất học bổng", "phần quà": welfare), between the number and
// the token after its unit, "" if none.
func (q categoryQuery) giftNounCue() string {
	for k := q.na.next; k < q.after && k < len(q.s.toks); k++ {
		if c := q.at(k); c != "" {
			return c
		}
	}
	return ""
}

// alsoAt reports "đồng thời" (at the same time) at token k, not the
// currency "đồng" of a sum before it: it opens another predicate ("hỗ
// trợ 300 người với số tiền 4 tỷ đồng đồng thời đã tuyên truyền …"),
// whose cues are not the figure's before it.
func alsoAt(s *sentence, k int) bool {
	return s.word(k) == "đồng" && s.word(k+1) == "thời" && s.toks[k-1].kind != tokNumber && s.word(k-1) != "nghìn" &&
		s.word(k-1) != "triệu" && s.word(k-1) != "tỷ" && s.word(k-1) != "tỉ" && s.word(k-1) != "ngàn"
}

// classBoundWords is how many words a class's bound may name between its
// number and "trở lên" ("từ 20 lao động trở lên").
const classBoundWords = 3

// classBounds returns the last token of a bound that names a class at the
// number at token k, its bound word at k-1 ("từ 20 lao động trở lên", the firms a target is
// for): a threshold word before the number and "trở lên" a few words
// after it; else -1. Such a number is a condition, not a figure that
// opens a predicate of its own.
func classBounds(s *sentence, k int) int {
	if k >= len(s.toks) || s.toks[k].kind != tokNumber || !inList("threshold-bound", s.word(k-1)) {
		return -1
	}
	for j := k + 1; j < len(s.toks) && j <= k+1+classBoundWords; j++ {
		if orMore(s, j) {
			return j + 1
		}
		if s.toks[j].kind != tokWord {
			return -1
		}
	}
	return -1
}

// selectedEntrants reports people counted as "tiêu biểu" (chosen) in
// their own phrase, who take part ("tham gia", "tham dự", "biểu diễn",
// "thi đấu") in an event of culture or sport the sentence names after them,
// in a sentence that tells no award (awardVerbs): "1.400 vận động viên
// tiêu biểu, xuất sắc … đã tham gia Ngày hội “Văn hóa - Thể thao”" are the
// event's entrants. "khen thưởng 30 vận động viên xuất sắc của hội thao"
// tells an award, and stays emulation.
func (q categoryQuery) selectedEntrants() bool {
	s := q.s
	if s.lowHolds(awardPhrasesHeld) {
		return false
	}
	chosen := false
	for k := q.na.next; k+1 < len(s.toks) && k <= q.na.next+selectionSpan; k++ {
		if isClauseMark(s.word(k)) || s.toks[k].kind == tokNumber {
			break
		}
		if s.word(k) == "tiêu" && s.word(k+1) == "biểu" {
			chosen = true
			break
		}
	}
	if !chosen {
		return false
	}
	joined, culture := false, false
	for k := q.na.next; k+1 < len(s.toks); k++ {
		w := s.word(k)
		if w == ";" || w == ":" {
			break
		}
		switch w + " " + s.word(k+1) {
		case "tham gia", "tham dự", "biểu diễn", "thi đấu":
			joined = true
		}
		if joined && q.at(k) == "culture" {
			culture = true
		}
	}
	return culture
}

// countWith is the category of the noun counted right after "với" and a
// number in a percent's clause: "đạt 185,4% chỉ tiêu kế hoạch đề ra với
// 52.310 sáng kiến" is the share of the plan those initiatives reach, of
// their kind (emulation), whatever the sentence before it names ("đại
// dịch"); "" when no such count follows, or its noun has no cue.
func (q categoryQuery) countWith() string {
	s := q.s
	for k := q.na.next; k < len(s.toks) && k <= q.na.next+maxShareWords; k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "," {
			return ""
		}
		if s.toks[k].kind != tokNumber {
			continue
		}
		if s.word(k-1) != "với" {
			return ""
		}
		for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
			if c := q.at(j); c != "" && c != "other" {
				return c
			}
		}
		return ""
	}
	return ""
}

// maxShareWords is how many words a percent and the count that it stands
// for may stand apart ("% chỉ tiêu kế hoạch đề ra với").
const maxShareWords = 8

// eventKind is the kind an event's own noun says ("đêm văn nghệ", "lớp
// tập huấn", "hội thao"), "" for another unit or a noun that says none
// ("chương trình", "hoạt động"). A welfare cue later in the number's
// phrase (the Tết it is held for, the people in hardship it serves) does
// not change it; a contest's subject ("hội thi lao động giỏi") does.
func (q categoryQuery) eventKind() string {
	if q.unit != "event" {
		return ""
	}
	for k := q.na.next; k < q.after && k < len(q.s.toks); k++ {
		if c := q.at(k); c != "" && c != "other" && c != "welfare" {
			return c
		}
	}
	return ""
}

// bareProgramme reports an event counted by the noun "chương trình" with
// no other word of its own phrase before a comma or the clause's end, or
// only a verb of taking place after it ("diễn ra", "được tổ chức"): a
// programme that says nothing of its kind.
func (q categoryQuery) bareProgramme() bool {
	s, k := q.s, q.na.next
	if s.word(k) != "chương" || s.word(k+1) != "trình" {
		return false
	}
	w := s.word(k + 2)
	if w == "diễn" && s.word(k+3) == "ra" || w == "được" && s.word(k+3) == "tổ" && s.word(k+4) == "chức" {
		return true // "6 chương trình diễn ra trên khắp cả nước", "2 chương trình được tổ chức tại …": only where it is held
	}
	return w == "," || w == "" || isClauseMark(w)
}

// contributes reports "góp phần" at token k, opening after a comma what
// the figure's act contributes to: an aim, not what the figure counts.
func contributes(s *sentence, k int) bool {
	return s.word(k) == "góp" && s.word(k+1) == "phần"
}

// listDestination is the category of where a list of goods goes, for a
// figure of goods whose own phrase names no cue: "tặng 4 chiếc ti vi, 6
// bộ bàn ghế và 300 cuốn truyện cho điểm sinh hoạt văn hóa" sends every item of
// the list to the cultural point, not only the last one. From the figure's
// noun, the list goes on over items that "," or "và" open with a number;
// the cue after "cho" past the last item, before the clause ends, is the
// list's. "" if the figure starts no such list.
func (q categoryQuery) listDestination() string {
	s := q.s
	items, dest := 0, -1
	for k := q.after; k < len(s.toks) && k < q.after+listDestinationSpan; k++ {
		w := s.word(k)
		if s.toks[k].kind == tokNumber {
			if p := s.word(k - 1); p != "," && p != "và" || dest >= 0 {
				return ""
			}
			items++
			continue
		}
		if isClauseMark(w) || w == ";" {
			break
		}
		if w == "cho" && items > 0 && dest < 0 {
			dest = k + 1
			continue
		}
		if dest >= 0 && w == "," {
			break
		}
	}
	if dest < 0 {
		return ""
	}
	best := ""
	for k := dest; k < len(s.toks) && s.word(k) != "," && !isClauseMark(s.word(k)) && s.toks[k].kind != tokNumber; k++ {
		if c := q.at(k); c != "" && !s.covered[k] {
			best = c
		}
	}
	return best
}

// listDestinationSpan is how many tokens after a figure's noun
// listDestination walks over its list to reach "cho".
const listDestinationSpan = 30

// frontedWith reports a number in a phrase that opens the sentence on
// "Với" ("Với 40 CĐCS tham gia, hội thao năm nay có 600 vận động viên"):
// the phrase frames the clause after its comma, whose cues are its figure's
// too.
func (q categoryQuery) frontedWith() bool {
	return q.s.word(0) == "với" && !wordWithin(q.s, ",", 0, q.na.tok)
}

// figureAhead reports another figure after the comma at token k, before
// the clause ends: what follows the comma is a predicate of its own with
// its own figure ("quản lý 312 CĐCS, chăm lo cho hơn 20.000 đoàn viên":
// the care is the members', not the unions'), and its cues are
// that figure's.
func figureAhead(s *sentence, k int) bool {
	if peopleAt(s, k+1) {
		return false // "380 gia đình công nhân, viên chức, … được tặng quà": the counted nouns listed
	}
	if s.word(k-1) == "phòng" && s.word(k+1) == "chống" {
		return false // "phòng, chống dịch": one phrase, written with a comma
	}
	switch s.word(k + 1) {
	case "giúp", "nhằm", "để", "góp":
		return false // "phát 3.000 thẻ …, giúp đoàn viên hưởng ưu đãi tại 40 cơ sở": the purpose of the same act
	}
	if s.covered[k] {
		return false // "tham quan, nghỉ dưỡng": a comma inside a cue's phrase
	}
	for j := k + 1; j < len(s.toks) && !isClauseMark(s.word(j)); j++ {
		if s.toks[j].kind == tokNumber && !yearToken(s, j) && classBounds(s, j) < 0 {
			return true
		}
	}
	return false
}

// newConjunct reports "và" at token k followed at once by a cue (a head
// word with a category of its own) whose own figure comes after it in
// the clause: a new item of a list, "… và quỹ tương trợ cho 9 công nhân",
// whose cue is not the figure's before "và".
func (q categoryQuery) newConjunct(k int) bool {
	s := q.s
	if k+1 >= len(s.toks) || q.at(k+1) == "" {
		return false
	}
	for j := k + 2; j < len(s.toks) && !isClauseMark(s.word(j)); j++ {
		if s.toks[j].kind == tokNumber {
			return true
		}
	}
	return false
}

// yearToken reports a number at token k written as a year of this era
// ("2016" in "Tết sum vầy 2016"): four digits, 19xx or 20xx.
func yearToken(s *sentence, k int) bool {
	w := s.word(k)
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && strings.Trim(w, "0123456789") == ""
}

// channelled reports a sum told after "thông qua" and a body in its
// sentence ("Thông qua Tổng LĐLĐ Việt Nam, LĐLĐ tỉnh A hỗ trợ 200 triệu
// đồng cho đoàn viên vùng lũ"): the giver's contribution to another
// body's drive, passed on by that body to people who are not its own
// members. For the giver it is a donation (the contract's finance,
// "vận động ủng hộ"), not care for its own members; a programme after
// "thông qua" ("Thông qua chương trình …") names no body. A national
// body's gift passed on through a province's federation is that
// province's care for its workers (orgs.go relayedThrough), no donation.
func channelled(s *sentence, t int) bool {
	if _, ok := relayedThrough(s, t); ok {
		return false
	}
	for _, m := range s.mentions {
		if m.tok >= t {
			break
		}
		if m.tok >= 2 && s.word(m.tok-2) == "thông" && s.word(m.tok-1) == "qua" {
			return true
		}
	}
	return false
}

// sourceAt reports "do" before a name at token k: what follows says who
// raised or gave the sum before it, not what it is for ("30 triệu đồng do
// Quỹ A vận động cán bộ ủng hộ" is the grant's, not fundraising).
func sourceAt(s *sentence, k int) bool {
	return s.word(k) == "do" && capitalWords(s, k+1, 1) > 0
}

// before is steps 2 and 3: the nearest cue before the number in its
// clause, else in its sentence. A side remark in brackets that closes
// before the number is passed over: "trao trợ cấp cho 30 công nhân (trích
// từ “Quỹ vì người nghèo”) mỗi suất trị giá 500 nghìn đồng" is welfare.
func (q categoryQuery) before() string {
	c, _ := q.beforeWhere()
	return c
}

// beforeWhere is before, and whether the cue it found stands past a ";"
// (in another part of the sentence, about another thing).
func (q categoryQuery) beforeWhere() (string, bool) {
	s, best := q.s, ""
	inClause, inPart, bestOther := true, true, false
	for k := q.na.tok - 1; k >= fronted(s, q.na.tok); k-- {
		if s.word(k) == ")" {
			if open := openingBracket(s, k); open >= 0 {
				k = open
				continue
			}
		}
		if isClauseMark(s.word(k)) || s.word(k) == "," {
			inClause = false
			inPart = inPart && s.word(k) != ";"
		}
		if c := q.at(k); c != "" && !s.covered[k] {
			if inClause {
				return c, false
			}
			if best == "" {
				best, bestOther = c, !inPart
			}
		}
	}
	return best, bestOther
}

// fronted is the token after the comma that closes a sentence's opening
// phrase of time on "Sau" ("Sau một thời gian vận động, 25 công nhân viết
// đơn xin gia nhập công đoàn") before token t, 0 if there is none: what
// came before the figure's act says nothing of its category.
func fronted(s *sentence, t int) int {
	if s.word(0) != "sau" {
		return 0
	}
	end := 0
	for k := 1; k < t; k++ {
		if w := s.word(k); w == "," {
			end = k + 1 // "Sau hai tháng vận động, tuyên truyền, …": the phrase's last comma
		} else if isClauseMark(w) || s.toks[k].kind == tokNumber {
			return 0
		}
	}
	return end
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
// đoàn viên, lao động … được hỗ trợ") does not end it; "thì", which opens
// the main clause after a fronted one ("Bên cạnh chỉ đạo 90% CĐCS tổ chức
// đại hội thì công tác tuyên truyền …"), does (mainClauseAt).
func (q categoryQuery) restOfClause() string {
	s, best := q.s, ""
	subject := subjectPassive(s, q.na)
	for k := q.na.next; k < len(s.toks); k++ {
		if mainClauseAt(s, k) {
			break
		}
		if subject && isClauseMark(s.word(k)) {
			if next := employerList(s, q.na.next, k); next > k {
				k = next - 1
				continue
			}
		}
		if isClauseMark(s.word(k)) || (s.word(k) == "," && (k != q.after || !peopleAt(s, k+1)) && !listComma(s, k) && !subject) {
			break
		}
		if sourceAt(s, k) {
			break
		}
		if c := q.at(k); c != "" && !s.covered[k] {
			best = c // not a word inside a longer phrase: "thi đua" in "cụm thi đua"
		}
	}
	return best
}

// restOfPart is the last cue after the number up to the end of its part
// of the sentence (the next ";" or clause mark, or another figure): its
// own clause when a cue before it stands in another part. Commas inside
// the part list its subject's kinds ("CĐCS tại doanh nghiệp, đơn vị ngoài
// nhà nước thực hiện quy chế dân chủ") and do not end it; one that opens
// a predicate with a figure of its own does.
func (q categoryQuery) restOfPart() string {
	s, best := q.s, ""
	for k := q.na.next; k < len(s.toks); k++ {
		if isClauseMark(s.word(k)) || s.toks[k].kind == tokNumber || sourceAt(s, k) || s.word(k) == "," && figureAhead(s, k) || mainClauseAt(s, k) {
			break // "thành lập CĐCS đạt 105%, vận động ủng hộ Quỹ … đạt 100%": the next figure's
		}
		if c := q.at(k); c != "" && !s.covered[k] {
			best = c
		}
	}
	return best
}

// subjectPassive reports a count of people or members that opens the
// sentence as its subject (maybe after one word: "Thêm 45 công nhân, lao
// động ở khu công nghiệp A, mất việc do …, được nhận trợ cấp") and whose predicate,
// after the commas of its description, is passive ("được"): what the
// people receive, told after the commas, is the figure's category.
//
// A short opening phrase before the count ("Theo đó, 80 công nhân …",
// "Cụ thể, …") does not keep it from opening the sentence, and the
// description may name the people's employers in a list split by
// semicolons, with their addresses in brackets ("… của Công ty A (xã B);
// Trường C; Trường D được khám sức khỏe"): see employerList.
func subjectPassive(s *sentence, na numberAt) bool {
	if !openingCount(s, qualifierStart(s, na.tok)) || !peopleAt(s, na.next) {
		return false
	}
	comma := false
	for k := na.next; k < len(s.toks); k++ {
		w := s.word(k)
		if isClauseMark(w) {
			if next := employerList(s, na.next, k); next > k {
				comma, k = true, next-1
				continue
			}
			return false
		}
		switch w {
		case ",":
			comma = true
		case "được":
			return comma
		}
	}
	return false
}

// openingSpan is how many words may open a sentence before its count.
const openingSpan = 3

// openingCount reports a count starting at token q that opens its
// sentence: at its start or after one word ("Thêm 45 công nhân"), or after
// a short phrase of words closed by a comma ("Theo đó, 80 công nhân",
// "Cụ thể, …"; no number in it: "Năm 2024, …" is read by its year).
func openingCount(s *sentence, q int) bool {
	if q <= 1 {
		return true
	}
	if q-1 > openingSpan || s.word(q-1) != "," {
		return false
	}
	for k := 0; k < q-1; k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return true
}

// employerList is the token after the clause mark at token k when that
// mark only goes on the description of the people counted from token
// from: an address in brackets ("Công ty A (xã B)") or a semicolon that
// opens another employer's name ("; Trường C"), with no category cue and
// no number from the people to the mark nor in what it adds. 0 when the
// mark ends the clause.
func employerList(s *sentence, from, k int) int {
	if !plainDescription(s, from, k) {
		return 0
	}
	end := k + 1
	switch s.word(k) {
	case "(":
		for end < len(s.toks) && s.word(end) != ")" {
			end++
		}
		if end >= len(s.toks) {
			return 0
		}
		end++
	case ";":
		if !capitalAt(s, k+1) {
			return 0
		}
	default:
		return 0
	}
	if !plainDescription(s, k+1, end) {
		return 0
	}
	return end
}

// plainDescription reports tokens [from, to) with no number and no
// category cue of their own: words that only describe the people counted.
// It reads cues through cueOf, which gives none for a sentence whose cues
// were never looked up.
func plainDescription(s *sentence, from, to int) bool {
	for j := from; j < to; j++ {
		if s.toks[j].kind == tokNumber {
			return false
		}
		if c := s.cueOf(j); c != nil && c.category != "" && !s.covered[j] {
			return false
		}
	}
	return true
}

// listComma reports a comma at token k that joins two words of one kind
// into a list (words.tsv comma-list: "các tỉnh, thành", "công tác, làm
// việc"), not one that ends a clause.
func listComma(s *sentence, k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	rest := s.low[s.toks[k+1].start:]
	for _, p := range lex.ordered["comma-list"] {
		before, after, _ := strings.Cut(p, ", ")
		if s.phraseBefore(k, before) && strings.HasPrefix(rest, after) &&
			(len(rest) == len(after) || !startsWord(rest[len(after):])) {
			return true
		}
	}
	return false
}

// startsWord reports text that opens with a letter or a digit.
func startsWord(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return isWordRune(r)
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
	for from > 0 && s.word(from-1) != ";" && !mainClauseAt(s, from-1) {
		from--
	}
	for to < len(s.toks) && s.word(to) != ";" && !mainClauseAt(s, to) {
		to++
	}
	for k := from; k < to; k++ {
		if c := q.at(k); c != "" && !s.covered[k] && !fundGives(s, k) {
			count[c]++
			if count[c] > count[best] {
				best = c
			}
		}
	}
	return best
}

// fundGives reports a fund named at token k as the subject of a giving
// verb in a part of a total ("…, trong đó Quỹ Xã hội Công đoàn tỉnh hỗ
// trợ 40 triệu đồng"): the fund names who gives, not what the total is
// for; the verb says that.
func fundGives(s *sentence, k int) bool {
	i := k - 1
	if s.word(i) == "phần" {
		i-- // "trong đó phần Quỹ … hỗ trợ là …"
	}
	if s.word(k) != "quỹ" || s.word(i) != "đó" || s.word(i-1) != "trong" {
		return false
	}
	for j := k + 1; j < len(s.toks) && j < k+12; j++ {
		if s.toks[j].kind == tokNumber || isClauseMark(s.word(j)) || s.word(j) == "," {
			return false
		}
		if inList("gives", s.word(j)) {
			return true
		}
	}
	return false
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

// mainClauseAt reports "thì" at token k: the link that closes a fronted
// clause ("Nếu …", "Bên cạnh …", "Ngoài việc …", "Còn …") and opens the
// main one. A figure before it belongs to the fronted clause, and a cue
// after it names what the main clause is about, not the figure.
func mainClauseAt(s *sentence, k int) bool { return s.word(k) == "thì" }

// beforeMainClause reports a "thì" (mainClauseAt) after token t in its
// part of the sentence, before any ";" or clause mark: the figure stands
// in the fronted clause ("Bên cạnh việc hướng dẫn 90% CĐCS tổ chức đại
// hội thì …").
func beforeMainClause(s *sentence, t int) bool {
	if !strings.Contains(s.low, "thì") {
		return false // the cheap trigger
	}
	for k := t; k < len(s.toks); k++ {
		if mainClauseAt(s, k) {
			return true
		}
		if isClauseMark(s.word(k)) {
			return false
		}
	}
	return false
}

func isClauseMark(w string) bool { return len(w) == 1 && clauseMarks[w[0]] }

var clauseMarks = [256]bool{';': true, '.': true, ':': true, '(': true, ')': true, '!': true, '?': true}

// housingBuilt reports a figure of homes a union builds or repairs for
// workers, welfare by the contract (Mái ấm công đoàn and other housing
// aid), whatever verb of collecting governs it: a count of homes after a
// verb of building ("vận động xây dựng 12 nhà “Mái ấm”, 4 nhà tình
// nghĩa", "vận động làm 1 nhà lắp ghép"), the sum that builds them ("vận
// động 1,4 tỉ đồng xây dựng 12 nhà …") and the value of such a home ("…
// 1 nhà lắp ghép trị giá 150 triệu đồng"). A sum given to a fund that
// builds homes ("ủng hộ Quỹ Mái ấm") builds none itself and stays the
// fund's.
func housingBuilt(s *sentence, na numberAt, unit string) bool {
	switch unit {
	case "count", "item", "vnd":
	default:
		return false
	}
	if !strings.Contains(s.low, "nhà") {
		return false // the cheap trigger: no home named
	}
	if unit != "vnd" {
		return dwellingAt(s, na.next) && builtList(s, na.tok, 4)
	}
	k := na.next
	if s.word(k) == "để" {
		k++
	}
	if j := houseVerbAfter(s, k); j > k {
		if dwellingAt(s, j) {
			return true // "… 2 tỉ đồng xây dựng nhà cho công nhân"
		}
		if c := s.cueOf(j); c != nil && c.qualifier != "" && int(s.cueEnd[j]) < len(s.toks) {
			j = int(s.cueEnd[j])
		}
		return j < len(s.toks) && s.toks[j].kind == tokNumber && dwellingAt(s, j+1)
	}
	q := qualifierStart(s, na.tok)
	if s.word(q-1) != "giá" || s.word(q-2) != "trị" {
		return false
	}
	// "dựng 1 nhà lắp ghép trị giá 180 triệu đồng": a home's value
	for j := q - 3; j >= 0 && j >= q-10; j-- {
		if w := s.word(j); w == "," || isClauseMark(w) {
			return false
		}
		if s.toks[j].kind == tokNumber {
			return dwellingAt(s, j+1) && builtList(s, j, 4)
		}
	}
	return false
}

// houseVerbAfter returns the token after a verb of building (house-build
// in words.tsv) that starts at token k, k if none starts there.
func houseVerbAfter(s *sentence, k int) int {
	for n := 2; n >= 1; n-- {
		if k+n <= len(s.toks) && s.listBefore(k+n, "house-build") && (n == 1 || s.word(k) != "," && s.toks[k].kind == tokWord) {
			return k + n
		}
	}
	return k
}

// builtList reports the count at token t told right after a verb of
// building, or an item of a list that one opens ("xây dựng 20 nhà
// “MÂCĐ”, 11 nhà tình nghĩa và 1 nhà tình thương"); depth bounds the
// items walked back.
func builtList(s *sentence, t, depth int) bool {
	q := qualifierStart(s, t)
	if s.listBefore(q, "house-build") {
		return true
	}
	if w := s.word(q - 1); depth == 0 || w != "," && w != "và" {
		return false
	}
	for j := q - 2; j >= 0 && j >= q-10; j-- {
		if isClauseMark(s.word(j)) {
			return false
		}
		if s.toks[j].kind == tokNumber {
			return dwellingAt(s, j+1) && builtList(s, j, depth-1)
		}
	}
	return false
}

// dwellingAt reports a home named at token k: "nhà" (not "nhà văn hóa",
// "nhà máy", "nhà giáo": not-dwelling in words.tsv), "căn nhà", "ngôi
// nhà", "căn hộ", "mái ấm".
func dwellingAt(s *sentence, k int) bool {
	w := s.word(k)
	if w == "căn" || w == "ngôi" {
		if s.word(k+1) == "hộ" {
			return w == "căn"
		}
		k++
		w = s.word(k)
	}
	if w == "mái" {
		return s.word(k+1) == "ấm"
	}
	return w == "nhà" && !inList("not-dwelling", s.word(k+1))
}

package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lddt/unionstats/corpus"
)

// numberAt is one candidate numeral of a sentence.
type numberAt struct {
	tok  int // token index of its first numeral
	next int // first token after the numeral phrase (multiplier, currency, "%")
	n    Number
}

// sentenceRecords appends the records of the numerals of one sentence to
// out.
func (x *articleContext) sentenceRecords(out []Record, s *sentence) []Record {
	consumed := -1      // byte offset (in s.low) before which numerals are already used
	othersOnly := false // a figure was another body's before any record of the sentence
	skipNext := map[int]bool{}
	first := len(out) // the sentence's first record in out
	zones := false    // a figure was the zones' labour market (zonesWorkforce)
	// the first bound of a range in out, and the token of its second
	rangeFirst, rangeSecond := -1, -1
	// the last sum of money in out opened by "từ", and the token after its
	// phrase
	fromMoney, fromMoneyEnd := -1, -1
	lastTok := -1 // the token of the sentence's last record
	backRef := -1 // the record of the sentences before that a figure of this one points back to (restatedWithThis)
	for t := 0; t < len(s.toks); t++ {
		tk := s.toks[t]
		if tk.kind != tokNumber || int(tk.start) < consumed || skipNext[t] {
			continue
		}
		n, ok := ParseNumber(s.low, int(tk.start))
		if !ok {
			continue
		}
		if n.Myriads {
			n = myriadsOrName(s, t, n)
		}
		na := numberAt{tok: t, n: n, next: nextToken(s, t+1, n.End)}
		consumed = n.End
		if dashedDate(s.low, int(tk.start)) {
			continue // "2025-10-15", "15-10-2025": a date, whatever follows it
		}
		if x.otherCongress && otherCongressOpens(s) {
			continue // "Đại hội đại biểu Phụ nữ thành phố …. Đại hội triệu tập 480 đại biểu.": that body's congress
		}
		if x.otherPlan && othersPlanOpens(s) {
			continue // "… Kế hoạch 57/KH-UBND của Ủy ban nhân dân tỉnh. Kế hoạch đặt mục tiêu … 42.300 phụ nữ …": that body's targets
		}
		if (n.Money || !n.Percent && !n.HasDenom) && ownStory(s, t, n.Money) {
			continue // "Mỗi ngày chị chạy xe hơn 10 giờ để có khoản thu 300.000 đồng": one person's own life
		}
		handed := -1 // the union's record whose gift this figure hands over again (handedOverAgain) or whose cost it shares (fundersShare)
		if otherActor(s, t) {
			if handed = handedOverAgain(s, na, out[:first]); handed < 0 {
				handed = fundersShare(s, na, out[:first])
			}
			if handed < 0 {
				othersOnly = othersOnly || len(out) == first
				continue
			}
		}
		if (x.othersGift && (eachSentence(s) || breakdown(s) || giftGoesOn(s)) || x.othersItem || x.itemBullet) && !unionActs(s) {
			// "Công ty A cũng trao 70 suất quà. Mỗi suất quà trị giá …":
			// the other body's gift, told on; a breakdown of a figure that
			// was not union work ("… cả nước ghi nhận 310 ca mắc. Trong đó,
			// riêng tỉnh A có 95 ca."); and the figures of an item ("* Cùng
			// ngày, Hội Bảo trợ … tặng quà …") another body acts in
			continue
		}
		if priceOf(s, na) {
			continue // before moneyRange, which would take a price range's first bound
		}
		if v, second, ok := moneyRange(s, na); ok {
			// "từ 3 đến 10 triệu đồng": the first bound takes the second's
			// multiplier
			na.n.Value, na.n.Multiplied, na.n.Money = v, true, true
			rangeFirst, rangeSecond = len(out), second
			out = append(out, x.record(s, na, "vnd", "đồng", na.next))
			continue
		}
		if end, ok := countRange(s, na); ok {
			// "từ 12.000 – 15.000 đoàn viên": both bounds count what the
			// second one names
			unit, noun, after, _ := unitOf(s, end)
			rangeFirst, rangeSecond = len(out), end.tok
			out = append(out, x.record(s, na, unit, noun, after))
			continue
		}
		if x.excluded(s, na, skipNext) || congressOrdinal(s, na) {
			continue
		}
		unit, noun, after, ok := unitOf(s, na)
		if ok && unit == "count" && after == na.next+1 {
			if u := x.scope.bodies.abbrevUnit(s.text[s.toks[na.next].start:s.toks[na.next].end]); u != "" {
				unit = u // "biểu dương 58 CNG" after "công nhân giỏi (CNG)"
			}
		}
		if !ok && bareRate(s, na) {
			unit, noun, after, ok = "vnd", "", na.next, true
		}
		if !ok && bareValue(s, na) {
			unit, noun, after, ok = "vnd", "", na.next, true
			na.n.Money = true // read as the sum it is: "10 suất trị giá 1.250.000" is each one's
		}
		elidedItem := false // an item after ";" that leaves out the noun it counts (elidedNoun)
		if !ok && len(out) > first {
			unit, noun, after, ok = elidedNoun(s, na, &out[len(out)-1])
			elidedItem = ok && s.word(t-1) == ";"
		}
		if !ok && s.word(na.next) == "," {
			unit, noun, after, ok = nounAhead(s, na)
		}
		negated := len(out) > first && negatedConjunct(s, na, lastTok, &out[len(out)-1])
		if negated {
			unit, noun, after, ok = out[len(out)-1].Unit, out[len(out)-1].Noun, na.next, true
		}
		if !ok || (unit == "count" && !federationsGiven(s, t, na.next) && (afterName(s, t) && !breakdownItem(s, t) && !countNounAt(s, na.next) || inFirmName(s, t) || regionScope(s, na.next) || namedPlaceList(s, na.next) && !s.listBefore(qualifierStart(s, t), "gives-to") || placesOfBody(s, t, na.next) || areaInCharge(s, t, na.next) || houseNumber(s, t, na.next))) || numberedInstitution(s, t, na.next) {
			continue
		}
		if allOfThem(s, na, noun, after, out[:first]) || allOfNamed(s, na) || eachOwnKind(s, na) || leadersOfBodies(s, t, unit) {
			continue
		}
		if n.Digits == 4 && !n.Thousands && !n.Decimal && !n.HasDenom && !n.Percent && !n.Money &&
			n.Value >= 1900 && n.Value <= 2100 && (unit == "count" || s.word(t-1) == "năm") {
			continue // a year
		}
		if unit == "member" && !n.HasDenom {
			if d, tok, ok := workforceDenominator(s, after, n.Value); ok {
				// "83.400 đoàn viên/ 85.100 người lao động": members over
				// the workforce, one X/Y record
				n.Denominator, n.HasDenom = d, true
				na.n = n
				skipNext[tok] = true
			}
		}
		if (n.Percent || percentBound(s, na)) && percentRange(s, na, skipNext) {
			continue
		}
		if threshold(s, na, after) || impairmentBound(s, na) || bodyPart(s, na) || bracketedMinimum(s, t) || sizeClass(s, na, unit) || rateThreshold(s, na, after) || areaStatistic(s, t, unit) || betweenParties(s, t, unit) || groundsCount(s, na) || multiplier(s, t) || documentNumber(s, na) {
			continue
		}
		if placeMakeup(s, na.next) || contestMakeup(s, na) || goodsSize(s, na) {
			continue
		}
		if stayingForTet(s, unit) || unit == "person" && x.pupilResult(s, na) || workersOwnState(s, unit, after) || employedShare(s, na.tok, unit, after) || incidentCount(s, na, unit) || epidemicReach(s, na.tok, unit) {
			continue
		}
		if zonesWorkforce(s, t, unit) || unit == "percent" && x.zonesMarket && workforceShare(s, t) {
			zones = true
			continue
		}
		if n.Value == 0 {
			continue // "Gian hàng 0 đồng": a zero is a name or a slogan, never a count
		}
		if n.Value == 1 && !n.Decimal && t > 1 && s.word(t-1) == "/" && s.toks[t-2].kind == tokWord {
			continue // "250.000 đồng/1 trường hợp": the rate's denominator, not a count
		}
		if unit == "member" && (admittedToParty(s, after) || partyBuilding(s, t, after) || partyPart(s, t)) {
			unit = "person" // "18.000 đoàn viên được kết nạp vào Đảng": party building counts persons
		}
		r := x.record(s, na, unit, noun, after)
		if unit == "vnd" && x.sentTotal == "" && totalBefore(s, t) {
			x.sentTotal = r.Category // "… với tổng kinh phí hơn 5.200 tỉ đồng": the total its parts after "Trong đó" share (partOfTotal)
		}
		if handed >= 0 {
			r.Org, r.OrgType, r.Province = out[handed].Org, out[handed].OrgType, out[handed].Province
		}
		if negated || elidedItem {
			r.Category = out[len(out)-1].Category // the first conjunct's predicate, negated; the list's first item's kind
		}
		if r.Status == StatusAchieved && first > 0 && planCarried(s, t, &out[first-1]) {
			r.Status = StatusPlanned
		}
		if backRef < 0 {
			backRef = restatedWithThis(s, t, after, &r, out[:first])
		}
		if backRef >= 0 && out[backRef].Status == StatusPlanned && statusCue(s, t) == "" && !namesYear(s.low) {
			// "Theo kế hoạch, … năm 2025 - 2026 … khám bệnh cho 15.000
			// công nhân. 15.000 công nhân này được chọn ở 7 tỉnh": the
			// sentence tells on of the plan it points back to, its span and
			// kind too, whatever status the sentence's own context gave
			b := &out[backRef]
			r.Status, r.Period, r.Year, r.Category = b.Status, b.Period, b.Year, b.Category
		}
		if (orMore(s, after) || s.word(after) == "/" && orMoreAfter(s, after) >= 0 || r.Status == StatusPlanned && targetFrom(s, t)) && r.Qualifier == QualExact {
			// ("từ 18 triệu đồng/người/tháng trở lên": the bound closes after the rate)
			r.Qualifier = QualAtLeast
		}
		if r.Qualifier == QualExact && len(out) > first && sharedQualifier(s, lastTok, t, &out[len(out)-1], &r) {
			r.Qualifier = out[len(out)-1].Qualifier // "ít nhất 55% CĐCS tại A và 35% CĐCS tại B"
		}
		if n.HasDenom {
			from := after
			if completionAside(s, na.next) > na.next {
				from = na.next // "57/60 (đạt 95%) doanh nghiệp": the bracket restates the fraction before its noun
			}
			if pct, tok := completionAfter(s, from); tok >= 0 {
				r.Completion = &pct
				skipNext[tok] = true
				if r.Status == StatusPlanned && !planInClause(s, t) {
					// "thực hiện các chỉ tiêu được giao, trọng tâm là
					// kết nạp đoàn viên được 815/800 đạt 101,88%": the
					// target of an earlier clause; X/Y against it, with
					// its completion, is the result
					r.Status = StatusAchieved
				}
			}
		}
		if t == rangeSecond && rangeFirst >= 0 {
			sameBounds(&out[rangeFirst], &r)
		}
		if n.Money && fromMoney >= 0 && t == fromMoneyEnd+1 && isDash(s.word(fromMoneyEnd)) {
			// "từ 500.000 đồng đến 1 triệu đồng/người": both written in
			// full
			sameBounds(&out[fromMoney], &r)
		}
		fromMoney = -1
		if (n.Money || n.Multiplied && r.Unit == "vnd") && s.word(qualifierStart(s, t)-1) == "từ" {
			// "từ 5 triệu đến 40 triệu đồng": the first bound writes its
			// multiplier but leaves the currency to the second
			fromMoney, fromMoneyEnd = len(out), after
		}
		if r.Unit == "percent" && (r.Category == "other" && !ownItemOther(s, na, lastTok, after) || planShare(s, lastTok, t, after) || len(out) > first && out[len(out)-1].Unit == "vnd" && bracketShare(s, lastTok, t)) && len(out) > first && out[len(out)-1].Unit != "percent" {
			// "… nâng tổng số lên 1.985 CĐCS, vượt 11,7% kế hoạch năm": a
			// share of plan measures the count before it
			r.Category = out[len(out)-1].Category
		}
		if r.Unit == "vnd" && r.Basis == BasisTotal && len(out) > first && out[len(out)-1].Unit == "vnd" && out[len(out)-1].Basis == BasisPerUnit &&
			partAfter(s, t) && r.Value <= out[len(out)-1].Value {
			// "(trị giá 50 nghìn đồng), trong đó LĐLĐ hỗ trợ 25 nghìn
			// đồng": a part of what each one gets; a part larger than
			// the rate ("mỗi phần quà 700.000 đồng, trong đó ngân
			// sách chi 8 tỷ đồng") breaks the total down
			r.Basis = BasisPerUnit
		}
		if r.Unit == "vnd" && r.Basis == BasisTotal && len(out) > first+1 && nextPart(s, out[first:], lastTok, t, r.Value) {
			// "Mỗi suất 600 ngàn đồng, trong đó có 450 ngàn là tiền mặt
			// và 150 ngàn là quà": every part listed after "trong đó"
			// is a part of what each one gets
			r.Basis = BasisPerUnit
		}
		if r.Basis == BasisTotal && x.rateParts(out, first, s, &r) {
			// "mỗi suất trị giá 900.000 đồng. Trong đó có 600.000 đồng
			// tiền mặt và 1 thùng sữa": the next sentence lists what each
			// gift is made of
			r.Basis = BasisPerUnit
		}
		if r.Unit == "vnd" && len(out) > first && out[len(out)-1].Unit == "vnd" && elidedVerbPart(s, lastTok, t) {
			// "trong đó ngân sách tỉnh chi 3 tỷ đồng, quỹ công đoàn 2 tỷ
			// đồng": the second source leaves the verb out, and its sum is
			// spent on what the first one's is
			r.Category = out[len(out)-1].Category
		}
		if r.Unit == "vnd" && r.Basis == BasisTotal && len(out) > first && out[len(out)-1].Unit == "vnd" && out[len(out)-1].Basis == BasisTotal &&
			r.Value < out[len(out)-1].Value && fundedShare(s, t) {
			// "… với tổng kinh phí 300 triệu đồng, trong đó LĐLĐ huyện hỗ
			// trợ 80 triệu đồng": a funder's share of the total is spent
			// on what the total is, whatever "hỗ trợ" says alone
			r.Category = out[len(out)-1].Category
		}
		if r.Unit == "vnd" && r.Basis == BasisTotal && totalValueOf(s, t) {
			if g := slices.IndexFunc(out[first:], func(o Record) bool { return o.Unit == "gift" }); g >= 0 {
				// "trao 40 suất quà cho học sinh nghèo và 12 em đạt giải
				// … với tổng giá trị 18 triệu đồng": the value of the gifts
				// given, of their category, whatever the people after say
				r.Category = out[first+g].Category
			}
		}
		if len(out) > first && out[len(out)-1].Unit != "vnd" && out[len(out)-1].Unit != "percent" && ofTheCountBefore(s, lastTok, t) {
			// "có 180 nữ công nhân của 9 doanh nghiệp": whose
			// the people before are, of their category
			r.Category = out[len(out)-1].Category
		}
		if r.Unit == "vnd" && r.Basis == BasisTotal && len(out) > first && out[len(out)-1].Unit == "vnd" && out[len(out)-1].Basis == BasisPerUnit &&
			parallelRate(s, lastTok, t) {
			// "mỗi căn nhà làm mới được hỗ trợ 60 triệu đồng, sửa chữa được
			// hỗ trợ 30 triệu đồng": the next clause leaves "mỗi" out
			r.Basis = BasisPerUnit
		}
		if r.Unit == "vnd" && r.Basis == BasisTotal && len(out) > first && out[len(out)-1].Unit == "vnd" && out[len(out)-1].Basis == BasisPerUnit &&
			groupRate(s, lastTok, t) {
			// "mỗi suất trị giá 900.000 đồng cho học sinh tiểu học;
			// 1.300.000 đồng cho học sinh THCS": the rate for each group,
			// the list leaving "mỗi suất" out
			r.Basis = BasisPerUnit
		}
		if (r.Unit == "gift" || r.Unit == "item") && r.Value == 1 && r.Basis == BasisTotal && len(out) > first && out[len(out)-1].Unit == "vnd" &&
			out[len(out)-1].Basis == BasisPerUnit && oneMoreListed(s, lastTok, t) {
			// "túi quà trị giá 350.000 đồng, 1 voucher … và 1 phiếu bốc
			// thăm": one more thing listed after what each one gets is
			// each one's too
			r.Basis = BasisPerUnit
		}
		if r.Unit == "vnd" && len(out) > first && out[len(out)-1].Unit == "gift" && valueOfGifts(s, t) {
			// "trao 9.000 suất quà, tổng trị giá 6 tỷ đồng cho đoàn viên khó
			// khăn … và các cá nhân tiêu biểu": the gifts' value, of their
			// category
			r.Category = out[len(out)-1].Category
		}
		if r.Unit == "vnd" && len(out) > first && out[len(out)-1].Unit == "vnd" && totalValueAfter(s, lastTok, t) {
			// "quyên góp 900 triệu đồng và nhiều gạo, sữa, …, tổng trị
			// giá hơn 2 tỷ đồng": the value of all that the
			// clause of the sum before lists, of its category
			r.Category = out[len(out)-1].Category
		}
		if r.Unit == "percent" && len(out) > first && out[len(out)-1].Unit != "percent" && out[len(out)-1].Unit != "vnd" && bracketShare(s, lastTok, t) {
			// "trong đó nữ 8.000 người (chiếm tỷ lệ 53%), việc tổ chức
			// phong trào thi đua …": the share of the count it follows, of
			// its category and period, whatever a later clause tells
			r.Category, r.Period = out[len(out)-1].Category, out[len(out)-1].Period
		}
		if r.Unit == "percent" && len(out) > first && out[len(out)-1].Unit != "percent" && shareOfBefore(s, t) {
			// "… với hơn 12.000 đoàn viên, trong đó hơn 80% đoàn viên nữ":
			// a share of the count before it, of its category and period
			r.Category, r.Period = out[len(out)-1].Category, out[len(out)-1].Period
		}
		out = append(out, r)
		lastTok = t
	}
	x.othersGift = othersOnly && len(out) == first
	x.zonesMarket = zones && len(out) == first || x.zonesMarket && len(out) == first && !s.unionWord
	return out
}

// myriadsOrName is n, read at token t, without its "vạn" when the word is
// capitalised: "số 12 Vạn Phúc" is a house number before a street's name,
// not 120000.
func myriadsOrName(s *sentence, t int, n Number) Number {
	if t+1 >= len(s.toks) {
		return n
	}
	if r, _ := utf8.DecodeRuneInString(s.text[s.toks[t+1].start:]); !unicode.IsUpper(r) {
		return n
	}
	v, end, _, ok := scanNumeral(s.low, int(s.toks[t].start))
	if !ok {
		return n
	}
	n.Value, n.End, n.Multiplied, n.Myriads = v, end, false, false
	return n
}

// workforceDenominator reads the Y of "X đoàn viên/ Y người lao động": the
// slash right after the members' noun (spaces either side) and a count of
// persons, at least X, right after it or after a size word (sizedAfter).
// The members are a part of that workforce, so the two are one X/Y figure
// (the contract's denominator is the total), not two counts. tok is Y's
// token.
func workforceDenominator(s *sentence, after int, x float64) (float64, int, bool) {
	if s.word(after) != "/" {
		return 0, 0, false
	}
	tok := sizedAfter(s, after+1)
	if tok >= len(s.toks) || s.toks[tok].kind != tokNumber {
		return 0, 0, false
	}
	n, ok := ParseNumber(s.low, int(s.toks[tok].start))
	if !ok || n.Money || n.Percent || n.HasDenom || n.Value < x {
		return 0, 0, false
	}
	if u, _, _, ok := unitOf(s, numberAt{tok: tok, n: n, next: nextToken(s, tok+1, n.End)}); !ok || u != "person" {
		return 0, 0, false
	}
	return n.Value, tok, true
}

// sizedAfter is the token after a size word of words.tsv stock-size
// ("tổng số", "số lượng") that starts at token t, else t: the Y of
// "20.500 đoàn viên/tổng số 22.900 người lao động" names the total it is.
func sizedAfter(s *sentence, t int) int {
	if k := t + 2; k < len(s.toks) && s.toks[k].kind == tokNumber && s.toks[t].kind == tokWord && s.listBefore(k, "stock-size") {
		return k
	}
	return t
}

// totalValueAfter reports a sum at token t after "tổng trị giá" that
// totals a list whose first item is the sum at token prev, with no other
// number, no ";" and no full stop between: "900 triệu đồng và nhiều gạo,
// sữa, tổng trị giá hơn 2 tỷ đồng".
func totalValueAfter(s *sentence, prev, t int) bool {
	j := qualifierStart(s, t) - 1
	if s.word(j) != "giá" || s.word(j-1) != "trị" || s.word(j-2) != "tổng" || prev < 0 || prev >= j {
		return false
	}
	for k := prev + 1; k < j-2; k++ {
		if w := s.word(k); s.toks[k].kind == tokNumber || w == ";" || w == "." || w == ":" {
			return false
		}
	}
	return true
}

// ownItemOther reports a percent at na that opens an item of its own, after
// a ";" that follows the count at token prev, and whose own phrase names a
// cue of other ("…, thành lập 17 CĐCS; 100% CĐCS đủ điều kiện thành lập
// ban nữ công"): its cue, not the count before, says what it measures. A
// share whose phrase names no cue ("…; 84% CĐCS hoàn thành tốt nhiệm vụ")
// still measures the count before it.
func ownItemOther(s *sentence, na numberAt, prev, after int) bool {
	semicolon := false
	for k := max(prev+1, 0); k < na.tok; k++ {
		semicolon = semicolon || s.word(k) == ";"
	}
	return semicolon && categoryQuery{s: s, na: na, unit: "percent", after: after}.ownPhrase() == "other"
}

// planShare reports a percent at token t that states how much of a plan
// the count at token prev completes, in the same clause: "giới thiệu 1.860
// đoàn viên ưu tú để Đảng bồi dưỡng, kết nạp, đạt 100% chỉ tiêu" measures
// the 1.860 (other), whatever cue stands between them. after is the token
// after the percent.
func planShare(s *sentence, prev, t, after int) bool {
	if prev >= t || !inList("completion-verb", s.word(t-1)) && s.word(t-1) != "vượt" {
		return false
	}
	if w := s.word(after); w != "kế" && w != "chỉ" || s.word(after+1) != "hoạch" && s.word(after+1) != "tiêu" {
		return false
	}
	for k := prev + 1; k < t; k++ {
		if w := s.word(k); w == ";" || w == "." || w == ":" || s.toks[k].kind == tokNumber {
			return false
		}
	}
	return true
}

// zonesWorkforce reports a figure of the labour market of an area's
// industrial zones, not the union's: "Tỉnh X có 9 KCN đang hoạt động, với
// 1.500 doanh nghiệp", "lao động đang làm việc tại các KCN là 250.000 lao
// động" — zones, firms or workers counted in a sentence that names zones
// and what they have or who works there ("có", "làm việc"), and names no
// union body or activity, no member and no aid. What a zones' union
// manages ("Công đoàn các KCN quản lý 120.000 người") names the union.
func zonesWorkforce(s *sentence, t int, unit string) bool {
	if unit != "person" && unit != "organization" && unit != "count" {
		return false
	}
	if s.unionWord || len(s.unionToks) > 0 {
		// a union named after the last verb of saying before t, or with
		// none, is the subject; walked back only when one is named
		from := saidFrom(s, t)
		if from == 0 && s.unionWord || slices.ContainsFunc(s.unionToks, func(u int) bool { return u >= from }) {
			return false
		}
	}
	if guests(s) && !onBehalfOf(s, t) || attendeesOf(s, t) {
		return false // "Tham dự có … 120 công nhân các khu công nghiệp": guests
	}
	zone, verb := false, false
	for k := range s.toks {
		w := s.word(k)
		switch {
		case inList("zone", w) || w == "khu" && (s.word(k+1) == "công" || s.word(k+1) == "chế"):
			zone = true
		case w == "làm" && s.word(k+1) == "việc" || w == "có" && k < t:
			verb = true
		case inList("aid", w) && !(w == "cấp" && (s.word(k+1) == "phép" || s.word(k+1) == "giấy")):
			// "hỗ trợ 500 lao động làm việc tại KCN", "có 3.000 công nhân
			// được tặng quà"; a licence ("được cấp phép đầu tư") is no aid
			return false
		}
		if c := s.cueOf(k); c != nil && c.relevance == signalMember {
			return false
		}
	}
	return zone && verb
}

// saidFrom is the token after the last verb of saying ("cho biết", "cho
// hay", words.tsv says after "cho") before token t, and a colon after it;
// 0 if none. A union named only before it is the speaker, not the subject
// of what it reports: "Công đoàn Khu kinh tế A cho biết: toàn tỉnh có 5
// khu công nghiệp …".
func saidFrom(s *sentence, t int) int {
	for k := t - 1; k >= 1; k-- {
		if s.word(k-1) == "cho" && inList("says", s.word(k)) {
			if s.word(k+1) == ":" {
				return k + 2
			}
			return k + 1
		}
	}
	return 0
}

// onBehalfOf reports a figure right after "đại diện cho" or "thay mặt cho"
// (a qualifier between allowed): in a list of guests ("dự có 300 công
// nhân đại diện cho hơn 4 vạn công nhân của hai khu công nghiệp")
// it is whom the guests stand for, the zones' workforce, not who came.
func onBehalfOf(s *sentence, t int) bool {
	k := qualifierStart(s, t) - 1
	return s.word(k) == "cho" && (s.word(k-1) == "diện" && s.word(k-2) == "đại" || s.word(k-1) == "mặt" && s.word(k-2) == "thay")
}

// attendeesOf reports a count of the people who take part in an event,
// right after "sự tham gia của" or "sự tham dự của" ("Lễ hội thu hút sự
// tham gia của gần 8 nghìn người là công nhân đang làm việc tại KCN A"):
// the event's attendance, not the zones' workforce.
func attendeesOf(s *sentence, t int) bool {
	for k := t - 1; k >= 2 && k >= t-3; k-- {
		if s.word(k) == "của" {
			return s.word(k-2) == "tham" && (s.word(k-1) == "gia" || s.word(k-1) == "dự")
		}
	}
	return false
}

// stayingForTet reports a count or share of the workers who stay at work
// over Tết ("ở lại đón Tết", "ở lại ăn Tết"), in a sentence with no word of
// giving or support: "Cả tỉnh có khoảng 5.000 công nhân đã đăng ký ở lại
// đón Tết …, trong đó 800 trường hợp tăng ca" tells the
// workforce's situation, as the zones' share of workers staying does
// (B5), not what a union did. "… tặng quà cho 600 công nhân ở lại đón
// Tết" is the union's, and so is a count in a sentence where a union
// acts or something is organised or cared for ("tổ chức", "chăm lo").
func stayingForTet(s *sentence, unit string) bool {
	if unit != "person" && unit != "member" && unit != "count" && unit != "percent" || !containsRare(s.low, "ở lại") || slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && unionBody(s, m.tok) > 0 }) {
		return false // "LĐLĐ tỉnh tổ chức Tết sum vầy cho 2.000 công nhân ở lại đón Tết": a union acts
	}
	stay := false
	for k := range s.toks {
		w := s.word(k)
		if inList("aid", w) || w == "chức" && s.word(k-1) == "tổ" || w == "lo" && s.word(k-1) == "chăm" {
			return false // "Tết sum vầy được tổ chức cho 2.000 công nhân ở lại đón Tết"
		}
		if w == "ở" && s.word(k+1) == "lại" && (s.word(k+2) == "đón" || s.word(k+2) == "ăn") && s.word(k+3) == "tết" {
			stay = true
		}
	}
	return stay
}

// workersOwnState reports a head-count of workers or firms whose own
// state the words after it tell (words.tsv work-state: "nghỉ làm",
// "ngừng việc", "trở lại làm việc", "mất việc"), in a sentence where no
// union acts (unionActs) and nothing is given, organised or won over
// (aid, words.tsv win-over: "vận động", "đối thoại"): "còn 2.400 lao động
// tại 12 doanh nghiệp nghỉ làm", "toàn bộ 9.000 công nhân Công ty A đã
// trở lại làm việc" tell the labour situation of an area after a
// stoppage (B5), not a union's result. "LĐLĐ tỉnh vận động 900 công
// nhân trở lại làm việc" is the union's. A state after "về" is what
// counted cases are about ("trong 57 vụ án tranh chấp về tiền lương
// ngừng việc"), not the state of those counted. A share of the workers
// or firms ("99% doanh nghiệp mở xưởng", "97% số công nhân trở lại làm
// việc") is read so too, also where a union is only named as the source
// (sourceOnly: "Theo LĐLĐ thành phố, …"), unless its sentence names the
// stoppage the workers come back from ("96% công nhân trở lại làm việc
// sau khi ngừng việc tập thể": its settlement).
func workersOwnState(s *sentence, unit string, after int) bool {
	switch unit {
	case "person", "member", "organization", "count":
	case "percent":
		// a share of the workers or firms: "99% doanh nghiệp mở xưởng",
		// "97% số công nhân trở lại làm việc"
		u, end := sharedUnit(s, after)
		if u != "person" && u != "member" && u != "organization" {
			return false
		}
		after = end
	default:
		return false
	}
	if unionActs(s) && !sourceOnly(s) {
		return false
	}
	state, at := false, -1
	for k, reach := after, after+workStateReach; k < len(s.toks) && k < reach; k++ {
		if w := s.word(k); w == "," {
			if j := staffAfter(s, k); j > k {
				// "312 doanh nghiệp phải …, với hơn 48.000 công nhân phải
				// nghỉ việc": the firms' staff, in apposition, share
				// their state; "12.000 cán bộ, giáo viên, người lao
				// động bị mất việc": the list of who is counted goes on
				k, reach = j-1, j+workStateReach
				continue
			}
		}
		if w := s.word(k); isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber && s.word(k-1) != "tại" || w == "về" {
			break // "về": what the counted cases are about ("57 vụ án tranh chấp về tiền lương ngừng việc"), not their state
		}
		if s.listAt(k, "work-state") {
			state, at = true, k
			break
		}
	}
	if !state {
		return false
	}
	for k := range s.toks {
		if unit == "percent" && k != at && s.listAt(k, "incident") {
			// "96% công nhân trở lại làm việc sau khi ngừng việc tập thể":
			// the settlement of the stoppage the sentence names, not the
			// labour market after Tết ("40% công nhân ngừng việc" is the
			// stoppage's size)
			return false
		}
		if w := s.word(k); inList("aid", w) || s.listAt(k, "win-over") || w == "chức" && s.word(k-1) == "tổ" {
			return false
		}
	}
	return true
}

// employedShare reports a share or a head-count of workers that have work
// ("có 96% lao động trong xã có việc làm ổn định", "toàn phường có 3.650
// lao động có việc làm"): the employment of an area's workforce, its
// labour market (the conventions' B5), whatever union acts elsewhere in
// the sentence, unless the figure's own clause gives or finds the work
// (words.tsv aid: "giúp 90% lao động có việc làm"; "giới thiệu", "tạo",
// "giải quyết" before "việc làm" name the job, so no "có" stands there).
// The people's noun, an abbreviation in brackets after it, then "có việc
// làm".
func employedShare(s *sentence, t int, unit string, after int) bool {
	if !containsRare(s.low, "có việc làm") {
		return false
	}
	k := after
	switch unit {
	case "person", "member":
	case "percent":
		u, end := sharedUnit(s, k)
		if u != "person" && u != "member" {
			return false
		}
		k = end
	default:
		return false
	}
	if s.word(k) == "(" && k+2 < len(s.toks) && s.word(k+2) == ")" {
		k += 3 // "người lao động (NLĐ)"
	}
	if !s.phraseBefore(k+3, "có việc làm") {
		return false
	}
	for j := t - 1; j >= 0; j-- {
		w := s.word(j)
		if isClauseMark(w) || w == "," {
			break
		}
		if inList("aid", w) || s.listAt(j, "win-over") {
			return false // "giúp 90% lao động có việc làm": the union's result
		}
	}
	return true
}

// sharedUnit is the unit of the noun a share counts, at token k right
// after the percent ("số" may stand first: "97% số công nhân"), and the
// token after that noun (unitAt).
func sharedUnit(s *sentence, k int) (string, int) {
	if s.word(k) == "số" {
		k++
	}
	return unitAt(s, k)
}

// staffAfter gives the token after the people's noun that goes on the
// head-count at the comma k: another noun of people in its list ("cán bộ,
// giáo viên, người lao động"), or the staff of the counted firms after
// "với" ("…, với hơn 48.000 công nhân"); k when neither follows.
func staffAfter(s *sentence, k int) int {
	j := k + 1
	if s.word(j) == "với" {
		j++
		if c := s.cueOf(j); c != nil && c.qualifier != "" {
			j = int(s.cueEnd[j]) // "với hơn 48.000 công nhân"
		}
		if j >= len(s.toks) || s.toks[j].kind != tokNumber {
			return k
		}
		j++
	}
	if u, end := unitAt(s, j); u == "person" || u == "member" {
		return end
	}
	return k
}

// sourceOnly reports a sentence whose union bodies are all named only as
// the source of its figures ("Theo LĐLĐ thành phố, đã có 99% doanh
// nghiệp mở xưởng …", relevance.go sourceBefore): the union reports the
// labour situation, it does not act in it.
func sourceOnly(s *sentence) bool {
	if len(s.unionToks) == 0 {
		return false
	}
	for _, u := range s.unionToks {
		if !sourceBefore(s, u) {
			return false
		}
	}
	for _, m := range s.mentions {
		if !m.object && unionBody(s, m.tok) > 0 && !sourceBefore(s, m.tok) {
			return false
		}
	}
	return true
}

// incidentCount reports a count of incidents at work (a "vụ" or "cuộc" of
// words.tsv incident: "tranh chấp", "ngừng việc", "đình công", or one
// that "xảy ra"): "trên địa bàn đã xảy ra 31 vụ ngừng việc tập thể" tells
// the state of labour relations of an area, not union work, unless a verb
// of what a union does about them (words.tsv incident-act: "giải quyết",
// "hòa giải", "khởi kiện"; aid, win-over) stands before the count in its
// clause, or a union body acts there ("LĐLĐ tỉnh đã nắm 12 cuộc ngừng
// việc"). A count right after "xảy ra" is the incidents' even in a
// sentence where a union acts in another clause.
func incidentCount(s *sentence, na numberAt, unit string) bool {
	if unit != "count" && unit != "event" {
		return false
	}
	if w := s.word(na.next); w != "vụ" && w != "cuộc" {
		return false
	}
	q := qualifierStart(s, na.tok)
	if s.word(q-1) == "có" {
		q-- // "đã xảy ra có 5 vụ"
	}
	occurred := s.word(q-1) == "xảy" || s.word(q-1) == "ra" && s.word(q-2) == "xảy"
	if !occurred && !s.listAt(na.next+1, "incident") {
		return false
	}
	for k := na.tok - 1; k >= 0; k-- {
		w := s.word(k)
		if w == "," || isClauseMark(w) && w != "(" && w != ")" {
			break // (a bracket only places a body: "Công đoàn phường A (TP HCM) tiếp nhận 9 vụ …")
		}
		if inList("aid", w) || s.listAt(k, "win-over") || s.listAt(k, "incident-act") || w == "chức" && s.word(k-1) == "tổ" {
			return false // "các cấp công đoàn đã hòa giải thành 12 vụ tranh chấp"
		}
		if !occurred && slices.Contains(s.unionToks, k) && !sourceBefore(s, k) {
			return false
		}
	}
	return true
}

// epidemicReach reports a count of the places or firms an epidemic spread
// to: "dịch bệnh … lan rộng trong các doanh nghiệp thuộc 3 khu công
// nghiệp", "dịch đã lan ra 5 xã" — "lan" with "rộng", "ra", "sang", "tới"
// or "đến" before the count, no clause mark, aid word or union body
// between, and "dịch" before it. It tells how far the crisis reached, not
// what a union did (the contract's labour situation of an area); "hỗ trợ
// công nhân 3 khu công nghiệp nơi dịch lan" keeps the union's aid.
func epidemicReach(s *sentence, t int, unit string) bool {
	if unit != "count" && unit != "organization" || !containsRare(s.low, "lan ") {
		return false
	}
	for k := qualifierStart(s, t) - 1; k > 0; k-- {
		w := s.word(k)
		if isClauseMark(w) || inList("aid", w) || slices.Contains(s.unionToks, k) {
			return false
		}
		if w == "lan" {
			switch s.word(k + 1) {
			case "rộng", "ra", "sang", "tới", "đến":
			default:
				return false
			}
			return wordWithin(s, "dịch", 0, k)
		}
	}
	return false
}

// ownStory reports money at token t in one person's own story: a clause
// of its sentence before it opens (or opens after a time phrase of up to
// two words: "Mỗi ngày chị …") on the speaker, "tôi", or on one person
// named by a kinship pronoun (chị, anh, bà, ông, cô, chú, em; not "anh
// em", "chị em", "bà con", "các em"), in a sentence naming no union body
// or activity, no member and no word of aid or of receiving it, with a
// words.tsv own-money word (mua, mức thu, thu nhập, kiếm, chi tiêu)
// between the person and the money. "… tôi chọn mua bộ nồi trị giá
// 500.000 đồng" and "Mỗi ngày chị chạy xe hơn 10 giờ để có khoản thu
// 300.000 đồng" tell a beneficiary's purchase and earnings, not what a
// union did; "Chị Lan nhận 2 triệu đồng của Công đoàn", "Anh Tâm được
// tặng 1 suất quà" and an honoured worker's results stay.
//
// A count (money false) is in such a story when the own-money word comes
// anywhere after the person in the count's clause: "chị chọn được 2 chiếc
// áo với giá chưa tới 300.000 đồng" is her purchase, the coats too.
func ownStory(s *sentence, t int, money bool) bool {
	if s.unionWord || len(s.unionToks) > 0 {
		return false
	}
	person, open := -1, 0 // open: the first token of the clause being read
	for k := 0; k < t && person < 0; k++ {
		if w := s.word(k); w == "," || isClauseMark(w) || isQuote(w) || w == ":" {
			open = k + 1
			continue
		}
		if k > open+2 || k > open && !timeOpener(s.word(k-1)) || k > open+1 && !timeOpener(s.word(k-2)) {
			continue // "nhà chị Châm … với tổng kinh phí 40 triệu đồng": what is hers, the house, is the subject
		}
		if individualAt(s, k) {
			person = k
		}
	}
	if person < 0 {
		return false
	}
	end := t
	if !money {
		for end = t + 1; end < len(s.toks); end++ {
			if w := s.word(end); w == "," || w == ";" || isClauseMark(w) {
				break
			}
		}
	}
	own := false
	for k := person + 1; k < end && !own; k++ {
		own = k != t && s.listAt(k, "own-money")
	}
	if !own {
		return false // "Chị Lan … đã có 14 sáng kiến làm lợi trên 3 tỷ đồng": what an honoured worker achieved
	}
	for k := range s.toks {
		w := s.word(k)
		if inList("aid", w) || w == "nhận" || w == "tặng" {
			return false
		}
		if c := s.cueOf(k); c != nil && c.relevance == signalMember {
			return false
		}
	}
	return true
}

// timeOpener reports a word of a time phrase that may open a clause before
// its subject: "Mỗi ngày chị …", "Hiện nay anh …", "Trước đây bà …".
func timeOpener(w string) bool {
	switch w {
	case "mỗi", "hằng", "hàng", "ngày", "tuần", "tháng", "hiện", "nay", "trước", "đây", "sau", "đó", "bây", "giờ":
		return true
	}
	return false
}

// individualAt reports one person named at token k: "tôi" (not "chúng
// tôi"), or a kinship pronoun that no partner word makes plural ("anh em",
// "chị em", "bà con", "các em"), no count before it makes a classifier
// ("34 em học sinh") and no capital word before it makes part of a name
// ("Hai Bà Trưng", "Đông Anh").
func individualAt(s *sentence, k int) bool {
	switch w, prev, next := s.word(k), s.word(k-1), s.word(k+1); w {
	case "tôi":
		return prev != "chúng"
	case "chị", "anh", "bà", "ông", "cô", "chú", "em":
		if k > 0 && (s.toks[k-1].kind == tokNumber || capitalAt(s, k-1)) {
			return false // "34 em học sinh": a classifier; "Hai Bà Trưng", "Đông Anh": part of a name
		}
		if prev == "các" || prev == "những" || prev == "mọi" || prev == "nhiều" || prev == "anh" || prev == "chị" || prev == "ông" || prev == "cô" || prev == "thầy" {
			return false
		}
		switch next {
		case "em", "chị", "con", "bà", "chú", "trò", "cháu", "giáo", "hội":
			return false // "cô giáo" may be one teacher, but the teachers' own unions speak of "cô giáo" too
		}
		return true
	}
	return false
}

// workStateReach is how many tokens after a head-count's noun the words of
// the workers' own state may start: the firm or place they work at
// between ("lao động tại 12 doanh nghiệp nghỉ làm").
const workStateReach = 10

// workforceShare reports a share of workers right after the zones' labour
// market (zonesWorkforce): "Trong đó, lao động nữ chiếm 55,4%" — "chiếm"
// before the percent in its clause, in a sentence that names no union body
// or activity and no member.
func workforceShare(s *sentence, t int) bool {
	if s.unionWord || len(s.unionToks) > 0 {
		return false
	}
	share := false
	for k := t - 1; k >= 0 && !isClauseMark(s.word(k)) && s.word(k) != ","; k-- {
		share = share || s.word(k) == "chiếm"
	}
	for k := range s.toks {
		if c := s.cueOf(k); c != nil && c.relevance == signalMember {
			return false
		}
	}
	return share
}

// unionActs reports a union body named in sentence s as one that acts, or
// a union word of its own.
func unionActs(s *sentence) bool {
	return s.unionWord || slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && unionBody(s, m.tok) > 0 })
}

// valueOfGifts reports money at token t that gives the value of the gifts
// counted right before it: "18.500 suất quà Tết, với tổng trị giá hơn 12,7
// tỷ đồng", "300 phần quà trị giá 150 triệu đồng" — "trị giá" (with
// "tổng", "với", a comma) after the gift's noun and up to two words that say
// what the gift is.
func valueOfGifts(s *sentence, t int) bool {
	j := qualifierStart(s, t) - 1
	if s.word(j) != "giá" || s.word(j-1) != "trị" {
		return false
	}
	for j -= 2; j >= 0; j-- {
		if w := s.word(j); w != "tổng" && w != "với" && w != "có" && w != "," {
			break
		}
	}
	for k := j; k > 0 && k >= j-3; k-- {
		if s.toks[k].kind != tokWord {
			return false
		}
		if u, end := unitAt(s, k); u == "gift" && end > j-2 && s.toks[k-1].kind == tokNumber {
			return true
		}
	}
	return false
}

// shareOfBefore reports a percent right after "trong đó" (a qualifier
// apart): a share of what the count before it counts.
func shareOfBefore(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	return s.phraseBefore(q, "trong đó") || s.phraseBefore(q, "trong đó có") // "…, trong đó có hơn 60% là nữ"
}

// elidedNoun gives a number that ends its list item with no noun the unit
// and noun of the count just before it, a comma apart: "(sửa chữa 39 nhà,
// xây mới 15)" counts houses twice. prev is the sentence's last record.
func elidedNoun(s *sentence, na numberAt, prev *Record) (unit, noun string, after int, ok bool) {
	if prev.Noun == "" || prev.Unit == "vnd" || prev.Unit == "percent" || na.n.Money || na.n.Percent || na.n.HasDenom {
		return "", "", 0, false
	}
	if w := s.word(na.next); w != ")" && w != ";" && w != "." && w != "," && na.next < len(s.toks) {
		if s.word(na.tok-1) == ";" && itemPlaceMark(w) && prev.Pos < s.start+int(s.toks[na.tok-1].start) {
			// "2 chương trình tại miền Bắc; 3 tại miền Trung", "30 CBCNV
			// của đơn vị A; 12 của đơn vị B": an item after ";" that opens
			// on a bare number and goes on with where or whose counts what
			// the item before it counts
			return prev.Unit, prev.Noun, na.next, true
		}
		return "", "", 0, false
	}
	for k := na.tok - 1; k > 0 && k >= na.tok-5; k-- {
		if s.word(k) == "," {
			// the last record's noun ends right before the comma
			nounEnd := prev.Pos + prev.Len + 1 + len(prev.Noun)
			if d := s.start + int(s.toks[k-1].end) - nounEnd; d >= 0 && d <= 1 {
				return prev.Unit, prev.Noun, na.next, true
			}
			return "", "", 0, false
		}
		if s.toks[k].kind != tokWord {
			return "", "", 0, false
		}
	}
	return "", "", 0, false
}

// aheadReach is how many words of a verb phrase nounAhead reads between
// a bare count's comma and the next count.
const aheadReach = 4

// nounAhead gives a bare count right before a comma the unit and noun of
// the count that ends the next list item, a few lower-case words (its
// verb) between: "sửa chữa 1, xây mới 3 “Mái ấm Công đoàn”" counts homes
// twice, as "sửa chữa 39 nhà, xây mới 15" does (elidedNoun). A sum or a
// share counts no such thing.
func nounAhead(s *sentence, na numberAt) (unit, noun string, after int, ok bool) {
	if na.n.Money || na.n.Percent || na.n.HasDenom || na.n.Digits == 4 || na.tok == 0 || s.toks[na.tok-1].kind != tokWord || capitalAt(s, na.tok-1) {
		return "", "", 0, false // no year ("Tết 2025, …"), no name's number
	}
	if c := s.cueOf(na.tok - 1); c != nil && c.idPrefix || timeUnitAt(s, na.tok-1) {
		return "", "", 0, false
	}
	for k := na.tok - 1; k >= 0 && s.word(k) != ","; k-- {
		if s.word(k) == "(" {
			return "", "", 0, false // "(cơ sở 2, số 25 đường A)": an address in brackets
		}
		if isClauseMark(s.word(k)) {
			break
		}
	}
	for k := na.next + 1; k < len(s.toks) && k <= na.next+1+aheadReach; k++ {
		if s.toks[k].kind == tokNumber {
			if k == na.next+1 {
				return "", "", 0, false
			}
			n, ok := ParseNumber(s.low, int(s.toks[k].start))
			if !ok || n.Money || n.Percent || n.HasDenom {
				return "", "", 0, false
			}
			u, nn, _, ok := unitOf(s, numberAt{tok: k, next: nextToken(s, k, n.End), n: n})
			if !ok || u == "vnd" || u == "percent" {
				return "", "", 0, false
			}
			return u, nn, na.next, true
		}
		if s.toks[k].kind != tokWord || capitalAt(s, k) {
			return "", "", 0, false
		}
	}
	return "", "", 0, false
}

// itemPlaceMark reports a word that opens where or whose a list item's
// count is: "tại", "ở", "của", "thuộc".
func itemPlaceMark(w string) bool {
	return w == "tại" || w == "ở" || w == "của" || w == "thuộc"
}

// negatedConjunct reports a number right after "và" and right before a
// negation (words.tsv negation) that ends a pair of conjuncts with the
// count before it, only words between them: "3 vụ hòa giải thành và 4
// không thành" leaves the noun out of the second conjunct and negates the
// first one's predicate, so the second counts what the first counts. prev
// is the sentence's last record, lastTok its token.
func negatedConjunct(s *sentence, na numberAt, lastTok int, prev *Record) bool {
	if prev.Noun == "" || prev.Unit == "vnd" || prev.Unit == "percent" || na.n.Money || na.n.Percent || na.n.HasDenom {
		return false
	}
	if s.word(na.tok-1) != "và" || !inList("negation", s.word(na.next)) || lastTok < 0 || na.tok-lastTok > 10 {
		return false
	}
	for k := lastTok + 1; k < na.tok-1; k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return true
}

// admittedToParty reports members whose clause, after their noun (token
// after), says the Party admitted them: "(được) kết nạp (vào) Đảng", also
// with words between ("5.200 đoàn viên đủ điều kiện và được kết nạp vào
// hàng ngũ của Đảng"), or the part of such members a "trong đó" counts
// (partyPart). Party building counts them as persons (the conventions).
func admittedToParty(s *sentence, after int) bool {
	for k := after; k < after+partyReach && k < len(s.toks); k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "," {
			return false
		}
		if w != "kết" || s.word(k+1) != "nạp" {
			continue
		}
		k += 2
		if s.word(k) == "vào" {
			k++
		}
		if s.word(k) == "hàng" && s.word(k+1) == "ngũ" {
			k += 2
			if s.word(k) == "của" {
				k++
			}
		}
		return s.word(k) == "đảng"
	}
	return false
}

// partyPart reports members counted at token t after "trong đó" whose
// sentence, before it, tells of the Party's new members ("Công tác phát
// triển đảng viên được chú trọng, trong đó có 350 đoàn viên là công
// nhân"): a part of those the Party admitted, counted as persons.
func partyPart(s *sentence, t int) bool {
	j := -1
	for k := t - 2; k >= 0; k-- {
		if s.word(k) == "trong" && s.word(k+1) == "đó" {
			j = k
			break
		}
	}
	if j < 0 || wordWithin(s, ";", j, t) {
		return false
	}
	for k := range j {
		if s.word(k) == "đảng" && (capitalAt(s, k) || s.word(k+1) == "viên") {
			return true
		}
	}
	return false
}

// partyReach is how many tokens before a count partyBuilding looks for
// the Party.
const partyReach = 10

// partyBuilding reports members counted for the Party: introduced to it
// right after their noun ("giới thiệu 90 đoàn viên ưu tú cho Đảng"), or a
// count whose clause tells the admission before it ("số đoàn viên được
// kết nạp vào Đảng là 75 người"). Party building counts persons (the
// conventions), whatever noun the count takes from its clause.
func partyBuilding(s *sentence, t, after int) bool {
	k := after
	if s.word(k) == "ưu" && s.word(k+1) == "tú" {
		k += 2
	}
	if (s.word(k) == "cho" || s.word(k) == "vào") && partyAt(s, k+1) {
		return true
	}
	for k := t - 1; k >= 1 && k >= t-partyReach; k-- {
		if w := s.word(k); s.toks[k].kind != tokWord || isClauseMark(w) {
			return false
		}
		if partyAt(s, k) && (s.word(k-1) == "nạp" || s.word(k-1) == "vào" || s.word(k-1) == "cho") {
			return true
		}
	}
	return false
}

// partyAt reports the Party, "Đảng" capitalised, at token k.
func partyAt(s *sentence, k int) bool {
	return s.word(k) == "đảng" && capitalAt(s, k)
}

// excluded applies the rules for numbers that are not metrics: dates, times,
// identifiers, names with numbers, phone numbers, durations and ranges.
func (x *articleContext) excluded(s *sentence, na numberAt, skipNext map[int]bool) bool {
	return gluedToLetters(s, na) || gluedColon(s, na.tok-1) || gluedColon(s, na.tok+1) ||
		dateOrIdentifier(s, na) || inRange(s, na, skipNext) || quotedOrAfterNumber(s, na) ||
		(!na.n.Money && (afterIDWord(s, na.tok) || afterPlaceAbbrev(s, na.tok) || secondIdentifier(s, na))) || durationAfter(s, na) || phoneNumber(s, na, skipNext) ||
		noFigureBefore(s, na.tok) || cappedCompanions(s, na) || placesListed(s, na) || clusterMakeup(s, na) || householdBefore(s, na.tok) || kinCount(s, na) || ownFarm(s, na) || householdRemainder(s, na) || streetNumber(s, na) || testIndicators(s, na) || firstDay(s, na) || outputRate(s, na) || bracketMeasure(s, na) || payShare(s, na) || pastEditions(s, na) ||
		viewCounter(s, na) || employerPay(s, na) || lonePercent(s, na) || aspectCount(s, na) || resolutionParts(s, na) || monthDayYear(s, na) ||
		hypothetical(s, na)
}

// hypotheticalReach is how many words before a figure the opener of a
// conditional clause may stand.
const hypotheticalReach = 25

// hypothetical reports a figure inside the antecedent of a hypothetical
// ("Giá như mỗi suất được 1 triệu đồng …", "Giả sử …", "Nếu mức hỗ trợ
// được 2 triệu đồng thì sẽ tốt hơn"): a wish or a supposition, neither a
// result nor a plan. "Nếu" counts only with "thì sẽ" after the figure: "Nếu
// năm trước có 50 gian hàng thì năm nay có 80" compares two real figures.
func hypothetical(s *sentence, na numberAt) bool {
	for k := na.tok - 1; k >= 0 && k >= na.tok-hypotheticalReach; k-- {
		switch s.word(k) {
		case "thì", ";":
			return false
		case "như", "mà":
			if s.word(k-1) == "giá" && (k == 1 || s.toks[k-2].kind != tokWord) {
				return true // "Giá như", "giá mà" opening a clause
			}
		case "sử":
			if s.word(k-1) == "giả" {
				return true
			}
		case "nếu":
			for j := na.next; j < len(s.toks) && j < na.next+hypotheticalReach; j++ {
				if w := s.word(j); w == "thì" {
					return s.word(j+1) == "sẽ" || s.word(j+2) == "sẽ"
				} else if w == ";" || w == "." {
					return false
				}
			}
			return false
		}
	}
	return false
}

// aspectCount reports a count of the aspects or sides of a programme, a
// words.tsv aspect right after the number ("thành công trên 3 phương
// diện: phát động, tổ chức, …"): how the account is arranged, no count of
// union work.
func aspectCount(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent || na.n.HasDenom {
		return false
	}
	return s.listAt(na.next, "aspect")
}

// resolutionParts reports a count of the parts a resolution is carried
// out through, a words.tsv resolution-part right after the number ("xem
// xét kết quả 4 Chương trình thực hiện Nghị quyết Đại hội …"): how the
// resolution is arranged, as the aspects of a programme are (aspectCount),
// no count of union work.
func resolutionParts(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent || na.n.HasDenom {
		return false
	}
	return s.listAt(na.next, "resolution-part")
}

// otherCongressOpens reports a sentence that opens on the bare "Đại hội"
// and a word in lower case ("Đại hội triệu tập 480 đại biểu") and names no
// union: it tells the congress last named, which the caller knows to be
// the congress of a body that is no union (articleContext.otherCongress).
func otherCongressOpens(s *sentence) bool {
	return s.word(0) == "đại" && s.word(1) == "hội" && len(s.toks) > 2 && !capitalAt(s, 2) && len(s.unionToks) == 0
}

// othersPlanNamed reports a sentence whose last plan named ("kế hoạch",
// "đề án") is issued by a People's Committee ("Kế hoạch 57/KH-UBND …",
// "… của Ủy ban nhân dân tỉnh"), no union named after it: a bare "Kế
// hoạch" opening the next sentence refers back to that plan, not to a
// union's. A union's own plan named after it ("Thực hiện Kế hoạch của
// UBND tỉnh, LĐLĐ tỉnh ban hành Kế hoạch 12/KH-LĐLĐ") is the one
// referred to.
func othersPlanNamed(s *sentence) bool {
	if !namesCommittee(s.low) {
		return false // most sentences: no People's Committee
	}
	d := max(strings.LastIndex(s.low, "kế hoạch"), strings.LastIndex(s.low, "đề án"))
	if d < 0 || !namesCommittee(s.low[d:]) {
		return false
	}
	for _, u := range s.unionToks {
		if int(s.toks[u].start) > d {
			return false
		}
	}
	return true
}

// namesCommittee reports a People's Committee named in low ("UBND",
// "Ủy ban nhân dân", "Uỷ ban nhân dân"), low lower-cased.
func namesCommittee(low string) bool {
	return containsRare(low, "ubnd") || containsRare(low, "ủy ban nhân dân") || containsRare(low, "uỷ ban nhân dân")
}

// othersPlanOpens reports a sentence whose subject is the bare "Kế hoạch"
// or "Đề án" (no number, "số" or name after it: "Kế hoạch đặt mục tiêu
// …"), naming no union: it tells the plan the sentence before named
// (articleContext.otherPlan).
func othersPlanOpens(s *sentence) bool {
	w := s.word(0) + " " + s.word(1)
	if w != "kế hoạch" && w != "đề án" || len(s.unionToks) > 0 || len(s.toks) < 3 {
		return false
	}
	return s.toks[2].kind == tokWord && !capitalAt(s, 2) && s.word(2) != "số"
}

// congressNamed is, for a sentence naming a congress, whether the last one
// it names is that of a body that is no union (words.tsv other-congress
// right after "Đại hội" and "đại biểu": "Đại hội đại biểu Phụ nữ …"), and
// whether it names one with a name at all ("Đại hội Công đoàn …" is a
// union's; the bare "Đại hội" names none and changes nothing).
func congressNamed(s *sentence) (other, named bool) {
	for k := len(s.toks) - 2; k >= 0; k-- {
		if s.word(k) != "đại" || s.word(k+1) != "hội" || !capitalAt(s, k) {
			continue
		}
		j := k + 2
		if s.word(j) == "đại" && s.word(j+1) == "biểu" {
			j += 2
		}
		if j >= len(s.toks) || !capitalAt(s, j) {
			continue // the bare "Đại hội", "Đại hội lần thứ …"
		}
		return s.listAt(j, "other-congress"), true
	}
	return false, false
}

// monthDayYear reports the year of a date written month first, a comma
// before the year ("29 Tháng 9, 2025", "Tháng 3, 2024", as bylines print
// it): a date, as "ngày 29 tháng 9 năm 2025" is. A count written with
// its thousands ("Riêng tháng 5, 1.950 đoàn viên …") is no year.
func monthDayYear(s *sentence, na numberAt) bool {
	t, n := na.tok, na.n
	if n.Money || n.Percent || n.HasDenom || n.Decimal || n.Thousands || n.Digits != 4 || n.Value < 1900 || n.Value > 2100 || t < 3 {
		return false
	}
	if s.word(t-1) != "," || s.toks[t-2].kind != tokNumber || s.word(t-3) != "tháng" {
		return false
	}
	m, ok := ParseNumber(s.low, int(s.toks[t-2].start))
	return ok && m.Value >= 1 && m.Value <= 12 && !m.Decimal && !m.HasDenom
}

// priceWords are the words of a sum's currency and multiplier that may
// close a range's first bound ("6.000 đồng đến …").
var priceWords = []string{"đồng", "đ", "vnđ", "vnd", "nghìn", "ngàn", "triệu"}

// priceOf reports a sum of money told as a price: "giá" right before it
// (through "từ", "chỉ", "chỉ từ", "chỉ còn"), or before the first bound of
// the range it ends ("gian hàng … với mức giá từ 7.000 - 30.000 đồng"),
// not as the worth of a gift or of what its clause counts ("trị giá",
// "mỗi suất … giá", "tặng 200 vé giá 100.000 đồng"): what goods cost, no
// figure of union work (the contract: prices, discount ranges).
func priceOf(s *sentence, na numberAt) bool {
	t := na.tok
	if !na.n.Money {
		if _, _, ok := moneyRange(s, na); !ok {
			return false
		}
	}
	if w := s.word(t - 1); isDash(w) {
		// the range's second bound: the price is told before its first
		// ("từ 7.000 - 30.000 đồng", "từ 6.000 đồng đến 35.000 đồng")
		j := t - 2
		for j > 0 && j >= t-3 && s.toks[j].kind != tokNumber && slices.Contains(priceWords, s.word(j)) {
			j--
		}
		if j >= 0 && s.toks[j].kind == tokNumber {
			t = j
		}
	}
	k := t - 1
	for k > 0 && (s.word(k) == "từ" || s.word(k) == "chỉ" || s.word(k) == "còn") {
		k--
	}
	if s.word(k) != "giá" || s.word(k-1) == "trị" || s.word(k-1) == "đương" {
		return false
	}
	for j := k - 1; j >= 0 && !isClauseMark(s.word(j)); j-- {
		if w := s.word(j); w == "mỗi" || w == "suất" || w == "quà" || s.toks[j].kind == tokNumber {
			return false // "200 vé xem phim giá 100.000 đồng": the worth of what the clause counts
		}
	}
	return true
}

// lonePercent reports a percentage that is a line of its own, no word
// with it ("100%" under a page's view counter: its text-size control):
// the page's chrome, no figure of union work.
func lonePercent(s *sentence, na numberAt) bool {
	return na.n.Percent && lineStartAt(s, na.tok) && (na.next >= len(s.toks) || lineStartAt(s, na.next))
}

// employerPay reports a monthly sum told of an item of a firm's pay
// (words.tsv employer-pay: "tiền ăn ca", "tiền nhà ở", "phụ cấp") right
// before it, with no union body named before it in the sentence ("Ngoài
// tiền ăn ca (600.000 đồng/tháng) mà doanh nghiệp trả, …, Công đoàn
// công ty còn …"): the employer's own benefits, not union work. A
// union that pays such an allowance ("LĐLĐ tỉnh hỗ trợ tiền nhà ở 400.000
// đồng/tháng") is named before it.
func employerPay(s *sentence, na numberAt) bool {
	k := na.next
	if !na.n.Money || s.word(k) != "/" {
		return false
	}
	if s.word(k+1) == "người" && s.word(k+2) == "/" {
		k += 2
	}
	if s.word(k+1) != "tháng" {
		return false
	}
	pay := false
	for j := na.tok - 1; j >= 1 && j >= na.tok-8; j-- {
		if s.toks[j].kind == tokNumber || s.toks[j].kind == tokPunct && s.word(j) != "(" {
			break
		}
		if s.listBefore(j+1, "employer-pay") {
			pay = true
			break
		}
	}
	if !pay {
		return false
	}
	for j := 0; j < na.tok; j++ {
		if unionBody(s, j) > 0 || s.word(j) == "tổng" && s.word(j+1) == "liên" {
			return false
		}
	}
	return true
}

// viewCounter reports a page's counter of views or reads, a line of its
// own made of the number and "lượt xem" ("1,208 lượt xem", also under a
// dateline the sentence runs on from), or the value of the label "Lượt
// xem:" wherever it stands: the site's chrome, no figure of union work. A count of views told in a sentence ("video thu hút 20.000
// lượt xem") is not meant.
func viewCounter(s *sentence, na numberAt) bool {
	if s.word(na.tok-1) == ":" && inList("page-counter", s.word(na.tok-2)) && s.word(na.tok-3) == "lượt" {
		return true // "18/01/2022 Lượt xem: 3675 In bài viết": the counter's label and its value
	}
	k := na.next
	if s.word(k) != "lượt" || !inList("page-counter", s.word(k+1)) || !lineStartAt(s, na.tok) {
		return false
	}
	return k+2 >= len(s.toks) || lineStartAt(s, k+2)
}

// lineStartAt reports token k first on its line: the sentence's first
// token, or a line break before it.
func lineStartAt(s *sentence, k int) bool {
	if k == 0 {
		return true
	}
	between := s.low[s.toks[k-1].end:s.toks[k].start]
	return strings.ContainsRune(between, '\n')
}

// placesListed: a count of places that names them right after, where
// something is held ("trao 60 suất quà tại 2 huyện A, B", "ở 3 xã C, D và
// E"): the places, not a figure of the union's work.
func placesListed(s *sentence, na numberAt) bool {
	if w := s.word(na.tok - 1); w != "tại" && w != "ở" || na.n.Money || na.n.Percent {
		return false
	}
	typ, j := typeWordAt(s, na.next)
	return typ != "" && capitalAt(s, j)
}

// clusterMakeup: a count of places that says which places a competition
// cluster is made of, "thuộc" and "Cụm" or "Khối" right after the places'
// type ("đoàn viên 5 huyện thuộc Cụm thi đua số 4 gồm: A, B, …"): the
// cluster's size, not a figure of the union's work.
func clusterMakeup(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent || na.n.HasDenom {
		return false
	}
	typ, j := typeWordAt(s, na.next)
	if typ == "" || s.word(j) != "thuộc" {
		return false
	}
	w := s.word(j + 1)
	return (w == "cụm" || w == "khối") && capitalAt(s, j+1)
}

// pastEditions: the count of an award's or event's earlier editions, "Qua 3
// lần tổ chức, …", "sau 3 lần tôn vinh trước": its history,
// like "lần thứ N", not a result.
func pastEditions(s *sentence, na numberAt) bool {
	if na.n.Percent || na.n.Money || s.word(na.next) != "lần" {
		return false
	}
	k := na.next + 1
	switch s.word(k) + " " + s.word(k+1) {
	case "tổ chức", "tôn vinh", "trao giải":
	default:
		return false
	}
	switch s.word(na.tok - 1) {
	case "qua", "sau", "của":
		return true
	}
	return s.word(k+2) == "trước"
}

// payShare: a share of pay someone draws, "hưởng 100% lương": a condition
// or a rule of pay ("đơn vị hưởng 100% lương ngân sách"), not a result.
func payShare(s *sentence, na numberAt) bool {
	return na.n.Percent && s.word(na.tok-1) == "hưởng" && s.word(na.next) == "lương"
}

// outputRate: a quantity of output-unit (words.tsv) per period, "600.000
// tấn/năm", "2.000 kWh/tháng": a firm's output or capacity.
func outputRate(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent || !inList("output-unit", s.word(na.next)) || s.word(na.next+1) != "/" {
		return false
	}
	switch s.word(na.next + 2) {
	case "năm", "tháng", "quý", "ngày", "giờ", "ca":
		return true
	}
	return false
}

// totalValueOf reports "tổng giá trị" or "tổng trị giá" right before the
// sum at token t (its qualifier passed over): the value of what the
// sentence gave before it.
func totalValueOf(s *sentence, t int) bool {
	k := qualifierStart(s, t) - 1
	if s.word(k) == "là" || s.word(k) == ":" {
		k--
	}
	w1, w2 := s.word(k-1), s.word(k)
	return (w1 == "giá" && w2 == "trị" || w1 == "trị" && w2 == "giá") && s.word(k-2) == "tổng"
}

// bracketMeasure: a number with a unit of measure (words.tsv
// measure-unit) that are all a pair of brackets holds, "kéo bánh xe
// (60 kg)", "sân cỏ (40 m)": the size or weight of the thing named before
// it, not a count or a quantity given. Goods given with their weight
// ("5 tấn gạo", "(10 kg gạo)") name what they are and stay.
func bracketMeasure(s *sentence, na numberAt) bool {
	return s.word(na.tok-1) == "(" && inList("measure-unit", s.word(na.next)) && s.word(na.next+1) == ")"
}

// secondIdentifier: the second of two identifiers, "Cụm thi đua số 5 và
// 6", "Điều 3, 4", unless it counts a noun of the unit lexicon or follows
// a fronted year and its comma.
func secondIdentifier(s *sentence, na numberAt) bool {
	t := na.tok
	if w := s.word(t - 1); (w != "và" && w != ",") || t < 2 || s.toks[t-2].kind != tokNumber || !afterIDWord(s, t-2) {
		return false
	}
	if s.word(t-1) == "," && s.word(t-3) == "năm" && yearValue(s, t-2) != 0 && yearValue(s, t) == 0 {
		return false // "Năm 2024, 14 căn nhà …": a fronted year, then the figure; "năm 2023, 2024" lists years
	}
	u, _, _, ok := unitOf(s, na)
	return !ok || u == "count"
}

// firstDay: the first day of a range of dates, "(từ 7 đến 8-2-2026)",
// "từ 30 đến 31/12".
func firstDay(s *sentence, na numberAt) bool {
	n, k := na.n, na.next+1
	if n.Money || n.Percent || n.HasDenom || n.Decimal || n.Value < 1 || n.Value > 31 || s.word(na.next) != "đến" ||
		k >= len(s.toks) || s.toks[k].kind != tokNumber {
		return false
	}
	if strings.Contains(s.word(k), "/") {
		return true
	}
	return (s.word(k+1) == "-" || s.word(k+1) == "–") && k+2 < len(s.toks) && s.toks[k+2].kind == tokNumber
}

// householdBefore reports a verb of the household list (words.tsv) before
// token t in its clause: whom a member provides for. A figure in brackets
// right after such a count details that household ("nuôi 2 con (1 cháu bị
// bệnh tim, 1 cháu đang đi học)") and is read as it.
func householdBefore(s *sentence, t int) bool {
	if householdVerbBefore(s, t) {
		return true
	}
	for k := t - 1; k >= 2 && k >= t-25; k-- {
		switch s.word(k) {
		case ")":
			return false
		case "(":
			return s.toks[k-2].kind == tokNumber && householdVerbBefore(s, k-2)
		}
	}
	return false
}

// householdVerbBefore reports a verb of the household list before token t
// in its clause.
func householdVerbBefore(s *sentence, t int) bool {
	household := lex.ends["household"]
	for k := t - 1; k >= 0 && k >= t-25; k-- {
		w := s.word(k)
		if isClauseMark(w) || w == "," {
			return false
		}
		if w == "nuôi" && s.word(k+1) != "dưỡng" || w != "nuôi" && s.endsBefore(k+1, household) {
			return true
		}
	}
	return false
}

// householdRemainder reports a sum told after "còn lại" whose clause says
// it is the household's own money (words.tsv own-money: "của chủ hộ", "do
// gia đình"): "…, trong đó công đoàn góp 25 triệu đồng, còn lại 90 triệu
// đồng là tiền của chủ hộ" — the remainder of a house's
// cost that the union did not give is no union work.
func householdRemainder(s *sentence, na numberAt) bool {
	q := qualifierStart(s, na.tok)
	if !na.n.Money || s.word(q-1) != "lại" || s.word(q-2) != "còn" {
		return false
	}
	for k := na.next; k < len(s.toks) && k < na.next+ownMoneySpan; k++ {
		if w := s.word(k); w == "," || w == ";" || isClauseMark(w) || s.toks[k].kind == tokNumber {
			return false
		}
		if s.listBefore(k+1, "own-money") {
			return true
		}
	}
	return false
}

// ownMoneySpan is how many tokens after the remainder's sum
// householdRemainder looks for whose money it is.
const ownMoneySpan = 12

// kinCount reports a count of a member's own children right after token t
// ("2 con nhỏ", "3 con thơ", words.tsv kin): her household, not union work.
// "con công nhân", "con đoàn viên" (workers' children given gifts) are not
// this.
func kinCount(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent {
		return false
	}
	kin := lex.ends["kin"]
	for j, p := range kin.phrases {
		if s.phraseBefore(na.next+kin.words[j], p) {
			return true
		}
	}
	return false
}

// ownFarm reports a count of a member's own livestock or plants (words.tsv
// farm-stock right after the number: "con gà", "con lợn", "gốc bưởi") in a
// sentence that names a household as theirs (words.tsv own-household:
// "gia đình chị", "nhà anh"): "Nhờ khoản vay, trang trại của gia đình anh
// đã có 40 con lợn và 2.000 con vịt" tells what the loan did for the
// household, no union work. The loan itself, or gifts of livestock a union
// hands out ("trao 20 con bò giống cho 20 hộ đoàn viên"), name no
// household as theirs and stay.
func ownFarm(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent {
		return false
	}
	farm := false
	stock := lex.ends["farm-stock"]
	for j, p := range stock.phrases {
		if s.phraseBefore(na.next+stock.words[j], p) {
			farm = true
			break
		}
	}
	if !farm {
		return false
	}
	own := lex.ends["own-household"]
	for k := 1; k <= len(s.toks); k++ {
		if s.endsBefore(k, own) {
			return true
		}
	}
	return false
}

// streetNumber reports a house number: a number right before a road's
// word (words.tsv road: "Quốc lộ", "đường", "phố") and the road's name or
// number ("940 Quốc lộ 1A", "số 12 đường Trần Phú"). An address is an
// identifier, never a metric (the contract).
func streetNumber(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent {
		return false
	}
	road := lex.ends["road"]
	for j, p := range road.phrases {
		k := na.next + road.words[j]
		if s.phraseBefore(k, p) {
			return capitalAt(s, k) || k < len(s.toks) && s.toks[k].kind == tokNumber
		}
	}
	return false
}

// testIndicators reports a count of the indicators a medical test reads,
// right after the test's words (words.tsv medical-test: "phân tích máu 18
// chỉ số", "xét nghiệm 25 chỉ số"): what the test package holds, not a
// count of the union's work.
func testIndicators(s *sentence, na numberAt) bool {
	return !na.n.Money && !na.n.Percent && s.word(na.next) == "chỉ" && s.word(na.next+1) == "số" && s.listBefore(na.tok, "medical-test")
}

// The lists noFigureBefore, planRightBefore and resultSaid ask for at
// every figure or sentence, looked up once.
var (
	noFigureMarks = lex.ends["no-figure-before"]
	planMarks     = lex.ends["plan-before"]
	resultMarks   = lex.ends["result-said"]
)

// noFigureBefore reports words of no-figure-before (words.tsv) right
// before token t, a qualifier or a cap ("không quá", "tối đa") apart: a
// condition, a division, a format or a household's circumstances.
func noFigureBefore(s *sentence, t int) bool {
	start := qualifierStart(s, t)
	if s.phraseBefore(start, "không quá") || s.phraseBefore(start, "tối đa") {
		start -= 2
	}
	return s.endsBefore(start, noFigureMarks)
}

// cappedCompanions reports a cap ("không quá", "tối đa") before a count of
// the people who may come along, told by words.tsv companion-after a word
// or two after the number ("mỗi vé được kèm không quá 2 người thân đi cùng"): a
// condition of the gift, as "đi kèm không quá 2 người" (no-figure-before).
// One person joined to those a gift is for ("300 vé máy bay cho đoàn
// viên và 1 người thân đi cùng") is each one's allowance, the same
// condition. A larger count without a cap ("và 150 người thân đi cùng")
// may be a total of people the union took, and stays.
func cappedCompanions(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent {
		return false
	}
	start := qualifierStart(s, na.tok)
	single := na.n.Value == 1 && !na.n.HasDenom && s.phraseBefore(start, "và")
	if !s.phraseBefore(start, "không quá") && !s.phraseBefore(start, "tối đa") && !single {
		return false
	}
	for j := na.next; j < len(s.toks) && j <= na.next+3; j++ {
		if s.toks[j].kind != tokWord {
			return false
		}
		for _, p := range lex.ordered["companion-after"] {
			if s.phraseBefore(j+strings.Count(p, " ")+1, p) {
				return true
			}
		}
	}
	return false
}

// afterPlaceAbbrev: the number of a numbered district or ward written
// short, "Q.10", "P.5" (idprefix.tsv has the words in full).
func afterPlaceAbbrev(s *sentence, t int) bool {
	typ, end := typeWordAt(s, t-2)
	return end == t && (typ == "quận" || typ == "phường")
}

// areaStatistic reports a count of firms or people that describes the area
// a union works in, not its work: "Thống kê trên địa bàn quận có khoảng
// 23.000 doanh nghiệp với trên 48.000 lao động" — "địa bàn … có" before
// it in its clause (up to a comma), with no union word in the clause.
func areaStatistic(s *sentence, t int, unit string) bool {
	if unit != "organization" && unit != "person" {
		return false
	}
	for k := t + 1; k < len(s.toks); k++ {
		if w := s.word(k); isClauseMark(w) || w == "," {
			break
		}
		if slices.Contains(s.unionToks, k) {
			return false // "… có 215/230 doanh nghiệp có tổ chức công đoàn"
		}
	}
	has := false
	for k := t - 1; k > 0; k-- {
		w := s.word(k)
		switch {
		case isClauseMark(w) || w == "," || slices.Contains(s.unionToks, k):
			return false
		case w == "có":
			has = true
		case w == "bàn" && s.word(k-1) == "địa":
			return has
		}
	}
	return false
}

// placeMakeup reports a count (its noun at token next) of a place's
// residential subdivisions (words.tsv subdivision: "khu phố", "thôn") in
// a sentence that tells the place's size or how it was formed
// (place-makeup: "diện tích", "hợp nhất"): "Phường A … có diện tích 12
// km2 với 18 khu phố" describes the place, not union work.
func placeMakeup(s *sentence, next int) bool {
	if !s.listAt(next, "subdivision") {
		return false
	}
	for k := 1; k <= len(s.toks); k++ {
		if s.listBefore(k, "place-makeup") {
			return true
		}
	}
	return false
}

// listAt reports a phrase of words.tsv list that starts at token k.
func (s *sentence) listAt(k int, list string) bool {
	e := lex.ends[list]
	if e == nil {
		return false // no such list
	}
	for j, p := range e.phrases {
		if s.phraseBefore(k+e.words[j], p) {
			return true
		}
	}
	return false
}

// groundsCount reports a count of criteria after a word of grounds
// (grounds in words.tsv): "Trên cơ sở 5 tiêu chí do LĐLĐ Thành phố đề ra",
// "theo 4 tiêu chí" say what an action goes by, not what was done.
func groundsCount(s *sentence, na numberAt) bool {
	if s.word(na.next) != "tiêu" || (s.word(na.next+1) != "chí" && s.word(na.next+1) != "chuẩn") {
		return false
	}
	start := qualifierStart(s, na.tok)
	return s.listBefore(start, "grounds")
}

// contestMakeup reports a count that tells how a contest is set up, not
// what it drew: the events or genres a prize is given for (words.tsv
// contest-dimension after "cho": "2 giải nhất cho 2 thể loại") in a
// sentence naming a contest (contest-word), or the places its rules pick
// ("chọn 02 đội xếp thứ nhất và thứ hai"). The teams, entrants and prizes
// stay, and so do the events an event holds ("Hội thao có 04 môn thi
// đấu", "gồm 4 vòng thi": what it offered, kept by earlier cases).
func contestMakeup(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent {
		return false
	}
	if s.listAt(na.next, "contest-dimension") {
		if s.word(qualifierStart(s, na.tok)-1) != "cho" {
			return false
		}
		for k := range s.toks {
			if s.listAt(k, "contest-word") && s.word(k+1) != "đua" {
				return true // ("thi đua" is emulation, no contest)
			}
		}
		return false
	}
	picked := false
	if w := s.word(qualifierStart(s, na.tok) - 1); w == "chọn" || w == "lấy" {
		picked = true
	}
	for k := na.next + 1; k < len(s.toks) && k <= na.next+3; k++ {
		if w := s.word(k); (w == "xếp" || w == "đứng") && (s.word(k+1) == "thứ" || s.word(k+1) == "hạng" || s.word(k+1) == "đầu") {
			return picked || perGroupAfter(s, k)
		}
	}
	return false
}

// perGroupSpan is how many tokens after a place in a ranking "mỗi bảng"
// may follow.
const perGroupSpan = 5

// perGroupAfter reports "mỗi bảng" within perGroupSpan tokens after token
// k, in its clause ("2 đội xếp hạng nhì mỗi bảng tranh giải Ba"): the
// places the rules take from each group, listed on after "chọn … ," or
// alone.
func perGroupAfter(s *sentence, k int) bool {
	for j := k + 1; j+1 < len(s.toks) && j <= k+perGroupSpan; j++ {
		if w := s.word(j); isClauseMark(w) || w == "," {
			return false
		}
		if s.word(j) == "mỗi" && s.word(j+1) == "bảng" {
			return true
		}
	}
	return false
}

// betweenParties reports a count of the parties to an agreement or a
// meeting: "chương trình phối hợp giữa 2 đơn vị", "cả 2 bên". People
// counted on one side of a meeting, the other told after "với" ("đối
// thoại giữa 350 đại biểu công nhân với Chủ tịch UBND tỉnh"), are a count
// of those who took part.
func betweenParties(s *sentence, t int, unit string) bool {
	return s.word(t-1) == "giữa" && !(unit == "person" && otherSideAfter(s, t)) || (s.word(t-1) == "cả" && s.word(t+1) == "bên") || signingParties(s, t)
}

// otherSideAfter reports "với" after the number at token t in its clause,
// not "với nhau" ("giữa 3 đơn vị với nhau": the parties again) and with
// no number between.
func otherSideAfter(s *sentence, t int) bool {
	for k := t + 1; k < len(s.toks); k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "," || w == "và" || s.toks[k].kind == tokNumber {
			return false
		}
		if w == "với" {
			return s.word(k+1) != "nhau"
		}
	}
	return false
}

// signingParties reports the two parties of a signing named through their
// representatives: "Đại diện 2 bên ký kết thỏa ước tại buổi lễ", "đại diện 2
// bên ký kết" (a caption of the ceremony, no count of signers).
func signingParties(s *sentence, t int) bool {
	if s.word(t-1) != "diện" || s.word(t-2) != "đại" || (s.word(t) != "2" && s.word(t) != "02") {
		return false
	}
	for k := t + 1; k+1 < len(s.toks); k++ {
		if s.word(k) == "ký" && (s.word(k+1) == "kết" || s.word(k+1) == "thỏa") {
			return true
		}
	}
	return false
}

// gluedToLetters: a number written against letters, "U19", "2e1cb", "19h",
// but for a unit of goods' mass or volume (words.tsv glued-unit: "5kg").
// A sum of money after a lower-case word of three letters or more lost
// the space before it ("trao1 tỉ đồng"), and so did a number after a
// qualifier ("Hơn100 CNVCLĐ"): it is no name.
func gluedToLetters(s *sentence, na numberAt) bool {
	tk := s.toks[na.tok]
	if tk.start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s.low[:tk.start]); unicode.IsLetter(r) && !(na.n.Money && na.n.Multiplied && lowerWordBefore(s.text[:tk.start])) && !qualifierGlued(s, na.tok) {
			return true
		}
	}
	if int(tk.end) < len(s.low) && na.n.End <= int(tk.end) {
		if r, _ := utf8.DecodeRuneInString(s.low[tk.end:]); unicode.IsLetter(r) {
			// "5kg gạo" is "5 kg gạo"
			return na.tok+1 >= len(s.toks) || s.toks[na.tok+1].start != tk.end || !inList("glued-unit", s.word(na.tok+1))
		}
	}
	return false
}

// qualifierGlued reports a qualifier ("hơn", "trên", "gần", "khoảng")
// that ends right at token t, a number written against it.
func qualifierGlued(s *sentence, t int) bool {
	if t == 0 || s.toks[t-1].kind != tokWord {
		return false
	}
	c := s.cueOf(t - 1)
	return c != nil && c.qualifier != "" && int(s.cueEnd[t-1]) == t
}

// lowerWordBefore reports text that ends with a word of three letters or
// more, all lower case.
func lowerWordBefore(text string) bool {
	n := 0
	for text != "" {
		r, size := utf8.DecodeLastRuneInString(text)
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			return false
		}
		n++
		text = text[:len(text)-size]
	}
	return n >= 3
}

// dateOrIdentifier: a numeral token longer than the number read
// ("28/7/1929", "12/2020", "02/3/2020"), a document number ("08/NQ-BCH"),
// a day and month ("12/1") unless a head noun of the lexicon follows ("3/5
// công đoàn cơ sở") other than a federation's name ("26/1 LĐLĐ tỉnh trao
// …": the day the federation acted, not a share of federations).
func dateOrIdentifier(s *sentence, na numberAt) bool {
	t, n := na.tok, na.n
	if n.End < int(s.toks[t].end) {
		return true
	}
	if !n.HasDenom {
		return false
	}
	if s.word(t+1) == "/" && n.End <= int(s.toks[t+1].end) {
		return true // "12/1/": a date; "X/ Y" (spacedDenominator) is read past the slash
	}
	if isDateLike(n) && !completionMatches(s, na) {
		if u, noun, _, ok := unitOf(s, na); !ok || u == "count" || federationNoun(noun) {
			return true
		}
	}
	return false
}

// inRange: "- 19" after a name ("Covid - 19"), the end of a range
// ("2018-2019", "30%-70%") but for a range of counts, the start of a range
// ("30 - 40"), whose end is skipped too.
func inRange(s *sentence, na numberAt, skipNext map[int]bool) bool {
	t := na.tok
	if isDash(s.word(t-1)) && s.word(t-1) != "đến" && t >= 2 && !rangeEnd(s, t) && !(na.n.Money && moneyEndsAt(s, t-1)) && !datelineDash(s, t-1) && !spacedCount(s, na) {
		return true
	}
	if na.next < len(s.toks) && (s.word(na.next) == "-" || s.word(na.next) == "–") &&
		na.next+1 < len(s.toks) && s.toks[na.next+1].kind == tokNumber && !(na.n.Money && moneyAt(s, na.next+1)) {
		skipNext[na.next+1] = true
		return true
	}
	return false
}

// spacedCount reports a dash between spaces after a word in lower case,
// before the figure at na that a head noun of units.tsv follows ("Ngày
// hội công nhân - 350 suất quà", "Chợ Tết công đoàn – 40 gian hàng"): the
// dash sets the figure off from a name, as a colon would. A name with a
// number is capitalised before its dash ("Covid - 19 bằng …", "Xuân -
// 2026") and counts nothing.
func spacedCount(s *sentence, na numberAt) bool {
	k := na.tok - 1
	if s.word(k) == "đến" || s.toks[k-1].kind != tokWord || s.toks[k-1].end == s.toks[k].start || s.toks[k].end == s.toks[k+1].start {
		return false
	}
	u, _ := unitAt(s, na.next)
	return u != "" && !capitalAt(s, k-1)
}

// datelineDash reports a dash at token k that ends a dateline: a place's
// name opens the sentence (after an agency's tag in brackets, "(LĐTĐ)"), and
// the dash stands between spaces ("Hà Nội – 3 đoàn viên …", "Cần Thơ - 12
// …"). The figure after it opens the sentence's text; it ends no range and
// no name ("Covid - 19", "Dệt may 29-3").
func datelineDash(s *sentence, k int) bool {
	if k < 1 || s.toks[k-1].end == s.toks[k].start || k+1 >= len(s.toks) || s.toks[k].end == s.toks[k+1].start {
		return false
	}
	i := 0
	if s.word(0) == "(" {
		for i < k && s.word(i) != ")" {
			i++
		}
		i++
	}
	if i >= k || !capitalAt(s, i) {
		return false
	}
	_, end := placesAt(s, i, func(place) bool { return true })
	return end == k
}

// moneyAt reports a sum of money written with its currency at token k:
// the second bound of "từ 700.000 đồng - 1 triệu đồng", a range written in
// full at both ends.
func moneyAt(s *sentence, k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokNumber {
		return false
	}
	n, ok := ParseNumber(s.low, int(s.toks[k].start))
	return ok && n.Money
}

// moneyEndsAt reports a sum of money written with its currency whose
// phrase ends right before token k: the first bound of a range written in
// full at both ends.
func moneyEndsAt(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.toks[j].kind != tokNumber {
			continue
		}
		n, ok := ParseNumber(s.low, int(s.toks[j].start))
		return ok && n.Money && nextToken(s, j+1, n.End) == k
	}
	return false
}

// quotedOrAfterNumber: a number right after another ("1900 1234"), or
// opening a quoted name (phong trào "1 triệu sáng kiến", "3 tại chỗ").
func quotedOrAfterNumber(s *sentence, na numberAt) bool {
	t := na.tok
	if t > 0 && s.toks[t-1].kind == tokNumber && s.toks[t-1].end+1 == s.toks[t].start {
		return true
	}
	if w := s.word(t - 1); (w == "“" || w == "«" || w == "\"") && s.toks[t-1].end == s.toks[t].start {
		if u, _, _, _ := unitOf(s, na); u == "count" || u == "" || inList("naming", s.word(t-2)) {
			return true
		}
	}
	return quotedName(s, t) || inNumberedSlogan(s, na) || namedAfterQuote(s, t) || movementName(s, t)
}

// movementName reports a number right after a movement's noun (words.tsv
// movement: "phong trào", "cuộc vận động", "mô hình") and before a word
// of what it asks (words.tsv movement-aim: "giỏi", "tốt", "sạch",
// "không"), without quotes: "tuyên dương 35 chị trong phong trào 2
// giỏi", "cuộc vận động 3 không" name the movement, they count nothing.
// A capitalised aim names it after any word ("chương trình thành phố 4
// An", probe FB): no count is written so.
func movementName(s *sentence, t int) bool {
	if !inList("movement-aim", s.word(t+1)) {
		return false
	}
	if capitalAt(s, t+1) {
		return true
	}
	return slices.ContainsFunc(lex.ordered["movement"], func(p string) bool {
		return s.phraseBefore(t, p)
	})
}

// quoteReach is how many tokens a quoted name that opens with a number may
// run to its closing quote ("“5 nghìn sáng kiến vì người lao động, vì
// doanh nghiệp”").
const quoteReach = 24

// namedAfterQuote reports a number that opens a quoted span which the
// sentence then says is a programme: "Ông A khẳng định, “5 nghìn sáng
// kiến vì người lao động” là chương trình lớn". The quote is a name
// (words.tsv quoted-name after "là"), whatever word stands before it; a
// quoted speech that goes on after its quote ("“5 nghìn sáng kiến đã
// được gửi về”, ông A cho biết") keeps its figure.
func namedAfterQuote(s *sentence, t int) bool {
	if t == 0 || s.toks[t-1].end != s.toks[t].start {
		return false
	}
	if w := s.word(t - 1); w != "“" && w != "«" && w != "\"" {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+quoteReach; k++ {
		switch s.word(k) {
		case "”", "»", "\"":
			if s.word(k+1) != "là" {
				return false
			}
			return slices.ContainsFunc(lex.ordered["quoted-name"], func(p string) bool {
				return s.phraseBefore(k+3+strings.Count(p, " "), p)
			})
		case "“", "«", ".", ":", ";":
			return false
		}
	}
	return false
}

// allOfThem reports a count that says "all N of them" of what a record of
// the same paragraph counted ("… bàn giao nhà cho 04 đoàn viên … Cả 4
// đoàn viên đều phải thuê trọ"): "cả" before the number and "đều"
// within four words after its noun point back to the same number of the
// same noun, which is no new figure. "Cả 35 CĐCS đều tổ chức đại hội"
// with no such record before stays a count.
func allOfThem(s *sentence, na numberAt, noun string, after int, prev []Record) bool {
	if s.word(na.tok-1) != "cả" || noun == "" {
		return false
	}
	all := false
	for k := after; k < len(s.toks) && k < after+4; k++ {
		if s.word(k) == "đều" {
			all = true
			break
		}
	}
	return all && sameFigureBefore(s, na.n.Value, noun, prev) >= 0
}

// allOfNamed reports "cả N" and a word for one person (words.tsv
// one-person: "anh", "chị") right after it, "đều" within four words:
// "Cả 3 anh đều có hoàn cảnh khó khăn" speaks of the people the text has
// named, by the word one calls each of them, and counts nothing new.
func allOfNamed(s *sentence, na numberAt) bool {
	if s.word(na.tok-1) != "cả" || na.n.Money || na.n.Percent || !inList("one-person", s.word(na.next)) {
		return false
	}
	for k := na.next + 1; k < len(s.toks) && k <= na.next+4; k++ {
		if s.word(k) == "đều" {
			return true
		}
	}
	return false
}

// eachOwnKind reports the idiom "mỗi người 1 …" of a manner or a lot
// (words.tsv own-kind: "mỗi người 1 hoàn cảnh", "mỗi nhà một cách"): a 1
// after "mỗi" and a word for a person or a household, before such a
// noun, counts nothing.
func eachOwnKind(s *sentence, na numberAt) bool {
	if na.n.Value != 1 || na.n.Money || na.n.Percent || s.word(na.tok-2) != "mỗi" {
		return false
	}
	if w := s.word(na.tok - 1); w != "người" && w != "nhà" && !inList("one-person", w) {
		return false
	}
	return s.listBefore(na.next+1, "own-kind") || s.listBefore(na.next+2, "own-kind")
}

// handedOverAgain returns the index in prev of the union's record that a
// figure another person hands over restates, else -1: "Công đoàn phường A
// tặng 20 suất quà cho công nhân. Bà B, Chủ tịch UBND phường, trao 20
// suất quà cho công nhân." The official hands out the union's own
// gifts, no sponsor's: the figure is a mention of the union's gift (the
// contract counts a figure repeated twice) when a hand-over verb stands
// right before it and a record of the same paragraph counts the same
// number of the same noun.
func handedOverAgain(s *sentence, na numberAt, prev []Record) int {
	if w := s.word(na.tok - 1); w != "trao" && w != "tặng" {
		return -1
	}
	_, noun, _, ok := unitOf(s, na)
	if !ok || noun == "" {
		return -1
	}
	return sameFigureBefore(s, na.n.Value, noun, prev)
}

// sameFigureBefore returns the index of the last record of prev, in the
// paragraph of s, that counts value of noun, else -1.
func sameFigureBefore(s *sentence, value float64, noun string, prev []Record) int {
	for i := len(prev) - 1; i >= 0 && prev[i].Para == s.para; i-- {
		if prev[i].Value == value && prev[i].Noun == noun {
			return i
		}
	}
	return -1
}

// restatedWithThis returns the index in prev of the record a figure at token t
// points back to with "này" after its noun ("15.000 công nhân lao động
// này"), else -1: the nearest record of the same value and unit, in the
// same paragraph or the one before. after is the token after the noun.
func restatedWithThis(s *sentence, t, after int, r *Record, prev []Record) int {
	if s.word(after) != "này" && !(s.word(after+1) == "này" && s.toks[min(after, len(s.toks)-1)].kind == tokWord) {
		return -1
	}
	for i := len(prev) - 1; i >= 0 && prev[i].Para >= s.para-2; i-- {
		if prev[i].Value == r.Value && prev[i].Unit == r.Unit {
			return i
		}
	}
	return -1
}

// fundersShare returns the index in prev of the union's sum of money
// that a figure another body gives breaks down, else -1: "Ngôi nhà có
// tổng kinh phí 180 triệu đồng. Trong đó, LĐLĐ Thành phố góp 35 triệu
// đồng; Công ty A hỗ trợ 7 triệu." The sentence opens with "Trong đó",
// the figure is money given (givenRightBefore), and the last record of
// the paragraph before the sentence is a larger sum: each body's share funds the union's work
// (the contract: funding source does not change the org).
func fundersShare(s *sentence, na numberAt, prev []Record) int {
	if s.word(0) != "trong" || s.word(1) != "đó" || !(na.n.Money || na.n.Multiplied) || !givenRightBefore(s, na.tok) {
		return -1
	}
	if i := len(prev) - 1; i >= 0 && prev[i].Para == s.para && prev[i].Unit == "vnd" && prev[i].Value > na.n.Value {
		return i
	}
	return -1
}

// givenRightBefore reports a verb of giving right before the figure at
// token t (words.tsv gives or aid: "hỗ trợ", "tặng", "ủng hộ"): a share
// someone gives, not what the family itself raised ("bản thân anh huy
// động được 15 triệu đồng").
func givenRightBefore(s *sentence, t int) bool {
	w := s.word(t - 1)
	return inList("aid", w) || inList("gives", w) || s.phraseBefore(t, "ủng hộ")
}

// inNumberedSlogan reports a count inside a short quoted slogan that opens
// with a number ("phong trào “4 có 2 không”", "“3 giảm 2 tăng”"):
// the slogan's first number is a name (quotedOrAfterNumber), and so are the
// others in it. The quote opens at most six words before the number and
// closes at most four after it, with no sentence mark between; a number
// that names a unit of the table ("“2 suất quà”") is left to the rules.
func inNumberedSlogan(s *sentence, na numberAt) bool {
	t := na.tok
	open := -1
	for k := t - 1; k >= 0 && k >= t-7; k-- {
		w := s.word(k)
		if w == "“" || w == "«" || w == "\"" {
			open = k
			break
		}
		if w == "”" || w == "»" || w == "." || w == ":" || w == ";" {
			return false
		}
	}
	if open < 0 || open+1 >= t || s.toks[open+1].kind != tokNumber || s.toks[open].end != s.toks[open+1].start {
		return false
	}
	closed := false
	for k := t + 1; k < len(s.toks) && k <= t+5; k++ {
		if w := s.word(k); w == "”" || w == "»" || w == "\"" {
			closed = true
			break
		} else if w == "“" || w == "«" || w == "." || w == ":" || w == ";" {
			return false
		}
	}
	if !closed {
		return false
	}
	u, _, _, _ := unitOf(s, na)
	return u == "count" || u == ""
}

// quotedName reports a number inside a short quoted name that opens with a
// programme's noun (words.tsv quoted-name): "triển khai “Gói hỗ trợ 12.000
// đoàn viên khó khăn”" names the package, it counts nothing. The quotes
// open at most six words before the number and close at most eight after
// it, with no sentence mark between: a quoted speech is longer and keeps
// its figures.
func quotedName(s *sentence, t int) bool {
	open := -1
	for k := t - 1; k >= 0 && k >= t-7; k-- {
		if w := s.word(k); w == "“" || w == "«" {
			open = k
			break
		} else if w == "”" || w == "»" || w == "." || w == ":" {
			return false
		}
	}
	if open < 0 || !capitalAt(s, open+1) || !slices.ContainsFunc(lex.ordered["quoted-name"], func(p string) bool {
		return s.phraseBefore(open+2+strings.Count(p, " "), p)
	}) {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+9; k++ {
		switch s.word(k) {
		case "”", "»":
			return true
		case "“", "«", ".", ":", ";":
			return false
		}
	}
	return false
}

// afterIDWord: an identifier word of the lexicon right before, "số 08",
// "Quận 6" (a sum of money is never one: "Quỹ của quận 312 triệu đồng"),
// "Điều 14", "lần thứ 2", "ngày 12/3" ("tổng số", "với số", "trong số":
// words.tsv amount-so, are no identifiers).
func afterIDWord(s *sentence, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if c := s.cueOf(k); c != nil && c.idPrefix && int(s.cueEnd[k]) == t {
			if endsPlaceName(s, k, t) {
				return false // "Hải Phòng 2.000 công nhân": the place, then its figure
			}
			return s.word(k) != "số" || !inList("amount-so", s.word(k-1))
		}
	}
	return false
}

// endsPlaceName reports an identifier's word at token k, written with a
// capital, that ends a place name the map knows, the name ending right
// before the number at token t: "Phòng" of "Hải Phòng", "Kỳ" of "Tân Kỳ".
// "phòng 12", "Phòng 305 của …" stay identifiers.
func endsPlaceName(s *sentence, k, t int) bool {
	if !capitalAt(s, k) || !capitalAt(s, k-1) {
		return false
	}
	for b := max(0, k-3); b < k; b++ {
		if ps, end := placesAt(s, b, func(place) bool { return true }); len(ps) > 0 && end == t {
			return true
		}
	}
	return false
}

// durationAfter: a duration, date or age word after, "5 năm qua", "45
// tuổi", "6 tháng", or after the range the number opens ("từ 35 đến 45
// tuổi", "30 tới 40 tuổi"): the word after the second bound is the first
// bound's too.
func durationAfter(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent || na.next >= len(s.toks) {
		return false
	}
	if timeUnitAt(s, na.next) {
		return !roundsHeld(s, na)
	}
	k := na.next
	if w := s.word(k); isDash(w) || w == "tới" {
		return k+2 < len(s.toks) && s.toks[k+1].kind == tokNumber && timeUnitAt(s, k+2)
	}
	return false
}

// roundsHeld reports a count of rounds ("đợt") with a words.tsv
// rounds-held verb right before it, "được" or a qualifier between or not
// ("đã tổ chức 3 đợt hiến máu", "qua 2 đợt vận động"): rounds held,
// events counted, no span of time. The passive ("Chương trình … được tổ
// chức 2 đợt") tells a thing's format, no count.
func roundsHeld(s *sentence, na numberAt) bool {
	if s.word(na.next) != "đợt" {
		return false
	}
	k := qualifierStart(s, na.tok)
	if s.word(k-1) == "được" {
		k--
	}
	held := lex.ends["rounds-held"]
	for j, p := range held.phrases {
		if s.phraseBefore(k, p) {
			// "Chương trình … được tổ chức 2 đợt": how a thing is held,
			// its format, as "được chia thành 3 bảng"
			return !s.phraseBefore(k-held.words[j], "được")
		}
	}
	return false
}

// phoneNumber: "0243 826 1234", "1900 1234"; the groups after it are
// skipped too.
func phoneNumber(s *sentence, na numberAt, skipNext map[int]bool) bool {
	n := na.n
	if n.LeadingZero && n.Digits >= 4 {
		return true
	}
	if !n.Multiplied && !n.Money && !n.Percent && na.next < len(s.toks) &&
		s.toks[na.next].kind == tokNumber && s.toks[na.next].start == s.toks[na.next-1].end+1 {
		for k := na.next; k < len(s.toks) && s.toks[k].kind == tokNumber; k++ {
			skipNext[k] = true
		}
		return true
	}
	return false
}

// countRange reports a range of counts at na: "từ 12.000 – 15.000 đoàn
// viên", "khoảng 300 - 400 người", and returns its second bound. Years,
// percents and money ranges are not counts, and neither is a range of
// plain counts ("2 - 1", a score).
func countRange(s *sentence, na numberAt) (numberAt, bool) {
	// "đến" joins a range only after "từ" ("kết nạp từ 2.000 đến 2.500 đoàn
	// viên") and before a noun that counts something named
	to := s.word(na.next) == "đến"
	if !isDash(s.word(na.next)) || to && !s.phraseBefore(qualifierStart(s, na.tok), "từ") ||
		na.next+1 >= len(s.toks) || s.toks[na.next+1].kind != tokNumber || !plainCount(na.n) {
		return numberAt{}, false
	}
	n, ok := ParseNumber(s.low, int(s.toks[na.next+1].start))
	if !ok || !plainCount(n) || n.Value <= na.n.Value {
		return numberAt{}, false
	}
	end := numberAt{tok: na.next + 1, n: n, next: nextToken(s, na.next+2, n.End)}
	if u, _, _, ok := unitOf(s, end); !ok || (u == "count" && (to || !countedAfter(s, na))) || timeUnitAt(s, end.next) {
		return numberAt{}, false
	}
	return end, true
}

// countedAfter reports a range of plain counts that a quantity word
// opens ("số lượng 20 - 30 gian hàng", "khoảng 15 - 20 gian hàng"): a
// range of things, not a score.
func countedAfter(s *sentence, na numberAt) bool {
	start := qualifierStart(s, na.tok)
	return start < na.tok || s.phraseBefore(start, "số lượng") || s.phraseBefore(start, "từ")
}

// moneyRange reports the first bound of a range of money "từ X đến Y",
// "X – Y" whose multiplier and currency only the second bound writes ("từ
// 3 đến 10 triệu đồng", "mỗi suất 300 – 500 nghìn đồng") and returns its
// value and the token of the second bound. A rise "từ X lên Y đồng" is one too.
func moneyRange(s *sentence, na numberAt) (float64, int, bool) {
	rise := s.word(na.next) == "lên" && s.word(qualifierStart(s, na.tok)-1) == "từ"
	k := secondBound(s, na.next+1)
	if !(isDash(s.word(na.next)) || rise) || !plainCount(na.n) ||
		k >= len(s.toks) || s.toks[k].kind != tokNumber {
		return 0, 0, false
	}
	start := int(s.toks[k].start)
	n, ok := ParseNumber(s.low, start)
	base, _, _, okBase := scanNumeral(s.low, start)
	if !ok || !okBase || !n.Money {
		return 0, 0, false
	}
	v, ok := LowerBound(na.n.Value, base, n.Value)
	return v, k, ok
}

// secondBound is the token of a range's second bound that token k opens:
// k, or the number after a qualifier of its own ("từ 13 đến trên 500 tỷ
// đồng").
func secondBound(s *sentence, k int) int {
	if k+1 < len(s.toks) && s.toks[k].kind == tokWord && s.toks[k+1].kind == tokNumber {
		if c := s.cueOf(k); c != nil && c.qualifier != "" && int(s.cueEnd[k]) == k+1 {
			return k + 1
		}
	}
	return k
}

// sameBounds gives the two bounds of a range what either says of both:
// "mỗi suất 300 – 500 nghìn đồng" is each one's at both ends, "khoảng 300 -
// 400 công nhân" about at both. A range is one figure of one category: the
// first bound's, read from the words before it, unless it found none
// ("vay vốn … thu nhập thêm 2 - 3 triệu đồng mỗi tháng, giúp ổn định
// cuộc sống" is finance at both ends).
func sameBounds(lo, hi *Record) {
	if lo.Basis == BasisPerUnit || hi.Basis == BasisPerUnit {
		lo.Basis, hi.Basis = BasisPerUnit, BasisPerUnit
	}
	if hi.Qualifier == QualExact {
		hi.Qualifier = lo.Qualifier
	}
	if lo.Category == "other" {
		lo.Category = hi.Category
	} else {
		hi.Category = lo.Category
	}
}

// rangeEnd reports the second bound of a range of money or of counts at
// token t: the number two tokens before opens one.
func rangeEnd(s *sentence, t int) bool {
	if t >= 4 && s.toks[t-3].kind == tokNumber && secondBound(s, t-1) == t {
		// "từ 13 đến trên 500 tỷ đồng": a qualifier of its own before it
		if n, ok := ParseNumber(s.low, int(s.toks[t-3].start)); ok {
			if _, _, ok := moneyRange(s, numberAt{tok: t - 3, n: n, next: t - 2}); ok {
				return true
			}
		}
	}
	if t < 3 || s.toks[t-2].kind != tokNumber {
		return false
	}
	n, ok := ParseNumber(s.low, int(s.toks[t-2].start))
	if !ok {
		return false
	}
	first := numberAt{tok: t - 2, n: n, next: t - 1}
	if _, _, ok := moneyRange(s, first); ok {
		return true
	}
	_, ok = countRange(s, first)
	return ok
}

// plainCount reports a number that can bound a range of counts: no year,
// percent, money or fraction.
func plainCount(n Number) bool {
	year := n.Digits == 4 && !n.Thousands && n.Value >= 1900 && n.Value <= 2100
	return !year && !n.Percent && !n.Money && !n.Multiplied && !n.HasDenom
}

// gluedColon reports a ":" at token c written between two numerals with no
// space: the parts of a time ("08:15:02", "9:30").
func gluedColon(s *sentence, c int) bool {
	if c < 1 || c+1 >= len(s.toks) || s.word(c) != ":" {
		return false
	}
	l, r := s.toks[c-1], s.toks[c+1]
	return l.kind == tokNumber && r.kind == tokNumber && l.end == s.toks[c].start && s.toks[c].end == r.start
}

// dotInWord reports a "." at token k written between two words with no
// space ("TP.HCM", "Tp.Vinh"): the dot of an abbreviation, not a full stop.
func dotInWord(s *sentence, k int) bool {
	if k < 1 || k+1 >= len(s.toks) || s.word(k) != "." {
		return false
	}
	l, r := s.toks[k-1], s.toks[k+1]
	return l.kind == tokWord && r.kind == tokWord && l.end == s.toks[k].start && s.toks[k].end == r.start
}

// federationNoun reports a unit's noun that is a labour federation's name
// ("liên đoàn lao động", "lđlđ"): a count of them is written without a
// denominator ("5 LĐLĐ tỉnh"), so a day and month before one is a date.
func federationNoun(noun string) bool {
	return noun == "liên đoàn lao động" || noun == "lđlđ"
}

func isDateLike(n Number) bool {
	return n.Value >= 1 && n.Value <= 31 && n.Denominator >= 1 && n.Denominator <= 12 && !n.Thousands
}

// percentRange drops price-discount ranges and percent ranges:
// "giá ưu đãi từ 30%-70%", "giảm từ 10% đến 50%".
func percentRange(s *sentence, na numberAt, skipNext map[int]bool) bool {
	t := na.tok
	if u := percentRangeEnd(s, na.next); u > 0 {
		skipNext[u] = true
		return true
	}
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if inList("discount", s.word(k)) {
			return true
		}
	}
	return false
}

// percentRangeEnd is the token of the number that ends a range "đến" opens at
// token k, a qualifier allowed before it ("từ 10% đến trên 30%"); 0 if
// none.
func percentRangeEnd(s *sentence, k int) int {
	if s.word(k) != "đến" {
		return 0
	}
	for u := k + 1; u < len(s.toks) && u <= k+3; u++ {
		if s.toks[u].kind == tokNumber {
			if u == k+1 || qualifierStart(s, u) == k+1 {
				return u
			}
			return 0
		}
	}
	return 0
}

// percentBound reports a bare number that opens a range whose upper bound
// alone writes the percent: "giảm giá từ 10 đến 30%".
func percentBound(s *sentence, na numberAt) bool {
	k := na.next
	if w := s.word(k); w != "đến" && w != "-" && w != "–" || k+1 >= len(s.toks) || s.toks[k+1].kind != tokNumber {
		return false
	}
	n, ok := ParseNumber(s.low, int(s.toks[k+1].start))
	return ok && n.Percent
}

// threshold reports a condition such as "doanh nghiệp có trên 25 lao động"
// or "từ 30 lao động trở lên", also in brackets after what it bounds ("(có
// từ 30 lao động trở lên)"): a threshold, not a count.
func threshold(s *sentence, na numberAt, after int) bool {
	k, bound := na.tok-1, false
	more := orMoreAfter(s, after)
	if inList("threshold-bound", s.word(k)) {
		k, bound = k-1, true
	} else if more < 0 {
		return false
	}
	if bound {
		k = levelBefore(s, k)
	}
	if !inList("threshold-verb", s.word(k)) {
		return false
	}
	if s.word(k-1) == "(" {
		return true // "CĐCS khu vực ngoài nhà nước (có từ 30 lao động trở lên)": a condition in brackets
	}
	if bound && inList("threshold-below", s.word(na.tok-1)) && k == na.tok-2 {
		return true // "CĐCS có dưới 120 đoàn viên": a bound from above, which no qualifier writes, is a class
	}
	if s.listBefore(k, "threshold-case") {
		return true // "phải có 120 đoàn viên trở lên", "nếu có trên 90 đoàn viên": a requirement or a case, not a count
	}
	if bound && more >= 0 && k > 0 && (s.toks[k-1].kind == tokWord || s.word(more+2) == "/") {
		// "hợp tác xã ngoài khu vực nhà nước có từ 25 lao động trở lên": a
		// bound both ways, after what is meant; "…, có từ 40 người dự trở
		// lên/buổi": a minimum each one must meet
		return true
	}
	if inList("done-marker", s.word(k-1)) {
		return false // "vòng sơ khảo đã có hơn 250 thí sinh": what was had, a result, not a class
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if c := s.cueOf(j); c != nil && c.unit == "organization" {
			return true
		}
	}
	return false
}

// impairmentBound reports a share bounded from below ("trên", "từ", or
// "trở lên" after it) right after a measure of a worker's impairment
// (words.tsv impairment: "tỷ lệ thương tật", "suy giảm khả năng lao
// động"): "thăm 6 công nhân (suy giảm khả năng lao động từ 61% trở lên)"
// says which workers are meant, a condition, not a figure.
func impairmentBound(s *sentence, na numberAt) bool {
	if !na.n.Percent {
		return false
	}
	q := qualifierStart(s, na.tok)
	bound := q < na.tok || inList("threshold-bound", s.word(q-1))
	if !bound && orMoreAfter(s, na.next) < 0 {
		return false
	}
	if q == na.tok && bound {
		q-- // the bare bound "từ"
	}
	for k := q; k >= 0 && k >= q-2; k-- {
		if s.listBefore(k, "impairment") {
			return true
		}
	}
	return false
}

// bodyPart reports a count of parts of the body (words.tsv body-part: "ngón
// tay", "đầu ngón tay", "cánh tay"): "bị máy dập 2 đầu ngón tay" tells a
// worker's injury, not what a union counts.
func bodyPart(s *sentence, na numberAt) bool {
	return !na.n.Money && !na.n.Percent && s.listAt(na.next, "body-part")
}

// bracketedMinimum reports a number right after an opening bracket and an
// at-least word ("(ít nhất 3 loại bánh)", "(tối thiểu 5 thành viên)"): a
// requirement set on what the bracket follows, a contest's rule or a
// team's size, a condition with no figure of its own. "ít nhất 300 đoàn
// viên tham gia" outside brackets stays a count, at least.
func bracketedMinimum(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if q == t || s.word(q-1) != "(" {
		return false
	}
	c := s.cueOf(q)
	return c != nil && c.qualifier == QualAtLeast
}

// sizeClass reports a count of members or people right after a bound
// (words.tsv threshold-bound: "trên", "từ", "dưới", "hơn") that follows a
// noun of unions or firms: "các CĐCS trên 700 đoàn viên",
// "doanh nghiệp dưới 50 lao động" name a class of units by their size, a
// condition with no figure of its own. "thành lập 12 CĐCS với trên 900
// đoàn viên" counts the members ("với" stands between).
func sizeClass(s *sentence, na numberAt, unit string) bool {
	b := na.tok - 1
	if unit != "member" && unit != "person" || !inList("threshold-bound", s.word(b)) {
		return false
	}
	for j := b - 1; j >= 0 && j >= b-4; j-- {
		if c := s.cueOf(j); c != nil && int(s.cueEnd[j]) == b && (c.unit == "union" || c.unit == "organization") {
			return true
		}
	}
	return false
}

// multiplier reports a number after a word of times (words.tsv multiplier:
// "gấp"), a qualifier between allowed: "tăng gấp 3 lần", "gấp gần 2 lần"
// compare one figure with another, they count nothing.
func multiplier(s *sentence, t int) bool {
	return inList("multiplier", s.word(qualifierStart(s, t)-1))
}

// documentNumber reports a bare number right after the kind of a document
// that names one without "số" (words.tsv doc-kind: "kế hoạch", "hướng
// dẫn"), what it is about or whose it is after it (doc-after: "về",
// "của"): "triển khai Kế hoạch 27 về …" numbers the plan. "vượt kế hoạch
// 15%" and "kế hoạch 120 suất quà" are figures (no bare number, or a noun
// after it).
func documentNumber(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent || na.n.HasDenom || !inList("doc-after", s.word(na.next)) || na.next != na.tok+1 {
		return false
	}
	return s.listBefore(na.tok, "doc-kind")
}

// bracketShareReach is how many tokens the phrase of the figure before may
// run between its number and the bracket of its share.
const bracketShareReach = 4

// bracketShare reports a share at token t told in brackets right after the
// phrase of the figure at token last: "… là 900 tỉ đồng (chiếm 17,3%)" is
// that sum's part of the whole, of its category.
func bracketShare(s *sentence, last, t int) bool {
	q := qualifierStart(s, t)
	if s.word(q-1) == "lệ" && (s.word(q-2) == "tỷ" || s.word(q-2) == "tỉ") {
		q -= 2 // "(chiếm tỷ lệ 54%)"
	}
	if last < 0 || s.word(q-1) != "chiếm" || s.word(q-2) != "(" || q-2 <= last || q-2 > last+1+bracketShareReach {
		return false
	}
	for k := last + 1; k < q-2; k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return true
}

// orMore reports "trở lên" (or more) at token i: "từ 30 lao động trở lên".
func orMore(s *sentence, i int) bool { return s.word(i) == "trở" && s.word(i+1) == "lên" }

// orMoreAfter is the token of the "trở lên" that closes the bound opened
// by a figure whose phrase ends before token i, -1 if none: right at i, or
// after the phrase's rate ("/người/năm"), an aside in brackets ("(tương
// đương 20 triệu đồng/tháng)") and one more word ("40 người dự trở lên").
func orMoreAfter(s *sentence, i int) int {
	for i+1 < len(s.toks) && s.word(i) == "/" && s.toks[i+1].kind == tokWord {
		i += 2
	}
	if s.word(i) == "(" {
		j := i + 1
		for j < len(s.toks) && j < i+12 && s.word(j) != ")" {
			j++
		}
		if s.word(j) != ")" {
			return -1
		}
		i = j + 1
	}
	if orMore(s, i) {
		return i
	}
	if i < len(s.toks) && s.toks[i].kind == tokWord && orMore(s, i+1) {
		return i + 1
	}
	return -1
}

// levelBefore is the token before a level's noun phrase (words.tsv
// threshold-level: "mức thu nhập") that ends at token k, the token before
// the bound, and opens at most three words back: in "có mức thu nhập từ
// 250 triệu đồng trở lên" the condition's verb stands before the level. k
// itself if k is a threshold verb or no level ends there.
func levelBefore(s *sentence, k int) int {
	if inList("threshold-verb", s.word(k)) {
		return k
	}
	for j := k; j >= 0 && j >= k-3; j-- {
		if inList("threshold-level", s.word(j)) {
			return j - 1
		}
		if s.toks[j].kind != tokWord {
			break
		}
	}
	return k
}

// numberedInstitution reports a number inside an institution's name:
// right after its capitalised type word ("Bệnh viện 71 Trung ương", "Sư
// đoàn 312", "Trường 19-5"; numbered in words.tsv) and before a name word
// or the end of its phrase, not before what it counts ("Bệnh viện 50 suất
// quà").
func numberedInstitution(s *sentence, t, next int) bool {
	i := slices.IndexFunc(lex.ordered["numbered"], func(p string) bool { return s.phraseBefore(t, p) })
	if i < 0 {
		return false
	}
	start := int(s.toks[t-1].end) - len(lex.ordered["numbered"][i])
	if r, _ := utf8.DecodeRuneInString(s.text[start:]); !unicode.IsUpper(r) {
		return false
	}
	if next >= len(s.toks) || s.toks[next].kind == tokPunct {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s.text[s.toks[next].start:])
	return s.toks[next].kind == tokWord && unicode.IsUpper(r)
}

// regionScope reports a count of places that names a region as its scope
// ("5 tỉnh Nam Sông Hậu", "6 tỉnh phía Bắc", "3 miền", "4 tỉnh miền Trung"):
// a group's name, no figure, as "Cụm thi đua số 6" is. A count of places
// named one by one ("3 huyện Đông Anh, Sóc Sơn …") or by what befell them
// ("4 tỉnh bị lũ") is not meant. k is the token after the number.
//
// A count a rate for each of its places follows ("hỗ trợ 4 tỉnh miền
// Trung, mỗi tỉnh 100 triệu đồng") counts what the rate is paid to: a
// figure (the total is the count times the rate).
func regionScope(s *sentence, k int) bool {
	if s.word(k) == "miền" {
		return true // the country's regions
	}
	noun := k
	switch {
	case s.word(k) == "thành" && s.word(k+1) == "phố":
		k += 2
	case inList("place-count", s.word(k)):
		k++
	default:
		return false
	}
	if eachOfCounted(s, noun) {
		return false
	}
	if s.word(k) == "," && s.word(k+1) == "thành" && s.word(k+2) == "phố" {
		k += 3 // "tỉnh, thành phố"
	} else if s.word(k) == "thành" && (s.word(k+1) == "phố" || s.word(k+1) == "thị") {
		k += 2
	}
	switch w := s.word(k); {
	case w == "miền" || w == "phía" && inList("compass", s.word(k+1)):
		return true
	case inList("compass", w) && capitalAt(s, k):
		ps, _ := placesAt(s, k, func(place) bool { return true })
		return len(ps) == 0 // "Nam Sông Hậu", "Tây Nguyên", not "Đông Anh"
	}
	return false
}

// eachOfCounted reports "mỗi" and the noun at token k (the counted noun
// right after a number) later in the sentence: "4 tỉnh …, mỗi tỉnh 100
// triệu đồng".
func eachOfCounted(s *sentence, k int) bool {
	w := s.word(k)
	for j := k + 1; j+1 < len(s.toks); j++ {
		if s.word(j) == "mỗi" && s.word(j+1) == w {
			return true
		}
	}
	return false
}

// namedPlaceList reports a count of places whose names follow it one by
// one ("3 xã Tân Lập, Tân Hòa và Tân Mỹ", "4 tỉnh A, B, C, D"): the
// number only says how long the list of places is, where something
// happens, no figure of union work. A count of places not named ("hỗ trợ
// 5 xã"), or named by one place only ("2 xã của huyện A"), is not meant.
// k is the token after the number.
func namedPlaceList(s *sentence, k int) bool {
	typ, i := typeWordAt(s, k)
	if typ == "" || !capitalAt(s, i) {
		return false
	}
	for j := i + 1; j < i+5 && j < len(s.toks); j++ {
		switch w := s.word(j); {
		case w == "," || w == "và":
			return capitalAt(s, j+1)
		case capitalAt(s, j) || w == "’" || w == "'":
			continue
		default:
			return false
		}
	}
	return false
}

// placesOfBody reports a count of places (k the token after the number)
// that a body or its people right before it belong to, or that a body is
// made of ("lãnh đạo Liên đoàn Lao động 7 quận, huyện", "cán bộ chuyên
// trách 5 huyện", "Cụm gồm 4 tỉnh"; words.tsv places-of): who attends or
// who makes up the body, no figure. A count of places a verb governs ("hỗ
// trợ 5 xã") is not meant.
func placesOfBody(s *sentence, t, k int) bool {
	if typ, _ := typeWordAt(s, k); typ == "" {
		return false
	}
	return s.listBefore(qualifierStart(s, t), "places-of")
}

// areaInCharge reports a count of places (wards, communes, districts) or
// of their subdivisions (words.tsv subdivision; k the token after the
// number) that tells the area a body works in:
// right after "địa bàn" ("trên địa bàn 3 xã"), or followed within its
// place noun by "được giao quản lý" / "được giao phụ trách" ("4 phường
// được giao phụ trách"). Territory, not activity: no figure. The places a
// verb governs ("hỗ trợ 5 xã bị lũ") are not meant.
func areaInCharge(s *sentence, t, k int) bool {
	typ, end := typeWordAt(s, k)
	if typ == "" {
		if !s.listAt(k, "subdivision") {
			return false
		}
		end = k + 1
	}
	if q := qualifierStart(s, t); s.word(q-1) == "bàn" && s.word(q-2) == "địa" {
		return true
	}
	for j := end; j < end+3 && j < len(s.toks); j++ {
		if s.word(j) == "được" && s.word(j+1) == "giao" {
			return s.phraseBefore(j+4, "được giao quản lý") || s.phraseBefore(j+4, "được giao phụ trách")
		}
	}
	return false
}

// federationsGiven reports a count of the federations of places given
// to, "LĐLĐ" right before the number and a place's type right after it,
// the federations the object of "cho" after a verb of giving in their
// clause ("trao quà hỗ trợ cho LĐLĐ 7 tỉnh, thành phố, gồm: …"): the
// bodies that receive, a figure, not a name ("LĐLĐ 7", afterName) nor
// the places of those who attend ("lãnh đạo LĐLĐ 7 quận", placesOfBody).
func federationsGiven(s *sentence, t, k int) bool {
	q := qualifierStart(s, t)
	if s.word(q-1) != "lđlđ" || s.word(q-2) != "cho" {
		return false
	}
	if typ, _ := typeWordAt(s, k); typ == "" {
		return false
	}
	for j := q - 3; j >= 0; j-- {
		w := s.word(j)
		if isClauseMark(w) || s.toks[j].kind == tokNumber {
			return false
		}
		if inList("gives", w) {
			return true
		}
	}
	return false
}

// leadersOfBodies reports a count of bodies of a named kind (no unit noun
// of the table: unit count) right after a words.tsv leaders-of phrase
// ("mong lãnh đạo 4 Trường THPT tạo điều kiện …"): the bodies say
// whose leaders are meant, no figure. A count of the table's units
// ("lãnh đạo 12 đơn vị về dự giải": the units taking part, probe BY) and
// of unions, people and goods is left to the other rules.
func leadersOfBodies(s *sentence, t int, unit string) bool {
	return unit == "count" && s.listBefore(qualifierStart(s, t), "leaders-of")
}

// houseNumber reports a number at token t that is a house number in a
// street address: after a comma, "tại", "ở", "số" or "địa chỉ", followed
// by two to five capitalised words that are no lexicon cue (a street's
// name, not "Mái ấm Công đoàn"), then a comma and the ward or district
// ("tại Nhà Văn hóa Công nhân, 47 Lý Nam Đế, phường Trần Phú") or the
// sentence's end. unitOf found no unit after it (unit count).
func houseNumber(s *sentence, t, next int) bool {
	switch s.word(t - 1) {
	case ",", "tại", "ở", "số":
	case "chỉ":
		if s.word(t-2) != "địa" {
			return false
		}
	default:
		return false
	}
	k := next
	for k < len(s.cues) && k < next+5 && capitalAt(s, k) && s.cues[k] == 0 && !s.covered[k] {
		k++
	}
	if k-next < 2 {
		return false
	}
	if k == len(s.toks) || s.word(k) == "." {
		return true
	}
	if s.word(k) != "," {
		return false
	}
	switch s.word(k + 1) {
	case "phường", "quận", "huyện", "xã", "thị", "thành", "tp", "tỉnh":
		return true
	}
	return capitalAt(s, k+1)
}

// afterName reports a number that ends a proper name: "Công ty May 10",
// "Nhà máy Z 125" — right after a capitalised word inside the sentence.
func afterName(s *sentence, t int) bool {
	if t < 2 || s.toks[t-1].kind != tokWord || s.toks[t-2].kind == tokPunct {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[s.toks[t-1].start:])
	return unicode.IsUpper(r)
}

// breakdownPlace is the federation of the province an item of a
// per-place breakdown names right before the figure at token t: "…
// khởi kiện 54 vụ, trong đó: Nam Định 12 vụ, Thái Bình 7 vụ" — each item
// counts what that province's union did. The items follow "trong đó"
// (a colon or none) in the figure's clause, each a province's whole name
// and a number, after a comma; "…, Công ty May 10 …" and names that are
// no province are not items.
func breakdownPlace(s *sentence, t int) (orgRef, bool) {
	if t < 3 || !capitalAt(s, t-1) {
		return orgRef{}, false // most figures: no name right before them
	}
	start := t - 1
	for start > 0 {
		switch p := start - 1; {
		case s.toks[p].kind == tokWord && capitalAt(s, p):
			start--
			continue
		case isDash(s.word(p)) && capitalAt(s, p-1):
			start -= 2 // "Bà Rịa - Vũng Tàu"
			continue
		}
		break
	}
	if w := s.word(start - 1); w != "," && w != ":" && w != "đó" {
		return orgRef{}, false
	}
	ps, end := placesAt(s, start, func(p place) bool { return p.level == 1 })
	if end != t || len(ps) == 0 || slices.ContainsFunc(ps, func(p place) bool { return p.province != ps[0].province }) {
		return orgRef{}, false
	}
	for k := start - 1; k > 0 && k >= start-breakdownReach; k-- {
		w := s.word(k)
		if w == ":" && s.word(k-1) == "đó" {
			continue // "trong đó: …"
		}
		if isClauseMark(w) {
			return orgRef{}, false
		}
		if w == "đó" && s.word(k-1) == "trong" {
			return provinceOrg(ps[0].province), true
		}
		if s.toks[k].kind == tokNumber && !capitalAt(s, k-1) {
			return orgRef{}, false // an earlier item names no place
		}
	}
	return orgRef{}, false
}

// breakdownItem reports the figure at token t an item of a per-place
// breakdown (breakdownPlace): a count, not a name with a number.
func breakdownItem(s *sentence, t int) bool {
	_, ok := breakdownPlace(s, t)
	return ok
}

// breakdownReach is how many tokens before an item breakdownPlace looks
// for "trong đó" over the items before it.
const breakdownReach = 40

// countNounAt reports a counting noun of the unit table right after the
// number (k the token after it: "trường hợp", "vụ", "công trình"): the
// number counts it, a quantity, even after a capitalised name ("LĐLĐ
// tỉnh Hà Nam 120 trường hợp"), where afterName would read it as the
// end of a name ("Công ty May 10").
func countNounAt(s *sentence, k int) bool {
	u, _ := unitAt(s, k)
	return u != ""
}

// firmNameSpan is how many tokens inFirmName looks back over for the
// firm's word.
const firmNameSpan = 12

// inFirmName reports a number inside a firm's name, a capitalised word
// right after it: "Công ty Cổ phần Cơ khí 3 Bình Minh". The firm's
// word (words.tsv firm) and a capitalised name open it within firmNameSpan
// tokens before, with only the name's words between: no verb that a body
// does (words.tsv gives, predicate-start), no function word but a "và"
// before a capital, no punctuation or number. A name with a number is an
// identifier (the contract), as "Công ty May 10" is (afterName).
func inFirmName(s *sentence, t int) bool {
	if !capitalAt(s, t+1) {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-firmNameSpan; k-- {
		w := s.word(k)
		if s.toks[k].kind != tokWord || inList("gives", w) || inList("predicate-start", w) || inList("function", w) && (w != "và" || !capitalAt(s, k+1)) {
			return false
		}
		if h, _ := firmHead(s, k); h > k && h < t && capitalAt(s, k) && capitalAt(s, h) {
			return true
		}
	}
	return false
}

var quotes = "\"“”«»'‘’"

// unitOf finds what the number counts: its currency or percent sign, else the
// head noun after it (through "lượt", "danh hiệu", quotes). after is the
// first token past the noun. ok is false when nothing counted follows.
func unitOf(s *sentence, na numberAt) (unit, noun string, after int, ok bool) {
	n := na.n
	switch {
	case n.Percent:
		return "percent", "%", na.next, true
	case n.Money:
		return "vnd", "đồng", na.next, true
	}
	i := na.next
	pairs := 0 // measure words of pairs read past ("đôi", "cặp")
	for skips := 0; i < len(s.toks) && skips < 3; skips++ {
		if w := s.word(i); w == "đôi" || w == "cặp" {
			pairs++
		}
		if c := s.cueOf(i); c != nil && c.skip && c.unit == "" && s.toks[i].kind == tokWord {
			// the longest phrase is a skip word that starts with a head
			// noun: "86 trường hợp là công nhân" counts the workers
			i = int(s.cueEnd[i])
			continue
		}
		if u, end := unitAt(s, i); u != "" {
			if u == "organization" && bloodUnits(s, na.tok, i, end) {
				u = "count" // "tiếp nhận được 140 đơn vị, tương đương 49.000 ml máu"
			}
			if u == "person" && (linkBefore(s, na.tok) || raisedTo(s, qualifierStart(s, na.tok)-1) || grownBy(s, qualifierStart(s, na.tok)-1)) {
				// "tổng số đoàn viên là 41 đ/c (người)": members, told as persons
				if cu, _, ok := countedBefore(s, na.tok); ok && cu == "member" {
					u = cu
				}
			}
			return u, s.low[s.toks[i].start:s.toks[end-1].end], end, true
		}
		w := s.word(i)
		if c := s.cueOf(i); c != nil && c.skip {
			i = int(s.cueEnd[i])
			continue
		}
		if s.toks[i].kind == tokPunct && strings.Contains(quotes, w) {
			i++
			continue
		}
		if j := completionAside(s, i); j > i {
			i = j // "kết nạp mới 1.250 (đạt 104%) đoàn viên"
			continue
		}
		break
	}
	if pairs == 1 && i == na.next+1 && (i >= len(s.toks) || s.toks[i].kind != tokWord || inList("function", s.word(i))) {
		// "tiếp nhận 150 đôi từ Quỹ A": pairs of the goods the sentence
		// told of, with no head noun after them, are goods (a couple,
		// "12 cặp đôi", is none)
		return "item", s.word(na.next), i, true
	}
	turns := s.word(na.next) == "lượt"
	if turns {
		if u, noun, end, ok := turnsFor(s, i); ok {
			return u, noun, end, true
		}
	}
	if n.Multiplied && i < len(s.toks) && inList("multiplied-thing", s.word(i)) {
		// "1 triệu căn hộ": the multiplier scales a count of the things
		// named after it, not a sum of đồng left unsaid
		return "count", s.word(i), i + 1, true
	}
	if n.Multiplied && !turns && !n.Myriads {
		// "gần 8 triệu lượt cho đoàn viên" counts turns, not đồng; "vạn"
		// alone counts heads, not đồng
		return "vnd", "đồng", na.next, true
	}
	if u, noun, ok := objectBefore(s, na.tok); ok && (i >= len(s.toks) || s.toks[i].kind != tokWord || inList("completion-verb", s.word(i))) {
		// "kết nạp đoàn viên được 612/600 đạt 102%": the verb's object
		// before "được" is what the result counts
		return u, noun, na.next, true
	}
	if u, noun, ok := countedBefore(s, na.tok); ok && (i >= len(s.toks) || s.toks[i].kind != tokWord) {
		return u, noun, na.next, true
	}
	if i < len(s.toks) && s.toks[i].kind == tokWord {
		if timeUnitAt(s, i) || inList("function", s.word(i)) {
			return "", "", i, false
		}
		if u := awardRecipients(s, i); u != "" {
			return u, s.word(i), i + 1, true // "tặng 9 Bằng khen cho các nhà giáo": an award counts its recipients
		}
		return "count", s.word(i), i + 1, true
	}
	return "", "", i, false
}

// bloodUnits reports the noun "đơn vị" at tokens i to end of the number at
// token t taken by a blood drive: a words.tsv blood-take verb ("tiếp
// nhận", "thu", "hiến"), maybe with "được", right before the number, in a
// sentence that names blood ("máu"). Those are units of blood, as "đơn vị
// máu" is, not organisations.
func bloodUnits(s *sentence, t, i, end int) bool {
	if s.low[s.toks[i].start:s.toks[end-1].end] != "đơn vị" || !wordWithin(s, "máu", 0, len(s.toks)) {
		return false
	}
	k := qualifierStart(s, t)
	if s.word(k-1) == "được" {
		k--
	}
	return slices.ContainsFunc(lex.ordered["blood-take"], func(p string) bool { return s.phraseBefore(k, p) })
}

// awardRecipients returns the unit of the recipients that "cho" names
// after an award noun (words.tsv award-noun) at token i, in the figure's
// clause: "tặng 5 Cờ thi đua cho các công đoàn cơ sở" counts unions, "9
// Bằng khen … cho các nhà giáo" persons (an award counts its recipients,
// as "30 danh hiệu thợ giỏi" counts workers). "" when
// no recipient of a counted kind is named.
func awardRecipients(s *sentence, i int) string {
	if !s.listAt(i, "award-noun") {
		return ""
	}
	for k := i + 1; k < len(s.toks) && k <= i+12; k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			return ""
		}
		if w != "cho" {
			continue
		}
		j := k + 1
		if w := s.word(j); w == "các" || w == "những" {
			j++
		}
		switch u, _ := unitAt(s, j); u {
		case "person", "member", "union", "collective", "organization", "household":
			return u
		}
		return ""
	}
	return ""
}

// turnsFor reads the noun of turns told after "lượt" through a words.tsv
// turns-for phrase, when the noun does not follow "lượt" itself: "hơn 6
// triệu lượt dành cho đoàn viên và công nhân" counts members ("lượt X
// counts X", the contract). i is the first token past "lượt".
func turnsFor(s *sentence, i int) (unit, noun string, after int, ok bool) {
	for _, p := range lex.ordered["turns-for"] {
		n := strings.Count(p, " ") + 1
		if i+n >= len(s.toks) || !s.phraseBefore(i+n, p) {
			continue
		}
		if u, end := unitAt(s, i+n); u != "" {
			return u, s.low[s.toks[i+n].start:s.toks[end-1].end], end, true
		}
	}
	return "", "", i, false
}

// completionAside returns the token after a completion in brackets that
// opens at token i, between a number and its noun: "(đạt 104%)", "(đạt
// 96,5% kế hoạch)"; i if there is none.
func completionAside(s *sentence, i int) int {
	if s.word(i) != "(" || s.word(i+1) != "đạt" || i+2 >= len(s.toks) || s.toks[i+2].kind != tokNumber {
		return i
	}
	for j := i + 3; j < len(s.toks) && j <= i+6; j++ {
		if s.word(j) == ")" {
			return j + 1
		}
		if s.toks[j].kind == tokNumber || isClauseMark(s.word(j)) {
			return i
		}
	}
	return i
}

// countedBefore reads what a number that closes its clause counts from the
// "số …" or "lượt …" the clause opens with, when a link stands between them
// ("là", "đạt", a colon), maybe with a qualifier: "tổng số sáng kiến được
// công nhận … là 436", "số công đoàn cơ sở thành lập mới là 18", "số công
// đoàn cơ sở tham gia: 87", "tổng lượt dự thi đạt hơn 12.300", or only a
// qualifier ("với tổng lượt dự thi gần 9.000"). "lượt X" counts X; a total
// of "lượt" that names no X is a count of turns.
func countedBefore(s *sentence, t int) (unit, noun string, ok bool) {
	k, qualified := t-1, false
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		if c := s.cueOf(j); c != nil && c.qualifier != "" && int(s.cueEnd[j]) == t {
			k, qualified = j-1, true
			break
		}
	}
	if w := s.word(k); w == "là" || w == "đạt" || w == ":" || raisedTo(s, k) || grownBy(s, k) {
		k--
	} else if !qualified {
		return quantityOf(s, t)
	}
	for ; k >= 0; k-- {
		w := s.word(k)
		if isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			return "", "", false
		}
		if w != "số" && w != "lượt" {
			continue
		}
		if u, end := unitAt(s, k+1); u != "" {
			return u, s.low[s.toks[k+1].start:s.toks[end-1].end], true
		}
		if w == "lượt" && s.word(k-1) == "tổng" {
			return "count", "lượt", true
		}
		return "", "", false
	}
	return "", "", false
}

// objectBefore reads what a result counts from the head noun that ends
// right before "được" or "đạt" (a qualifier apart) ahead of the number at
// token t, when no noun follows the number: "phát triển đoàn viên được
// 612/600", "thành lập công đoàn cơ sở được 4/9 đạt 44,44%".
func objectBefore(s *sentence, t int) (unit, noun string, ok bool) {
	j := qualifierStart(s, t) - 1
	if w := s.word(j); w != "được" && w != "đạt" {
		return "", "", false
	}
	for k := j - 1; k >= 0 && k >= j-4 && s.toks[k].kind == tokWord; k-- {
		if u, end := unitAt(s, k); u != "" && end == j {
			// the longest noun wins: "công đoàn cơ sở", not "cơ sở"
			unit, noun, ok = u, s.low[s.toks[k].start:s.toks[end-1].end], true
		}
	}
	return unit, noun, ok
}

// completionMatches reports an X/Y followed in its clause by its completion
// ("4/9 đạt 44,44%", "5/8 chỉ tiêu (đạt 62,5%)"), the percent being
// 100·X/Y: a result against a target, never a day and month.
func completionMatches(s *sentence, na numberAt) bool {
	pct, tok := completionAfter(s, na.next)
	return tok >= 0 && math.Abs(pct-100*na.n.Value/na.n.Denominator) < 0.6
}

// planInClause reports a word of plan or target in the figure's own clause
// (back to the last clause mark or comma) or right before it.
func planInClause(s *sentence, t int) bool {
	if planRightBefore(s, t) {
		return true
	}
	for k := t - 1; k >= 0; k-- {
		if w := s.word(k); isClauseMark(w) || w == "," {
			return false
		}
		if s.cues[k] == 0 {
			continue
		}
		if c := s.cueOf(k); c != nil && c.status == StatusPlanned && int(s.cueEnd[k]) <= t {
			return true
		}
	}
	return false
}

// quantityOf reads the counted noun between "số lượng" and the number at
// token t, with nothing after it ("với số lượng CNVCLĐ 7.128, …"): the
// quantity of what it names.
func quantityOf(s *sentence, t int) (unit, noun string, ok bool) {
	for k := t - 1; k >= 2 && k >= t-5; k-- {
		if s.word(k-1) != "lượng" || s.word(k-2) != "số" {
			continue
		}
		if u, end := unitAt(s, k); u != "" && end == t {
			return u, s.low[s.toks[k].start:s.toks[end-1].end], true
		}
		return "", "", false
	}
	return "", "", false
}

// rateOfCompletion reports "đạt tỷ lệ" (tỉ lệ) right before the percent
// at token k: "5/5 CĐCS (đạt tỷ lệ 100%)" states the completion as "(đạt
// 100%)" does.
func rateOfCompletion(s *sentence, k int) bool {
	w := s.word(k - 2)
	return s.word(k-1) == "lệ" && (w == "tỷ" || w == "tỉ") && inList("completion-verb", s.word(k-3))
}

// completionAfter finds a completion percent right after an X/Y phrase:
// "(đạt 103,22%)", ", đạt 137,24%". It returns the percent and its token.
// The percent may follow the clause's verb phrase: "141/152 doanh nghiệp … đã
// ký kết thỏa ước lao động tập thể (đạt 92,8%)"; another number or the end
// of the clause stops the search.
func completionAfter(s *sentence, after int) (float64, int) {
	for k := after; k < len(s.toks) && k < after+24; k++ {
		if w := s.word(k); w == ";" || w == "." || w == ":" {
			break
		}
		if s.toks[k].kind == tokNumber {
			n, ok := ParseNumber(s.low, int(s.toks[k].start))
			if ok && n.Percent && (inList("completion-verb", s.word(k-1)) || rateOfCompletion(s, k)) {
				return n.Value, k
			}
			return 0, -1
		}
	}
	return 0, -1
}

// record fills in a record's attributes for the number na.
func (x *articleContext) record(s *sentence, na numberAt, unit, noun string, after int) Record {
	n := na.n
	t := na.tok
	pos := s.start + int(s.toks[t].start)
	org := x.orgFor(s, t)
	r := Record{
		Doc:       x.a.Doc,
		Value:     n.Value,
		Unit:      unit,
		Qualifier: qualifierOf(s, t),
		Basis:     basisOf(s, na, after),
		Status:    statusOf(s, t),
		Org:       org.name,
		OrgType:   org.typ,
		Province:  x.provinceOf(s, org),
		Evidence:  strings.TrimSpace(s.text),
		Offset:    x.a.SourceOffset(pos),
		Noun:      strings.Clone(noun), // a slice of the lower-cased text: do not keep it all alive
		Pos:       pos,
		Len:       n.End - int(s.toks[t].start),
		Para:      s.para,
	}
	if r.Status == StatusAchieved && statusCue(s, t) == "" && x.datedAhead(s) {
		r.Status = StatusPlanned
	}
	if n.HasDenom {
		d := n.Denominator
		r.Denominator = &d
	}
	if r.Province == "" && org.shared != "" {
		x.note(fmt.Sprintf("“%s %s” có ở nhiều tỉnh (%s) mà bài không cho biết tỉnh nào: số liệu để trống tỉnh", org.typ, org.name, org.shared))
	}
	if r.Org == "" && r.OrgType != "" {
		x.note(fmt.Sprintf("bài chỉ gọi “%s” mà không nêu tên: số liệu để trống tên tổ chức", r.OrgType))
	}
	r.Period, r.Year = x.periodYear(s, t)
	if r.Status == StatusAchieved && statusCue(s, t) == "" && beforeYear(x.a, r.Year) {
		r.Status = StatusPlanned // "… có 60.000 đoàn viên được hỗ trợ dịp Tết 2026" told in November 2025
	}
	if r.Status == StatusAchieved && x.planLead && x.a.Paras[s.para].Kind == corpus.KindBody && r.Period == PeriodYear &&
		r.Year >= x.year && statusCue(s, t) == "" && !doneMarked(s) && !x.breakdownOfResult(s) && !begunSaid(s) {
		r.Status = StatusPlanned // "… đã ban hành kế hoạch … Tết …. Ngoài ra, còn tổ chức chợ Tết tại 3 khu công nghiệp"
	}
	if r.Status == StatusAchieved && x.planYear != 0 && r.Year == x.planYear && r.Period == PeriodYear && !x.planEnded &&
		(x.a.Paras[s.para].Kind == corpus.KindBody || x.a.Paras[s.para].Kind == corpus.KindLead) && statusCue(s, t) == "" && !resultSaid(s) && !begunSaid(s) {
		r.Status = StatusPlanned // "… triển khai 9 chỉ tiêu năm 2023" over "Theo đó, kết nạp 1.450 đoàn viên; …"
	}
	if r.Year == 0 {
		x.note("bài không ghi năm và không có ngày đăng: số liệu không rõ năm")
	}
	if r.Period == PeriodMultiYear && (sinceFounding(s, t) || foundedInParagraph(x, s, t)) && (org.typ == "phường" || org.typ == "xã") && r.Year >= 2025 {
		// a ward or commune union founded on 1 July 2025: "từ khi thành
		// lập đến nay" is this year ("Sau khi thành lập, Công đoàn phường
		// tiếp nhận 210 CĐCS với …", what it took over, is then a stock)
		r.Period = PeriodYear
	}
	part := r.Period == PeriodYear && r.Status == StatusAchieved && partOfStock(s, t, x.prevStock != "")
	if (part || (r.Period == PeriodYear && r.Status == StatusAchieved && (stockShape(s, t) || withStock(s, t) || shareOfStock(s, t)))) && !countsTurns(s, t) {
		r.Period = PeriodSnapshot
	}
	stockCat := s.stockCat
	if r.Period == PeriodSnapshot {
		s.stockEnd = na.next
	}
	r.Category = categoryOf(s, na, unit, noun, r.Period, after, x)
	if r.Category == "other" && x.prevCat != "" && unit != "vnd" && unit != "percent" && opensInWhich(s) {
		// "… thành lập 5/5 CĐCS …. Trong đó có 2 đơn vị thành lập theo
		// phương thức mới": a count that breaks down the counts before,
		// with no cue of its own, is of their kind (a sum's parts are
		// partOfTotal's)
		r.Category = x.prevCat
	}
	switch {
	case part && r.Category == "other":
		r.Category = x.prevStock // "Trong đó, có 15 đơn vị khối xã, …" breaks down the units before
	case r.Period == PeriodSnapshot && r.Category == "other" && stockCat != "":
		// "quản lý 41 CĐCS, trong đó có 22 đơn vị hành chính sự nghiệp, 7
		// doanh nghiệp …": the parts of a stock the sentence told before
		r.Category = stockCat
	}
	if r.Period == PeriodSnapshot && stockCat == "" {
		s.stockCat = r.Category
	}
	if noun != "" && unit != "vnd" && unit != "percent" {
		x.paraCats[noun] = r.Category
	}
	r.Text = surface(s, t, after)
	return r
}

// surface is the short phrase around the number: two words before it
// through its head noun.
func surface(s *sentence, t, after int) string {
	from := t
	for k := t - 1; k >= 0 && k >= t-2 && s.toks[k].kind != tokPunct; k-- {
		from = k
	}
	to := max(after, t+1)
	if to > len(s.toks) {
		to = len(s.toks)
	}
	return s.text[s.toks[from].start:s.toks[to-1].end]
}

// besides reports "ngoài" at token k opening its sentence or clause
// ("Ngoài 70 suất quà nói trên, …", "…; ngoài 20 suất quà, …"): "besides
// the figure", which it restates or adds to, not "over" it as in "ngoài
// 50 tuổi".
func besides(s *sentence, k int) bool {
	if s.word(k) != "ngoài" {
		return false
	}
	w := s.word(k - 1)
	return k == 0 || isClauseMark(w) || w == ","
}

// differenceReach is how many tokens before a comparative differenceBy
// looks for the term it compares.
const differenceReach = 6

// differenceBy reports "hơn" at token k after a comparative adjective
// ("cao", "thấp") before a percent at token t, whose clause names the term
// compared right before it ("năm sau", "năm trước", "so với", "cùng kỳ"):
// "thu nhập bình quân năm sau cao hơn 8%" is higher by 8%, the
// difference, not more than 8%.
func differenceBy(s *sentence, k, t int) bool {
	if s.word(k) != "hơn" || (s.word(k-1) != "cao" && s.word(k-1) != "thấp") {
		return false
	}
	if n, ok := ParseNumber(s.low, int(s.toks[t].start)); !ok || !n.Percent {
		return false
	}
	for j := k - 2; j >= 1 && j >= k-1-differenceReach; j-- {
		if w := s.word(j); isClauseMark(w) || w == "," || s.toks[j].kind == tokNumber {
			return false
		}
		if w, v := s.word(j-1), s.word(j); w == "năm" && (v == "sau" || v == "trước") || w == "so" && v == "với" || w == "cùng" && v == "kỳ" {
			return true
		}
	}
	return false
}

func qualifierOf(s *sentence, t int) string {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if c := s.cueOf(k); c != nil && c.qualifier != "" && int(s.cueEnd[k]) == t {
			if l := longerQualifier(s, k, t); l != "" {
				return l // "bằng và cao hơn 20.000 đồng", "không thấp hơn": at least, not "hơn"
			}
			if s.word(k) == "trên" && allProvinces(s, t) {
				return QualExact // "trên 63 tỉnh, thành phố": across all of them
			}
			if besides(s, k) || differenceBy(s, k, t) {
				return QualExact
			}
			return c.qualifier
		}
	}
	// an estimate: "ước tính làm lợi 3,2 tỷ đồng"
	for k := t - 1; k >= 0 && k >= t-4 && s.toks[k].kind == tokWord; k-- {
		if inList("estimate", s.word(k)) && s.word(k-1) != "thỏa" && s.word(k-1) != "thoả" {
			return QualAbout // ("thỏa ước lao động với 88 DN": an agreement, no estimate)
		}
	}
	return QualExact
}

// longerQualifier is the qualifier of a longer qualifiers.tsv phrase that
// ends right before token t too but starts before token k ("bằng và cao
// hơn", "không thấp hơn" around "hơn"), "" if none.
func longerQualifier(s *sentence, k, t int) string {
	if !s.covered[k] {
		return ""
	}
	for j := k - 1; j >= 0 && j >= t-5; j-- {
		if c := s.cueOf(j); c != nil && c.qualifier != "" && int(s.cueEnd[j]) == t {
			return c.qualifier
		}
	}
	return ""
}

// mealRate reports a sum of money after a words.tsv meal-rate phrase in
// its clause, with no number between ("tăng giá trị bữa ăn ca lên 18.000
// đồng"): the price of one meal, a rate.
func mealRate(s *sentence, t int) bool {
	for k := t - 1; k >= 1 && k >= t-10; k-- {
		if s.toks[k].kind == tokNumber || s.toks[k].kind == tokPunct && s.word(k) != "(" {
			return false
		}
		if s.listBefore(k+1, "meal-rate") {
			return true
		}
	}
	return false
}

// yearlySpan is how many tokens before a count "hằng năm" may govern it.
const yearlySpan = 6

// yearlyGoverns reports "hằng năm" or "hàng năm" at token k that governs
// the count at token t: right before its verb ("Hằng năm kết nạp 400
// đoàn viên"), or before a longer verb phrase of lower-case words only
// ("hàng năm kết nạp được thêm 120 đoàn viên"). A body named between
// ("Hàng năm LĐLĐ huyện A trao …") is the sentence's subject, and the
// adverb says when it acts, not a rate.
func yearlyGoverns(s *sentence, k, t int) bool {
	if k >= t-4 || yearlyTarget(s, k, t) {
		return true
	}
	if k < t-yearlySpan {
		return false
	}
	for j := k + 2; j < t; j++ {
		if s.toks[j].kind != tokWord || capitalAt(s, j) {
			return false
		}
	}
	return true
}

// yearlyTargetSpan is how many tokens before a count "hằng năm" may
// govern it across a target's subject and verb.
const yearlyTargetSpan = 12

// yearlyTarget reports "hằng năm" at token k before a subject and
// "phấn đấu" that govern the count at token t, words only between:
// "hằng năm Công đoàn tỉnh phấn đấu kết nạp khoảng 12.000 đoàn viên" is
// a yearly target, a rate, as "mỗi năm" is; a body's habit told
// with no target ("Hàng năm LĐLĐ huyện A trao …") is none.
func yearlyTarget(s *sentence, k, t int) bool {
	if k < t-yearlyTargetSpan {
		return false
	}
	for j := k + 2; j+1 < t; j++ {
		if s.toks[j].kind != tokWord {
			return false
		}
		if s.word(j) == "phấn" && s.word(j+1) == "đấu" {
			return true
		}
	}
	return false
}

// yearlyTargetOpens reports a sentence that opens on "Hằng năm", "Hàng
// năm" or "Mỗi năm" with no clause mark before the count na (a comma
// after the adverb only), a count and not a share: in a list of a term's
// targets (sentence.targetEnd), what is to be done each year is a rate,
// whoever its subject ("Hằng năm, Liên đoàn Lao động quận tổ chức 2 - 3 hội thi").
func yearlyTargetOpens(s *sentence, na numberAt) bool {
	if na.n.Percent || !yearlyOpens(s) {
		return false
	}
	for k := 2; k < na.tok; k++ {
		if s.toks[k].kind == tokPunct && (k > 2 || s.word(k) != ",") && !isDash(s.word(k)) {
			return false
		}
	}
	return true
}

// perOne reports the number one at token k with a word after it, after a
// slash ("50 triệu đồng/1 mái ấm", "/01 suất"): a rate per unit written
// with its one, as "/mái ấm" is.
func perOne(s *sentence, k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].kind != tokNumber || s.toks[k+1].kind != tokWord {
		return false
	}
	w := s.word(k)
	return w == "1" || w == "01"
}

// basisOf: "mỗi suất 1 triệu đồng", "1 triệu đồng/suất" are per-unit rates.
func basisOf(s *sentence, na numberAt, after int) string {
	if perPeriodRate(s, na.next) || nounPerPeriod(s, na, after) {
		return BasisPerUnit // "tổng giá trị làm lợi 30 tỷ đồng/năm": a yearly rate, even of a total
	}
	if totalBefore(s, na.tok) {
		return BasisTotal // "Mỗi suất quà trị giá 500 nghìn đồng với tổng số tiền là 97,5 triệu đồng"
	}
	if s.word(after) == "/" && nounPerNoun(s, na, after) {
		return BasisPerUnit // "2 bàn tiệc (10 người/bàn)", "60 đoàn viên/CĐCS": so many for each one
	}
	if giftGoods(s, na) {
		return BasisPerUnit // "trao 150 suất quà, gồm 1 thùng sữa và 2 hộp bánh"
	}
	if s.targetEnd != 0 && yearlyTargetOpens(s, na) {
		return BasisPerUnit // "Đến năm 2028, …. Hằng năm, Liên đoàn Lao động quận tổ chức 2 - 3 hội thi": a term's yearly target
	}
	for k := na.tok - 1; k >= 0 && k >= na.tok-12; k-- {
		if w := s.word(k); inList("per-unit", w) && (w == "mỗi" || k >= na.tok-4) {
			if inList("per-period", s.word(k+1)) && na.n.Percent {
				return BasisTotal // "mỗi năm có 80% CĐCS …": a share, not a rate
			}
			return BasisPerUnit
		}
		if w := s.word(k); (w == "hằng" || w == "hàng") && inList("per-period", s.word(k+1)) && yearlyGoverns(s, k, na.tok) && !na.n.Percent {
			return BasisPerUnit // "Hằng năm kết nạp 400 đoàn viên", as "mỗi năm"
		}
		if s.toks[k].kind == tokPunct && s.word(k) != "(" {
			break
		}
		if s.toks[k].kind == tokNumber && !na.n.Money && !na.n.Multiplied && !timeUnitAt(s, k+1) {
			// "mỗi phiếu trị giá 200.000 đồng và 900 suất quà": the rate
			// was the money's, not the count's; a duration ("Mỗi hội
			// chợ mở cửa 2 ngày cho khoảng 8.000 công nhân") is no figure
			// and leaves the rate to the count after it
			break
		}
	}
	if eachBoundGoesOn(s, na.tok) {
		return BasisPerUnit // "Mỗi điểm có ít nhất 15 gian hàng; nhiều nhất là 30 gian hàng"
	}
	if eachAfter(s, after) || eachAfterList(s, after) {
		return BasisPerUnit // "300.000 đồng cho mỗi em", "6 lốc sữa cho mỗi em", "300.000 đồng tiền mặt và 4 hộp sữa cho mỗi em"
	}
	if !na.n.Percent && periodAfter(s, after) {
		return BasisPerUnit // "trung bình 350 người được khám mỗi ngày"
	}
	if eachFronted(s, na.tok) || oneMoreEach(s, na) || na.n.Money && eachFrontedSums(s, na.tok) {
		return BasisPerUnit // "Tại mỗi đơn vị, … trao 30 suất quà", "mỗi suất 1 triệu đồng và 1 phần quà"
	}
	if na.n.Money && (giftValue(s, na.tok) || giftContents(s, na.tok) || oneGiftValue(s, na.tok) || uncountedGiftValue(s, na) || eachInBrackets(s, na.tok) || eachSentence(s) || tooSmallForTotal(s, na) || entitlement(s, na.tok)) {
		return BasisPerUnit // "… (mỗi túi gồm gạo, dầu ăn, trị giá 250 nghìn đồng)"
	}
	if s.word(na.next) == "/" && na.next+1 < len(s.toks) && (s.toks[na.next+1].kind == tokWord || perOne(s, na.next+1)) {
		return BasisPerUnit // "1 triệu đồng/suất", "50 triệu đồng/1 mái ấm"
	}
	if partOfEach(s, na.tok) {
		return BasisPerUnit // "1,3 triệu đồng/người, bao gồm 1 triệu đồng tiền mặt và 300.000 đồng là quà"
	}
	if na.n.Money && mealRate(s, na.tok) {
		return BasisPerUnit // "nâng giá trị bữa ăn ca lên 18.000 đồng": the price of one meal
	}
	if na.n.Money && capBefore(s, na.tok) {
		return BasisPerUnit // "được hỗ trợ tối đa 2 triệu đồng": a cap on what each gets
	}
	if na.n.Money && groupReceives(s, na.tok) {
		return BasisPerUnit // "Đoàn viên khó khăn được nhận 1,3 triệu đồng"
	}
	if na.n.Money && eachReceives(s, na.tok) {
		return BasisPerUnit // "mỗi công nhân khó khăn được nhận quà bằng tiền mặt là 400.000 đồng"
	}
	if na.n.Money && withEachGift(s, na) {
		return BasisPerUnit // "trao 88 túi quà (…) và 500 nghìn đồng tiền mặt cho 88 đoàn viên"
	}
	if na.n.Money && oneEachValue(s, na.tok) {
		return BasisPerUnit // "mỗi đoàn viên được nhận 1 suất ăn (trị giá 50 nghìn đồng)"
	}
	if !na.n.Money && oneAtPersonRate(s, na) {
		return BasisPerUnit // "được hỗ trợ 800.000 đồng/người, 1 túi quà trị giá 250.000 đồng/người"
	}
	if !na.n.Money && oneForAll(s, na, after) {
		return BasisPerUnit // "tặng 1 ba lô, 1 áo mưa cho toàn thể công nhân": one each
	}
	if !na.n.Money && oneEachReceived(s, na) {
		return BasisPerUnit // "700 cháu được tặng 500.000 đồng và 1 phần quà": each one's gift
	}
	if na.n.Money && giftListsContents(s, na.tok) {
		return BasisPerUnit // "tặng 40 phần quà gồm nồi cơm điện và 300.000 đồng tiền mặt"
	}
	if s.word(0) == "đối" && s.word(1) == "với" && eachEntitled(s, na) {
		return BasisPerUnit // "Đối với đối tượng được mời, ban tổ chức trao 800.000 đồng, 1 suất quà …"
	}
	return BasisTotal
}

// entitledOpenerReach is how many tokens after "Đối với" the comma that
// closes the opener may stand.
const entitledOpenerReach = 14

// eachEntitled reports a figure in the package each one of a class of
// recipients gets: the sentence opens "Đối với" and the recipients, up to
// a comma ("Đối với đối tượng được mời, ban tổ chức trao 800.000 đồng,
// 1 suất quà trị giá 200.000 đồng và 1 phiếu mua hàng …"),
// and the list after it, in one clause, holds a count of one gift or
// thing: what one gets. Its sums and its ones are each one's (per_unit).
// A list counting more than one gift, person or thing ("Đối với đoàn viên
// khó khăn, LĐLĐ trao 500 suất quà, 200 triệu đồng") tells totals.
func eachEntitled(s *sentence, na numberAt) bool {
	if !na.n.Money && (na.n.Value != 1 || na.n.Percent) {
		return false
	}
	open := -1
	for k := 2; k < len(s.toks) && k <= entitledOpenerReach; k++ {
		if w := s.word(k); w == "," {
			open = k
			break
		} else if isClauseMark(w) || w == ";" || s.toks[k].kind == tokNumber {
			return false
		}
	}
	if open < 0 || na.tok < open {
		return false
	}
	one := false
	for k := open + 1; k < len(s.toks); k++ {
		w := s.word(k)
		if isClauseMark(w) || w == ";" {
			if k < na.tok {
				return false
			}
			break
		}
		if s.toks[k].kind != tokNumber {
			continue
		}
		n, ok := ParseNumber(s.low, int(s.toks[k].start))
		if !ok || n.Money || n.Percent {
			continue
		}
		u, _ := unitAt(s, k+1)
		switch {
		case (u == "gift" || u == "item") && n.Value == 1:
			one = true
		case u == "gift" || u == "item" || u == "person" || u == "member" || u == "household":
			return false
		}
	}
	return one
}

// rateThreshold reports a rate from which on a counted set of units does
// something: "642 đơn vị nấu bữa ăn giữa ca từ 18.000 đồng/suất trở lên"
// counts the units, the sum only says which ("hỗ trợ từ
// 500.000 đồng trở lên cho mỗi đoàn viên" is a figure: no count before it
// in its clause).
func rateThreshold(s *sentence, na numberAt, after int) bool {
	if !na.n.Money || s.word(qualifierStart(s, na.tok)-1) != "từ" {
		return false
	}
	end := after
	if s.word(end) == "/" {
		end += 2
	}
	if !orMore(s, end) {
		return false
	}
	for k := na.tok - 2; k >= 0; k-- {
		if w := s.word(k); isClauseMark(w) || w == ";" || w == "," {
			return false
		}
		if s.toks[k].kind == tokNumber {
			u, _ := unitAt(s, k+1)
			return u == "organization" || u == "union" || u == "person" || u == "member"
		}
	}
	return false
}

// congressOrdinal reports a number between "đại hội" and the name of
// one union body: "tiến tới Đại hội 11 Công đoàn thành phố" numbers the
// congress ("đại hội 45 công đoàn cơ sở" counts the unions that hold one).
func congressOrdinal(s *sentence, na numberAt) bool {
	if s.word(na.tok-1) != "hội" || s.word(na.tok-2) != "đại" || na.n.Money || na.n.Percent || na.n.HasDenom {
		return false
	}
	return slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok == na.next && m.org.name != "" && !m.org.back })
}

// targetFrom reports a planned figure after a bare "từ" that right
// follows the activity planned (and "mới" or "thêm"): "phấn đấu kết nạp
// mới từ 300 đoàn viên"
// is 300 at least ("trao quà cho 50 đoàn viên từ 12 CĐCS" names where
// they come from; a range, "từ 3 đến 5", is read before).
func targetFrom(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if q < 2 || s.word(q-1) != "từ" {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+4; k++ {
		if isDash(s.word(k)) || s.word(k) == "tới" {
			return false // "từ 500.000 đồng đến 2 triệu đồng": a range
		}
	}
	for k := q - 2; k >= 0 && k >= q-5; k-- {
		if e := int(s.cueEnd[k]); s.cues[k] != 0 && (e == q-1 || e == q-2 && (s.word(e) == "mới" || s.word(e) == "thêm")) && s.cueOf(k).category != "" {
			return true
		}
	}
	return false
}

// partAfter reports "trong đó" opening the clause of the figure at token
// t, within eight words before it: "…, trong đó LĐLĐ thành phố hỗ trợ 25
// nghìn đồng" tells a part of the figure before.
func partAfter(s *sentence, t int) bool {
	for k := t - 1; k >= 1 && k >= t-8; k-- {
		if w := s.word(k); isClauseMark(w) || w == ";" || s.toks[k].kind == tokNumber {
			return false
		}
		if s.word(k) == "đó" && s.word(k-1) == "trong" {
			return true
		}
	}
	return false
}

// nextPart reports a sum of value v at token t that goes on a list of the
// parts of a rate: the sentence's last record (at token prev, before t
// with only words, "và" and commas between) is a sum per unit that
// "trong đó" opens, and v is no more than the largest rate of the
// sentence's records so far (recs), the whole the parts make up.
func nextPart(s *sentence, recs []Record, prev, t int, v float64) bool {
	last := recs[len(recs)-1]
	if last.Unit != "vnd" || last.Basis != BasisPerUnit || prev < 0 || !partAfter(s, prev) {
		return false
	}
	joined := false
	for k := prev + 1; k < t; k++ {
		switch w := s.word(k); {
		case isClauseMark(w) || w == ";" || s.toks[k].kind == tokNumber:
			return false
		case w == "và" || w == ",":
			joined = true
		}
	}
	whole := 0.0
	for _, r := range recs[:len(recs)-1] {
		if r.Unit == "vnd" && r.Basis == BasisPerUnit {
			whole = max(whole, r.Value)
		}
	}
	return joined && v <= whole
}

// fundedShare reports a sum at token t that a body gives in a clause
// opened by "trong đó" ("…, trong đó LĐLĐ thành phố hỗ trợ 90 triệu
// đồng"): a verb of giving right before the sum (its qualifier passed
// over) and no other cue of a category between "trong đó" and the verb,
// so the share names nothing it is for but the total before it.
func fundedShare(s *sentence, t int) bool {
	q := qualifierStart(s, t)
	if !partAfter(s, t) || !givenRightBefore(s, q) {
		return false
	}
	for k := q - 1; k >= 1 && !(s.word(k) == "đó" && s.word(k-1) == "trong"); k-- {
		if c := s.cueOf(k); c != nil && c.category != "" && !s.covered[k] && !inList("gives", s.word(k)) && !inList("aid", s.word(k)) {
			return false
		}
	}
	return true
}

// ofTheCountBefore reports a count at token t right after "của" that
// closes the noun phrase of the count at token prev, in one clause ("180
// nữ công nhân của 9 doanh nghiệp"): it says whose those counted are.
func ofTheCountBefore(s *sentence, prev, t int) bool {
	q := qualifierStart(s, t)
	if prev < 0 || prev >= q || s.word(q-1) != "của" {
		return false
	}
	for k := prev + 1; k < q-1; k++ {
		if w := s.word(k); s.toks[k].kind == tokNumber || w == "," || isClauseMark(w) || w == ";" || w == "(" {
			return false
		}
	}
	return q-1-prev <= ofCountSpan
}

// ofCountSpan is how many tokens the count before and its noun may take
// before "của" in ofTheCountBefore.
const ofCountSpan = 8

// rateParts reports a record r of a sentence opening on "Trong đó" that
// lists the parts of the rate the sentence before ends on (the last record
// of the article so far, a per_unit sum in the same paragraph): the
// sentence's first figure is money no larger than that rate, and every
// figure after it goes on with the list. A breakdown that opens on a count
// ("Trong đó có 90 suất dành cho đoàn viên") or on a larger sum breaks the
// total down instead.
func (x *articleContext) rateParts(out []Record, first int, s *sentence, r *Record) bool {
	if first == 0 || x.sentRecords == 0 || s.word(0) != "trong" || s.word(1) != "đó" {
		return false
	}
	rate := &out[first-1]
	if rate.Unit != "vnd" || rate.Basis != BasisPerUnit || rate.Para != s.para {
		return false
	}
	if len(out) == first {
		return r.Unit == "vnd" && r.Value <= rate.Value
	}
	return out[first].Unit == "vnd" && out[first].Basis == BasisPerUnit && out[len(out)-1].Basis == BasisPerUnit && (r.Unit != "vnd" || r.Value <= rate.Value)
}

// elidedVerbPart reports a sum at token t that is the next part of a
// breakdown after "trong đó" (partAfter) whose sum at token prev came
// before it: one comma between them and, after it, a few words that name
// the next source with no verb of giving ("trong đó ngân sách tỉnh chi 3
// tỷ đồng, quỹ công đoàn 2 tỷ đồng"). The second part leaves the first
// one's verb out.
func elidedVerbPart(s *sentence, prev, t int) bool {
	if prev < 0 || !partAfter(s, prev) {
		return false
	}
	comma := -1
	for k := prev + 1; k < t; k++ {
		w := s.word(k)
		if w == "," && comma < 0 {
			comma = k
			continue
		}
		if s.toks[k].kind != tokWord || isClauseMark(w) || inList("gives", w) {
			return false
		}
	}
	return comma > prev+1 && t-comma <= 6
}

// parallelRate reports a sum at token t in a clause that repeats the verb
// of the sum per unit at token prev before it, a comma between them and
// no other number: "mỗi căn nhà làm mới được hỗ trợ 60 triệu đồng, sửa
// chữa được hỗ trợ 30 triệu đồng" — the second clause leaves out the "mỗi
// căn nhà" it shares, and its sum is each one's too. A total named as
// such ("…, tổng số tiền hỗ trợ 1 tỷ đồng") is not (totalBefore).
func parallelRate(s *sentence, prev, t int) bool {
	q1, q2 := qualifierStart(s, prev), qualifierStart(s, t)
	if prev < 0 || q1 < 2 || q2 < 2 || totalBefore(s, t) {
		return false
	}
	for k := 1; k <= 2; k++ {
		if s.toks[q1-k].kind != tokWord || s.word(q1-k) != s.word(q2-k) {
			return false
		}
	}
	comma := false
	for k := prev + 1; k < q2-2; k++ {
		if w := s.word(k); isClauseMark(w) || w == ";" || s.toks[k].kind == tokNumber {
			return false
		}
		comma = comma || s.word(k) == ","
	}
	return comma
}

// groupRate reports a sum at token t that goes on a list of rates by
// group after the rate at token prev: each sum followed by "cho" and
// whom it is for, only words, commas, ";" and "và" between ("mỗi suất trị
// giá 900.000 đồng cho học sinh tiểu học; 1.300.000 đồng cho học sinh
// THCS và 1.800.000 đồng cho học sinh THPT"). A total named before the sum
// ("tổng số tiền") breaks the list.
func groupRate(s *sentence, prev, t int) bool {
	forAfter := func(k int) (int, bool) {
		n, ok := ParseNumber(s.low, int(s.toks[k].start))
		if !ok {
			return 0, false
		}
		e := nextToken(s, k, n.End)
		return e, s.word(e) == "cho"
	}
	e, ok := forAfter(prev)
	if !ok || totalBefore(s, t) {
		return false
	}
	if _, ok := forAfter(t); !ok {
		return false
	}
	q := qualifierStart(s, t)
	if w := s.word(q - 1); w != ";" && w != "," && w != "và" {
		return false
	}
	for k := e + 1; k < q; k++ {
		if w := s.word(k); s.toks[k].kind == tokNumber || isClauseMark(w) && w != ";" || w == "tổng" {
			return false
		}
	}
	return true
}

// oneAtPersonRate reports a count of one gift or item whose value, right
// after it in its phrase, is a rate per person ("1 túi quà trị giá
// 250.000 đồng/người"): what each person gets, one apiece, not a total.
// "tặng 500 suất quà, mỗi người 250.000 đồng" counts 500, a total.
func oneAtPersonRate(s *sentence, na numberAt) bool {
	if w := s.word(na.tok); w != "1" && w != "01" || na.next >= len(s.toks) {
		return false
	}
	if u, _ := unitAt(s, na.next); u != "gift" && u != "item" {
		return false
	}
	for k := na.next; k < len(s.toks) && k <= na.next+8; k++ {
		if isClauseMark(s.word(k)) || s.word(k) == "," {
			return false
		}
		if s.toks[k].kind != tokNumber {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if s.word(j) == "/" && j+1 < len(s.toks) {
				u, _ := unitAt(s, j+1)
				return u == "person" || u == "member"
			}
		}
		return false
	}
	return false
}

// oneEachValue reports a sum in brackets after one gift that each one
// gets: "mỗi đoàn viên được nhận 1 suất ăn trưa … (trị giá khoảng 50
// nghìn đồng)". "mỗi" and its noun stand before the count of one, and no
// other number or clause end between them and the sum.
func oneEachValue(s *sentence, t int) bool {
	open := -1
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if s.word(k) == "(" {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := open - 1; k >= 1 && k >= open-12; k-- {
		w := s.word(k)
		if isClauseMark(w) || w == ";" || w == ")" {
			return false
		}
		if s.toks[k].kind != tokNumber {
			continue
		}
		if w != "1" {
			return false
		}
		if u, _ := unitAt(s, k+1); u != "gift" && u != "item" {
			return false
		}
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if isClauseMark(s.word(j)) || s.word(j) == "," || s.toks[j].kind == tokNumber {
				return false
			}
			if s.word(j) == "mỗi" {
				return true
			}
		}
		return false
	}
	return false
}

// withEachGift reports a sum joined by "và" to a count of gifts and given
// "cho" as many people as there are gifts ("trao 64 túi quà (mỗi túi trị
// giá 250 nghìn đồng) và 400 nghìn đồng tiền mặt cho 64 đoàn viên"): each
// of them gets a gift and the sum. With another count of people ("và 30
// triệu đồng cho 120 đoàn viên") the sum is the total.
func withEachGift(s *sentence, na numberAt) bool {
	if s.word(qualifierStart(s, na.tok)-1) != "và" {
		return false
	}
	people := 0.0
	for k := na.next; k < len(s.toks) && k <= na.next+4; k++ {
		if s.word(k) == "cho" && k+1 < len(s.toks) && s.toks[k+1].kind == tokNumber {
			if u, _ := unitAt(s, k+2); u == "person" || u == "member" {
				n, _ := ParseNumber(s.low, int(s.toks[k+1].start))
				people = n.Value
			}
			break
		}
		if w := s.word(k); w == "," || isClauseMark(w) {
			return false
		}
	}
	if people < 2 {
		return false
	}
	depth := 0 // inside brackets that follow the gifts
	for k := qualifierStart(s, na.tok) - 2; k >= 0; k-- {
		switch w := s.word(k); {
		case w == ")":
			depth++
		case w == "(":
			depth--
		case depth == 0 && (isClauseMark(w) || w == ","):
			return false
		case depth == 0 && s.toks[k].kind == tokNumber:
			n, ok := ParseNumber(s.low, int(s.toks[k].start))
			u := numberUnit(s, k)
			return ok && !n.Money && n.Value == people && (u == "gift" || u == "item")
		}
	}
	return false
}

// capBefore reports a cap right before the number at token t ("tối đa",
// "không quá"; cap in words.tsv): a sum capped is what each one may get
// (contract convention C8), unless a total was named (totalBefore).
func capBefore(s *sentence, t int) bool {
	return s.listBefore(t, "cap")
}

// totalBefore reports "tổng" (tổng kinh phí, tổng số tiền, tổng trị giá,
// tổng cộng) in the few words before the number at token t, in its phrase:
// a sum, whatever rate was told before it.
//
// Further back in the phrase, up to its first punctuation, only a named
// sum (words.tsv total-of: "tổng kinh phí trong đợt trao quà lần này là 28
// triệu đồng") with no word of a rate ("mỗi") between it and the number;
// a bare "tổng" that far may start a name ("Tổng LĐLĐ").
func totalBefore(s *sentence, t int) bool {
	rate := false // a word of a rate between: the named sum's reach ends
	for k := t - 1; k >= 0 && k >= t-20; k-- {
		if s.toks[k].kind != tokWord {
			return false
		}
		if s.word(k) != "tổng" {
			rate = rate || inList("per-unit", s.word(k))
			continue
		}
		if k >= t-8 || !rate && slices.ContainsFunc(lex.ordered["total-of"], func(p string) bool { return s.phraseBefore(k+strings.Count(p, " ")+1, p) }) {
			return true
		}
	}
	return false
}

// groupReceives reports money that people named but not counted receive:
// "Đoàn viên có hoàn cảnh khó khăn sẽ được nhận 1,3 triệu đồng". The
// money follows "được" and a verb of receiving (receive in words.tsv),
// and its clause names a group of people ("đoàn viên", "người lao động";
// not one person, "chị", one-person in words.tsv) and no number before it:
// each of them gets the sum. With a count ("300 đoàn viên được hỗ trợ 90
// triệu đồng"), tooSmallForTotal decides.
func groupReceives(s *sentence, t int) bool {
	k := t - 1
	if s.word(k) == "từ" {
		k-- // "được nhận từ 1 - 2 triệu đồng": a range of what each gets
	}
	if !inList("receive", s.word(k)) {
		return false
	}
	if s.word(k-1) == "hỗ" {
		k-- // "được hỗ trợ"
	}
	if s.word(k-1) != "được" {
		return false
	}
	group := false
	for j := k - 2; j >= 0; j-- {
		w := s.word(j)
		if w == "," || isClauseMark(w) {
			break
		}
		if s.toks[j].kind == tokNumber {
			return false
		}
		if u, _ := unitAt(s, j); (u == "person" || u == "member") && !inList("one-person", w) {
			group = true
		}
	}
	return group
}

// eachReceives reports a sum that "mỗi" and a person or a member receive
// in the sum's own clause, however far before it: "mỗi công nhân khó khăn
// được nhận quà bằng tiền mặt là 400.000 đồng" is each one's. A number or
// the end of a clause between them ends the search ("Mỗi công nhân được
// tặng quà, tổng kinh phí 80 triệu đồng" is the total).
func eachReceives(s *sentence, t int) bool {
	received := false
	for k := t - 1; k >= 1; k-- {
		w := s.word(k)
		if w == "," || w == ";" || isClauseMark(w) || s.toks[k].kind == tokNumber {
			return false
		}
		if inList("receive", w) && (s.word(k-1) == "được" || s.word(k-1) == "hỗ" && s.word(k-2) == "được") {
			received = true
			continue
		}
		if received && s.word(k-1) == "mỗi" {
			if u, _ := unitAt(s, k); u == "person" || u == "member" {
				return true
			}
		}
	}
	return false
}

// partOfEach reports a number after "gồm" (or "bao gồm") that lists the
// parts of the figure right before it, when that figure is each one's: the
// parts are each one's too ("mức hỗ trợ 1,3 triệu đồng/người, bao gồm 1
// triệu đồng tiền mặt và 300.000 đồng hiện vật", "học bổng trị giá 2,5
// triệu đồng (gồm 2 triệu đồng tiền mặt và 1 phần quà)"), or when "mỗi"
// and its noun come right before "gồm" ("mỗi phần quà gồm 1 triệu đồng
// tiền mặt và quà trị giá 300 nghìn đồng"). The end of a clause or a
// bracket between them ends the list, but for a ";" right before "gồm".
func partOfEach(s *sentence, t int) bool {
	g := -1
	for k := t - 1; k >= 0 && k >= t-giftPartsReach; k-- {
		w := s.word(k)
		if w == "gồm" {
			g = k
			break
		}
		if w == ")" {
			if o := wordsBracket(s, k); o >= 0 {
				k = o // "1,2 triệu đồng (chuyển khoản) cùng phiếu … 300.000 đồng": a gloss of words, not the list's end
				continue
			}
		}
		if w == ";" || w == "." || w == ":" || w == "(" || w == ")" {
			return false
		}
	}
	if g < 0 {
		return false
	}
	if giftsParts(s, g, t) {
		return true // "trao 40 suất quà gồm gạo, dầu ăn và 300.000 đồng tiền mặt"
	}
	if g < t-eachPartsReach {
		return false
	}
	if eachBefore(s, g) {
		return true // "mỗi suất gồm 800.000 đồng tiền mặt và hiện vật trị giá 200 nghìn đồng"
	}
	for k := g - 1; k >= 0 && k >= g-8; k-- {
		if w := s.word(k); (w == ";" && k != g-1) || w == "." || w == ":" {
			return false // "…là 500 ngàn đồng; gồm 300 ngàn tiền mặt": the list goes on from the figure
		}
		if s.toks[k].kind != tokNumber {
			continue
		}
		n, ok := ParseNumber(s.low, int(s.toks[k].start))
		if !ok || !n.Money {
			return false
		}
		whole := numberAt{tok: k, n: n, next: nextToken(s, k+1, n.End)}
		_, _, after, _ := unitOf(s, whole)
		return basisOf(s, whole, after) == BasisPerUnit
	}
	return false
}

// wordsBracket returns the token of the "(" that opens the bracket closed
// at token c, when only a few words stand in it ("(chuyển khoản)", "(tiền
// mặt)"); -1 otherwise.
func wordsBracket(s *sentence, c int) int {
	for k := c - 1; k >= 0 && k >= c-4; k-- {
		switch w := s.word(k); {
		case w == "(":
			if k < c-1 {
				return k
			}
			return -1
		case s.toks[k].kind != tokWord || isClauseMark(w) || w == ",":
			return -1
		}
	}
	return -1
}

// giftPartsReach is how far back from a sum partOfEach looks for "gồm"
// after a count of gifts (giftsParts): the goods a gift holds may be a
// long list before its cash. eachPartsReach is the reach for its other
// forms.
const (
	giftPartsReach = 24
	eachPartsReach = 16
)

// giftsParts reports a sum at token t listed after "gồm" (token g) that
// right follows a count of two or more gifts: "tặng 40 suất quà gồm gạo,
// dầu ăn, … và 300.000 đồng tiền mặt" tells what each gift holds, so the
// sum is each one's. The count is the first number before "gồm" in its
// phrase (eight words at most, a gift noun's words and what kind it is),
// and the sum is one a gift can be worth (maxGiftValue); a count of one
// ("1 suất quà tập thể gồm …") is a single total.
func giftsParts(s *sentence, g, t int) bool {
	v, ok := ParseNumber(s.low, int(s.toks[t].start))
	if !ok || !v.Money || v.Value > maxGiftValue {
		return false
	}
	for k := g + 1; k < t; k++ {
		if s.toks[k].kind == tokNumber && countsReceivers(numberUnit(s, k)) {
			return false // "gồm 20 suất quà và 5 triệu đồng": a list of figures
		}
	}
	for k := g - 1; k >= 0 && k >= g-8; k-- {
		w := s.word(k)
		if isClauseMark(w) || w == "," {
			return false
		}
		if s.toks[k].kind != tokNumber {
			continue
		}
		n, ok := ParseNumber(s.low, int(s.toks[k].start))
		return ok && !n.Money && !n.Percent && n.Value >= 2 && numberUnit(s, k) == "gift"
	}
	return false
}

// countsReceivers reports a unit that counts gifts or those who get them.
func countsReceivers(u string) bool {
	switch u {
	case "gift", "person", "member", "household", "union", "organization", "collective":
		return true
	}
	return false
}

// giftContentsMax is the largest count of one kind of goods that a list
// of what each gift holds (giftGoods) gives without "mỗi": a gift holds a
// few of each, a list of what a drive handed out in all holds more.
const giftContentsMax = 10

// giftGoesOn reports a sentence that names no body at all and goes on
// giving (a words.tsv gives verb, or "gồm" listing what is given): after
// a sentence whose figures were all another body's gift ("Công ty A trao
// quà Tết gồm …"), it tells on of that gift ("Đợt 2 dự kiến trao ngày
// 15/1, gồm 1 hộp bánh, 2 gói mì"), with no subject of its own.
func giftGoesOn(s *sentence) bool {
	if len(s.mentions) > 0 || len(s.actorToks) > 0 {
		return false
	}
	for k := range s.toks {
		if w := s.word(k); w == "gồm" || inList("gives", w) {
			return true
		}
	}
	return false
}

// goodsSize reports a number right after "loại" with a measure of goods
// after it (words.tsv goods-measure): "1 chai dầu ăn loại 2 lít" gives
// the bottle's size, which counts nothing.
func goodsSize(s *sentence, na numberAt) bool {
	return s.word(na.tok-1) == "loại" && !na.n.Money && !na.n.Percent && s.listAt(na.next, "goods-measure")
}

// giftGoods reports a count of goods in a list of what each gift holds: a
// measure of goods (words.tsv goods-measure: "thùng", "hộp", "kg") or a
// good's own noun (units.tsv item: "khẩu trang", "chiếc") right after the
// number, in a list that "gồm" opens in its clause after a gift or a verb
// of giving, no count of the list above giftContentsMax: "trao 150 suất
// quà, gồm 1 thùng sữa và 2 hộp bánh", "120 phần quà bao gồm nước rửa
// tay, 8 khẩu trang, mì …" tell what each of them holds, a rate
// (per_unit), as "mỗi suất quà gồm …" does.
func giftGoods(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.Percent || na.n.HasDenom {
		return false
	}
	if !s.listAt(na.next, "goods-measure") {
		if u, _ := unitAt(s, na.next); u != "item" {
			return false
		}
	}
	t := na.tok
	g := -1
	for k := t - 1; k >= 0 && k >= t-giftPartsReach; k-- {
		w := s.word(k)
		if w == "gồm" {
			g = k
			break
		}
		if w == "." || w == ";" || w == "(" || w == ")" || w == "!" || w == "?" {
			return false
		}
	}
	if g < 0 {
		return false
	}
	gift := false
	for k := 0; k < g; k++ {
		if w := s.word(k); w == "quà" || inList("gives", w) {
			gift = true
			break
		}
	}
	if !gift {
		return false
	}
	for k := g + 1; k < len(s.toks); k++ {
		if w := s.word(k); w == "." || w == ";" {
			break
		}
		if s.toks[k].kind != tokNumber {
			continue
		}
		if n, ok := ParseNumber(s.low, int(s.toks[k].start)); ok && !n.Money && n.Value > giftContentsMax {
			return false // "trao quà gồm 500 thùng mì, 200 bao gạo": what the drive handed out in all
		}
	}
	return true
}

// eachBefore reports "mỗi" and the noun it counts right before "gồm" at
// token g, no number between: "mỗi phần quà gồm …" lists each one's parts.
func eachBefore(s *sentence, g int) bool {
	for k := g - 1; k >= 0 && k >= g-4; k-- {
		if s.toks[k].kind != tokWord {
			return false
		}
		if s.word(k) == "mỗi" {
			return true
		}
	}
	return false
}

// eachAfter reports "mỗi …", "cho mỗi …" or "cho <recipients> tại mỗi …"
// (eachPlaceAfterRecipients) right after a figure's phrase (ending at
// token after) with no figure of its own: "300.000 đồng cho mỗi
// em", not "242 suất quà mỗi suất 1 triệu đồng", whose "mỗi" is the next
// figure's.
func eachAfter(s *sentence, after int) bool {
	k := after
	if s.word(k) == "cho" {
		k++
	}
	if s.word(k) != "mỗi" {
		if k = eachPlaceAfterRecipients(s, after); k < 0 {
			return false
		}
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if isClauseMark(s.word(j)) {
			break // "… 250 nghìn đồng mỗi phiếu; 300 voucher …": the next clause's count
		}
		if s.toks[j].kind == tokNumber {
			return false
		}
	}
	return true
}

// eachListReach is how many tokens may stand between a figure's phrase
// and the "cho mỗi" that ends its list (eachAfterList).
const eachListReach = 14

// eachAfterList reports a "cho mỗi …" that ends the list a figure's
// phrase, ending at token after, stands in: "hỗ trợ 300.000 đồng tiền
// mặt và 4 hộp sữa cho mỗi em" gives both to each one. Only the rest of
// the figure's noun phrase and the items after it, joined by "và" or a
// comma, stand between: no clause mark, no verb of giving and no other
// "cho" ("trao 200 suất quà cho công nhân và 5 triệu đồng cho mỗi gia
// đình" gives the 200 to all of them).
func eachAfterList(s *sentence, after int) bool {
	if !containsRare(s.low, "mỗi") {
		return false // no "mỗi": said without reading the tokens
	}
	k := listEndCho(s, after)
	return k > after && s.word(k+1) == "mỗi" && eachAfter(s, k)
}

// listEndCho is the token of the "cho" that ends the list a figure's
// phrase, ending at token after, stands in, -1 if none within
// eachListReach tokens: only the rest of the figure's noun phrase and the
// items after it, joined by "và" or a comma, stand before it, no clause
// mark, no verb of giving, "được", "là" or "gồm" (eachAfterList,
// oneForAll).
func listEndCho(s *sentence, after int) int {
	for k := after; k < len(s.toks) && k <= after+eachListReach; k++ {
		w := s.word(k)
		switch {
		case isClauseMark(w) || inList("gives", w) || w == "được" || w == "là" || w == "gồm":
			return -1
		case w == "cho":
			return k
		case s.toks[k].kind == tokNumber:
			if p := s.word(k - 1); p != "và" && p != "," {
				return -1
			}
		case s.toks[k].kind != tokWord && w != ",":
			return -1
		}
	}
	return -1
}

// oneForAll reports a count of one thing in a list that ends "cho toàn
// thể …" or "cho tất cả …": "tặng quà gồm 1 ba lô, 1 áo mưa cho toàn thể
// công nhân" gives one to each of them, a rate per person (a larger count
// given to all, "tặng 500 phần quà cho toàn thể công nhân", is their
// total). As in eachAfterList, only the items after it, joined by "và" or
// a comma, stand between (listEndCho).
func oneForAll(s *sentence, na numberAt, after int) bool {
	if na.n.Value != 1 || na.n.Decimal || !containsRare(s.low, "toàn thể") && !containsRare(s.low, "tất cả") {
		return false
	}
	k := listEndCho(s, after)
	if k < 0 {
		return false
	}
	n := s.word(k + 1)
	return n == "toàn" && s.word(k+2) == "thể" || n == "tất" && s.word(k+2) == "cả"
}

// recipientsReach is how many words may stand between a figure's phrase
// and "tại mỗi" (eachPlaceAfterRecipients).
const recipientsReach = 6

// eachPlaceAfterRecipients returns the token of "mỗi" in "… cho
// <recipients> tại mỗi …" (or "ở mỗi") right after a figure's phrase
// ending at token after, -1 if none: "70 cặp sách cho học sinh tại mỗi
// Phòng Giáo dục" gives 70 at each place. Only words stand between, "cho"
// among them.
func eachPlaceAfterRecipients(s *sentence, after int) int {
	recipients := false
	for k := after; k < len(s.toks) && k <= after+recipientsReach; k++ {
		if s.toks[k].kind != tokWord {
			return -1
		}
		switch w := s.word(k); {
		case w == "cho":
			recipients = true
		case (w == "tại" || w == "ở") && s.word(k+1) == "mỗi":
			if recipients {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// periodReach is how many words after a count's noun "mỗi" or "hằng" and
// a period may come for the count to be per period.
const periodReach = 4

// periodAfter reports "mỗi" or "hằng" and a word of a period
// (words.tsv per-period) within periodReach words after the count's noun
// (token after), in its clause and with no number between: "350 người
// được khám mỗi ngày", "kết nạp 90 đoàn viên mỗi năm" are rates per
// period, as "mỗi năm kết nạp 90 đoàn viên" is.
func periodAfter(s *sentence, after int) bool {
	for k := after; k < len(s.toks) && k <= after+periodReach; k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
		if w := s.word(k); (w == "mỗi" || w == "hằng") && inList("per-period", s.word(k+1)) {
			return true
		}
	}
	return false
}

// planCarried reports a figure of a sentence about each of the things the
// sentence before planned, with no word of status of its own: "LĐLĐ sẽ
// tặng quà cho 600 đoàn viên. Mỗi người được hỗ trợ 1 triệu đồng." — the
// sum is planned too. prev is the last record of the sentences before, in
// the same paragraph.
func planCarried(s *sentence, t int, prev *Record) bool {
	return (eachSentence(s) || breakdownOf(s, t)) && prev.Para == s.para && prev.Status == StatusPlanned && statusCue(s, t) == ""
}

// breakdownOf reports a figure after "trong đó" in a sentence that gives
// no figure before it, no ";" between: the sentence breaks down a figure
// of the sentence before ("LĐLĐ sẽ hỗ trợ 40 Mái ấm. Kinh phí … được trích
// từ Quỹ Xã hội, trong đó xây mới 25 mái ấm (50 triệu đồng/mái ấm) và sửa
// chữa 15 mái ấm …"), so a plan's parts are planned too.
func breakdownOf(s *sentence, t int) bool {
	for k := t - 1; k >= 1; k-- {
		if s.word(k) == ";" {
			return false
		}
		if s.word(k) == "đó" && s.word(k-1) == "trong" {
			for j := k - 2; j >= 0; j-- {
				if s.toks[j].kind == tokNumber {
					return false
				}
			}
			return true
		}
	}
	return false
}

// entitlement reports money right after "chế độ" (a qualifier apart): a
// benefit each one entitled receives, "chế độ 90.000.000 đồng nếu tử vong".
func entitlement(s *sentence, t int) bool {
	return s.phraseBefore(qualifierStart(s, t), "chế độ")
}

// bareRate reports a sum written without its currency as a rate in
// brackets after what it is each one's: "60 suất quà (300.000/suất)" — a
// number in thousands right after "(", then "/" and a counted noun.
func bareRate(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.HasDenom || na.n.Percent || !na.n.Thousands || na.n.Value < 1000 ||
		s.word(na.tok-1) != "(" || s.word(na.next) != "/" || na.next+1 >= len(s.toks) {
		return false
	}
	u, _ := unitAt(s, na.next+1)
	return u != ""
}

// bareValue reports a sum written without its currency after "trị giá"
// (valued at): "10 suất trị giá 1.250.000, 10 suất 500.000 đồng". Only
// money is valued so; the number is written with its thousands.
func bareValue(s *sentence, na numberAt) bool {
	if na.n.Money || na.n.HasDenom || na.n.Percent || !na.n.Thousands || na.n.Value < 1000 {
		return false
	}
	q := qualifierStart(s, na.tok)
	return s.word(q-1) == "giá" && s.word(q-2) == "trị"
}

// eachBoundGoesOn reports a figure at token t in the clause after the
// first ";" of a sentence that opens "Mỗi …" and tells a figure before
// it, when that clause is only the figure's bound (a qualifier, "nhiều
// nhất là", "tối đa", "cao nhất"): "Mỗi điểm có ít nhất 15 gian hàng;
// nhiều nhất là 30 gian hàng" bounds what each has on both sides.
func eachBoundGoesOn(s *sentence, t int) bool {
	if !eachSentence(s) {
		return false
	}
	k := t - 1
	for ; k > 0 && k >= t-4 && s.word(k) != ";"; k-- {
		if s.toks[k].kind != tokWord {
			return false
		}
		if c := s.cueOf(k); c != nil && c.qualifier != "" {
			continue
		}
		switch s.word(k) {
		case "nhiều", "nhất", "tối", "đa", "là", "cao", "thấp":
			continue
		}
		return false
	}
	if k <= 0 || s.word(k) != ";" {
		return false
	}
	for j := 1; j < k; j++ {
		if s.word(j) == ";" {
			return false // only the first clause's rate bounds on
		}
		if s.toks[j].kind == tokNumber {
			return true
		}
	}
	return false
}

// eachSentence reports a sentence about each of a number of things:
// "Mỗi phần quà gồm 10 cuốn tập, bánh, sữa và 1,8 triệu đồng tiền mặt".
func eachSentence(s *sentence) bool { return s.word(0) == "mỗi" }

// eachFronted reports a figure in the clause a fronted "mỗi …" phrase
// governs: "Tại mỗi trạm, công đoàn tặng 1 giỏ quà và 25 suất quà" gives
// each station what it counts. The phrase opens the sentence ("Mỗi …",
// "Tại mỗi …", "Ở mỗi …"), names no period ("Mỗi năm, …") and ends at its
// first comma; the clause runs to a ";".
func eachFronted(s *sentence, t int) bool {
	k := 0
	if s.word(0) == "tại" || s.word(0) == "ở" {
		k = 1
	}
	if s.word(k) != "mỗi" || inList("per-period", s.word(k+1)) {
		return false // "Mỗi năm, …" tells a rate in time, not what each gets
	}
	comma := -1
	for j := k + 1; j < t; j++ {
		w := s.word(j)
		if isClauseMark(w) || w == ";" || s.toks[j].kind == tokNumber && comma < 0 {
			return false
		}
		if w == "," && comma < 0 {
			comma = j
		}
	}
	return comma >= 0
}

// eachFrontedSums reports a sum in a list of sums, one a clause between
// semicolons, that a fronted "Tại mỗi …," governs from the first clause:
// "Tại mỗi gia đình, LĐLĐ tỉnh trao 40 triệu đồng; Công đoàn ngành tặng 3
// triệu đồng" — each household gets each giver's sum. Every clause before
// the figure's must tell a sum; "…; cả đợt có 210 công nhân …" ends the
// list.
func eachFrontedSums(s *sentence, t int) bool {
	first := -1
	for k := 0; k < t; k++ {
		if s.word(k) == ";" {
			first = k
			break
		}
	}
	if first < 0 || !eachFronted(s, first) {
		return false
	}
	money := false
	for k := 0; k < t; k++ {
		switch {
		case s.word(k) == ";":
			if !money {
				return false
			}
			money = false
		case s.toks[k].kind == tokNumber:
			if n, ok := ParseNumber(s.low, int(s.toks[k].start)); ok && n.Money {
				money = true
			}
		}
	}
	return true
}

// oneMoreEach reports a count of one joined by "và" to the sum each gets
// ("mỗi suất 1 triệu đồng và 1 phần quà"): each gets it too. A larger
// count ("mỗi phiếu trị giá 200.000 đồng và 900 suất quà") is a total, and
// so is one of the very thing priced ("09 suất quà, mỗi suất trị giá
// 600.000 đồng và 01 suất quà trị giá 2 triệu đồng": a suất holds no
// suất).
func oneMoreEach(s *sentence, na numberAt) bool {
	if na.n.Value != 1 || na.n.Money || s.word(na.tok-1) != "và" {
		return false
	}
	for k := na.tok - 2; k >= 0 && k >= na.tok-5; k-- {
		if s.toks[k].kind != tokNumber {
			continue
		}
		n, ok := ParseNumber(s.low, int(s.toks[k].start))
		m := k - 2
		if s.word(m) != "mỗi" {
			m = k - 3
		}
		return ok && n.Money && s.word(m) == "mỗi" && s.word(m+1) != s.word(na.next)
	}
	return false
}

// minTotalShare is the least value in đồng that a total can give each of
// the things counted before it: below it, the money is each one's ("147
// suất quà … có giá trị tương đương 200 nghìn đồng", "60.000 lao động
// được hỗ trợ 1 triệu đồng").
const minTotalShare = 20000

// tooSmallForTotal reports money that, read as a total over the count
// before it in its sentence (of gifts, goods, people or households),
// would give each less than minTotalShare: it is each one's. The money
// must be linked to what is counted by a word of value or giving right
// before it (value-link in words.tsv: "trị giá", "tương đương", "được hỗ
// trợ", "với mức").
func tooSmallForTotal(s *sentence, na numberAt) bool {
	if s.word(na.tok-1) == "tổng" || s.word(na.tok-2) == "tổng" || s.word(na.tok-3) == "tổng" || !inList("value-link", s.word(na.tok-1)) {
		return false // "11.369 tấm chắn và 47 triệu đồng": two things, not one's value
	}
	for k := na.tok - 1; k >= 0; k-- {
		if s.toks[k].kind != tokNumber {
			continue
		}
		n, ok := ParseNumber(s.low, int(s.toks[k].start))
		if !ok || n.Money || n.Percent || n.Value < 2 {
			return false
		}
		switch u, _ := unitAt(s, k+1); u {
		case "gift", "item", "person", "member", "household":
			return na.n.Value/n.Value < minTotalShare
		}
		return false
	}
	return false
}

// eachInBrackets reports a number inside brackets that open with "mỗi":
// "70 túi quà (mỗi túi gồm gạo, dầu ăn, trị giá 250 nghìn đồng)".
func eachInBrackets(s *sentence, t int) bool {
	for k := t - 1; k >= 0 && k >= t-16; k-- {
		switch s.word(k) {
		case ")":
			return false
		case "(":
			return s.word(k+1) == "mỗi"
		}
	}
	return false
}

// giftValue reports the value of each of a number of gifts or goods: "40
// suất quà trị giá 700.000 đồng (gồm 400.000 đồng tiền mặt và 300.000 đồng
// hiện vật)", "6.000 phiếu mua hàng trị giá 500.000 đồng", the "trị giá"
// right after a counted gift or good, not a "tổng trị giá".
func giftValue(s *sentence, t int) bool {
	for k := t - 1; k >= 1 && k >= t-12; k-- {
		if isClauseMark(s.word(k)) {
			return false
		}
		tri := k - 1
		switch {
		case s.word(k) == "giá" && s.word(k-1) == "trị":
		case s.word(k) == "trị" && s.word(k-1) == "giá" && s.word(k-2) == "có":
			tri = k - 2 // "150 phần quà có giá trị từ 200.000 - 400.000 đồng"
		default:
			continue
		}
		// a gift noun of one or two words, and up to two words that say
		// what it is ("suất học bổng") or a quoted name ("suất quà “0
		// đồng”"), ends right before "trị giá", with its count (or "một")
		// right before it
		if isQuote(s.word(tri - 1)) {
			for tri -= 2; tri > 0 && !isQuote(s.word(tri)); tri-- {
			}
		}
		for from := tri - 1; from >= 1 && from >= tri-3; from-- {
			if u, end := unitAt(s, from); (u == "gift" || u == "item") && end <= tri && end >= tri-2 && countedOne(s, from-1) {
				if inList("measure-unit", s.word(from)) {
					return false // "trao 5 tấn rau xanh trị giá 150 triệu đồng": a quantity's worth, no one piece's
				}
				return u != "gift" || !giftsTotal(s, from-1, t)
			}
		}
		return false
	}
	return false
}

// giftContents reports money in brackets that say what each of a number
// of gifts holds, "(gồm" or "(bao gồm" right after a counted gift's noun
// (a word or two may say what it is): "trao 15 suất quà (gồm 300.000 đồng
// và một thùng mì)" is one gift's worth. A sum too large for one
// gift is their total (giftsTotal).
func giftContents(s *sentence, t int) bool {
	open := -1
	for k := t - 1; k >= 0 && k >= t-12; k-- {
		if w := s.word(k); w == "(" {
			open = k
			break
		} else if isClauseMark(w) {
			return false
		}
	}
	if open < 2 || s.word(open+1) != "gồm" && (s.word(open+1) != "bao" || s.word(open+2) != "gồm") {
		return false
	}
	for from := open - 1; from >= 1 && from >= open-3; from-- {
		if u, end := unitAt(s, from); u == "gift" && end <= open && end >= open-2 && s.toks[from-1].kind == tokNumber {
			return !giftsTotal(s, from-1, t)
		}
	}
	return false
}

// receivedReach bounds the tokens from "được" and its verb of receiving to
// the count of one received, through an item before it ("được tặng 500.000
// đồng tiền mặt và 1 phần quà").
const receivedReach = 10

// oneEachReceived reports a count of one gift or item that people receive,
// "được" and a words.tsv receive verb before it in its clause, people
// before "được" (a group, "Tất cả công nhân tham gia … sẽ được nhận 1 phiếu
// mua hàng", or a count of them, "700 cháu … được tặng 500.000 đồng và 1
// phần quà"): each one gets one, a rate per person, as "mỗi người được
// nhận 1 phiếu" is. One gift a single person receives ("chị A được tặng 1
// sổ tiết kiệm") is a total.
func oneEachReceived(s *sentence, na numberAt) bool {
	if na.n.Value != 1 || na.n.Percent || na.n.HasDenom {
		return false
	}
	if u, _ := unitAt(s, na.next); u != "gift" && u != "item" {
		return false
	}
	got := -1
	for k := qualifierStart(s, na.tok) - 1; k >= 1 && k >= na.tok-receivedReach; k-- {
		w := s.word(k)
		if isClauseMark(w) || w == ";" {
			return false
		}
		if inList("receive", w) && (s.word(k-1) == "được" || s.word(k-1) == "hỗ" && s.word(k-2) == "được") {
			got = k - 1
			if s.word(k-1) == "hỗ" {
				got--
			}
			break
		}
	}
	if got < 1 {
		return false
	}
	for j := got - 1; j >= 0; j-- {
		w := s.word(j)
		if w == "," || isClauseMark(w) {
			return false
		}
		if u, _ := unitAt(s, j); (u == "person" || u == "member") && !inList("one-person", w) {
			if j > 0 && s.toks[j-1].kind == tokNumber {
				n, ok := ParseNumber(s.low, int(s.toks[j-1].start))
				return ok && n.Value >= 2
			}
			return true
		}
	}
	return false
}

// giftListsContents reports money among what a count of gifts holds, told
// after "gồm" with no brackets ("tặng 40 phần quà gồm nồi cơm điện (800.000
// đồng/chiếc) và 300.000 đồng tiền mặt cho đoàn viên"): one gift's part,
// as giftContents reads it in brackets. Brackets on the way are skipped;
// a clause mark or ";" ends the look. A sum too large for one gift is
// their total (giftsTotal).
func giftListsContents(s *sentence, t int) bool {
	for k := qualifierStart(s, t) - 1; k >= 2 && k >= t-20; k-- {
		w := s.word(k)
		if w == ")" {
			if open := openingBracket(s, k); open >= 0 {
				k = open
				continue
			}
			return false
		}
		if isClauseMark(w) || w == ";" {
			return false
		}
		if w != "gồm" {
			continue
		}
		for from := k - 1; from >= 1 && from >= k-3; from-- {
			if u, end := unitAt(s, from); u == "gift" && end <= k && end >= k-2 && s.toks[from-1].kind == tokNumber {
				return !giftsTotal(s, from-1, t)
			}
		}
		return false
	}
	return false
}

// maxGiftValue is the most in đồng that one gift (a "suất quà", a "phần
// quà", a scholarship) is worth in the papers' news; above it, the value
// after a count of gifts is their total.
const maxGiftValue = 10_000_000

// giftsTotal reports a value after a count of gifts (at token count) that
// is their total: more than one gift can be worth, while a share of it is a
// gift's worth ("100 phần quà, trị giá 30 triệu đồng": 300.000 đồng each).
func giftsTotal(s *sentence, count, t int) bool {
	if s.toks[count].kind != tokNumber {
		return false
	}
	n, ok := ParseNumber(s.low, int(s.toks[count].start))
	v, ok2 := ParseNumber(s.low, int(s.toks[t].start))
	return ok && ok2 && n.Value >= 2 && v.Value > maxGiftValue && v.Value/n.Value >= 5*minTotalShare
}

// oneMoreListed reports a count at token t that the list goes on to
// right after the sum at token last: a comma or "và" between, and only the
// sum's currency word before it ("350.000 đồng, 1 voucher", "500.000 đồng
// và 1 phiếu"). One of the very thing the sum prices after "mỗi" is no
// part of it ("09 suất quà, mỗi suất trị giá 600.000 đồng và 01 suất quà
// trị giá 2 triệu đồng": a suất holds no suất) but one more of them.
func oneMoreListed(s *sentence, last, t int) bool {
	if last < 0 || t-last > 3 {
		return false
	}
	if w := s.word(t - 1); w != "," && w != "và" {
		return false
	}
	for k := last + 1; k < t-1; k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	for k := last - 1; k >= 0 && k >= last-4; k-- {
		if s.word(k) == "mỗi" {
			return s.word(k+1) != s.word(t+1)
		}
	}
	return true
}

// giftPhraseWords is how many words after a gift's noun may say what it is
// before "trị giá" ("1 voucher mua hàng tại chợ Tết trị giá …").
const giftPhraseWords = 6

// uncountedGiftValue reports the value told with "trị giá" right after a
// gift's or a good's noun phrase that no count above one opens: none
// ("…, túi quà Tết trị giá 350.000 đồng") or one ("1 voucher mua hàng tại
// chợ Tết trị giá 500.000 đồng"): the worth of one gift, a rate per
// recipient, as "mỗi túi quà trị giá …" is. Up to giftPhraseWords words
// may say what the gift is; a plural or a total before the noun ("các
// phần quà", "tổng trị giá"), the bare mass noun "quà", and an uncounted
// value above what one gift is worth (maxGiftValue) are not one gift's.
// A count above one before the noun is giftValue's.
func uncountedGiftValue(s *sentence, na numberAt) bool {
	v := qualifierStart(s, na.tok)
	if s.word(v-1) != "giá" || s.word(v-2) != "trị" || s.word(v-3) == "tổng" {
		return false
	}
	tri := v - 2
	if s.word(tri-1) == "(" {
		tri-- // "được tặng voucher (trị giá 500.000 đồng)": the value in brackets after the noun
	}
	for from := tri - 1; from >= 1 && from >= tri-1-giftPhraseWords; from-- {
		if s.toks[from].kind != tokWord {
			return false
		}
		u, end := unitAt(s, from)
		if u != "gift" && u != "item" || end > tri || unitAt2(s, from-1) {
			continue
		}
		switch w := s.word(from - 1); {
		case w == "một" || w == "01" || w == "1":
			return true
		case s.toks[from-1].kind == tokNumber, w == "các" || w == "những" || w == "nhiều" || w == "tổng" || w == "mỗi":
			return false // giftValue's; a plural's or a total's; "mỗi" is the rate's rules'
		case end == from+1 && s.word(from) == "quà":
			return false // "trao quà trị giá 50 triệu đồng": gifts, as many as there are
		case inList("measure-unit", s.word(from)):
			return false // "1 tấn gạo trị giá …": a quantity, not one gift
		}
		return na.n.Value <= maxGiftValue && !namedRecipient(s, na.tok)
	}
	return false
}

// namedRecipient reports "cho" within four tokens after the money at
// token t, followed by a words.tsv one-person word and a capitalised
// name: "trao một sổ tiết kiệm 8 triệu đồng cho anh Lê Văn B" is
// the one gift one person got, all that was given, a total.
func namedRecipient(s *sentence, t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+4; k++ {
		if s.word(k) == "cho" {
			return inList("one-person", s.word(k+1)) && capitalAt(s, k+2)
		}
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// unitAt2 reports a gift's or a good's noun that goes on through token k
// (a noun of two words, "túi quà", read from its second word): the noun
// starts before k.
func unitAt2(s *sentence, k int) bool {
	if k < 0 || s.toks[k].kind != tokWord {
		return false
	}
	u, _ := unitAt(s, k)
	return u == "gift" || u == "item"
}

// countedOne reports a count at token k: a number, or "một" (one).
func countedOne(s *sentence, k int) bool {
	return k >= 0 && (s.toks[k].kind == tokNumber || s.word(k) == "một")
}

func isQuote(w string) bool {
	return w == "\"" || w == "“" || w == "”" || w == "«" || w == "»"
}

// oneGiftValue reports money right after "một" and a gift's noun: "được
// tặng thêm một suất quà 250.000 đồng" is the value of one gift. A gift's
// noun with no count after "với" is one gift too: "8 em với suất học bổng
// 600.000 đồng" tells what each gets, and so after "thêm": "mỗi em nhận
// thêm suất quà trị giá 150.000 đồng" is one more gift each.
func oneGiftValue(s *sentence, t int) bool {
	v := t // where the value starts: the number, or "trị giá" before it
	if s.word(t-1) == "giá" && s.word(t-2) == "trị" {
		v = t - 2
		if eachGetsOneGift(s, v) {
			return true
		}
	}
	for from := v - 1; from >= 1 && from >= v-3; from-- {
		if u, end := unitAt(s, from); (u == "gift" || u == "item") && end <= v && end >= v-2 && (s.word(from-1) == "một" || s.word(from-1) == "với" || s.word(from-1) == "thêm") {
			for k := end; k < t; k++ {
				if s.toks[k].kind != tokWord {
					return false // "với suất quà, 300.000 đồng …"
				}
			}
			return true
		}
	}
	return false
}

// eachGiftSpan is how many tokens eachGetsOneGift looks back over: from
// "trị giá" to "một" and a gift's noun, and from those to "mỗi".
const eachGiftSpan = 10

// eachGetsOneGift reports a value told with "trị giá" (at token v) of one
// gift that each of the recipients gets: "mỗi đoàn viên được nhận một phần
// quà gồm gạo và tiền mặt trị giá 300.000 đồng". "một" and a gift's noun,
// then the value, all in a clause "mỗi" and a noun (no period: "Mỗi năm"
// tells a rate) open, with no number between.
func eachGetsOneGift(s *sentence, v int) bool {
	gift := -1
	for k := v - 1; k >= 1; k-- {
		w := s.word(k)
		if isClauseMark(w) || s.toks[k].kind == tokNumber {
			return false
		}
		if gift < 0 {
			if k < v-eachGiftSpan {
				return false
			}
			if u, _ := unitAt(s, k); (u == "gift" || u == "item") && s.word(k-1) == "một" {
				gift = k - 1
			}
			continue
		}
		if k < gift-eachGiftSpan {
			return false
		}
		if w == "mỗi" {
			return k < gift-1 && !inList("per-period", s.word(k+1))
		}
	}
	return false
}

// statusOf: the nearest status cue before the number in its sentence. A
// plan word right after a percent reports a result against the plan:
// "đạt 112% kế hoạch", "123,6% chỉ tiêu".
//
// A figure whose own clause has no cue before it and says "sẽ" or "dự
// kiến" after it is planned: "Theo đó, có 6.000 phiếu mua hàng … sẽ được
// phát cho người lao động".
//
// A sentence under a plan frame (planFrameOpens) with no cue of its own
// goes on listing the targets: "Nhiệm kỳ tới, LĐLĐ huyện phấn đấu 100%
// CĐCS có quy chế dân chủ. 85% đoàn viên được tập huấn pháp luật."
func statusOf(s *sentence, t int) string {
	if c := statusCue(s, t); c != "" {
		return c
	}
	if s.planFrame {
		return StatusPlanned
	}
	return StatusAchieved
}

// planFrameOpens reports a sentence that opens on a period to come or the
// aims set for it (words.tsv plan-frame: "Nhiệm kỳ tới, …", "Trong thời
// gian tới, …", "Phương hướng nhiệm kỳ …", "Mục tiêu …"): the sentences
// after it in its paragraph list the targets, also those that say no plan
// word of their own, until one tells a result (planFrameEnds).
func planFrameOpens(s *sentence) bool {
	k := 0
	if s.word(0) == "trong" {
		k = 1
	}
	frames := lex.ends["plan-frame"]
	for j, p := range frames.phrases {
		if n := frames.words[j]; s.phraseBefore(k+n, p) && k+n <= len(s.toks) {
			return true
		}
	}
	return false
}

// backReach is how many words into a sentence opensOnThis looks for "này".
const backReach = 8

// opensOnThis reports a sentence whose opening words point back to what
// the sentence before told, with "này" ("Cả 2 hình thức thi này …", "Các
// lớp này …"): it goes on about the same thing.
func opensOnThis(s *sentence) bool {
	for k := 0; k < len(s.toks) && k < backReach; k++ {
		if s.word(k) == "này" {
			return true
		}
	}
	return false
}

// plannedSaid reports a cue of a plan in s ("sẽ", "dự kiến", "kế hoạch"),
// outside a longer phrase.
func plannedSaid(s *sentence) bool { return s.statusSaid(StatusPlanned) }

// statusSaid reports a cue of status st in s, outside a longer phrase;
// false if s's cues were never looked up. Most tokens start no cue: their
// zero id is all it reads of them.
func (s *sentence) statusSaid(st string) bool {
	for k, id := range s.cues {
		if id != 0 && !s.covered[k] && lex.cueList[id].status == st {
			return true
		}
	}
	return false
}

// planFrameEnds reports a sentence that tells a result, not a target: a
// word of something done (done-marker), a cue of a result ("kết quả",
// "vượt chỉ tiêu"), a comparison ("so với") or a year up to the article's
// own. It ends the plan frame of its paragraph.
func planFrameEnds(s *sentence) bool {
	if doneMarked(s) || s.statusSaid(StatusAchieved) {
		return true
	}
	for k := range s.toks {
		if s.word(k) == "so" && s.word(k+1) == "với" {
			return true
		}
	}
	for _, y := range s.years {
		if y.year != 0 && s.year != 0 && y.year <= s.year {
			return true
		}
	}
	return false
}

// beforeYear reports an article published before December of the year
// before year: what it tells of that year, without a word of status, is
// still to come.
func beforeYear(a *corpus.Article, year int) bool {
	y := publishedYear(a)
	return y != 0 && (year > y+1 || year == y+1 && len(a.Published) >= 7 && a.Published[5:7] < "12")
}

// statusCue is the status the words around the figure give, "" if none
// (see statusOf). A figure's status is asked for several times in a row:
// the sentence keeps the last answer.
func statusCue(s *sentence, t int) string {
	if s.statusMemo.tok == t+1 {
		return s.statusMemo.status
	}
	st := statusCueScan(s, t)
	s.statusMemo.tok, s.statusMemo.status = t+1, st
	return st
}

// presentStock reports "hiện có", "hiện nay", "hiện đang" at token k: the
// stock as it is now.
func presentStock(s *sentence, k int) bool {
	if s.word(k) != "hiện" {
		return false
	}
	switch s.word(k + 1) {
	case "có", "nay", "đang":
		return true
	}
	return false
}

// ongoingBefore reports "đang" at token k and a verb of running a
// programme right after it (words.tsv ongoing-work: "đang phối hợp",
// "đang triển khai"), not "hiện đang" (presentStock): the figures after
// it are what the programme under way is to reach.
func ongoingBefore(s *sentence, k int) bool {
	return s.word(k) == "đang" && s.word(k-1) != "hiện" && s.listAt(k+1, "ongoing-work")
}

// afterShare reports a cue at token k that names the target a share right
// before it is of, through the words of the plan ("đạt 232,3% chỉ tiêu
// kế hoạch đề ra", "đạt 105% kế hoạch"): a result, no plan.
func afterShare(s *sentence, k int) bool {
	j := k - 1
	for j > 0 && j >= k-4 {
		switch s.word(j) {
		case "chỉ", "tiêu", "kế", "hoạch":
			j--
			continue
		}
		break
	}
	return j >= 0 && s.word(j) == "%"
}

func statusCueScan(s *sentence, t int) string {
	if planRightBefore(s, t) {
		return StatusPlanned
	}
	if h := targetsCounted(s, t); h > 0 {
		if st := targetsPredicate(s, h); st != "" {
			return st
		}
	}
	before, inClause := "", true
	for k := t - 1; k >= 0; k-- {
		w := s.word(k)
		if inClause && (isClauseMark(w) || w == ",") {
			inClause = false
		}
		if w == "hiện" && presentStock(s, k) { // the word first: no call for most tokens
			// "Theo báo cáo … và phương hướng nhiệm kỳ 2023-2028, Công
			// đoàn trường hiện có 5 tổ công đoàn": what there is now, not
			// the plan named before it
			before = StatusAchieved
			break
		}
		if w == "đang" && ongoingBefore(s, k) {
			// "Tổng LĐLĐ cho biết đang phối hợp … tổ chức khám bệnh cho
			// khoảng 7.000 công nhân": the size of a programme under way
			before = StatusPlanned
			break
		}
		if s.cues[k] == 0 {
			continue // no cue: said without cueOf
		}
		if c := s.cueOf(k); c != nil && c.status != "" && int(s.cueEnd[k]) <= t {
			if k == 0 && s.word(0) == "theo" && c.status == "none" {
				before = StatusPlanned // "Theo kế hoạch của LĐLĐ tỉnh, có 150 cháu được tặng quà": what the plan holds
				break
			}
			if c.status == "none" || afterShare(s, k) || s.covered[k] || comparedWithPlan(s, k) || countedTargetsNoun(s, k) {
				continue // "triển khai kế hoạch" holds "kế hoạch" and says nothing of the status
			}
			if c.status == StatusPlanned && !inClause && carriedOutPlan(s, k) {
				continue // "bên cạnh triển khai các chương trình, kế hoạch …, Công đoàn … kết nạp 300 đoàn viên"
			}
			before = c.status
			if before == StatusAchieved && inClause && aimedPlan(s, k) {
				before = StatusPlanned // "Để hoàn thành chỉ tiêu phát triển 1.500 đoàn viên trong năm …": the target aimed at
			}
			if before == StatusPlanned && exceededPlan(s, k) {
				before = StatusAchieved // "đã vượt nhiều chỉ tiêu kế hoạch đề ra như: thành lập CĐCS đạt …"
			}
			break
		}
	}
	if before != StatusPlanned && withinComing(s, t) {
		return StatusPlanned
	}
	if before != "" && inClause {
		return before
	}
	for k := t + 1; k < len(s.toks); k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "," || w == "và" && !namesJoined(s, k) || w == "nhưng" || s.toks[k].kind == tokNumber && s.word(k-1) != "giá" {
			break // the figure's own phrase ends ("trị giá 500.000 đồng" is part of it)
		}
		if w == "sẽ" || (w == "dự" && s.word(k+1) == "kiến") {
			return StatusPlanned
		}
	}
	if before == "" && purposeBefore(s, t) {
		return StatusPlanned
	}
	return before
}

// targetsCounted reports a figure at token t whose head noun is the
// targets themselves, "N chỉ tiêu" or "N nhóm chỉ tiêu": the token after
// the noun, else 0.
func targetsCounted(s *sentence, t int) int {
	k := t + 1
	if s.word(k) == "nhóm" {
		k++
	}
	if s.word(k) == "chỉ" && s.word(k+1) == "tiêu" {
		return k + 2
	}
	return 0
}

// targetsPredicate is the status the predicate of a count of targets
// gives, read in its own clause from token h on, "" if none: "có 5 chỉ
// tiêu vượt, 4 chỉ tiêu gần đạt, 6 chỉ tiêu đang triển khai" reports the
// targets' results, achieved; "7 nhóm chỉ tiêu phấn đấu đến hết nhiệm
// kỳ", "12 chỉ tiêu đề ra" sets them, planned. The word "chỉ tiêu" itself
// tells no plan here: it is what is counted.
func targetsPredicate(s *sentence, h int) string {
	for k := h; k < len(s.toks) && k < h+8; k++ {
		w := s.word(k)
		if isClauseMark(w) || w == "," || s.toks[k].kind == tokNumber {
			break
		}
		switch w {
		case "sẽ":
			return StatusPlanned
		case "phấn", "dự":
			if n := s.word(k + 1); n == "đấu" || n == "kiến" {
				return StatusPlanned
			}
		case "đề", "đặt":
			if s.word(k+1) == "ra" {
				return StatusPlanned
			}
		case "hết":
			if s.word(k+1) == "nhiệm" {
				return StatusPlanned // "… đến hết nhiệm kỳ"
			}
		case "vượt", "đạt", "đã", "đang":
			return StatusAchieved
		case "hoàn":
			if s.word(k+1) == "thành" {
				return StatusAchieved
			}
		}
	}
	return ""
}

// countedTargetsNoun reports a cue "chỉ tiêu" at token k that is the head
// noun of a count right before it ("5 chỉ tiêu", "7 nhóm chỉ tiêu"): what
// is counted, no target value a figure after it is to reach.
func countedTargetsNoun(s *sentence, k int) bool {
	if s.word(k) != "chỉ" || s.word(k+1) != "tiêu" || int(s.cueEnd[k]) != k+2 {
		return false
	}
	j := k - 1
	if s.word(j) == "nhóm" {
		j--
	}
	return j >= 0 && s.toks[j].kind == tokNumber
}

// planNoun reports "kế hoạch" or "chỉ tiêu" at token k.
func planNoun(s *sentence, k int) bool {
	w := s.word(k)
	return w == "kế" && s.word(k+1) == "hoạch" || w == "chỉ" && s.word(k+1) == "tiêu"
}

// comparedWithPlan reports a plan noun at token k after "so với" ("vượt
// 120% so với chỉ tiêu được giao; thành lập thêm 6 CĐCS"): the base a result
// told before it is measured against, no plan for a figure after it.
func comparedWithPlan(s *sentence, k int) bool {
	return planNoun(s, k) && s.word(k-1) == "với" && s.word(k-2) == "so"
}

// carriedOutPlan reports a plan noun at token k that is one of the objects
// of a verb of carrying plans out a few words before it, in a list ("triển
// khai các chương trình, kế hoạch theo chỉ đạo"), as status.tsv's
// "triển khai kế hoạch" is: plans in general, carried out, which make no
// figure of a later clause a target.
func carriedOutPlan(s *sentence, k int) bool {
	if !planNoun(s, k) {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if w := s.word(j); isClauseMark(w) || s.toks[j].kind == tokNumber {
			return false
		}
		switch s.word(j-1) + " " + s.word(j) {
		case "triển khai", "thực hiện", "xây dựng", "ban hành":
			return true
		}
	}
	return false
}

// aimedPlan reports a cue of meeting a plan at token k ("hoàn thành chỉ
// tiêu", "đạt kế hoạch") right after a word of purpose ("để", "nhằm"): the
// figure of the plan in the same clause is the target aimed at, not a
// result ("Nhằm đạt chỉ tiêu kết nạp 2.000 đoàn viên, …").
func aimedPlan(s *sentence, k int) bool {
	if w := s.word(k - 1); w != "để" && w != "nhằm" {
		return false
	}
	for j := k; j < int(s.cueEnd[k]); j++ {
		if planNoun(s, j) {
			return true
		}
	}
	return false
}

// withinComing reports a sentence that opens with the period still to
// come it tells of, "Trong" and a period or event named with "sắp tới" or
// "sắp đến" ("Trong Tháng Công nhân sắp đến, LĐLĐ tỉnh đã chỉ đạo thành lập
// ít nhất 8 CĐCS, kết nạp 300 đoàn viên"), before the figure at token t:
// what is done in a period not yet begun is planned, the "đã" of the
// directive given notwithstanding. "Nhân dịp Tết sắp đến, … đã trao"
// (ahead of the coming event) is no such frame.
func withinComing(s *sentence, t int) bool {
	if s.word(0) != "trong" {
		return false
	}
	for k := 1; k < t && k < 16; k++ {
		switch w := s.word(k); {
		case w == "," || isClauseMark(w):
			return false
		case w == "sắp" && (s.word(k+1) == "tới" || s.word(k+1) == "đến"):
			return true
		}
	}
	return false
}

// namesJoined reports "và" at token k between two capitalised names ("ở
// tỉnh Lâm Đồng và Ninh Thuận cũ"): it joins places or bodies inside the
// figure's noun phrase, and ends no phrase ("450 em còn lại ở tỉnh A và B
// sẽ nhận được quà" is still to come).
func namesJoined(s *sentence, k int) bool {
	return k >= 1 && k+1 < len(s.toks) && capitalAt(s, k-1) && capitalAt(s, k+1)
}

// exceededPlan reports a plan cue at token k that a verb of meeting or
// beating it governs, through the words of the plan and a quantifier
// ("vượt nhiều chỉ tiêu kế hoạch đề ra", "hoàn thành các chỉ tiêu"): the
// figures after it report results against the plan. A verb that is
// itself aimed at ("phấn đấu vượt chỉ tiêu", "sẽ hoàn thành kế hoạch") is
// no result.
func exceededPlan(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch s.word(j) {
		case "chỉ", "tiêu", "kế", "hoạch", "mức", "nhiều", "các", "mọi", "những", "và", "đề", "ra", "được", "giao":
			continue
		case "vượt", "đạt":
		case "thành":
			if s.word(j-1) != "hoàn" {
				return false
			}
			j--
		default:
			return false
		}
		return !s.phraseBefore(j, "phấn đấu") && !s.phraseBefore(j, "sẽ") && !s.phraseBefore(j, "nhằm") && !s.phraseBefore(j, "mục tiêu")
	}
	return false
}

// purposeBefore reports a figure in a clause of purpose that follows the
// sentence's main clause: "… yêu cầu các cấp công đoàn lập danh sách …, để
// LĐLĐ Thành phố xem xét, trao 4.800 suất quà Tết": what the request is
// for is still to be done. A purpose clause that opens the sentence ("Để
// chăm lo Tết, LĐLĐ quận trao 300 suất quà") is the main clause's aim, and
// a main clause told as done ("đã", "vừa") makes the purpose a result.
// Brackets and an ellipsis inside the sentence ("công nhân viên chức
// CĐ... có hoàn cảnh khó khăn") end no clause here; ";" and ":" do.
func purposeBefore(s *sentence, t int) bool {
	for k := t - 1; k > 0; k-- {
		switch w := s.word(k); {
		case w == ";", w == ":", w == "đã", w == "vừa":
			return false
		case w == "để" && s.word(k-1) == ",":
			for j := k - 2; j >= 0; j-- {
				switch s.word(j) {
				case ";", ":":
					return true
				case "đã", "vừa":
					return false
				}
			}
			return true
		}
	}
	return false
}

// planRightBefore reports a word of an assigned or estimated figure right
// before the number, a qualifier apart (plan-before in words.tsv): "được
// giao 958 sáng kiến", "dự trù khoảng 149,4 triệu đồng". Such a word speaks
// of its own figure only: a result later in the sentence ("chỉ tiêu được
// giao; phát triển 2.324 đoàn viên") keeps its status.
func planRightBefore(s *sentence, t int) bool {
	start := qualifierStart(s, t)
	return s.endsBefore(start, planMarks)
}

// qualifierStart is the first token of the qualifier right before token t
// ("hơn", "ít nhất", "khoảng"), else t.
func qualifierStart(s *sentence, t int) int {
	start := t
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if c := s.cueOf(k); c != nil && c.qualifier != "" && int(s.cueEnd[k]) == t {
			start = k
		}
	}
	return start
}

// allProvinces reports the number at token t counting the provinces of the
// whole country, 63 before the 2025 reform or 34 after it, followed by
// "tỉnh": there cannot be more than all of them, so "trên" before it means
// "across".
func allProvinces(s *sentence, t int) bool {
	n, ok := ParseNumber(s.low, int(s.toks[t].start))
	return ok && (n.Value == 63 || n.Value == 34) && !n.Decimal && s.word(t+1) == "tỉnh"
}

// unitAt matches the longest head noun of the unit lexicon at token i;
// none past the sentence's end (awardRecipients' "cho" may end it).
func unitAt(s *sentence, i int) (string, int) {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].kind == tokNumber {
		return "", i
	}
	if c, k := longestCue(s, i, func(c *cue) bool { return c.unit != "" }); c != nil {
		return c.unit, k
	}
	return "", i
}

// timeUnitAt reports a date, time, age or duration word at token i, unless a
// longer head noun starts there ("buổi sáng" is time, "buổi" alone an event).
func timeUnitAt(s *sentence, i int) bool {
	if i >= len(s.toks) || s.toks[i].kind == tokNumber {
		return false
	}
	if s.word(i) == "cái" && i+1 < len(s.toks) && s.toks[i+1].kind != tokNumber && timeUnitAt(s, i+1) {
		return true // "đón 1 cái Tết ấm áp", "2 cái Tết xa quê": the classifier before a span of time
	}
	_, unitEnd := unitAt(s, i)
	if c, k := longestCue(s, i, func(c *cue) bool { return c.timeUnit }); c != nil {
		return k >= unitEnd
	}
	return false
}

// note adds a note for the build's warnings, once.
func (x *articleContext) note(n string) {
	if !slices.Contains(x.notes, n) {
		x.notes = append(x.notes, n)
	}
}

// sinceFounding reports "từ khi thành lập", "sau khi thành lập" or "từ khi
// đi vào hoạt động" before token t.
func sinceFounding(s *sentence, t int) bool {
	before := s.low[:s.toks[t].start]
	return strings.Contains(before, "khi thành lập") || strings.Contains(before, "khi đi vào hoạt động")
}

// sharedQualifier reports a figure at token t that is the second of a
// coordinated pair whose first, prev at token pt, has a qualifier word
// right before it: "ít nhất 55% CĐCS tại doanh nghiệp và 35% CĐCS tại cơ
// quan", "khoảng 40 đoàn viên nam và 60 đoàn viên nữ". The grammar shares
// the qualifier when the two conjuncts are parallel: the second right after
// "và" or "hoặc", the same unit and head noun, and only the first's noun
// phrase between them (no number, no comma or clause mark, no words.tsv
// predicate-mark, at most sharedQualifierSpan tokens), and neither an X/Y
// nor a sum of money.
func sharedQualifier(s *sentence, pt, t int, prev, r *Record) bool {
	if pt < 0 || prev.Qualifier == QualExact || prev.Unit != r.Unit || prev.Noun != r.Noun || t-pt > sharedQualifierSpan ||
		prev.Denominator != nil || r.Denominator != nil || r.Unit == "vnd" {
		// "hơn 20 CĐCS được thành lập mới và 30/32 CĐCS …": a result
		// against its target; "trong đó Quỹ hơn 1 tỷ đồng và 750.000 VNĐ":
		// the parts of a sum
		return false
	}
	if w := s.word(t - 1); w != "và" && w != "hoặc" {
		return false
	}
	if qualifierOf(s, pt) != prev.Qualifier {
		return false // a qualifier the first took from elsewhere ("… trở lên")
	}
	for k := pt + 1; k < t-1; k++ {
		if w := s.word(k); s.toks[k].kind == tokNumber || w == "," || isClauseMark(w) || inList("predicate-mark", w) {
			return false
		}
	}
	return true
}

// sharedQualifierSpan is how many tokens a coordinated pair's first figure
// may stand before its second for a qualifier to be shared.
const sharedQualifierSpan = 14

// foundingCue reports the multi-year cue at token k as a body's founding
// ("từ khi thành lập", "sau khi thành lập").
func foundingCue(s *sentence, k int) bool {
	p := s.low[s.toks[k].start:s.toks[int(s.cueEnd[k])-1].end]
	return strings.HasSuffix(p, "khi thành lập")
}

// foundedInParagraph reports a figure at token t whose multi-year period
// comes from a founding cue earlier in its paragraph ("Từ khi thành lập,
// Công đoàn xã A lo trước hết cho ai khó khăn …. Trong đó, thăm 35 đoàn
// viên ốm …"),
// its own sentence naming no span: the figures of the paragraph are what
// the new body did since its founding, as sinceFounding's are.
func foundedInParagraph(x *articleContext, s *sentence, t int) bool {
	if !x.paraMulti || !x.paraFounding {
		return false
	}
	k, _ := multiYearCue(s, t, false)
	return k < 0
}

// dashedDate reports a number at byte i of low that is part of a date
// written with dashes and no spaces, its year in full: "2025-10-15" (the
// feed's "date" line), "15-10-2025".
func dashedDate(low string, i int) bool {
	lo, hi := i, i
	for lo > 0 && (isDigit(low[lo-1]) || low[lo-1] == '-') {
		lo--
	}
	for hi < len(low) && (isDigit(low[hi]) || low[hi] == '-') {
		hi++
	}
	if hi-lo < 8 {
		return false // most numbers: no date, and no need to split
	}
	// the lengths of the three parts between the dashes, without
	// strings.Split's slice (a number of every sentence asks)
	var parts [3]int
	n := 0
	for _, c := range []byte(strings.Trim(low[lo:hi], "-")) {
		if c != '-' {
			parts[n]++
		} else if n++; n == len(parts) {
			return false // four parts or more
		}
	}
	if n != 2 {
		return false
	}
	for k, p := range parts {
		if p == 0 || p > 4 || p == 3 || p == 4 && k == 1 {
			return false
		}
	}
	return parts[0] == 4 || parts[2] == 4
}

// linkBefore reports "là", "đạt" or a colon right before the number at
// token t, or before its qualifier: "số đoàn viên là 41 người".
func linkBefore(s *sentence, t int) bool {
	switch s.word(qualifierStart(s, t) - 1) {
	case "là", "đạt", ":":
		return true
	}
	return false
}

// raisedTo reports "lên" at token k after "nâng tổng số" or "nâng số" in
// its clause: "nâng số đoàn viên toàn ngành lên 860 người"
// tells the new size of what "số" counts, whatever noun the figure takes.
func raisedTo(s *sentence, k int) bool {
	if s.word(k) != "lên" {
		return false
	}
	for j := k - 1; j >= 1; j-- {
		if w := s.word(j); isClauseMark(w) || w == "," || s.toks[j].kind == tokNumber {
			return false
		}
		if s.word(j) == "số" && (s.word(j-1) == "nâng" || s.word(j-1) == "tổng" && s.word(j-2) == "nâng") {
			return true
		}
	}
	return false
}

// grownBy reports "tăng" or "giảm" (maybe with "thêm") at token k after
// "số" in its clause: "số đoàn viên tăng 3.500 người" tells by how much
// what "số" counts grew, whatever noun the figure takes.
func grownBy(s *sentence, k int) bool {
	if s.word(k) == "thêm" {
		k--
	}
	if w := s.word(k); w != "tăng" && w != "giảm" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if w := s.word(j); isClauseMark(w) || w == "," || s.toks[j].kind == tokNumber {
			return false
		}
		if s.word(j) == "số" {
			return true
		}
	}
	return false
}

// opensInWhich reports a sentence opening "Trong đó": it breaks down the
// figures the sentence before gave.
func opensInWhich(s *sentence) bool { return s.word(0) == "trong" && s.word(1) == "đó" }

// breakdownOfResult reports a sentence opening "Trong đó" right after a
// sentence whose last figure is a result: its parts are results too
// ("… đã thành lập 5/5 CĐCS. Trong đó có 2 đơn vị thành lập theo phương
// thức mới"), whatever plan the lead says was drawn up for the year.
func (x *articleContext) breakdownOfResult(s *sentence) bool {
	return x.prevStatus == StatusAchieved && opensInWhich(s)
}

// planIssued reports a lead that announces a plan its body then sets out:
// "kế hoạch" right after a verb of issuing or having one (words.tsv
// plan-issue: "ban hành kế hoạch", "đã có kế hoạch", "xây dựng kế hoạch").
// The body's figures with no status of their own are the plan's.
func planIssued(s *sentence) bool {
	for k := 1; k+1 < len(s.toks); k++ {
		if s.word(k) == "kế" && s.word(k+1) == "hoạch" && inList("plan-issue", s.word(k-1)) {
			return true
		}
	}
	return false
}

// eventAhead reports a lead that announces an event still to come, the
// event the subject: "dự kiến" or "sẽ" right before "diễn ra", "khai
// mạc" or a passive "được tổ chức" ("Lễ cưới tập thể … dự kiến sẽ diễn ra
// vào tháng 10", "Hội thao sẽ được tổ chức từ ngày …"), or "dự kiến tổ
// chức", with no word that tells something done (doneMarked: "đã khai
// mạc …, sẽ diễn ra đến hết tháng" reports an event under way). The
// body's figures with no status of their own are what the event will
// give, planned, as a plan's are (planIssued). A body that "sẽ tổ chức"
// its events announces them in its own clause, whose figures "sẽ" marks,
// and often goes on to what it has already done.
func eventAhead(s *sentence) bool {
	if !strings.Contains(s.low, "sẽ") && !strings.Contains(s.low, "dự kiến") {
		return false // most leads: said without reading the tokens
	}
	ahead := false
	for k := 0; k+1 < len(s.toks) && !ahead; k++ {
		j, expected := -1, false
		switch w := s.word(k); {
		case w == "sẽ":
			j = k + 1
		case w == "dự" && s.word(k+1) == "kiến":
			j, expected = k+2, true
		default:
			continue
		}
		if s.word(j) == "sẽ" {
			j++
		}
		passive := s.word(j) == "được"
		if passive {
			j++
		}
		switch s.word(j) + " " + s.word(j+1) {
		case "diễn ra", "khai mạc":
			ahead = true
		case "tổ chức":
			ahead = passive || expected
		}
	}
	return ahead && !doneMarked(s)
}

// planTitleYear is the year whose targets the title names, 0 if none: a
// phrase of words.tsv target-title ("chỉ tiêu", "mục tiêu", "kế hoạch")
// and one year after "năm" (a year's targets: "kế hoạch chăm lo Tết 2025"
// plans one event), with no word that tells a result (resultSaid: "hoàn
// thành 12 chỉ tiêu năm 2021" reports on them), in an article not
// published after that year. The body's list under it is the targets.
func (x *articleContext) planTitleYear() int {
	t := x.title
	if t == nil || resultSaid(t) {
		return 0
	}
	target, year := false, 0
	for k := 1; k <= len(t.toks); k++ {
		target = target || t.listBefore(k, "target-title")
		if y := yearValue(t, k-1); y != 0 && t.word(k-2) == "năm" {
			if year != 0 && y != year || isDash(t.word(k)) && yearValue(t, k+1) != 0 {
				return 0 // "2021-2025", "năm 2025 - 2026", two years: a term's, not one year's
			}
			year = y
		}
	}
	if !target || year == 0 {
		return 0
	}
	if p, ok := x.published(); ok && p.Year() > year {
		return 0 // told after the year: what was done
	}
	return year
}

// resultSaid reports a sentence holding a words.tsv result-said phrase
// ("đã", "đạt", "kết quả", "hoàn thành"): it tells a result.
func resultSaid(s *sentence) bool {
	for k := 1; k <= len(s.toks); k++ {
		if s.toks[k-1].kind == tokWord && s.endsBefore(k, resultMarks) {
			return true
		}
	}
	return false
}

// begunSaid reports a sentence that tells an event has begun ("bắt đầu",
// "khai mạc"), with no "sẽ" or "dự kiến" before it: "Đợt khám cho 900
// công nhân bắt đầu từ sáng 20-11 theo kế hoạch" is under way, a result,
// whatever plan the title or lead announced.
func begunSaid(s *sentence) bool {
	if !containsRare(s.low, "bắt đầu") && !containsRare(s.low, "khai mạc") {
		return false // most sentences: said without reading the tokens
	}
	for k := 0; k+1 < len(s.toks); k++ {
		switch w := s.word(k); {
		case w == "sẽ" || w == "dự" && s.word(k+1) == "kiến":
			return false
		case w == "bắt" && s.word(k+1) == "đầu" || w == "khai" && s.word(k+1) == "mạc":
			return true
		}
	}
	return false
}

// doneMarked reports a sentence that tells something done (words.tsv
// done-marker: "đã", "vừa", "từng"): in a plan article, a result, not
// the plan.
func doneMarked(s *sentence) bool {
	for k := range s.toks {
		if inList("done-marker", s.word(k)) {
			return true
		}
	}
	return false
}

// nounPerPeriod reports a count whose head noun (and the words of what
// it holds) a "/" and a period follow: "1 thùng sữa/tháng", "3 hộp sữa
// tươi/tuần" is a rate whatever is counted, as "1 triệu đồng/tháng" is.
// Only words stand between the numeral and the "/": "32/31 CĐCS" is a
// completion, "đoàn viên/người lao động" names two kinds.
func nounPerPeriod(s *sentence, na numberAt, after int) bool {
	if na.n.Money || na.n.Percent {
		return false
	}
	for k := na.next; k < len(s.toks) && k <= after+2 && k < na.next+6; k++ {
		if s.word(k) == "/" {
			return k > na.next && perPeriodRate(s, k)
		}
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// nounPerNoun reports a count whose head noun, ending at token after, a
// "/" and the noun of another kind of thing follow: "10 người/bàn", "5
// suất quà/hộ", "60 đoàn viên/CĐCS" are so many for each table,
// household or union, a rate as "1 triệu đồng/suất" is. Two nouns of one
// kind name the count twice ("1.200 đoàn viên/người lao động", "40
// CĐCS/đơn vị"), and a number after the "/", or a few words after it, is
// an X/Y ("83.400 đoàn viên/ 85.100 người lao động", "đoàn viên/ tổng số
// 2 cán bộ"); a period after it is perPeriodRate's.
func nounPerNoun(s *sentence, na numberAt, after int) bool {
	if na.n.Money || na.n.Percent || na.n.HasDenom || after <= na.next || after+1 >= len(s.toks) || s.toks[after+1].kind != tokWord {
		return false
	}
	u, end := unitAt(s, na.next)
	if u == "" || end != after {
		return false
	}
	for k := after + 1; k < len(s.toks) && k <= after+4 && s.toks[k].kind != tokPunct; k++ {
		if s.toks[k].kind == tokNumber {
			return false // "150 đoàn viên/ tổng số 2 cán bộ": a size word, then the count
		}
	}
	v, _ := unitAt(s, after+1)
	return unitKind(v) != unitKind(u) && !inList("per-period", s.word(after+1))
}

// unitKind groups the units that may name one count twice, "đoàn
// viên/người lao động", "CĐCS/đơn vị", "phần quà/túi quà": people,
// bodies, gifts and goods.
func unitKind(u string) string {
	switch u {
	case "member", "person":
		return "person"
	case "union", "organization", "collective":
		return "union"
	case "gift", "item":
		return "gift"
	}
	return u
}

// perPeriodRate reports a slash at token k followed by a word of period
// (words.tsv per-period: "/năm", "/tháng"): the figure before is a rate
// per period, not summable, even when "tổng" opens it.
func perPeriodRate(s *sentence, k int) bool {
	return s.word(k) == "/" && inList("per-period", s.word(k+1))
}

// pupilReach is how many tokens after a pupils' count pupilResult looks
// for what they achieved.
const pupilReach = 24

// pupilResult reports a count of schoolchildren (words.tsv pupil right
// after the number, "lượt" allowed between) told with their school
// results or schooling in its clause (pupil-result: "có 2.400 cháu đạt
// thành tích cao", "310 học sinh giỏi cấp tỉnh", "có 5.100 học sinh là
// con đoàn viên đang theo học"): the children's results, not the union's
// work — unless the union gives them something (pupilGiven): "trao thưởng
// cho 150 học sinh đạt giải", the "Trong đó" breakdown of such a gift
// (the last sentence of the paragraph before it that told a figure gives
// to pupils: "Trong đó" parts the figure told last).
func (x *articleContext) pupilResult(s *sentence, na numberAt) bool {
	k := na.next
	if s.word(k) == "lượt" {
		k++
	}
	if !s.listAt(k, "pupil") || !pupilResultAfter(s, k) {
		return false
	}
	if pupilGiven(s, 0, clauseEnd(s, k)) {
		return false
	}
	if s.word(0) == "trong" && s.word(1) == "đó" && x.prevSent != nil && x.prevSent.para == s.para && pupilGiven(x.prevSent, 0, len(x.prevSent.toks)) {
		return false
	}
	x.pupilsDrop = true
	return true
}

// pupilResultAfter reports a pupil-result phrase in the clause after the
// pupils' noun at token k, before the next figure.
func pupilResultAfter(s *sentence, k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+pupilReach; j++ {
		if w := s.word(j); w == ";" || w == "." || w == ":" || s.toks[j].kind == tokNumber {
			return false
		}
		if s.listAt(j, "pupil-result") {
			return true
		}
	}
	return false
}

// clauseEnd is the token of the ";" or "." that ends the clause holding
// token k, or the sentence's end.
func clauseEnd(s *sentence, k int) int {
	for ; k < len(s.toks); k++ {
		if w := s.word(k); w == ";" || w == "." {
			return k
		}
	}
	return len(s.toks)
}

// pupilGiven reports a words.tsv pupil-given phrase starting in tokens
// [from, to): the union gives, awards or receives them ("trao thưởng",
// "học bổng", "được nhận"), "công nhận" (recognised as) excepted.
func pupilGiven(s *sentence, from, to int) bool {
	for j := from; j < to; j++ {
		if s.toks[j].kind != tokWord || !s.listAt(j, "pupil-given") {
			continue
		}
		if s.word(j) == "nhận" && s.word(j-1) == "công" {
			continue
		}
		return true
	}
	return false
}

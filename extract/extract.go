package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/lddt/unionstats/corpus"
)

// Article extracts every metric record from one cleaned article, in text
// order. It is a pure function of the article: safe to run in parallel and
// to cache by the article's content hash. (Its scratch blocks for tokens
// and cues are reused through a sync.Pool; no result depends on what they
// held before.)
//
// The notes say, in Vietnamese for the build's warnings, why an article gave
// nothing (it is not about union work) or what stays unresolved in it (a
// place name shared by several provinces that nothing in the article
// settles).
func Article(a *corpus.Article) ([]Record, []string) {
	if english(a) {
		return englishArticle(a)
	}
	if french(a) {
		return frenchArticle(a)
	}
	if foreignBody(a) {
		return nil, []string{"không lấy số liệu: bài viết bằng tiếng nước ngoài, không phải tiếng Việt hay tiếng Anh"}
	}
	var only [][2]int // the sentences kept of an article not about union work
	if ok, why := relevant(a); !ok {
		if only = actingSentences(a); only == nil {
			return nil, []string{"không lấy số liệu: " + why}
		}
	}
	x := newArticleContext(a)
	x.contestAhead()
	var (
		out     = x.mem.records[:0] // copied out at the end: growing it piece by piece costs twice its size
		unnamed []int               // records of the title and lead whose sentence names no organisation
		restate []int               // records of captions that say no status of their own (restatement)
	)
	var counts []categoryCount
	prev := 0 // the first record of the sentence before
	for pi, p := range a.Paras {
		// A paragraph without a digit has no figure and no year: what it
		// could govern (organisation, multi-year marker) ends with it.
		x.itemBullet = false
		if strings.HasPrefix(a.Text[p.Start:p.End], "*") {
			x.othersItem = otherItem(a.Text[p.Start:p.End])
			x.itemBullet = !x.othersItem && x.withDigit[pi] && bulletOfItem(a, pi)
		}
		if !x.withDigit[pi] {
			x.listPlan = colonPlan(a.Text[p.Start:p.End])
			if x.review && reviewEnds(lower(a.Text[p.Start:p.End])) {
				x.review = false // "Bước vào nhiệm kỳ mới, …": the review has ended
			} else if !x.review && p.Kind == corpus.KindBody && x.year != 0 && x.congress && reviewOpens(lower(a.Text[p.Start:p.End])) {
				// "Dấu ấn nhiệm kỳ qua của LĐLĐ tỉnh là việc chăm lo …":
				// a congress's review of the term that ends, with no
				// figure and no year of its own; the paragraphs after it
				// tell its results (x.congress asked first: most articles are
				// no congress's, and their paragraphs need no lower case)
				x.review, x.reviewEnd = true, 0
			}
			if x.restBy.name == "" && len(out) > 0 && restTold(a.Text[p.Start:p.End]) {
				x.restHandedOn(pi)
			}
			if x.contest == "" && namesContest(a.Text[p.Start:p.End]) {
				x.quietContest(pi) // once a kind is known, the paragraphs with figures go on telling it
			}
			if prev < len(out) && strings.HasPrefix(a.Text[p.Start:p.End], "Đây là số tiền") {
				x.readParagraph(pi)
				if se := splitSentences(a.Text, p.Start, p.End); raisedMoneyBack(x.cueScan(pi, se[0][0], se[0][1])) {
					raisedBefore(out[prev:]) // "… trao 120 triệu đồng cho bếp ăn. ¶ Đây là số tiền quyên góp …"
				}
			}
			prev = len(out)
			x.prevCat, x.prevStatus = "", ""
			continue
		}
		x.startParagraph(p.Kind, pi)
		x.readParagraph(pi)
		spans := appendSentences(x.spans[:0], a.Text, p.Start, p.End)
		sents := x.sents[:0]
		x.spans = spans // both read for this paragraph only
		counts = counts[:0]
		for si, se := range spans {
			if x.cutOff(pi, si, len(spans), se) || (only != nil && !slices.Contains(only, se)) {
				continue
			}
			s := x.analyse(pi, se[0], se[1])
			for k, id := range s.cues {
				c := lex.cueList[id]
				if c != nil && c.category != "" && c.categoryUnit == "" && !c.categoryLocal && !s.covered[k] && !inName(s, k) {
					counts = countCategory(counts, c.category)
				}
			}
			sents = append(sents, s)
		}
		cats := x.categoryMap(counts) // read only once every sentence is analysed
		for _, s := range sents {
			s.cats = cats
		}
		for _, s := range sents {
			n := len(out)
			x.beforeSentence(s)
			out = x.sentenceRecords(out, s)
			eachPricedBefore(s, out[prev:n], out[n:])
			if raisedMoneyBack(s) {
				raisedBefore(out[prev:n]) // the sentence before, in this paragraph or the one before
			}
			prev = n
			x.sentRecords = len(out) - n
			if x.sentRecords > 0 || x.pupilsDrop {
				x.prevSent, x.pupilsDrop = s, false
			}
			x.prevTotal, x.sentTotal = x.sentTotal, ""
			x.prevStock, x.prevCat, x.prevStatus = "", "", ""
			if n < len(out) {
				x.prevCat, x.prevStatus = out[len(out)-1].Category, out[len(out)-1].Status
			}
			if i := slices.IndexFunc(out[n:], func(r Record) bool { return r.Period == PeriodSnapshot }); i >= 0 {
				x.prevStock = out[n+i].Category
			}
			x.prevTargetEnd = 0
			if n < len(out) {
				if last := out[len(out)-1]; last.Status == StatusPlanned && last.Period == PeriodMultiYear && x.year != 0 && last.Year > x.year {
					x.prevTargetEnd, x.termTargetEnd = last.Year, last.Year
				}
			}
			if n < len(out) && restatement(a, s) {
				for i := n; i < len(out); i++ {
					if t := tokenAt(s, out[i].Pos); t >= 0 && statusCue(s, t) == "" {
						restate = append(restate, i)
					}
				}
			}
			if k := a.Paras[s.para].Kind; k == corpus.KindTitle || k == corpus.KindLead {
				for i := n; i < len(out); i++ {
					if !namedBefore(s, out[i].Pos) {
						unnamed = append(unnamed, i)
					}
				}
			}
			x.afterSentence(s)
		}
		x.sents = sents
		x.listPlan = x.listPlan || colonPlan(a.Text[p.Start:p.End])
	}
	captionPlans(a, out, restate)
	headlines(a, out, unnamed)
	if x.restBy.name != "" {
		handedOnRest(out, x.restBy, x.restAt)
	}
	handedOut(a, out)
	if only != nil {
		// the figures of a union body acting in an article not about union
		// work count only where that body is resolved
		out = slices.DeleteFunc(out, func(r Record) bool { return r.Org == "" })
	}
	oneSpelling(out)
	placedName(out)
	oneProvince(out)
	var recs []Record
	if len(out) > 0 {
		recs = append(recs, out...)
	}
	x.mem.records = out
	x.mem.release() // no record holds a slice of it
	return recs, x.notes
}

// oneSpelling gives each organisation one spelling: a body the lexicons
// know takes their spelling (canonicalName), in every article alike; other
// records whose org names differ only in letter case ("Công đoàn Thông tin và
// Truyền Thông Việt Nam" in a headline, "… Truyền thông …" in the body)
// all take the spelling a sector's name in the lexicon gives, else the one
// most of them have, else the one with fewer capitals, else the first.
func oneSpelling(recs []Record) {
	var names []string // distinct orgs, few in an article
	for i := range recs {
		o := recs[i].Org
		if o == "" || slices.Contains(names, o) {
			continue
		}
		if c := canonicalName(o); c != o {
			// a body the lexicons know, in their spelling (names.go)
			for j := i; j < len(recs); j++ {
				if recs[j].Org == o {
					recs[j].Org = c
				}
			}
			if slices.Contains(names, c) {
				continue
			}
			o = c
		}
		names = append(names, o)
	}
	for i, a := range names {
		for _, b := range names[i+1:] {
			if !strings.EqualFold(a, b) {
				continue
			}
			best := spellingOf(recs, a)
			for i := range recs {
				if recs[i].Org != best && strings.EqualFold(recs[i].Org, best) {
					recs[i].Org = best
				}
			}
			break
		}
	}
}

// oneProvince gives a record whose organisation is left without a
// province the province every other record of that organisation (same
// name and type) in the article has: one body belongs to one province
// ("Công đoàn Công ty A (KCX B, TP HCM) …" placed in one paragraph, "Công
// đoàn Công ty A …" in a later one that names no place). Nothing changes
// when those records give two provinces or none.
func oneProvince(recs []Record) {
	for i := range recs {
		r := &recs[i]
		if r.Org == "" || r.Province != "" {
			continue
		}
		prov := ""
		for j := range recs {
			o := &recs[j]
			if o.Province == "" || o.Org != r.Org || o.OrgType != r.OrgType {
				continue
			}
			if prov != "" && prov != o.Province {
				prov = ""
				break
			}
			prov = o.Province
		}
		if prov != "" {
			for j := i; j < len(recs); j++ {
				if recs[j].Org == r.Org && recs[j].OrgType == r.OrgType && recs[j].Province == "" {
					recs[j].Province = prov
				}
			}
		}
	}
}

// placedName gives a body's own union named short of the place its name
// ends on ("Công đoàn Văn phòng UBND thành phố hiện có 180 đoàn viên", where the
// reading stops at the bare "thành phố") the longer name another record of
// the article gives it ("Công đoàn Văn phòng UBND thành phố Hà Nội"): the
// same union, as it calls itself. Only names of type khác, in one
// province, and a longer name whose rest opens with a type word, and
// only when one such longer name is there.
func placedName(recs []Record) {
	var names []string
	for i := range recs {
		if o := recs[i].Org; recs[i].OrgType == "khác" && strings.HasPrefix(o, "Công đoàn ") && !slices.Contains(names, o) {
			names = append(names, o)
		}
	}
	if len(names) < 2 {
		return
	}
	for _, a := range names {
		long := ""
		for _, b := range names {
			rest, ok := strings.CutPrefix(b, a+" ")
			if !ok || !placeTypeOpens(rest) {
				continue
			}
			if long != "" {
				long = ""
				break // two longer names: which one is not known
			}
			long = b
		}
		if long == "" {
			continue
		}
		prov := ""
		for i := range recs {
			if recs[i].Org == long {
				prov = recs[i].Province
			}
		}
		for i := range recs {
			if recs[i].Org == a && recs[i].Province == prov {
				recs[i].Org = long
			}
		}
	}
}

// placeTypeOpens reports a name's rest that opens with an administrative
// type word and a name after it: "thành phố Hà Nội", "tỉnh Nghệ An".
func placeTypeOpens(rest string) bool {
	for _, t := range []string{"tỉnh ", "thành phố ", "quận ", "huyện ", "thị xã ", "phường ", "xã "} {
		if r, ok := strings.CutPrefix(rest, t); ok && r != "" {
			return true
		}
	}
	return false
}

// spellingOf is the spelling oneSpelling gives the organisation spelt org
// in some of recs.
func spellingOf(recs []Record, org string) string {
	best, bestN, bestCaps := "", 0, 0
	for i := range recs {
		o := recs[i].Org
		if !strings.EqualFold(o, org) || o == best {
			continue
		}
		if sectorSpelt(o) {
			return o
		}
		n, caps := 0, 0
		for j := range recs {
			if recs[j].Org == o {
				n++
			}
		}
		for _, r := range o {
			if unicode.IsUpper(r) {
				caps++
			}
		}
		if best == "" || n > bestN || (n == bestN && caps < bestCaps) {
			best, bestN, bestCaps = o, n, caps
		}
	}
	return best
}

// sectorSpelt reports an org spelt as sectors.tsv spells a sector's name:
// "Công đoàn X Việt Nam", "Công đoàn ngành X".
func sectorSpelt(org string) bool {
	rest, ok := strings.CutPrefix(org, "Công đoàn ")
	if !ok {
		return false
	}
	if r, ok := strings.CutPrefix(rest, "ngành "); ok {
		rest = r
	} else if r, ok := strings.CutSuffix(rest, " Việt Nam"); ok {
		rest = r
	} else {
		return false
	}
	return slices.ContainsFunc(lex.sectors, func(g gazetteerEntry) bool { return g.name == rest })
}

// raisedMoneyBack reports a sentence that opens by naming the money just
// told as money collected ("Đây là số tiền quyên góp từ đoàn viên …",
// "Đây là số tiền do đoàn viên ủng hộ"): a word of fundraising right after
// "Đây là số tiền", maybe after "do".
func raisedMoneyBack(s *sentence) bool {
	if s.word(0) != "đây" || s.word(1) != "là" || s.word(2) != "số" || s.word(3) != "tiền" {
		return false
	}
	k := 4
	if s.word(k) == "do" || s.word(k) == "được" {
		k++
	}
	return slices.ContainsFunc(lex.ordered["fundraising"], func(p string) bool {
		return s.phraseBefore(k+strings.Count(p, " ")+1, p)
	})
}

// raisedBefore makes the sums of the sentence before a fundraising
// sentence (raisedMoneyBack) finance: "… trao 120 triệu đồng cho bếp ăn từ
// thiện. Đây là số tiền quyên góp của …" hands on money the union raised
// (the contract's finance: vận động ủng hộ).
func raisedBefore(recs []Record) {
	for i := range recs {
		if recs[i].Unit == "vnd" && (recs[i].Category == "other" || recs[i].Category == "welfare") {
			recs[i].Category = "finance"
		}
	}
}

// categoryCount counts the category cues of one category in a paragraph:
// a paragraph names few categories, so a short slice counts them faster
// than a map.
type categoryCount struct {
	category string
	n        int
}

func countCategory(counts []categoryCount, category string) []categoryCount {
	for i := range counts {
		if counts[i].category == category {
			counts[i].n++
			return counts
		}
	}
	return append(counts, categoryCount{category, 1})
}

// categoryMap is the map of counts sentence.cats holds, nil if none: one
// map for the article, filled again for each paragraph (the sentences of a
// paragraph are done with before the next paragraph's are read).
func (x *articleContext) categoryMap(counts []categoryCount) map[string]int {
	if len(counts) == 0 {
		return nil
	}
	if x.cats == nil {
		x.cats = make(map[string]int, len(counts))
	}
	clear(x.cats)
	for _, c := range counts {
		x.cats[c.category] = c.n
	}
	return x.cats
}

// namedBefore reports an organisation named in sentence s before the text
// position pos, as its subject, by its type alone ("LĐLĐ quận cũng trao
// 131 phần quà (500.000 đồng/phần)") or as a funder or an addressee ("quà
// Tết của LĐLĐ thành phố, mỗi phần quà trị giá 700.000 đồng"): the
// sentence says whose the figure is, and a body named later in the article
// with the same figure does not take it.
func namedBefore(s *sentence, pos int) bool {
	for _, m := range s.mentions {
		if (m.org.name != "" || m.org.back) && s.start+int(s.toks[m.tok].start) < pos {
			return true
		}
	}
	return false
}

// restatement reports a sentence written as a headline under a photo:
// the headline the page labels a photo with ("… - Ảnh 1."), or a caption
// or body paragraph of one line with no closing mark ("Tổng LĐLĐ chi 100
// tỉ đồng hỗ trợ đoàn viên" over a photo's credit). A headline drops the
// words of tense, so it says no status of its own; a caption written as a
// sentence, with its full stop, does.
func restatement(a *corpus.Article, s *sentence) bool {
	p := a.Paras[s.para]
	if p.Kind != corpus.KindCaption && p.Kind != corpus.KindBody {
		return false
	}
	t := strings.TrimRight(a.Text[p.Start:p.End], " ")
	if corpus.PhotoTitle(t) != "" {
		return true
	}
	if s.start != p.Start || s.end < p.Start+len(t) {
		return false // more than one sentence
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return last != utf8.RuneError && !strings.ContainsRune(".!?…:;\")\u201d", last)
}

// tokenAt is the token of sentence s whose number starts at pos in the
// article's text, -1 if none does.
func tokenAt(s *sentence, pos int) int {
	for k, tk := range s.toks {
		if s.start+int(tk.start) == pos {
			return k
		}
	}
	return -1
}

// captionPlans gives a caption's figure that says no status of its own
// (restate: indices into recs) the status the text gives the same figure
// (value and unit; the same year when the caption names one; else it takes
// the plan's year too) when the text gives it only as a plan: "Tổng LĐLĐ chi
// 100 tỉ đồng hỗ trợ đoàn viên" under a photo, over "Tổng LĐLĐ sẽ hỗ trợ
// 200.000 đoàn viên …; tổng số tiền hỗ trợ là 100 tỉ đồng". The title's
// own figure is headlines' to settle, with the captions' status known.
func captionPlans(a *corpus.Article, recs []Record, restate []int) {
	for _, i := range restate {
		r := &recs[i]
		p := a.Paras[r.Para]
		ownYear := namesYear(a.Text[p.Start:p.End])
		planned, achieved := false, false
		for j := range recs {
			b := &recs[j]
			if j == i || b.Value != r.Value || b.Unit != r.Unit || slices.Contains(restate, j) || inHeadline(a, b) || a.Paras[b.Para].Kind == corpus.KindTitle {
				continue
			}
			if ownYear && b.Year != r.Year {
				continue // "Năm 2023 kết nạp gần 60.000 đoàn viên" under a photo is no "Năm 2024, … đặt chỉ tiêu kết nạp 60.000 đoàn viên"
			}
			planned = planned || b.Status == StatusPlanned
			achieved = achieved || b.Status == StatusAchieved
		}
		if planned && !achieved {
			r.Status = StatusPlanned
			if !ownYear {
				if b := plannedSame(a, recs, r, restate); b != nil {
					r.Year, r.Period = b.Year, b.Period // the same plan, of the same year
				}
			}
		}
	}
}

// plannedSame is the first record of the text, not a caption's nor the
// headline's, that gives r's figure (value and unit) as a plan.
func plannedSame(a *corpus.Article, recs []Record, r *Record, restate []int) *Record {
	for j := range recs {
		b := &recs[j]
		if b.Value == r.Value && b.Unit == r.Unit && b.Status == StatusPlanned && !slices.Contains(restate, j) && !inHeadline(a, b) && a.Paras[b.Para].Kind != corpus.KindTitle {
			return b
		}
	}
	return nil
}

// headlines reconciles the figures of the title and the lead with the
// body's, which says in full what a headline says in few words:
//   - a title's figure that the body gives only as a plan is planned:
//     "Hà Nội hỗ trợ 5.000 công nhân về quê ăn Tết" over "Liên đoàn Lao
//     động thành phố sẽ hỗ trợ vé xe cho 5.000 công nhân";
//   - a headline's figure whose sentence names no organisation (unnamed:
//     indices into recs) takes the organisation the body gives the same
//     figure, when the body gives it one: "Trao tặng hơn 150 suất quà …"
//     over "Công đoàn phường Thuận Hóa tổ chức trao hơn 150 suất quà …";
//   - a title's figure in an article whose body gives only plans is
//     planned (planArticle).
func headlines(a *corpus.Article, recs []Record, unnamed []int) {
	head := func(r *Record) bool {
		k := a.Paras[r.Para].Kind
		return k == corpus.KindTitle || k == corpus.KindLead || inHeadline(a, r)
	}
	plans := planArticle(a, recs)
	for i := range recs {
		r := &recs[i]
		if !head(r) {
			continue
		}
		planned, achieved := false, false
		// what the records other than the title's bare repeats over a
		// photo say: a plan of the title's year, a result
		echoed, plannedYear, achievedElse := false, false, false
		var org *Record
		orgs := 0
		for j := range recs {
			b := &recs[j]
			if b.Value != r.Value || b.Unit != r.Unit || inHeadline(a, b) {
				continue
			}
			// the lead's figure tells the title's status too ("… lập danh
			// sách …, để LĐLĐ Thành phố xem xét, trao 4.800 suất quà"
			// under "4.800 suất quà Tết cho đoàn viên"), not its organisation
			planned = planned || b.Status == StatusPlanned
			achieved = achieved || b.Status == StatusAchieved
			if inHeadline(a, r) && titleOnlyOverPhoto(a, b) {
				echoed = true // the title repeated over a photo, no status of its own
			} else {
				plannedYear = plannedYear || b.Status == StatusPlanned && b.Year == r.Year
				achievedElse = achievedElse || b.Status == StatusAchieved
			}
			if head(b) {
				continue
			}
			if org == nil || b.Org != org.Org || b.Province != org.Province {
				org = b
				orgs++
			}
		}
		if inHeadline(a, r) && r.Status == StatusAchieved && (planned && !achieved || plans || echoed && plannedYear && !achievedElse) {
			// a bare repeat of the title over a photo says what the title
			// does, so it does not keep the title a result: "Khám bệnh cho
			// công nhân ở 7 tỉnh", over the photo too, with a lead that
			// plans it for 7 provinces
			r.Status = StatusPlanned
			for j := range recs {
				if c := &recs[j]; c.Value == r.Value && c.Unit == r.Unit && c.Status == StatusAchieved && titleOnlyOverPhoto(a, c) {
					c.Status = StatusPlanned
				}
			}
		}
		if orgs == 1 && slices.Contains(unnamed, i) {
			r.Org, r.OrgType, r.Province = org.Org, org.OrgType, org.Province
		}
		if p := a.Paras[r.Para]; inHeadline(a, r) && !namesYear(a.Text[p.Start:p.End]) {
			if b := restated(a, recs, r); b != nil {
				r.Year, r.Period = b.Year, b.Period
				for j := range recs {
					if c := &recs[j]; c.Value == r.Value && c.Unit == r.Unit && titleOverPhoto(a, c) {
						c.Year, c.Period = b.Year, b.Period // the title repeated over a photo says what the title does
					}
				}
			}
		}
	}
}

// nounListedBytes is how far after a figure nounListed looks for a noun.
const nounListedBytes = 48

// nounListed reports the noun (lower case) among the nouns listed right
// after the figure of b ("9.000 đề tài, sáng kiến, giải pháp" lists
// "sáng kiến").
func nounListed(a *corpus.Article, b *Record, noun string) bool {
	if noun == "" {
		return false
	}
	from := b.Pos + b.Len
	to := min(from+nounListedBytes, len(a.Text))
	return strings.Contains(lower(a.Text[from:to]), noun)
}

// inHeadline reports a record of the article's headline: its title; when
// the page was cut below its headline (corpus.Article.Headless), and its
// first paragraph, a sentence that says in full what it says, stands in
// the title's place, the headline the page labels its photos with ("Trao
// 300 suất quà cho công nhân - Ảnh 1.") instead.
func inHeadline(a *corpus.Article, r *Record) bool {
	p := a.Paras[r.Para]
	if !a.Headless {
		return p.Kind == corpus.KindTitle
	}
	return p.Kind != corpus.KindTitle && corpus.PhotoTitle(a.Text[p.Start:p.End]) != ""
}

// titleOverPhoto reports a record of a caption that repeats the title
// ("Trao 300 suất quà cho công nhân - Ảnh 1."): it says no more than the
// title.
func titleOverPhoto(a *corpus.Article, r *Record) bool {
	p := a.Paras[r.Para]
	return p.Kind == corpus.KindCaption && a.Title != "" && strings.HasPrefix(a.Text[p.Start:p.End], a.Title)
}

// titleOnlyOverPhoto reports a record of a caption that is the title and
// nothing else but a closing mark: it can say no status of its own.
func titleOnlyOverPhoto(a *corpus.Article, r *Record) bool {
	if !titleOverPhoto(a, r) {
		return false
	}
	p := a.Paras[r.Para]
	return strings.Trim(a.Text[p.Start+len(a.Title):p.End], " .") == ""
}

// namesYear reports a year written in digits in s (a four-digit number
// from 1900 to 2100).
func namesYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) && (s[i:i+2] == "19" || s[i:i+2] == "20") &&
			isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

// restated is the figure of the lead or the body that a title's figure r
// restates, rounded as its qualifier says ("hơn 2.400 hộ" over "Trong năm
// 2016, … cho 2.436 hộ"; "Hơn 900 công nhân giỏi …" over "sau 5 năm, có
// 917 công nhân giỏi …"): the title names no year,
// and takes the year and period of that figure. Nil when no figure of its
// noun restates it or those that do disagree on them; a figure of the
// same value outranks one that rounds to it, and one of the same value and
// qualifier that lists the title's noun after its own ("hơn 9.000 đề tài,
// sáng kiến" under "Hơn 9.000 sáng kiến") restates it too. The title
// repeated over a photo restates nothing.
func restated(a *corpus.Article, recs []Record, r *Record) *Record {
	var by *Record
	same := false
	for j := range recs {
		b := &recs[j]
		if inHeadline(a, b) || titleOverPhoto(a, b) || b.Unit != r.Unit || !rounds(r, b.Value) || same && b.Value != r.Value {
			continue
		}
		if b.Noun != r.Noun && (b.Value != r.Value || b.Qualifier != r.Qualifier || !nounListed(a, b, r.Noun)) {
			continue // "hơn 9.000 đề tài, sáng kiến" restates "Hơn 9.000 sáng kiến" as written, not rounded
		}
		if !same && b.Value == r.Value {
			by, same = nil, true
		}
		if by != nil && (b.Year != by.Year || b.Period != by.Period) {
			return nil
		}
		by = b
	}
	return by
}

// rounds reports a value v that the figure r gives rounded to its last
// non-zero digit: itself when r is exact, cut down for "hơn", "trên" and
// "ít nhất" (2.436 is "hơn 2.400"), to the nearest for "khoảng" and "gần"
// (2.960 is "gần 3.000", 298.700 is not "khoảng 320.000").
func rounds(r *Record, v float64) bool {
	if v == r.Value {
		return true
	}
	if r.Value <= 0 || r.Value != math.Trunc(r.Value) {
		return false
	}
	step := 1.0
	for math.Mod(r.Value, step*10) == 0 {
		step *= 10
	}
	switch r.Qualifier {
	case QualMoreThan, QualAtLeast:
		return math.Floor(v/step)*step == r.Value
	case QualAbout:
		return math.Round(v/step)*step == r.Value
	}
	return false
}

// handedOut gives a title's figure that a national body gives to the one
// lower body that hands out every figure of the body of the article: "Công
// đoàn Giáo dục Việt Nam hỗ trợ 68 triệu đồng …" over "Công đoàn Giáo dục
// Việt Nam đã ủy quyền cho Công đoàn ngành Giáo dục tỉnh A hỗ trợ …" (the
// national body's gift handed out by a province is the province's).
func handedOut(a *corpus.Article, recs []Record) {
	var by *Record
	for i := range recs {
		b := &recs[i]
		if a.Paras[b.Para].Kind == corpus.KindTitle {
			continue
		}
		if b.Org == "" || b.Province == National || (by != nil && (b.Org != by.Org || b.Province != by.Province)) {
			return
		}
		by = b
	}
	if by == nil {
		return
	}
	for i := range recs {
		if r := &recs[i]; a.Paras[r.Para].Kind == corpus.KindTitle && r.Province == National && r.Org != "" {
			r.Org, r.OrgType, r.Province = by.Org, by.OrgType, by.Province
		}
	}
}

// restTold reports a text that speaks of what is left ("còn lại"), as
// written.
func restTold(t string) bool {
	return containsRare(t, "còn lại") || containsRare(t, "Còn lại")
}

// restHandedOn reads, in paragraph pi that gives no figure, the sentence
// that says a province's federation hands out the rest of a gift
// (restHandedOn).
func (x *articleContext) restHandedOn(pi int) {
	p := x.a.Paras[pi]
	x.readParagraph(pi)
	for _, se := range splitSentences(x.a.Text, p.Start, p.End) {
		if org, ok := restHandedOn(x.analyse(pi, se[0], se[1])); ok {
			x.restBy, x.restAt = org, se[0]
			return
		}
	}
}

// restHandedOn reads a province's federation that a sentence says hands
// out what is left of a gift ("còn lại"): "Số quà còn lại, LĐLĐ tỉnh A sẽ
// rà soát danh sách và trao đến từng đoàn viên". The
// federation is the subject and a verb of handing out (trao, phân, chuyển,
// cấp) follows it in its clause.
func restHandedOn(s *sentence) (orgRef, bool) {
	if !strings.Contains(s.low, "còn lại") {
		return orgRef{}, false
	}
	for _, m := range s.mentions {
		if m.object || m.org.back || m.org.name == "" || m.org.name != m.org.province || m.org.province == National {
			continue
		}
		for k := m.end; k < len(s.toks) && !isClauseMark(s.word(k)); k++ {
			switch s.word(k) {
			case "trao", "phân", "chuyển", "cấp":
				return m.org, true
			}
		}
	}
	return orgRef{}, false
}

// handedOnRest gives a national body's sum or gifts for a province's
// people, told before a sentence that says the province's federation hands
// out the rest (restHandedOn), to that federation: the national body hands
// part of it out and the province the rest, and the contract gives a
// national body's gift handed out jointly to the province ("Tổng LĐLĐ trao
// 400 triệu đồng hỗ trợ người lao động tỉnh A. Trong đó, đoàn trực tiếp
// trao 30 suất quà … Số quà còn lại, LĐLĐ tỉnh A sẽ trao …"). A figure
// whose sentence names the province's people moves, and so does one of the
// same value and unit that names no province (a caption restating it);
// what the national body hands out itself (the 30 gifts, named without the
// province) stays.
func handedOnRest(recs []Record, by orgRef, at int) {
	name := lower(by.name)
	var moved []*Record
	for i := range recs {
		r := &recs[i]
		if r.Pos < at && r.Province == National && r.Basis == BasisTotal && (r.Unit == "vnd" || r.Unit == "gift") && strings.Contains(lower(r.Evidence), name) {
			moved = append(moved, r)
		}
	}
	for i := range recs {
		r := &recs[i]
		if r.Pos >= at || r.Province != National || r.Basis != BasisTotal {
			continue
		}
		e := lower(r.Evidence)
		if !slices.Contains(moved, r) && (strings.Contains(e, "tỉnh") || strings.Contains(e, "thành phố") ||
			!slices.ContainsFunc(moved, func(m *Record) bool { return m.Value == r.Value && m.Unit == r.Unit })) {
			continue
		}
		r.Org, r.OrgType, r.Province = by.name, by.typ, by.province
	}
}

// minPlanFigures is how many figures of its body an article must give,
// all planned, for its title's figure to be a plan too.
const minPlanFigures = 3

// planArticle reports an article whose body (past its title) gives at
// least minPlanFigures figures and all of them planned: "Hà Nội trao hơn
// 10.000 voucher …" over a body that tells what will be handed out sums
// up the plan.
func planArticle(a *corpus.Article, recs []Record) bool {
	n := 0
	for i := range recs {
		if a.Paras[recs[i].Para].Kind == corpus.KindTitle {
			continue
		}
		if recs[i].Status != StatusPlanned {
			return false
		}
		n++
	}
	return n >= minPlanFigures
}

// sentence is one sentence of the cleaned text, tokenized and annotated.
type sentence struct {
	para       int
	start, end int    // byte span in the article text
	text, low  string // the sentence as written, and lower-cased (same offsets)
	toks       []token
	words      []string // words[i]: token i in low (word), when analyse filled it
	cues       []uint16 // cues[i]: the longest lexicon phrase starting at token i (cueOf)
	cueEnd     []int32  // token index just past that phrase
	covered    []bool   // covered[i]: token i lies inside a longer cue that starts before it
	periods    bool     // some token starts a cue of period.tsv (multiYearCue and snapshotCue look only then)
	contests   bool     // some token starts a cue of category training or culture (contestKind looks only then)
	stockEnd   int      // the token after the last stock figure of the sentence so far, 0 if none
	stockCat   string   // the category of the sentence's first stock figure, "" if none
	statusMemo struct { // statusCue's last answer: the status of token tok-1 (0: none)
		tok    int
		status string
	}
	held      uint16 // holds' answers: bit 2k set once set k is looked for, bit 2k+1 if found
	mentions  []mention
	years     []yearMention
	year      int            // the article's year
	cats      map[string]int // category cues counted over the sentence's paragraph
	unionWord bool           // a union body or activity is named (relevance.tsv)
	unionToks []int          // tokens of those union words
	headed    bool           // a title under a kicker that names a union body
	actorToks []int          // tokens of the bodies that are not unions
	placedEnd int            // the token after the last such body named as where ("tại Công ty A"), 0 if none
	fundBoard int            // the token after "Ban quản lý Quỹ" that refers back to a fund (fundBoard), 0 if none
	workEnd   int            // the token after the last body named as people's workplace ("người lao động Công ty A"), 0 if none
	offtopic  []int          // tokens of the measures named that are not union work
	province  string         // the last province named on its own ("Tại Hưng Yên, …"), if any
	fronted   bool           // province came from the sentence's locative opener ("Tại tỉnh Hưng Yên, …"): no later place overrides it
	planFrame bool           // a plan frame opened its paragraph before it (planFrameOpens): a figure with no status cue of its own is planned
	targetEnd int            // the last year of the term whose targets the sentence goes on listing (asideTargets, captionTarget), 0 if none
}

// articleContext carries what one article's sentences share: its year and
// organisation, and the statements that govern the sentences after them.
type articleContext struct {
	a            *corpus.Article
	paraLow      string // the paragraph being read, lower-cased: paraLow[i] is Text[paraStart+i]
	paraStart    int
	year         int
	scope        orgScope // the article's year, map and province, for naming organisations
	org          orgRef
	govYear      int    // year set by a fronted "Năm 2022, …"
	govPara      int    // the paragraph of that statement
	statedYear   int    // the latest year stated so far after "năm" or in a date (statedYearOf)
	endYear      int    // the year that ends the sentence before, if it gave no figure (endingYear)
	endYearLow   string // that sentence, lower-cased
	sentRecords  int    // how many records the sentence being read gave
	tet          int    // the year of the Tết the article names (tetYear), once tetDone
	tetDone      bool
	pub          time.Time // the publication date, once pubDone (published); pubOK if the article gives one
	pubOK        bool
	pubDone      bool
	prevStock    string            // the category of the stock the sentence before gave, "" if none
	prevCat      string            // the category of the last figure the sentence right before gave, "" if it gave none (referredBack)
	prevSent     *sentence         // the last sentence of this paragraph that told a figure (pupilResult), nil at a paragraph's start
	pupilsDrop   bool              // the sentence being read told a count of pupils' results (pupilResult)
	prevStatus   string            // and its status (breakdownOfResult)
	futureYear   int               // a later year set so: it governs planned figures only
	paraOrg      orgRef            // last subject organisation in this paragraph
	paraHolder   bool              // paraOrg was named as the holder of the paragraph's event ("do X tổ chức")
	paraSource   orgRef            // the body the paragraph opens as the source of its report ("Theo LĐLĐ tỉnh A, …": reportSource)
	paraItem     bool              // the paragraph opens an item of a roundup ("- ", ". ", "* ": itemMarked)
	itemFrom     int               // the first paragraph of the item itemBody was read for, -1 if none yet
	itemBody     orgRef            // the body that item names (itemOrg)
	paraContest  string            // the category of the contest ("hội thi", "cuộc thi") the paragraph told of, "" if none
	paraProvince string            // last province named on its own in this paragraph ("Tại Hưng Yên, …")
	paraTinh     string            // last province whose federation acted, named, in this paragraph (orgScope.tinh)
	paraCats     map[string]string // category of the paragraph's figures so far, by head noun
	kickerUnion  bool              // the kicker names a union body: the title speaks for it
	notes        []string          // what stays unresolved, for the build's warnings
	headSents    []*sentence       // kicker, title and lead, tokenized once (heads)
	title        *sentence         // the title's, if any
	paraMulti    bool              // a multi-year marker was seen in this paragraph
	paraMultiEnd int               // year the multi-year marker names, 0 if none
	paraFounding bool              // the paragraph's multi-year marker is a body's founding ("sau khi thành lập")
	awardSpanEnd int               // last year of the span the title or lead says the article's awards honour (honouredSpan), 0 if none
	pastYear     int               // the year "năm qua" names (pastYear)
	termEnd      int               // the last year of the term the article's congress opens (newTermEnd), once termDone
	termDone     bool
	nextTet      int // the year of the next Tết the article names (nextTetYear), once nextTetDone
	nextTetDone  bool
	prevParaOrg  orgRef // last subject organisation of the paragraph before
	// readPara is the paragraph being read; prevParaAdjacent is set when the
	// paragraph before it (the last with figures, whose organisation is
	// prevParaOrg) is the one right before it in the article.
	readPara         int
	prevParaAdjacent bool
	alsoPara         int               // the paragraph where the article's organisation, counted from the body, is first named with "cũng" (0: none)
	jointLead        bool              // the lead's subject is one body of several units ("LĐLĐ huyện A và B"): severalUnitsLead
	jointUnits       []orgRef          // those units, as resolved (jointUnitNamed)
	planLead         bool              // the lead announces a plan the body sets out (planIssued) or an event still to come (eventAhead)
	planYear         int               // the year whose targets the title names (planTitleYear), 0 if none
	planEnded        bool              // a sentence of the body told a result (resultSaid): planYear no longer governs
	othersGift       bool              // the sentence before gave figures only, all another body's (sentenceRecords)
	fund             orgRef            // the body whose fund the text named last ("Quỹ Mái ấm Công đoàn tỉnh A"), for "Ban quản lý Quỹ"
	restBy           orgRef            // the province's federation a sentence says hands out the rest of a gift (restHandedOn)
	restAt           int               // that sentence's offset
	othersItem       bool              // the paragraphs since an item opening "* " are another body's (otherItem)
	itemBullet       bool              // the paragraph is the summary of such an item (bulletOfItem)
	zonesMarket      bool              // the figures of the sentences before were only the zones' labour market (zonesWorkforce)
	byType           map[string]orgRef // the one organisation of each type the article names (onlyOfType)
	firms            map[string]orgRef // the union of the one firm of each kind the article names (firmOf)
	paras            []*sentence       // the paragraphs read whole, tokenized once (paraSentences)
	sharedIn         map[string]string // the province other places of the article pick among a shared name's (sharedProvince)
	takers           []orgRef          // the bodies that take a higher body's gift in or hand it out with it (takersOfGifts)
	takersDone       bool
	takerHead        bool // a taker is named in the title or lead
	sectorSystem     int8 // nationalSectorOnly, 0 until asked (underNationalSector)
	heldPara         int  // the first paragraph naming the article's body holding an event (ownHeld), once heldDone
	heldDone         bool
	group            orgRef // groupBody, once groupDone
	groupDone        bool
	mem              *sentenceMemory
	withDigit        []bool      // withDigit[i]: paragraph i has a digit, so Article reads it
	spans            [][2]int    // the sentences of the paragraph Article reads, reused from one to the next
	sents            []*sentence // and those it analyses
	lows             []string    // lows[i]: paragraph i lower-cased, once asked (lowPara)
	lowBlock         []byte      // the paragraphs readParagraph lower-cases, one after the other (never reused: lows holds them)
	paraToks         [][]token   // paraToks[i]: its tokens, once asked (paragraph) or read (readParagraph)
	paraWords        [][]string  // paraWords[i]: their words, once asked (paragraph)
	// paraTokens are the tokens of the paragraph being read (readParagraph),
	// from which analyse takes each sentence's; paraNext is the first not
	// taken yet.
	paraTokens []token
	paraNext   int
	cats       map[string]int // the category counts of the paragraph being read (categoryMap)

	// titleCat is the category the title names (titleCategory), once
	// titleCatDone.
	titleCat     string
	titleCatDone bool

	contest string // the kind of the last contest named with one (contestKind)

	// paraKind is the kind of this paragraph; paraMultiFront is set when
	// a sentence of it opens with its multi-year marker ("Trong 5 năm
	// qua, …"): the span frames what the paragraph tells. prevParaMulti
	// and prevParaMultiEnd are paraMultiFront and paraMultiEnd of the last
	// paragraph with a digit before this one that is no caption.
	paraKind         corpus.Kind
	paraMultiFront   bool
	prevParaMulti    bool
	prevParaMultiEnd int

	// review is set while a congress's review of the term that ends
	// (reviewEnd its last year) goes on over the paragraphs after the one
	// that opens it ("Trong nhiệm kỳ qua, …"), until the new term's part
	// (termReview, reviewEnds, read before each sentence and on a paragraph
	// with no digit).
	review      bool
	reviewEnd   int
	reviewPast  bool // the review is of the years just past (reviewOpening), not a congress's term: a sentence's own time phrase or year ends it too
	congress    bool // congressNews, read once
	paraCarried bool // this paragraph's multi-year span is the review's, carried
	paraPlan    bool // a sentence of this paragraph opened on a plan frame (planFrameOpens) and none has ended it since
	// otherCongress is set while the congress last named in the paragraph
	// is that of a body that is no union (congressNamed)
	otherCongress bool
	// otherPlan is set while the plan a sentence last named is that of a
	// body that is no union (othersPlanNamed): a sentence after it opening
	// on the bare "Kế hoạch" tells that plan (othersPlanOpens)
	otherPlan bool
	prevPlan  bool // the sentence before, in this paragraph, said a plan word of its own (plannedSaid) and told no result
	// planSaid is set when the sentence before, in this paragraph, gave
	// no figure and its last status cue is a plan's ("Chương trình đặt ra
	// mục tiêu …", "LĐLĐ thành phố sẽ ưu tiên …"): a sentence after it
	// opening "Theo đó, …" tells what the plan holds (planSaidBefore).
	planSaid bool
	// prevTargetEnd is the last year of a term whose target the sentence
	// before, in this paragraph, ended on (a planned multi-year figure
	// beyond the article's year), 0 if none; termTargetEnd the last such
	// year the article has told; targetAcross is set while the paragraph's
	// first sentence is read with a prevTargetEnd kept from the paragraph
	// before
	prevTargetEnd, termTargetEnd int
	targetAcross                 bool
	planBy                       orgRef // the body that sentence says holds the programme ("do X tổ chức"), if any (programmeHolder)
	// listPlan is set when the paragraph before ends with a colon after a
	// plan (colonPlan: "LĐLĐ tỉnh sẽ được phân bổ:"): the paragraphs after
	// it that open with a figure are its list's items, planned.
	listPlan  bool
	sentTotal string // the category of this sentence's total sum ("tổng kinh phí …", totalBefore), "" if none
	prevTotal string // sentTotal of the sentence before: the total a sentence opening on "Trong đó" breaks down (partOfTotal)
}

// readParagraph starts reading paragraph i: its lower case in paraLow and,
// in the same pass (lowerTokens), its tokens in paraTokens. A paragraph an
// earlier pass lower-cased (the title, the lead, paraSentences) keeps its
// lower case, and its tokens are a copy of that pass's (sentenceTokens
// moves them) or, if it made none, those of its lower case: tokenized once
// for all its sentences.
func (x *articleContext) readParagraph(i int) {
	p := x.a.Paras[i]
	x.paraStart = p.Start
	if p.Start == p.End {
		x.paraLow, x.paraTokens = "", nil
		return
	}
	if x.lows[i] != "" {
		x.paraLow = x.lows[i]
		n := len(x.mem.toks)
		if x.paraToks[i] != nil {
			x.mem.toks = append(x.mem.toks, x.paraToks[i]...)
		} else {
			x.mem.toks = appendTokens(x.mem.toks, x.paraLow)
		}
		x.paraTokens, x.paraNext = x.mem.toks[n:len(x.mem.toks):len(x.mem.toks)], 0
		return
	}
	t := x.a.Text[p.Start:p.End]
	if cap(x.lowBlock)-len(x.lowBlock) < len(t) {
		// one block for the paragraphs with a digit not lower-cased yet,
		// this one and those after it, not one per paragraph
		size := len(t)
		if x.lowBlock == nil {
			for j := i + 1; j < len(x.a.Paras); j++ {
				if x.withDigit[j] && x.lows[j] == "" {
					size += x.a.Paras[j].End - x.a.Paras[j].Start
				}
			}
		}
		x.lowBlock = make([]byte, 0, size)
	}
	low := append(x.lowBlock[len(x.lowBlock):len(x.lowBlock):cap(x.lowBlock)], t...)
	x.lowBlock = x.lowBlock[:len(x.lowBlock)+len(t)]
	n := len(x.mem.toks)
	x.mem.toks = lowerTokens(low, x.mem.toks, t)
	m := len(x.mem.toks)
	// a copy that sentenceTokens leaves as it is: a pass that reads the
	// article whole after this paragraph (paragraph) takes it rather than
	// tokenizing the paragraph again
	x.mem.toks = append(x.mem.toks, x.mem.toks[n:m]...)
	x.paraLow = unsafe.String(unsafe.SliceData(low), len(low))
	x.lows[i] = x.paraLow
	x.paraToks[i] = x.mem.toks[m:len(x.mem.toks):len(x.mem.toks)]
	x.paraTokens, x.paraNext = x.mem.toks[n:m:m], 0
}

// sentenceTokens returns the tokens of the paragraph's sentence low, at
// paraLow[lo:], and their words: the run of paraTokens that starts there,
// moved to the sentence's offsets in place. (A sentence ends before a
// space, so no token runs over its ends; sentences are read in order.)
func (x *articleContext) sentenceTokens(low string, lo int) ([]token, []string) {
	toks := x.paraTokens
	a := x.paraNext
	for a < len(toks) && int(toks[a].start) < lo {
		a++
	}
	b, hi, shift := a, int32(lo+len(low)), int32(lo)
	for ; b < len(toks) && toks[b].start < hi; b++ {
		toks[b].start -= shift
		toks[b].end -= shift
	}
	x.paraNext = b
	toks = toks[a:b:b]
	words := grow(&x.mem.words, len(toks))
	for k, t := range toks {
		words[k] = low[t.start:t.end]
	}
	return toks, words
}

// lowPara is paragraph i of the article lower-cased, worked out once for
// every pass that reads it.
func (x *articleContext) lowPara(i int) string {
	if x.lows[i] == "" {
		p := x.a.Paras[i]
		x.lows[i] = lower(x.a.Text[p.Start:p.End])
	}
	return x.lows[i]
}

// paragraph is paragraph i as a sentence of its own, lower-cased and
// tokenized once for every pass that reads it whole; each call gives a
// sentence of its own (its text, lower case and tokens are shared, and
// never written).
func (x *articleContext) paragraph(i int) *sentence {
	if x.paraToks[i] == nil {
		n := len(x.mem.toks)
		x.mem.toks = appendTokens(x.mem.toks, x.lowPara(i)) // in the article's block: readParagraph never reads a paragraph done here
		x.paraToks[i] = x.mem.toks[n:len(x.mem.toks):len(x.mem.toks)]
	}
	low := x.lowPara(i)
	if x.paraWords[i] == nil {
		// sliced out once: the passes over whole paragraphs (findOrgs) ask
		// for their words as often as analyse's rules do
		toks := x.paraToks[i]
		words := make([]string, len(toks))
		for k, t := range toks {
			words[k] = low[t.start:t.end]
		}
		x.paraWords[i] = words
	}
	p := x.a.Paras[i]
	s := x.mem.sentence() // in the article's block, like the sentences analyse reads
	*s = sentence{text: x.a.Text[p.Start:p.End], low: low, toks: x.paraToks[i], words: x.paraWords[i], year: x.year}
	return s
}

// headSentence is h, the kicker, the title or the lead, as a sentence of
// its own: the paragraph's (paragraph) when h is the title's or the lead's.
func (x *articleContext) headSentence(h string) *sentence {
	for i, p := range x.a.Paras {
		if (p.Kind == corpus.KindTitle || p.Kind == corpus.KindLead) && x.a.Text[p.Start:p.End] == h {
			return x.paragraph(i)
		}
	}
	s := &sentence{text: h, low: lower(h), year: x.year}
	s.toks = tokenize(s.low)
	return s
}

// sentenceMemory holds the tokens and cue slices of an article's sentences
// in a few large blocks rather than several small ones per sentence. When a
// block is full, append moves on to a larger copy; the sentences given
// slices of the old one keep it, so every sentence's slices stay valid.
type sentenceMemory struct {
	sents    []sentence
	toks     []token
	words    []string
	cues     []uint16
	cueEnd   []int32
	covered  []bool
	records  []Record // the article's records as Article finds them
	mentions []mention
	years    []yearMention
	ints     []int    // the sentences' lists of union, actor and off-topic tokens (cueScan)
	scratch  [3][]int // those lists while cueScan gathers them
}

// memPool holds the blocks of articles done with, for the next: an
// article's sentences, the only holders of their slices, are dropped when
// Article returns.
var memPool = sync.Pool{New: func() any { return new(sentenceMemory) }}

// newSentenceMemory returns empty blocks from memPool, sized for the
// paragraphs of a that Article reads: those withDigit.
func newSentenceMemory(a *corpus.Article, withDigit []bool) *sentenceMemory {
	size := 0
	for i, p := range a.Paras {
		if withDigit[i] {
			size += p.End - p.Start
		}
	}
	n := size/5 + 16 // at most about one token every five bytes: growing a block costs more than a spare tail
	m := memPool.Get().(*sentenceMemory)
	if cap(m.toks) < n {
		*m = sentenceMemory{
			toks:     make([]token, 0, n),
			words:    make([]string, 0, n),
			cues:     make([]uint16, 0, n),
			cueEnd:   make([]int32, 0, n),
			covered:  make([]bool, 0, n),
			records:  m.records,
			sents:    m.sents,
			mentions: m.mentions,
		}
	}
	m.toks, m.words, m.cues, m.cueEnd, m.covered = m.toks[:0], m.words[:0], m.cues[:0], m.cueEnd[:0], m.covered[:0]
	return m
}

// sentence returns a new zero sentence from m's block.
func (m *sentenceMemory) sentence() *sentence {
	if len(m.sents) == cap(m.sents) {
		m.sents = make([]sentence, 0, max(2*cap(m.sents), 64)) // the sentences given out keep the old block
	}
	m.sents = m.sents[:len(m.sents)+1]
	return &m.sents[len(m.sents)-1]
}

// release empties m's blocks of strings and pointers, so that the pool
// keeps none of the article's, and puts m back in memPool.
func (m *sentenceMemory) release() {
	clear(m.records)
	clear(m.words)
	clear(m.sents)
	clear(m.mentions)
	m.records, m.words, m.sents, m.mentions, m.ints, m.years = m.records[:0], m.words[:0], m.sents[:0], m.mentions[:0], m.ints[:0], m.years[:0]
	memPool.Put(m)
}

// orgs is findOrgs(s, sc), in m's block of mentions (nil if none).
func (m *sentenceMemory) orgs(s *sentence, sc orgScope) []mention {
	n := len(m.mentions)
	ms := appendOrgs(m.mentions, s, sc)
	if len(ms) == 0 {
		return nil
	}
	m.mentions = append(m.mentions[:n], ms...) // in place, unless the block had to grow
	return m.mentions[n:len(m.mentions):len(m.mentions)]
}

// findYears is findYears(s, articleYear, past), in m's block of years (nil
// if none).
func (m *sentenceMemory) findYears(s *sentence, articleYear, past int) []yearMention {
	n := len(m.years)
	if m.years = appendYears(m.years, s, articleYear, past); len(m.years) == n {
		return nil
	}
	return m.years[n:len(m.years):len(m.years)]
}

// keepInts copies list, gathered in m.scratch[i], into m's block of ints
// (nil if empty) and gives the scratch its room back.
func (m *sentenceMemory) keepInts(i int, list []int) []int {
	m.scratch[i] = list[:0]
	if len(list) == 0 {
		return nil
	}
	n := len(m.ints)
	m.ints = append(m.ints, list...) // in place, unless the block had to grow
	return m.ints[n:len(m.ints):len(m.ints)]
}

// cueSlices returns zeroed cues, cueEnd and covered slices of n tokens.
func (m *sentenceMemory) cueSlices(n int) ([]uint16, []int32, []bool) {
	return grow(&m.cues, n), grow(&m.cueEnd, n), grow(&m.covered, n)
}

// grow extends *block by n zero values and returns them, capped.
func grow[T any](block *[]T, n int) []T {
	start := len(*block)
	*block = append(*block, make([]T, n)...)
	return (*block)[start : start+n : start+n]
}

func newArticleContext(a *corpus.Article) *articleContext {
	x := &articleContext{a: a, itemFrom: -1, paraCats: map[string]string{}, withDigit: make([]bool, len(a.Paras)),
		lows: make([]string, len(a.Paras)), paraToks: make([][]token, len(a.Paras)), paraWords: make([][]string, len(a.Paras))}
	for i, p := range a.Paras {
		x.withDigit[i] = hasDigit(a.Text[p.Start:p.End])
	}
	x.mem = newSentenceMemory(a, x.withDigit)
	year, named, reviewed := articleYear(a, x.paragraph)
	x.year = year
	x.pastYear = pastYear(a, year, named, reviewed)
	x.kickerUnion = unionBodyIn(a.Kicker)
	x.scope = orgScope{year: x.year, era: eraOf(a.Published, x.year), eitherMap: eraUnsure(a.Published, x.year), city: paperCity(a.URL)}
	x.scope.ofTinh = sync.OnceValue(func() bool { return slices.ContainsFunc(x.paraSentences(), provincialBody) })
	x.scope.province = x.articleProvince()
	x.org = x.articleOrg()
	if l := x.lead(); l != nil {
		x.jointLead, x.jointUnits = severalUnitsLead(l, x.scope)
		// "Ngày 24-2, LĐLĐ TP đã tổ chức đoàn thăm … ¶ Đầu năm, Ban
		// Thường vụ có kế hoạch thăm, tặng quà …": a headline that tells
		// what was done makes the article a report of it, and the plan its
		// lead recalls frames nothing after it
		x.planLead = (planIssued(l) || eventAhead(l) && (x.title == nil || !doneMarked(x.title))) && !doneReport(x.title, l)
	}
	if !x.jointLead && x.a.Headless && x.title != nil {
		// a page cut below its headline opens on a sentence of prose in
		// the title's place ("(GLO)- …, LĐLĐ huyện A và B vừa bàn giao
		// …"): the article's opening, whose several units the paragraphs
		// after it take one by one, as a lead's
		x.jointLead, x.jointUnits = severalUnitsLead(x.title, x.scope)
	}
	x.planYear = x.planTitleYear()
	x.congress = congressNews(a)
	return x
}

// otherItem reports an item of a roundup ("* Cùng ngày, Hội Bảo trợ … phối
// hợp với Ngân hàng A tặng quà …") whose subject is a body that is not a
// union, in its first words, and which names no union: the figures of the
// item's paragraphs that name no union acting are that body's.
// The subject may follow the item's opener of time and place, up to its
// comma, in its first sentence: "* Sáng 7-8, tại hội trường A (TP B), Hội
// Khuyến học tỉnh đã trao …".
func otherItem(text string) bool {
	s := signalled(text)
	if s.unionWord || len(s.actorToks) == 0 {
		return false
	}
	a := s.actorToks[0]
	if a < 8 {
		return true
	}
	if a > 30 || s.word(a-1) != "," {
		return false
	}
	open := s.low[:s.toks[a].start]
	return !strings.Contains(open, ". ") && !strings.ContainsAny(open, ";:")
}

// bulletOfItem reports a paragraph of the items' summary at the top of a
// roundup ("* Trao 40 suất quà cho học sinh nghèo."): an opening "* ", no
// body named, whose figures all stand again in a later item that another
// body acts in (otherItem): the summary of that item, whose figures are
// that body's.
func bulletOfItem(a *corpus.Article, pi int) bool {
	text := a.Text[a.Paras[pi].Start:a.Paras[pi].End]
	s := signalled(text)
	if s.unionWord || len(s.actorToks) > 0 {
		return false
	}
	var nums []string
	for _, tk := range s.toks {
		if tk.kind == tokNumber {
			nums = append(nums, s.low[tk.start:tk.end])
		}
	}
	if len(nums) == 0 {
		return false
	}
	for _, p := range a.Paras[pi+1:] {
		later := a.Text[p.Start:p.End]
		if !strings.HasPrefix(later, "*") || !otherItem(later) {
			continue
		}
		ls := signalled(later)
		if !slices.ContainsFunc(nums, func(n string) bool {
			return !slices.ContainsFunc(ls.toks, func(tk token) bool { return tk.kind == tokNumber && ls.low[tk.start:tk.end] == n })
		}) {
			return true
		}
	}
	return false
}

func (x *articleContext) startParagraph(kind corpus.Kind, pi int) {
	x.prevParaAdjacent = pi == x.readPara+1
	x.prevSent, x.pupilsDrop = nil, false
	x.readPara = pi
	if x.paraKind != corpus.KindCaption {
		x.prevParaMulti, x.prevParaMultiEnd = x.paraMultiFront, x.paraMultiEnd
	}
	x.paraMultiFront = false
	x.paraKind = kind
	x.othersGift = false
	x.prevParaOrg = x.paraOrg
	x.paraOrg = orgRef{}
	x.paraHolder = false
	x.paraSource = orgRef{}
	x.paraItem = itemMarked(x.a.Text[x.a.Paras[pi].Start:x.a.Paras[pi].End])
	x.paraContest = ""
	x.paraProvince = ""
	x.paraTinh = ""
	clear(x.paraCats)
	x.paraMulti = false
	x.paraMultiEnd = 0
	x.paraFounding = false
	x.paraCarried = false
	x.paraPlan = false
	x.prevPlan = false
	x.planSaid = false
	if !x.prevParaAdjacent {
		// a term's target that ended the paragraph right before goes on
		// into this one only when it opens on a word of adding
		// (asideOpens: "… phấn đấu kết nạp 900 đoàn viên. ¶ Đồng thời,
		// mỗi CĐCS giới thiệu ít nhất 2 đoàn viên ưu tú …")
		x.prevTargetEnd = 0
	}
	x.targetAcross = x.prevTargetEnd != 0
	x.otherCongress = false
	if x.listPlan {
		// "LĐLĐ tỉnh sẽ được phân bổ: ¶ 150 vé máy bay … ¶ 600 vé tàu …":
		// each item of the list under the plan is planned; a paragraph
		// that opens otherwise ends the list
		x.listPlan = listItemOpens(x.a.Text[x.a.Paras[pi].Start:x.a.Paras[pi].End])
		x.paraPlan = x.listPlan
	}
	if x.review && (kind == corpus.KindBody || kind == corpus.KindLead && x.a.Headless && x.reviewPast) {
		// (a page cut below its headline may open its review in the
		// title's place, the lead after it going on: proseAt)
		x.paraMulti, x.paraMultiEnd, x.paraCarried = true, x.reviewEnd, true // the congress's review of the term goes on
	}
}

// cutOff reports whether the sentence is the last one of a text that was
// cut off mid-sentence: such a sentence yields nothing.
func (x *articleContext) cutOff(pi, si, n int, se [2]int) bool {
	if pi != len(x.a.Paras)-1 || si != n-1 || x.a.Paras[pi].Kind == corpus.KindTitle {
		return false
	}
	t := strings.TrimRight(x.a.Text[se[0]:se[1]], " ")
	r, size := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune("\"”»'’", r) {
		// a closing quote ends the text only after a full stop: "… và
		// 2.400 suất quà “0”" was cut off
		r, _ = utf8.DecodeLastRuneInString(strings.TrimRight(t[:len(t)-size], " "))
	}
	if strings.ContainsRune(".!?…)", r) {
		return false
	}
	// a text that stops after a word no Vietnamese sentence ends on ("…
	// trao 20 suất quà cho") was cut off on a word boundary, caption or not
	w := t[strings.LastIndexByte(t, ' ')+1:]
	if inList("open-end", lower(w)) || wordFragment(w) {
		return true
	}
	if x.a.BlankAfter || x.a.LinesAfter {
		// "… cho 10 tập thể, 14 cá nhân có thành tích năm học 2023-2024⏎⏎ ⏎⏎": a
		// blank line follows the last sentence, so the page went on below
		// it, and an excerpt cut at its length did not cut it; so does a
		// line below it that the cleaning dropped ("… trích từ quỹ của
		// công đoàn⏎⏎Minh Anh": the author's signature)
		return false
	}
	return !x.caption(pi, n, t)
}

// wordFragment reports a last word w that no Vietnamese syllable is: letters
// in lower case with no vowel ("… công nhân khó kh", "… cho đoàn v") or
// ending on â or ă ("… đã tặng 25 phầ"), what a text cut off inside a word
// leaves. An abbreviation in capitals ("CNVCLĐ") is a whole word.
func wordFragment(w string) bool {
	if w == "" {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(w); strings.ContainsRune(openVowels, r) && lowerWord(w) {
		return true // "… cũng đã tặng 25 phầ": â and ă never end a syllable
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
		if vowel(r) {
			return false
		}
	}
	return true
}

// openVowels are the vowels â and ă under every tone mark: a Vietnamese
// syllable never ends on them ("phần", "tặng", "cây", "câu", never "phầ").
const openVowels = "âầấẩẫậăằắẳẵặ"

// lowerWord reports a word all of whose letters are lower case.
func lowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// vowel reports a Vietnamese vowel letter, with or without its marks.
func vowel(r rune) bool {
	if r < utf8.RuneSelf {
		return strings.ContainsRune("aeiouy", r)
	}
	return unicode.IsLower(r) && r != 'đ'
}

// captionWords is how many words a photo's caption may take.
const captionWords = 40

// caption reports a last paragraph t of one sentence without a full stop
// that follows a paragraph ending with one, and that ends on a word and
// gives or visits ("Lãnh đạo LĐLĐ tỉnh thăm và trao 3 triệu đồng hỗ trợ gia
// đình anh B"): a photo's caption under the text, not a sentence cut off.
// It may also follow another such caption without a full stop (the page
// writes its captions so, and the one before was not cut, for a line
// follows it), when it ends on a name (captionNameEnd: "… nhận giấy khen của
// LĐLĐ Quận 5"): the last of a run of captions.
func (x *articleContext) caption(pi, n int, t string) bool {
	if n != 1 || pi == 0 {
		return false
	}
	prev := x.a.Paras[pi-1]
	before := strings.TrimRight(x.a.Text[prev.Start:prev.End], " ")
	run := false
	if r, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?…", r) {
		if run = captionLine(before); !run {
			return false
		}
	}
	if x.barCaptions(pi) {
		return false
	}
	if run {
		return captionNameEnd(t) && captionLine(t)
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r) && captionLine(t)
}

// captionLine reports a line t that ends on a word, takes at most
// captionWords words and names a giving word (words.tsv gives): what a
// photo's caption says.
func captionLine(t string) bool {
	if r, _ := utf8.DecodeLastRuneInString(t); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	s := signalled(t)
	if len(s.toks) > captionWords {
		return false
	}
	for i := range s.toks {
		if inList("gives", s.word(i)) {
			return true
		}
	}
	return false
}

// captionNameEnd reports a line t that ends on a name: a capitalised word, or a
// number of at most two digits, right after a capitalised word ("… của
// LĐLĐ Quận 5", "… của Công đoàn Thành phố"). A caption cut off mid-word
// ends on lower case ("… đồng tiê").
func captionNameEnd(t string) bool {
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return false
	}
	last := t[i+1:]
	r, _ := utf8.DecodeRuneInString(last)
	switch {
	case unicode.IsDigit(r):
		if len(last) > 2 || strings.TrimLeft(last, "0123456789") != "" {
			return false
		}
	case !unicode.IsUpper(r) || utf8.RuneCountInString(last) < 2:
		return false
	}
	w := t[strings.LastIndexByte(t[:i], ' ')+1 : i]
	r, _ = utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// barCaptions reports a paragraph before paragraph pi that ends with a
// table's bar ("Ban tổ chức trao giải cho các đơn vị. |"): the scraper
// marks the page's captions so, and a last line without the bar is the
// text's own sentence, cut off, not a caption.
func (x *articleContext) barCaptions(pi int) bool {
	for _, p := range x.a.Paras[:pi] {
		if strings.HasSuffix(strings.TrimRight(x.a.Text[p.Start:p.End], " "), "|") {
			return true
		}
	}
	return false
}

// sentenceCue is a cue that bears on a number of its sentence: any but the
// relevance signals, which signal reads on their own.
func sentenceCue(c *cue) bool { return c.bears }

func (x *articleContext) analyse(para, start, end int) *sentence {
	s := x.cueScan(para, start, end)
	if x.a.Paras[para].Kind == corpus.KindTitle && x.kickerUnion {
		s.unionWord, s.headed = true, true // "Liên đoàn Lao động quận X" above a title speaks for it
	}
	s.years = x.mem.findYears(s, x.year, x.pastYear)
	sc := x.scope
	if x.paraProvince != "" {
		sc.province = x.paraProvince
	}
	sc.tinh = x.paraTinh
	s.mentions = x.mem.orgs(s, sc)
	for _, m := range s.mentions {
		if !m.object && m.org.typ == "tỉnh" && provinceFederation(m.org) && unionBody(s, m.tok) > 0 && capitalAt(s, m.end-1) {
			x.paraTinh = m.org.name // "- LĐLĐ tỉnh A quyết định …. LĐLĐ tỉnh đã …": A's
		}
	}
	if breakdown(s) {
		for i := range s.mentions {
			if typ, _ := typeWordAt(s, s.mentions[i].tok); typ != "" {
				s.mentions[i].object = true
			}
		}
	}
	return s
}

// cueScan tokenizes a sentence of the paragraph read last (readParagraph)
// and finds its cues and relevance signals: the part of analyse that the
// kind of a contest needs (quietContest).
func (x *articleContext) cueScan(para, start, end int) *sentence {
	s := x.mem.sentence()
	*s = sentence{para: para, start: start, end: end, text: x.a.Text[start:end], low: x.paraLow[start-x.paraStart : end-x.paraStart], year: x.year}
	s.toks, s.words = x.sentenceTokens(s.low, start-x.paraStart)
	s.cues, s.cueEnd, s.covered = x.mem.cueSlices(len(s.toks))
	// signal appends to these: in the scratch lists, kept in the block after
	sc := &x.mem.scratch
	s.unionToks, s.actorToks, s.offtopic = sc[0][:0], sc[1][:0], sc[2][:0]
	reach, relReach := 0, 0
	for i := range s.toks {
		s.covered[i] = i < reach
		if s.toks[i].kind == tokNumber {
			continue
		}
		c, k, rel, relEnd := longestCues(s, i, nil) // nil: sentenceCue, tested inline at each node
		if c != nil {
			s.cues[i], s.cueEnd[i] = c.id, int32(k)
			reach = max(reach, k)
			s.periods = s.periods || c.period != ""
			s.contests = s.contests || c.category == "training" || c.category == "culture"
		}
		if rel != nil && i >= relReach && s.toks[i].kind == tokWord && s.signal(i, relEnd, rel) {
			relReach = relEnd
		}
	}
	s.unionToks, s.actorToks, s.offtopic = x.mem.keepInts(0, s.unionToks), x.mem.keepInts(1, s.actorToks), x.mem.keepInts(2, s.offtopic)
	if k := topicList(s); k > 0 {
		for i := k; i < len(s.toks); i++ {
			s.covered[i] = true // the topics listed are no cue of the figure's kind
		}
	}
	return s
}

// topicList is the token after a colon that opens a list of topics, a
// words.tsv topic-noun right before it ("… 22 ý kiến tập trung vào các
// lĩnh vực: môi trường; thi đua - khen thưởng; tiền lương"), 0 if the
// sentence has none: the list runs to the sentence's end and tells what
// was talked about, not what the figure counts.
func topicList(s *sentence) int {
	if strings.IndexByte(s.low, ':') < 0 {
		return 0 // no colon: said without reading the tokens
	}
	for k := 1; k < len(s.toks); k++ {
		if s.word(k) != ":" {
			continue
		}
		for _, p := range lex.ordered["topic-noun"] {
			if s.phraseBefore(k, p) {
				return k + 1
			}
		}
	}
	return 0
}

// breakdown reports a sentence that opens with "Trong đó" and gives no
// one anything: it breaks a figure before down by the places its people
// come from ("Trong đó thành phố A có 8 em, huyện B và C mỗi nơi 2 em,
// huyện D 4 em"). Its places are where, not who: neither a local
// government acting nor the organisation of the figures, which stays the
// one that gave the whole.
func breakdown(s *sentence) bool {
	if s.word(0) != "trong" || s.word(1) != "đó" {
		return false
	}
	for i := range s.toks {
		if inList("gives", s.word(i)) {
			return false
		}
	}
	return true
}

// yearlyOpens reports a sentence opening on "Hằng năm", "Hàng năm" or
// "Mỗi năm".
func yearlyOpens(s *sentence) bool {
	w0 := s.word(0)
	return (w0 == "hằng" || w0 == "hàng" || w0 == "mỗi") && inList("per-period", s.word(1))
}

// asideOpens reports a sentence opening on "Bên cạnh đó", "Ngoài ra",
// "Đồng thời" or "Cùng với đó": it adds to what the sentence before told.
func asideOpens(s *sentence) bool {
	w0, w1 := s.word(0), s.word(1)
	return w0 == "bên" && w1 == "cạnh" && s.word(2) == "đó" || w0 == "ngoài" && w1 == "ra" ||
		w0 == "đồng" && w1 == "thời" && s.word(2) == "," || w0 == "cùng" && w1 == "với" && s.word(2) == "đó"
}

// heldOn is the year of the date an event "diễn ra" on, told in its
// clause ("Đại hội … đã diễn ra từ ngày 20 - 24/10/1977", "diễn ra
// tháng 5/1983", "diễn ra vào năm 1983"), 0 if s tells none.
func heldOn(s *sentence) int {
	if !containsRare(s.low, "diễn") {
		return 0 // no token "diễn": said without reading the tokens
	}
	for k := 0; k+1 < len(s.toks); k++ {
		if s.word(k) != "diễn" || s.word(k+1) != "ra" {
			continue
		}
		for j := k + 2; j < len(s.toks) && j <= k+heldOnSpan; j++ {
			if w := s.word(j); isClauseMark(w) || w == "," {
				break
			}
			if y := yearValue(s, j); y != 0 && !isDash(s.word(j+1)) {
				return y
			}
		}
	}
	return 0
}

// heldOnSpan is how many tokens after "diễn ra" the date of the event may
// end.
const heldOnSpan = 8

// beforeSentence updates what governs a sentence from its opening: "Hiện
// nay, …" speaks of the present, whatever year a sentence before it set
// ("Khi mới thành lập năm 2001, … Hiện nay, … quản lý 210 CĐCS").
func (x *articleContext) beforeSentence(s *sentence) {
	w0, w1 := s.word(0), s.word(1)
	switch {
	case w0 == "hiện" && (w1 == "nay" || w1 == "tại" || w1 == "có" || w1 == "đang" || w1 == "quản"),
		w0 == "đến" && w1 == "nay",
		w0 == "tính" && w1 == "đến" && s.word(2) == "nay":
		x.govYear = 0
	}
	if x.paraPlan && planFrameEnds(s) {
		x.paraPlan = false
	}
	s.planFrame = x.paraPlan || x.prevPlan && opensOnThis(s) && !planFrameEnds(s)
	across := x.targetAcross
	x.targetAcross = false
	if x.prevTargetEnd != 0 && (asideOpens(s) || !across && (plannedSaid(s) || yearlyOpens(s))) && !planFrameEnds(s) && !wordWithin(s, "đã", 0, len(s.toks)) && len(s.years) == 0 {
		// "… phấn đấu đến năm 2028, 90% doanh nghiệp có CĐCS. Bên cạnh
		// đó, 90% CĐCS tổ chức hội nghị người lao động.", "Đến năm 2028,
		// … kết nạp 9.500 đoàn viên. Phấn đấu 75% doanh nghiệp … .
		// Hằng năm, Liên đoàn Lao động quận tổ chức 2 - 3 hội thi": the list of the
		// term's targets goes on in its paragraph, in a sentence adding
		// to it, saying a plan word of its own or what is to be done each
		// year, until a result is told ("Đại hội bầu 45 đồng chí …" says
		// none of these and tells what the congress did); past the
		// paragraph's end only a sentence adding to it goes on ("Hằng năm
		// Công đoàn phường trao 320 suất quà", a paragraph of its own,
		// tells what is done)
		s.planFrame, s.targetEnd = true, x.prevTargetEnd
	}
	if p := x.a.Paras[s.para]; x.termTargetEnd != 0 && len(s.years) == 0 && (p.Kind == corpus.KindCaption || corpus.PhotoTitle(x.a.Text[p.Start:p.End]) != "") {
		// "Phấn đấu kết nạp mới 24.000 đoàn viên - Ảnh 1." under the
		// term's targets: a target of that term
		s.targetEnd = x.termTargetEnd
	}
	if x.planSaid && s.word(0) == "theo" && s.word(1) == "đó" {
		s.planFrame = true
		if x.planBy.name != "" {
			x.paraOrg, x.paraHolder = x.planBy, true // "Chương trình do Tổng LĐLĐ tổ chức, đặt ra mục tiêu …. Theo đó, cả nước đóng góp …": the holder's target
		}
	}
	if x.planSaid && x.planBy.name != "" && s.word(0) == "dự" && s.word(1) == "kiến" && s.word(2) == "," {
		// "LĐLĐ thành phố A đã công bố kế hoạch chăm lo Tết. Dự kiến,
		// khoảng 30.000 người lao động sẽ được hỗ trợ": the plan's
		// estimate, its author's, not the article's national body's
		x.paraOrg, x.paraHolder = x.planBy, true
	}
	if x.review && (reviewEnds(s.low) || x.reviewPast && (timeOpens(s) || governingYear(s) != 0)) {
		// "Bước vào nhiệm kỳ 2025 – 2030, …", "Dịp này, …": the new
		// term's part, or the congress itself, after the term's review
		x.review = false
		if x.paraCarried {
			x.paraMulti, x.paraMultiEnd, x.paraCarried = false, 0, false
		}
	}
	if !x.paraMulti && x.prevParaMulti && (resultOpens(s) || partOpens(s) || backRefOpens(s)) && s.start <= x.a.Paras[s.para].Start+3 && len(s.years) == 0 {
		// "Suốt nhiệm kỳ, LĐLĐ huyện phát động nhiều phong trào thi đua … ¶
		// Qua phát động, trên 7.000 sáng kiến …": the results of what the
		// paragraph before told over its span
		x.paraMulti, x.paraMultiEnd = true, x.prevParaMultiEnd
	}
}

// termReview reports a sentence of a congress's article (congressNews:
// its title or lead names a congress) whose multi-year marker at token k is the term that ends
// ("nhiệm kỳ qua", with no year; "nhiệm kỳ 2020 – 2025" ending by the
// article's year):
// the review of that term, which the paragraphs after it go on telling.
func (x *articleContext) termReview(s *sentence, k, end int) bool {
	if s.word(k) != "nhiệm" || end > x.year || x.a.Paras[s.para].Kind == corpus.KindCaption {
		return false
	}
	return x.congress
}

// reviewOpeningWords is how many tokens may stand before the marker of a
// review that opens its sentence ("Theo đó, trong 5 năm qua, …": five).
const reviewOpeningWords = 6

// reviewOpening reports a multi-year marker at token k that opens a review
// of the years just past in any article's prose (proseAt): a span with no year of its
// own ending in "qua" ("5 năm qua", "nhiệm kỳ qua", "nhiệm kỳ vừa qua")
// at the front of its sentence, at most a connective and its comma before
// it ("Trong 5 năm qua, các cấp công đoàn đã phát động …", "Theo đó, trong
// 5 năm qua, …"), in a sentence that names a union body or activity (not
// a member's story: "Nhiều năm qua, gia đình chị sống trong căn nhà tạm").
// Like a congress's review of its term (termReview), the
// paragraphs after it tell its results ("Với nội dung phong phú, các phong
// trào … đạt 2.000 sáng kiến") until a year or a time phrase of their own
// (timeOpens), the aims ahead or the occasion (reviewEnds).
func reviewOpening(s *sentence, k, end int, prose bool) bool {
	if end != 0 || !prose || k > reviewOpeningWords || s.word(int(s.cueEnd[k])-1) != "qua" || !s.unionWord && len(s.unionToks) == 0 {
		return false
	}
	commas := 0
	for j := range k {
		switch w := s.word(j); {
		case w == ",":
			commas++
		case isClauseMark(w) || w == ":":
			return false
		}
	}
	return commas <= 1
}

// proseAt reports paragraph i as prose that may open a review: the lead,
// a body paragraph, or the sentence of prose a page cut below its
// headline opens on in the title's place (corpus.Article.Headless).
func (x *articleContext) proseAt(i int) bool {
	switch x.a.Paras[i].Kind {
	case corpus.KindLead, corpus.KindBody:
		return true
	case corpus.KindTitle:
		return x.a.Headless
	}
	return false
}

// timeOpens reports a sentence that opens on a time phrase of its own
// ("Năm …", "Tháng …", "Tính đến …", "Từ đầu năm …", "Hiện nay, …",
// "Trong năm …", "Trong dịp …"), which ends a review of the years past
// (reviewOpening). "Trong đó, …" and "Trong nhiệm kỳ, …" do not.
func timeOpens(s *sentence) bool {
	switch s.word(0) {
	case "năm", "tháng", "quý", "ngày", "tính", "từ", "đến", "hiện", "riêng", "sáng", "chiều", "tối", "đầu", "cuối":
		return true
	case "trong":
		switch s.word(1) {
		case "năm", "tháng", "quý", "dịp", "đợt", "thời":
			return true
		}
	}
	return false
}

// reviewEnds reports a sentence or paragraph (lower-cased) that turns from
// the review of a term to the new one or its aims (words.tsv review-end:
// "bước vào", "nhiệm kỳ tới", "phương hướng").
func reviewEnds(low string) bool {
	for _, p := range lex.ordered["review-end"] {
		if strings.Contains(low, p) && (p != "đại hội" || !onlyAttended(low)) {
			return true
		}
	}
	return false
}

// onlyAttended reports a text (lower-cased) that names "đại hội" only as
// the event people attend ("Lãnh đạo Tổng Liên đoàn dự đại hội", a
// photo's caption): no turn of the text to the congress's own business.
func onlyAttended(low string) bool {
	for i := strings.Index(low, "đại hội"); i >= 0; {
		if !strings.HasSuffix(low[:i], "dự ") {
			return false
		}
		j := strings.Index(low[i+1:], "đại hội")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return true
}

// reviewOpens reports a paragraph (lower-cased) that speaks of the term
// that ends, with no year (words.tsv review-open: "nhiệm kỳ qua"), and
// not of the new one (reviewEnds).
func reviewOpens(low string) bool {
	for _, p := range lex.ordered["review-open"] {
		if strings.Contains(low, p) {
			return !reviewEnds(low)
		}
	}
	return false
}

// congressNews reports an article on a congress: its title or its lead
// names one ("Đại hội").
func congressNews(a *corpus.Article) bool {
	if strings.Contains(lower(a.Title), "đại hội") {
		return true
	}
	for _, p := range a.Paras {
		if p.Kind == corpus.KindLead {
			return strings.Contains(lower(a.Text[p.Start:p.End]), "đại hội")
		}
	}
	return false
}

// contestNamed reports a sentence that names a contest ("hội thi", "cuộc
// thi").
func contestNamed(s *sentence) bool {
	for k := 1; k < len(s.toks); k++ {
		if s.word(k) == "thi" { // the rarer word first: one comparison for most tokens
			if w := s.word(k - 1); w == "hội" || w == "cuộc" {
				return true
			}
		}
	}
	return false
}

// reportedFront reports a multi-year marker at token k that opens the
// clause a speaker's "cho biết" or "cho hay" reports ("Chủ tịch LĐLĐ tỉnh
// cho biết trong nhiệm kỳ qua, …"): the span frames what is reported, as
// a marker opening the sentence does.
func reportedFront(s *sentence, k int) bool {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		switch w := s.word(j); {
		case w == "," || isClauseMark(w):
			return false
		case (w == "biết" || w == "hay") && s.word(j-1) == "cho":
			return true
		}
	}
	return false
}

// resultOpens reports a sentence that opens with a phrase of result
// (result-of in words.tsv: "Qua đó", "Qua phát động", "Nhờ đó") and a comma:
// it tells what came of what the sentence before told.
func resultOpens(s *sentence) bool { return opensWith(s, "result-of") }

// backRefOpensWords is how many words a noun phrase that refers back
// ("Các sáng kiến này") has at most.
const backRefOpensWords = 5

// backRefOpens reports a sentence that opens on a noun phrase referring
// back to what the paragraph before told: "các" or "những", a few words
// and "này" ("Các sáng kiến này làm lợi 120 tỷ đồng" after "Giai đoạn
// 2019 – 2023 có 4.000 sáng kiến"): the same things, over the same span.
func backRefOpens(s *sentence) bool {
	if w := s.word(0); w != "các" && w != "những" {
		return false
	}
	for k := 2; k <= backRefOpensWords && k < len(s.toks); k++ {
		if s.word(k) == "này" {
			return wordsOnly(s, 1, k)
		}
	}
	return false
}

// partOpens reports a sentence that opens with a phrase that breaks down
// a figure told before (breaks-down in words.tsv: "Trong đó", "Cụ thể") and a
// comma.
func partOpens(s *sentence) bool { return opensWith(s, "breaks-down") }

// opensWith reports a sentence that opens with a phrase of the words.tsv
// list and a comma.
func opensWith(s *sentence, list string) bool {
	for _, p := range lex.ordered[list] {
		if n := strings.Count(p, " ") + 1; s.word(n) == "," && s.phraseBefore(n, p) {
			return true
		}
	}
	return false
}

// afterSentence updates what governs the following sentences.
func (x *articleContext) afterSentence(s *sentence) {
	// "Các CĐCS sẽ lựa chọn thi viết hoặc sân khấu hóa. Cả 2 hình thức này
	// đều có phần thực hành": the sentence after a plan that points back to
	// it (opensOnThis), with no status word of its own, tells the plan on
	x.prevPlan = plannedSaid(s) && !planFrameEnds(s)
	x.otherPlan = othersPlanNamed(s) || x.otherPlan && othersPlanOpens(s)
	if containsRare(s.low, "đại hội") {
		if other, named := congressNamed(s); named {
			x.otherCongress = other
		}
	}
	x.planSaid, x.planBy = x.sentRecords == 0 && statusCue(s, len(s.toks)) == StatusPlanned, orgRef{}
	if x.planSaid {
		x.planBy = programmeHolder(s)
		if x.planBy.name == "" {
			x.planBy = planAuthor(s)
		}
	}
	if planFrameOpens(s) {
		x.paraPlan = true // "Nhiệm kỳ tới, LĐLĐ huyện phấn đấu …. 85% đoàn viên được tập huấn …": the list of targets goes on
	}
	if x.planYear != 0 && !x.planEnded && x.a.Paras[s.para].Kind != corpus.KindTitle && resultSaid(s) {
		x.planEnded = true // "Năm qua, LĐLĐ tỉnh đã …": the list of targets has ended
	}
	x.paraHolder = x.paraHolder && !slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object })
	if o, ok := reportSource(s); ok && s.start == x.a.Paras[s.para].Start {
		x.paraSource = o
	}
	fronted := placeFronted(s)
	for i, m := range s.mentions {
		if m.tok < fronted {
			continue // "Tại xã A, đoàn tặng …": where the delegation gave, not who goes on (actorFor)
		}
		if x.giverAbove(s, i) {
			// "LĐLĐ Thành phố trao 250 suất quà cho đoàn viên huyện A. Mỗi
			// suất trị giá …" in A's article: the funder is not who the
			// figures are about (the contract), so the sentences after it
			// go on with the body that hands the gift out, as its own did
			x.paraOrg = x.org
			continue
		}
		if !m.object && !m.org.back && !seatOfActor(s, m) && !followingPartner(m) && !partnerBelow(s, i) && !venueAfterActor(s, i) {
			x.paraOrg = x.listLead(s, i) // "LĐLĐ tỉnh và Công đoàn các KCN tỉnh A đã trao …": the federation leads on
		}
		if m.object && !m.org.back && m.org.name != "" && possessiveActs(s, m) {
			x.paraOrg = m.org // "\"Chuyến xe …\" của LĐLĐ quận A đã trao 40 phần quà …. Quà gồm …": A goes on
		}
		if o := typeNamedBefore(s, i); !m.object && m.org.back && o.name != "" {
			x.paraOrg = o // "Tại … TP HCM, Tổng LĐLĐ phối hợp với LĐLĐ TP tổ chức …"
		} else if !m.object && m.org.back && m.org.typ != firmType {
			if o := x.backTo(m.org.typ); o.name != "" {
				x.paraOrg = o // "LĐLĐ huyện đã biểu dương 40 cán bộ …. Đặc biệt, 12 cán bộ …": the district goes on
			}
		}
		if !m.object && m.org.typ == firmType && !affiliated(s, m) {
			if o := x.firmBefore(s, m.tok, m.org.name); o.name != "" {
				x.paraOrg = o
			} else if o := x.firmOf(m.org.name); o.name != "" {
				x.paraOrg = o
			}
		}
	}
	if o, ok := organiserAfter(s, -1); ok && !slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object && m.org != o }) {
		x.paraOrg, x.paraHolder = o, true // "Hơn 900 công nhân dự hội thi do LĐLĐ quận A tổ chức": the event's holder goes on
	}
	if x.paraOrg.name == "" && atThatEvent(s) && !slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.object }) {
		x.paraOrg = x.prevParaOrg // "Tại chương trình, 120 em … Bên cạnh đó, tặng 880 phần quà …": who held it goes on
	}
	if s.province != "" {
		x.paraProvince = s.province
	}
	for _, m := range s.mentions {
		if m.org.name != "" && !m.org.back && fundNamed(s, m.tok) {
			x.fund = m.org // "… cho Quỹ “Mái ấm Công đoàn tỉnh A”": the fund a later "Ban quản lý Quỹ" is
		}
	}
	if x.restBy.name == "" && containsRare(s.low, "còn lại") && restTold(s.text) { // the lower case first: one search for most sentences
		if org, ok := restHandedOn(s); ok {
			x.restBy, x.restAt = org, s.start
		}
	}
	if k := contestKind(s); k != "" {
		x.contest = k
	}
	if contestNamed(s) {
		x.paraContest = cmp.Or(x.contest, "culture") // a bare "hội thi" is the lexicon's culture
	}
	if y := plannedTetYear(s); y > x.year && x.year != 0 {
		x.futureYear = y // "… ban hành kế hoạch lo Tết Đinh Mùi 2027 …. Theo đó, mỗi đoàn viên khó khăn sẽ nhận …"
	}
	x.statedYear = max(x.statedYear, statedYearOf(s))
	x.endYear, x.endYearLow = 0, ""
	if y := endingYear(s); y != 0 && x.sentRecords == 0 && (x.year == 0 || y <= x.year) {
		x.endYear, x.endYearLow = y, s.low
	}
	if y := heldOn(s); y != 0 && (x.year == 0 || y < x.year) {
		// "Đại hội lần thứ II diễn ra tháng 5/1983. Đại hội có 180 đại
		// biểu.": the date of a past event sets the scene for what is
		// told of it after, until another year does
		x.govYear, x.govPara = y, s.para
	}
	if y := governingYear(s); y != 0 {
		// "Năm 2023, LĐLĐ quận phấn đấu …" in a report on 2022 governs the
		// plans after it; a result after it still belongs to the year
		// reported on (a result cannot lie in the future).
		if x.year != 0 && y > x.year {
			x.futureYear = y
		} else {
			x.govYear, x.govPara = y, s.para
		}
		x.paraMulti = false
		x.review = false // a year of its own ends a term's review
	}
	if kind := x.a.Paras[s.para].Kind; kind == corpus.KindTitle || kind == corpus.KindLead {
		if end := honouredSpan(s); end != 0 && x.awardSpanEnd == 0 {
			x.awardSpanEnd = end
		}
	}
	if k, end := multiYearCue(s, len(s.toks), false); k >= 0 && (recognisedSpan(s, k) || awardNamedSpan(s, k)) {
		if end != 0 && (x.year == 0 || end <= x.year) {
			x.govYear, x.govPara = end, s.para // its last year still governs the awards told after it
		}
	} else if k >= 0 && !trailingMarker(s, k, x.sentRecords) {
		if end == 0 && !frontedYearBefore(s, k) {
			end = x.spanWrittenAfter(s) // "Qua 4 năm …, đạt 97% chỉ tiêu cả nhiệm kỳ 2013 - 2018": the span it writes later
		}
		x.paraMulti = true
		x.paraMultiEnd = end
		x.paraFounding = foundingCue(s, k)
		x.paraCarried = false
		x.paraMultiFront = x.paraMultiFront || k <= 3 && !wordWithin(s, ",", 0, k) || reportedFront(s, k)

		if x.termReview(s, k, end) {
			x.review, x.reviewEnd, x.reviewPast = true, end, false
		} else if reviewOpening(s, k, end, x.proseAt(s.para)) {
			x.review, x.reviewEnd, x.reviewPast = true, end, true
		}
	} else if end := frontedSpan(s, x.year); end != 0 && recognitionOpens(s) {
		if x.year == 0 || end <= x.year {
			x.govYear, x.govPara = end, s.para
		}
	} else if end != 0 {
		// "Từ đầu năm 2018 đến ngày 31/12/2022, số đoàn viên giảm. Tiêu
		// biểu như: …": the span governs the paragraph as a marker does
		x.paraMulti = true
		x.paraMultiEnd = end
	}
}

// recognisedSpan reports the multi-year marker at token k inside a fronted
// clause that opens on "Ghi nhận" (or "Để ghi nhận", "Nhằm ghi nhận"), the
// efforts an award of its sentence honours ("Ghi nhận những đóng góp … trong
// 2 năm 2016 và 2017, Tổng LĐLĐ đã tặng 20 Bằng …"): the span is the
// award's reason and ends with its sentence; the awards told after it in
// the paragraph are the year's, its last year's.
func recognisedSpan(s *sentence, k int) bool {
	return recognitionOpens(s) && !wordWithin(s, ",", 0, k)
}

// awardNamedSpan reports the multi-year marker at token k as part of
// what an award given in its clause honours: a verb of awarding before it
// in the clause and "cho" right after the range of years written with it
// ("tặng bằng khen chuyên đề … giai đoạn 2021 – 2022 cho 1 tập thể"). The
// span is that award's and ends with its sentence, as recognisedSpan's
// does; the awards told after it in the paragraph are the year's.
func awardNamedSpan(s *sentence, k int) bool {
	e := int(s.cueEnd[k])
	last := -1
	for _, y := range s.years {
		if y.tok >= e && y.tok <= e+3 && y.rangeEnd {
			last = y.tok
		}
	}
	if last < 0 || s.word(last+1) != "cho" {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if w := s.word(j); isClauseMark(w) {
			return false
		} else if inList("award-verb", w) {
			return true
		}
	}
	return false
}

// recognitionOpens reports a sentence that opens on "Ghi nhận", "Để ghi
// nhận" or "Nhằm ghi nhận" (a span it fronts is set off by a comma, as
// frontedSpan reads it).
func recognitionOpens(s *sentence) bool {
	j := 0
	if w := s.word(0); w == "để" || w == "nhằm" {
		j = 1
	}
	return s.word(j) == "ghi" && s.word(j+1) == "nhận"
}

// doneReport reports a title, not the lead l, that tells something done
// (doneMarked) and names no plan: "LĐLĐ TP đã tổ chức đoàn thăm doanh
// nghiệp, tặng quà …", not "LĐLĐ tỉnh đã ban hành kế hoạch chăm lo Tết".
func doneReport(title, l *sentence) bool {
	return title != nil && title != l && doneMarked(title) && !strings.Contains(title.low, "kế hoạch")
}

// venueAfterActor reports the place of mention i named in a phrase of
// location ("tại …, Khu công nghiệp A, huyện B") after a body that acts
// earlier in the sentence: where the event is, not who holds it, so it
// does not go on as the paragraph's actor ("… Mỗi suất trị giá …" in the
// next paragraph is the holder's).
func venueAfterActor(s *sentence, i int) bool {
	m := s.mentions[i]
	if !locationMarked(s, m.tok) && !placeInLocation(s, m.tok) && !addressEnd(s, m) {
		return false
	}
	return slices.ContainsFunc(s.mentions[:i], func(o mention) bool {
		return !o.object && !locationMarked(s, o.tok) && !placeInLocation(s, o.tok)
	})
}

// addressSpan is how far back addressEnd looks for "tại", "ở".
const addressSpan = 30

// addressEnd reports a place's bare name that ends an address opened by
// "tại" or "ở" and written in parts between commas, the clause ending
// after it: "tại điểm trường A, Công ty B, Khu công nghiệp C, huyện D.".
// No figure, clause mark or union body stands between.
func addressEnd(s *sentence, m mention) bool {
	if s.word(m.tok-1) != "," || unionBody(s, m.tok) > 0 {
		return false
	}
	if w := s.word(m.end); w != "" && w != "," && !isClauseMark(w) {
		return false
	}
	for k := m.tok - 2; k >= 0 && k >= m.tok-addressSpan; k-- {
		w := s.word(k)
		if s.toks[k].kind == tokNumber || isClauseMark(w) || unionBody(s, k) > 0 {
			return false
		}
		if w == "tại" || w == "ở" {
			return true
		}
	}
	return false
}

// trailingMarker reports a multi-year marker at token k that ends its
// sentence, which gave no figure ("… đã trích nộp kinh phí đầy đủ trong
// nhiều năm qua."): it tells how long what that sentence says has lasted,
// and governs no sentence after it. A marker that opens a sentence or
// frames its figures ("Trong 5 năm qua, …", "5 năm qua, LĐLĐ đã …") goes
// on governing.
func trailingMarker(s *sentence, k, records int) bool {
	if records != 0 {
		return false
	}
	e := int(s.cueEnd[k])
	return e == len(s.toks) || e == len(s.toks)-1 && s.word(e) == "."
}

// tetYear is the year of the first Tết the article names with its year
// (tetYear), 0 if none.
func (x *articleContext) tetYear() int {
	if !x.tetDone {
		x.tetDone = true
		for i := range x.a.Paras {
			if y := tetYear(x.lowPara(i)); y != 0 {
				x.tet = y
				break
			}
		}
	}
	return x.tet
}

// endingYear returns the year of a "năm YYYY" that ends sentence s (only
// a full stop after it): the year of the event the sentence names
// ("… tổ chức Hội thi … năm 2024."), 0 if none.
func endingYear(s *sentence) int {
	if len(s.years) == 0 {
		return 0
	}
	y := s.years[len(s.years)-1]
	if y.ranged || y.rangeEnd || s.word(y.tok-1) != "năm" {
		return 0
	}
	if w := s.word(y.tok + 1); w != "" && w != "." || y.tok+2 < len(s.toks) {
		return 0
	}
	return y.year
}

// continuedYear is the year of the event the sentence before named at its
// end (endingYear), when that sentence gave no figure and sentence s goes
// on telling of it: it opens with "Cụ thể" or "Trong đó" (words.tsv
// details-of), or with the two words of a noun the sentence before named
// ("… Hội thi … năm 2024. Hội thi thu hút 40 đội …"). The contract's
// governing statement before the figure; 0 otherwise.
func (x *articleContext) continuedYear(s *sentence) int {
	if x.endYear == 0 {
		return 0
	}
	for _, p := range lex.ordered["details-of"] {
		if s.phraseBefore(strings.Count(p, " ")+1, p) {
			return x.endYear
		}
	}
	if len(s.toks) < 2 || s.toks[0].kind != tokWord || s.toks[1].kind != tokWord {
		return 0
	}
	head := s.word(0) + " " + s.word(1)
	if i := strings.Index(x.endYearLow, head); i > 0 && !isWordRune(lastRune(x.endYearLow[:i])) {
		return x.endYear
	}
	return 0
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// governedYear is the year a governing statement gives sentence s: the
// statement's, unless it stands in an earlier paragraph and the sentence
// tells of gifts in an article that names a later Tết of its own year
// ("Năm 2020, … gặp nhiều khó khăn …" then "… trao tặng 60 suất quà …"
// then "… đón Tết Nguyên đán Tân Sửu 2021"): gifts for a Tết are of
// the Tết's year.
func (x *articleContext) governedYear(s *sentence) int {
	y := x.govYear
	if y == 0 || x.govPara == s.para || x.year <= y || !wordWithin(s, "quà", 0, len(s.toks)) {
		return y
	}
	if t := x.tetYear(); t == x.year {
		return t
	}
	return y
}

// cueOf is the cue of the longest lexicon phrase starting at token i, nil
// if none or if s's cues were never looked up (a heading or a paragraph
// read whole: its rules read units, not cues).
func (s *sentence) cueOf(i int) *cue {
	if uint(i) >= uint(len(s.cues)) {
		return nil
	}
	return lex.cueList[s.cues[i]]
}

// word is token i of s, lower-cased; "" out of range. The rules ask for
// words many times a token: analyse's sentences keep them sliced out once.
func (s *sentence) word(i int) string {
	if uint(i) < uint(len(s.words)) {
		return s.words[i]
	}
	if uint(i) >= uint(len(s.toks)) {
		return ""
	}
	return s.low[s.toks[i].start:s.toks[i].end]
}

// phraseBefore reports whether the words ending just before token i spell p.
func (s *sentence) phraseBefore(i int, p string) bool {
	if i <= 0 || i > len(s.toks) {
		return false
	}
	end := int(s.toks[i-1].end)
	start := end - len(p)
	if start < 0 || len(p) > 0 && s.low[start] != p[0] || s.low[start:end] != p {
		return false
	}
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s.low[:start])
		if isWordRune(r) {
			return false
		}
	}
	return true
}

// listBefore reports whether the words ending just before token i spell a
// phrase of the words.tsv list (as phraseBefore).
func (s *sentence) listBefore(i int, list string) bool {
	return s.endsBefore(i, lex.ends[list])
}

// endsBefore is listBefore for a list whose listEnds a caller that asks
// at many tokens looked up once (nil: no such list).
func (s *sentence) endsBefore(i int, e *listEnds) bool {
	if !s.mayEndBefore(i, e) {
		return false
	}
	for _, p := range e.phrases {
		if s.phraseBefore(i, p) {
			return true
		}
	}
	return false
}

// mayEndBefore reports whether a phrase of e may end just before token i:
// false when e is nil or no phrase of e ends on the three bytes before
// token i (endBit; phraseBefore would find none of them there).
func (s *sentence) mayEndBefore(i int, e *listEnds) bool {
	if e == nil {
		return false
	}
	if i > 0 && i <= len(s.toks) {
		if b, ok := endBit(s.low[:s.toks[i-1].end]); ok {
			return e.last[b/64]>>(b%64)&1 != 0
		}
	}
	return true
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// abbreviationBefore reports a text that ends with an abbreviation written
// with a full stop ("TP.", "TX.", "Q.", "PGS.TS."), after which a sentence
// does not end: "LĐLĐ TP. Hà Nội trao …". A capital X after "khóa" or
// "thứ" is a roman numeral, no "X." of "xã": "… Ban Chấp hành khóa X. Ông
// A …" ends there.
func abbreviationBefore(t string) bool {
	i := strings.LastIndexAny(t, " (\"“")
	w := t[i+1:]
	if w == "" || len(w) > 4 {
		return false
	}
	if w == "X" && i > 0 {
		if p := lower(t[strings.LastIndexByte(t[:i], ' ')+1 : i]); p == "khóa" || p == "khoá" || p == "thứ" {
			return false
		}
	}
	return inList("abbreviation", lower(w))
}

// stopMarks are the marks a sentence may end with.
var stopMarks = [...]string{".", "!", "?", "…"}

// stopFinder finds the stop marks of a text in order, each kind with its
// own search (strings.Index, a vector scan for one byte) that runs again
// only once the position asked for has passed the mark it last found.
type stopFinder struct {
	s  string
	at [len(stopMarks)]int // next mark of each kind, len(s) if none; -1 before the first search
}

func newStopFinder(s string) stopFinder {
	f := stopFinder{s: s}
	for k := range f.at {
		f.at[k] = -1
	}
	return f
}

// next returns the offset of the first stop mark at or after i, len(s) if
// none.
func (f *stopFinder) next(i int) int {
	best := len(f.s)
	for k, m := range stopMarks {
		if f.at[k] < i {
			if j := strings.Index(f.s[i:], m); j >= 0 {
				f.at[k] = i + j
			} else {
				f.at[k] = len(f.s)
			}
		}
		best = min(best, f.at[k])
	}
	return best
}

// splitSentences splits text[start:end] at sentence ends: ". ", "! ", "? ",
// "… " followed by a capital, a digit, a quote or a bracket.
func splitSentences(text string, start, end int) [][2]int {
	return appendSentences(nil, text, start, end)
}

// appendSentences appends to out the spans splitSentences finds.
func appendSentences(out [][2]int, text string, start, end int) [][2]int {
	from := start
	stops := newStopFinder(text[:end])
	for i := stops.next(start); i < end; i = stops.next(i + 1) {
		c := text[i]
		n := 1
		if c == "…"[0] {
			n = len("…")
		}
		j := i + n
		for j < end && (text[j] == '.' || text[j] == '"' || strings.HasPrefix(text[j:end], "”")) {
			if text[j] == '.' || text[j] == '"' {
				j++
			} else {
				j += len("”")
			}
		}
		if c == '.' && j == i+1 && gluedStop(text, from, i, end) {
			out = append(out, [2]int{from, j})
			from = j
			continue
		}
		if j >= end || text[j] != ' ' {
			continue
		}
		k := j
		for k < end && text[k] == ' ' {
			k++
		}
		if k >= end {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[k:end])
		if (unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“(«-–", r)) && !(c == '.' && abbreviationBefore(text[from:i])) {
			out = append(out, [2]int{from, j})
			from = k
			i = k - 1
		}
	}
	if from < end {
		out = append(out, [2]int{from, end})
	}
	return out
}

// gluedStop reports a full stop at text[i] that ends a sentence with no
// space after it ("… nhận quà.Sau đó, đoàn trao …"), as pages pasted from
// an editor leave them: the word before it is a word of the language (two
// letters or more, its last in lower case, a vowel in it), and the next
// opens on a capital then a small letter and has a vowel. An abbreviation
// has no vowel or ends on a capital ("TP.Hồ Chí Minh", "Tp.Vinh",
// "ThS.Nguyễn", "T.Vũ"), a domain name goes on in lower case, and a number
// is no word.
func gluedStop(text string, from, i, end int) bool {
	r, n := utf8.DecodeRuneInString(text[i+1 : end])
	if !unicode.IsUpper(r) {
		return false
	}
	if r2, _ := utf8.DecodeRuneInString(text[i+1+n : end]); !unicode.IsLower(r2) {
		return false
	}
	next := false // the next word has a vowel too ("Tại", "Ông", not "Vn")
	for k := i + 1; k < end; {
		r, m := utf8.DecodeRuneInString(text[k:end])
		if !unicode.IsLetter(r) {
			break
		}
		next = next || vowel(unicode.ToLower(r))
		k += m
	}
	if !next {
		return false
	}
	runes, voweled := 0, false
	for k := i; k > from; {
		r, m := utf8.DecodeLastRuneInString(text[from:k])
		if !unicode.IsLetter(r) {
			break
		}
		if runes == 0 && !unicode.IsLower(r) {
			return false
		}
		voweled = voweled || vowel(r)
		runes++
		k -= m
	}
	return runes >= 2 && voweled
}

// namesContest reports a paragraph that may name a contest ("Hội thi",
// "cuộc thi"): a quick test on its text as written, before quietContest.
// It looks at each last byte of "ộ", rarer in the text than the space of
// " thi".
func namesContest(t string) bool {
	const o = "ộ"
	last := o[len(o)-1]
	for i := strings.IndexByte(t, last); i >= 0; {
		if start := i + 1 - len(o); start >= 0 && t[start:i+1] == o {
			rest := t[i+1:]
			if strings.HasPrefix(rest, "i thi") || start > 0 && t[start-1] == 'u' && strings.HasPrefix(rest, "c thi") {
				return true
			}
		}
		k := strings.IndexByte(t[i+1:], last)
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// contestAhead sets the kind of contest of a page cut below its headline
// (corpus.Article.Headless) that names one ("hội thi", "cuộc thi") to the
// first kind a contest's own name tells
// (namedContestKind: "Hội thi tìm hiểu …", "Thi An toàn vệ sinh viên
// giỏi", "Cuộc thi Cán bộ công đoàn giỏi"), before its figures are read:
// the entrants a headless page counts above the photo's label that names
// the contest ("Tham gia hội thi có 45 thí sinh …" ¶ "A: Thi An toàn vệ
// sinh viên giỏi năm 2021 - Ảnh 1.") are of that kind, decided once for
// the event. A kind the sentences tell later still takes over from there
// on, as before. A page with its headline names its event there, read
// first.
func (x *articleContext) contestAhead() {
	if !x.a.Headless || !slices.ContainsFunc(x.a.Paras, func(p corpus.Paragraph) bool { return namesContest(x.a.Text[p.Start:p.End]) }) {
		return
	}
	for pi, p := range x.a.Paras {
		if !contestWord(x.a.Text[p.Start:p.End]) {
			continue
		}
		x.readParagraph(pi)
		for _, se := range splitSentences(x.a.Text, p.Start, p.End) {
			if !contestWord(x.a.Text[se[0]:se[1]]) {
				continue
			}
			if k := namedContestKind(x.cueScan(pi, se[0], se[1])); k != "" {
				x.contest = k
				return
			}
		}
	}
}

// contestWord reports the word "thi" (or "Thi") in t, whole and not of
// "thi đua" (emulation): a sentence that may name a contest's kind.
func contestWord(t string) bool {
	for i := 0; i+3 <= len(t); i++ {
		if t[i+1:i+3] != "hi" || t[i] != 't' && t[i] != 'T' {
			continue
		}
		if i > 0 && t[i-1] != ' ' || i+3 < len(t) && t[i+3] != ' ' && t[i+3] != ',' && t[i+3] != '.' {
			continue
		}
		if !strings.HasPrefix(t[i+3:], " đua") {
			return true
		}
	}
	return false
}

// quietContest reads the kind of contest a paragraph without a figure
// names (contestKind), as a paragraph with figures is read for it: "Hội thi
// … mang ý nghĩa giáo dục truyền thống" tells the kind of the contest whose
// teams a later paragraph counts.
func (x *articleContext) quietContest(pi int) {
	p := x.a.Paras[pi]
	x.readParagraph(pi)
	for _, se := range splitSentences(x.a.Text, p.Start, p.End) {
		if !namesContest(x.a.Text[se[0]:se[1]]) {
			continue
		}
		if k := contestKind(x.cueScan(pi, se[0], se[1])); k != "" {
			x.contest = k
		}
	}
}

// plannedTetYear is the year of the Tết a plan or a programme is made for
// ("kế hoạch lo Tết Đinh Mùi 2027", "kế hoạch tổ chức Tết Sum vầy 2027",
// "nhân dịp Tết Nguyên đán Đinh Mùi 2027, LĐLĐ tỉnh tổ chức chương trình
// …"), 0 if the sentence names no plan or occasion, or no Tết with its
// year: the plan's figures told after it are that Tết's, though the
// article appears in the year before.
func plannedTetYear(s *sentence) int {
	if !containsRare(s.low, "tết") {
		return 0 // both ways below need "tết": most sentences name none, and its "ế" is rare where the "k" and "n" they look for first are not
	}
	i := strings.Index(s.low, "kế hoạch")
	if i < 0 || !strings.Contains(s.low[i:], "tết") {
		if i = strings.Index(s.low, "nhân dịp"); i < 0 || !strings.HasPrefix(strings.TrimLeft(s.low[i+len("nhân dịp"):], " "), "tết") {
			return 0 // the occasion is the Tết itself, "nhân dịp Tết …", not an anniversary
		}
	}
	return tetYear(s.low[i:])
}

// colonPlan reports a paragraph that ends with a colon after a word of
// what is to come ("sẽ", "dự kiến"): "Theo kế hoạch, LĐLĐ tỉnh sẽ được
// phân bổ:" opens a list of what the plan holds.
func colonPlan(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	l := lower(t)
	return strings.Contains(l, " sẽ ") || strings.Contains(l, "dự kiến")
}

// listItemOpens reports a paragraph that opens with a figure, after a
// list's mark or none ("150 vé máy bay …", "- 600 vé tàu …"): an item of a
// list.
func listItemOpens(t string) bool {
	t = strings.TrimLeft(t, "-+•*– ")
	return t != "" && t[0] >= '0' && t[0] <= '9'
}

// programmeHolder is the body a sentence names as holding or launching a
// programme ("chương trình do Tổng LĐLĐ tổ chức", "được Công đoàn ngành A
// phát động"), the zero orgRef if none.
func programmeHolder(s *sentence) orgRef {
	for _, m := range s.mentions {
		if m.org.name == "" || m.org.back || (s.word(m.tok-1) != "do" && s.word(m.tok-1) != "được") {
			continue
		}
		if v := s.word(m.end) + " " + s.word(m.end+1); v == "tổ chức" || v == "phát động" {
			return m.org
		}
	}
	return orgRef{}
}

// planAuthor is the body a plan's sentence names as its subject ("LĐLĐ
// thành phố A đã công bố kế hoạch …"): the first body named in it that is
// no object, guest or partner and is named, not pointed back to; the zero
// orgRef if none.
func planAuthor(s *sentence) orgRef {
	for _, m := range s.mentions {
		if !m.object && !m.guest && !m.partner && !m.org.back && m.org.name != "" {
			return m.org
		}
	}
	return orgRef{}
}

// eachPricedBefore gives the rates of a sentence that opens with "Mỗi"
// and names no body ("Mỗi phần quà trị giá 800.000 đồng"), recs, the
// organisation of the count they price: the last total of the sentence
// before, before (a gift's worth is the giver's of the gifts counted).
func eachPricedBefore(s *sentence, before, recs []Record) {
	if s.word(0) != "mỗi" || len(s.mentions) > 0 || len(recs) == 0 {
		return
	}
	for i := len(before) - 1; i >= 0; i-- {
		if before[i].Basis != BasisTotal || before[i].Unit == "vnd" || before[i].Unit == "percent" {
			continue
		}
		for k := range recs {
			if recs[k].Basis == BasisPerUnit {
				recs[k].Org, recs[k].OrgType, recs[k].Province = before[i].Org, before[i].OrgType, before[i].Province
			}
		}
		return
	}
}

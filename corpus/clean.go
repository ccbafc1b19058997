package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one kept paragraph before assembly.
type para struct {
	piece
	kind Kind
}

// chromeMarkers start the trailing page chrome, in Fold form.
var chromeMarkers = map[string]bool{
	Fold("Có thể bạn quan tâm"): true,
	Fold("Nên xem"):             true,
	Fold("Ý kiến bạn đọc"):      true,
	Fold("Tin khác"):            true,
	Fold("Xem thêm"):            true,
	Fold("Phiên bản di động"):   true,
	// other papers' end-of-page widgets, met on the real feed
	Fold("Tin tiêu điểm"):       true,
	Fold("Đừng bỏ lỡ"):          true,
	Fold("Thống kê truy cập"):   true,
	Fold("Tin cùng chuyên mục"): true,
	Fold("Tin mới nhất"):        true,
	Fold("Đọc nhiều nhất"):      true,
	Fold("Mới - Nóng"):          true, // a block of the paper's other headlines ("MỚI - NÓNG")
	// a syndicated copy's link to its source, then other headlines
	Fold("Xem bản gốc tại đây"): true,
	Fold("Xem bản gốc"):         true,
	Fold("Tin liên quan"):       true,
	Fold("Bài viết liên quan"):  true,
	Fold("Bài liên quan"):       true,
	Fold("Đọc thêm"):            true,
	Fold("Related news"):        true,
	// a paper's back-to-top link, then its login and paywall widgets
	Fold("Lên đầu Top"):   true,
	Fold("Lên đầu trang"): true,
}

// Thresholds of the cleaning rules.
const (
	leadMinRunes     = 120 // a line this long is a paragraph, not a title
	leadMinWords     = 12  // a shorter sentence of this many words is one too
	signatureWords   = 4   // a signature has at most this many words
	signatureRunes   = 30  // and at most this many characters
	slugMinWords     = 4   // lower-case ASCII words that make a slug prefix
	chromeMaxBytes   = 64  // longer lines are never a chrome marker
	weatherMaxBytes  = 96  // longer lines are never a weather box's line
	sameTextSlack    = 8   // bytes a repeated title may differ in length by
	trailingMax      = 16  // lines of chrome a signature may be followed by
	agencyTag        = "(LĐTĐ)"
	sentenceEnds     = ".!?…"
	sentenceClosings = "\"'”’»)]"
)

// structure applies the cleaning rules to the decoded lines, which end
// before the trailing chrome (decoder.lines): it finds the kicker, title and
// lead, drops related links, slug lines, file-name captions and the
// signature, and returns the kept paragraphs after the title. known is the
// title a JSON Lines article names, or "": when the line in the title's
// place does not read as it, the line that does is kept as a caption.
// inserted says the first line is that title, put above the page's body by
// the JSON Lines reader: not the page's text (titleAboveKicker).
func structure(lines []line, known string, inserted bool) (kicker, title piece, paras []para, headless, ok bool) {
	start := 0
	for start < len(lines) && (lines[start].blank || isArrows(lines[start].s)) {
		start++
	}
	if start < len(lines) && isTickerLabel(lines[start].s) {
		// an economic ticker above the headline ("Chỉ số kinh tế:" over a
		// paragraph of exchange rates, CPI and FDI): page chrome, up to
		// the next blank line, as the site prints it on every page
		start = tickerEnd(lines, start)
	}
	end := len(lines)
	meta := make([]int8, end) // isMeta of line i, worked out once when asked: 1 no, 2 yes
	content := func(i int) bool {
		l := &lines[i]
		if l.blank || l.image || isSlug(l.s) || isFileName(l.s) || !hasAlnum(l.s) || isWidget(l.s) || isLinkRow(lines, i) || isWeather(l.s) {
			return false
		}
		if meta[i] == 0 {
			meta[i] = 1
			if isMeta(lines, i) {
				meta[i] = 2
			}
		}
		return meta[i] == 1
	}
	first := -1
	for i := start; i < end; i++ {
		if content(i) {
			first = i
			break
		}
	}
	if first < 0 {
		return piece{}, piece{}, nil, false, false
	}
	// a page cut below its headline that opens on a photo's caption,
	// printed twice, the second time with the photographer's credit ("Bà A
	// trao vốn cho bà con tại huyện B   ẢNH: C"), then a paragraph: the
	// caption is neither the title nor the kicker, and the paragraph is
	// the page's first (headless, below)
	var opening []int
	if c := openingCaptions(lines, first, end, content); c > first && c < end && isLong(lines[c].s) && endsSentence(lines[c].s) && hasLower(lines[c].s) {
		for i := first; i < c; i++ {
			if content(i) {
				opening = append(opening, i)
			}
		}
		first = c
	}
	lead := -1
	for i := first + 1; i < end; i++ {
		if content(i) && isLong(lines[i].s) && PhotoTitle(lines[i].s) == "" {
			lead = i
			break
		}
	}
	t, body := first, first+1
	from, to := 0, 0 // a block of related headlines after the lead (headlineBlock)
	repeated := false
	if l := titleRepeated(lines, first, lead, end, known, inserted, content); l >= 0 {
		lead, repeated = l, true // the page's chrome above its own title: the lead follows the title
	}
	// the page's first line is a paragraph, not a headline: long, and
	// ending a sentence whatever markdown table's bar follows it ("…
	// trao 45 triệu đồng. |"); a line in capitals (a banner's slogan, a
	// headline set in capitals) is none, whatever its length and last
	// mark
	headless = !inserted && !repeated && isLong(lines[first].s) && endsSentence(strings.TrimRight(lines[first].s, " |")) && hasLower(lines[first].s)
	for _, i := range opening {
		paras = append(paras, para{lines[i].piece, KindCaption})
	}
	if lead >= 0 {
		if headless {
			// the page's first line is a paragraph, not a headline: the
			// page was cut below its headline, and the short lines between
			// its first paragraph and the next (a photo's caption, a
			// subheading, a widget's remnant) are neither its title nor
			// under a kicker. The first paragraph stands in the title's
			// place, as when a paragraph follows it at once; the lines up
			// to the next are captions.
			paras = append(paras, captionsBefore(lines, first, lead, content)...)
		} else {
			t, kicker, paras = titleBefore(lines, start, first, lead, known, inserted, content)
		}
		lp := stripAgencyTag(lines[lead].piece)
		if lp.s != "" {
			paras = append(paras, para{lp, KindLead})
		}
		body = lead + 1
		if hasBlank(lines[body:]) {
			// the title's related links, up to the next blank line; a
			// line that ends a sentence (before a photo's credit: "…
			// trao 1 tỷ đồng cho công nhân. (Ảnh: …)") is the body's, and
			// so are those after it
			folds := titleFolds{title: lines[t].s, known: known}
			for body < end && !lines[body].blank && !endsSentence(dropCredit(lines[body].s)) && !wrapped(lines[body].s) &&
				!folds.repeated(lines[body].s) {
				body++
			}
			if body == lead+1 {
				from, to = headlineBlock(lines, body, end)
			}
			if from == to && body == lead+1 {
				from, to = headlineParas(lines, body, end, &folds)
			}
		} else if endsSentence(lines[lead].s) {
			// a feed that separates paragraphs with one newline: the
			// title's related links are a list of headlines right after
			// the lead
			body += headlineList(lines, body, end)
		}
	}
	title = lines[t].piece
	titleFold := Fold(title.s)
	knownFold := ""
	if known != "" {
		knownFold = Fold(known)
	}
	caption := -1 // index of the line that is a caption if not blank
	photos := 0   // the photos labelled with the title so far
	for i := body; i < end; i++ {
		l := &lines[i]
		glued, labelled := gluedPhotoCaption(l.s, title.s, titleFold, photos+1)
		if labelled {
			photos++
		}
		switch {
		case l.blank || isSlug(l.s) || isTeaser(l.s) || inHeadlineRun(lines, i) || from <= i && i < to || isWeather(l.s) || isBodyLinkRow(lines, i) || isMarkedLink(l.s):
		case l.image || isFileName(l.s):
			caption = i + 1
		case sameText(l.s, title.s, titleFold) || sameText(photoAlt(l.s), title.s, titleFold) || known != "" && sameText(l.s, known, knownFold):
			// The title repeated over a photo is part of the caption: its
			// figures are mentions like the caption's (the contract lists
			// it among the caption forms).
			paras = append(paras, para{l.piece, KindCaption})
			caption = i + 1
		case glued > 0:
			paras = append(paras, para{l.piece.sub(glued, len(l.s)), KindCaption})
		case i == caption:
			paras = append(paras, para{l.piece, KindCaption})
		case wraps(paras, l.s):
			paras[len(paras)-1].piece = joinLines(&paras[len(paras)-1].piece, &l.piece)
		default:
			paras = append(paras, para{l.piece, KindBody})
		}
	}
	if k := signedOff(paras); k >= 0 {
		paras = paras[:k]
	}
	if n := len(paras); n > 0 && paras[n-1].kind == KindBody && isSignature(paras[n-1].s) &&
		lastNonBlank(lines) == paras[n-1].s {
		paras = paras[:n-1]
	}
	return kicker, title, paras, headless, true
}

// titleBefore finds the title above the lead at line lead: the content
// line before it; the line above a byline that ends the page's header
// (headlineOverByline); the line above a photo's caption with its credit
// (creditedCaption) or above a caption broken over lines; or the feed's
// title known when the page puts a photo's caption or its own heading in
// the title's place. The content line above the title is the kicker,
// unless it is a copy of the title (a caption, the kicker above it) or a
// caption closed by a photo's credit (credited: a caption, the kicker
// above those). It gives the captions met on the way.
func titleBefore(lines []line, start, first, lead int, known string, inserted bool, content func(int) bool) (t int, kicker piece, paras []para) {
	t = prevContent(lead, first, content)
	if k := prevContent(t, first, content); k >= 0 && capsByline(lines[t].s) && countWords(lines[k].s) > sectionLabelWords {
		// the line before the lead is a bare name in capitals ("VÕ
		// HƯỜNG"), the byline under the headline with no date: the
		// headline is above it, and the byline is no text
		t = k
	} else if k := headlineOverByline(lines, first, t, content); k >= 0 {
		// the page's header ends with its byline: the line above it is
		// the headline, and the lines under it up to the lead (a sapo
		// that ends no sentence, a caption) are the text's
		paras = captionsBefore(lines, k, lead, content)
		t = k
	} else if k := prevContent(t, first, content); k >= 0 && creditedCaption(lines[t].s) {
		// the line before the lead is a photo's caption with its credit
		// ("… tại huyện B   ẢNH: C"): the title is above it
		paras = append(paras, para{lines[t].piece, KindCaption})
		t = k
	}
	if c := captionStart(lines, first, t); c != t {
		// the line before the lead ends a caption broken over lines:
		// the title is before the caption
		if k := prevContent(c, first, content); k >= 0 {
			t = k
			paras = captionsBefore(lines, t, lead, content)
		}
	}
	if k := knownTitle(lines, first, t, known, content); k >= 0 && (illustration(lines[t].s) || afterImage(lines, t)) {
		// the line before the lead is a photo's caption ("… (ảnh minh
		// họa)", or the line under the photo itself) under the feed's
		// title: the title is the feed's
		paras = append(paras, para{lines[t].piece, KindCaption})
		t = k
	}
	if k := knownTitle(lines, first, t, known, content); k >= 0 && !readsAs(lines[t].s, known) {
		// the page puts another line in the title's place (a photo's
		// caption, the page's own heading): the feed's title is kept as
		// a repeated title is, with the captions
		paras = append(paras, para{lines[k].piece, KindCaption})
	}
	if k := prevContent(t, start, content); k >= 0 && !(inserted && k == first) && sameText(lines[k].s, lines[t].s, Fold(lines[t].s)) {
		// the page prints its headline twice in a row (a tag page's
		// heading over the article's own): the first copy is a
		// mention of its own, kept as a caption, and the kicker is
		// above it; the JSON Lines reader's inserted title is no copy
		paras = append(paras, para{lines[k].piece, KindCaption})
		if above := prevContent(k, start, content); above >= 0 {
			kicker = lines[above].piece
		}
		return t, kicker, paras
	}
	k := prevContent(t, start, content)
	var above []para
	for k >= 0 && credited(lines[k].s) {
		// a photo's caption over the headline, its sentence closed by
		// the photo's credit ("… trao 30 suất quà. Ảnh: Minh An"): a
		// caption, never a section's label; the kicker is above it
		above = append([]para{{lines[k].piece, KindCaption}}, above...)
		k = prevContent(k, start, content)
	}
	paras = append(above, paras...)
	if k >= 0 {
		kicker = lines[k].piece
		if j := titleAboveKicker(lines, start, k, t, content); j >= 0 && !(inserted && j == first) {
			paras = append(paras, para{lines[j].piece, KindCaption})
		}
	}
	return t, kicker, paras
}

// headlineOverByline returns the headline above a byline that stands
// between the page's first content line and the line t before the lead,
// else -1. A page prints its byline ("LÊ TÂM (báo A) 08:45 14/05/2023")
// under its headline, never under a sapo: the content lines between the
// byline and the lead are the text's. The line above the byline is taken
// for the headline only when it is longer than a section's label
// (sectionLabelWords) and says no more than the line under it, as a
// headline says less than the sapo under it; a section's label over a
// byline and the headline under it is left as it was.
func headlineOverByline(lines []line, first, t int, content func(int) bool) int {
	for b := t - 1; b > first; b-- {
		if lines[b].blank || content(b) || !isByline(lines, b) {
			continue
		}
		k := prevContent(b, first, content)
		if k < 0 {
			return -1
		}
		if n := countWords(lines[k].s); n <= sectionLabelWords || n > countWords(lines[t].s) {
			return -1
		}
		return k
	}
	return -1
}

// isByline reports a line of page metadata (isMeta) that names the
// article's author, not a bare date, a section's dateline, a credit, a
// media label or a masthead.
func isByline(lines []line, i int) bool {
	s := strings.TrimSpace(lines[i].s)
	if isDateLine(s) || isMediaLabel(s) || isCredit(s) || isMasthead(s) || !isMeta(lines, i) {
		return false
	}
	k := strings.IndexAny(s, "0123456789")
	return k <= 0 || !sectionDated(s[:k], s[k:])
}

// titleFolds holds the page's title and the feed's title (known), folded
// once, the first time a line is compared with them, rather than once per
// line compared.
type titleFolds struct {
	title, known         string
	titleFold, knownFold string
	folded               bool
}

// repeated reports a line that says the page's title or the feed's title
// again: under the lead it is a photo's caption, never one of the title's
// related links, which name other articles.
func (f *titleFolds) repeated(s string) bool {
	if !f.folded {
		f.folded, f.titleFold = true, Fold(f.title)
		if f.known != "" {
			f.knownFold = Fold(f.known)
		}
	}
	return sameText(s, f.title, f.titleFold) || f.known != "" && sameText(s, f.known, f.knownFold)
}

// headlineBlock returns the lines [from, to) of the block that the first
// content after the lead forms when a blank line sets it apart from the
// lead, as some pages list the title's related links: two or more lines
// in a row, a blank line and more text after them, each of which reads as
// a headline — it starts with a capital letter or a digit, ends with no
// punctuation of a sentence or a clause (. ! ? … : ; ,), is no paragraph
// (isLong), no list item and no caption (no image or file name before
// it, no line broken with a leading space, no line said twice as a
// photo's caption is over and under it). A subheading is one line,
// and a paragraph, a caption or a list ends with some punctuation or
// starts otherwise, so none of them is dropped. Else from == to.
func headlineBlock(lines []line, i, end int) (from, to int) {
	for i < end && lines[i].blank {
		i++
	}
	j := i
	for ; j < end && !lines[j].blank; j++ {
		if !headlineLike(lines, i, j) {
			return 0, 0
		}
	}
	k := j
	for k < end && lines[k].blank {
		k++
	}
	if j-i < 2 || j == k || k == end {
		return 0, 0
	}
	return i, j
}

// headlineLike reports line j of a block that starts at line i as one of
// headlineBlock's headlines: it opens with a capital or a digit, ends with
// no punctuation, and is no paragraph, caption or file name.
func headlineLike(lines []line, i, j int) bool {
	l := &lines[j]
	s := strings.TrimSpace(l.s)
	r, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return !(l.image || l.table || l.cont || isFileName(s) || isLong(s) ||
		!(unicode.IsUpper(r) || unicode.IsDigit(r)) ||
		strings.ContainsRune(sentenceEnds+":;,", last) || j > i && s == strings.TrimSpace(lines[j-1].s))
}

// headlineParaWords is how many words each of headlineParas' headlines
// has at least: a subheading is shorter.
const headlineParaWords = 8

// headlineParas is headlineBlock for a page that puts each of the title's
// related links in a paragraph of its own, under the lead ("Tỉnh A: Hoàn
// thành 100% đại hội …", a blank line, the next headline): at least
// headlineListMin lines of headlineParaWords words or more in a row, each
// alone between blank lines and read as headlineBlock reads a headline,
// with content after them. A line that says the page's title again is a
// photo's caption, never a related link, which names another article:
// the run stops before it. Else from == to.
func headlineParas(lines []line, i, end int, folds *titleFolds) (from, to int) {
	n := 0
	for {
		for i < end && lines[i].blank {
			i++
		}
		if i >= end || i+1 < end && !lines[i+1].blank || !headlineLike(lines, i, i) || countWords(lines[i].s) < headlineParaWords || folds.repeated(lines[i].s) {
			break
		}
		if n == 0 {
			from = i
		}
		n++
		i++
		to = i
	}
	if n < headlineListMin || i >= end {
		return 0, 0
	}
	return from, to
}

// titleAboveKicker returns the line right above the kicker at k that
// reads as the title at t (the page prints its title, its section's label,
// then the title again: "A / Tin Công đoàn / A / lead"), -1 if none. It is
// the page's first copy of the title, a mention of its own, kept as a
// caption; the JSON Lines reader's inserted title is not (structure).
func titleAboveKicker(lines []line, start, k, t int, content func(int) bool) int {
	j := prevContent(k, start, content)
	if j < 0 || !sameText(lines[j].s, lines[t].s, Fold(lines[t].s)) {
		return -1
	}
	return j
}

// titleRepeated finds the page's own title line when a line above it is
// page chrome that looks like a lead (a site's slogan, "Chủ đề công tác
// năm …: …", or a hotline): a line that reads as known, after first and
// no later than the lead, or than the content line after it when the lead
// ends no sentence, with a long line after it. It returns the long line after it, which is the lead; -1 if none. The
// chrome line goes into the kicker's place, the lines above it are dropped.
//
// A page whose own first line is the feed's title (not inserted above it)
// opens on its headline, so no chrome is above it: a line said again
// after its lead is a photo's caption, and the lead stays the lead, ending
// a sentence or not ("A / (Báo B) - lead with no full stop / A / …").
func titleRepeated(lines []line, first, lead, end int, known string, inserted bool, content func(int) bool) int {
	if lead < 0 || known == "" || !inserted && readsAs(lines[first].s, known) {
		return -1
	}
	last := lead + 1
	if !endsSentence(lines[lead].s) || headerAfter(lines, lead, end) {
		// a slogan or a banner ends no sentence; a lead does, and the
		// title said again after it is a photo's caption, unless the
		// page's date line or byline stands between them: the page's
		// header, which no lead is above
		for last < end && !content(last) {
			last++
		}
		last = min(last+1, end)
	}
	k := knownTitle(lines, first+1, last, known, content)
	if k < 0 || nonBlank(lines, first, k) >= titleRepeatLines {
		return -1
	}
	for i := k + 1; i < end; i++ {
		if content(i) && isLong(lines[i].s) {
			return i
		}
	}
	return -1
}

// headerAfter reports a line after the lead candidate, past blank lines,
// that is the page's date line or byline (isMeta, but not a photo's
// credit or a media label, which may follow a lead): the page's header
// follows, so the candidate is chrome above it (a site's slogan), not the
// article's lead.
func headerAfter(lines []line, lead, end int) bool {
	i := lead + 1
	for i < end && lines[i].blank {
		i++
	}
	if i == end || lines[i].image {
		return false
	}
	s := strings.TrimSpace(lines[i].s)
	return !isCredit(s) && !isMediaLabel(s) && isMeta(lines, i)
}

// titleRepeatLines bounds where the page repeats the feed's title: among
// the body's first lines, under a banner, a date line and a kicker (the
// feed's title, when added above the body, is one of the lines counted).
const titleRepeatLines = 6

// nonBlank counts the non-blank lines in [from, to).
func nonBlank(lines []line, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if !lines[i].blank {
			n++
		}
	}
	return n
}

// knownTitle returns the first content line in [first, last) that reads as
// known (sameTitle), or -1.
func knownTitle(lines []line, first, last int, known string, content func(int) bool) int {
	if known == "" {
		return -1
	}
	known = trimEnds(known)
	knownFold := Fold(known)
	for i := first; i < last; i++ {
		if content(i) && sameText(trimEnds(lines[i].s), known, knownFold) {
			return i
		}
	}
	return -1
}

// readsAs reports a line that reads as the feed's title known once both
// are folded and trimmed of the spaces and punctuation at their ends.
func readsAs(s, known string) bool {
	known = trimEnds(known)
	return sameText(trimEnds(s), known, Fold(known))
}

// trimEnds drops the spaces and punctuation at both ends of a line: a
// title the page repeats with a full stop or in quotes is the same title.
func trimEnds(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
}

// illustration reports a photo's caption that says the photo illustrates
// the text: it ends with "(ảnh minh họa)" or "(hình ảnh minh họa)".
func illustration(s string) bool {
	f := strings.TrimSpace(Fold(s))
	return strings.HasSuffix(f, "(ảnh minh họa)") || strings.HasSuffix(f, "(hình ảnh minh họa)")
}

// captionStart returns the first line of the caption that line i ends when
// i continues the line before it (a broken caption: the second line starts
// with a space, and no headline is broken so), else i.
func captionStart(lines []line, first, i int) int {
	for i > first && lines[i].cont && !lines[i-1].blank && !lines[i-1].image {
		i--
	}
	return i
}

// captionsBefore gives the content lines between the title t and the lead
// as captions. A caption broken over lines, each next one starting with a
// space, is one caption: its parts are joined with a space.
func captionsBefore(lines []line, t, lead int, content func(int) bool) []para {
	var out []para
	for i := t + 1; i < lead; i++ {
		if !content(i) {
			continue
		}
		j := i + 1
		for j < lead && lines[j].cont && !lines[j].blank {
			j++
		}
		if j == i+1 {
			out = append(out, para{lines[i].piece, KindCaption})
			continue
		}
		var w builder
		for k := i; k < j; k++ {
			if k > i {
				w.insert(" ", lines[k].at(0))
			}
			w.copy(&lines[k].piece, 0, len(lines[k].s))
		}
		out = append(out, para{w.piece(), KindCaption})
		i = j - 1
	}
	return out
}

// wraps reports whether line s goes on with the sentence of the last kept
// paragraph, a lead or body paragraph broken by a hard line wrap ("… mỗi
// phần quà trị giá 600.000" then "đồng."): that paragraph does not end a
// sentence or a clause, and s starts with a lower-case letter, which no
// paragraph, heading or caption does.
func wraps(paras []para, s string) bool {
	if len(paras) == 0 {
		return false
	}
	last := &paras[len(paras)-1]
	if last.kind != KindLead && last.kind != KindBody {
		return false
	}
	end := strings.TrimRight(last.s, " \t")
	r, _ := utf8.DecodeLastRuneInString(end)
	if r == utf8.RuneError || strings.ContainsRune(sentenceEnds+sentenceClosings+":;|", r) {
		return false
	}
	return goesOn(end, s)
}

// goesOn reports whether line next continues line prev, which ends with
// no punctuation: next starts with a lower-case letter, or with a digit
// after a word that cannot end a sentence ("gần", "với" then "130 triệu").
func goesOn(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	if !unicode.IsDigit(r) {
		return false
	}
	word := prev[strings.LastIndexAny(prev, " \t")+1:]
	return danglingWords[Fold(word)]
}

// danglingWords, in Fold form, are words after which a sentence goes on:
// qualifiers of a figure, prepositions and conjunctions.
var danglingWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("gần hơn khoảng trên dưới với và của cho các những gồm là có được đạt tới đến từ tổng mỗi") {
		m[Fold(w)] = true
	}
	return m
}()

// wrapped reports whether line s is the first line of a paragraph broken
// by a hard line wrap after a comma, which no link's title ends with.
func wrapped(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " \t"), ",")
}

// joinLines gives a and b joined with a space, each keeping its map to the
// file.
func joinLines(a, b *piece) piece {
	var w builder
	w.copy(a, 0, len(a.s))
	w.insert(" ", b.at(0))
	w.copy(b, 0, len(b.s))
	return w.piece()
}

// signedOff returns the index of the author's signature when only the
// page's chrome follows it — lines none of which ends a sentence: other
// articles' headlines, a view counter, a share link, "no comments yet" —
// else -1. The signature is a name ("Nguyễn Bảo") among the last
// paragraphs, after at least one that ends a sentence. A bare date and
// time under the text ("14:30 23/11/2024", the stamp of a teaser of
// another article) marks the end too: a signature of any short form
// ("KO") right before it, else the stamp itself, right after a sentence.
func signedOff(paras []para) int {
	for k := len(paras) - 2; k > 0 && k >= len(paras)-trailingMax; k-- {
		if endsSentence(paras[k].s) {
			return -1
		}
		if paras[k].kind != KindBody || !endsSentence(paras[k-1].s) {
			continue
		}
		if isSignature(paras[k].s) && (isName(paras[k].s) || isDateLine(paras[k+1].s)) || isDateLine(paras[k].s) {
			return k
		}
	}
	return -1
}

// endsSentence reports a line that ends as a sentence of prose does, with a
// full stop, a question or exclamation mark or an ellipsis (possibly inside
// a closing quote or bracket): a paragraph, not a link's title.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"”’)»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// dateLine matches a line that is only a publication date and time, as
// other papers' pages print them above or below the title: "12/01/2024,
// 08:00", "20:31 14/11/2023", "Thứ hai, 12/01/2024 08:00 (GMT+7)", "Thứ hai, 07 Tháng 9
// 2020 10:15", "Đăng
// lúc: 26/12/2024 08:15:02 AM", "19:07 | 25/05/2022", "- Thứ hai - 19/08/2019
// 14:51".
var dateLine = regexp.MustCompile(`(?i)^(?:[-–|]\s*)?(?:(?:thứ \S+|chủ nhật)\s*[,–|-]\s*|(?:đăng lúc|ngày đăng|đăng ngày|đăng|cập nhật)\s*:?\s*)?` +
	`(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\s*[,|–-]?\s*)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4})` +
	`(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?)?\s*(?:\(gmt\s*\+\s*7\)|gmt\s*\+\s*7)?$`)

// teaserDate matches the date and time in brackets that ends a teaser of
// another article, as some papers list related news under the text: "-
// Trao giấy chứng nhận cho 8 doanh nghiệp (16/01/2026, 16:51)".
var teaserDate = regexp.MustCompile(`\(\d{1,2}/\d{1,2}/\d{4},?\s*\d{1,2}:\d{2}\)$`)

// isTeaser reports a line that ends with a bracketed date and time: a
// link to another article, not a paragraph (a sentence ends with a full
// stop, and tells a time in words).
func isTeaser(s string) bool {
	return strings.HasSuffix(s, ")") && teaserDate.MatchString(s)
}

// datedLink matches the date in brackets that ends a headline of another
// article: "Trao 30 suất quà cho công nhân (14/02/2019)".
var datedLink = regexp.MustCompile(`\(\d{1,2}/\d{1,2}/\d{4}\)$`)

// isDatedHeadline reports a line that ends with a date in brackets and is
// no sentence: the headline of another article, as pages list them under
// the text.
func isDatedHeadline(s string) bool {
	return strings.HasSuffix(s, ")") && !endsSentence(s) && datedLink.MatchString(s)
}

// inHeadlineRun reports whether line i is a dated headline (see
// isDatedHeadline) in a list of them: marked as a list item ("- …",
// "• …"), or next to another, blank lines apart. Such lines are page
// furniture, links to other articles, whose dates are not the article's;
// a headline with a date in brackets on its own may be the article's
// heading and stays.
func inHeadlineRun(lines []line, i int) bool {
	s := lines[i].s
	if !isDatedHeadline(s) {
		return false
	}
	if listItem(s) {
		return true
	}
	for _, step := range []int{-1, 1} {
		j := i + step
		for j >= 0 && j < len(lines) && lines[j].blank {
			j += step
		}
		if j >= 0 && j < len(lines) && isDatedHeadline(lines[j].s) {
			return true
		}
	}
	return false
}

// headlineListMin is how many items a list of headlines right after the
// lead has at least.
const headlineListMin = 2

// headlineList returns how many lines from line i on are a list of other
// articles' headlines, as some pages print the title's related links under
// the lead ("- Trao 400 suất quà cho công nhân …", "- Tuyên dương 50 công
// nhân giỏi"): at least headlineListMin items, each marked as a list item
// and none ending a sentence nor opening a list of its own; else 0. A list
// whose items end with full stops or semicolons, or one that follows a
// colon, is the body's.
func headlineList(lines []line, i, end int) int {
	n := 0
	for ; i+n < end; n++ {
		s := lines[i+n].s
		if lines[i+n].blank || !listItem(s) {
			break
		}
		if t := strings.TrimRight(s, " \t"); endsSentence(t) || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") {
			return 0
		}
	}
	if n < headlineListMin {
		return 0
	}
	return n
}

// listItem reports a line marked as an item of a list: "- …", "– …", "• …".
func listItem(s string) bool {
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "– ") || strings.HasPrefix(s, "• ")
}

// isLinkRow reports a row of a markdown table that is a link to another
// article: it is no sentence and follows no image, whose caption it
// would be ("| Phong tỏa 3 thôn thuộc xã An Phú |" above the lead). A row
// whose opening bar the scraper lost, ending with a bar alone, is one too:
// mirror pages run the headlines of related articles together in it
// ("Trao 50 suất quà cho công nhân A Vinh danh 12 thợ giỏi B |"). A
// caption whose sentence ends before a photo credit ("… trao 1 tỷ đồng.
// Ảnh: X |") is a sentence, not such a row.
func isLinkRow(lines []line, i int) bool {
	if !openBarRow(lines[i]) && (!lines[i].table || endsSentence(lines[i].s)) {
		return false
	}
	return !afterImage(lines, i)
}

// openBarRow reports a line that ends with a bar ("… |", "… | |") but was
// no row of a table, and whose text before the bars ends no sentence: a
// row that lost its opening bar, another article's headline.
func openBarRow(l line) bool {
	return !l.table && strings.HasSuffix(l.s, "|") && !endsSentence(dropCredit(strings.TrimRight(l.s, " |")))
}

// afterImage reports an image as the last line before line i that is not
// blank: line i is its caption.
func afterImage(lines []line, i int) bool {
	j := i - 1
	for j >= 0 && lines[j].blank {
		j--
	}
	return j >= 0 && lines[j].image
}

// isBodyLinkRow reports a line of the body that is another article's
// headline left by a markdown scraper, ending with a bar it did not open
// (openBarRow), no caption under an image: "Công đoàn ngành A ký kết
// phúc lợi với 9 doanh nghiệp |" between two paragraphs names another
// article, whose figures are not this one's (the contract: related-link
// lines yield nothing). A row between bars, "| … |", is a caption and
// stays.
func isBodyLinkRow(lines []line, i int) bool {
	return hasAlnum(lines[i].s) && openBarRow(lines[i]) && !afterImage(lines, i)
}

// creditMarks open a photo credit that closes a caption after its sentence
// ("… trao 30 suất quà. Ảnh: Minh An"), in Fold form.
var creditMarks = []string{"ảnh:", "(ảnh:", "ảnh -", "nguồn:", "(nguồn:"}

// credited reports a line whose sentence a photo's credit closes: a
// caption.
func credited(s string) bool {
	return len(dropCredit(s)) != len(s)
}

// dropCredit returns s without a photo credit that follows a sentence's
// end at its close ("… trao 30 suất quà. Ảnh: Minh An" → "… trao 30 suất
// quà."), else s. A credit is short: one of more than chromeMaxBytes is
// no credit.
func dropCredit(s string) string {
	for k := len(s) - 1; k > 0 && len(s)-k <= chromeMaxBytes; k-- {
		if s[k-1] != ' ' || !endsSentence(s[:k-1]) {
			continue
		}
		f := Fold(s[k:])
		for _, m := range creditMarks {
			if strings.HasPrefix(f, m) {
				return s[:k-1]
			}
		}
	}
	return s
}

// openingCaptions returns the first content line from first on that is
// not a photo's caption opening the page: a caption printed twice, the
// second time with its credit ("Bà A trao vốn … tại huyện B" over "Bà A
// trao vốn … tại huyện B   ẢNH: C"). It returns first when the page does
// not open so. (A caption printed once, with its credit, stays in the
// title's place: the relevance gate reads the title.)
func openingCaptions(lines []line, first, end int, content func(int) bool) int {
	i := first
	for i < end {
		j := nextContent(lines, i, end, content)
		if j >= end || !creditedCaption(lines[j].s) || !strings.HasPrefix(lines[j].s, strings.TrimSpace(lines[i].s)) {
			break
		}
		i = nextContent(lines, j, end, content)
	}
	return i
}

// nextContent is the first content line after line i, end if none.
func nextContent(lines []line, i, end int, content func(int) bool) int {
	for i++; i < end && !content(i); i++ {
	}
	return i
}

// CreditedCaption reports a line that ends with a photo's credit ("… tại
// quận B Ảnh: C"), a caption wherever it stands (creditedCaption).
func CreditedCaption(s string) bool { return creditedCaption(s) }

// creditedCaption reports a short line that ends with a photographer's
// credit set off by spaces ("… tỉnh B   ẢNH: KHÁNH AN", "… (Ảnh: Minh
// An)"): a credit of a few words with no digit, after a caption that is
// no paragraph.
func creditedCaption(s string) bool {
	if len(s) > 4*chromeMaxBytes {
		return false
	}
	f := Fold(s)
	k := max(strings.LastIndex(f, " ảnh:"), strings.LastIndex(f, " (ảnh:"))
	if k <= 0 {
		return false
	}
	credit := f[k:]
	return len(credit) <= chromeMaxBytes/2 && !strings.ContainsAny(credit, "0123456789") && countWords(f[:k]) >= 4
}

// isMeta reports a line of page metadata among the first lines: a date
// line, a paper's masthead ("Cơ quan của …"), or a byline — a name that ends with "|" ("NGUYỄN VĂN AN |"),
// a name and a date line after a "|" ("Lê An LĐO | 12/01/2024 08:00"), or
// names that stand next to a date line, blank lines apart ("Trần Văn Bình"
// or "Trần Bình - Lê An" over "12/01/2024, 08:00"), or followed by its
// date on the same line ("Lê Văn Tâm 08:45, 14/05/2023").
// Such a line is neither the kicker nor the title.
func isMeta(lines []line, i int) bool {
	s := strings.TrimSpace(lines[i].s)
	if isDateLine(s) || isMediaLabel(s) || isCredit(s) || isViewCounter(s) || isPlayerClock(s) || isFollowButton(s) {
		return true
	}
	if isMasthead(s) {
		return true // a paper's masthead: "CƠ QUAN CỦA TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"
	}
	if strings.HasSuffix(s, "|") {
		by := strings.TrimSpace(strings.TrimSuffix(s, "|"))
		return isName(by) || isInitials(by)
	}
	if by, date, ok := strings.Cut(s, "|"); ok && isDateLine(strings.TrimSpace(date)) {
		return isNames(strings.TrimSpace(by)) // "Hải Anh LDO | 21/06/2022 12:17"
	}
	if date, fields, ok := strings.Cut(s, "|"); ok && isDateLine(strings.TrimSpace(date)) && pageFields(fields) {
		return true // "Đăng: 08:30 12-05-2016 | Tác giả: | Nguồn:"
	}
	if k := strings.IndexAny(s, "0123456789"); k > 0 && len(s) <= 2*chromeMaxBytes && isDateLine(strings.TrimSpace(s[k:])) {
		if isNames(strings.TrimSpace(s[:k])) || sourced(strings.TrimSpace(s[:k])) {
			return true // "Lê Văn Tâm 08:45, 14/05/2023", "LÊ TÂM (báo A) 08:45 14/05/2023": a byline and its date on one line
		}
		if sectionDated(s[:k], s[k:]) {
			return true // "Thời sự - 01/12/2023 10:47": the page's section and its date
		}
	}
	if isAuthorField(s) {
		return true // "Tác giả: Minh An": the byline as a labelled field
	}
	if printButtons(s) {
		return true // "PV In bài viết": the byline beside the page's print button
	}
	if !isNames(s) {
		return false
	}
	if openDash(s) {
		return true // "Minh An  -": a byline whose date after the dash the page lost
	}
	for _, step := range []int{-1, 1} {
		j := i + step
		for n := 0; n < bylineNames && j >= 0 && j < len(lines) && !lines[j].blank && isNames(strings.TrimSpace(lines[j].s)) && !openDash(lines[j].s); n++ {
			j += step // "Minh An" over "Minh An" or "Lê Bình", then the date: one byline block
		}
		for j >= 0 && j < len(lines) && lines[j].blank {
			j += step
		}
		if j >= 0 && j < len(lines) && (isDateLine(strings.TrimSpace(lines[j].s)) || isAuthorField(strings.TrimSpace(lines[j].s))) {
			return true // "Minh An" over "Tác giả: Minh An" too
		}
		if step == 1 && j < len(lines) && openDash(lines[j].s) && strings.HasPrefix(strings.TrimSpace(lines[j].s), s) {
			return true // "Minh An" over "Minh An  -", the byline printed twice
		}
	}
	return false
}

// bylineNames is how many more lines of names, one right under another, a
// byline block may hold between a name and its date line: a page prints
// each author on a line of its own ("Minh An" over "Lê Bình" over
// "05/11/2024 09:14 GMT+7"), or the same name twice.
const bylineNames = 2

// sourced reports a byline that names the author's paper in brackets
// after the name: "LÊ TÂM (báo A)".
func sourced(by string) bool {
	i := strings.LastIndex(by, " (")
	return i > 0 && strings.HasSuffix(by, ")") && !strings.ContainsAny(by[i:], "0123456789") && isNames(strings.TrimSpace(by[:i]))
}

// sectionLabelWords is how many words a section's label before a date line
// has at most ("Thời sự", "Xã hội", "Kinh tế - Xã hội").
const sectionLabelWords = 4

// hasClock matches a time of day.
var hasClock = regexp.MustCompile(`\d{1,2}:\d{2}`)

// sectionDated reports a page's dateline made of its section's label, a
// dash or a bar, and a date with its time ("Xã hội - 05/03/2024 09:12"):
// the label is a few words that open with a capital, with no digit and no
// sentence's mark; the time is required, as a headline may end with a
// place and a date but never with a clock.
func sectionDated(label, date string) bool {
	label = strings.TrimSpace(label)
	l := strings.TrimRight(label, "-–|")
	if !hasClock.MatchString(date) || len(l) == len(label) && !fullDateClock.MatchString(strings.TrimSpace(date)) {
		return false // "Lao động - Công đoàn 29/12/2025 16:08": a full date and its time need no dash before them
	}
	l = strings.TrimSpace(l)
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsUpper(r) || strings.ContainsAny(l, "0123456789"+sentenceEnds+":;,()") {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(l) {
		if w == "-" || w == "–" {
			continue
		}
		n++
	}
	return n >= 1 && n <= sectionLabelWords
}

// fullDateClock matches a whole line that is a day, month and year and a
// time of day, in either order ("29/12/2025 16:08", "08:15 05-01-2026").
var fullDateClock = regexp.MustCompile(`^(\d{1,2}[/-]\d{1,2}[/-]\d{4},? \d{1,2}:\d{2}|\d{1,2}:\d{2},? \d{1,2}[/-]\d{1,2}[/-]\d{4})$`)

// printLabels are the words of a page's print and share buttons, folded,
// that a line under the headline may hold after the byline ("PV In bài
// viết", "Minh An Chia sẻ").
var printLabels = []string{"in bài viết", "in bài", "gửi bài viết", "chia sẻ"}

// printButtons reports a short line that ends with a print or share
// button's label, with nothing before it but the byline: a staff byline
// ("PV", "PV."), initials, names, or nothing.
func printButtons(s string) bool {
	if len(s) > chromeMaxBytes {
		return false
	}
	words := strings.Fields(s)
	for _, l := range printLabels {
		n := strings.Count(l, " ") + 1
		if len(words) < n || Fold(strings.Join(words[len(words)-n:], " ")) != l {
			continue
		}
		by := strings.Join(words[:len(words)-n], " ")
		return by == "" || by == "PV" || by == "PV." || isNames(by) || isInitials(by)
	}
	return false
}

// authorLabels open a byline given as a labelled field, folded.
var authorLabels = []string{"tác giả:", "người viết:", "phóng viên:"}

// openDash reports a line that ends with a dash after a space and has no
// word after it ("Minh An  -"): a byline cut before its date.
func openDash(s string) bool {
	t := strings.TrimRight(s, " ")
	for _, d := range []string{" -", " –"} {
		if strings.HasSuffix(t, d) {
			return true
		}
	}
	return false
}

// isAuthorField reports a short line that is an author's label and
// persons' names, nothing else ("Tác giả: Minh An", "Phóng viên: Lê Bình -
// Trần Hà").
func isAuthorField(s string) bool {
	if len(s) > chromeMaxBytes || s == "" {
		return false
	}
	f := Fold(s)
	for _, l := range authorLabels {
		if strings.HasPrefix(f, l) {
			_, by, _ := strings.Cut(s, ":")
			return isNames(strings.TrimSpace(by))
		}
	}
	return false
}

// isNames reports one or more persons' names joined by dashes or commas, as
// a byline lists its authors ("Nguyễn An - Trần Bình").
func isNames(s string) bool {
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '-' || r == '–' || r == ',' }) {
		if !isName(strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}

// isViewCounter reports a line that is only a page's counter of views or
// reads, "542 lượt xem", "1.208 lượt đọc": the page's chrome, never its
// title, nor a kicker that would push the headline above it aside.
func isViewCounter(s string) bool {
	if len(s) > 0 && s[0]|0x20 == 'l' && len(s) <= 2*chromeMaxBytes {
		// the counter as a labelled field, "Lượt xem: 3044", "Lượt đọc 1.208"
		k := strings.IndexAny(s, "0123456789")
		return k > 0 && viewLabel(strings.TrimRight(strings.TrimSpace(s[:k]), ":")) && onlyCount(s[k:])
	}
	n := 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9' || n > 0 && (s[n] == '.' || s[n] == ',')) {
		n++
	}
	if n == 0 || n > 12 {
		return false
	}
	return viewLabel(strings.TrimSpace(s[n:]))
}

// viewLabel reports the words a view counter labels its number with,
// "lượt xem", "Lượt đọc", "lượt truy cập".
func viewLabel(s string) bool {
	switch Fold(s) {
	case "lượt xem", "lượt đọc", "lượt truy cập":
		return true
	}
	return false
}

// isPlayerClock reports a line that is only an audio or video player's
// clock, its position and length ("0:00 / 0:00", "0:00", "1:05:12 /
// 3:40:00"): the page's chrome, never its title nor its kicker.
func isPlayerClock(s string) bool {
	if len(s) > 24 || len(s) < 4 {
		return false
	}
	for part := range strings.SplitSeq(s, "/") {
		if !clockTime(strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}

// isFollowButton reports a page's button asking the reader to follow
// the paper on a news reader ("Theo dõi Báo A trên Google News"): a short
// line opening on "Theo dõi" and ending on "Google News", the page's
// chrome, never its title.
func isFollowButton(s string) bool {
	return len(s) <= 2*chromeMaxBytes && strings.HasSuffix(s, "Google News") && (strings.HasPrefix(s, "Theo dõi") || strings.HasPrefix(s, "theo dõi"))
}

// clockTime reports "m:ss", "mm:ss" or "h:mm:ss": digit groups joined by
// colons, every group after the first of two digits.
func clockTime(s string) bool {
	groups := strings.Split(s, ":")
	if len(groups) < 2 || len(groups) > 3 {
		return false
	}
	for i, g := range groups {
		if g == "" || len(g) > 2 || i > 0 && len(g) != 2 {
			return false
		}
		for _, c := range []byte(g) {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// onlyCount reports a counter's number and nothing after it: "3044",
// "1.208".
func onlyCount(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 12 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && (i == 0 || s[i] != '.' && s[i] != ',') {
			return false
		}
	}
	return true
}

// pageFieldLabels are the labels of the fields a page lists after its date
// ("| Tác giả: Minh An | Nguồn: LĐLĐ tỉnh"), folded.
var pageFieldLabels = []string{"tác giả:", "nguồn:", "lượt xem:", "người đăng:", "biên tập:"}

// pageFields reports fields that are all labelled so, with a short value or
// none, split by "|".
func pageFields(s string) bool {
	if len(s) > 2*chromeMaxBytes {
		return false
	}
	for f := range strings.SplitSeq(s, "|") {
		f = Fold(strings.TrimSpace(f))
		if !slices.ContainsFunc(pageFieldLabels, func(l string) bool { return strings.HasPrefix(f, l) }) {
			return false
		}
	}
	return true
}

// mediaLabels are the words of a line that only labels the page's media
// ("Video -", "Clip:", "Ảnh |"), lower case.
var mediaLabels = []string{"video", "clip", "ảnh", "infographic", "podcast", "audio", "photo", "emagazine", "longform"}

// isMediaLabel reports a line that is a media label and nothing else.
func isMediaLabel(s string) bool {
	return len(s) <= 24 && slices.Contains(mediaLabels, strings.TrimRight(Fold(s), " -–:|"))
}

// isCredit reports a short credit line with no figure: "Ảnh: Công đoàn
// Giáo dục Việt Nam", "Nguồn: LĐLĐ tỉnh", "Tin-ảnh: H.Đào", a photo
// report's or a video's byline under the headline ("Phóng sự ảnh: MINH
// AN", "Video: Lê Bình"). A caption that tells what the
// photo shows ("Ảnh: LĐLĐ quận trao 50 suất quà") has a figure and stays.
func isCredit(s string) bool {
	if len(s) > 64 || strings.ContainsAny(s, "0123456789") {
		return false
	}
	f := Fold(s)
	for _, p := range []string{"ảnh:", "nguồn:", "tin-ảnh:", "tin, ảnh:", "tin và ảnh:", "bài, ảnh:", "bài và ảnh:", "phóng sự ảnh:", "video:", "clip:"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// isDateLine reports a date line, trying the pattern only on a short line
// with a digit.
func isDateLine(s string) bool {
	return len(s) <= 64 && strings.ContainsAny(s, "0123456789") && dateLine.MatchString(s)
}

// mastheadOf and mastheadSpeech open a paper's masthead line, in Fold form.
var mastheadOf, mastheadSpeech = Fold("Cơ quan của"), Fold("Cơ quan ngôn luận")

// isMasthead reports a short line that opens with mastheadOf or
// mastheadSpeech once folded. Only a "c" or "C" folds to a leading "c", so
// the other lines are passed over without folding them.
func isMasthead(s string) bool {
	if len(s) > chromeMaxBytes*2 || s == "" || s[0]|0x20 != 'c' {
		return false
	}
	f := Fold(s)
	return strings.HasPrefix(f, mastheadOf) || strings.HasPrefix(f, mastheadSpeech)
}

// isName reports a person's name: two to five words, each capitalised,
// no digit.
func isName(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if n++; n > 5 || !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return n >= 2
}

// capsByline reports a bare author's name set in capitals, as a page
// prints its byline between the headline and the lead: two to four words,
// letters only, none in lower case ("VÕ HƯỜNG", "NGUYỄN VĂN AN").
func capsByline(s string) bool {
	s = strings.TrimSpace(s)
	if n := countWords(s); n < 2 || n > 4 || !isName(s) {
		return false
	}
	for _, r := range s {
		if r != ' ' && !unicode.IsUpper(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// isInitials reports an author's name shortened to initials and a name,
// as one word: "D.LỆ", "T.Hương", "N.V.A".
func isInitials(s string) bool {
	if len(s) > 24 || !strings.Contains(s, ".") || strings.ContainsAny(s, " 0123456789") {
		return false
	}
	for part := range strings.SplitSeq(strings.TrimSuffix(s, "."), ".") {
		if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// prevContent returns the last content line in [from, i), or -1.
func prevContent(i, from int, content func(int) bool) int {
	for i--; i >= from; i-- {
		if content(i) {
			return i
		}
	}
	return -1
}

// isWeather reports a line of a page's weather box: a place, a colon and
// a temperature ("Thành phố A: 24°C Thành phố A", "Tỉnh B: -2 °C"), at
// most weatherMaxBytes long, no digit after the temperature and no
// sentence's end. It is page chrome: not a kicker, a title or a body
// paragraph, so its places name neither the article's place nor its body.
func isWeather(s string) bool {
	if len(s) > weatherMaxBytes {
		return false
	}
	c := strings.Index(s, ": ")
	if c <= 0 || strings.IndexFunc(s[:c], unicode.IsDigit) >= 0 {
		return false
	}
	t := strings.TrimLeft(s[c+2:], "+-−")
	n := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != ',' && r != '.' })
	if n <= 0 {
		return false
	}
	t = strings.TrimLeft(t[n:], " ")
	var rest string
	switch {
	case strings.HasPrefix(t, "°C"), strings.HasPrefix(t, "°F"):
		rest = t[len("°C"):]
	case strings.HasPrefix(t, "℃"):
		rest = t[len("℃"):]
	default:
		return false
	}
	return strings.IndexFunc(rest, unicode.IsDigit) < 0 && !strings.ContainsAny(rest, sentenceEnds)
}

// tickerMaxLines is how many lines an economic ticker's block holds after
// its label at most: its paragraph of indicators and a slug or two.
const tickerMaxLines = 4

// isTickerLabel reports the label of a finance paper's economic ticker
// ("Chỉ số kinh tế:", "Chỉ số kinh tế vĩ mô:"): a short line that opens
// with those words and ends with a colon.
func isTickerLabel(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > chromeMaxBytes || !strings.HasSuffix(s, ":") {
		return false
	}
	return strings.HasPrefix(Fold(s), "chỉ số kinh tế")
}

// tickerEnd is the first line after the ticker whose label is line i: the
// block runs to the next blank line, which must come within tickerMaxLines
// lines (a page with no blank lines gives the label alone and the line
// under it), then past blank lines.
func tickerEnd(lines []line, i int) int {
	end := i + 2
	for k := i + 1; k < len(lines) && k <= i+tickerMaxLines+1; k++ {
		if lines[k].blank {
			end = k
			break
		}
	}
	end = min(end, len(lines))
	for end < len(lines) && lines[end].blank {
		end++
	}
	return end
}

// hasAlnum reports whether s holds a letter or a digit: a line of only
// marks ("|", "* * *") is a markdown remnant, not a kicker or a title.
func hasAlnum(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// hasBlank reports a blank line between two lines of lines: a feed that
// separates its paragraphs with blank lines. Blank lines after the last
// line of content (the newline a file or a feed's text ends on) separate
// nothing, so a feed of one newline between paragraphs that ends on one
// is still read as one (a list of lines ending in ";" down to the text's
// end is no block of related links).
func hasBlank(lines []line) bool {
	blank := false
	for i := range lines {
		if lines[i].blank {
			blank = true
		} else if blank {
			return true
		}
	}
	return false
}

// lastNonBlank is the text's last line but blank lines and teasers of
// other articles.
func lastNonBlank(lines []line) string {
	for i := len(lines) - 1; i >= 0; i-- {
		if !lines[i].blank && !isTeaser(lines[i].s) && !inHeadlineRun(lines, i) {
			return lines[i].s
		}
	}
	return ""
}

// PhotoTitle returns the text before the photo's number that ends s, as
// some papers label each photo with the article's title and its number
// ("Trao 300 suất quà cho công nhân - Ảnh 1."), else "".
func PhotoTitle(s string) string {
	if t := photoAlt(s); t != s {
		return t
	}
	return ""
}

// photoAlt returns the text before a photo's number that ends s, as some
// papers label each photo with the title and its number ("Trao 300 suất
// quà cho công nhân - Ảnh 1."), else s.
func photoAlt(s string) string {
	t := strings.TrimRight(strings.TrimSuffix(s, "."), "0123456789")
	if len(t) == len(s) || len(t) == len(strings.TrimSuffix(s, ".")) {
		return s // no number at the end
	}
	for _, m := range []string{" - Ảnh ", " - ảnh ", " - Hình ", " - hình "} {
		if before, ok := strings.CutSuffix(t, m); ok {
			return before
		}
	}
	return s
}

// gluedPhotoCaption reads line s as the label of the n-th photo, the
// title and the photo's number ("<title> - ảnh 2", labelled), and gives
// where a caption glued to that number starts ("<title> - ảnh 1200 công
// nhân được khám …" is photo 1's caption "200 công nhân được khám …"),
// else 0: a number the caption begins with is not read with the photo's.
func gluedPhotoCaption(s, title, titleFold string, n int) (glued int, labelled bool) {
	t := len(title)
	if len(s) <= t+len(" - ảnh ") || s[t] != ' ' || !(strings.HasPrefix(s[t:], " - ảnh ") || strings.HasPrefix(s[t:], " - Ảnh ")) || !sameText(s[:t], title, titleFold) {
		return 0, false
	}
	k := t + len(" - ảnh ") // "ảnh" and "Ảnh" are as long
	num := strconv.Itoa(n)
	if !strings.HasPrefix(s[k:], num) {
		return 0, false // another number: not the n-th photo's label
	}
	if e := k + len(num); e < len(s) && isDigit(s[e]) {
		return e, true // a number glued to the photo's
	}
	return 0, true
}

// sameText reports whether s reads as the title.
func sameText(s, title, titleFold string) bool {
	if s == title {
		return true
	}
	for i := 0; i < min(len(s), len(title)); i++ {
		a, b := s[i], title[i]
		if a == b {
			continue
		}
		if a < utf8.RuneSelf && b < utf8.RuneSelf && !(a|0x20 == b|0x20 && 'a' <= a|0x20 && a|0x20 <= 'z') {
			return false
		}
		break
	}
	// Case and tone placement rarely change the length in UTF-8.
	if d := len(s) - len(title); d < -sameTextSlack || d > sameTextSlack {
		return false
	}
	return Fold(s) == titleFold
}

// widgetRunes is how many letters a page widget's remnant has at most.
const widgetRunes = 2

// isWidget reports a line of one or two letters and nothing else, as a
// page's font-size buttons leave it under the headline ("aa"): no title,
// kicker or caption is so short.
func isWidget(s string) bool {
	s = strings.TrimSpace(s)
	if zoomLevel(s) {
		return true
	}
	n := 0
	for _, r := range s {
		if n++; n > widgetRunes || !unicode.IsLetter(r) {
			return false
		}
	}
	return n > 0
}

// zoomLevel reports a line that is only a percentage of up to three
// digits, "100%": the text-size widget a page prints under its headline
// (between its "A-" and "A+" buttons). A figure standing alone, with no
// word of what it counts, is no paragraph, title or caption.
func zoomLevel(s string) bool {
	n := len(s) - 1
	if n < 1 || n > 3 || s[n] != '%' {
		return false
	}
	for i := range n {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isArrows reports a line made only of "-->" (or "<!--") tokens.
func isArrows(s string) bool {
	n := 0
	for tok := range strings.FieldsSeq(s) {
		if tok != "-->" && tok != "<!--" {
			return false
		}
		n++
	}
	return n > 0
}

// isMarkedLink reports a line that opens on a chrome marker and a colon
// and goes on to another article's headline, no sentence ("Xem thêm: Trao
// 300 suất quà cho công nhân dịp Tết"): a related link inside or
// under the text, whose figures are not this one's (the contract:
// related-link lines yield nothing). A marker alone on its line starts the
// trailing chrome (isChrome).
func isMarkedLink(s string) bool {
	head, rest, ok := strings.Cut(s, ":")
	if !ok || len(head) > chromeMaxBytes || strings.TrimSpace(rest) == "" || endsSentence(s) {
		return false
	}
	head = strings.Trim(head, "#* \t")
	return head != "" && chromeMarkers[Fold(head)]
}

// isChrome reports a line that starts the trailing chrome.
func isChrome(s string) bool {
	if len(s) > chromeMaxBytes {
		return false
	}
	s = strings.Trim(s, "#*: \t")
	return s != "" && chromeMarkers[Fold(s)]
}

// isSlug reports a line that starts with a run of lower-case ASCII words,
// the slug of a linked article.
func isSlug(s string) bool {
	words := 0
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
			j++
		}
		if j == i || (j < len(s) && s[j] != ' ') {
			return false
		}
		if words++; words >= slugMinWords {
			return true
		}
		i = j + 1
	}
	return false
}

// isFileName reports a line made only of image file name tokens: ASCII
// lower-case letters and digits, with at least one of each.
func isFileName(s string) bool {
	var digit, letter bool
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case 'a' <= c && c <= 'z':
			letter = true
		case c == ' ' || c == '_' || c == '-':
		case c == '.':
			if i+1 == len(s) || s[i+1] == ' ' {
				return false
			}
		default:
			return false
		}
	}
	return digit && letter
}

// isLong reports a line that reads as a paragraph rather than a headline.
func isLong(s string) bool {
	// a rune takes at most utf8.UTFMax bytes (an invalid byte counts as a
	// rune): a line of that many bytes per rune needs no count
	if len(s) >= leadMinRunes && (len(s) >= utf8.UTFMax*leadMinRunes || utf8.RuneCountInString(s) >= leadMinRunes) {
		return true
	}
	t := strings.TrimRight(s, sentenceClosings)
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(sentenceEnds, r) && countWords(s) >= leadMinWords
}

// isSignature reports a short author line such as "P.T" or "Mai Quý".
func isSignature(s string) bool {
	if utf8.RuneCountInString(s) > signatureRunes || countWords(s) > signatureWords ||
		strings.HasSuffix(s, ":") {
		return false
	}
	return !strings.ContainsAny(s, "0123456789")
}

func countWords(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// stripAgencyTag removes a leading "(LĐTĐ)" and the dash after it.
func stripAgencyTag(p piece) piece {
	if !strings.HasPrefix(p.s, agencyTag) {
		return p
	}
	rest := strings.TrimLeft(p.s[len(agencyTag):], " \t-–—:")
	return p.sub(len(p.s)-len(rest), len(p.s))
}

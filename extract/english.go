package extract

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/gazetteer"
)

// English editions. The papers publish some of their union news in
// English too ("Hai Phong City Labor Federation", "Vietnam Health Trade
// Union"). Such an article is read by a path of its own, with the English
// rows of lexicon/english.tsv, so that nothing of the Vietnamese rules
// changes: english tells one apart by the share of English function words
// in its title and lead, and englishArticle gives its records in the
// contract's terms (canonical Vietnamese organisation names, the English
// sentence as evidence).

// minFunctionShare is the share of a text's words that must be function
// words of a language ("the", "of", "and" …; english.tsv function, or
// foreign) for the text to be read as in it; Vietnamese text has none.
const minFunctionShare = 0.1

// englishMaxPhrase is the longest phrase of english.tsv, in words, that a
// lookup tries.
const englishMaxPhrase = 6

// enRow is a row of english.tsv: its value and flag, by kind.
type enRow struct {
	value, flag string
}

// enLexicon is english.tsv: for each kind, the rows by phrase.
type enLexicon struct {
	rows      map[string]map[string]enRow // kind → phrase → row
	provinces [3]map[string]gazetteer.Unit
	// places are the districts, wards and communes of each era by their
	// names without diacritics ("hoan kiem").
	places [3]map[string][]gazetteer.Unit
}

var enLex = sync.OnceValue(func() *enLexicon {
	l := &enLexicon{rows: readLexRows("english.tsv")}
	for _, era := range []gazetteer.Era{gazetteer.Old, gazetteer.New} {
		l.places[era] = map[string][]gazetteer.Unit{}
	}
	for _, u := range gazetteer.All() {
		if u.Level != gazetteer.LevelProvince {
			k := enName(u.Name)
			l.places[u.Era][k] = append(l.places[u.Era][k], u)
		}
	}
	for _, era := range []gazetteer.Era{gazetteer.Old, gazetteer.New} {
		m := map[string]gazetteer.Unit{}
		for _, u := range gazetteer.Provinces(era) {
			k := enName(u.Name)
			m[k] = u
			m[strings.ReplaceAll(k, " ", "")] = u
			if u.Province == "Thành phố Hồ Chí Minh" {
				for _, k := range []string{"ho chi minh city", "hcm city", "hcmc", "saigon"} {
					m[k] = u
				}
			}
		}
		l.provinces[era] = m
	}
	return l
})

// readLexRows reads a lexicon of english.tsv's form (kind, phrase, value,
// flag): for each kind, the rows by phrase. french.tsv has the same form.
func readLexRows(file string) map[string]map[string]enRow {
	rows := map[string]map[string]enRow{}
	err := readTSV(file, func(f []string) error {
		if len(f) < 2 {
			return errRow
		}
		kind, phrase := f[0], f[1]
		row := enRow{}
		if len(f) > 2 {
			row.value = f[2]
		}
		if len(f) > 3 {
			row.flag = f[3]
		}
		if rows[kind] == nil {
			rows[kind] = map[string]enRow{}
		}
		rows[kind][phrase] = row
		return nil
	})
	if err != nil {
		panic("extract: " + err.Error())
	}
	return rows
}

// datelineProvince is the province a heading's dateline names in English
// spelling, as translated mirror pages open their lead ("Hanoi - …",
// "Da Nang – …"): a province's name without diacritics, capitalised, then
// a dash; "" if the heading opens otherwise.
func datelineProvince(text string, era gazetteer.Era) string {
	toks := enTokensUpTo(text, 5, false) // a dash among the first five tokens; the words before it keyed only then
	for k := 1; k < len(toks) && k <= 4; k++ {
		if w := toks[k].key; w == "-" || w == "–" {
			if !mostlyASCII(text[:toks[k].start]) || !unicode.IsUpper(firstRune(text)) {
				return ""
			}
			var b strings.Builder
			for _, t := range toks[:k] {
				if t.number || !isLetterByte(text[t.start]) || text[t.start] >= utf8.RuneSelf {
					return ""
				}
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(enKey(text[t.start:t.end]))
			}
			if u, ok := enLex().provinces[cmp.Or(era, gazetteer.Old)][b.String()]; ok {
				return u.Province
			}
			return ""
		}
	}
	return ""
}

// enName is a place's name as English text writes it, lower-cased: its
// words without diacritics ("Bà Rịa - Vũng Tàu" → "ba ria vung tau").
func enName(name string) string {
	var folded []string
	for _, w := range strings.FieldsFunc(strings.ReplaceAll(name, "-", " "), unicode.IsSpace) {
		folded = append(folded, asciiFold(w))
	}
	return strings.Join(folded, " ")
}

// errRow reports a row of english.tsv without a phrase.
var errRow = errors.New("a row needs a kind and a phrase")

// has reports a phrase of a kind.
func (l *enLexicon) has(kind, phrase string) bool {
	_, ok := l.rows[kind][phrase]
	return ok
}

// enToken is a word, a number or a punctuation mark of an English
// sentence; key is a word lower-cased without diacritics.
type enToken struct {
	start, end int
	key        string
	number     bool
}

// enSentence is one sentence of an English article.
type enSentence struct {
	para       int
	start, end int // in the article's text
	text       string
	toks       []enToken
}

// english reports whether the article is written in English: its title and
// lead use English function words, and few letters outside ASCII; or, when
// the title is not (a feed rebuilds an English page's title from its
// Vietnamese address, and a Vietnamese byline may open the body), its first
// body paragraphs do.
//
// Either way the body decides last: a translated mirror page (an es. or
// ja. edition) may carry an English headline and lead above the
// Vietnamese body it did not translate, and such a body, most of whose
// letters stand in paragraphs written with Vietnamese's marks
// (vietnameseBody), is read as Vietnamese whatever its title.
func english(a *corpus.Article) bool {
	return englishHead(a) && !vietnameseBody(a)
}

// englishHead is english without the body's last word: the title and lead,
// or the first body paragraphs, are English.
func englishHead(a *corpus.Article) bool {
	if mostlyASCII(a.Title) {
		head := a.Title
		for _, p := range a.Paras {
			if p.Kind == corpus.KindLead || p.Kind == corpus.KindBody {
				head += " " + a.Text[p.Start:p.End]
				break
			}
		}
		if englishText(head) {
			return true
		}
	}
	return englishBody(a)
}

// vietnameseBody reports an article more than half of the letters of
// whose lead and body paragraphs stand in paragraphs that are not
// mostlyASCII: Vietnamese ones, written with its marks. An English
// article quoting Vietnamese names, or with a Vietnamese caption or two,
// has far fewer.
func vietnameseBody(a *corpus.Article) bool {
	all, vi := 0, 0
	for _, p := range a.Paras {
		if p.Kind != corpus.KindLead && p.Kind != corpus.KindBody {
			continue
		}
		s := a.Text[p.Start:p.End]
		n := 0
		for i := 0; i < len(s); {
			if c := s[i]; c < utf8.RuneSelf {
				if 'a' <= c|0x20 && c|0x20 <= 'z' {
					n++
				}
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(s[i:])
			i += w
			if isLetter(r) {
				n++
			}
		}
		all += n
		if !mostlyASCII(s) {
			vi += n
		}
	}
	return 2*vi > all
}

// bodyHeadParas is how many lead and body paragraphs englishBody and
// foreignBody read (bodyHead).
const bodyHeadParas = 3

// englishBody reports whether the article's first lead and body paragraphs
// (the text from the first to the last of them) are English.
func englishBody(a *corpus.Article) bool {
	start, end, n := bodyHead(a)
	return n > 1 && englishText(a.Text[start:end])
}

// foreignBody reports an article whose first lead and body paragraphs are
// written in a language of the Latin script that is neither Vietnamese nor
// English (a paper's Spanish or Indonesian edition, under the Vietnamese
// title the feed kept): few letters outside ASCII, and function words of
// such a language (english.tsv kind foreign) often enough. Its dates and
// words read as Vietnamese give figures the text does not hold, so it
// yields no record.
//
// A page of an edition in another script (Japanese, Korean, Chinese,
// Russian, with Vietnamese names in Latin letters among its words) is
// foreign too: at least minOtherScriptShare of the letters of its lead
// and body paragraphs, all of them, and minOtherScriptLetters, are of a
// script other than the Latin (otherScript). All of them, not the first: a Vietnamese page may open
// with a few lines of a translation widget in Hangul.
func foreignBody(a *corpus.Article) bool {
	start, end, n := bodyHead(a)
	return n > 0 && (functionText(a.Text[start:end], "foreign") || otherScript(a))
}

// minOtherScriptShare is the share of a text's letters outside the Latin
// script that makes it foreign: a Vietnamese text quoting a name in Han
// characters or Hangul has far fewer, and a Japanese or Korean page
// naming Vietnamese places in Latin letters far more (each Latin letter
// counts, each Han character or Hangul syllable is one letter).
const minOtherScriptShare = 1.0 / 3

// otherScriptBytes counts, in the lead and body paragraphs, the first
// bytes in UTF-8 of the runes that may be letters outside the Latin
// script: from U+0380 (Greek, Cyrillic, Arabic …, Indic, Thai), U+1000 to
// U+1DFF (Myanmar, Georgian, Hangul Jamo, Khmer …), and from U+3000 (kana,
// Han, Hangul). It bounds otherScript's count from above, a byte at a
// time: a Vietnamese article, which has none, is passed over without
// decoding its runes.
func otherScriptBytes(a *corpus.Article) int {
	n := 0
	for _, p := range a.Paras {
		if p.Kind != corpus.KindLead && p.Kind != corpus.KindBody {
			continue
		}
		s := a.Text[p.Start:p.End]
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case c < 0xCE, c == 0xE2:
			case c == 0xE1:
				if i+1 < len(s) && s[i+1] < 0xB8 {
					n++
				}
			case c >= 0xF8:
				// no first byte of UTF-8
			default:
				n++
			}
		}
	}
	return n
}

// minOtherScriptLetters is the fewest letters outside the Latin script
// that make a text foreign, whatever their share: a page cut short to its
// title and a comment widget's "来自 … 回复" lines has a few, a page of
// another edition a sentence's worth and more.
const minOtherScriptLetters = 30

// otherScript reports an article the letters of whose lead and body
// paragraphs are, at least minOtherScriptShare of them, outside the Latin
// script (Vietnamese and English letters are all Latin). It reads each
// paragraph once; ASCII bytes need no decoding.
func otherScript(a *corpus.Article) bool {
	if otherScriptBytes(a) < minOtherScriptLetters {
		return false
	}
	letters, other := 0, 0
	for _, p := range a.Paras {
		if p.Kind != corpus.KindLead && p.Kind != corpus.KindBody {
			continue
		}
		for _, r := range a.Text[p.Start:p.End] {
			switch {
			case r < utf8.RuneSelf:
				if 'a' <= r|0x20 && r|0x20 <= 'z' {
					letters++
				}
				continue
			case r < 0x250 || 0x1E00 <= r && r < 0x1F00:
				// Latin-1, Latin Extended-A and B, Latin Extended
				// Additional: Vietnamese letters, no table lookup
				if r >= 0xC0 && r != 0xD7 && r != 0xF7 {
					letters++
				}
				continue
			case r < 0x370:
				continue // IPA and combining marks
			}
			if unicode.IsLetter(r) {
				letters++
				if !unicode.Is(unicode.Latin, r) {
					other++
				}
			}
		}
	}
	return other >= minOtherScriptLetters && float64(other) >= minOtherScriptShare*float64(letters)
}

// bodyHead is the span of the article's first bodyHeadParas lead and
// body paragraphs, and how many there are.
func bodyHead(a *corpus.Article) (start, end, n int) {
	for _, p := range a.Paras {
		if p.Kind != corpus.KindLead && p.Kind != corpus.KindBody {
			continue
		}
		if n == 0 {
			start = p.Start
		}
		end = p.End
		if n++; n == bodyHeadParas {
			break
		}
	}
	return start, end, n
}

// englishText reports a text with few letters outside ASCII whose first
// words are English function words often enough.
func englishText(head string) bool { return functionText(head, "function") }

// functionText reports a text with few letters outside ASCII whose first
// words are function words of english.tsv's kind often enough.
func functionText(head, kind string) bool {
	if !mostlyASCII(head) {
		return false
	}
	words, function := 0, 0
	for _, t := range enTokens(head) {
		if t.number || t.key == "" || !isLetterByte(head[t.start]) {
			continue
		}
		words++
		if enLex().has(kind, t.key) {
			function++
		}
		if words == 80 {
			break
		}
	}
	return function >= 3 && float64(function) >= minFunctionShare*float64(words)
}

// mostlyASCII reports a text with letters, at most one in twenty of them
// outside ASCII (a name with its diacritics): Vietnamese has far more.
func mostlyASCII(s string) bool { return fewNonASCII(s, 20) }

// fewNonASCII reports a text with letters, at most one in oneIn of them
// outside ASCII. It stops as soon as the bytes left, were they all ASCII
// letters, could not bring the share down: a Vietnamese text, after a few
// words.
func fewNonASCII(s string, oneIn int) bool {
	letters, other := 0, 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if isLetter(r) {
			letters++
			other++
			if other*oneIn > letters+len(s)-i {
				return false
			}
		}
	}
	return letters > 0 && other*oneIn <= letters
}

// letterBits marks the letters among the runes below U+2000 (Latin with
// Vietnamese's marks among them), for isLetter.
var letterBits = func() (t [0x2000 / 64]uint64) {
	for r := range rune(0x2000) {
		if unicode.IsLetter(r) {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return t
}()

// isLetter is unicode.IsLetter, by table below U+2000.
func isLetter(r rune) bool {
	if uint32(r) < 0x2000 {
		return letterBits[r/64]&(1<<(r%64)) != 0
	}
	return unicode.IsLetter(r)
}

func isLetterByte(c byte) bool { return c >= utf8.RuneSelf || 'a' <= c|0x20 && c|0x20 <= 'z' }

// enTokens splits s into words (letters and inner apostrophes), numbers
// (digits with inner "," and "."), and single punctuation marks.
func enTokens(s string) []enToken { return enTokensUpTo(s, -1, true) }

// enTokensUpTo is the first max tokens of enTokens(s), all if max < 0:
// what a look at a text's opening needs. Unless keyed, words are given no
// key (a key folds the word through NFD), punctuation marks theirs.
func enTokensUpTo(s string, max int, keyed bool) []enToken {
	var out []enToken
	for i := 0; i < len(s) && len(out) != max; {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsDigit(r):
			j := i + 1
			for j < len(s) && (isDigit(s[j]) || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1])) {
				j++
			}
			out = append(out, enToken{start: i, end: j, number: true})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(s) {
				r, m := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r) || unicode.IsMark(r) {
					j += m
					continue
				}
				if (r == '\'' || r == '’') && j+m < len(s) {
					if q, _ := utf8.DecodeRuneInString(s[j+m:]); unicode.IsLetter(q) {
						j += m
						continue
					}
				}
				break
			}
			t := enToken{start: i, end: j}
			if keyed {
				t.key = enKey(s[i:j])
			}
			out = append(out, t)
			i = j
		default:
			out = append(out, enToken{start: i, end: i + n, key: s[i : i+n]})
			i += n
		}
	}
	return out
}

// enKey is a word lower-cased, without diacritics, with a straight
// apostrophe: "Tết" → "tet", "People’s" → "people's".
func enKey(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	w = strings.ReplaceAll(w, "’", "'")
	var b strings.Builder
	for _, part := range strings.Split(w, "'") {
		if b.Len() > 0 {
			b.WriteByte('\'')
		}
		b.WriteString(asciiFold(part))
	}
	return b.String()
}

// phraseAt is the longest phrase of a kind that starts at word token i, and
// the token just past it (i if none). Punctuation ends a phrase.
func (s *enSentence) phraseAt(kind string, i int) (string, enRow, int) {
	return longestRow(enLex().rows[kind], s.toks, i, englishMaxPhrase, func(t enToken) bool { return t.number || !isLetterByte(s.text[t.start]) })
}

// longestRow is the longest phrase of rows, of at most most tokens, that
// starts at token i and holds no token that ends (ends a phrase): the
// phrase, its row, and the token just past it (i if none).
func longestRow(rows map[string]enRow, toks []enToken, i, most int, ends func(enToken) bool) (string, enRow, int) {
	var b strings.Builder
	best, row, end := "", enRow{}, i
	for k := i; k < len(toks) && k < i+most; k++ {
		t := toks[k]
		if ends(t) {
			break
		}
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(t.key)
		if r, ok := rows[b.String()]; ok {
			best, row, end = b.String(), r, k+1
		}
	}
	return best, row, end
}

// phraseEndingAt is the longest phrase of a kind that ends just before
// token end, and the token it starts at (end if none).
func (s *enSentence) phraseEndingAt(kind string, end int) (string, enRow, int) {
	for i := max(0, end-englishMaxPhrase); i < end; i++ {
		if p, r, e := s.phraseAt(kind, i); p != "" && e == end {
			return p, r, i
		}
	}
	return "", enRow{}, end
}

// anaphoric is whether a determiner and "above" stand right before token
// t ("the above 2 households"): they point back to figures already told
// and qualify nothing (english.tsv kind anaphoric).
func (s *enSentence) anaphoric(t int) bool {
	p, _, _ := s.phraseEndingAt("anaphoric", t)
	return p != ""
}

// key is token i's key, "" outside the sentence.
func (s *enSentence) key(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].key
}

// clause is the span of tokens around token t up to a ";", a bracket or
// the sentence's ends.
func (s *enSentence) clause(t int) (int, int) {
	a, b := t, t
	for a > 0 && !clauseMark(s.key(a-1)) {
		a--
	}
	for b < len(s.toks) && !clauseMark(s.key(b)) {
		b++
	}
	return a, b
}

// segmentStart is the first token of the part of token t's clause that
// no comma divides.
func (s *enSentence) segmentStart(t int) int {
	a := t
	for a > 0 && !segmentMark(s.key(a-1)) {
		a--
	}
	return a
}

// part is the span of tokens around token t that no comma, clause mark or
// "and" divides.
func (s *enSentence) part(t int) (int, int) {
	mark := func(k string) bool { return k == "and" || segmentMark(k) }
	a, b := t, t
	for a > 0 && !mark(s.key(a-1)) {
		a--
	}
	for b < len(s.toks) && !mark(s.key(b)) {
		b++
	}
	return a, b
}

func segmentMark(k string) bool { return k == "," || clauseMark(k) }

func clauseMark(k string) bool { return k == ";" || k == "(" || k == ")" || k == ":" }

// enArticle is what englishArticle knows of the article being read.
type enArticle struct {
	a    *corpus.Article
	era  gazetteer.Era
	year int    // the reporting year
	org  orgRef // the article's organisation
	// province is the first province the article names, "" if none.
	province string
	notes    []string // what stays unresolved, for the build's warnings
	// workforce is the paragraph of the last figure of an area's
	// workforce, -1 before any.
	workforce int
	// told is the category of each figure's first mention, by value and
	// head noun (restated).
	told map[enFigure]string
}

// enFigure is a figure by its value and head noun.
type enFigure struct {
	value float64
	noun  string
}

// opensWithShare reports a sentence that opens with "Of them" or "Among
// them".
func (s *enSentence) opensWithShare() bool {
	k := s.key(0)
	return (k == "of" || k == "among") && (s.key(1) == "them" || s.key(1) == "whom")
}

// note adds a warning once.
func (x *enArticle) note(n string) {
	if !slices.Contains(x.notes, n) {
		x.notes = append(x.notes, n)
	}
}

// firstProvince is the first province the article names.
func (x *enArticle) firstProvince(sents []*enSentence) string {
	for _, s := range sents {
		for i := range s.toks {
			if u, _, ok := x.provinceAt(s, i); ok {
				return u.Province
			}
		}
	}
	return ""
}

// enLanguage is how a language read through english.tsv's rules is read:
// its sentences' tokens, keyed by English words (english.go's rules read
// keys), the abbreviations after which a full stop ends no sentence, and
// its name for the notes.
type enLanguage struct {
	tokens       func(string) []enToken
	abbreviation func(word string) bool
	chrome       func(para string) bool // a paragraph that opens the trailing chrome
	name         string
}

// englishLanguage is English, read as written.
var englishLanguage = enLanguage{
	tokens:       enTokens,
	abbreviation: func(w string) bool { return enLex().has("abbreviation", w) },
	chrome:       enChrome,
	name:         "tiếng Anh",
}

// englishArticle extracts the records of an English article.
func englishArticle(a *corpus.Article) ([]Record, []string) {
	return translatedArticle(a, englishLanguage)
}

// translatedArticle extracts the records of an article of a paper's
// edition in another language, read through english.tsv's rules: in
// English, or with its words keyed by English ones (french.go).
func translatedArticle(a *corpus.Article, lang enLanguage) ([]Record, []string) {
	var sents []*enSentence
	for pi, p := range a.Paras {
		if lang.chrome(a.Text[p.Start:p.End]) {
			break // "RELATED NEWS" and the teasers of other articles after it
		}
		for _, se := range enSplit(a.Text, p.Start, p.End, lang.abbreviation) {
			text := a.Text[se[0]:se[1]]
			sents = append(sents, &enSentence{para: pi, start: se[0], end: se[1], text: text, toks: lang.tokens(text)})
		}
	}
	if !enRelevant(a, sents) {
		return nil, []string{"không lấy số liệu: bài " + lang.name + " không nói đến công đoàn hay hoạt động công đoàn"}
	}
	x := &enArticle{a: a, workforce: -1}
	x.year = x.reportYear(sents)
	x.era = eraOf(a.Published, x.year)
	x.province = x.firstProvince(sents)
	// the article's organisation: the first one named as who acts, not as
	// a funder or a partner ("from the financial support of the VGCL, the
	// Provincial X Union awarded …"); failing that, the first named
	found := false
	for _, s := range sents {
		if org, at, ok := x.hostOrg(s); ok {
			x.org, found = org, true
			if enObject(s, at) {
				x.org = x.actorAfterFunder(s, org, at, s.nextNumber(at), org)
			}
			break
		}
	}
	if !found {
		for _, s := range sents {
			if org, _, ok := x.firstOrg(s, 0, len(s.toks)); ok {
				x.org = org // only guests named: the first of them
				break
			}
		}
	}
	var out []Record
	govYear, govPara := 0, -1
	for i, s := range sents {
		if i == len(sents)-1 && enCutOff(a, s, i > 0 && sents[i-1].para == s.para) {
			break
		}
		if s.para != govPara {
			govYear, govPara = 0, s.para
		}
		if y := openingYear(s); y != 0 {
			govYear = y
		}
		out = append(out, x.sentenceRecords(s, cmp.Or(govYear, x.year), sents)...)
	}
	if len(out) > 0 && x.year == 0 {
		x.note("bài không ghi năm và không có ngày đăng: số liệu không rõ năm")
	}
	return out, x.notes
}

// enCutOff reports the text's last sentence s when the text was cut off in
// it: no full stop ends it and its last word is one no sentence ends on
// (open-end of english.tsv: "… left to take part in"), or it follows
// another sentence of its paragraph (inPara), which a photo's caption, a
// paragraph of its own, never does ("… Among them, 2,300 workers have
// rec"). The title is never cut.
func enCutOff(a *corpus.Article, s *enSentence, inPara bool) bool {
	if s.para != len(a.Paras)-1 || a.Paras[s.para].Kind == corpus.KindTitle || len(s.toks) == 0 {
		return false
	}
	t := strings.TrimRight(s.text, " ")
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".!?…)\"”", r) {
		return false
	}
	last := s.toks[len(s.toks)-1]
	return inPara || !last.number && enLex().has("open-end", last.key)
}

// enSplit splits a paragraph into sentences as splitSentences does, and
// joins again the sentences it ends after an English abbreviation ("Storm
// No. 3", "Decision No. 12/QD", "Mr. Tuan").
func enSplit(text string, start, end int, abbreviation func(string) bool) [][2]int {
	spans := splitSentences(text, start, end)
	out := spans[:0]
	for _, se := range spans {
		if n := len(out); n > 0 && enAbbreviationEnds(text[out[n-1][0]:out[n-1][1]], abbreviation) {
			out[n-1][1] = se[1]
			continue
		}
		out = append(out, se)
	}
	return out
}

// enAbbreviationEnds reports a sentence that ends with an abbreviation of
// the language (english.tsv's, french.tsv's) and its full stop.
func enAbbreviationEnds(s string, abbreviation func(string) bool) bool {
	w, ok := strings.CutSuffix(s, ".")
	if !ok {
		return false
	}
	w = w[strings.LastIndexAny(w, " (")+1:]
	return abbreviation(strings.ToLower(w))
}

// enChrome reports a paragraph that opens the trailing chrome of an
// English page ("RELATED NEWS", "Read more").
func enChrome(p string) bool { return lexChrome(enLex(), p) }

// lexChrome reports a paragraph that opens the trailing chrome of a page
// in a lexicon's language: a chrome row of the lexicon.
func lexChrome(l *enLexicon, p string) bool {
	if len(p) > 40 {
		return false
	}
	var words []string
	for _, t := range enTokens(p) {
		if !t.number && isLetterByte(p[t.start]) {
			words = append(words, t.key)
		}
	}
	return l.has("chrome", strings.Join(words, " "))
}

// enRelevant reports an English article about union work: its title names a
// union body, activity or member, or its text names three.
func enRelevant(a *corpus.Article, sents []*enSentence) bool {
	n := 0
	for _, s := range sents {
		c := s.count("union")
		if c > 0 && a.Paras[s.para].Kind == corpus.KindTitle {
			return true
		}
		if c > 0 && a.Paras[s.para].Kind == corpus.KindLead && s.unionLeads() {
			return true
		}
		n += c
	}
	return n >= minBodySignals
}

// unionLeads reports a sentence whose union body comes within its first
// subjectReach words and before a figure: a lead whose subject is a union
// ("The Hanoi City Labor Confederation awarded 200 scholarships …") makes
// the article union news at any length, as in the Vietnamese path.
func (s *enSentence) unionLeads() bool {
	for i := 0; i < len(s.toks) && i < subjectReach; i++ {
		if p, _, e := s.phraseAt("union", i); p != "" {
			return slices.ContainsFunc(s.toks[e:], func(t enToken) bool { return t.number })
		}
	}
	return false
}

// count is how many phrases of a kind the sentence names.
func (s *enSentence) count(kind string) int {
	n := 0
	for i := 0; i < len(s.toks); {
		if p, _, e := s.phraseAt(kind, i); p != "" {
			n++
			i = e
			continue
		}
		i++
	}
	return n
}

// yearAt is the year token i writes ("2024", and the end of "2021-2025"),
// 0 if it is no year.
func (s *enSentence) yearAt(i int) int {
	t := s.toks[i]
	if !t.number || t.end-t.start != 4 {
		return 0
	}
	y, _ := strconv.Atoi(s.text[t.start:t.end])
	if y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// openingYear is the year a sentence opens with ("In 2024, …"), 0 if none.
func openingYear(s *enSentence) int {
	if len(s.toks) > 2 && s.key(0) == "in" && s.key(2) == "," {
		return s.yearAt(1)
	}
	return 0
}

// reportYear is the year the article reports on: the first its title
// names, else its lead, else its publication's, else the first its text
// names.
func (x *enArticle) reportYear(sents []*enSentence) int {
	first := func(kinds ...corpus.Kind) int {
		for _, s := range sents {
			k := x.a.Paras[s.para].Kind
			if len(kinds) > 0 && k != kinds[0] && (len(kinds) < 2 || k != kinds[1]) {
				continue
			}
			for i := range s.toks {
				if y := s.yearAt(i); y != 0 && s.isYear(i) && !s.inYearRange(i) {
					return y
				}
			}
		}
		return 0
	}
	return cmp.Or(first(corpus.KindTitle), first(corpus.KindLead), publishedYear(x.a), x.termYear(sents), first())
}

// termYear is the first year of the first term the title or lead names
// ("for the 2025-2030 term"): an undated congress's year, 0 if none.
func (x *enArticle) termYear(sents []*enSentence) int {
	for _, s := range sents {
		if k := x.a.Paras[s.para].Kind; k != corpus.KindTitle && k != corpus.KindLead {
			continue
		}
		for i := range s.toks {
			if y := s.yearAt(i); y != 0 && s.key(i+1) == "-" && s.yearAt(i+2) > y && s.key(i+3) == "term" {
				return y
			}
		}
	}
	return 0
}

// committeeTerm reports token i inside the term that names which
// committee a figure counts ("the Executive Committee for the 2025-2030
// term consists of 15 people"): the committee a congress appoints, whose
// size is of the congress's year, not the term's.
func (s *enSentence) committeeTerm(i int) bool {
	for a := max(0, i-3); a <= i; a++ {
		if s.key(a-1) == "the" && (s.key(a-2) == "for" || s.key(a-2) == "of") && s.key(a-3) == "committee" &&
			s.yearAt(a) != 0 && s.key(a+1) == "-" && s.yearAt(a+2) != 0 && s.key(a+3) == "term" {
			return true
		}
	}
	return false
}

// firstOrg is the first organisation named in tokens [from, to) of s, and
// the token it starts at.
func (x *enArticle) firstOrg(s *enSentence, from, to int) (orgRef, int, bool) {
	for i := from; i < to; i++ {
		if org, ok := x.orgAt(s, i); ok {
			return org, i, true
		}
	}
	return orgRef{}, 0, false
}

// hostOrg is the first organisation sentence s names that is not a
// guest (attendingGuest): "A deputy head of the VGCL, Ms. B, attended
// the fair" names the VGCL as a guest; the body that organises the event
// is named later.
func (x *enArticle) hostOrg(s *enSentence) (orgRef, int, bool) {
	for from := 0; ; {
		org, at, ok := x.firstOrg(s, from, len(s.toks))
		if !ok {
			return orgRef{}, 0, false
		}
		e := s.attendingGuest(at)
		if e < 0 {
			return org, at, true
		}
		from = e
	}
}

// attendingGuest reports a body at token at named in the title of a person
// who attends ("Vice President of the X Federation Mr. A attended …",
// "Mr. A, Chairman of the X Federation, was present at …"): the body
// follows "of", and an english.tsv attending verb follows it in its clause
// with no number between and no "and" after the verb (who "attended and
// presented 50 gifts" acts). It returns the token after the verb, -1 if
// the body is no guest.
func (s *enSentence) attendingGuest(at int) int {
	k := at - 1
	if s.key(k) == "the" {
		k--
	}
	if s.key(k) != "of" {
		return -1
	}
	for i := at + 1; i < len(s.toks) && i <= at+attendingSpan; i++ {
		if s.toks[i].number || clauseMark(s.key(i)) {
			return -1
		}
		if p, _, e := s.phraseAt("attending", i); p != "" {
			if s.key(e) == "and" {
				return -1
			}
			return e
		}
	}
	return -1
}

// attendingSpan is how many tokens after a guest's body its verb of
// attending may stand: the rest of the body's name, the person's name and
// the commas around a title.
const attendingSpan = 14

// orgAt is the organisation named at token i: a national body ("Vietnam
// General Confederation of Labor", "VGCL", "Vietnam Health Trade Union"),
// a province's federation ("Hai Phong City Labor Federation", "the Labor
// Federation of Dong Nai province", "Binh Phuoc Trade Union") or a
// province's sectoral union ("Nghe An Health Trade Union").
func (x *enArticle) orgAt(s *enSentence, i int) (orgRef, bool) {
	l := enLex()
	if s.key(i) == "vietnam" || s.key(i) == "viet" {
		j := i + 1
		if s.key(i) == "viet" {
			j++
		}
		if sector, row, e := s.phraseAt("sector", j); sector != "" {
			if s.key(e) == "industry" || s.key(e) == "sector" {
				e++
			}
			if f, _, _ := s.phraseAt("federation", e); f == "trade union" {
				return orgRef{name: "Công đoàn " + row.value + " Việt Nam", typ: "khác", province: National}, true
			}
		}
	}
	if p, row, _ := s.phraseAt("national", i); p != "" {
		return orgRef{name: row.value, typ: "khác", province: National}, true
	}
	if l.has("bare", s.key(i)) && x.province != "" {
		// "the City Labor Federation", "the provincial Labour Federation":
		// the federation of the province the article names; "the
		// Provincial Civil Servants' Union": its sectoral union.
		if u, ok := gazetteer.Province(x.province, cmp.Or(x.era, gazetteer.Old)); ok {
			if f, _, _ := s.phraseAt("federation", i+1); f != "" {
				return orgRef{name: u.Province, typ: u.Type, province: u.Province}, true
			}
			if sector, row, e := s.phraseAt("sector", i+1); sector != "" && !l.has("national", sector) && s.sectorUnion(e) {
				return sectorRef(row.value, u.Province), true
			}
		}
	}
	if org, ok := x.localFederation(s, i); ok {
		return org, true
	}
	if org, e, ok := x.placeAt(s, i); ok {
		if f, _, _ := s.phraseAt("federation", e); f != "" {
			return org, true
		}
	}
	if u, e, ok := x.provinceAt(s, i); ok {
		for l.has("province", s.key(e)) {
			e++
		}
		if f, _, _ := s.phraseAt("federation", e); f != "" {
			return orgRef{name: u.Province, typ: u.Type, province: u.Province}, true
		}
		if sector, row, e2 := s.phraseAt("sector", e); sector != "" && s.sectorUnion(e2) {
			return sectorRef(row.value, u.Province), true
		}
		return orgRef{}, false
	}
	if f, _, e := s.phraseAt("federation", i); f != "" && s.key(e) == "of" {
		e++
		if s.key(e) == "the" {
			e++
		}
		if org, _, ok := x.placeAt(s, e); ok {
			return org, true
		}
		if u, _, ok := x.provinceAt(s, e); ok {
			return orgRef{name: u.Province, typ: u.Type, province: u.Province}, true
		}
	}
	if sector, row, e := s.phraseAt("sector", i); sector != "" && !l.has("national", sector) {
		if f, _, e2 := s.phraseAt("federation", e); f == "trade union" && s.key(e2) == "of" {
			if u, _, ok := x.provinceAt(s, e2+1); ok {
				return sectorRef(row.value, u.Province), true
			}
		}
	}
	return orgRef{}, false
}

// sectorUnion reports "Trade Union" or "Union" at token e, after a
// sector's name and its possessive apostrophe if any ("Civil Servants'
// Union").
func (s *enSentence) sectorUnion(e int) bool {
	if k := s.key(e); k == "'" || k == "’" {
		e++
	}
	f, _, _ := s.phraseAt("federation", e)
	return f == "trade union" || s.key(e) == "union"
}

// localFederation is "the district Labor Federation" at token i: the
// federation of the place of that type named earlier in the sentence ("In
// Hung Ha district, the district Labor Federation …").
func (x *enArticle) localFederation(s *enSentence, i int) (orgRef, bool) {
	typ := s.key(i)
	if enLex().rows["placetype"][typ].value == "" {
		return orgRef{}, false
	}
	if f, _, _ := s.phraseAt("federation", i+1); f == "" {
		return orgRef{}, false
	}
	for j := i - 1; j >= 0; j-- {
		if org, e, ok := x.placeAt(s, j); ok && e < i+1 && s.key(e-1) == typ {
			return org, true
		}
	}
	return orgRef{}, false
}

// sectorRef is a province's sectoral union, or a body of its own kind
// (its civil servants' union).
func sectorRef(sector, province string) orgRef {
	if sector == "Viên chức" {
		return orgRef{name: "Công đoàn Viên chức", typ: "khác", province: province}
	}
	return orgRef{name: "Công đoàn ngành " + sector, typ: "công đoàn ngành", province: province}
}

// provinceAt is the province whose name, without diacritics, starts at
// token i ("Hai Phong", "Hanoi", "Ho Chi Minh City", "Ba Ria - Vung Tau"),
// on the article's map; an old province's name after the 2025 reform is
// the province that took it over. It returns the token after the name.
func (x *enArticle) provinceAt(s *enSentence, i int) (gazetteer.Unit, int, bool) {
	if i >= len(s.toks) || s.toks[i].number || s.toks[i].start >= len(s.text) || !unicode.IsUpper(firstRune(s.text[s.toks[i].start:])) {
		return gazetteer.Unit{}, i, false
	}
	l := enLex()
	era := cmp.Or(x.era, gazetteer.Old)
	var b strings.Builder
	var best gazetteer.Unit
	end := i
	for k := i; k < len(s.toks) && k < i+5; k++ {
		w := s.key(k)
		if w == "-" || w == "–" {
			continue
		}
		if s.toks[k].number || !isLetterByte(s.text[s.toks[k].start]) {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if u, ok := l.provinces[era][b.String()]; ok {
			best, end = u, k+1
		} else if u, ok := l.provinces[gazetteer.Old][b.String()]; ok && era == gazetteer.New {
			if succ, ok := gazetteer.Province(successorProvince(place{code: u.Code}), gazetteer.New); ok {
				best, end = succ, k+1
			}
		}
	}
	return best, end, end > i
}

// eras are the maps a place name is looked up on: the article's, and
// then the other one when no date tells which is in force (an undated
// article of 2025, or of no year at all: "Tay Ho Ward" is a ward only on
// the new map).
func (x *enArticle) eras(era gazetteer.Era) []gazetteer.Era {
	if x.year != 0 && !eraUnsure(x.a.Published, x.year) {
		return []gazetteer.Era{era}
	}
	if era == gazetteer.New {
		return []gazetteer.Era{gazetteer.New, gazetteer.Old}
	}
	return []gazetteer.Era{gazetteer.Old, gazetteer.New}
}

// placeAt is the district, ward or commune named at token i with its type
// word after it ("Hoan Kiem District", "Tay Mo ward") or a numbered one of
// the article's province ("District 5"), on the article's
// map: the one of the article's province, else the one unit of that name;
// a name several provinces share stays without a province. It returns the
// token after the type word.
func (x *enArticle) placeAt(s *enSentence, i int) (orgRef, int, bool) {
	if i >= len(s.toks) || s.toks[i].number || !unicode.IsUpper(firstRune(s.text[s.toks[i].start:])) {
		return orgRef{}, i, false
	}
	l := enLex()
	era := cmp.Or(x.era, gazetteer.Old)
	if t := l.rows["numbered"][s.key(i)].value; t != "" && i+1 < len(s.toks) && s.toks[i+1].number {
		// "District 5", "Ward 12": Quận 5, Phường 12 of the article's province.
		name := t + " " + s.text[s.toks[i+1].start:s.toks[i+1].end]
		for _, u := range l.places[era][enName(name)] {
			if u.Province == x.province {
				return orgRef{name: u.Name, typ: u.Type, province: u.Province}, i + 2, true
			}
		}
		return orgRef{}, i, false
	}
	var b strings.Builder
	for k, words := i, 0; k < len(s.toks) && words < 5; k++ {
		if k > i && k+1 < len(s.toks) && isDash(s.text[s.toks[k].start:s.toks[k].end]) && !s.toks[k+1].number && unicode.IsUpper(firstRune(s.text[s.toks[k+1].start:])) {
			continue // "Van Mieu - Quoc Tu Giam Ward": a name of two joined by a dash
		}
		if s.toks[k].number || !isLetterByte(s.text[s.toks[k].start]) {
			break
		}
		words++
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.key(k))
		types := l.rows["placetype"][s.key(k+1)].value
		if types == "" {
			continue
		}
		var found []gazetteer.Unit
		for _, e := range x.eras(era) {
			for _, u := range l.places[e][b.String()] {
				if strings.Contains(types, "|"+u.Type+"|") {
					found = append(found, u)
				}
			}
			if len(found) > 0 {
				break
			}
		}
		if len(found) == 0 {
			continue
		}
		u, ok := found[0], true
		if len(found) > 1 {
			ok = false
			for _, v := range found {
				if v.Province == x.province {
					u, ok = v, true
				}
			}
		}
		org := orgRef{name: u.Name, typ: u.Type, province: u.Province}
		if !ok {
			var provinces []string
			for _, v := range found {
				if !slices.Contains(provinces, v.Province) {
					provinces = append(provinces, v.Province)
				}
			}
			org.province, org.shared = "", strings.Join(provinces, ", ")
		}
		return org, k + 2, true
	}
	return orgRef{}, i, false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// excluded reports a number that is no figure: a year, a day of a date, an
// ordinal ("95th"), an identifier ("No. 07/HD-CDYT", "Decree 12"), a name
// with a number ("Covid-19", "Green Bay 58"), a heading's number ("1."),
// a duration or an age, a time, a phone number, a condition ("units
// receiving 100% of salaries").
func (s *enSentence) excluded(i int) bool {
	t := s.toks[i]
	l := enLex()
	raw := s.text[t.start:t.end]
	next := s.text[t.end:]
	prev := s.text[:t.start]
	switch {
	case len(next) > 0 && isLetterByte(next[0]) && !l.has("multiplier", s.key(i+1)):
		return true // 95th, 3rd; not 2.5bn
	case len(prev) > 0 && isLetterByte(prev[len(prev)-1]) && !l.has("currency", s.key(i-1)):
		return true // F0; not VND2.5 billion
	case len(prev) > 1 && prev[len(prev)-1] == '-' && isLetterByte(prev[len(prev)-2]):
		return true // Covid-19
	case strings.HasSuffix(prev, ":"):
		return true // 9:30
	case strings.HasPrefix(next, "/") && len(next) > 1 && !isDigit(next[1]):
		return true // 07/HD-CDYT
	case strings.HasPrefix(next, ":"):
		return true // 10:30
	case strings.HasPrefix(next, "-") && len(next) > 1 && isLetterByte(next[1]):
		return true // a 5-year plan
	case raw[0] == '0' && len(raw) >= 9:
		return true // a phone number
	case i == 0 && (strings.HasPrefix(next, ".") || strings.HasPrefix(next, ")")) && !strings.ContainsAny(raw, ".,"):
		return true // a heading's number
	}
	if s.quotedName(i) || s.quotedKind(i) {
		return true // the program "1 million initiatives …", 800 "0 VND" gifts
	}
	if s.numericDate(i) {
		return true // "on 14/03/2023", "Post by: … | 14/03/2023 |"
	}
	if s.yearAt(i) != 0 && (!s.unitAfter(i) || s.yearSpanBound(i)) {
		return true // "the 2025 - 2030 Grassroots Trade Union Congress": a term, before a noun
	}
	if l.has("month", s.key(i-1)) || l.has("month", s.key(i+1)) {
		return true
	}
	if k := s.key(i - 1); k == "." && s.key(i-2) == "no" {
		return true
	}
	if p, _, _ := s.phraseEndingAt("before", i); p != "" {
		return true
	}
	if _, _, at := s.phraseEndingAt("qualifier", i); at < i {
		if p, _, _ := s.phraseEndingAt("before", at); p != "" {
			return true // a qualifier between: "aged over 60", "registered capital of more than …"
		}
	}
	if k := s.key(i - 1); k == "to" || k == "-" || k == "–" {
		j := i - 2
		if s.key(j) == "%" {
			j--
		}
		if j >= 0 && s.toks[j].number {
			if p, _, _ := s.phraseEndingAt("before", j); p != "" {
				return true // the range's second bound: "discounts from 10% to 40%"
			}
		}
	}
	if strings.HasSuffix(prev, "$") || s.key(i+1) == "usd" || s.key(i+2) == "usd" && l.has("multiplier", s.key(i+1)) {
		return true // US dollars: a conversion of the đồng beside them
	}
	if p, _, _ := s.phraseAt("after", i+1); p != "" && !strings.HasPrefix(next, "%") {
		return true
	}
	if s.key(i+1) == "%" {
		if p, _, _ := s.phraseAt("salary-share", i+2); p != "" {
			return true // "offices whose staff draw 100% of pay from public funds": a condition
		}
	}
	if k := s.key(i + 1); (k == "to" || k == "-" || k == "–") && i+2 < len(s.toks) && s.toks[i+2].number {
		if p, _, _ := s.phraseAt("after", i+3); p != "" {
			return true // a range of durations: "for 2 to 20 days"
		}
	}
	if k := s.key(i - 1); k == "with" || k == "having" {
		if l.rows["unit"][s.key(i-2)].value == "organization" {
			return true // enterprises with 25 workers
		}
	}
	// A capitalised word right before a number that counts nothing names
	// it: "Green Bay 58".
	if i > 0 && !s.toks[i-1].number && s.toks[i-1].start < len(s.text) && unicode.IsUpper(firstRune(s.text[s.toks[i-1].start:])) &&
		!l.has("currency", s.key(i-1)) && !s.unitAfter(i) && !strings.HasPrefix(next, "%") && !strings.HasPrefix(next, "/") {
		if _, _, e := s.phraseEndingAt("qualifier", i); e == i {
			return true
		}
	}
	return false
}

// quotedName reports a number that opens a quoted name right after a
// word that names one (english.tsv naming: the program "1 million
// initiatives", the campaign "3 on-site"): part of the name, as
// chương trình "1 triệu sáng kiến" is in Vietnamese text.
func (s *enSentence) quotedName(i int) bool {
	if i < 2 {
		return false
	}
	switch s.text[s.toks[i-1].start:s.toks[i-1].end] {
	case "\"", "“":
		return s.toks[i-1].end == s.toks[i].start && enLex().has("naming", s.key(i-2))
	}
	return false
}

// quotedKind reports a number that opens a short quoted name right before
// a head noun of the units (800 "0 VND" gifts, 12 "3 no" campaigns): the
// name tells the kind of what is counted, and its number counts nothing.
func (s *enSentence) quotedKind(i int) bool {
	return i >= 1 && s.toks[i-1].end == s.toks[i].start && s.kindQuoteEnd(i-1) > 0
}

// kindQuoteEnd is the token of the quote that closes a short quoted name
// opened by the double quote at token q, when a head noun of the units
// follows it (14,000 "Spring Reunion" programs), -1 otherwise.
func (s *enSentence) kindQuoteEnd(q int) int {
	if !isDoubleQuote(s.key(q)) { // a punctuation mark's key is itself
		return -1
	}
	if e := s.quoteEnd(q); e > q && s.unitAfter(e) {
		return e
	}
	return -1
}

// isDoubleQuote reports a double quote, straight or curly, opening or
// closing.
func isDoubleQuote(q string) bool { return q == "\"" || q == "“" || q == "”" }

// quoteEnd is the token of the double quote after the one at token q, at
// most seven tokens on (six words between), q if none.
func (s *enSentence) quoteEnd(q int) int {
	for k := q + 1; k < len(s.toks) && k <= q+7; k++ {
		if isDoubleQuote(s.key(k)) {
			return k
		}
	}
	return q
}

// numericDate reports the day or the month of a date written in digits
// with its year, "14/03/2023" (day/month/year, as the papers write it),
// the date a sentence or a post's byline gives: no figure. A bare "32/31"
// is a completion, and stays.
func (s *enSentence) numericDate(i int) bool {
	for _, d := range [2]int{0, 2} { // the day, or the month after it
		j := i - d
		if j >= 0 && j+4 < len(s.toks) && s.toks[j].number && s.key(j+1) == "/" && s.toks[j+2].number &&
			s.key(j+3) == "/" && s.yearAt(j+4) != 0 &&
			s.toks[j+1].start == s.toks[j].end && s.toks[j+3].start == s.toks[j+2].end && s.toks[j+4].start == s.toks[j+3].end {
			return true
		}
	}
	return false
}

// damage reports a number that counts what a disaster did: a "damage"
// phrase follows it in its segment, before a relative pronoun that opens
// what is said of the people helped ("62 enterprises suffered damage",
// "2,120 workers to stop working for 2 to 20 days"; not "36 members who
// had to stop working").
func (s *enSentence) damage(i int) bool {
	for k := i + 1; k < len(s.toks); k++ {
		switch key := s.key(k); {
		case segmentMark(key), key == "who", key == "whose", key == "which":
			return false
		}
		if p, _, _ := s.phraseAt("damage", k); p != "" {
			return true
		}
	}
	return false
}

// unitAfter reports a head noun of the units after token i.
func (s *enSentence) unitAfter(i int) bool {
	k := i + 1
	for s.key(k) != "" && enLex().has("skip", s.key(k)) {
		k++
	}
	p, _, _ := s.phraseAt("unit", k)
	return p != ""
}

// enNumber is a number of an English sentence read with what follows it.
type enNumber struct {
	tok       int
	value     float64
	denom     *float64
	denomTok  int // the token of a denominator read after X's noun ("members/6,040 workers"), 0 if none
	percent   bool
	money     bool
	perUnit   bool
	unit      string
	noun      string
	end       int // byte end of the phrase in the sentence
	afterTok  int // the token after the phrase
	rangeNext bool
	scale     float64 // the multiplier written after it, 1 if none
}

// readNumber reads the number at token i: its value (English "8,400" and
// "1.5"), an "X/Y", a percent, a multiplier, a currency before or after it,
// a rate ("VND/person", "per person"), and its head noun.
func (s *enSentence) readNumber(i int) (enNumber, bool) {
	t := s.toks[i]
	v, ok := enValue(s.text[t.start:t.end])
	if !ok {
		return enNumber{}, false
	}
	n := enNumber{tok: i, value: v, end: t.end, scale: 1}
	k := i + 1
	if s.key(k) == "/" && k+1 < len(s.toks) && s.toks[k+1].number && s.toks[k+1].start == t.end+1 {
		d, ok := enValue(s.text[s.toks[k+1].start:s.toks[k+1].end])
		if !ok {
			return enNumber{}, false
		}
		n.denom = &d
		n.end = s.toks[k+1].end
		k += 2
	}
	if d, ok := s.outOf(k); ok && n.denom == nil {
		n.denom = &d // "74 out of 82 localities"
		n.end = s.toks[k+2].end
		k += 3
	}
	if s.key(k) == "%" || s.key(k) == "percent" {
		n.percent, n.unit, n.end = true, "percent", s.toks[k].end
		k++
	}
	if p, row, e := s.phraseAt("multiplier", k); p != "" && !n.percent {
		m, _ := strconv.ParseFloat(row.value, 64)
		n.value *= m
		n.scale = m
		n.end, k = s.toks[e-1].end, e
	}
	if enLex().has("currency", s.key(i-1)) {
		n.money, n.unit = true, "vnd"
	}
	if !n.percent && enLex().has("currency", s.key(k)) {
		n.money, n.unit, n.noun, n.end = true, "vnd", s.key(k), s.toks[k].end
		k++
	}
	if n.money {
		// "VND/person", "VND per person", "VND each"
		after := k
		if s.key(after) == "(" { // "VND1.2 million (US$46) each"
			for after < len(s.toks) && after < k+8 && s.key(after) != ")" {
				after++
			}
			after++
		}
		if s.key(k) == "/" || s.key(k) == "per" || s.key(k) == "each" || s.key(after) == "each" {
			n.perUnit = true
		}
		for j := s.segmentStart(i); j < i; j++ {
			if s.key(j) == "each" || s.key(j) == "per" {
				n.perUnit = true // "each worth 500,000 VND"
			}
		}
	}
	// A range: "from 2,000,000 - 3,000,000 VND", "from 3 to 10 million".
	if !n.percent && !n.money && (s.key(k) == "-" || s.key(k) == "–" || s.key(k) == "to") && k+1 < len(s.toks) && s.toks[k+1].number {
		n.rangeNext = true
	}
	if n.unit == "" {
		j := k
		if e := s.kindQuoteEnd(j); e > 0 {
			j = e + 1 // 14,000 "Spring Reunion" programs: the name between tells their kind
		}
		for s.key(j) != "" && enLex().has("skip", s.key(j)) {
			j++
		}
		if e := s.grassrootsKind(j); e > j {
			// "4 grassroots neighbourhood safety unions": grassroots
			// unions of a kind the words between name
			n.unit, n.noun, n.end, k = "union", strings.ToLower(s.text[s.toks[j].start:s.toks[e-1].end]), s.toks[e-1].end, e
		} else if p, row, e := s.phraseAt("unit", j); p != "" {
			n.unit, n.noun, n.end, k = row.value, p, s.toks[e-1].end, e
			if row.flag == "weak" {
				if u, noun := s.unitBefore(i); u != "" {
					n.unit, n.noun = u, noun
				}
			}
		} else if u, noun := s.unitBefore(i); u != "" {
			n.unit, n.noun = u, noun
		}
	}
	if d, j, ok := s.nounSlashDenominator(n, k); ok {
		n.denom, n.denomTok = &d, j
	}
	n.afterTok = k
	return n, true
}

// nounSlashDenominator reads the Y of an X/Y written with X's head noun
// before the slash ("5,210 union members/6,040 workers", "nearly
// 700 union members/more than 900 employees"): the number right after
// a slash that ends the noun at token k, a qualifier between allowed, when
// both count people (member or person). ok is false for anything else
// ("30 gifts/household" is a rate).
func (s *enSentence) nounSlashDenominator(n enNumber, k int) (float64, int, bool) {
	if n.denom != nil || n.unit != "member" && n.unit != "person" || s.key(k) != "/" {
		return 0, 0, false
	}
	j := k + 1
	if p, _, e := s.phraseAt("qualifier", j); p != "" {
		j = e
	}
	if j >= len(s.toks) || !s.toks[j].number {
		return 0, 0, false
	}
	d, ok := enValue(s.text[s.toks[j].start:s.toks[j].end])
	if !ok {
		return 0, 0, false
	}
	y := j + 1
	for s.key(y) != "" && enLex().has("skip", s.key(y)) {
		y++
	}
	if _, row, _ := s.phraseAt("unit", y); row.value != "member" && row.value != "person" {
		return 0, 0, false
	}
	return d, j, true
}

// outOf reads the Y of "X out of Y" at token k (the "out" after X): the
// total X is counted against, as "X/Y" writes it.
func (s *enSentence) outOf(k int) (float64, bool) {
	if s.key(k) != "out" || s.key(k+1) != "of" || k+2 >= len(s.toks) || !s.toks[k+2].number {
		return 0, false
	}
	return enValue(s.text[s.toks[k+2].start:s.toks[k+2].end])
}

// unitBefore is the head noun named in the few words before token i in its
// clause ("the total number of existing union members to 125,485"), "" if
// none.
func (s *enSentence) unitBefore(i int) (string, string) {
	a, _ := s.clause(i)
	for e := i; e > max(a, i-7); e-- {
		if s.toks[e-1].number {
			break
		}
		if p, row, at := s.phraseEndingAt("unit", e); p != "" && row.flag != "weak" && row.value != "vnd" {
			if at > 0 && s.toks[at-1].number {
				break // another number's noun: "1,000 gifts and 300 …"
			}
			return row.value, p
		}
	}
	return "", ""
}

// grassrootsKind is the token after "grassroots … unions" at token j when
// at most five words of a kind stand between ("grassroots school trade
// unions"), j if none: a function word other than "and", a number or a
// punctuation mark ends the kind ("grassroots officials of unions").
// "grassroots-level" is "grassroots" ("15 grassroots-level trade unions").
func (s *enSentence) grassrootsKind(j int) int {
	if s.key(j) != "grassroots" {
		return j
	}
	b := j
	if s.key(j+1) == "-" && s.key(j+2) == "level" {
		b = j + 2
		if s.key(b+1) == "unions" {
			return b + 2
		}
	}
	for k := b + 2; k < len(s.toks) && k <= b+6; k++ {
		w := s.key(k - 1)
		if s.toks[k-1].number || !isLetterByte(s.text[s.toks[k-1].start]) || w != "and" && enLex().has("function", w) {
			return j
		}
		if s.key(k) == "unions" {
			if k == j+1 {
				return j
			}
			return k + 1
		}
	}
	return j
}

// enValue reads an English number: "," groups thousands, "." marks
// decimals ("8,400", "120.44"); several "." group thousands as in
// Vietnamese ("1.250.000"), and so does one "." before exactly three
// digits ("300.000"), while one "," before one or two digits is a decimal
// comma ("2,5").
func enValue(raw string) (float64, bool) {
	if strings.IndexByte(raw, ' ') >= 0 || strings.IndexByte(raw, 0xC2) >= 0 || strings.IndexByte(raw, 0xE2) >= 0 {
		raw = stripGroupSpaces(raw) // French "115 000" (frTokens); an English number has no space
	}
	dot, comma := strings.IndexByte(raw, '.'), strings.IndexByte(raw, ',')
	switch {
	case strings.Count(raw, ".") > 1:
		raw = strings.ReplaceAll(raw, ".", "")
	case dot >= 0 && comma < 0 && len(raw)-dot == 4:
		// the Vietnamese grouping the editions often keep ("nearly
		// 300.000 workers"): a point before exactly three digits
		raw = raw[:dot] + raw[dot+1:]
	case comma >= 0 && dot < 0 && strings.Count(raw, ",") == 1 && len(raw)-comma <= 3:
		// and the Vietnamese decimal comma ("2,5 billion VND")
		raw = raw[:comma] + "." + raw[comma+1:]
	case strings.Contains(raw, ","):
		parts := strings.Split(strings.SplitN(raw, ".", 2)[0], ",")
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return 0, false
			}
		}
		raw = strings.ReplaceAll(raw, ",", "")
	}
	v, err := strconv.ParseFloat(raw, 64)
	return v, err == nil && !math.IsInf(v, 0)
}

// sentenceRecords gives the records of one sentence.
func (x *enArticle) sentenceRecords(s *enSentence, year int, sents []*enSentence) []Record {
	var out []Record
	offtopic := s.count("offtopic") > 0 && s.count("union") == 0
	var pending *Record // a range's first bound, waiting for the second's unit
	denomAt := -1       // the Y of an X/Y read after X's noun
	for i, t := range s.toks {
		if !t.number || s.excluded(i) || i == denomAt {
			continue
		}
		if i > 0 && s.toks[i-1].number && s.key(i-1) == "" && s.text[s.toks[i-1].end:t.start] == "/" {
			continue // the Y of an X/Y
		}
		if i > 1 && s.key(i-1) == "/" && s.toks[i-2].number {
			continue
		}
		if i > 2 && s.key(i-1) == "of" && s.key(i-2) == "out" && s.toks[i-3].number {
			continue // the Y of "X out of Y"
		}
		n, ok := s.readNumber(i)
		if n.denomTok > 0 {
			denomAt = n.denomTok
		}
		if !ok || offtopic || s.damage(i) || s.givenByFirm(i) {
			continue
		}
		if p, _, _ := s.phraseAt("workforce", n.afterTok); p != "" || x.workforce == s.para && s.opensWithShare() {
			x.workforce = s.para
			continue // an area's workforce, and the shares of it after "Of them"
		}
		if x.a.Paras[s.para].Kind == corpus.KindTitle && i == 0 && s.key(i+1) == "typical" {
			continue // "10 typical events of the year": the article's own list
		}
		r := x.record(s, n, year, sents)
		if n.unit == "" && len(out) > 0 && (s.key(i-1) == "which" || s.key(i-1) == "whom" || s.key(i-1) == "including") {
			r.Unit, r.Noun = out[len(out)-1].Unit, out[len(out)-1].Noun // "930 union members …, of which 415"
		}
		if pending != nil {
			pending.Unit, pending.Basis, pending.Category = r.Unit, r.Basis, r.Category
			if pending.Value < r.Value/1000 && r.Unit == "vnd" {
				pending.Value *= n.scale // "from 3 to 5 million"
			}
			pending = nil
		}
		out = append(out, r)
		if n.rangeNext {
			pending = &out[len(out)-1]
		}
	}
	return out
}

// record fills in the attributes of the number n.
func (x *enArticle) record(s *enSentence, n enNumber, year int, sents []*enSentence) Record {
	t := n.tok
	pos := s.start + s.toks[t].start
	unit := cmp.Or(n.unit, "count")
	r := Record{
		Doc:         x.a.Doc,
		Value:       n.value,
		Unit:        unit,
		Qualifier:   QualExact,
		Basis:       BasisTotal,
		Status:      StatusAchieved,
		Period:      PeriodYear,
		Year:        year,
		Evidence:    strings.TrimSpace(s.text),
		Offset:      x.a.SourceOffset(pos),
		Text:        s.text[s.toks[t].start:n.end],
		Noun:        n.noun,
		Pos:         pos,
		Len:         n.end - s.toks[t].start,
		Para:        s.para,
		Denominator: n.denom,
	}
	if _, row, at := s.phraseEndingAt("qualifier", s.currencyStart(t)); row.value != "" {
		if p, _, _ := s.phraseEndingAt("phrasal", at+1); p == "" && !s.anaphoric(t) {
			r.Qualifier = row.value // not "handed over 12 houses"
		}
	}
	if n.perUnit {
		r.Basis = BasisPerUnit
	}
	org := x.org
	o, at, ok := x.firstOrg(s, s.reportedFrom(t), t)
	if !ok {
		o, at, ok = x.firstOrg(s, 0, t) // "The X Federation said that the whole system admitted …"
	}
	if ok && !enObject(s, at) {
		org = o
	} else if ok {
		// a funder first ("Sponsored by the VGCL, the X Federation handed
		// over 60 …"): who acts is the last body named before the figure
		org = x.actorAfterFunder(s, o, at, s.nextNumber(at), org)
	}
	r.Org, r.OrgType, r.Province = org.name, org.typ, org.province
	if org.shared != "" {
		x.note(fmt.Sprintf("“%s %s” có ở nhiều tỉnh (%s) mà bài không cho biết tỉnh nào: số liệu để trống tỉnh", org.typ, org.name, org.shared))
	}
	if y := s.nearestYear(t); y != 0 {
		r.Year = y
	}
	r.Period = s.period(t, &r.Year, x.status(s, t, r.Year) == StatusPlanned)
	r.Status = x.status(s, t, r.Year)
	r.Category = x.category(s, t, unit, n.noun, sents)
	x.restated(s, t, &r)
	return r
}

// restated gives a figure that points back to one told before, with the
// same value and head noun after "the", "these" or "those" ("… honoured
// 40 model households …. The 40 model households run small shops …"),
// the category of its first mention, when no category cue of its own
// stands before it in its clause: the words after it describe what was
// counted, not what was done. A figure whose value and noun were not told
// before, or were told only as "other", is kept as their first mention.
func (x *enArticle) restated(s *enSentence, t int, r *Record) {
	f := enFigure{r.Value, r.Noun}
	c, ok := x.told[f]
	if !ok || c == "other" {
		if x.told == nil {
			x.told = map[enFigure]string{}
		}
		x.told[f] = r.Category // the first mention, or the first to say more than "other"
		return
	}
	switch s.key(t - 1) {
	case "the", "these", "those":
	default:
		return
	}
	a, _ := s.clause(t)
	for i := a; i < t; i++ {
		if p, _, e := s.phraseAt("category", i); p != "" && e <= t {
			return
		}
	}
	r.Category = c
}

// currencyStart is the token of a currency written right before the
// number at token t ("over VND4.2 trillion"), t if none: a qualifier
// stands before the currency.
func (s *enSentence) currencyStart(t int) int {
	if t > 0 && enLex().has("currency", s.key(t-1)) && s.toks[t-1].end == s.toks[t].start {
		return t - 1
	}
	return t
}

// nextNumber is the first number token after token at, len(s.toks) if
// none.
func (s *enSentence) nextNumber(at int) int {
	k := at + 1
	for k < len(s.toks) && !s.toks[k].number {
		k++
	}
	return k
}

// givenByFirm reports a figure a business gives, in its part of the
// sentence: "3 houses were donated by A Company", "20 gifts sponsored by
// B Group"; the sponsor's own gift, no union's. A union named before the
// business ("by the Trade Union of A Company") gives it.
func (s *enSentence) givenByFirm(t int) bool {
	_, b := s.part(t)
	for k := t + 1; k < b; k++ {
		if s.key(k) != "by" {
			continue
		}
		for j := k + 1; j < b && j <= k+8; j++ {
			switch w := s.key(j); {
			case w == "union" || w == "unions" || w == "federation" || w == "confederation":
				return false
			case enLex().has("firm", w):
				return true
			}
		}
		return false
	}
	return false
}

// actorAfterFunder is who acts in a sentence that names a funder first,
// funder at token at ("from the financial support of the VGCL, the
// Provincial Labor Federation, the Provincial Civil Servants' Union
// awarded 180 …", "Sponsored by the VGCL, the X Federation handed over
// …"): the last body named after it before token end (the sentence's
// first figure after it: an organiser named later, "the Tet Market
// organized by the Provincial Labor Federation", does not act for the
// figures) that is no object, the funders' list before it; else def.
func (x *enArticle) actorAfterFunder(s *enSentence, funder orgRef, at, end int, def orgRef) orgRef {
	for k := at + 1; k < end; k++ {
		o, ok := x.orgAt(s, k)
		if !ok {
			continue
		}
		if o != funder && !enObject(s, k) {
			def = o
		}
		// the rest of the name ("City Labor Federation" of "Vinh City
		// Labor Federation") names no other body
		for k+1 < end && !segmentMark(s.key(k+1)) && s.key(k+1) != "and" {
			k++
		}
	}
	return def
}

// reportedFrom is where the reported clause of the figure at token t
// starts: after the last "said (that)" before it ("Mr. A, Chairman of the
// X Federation, said that the City Federation of Labor praised 100 …": the
// speaker's titles name no actor, when the clause names one), else 0.
func (s *enSentence) reportedFrom(t int) int {
	for k := t - 1; k > 0; k-- {
		if s.key(k) == "said" || s.key(k) == "says" {
			if s.key(k+1) == "that" {
				return k + 2
			}
			return k + 1
		}
	}
	return 0
}

// enObject reports an organisation named as an object or a source rather
// than the subject: after "by", "of", "from", "to", "for", "with".
func enObject(s *enSentence, at int) bool {
	k := at - 1
	if s.key(k) == "the" {
		k--
	}
	switch s.key(k) {
	case "by":
		// the organiser of the event is who acts: "At the ceremony
		// organized by the X Labor Federation, 150 scholarships were
		// awarded"; a funder ("sponsored by") is not
		switch s.key(k - 1) {
		case "organized", "organised", "held", "hosted":
			return false
		}
		return true
	case "of", "from", "to", "for", "with", "at":
		return true
	}
	return false
}

// yearSpan reports a span of this year right after a snapshot cue at
// token e ("so far this year", "so far in 2024"): what the year did, not a
// stock.
func (s *enSentence) yearSpan(e int) bool {
	switch s.key(e) {
	case "this":
		return s.key(e+1) == "year"
	case "in":
		return s.yearAt(e+1) != 0
	}
	return false
}

// nearestYear is the year named nearest before token t in its sentence,
// else nearest after it before a comma; 0 if none.
func (s *enSentence) nearestYear(t int) int {
	for i := t - 1; i >= 0; i-- {
		if y := s.yearAt(i); y != 0 && s.isYear(i) && !s.committeeTerm(i) {
			return y
		}
	}
	for i := t + 1; i < len(s.toks) && !segmentMark(s.key(i)); i++ {
		if y := s.yearAt(i); y != 0 && s.isYear(i) {
			return y
		}
	}
	return 0
}

// namesYear reports a year named in the sentence.
func (s *enSentence) namesYear() bool {
	for i := range s.toks {
		if s.yearAt(i) != 0 && s.isYear(i) {
			return true
		}
	}
	return false
}

// inYearRange reports a year that bounds a span of years ("2023-2028").
func (s *enSentence) inYearRange(i int) bool {
	dash := func(k string) bool { return k == "-" || k == "–" || k == "to" }
	return dash(s.key(i+1)) && i+2 < len(s.toks) && s.yearAt(i+2) != 0 ||
		dash(s.key(i-1)) && i > 1 && s.yearAt(i-2) != 0
}

// yearSpanBound reports a year at token i that bounds a span of a few
// years written with a dash ("2025 - 2030", "2023-2025"): a term or a
// period, even when a noun follows ("the 2025 - 2030 Grassroots Trade Union
// Congress").
func (s *enSentence) yearSpanBound(i int) bool {
	dash := func(k string) bool { return k == "-" || k == "–" }
	span := func(a, b int) bool { return a != 0 && b > a && b-a <= 10 }
	return dash(s.key(i+1)) && i+2 < len(s.toks) && span(s.yearAt(i), s.yearAt(i+2)) ||
		dash(s.key(i-1)) && i > 1 && span(s.yearAt(i-2), s.yearAt(i))
}

// isYear reports a year token that names a year, not a count.
func (s *enSentence) isYear(i int) bool { return !s.unitAfter(i) }

// period is the period of the figure at token t: multi-year when its
// sentence names a term, a span of years ("2020-2025", "over the past 5
// years"), setting year to the span's last, unless the term only names a
// committee; a snapshot after a stock cue between commas ("existing",
// "currently") or opening the sentence ("Currently, …"); else the year.
// schoolYear reports "school year" or "academic year" at token i: a range
// of years before it names the pupils' year ("in the 2023-2024 school
// year"), not a span of the figures.
func (s *enSentence) schoolYear(i int) bool {
	return (s.key(i) == "school" || s.key(i) == "academic") && s.key(i+1) == "year"
}

func (s *enSentence) period(t int, year *int, planned bool) string {
	for i := 0; i < len(s.toks); i++ {
		if s.committeeTerm(i) {
			continue
		}
		if s.newTerm(i, *year, planned) {
			i += 3 // "has organized the Congress for the 2025-2030 term" in 2025: which congress, no span of results
			continue
		}
		if y := s.yearAt(i); y != 0 && (s.key(i+1) == "-" || s.key(i+1) == "–" || s.key(i+1) == "to") && i+2 < len(s.toks) && s.yearAt(i+2) > y && !s.schoolYear(i+3) {
			*year = s.yearAt(i + 2)
			return PeriodMultiYear
		}
		if p, _, _ := s.phraseAt("multi", i); p != "" {
			return PeriodMultiYear
		}
		if s.toks[i].number && i != t && (s.key(i+1) == "years") && (s.key(i-1) == "past" || s.key(i-1) == "last") {
			return PeriodMultiYear
		}
	}
	for a, b := s.segmentStart(t), t; ; a, b = s.segmentStart(a-1), a-1 {
		for i := a; i < b; i++ {
			if p, _, e := s.phraseAt("snapshot", i); p != "" && !s.yearSpan(e) {
				return PeriodSnapshot
			}
		}
		if !s.opensWithFigure(a, b) { // false for the sentence's first segment
			break
		}
	}
	if p, _, e := s.phraseAt("snapshot", 0); p != "" && s.key(e) == "," && !s.yearSpan(e) {
		if a, _ := s.clause(t); a == 0 {
			return PeriodSnapshot
		}
	}
	return PeriodYear
}

// opensWithFigure reports a segment from token a whose first word is the
// figure at token b, a qualifier apart, after a segment with a number of
// its own: an item of a list of figures ("currently has 5,210 members;
// 48 grassroots unions", "there were 700 members, 12 grassroots
// unions"), which goes on with the predicate of the items before it.
func (s *enSentence) opensWithFigure(a, b int) bool {
	if a == 0 || b >= len(s.toks) || !s.toks[b].number {
		return false
	}
	if a < b {
		if _, _, e := s.phraseAt("qualifier", a); e != b {
			return false
		}
	}
	for k := s.segmentStart(a - 1); k < a-1; k++ {
		if s.toks[k].number {
			return true
		}
	}
	return false
}

// newTerm reports a term at token i that starts in the figure's year or
// later ("the Congress for the 2025-2030 term" in 2025), in a sentence
// that names a congress: it says which congress, and a figure reported
// beside it is no multi-year result. A target set for the term (planned)
// is multi-year.
func (s *enSentence) newTerm(i, year int, planned bool) bool {
	y := s.yearAt(i)
	if y == 0 || planned || year == 0 || y < year || s.key(i+3) != "term" || !(s.key(i+1) == "-" || s.key(i+1) == "–") || s.yearAt(i+2) <= y {
		return false
	}
	for k := range s.toks {
		if s.key(k) == "congress" || s.key(k) == "congresses" {
			return true
		}
	}
	return false
}

// status is planned after a plan cue before the figure in its sentence
// (the nearest cue decides), achieved otherwise. "will" plans a year after
// the article's, or, in an article with a publication date, a figure its
// sentence dates with no year: translated year reviews with no date write
// it for what was done ("In 2025, trade unions will … admit …").
func (x *enArticle) status(s *enSentence, t, year int) string {
	if x.a.Paras[s.para].Kind == corpus.KindTitle && s.headlineFuture(t) {
		return StatusPlanned
	}
	for e := t; e > 0; e-- {
		p, row, _ := s.phraseEndingAt("status", e)
		if p == "" {
			continue
		}
		if row.flag == "weak" && year <= x.year && (x.a.Published == "" || s.namesYear()) {
			continue
		}
		return row.value
	}
	return StatusAchieved
}

// headlineFuture reports a title that tells what a union body is to do,
// before the figure at token t: the headline's "to" right after the body
// ("Labour federation to give 300 gifts …"), as "will" is written in a
// sentence. A "to" after anything else ("… helps workers to get …") is
// not this form.
func (s *enSentence) headlineFuture(t int) bool {
	for k := 1; k+1 < t; k++ {
		if s.key(k) != "to" || s.toks[k+1].number || !isLetterByte(s.text[s.toks[k+1].start]) {
			continue
		}
		if p, _, _ := s.phraseEndingAt("union", k); p != "" {
			return true
		}
		if p, _, _ := s.phraseEndingAt("federation", k); p != "" {
			return true
		}
	}
	return false
}

// category is the category the cues around the figure at token t name:
// a "first" cue in its clause; else the nearest before it in its part of
// the clause (between commas and "and"), the nearest after it there; the
// same in its clause; the nearest in its sentence; else its unit's (members and unions are membership), else
// other.
func (x *enArticle) category(s *enSentence, t int, unit, noun string, sents []*enSentence) string {
	a, b := s.clause(t)
	type hit struct {
		tok      int
		category string
	}
	var hits []hit
	for i := 0; i < len(s.toks); i++ {
		if s.inQuote(i) {
			continue
		}
		if p, row, e := s.phraseAt("category", i); p != "" && (e <= t || i > t) {
			if enLex().has("demonstrative", s.key(i-1)) {
				continue // "the budget for these initiatives": what was told before, not what the figure is for
			}
			if row.flag == "honours" && (unit == "gift" || unit == "item" || unit == "vnd") {
				continue // "awarded 180 vouchers": a gift handed over, not an honour
			}
			if row.flag == "first" && i >= a && i < b {
				return row.value
			}
			hits = append(hits, hit{i, row.value})
		}
	}
	sa, sb := s.part(t)
	for _, span := range [][2]int{{sa, sb}, {a, b}} {
		for _, h := range reverse(hits) {
			if h.tok < t && h.tok >= span[0] {
				return h.category
			}
		}
		for _, h := range hits {
			if h.tok > t && h.tok < span[1] {
				return h.category
			}
		}
	}
	for _, h := range reverse(hits) {
		if h.tok < t {
			return h.category
		}
	}
	if len(hits) > 0 {
		return hits[0].category
	}
	if unit == "union" || unit == "member" && enLex().rows["unit"][noun].flag != "mixed" {
		return "membership" // not members with workers, those an activity reaches
	}
	return cmp.Or(x.titleCategory(sents), "other")
}

// titleCategory is the category of the first cue of the title, "" if none.
func (x *enArticle) titleCategory(sents []*enSentence) string {
	for _, s := range sents {
		if x.a.Paras[s.para].Kind != corpus.KindTitle {
			continue
		}
		for i := range s.toks {
			if p, row, _ := s.phraseAt("category", i); p != "" {
				return row.value
			}
		}
	}
	return ""
}

func reverse[T any](s []T) []T {
	out := make([]T, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

// inQuote reports token i inside double quotes: a slogan or a programme's
// name, whose words are no cue.
func (s *enSentence) inQuote(i int) bool {
	q := 0
	for k := 0; k < i; k++ {
		switch s.key(k) {
		case "\"", "“", "”":
			q++
		}
	}
	return q%2 == 1
}

package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/gazetteer"
)

// French editions. The papers publish union news in French too
// (fr.laodong.vn, fr.congdoanvietnam.vn, fr.vietnamplus.vn), and real
// feeds carry such pages under the Vietnamese title they kept. A French
// article is read by the English path's rules (english.go), its words
// keyed by the English ones french.tsv gives ("Fédération du travail de
// la province de X" → "X province labor federation", "5,25 milliards de
// dongs" → "5,25 billion vnd", "plus de" → "more than"): one set of rules
// for both editions, in the contract's terms (canonical Vietnamese
// organisation names, the French sentence as evidence).

// frMaxPhrase is the longest phrase of french.tsv, in tokens, that a
// lookup tries.
const frMaxPhrase = 8

// frNonASCIIOneIn bounds the share of a French text's letters outside
// ASCII at one in frNonASCIIOneIn: French accents and the Vietnamese names
// it quotes with their marks stay far below it (under one in fourteen),
// Vietnamese text is far above (one in four and more).
const frNonASCIIOneIn = 8

// frOpening is how many bytes of a text's opening the share of its letters
// outside ASCII is taken over: enough for a French page's Vietnamese names
// to weigh no more than over its whole lead, and a Vietnamese page is
// given up within it.
const frOpening = 600

// opening is the first n bytes of s, cut back to a rune's start.
func opening(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// frLex is french.tsv: for each kind, the rows by phrase.
var frLex = sync.OnceValue(func() *enLexicon {
	return &enLexicon{rows: readLexRows("french.tsv")}
})

// frenchLanguage is French, its words keyed by English ones.
var frenchLanguage = enLanguage{
	tokens:       frTokens,
	abbreviation: func(w string) bool { return frLex().has("abbreviation", w) },
	chrome:       func(p string) bool { return enChrome(p) || lexChrome(frLex(), p) },
	name:         "tiếng Pháp",
}

// french reports an article whose first lead and body paragraphs
// (bodyHead) are French: few letters outside ASCII (frNonASCIIOneIn) and
// French function words (french.tsv function, none of them English or a
// Vietnamese syllable without its marks) often enough. A Vietnamese text
// is given up after its first words.
func french(a *corpus.Article) bool {
	start, end, n := bodyHead(a)
	if n == 0 {
		return false
	}
	head := a.Text[start:end]
	if !fewNonASCII(opening(head, frOpening), frNonASCIIOneIn) {
		return false
	}
	words, function := 0, 0
	for _, t := range enTokensUpTo(head, 160, false) {
		if t.number || !isLetterByte(head[t.start]) {
			continue
		}
		words++
		// French function words are ASCII: a word with marks is keyed
		// (folded through NFD) only to find an elision ("d’été")
		w := head[t.start:t.end]
		if k, ok := asciiLower(w); ok && (frLex().has("function", k) || frElided(k)) ||
			!ok && strings.Contains(w, "’") && frElided(enKey(w)) {
			function++
		}
		if words == 80 {
			break
		}
	}
	return function >= 3 && float64(function) >= minFunctionShare*float64(words)
}

// asciiLower is an ASCII word lower-cased, ok false for a word with other
// letters.
func asciiLower(w string) (string, bool) {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	return strings.ToLower(w), true
}

// frElided reports a word that opens with an elided word ("l'occasion",
// "d'une").
func frElided(key string) bool {
	k := strings.IndexByte(key, '\'')
	return k > 0 && k < len(key)-1 && frLex().has("elision", key[:k+1])
}

// frenchArticle extracts the records of a French article.
func frenchArticle(a *corpus.Article) ([]Record, []string) {
	return translatedArticle(a, frenchLanguage)
}

// stripGroupSpaces drops the spaces that group a French number's
// thousands ("115 000", with a space, a no-break or a narrow no-break
// space).
func stripGroupSpaces(raw string) string {
	var b strings.Builder
	for _, r := range raw {
		if r != ' ' && r != '\u00a0' && r != '\u202f' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// frTokens splits a French sentence into enTokens' tokens, keyed by the
// English words french.tsv gives: numbers grouped by spaces are one
// token, an elided article or preposition ("l'", "d'") is a word of its
// own, the numbers that are no figure become words (frNoFigures), a
// range and the future tense are keyed as English writes them (frRanges,
// frFuture), a union body or an administrative unit named before its
// place is turned round ("syndicat du quartier de Cầu Giấy" → "Cau Giay ward
// trade union", frOrgPlace), and the longest phrase of kind tr at each
// token is replaced by its English words, which all span the French
// phrase. Words french.tsv does not know keep their own key.
func frTokens(s string) []enToken {
	raw := frSplitElision(s, frJoinGroups(s, enTokens(s)))
	frNoFigures(raw)
	frRanges(raw)
	raw = frFuture(s, raw)
	out := make([]enToken, 0, len(raw))
	l := frLex()
	for i := 0; i < len(raw); {
		if toks, e := frOrgPlace(s, raw, i); e > i {
			out = append(out, toks...)
			i = e
			continue
		}
		if p, row, e := frPhraseAt(l.rows["tr"], raw, i); p != "" {
			out = frAppend(out, row.value, raw[i].start, raw[e-1].end)
			i = e
			continue
		}
		out = append(out, raw[i])
		i++
	}
	return out
}

// frAppend appends the words of an English phrase as tokens spanning
// [start, end); an empty phrase drops the French words.
func frAppend(out []enToken, phrase string, start, end int) []enToken {
	for _, w := range strings.Fields(phrase) {
		out = append(out, enToken{start: start, end: end, key: w})
	}
	return out
}

// frJoinGroups joins a number and the groups of exactly three digits a
// space puts after it ("1 000", "629 022", "1 160/1 160"). The first
// group has one to three digits.
func frJoinGroups(s string, toks []enToken) []enToken {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.number && allDigits(s[t.start:t.end]) && t.end-t.start <= 3 {
			for i+1 < len(toks) && toks[i+1].number && toks[i+1].end-toks[i+1].start == 3 &&
				allDigits(s[toks[i+1].start:toks[i+1].end]) && groupSpace(s[t.end:toks[i+1].start]) {
				t.end = toks[i+1].end
				i++
			}
		}
		out = append(out, t)
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// groupSpace reports one space of any width, as French writes between a
// number's groups.
func groupSpace(s string) bool { return s == " " || s == "\u00a0" || s == "\u202f" }

// frSplitElision splits a word after an elided article, pronoun or
// preposition ("l'unité", "d’une", "qu'il") into the elided word, keyed
// in full ("le", "de", "que"), and the rest; "à" keeps its accent in its
// key, which tells it from "a" (has).
func frSplitElision(s string, toks []enToken) []enToken {
	out := make([]enToken, 0, len(toks)+len(toks)/8)
	for _, t := range toks {
		if t.number || t.key == "" {
			out = append(out, t)
			continue
		}
		if w := s[t.start:t.end]; w == "à" || w == "À" {
			t.key = "à"
			out = append(out, t)
			continue
		}
		if !frElided(t.key) {
			out = append(out, t)
			continue
		}
		k := strings.IndexByte(t.key, '\'')
		full := frLex().rows["elision"][t.key[:k+1]].value
		w := s[t.start:t.end]
		a := strings.IndexAny(w, "'’")
		_, n := utf8.DecodeRuneInString(w[a:])
		out = append(out, enToken{start: t.start, end: t.start + a + n, key: full},
			enToken{start: t.start + a + n, end: t.end, key: t.key[k+1:]})
	}
	return out
}

// frPhraseAt is the longest phrase of rows that starts at token i, its
// row, and the token just past it. Numbers and unkeyed tokens end a
// phrase.
func frPhraseAt(rows map[string]enRow, toks []enToken, i int) (string, enRow, int) {
	return longestRow(rows, toks, i, frMaxPhrase, func(t enToken) bool { return t.number || t.key == "" })
}

// frOrgPlace reads at token i a union body or an administrative unit
// named before its place, as French writes them: a head of kind orghead
// ("syndicat", "Fédération du travail"), linking words (kind link: "de",
// "du", "la"), a unit of kind placetype ("quartier", "province",
// "ville"), linking words again, and the place's capitalised name ("Fédération
// du travail de la province de Thái Bình", "Syndicat de Hanoï", "quartier
// de Hòa Khánh"). It gives the tokens English writes ("Thai Binh province
// labor federation", "Hanoi trade union", "Hoa Khanh ward") and the token
// after the name; i if no such name (the country's own name is the
// national body's, "Confédération générale du travail du Vietnam").
func frOrgPlace(s string, toks []enToken, i int) ([]enToken, int) {
	l := frLex()
	headPhrase, head, j := frPhraseAt(l.rows["orghead"], toks, i)
	k := j
	for k < len(toks) && l.has("link", toks[k].key) {
		k++
	}
	typ, typStart, typEnd := "", 0, 0
	if p, row, e := frPhraseAt(l.rows["placetype"], toks, k); p != "" {
		typ, typStart, typEnd = row.value, toks[k].start, toks[e-1].end
		k = e
		for k < len(toks) && l.has("link", toks[k].key) {
			k++
		}
	}
	if headPhrase == "" && typ == "" {
		return nil, i
	}
	e := frPlaceName(s, toks, k)
	if e == k {
		return nil, i
	}
	var out []enToken
	for _, t := range toks[k:e] {
		t.key = frPlaceKey(t.key)
		out = append(out, t)
	}
	if typ != "" {
		out = frAppend(out, typ, typStart, typEnd)
	}
	if headPhrase != "" {
		out = frAppend(out, head.value, toks[i].start, toks[j-1].end)
	}
	return out, e
}

// frPlaceName is the token after the place name that starts at token k:
// capitalised words, a dash between two of them ("Bà Rịa - Vũng Tàu"), at
// most five words; of those, the longest first words that name a
// province, a district, a ward or a commune, else all of them. k if none,
// or if they name the country.
func frPlaceName(s string, toks []enToken, k int) int {
	e, words := k, 0
	for e < len(toks) && words < 5 {
		t := toks[e]
		if !t.number && t.key != "" && isLetterByte(s[t.start]) && unicode.IsUpper(firstRune(s[t.start:])) {
			e++
			words++
			continue
		}
		if e > k && e+1 < len(toks) && isDash(s[t.start:t.end]) && !toks[e+1].number && toks[e+1].key != "" &&
			isLetterByte(s[toks[e+1].start]) && unicode.IsUpper(firstRune(s[toks[e+1].start:])) {
			e++
			continue
		}
		break
	}
	if e == k {
		return k
	}
	var b strings.Builder
	best := -1
	for j := k; j < e; j++ {
		if isDash(s[toks[j].start:toks[j].end]) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(frPlaceKey(toks[j].key))
		if j == k && (b.String() == "vietnam" || b.String() == "viet") {
			return k
		}
		if knownPlace(b.String()) {
			best = j + 1
		}
	}
	if best > 0 {
		return best
	}
	return e
}

// frPlaceKey is the key of a word of a place's name as english.tsv's
// places are keyed: "Ville" of "Hô Chi Minh-Ville" is "city".
func frPlaceKey(k string) string {
	if k == "ville" {
		return "city"
	}
	return k
}

// knownPlace reports a province's, a district's, a ward's or a commune's
// name without diacritics, on either map ("ha noi", "hanoi", "cau giay").
func knownPlace(name string) bool {
	l := enLex()
	for _, era := range []gazetteer.Era{gazetteer.Old, gazetteer.New} {
		if _, ok := l.provinces[era][name]; ok {
			return true
		}
		if len(l.places[era][name]) > 0 {
			return true
		}
	}
	return false
}

// frNoFigure is the key of a number that is no figure (frNoFigures): a
// word no rule reads.
const frNoFigure = "nofigure"

// frNoFigures turns into words the numbers that are no figure: after a
// phrase of french.tsv's kind before, a qualifier's words between ("élève
// 2 jeunes enfants", "un salaire d'environ 6 millions", "bénéficiant de
// 100 %"), and the numbers inside brackets that restate a completion after
// an X/Y ("1 160/1 160 unités (atteignant 100 %)"), as the contract's
// percentages of an X/Y are no record of their own.
func frNoFigures(toks []enToken) {
	l := frLex()
	for i, t := range toks {
		if !t.number {
			continue
		}
		for e, k := i, 0; k <= 3 && e > 0; e, k = e-1, k+1 {
			if frPhraseEndingAt(l.rows["before"], toks, e) {
				toks[i].number, toks[i].key = false, frNoFigure
				break
			}
			if !l.has("qualifier-word", toks[e-1].key) {
				break
			}
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].key != "(" || !frAfterFraction(toks, i) {
			continue
		}
		k := i + 1
		for k < len(toks) && l.has("restate", toks[k].key) {
			k++
		}
		if k == i+1 && !toks[k].number {
			continue
		}
		for ; k < len(toks) && toks[k].key != ")"; k++ {
			if toks[k].number {
				toks[k].number, toks[k].key = false, frNoFigure
			}
		}
	}
}

// frAfterFraction reports an X/Y with its noun right before token i:
// "2 589/4 298 unités (".
func frAfterFraction(toks []enToken, i int) bool {
	for k := i - 1; k >= 2 && k >= i-3; k-- {
		if toks[k].number && toks[k-1].key == "/" && toks[k-2].number {
			return true
		}
	}
	return false
}

// frPhraseEndingAt reports a phrase of rows that ends just before token
// end.
func frPhraseEndingAt(rows map[string]enRow, toks []enToken, end int) bool {
	for i := max(0, end-frMaxPhrase); i < end; i++ {
		if p, _, e := frPhraseAt(rows, toks, i); p != "" && e == end {
			return true
		}
	}
	return false
}

// frRanges keys a range between two numbers as English writes it: "de 75
// à 150 millions" → "from 75 to 150 million" (the "a" of a text without
// its accents too).
func frRanges(toks []enToken) {
	for i := 1; i+1 < len(toks); i++ {
		if k := toks[i].key; (k == "a" || k == "à") && toks[i-1].number && toks[i+1].number {
			toks[i].key = "to"
			if i > 1 && toks[i-2].key == "de" {
				toks[i-2].key = "from"
			}
		}
	}
}

// frFuture keys the future tense as english.tsv's plan cues, which stand
// before the figure they plan: a verb in the future (frFutureVerb) before
// its figure is "plans to" ("recevront chacun 300.000 dôngs"); after a
// figure of its clause, its subject ("les 12 maisons restantes seront
// achevées", "La distribution de 900 cadeaux devrait suivre"), the clause
// opens with "planned".
func frFuture(s string, toks []enToken) []enToken {
	has := false
	for _, t := range toks {
		has = has || frFutureVerb(t)
	}
	if !has {
		return toks
	}
	out := make([]enToken, 0, len(toks)+4)
	for _, t := range toks {
		if !frFutureVerb(t) {
			out = append(out, t)
			continue
		}
		a, figure := len(out), false
		for a > 0 && !frClauseMark(out[a-1].key) {
			a--
			figure = figure || out[a].number
		}
		if figure {
			out = slices.Insert(out, a, enToken{start: t.start, end: t.end, key: "planned"})
			out = append(out, enToken{start: t.start, end: t.end, key: "future"})
			continue
		}
		out = append(out, enToken{start: t.start, end: t.end, key: "plans"}, enToken{start: t.start, end: t.end, key: "to"})
	}
	return out
}

func frClauseMark(k string) bool { return segmentMark(k) || k == "." }

// frFutureVerb reports a verb in the future tense: a word of french.tsv
// future, or one of six letters and more that ends as future-ending says
// and is no word of not-future.
func frFutureVerb(t enToken) bool {
	if t.number || len(t.key) < 6 {
		return frLex().has("future", t.key)
	}
	l := frLex()
	if l.has("future", t.key) {
		return true
	}
	if l.has("not-future", t.key) {
		return false
	}
	for end := range l.rows["future-ending"] {
		if strings.HasSuffix(t.key, end) {
			return true
		}
	}
	return false
}

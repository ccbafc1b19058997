package extract

import (
	"bufio"
	"embed"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// cue is what a phrase of the lexicon says when it stands in a sentence.
// A phrase may belong to several lexicons at once.
type cue struct {
	unit      string // units.tsv: head noun → unit code
	skip      bool   // skip.tsv: word between a number and its head noun
	qualifier string // qualifiers.tsv
	status    string // status.tsv: planned, achieved or none
	period    string // period.tsv: multi_year or snapshot
	category  string // categories.tsv
	// categoryUnit, when set, limits the category cue to numbers of that
	// unit ("thành lập" is membership only for công đoàn cơ sở).
	categoryUnit string
	// categoryLocal marks a cue that tells only the figures of its own
	// sentence (a third column "local"): it is not counted in the
	// paragraph's tally of cues (step 6 of categoryOf).
	categoryLocal bool
	// categoryBlock marks a phrase of categories.tsv with no category: it
	// holds a shorter cue inside it ("trung tâm văn hóa", a venue's name)
	categoryBlock bool
	idPrefix      bool   // idprefix.tsv: identifier word before a number
	timeUnit      bool   // timeunits.tsv: date/time/age/duration word after a number
	bears         bool   // the phrase bears on a number of its sentence: a cue of any lexicon but relevance.tsv
	relevance     string // relevance.tsv: union, member, actor or offtopic
	capital       bool   // relevance.tsv: the phrase counts only when capitalised
	subject       bool   // relevance.tsv: the actor counts only as the sentence's subject
	id            uint16 // its index in lexicon.cueList
}

// lexicon maps a lower-case phrase (in both tone placements) to its cue.
type lexicon struct {
	// phrases holds every phrase and every shorter run of its first words,
	// so that a match grows word by word and stops at the first run that
	// starts no phrase: one lookup for most words.
	phrases map[string]phrase
	cueRoot map[string]*cueNode // phrases as a trie over tokens (buildCueTrie)
	// cueList holds every cue at its id, nil at 0: a sentence keeps ids, a
	// slice without pointers for the garbage collector to follow.
	cueList []*cue
	// cueFirst finds the first words of cueRoot without hashing them: most
	// words that start no phrase fall into an empty bucket.
	cueFirst firstIndex
	sectors  []gazetteerEntry
	direct   []gazetteerEntry // unions directly under the city federation
	// words holds the small word lists of words.tsv, by list name, and
	// ordered the same lists in file order, both tone placements.
	words   map[string]map[string]bool
	ordered map[string][]string
	// ends holds each list of ordered for listBefore, with a bit for the
	// last byte of each of its phrases (every bit if it holds ""), so that
	// it turns away at once a token that ends on another byte: one lookup
	// by name for both.
	ends   map[string]*listEnds
	listed listIndex // every word of words, with its list

	// unionPhrases are the union and member phrases of relevance.tsv, in
	// both tone placements, sorted.
	unionPhrases []string
}

// listEnds is a list of words.tsv in file order, the last three bytes of
// its phrases, a bit each (endBit; every bit if a phrase is shorter), and
// how many words each phrase has.
type listEnds struct {
	last    [4]uint64
	phrases []string
	words   []int // words[j]: how many words phrases[j] has (listAt)
}

// endBit is the bit of listEnds.last for the last three bytes of s (a
// multiplicative hash of them, 0 to 255); false if s is shorter. Three
// bytes, not one: most Vietnamese words end on one of a few letters ("ng",
// "n", "h"), and a tone mark's byte before them tells more.
func endBit(s string) (uint, bool) {
	n := len(s)
	if n < 3 {
		return 0, false
	}
	h := uint32(s[n-3])<<16 | uint32(s[n-2])<<8 | uint32(s[n-1])
	return uint((h * 0x9E3779B1) >> 24), true
}

// inList reports whether w is in the word list named list (words.tsv).
func inList(list, w string) bool { return w != "" && lex.listed.has(list, w) }

// listIndex holds the words of the word lists by wordBit, as firstIndex
// holds the first words of cue phrases: most words are in no list and
// fall into an empty bucket, and a word that is finds its list among the
// one or two entries of its bucket, without hashing either string.
type listIndex struct {
	filter  wordFilter
	start   [wordBuckets + 1]uint16
	entries []listEntry
}

type listEntry struct {
	word, list string
	key        uint64 // listKey(word, list): most entries of a bucket differ from the one asked for in it, and are passed over without comparing strings
}

// listKey is a key of a word in list, from h, the word's wordHash: h, and
// in its top 24 bits the length and two bytes of list. Equal entries have
// equal keys; an entry whose key differs is another.
func listKey(h uint64, list string) uint64 {
	k := h
	if n := len(list); n > 0 {
		k ^= (uint64(n) | uint64(list[n-1])<<8 | uint64(list[n/2])<<16) << 40
	}
	return k
}

func newListIndex(words map[string]map[string]bool) (listIndex, error) {
	buckets := make([][]listEntry, wordBuckets)
	var ix listIndex
	n := 0
	for list, ws := range words {
		for w := range ws {
			b := wordBit(w)
			buckets[b] = append(buckets[b], listEntry{w, list, listKey(wordHash(w), list)})
			ix.filter.add(w)
			n++
		}
	}
	if n > math.MaxUint16 {
		return ix, fmt.Errorf("more than %d words in the word lists", math.MaxUint16)
	}
	for b, es := range buckets {
		ix.start[b] = uint16(len(ix.entries))
		ix.entries = append(ix.entries, es...)
	}
	ix.start[wordBuckets] = uint16(len(ix.entries))
	return ix, nil
}

// has reports whether the list named list holds w (not empty).
func (ix *listIndex) has(list, w string) bool {
	h := wordHash(w)
	b := hashBit(h)
	if ix.filter[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	key := listKey(h, list)
	for _, e := range ix.entries[ix.start[b]:ix.start[b+1]] {
		if e.key == key && e.word == w && e.list == list {
			return true
		}
	}
	return false
}

// phrase is one entry of lexicon.phrases: the cue of a whole phrase, if the
// run is one, and whether a longer phrase starts with the run.
type phrase struct {
	cue    *cue
	longer bool
}

// numberCues gives every cue its id, in the order of its phrase.
func (l *lexicon) numberCues() error {
	l.cueList = []*cue{nil}
	for _, p := range slices.Sorted(maps.Keys(l.phrases)) {
		if c := l.phrases[p].cue; c != nil && c.id == 0 {
			if len(l.cueList) > math.MaxUint16 {
				return fmt.Errorf("more than %d cues", math.MaxUint16)
			}
			c.id = uint16(len(l.cueList))
			l.cueList = append(l.cueList, c)
		}
	}
	return nil
}

// cueNode is a run of words in the trie of lexicon.phrases: its entry, and
// the runs one token longer, by the text that follows it up to the end of
// that token (the separator and the word: " đoàn", "."). Most runs have no
// longer run or one or two: a slice is read faster than a map is hashed.
type cueNode struct {
	phrase
	next []cueEdge
}

type cueEdge struct {
	key  string
	node *cueNode
}

// child returns the run one token longer by key, nil if none.
func (n *cueNode) child(key string) *cueNode {
	for i := range n.next {
		if n.next[i].key == key {
			return n.next[i].node
		}
	}
	return nil
}

// buildCueTrie arranges l.phrases as a trie over tokens, so that matching
// a phrase word by word hashes each word once rather than every longer run
// again. A phrase reaches the same node whether looked up whole or token by
// token: a run of a sentence's tokens is tokenized alike on its own.
func (l *lexicon) buildCueTrie() {
	l.cueRoot = map[string]*cueNode{}
	for p, e := range l.phrases {
		toks := tokenize(p)
		if len(toks) == 0 || toks[0].start != 0 || int(toks[len(toks)-1].end) != len(p) {
			continue // no run of a sentence's tokens spells it
		}
		first := p[:toks[0].end]
		n := l.cueRoot[first]
		if n == nil {
			n = &cueNode{}
			l.cueRoot[first] = n
		}
		for j, t := range toks[1:] {
			key := p[toks[j].end:t.end]
			next := n.child(key)
			if next == nil {
				next = &cueNode{}
				n.next = append(n.next, cueEdge{key, next})
			}
			n = next
		}
		n.phrase = e
	}
	l.cueFirst = newFirstIndex(l.cueRoot)
}

// wordFilter is a set of words that may answer yes for a word not added
// but never no for one added: a bit per bucket of wordBit.
type wordFilter [wordBuckets / 64]uint64

// wordBuckets is the number of buckets wordBit spreads words over, a power
// of two: wordBits bits of its hash.
const (
	wordBits    = 12
	wordBuckets = 1 << wordBits
)

// wordBit is the bucket of a word (not empty) in a wordFilter or a
// firstIndex: a multiplicative hash of its length and its first two and
// last two bytes. (Vietnamese words share few first and last bytes: a sum
// of those alone put the 401 first words of cue phrases in 295 of the 4,096
// buckets, up to 6 in one, and the seeds' words met 8,589 entries of the
// cue and list buckets where they meet 4,892 now.)
func wordBit(w string) uint { return hashBit(wordHash(w)) }

// hashBit is the bucket of a wordHash.
func hashBit(h uint64) uint {
	return uint((h * 0x9E3779B97F4A7C15) >> (64 - wordBits)) // the top wordBits bits
}

// wordHash is what wordBit hashes of w: its length and its first two and
// last two bytes, in the low 40 bits (a length below 256).
func wordHash(w string) uint64 {
	n := len(w)
	h := uint64(w[0]) | uint64(w[n-1])<<8 | uint64(n)<<16
	if n > 1 {
		h |= uint64(w[1])<<24 | uint64(w[n-2])<<32
	}
	return h
}

func (f *wordFilter) add(w string) { b := wordBit(w); f[b/64] |= 1 << (b % 64) }

// mayHold reports whether w may have been added; w is not empty.
func (f *wordFilter) mayHold(w string) bool { b := wordBit(w); return f[b/64]&(1<<(b%64)) != 0 }

// firstIndex holds the words of a map by wordBit: the words of bucket b are
// words[start[b]:start[b+1]], a few at most. A lookup costs a hash of two
// bytes and a comparison or two, and none for most words not held: the
// filter, whose bits are the buckets that hold a word, is small enough to
// stay in the cache.
type firstIndex struct {
	filter wordFilter
	start  [wordBuckets + 1]uint16
	words  []cueEdge
}

func newFirstIndex(root map[string]*cueNode) firstIndex {
	buckets := make([][]cueEdge, wordBuckets)
	for w, n := range root {
		b := wordBit(w)
		buckets[b] = append(buckets[b], cueEdge{w, n})
	}
	var ix firstIndex
	for w := range root {
		ix.filter.add(w)
	}
	for b, es := range buckets {
		ix.start[b] = uint16(len(ix.words))
		ix.words = append(ix.words, es...)
	}
	ix.start[wordBuckets] = uint16(len(ix.words))
	return ix
}

// lookup returns the node of w (not empty), nil if w starts no phrase.
func (ix *firstIndex) lookup(w string) *cueNode {
	b := wordBit(w)
	if ix.filter[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	for _, e := range ix.words[ix.start[b]:ix.start[b+1]] {
		if e.key == w {
			return e.node
		}
	}
	return nil
}

// cueAt returns the trie node of the run of tokens i to k-1 of s, the node
// of tokens i to k-2 given (nil for the first token), or nil if no phrase
// starts with the run.
func cueAt(s *sentence, i, k int, prev *cueNode) *cueNode {
	if prev == nil {
		return lex.cueFirst.lookup(s.word(i))
	}
	return prev.child(s.low[s.toks[k-2].end:s.toks[k-1].end])
}

// longestCue returns the cue of the longest phrase starting at token i of s
// whose cue satisfies ok, and the token after the phrase; nil and i if none.
func longestCue(s *sentence, i int, ok func(*cue) bool) (*cue, int) {
	var best *cue
	end := i
	var n *cueNode
	for k := i + 1; k <= len(s.toks); k++ {
		if n = cueAt(s, i, k, n); n == nil {
			break
		}
		if n.cue != nil && ok(n.cue) {
			best, end = n.cue, k
		}
		if !n.longer {
			break
		}
	}
	return best, end
}

// longestCues walks the phrases starting at token i once and returns the
// longest whose cue satisfies ok and the longest relevance signal, each
// with the token after it (nil and i if none). It is longestCue's walk
// (cueAt) with the trie's steps written out: it runs at every word. A nil
// ok stands for sentenceCue, read without a call on cueScan's path.
func longestCues(s *sentence, i int, ok func(*cue) bool) (c *cue, end int, rel *cue, relEnd int) {
	end, relEnd = i, i
	n := lex.cueFirst.lookup(s.word(i))
	for k := i + 1; n != nil; k++ {
		if n.cue != nil {
			if ok == nil && n.cue.bears || ok != nil && ok(n.cue) {
				c, end = n.cue, k
			}
			if n.cue.relevance != "" {
				rel, relEnd = n.cue, k
			}
		}
		if !n.longer || k >= len(s.toks) {
			break
		}
		n = n.child(s.low[s.toks[k-1].end:s.toks[k].end])
	}
	return c, end, rel, relEnd
}

type gazetteerEntry struct {
	name, folded, typ string
	// generic marks a spelling of direct.tsv of several words that names
	// no city ("các Khu công nghiệp và chế xuất", "Tổng Công ty Vận
	// tải"): any province's body may begin with it, short marks one that
	// leaves out the "Hà Nội" of its union's name ("Tổng Công ty Vận tải"
	// of "Tổng Công ty Vận tải Hà Nội"), a generic name of a firm's kind
	// and trade (sc.cityOwnShort).
	generic, short bool
}

var lex = mustLoadLexicon()

func mustLoadLexicon() *lexicon {
	l, err := loadLexicon()
	if err != nil {
		panic(err) // the lexicon is compiled in: a bad file is a build defect
	}
	return l
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{phrases: map[string]phrase{}, words: map[string]map[string]bool{}, ordered: map[string][]string{}, ends: map[string]*listEnds{}}
	for _, step := range []func() error{l.loadCues, l.loadUnions, l.loadWords} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	for p, e := range l.phrases {
		if e.cue != nil && (e.cue.relevance == signalUnion || e.cue.relevance == signalMember) {
			l.unionPhrases = append(l.unionPhrases, p)
		}
	}
	slices.Sort(l.unionPhrases)
	var err error
	if l.listed, err = newListIndex(l.words); err != nil {
		return nil, err
	}
	l.buildCueTrie()
	if len(l.cueRoot) > math.MaxUint16 {
		return nil, fmt.Errorf("more than %d first words of cue phrases", math.MaxUint16)
	}
	if err := l.numberCues(); err != nil {
		return nil, err
	}
	return l, nil
}

// cueFiles are the lexicons of cue phrases, each with the field of a cue
// it sets from the rest of its line.
var cueFiles = []struct {
	name string
	set  func(c *cue, value string)
}{
	{"units.tsv", func(c *cue, v string) { c.unit = v }},
	{"skip.tsv", func(c *cue, _ string) { c.skip = true }},
	{"qualifiers.tsv", func(c *cue, v string) { c.qualifier = v }},
	{"status.tsv", func(c *cue, v string) { c.status = v }},
	{"period.tsv", func(c *cue, v string) { c.period = v }},
	{"categories.tsv", func(c *cue, v string) {
		c.category, c.categoryUnit, _ = strings.Cut(v, "\t")
		if c.categoryUnit == "local" {
			c.categoryUnit, c.categoryLocal = "", true
		}
		c.categoryBlock = v == ""
	}},
	{"idprefix.tsv", func(c *cue, _ string) { c.idPrefix = true }},
	{"timeunits.tsv", func(c *cue, _ string) { c.timeUnit = true }},
	{"relevance.tsv", func(c *cue, v string) {
		c.relevance, _, _ = strings.Cut(v, "\t")
		c.capital = strings.HasSuffix(v, "\tcapital")
		c.subject = strings.HasSuffix(v, "\tsubject")
	}},
}

// loadCues reads the cue lexicons into l.phrases, every phrase in both
// tone placements, and marks the shorter runs that longer phrases start
// with.
func (l *lexicon) loadCues() error {
	for _, f := range cueFiles {
		err := readTSV(f.name, func(fields []string) error {
			value := ""
			if len(fields) > 1 {
				value = strings.Join(fields[1:], "\t")
			}
			for _, p := range variants(fields[0]) {
				e := l.phrases[p]
				if e.cue == nil {
					e.cue = &cue{}
					l.phrases[p] = e
				}
				f.set(e.cue, value)
				e.cue.bears = e.cue.bears || f.name != "relevance.tsv"
				toks := tokenize(p)
				for _, t := range toks[:len(toks)-1] {
					run := l.phrases[p[:t.end]]
					run.longer = true
					l.phrases[p[:t.end]] = run
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	l.addSlips()
	return nil
}

// minSlipWords is the fewest words an actor's name of relevance.tsv needs
// for its misspellings to be read as it (addSlips): a long name with one
// word misspelt is still that name, a short one may be another word.
const minSlipWords = 4

// finalSlips maps a syllable's final consonant to the one writers slip to:
// the stop of the same place for a nasal and back ("Mặt trật Tổ quốc" for
// "Mặt trận Tổ quốc").
var finalSlips = map[string]string{"n": "t", "t": "n", "ng": "c", "c": "ng", "nh": "ch", "ch": "nh", "m": "p", "p": "m"}

// addSlips reads an actor's name of relevance.tsv of minSlipWords words or
// more with one word after the first misspelt by its final consonant
// (finalSlips) as the name: "Ủy ban Mặt trật Tổ quốc xã A" is the
// Fatherland Front's committee, another body. A misspelling that spells a
// phrase of the lexicons is left to that phrase.
func (l *lexicon) addSlips() {
	for _, p := range slices.Sorted(maps.Keys(l.phrases)) {
		e := l.phrases[p]
		if e.cue == nil || e.cue.relevance != signalActor {
			continue
		}
		words := strings.Fields(p)
		if len(words) < minSlipWords {
			continue
		}
		toks := tokenize(p)
		if len(toks) != len(words) {
			continue
		}
		for i := 1; i < len(words); i++ {
			final := finalOf(words[i])
			if final == "" {
				continue
			}
			v := slices.Clone(words)
			v[i] = strings.TrimSuffix(words[i], final) + finalSlips[final]
			q := strings.Join(v, " ")
			if _, ok := l.phrases[q]; ok {
				continue
			}
			l.phrases[q] = phrase{cue: e.cue}
			for _, t := range tokenize(q)[:len(v)-1] {
				run := l.phrases[q[:t.end]]
				run.longer = true
				l.phrases[q[:t.end]] = run
			}
		}
	}
}

// finalOf returns the final consonant of syllable w that finalSlips
// knows, "" if none.
func finalOf(w string) string {
	for _, f := range []string{"ng", "nh", "ch"} {
		if strings.HasSuffix(w, f) {
			return f
		}
	}
	if f := w[len(w)-1:]; finalSlips[f] != "" {
		return f
	}
	return ""
}

// loadUnions reads the sectoral unions and the city's direct unions,
// longest spelling first.
func (l *lexicon) loadUnions() error {
	err := readTSV("sectors.tsv", func(fields []string) error {
		for _, f := range joinedSpellings(fields) {
			for _, v := range variants(f) {
				l.sectors = append(l.sectors, gazetteerEntry{name: fields[0], folded: v, typ: "công đoàn ngành"})
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = readTSV("direct.tsv", func(fields []string) error {
		if len(fields) < 3 {
			return fmt.Errorf("direct.tsv: %q: want a name, an org_type and a spelling", fields[0])
		}
		for _, f := range fields[2:] {
			low := lower(f)
			generic := strings.Contains(low, " ") && !strings.Contains(low, "hà nội") && !strings.Contains(low, "thành phố")
			short := generic && strings.Contains(lower(fields[0]), "hà nội")
			for _, v := range variants(f) {
				l.direct = append(l.direct, gazetteerEntry{name: "Công đoàn " + fields[0], folded: v, typ: fields[1], generic: generic, short: short})
			}
		}
		return nil
	})
	byLength := func(a, b gazetteerEntry) int { return len(b.folded) - len(a.folded) }
	slices.SortStableFunc(l.sectors, byLength)
	slices.SortStableFunc(l.direct, byLength)
	return err
}

// joinedSpellings gives a sector's spellings (sectors.tsv) and the ways
// articles join their parts otherwise: "&" spaced or not and "và" for one
// another ("NN & PTNT", "Nông nghiệp & Phát triển nông thôn"), and a full
// first part before an abbreviated last one ("Nông nghiệp & PTNT",
// "Nông nghiệp và PTNT" from "Nông nghiệp và Phát triển nông thôn" and
// "NN&PTNT"). The canonical name stays first.
func joinedSpellings(fields []string) []string {
	out := slices.Clone(fields)
	add := func(s string) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, f := range fields {
		if strings.Contains(f, "&") {
			spaced := strings.ReplaceAll(strings.ReplaceAll(f, " & ", "&"), "&", " & ")
			add(spaced)
			add(strings.ReplaceAll(spaced, " & ", " và "))
		}
		if strings.Contains(f, " và ") {
			add(strings.ReplaceAll(f, " và ", " & "))
		}
	}
	for _, full := range fields {
		k := strings.LastIndex(full, " và ")
		if k < 0 {
			continue
		}
		for _, abbr := range fields {
			a := strings.LastIndexByte(abbr, '&')
			if a < 0 || strings.Contains(abbr, " ") {
				continue
			}
			for _, join := range []string{" và ", " & ", "&"} {
				add(full[:k] + join + abbr[a+1:])
			}
		}
	}
	return out
}

// loadWords reads the small word lists of words.tsv.
func (l *lexicon) loadWords() error {
	return readTSV("words.tsv", func(fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want a list name and a word, got %q", fields)
		}
		if l.words[fields[0]] == nil {
			l.words[fields[0]] = map[string]bool{}
		}
		e := l.ends[fields[0]]
		if e == nil {
			e = &listEnds{}
			l.ends[fields[0]] = e
		}
		for _, v := range variants(fields[1]) {
			l.words[fields[0]][v] = true
			l.ordered[fields[0]] = append(l.ordered[fields[0]], v)
			e.phrases = l.ordered[fields[0]]
			e.words = append(e.words, strings.Count(v, " ")+1)
			if b, ok := endBit(v); ok {
				e.last[b/64] |= 1 << (b % 64)
			} else {
				e.last = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			}
		}
		return nil
	})
}

func readTSV(name string, row func([]string) error) error {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := row(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("lexicon %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	return nil
}

// toneMoves pairs new-style tone placement (tone on the first vowel of
// oa, oe, uy) with the old style (tone on the second vowel).
var toneMoves = [][2]string{
	{"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
	{"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
	{"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"},
}

// variants returns a lexicon phrase in lower case with the new-style tone
// placement and, when it differs, the old style too, so that matching on
// lower-cased text finds either spelling without rewriting the text.
func variants(p string) []string {
	p = lower(p)
	newStyle, oldStyle := p, p
	for _, m := range toneMoves {
		newStyle = moveTone(newStyle, m[1], m[0])
	}
	for _, m := range toneMoves {
		oldStyle = moveTone(oldStyle, m[0], m[1])
	}
	if oldStyle == newStyle {
		return []string{newStyle}
	}
	return []string{newStyle, oldStyle}
}

// moveTone replaces the vowel pair from by to where it ends an open syllable
// ("hoà" ↔ "hòa", but never "hoàng" or the "qu" of "quý").
func moveTone(s, from, to string) string {
	if !strings.Contains(s, from) {
		return s
	}
	var b strings.Builder
	i := 0
	for {
		j := strings.Index(s[i:], from)
		if j < 0 {
			b.WriteString(s[i:])
			return b.String()
		}
		j += i
		end := j + len(from)
		r, _ := utf8.DecodeRuneInString(s[end:])
		atEnd := end == len(s) || !isWordRune(r)
		afterQ := j > 0 && s[j-1] == 'q'
		b.WriteString(s[i:j])
		if atEnd && !afterQ {
			b.WriteString(to)
		} else {
			b.WriteString(from)
		}
		i = end
	}
}

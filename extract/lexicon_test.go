package extract

import (
	"slices"
	"strings"
	"testing"
)

// longestCuesRef is longestCues over lexicon.phrases, one lookup of the
// whole run per length: the trie must agree.
func longestCuesRef(s *sentence, i int, ok func(*cue) bool) (c *cue, end int, rel *cue, relEnd int) {
	end, relEnd = i, i
	for k := i + 1; k <= len(s.toks); k++ {
		p, found := lex.phrases[s.low[s.toks[i].start:s.toks[k-1].end]]
		if !found {
			break
		}
		if p.cue != nil && ok(p.cue) {
			c, end = p.cue, k
		}
		if p.cue != nil && p.cue.relevance != "" {
			rel, relEnd = p.cue, k
		}
		if !p.longer {
			break
		}
	}
	return c, end, rel, relEnd
}

func checkLongestCues(t *testing.T, text string) {
	t.Helper()
	low := lower(text)
	s := &sentence{text: text, low: low, toks: tokenize(low)}
	for i := range s.toks {
		c, end, rel, relEnd := longestCues(s, i, sentenceCue)
		wc, wend, wrel, wrelEnd := longestCuesRef(s, i, sentenceCue)
		if c != wc || end != wend || rel != wrel || relEnd != wrelEnd {
			t.Fatalf("longestCues(%q, token %d) = %p %d %p %d, want %p %d %p %d", low, i, c, end, rel, relEnd, wc, wend, wrel, wrelEnd)
		}
		if c, end := longestCue(s, i, sentenceCue); c != wc || end != wend {
			t.Fatalf("longestCue(%q, token %d) = %p %d, want %p %d", low, i, c, end, wc, wend)
		}
	}
}

// TestCueTrie looks every phrase of the lexicon up in a sentence of its
// own, and in a sentence of all of them.
func TestCueTrie(t *testing.T) {
	all := ""
	for p := range lex.phrases {
		checkLongestCues(t, p)
		all += p + " "
	}
	checkLongestCues(t, all)
	if n := len(lex.cueRoot); n == 0 {
		t.Fatal("the cue trie is empty")
	}
}

func FuzzLongestCues(f *testing.F) {
	for _, s := range []string{
		"Công đoàn cơ sở kết nạp 1.715 đoàn viên, trao 200 suất quà",
		"LĐLĐ quận  Ba Đình hỗ trợ 19 công nhân bị tai nạn lao động",
		"Tổng Liên đoàn Lao động Việt Nam (Tổng LĐLĐ) thăm hỏi",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLongestCues(t, s)
	})
}

// TestCueFirstIndex: the index finds every first word of a phrase at its
// node, and finds no other word; its buckets stay small.
func TestCueFirstIndex(t *testing.T) {
	for w, n := range lex.cueRoot {
		if got := lex.cueFirst.lookup(w); got != n {
			t.Errorf("lookup(%q) = %p, want %p", w, got, n)
		}
		if got := lex.cueFirst.lookup(w + "x"); got != lex.cueRoot[w+"x"] {
			t.Errorf("lookup(%q) = %p, want %p", w+"x", got, lex.cueRoot[w+"x"])
		}
	}
	for b := range wordBuckets {
		if n := lex.cueFirst.start[b+1] - lex.cueFirst.start[b]; n > 8 {
			t.Errorf("bucket %d holds %d words: lookups there compare too many", b, n)
		}
	}
}

// TestCueIDs: a sentence keeps cues by id, so every cue must be found at
// its id.
func TestCueIDs(t *testing.T) {
	if lex.cueList[0] != nil {
		t.Fatal("id 0 must mean no cue")
	}
	for p, e := range lex.phrases {
		if e.cue != nil && (e.cue.id == 0 || lex.cueList[e.cue.id] != e.cue) {
			t.Errorf("the cue of %q is not at its id %d", p, e.cue.id)
		}
	}
}

// TestListFilter: inList finds every word of every list through its filter
// and its entry's key, and finds no word of one list in a list that lacks
// it (whose key may be the same: its strings decide).
func TestListFilter(t *testing.T) {
	for list, words := range lex.words {
		for w := range words {
			if !inList(list, w) {
				t.Errorf("inList(%q, %q) = false, want true", list, w)
			}
			for other, in := range lex.words {
				if got := inList(other, w); got != in[w] {
					t.Errorf("inList(%q, %q) = %v, want %v", other, w, got, in[w])
				}
			}
		}
	}
	if inList("abbreviation", "đoàn") || inList("abbreviation", "") {
		t.Error("inList finds a word that is in no list")
	}
}

// FuzzInList compares inList with the word lists' maps, for every list.
func FuzzInList(f *testing.F) {
	for _, w := range []string{"và", "cho", "mỗi", "tp", "đoàn", "x"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for list, words := range lex.words {
			if got, want := inList(list, w), words[w]; got != want {
				t.Fatalf("inList(%q, %q) = %v, want %v", list, w, got, want)
			}
		}
	})
}

// TestListEnds: listBefore's entry of every list holds the list's phrases
// in file order and a bit for the last three bytes of each, and the lists are
// those of words.tsv.
func TestListEnds(t *testing.T) {
	if len(lex.ends) != len(lex.ordered) {
		t.Errorf("%d lists for listBefore, want %d", len(lex.ends), len(lex.ordered))
	}
	for list, phrases := range lex.ordered {
		e := lex.ends[list]
		if e == nil || !slices.Equal(e.phrases, phrases) {
			t.Errorf("listBefore's %q is not the list in file order", list)
			continue
		}
		for j, p := range phrases {
			if n := strings.Count(p, " ") + 1; e.words[j] != n {
				t.Errorf("listAt's %q: %q has %d words, not %d", list, p, n, e.words[j])
			}
			if b, ok := endBit(p); ok && e.last[b/64]>>(b%64)&1 == 0 || !ok && e.last != [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} {
				t.Errorf("listBefore's %q: no bit for the last bytes of %q", list, p)
			}
		}
	}
	s := &sentence{text: "a b", low: "a b"}
	s.toks = tokenize(s.low)
	if s.listBefore(2, "no such list") {
		t.Error("listBefore finds a phrase of a list that does not exist")
	}
}

// TestMayEndBefore: where mayEndBefore turns a list away, no phrase of it
// ends before the token, and endsBefore finds what a loop over the list
// with phraseBefore finds, at every token of sentences that hold phrases
// of the lists welcomedList, guestListed, objectMarked and partnerMarked
// ask for.
func TestMayEndBefore(t *testing.T) {
	for _, text := range []string{
		"Tới dự và chúc mừng có đồng chí Nguyễn Văn A, Chủ tịch LĐLĐ tỉnh; về phía huyện có lãnh đạo UBND huyện B.",
		"Ban tổ chức nhiệt liệt chào mừng đồng chí Phó Chủ tịch Tổng Liên đoàn, phối hợp với UBND tỉnh B trao 100 suất quà cho các cấp công đoàn.",
		"LĐLĐ tỉnh ủy quyền cho Công đoàn ngành Giáo dục trao quà tới đoàn viên, cùng với Công ty A.",
	} {
		s := &sentence{text: text, low: lower(text)}
		s.toks = tokenize(s.low)
		for list, phrases := range lex.ordered {
			e := lex.ends[list]
			for i := -1; i <= len(s.toks)+1; i++ {
				want := slices.ContainsFunc(phrases, func(p string) bool { return s.phraseBefore(i, p) })
				if got := s.endsBefore(i, e); got != want {
					t.Errorf("%q, list %q, token %d: endsBefore = %v, want %v", text, list, i, got, want)
				}
				if want && !s.mayEndBefore(i, e) {
					t.Errorf("%q, list %q, token %d: mayEndBefore turns away a phrase that ends there", text, list, i)
				}
			}
		}
	}
	if (&sentence{}).mayEndBefore(0, nil) {
		t.Error("mayEndBefore of no list may end")
	}
}

// TestHistoryHeadsEndInNam: historyYear skips lowering the text unless the
// year follows "m ", which holds only while every head ends in "năm ".
func TestHistoryHeadsEndInNam(t *testing.T) {
	for _, h := range historyHeads {
		if !strings.HasSuffix(h, "năm ") {
			t.Errorf("history head %q does not end in %q", h, "năm ")
		}
	}
}

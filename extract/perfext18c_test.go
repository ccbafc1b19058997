package extract

import (
	"strings"
	"testing"
)

// namesContestRef is namesContest as first written: a " thi" after "ội" or
// "uộc".
func namesContestRef(t string) bool {
	return strings.Contains(t, "ội thi") || strings.Contains(t, "uộc thi")
}

// FuzzNamesContest: namesContest, led by the last byte of "ộ", agrees
// with searching both phrases.
func FuzzNamesContest(f *testing.F) {
	for _, s := range []string{"Hội thi an toàn", "Cuộc thi", "cuộc thi", "Buộc thi", "uộc thi", "ộc thi", "ội thi", "hội thi\xbb\x99", "\x99i thi",
		"Hội nghị thi đua", "cuộc thị", "một hội thảo", "Tham gia hội  thi", "\xe1\xbb\x99", "ộ", "", "uộc thiội thi"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := namesContest(s), namesContestRef(s); got != want {
			t.Fatalf("namesContest(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestListWordCounts: the word counts kinCount, ownFarm and streetNumber
// add to a number's next token are those of their phrases.
func TestListWordCounts(t *testing.T) {
	for _, list := range []string{"kin", "farm-stock", "road", "own-household"} {
		e := lex.ends[list]
		if e == nil || len(e.phrases) == 0 || len(e.phrases) != len(e.words) {
			t.Fatalf("list %s: %v", list, e)
		}
		for j, p := range e.phrases {
			if e.words[j] != strings.Count(p, " ")+1 {
				t.Errorf("%s %q: %d words, want %d", list, p, e.words[j], strings.Count(p, " ")+1)
			}
		}
	}
}

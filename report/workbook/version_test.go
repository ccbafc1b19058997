package workbook

import (
	"testing"

	"github.com/lddt/unionstats/aggregate"
)

// bookKeys builds the books of s and returns their keys by file name.
func bookKeys(t *testing.T, s *aggregate.Summary, cfg Config) map[string]string {
	t.Helper()
	books, err := Build(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	for _, b := range books {
		keys[b.Path] = b.Key
	}
	return keys
}

// TestKeysFollowVersion: a book's key changes with the program that lays it
// out, even when no cell changes; the same program gives the same key.
func TestKeysFollowVersion(t *testing.T) {
	keys := func(version string) map[string]string {
		return bookKeys(t, fixture(), Config{Title: "t", Version: version})
	}
	a, again, b := keys("program A"), keys("program A"), keys("program B")
	if len(a) < 2 {
		t.Fatalf("the fixture gives %d books, want several", len(a))
	}
	for name, key := range a {
		if again[name] != key {
			t.Errorf("%s: the same program gives keys %s and %s", name, key, again[name])
		}
		if b[name] == key {
			t.Errorf("%s: two programs give the same key %s", name, key)
		}
	}
}

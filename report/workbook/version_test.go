package workbook

import (
	"testing"
	"time"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/report"
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

// TestYearBooksKeepTheirDate: a year's book carries the latest publication
// date of that year's articles, not the corpus's, so that a newer article
// of another year (a later corpus date) leaves it as it was; the all-years
// book follows the corpus's date.
func TestYearBooksKeepTheirDate(t *testing.T) {
	s := fixture()
	s.Articles[0].Published = "2021-03-02"
	s.Articles[1].Published = "2021-12-20"
	s.Articles[2].Published = "2023-01-05"
	keys := func(date time.Time) map[string]string {
		return bookKeys(t, s, Config{Title: "t", Version: "v", Date: date})
	}
	before, after := keys(time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC)), keys(time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC))
	for _, name := range []string{"bao-cao-2021.xlsx", "bao-cao-2022.xlsx"} {
		if before[name] == "" || before[name] != after[name] {
			t.Errorf("%s: key %q with the corpus dated 2023-01-05, %q with it dated 2024-06-01", name, before[name], after[name])
		}
	}
	if before[AllYearsName] == after[AllYearsName] {
		t.Errorf("%s: the corpus's date does not change its key", AllYearsName)
	}
	got := yearDates(s, report.NewRecordSource(s.Records, nil))
	want := map[int]time.Time{2021: time.Date(2021, 12, 20, 0, 0, 0, 0, time.UTC), 2022: time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC)}
	if len(got) != len(want) || !got[2021].Equal(want[2021]) || !got[2022].Equal(want[2022]) {
		t.Errorf("yearDates = %v, want %v", got, want)
	}
}

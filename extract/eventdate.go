package extract

import (
	"strconv"
	"strings"
	"time"
)

// aheadDays is how far after its publication a date without a year may
// be and still be read as of the publication's year: "ngày 28/12" in an
// article of 5 January is the December before, not the one after.
const aheadDays = 60

// datedAhead reports a sentence that dates what it tells after the
// article's publication, a day and month after "ngày" ("diễn ra từ 8 giờ
// ngày 31/1 …" in an article of 22 January): its figures, which no word of
// status marks, are still to come. A date with its year is passed over (a
// report's closing date, "tính đến ngày 31/12/2021", is often later than
// the page's date in the archive), and so is a day after "đến" alone.
func (x *articleContext) datedAhead(s *sentence) bool {
	pub, ok := x.published()
	if !ok {
		return false
	}
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].kind != tokNumber || s.word(k-1) != "ngày" || s.word(k-2) == "đến" {
			continue
		}
		d, dated, ok := dayMonth(s.low[s.toks[k].start:s.toks[k].end], pub.Year())
		if !ok {
			continue
		}
		if ahead := d.Sub(pub); !dated && ahead > 0 && ahead <= aheadDays*24*time.Hour {
			return true
		}
	}
	return false
}

// published is the article's publication date, parsed once per article;
// false if it gives none or an unreadable one.
func (x *articleContext) published() (time.Time, bool) {
	if !x.pubDone {
		t, err := time.Parse(time.DateOnly, x.a.Published)
		x.pub, x.pubOK, x.pubDone = t, err == nil, true
	}
	return x.pub, x.pubOK
}

// dayMonth reads a day written "d/m" or "d/m/yyyy" (year when it names
// none), and whether it names its year.
func dayMonth(w string, year int) (time.Time, bool, bool) {
	parts := strings.Split(w, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return time.Time{}, false, false
	}
	d, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	dated := len(parts) == 3
	if dated {
		y, err := strconv.Atoi(parts[2])
		if err != nil || y < 1900 || y > 2100 {
			return time.Time{}, false, false
		}
		year = y
	}
	if err1 != nil || err2 != nil || d < 1 || d > 31 || m < 1 || m > 12 {
		return time.Time{}, false, false
	}
	return time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC), dated, true
}

package report

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/lddt/unionstats/aggregate"
)

const feedPath = "atom.xml"

// The Atom feed lists the newest articles, the ones a rebuild has just
// added, then the yearly reports. "Newest" is read from the corpus (the
// publication date, else the reporting year, then the path), never from the
// clock or the build history, so the same corpus gives the same feed. It is
// the only file that uses Config.BaseURL: feed readers need absolute
// addresses.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Link    []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Summary string   `xml:"summary"`
}

func (r *renderer) feed() ([]byte, error) {
	base := strings.TrimSuffix(r.cfg.BaseURL, "/") + "/"
	updated := r.cfg.BuildDate + "T00:00:00Z"
	f := atomFeed{
		Title:   r.cfg.Title,
		ID:      base,
		Updated: updated,
		Link:    []atomLink{{Href: base}, {Href: base + feedPath, Rel: "self"}},
		Author:  atomAuthor{Name: r.cfg.Title},
	}
	for _, a := range newestArticles(r.s.Articles, feedArticles) {
		u := base + "bai-viet/" + ArticleID(a.Doc) + ".html"
		date := a.Published
		if date == "" && a.Year != 0 {
			date = strconv.Itoa(a.Year) + "-12-31"
		}
		if date == "" {
			date = r.cfg.BuildDate
		}
		f.Entries = append(f.Entries, atomEntry{
			Title:   a.Title,
			ID:      u,
			Updated: date + "T00:00:00Z",
			Link:    atomLink{Href: u},
			Summary: strings.TrimPrefix(a.Kicker+" — ", " — ") + fmt.Sprintf("%d số liệu.", len(a.Records)),
		})
	}
	for i := len(r.years) - 1; i >= 0; i-- {
		y := strconv.Itoa(r.years[i])
		u := base + "nam/" + y + ".html"
		f.Entries = append(f.Entries, atomEntry{
			Title:   "Năm " + y,
			ID:      u,
			Updated: updated,
			Link:    atomLink{Href: u},
			Summary: "Kết quả hoạt động công đoàn " + Region(r.s) + " năm " + y + ".",
		})
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", feedPath, err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// feedArticles is how many articles the feed lists.
const feedArticles = 30

// newestArticles returns up to n articles, newest first: by publication
// date, then reporting year, then path.
func newestArticles(arts []aggregate.Article, n int) []aggregate.Article {
	sorted := slices.Clone(arts)
	slices.SortFunc(sorted, func(a, b aggregate.Article) int {
		return cmp.Or(cmp.Compare(b.Published, a.Published), cmp.Compare(b.Year, a.Year), cmp.Compare(b.Doc, a.Doc))
	})
	return sorted[:min(n, len(sorted))]
}

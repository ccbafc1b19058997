package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

const feedPath = "atom.xml"

// The Atom feed lists the yearly reports; it is the only file that uses
// Config.BaseURL, as feed readers need absolute addresses.
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
	for i := len(r.s.Years) - 1; i >= 0; i-- {
		y := strconv.Itoa(r.s.Years[i])
		u := base + "nam/" + y + ".html"
		f.Entries = append(f.Entries, atomEntry{
			Title:   "Năm " + y,
			ID:      u,
			Updated: updated,
			Link:    atomLink{Href: u},
			Summary: "Kết quả hoạt động công đoàn Thủ đô năm " + y + ".",
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

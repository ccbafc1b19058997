package corpus

import (
	"sort"
	"strings"
)

// SourceOffset maps a byte offset in a.Text to the byte offset in the file
// as read, before the BOM, line ends, Unicode normalization and markdown were
// changed. Offsets outside Text are clamped to it.
func (a *Article) SourceOffset(textPos int) int {
	textPos = max(0, min(textPos, len(a.Text)))
	if len(a.offsets) == 0 {
		return textPos
	}
	i := sort.Search(len(a.offsets), func(i int) bool { return a.offsets[i].text > textPos }) - 1
	if i < 0 {
		i = 0
	}
	p := a.offsets[i]
	// A position inside a rewritten character may run past a short source.
	return min(p.src+textPos-p.text, a.srcSize)
}

// DropSourceMap forgets the map back to the file, once the records that
// need it are extracted: SourceOffset then returns textPos, as for an
// article decoded from the extraction cache, which keeps no map. A large
// corpus's maps are a tenth of the size of its texts.
func (a *Article) DropSourceMap() {
	a.offsets = nil
}

// piece is a run of text and the map from its bytes to source bytes.
// With pts nil, s[i] comes from source byte src+i; otherwise pts[0].text
// is 0 and each point starts a linear run, as in Article.offsets.
type piece struct {
	s   string
	src int
	pts []offsetPoint
}

// at returns the source offset of s[i].
func (p *piece) at(i int) int {
	if p.pts == nil {
		return p.src + i
	}
	k := p.point(i)
	return p.pts[k].src + i - p.pts[k].text
}

// point returns the index of the last point at or before text offset i.
func (p *piece) point(i int) int {
	k := sort.Search(len(p.pts), func(k int) bool { return p.pts[k].text > i }) - 1
	return max(k, 0)
}

// sub returns s[i:j] with its map.
func (p *piece) sub(i, j int) piece {
	if p.pts == nil {
		return piece{s: p.s[i:j], src: p.src + i}
	}
	k := p.point(i)
	if k+1 >= len(p.pts) || p.pts[k+1].text >= j {
		return piece{s: p.s[i:j], src: p.pts[k].src + i - p.pts[k].text}
	}
	var w builder
	w.copy(p, i, j)
	return w.piece()
}

// builder assembles rewritten text while keeping the map to the source.
type builder struct {
	b   strings.Builder
	pts []offsetPoint
}

// mark says that the next byte appended comes from source byte src.
func (w *builder) mark(src int) {
	at := w.b.Len()
	if n := len(w.pts); n > 0 {
		last := w.pts[n-1]
		if last.src+at-last.text == src {
			return
		}
		if last.text == at {
			w.pts[n-1].src = src
			return
		}
	}
	w.pts = append(w.pts, offsetPoint{text: at, src: src})
}

// copy appends p.s[i:j] and its map.
func (w *builder) copy(p *piece, i, j int) {
	if i >= j {
		return
	}
	w.mark(p.at(i))
	if p.pts != nil {
		for k := p.point(i) + 1; k < len(p.pts) && p.pts[k].text < j; k++ {
			t := p.pts[k].text
			w.b.WriteString(p.s[i:t])
			w.mark(p.pts[k].src)
			i = t
		}
	}
	w.b.WriteString(p.s[i:j])
}

// insert appends s as if it stood at source byte src.
func (w *builder) insert(s string, src int) {
	if s == "" {
		return
	}
	w.mark(src)
	w.b.WriteString(s)
}

// piece returns what was built; the builder must not be used afterwards.
func (w *builder) piece() piece {
	pts := w.pts
	if len(pts) == 0 {
		return piece{s: w.b.String()}
	}
	if len(pts) == 1 {
		return piece{s: w.b.String(), src: pts[0].src}
	}
	return piece{s: w.b.String(), pts: pts}
}

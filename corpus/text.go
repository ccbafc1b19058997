package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unsafe"
)

// Reasons a document yields no article.
var (
	errEmptyFile = errors.New("empty file")
	errNoText    = errors.New("no article text")
)

const utf8BOM = "\ufeff"

// ParseText reads one article in the paper's plain text form and cleans it.
// The warnings name problems that did not stop it; the error says why the
// file holds no article (empty, binary, nothing left after cleaning).
func ParseText(doc string, raw []byte) (Article, []Warning, error) {
	a, msgs, err := parseText(raw)
	if err != nil {
		return Article{}, nil, fmt.Errorf("parse %s: %w", doc, err)
	}
	a.Doc = doc
	return a, warnings(doc, msgs), nil
}

func warnings(doc string, msgs []string) []Warning {
	if len(msgs) == 0 {
		return nil
	}
	ws := make([]Warning, len(msgs))
	for i, m := range msgs {
		ws[i] = Warning{Doc: doc, Message: m}
	}
	return ws
}

// parseText checks and cleans a whole .txt file; the messages name
// problems that did not stop it.
func parseText(raw []byte) (Article, []string, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return Article{}, nil, errEmptyFile
	}
	if i := isBinary(raw); i >= 0 {
		return Article{}, nil, fmt.Errorf("binary file: NUL byte at byte %d", i)
	}
	// raw is read in place, not copied: what the article keeps is copied
	// out of it (build), so that no string of the article aliases raw.
	doc := piece{s: unsafe.String(unsafe.SliceData(raw), len(raw))}
	if strings.HasPrefix(doc.s, utf8BOM) {
		doc = doc.sub(len(utf8BOM), len(doc.s))
	}
	a, msgs, err := build(doc, "", false)
	if err != nil {
		return Article{}, nil, err
	}
	a.srcSize = len(raw)
	sum := sha256.Sum256(raw)
	a.Hash = hex.EncodeToString(sum[:])
	return a, msgs, nil
}

// linePool holds the lines of documents done with, for the next: build
// copies out all it keeps of them.
var linePool = sync.Pool{New: func() any { return new([]line) }}

// build decodes and cleans doc into an article without its metadata; the
// messages name problems met decoding it (invalid UTF-8 at byte N, …).
// known is the title the document's metadata names (NFC), or "".
func build(doc piece, known string, inserted bool) (Article, []string, error) {
	var d decoder
	buf := linePool.Get().(*[]line)
	read := d.lines(doc, *buf)
	defer func() {
		clear(read) // their strings may alias the caller's bytes
		*buf = read[:0]
		linePool.Put(buf)
	}()
	lines := unwrap(read)
	kicker, title, paras, headless, ok := structure(lines, known, inserted)
	if !ok {
		return Article{}, nil, errNoText
	}
	var (
		a    Article
		msgs []string
	)
	if msg := d.warning(); msg != "" {
		msgs = append(msgs, msg)
	}
	// Copies: a substring would keep the whole raw file alive for as long
	// as the article is (a large corpus is held in memory until published),
	// and parseText reads the caller's bytes in place.
	a.Kicker = strings.Clone(kicker.s)
	a.Title = strings.Clone(title.s)
	a.Headless = headless
	a.Stamp = d.stamp
	size := len(title.s)
	for _, p := range paras {
		size += 1 + len(p.s)
	}
	var w builder
	w.b.Grow(size)
	a.Paras = make([]Paragraph, 0, len(paras)+1)
	add := func(p *piece, k Kind) {
		if w.b.Len() > 0 {
			w.b.WriteByte('\n')
		}
		start := w.b.Len()
		w.copy(p, 0, len(p.s))
		a.Paras = append(a.Paras, Paragraph{Start: start, End: w.b.Len(), Kind: k})
	}
	add(&title, KindTitle)
	for i := range paras {
		add(&paras[i].piece, paras[i].kind)
	}
	a.Text = w.b.String()
	a.offsets = w.pts
	a.BlankAfter = blankAfter(doc.s)
	if n := len(paras); n > 0 {
		a.LinesAfter = linesAfter(lines, &paras[n-1].piece)
	}
	return a, msgs, nil
}

// linesAfter reports a line of content in lines below the paragraph last
// (a signature or byline the cleaning dropped): only the text's final
// line of content may have been cut by an excerpt's length.
func linesAfter(lines []line, last *piece) bool {
	if last.s == "" {
		return false
	}
	end := last.at(len(last.s) - 1)
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].blank || lines[i].s == "" {
			continue
		}
		return lines[i].at(0) > end
	}
	return false
}

// blankAfter reports a text that ends with a blank line after its last
// line of content: after its last character that is no space, two line
// breaks or more ("… năm học 2023-2024\n\n \n\n   "). A file's single
// final newline is none.
func blankAfter(s string) bool {
	i := len(s)
	for i > 0 && strings.IndexByte(" \t\r\n\f\v", s[i-1]) >= 0 {
		i--
	}
	return strings.Count(s[i:], "\n") >= 2
}

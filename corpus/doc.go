// Package corpus is the first stage of the pipeline: it reads a corpus
// tree of scraped newspaper articles and gives clean articles.
//
// It takes a directory tree (an fs.FS) of *.txt files, one article each,
// and *.jsonl files, one JSON object per line. It gives one Article per
// article, sorted by Doc: the title and kept paragraphs as NFC text, one
// paragraph per line, each with its Kind, plus the kicker, title, hash and
// the metadata a JSON line carries. Problems that cost part or all of a
// document come back as Warnings; only an unreadable tree, a cancelled
// context or a corpus with no article at all make Read fail.
//
// Decoding strips a BOM, turns CRLF and CR into LF, replaces invalid
// UTF-8 with U+FFFD and normalizes to NFC. Cleaning drops the page chrome
// the scrapers leave (stray "-->" lines, related-article links and slug
// lines, file-name captions, repeated titles, the author's signature, the
// trailing "Có thể bạn quan tâm" block) and markdown syntax. Every change
// keeps a map back to the file, so Article.SourceOffset turns a position
// in Text into the byte offset in the file as read.
//
// Fold gives the form used to match cue words, with old and new tone
// placement ("hoà", "hòa") made equal.
package corpus

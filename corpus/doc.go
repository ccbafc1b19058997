// Package corpus is the first stage of the pipeline: it reads a corpus
// tree of scraped newspaper articles and gives clean articles.
//
// List finds the corpus files of a directory tree (an fs.FS): *.txt files,
// one article each, and *.jsonl files, one JSON object per line. ParseFile
// gives one Article per article of a file: the title and kept paragraphs as
// NFC text, one paragraph per line, each with its Kind, plus the kicker,
// title, hash and the metadata a JSON line carries. Problems that cost part
// or all of a document come back as Warnings, never as errors. Reading a
// whole tree, in parallel and through the extraction cache, is the build
// package's Read.
//
// Decoding strips a BOM, turns CRLF and CR into LF, replaces invalid
// UTF-8 with U+FFFD and normalizes to NFC. Cleaning drops the page chrome
// the scrapers leave (stray "-->" lines, related-article links and slug
// lines, another article's headline left in the body as a table row that
// lost its opening bar, file-name captions, a finance paper's economic
// ticker above the headline, "Chỉ số kinh tế:" and its paragraph, bylines
// and date lines around the title (a byline block of several name lines
// over its date line, a byline whose date the page lost, "Minh An  -", or
// beside a print button, "PV In bài viết", and a photo report's or a
// video's credit, "Phóng sự ảnh: MINH AN"), a section's dateline, "Xã hội
// - 05/03/2024 09:12" or with no dash before a full date and time, teasers of
// other articles that end with their date, the author's signature, the
// trailing "Có thể bạn quan tâm" block, whose lines are only checked for
// invalid UTF-8, not cleaned) and markdown syntax. A caption broken over
// two lines is one caption, and so is a paragraph broken by a hard line
// wrap (a line that ends no sentence or clause, then one that goes on in
// lower case, or with a digit after "gần", "với"…); a repeated title, and
// the title a JSON Lines article names when the page puts another line in
// its place, are kept as captions; the page's repeat of the title a JSON
// Lines article names, among the body's first lines under a site's banner
// or slogan, a date line or a kicker, is the title (one mention), unless
// the page opens on that title itself: then a later copy is a caption and
// the lead above it stays the lead, with or without its full stop; a line
// repeating the title is never one of the title's related links; a title
// the page itself prints twice, one line over the other, is the title and
// a caption (two mentions), never a kicker over the title. A byline under
// the headline ends the page's header: the lines between it and the lead
// are the text's; a photo's caption closed by its credit, above the
// headline or right above the lead, is a caption, never the kicker or the
// title. A page cut below its headline, whose first line is a sentence of
// prose, is Headless: that paragraph stands in the title's place and the
// short lines before the next paragraph (a caption, a subheading, a
// photo's label that repeats the headline, "… - Ảnh 1.", which is never
// the lead) are captions, never a title under a kicker; a page that opens
// on a photo's caption printed twice, the second time with its credit,
// then a paragraph, is Headless too, both copies captions. A line of one
// or two letters (what font-size buttons leave, "aa") or only a text-size
// percentage ("100%") is no title, kicker or caption; nor is a view
// counter ("Lượt xem: 3044"), a player's clock ("0:00 / 0:00") or a
// button to follow the paper on a news reader ("Theo dõi … trên Google
// News"), which are page metadata; other papers' end-of-page blocks of
// headlines ("Tin mới nhất", "Mới - Nóng", …) end the text. Every change
// keeps a map back to the file, so Article.SourceOffset turns a position
// in Text into the byte offset in the file as read.
//
// Fold gives the form used to match cue words, with old and new tone
// placement ("hoà", "hòa") made equal.
package corpus

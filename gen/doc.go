// Package gen generates a synthetic corpus of Lao Động Thủ Đô articles
// together with their gold metric records.
//
// The articles imitate the scraped newspaper pages the corpus stage reads:
// stray "-->" lines, a kicker, the title, a lead, related-link lines, body
// paragraphs, photo captions, a signature and the trailing chrome with other
// articles' teasers. Every figure the data contract (shared/spec/metrics.md)
// counts as a metric is recorded in the gold file with the byte offset of its
// first digit; the non-metrics the contract names (dates, document numbers,
// thresholds, discount ranges, anniversaries, phone numbers, numbers in
// related links, file-name captions and chrome) are written but not recorded.
//
// Sentences are assembled from phrase banks (bank.go): templates with slots
// for numbers, alternatives and placeholders for the organisation and year.
// Attribution is kept unambiguous the way real articles do it: the
// organisation is named in the kicker and lead, the reporting year in the lead,
// planned figures sit under an explicit "Mục tiêu năm N" statement at the end of
// the body, a figure of another organisation names it, and after any sentence
// that mentions another year or organisation the next figure names its own.
//
// Article is the in-memory core: one article from one random source.
// Generate writes dir/corpus/<yyyy>/<nnnnnn>.txt and dir/gold.jsonl in
// parallel; the same Options always give byte-identical output, because each
// article draws from its own PCG source derived from (Seed, index).
package gen

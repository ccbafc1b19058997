// Package extract finds every figure in one cleaned article and turns it
// into a metric record of the data contract (../shared/spec/metrics.md).
//
// It takes a corpus.Article and gives []Record, one per number mention, in
// text order. Article is a pure function of the article: no shared mutable
// state, so callers run it in parallel and cache its result by the
// article's content hash, Version (a digest of the lexicons) and the
// program's identity.
//
// The work is a byte scan that finds the digits first and looks around them:
//
//   - the number grammar (ParseNumber): "." thousands and "," decimals,
//     leading zeros, X/Y, percents ("%", "phần trăm"), multipliers in both
//     spellings and compounds ("59 tỷ 850 triệu", "1 triệu 200 nghìn",
//     "500 ngàn"), currencies (đồng, VNĐ, VND, đ);
//   - exclusions: dates, times, ages, years, school years, identifiers
//     (số, Điều, lần thứ…), names with numbers (Covid-19, Công ty May 10),
//     durations and period markers (5 năm qua), anniversaries, thresholds
//     (doanh nghiệp có trên 25 lao động), discount and other ranges, phone
//     numbers, numbers in quoted names;
//   - the unit: the counted head noun after the number, through "lượt",
//     "danh hiệu", quotes, abbreviations (CĐCS, CNVCLĐ, ĐV);
//   - attribution: qualifier, basis (per-unit rates), status (nearest plan
//     or result cue), period (multi-year markers carried to the end of the
//     paragraph, snapshot cues and the "N CĐCS với M đoàn viên" stock
//     shape), year (explicit in the sentence, else the governing statement,
//     else the article's reporting year), organisation (the subject named in
//     the sentence, else the paragraph, else kicker/title/lead; funders and
//     addressees do not count) and category (cue phrases around the number).
//
// The lexicons — units, qualifiers, status, period and category cues,
// identifier and time words, the gazetteer of Hanoi's district-level units,
// sectoral and city-level unions — are tab-separated data files in lexicon/,
// compiled in and read once. Old and new Vietnamese tone placement (hoà and
// hòa) both match: the lexicon holds both spellings, so the text is only
// lower-cased, which keeps byte offsets.
package extract

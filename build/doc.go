// Package build runs the whole pipeline over a corpus and publishes the
// result: the orchestration the command line only configures.
//
// Run takes a Config (corpus, site directory, cache, title, workers) and
// runs the stages in order, each error named by its stage:
//
//   - read: Read lists the corpus, takes unchanged files from the
//     extraction cache and reads, cleans and extracts the others in
//     parallel, collecting every warning (the extract command calls Read
//     too: one read path); the records are held packed (extract.Table,
//     120 bytes a record against 272) from here until the facts are made;
//   - corrections: the clerk's corrections file (Config.Corrections, read
//     and checked before anything else) applied to the records of the
//     articles its rows name, unpacked for it, stale rows becoming
//     warnings (package corrections);
//   - aggregate: aggregate.Build over the articles, records and warnings,
//     each year's facts and tables taken from the years/ directory
//     beside the extraction cache (a file per part, keyed like it) when
//     that year's inputs did not change (aggregate.PartCache); the texts
//     move to a scratch file as soon as aggregation has read them, before
//     the facts (aggregate.Input.AfterTexts, releaseTexts), and the
//     records to another as soon as the facts are made, while the years'
//     passes run (aggregate.Input.AfterFacts, releaseRecords), never to
//     come back whole;
//   - render: the site pages (report.Site), the open data
//     (report.OpenDataCached: each article's lines copied from the
//     published files when opendata.cache, beside the extraction cache,
//     indexes them under the same key) and the workbooks
//     (workbook.Build), all as report.File, the publish stage's own type,
//     reading the records through one report.RecordSource, which reads
//     them from their scratch file (released there as the facts were
//     made, releaseRecords) and keeps in memory only the few fields read
//     most;
//   - publish: output.Publish, atomic, keeping every file whose key or
//     bytes did not change. The lazy files (workbooks first: they cost
//     the most, then the open data and the article pages) are rendered
//     as they are published, Jobs at a time.
//
// Each stage's wall time and the process's CPU time during it are logged
// at info level (--verbose): their ratio says how many cores it kept busy.
//
// Nothing decides staleness by a version bumped by hand. The extraction
// cache is keyed on the lexicons' digest (extract.Version) and the
// program's identity (ProgramID: its build information and the digest of
// its executable, which holds its code and every file compiled in); the
// article pages' and workbooks' keys, and the fingerprint that lets a build
// with unchanged inputs do nothing, include ProgramID too. A new program
// therefore extracts and renders everything again, and an unchanged one
// reuses all it can.
package build

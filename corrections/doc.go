// Package corrections holds the clerk's decisions about extracted figures
// and applies them between extraction and aggregation, so that every page,
// table, workbook and open-data file of a build reflects them, build after
// build.
//
// A corrections file (CSV, UTF-8, with or without a byte-order mark, comma-
// or semicolon-separated; or an .xlsx workbook, such as a year's workbook
// whose sheet "Rà soát" the clerk filled in) has a header row naming its
// columns (Columns: the Vietnamese header or the English key) and one row
// per decision, keyed by a record's id (ID: "<doc>#<offset>", the article
// and the byte offset of the number in the article file as read). A row's
// decision (Action) rejects a record, changes some of its fields, merges it
// into another record as one fact, or adds a figure the extractor missed;
// each row says who decided, when and why. Rows with no decision (a review
// row left blank) are skipped. Read returns the rows or an *Error naming
// the file, the row and the field of the first problem (ErrInvalid).
//
// Every row is anchored the way the W3C Web Annotation model's text-quote
// selector anchors a note to a page that may change: the exact phrase of
// the number, a little text before and after it (Quote), and the record
// id's offset only as a hint. An edit elsewhere in the article moves the
// offset but not the phrase, and the correction follows its figure; a row
// whose phrase is gone, changed or ambiguous is stale: Apply reports it and
// applies it to nothing.
//
// A CSV cell that a spreadsheet would take for a formula (beginning with
// =, +, -, @, a tab or a carriage return) is an error, unless it begins
// with a single quote, the way the project's own CSV and workbook write
// such text: the quote is then dropped and the rest read as text. In an
// .xlsx workbook a cell holding a formula is an error, and a text cell is
// text whatever it begins with (a leading quote before a formula character
// is dropped likewise).
//
// Apply takes the records, the articles and the rows and returns the
// corrected records with a Note for each corrected record (by id) and the
// list of applied and stale rows. The package imports corpus, extract and
// vocab only; the renderers read the Notes.
package corrections

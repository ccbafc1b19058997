// Package workbook renders an aggregated Summary as Excel workbooks for the
// union office clerk: one book with every year (bao-cao-tong-hop.xlsx) and
// one book per reporting year (bao-cao-<năm>.xlsx).
//
// A book has these sheets, with Vietnamese names and headers:
//
//   - "Tổng hợp": per year, one row per measure (category × unit, named by
//     the phrase a union report uses, vocab.Measure) and map with the sum
//     of the figures of the map's units that report one (Summary.UnitSums:
//     "Cộng các đơn vị có số liệu", never a city total), its coverage ("Số
//     đơn vị có số liệu": "4/30 quận, huyện, thị xã", with the map's period
//     in 2025) and the city federation's own figure, never added to it; a
//     note under the table says what the sums are;
//   - one sheet per category: one row per organisation and measure, one
//     column per year, then per measure and map the sum of the map's units
//     with a row of its coverage, and the same note;
//   - "Chỉ tiêu": targets with their results and completion;
//   - "Nhiều năm": multi-year figures, never added into a single year;
//   - "Số liệu gốc": the extracted records, streamed, money in exact đồng,
//     each with its id and, when the clerk corrected it, a "Hiệu đính"
//     cell saying what was done, by whom and why;
//   - "Nguồn": the source articles, each with its citation;
//   - "Rà soát": in the all-years book, the figures to review (the
//     aggregator's checks), with the sentences involved; in a year's book,
//     the records worth a look (Review) in the corrections file's format,
//     decision columns empty, so that the filled-in sheet is a corrections
//     file;
//   - "Hiệu đính": the clerk's corrections (the all-years book: every row of
//     the file, stale ones included; a year's book: those of its records).
//
// The first two are tables: the all-years book compares every year. The
// other five are details with their evidence sentences and the citations of
// their articles, and each detail is listed in exactly one book: its
// year's, or for a plan for a year without results the book of the year
// its article appeared, or the all-years book's when it has no single known
// year (a check spanning two years, a record of no known year). A detail
// sheet with nothing to list is left out. Books are made for the years with
// results only.
//
// Each sheet starts with a title row naming the period, then a header row
// with an autofilter, frozen under it; under each table, its unit of
// measure (money in the tables in triệu đồng) and its source. Every sheet
// prints on A4, landscape when wide, one page wide, with the title and
// header rows repeated on every page, a page header naming the issuing body
// (Config.Title) and the report, and a footer with the sheet's name, the
// page number and the date. Numbers are stored as numbers with a
// thousands-separator format; text is stored as text, so evidence beginning
// with "=" or "-" never becomes a formula. Different units are never added.
//
// Output is deterministic: the same Summary and Config give byte-identical
// files, whatever the clock or GOMAXPROCS. The document timestamps come from
// Config.Date and the zip entries are re-packed in a fixed order. A book's
// Key is a digest of its inputs, the data it shows and the program, hashed
// without laying out a row (key.go), so that a rebuild learns cheaply which
// books it can keep.
//
// excelize writes the books but for the rows under each sheet's header,
// which this package encodes itself (excelize's per-cell work was most of
// a book's time) into the very bytes excelize wrote, deflates as they are
// written (a book in the making holds a tenth of its rows' bytes, and no
// temporary file for them), and puts into the sheet's part, between its
// head and tail, when excelize writes it (rows.go, parts.go).
package workbook

// Package workbook renders an aggregated Summary as Excel workbooks for the
// union office clerk: one book with every year (bao-cao-tong-hop.xlsx) and
// one book per reporting year (bao-cao-<năm>.xlsx).
//
// Every book has the same sheets, with Vietnamese names and headers:
//
//   - "Tổng hợp": yearly achieved figures, one row per organisation and year,
//     one column per category × unit, followed per year and map by the sum
//     of the units of the map that report a figure ("Cộng các quận, huyện,
//     thị xã có số liệu", never a city total, never with the city's own
//     figure, which is the row of Hà Nội) and a row with its coverage ("Số
//     đơn vị có số liệu": "4/30 quận, huyện, thị xã"), and a note under the
//     table;
//   - one sheet per category (organisation × unit, one column per year),
//     with the same sums, coverage rows and note;
//   - "Chỉ tiêu": targets with their results and completion;
//   - "Nhiều năm": multi-year figures, never added into a single year;
//   - "Số liệu gốc": the extracted records, streamed;
//   - "Nguồn": the source articles;
//   - "Kiểm tra": the consistency checks, with the sentences involved.
//
// The first two are tables: the all-years book compares every year. The
// other five are details with their evidence sentences, and each detail is
// listed in exactly one book: its year's, or the all-years book's when it has
// no single known year (a check spanning two years, a record of no known
// year). Listing every detail in the all-years book too would make it as
// large, and as slow to write, as all the yearly books together, and would
// change it whenever any sentence changed.
//
// Each sheet starts with a title row naming the period, then a header row
// with an autofilter, frozen under it. Numbers are stored as numbers with a
// thousands-separator format; text is stored as text, so evidence beginning
// with "=" or "-" never becomes a formula. Different units are never added.
//
// Output is deterministic: the same Summary and Config give byte-identical
// files, whatever the clock or GOMAXPROCS. The document timestamps come from
// Config.Date and the zip entries are re-packed in a fixed order.
package workbook

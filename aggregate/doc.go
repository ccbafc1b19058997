// Package aggregate is the third stage: it takes the cleaned articles and
// their metric records (one per number mention, see extract.Record) and
// returns the Summary the report and workbook stages render, with the rules
// an official compiling annual union statistics would apply.
//
// Build never fails; Methodology gives the same rules in Vietnamese for the
// site's methodology page. The rules:
//
//  1. Order. Records are sorted by Doc then Offset (other fields break ties),
//     and an index into Summary.Records is a record's id. Articles are sorted
//     by Doc; Article.Records lists the article's records in text order, and
//     Article.Year is the most common non-zero year of its records (ties: the
//     latest), else the year of Published, else 0.
//
//  2. Republished articles. Of articles whose cleaned Text is identical (and
//     not empty), only the first by Doc is kept; the others leave Articles,
//     each with a Warning naming both docs. Their records stay in Records,
//     since they are real mentions, but take part in no fact, table or check.
//     A record whose value, denominator or stated completion is not finite or
//     exceeds 10^15 is likewise left out, with a Warning.
//
//  3. Facts. Records with the same (Org, Year, Category, Unit, Noun, Value,
//     Denominator, Status, Period, Basis) are one fact: a caption and the
//     body, a repeated paragraph, two articles with the same figure. Records
//     in the same paragraph of the same article are never merged: the n-th
//     occurrence of a key in a paragraph joins the n-th fact of that key.
//     Fact.Records lists every record; the fact's fields, qualifier included,
//     are its first record's. Stated facts are ordered by first record, and
//     derived facts follow.
//
//  4. Derived totals. A per_unit record ("mỗi suất 1 triệu đồng") multiplies
//     the nearest preceding record in the same sentence (same Doc, Para and
//     Evidence) with basis total and a unit other than vnd and percent. The
//     product, rounded to 2 decimals, is a fact in the rate's unit, org, year,
//     category, status and period with basis total and Derived set; its
//     Records are the count and the rate, and its qualifier is the count's if
//     not exact, else the rate's. If the same article states a total with
//     exactly that key, the product is that total: both records join the
//     stated fact instead. Derived facts are de-duplicated like stated ones.
//     A per_unit fact itself is never summed; without a count it stays alone.
//
//  5. Yearly. Facts with status achieved, period year, basis total (derived
//     ones included), a unit other than percent, an org and a year are summed
//     per (Org, Year, Category, Unit). A cell is Approx if a summed fact's
//     qualifier is not exact and Derived if a summed fact is derived.
//     Cell.OrgType is the org's canonical type (rule 12).
//
//  6. City totals. CityTotals (Org "") sum, per (Year, Category, Unit), the
//     Yearly cells of quận, huyện, thị xã, phường, xã and công đoàn ngành.
//     Clusters (cụm thi đua) group other units and type khác is unknown, so
//     neither is added; the city's own figures (Org "Hà Nội" or type thành
//     phố) are never added either but are copied into CityReported, to be
//     shown beside the sum of units.
//
//  7. Snapshots. For stocks (period snapshot, status achieved, basis total,
//     with org and year), per (Org, Category, Unit) only the fact of the
//     latest year is kept; ties go to the fact with more records, then to the
//     later Doc, then to the later fact. Stocks are never summed over time.
//
//  8. Targets. (a) Every fact with a denominator (X/Y): Planned Y, Achieved
//     X, Completion X/Y×100 rounded to 2 decimals, Stated the completion
//     stated in the text. (b) Every other fact with status planned, period
//     year and basis total: Achieved is the Yearly cell of the same org,
//     year, category and unit if there is one (its facts follow the planned
//     fact in Target.Facts), else nil. Completion is nil when Planned is 0.
//
//  9. Multi-year figures (period multi_year) are listed in MultiYear and
//     never added into any single year.
//
//  10. Changes. For every Yearly and CityTotals cell whose (Org, Category,
//     Unit) also has a cell in the year just before: Previous, Current and
//     Percent = (Current−Previous)/Previous×100 rounded to 2 decimals, nil
//     when Previous is 0.
//
//  11. Checks, with Vietnamese messages and vi-VN numbers ("1.715",
//     "137,24%"): completion_mismatch when a stated completion is not X/Y×100
//     rounded or truncated to the decimals it is written with (so "103,22%"
//     for 32/31 passes, "137,24%" for 1.715/1250 = 137,20% does not);
//     conflicting_values when two articles that each give exactly one value
//     for the same (Org, Year, Category, Unit, Noun, Status, Period, Basis)
//     give different values; plan_without_result for a planned target with no
//     result; no_org for each record without an org. Sorted by kind, then
//     first record.
//
//  12. Orgs, years, categories. Every named org of the records, with its
//     most common org_type (ties: the earlier type in display order) and a
//     unique ASCII slug ("Cụm thi đua số 6" → "cum-thi-dua-so-6"; a clash
//     gets "-2", "-3"…), sorted city first, then by type (quận, huyện, thị
//     xã, phường, xã, công đoàn ngành, cụm thi đua, khác, others) and by
//     Vietnamese collation of the name. Years are the non-zero years of the
//     records, ascending; Categories those that occur, in extract.Categories
//     order.
//
// Tables (Yearly, CityTotals, CityReported, Targets, MultiYear) are sorted
// by org in Orgs order (the city-wide row "" first), year, category and unit
// in contract order; Snapshots by org, category and unit; Changes by org,
// category, unit, then year. Sums of whole numbers stay
// exact; derived values, sums with decimals and percents are rounded to 2
// decimals, and no NaN or infinity is produced.
package aggregate

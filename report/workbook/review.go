package workbook

import (
	"bytes"
	"crypto/sha256"
	"slices"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/vocab"
)

// sheetCorrections lists the clerk's corrections.
const sheetCorrections = "Hiệu đính"

// ReviewItem is a record worth a look before its figures are reported.
type ReviewItem struct {
	Record  int      // index into Summary.Records
	Reasons []string // why, in Vietnamese
}

// Review lists the records of year's workbook most worth a look, in
// Summary order: those of its checks (conflicting values, unresolved
// organisations, plans without results, completions that disagree), the
// approximate values and the records behind derived totals. It is the
// sheet "Rà soát" of the year's book, and what `unionstats review` prints.
func Review(s *aggregate.Summary, year int) []ReviewItem {
	return newIndex(s, "", nil, nil).review(year)
}

func (idx *index) review(year int) []ReviewItem {
	s := idx.s
	d := idx.owned(scope{year: year})
	// The reasons of the book's records (d.records, ascending) by their
	// place there; those of other records (a check's record of another
	// province) by id.
	own := make([][]string, len(d.records))
	var other map[int][]string
	add := func(i int, why string) {
		if k, ok := slices.BinarySearch(d.records, i); ok {
			own[k] = addReason(own[k], why)
			return
		}
		if other == nil {
			other = map[int][]string{}
		}
		other[i] = addReason(other[i], why)
	}
	for _, c := range d.checks {
		for _, i := range s.Checks[c].Records {
			add(i, s.Checks[c].Message)
		}
	}
	// One string per qualifier, not one per record.
	approx := map[string]string{}
	for k, i := range d.records {
		if q := idx.src.Qualifier(i); q != extract.QualExact {
			why, ok := approx[q]
			if !ok {
				why = "số gần đúng (" + vocab.QualifierName(q) + ")"
				approx[q] = why
			}
			own[k] = addReason(own[k], why)
		}
	}
	for _, f := range idx.derived {
		for _, i := range s.Facts[f].Records {
			if k, ok := slices.BinarySearch(d.records, i); ok {
				own[k] = addReason(own[k], "dùng để tính một tổng (số lượng × định mức), không phải số ghi trong bài")
			}
		}
	}
	items := make([]ReviewItem, 0, len(other))
	for k, why := range own {
		if why != nil {
			items = append(items, ReviewItem{Record: d.records[k], Reasons: why})
		}
	}
	if len(other) > 0 {
		for i, why := range other {
			items = append(items, ReviewItem{Record: i, Reasons: why})
		}
		slices.SortFunc(items, func(a, b ReviewItem) int { return a.Record - b.Record })
	}
	return items
}

// addReason gives reasons with why added last, unless it is there already.
func addReason(reasons []string, why string) []string {
	if slices.Contains(reasons, why) {
		return reasons
	}
	return append(reasons, why)
}

// writeReview writes a year's "Rà soát": the records of Review, one a row
// in the corrections file's format (corrections.Columns), with their id
// and quote filled in and the decision columns empty, so that the clerk
// fills in decisions and saves the sheet as the corrections file. It is
// left out when there is nothing to review.
func (b *book) writeReview() error {
	items := b.items
	if len(items) == 0 {
		return nil
	}
	cols := make([]column, len(corrections.Columns))
	for i, c := range corrections.Columns {
		width := 12.0
		switch c.Key {
		case corrections.ColID, corrections.ColNote, corrections.ColCurrent:
			width = 24
		case corrections.ColEvidence:
			width = 40
		case corrections.ColWhy, corrections.ColPrefix, corrections.ColSuffix, corrections.ColOrg:
			width = 18
		}
		cols[i] = column{c.Header, width}
	}
	sh, err := b.addSheet(sheetChecks, "Số liệu cần rà soát: ghi quyết định vào các cột trống rồi lưu trang tính này làm tệp hiệu đính", cols, 1)
	if err != nil {
		return err
	}
	sh.notes = []string{
		"Quyết định: loại, sửa, gộp (ghi mã số liệu cần gộp vào cột Gộp với) hoặc thêm. Khi sửa, chỉ ghi các cột cần đổi. Ghi người quyết định, ngày và lý do; dòng để trống cột Quyết định được bỏ qua.",
		"Không sửa các cột Mã số liệu, Đoạn số, Trước, Sau: chúng giúp tìm lại đúng con số khi bài báo được sửa.",
	}
	noteCol := slices.IndexFunc(corrections.Columns, func(c corrections.Column) bool { return c.Key == corrections.ColNote })
	var cells []cell // a row, built without boxing its values
	var (
		lastA    *aggregate.Article // the article of the last quote read back, and that copy
		lastCopy corpus.Article
	)
	// A record's note joins the messages of its checks, which name every
	// value in conflict: at 100,000 articles most notes run to hundreds of
	// bytes, and the records of a check, which share one, are far apart.
	// Each distinct note is made and encoded once (up to noteMemoBytes),
	// and kept encoded only, under the SHA-256 of the reasons joined: a
	// note kept whole as well, and as its key, held three copies of it.
	notes := map[[sha256.Size]byte]*encodedText{}
	var joined []byte
	memoBytes := 0
	// The records are read a chunk at a time, into the same buffer.
	const chunk = 256
	var (
		ids   []int
		whole []extract.Record
	)
	for j := 0; j < len(items); j += chunk {
		part := items[j:min(j+chunk, len(items))]
		ids = ids[:0]
		for _, it := range part {
			ids = append(ids, it.Record)
		}
		rs, err := b.src.Records(ids, whole)
		if err != nil {
			return err
		}
		whole = rs
		for k, it := range part {
			a := b.article(b.src.Doc(it.Record))
			if a == nil {
				continue
			}
			// The row quotes its evidence sentence, which the build may
			// have moved out of the record.
			rec := &rs[k]
			art := &a.Article
			if a.Text == "" && b.texts != nil {
				// The quote's context is read from the text, which the
				// build keeps out of memory while it publishes.
				if a != lastA {
					text, err := report.ArticleText(b.texts, a)
					if err != nil {
						return err
					}
					lastA, lastCopy = a, a.Article
					lastCopy.Text = text
				}
				art = &lastCopy
			}
			joined = joinReasons(joined[:0], it.Reasons)
			sum := sha256.Sum256(joined)
			note := notes[sum]
			if note == nil {
				note = sh.encodeWrapped(noteCol, corrections.NeutralizeCell(string(joined)))
				if memoBytes < noteMemoBytes {
					// Kept without the room the encoding grew into
					// (up to as much again), and counted as held.
					note.xml = bytes.Clone(note.xml)
					memoBytes += len(sum) + cap(note.xml)
					notes[sum] = note
				}
			}
			// The note is the template's but made above, once.
			row := corrections.TemplateRow(art, rec, "", report.RecordText(rec))
			cells = cells[:0]
			for i, v := range row {
				c := cell{}
				if v != "" {
					c = text(v)
				}
				switch corrections.Columns[i].Key {
				case corrections.ColEvidence:
					c = b.st.wrap(v)
				case corrections.ColNote:
					c = b.st.wrapEncoded(note)
				}
				cells = append(cells, c)
			}
			if err := sh.addCells(cells); err != nil {
				return err
			}
		}
	}
	return sh.close()
}

// noteMemoBytes bounds the bytes a review sheet keeps of its distinct
// notes' encodings and keys; past it, a new note is encoded for its row
// alone. At 100,000 generated articles a year's sheet has about 28,000
// distinct notes averaging 830 bytes. A variable for the tests.
var noteMemoBytes = 16 << 20

// joinReasons appends reasons joined by "; ", as the note of a review
// row says them.
func joinReasons(dst []byte, reasons []string) []byte {
	for i, r := range reasons {
		if i > 0 {
			dst = append(dst, "; "...)
		}
		dst = append(dst, r...)
	}
	return dst
}

// writeChecksOrReview writes the all-years book's checks, and each year's
// review sheet.
func (b *book) writeChecksOrReview() error {
	if b.sc.year == 0 {
		return b.writeChecks()
	}
	return b.writeReview()
}

// writeCorrections writes "Hiệu đính": the clerk's corrections — in the
// all-years book every row of the corrections file, stale ones included;
// in a year's book those whose record is of that year. It is left out when
// there are none.
func (b *book) writeCorrections() error {
	c := b.fixes
	if c == nil {
		return nil
	}
	of := func(r *extract.Record) bool { return r != nil && (b.sc.year == 0 || r.Year == b.sc.year) }
	var applied []corrections.Applied
	for _, a := range c.Applied {
		if of(a.Before) || of(a.After) {
			applied = append(applied, a)
		}
	}
	stale := c.Stale
	if b.sc.year != 0 {
		stale = nil
	}
	if len(applied)+len(stale) == 0 {
		return nil
	}
	sh, err := b.addSheet(sheetCorrections, "Các quyết định hiệu đính số liệu", []column{
		{"Dòng", 6}, {"Quyết định", 10}, {"Mã số liệu", 24}, {"Trước khi hiệu đính", 34}, {"Sau khi hiệu đính", 34},
		{"Người quyết định", 16}, {"Ngày", 11}, {"Lý do", 30}, {"Tình trạng", 30},
	}, 1)
	if err != nil {
		return err
	}
	sh.notes = []string{"Quyết định ghi trong tệp hiệu đính; mỗi lần tổng hợp áp dụng lại. Quyết định không còn khớp với bài (bài đã sửa) không được áp dụng."}
	text := func(r *extract.Record) any {
		if r == nil {
			return nil
		}
		return b.st.wrap(report.RecordText(r))
	}
	for _, a := range applied {
		status := "đã áp dụng"
		switch {
		case a.Action == corrections.Merge:
			status = "đã áp dụng: gộp vào " + a.MergeWith
		case a.Moved:
			status = "đã áp dụng (bài đã sửa ở chỗ khác, mã số liệu mới)"
		}
		if err := sh.add(b.st.num(float64(a.Row), "", false), corrections.ActionName(a.Action), a.Record, text(a.Before), text(a.After),
			a.Who, dateCell(a.When), b.st.wrap(a.Why), b.st.wrap(status)); err != nil {
			return err
		}
	}
	for _, s := range stale {
		if err := sh.add(b.st.num(float64(s.Row), "", false), corrections.ActionName(s.Action), s.ID, nil, nil,
			s.Who, dateCell(s.When), b.st.wrap(s.Why), b.st.wrap("không áp dụng: "+corrections.StaleName(s.Reason))); err != nil {
			return err
		}
	}
	return sh.close()
}

// correctionCell is a record's "Hiệu đính" cell in the records sheet.
func (b *book) correctionCell(rec *extract.Record) cell {
	n, ok := report.CorrectionNote(b.fixes, rec)
	if !ok {
		return cell{}
	}
	return b.st.wrap(report.CorrectionText(n))
}

package report

import (
	"strings"

	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/vocab"
)

// CorrectionNote gives the clerk's note on a record, if any.
func CorrectionNote(c *corrections.Result, rec *extract.Record) (corrections.Note, bool) {
	if c == nil {
		return corrections.Note{}, false
	}
	n, ok := c.Notes[corrections.ID(rec)]
	return n, ok
}

// RecordText names a record in words: measure, value, organisation and
// year ("Số đoàn viên kết nạp mới: 1.250 đoàn viên (Ba Đình, 2024)").
func RecordText(rec *extract.Record) string {
	return vocab.Measure(rec.Category, rec.Unit) + ": " + qualified(FormatValue(rec.Value, rec.Unit), rec.Qualifier) +
		" (" + orgName(rec.Org) + ", " + yearText(rec.Year) + ")"
}

// CorrectionText says what a note records, for a badge's title or a
// workbook cell: the decision, the original figure, who decided, when and
// why.
func CorrectionText(n corrections.Note) string {
	var b strings.Builder
	switch n.Action {
	case corrections.Change:
		b.WriteString("Đã sửa; trước khi sửa: ")
		if n.Original != nil {
			b.WriteString(RecordText(n.Original))
		}
	case corrections.Add:
		b.WriteString("Số liệu do người rà soát bổ sung")
	case corrections.Merge:
		b.WriteString("Cùng một số liệu với " + strings.Join(n.Merged, ", ") + ", chỉ tính một lần")
	}
	b.WriteString(". Lý do: " + n.Why + ". Người quyết định: " + n.Who)
	if n.When != "" {
		b.WriteString(", ngày " + FormatDate(n.When))
	}
	b.WriteString(".")
	return b.String()
}

// correctionsSection lists, for the checks page, the clerk's corrections:
// the stale ones first (applied to nothing: the article changed), then
// how many were applied.
func (r *renderer) correctionsSection(root string) (section, bool) {
	c := r.cfg.Corrections
	if c == nil || len(c.Applied)+len(c.Stale) == 0 {
		return section{}, false
	}
	sec := section{ID: "hieu-dinh", Heading: "Hiệu đính của cán bộ tổng hợp"}
	sec.Paras = append(sec.Paras, "Tệp hiệu đính có "+FormatNumber(float64(len(c.Applied)))+" quyết định đã áp dụng và "+
		FormatNumber(float64(len(c.Stale)))+" quyết định không còn khớp với bài báo (không áp dụng).")
	for _, s := range c.Stale {
		link := text("Dòng " + FormatNumber(float64(s.Row)) + " (" + corrections.ActionName(s.Action) + " " + s.ID + "): " + corrections.StaleName(s.Reason) + ".")
		if id, ok := r.docID(s.Doc); ok {
			link.Href = root + "bai-viet/" + id + ".html"
		}
		sec.Items = append(sec.Items, item{Link: link, Note: "cần xem lại bài và sửa hoặc bỏ dòng này trong tệp hiệu đính"})
	}
	return sec, true
}

// correctionCounts counts, for the methodology page, the corrections
// applied by kind.
func (r *renderer) correctionCounts() section {
	sec := section{ID: "hieu-dinh", Heading: "Hiệu đính của cán bộ tổng hợp"}
	c := r.cfg.Corrections
	if c == nil || len(c.Applied)+len(c.Stale) == 0 {
		sec.Paras = []string{"Lần tổng hợp này không có hiệu đính nào: mọi số liệu là số liệu máy trích từ bài báo."}
		return sec
	}
	sec.Paras = []string{"Cán bộ tổng hợp rà soát số liệu máy trích và ghi quyết định vào tệp hiệu đính; mỗi lần tổng hợp áp dụng lại các quyết định đó. Số liệu đã hiệu đính được đánh dấu trên trang bài báo và trong cột “Hiệu đính” của bảng tính."}
	t := table{Head: []string{"Quyết định", "Số lượng"}}
	names := map[string]string{
		corrections.Reject: "Loại bỏ (không phải số liệu)",
		corrections.Change: "Sửa thông tin số liệu",
		corrections.Merge:  "Gộp hai số liệu là một",
		corrections.Add:    "Bổ sung số liệu máy bỏ sót",
	}
	for _, a := range corrections.Actions {
		t.Rows = append(t.Rows, row{Head: text(names[a]), Cells: []num{{Text: FormatNumber(float64(c.Count(a))), Num: true}}})
	}
	t.Rows = append(t.Rows, row{Head: text("Không còn khớp với bài, không áp dụng"), Cells: []num{{Text: FormatNumber(float64(len(c.Stale))), Num: true}}})
	sec.Tables = []table{t}
	return sec
}

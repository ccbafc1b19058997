package report

import (
	"slices"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/vocab"
)

// leftOutPath is the page that lists the records outside the report's
// province.
const leftOutPath = "ngoai-pham-vi.html"

// leftOutShown bounds the records of one group listed on the page; the open
// data has them all.
const leftOutShown = 200

// leftOutGroup is the records outside the report of one province, of the
// national bodies, or of no known province.
type leftOutGroup struct {
	heading string
	records []int
}

// leftOutGroups groups Summary.LeftOut: the provinces in alphabetical
// order, then the national bodies, then the records of no known province.
func leftOutGroups(s *aggregate.Summary, src *RecordSource) []leftOutGroup {
	by := map[string][]int{}
	var held extract.Record
	for _, i := range s.LeftOut {
		p := src.Held(i, &held).Province
		by[p] = append(by[p], i)
	}
	var provinces []string
	for p := range by {
		if p != "" && p != extract.National {
			provinces = append(provinces, p)
		}
	}
	slices.Sort(provinces)
	var out []leftOutGroup
	for _, p := range provinces {
		out = append(out, leftOutGroup{"Tỉnh, thành phố khác: " + p, by[p]})
	}
	if rs := by[extract.National]; len(rs) > 0 {
		out = append(out, leftOutGroup{"Cơ quan công đoàn Trung ương", rs})
	}
	if rs := by[""]; len(rs) > 0 {
		out = append(out, leftOutGroup{"Chưa xác định được tỉnh, thành phố", rs})
	}
	return out
}

// leftOut lists the records that are in the open data but not in the
// report: of other provinces, of national bodies, of no known province. The
// page exists only when there are some.
func (r *renderer) leftOut(root string) (content, error) {
	s := r.s
	body := pageBody{Lead: []string{"Báo đưa tin của cả nước. Các số liệu dưới đây có trong bài báo và trong dữ liệu mở nhưng không thuộc " +
		placeName(s) + ", nên không được đưa vào bảng, biểu đồ hay tệp Excel nào của báo cáo này. Bấm vào từng số liệu để mở câu văn trong bài báo."}}
	for _, g := range leftOutGroups(s, r.src) {
		sec := section{Heading: g.heading + " (" + FormatNumber(float64(len(g.records))) + " số liệu)"}
		for k, i := range g.records {
			if k == leftOutShown {
				sec.Paras = append(sec.Paras, "Trang này liệt kê "+FormatNumber(leftOutShown)+" số liệu đầu tiên; danh sách đầy đủ ở dữ liệu mở (du-lieu/metrics.csv, cột province).")
				break
			}
			sec.Items = append(sec.Items, item{Link: r.namedRecord(root, i)})
		}
		body.Sections = append(body.Sections, sec)
	}
	return content{Title: "Số liệu ngoài phạm vi báo cáo", Body: body}, nil
}

// leftOutSection says on the methodology page how many records the report
// leaves out and why, with a link to the list.
func (r *renderer) leftOutSection(root string) section {
	s := r.s
	sec := section{ID: "pham-vi", Heading: "Phạm vi báo cáo"}
	if s.Province == "" {
		sec.Paras = []string{"Báo cáo tổng hợp mọi số liệu trích được, không phân biệt tỉnh, thành phố."}
		return sec
	}
	sec.Paras = []string{"Báo cáo này chỉ tổng hợp số liệu của các cấp công đoàn thuộc " + placeName(s) +
		", theo địa giới hành chính tại ngày đăng bài. Bài báo không nói về hoạt động công đoàn không cho số liệu nào (xem phần cảnh báo bên dưới)."}
	if len(s.LeftOut) == 0 {
		return sec
	}
	it := item{Link: num{Text: FormatNumber(float64(len(s.LeftOut))) + " số liệu ngoài phạm vi", Href: root + leftOutPath},
		Note: "có trong dữ liệu mở nhưng không có trong bảng nào:"}
	for _, g := range leftOutGroups(s, r.src) {
		it.Links = append(it.Links, num{Text: g.heading + ": " + FormatNumber(float64(len(g.records)))})
	}
	sec.Items = []item{it}
	return sec
}

// articlesInScope counts the articles with a record in the report's
// province.
func articlesInScope(s *aggregate.Summary) int {
	n := 0
	for i := range s.Articles {
		if slices.ContainsFunc(s.Articles[i].Records, s.InScope) {
			n++
		}
	}
	return n
}

// namedRecord names record i by its measure, value, organisation and year,
// and links its sentence in its article.
func (r *renderer) namedRecord(root string, i int) num {
	var held extract.Record
	rec := r.src.Held(i, &held)
	return num{
		Text:  vocab.Measure(rec.Category, rec.Unit) + ": " + qualified(FormatValue(rec.Value, rec.Unit), rec.Qualifier) + " (" + orgName(rec.Org) + ", " + yearText(rec.Year) + ")",
		Href:  r.recordHref(root, []int{i}),
		Title: rec.Doc,
	}
}

package report

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/vocab"
)

// inSample are the corpora of accuracy.tsv the extraction rules were tuned
// on: their figures say how well the rules fit them, not how accurate they
// are on new articles.
var inSample = map[string]bool{"seeds": true, "sample": true, "generated": true}

// methodology explains the rules, units, categories, caveats, measured
// accuracy and the warnings met while building.
func (r *renderer) methodology(root string) (content, error) {
	body := pageBody{Lead: []string{"Trang này giải thích số liệu được lấy từ bài báo và tổng hợp như thế nào, và độ tin cậy của chúng."}}
	if len(r.cfg.Methodology) > 0 {
		sec := section{ID: "quy-tac", Heading: "Quy tắc tổng hợp"}
		for _, rule := range r.cfg.Methodology {
			sec.Defs = append(sec.Defs, def{Term: rule.Title, Text: rule.Text})
		}
		body.Sections = append(body.Sections, sec)
	}
	units := table{Head: []string{"Đơn vị tính", "Đếm cái gì"}}
	for _, u := range vocab.Units {
		units.Rows = append(units.Rows, row{Head: text(vocab.UnitName(u)), Cells: []num{text(vocab.UnitDetail(u))}})
	}
	cats := table{Head: []string{"Lĩnh vực", "Gồm"}}
	for _, c := range vocab.Categories {
		h := categoryLink(root, c)
		if !slices.Contains(r.s.Categories, c) {
			h.Href = "" // no page for a category without figures
		}
		cats.Rows = append(cats.Rows, row{Head: h, Cells: []num{text(vocab.CategoryDetail(c))}})
	}
	body.Sections = append(body.Sections,
		section{ID: "don-vi-dem", Heading: "Đơn vị đếm", Tables: []table{units}},
		section{ID: "linh-vuc", Heading: "Lĩnh vực", Tables: []table{cats}},
		section{ID: "luu-y", Heading: "Lưu ý khi đọc số liệu", Paras: caveats},
		r.leftOutSection(root),
		r.correctionCounts(),
	)
	acc := section{ID: "do-chinh-xac", Heading: "Độ chính xác của việc trích số liệu"}
	if len(r.cfg.Accuracy) == 0 {
		acc.Paras = []string{"Chưa đo độ chính xác cho lần tổng hợp này."}
	} else {
		acc.Paras = []string{"Đo bằng cách so số liệu máy trích với số liệu do người đọc và ghi lại trên cùng các bài báo. Độ chính xác: tỷ lệ số liệu máy trích là đúng; độ bao phủ: tỷ lệ số liệu trong bài được máy tìm thấy; F1: trung bình điều hòa của hai tỷ lệ trên.",
			"Số đo “trong mẫu” là trên các bộ bài đã dùng để xây dựng và chỉnh quy tắc trích số liệu: chúng cho biết quy tắc khớp với các bài đó, không cho biết độ chính xác trên bài mới, thường thấp hơn. Chỉ số đo “ngoài mẫu”, trên bài chưa dùng để chỉnh quy tắc, ước lượng được độ chính xác thực tế."}
		t := table{Head: []string{"Bộ bài kiểm tra", "Độ chính xác", "Độ bao phủ", "F1", "Loại số đo"}}
		outOfSample := false
		for _, a := range r.cfg.Accuracy {
			kind := "ngoài mẫu"
			if inSample[a.Corpus] {
				kind = "trong mẫu (quy tắc được chỉnh trên bộ bài này)"
			} else {
				outOfSample = true
			}
			t.Rows = append(t.Rows, row{Head: text(corpusName(a.Corpus)), Cells: []num{
				{Text: FormatPercent(a.Precision * 100), Num: true},
				{Text: FormatPercent(a.Recall * 100), Num: true},
				{Text: FormatPercent(a.F1 * 100), Num: true},
				text(kind),
			}})
		}
		if !outOfSample {
			t.Note = []num{text("Chưa có số đo ngoài mẫu: các tỷ lệ 100% ở trên không phải là độ chính xác trên bài báo mới.")}
		}
		acc.Tables = []table{t}
	}
	body.Sections = append(body.Sections, acc)
	warn := section{ID: "canh-bao", Heading: "Cảnh báo khi xây dựng"}
	if len(r.s.Warnings) == 0 {
		warn.Paras = []string{"Không có cảnh báo nào."}
	} else {
		warn.Paras = []string{fmt.Sprintf("Có %s cảnh báo khi đọc các tệp; phần đọc được vẫn được tổng hợp.", FormatNumber(float64(len(r.s.Warnings))))}
		t := table{Head: []string{"Tệp", "Vấn đề"}}
		shown := r.s.Warnings
		if len(shown) > maxRows {
			shown = shown[:maxRows]
			t.Note = []num{text(fmt.Sprintf("Bảng trên nêu %s cảnh báo đầu tiên trong tổng số %s; lệnh xây dựng in ra đủ cả danh sách cho người vận hành.",
				FormatNumber(maxRows), FormatNumber(float64(len(r.s.Warnings)))))}
		}
		for _, w := range shown {
			h := text(w.Doc)
			if id, ok := r.docID(w.Doc); ok {
				h.Href = root + "bai-viet/" + id + ".html"
			}
			t.Rows = append(t.Rows, row{Head: h, Cells: []num{text(warningText(w.Message))}})
		}
		warn.Tables = []table{t}
	}
	body.Sections = append(body.Sections, warn)
	return content{Title: "Phương pháp", Body: body}, nil
}

// caveats are the warnings every reader should see before quoting a figure.
var caveats = []string{
	"Số liệu được máy đọc từ các bài báo, không phải từ báo cáo chính thức của Liên đoàn Lao động. Mỗi con số đều dẫn về câu văn trong bài để người đọc tự kiểm tra.",
	"Một số liệu được nhắc lại ở nhiều bài hay nhiều lần trong một bài chỉ được tính một lần.",
	"Tổng của các đơn vị không bao giờ được gọi là tổng toàn tỉnh, thành phố và không cộng số liệu tỉnh, thành phố tự báo cáo với số liệu của các đơn vị trực thuộc.",
	"Số liệu nhiều năm (cả nhiệm kỳ, giai đoạn) và số hiện có (số đoàn viên, số công đoàn cơ sở đang quản lý) không được cộng vào kết quả từng năm.",
	"Đơn vị không có bài báo đưa tin trong một năm thì ô của năm đó để trống: để trống không có nghĩa là bằng không.",
}

// checksShown bounds the checks of one kind listed on the page, so that it
// stays light on a phone; the workbooks list them all.
const checksShown = 200

// checks lists the consistency problems, grouped by kind, each with links to
// the records involved.
func (r *renderer) checks(root string) (content, error) {
	body := pageBody{Lead: []string{"Những chỗ số liệu chưa khớp nhau hoặc chưa đủ thông tin, để cán bộ tổng hợp rà soát lại trước khi đưa vào báo cáo. Bấm vào từng số liệu để mở câu văn trong bài báo."}}
	kinds := []string{aggregate.CheckCompletion, aggregate.CheckConflict, aggregate.CheckNoResult, aggregate.CheckNoOrg}
	for _, c := range r.s.Checks {
		if !slices.Contains(kinds, c.Kind) {
			kinds = append(kinds, c.Kind)
		}
	}
	for _, kind := range kinds {
		var sec section
		total := 0
		for _, c := range r.s.Checks {
			if c.Kind != kind {
				continue
			}
			if total++; total > checksShown {
				continue
			}
			it := item{Link: text(c.Message)}
			for _, i := range c.Records {
				if i < 0 || i >= r.src.Len() {
					continue
				}
				it.Links = append(it.Links, r.namedRecord(root, i))
			}
			sec.Items = append(sec.Items, it)
		}
		if len(sec.Items) == 0 {
			continue
		}
		name, ok := CheckNames[kind]
		if !ok {
			name = kind
		}
		sec.ID = kind
		sec.Heading = name + " (" + FormatNumber(float64(total)) + ")"
		if total > checksShown {
			sec.Paras = append(sec.Paras, "Trang này liệt kê "+FormatNumber(checksShown)+" trường hợp đầu tiên trong tổng số "+
				FormatNumber(float64(total))+"; danh sách đầy đủ ở trang tính “Rà soát” của các tệp Excel (mục Tải về): tệp của từng năm có các trường hợp trong năm đó, tệp tổng hợp có các trường hợp liên quan đến nhiều năm hoặc không rõ năm.")
		}
		body.Sections = append(body.Sections, sec)
	}
	if len(body.Sections) == 0 {
		body.Sections = []section{{Paras: []string{"Không có số liệu nào cần rà soát."}}}
	}
	if sec, ok := r.correctionsSection(root); ok {
		body.Sections = append(body.Sections, sec)
	}
	return content{Title: "Số liệu cần rà soát", Body: body}, nil
}

// downloads links the workbooks written by the workbook package and the open
// data written by OpenData.
func (r *renderer) downloads(root string) (content, error) {
	books := section{ID: "bang-tinh", Heading: "Bảng tính Excel", Items: []item{{
		Link: num{Text: "bao-cao-tong-hop.xlsx", Href: root + "bao-cao-tong-hop.xlsx"},
		Note: "bảng số liệu của mọi năm để so sánh giữa các năm (toàn thành phố và từng đơn vị, theo lĩnh vực), cùng các số liệu không rõ năm và các trường hợp cần kiểm tra liên quan đến nhiều năm.",
	}}}
	for _, y := range r.years {
		name := fmt.Sprintf("bao-cao-%d.xlsx", y)
		books.Items = append(books.Items, item{
			Link: num{Text: name, Href: root + name},
			Note: fmt.Sprintf("báo cáo năm %d theo mẫu báo cáo công đoàn: bảng số liệu của năm, kế hoạch và kết quả, số liệu nhiều năm kết thúc trong năm, mọi số liệu trích từ bài báo kèm câu văn làm căn cứ, danh sách bài báo nguồn và các trường hợp cần kiểm tra.", y),
		})
	}
	data := section{ID: "du-lieu-mo", Heading: "Dữ liệu mở", Items: []item{
		{Link: num{Text: "metrics.jsonl", Href: root + JSONLPath}, Note: "mọi số liệu trích từ bài báo, mỗi dòng một đối tượng JSON, dùng cho lập trình."},
		{Link: num{Text: "metrics.csv", Href: root + CSVPath}, Note: "cùng số liệu ở dạng bảng CSV (UTF-8), mở được bằng Excel hoặc LibreOffice."},
	}}
	fields := section{ID: "truong", Heading: "Các cột của dữ liệu mở", Paras: []string{"Tên cột là mã dành cho máy, theo quy ước dữ liệu của dự án:"}}
	for _, f := range openDataFields {
		fields.Defs = append(fields.Defs, def{Term: f[0], Text: f[1], Code: true})
	}
	return content{Title: "Tải về", Body: pageBody{
		Lead:     []string{"Mọi số liệu trên trang đều có thể tải về để tự kiểm tra và sử dụng lại."},
		Sections: []section{books, data, fields},
	}}, nil
}

// openDataFields name the open data's columns and say what each holds.
var openDataFields = [][2]string{
	{"doc", "bài báo (tệp, và mã bài trong tệp)"},
	{"value", "giá trị"},
	{"denominator", "mẫu số của dạng X/Y"},
	{"unit", "đơn vị đếm"},
	{"qualifier", "mức độ: chính xác, hơn, ít nhất, khoảng"},
	{"basis", "tổng số hay định mức mỗi suất"},
	{"status", "kết quả hay chỉ tiêu, kế hoạch"},
	{"period", "trong năm, nhiều năm hay số hiện có"},
	{"year", "năm"},
	{"org", "đơn vị"},
	{"org_type", "loại đơn vị"},
	{"category", "lĩnh vực"},
	{"evidence", "câu văn làm căn cứ"},
	{"offset", "vị trí (byte) của con số trong tệp"},
	{"record_id", "mã số liệu: bài báo và vị trí của con số, dùng trong tệp hiệu đính"},
	{"corrected", "số liệu đã được cán bộ tổng hợp hiệu đính (true) hay chưa (false)"},
	{"correction_reason", "lý do hiệu đính"},
}

// corpusNames are the Vietnamese names of the gold corpora of accuracy.tsv.
var corpusNames = map[string]string{
	"seeds":     "Năm bài báo gốc do người đọc ghi nhãn",
	"sample":    "Bộ bài mẫu của dự án",
	"generated": "Bộ bài sinh tự động",
	"heldout":   "Bộ bài kiểm tra độc lập (chưa dùng để chỉnh quy tắc)",
}

func corpusName(name string) string {
	if n, ok := corpusNames[name]; ok {
		return n
	}
	return name
}

// warningTexts word in Vietnamese the warnings the reading stage writes in
// English for the operator's log.
var warningTexts = []struct {
	re   *regexp.Regexp
	text string
}{
	{regexp.MustCompile(`^invalid UTF-8 at byte (\d+) and (\d+) more places, replaced with U\+FFFD$`), "Tệp có ký tự lỗi mã hóa (không phải UTF-8) tại byte $1 và $2 chỗ khác; đã thay bằng ký tự thay thế, phần còn lại vẫn được đọc."},
	{regexp.MustCompile(`^invalid UTF-8 at byte (\d+), replaced with U\+FFFD$`), "Tệp có ký tự lỗi mã hóa (không phải UTF-8) tại byte $1; đã thay bằng ký tự thay thế, phần còn lại vẫn được đọc."},
	{regexp.MustCompile(`^empty file$`), "Tệp rỗng."},
	{regexp.MustCompile(`^no article text$`), "Tệp không có nội dung bài báo."},
	{regexp.MustCompile(`^binary file: NUL byte at byte (\d+)$`), "Tệp không phải văn bản (có byte NUL tại byte $1)."},
	{regexp.MustCompile(`^line (\d+) \(byte (\d+)\): invalid JSON$`), "Dòng $1 (byte $2) không phải JSON hợp lệ: bỏ qua dòng này."},
	{regexp.MustCompile(`^line (\d+) \(byte (\d+)\): not a JSON object$`), "Dòng $1 (byte $2) không phải một đối tượng JSON: bỏ qua dòng này."},
	{regexp.MustCompile(`^line (\d+) \(byte (\d+)\): no "text" member$`), "Dòng $1 (byte $2) không có nội dung bài: bỏ qua dòng này."},
	{regexp.MustCompile(`^line (\d+): published "(.*)" is not a date$`), "Dòng $1: ngày đăng “$2” không phải ngày hợp lệ."},
	{regexp.MustCompile(`^unsupported file type "(.*)"$`), "Loại tệp “$1” không được hỗ trợ."},
	{regexp.MustCompile(`^read: `), "Không đọc được tệp."},
	{regexp.MustCompile(`^row (\d+) \(\w+ (.*)\) is stale and was not applied: .*$`), "Dòng $1 của tệp hiệu đính (số liệu $2) không còn khớp với bài: không áp dụng (xem trang Kiểm tra)."},
}

// warningText words a warning in Vietnamese: the reading stage's English
// ones by warningTexts, any other as it is (aggregation writes Vietnamese).
func warningText(msg string) string {
	for _, w := range warningTexts {
		switch {
		case !w.re.MatchString(msg):
		case strings.Contains(w.text, "$"):
			return w.re.ReplaceAllString(msg, w.text)
		default:
			return w.text
		}
	}
	return msg
}

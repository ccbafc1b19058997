package corpus

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/clean/*.txtar")

var kindNames = map[Kind]string{
	KindTitle:   "title",
	KindLead:    "lead",
	KindBody:    "body",
	KindCaption: "caption",
}

// render shows an article as the want section of a clean case.
func render(a *Article) string {
	var b strings.Builder
	if a.Headless {
		b.WriteString("headless\n")
	}
	if a.Kicker != "" {
		b.WriteString("kicker: " + a.Kicker + "\n")
	}
	for _, p := range a.Paras {
		b.WriteString(kindNames[p.Kind] + ": " + a.Text[p.Start:p.End] + "\n")
	}
	return b.String()
}

// TestParseTextClean runs testdata/clean/*.txtar: each has an "article"
// and the "want" rendering of the cleaned article.
func TestParseTextClean(t *testing.T) {
	files, err := filepath.Glob("testdata/clean/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no clean cases: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string]*txtar.File{}
			for i := range ar.Files {
				sections[ar.Files[i].Name] = &ar.Files[i]
			}
			article, want := sections["article"], sections["want"]
			if article == nil || want == nil {
				t.Fatalf("%s needs -- article -- and -- want -- sections", file)
			}
			a, ws, err := ParseText("case.txt", article.Data)
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if len(ws) > 0 {
				t.Errorf("warnings: %v", ws)
			}
			checkArticle(t, article.Data, &a)
			got := render(&a)
			if *update {
				want.Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(string(want.Data), got); diff != "" {
				t.Errorf("cleaned article (-want +got):\n%s", diff)
			}
		})
	}
}

// checkArticle checks the invariants every parsed article keeps: valid NFC
// text, paragraphs that tile it line by line, offsets inside the source,
// and each ASCII digit mapped to the same digit in raw.
func checkArticle(t testing.TB, raw []byte, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) || !norm.NFC.IsNormalString(a.Text) {
		t.Fatalf("Text is not valid NFC: %q", a.Text)
	}
	pos := 0
	for i, p := range a.Paras {
		if p.Start != pos || p.End < p.Start || p.End > len(a.Text) {
			t.Fatalf("paragraph %d spans [%d,%d), want start %d in %d bytes", i, p.Start, p.End, pos, len(a.Text))
		}
		if strings.Contains(a.Text[p.Start:p.End], "\n") {
			t.Fatalf("paragraph %d holds a newline", i)
		}
		pos = p.End + 1
	}
	if len(a.Paras) > 0 && a.Paras[len(a.Paras)-1].End != len(a.Text) {
		t.Fatalf("paragraphs end at %d, Text at %d", a.Paras[len(a.Paras)-1].End, len(a.Text))
	}
	for i := 0; i <= len(a.Text); i++ {
		src := a.SourceOffset(i)
		if src < 0 || src > len(raw) {
			t.Fatalf("SourceOffset(%d) = %d, outside the %d-byte source", i, src, len(raw))
		}
		if i < len(a.Text) && '0' <= a.Text[i] && a.Text[i] <= '9' && (src >= len(raw) || raw[src] != a.Text[i]) {
			t.Fatalf("digit %q at Text[%d] maps to source byte %d", a.Text[i], i, src)
		}
	}
}

func TestParseTextDecoding(t *testing.T) {
	const lead = "Năm 2023, Liên đoàn Lao động quận Cầu Giấy đã kết nạp 1.250 đoàn viên và thành lập 18 công đoàn cơ sở, vượt chỉ tiêu đề ra."
	article := "Liên đoàn Lao động quận Cầu Giấy\n\nVăn hoá công đoàn\n\n" + lead + "\n\nNguyễn Hoà trao 35 suất quà."
	tests := []struct {
		name       string
		raw        string
		wantTitle  string
		wantDigits string // every digit of Text, in order
		wantWarn   string // a substring of the only warning, if any
	}{
		{name: "plain", raw: article, wantTitle: "Văn hoá công đoàn", wantDigits: "202312501835"},
		{name: "BOM", raw: "\ufeff" + article, wantTitle: "Văn hoá công đoàn", wantDigits: "202312501835"},
		{name: "CRLF", raw: strings.ReplaceAll(article, "\n", "\r\n"), wantTitle: "Văn hoá công đoàn", wantDigits: "202312501835"},
		{name: "CR", raw: strings.ReplaceAll(article, "\n", "\r"), wantTitle: "Văn hoá công đoàn", wantDigits: "202312501835"},
		{name: "NFD", raw: norm.NFD.String(article), wantTitle: "Văn hoá công đoàn", wantDigits: "202312501835"},
		{name: "NFD CRLF BOM", raw: "\ufeff" + strings.ReplaceAll(norm.NFD.String(article), "\n", "\r\n"), wantTitle: "Văn hoá công đoàn", wantDigits: "202312501835"},
		{
			name:       "invalid UTF-8",
			raw:        strings.Replace(article, "Cầu", "C\xffu", 1),
			wantTitle:  "Văn hoá công đoàn",
			wantDigits: "202312501835",
			wantWarn:   "invalid UTF-8 at byte 33,",
		},
		{
			name:       "tag and spaces",
			raw:        "Tiêu đề\n\n  (LĐTĐ) - " + lead + "  \t\n",
			wantTitle:  "Tiêu đề",
			wantDigits: "2023125018",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ws, err := ParseText("a.txt", []byte(tt.raw))
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			checkArticle(t, []byte(tt.raw), &a)
			if a.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", a.Title, tt.wantTitle)
			}
			var digits []byte
			for i := 0; i < len(a.Text); i++ {
				if '0' <= a.Text[i] && a.Text[i] <= '9' {
					digits = append(digits, a.Text[i])
				}
			}
			if string(digits) != tt.wantDigits {
				t.Errorf("digits of Text = %s, want %s", digits, tt.wantDigits)
			}
			switch {
			case tt.wantWarn == "" && len(ws) > 0:
				t.Errorf("unexpected warnings %v", ws)
			case tt.wantWarn != "" && (len(ws) != 1 || !strings.Contains(ws[0].Message, tt.wantWarn) || ws[0].Doc != "a.txt"):
				t.Errorf("warnings = %v, want one containing %q", ws, tt.wantWarn)
			}
		})
	}
}

func TestSourceOffset(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		find string // a string of Text
		at   string // its form in raw, whose last occurrence is the wanted offset
	}{
		{name: "after BOM", raw: "\ufeffTiêu đề 5\n\nThân bài", find: "5", at: "5"},
		{name: "after CRLF", raw: "Tiêu đề\r\n\r\nThân bài 7", find: "7", at: "7"},
		{name: "after NFD", raw: "Tie\u0302\u0301u 9\n\nThân", find: "9", at: "9"},
		{name: "NFD letter", raw: "Tie\u0302\u0301u 9\n\nThân", find: "ế", at: "e\u0302\u0301"},
		{name: "after link", raw: "Tiêu đề\n\nXem [bài 12](http://x.vn/1) và 34\n", find: "34", at: "34"},
		{name: "in link", raw: "Tiêu đề\n\nXem [bài 12](http://x.vn/1) và 34\n", find: "12", at: "12"},
		{name: "after image", raw: "Tiêu đề\n\nẢnh ![a 1](b.jpg) có 56", find: "56", at: "56"},
		{name: "after emphasis", raw: "Tiêu đề\n\n**Đạt** 99%", find: "99", at: "99"},
		{name: "table cell", raw: "Tiêu đề\n\n|  Có 41 người | 52 |\n", find: "52", at: "52"},
		{name: "after invalid byte", raw: "Tiêu \xff\xfe đề 8", find: "8", at: "8"},
		{name: "after agency tag", raw: "Tiêu đề\n\n(LĐTĐ) Năm 2020, công đoàn quận đã tổ chức nhiều hoạt động chăm lo cho đoàn viên và người lao động.", find: "Năm", at: "Năm"},
		{name: "old tone kept", raw: "Văn hoá 3\n\nThân", find: "hoá 3", at: "hoá 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := ParseText("a.txt", []byte(tt.raw))
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			i := strings.Index(a.Text, tt.find)
			if i < 0 {
				t.Fatalf("%q not in Text %q", tt.find, a.Text)
			}
			want := strings.LastIndex(tt.raw, tt.at)
			if got := a.SourceOffset(i); got != want {
				t.Errorf("SourceOffset(%d) = %d, want %d", i, got, want)
			}
			a.DropSourceMap()
			if got := a.SourceOffset(i); got != i {
				t.Errorf("without its map: SourceOffset(%d) = %d, want %d", i, got, i)
			}
		})
	}
}

func TestParseTextFails(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want string
	}{
		{name: "empty", raw: "", want: "empty file"},
		{name: "white space", raw: " \r\n\t\n", want: "empty file"},
		{name: "binary", raw: "PK\x03\x04\x00\x00", want: "NUL byte at byte 4"},
		{name: "only arrows", raw: "-->\n\n--> -->\n", want: "no article text"},
		{name: "only chrome", raw: "Có thể bạn quan tâm\n\nBài khác 3", want: "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ParseText("bad.txt", []byte(tt.raw))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "bad.txt") {
				t.Errorf("err = %v, want one naming bad.txt and %q", err, tt.want)
			}
		})
	}
}

func TestLineRules(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		in   string
		want bool
	}{
		{"slug prefix", isSlug, "huong ve co so vi cong nhan Tiêu đề khác", true},
		{"slug only", isSlug, "huong ve co so", true},
		{"three words", isSlug, "xem them tai Hà Nội", false},
		{"sentence", isSlug, "Năm 2019 có 3 lớp", false},
		{"file name", isFileName, "1658 hk img 2080 1", true},
		{"hash name", isFileName, "1846 2e1cb6c978f81f1a2e93b499909999dc", true},
		{"jpg name", isFileName, "anh-hoi-nghi-2023.jpg", true},
		{"numbers only", isFileName, "2019 2020", false},
		{"sentence end", isFileName, "covid 19.", false},
		{"vietnamese", isFileName, "ảnh 1", false},
		{"teaser of another article", isTeaser, "- Khánh thành 3 nhà văn hóa cho công nhân (08/03/2025, 09:12)", true},
		{"teaser without a comma", isTeaser, "Trao 20 suất quà (8/3/2025 9:12)", true},
		{"sentence ending with a date", isTeaser, "Lễ trao quà diễn ra sáng nay (08/03/2025).", false},
		{"date alone in brackets", isTeaser, "Hội nghị tổng kết (08/03/2025)", false},
		{"arrows", isArrows, "--> -->", true},
		{"arrow text", isArrows, "--> Tin", false},
		{"chrome", isChrome, "Có thể bạn quan tâm", true},
		{"chrome colon", isChrome, "**Xem thêm:**", true},
		{"chrome heading", isChrome, "## Tin khác", true},
		{"chrome upper", isChrome, "PHIÊN BẢN DI ĐỘNG", true},
		{"not chrome", isChrome, "Xem thêm 5 bài", false},
		{"another paper's widget", isChrome, "Thống kê truy cập", true},
		{"back to top", isChrome, "Lên đầu Top", true},
		{"another paper's headlines widget", isChrome, "Tin tiêu điểm", true},
		{"source link of a syndicated copy", isChrome, "Xem bản gốc tại đây", true},
		{"related headlines", isChrome, "RELATED NEWS", true},
		{"source link in a sentence", isChrome, "Xem bản gốc của quyết định tại trụ sở", false},
		{"signature", isSignature, "P.T", true},
		{"signature name", isSignature, "Trần Vũ", true},
		{"signature digits", isSignature, "Có 25 người", false},
		{"signature long", isSignature, "Đây là một câu dài", false},
		{"long line", isLong, strings.Repeat("chữ ", 40), true},
		{"sentence lead", isLong, "Năm 2022, Công đoàn ngành Y tế Hà Nội đã kết nạp 1.250 đoàn viên mới.", true},
		{"quoted end", isLong, "Ông nói rằng “công đoàn cơ sở phải là chỗ dựa tin cậy của người lao động.”", true},
		{"headline", isLong, "Công đoàn ngành Y tế tổng kết năm 2022", false},
		{"font-size buttons", isWidget, "aa", true},
		{"one letter", isWidget, " A ", true},
		{"three letters", isWidget, "Tin", false},
		{"two digits", isWidget, "12", false},
		{"font-size bar", isWidget, "A- A A+", false},
		{"full stop", endsSentence, "Mỗi suất quà trị giá 600.000 đồng.", true},
		{"quoted full stop", endsSentence, "Ông nói: “Công đoàn là chỗ dựa.” ", true},
		{"ellipsis", endsSentence, "Chăm lo cho đoàn viên…", true},
		{"link title", endsSentence, "Phường Hồng Hà trao 300 suất quà cho công nhân", false},
		{"quoted title", endsSentence, "Hơn 1.600 suất quà mang thông điệp “Tết ấm áp”", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(tt.in); got != tt.want {
				t.Errorf("(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// benchArticle is a seed-sized article in the paper's layout.
func benchArticle() []byte {
	var b bytes.Buffer
	b.WriteString("-->\nLiên đoàn Lao động quận Ba Đình\n\nHướng về cơ sở, vì công nhân viên chức và người lao động\n\n")
	b.WriteString("(LĐTĐ) Với phương châm hướng về cơ sở, hoạt động công đoàn của Liên đoàn Lao động quận Ba Đình trong năm 2019 đã chú trọng chăm lo đời sống đoàn viên, người lao động.\n")
	b.WriteString("huong ve co so vi cong nhan vien chuc va nguoi lao dong Liên đoàn Lao động quận Ba Đình: Vượt chỉ tiêu\n\n")
	for b.Len() < 14000 {
		b.WriteString("Đặc biệt, năm qua, LĐLĐ quận Ba Đình đã đẩy mạnh công tác phát triển đoàn viên, thành lập công đoàn cơ sở. Theo đó đã thành lập 32/31 công đoàn cơ sở (đạt 103,22%), kết nạp 1.715/1250 đoàn viên (đạt 137,24%), trao quyết định thành lập 29 công đoàn cơ sở.\n\n")
		b.WriteString("Hướng về cơ sở, vì công nhân viên chức và người lao động\nLãnh đạo LĐLĐ quận trao quà cho đoàn viên có hoàn cảnh khó khăn.\n\n")
		b.WriteString("Cùng với đó, Liên đoàn Lao động quận tổ chức thăm hỏi, trao hỗ trợ cho CNVCLĐ gặp khó khăn với 242 suất quà mỗi suất 1 triệu đồng, văn hoá, thuỷ lợi.\n\n")
	}
	b.WriteString("P.T\n\nCó thể bạn quan tâm\n\nNên xem\n\nBài khác có 10 tấn hàng\n")
	return b.Bytes()
}

func BenchmarkParseText(b *testing.B) {
	cases := []struct {
		name string
		raw  []byte
	}{
		{"NFC", benchArticle()},
		{"NFD CRLF", []byte(strings.ReplaceAll(norm.NFD.String(string(benchArticle())), "\n", "\r\n"))},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := ParseText("bench.txt", c.raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestMetaLines(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		i     int
		want  bool
	}{
		{"date and time", []string{"Tiêu đề", "12/01/2024, 08:00"}, 1, true},
		{"time first", []string{"20:31 14/11/2023"}, 0, true},
		{"weekday and zone", []string{"Thứ hai, 12/01/2024 08:00 (GMT+7)"}, 0, true},
		{"posted at", []string{"Đăng lúc: 26/12/2024 08:15:02 AM"}, 0, true},
		{"posted, with empty fields", []string{"Đăng: 08:30 12-05-2016 | Tác giả: | Nguồn:"}, 0, true},
		{"posted, with an author", []string{"Đăng: 08:30 12-05-2016 | Tác giả: Minh An"}, 0, true},
		{"a date and a headline after a bar", []string{"12-05-2016 | Trao 40 suất quà"}, 0, false},
		{"byline with a bar", []string{"NGUYỄN VĂN AN |"}, 0, true},
		{"initials with a bar", []string{"T.HƯƠNG |"}, 0, true},
		{"a word with a bar", []string{"Tin tức |"}, 0, false},
		{"byline over a date", []string{"Tiêu đề dài của bài báo", "Trần Văn Bình", "12/01/2024, 08:00"}, 1, true},
		{"a masthead", []string{"CƠ QUAN CỦA TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"}, 0, true},
		{"a place kicker", []string{"Nghệ An", "Công đoàn phường Hoàng Mai trao 48 suất quà Tết"}, 0, false},
		{"a sentence with a date", []string{"Ngày 12/01/2024, LĐLĐ quận trao quà."}, 0, false},
		{"a media label", []string{"Tiêu đề dài của bài báo", "Video -"}, 1, true},
		{"a photo label", []string{"Ảnh:"}, 0, true},
		{"a title about a video", []string{"Video về 120 suất quà"}, 0, false},
		{"a photo credit", []string{"Tiêu đề dài của bài báo", "Ảnh: Công đoàn Giáo dục Việt Nam"}, 1, true},
		{"a caption with a figure", []string{"Ảnh: LĐLĐ quận trao 50 suất quà"}, 0, false},
		{"time and date with a bar", []string{"14:20 | 03/11/2021"}, 0, true},
		{"time, date and a bare zone", []string{"07:45 | 15/09/2021 GMT+7"}, 0, true},
		{"dashes around the weekday", []string{"- Thứ ba - 07/09/2021 10:05"}, 0, true},
		{"two authors a blank line from a date", []string{"Tiêu đề dài của bài báo", "Lê Minh Châu - Phạm Thu", "", "21/03/2022, 09:40"}, 1, true},
		{"two names with no date near", []string{"Lê Minh Châu - Phạm Thu", "", "Tiêu đề dài của bài báo"}, 0, false},
		{"byline and date after a bar", []string{"Phạm Thảo LĐO | 14/03/2023 09:25"}, 0, true},
		{"byline and date on one line", []string{"Tiêu đề dài của bài báo", "Lê Văn Tâm 08:45, 14/05/2023"}, 1, true},
		{"byline with its paper in brackets and a date", []string{"LÊ MINH (báo Tin Mới) 14/02/2025 09:10 (GMT+7)"}, 0, true},
		{"a headline with a bracket and a date", []string{"Trao 40 suất quà (huyện A) 14/02/2025 09:10"}, 0, false},
		{"a place and a date under a title", []string{"Tiêu đề dài của bài báo", "Hà Nội 14/05/2023"}, 1, true},
		{"a headline ending on a date", []string{"Trao 40 suất quà ngày 14/05/2023"}, 0, false},
		{"headline and a date after a bar", []string{"Trao 40 suất quà | 14/03/2023"}, 0, false},
		{"a section, a dash, a date and a time", []string{"Tiêu đề dài của bài báo", "Xã hội - 05/03/2024 09:12"}, 1, true},
		{"a two-part section and a dateline", []string{"Kinh tế - Xã hội - 05/03/2024 09:12"}, 0, true},
		{"a section and a date with no time", []string{"Hội nghị - 05/03/2024"}, 0, false},
		{"a headline with a figure before a dateline", []string{"Trao 40 suất quà - 05/03/2024 09:12"}, 0, false},
		{"a dash in a headline", []string{"Công đoàn phường Kim Liên - Ngày hội 300 đoàn viên", "21/03/2022, 09:40"}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := make([]line, len(tt.lines))
			for i, s := range tt.lines {
				ls[i] = line{piece: piece{s: s}, blank: s == ""}
			}
			if got := isMeta(ls, tt.i); got != tt.want {
				t.Errorf("isMeta(%q) = %v, want %v", tt.lines[tt.i], got, tt.want)
			}
		})
	}
}

// TestParseTextKeepsNoInput overwrites the bytes ParseText read: the
// article it gave must not change (it reads them in place and keeps
// copies only).
func TestParseTextKeepsNoInput(t *testing.T) {
	tests := []struct{ name, raw string }{
		{"plain", "Công đoàn\n\nLĐLĐ quận Ba Đình trao 200 suất quà\n\nNgày 12/1, Liên đoàn Lao động quận Ba Đình đã trao 200 suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.\n\nMỗi suất quà trị giá 1 triệu đồng."},
		{"rewritten", "\ufeffTiêu đề\r\n\r\n**Hoa\u0300** [liên kết](http://x.vn) và đoàn viên có hoàn cảnh khó khăn được nhận quà của công đoàn cơ sở trong dịp Tết \xff năm nay.\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, _, err := ParseText("a.txt", []byte(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			raw := []byte(tt.raw)
			got, _, err := ParseText("a.txt", raw)
			if err != nil {
				t.Fatal(err)
			}
			for i := range raw {
				raw[i] = 'x'
			}
			fields := func(a *Article) []string { return []string{a.Kicker, a.Title, a.Text, a.Hash} }
			if diff := cmp.Diff(fields(&want), fields(&got)); diff != "" {
				t.Errorf("article changed with the bytes it was read from (-want +got):\n%s", diff)
			}
		})
	}
}

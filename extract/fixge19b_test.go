package extract

import "testing"

// TestPageChromeAboveLeadFixge19b: what probe GE of the nineteenth
// session (PHENOMENA "GE19b") found left: a page's date, its view counter
// as a labelled field ("Lượt xem: N") and its text-size widget ("100%"),
// each on a line of its own under the headline, are page chrome, so the
// headline stays the title and its organiser the article's body; a
// federation named only in a guest's job title in the caption above the
// text does not take its place. Every sentence is invented.
func TestPageChromeAboveLeadFixge19b(t *testing.T) {
	const link = "https://example.vn/tin-tuc/hoi-thao-cong-doan-nganh.html"
	const title = "Công đoàn ngành Y tế tổ chức Hội thao CNVCLĐ năm 2023\n\n"
	const rest = "Đ/c Phạm Đức Long – Phó Chủ tịch Liên đoàn lao động tỉnh tặng cờ lưu niệm các đoàn tham gia hội thao.\n\nHội thao năm 2023 có 7 nội dung thi đấu với 5 môn thi đấu.\n\nBế mạc hội thao, Ban tổ chức trao 14 giải nhất cho các vận động viên."
	want := []string{"7 | count | exact | total | achieved | year | 2023 | Công đoàn ngành Y tế | culture | Thái Bình",
		"5 | count | exact | total | achieved | year | 2023 | Công đoàn ngành Y tế | culture | Thái Bình",
		"14 | count | exact | total | achieved | year | 2023 | Công đoàn ngành Y tế | culture | Thái Bình"}
	const site = "http://congdoanthaibinh.vn/tin-tuc/hoi-thao-cong-doan-nganh.html"
	runLineCases(t, []lineCase{
		{"a date, a labelled view counter and a zoom widget under the headline", site, "2023-05-20",
			title + "Đăng ngày 20/05/2023\nLượt xem: 2187\n100%\n\n" + rest, want},
		{"the view counter alone under the headline", site, "2023-05-20",
			title + "Lượt xem: 2187\n\n" + rest, want},
		{"the zoom widget alone under the headline", site, "2023-05-20",
			title + "100%\n\n" + rest, want},
		{"near miss: no chrome at all reads the same", site, "2023-05-20",
			title + rest, want},
		{"near miss: a percentage with its words stays a figure", link, "2023-05-20",
			"Công đoàn ngành Y tế tỉnh Thái Bình tổng kết năm 2023\n\nNăm 2023, 100% công đoàn cơ sở tổ chức hội nghị người lao động.",
			[]string{"100 | percent | exact | total | achieved | year | 2023 | Công đoàn ngành Y tế | representation | Thái Bình"}},
	})
}

// TestSectorNameJoinedFixge19b: a sector's name with its parts joined by
// "&" or "và", one part written in full and the other abbreviated
// ("Nông nghiệp & PTNT", "Nông nghiệp và PTNT"), and a province's
// agriculture union named "Công đoàn ngành Nông nghiệp", are read whole,
// not cut at the first lower-case word. Every sentence is invented.
func TestSectorNameJoinedFixge19b(t *testing.T) {
	const link = "https://example.vn/tin-cong-doan-nganh.html"
	const body = "Năm 2024, Công đoàn ngành %s Hà Nam đã trao 25 suất quà cho đoàn viên khó khăn."
	cases := []struct{ name, written, org string }{
		{"the full first part and the abbreviated last one joined by &", "Nông nghiệp & PTNT", "Công đoàn ngành Nông nghiệp và Phát triển nông thôn"},
		{"joined by và", "Nông nghiệp và PTNT", "Công đoàn ngành Nông nghiệp và Phát triển nông thôn"},
		{"initials spaced around &", "NN & PTNT", "Công đoàn ngành Nông nghiệp và Phát triển nông thôn"},
		{"the agriculture union as it calls itself", "Nông nghiệp", "Công đoàn ngành Nông nghiệp"},
		{"a sector's initials joined by & spaced", "GD & ĐT", "Công đoàn ngành Giáo dục"},
		{"near miss: the full name stays the canonical one", "Nông nghiệp và Phát triển nông thôn", "Công đoàn ngành Nông nghiệp và Phát triển nông thôn"},
	}
	var tests []lineCase
	for _, c := range cases {
		text := "Công đoàn ngành chăm lo cho đoàn viên\n\n" + fmtSector(body, c.written)
		tests = append(tests, lineCase{c.name, link, "2024-12-20", text,
			[]string{"25 | gift | exact | total | achieved | year | 2024 | " + c.org + " | welfare | Hà Nam"}})
	}
	runLineCases(t, tests)
}

// fmtSector puts a sector's name into the one "%s" of body.
func fmtSector(body, name string) string {
	for i := 0; i+1 < len(body); i++ {
		if body[i] == '%' && body[i+1] == 's' {
			return body[:i] + name + body[i+2:]
		}
	}
	return body
}

// TestBrandUnionFixge19b: a firm's union known by the firm's brand,
// "Công đoàn" and one capitalised word of ASCII letters with two
// syllables' vowels ("Công đoàn Vinatrans"), is that firm's union
// (org_type khác) in the article's province, not an empty org, or the
// union whose full name the article gave it to in brackets, or the
// city's corporation whose brand direct.tsv lists ("Công đoàn Hapro");
// initials
// ("Công đoàn GTVT") and a bare country name are none. Every sentence is
// invented.
func TestBrandUnionFixge19b(t *testing.T) {
	runLineCases(t, []lineCase{
		{"a firm's union named by its brand, in a province's news", "https://baonamdinh.vn/tin-cong-doan-vinatrans.html", "2024-05-03",
			"Công đoàn Vinatrans phát động Tháng Công nhân năm 2024\n\nNgày 2/5, Công đoàn Vinatrans phát động Tháng Công nhân. Công đoàn Vinatrans phấn đấu 100% công đoàn cơ sở tuyên truyền phong trào thi đua.",
			[]string{"100 | percent | exact | total | planned | year | 2024 | Công đoàn Vinatrans | emulation | Nam Định"}},
		{"a brand given in brackets after the firm's union's full name names that union", "https://baonamdinh.vn/tin-cong-doan-vinatrans.html", "2024-05-03",
			"Công đoàn Vinatrans phát động Tháng Công nhân năm 2024\n\nNgày 2/5, Công đoàn Tổng Công ty Xe khách Nam Định (Vinatrans) phát động Tháng Công nhân. Công đoàn Vinatrans phấn đấu 100% công đoàn cơ sở tuyên truyền phong trào thi đua.",
			[]string{"100 | percent | exact | total | planned | year | 2024 | Công đoàn Tổng Công ty Xe khách Nam Định | emulation | Nam Định"}},
		{"a city corporation's brand names its direct union", "https://example.vn/tin-cong-doan-hapro.html", "2024-05-03",
			"Công đoàn Hapro phát động Tháng Công nhân năm 2024\n\nNgày 2/5, Công đoàn Hapro đã trao 40 suất quà cho công nhân khó khăn.",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Công đoàn Tổng Công ty Thương mại Hà Nội | welfare | Hà Nội"}},
		{"near miss: a bare country name written without its marks is no brand", "https://example.vn/tin-cong-doan.html", "2024-05-03",
			"Công đoàn ngành Y tế tỉnh Nam Định phát động Tháng Công nhân năm 2024\n\nNgày 2/5, Công đoàn ngành Y tế tỉnh Nam Định đã trao 30 suất quà cho đoàn viên, theo Công đoàn Vietnam.",
			[]string{"30 | gift | exact | total | achieved | year | 2024 | Công đoàn ngành Y tế | welfare | Nam Định"}},
	})
}

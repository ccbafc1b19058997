package extract

import "testing"

// TestCanonicalNamesFixnames19: a body the lexicons know (sectors.tsv's
// sector unions, national or a province's, bodies.tsv's national and zone
// bodies, direct.tsv's unions of the city, the conventions' province-level
// unions) comes out in the one spelling its list gives, whatever letter
// case, dashes or tone marks the article writes (NAMES19-1, probes GH and
// GE); a name no list holds keeps its own spelling. Every sentence is
// invented.
func TestCanonicalNamesFixnames19(t *testing.T) {
	const link = "https://example.vn/cong-doan-cham-lo-tet-cong-nhan.html"
	const textile = "Công đoàn Dệt may Việt Nam | welfare | Việt Nam"
	runLineCases(t, []lineCase{
		{"NAMES19-1 a national sector union written 'Dệt May' takes the list's 'Dệt may'", link, "2024-01-15",
			"Công đoàn Dệt May Việt Nam chăm lo Tết\n\nCông đoàn Dệt May Việt Nam đã trao 260 suất quà cho công nhân khó khăn.",
			[]string{"260 | gift | exact | total | achieved | year | 2024 | " + textile}},
		{"NAMES19-1 the same union written 'Dệt may' in another article is the same name", link, "2024-01-15",
			"Công đoàn Dệt may Việt Nam chăm lo Tết\n\nCông đoàn Dệt may Việt Nam đã trao 260 suất quà cho công nhân khó khăn.",
			[]string{"260 | gift | exact | total | achieved | year | 2024 | " + textile}},
		{"NAMES19-1 'Giao thông Vận tải Việt Nam' is the sector's union as sectors.tsv spells it", link, "2024-01-15",
			"Công đoàn Giao thông Vận tải Việt Nam chăm lo Tết\n\nCông đoàn Giao thông Vận tải Việt Nam đã trao 75 suất quà cho công nhân đường bộ.",
			[]string{"75 | gift | exact | total | achieved | year | 2024 | Công đoàn Giao thông vận tải Việt Nam | welfare | Việt Nam"}},
		{"NAMES19-1 a province's zones union written 'Khu Công nghiệp' is 'các Khu công nghiệp'", "https://baobacgiang.vn/cong-doan-cac-kcn-cham-lo-tet.html", "2024-01-15",
			"Công đoàn các Khu Công nghiệp tỉnh Bắc Giang chăm lo Tết\n\nCông đoàn các Khu Công nghiệp tỉnh Bắc Giang đã trao 410 suất quà cho công nhân.",
			[]string{"410 | gift | exact | total | achieved | year | 2024 | Công đoàn các Khu công nghiệp | welfare | Bắc Giang"}},
		{"NAMES19-1 near miss: a firm's union no list holds keeps its own spelling", "https://baobacgiang.vn/cong-doan-cong-ty-cham-lo-tet.html", "2024-01-15",
			"Công đoàn Công ty TNHH Dệt May Hòa Phong chăm lo Tết\n\nCông đoàn Công ty TNHH Dệt May Hòa Phong đã trao 90 suất quà cho công nhân.",
			[]string{"90 | gift | exact | total | achieved | year | 2024 | Công đoàn Công ty TNHH Dệt May Hòa Phong | welfare | Bắc Giang"}},
	})
	for _, tt := range []struct{ name, in, want string }{
		{"case", "Công đoàn Dệt May Việt Nam", "Công đoàn Dệt may Việt Nam"},
		{"sector of a province", "Công đoàn ngành Giao thông Vận tải", "Công đoàn ngành Giao thông vận tải"},
		{"dash and spaces", "Công đoàn Than–Khoáng sản  Việt Nam", "Công đoàn Than - Khoáng sản Việt Nam"},
		{"old tone placement", "Công đoàn Văn hoá, Thể thao và Du lịch Việt Nam", "Công đoàn Văn hóa, Thể thao và Du lịch Việt Nam"},
		{"a national body of bodies.tsv", "Công đoàn Công an Nhân dân", "Công đoàn Công an nhân dân"},
		{"a direct union of the city", "Công đoàn Tổng công ty Vận tải Hà Nội", "Công đoàn Tổng Công ty Vận tải Hà Nội"},
		{"the national federation", "Tổng Liên đoàn Lao động Việt nam", "Tổng Liên đoàn Lao động Việt Nam"},
		{"near miss: a firm's union", "Công đoàn Công ty TNHH Dệt May Hòa Phong", "Công đoàn Công ty TNHH Dệt May Hòa Phong"},
		{"near miss: a place", "Ba Đình", "Ba Đình"},
	} {
		if got := canonicalName(tt.in); got != tt.want {
			t.Errorf("NAMES19-1 %s: canonicalName(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestDirectCorporationsFixnames19: a union of the city's corporations
// (direct.tsv) is named by the city's own name ("Tổng Công ty Vận tải Hà
// Nội", its brand), not by the generic start of it ("Tổng Công ty Vận
// tải"), which any province's firm may begin with: a name going on after
// a generic spelling ("… Miền Trung", "… tỉnh A") is that body's own, and
// the short spelling names the city's union only in the city's article or
// one naming that union in full (NAMES19-2). Every sentence is invented.
func TestDirectCorporationsFixnames19(t *testing.T) {
	const hn = "https://laodongthudo.vn/cong-doan-tong-cong-ty-cham-lo-tet.html"
	const other = "https://example.vn/cong-doan-tong-cong-ty-cham-lo-tet.html"
	const gift = "50 | gift | exact | total | achieved | year | 2023 | "
	const transerco = gift + "Công đoàn Tổng Công ty Vận tải Hà Nội | welfare | Hà Nội"
	const drivers = "đã trao 50 suất quà cho công nhân lái xe khó khăn."
	runLineCases(t, []lineCase{
		{"NAMES19-2 another firm whose name goes on after the generic start, in the city's paper", hn, "2023-01-10",
			"Công đoàn Tổng Công ty Vận tải Miền Trung chăm lo Tết\n\nCông đoàn Tổng Công ty Vận tải Miền Trung " + drivers,
			[]string{gift + "Công đoàn Tổng Công ty Vận tải Miền Trung | welfare | Hà Nội"}},
		{"NAMES19-2 another firm whose name goes on, in an article of no province", other, "2023-01-10",
			"Công đoàn Tổng Công ty Vận tải Miền Trung chăm lo Tết\n\nCông đoàn Tổng Công ty Vận tải Miền Trung " + drivers,
			[]string{gift + "Công đoàn Tổng Công ty Vận tải Miền Trung | welfare | "}},
		{"NAMES19-2 a province's trading corporation in the city's paper", hn, "2023-01-10",
			"Công đoàn Tổng Công ty Thương mại Quảng Trị chăm lo Tết\n\nCông đoàn Tổng Công ty Thương mại Quảng Trị đã trao 50 suất quà cho công nhân.",
			[]string{gift + "Công đoàn Tổng Công ty Thương mại Quảng Trị | welfare | Quảng Trị"}},
		{"NAMES19-2 the bare generic name in an article of no province is no city union", other, "2023-01-10",
			"Chăm lo Tết cho công nhân lái xe\n\nCông đoàn Tổng Công ty Vận tải " + drivers,
			[]string{gift + "Công đoàn Tổng Công ty Vận tải | welfare | "}},
		{"NAMES19-2 the bare generic name in a province's article is that province's firm", other, "2023-01-10",
			"LĐLĐ tỉnh Nghệ An chăm lo Tết\n\nCông đoàn Tổng Công ty Vận tải " + drivers,
			[]string{gift + "Công đoàn Tổng Công ty Vận tải | welfare | Nghệ An"}},
		{"NAMES19-2 another province's zones union named in the city's paper", hn, "2023-01-10",
			"Chăm lo Tết cho công nhân\n\nCông đoàn các Khu công nghiệp và chế xuất tỉnh Đồng Nai đã trao 50 suất quà cho công nhân.",
			[]string{gift + "Công đoàn các Khu công nghiệp và chế xuất | welfare | Đồng Nai"}},
		{"NAMES19-2 near miss: the short name after the full one is the city's union", other, "2023-01-10",
			"Tổng Công ty Vận tải Hà Nội chăm lo Tết\n\nCông đoàn Tổng Công ty Vận tải " + drivers,
			[]string{transerco}},
		{"NAMES19-2 near miss: the short name in the city's article is the city's union", hn, "2023-01-10",
			"Chăm lo Tết cho công nhân lái xe\n\nCông đoàn Tổng Công ty Vận tải " + drivers,
			[]string{transerco}},
		{"NAMES19-2 near miss: the brand names the city's union", hn, "2023-01-10",
			"Công đoàn Transerco chăm lo Tết\n\nCông đoàn Transerco " + drivers,
			[]string{transerco}},
		{"NAMES19-2 near miss: the city's zones union named bare or with 'Thành phố'", hn, "2023-01-10",
			"Chăm lo Tết cho công nhân\n\nCông đoàn các Khu công nghiệp và chế xuất đã trao 50 suất quà cho công nhân. Công đoàn các Khu công nghiệp và chế xuất Thành phố đã trao 50 suất quà cho công nhân.",
			[]string{gift + "Công đoàn các Khu công nghiệp và chế xuất | welfare | Hà Nội", gift + "Công đoàn các Khu công nghiệp và chế xuất | welfare | Hà Nội"}},
	})
}

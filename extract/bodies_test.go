package extract

import "testing"

// TestNamedBodies: the organisation, its type and its province for bodies
// named by short names, bare in a province's news, or on a city's site.
func TestNamedBodies(t *testing.T) {
	tests := []struct {
		name, link, body   string
		org, typ, province string
	}{
		{"sector abbreviation before Việt Nam", "https://example.vn/a.html", "Công đoàn GTVT Việt Nam trao 40 suất quà cho công nhân.",
			"Công đoàn Giao thông vận tải Việt Nam", "khác", National},
		{"VN for Việt Nam", "https://example.vn/a.html", "CĐ Cao su VN trao 40 suất quà cho công nhân.",
			"Công đoàn Cao su Việt Nam", "khác", National},
		{"a national sector name spelt out takes the spelling of sectors.tsv", "https://example.vn/a.html", "Công đoàn Dệt May Việt Nam trao 40 suất quà cho công nhân.",
			"Công đoàn Dệt may Việt Nam", "khác", National},
		{"a firm's name ending with Việt Nam is the firm's union, no national body", "https://baobacninh.vn/a.html", "Công đoàn Công ty TNHH Điện tử Sao Mai Việt Nam trao 40 suất quà cho công nhân.",
			"Công đoàn Công ty TNHH Điện tử Sao Mai Việt Nam", "khác", "Bắc Ninh"},
		{"a bank's name ending with Việt Nam is no national body", "https://baobacninh.vn/a.html", "Công đoàn Ngân hàng TMCP Đông Phong Việt Nam trao 40 suất quà cho công nhân.",
			"", "", "Bắc Ninh"},
		{"police union", "https://example.vn/a.html", "Công đoàn CAND trao 40 suất quà cho cán bộ.",
			"Công đoàn Công an nhân dân", "khác", National},
		{"civil servants' union of a province", "https://example.vn/a.html", "Công đoàn Viên chức tỉnh Hà Nam trao 40 suất quà cho đoàn viên.",
			"Công đoàn Viên chức", "khác", "Hà Nam"},
		{"civil servants' union of the city", "https://nld.com.vn/a.htm", "Công đoàn Viên chức TP.HCM trao 40 suất quà cho đoàn viên.",
			"Công đoàn Viên chức", "khác", "Thành phố Hồ Chí Minh"},
		{"zones' union of a province", "https://example.vn/a.html", "Công đoàn các KCN tỉnh Bắc Ninh trao 40 suất quà cho công nhân.",
			"Công đoàn các Khu công nghiệp", "khác", "Bắc Ninh"},
		{"bare economic zone's union on a province's site", "https://baoquangtri.vn/a.html", "Công đoàn Khu kinh tế trao 40 suất quà cho công nhân.",
			"Công đoàn Khu kinh tế", "khác", "Quảng Trị"},
		{"economic zone with a name of its own", "https://baoquangtri.vn/a.html", "Công đoàn Khu kinh tế Nam Đông Hà trao 40 suất quà cho công nhân.",
			"Công đoàn Khu kinh tế Nam Đông Hà", "khác", "Quảng Trị"}, // its own body, not the bare zone union
		{"bare city federation on a city's site", "https://vinhyen.example.vn/a.html", "Liên đoàn Lao động thành phố trao 40 suất quà cho công nhân.",
			"Vĩnh Yên", "thành phố", "Vĩnh Phúc"},
		{"bare city federation on another site", "https://example.vn/a.html", "Liên đoàn Lao động thành phố trao 40 suất quà cho công nhân.",
			"", "", ""}, // no text says which city: not Hà Nội off the home paper (DL-1b)
		{"bare city federation on the home paper's site", "https://laodongthudo.vn/a.html", "Liên đoàn Lao động thành phố trao 40 suất quà cho công nhân.",
			City, "thành phố", City},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, notes := lineRecords(t, tt.link, "2022-03-10", "Trao quà cho người lao động\n\n"+tt.body)
			if len(recs) != 1 {
				t.Fatalf("got %d records, want 1 (notes %v)", len(recs), notes)
			}
			if r := recs[0]; r.Org != tt.org || r.OrgType != tt.typ || r.Province != tt.province {
				t.Errorf("got %q (%s) in %q, want %q (%s) in %q", r.Org, r.OrgType, r.Province, tt.org, tt.typ, tt.province)
			}
		})
	}
}

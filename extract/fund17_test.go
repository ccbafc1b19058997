package extract

import "testing"

// TestSharedWardPlacedByOtherPlaces: what probe EN of the seventeenth
// session found (PHENOMENA "EN FUND", EN17-3b): a ward's name that two
// provinces have stayed without a province although a mirror page's
// dateline below the lead ("Hanoi - …") names one of them. A district
// after its type word, which the article's province already gave, places
// it too. Near misses: no other place, a place of neither province, and a
// place's bare name without its type word leave it empty. Every sentence
// is invented.
func TestSharedWardPlacedByOtherPlaces(t *testing.T) {
	const link = "https://example.vn/tin-fund.html"
	const head = "Ngày hội Xuân ấm áp cho đoàn viên công đoàn\n\nChương trình Ngày hội Xuân ấm áp dành cho đoàn viên, người lao động Công ty Sao Mai được tổ chức với nhiều ý nghĩa.\n\n"
	runLineCases(t, []lineCase{
		{"a dateline below the lead places a shared ward", link, "2026-01-22",
			head + "Hanoi - Una jornada de primavera reúne a los obreros de la empresa.\n\nTại ngày hội, Ban Tổ chức trao quà Tết tới 210 người lao động có hoàn cảnh khó và 18 học sinh; chương trình có sự đồng hành, hỗ trợ của Công đoàn Dệt may Việt Nam, Công đoàn phường Việt Hưng.",
			[]string{"210 | person | exact | total | achieved | year | 2026 | Việt Hưng | welfare | Hà Nội",
				"18 | person | exact | total | achieved | year | 2026 | Việt Hưng | welfare | Hà Nội"}},
		{"a district after its type word places a shared ward", link, "2026-01-22",
			head + "Tại ngày hội, Ban Tổ chức trao quà Tết tới 210 người lao động có hoàn cảnh khó và 18 học sinh; chương trình có sự đồng hành, hỗ trợ của Công đoàn Dệt may Việt Nam, Công đoàn phường Việt Hưng.\n\nNhiều người lao động của công ty từng sống ở quận Long Biên cũ.",
			[]string{"210 | person | exact | total | achieved | year | 2026 | Việt Hưng | welfare | Hà Nội",
				"18 | person | exact | total | achieved | year | 2026 | Việt Hưng | welfare | Hà Nội"}},
		{"a district a gift goes to places a shared ward", link, "2026-01-22",
			head + "Tại ngày hội, Ban Tổ chức trao quà Tết tới 210 người lao động có hoàn cảnh khó; chương trình có sự đồng hành, hỗ trợ của Công đoàn phường Việt Hưng.\n\nBan Tổ chức cũng gửi quà về huyện Gia Lâm cũ.",
			[]string{"210 | person | exact | total | achieved | year | 2026 | Việt Hưng | welfare | Hà Nội"}},
		{"near miss: no other place leaves a shared ward without a province", link, "2026-01-22",
			head + "Tại ngày hội, Ban Tổ chức trao quà Tết tới 210 người lao động có hoàn cảnh khó; chương trình có sự đồng hành, hỗ trợ của Công đoàn phường Việt Hưng.",
			[]string{"210 | person | exact | total | achieved | year | 2026 | Việt Hưng | welfare | "}},
		{"near miss: a place of neither province leaves a shared ward without one", link, "2026-01-22",
			head + "Tại ngày hội, Ban Tổ chức trao quà Tết tới 210 người lao động có hoàn cảnh khó; chương trình có sự đồng hành, hỗ trợ của Công đoàn phường Việt Hưng.\n\nBan Tổ chức cũng gửi quà về tỉnh Gia Lai.",
			[]string{"210 | person | exact | total | achieved | year | 2026 | Việt Hưng | welfare | "}},
		{"near miss: a place's bare name in a school's is no evidence", link, "2026-01-22",
			head + "Tại ngày hội, Ban Tổ chức trao quà Tết tới 210 học sinh Trường Trung cấp nghề Long Biên; chương trình có sự đồng hành, hỗ trợ của Công đoàn phường Việt Hưng.",
			[]string{"210 | person | exact | total | achieved | year | 2026 | Việt Hưng | welfare | "}},
	})
}

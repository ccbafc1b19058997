package extract

import "testing"

// Tests of what probe GE of the nineteenth session left (PHENOMENA
// "GE19c"): a figure's category from its own clause before "thì", a span
// that names an award ending with its sentence, an agreement signed for a
// span dating its article at the span's start, and unions counted after
// "đại hội (xong)" as those that held their congress. Every sentence is
// invented.

// TestMainClauseAfterThiFixge19c: "thì" closes a fronted clause and opens
// the main one; a figure in the fronted clause takes its category from its
// own clause, not from a cue of the main clause after "thì", nor from the
// paragraph's recurrent cue that the main clause goes on about.
func TestMainClauseAfterThiFixge19c(t *testing.T) {
	const link = "https://example.vn/cong-doan-nganh-xay-dung.html"
	const title = "Công đoàn ngành Xây dựng Hà Nội hoàn thành đại hội cấp cơ sở\n\n"
	runLineCases(t, []lineCase{
		{"a share that held its congress, then thì and a cue of training", link, "2023-04-10",
			title + "Năm 2023, bên cạnh việc hướng dẫn 95% công đoàn cơ sở tổ chức đại hội, hội nghị thì công tác tuyên truyền cũng được Công đoàn ngành chú trọng.",
			[]string{"95 | percent | exact | total | achieved | year | 2023 | Công đoàn ngành Xây dựng | other | Hà Nội"}},
		{"the paragraph goes on about the main clause's training", link, "2023-04-10",
			title + "Năm 2023, ngoài việc chỉ đạo 88% công đoàn cơ sở tổ chức đại hội thì việc tuyên truyền cũng được đẩy mạnh. Trong đó, Công đoàn ngành chú trọng tuyên truyền về pháp luật lao động.",
			[]string{"88 | percent | exact | total | achieved | year | 2023 | Công đoàn ngành Xây dựng | other | Hà Nội"}},
		{"near miss: a figure after thì takes the main clause's cue", link, "2023-04-10",
			title + "Năm 2023, nếu năm trước chỉ có vài lớp thì năm nay Công đoàn ngành đã tổ chức 14 lớp tập huấn cho cán bộ công đoàn cơ sở.",
			[]string{"14 | event | exact | total | achieved | year | 2023 | Công đoàn ngành Xây dựng | training | Hà Nội"}},
		{"near miss: with no thì the clause's own cue still counts", link, "2023-04-10",
			title + "Năm 2023, Công đoàn ngành hướng dẫn 95% công đoàn cơ sở tổ chức tuyên truyền về an toàn giao thông.",
			[]string{"95 | percent | exact | total | achieved | year | 2023 | Công đoàn ngành Xây dựng | training | Hà Nội"}},
	})
}

// TestAwardNamedSpanFixge19c: "giai đoạn A – B" written in the name of an
// award given in its clause ("tặng bằng khen chuyên đề … giai đoạn 2020 –
// 2022 cho 2 tập thể") makes that award multi-year and ends with its
// sentence; the next sentence's awards are the year's. A span that fronts
// its sentence still governs the paragraph.
func TestAwardNamedSpanFixge19c(t *testing.T) {
	const link = "https://example.vn/cong-doan-nganh-y-te-lang-son.html"
	const title = "Công đoàn ngành Y tế tỉnh Lạng Sơn tổng kết năm 2022\n\n"
	runLineCases(t, []lineCase{
		{"a span in an award's name, then another body's annual award", link, "2022-12-20",
			title + "Dịp này, Công đoàn ngành Y tế tỉnh tặng bằng khen chuyên đề “Vì sức khỏe người lao động” giai đoạn 2020 – 2022 cho 2 tập thể, 3 cá nhân. Công đoàn ngành tặng cờ thi đua cho 4 đơn vị dẫn đầu.",
			[]string{"2 | collective | exact | total | achieved | multi_year | 2022 | Công đoàn ngành Y tế | emulation | Lạng Sơn",
				"3 | person | exact | total | achieved | multi_year | 2022 | Công đoàn ngành Y tế | emulation | Lạng Sơn",
				"4 | organization | exact | total | achieved | year | 2022 | Công đoàn ngành Y tế | emulation | Lạng Sơn"}},
		{"the same after a lead of its own", link, "2022-12-20",
			title + "Sáng 18/12, Công đoàn ngành Y tế tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2022.\n\nDịp này, Công đoàn ngành Y tế tỉnh tặng bằng khen chuyên đề “Vì sức khỏe người lao động” giai đoạn 2020 – 2022 cho 2 tập thể, 3 cá nhân. Công đoàn ngành tặng cờ thi đua cho 4 đơn vị dẫn đầu.",
			[]string{"2 | collective | exact | total | achieved | multi_year | 2022 | Công đoàn ngành Y tế | emulation | Lạng Sơn",
				"3 | person | exact | total | achieved | multi_year | 2022 | Công đoàn ngành Y tế | emulation | Lạng Sơn",
				"4 | organization | exact | total | achieved | year | 2022 | Công đoàn ngành Y tế | emulation | Lạng Sơn"}},
		{"near miss: a span fronting its sentence governs the paragraph", link, "2022-12-20",
			title + "Giai đoạn 2020 – 2022, Công đoàn ngành Y tế tỉnh kết nạp 640 đoàn viên. Các công đoàn cơ sở đã tổ chức 35 lớp tập huấn.",
			[]string{"640 | member | exact | total | achieved | multi_year | 2022 | Công đoàn ngành Y tế | membership | Lạng Sơn",
				"35 | event | exact | total | achieved | multi_year | 2022 | Công đoàn ngành Y tế | training | Lạng Sơn"}},
	})
}

// TestSignedSpanYearFixge19c: an undated article on an agreement signed
// for a span of years ("ký kết chương trình phối hợp giai đoạn 2025 –
// 2029") reports the signing, in the span's first year; a gift handed over
// at the signing is of that year, not of the span's last. A span reviewed
// still names its last year.
func TestSignedSpanYearFixge19c(t *testing.T) {
	const link = "https://example.vn/cong-doan-giao-duc-phoi-hop.html"
	runLineCases(t, []lineCase{
		{"a gift at the signing of a span's agreement", link, "",
			"Công đoàn ngành Giáo dục hai tỉnh phối hợp hoạt động\n\nCông đoàn ngành Giáo dục tỉnh Hà Nam vừa ký kết chương trình phối hợp hoạt động giai đoạn 2025 – 2029 với Công đoàn ngành Giáo dục tỉnh Ninh Bình.\n\nNhân dịp này, Công đoàn ngành Giáo dục tỉnh Hà Nam đã trao 20 triệu đồng cho một đoàn viên có hoàn cảnh khó khăn.",
			[]string{"20000000 | vnd | exact | total | achieved | year | 2025 | Công đoàn ngành Giáo dục | welfare | Hà Nam"}},
		{"near miss: a span reviewed names its last year", link, "",
			"Công đoàn ngành Giáo dục tỉnh Hà Nam tổng kết giai đoạn 2020 – 2024\n\nCông đoàn ngành Giáo dục tỉnh Hà Nam vừa tổng kết hoạt động giai đoạn 2020 – 2024.\n\nNhân dịp này, Công đoàn ngành Giáo dục tỉnh Hà Nam đã trao 20 triệu đồng cho một đoàn viên có hoàn cảnh khó khăn.",
			[]string{"20000000 | vnd | exact | total | achieved | year | 2024 | Công đoàn ngành Giáo dục | welfare | Hà Nam"}},
	})
}

// TestCongressHeldBeforeFixge19c: unions counted right after "đại hội"
// used as a verb ("chỉ đạo đại hội xong 41 công đoàn cơ sở") are those
// that held their congress: other, as congressHeld reads them with the
// verb after the count; unions founded stay membership.
func TestCongressHeldBeforeFixge19c(t *testing.T) {
	const link = "https://example.vn/cong-doan-vien-chuc-ha-nam.html"
	const title = "Công đoàn Viên chức tỉnh Hà Nam chỉ đạo đại hội cấp cơ sở\n\n"
	want := func(cat string) []string {
		return []string{"41 | union | exact | total | achieved | year | 2023 | Công đoàn Viên chức | " + cat + " | Hà Nam"}
	}
	runLineCases(t, []lineCase{
		{"đại hội xong before the count", link, "2023-05-20",
			title + "Tính đến ngày 15/5/2023, Công đoàn Viên chức tỉnh Hà Nam đã chỉ đạo đại hội xong 41 công đoàn cơ sở.", want("other")},
		{"đại hội before the count", link, "2023-05-20",
			title + "Tính đến ngày 15/5/2023, Công đoàn Viên chức tỉnh Hà Nam đã đại hội 41 công đoàn cơ sở.", want("other")},
		{"near miss: unions founded stay membership", link, "2023-05-20",
			title + "Tính đến ngày 15/5/2023, Công đoàn Viên chức tỉnh Hà Nam đã thành lập 41 công đoàn cơ sở.", want("membership")},
	})
}

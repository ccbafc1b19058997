package extract

import "testing"

// TestPupilResultsFixgf19b: what probe GF's second fixer (PHENOMENA
// "GF … nineteenth session", GF19b-1) found: a union's article on its
// members' children's school year tells how many children there are and
// how many did well, by grade; those counts are the children's results,
// not union work, and give no record. What the union gives them (an award,
// a scholarship, a gift), and the "Trong đó" breakdown of it, stays. Every
// sentence is invented.
func TestPupilResultsFixgf19b(t *testing.T) {
	const link = "https://example.vn/tin-gf19b.html"
	runLineCases(t, []lineCase{
		{"the children's numbers and results are no record; the award is", link, "2023-08-28",
			"LĐLĐ huyện Kim Thành khen thưởng học sinh giỏi\n\nSáng 26/8, LĐLĐ huyện Kim Thành tổ chức khen thưởng con đoàn viên đạt thành tích cao trong năm học 2022 - 2023.\n\nNăm học 2022 - 2023, huyện Kim Thành có 4.210 học sinh là con đoàn viên, người lao động đang theo học tại các trường. Trong đó, có 3.050 cháu đạt thành tích cao trong học tập, gồm: 9 cháu đạt giải quốc gia, 140 học sinh giỏi cấp tỉnh; 388 lượt học sinh giỏi cấp huyện và 1.720 học sinh tiên tiến. Có 35 cháu được công nhận học sinh giỏi cấp thành phố. Dịp này, LĐLĐ huyện Kim Thành đã trao thưởng cho 210 học sinh đạt giải cấp tỉnh trở lên.",
			[]string{"210 | person | exact | total | achieved | year | 2023 | Kim Thành | emulation | Hải Dương"}},
		{"near miss: what the union gives pupils, and the breakdown of it, stay", link, "2023-08-28",
			"LĐLĐ huyện Kim Thành khen thưởng học sinh giỏi\n\nTại buổi lễ, LĐLĐ huyện Kim Thành đã trao thưởng cho 64 cháu là con đoàn viên đạt thành tích cao trong năm học 2022 - 2023. Trong đó có 02 cháu đạt giải quốc gia và 62 cháu đạt giải cấp tỉnh. Dịp này, 30 em học sinh vượt khó học giỏi được nhận học bổng của Quỹ Tấm lòng vàng.",
			[]string{"64 | person | exact | total | achieved | year | 2023 | Kim Thành | emulation | Hải Dương",
				"2 | person | exact | total | achieved | year | 2023 | Kim Thành | welfare | Hải Dương",
				"62 | person | exact | total | achieved | year | 2023 | Kim Thành | welfare | Hải Dương",
				"30 | person | exact | total | achieved | year | 2023 | Kim Thành | welfare | Hải Dương"}},
		{"near miss: the gift's children by school, and trainees who passed a union course, stay", link, "2023-08-28",
			"LĐLĐ huyện Kim Thành tổng kết năm 2023\n\nNăm 2023, LĐLĐ huyện Kim Thành tặng quà cho 120 cháu là con đoàn viên có hoàn cảnh khó khăn. Trong đó, 45 cháu đang theo học bậc trung học cơ sở. LĐLĐ huyện mở 3 lớp tập huấn với 180 học viên đạt yêu cầu.",
			[]string{"120 | person | exact | total | achieved | year | 2023 | Kim Thành | welfare | Hải Dương",
				"45 | person | exact | total | achieved | year | 2023 | Kim Thành | welfare | Hải Dương",
				"3 | event | exact | total | achieved | year | 2023 | Kim Thành | training | Hải Dương",
				"180 | person | exact | total | achieved | year | 2023 | Kim Thành | training | Hải Dương"}},
	})
}

// TestCaptionRunFixgf19b: a short school page ends on a run of photo
// captions written without full stops (GF19b-2); the last of them, ending
// on a body's name with its number, was taken for a sentence cut off by
// the end of the text. The line before it, not cut (a line follows it),
// shows how the page writes captions. A last caption of such a run that
// ends mid-word, and a last line after body text, stay cut. Every sentence
// is invented.
func TestCaptionRunFixgf19b(t *testing.T) {
	const link = "https://example.vn/tin-gf19b-anh.html"
	const head = "Công đoàn trường Tiểu học Ánh Dương dự hội nghị tổng kết năm học\n\nChiều 17/9/2021, LĐLĐ quận 10 tổng kết phong trào công đoàn các trường học năm học 2020-2021. Dịp này, LĐLĐ quận 10 trao giấy khen cho 28 tập thể và 125 cá nhân.\n\n"
	runLineCases(t, []lineCase{
		{"the last of a run of captions ending on a body's number is no cut sentence", link, "",
			head + "Tập thể công đoàn trường được LĐLĐ quận tặng giấy khen\n\nCô Lê Thị Hồng được LĐLĐ quận tặng giấy khen\n\nVà 3 cá nhân khác của công đoàn trường được tặng giấy khen của LĐLĐ Quận 10",
			[]string{"28 | collective | exact | total | achieved | year | 2021 | Quận 10 | emulation | Thành phố Hồ Chí Minh",
				"125 | person | exact | total | achieved | year | 2021 | Quận 10 | emulation | Thành phố Hồ Chí Minh",
				"3 | person | exact | total | achieved | year | 2021 | Công đoàn trường Tiểu học Ánh Dương | emulation | Thành phố Hồ Chí Minh"}},
		{"near miss: a last caption of a run cut mid-word, and a last line after body text, stay cut", link, "",
			head + "Cô Lê Thị Hồng được LĐLĐ quận tặng giấy khen\n\nDịp này, LĐLĐ quận trao 20 phần quà (mỗi phần gồm 500.000 đồng tiê",
			[]string{"28 | collective | exact | total | achieved | year | 2021 | Quận 10 | emulation | Thành phố Hồ Chí Minh",
				"125 | person | exact | total | achieved | year | 2021 | Quận 10 | emulation | Thành phố Hồ Chí Minh"}},
		{"near miss: a last line after a body paragraph without a full stop stays cut", link, "",
			head + "Trong năm học 2020-2021, công đoàn trường hưởng ứng đầy đủ các phong trào thi đua của LĐLĐ quận, vận động đoàn viên đóng góp các quỹ và dự mọi hội thi của ngành giáo dục quận suốt năm học vừa qua, đạt nhiều kết quả tốt được cấp trên ghi nhận\n\nVà 3 cá nhân khác của công đoàn trường được tặng giấy khen của LĐLĐ Quận 10",
			[]string{"28 | collective | exact | total | achieved | year | 2021 | Quận 10 | emulation | Thành phố Hồ Chí Minh",
				"125 | person | exact | total | achieved | year | 2021 | Quận 10 | emulation | Thành phố Hồ Chí Minh"}},
	})
}

package extract

import "testing"

// TestYearsAndReviewsFixgb19b: what fixgb19 left of probe GB's years and
// periods (PHENOMENA "GB fixgb19b"): a year told in one person's story
// governing, or standing for, the union's figures (GB19b-1), and a review
// of the years just past ("Trong 5 năm qua, …") not reaching the
// paragraph after it that tells its results (GB19b-2). Each rule has a
// near miss. Every sentence is invented.
func TestYearsAndReviewsFixgb19b(t *testing.T) {
	const link = "https://example.gov.vn/tin-tuc/mai-am.html"
	const health = "Công đoàn ngành Y tế | welfare | Hà Nam"
	const civil = "Công đoàn Viên chức | emulation | Quảng Nam"
	const home = "Công đoàn ngành Y tế tỉnh Hà Nam trao Mái ấm Công đoàn năm 2022\n\nCông đoàn ngành Y tế tỉnh Hà Nam vừa trao Mái ấm Công đoàn cho đoàn viên khó khăn.\n\n"
	const review = "Công đoàn Viên chức tỉnh Quảng Nam biểu dương điển hình tiên tiến\n\n"
	runLineCases(t, []lineCase{
		{"GB19b-1 a year opening a member's story governs no figure after it", link, "",
			home + "Năm 2015, chị Nguyễn Thị Mai vào làm điều dưỡng tại Trạm y tế xã An Lạc. Công đoàn ngành Y tế tỉnh Hà Nam hỗ trợ chị 60 triệu đồng để làm nhà.",
			[]string{"60000000 | vnd | exact | total | achieved | year | 2022 | " + health}},
		{"GB19b-1 near miss: a year opening the body's own activity governs", link, "",
			home + "Năm 2021, Công đoàn ngành Y tế tỉnh Hà Nam đã khánh thành 3 Mái ấm Công đoàn. Mỗi căn được hỗ trợ 60 triệu đồng.",
			[]string{"3 | count | exact | total | achieved | year | 2021 | " + health,
				"60000000 | vnd | exact | per_unit | achieved | year | 2021 | " + health}},
		{"GB19b-1 the only year of an undated article's body in a recipient's past is not its year", link, "",
			"Trao Mái ấm Công đoàn cho điều dưỡng khó khăn\n\nCông đoàn ngành Y tế tỉnh Hà Nam vừa trao Mái ấm Công đoàn cho chị Nguyễn Thị Mai.\n\nTrước Tết năm 2015, căn nhà gỗ cấp 4 của chị bị sập do mưa bão.\n\nCông đoàn ngành Y tế tỉnh Hà Nam hỗ trợ chị 60 triệu đồng để kịp đón Tết Quý Mão.",
			[]string{"60000000 | vnd | exact | total | achieved | year | 2023 | " + health}},
		{"GB19b-1 near miss: the only year of the body, in the union's own sentence, is its year", link, "",
			"Trao Mái ấm Công đoàn cho điều dưỡng khó khăn\n\nCông đoàn ngành Y tế tỉnh Hà Nam vừa trao Mái ấm Công đoàn cho chị Nguyễn Thị Mai.\n\nNăm 2021, Công đoàn ngành Y tế tỉnh Hà Nam đã xét hỗ trợ chị 60 triệu đồng để kịp đón Tết Quý Mão.",
			[]string{"60000000 | vnd | exact | total | achieved | year | 2021 | " + health}},
		{"GB19b-2 a review of the years past reaches the paragraph that tells its results", link, "2020-10-15",
			review + "Trong 5 năm qua, Công đoàn Viên chức tỉnh cùng công đoàn cơ sở đã mở nhiều cuộc vận động thi đua trong cơ quan.\n\nVới nội dung phong phú, các phong trào đã đạt được kết quả đáng khích lệ với 1.300 sáng kiến, 240 đề tài được công nhận.",
			[]string{"1300 | initiative | exact | total | achieved | multi_year | 2020 | " + civil,
				"240 | initiative | exact | total | achieved | multi_year | 2020 | " + civil}},
		{"GB19b-2 near miss: a paragraph opening on a year of its own ends the review", link, "2020-10-15",
			review + "Trong 5 năm qua, Công đoàn Viên chức tỉnh cùng công đoàn cơ sở đã mở nhiều cuộc vận động thi đua trong cơ quan.\n\nNăm 2020, các phong trào đã đạt được kết quả đáng khích lệ với 1.300 sáng kiến, 240 đề tài được công nhận.",
			[]string{"1300 | initiative | exact | total | achieved | year | 2020 | " + civil,
				"240 | initiative | exact | total | achieved | year | 2020 | " + civil}},
		{"GB19b-2 near miss: the years past of a member's story open no review", link, "",
			home + "Nhiều năm qua, gia đình chị Mai phải sống trong căn nhà tạm, dột nát.\n\nCông đoàn ngành Y tế tỉnh Hà Nam đã hỗ trợ chị 60 triệu đồng để làm nhà.",
			[]string{"60000000 | vnd | exact | total | achieved | year | 2022 | " + health}},
	})
}

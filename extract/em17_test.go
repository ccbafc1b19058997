package extract

import "testing"

// TestCongressesAndReviews: what probe EM of the seventeenth session
// (PHENOMENA "EM", congresses and year-end or term reviews) found
// misread: a district name two provinces share (EM-5), a year that closes
// the figure's clause (EM-1), a term set off by a comma at a clause's end
// (EM-2), those a delegation voices (EM-6), grades of a standard (EM-7),
// the date of a past congress (EM-8) and the years of laws and documents
// on an undated page (EM-9). Each rule has a near miss. Every sentence is
// invented.
func TestCongressesAndReviews(t *testing.T) {
	const link = "https://example.vn/tin-em.html"
	runLineCases(t, []lineCase{
		{"a district a tỉnh and a city share, the article naming the tỉnh's bodies", link, "2024-01-12",
			"LĐLĐ huyện Phong Điền tổng kết năm 2023\n\nPhó Chủ tịch LĐLĐ tỉnh dự hội nghị của LĐLĐ huyện Phong Điền.\n\nLĐLĐ huyện Phong Điền đã trao bằng khen cho 6 tập thể có thành tích xuất sắc năm 2023.",
			[]string{"6 | collective | exact | total | achieved | year | 2023 | Phong Điền | emulation | Thừa Thiên Huế"}},
		{"near miss: no level named leaves the shared district without a province", link, "2024-01-12",
			"LĐLĐ huyện Phong Điền tổng kết năm 2023\n\nLĐLĐ huyện Phong Điền tổ chức hội nghị tổng kết.\n\nLĐLĐ huyện Phong Điền đã trao bằng khen cho 6 tập thể có thành tích xuất sắc năm 2023.",
			[]string{"6 | collective | exact | total | achieved | year | 2023 | Phong Điền | emulation | "}},
		{"near miss: the city named keeps its own district", link, "2024-01-12",
			"LĐLĐ huyện Phong Điền tổng kết năm 2023\n\nPhó Chủ tịch LĐLĐ thành phố Cần Thơ dự hội nghị của LĐLĐ huyện Phong Điền.\n\nLĐLĐ huyện Phong Điền đã trao bằng khen cho 6 tập thể có thành tích xuất sắc năm 2023.",
			[]string{"6 | collective | exact | total | achieved | year | 2023 | Phong Điền | emulation | Cần Thơ"}},
		{"a year closing the clause covers the whole list of counts", link, "2025-05-20",
			"LĐLĐ huyện Yên Thế biểu dương điển hình\n\nNgày 18/5/2025, LĐLĐ huyện Yên Thế tổ chức hội nghị biểu dương.\n\nNăm 2025, LĐLĐ huyện Yên Thế đã trao 150 suất quà cho đoàn viên. Hội nghị khen thưởng 8 tập thể và 14 cá nhân tiêu biểu trong học tập, rèn luyện, sáng tạo năm 2024.",
			[]string{"150 | gift | exact | total | achieved | year | 2025 | Yên Thế | welfare | Bắc Giang",
				"8 | collective | exact | total | achieved | year | 2024 | Yên Thế | emulation | Bắc Giang",
				"14 | person | exact | total | achieved | year | 2024 | Yên Thế | emulation | Bắc Giang"}},
		{"near miss: a count of its own before the year's count keeps the year governing", link, "2025-05-20",
			"LĐLĐ huyện Yên Thế biểu dương điển hình\n\nNgày 18/5/2025, LĐLĐ huyện Yên Thế tổ chức hội nghị biểu dương.\n\nNăm 2025, LĐLĐ huyện Yên Thế gặp mặt 30 đoàn viên đại diện cho 60 cá nhân được biểu dương năm 2024.",
			[]string{"30 | member | exact | total | achieved | year | 2025 | Yên Thế | emulation | Bắc Giang",
				"60 | person | exact | total | achieved | year | 2025 | Yên Thế | emulation | Bắc Giang"}},
		{"near miss: the year of a purpose after the figure is not its own", link, "2025-05-20",
			"LĐLĐ huyện Yên Thế biểu dương điển hình\n\nNgày 18/5/2025, LĐLĐ huyện Yên Thế tổ chức hội nghị biểu dương.\n\nNăm 2024, LĐLĐ huyện Yên Thế công nhận 3 đơn vị dẫn đầu phong trào thi đua để đề nghị tặng Cờ thi đua năm 2025.",
			[]string{"3 | organization | exact | total | achieved | year | 2024 | Yên Thế | emulation | Bắc Giang"}},
		{"a term set off by a comma at the clause's end covers its figures", link, "2025-06-10",
			"Đại hội Công đoàn huyện Yên Thế lần thứ IX\n\nNgày 9/6/2025, LĐLĐ huyện Yên Thế tổ chức lễ tuyên dương.\n\nLĐLĐ huyện Yên Thế tặng giấy khen 18 tập thể và 33 cá nhân vì thành tích trong công tác công đoàn, giai đoạn 2020-2025.",
			[]string{"18 | collective | exact | total | achieved | multi_year | 2025 | Yên Thế | emulation | Bắc Giang",
				"33 | person | exact | total | achieved | multi_year | 2025 | Yên Thế | emulation | Bắc Giang"}},
		{"near miss: a term that names the congress is its own", link, "2025-06-10",
			"Đại hội Công đoàn huyện Yên Thế lần thứ IX\n\nNgày 9/6/2025, LĐLĐ huyện Yên Thế tổ chức lễ tuyên dương.\n\nLĐLĐ huyện Yên Thế tặng hoa 45 đoàn viên tiêu biểu chào mừng Đại hội Công đoàn huyện lần thứ IX, nhiệm kỳ 2025-2030.",
			[]string{"45 | member | exact | total | achieved | year | 2025 | Yên Thế | emulation | Bắc Giang"}},
		{"those a delegation voices are a stock of members", link, "2023-10-05",
			"LĐLĐ tỉnh Bắc Giang gặp mặt đại biểu dự Đại hội\n\nNgày 4/10/2023, LĐLĐ tỉnh Bắc Giang gặp mặt đoàn đại biểu.\n\nCác đại biểu là gương mặt ưu tú, đại diện mang tâm tư, ý chí của hơn 60 nghìn đoàn viên toàn tỉnh đến Đại hội.",
			[]string{"60000 | member | more_than | total | achieved | snapshot | 2023 | Bắc Giang | membership | Bắc Giang"}},
		{"near miss: members a delegation brings no voice of are counted as before", link, "2023-10-05",
			"LĐLĐ tỉnh Bắc Giang gặp mặt đại biểu dự Đại hội\n\nNgày 4/10/2023, LĐLĐ tỉnh Bắc Giang gặp mặt đoàn đại biểu.\n\nCác đại biểu đã lắng nghe ý kiến của hơn 600 đoàn viên toàn tỉnh.",
			[]string{"600 | member | more_than | total | achieved | year | 2023 | Bắc Giang | membership | Bắc Giang"}},
		{"a grade of a standard is no figure", link, "2023-05-10",
			"Công đoàn trường Tiểu học Minh Tân hướng tới Đại hội\n\nCông đoàn trường Tiểu học Minh Tân kêu gọi đoàn viên thi đua chào mừng Đại hội Công đoàn huyện Yên Thế.\n\nĐoàn viên quyết tâm góp phần hoàn thành các tiêu chí xây dựng trường chuẩn Quốc gia Mức độ 3 vào năm 2024; công đoàn trường đã trao 12 suất quà cho đoàn viên.",
			[]string{"12 | gift | exact | total | achieved | year | 2024 | Công đoàn trường Tiểu học Minh Tân | welfare | Bắc Giang"}},
		{"near miss: a sum after a bare mức is a figure", link, "2023-05-10",
			"Công đoàn trường Tiểu học Minh Tân hướng tới Đại hội\n\nCông đoàn trường Tiểu học Minh Tân kêu gọi đoàn viên thi đua chào mừng Đại hội Công đoàn huyện Yên Thế.\n\nCông đoàn trường hỗ trợ đoàn viên ốm đau mức 2 triệu đồng.",
			[]string{"2000000 | vnd | exact | per_unit | achieved | year | 2023 | Công đoàn trường Tiểu học Minh Tân | welfare | Bắc Giang"}},
		{"the date of a past congress dates what is told of it after", link, "2023-09-10",
			"Đề cương tuyên truyền Đại hội Công đoàn tỉnh Bắc Giang lần thứ XI\n\nCông đoàn tỉnh Bắc Giang đã tổ chức 10 kỳ Đại hội.\n\nĐại hội lần thứ II của Công đoàn tỉnh Bắc Giang diễn ra tháng 5/1983 tại thị xã. Đại hội có 180 đại biểu chính thức.",
			[]string{"180 | person | exact | total | achieved | year | 1983 | Bắc Giang | other | Bắc Giang"}},
		{"near miss: the present ends a past congress's year", link, "2023-09-10",
			"Đề cương tuyên truyền Đại hội Công đoàn tỉnh Bắc Giang lần thứ XI\n\nCông đoàn tỉnh Bắc Giang đã tổ chức 10 kỳ Đại hội.\n\nĐại hội lần thứ II của Công đoàn tỉnh Bắc Giang diễn ra tháng 5/1983 tại thị xã. Hiện nay, Công đoàn tỉnh quản lý 1.200 CĐCS.",
			[]string{"1200 | union | exact | total | achieved | snapshot | 2023 | Bắc Giang | membership | Bắc Giang"}},
		{"an undated page: a law's and a document's years date nothing, the congress's term does", link, "",
			"Khai mạc Đại hội Công đoàn tỉnh Bắc Giang\n\nĐại hội diễn ra khi tỉnh đã qua 10 năm thực hiện Luật Công đoàn 2012 và Nghị quyết số 05-NQ/TU ngày 14-3-2021 của Tỉnh ủy.\n\nĐại hội Công đoàn tỉnh Bắc Giang đề ra mục tiêu của nhiệm kỳ 2023-2028. Trong số đại biểu, đại biểu nữ chiếm 41,5%.",
			[]string{"41.5 | percent | exact | total | achieved | year | 2023 | Bắc Giang | other | Bắc Giang"}},
		{"near miss: an undated page naming a year of its own keeps it", link, "",
			"Khai mạc Đại hội Công đoàn tỉnh Bắc Giang\n\nĐại hội diễn ra khi tỉnh đã qua 10 năm thực hiện Luật Công đoàn 2012.\n\nTrong năm 2022, Công đoàn tỉnh Bắc Giang đã kết nạp 3.500 đoàn viên, nhiệm vụ nhiệm kỳ 2023-2028 sẽ nặng nề hơn.",
			[]string{"3500 | member | exact | total | achieved | year | 2022 | Bắc Giang | membership | Bắc Giang"}},
	})
}

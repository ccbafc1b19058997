package extract

import "testing"

// TestBareProvinceBodies: what probe EG of the seventeenth session (PHENOMENA
// "EG") found misread: a province's body written with a bare "tỉnh" and no
// name, in an article that names its province only later or not at all,
// and a bare "Quỹ trợ vốn" that made such an article Hà Nội's. Each rule
// has a near miss. Every sentence is invented.
func TestBareProvinceBodies(t *testing.T) {
	const link = "https://example.vn/tin-1.html"
	runLineCases(t, []lineCase{
		{"a civil servants' union with a bare tỉnh takes the province named later", link, "2024-01-11",
			"Công đoàn Viên chức tỉnh tổng kết năm 2023\n\nSáng 10/1, Công đoàn Viên chức tỉnh tổ chức hội nghị tổng kết năm 2023.\n\nNăm qua, Công đoàn Viên chức tỉnh thăm hỏi 640 đoàn viên ốm đau với số tiền 270 triệu đồng. Công đoàn Viên chức tỉnh cũng giải ngân 900 triệu đồng cho 35 đoàn viên vay vốn từ Quỹ trợ vốn.\n\nNăm 2024, đơn vị thi đua chào mừng Đại hội Công đoàn tỉnh Quảng Bình.",
			[]string{"640 | member | exact | total | achieved | year | 2023 | Công đoàn Viên chức | welfare | Quảng Bình",
				"270000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Viên chức | welfare | Quảng Bình",
				"900000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Viên chức | finance | Quảng Bình",
				"35 | member | exact | total | achieved | year | 2023 | Công đoàn Viên chức | finance | Quảng Bình"}},
		{"near miss: no province named anywhere leaves it empty, never Hà Nội", link, "2024-01-11",
			"Công đoàn Viên chức tỉnh tổng kết năm 2023\n\nSáng 10/1, Công đoàn Viên chức tỉnh tổ chức hội nghị tổng kết năm 2023.\n\nNăm qua, Công đoàn Viên chức tỉnh thăm hỏi 640 đoàn viên ốm đau với số tiền 270 triệu đồng. Công đoàn Viên chức tỉnh cũng giải ngân 900 triệu đồng cho 35 đoàn viên vay vốn từ Quỹ trợ vốn.",
			[]string{"640 | member | exact | total | achieved | year | 2023 | Công đoàn Viên chức | welfare | ",
				"270000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Viên chức | welfare | ",
				"900000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Viên chức | finance | ",
				"35 | member | exact | total | achieved | year | 2023 | Công đoàn Viên chức | finance | "}},
		{"near miss: a bare loan fund in a province's article is the province's", link, "2024-01-11",
			"LĐLĐ tỉnh Quảng Bình tổng kết năm 2023\n\nSáng 10/1, LĐLĐ tỉnh Quảng Bình tổ chức hội nghị tổng kết năm 2023.\n\nNăm qua, Quỹ trợ vốn giải ngân 900 triệu đồng cho 35 đoàn viên vay vốn.",
			[]string{"900000000 | vnd | exact | total | achieved | year | 2023 | Quảng Bình | finance | Quảng Bình",
				"35 | member | exact | total | achieved | year | 2023 | Quảng Bình | finance | Quảng Bình"}},
	})
}

// TestFundDrivesAndOwnItems: a drive's share of its plan for a named fund
// is finance whatever the fund is for, and a share that opens an item of
// its own after ";" with a cue of other keeps it rather than the category
// of the count before (PHENOMENA "EG", EG-6). Each rule has a near miss.
// Every sentence is invented.
func TestFundDrivesAndOwnItems(t *testing.T) {
	const link = "https://example.vn/tin-2.html"
	const head = "Công đoàn Khu kinh tế tỉnh Quảng Ninh tổng kết năm 2023\n\n"
	runLineCases(t, []lineCase{
		{"a drive's share of plan for a named fund is finance", link, "2024-01-05",
			head + "Năm 2023, Công đoàn Khu kinh tế tỉnh Quảng Ninh đã vượt nhiều chỉ tiêu: phát triển đoàn viên đạt 130%; vận động ủng hộ Quỹ Mái ấm Công đoàn đạt 110%.",
			[]string{"130 | percent | exact | total | achieved | year | 2023 | Công đoàn Khu kinh tế | membership | Quảng Ninh",
				"110 | percent | exact | total | achieved | year | 2023 | Công đoàn Khu kinh tế | finance | Quảng Ninh"}},
		{"near miss: a share of houses built stays welfare", link, "2024-01-05",
			head + "Năm 2023, Công đoàn Khu kinh tế tỉnh Quảng Ninh đã vượt nhiều chỉ tiêu: phát triển đoàn viên đạt 130%; xây nhà Mái ấm Công đoàn đạt 110%.",
			[]string{"130 | percent | exact | total | achieved | year | 2023 | Công đoàn Khu kinh tế | membership | Quảng Ninh",
				"110 | percent | exact | total | achieved | year | 2023 | Công đoàn Khu kinh tế | welfare | Quảng Ninh"}},
		{"a share after a semicolon with a cue of other keeps it", link, "2024-01-05",
			head + "Năm 2024, Công đoàn Khu kinh tế tỉnh Quảng Ninh phấn đấu kết nạp ít nhất 3.000 đoàn viên, thành lập 12 CĐCS; 100% CĐCS đủ điều kiện thành lập ban nữ công quần chúng.",
			[]string{"3000 | member | at_least | total | planned | year | 2024 | Công đoàn Khu kinh tế | membership | Quảng Ninh",
				"12 | union | exact | total | planned | year | 2024 | Công đoàn Khu kinh tế | membership | Quảng Ninh",
				"100 | percent | exact | total | planned | year | 2024 | Công đoàn Khu kinh tế | other | Quảng Ninh"}},
		{"near miss: a share after a semicolon with no cue measures the count before", link, "2024-01-05",
			head + "Năm 2024, Công đoàn Khu kinh tế tỉnh Quảng Ninh phấn đấu kết nạp ít nhất 3.000 đoàn viên, thành lập 12 CĐCS; 90% CĐCS hoàn thành tốt nhiệm vụ.",
			[]string{"3000 | member | at_least | total | planned | year | 2024 | Công đoàn Khu kinh tế | membership | Quảng Ninh",
				"12 | union | exact | total | planned | year | 2024 | Công đoàn Khu kinh tế | membership | Quảng Ninh",
				"90 | percent | exact | total | planned | year | 2024 | Công đoàn Khu kinh tế | membership | Quảng Ninh"}},
	})
}

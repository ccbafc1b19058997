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

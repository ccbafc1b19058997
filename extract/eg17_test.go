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
			"Công đoàn Viên chức tỉnh tổng kết năm 2023\n\nNgày 12/1, Công đoàn Viên chức tỉnh tổng kết công tác năm 2023.\n\nNăm qua, Công đoàn Viên chức tỉnh thăm hỏi 640 đoàn viên ốm đau với số tiền 270 triệu đồng. Công đoàn Viên chức tỉnh cũng giải ngân 900 triệu đồng cho 35 đoàn viên vay vốn từ Quỹ trợ vốn.\n\nNăm 2024, đơn vị thi đua chào mừng Đại hội Công đoàn tỉnh Quảng Bình.",
			[]string{"640 | member | exact | total | achieved | year | 2023 | Công đoàn Viên chức | welfare | Quảng Bình",
				"270000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Viên chức | welfare | Quảng Bình",
				"900000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Viên chức | finance | Quảng Bình",
				"35 | member | exact | total | achieved | year | 2023 | Công đoàn Viên chức | finance | Quảng Bình"}},
		{"near miss: no province named anywhere leaves it empty, never Hà Nội", link, "2024-01-11",
			"Công đoàn Viên chức tỉnh tổng kết năm 2023\n\nNgày 12/1, Công đoàn Viên chức tỉnh tổng kết công tác năm 2023.\n\nNăm qua, Công đoàn Viên chức tỉnh thăm hỏi 640 đoàn viên ốm đau với số tiền 270 triệu đồng. Công đoàn Viên chức tỉnh cũng giải ngân 900 triệu đồng cho 35 đoàn viên vay vốn từ Quỹ trợ vốn.",
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

// TestSourcesPartsAndSupplies: a source named after "từ" before a figure
// is no actor of the next item (EG-7), every part listed after "trong đó"
// of a rate is a rate (EG-8), and pens counted with their classifier are
// goods (EG-9). Each rule has a near miss. Every sentence is invented.
func TestSourcesPartsAndSupplies(t *testing.T) {
	const link = "https://example.vn/tin-3.html"
	const visit = "Lãnh đạo tỉnh Hải Dương chúc Tết công nhân Tập đoàn Minh Phát\n\nNgày 20/1/2024, đoàn lãnh đạo Tỉnh ủy Hải Dương đến thăm, chúc Tết công nhân tại Tập đoàn Minh Phát (KCN Nam Sách). Tiếp đoàn có Ban Chấp hành Công đoàn Tập đoàn.\n\n"
	const gifts = "LĐLĐ thành phố Kon Tum trao quà Trung thu\n\nNăm 2023, LĐLĐ thành phố Kon Tum trao 180 suất quà cho con đoàn viên. "
	runLineCases(t, []lineCase{
		{"a source before the next item is no actor of it", link, "2024-01-21",
			visit + "Công đoàn Tập đoàn đã triển khai nhiều hoạt động: Tặng quà Tết cho toàn bộ công nhân (400.000 đồng/suất). Hỗ trợ 150 suất quà từ LĐLĐ tỉnh và 90 suất từ kinh phí công đoàn cơ sở cho công nhân có hoàn cảnh khó khăn.",
			[]string{"400000 | vnd | exact | per_unit | achieved | year | 2024 | Công đoàn Tập đoàn Minh Phát | welfare | Hải Dương",
				"150 | gift | exact | total | achieved | year | 2024 | Công đoàn Tập đoàn Minh Phát | welfare | Hải Dương",
				"90 | gift | exact | total | achieved | year | 2024 | Công đoàn Tập đoàn Minh Phát | welfare | Hải Dương"}},
		{"near miss: the federation that acts in the sentence keeps its figure", link, "2024-01-21",
			visit + "Công đoàn Tập đoàn đã triển khai nhiều hoạt động: Tặng quà Tết cho toàn bộ công nhân (400.000 đồng/suất). LĐLĐ tỉnh trao 150 suất quà cho công nhân có hoàn cảnh khó khăn.",
			[]string{"400000 | vnd | exact | per_unit | achieved | year | 2024 | Công đoàn Tập đoàn Minh Phát | welfare | Hải Dương",
				"150 | gift | exact | total | achieved | year | 2024 | Hải Dương | welfare | Hải Dương"}},
		{"every part of a rate after trong đó is a rate", link, "2023-09-28",
			gifts + "Mỗi suất quà trị giá 500 ngàn đồng, trong đó 350 ngàn tiền mặt và 150 ngàn tiền quà.",
			[]string{"180 | gift | exact | total | achieved | year | 2023 | Kon Tum | welfare | Kon Tum",
				"500000 | vnd | exact | per_unit | achieved | year | 2023 | Kon Tum | welfare | Kon Tum",
				"350000 | vnd | exact | per_unit | achieved | year | 2023 | Kon Tum | welfare | Kon Tum",
				"150000 | vnd | exact | per_unit | achieved | year | 2023 | Kon Tum | welfare | Kon Tum"}},
		{"near miss: a total after the parts stays a total", link, "2023-09-28",
			gifts + "Mỗi suất quà trị giá 500 ngàn đồng, trong đó 350 ngàn tiền mặt và tổng số tiền là 90 triệu đồng.",
			[]string{"180 | gift | exact | total | achieved | year | 2023 | Kon Tum | welfare | Kon Tum",
				"500000 | vnd | exact | per_unit | achieved | year | 2023 | Kon Tum | welfare | Kon Tum",
				"350000 | vnd | exact | per_unit | achieved | year | 2023 | Kon Tum | welfare | Kon Tum",
				"90000000 | vnd | exact | total | achieved | year | 2023 | Kon Tum | welfare | Kon Tum"}},
		{"pens counted with their classifier are goods", link, "2023-09-28",
			"LĐLĐ thành phố Kon Tum trao quà cho học sinh\n\nNăm 2023, LĐLĐ thành phố Kon Tum trao 3.500 quyển vở, 900 cây viết và 400 bút bi cho con đoàn viên.",
			[]string{"3500 | item | exact | total | achieved | year | 2023 | Kon Tum | welfare | Kon Tum",
				"900 | item | exact | total | achieved | year | 2023 | Kon Tum | welfare | Kon Tum",
				"400 | item | exact | total | achieved | year | 2023 | Kon Tum | welfare | Kon Tum"}},
		{"near miss: trees planted are counted", link, "2023-09-28",
			"LĐLĐ thành phố Kon Tum phát động Tết trồng cây\n\nNăm 2023, đoàn viên LĐLĐ thành phố Kon Tum đã trồng 300 cây xanh.",
			[]string{"300 | count | exact | total | achieved | year | 2023 | Kon Tum | other | Kon Tum"}},
	})
}

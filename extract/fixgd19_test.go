package extract

import "testing"

// TestTargetsBylinesAndHeadlinesGD19: what probe GD of the nineteenth
// session (PHENOMENA "GD") found misread: a count of the targets
// themselves took its status from the word "chỉ tiêu" instead of its
// clause's verb (GD-1); a paper's byline code after "phường, xã" in a
// headline run on into its lead read as a commune (GD-2); a state group's
// union named by the group's brand had no org (GD-3); a headline whose
// subject is a state leader praising union results, or one above a
// view-counter line, lost its figure (GD-5); a managed stock after a
// span told earlier in its paragraph read as the span's (GD-6); one of
// each of a list of goods "cho toàn thể" read as a total (GD-7). Each rule
// has a near miss. Every sentence is invented.
func TestTargetsBylinesAndHeadlinesGD19(t *testing.T) {
	const link = "https://example.vn/tin-gd.html"
	runLineCases(t, []lineCase{
		{"counts of targets by result are achieved, whatever chỉ tiêu before them", link, "2025-07-02",
			"LĐLĐ tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2025\n\nTrong 18 chỉ tiêu được giao, sau 6 tháng đầu năm 2025, LĐLĐ tỉnh Hà Tĩnh có 7 chỉ tiêu vượt, 6 chỉ tiêu hoàn thành 100%, 3 chỉ tiêu gần đạt và 2 chỉ tiêu đang triển khai.",
			[]string{"18 | count | exact | total | achieved | year | 2025 | Hà Tĩnh | other | Hà Tĩnh",
				"7 | count | exact | total | achieved | year | 2025 | Hà Tĩnh | other | Hà Tĩnh",
				"6 | count | exact | total | achieved | year | 2025 | Hà Tĩnh | other | Hà Tĩnh",
				"100 | percent | exact | total | achieved | year | 2025 | Hà Tĩnh | other | Hà Tĩnh",
				"3 | count | exact | total | achieved | year | 2025 | Hà Tĩnh | other | Hà Tĩnh",
				"2 | count | exact | total | achieved | year | 2025 | Hà Tĩnh | other | Hà Tĩnh"}},
		{"groups of targets striven for to the term's end are planned, to its last year", link, "2025-10-20",
			"Đại hội Công đoàn tỉnh Khánh Hòa nhiệm kỳ 2025 - 2030\n\nĐại hội Công đoàn tỉnh Khánh Hòa lần thứ I, nhiệm kỳ 2025 - 2030 thông qua phương hướng hoạt động.\n\nTrong 5 nhóm chỉ tiêu phấn đấu đến hết nhiệm kỳ, Đại hội đặt trọng tâm vào đổi mới phương thức hoạt động.",
			[]string{"5 | count | exact | total | planned | multi_year | 2030 | Khánh Hòa | other | Khánh Hòa"}},
		{"near miss: chỉ tiêu that introduces a target value still plans it", link, "2025-03-10",
			"LĐLĐ tỉnh Hà Tĩnh triển khai nhiệm vụ năm 2025\n\nNăm 2025, LĐLĐ tỉnh Hà Tĩnh được giao chỉ tiêu kết nạp 3.000 đoàn viên.",
			[]string{"3000 | member | exact | total | planned | year | 2025 | Hà Tĩnh | membership | Hà Tĩnh"}},
		{"a byline code after phường, xã in a run-on headline is no commune", link, "2025-07-03",
			"Huế thành lập 15 công đoàn phường, xã TTH - Ngày 2-7, Liên đoàn Lao động thành phố Huế tổ chức hội nghị công bố các quyết định thành lập công đoàn phường, xã.",
			[]string{"15 | union | exact | total | achieved | year | 2025 | Huế | membership | Huế"}},
		{"near miss: a commune the gazetteer does not know, named in lower case, stays a commune", link, "2025-09-03",
			"Công đoàn xã Quỳnh Bạch Vân trao quà\n\nCông đoàn xã Quỳnh Bạch Vân trao 20 suất quà cho đoàn viên khó khăn.",
			[]string{"20 | gift | exact | total | achieved | year | 2025 | Quỳnh Bạch Vân | welfare | "}},
		{"a state group's union named by its brand is a national body", link, "2025-11-05",
			"Công đoàn Petrovietnam chăm lo người lao động\n\nNăm 2025, Công đoàn Petrovietnam đã trao 300 suất quà cho người lao động khó khăn.",
			[]string{"300 | gift | exact | total | achieved | year | 2025 | Công đoàn Petrovietnam | welfare | Việt Nam"}},
		{"văn hóa as a quality names no event of culture", link, "2025-11-05",
			"Công đoàn Petrovietnam chăm lo người lao động\n\nNăm 2025, các hoạt động “Bữa cơm Công đoàn” cùng 20 tỉ đồng hỗ trợ người lao động vùng lũ của Công đoàn Petrovietnam đã lan tỏa văn hóa nghĩa tình.",
			[]string{"20000000000 | vnd | exact | total | achieved | year | 2025 | Công đoàn Petrovietnam | welfare | Việt Nam"}},
		{"a state leader praising union results in the headline keeps its figure", link, "2024-10-08",
			"Thủ tướng biểu dương hơn 4 triệu sáng kiến của công nhân\n\nSáng 7/10, Thủ tướng dự Hội nghị tổng kết phong trào thi đua do Tổng Liên đoàn Lao động Việt Nam tổ chức năm 2024.",
			[]string{"4000000 | initiative | more_than | total | achieved | year | 2024 | Tổng Liên đoàn Lao động Việt Nam | emulation | Việt Nam"}},
		{"near miss: a state body's own figure with no praise stays out", link, "2024-10-08",
			"UBND tỉnh Hà Tĩnh giải ngân vốn đầu tư\n\nNăm 2024, UBND tỉnh Hà Tĩnh đã giải ngân 3.000 tỷ đồng vốn đầu tư công. LĐLĐ tỉnh Hà Tĩnh trao 50 suất quà cho công nhân.",
			[]string{"50 | gift | exact | total | achieved | year | 2024 | Hà Tĩnh | welfare | Hà Tĩnh"}},
		{"a view-counter line is no title: the headline above it keeps its figure", link, "2024-06-11",
			"Thứ 3, 11/06/2024, 10:20[GMT+7]\n\nCông đoàn ngành Y tế tỉnh: Khen thưởng 42 đoàn viên tiêu biểu\n\nThứ 3, 11/06/2024 | 09:05:12\n1.208 lượt xem\nSáng 10/6, Công đoàn ngành Y tế tỉnh Hà Tĩnh tổ chức khen thưởng 42 đoàn viên tiêu biểu năm 2024.",
			[]string{"42 | member | exact | total | achieved | year | 2024 | Công đoàn ngành Y tế | emulation | Hà Tĩnh",
				"42 | member | exact | total | achieved | year | 2024 | Công đoàn ngành Y tế | emulation | Hà Tĩnh"}},
		{"a managed stock after a term told earlier in the paragraph is a snapshot", link, "2025-12-10",
			"Đại hội Công đoàn tỉnh Tuyên Quang lần thứ I\n\nTrong nhiệm kỳ qua, phong trào công nhân và hoạt động Công đoàn tỉnh Tuyên Quang phát triển rõ nét trên nhiều mặt. Trước khi hợp nhất, LĐLĐ tỉnh Tuyên Quang và tỉnh Hà Giang quản lý 1.850 công đoàn cơ sở với 126.000 đoàn viên.",
			[]string{"1850 | union | exact | total | achieved | snapshot | 2025 | Tuyên Quang | membership | Tuyên Quang",
				"126000 | member | exact | total | achieved | snapshot | 2025 | Tuyên Quang | membership | Tuyên Quang"}},
		{"near miss: what was done in the term stays the term's", link, "2025-12-10",
			"Đại hội Công đoàn tỉnh Tuyên Quang lần thứ I\n\nTrong nhiệm kỳ qua, hoạt động Công đoàn tỉnh Tuyên Quang có nhiều đổi mới. Công đoàn tỉnh đã kết nạp 20.000 đoàn viên.",
			[]string{"20000 | member | exact | total | achieved | multi_year | 2025 | Tuyên Quang | membership | Tuyên Quang"}},
		{"one of each of a list of goods for all workers is a rate per person", link, "2025-07-24",
			"Công đoàn công ty tặng quà công nhân\n\nNgày 24/7, Công đoàn Công ty TNHH Minh Long tặng quà gồm 1 ba lô, 1 mũ bảo hiểm cho toàn thể công nhân.",
			[]string{"1 | item | exact | per_unit | achieved | year | 2025 | Công đoàn Công ty TNHH Minh Long | welfare | ",
				"1 | item | exact | per_unit | achieved | year | 2025 | Công đoàn Công ty TNHH Minh Long | welfare | "}},
		{"near miss: many gifts for all workers are their total", link, "2025-07-24",
			"Công đoàn công ty tặng quà công nhân\n\nNgày 24/7, Công đoàn Công ty TNHH Minh Long tặng 500 mũ bảo hiểm cho toàn thể công nhân.",
			[]string{"500 | item | exact | total | achieved | year | 2025 | Công đoàn Công ty TNHH Minh Long | welfare | "}},
	})
}

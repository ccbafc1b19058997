package extract

import "testing"

// TestNationalBodiesEC17: what probe EC of the seventeenth session
// (national bodies, PHENOMENA "EC") found misread: a finance paper's
// economic ticker above the headline, the banking sector's national union
// (whose name holds a firm's word), the people a corporation "has" who
// then act, a companion per ticket and a ticket's directions, a quoted
// programme's name after a speech verb, and an innovation drive's
// products. Each rule has a near miss. Every sentence is invented.
// want lists the records as line renders them.
func TestNationalBodiesEC17(t *testing.T) {
	const bank = "https://example.vn/cong-doan/a-1.html"
	tests := []lineCase{
		{"an economic ticker above the headline is page chrome", bank, "",
			"Chỉ số kinh tế:\nNgày 3/4/2024, tỷ giá trung tâm là 24.010 đồng/USD; CPI tăng 0,3%; vốn FDI đăng ký 5,2 tỷ USD.\nxay-dung-cong-doan\n\nCông đoàn Xây dựng Việt Nam tổng kết năm 2022\n\nNgày 9/1, Công đoàn Xây dựng Việt Nam tổng kết công tác; năm qua đã mở 14 lớp tập huấn cho cán bộ công đoàn.",
			[]string{"14 | event | exact | total | achieved | year | 2022 | Công đoàn Xây dựng Việt Nam | training | Việt Nam"}},
		{"macro indicators in a union article name no union work", bank, "2024-04-05",
			"Công đoàn Xây dựng Việt Nam tổng kết năm 2023\n\nNgày 3/4, Công đoàn Xây dựng Việt Nam tổng kết công tác; năm qua đã mở 14 lớp tập huấn cho cán bộ công đoàn.\n\nTrong quý I, CPI tăng 0,3%, tỷ giá trung tâm là 24.010 đồng/USD và thu ngân sách đạt 480 nghìn tỷ đồng.",
			[]string{"14 | event | exact | total | achieved | year | 2023 | Công đoàn Xây dựng Việt Nam | training | Việt Nam"}},
		{"near miss: a union's own spending from the budget", bank, "2024-04-05",
			"Công đoàn Xây dựng Việt Nam tổng kết năm 2023\n\nNgày 3/4, Công đoàn Xây dựng Việt Nam tổng kết công tác; năm qua đã chi 12 tỷ đồng từ ngân sách công đoàn chăm lo cho đoàn viên.",
			[]string{"12000000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Xây dựng Việt Nam | welfare | Việt Nam"}},
		{"the banking sector's national union and its initials", bank, "2024-03-12",
			"Công đoàn Ngân hàng Việt Nam tổng kết năm 2023\n\nNgày 12/3, Công đoàn Ngân hàng Việt Nam (NHVN) tổng kết công tác năm 2023. Năm qua, Công đoàn NHVN đã mở 04 lớp tập huấn cho 260 cán bộ công đoàn.",
			[]string{"4 | event | exact | total | achieved | year | 2023 | Công đoàn Ngân hàng Việt Nam | training | Việt Nam",
				"260 | person | exact | total | achieved | year | 2023 | Công đoàn Ngân hàng Việt Nam | training | Việt Nam"}},
		{"near miss: a commercial bank's union is no national body", bank, "2024-03-12",
			"Công đoàn Ngân hàng TMCP An Phú Việt Nam trao quà\n\nNgày 9/3, Công đoàn Ngân hàng TMCP An Phú Việt Nam trao 80 suất quà cho đoàn viên.",
			[]string{"80 | gift | exact | total | achieved | year | 2024 |  | welfare | "}},
		{"a corporation's people who take part are counted with all the sentence's figures", bank, "2023-09-10",
			"Công đoàn Dầu khí Việt Nam tổng kết phong trào sáng kiến\n\nNgày 8/9, Công đoàn Dầu khí Việt Nam tổng kết phong trào sáng kiến năm 2023.\n\nToàn Tổng công ty có 430 người đăng ký tham gia phong trào với 120/100 sáng kiến, làm lợi 2 tỷ đồng.",
			[]string{"430 | person | exact | total | achieved | year | 2023 | Công đoàn Dầu khí Việt Nam | emulation | Việt Nam",
				"120/100 | initiative | exact | total | achieved | year | 2023 | Công đoàn Dầu khí Việt Nam | emulation | Việt Nam",
				"2000000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Dầu khí Việt Nam | emulation | Việt Nam"}},
		{"a corporation's delegates and the members they stand for", bank, "2025-11-30",
			"Đại hội Công đoàn Tổng công ty An Bình lần thứ V\n\nĐại hội Công đoàn Tổng công ty An Bình lần thứ V họp ngày 27/11/2025.\n\nVề phía Tổng công ty An Bình có đồng chí Trần Văn Bảo - Tổng Giám đốc; đồng chí Lê Văn Cường - Phó Bí thư Đảng ủy Tổng công ty cùng 160 đại biểu đại diện cho 9.400 đoàn viên trên toàn mạng lưới.",
			[]string{"160 | person | exact | total | achieved | year | 2025 | Công đoàn Tổng công ty An Bình | other | ",
				"9400 | member | exact | total | achieved | snapshot | 2025 | Công đoàn Tổng công ty An Bình | membership | "}},
		{"near miss: a corporation's bare workforce is its own", bank, "2023-09-10",
			"Công đoàn Dầu khí Việt Nam tổng kết phong trào sáng kiến\n\nNgày 8/9, Công đoàn Dầu khí Việt Nam tổng kết phong trào sáng kiến năm 2023 với 120 sáng kiến.\n\nToàn Tổng công ty có 5.000 lao động.",
			[]string{"120 | initiative | exact | total | achieved | year | 2023 | Công đoàn Dầu khí Việt Nam | emulation | Việt Nam"}},
		{"one companion per ticket and a ticket's directions are conditions", bank, "2024-12-20",
			"Công đoàn tặng vé xe cho công nhân về quê đón Tết\n\nNgày 18/12, LĐLĐ tỉnh Bình Dương tặng 60 vé xe (2 chiều) cho công nhân và 1 người nhà đi kèm.",
			[]string{"60 | item | exact | total | achieved | year | 2024 | Bình Dương | welfare | Bình Dương"}},
		{"near miss: companions counted in full stay", bank, "2024-12-20",
			"Công đoàn tặng vé xe cho công nhân về quê đón Tết\n\nNgày 18/12, LĐLĐ tỉnh Bình Dương tặng 60 vé xe cho công nhân và 45 người nhà đi kèm.",
			[]string{"60 | item | exact | total | achieved | year | 2024 | Bình Dương | welfare | Bình Dương",
				"45 | person | exact | total | achieved | year | 2024 | Bình Dương | welfare | Bình Dương"}},
		{"a quoted programme's name after a speech verb is no figure", bank, "2023-09-10",
			"Công đoàn Dầu khí Việt Nam tổng kết phong trào sáng kiến\n\nÔng Trần Văn Bảo khẳng định, “5 nghìn sáng kiến vì người lao động” là chương trình lớn của Công đoàn Dầu khí Việt Nam năm 2023, với 820 sáng kiến được công nhận.",
			[]string{"820 | initiative | exact | total | achieved | year | 2023 | Công đoàn Dầu khí Việt Nam | emulation | Việt Nam"}},
		{"near miss: a quoted figure that is said, not named", bank, "2023-09-10",
			"Công đoàn Dầu khí Việt Nam tổng kết phong trào sáng kiến\n\nÔng Trần Văn Bảo cho biết, “5 nghìn sáng kiến đã được Công đoàn Dầu khí Việt Nam công nhận” trong năm 2023.",
			[]string{"5000 | initiative | exact | total | achieved | year | 2023 | Công đoàn Dầu khí Việt Nam | emulation | Việt Nam"}},
		{"an innovation drive's products are emulation", bank, "2026-01-09",
			"Công đoàn Tập đoàn Y tổng kết phong trào năm 2025\n\nTrong năm 2025, Công đoàn Tập đoàn Y đạt 520 sản phẩm sáng tạo trong chương trình Đổi mới sáng tạo.",
			[]string{"520 | count | exact | total | achieved | year | 2025 | Công đoàn Tập đoàn Y | emulation | "}},
	}
	runLineCases(t, tests)
}

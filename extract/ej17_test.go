package extract

import "testing"

// TestLabourAdjacentNews: what probe EJ of the seventeenth session
// (precision on labour-adjacent news, PHENOMENA "EJ") found misread: a
// count of cases about wages dropped as a wage, a figure taken from one
// body inside a list of bodies instead of their head or common parent, a
// union's proposal of pay rises read as records, captions written as
// headlines that restate a planned sum read as results of the publication
// year, and a union's advice teams counted as things. Each rule has a near
// miss. Every sentence is invented. want lists the records as line
// renders them.
func TestLabourAdjacentNews(t *testing.T) {
	const (
		nl = "https://nld.com.vn/cong-doan/a-1.htm"
		ld = "https://laodong.vn/cong-doan/a-2.ldo"
		tn = "https://thanhnien.vn/a-3.htm"
	)
	tests := []lineCase{
		{"a count of cases about wages is a count", nl, "2021-01-05",
			"Tư vấn pháp luật cho 900 lượt công nhân\n\nTheo Trung tâm Tư vấn pháp luật Công đoàn (Liên đoàn Lao động tỉnh Bình Dương), năm 2020, trung tâm đã tư vấn cho 900 lượt công nhân. Trung tâm cũng đứng ra đại diện cho công nhân ở 57 vụ án tranh chấp về lương những ngày nghỉ chờ việc và bị cho thôi việc trái luật. Văn phòng còn xử lý 31 trường hợp khiếu nại về lương, thưởng.",
			[]string{"900 | person | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương",
				"900 | person | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương",
				"57 | count | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương",
				"31 | count | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương"}},
		{"near miss: a wage itself stays out", nl, "2021-01-05",
			"Tư vấn pháp luật cho 900 lượt công nhân\n\nTheo Trung tâm Tư vấn pháp luật Công đoàn (Liên đoàn Lao động tỉnh Bình Dương), năm 2020, trung tâm đã tư vấn cho 900 lượt công nhân. Tiền lương bình quân của công nhân là 7,2 triệu đồng/tháng.",
			[]string{"900 | person | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương",
				"900 | person | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương"}},
		{"a centre and the teams attached to the districts' federations are the city's", nl, "2023-12-05",
			"Hôm 6-12, ông Lê Minh Quang, Giám đốc Trung tâm Tư vấn pháp luật (TVPL) - LĐLĐ TP HCM, thông tin năm 2023 trung tâm cùng 15 tổ TVPL đặt tại LĐLĐ các quận, huyện, Công đoàn các KCX-KCN và vài Công đoàn ngành đã tổ chức 4.200 buổi tuyên truyền pháp luật cho hơn 90.000 lượt người lao động.",
			[]string{"15 | organization | exact | total | achieved | year | 2023 | Thành phố Hồ Chí Minh | representation | Thành phố Hồ Chí Minh",
				"4200 | event | exact | total | achieved | year | 2023 | Thành phố Hồ Chí Minh | training | Thành phố Hồ Chí Minh",
				"90000 | person | more_than | total | achieved | year | 2023 | Thành phố Hồ Chí Minh | training | Thành phố Hồ Chí Minh"}},
		{"near miss: the zones' union acting alone keeps its figure", nl, "2023-12-05",
			"Hôm 6-12, ông Lê Minh Quang, Giám đốc Trung tâm Tư vấn pháp luật (TVPL) - LĐLĐ TP HCM, thông tin năm 2023 trung tâm đã tư vấn cho 2.300 trường hợp. Công đoàn các KCX-KCN đã tổ chức 420 buổi tuyên truyền pháp luật.",
			[]string{"2300 | count | exact | total | achieved | year | 2023 | Thành phố Hồ Chí Minh | representation | Thành phố Hồ Chí Minh",
				"420 | event | exact | total | achieved | year | 2023 | Công đoàn các Khu chế xuất và công nghiệp | training | Thành phố Hồ Chí Minh"}},
		{"offices of several districts' federations report one total: the province's", nl, "2021-01-05",
			"Tư vấn pháp luật cho 900 lượt công nhân\n\nTheo Trung tâm Tư vấn pháp luật Công đoàn (Liên đoàn Lao động tỉnh Bình Dương), năm 2020, trung tâm đã tư vấn cho 900 lượt công nhân.\n\nBên cạnh đó, các văn phòng tư vấn pháp luật đặt ở Liên đoàn Lao động H.Phú Giáo, H.Bàu Bàng, TP.Thuận An đã tiếp 310 lượt đoàn viên tới hỏi; trả lời 240 cuộc điện thoại.",
			[]string{"900 | person | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương",
				"900 | person | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương",
				"310 | member | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương",
				"240 | event | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương"}},
		{"near miss: districts each with a figure keep their own", nl, "2021-01-05",
			"Tư vấn pháp luật cho 900 lượt công nhân\n\nTheo Trung tâm Tư vấn pháp luật Công đoàn (Liên đoàn Lao động tỉnh Bình Dương), năm 2020, trung tâm đã tư vấn cho 900 lượt công nhân.\n\nNgoài ra, Liên đoàn Lao động huyện Bàu Bàng đã tiếp 120 lượt đoàn viên, Liên đoàn Lao động huyện Phú Giáo tiếp 80 lượt đoàn viên.",
			[]string{"900 | person | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương",
				"900 | person | exact | total | achieved | year | 2020 | Bình Dương | representation | Bình Dương",
				"120 | member | exact | total | achieved | year | 2020 | Bàu Bàng | membership | Bình Dương",
				"80 | member | exact | total | achieved | year | 2020 | Phú Giáo | membership | Bình Dương"}},
		{"a union's proposal of pay rises gives no pay figures", ld, "2026-07-10",
			"Công đoàn đề xuất tăng lương tối thiểu vùng năm 2027\n\nTổng LĐLĐ Việt Nam vừa gửi Hội đồng Tiền lương Quốc gia đề xuất tăng lương tối thiểu vùng năm 2027.\n- Phương án 1: tăng 310.000 - 450.000 đồng/tháng.\n- Phương án 2: tăng 280.000 - 400.000 nghìn đồng/tháng.\nVới các phương án này, lương tối thiểu vùng sẽ tăng 7 - 8,5%.\nNăm 2026, Tổng LĐLĐ Việt Nam đã tổ chức 45 cuộc đối thoại về tiền lương.",
			[]string{"45 | event | exact | total | achieved | year | 2026 | Tổng Liên đoàn Lao động Việt Nam | representation | Việt Nam"}},
		{"near miss: a union raises its own monthly aid", ld, "2026-07-10",
			"LĐLĐ tỉnh Nghệ An tăng mức hỗ trợ đoàn viên\n\nNăm nay, LĐLĐ tỉnh Nghệ An tăng 300.000 đồng/tháng cho mỗi đoàn viên mắc bệnh hiểm nghèo.",
			[]string{"300000 | vnd | exact | per_unit | achieved | year | 2026 | Nghệ An | welfare | Nghệ An"}},
		{"captions written as headlines restate a planned sum, of the programme's Tết", tn, "2026-12-10",
			"Dành 3 tỉ đồng chăm lo Tết cho công nhân\n\nNhân dịp Tết Nguyên đán Đinh Mùi 2027, LĐLĐ tỉnh Nghệ An tiếp tục tổ chức chương trình \"Tết sum vầy\" cho công nhân.\n\nChương trình Tết sum vầy dành 3 tỉ đồng chăm lo cho công nhân - Ảnh 1.\n\nLĐLĐ tỉnh Nghệ An dành 3 tỉ đồng lo Tết cho công nhân khó khăn\n\nẢNH: LÊ HOA\n\nTheo đó, LĐLĐ tỉnh sẽ hỗ trợ 7.500 đoàn viên (400.000 đồng/người); tổng kinh phí là 3 tỉ đồng.",
			[]string{"3000000000 | vnd | exact | total | planned | year | 2027 | Nghệ An | welfare | Nghệ An",
				"3000000000 | vnd | exact | total | planned | year | 2027 | Nghệ An | welfare | Nghệ An",
				"3000000000 | vnd | exact | total | planned | year | 2027 | Nghệ An | welfare | Nghệ An",
				"7500 | member | exact | total | planned | year | 2027 | Nghệ An | welfare | Nghệ An",
				"400000 | vnd | exact | per_unit | planned | year | 2027 | Nghệ An | welfare | Nghệ An",
				"3000000000 | vnd | exact | total | planned | year | 2027 | Nghệ An | welfare | Nghệ An"}},
		{"near miss: a caption written as a sentence keeps its own status", tn, "2026-12-10",
			"Chăm lo Tết cho công nhân\n\nNhân dịp Tết Nguyên đán Đinh Mùi 2027, LĐLĐ tỉnh Nghệ An tiếp tục tổ chức chương trình \"Tết sum vầy\" cho công nhân.\n\nTheo đó, LĐLĐ tỉnh sẽ trao 120 suất quà cho công nhân khó khăn tại các khu công nghiệp.\n\nLĐLĐ tỉnh Nghệ An đã trao 120 suất quà cho công nhân.\n\nẢNH: LÊ HOA\n\nChương trình kéo dài đến hết tháng Chạp.",
			[]string{"120 | gift | exact | total | planned | year | 2027 | Nghệ An | welfare | Nghệ An",
				"120 | gift | exact | total | achieved | year | 2027 | Nghệ An | welfare | Nghệ An"}},
		{"near miss: a headline under a photo naming another year", tn, "2024-01-12",
			"Tổng kết công tác công đoàn năm 2023\n\nNgày 10-1, LĐLĐ tỉnh Nghệ An tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024.\n\nNăm 2023 LĐLĐ tỉnh Nghệ An kết nạp 10.000 đoàn viên - Ảnh 1.\n\nNăm 2023 LĐLĐ tỉnh Nghệ An kết nạp 10.000 đoàn viên\n\nẢNH: LÊ HOA\n\nNăm 2024, LĐLĐ tỉnh đặt chỉ tiêu kết nạp 10.000 đoàn viên.",
			[]string{"10000 | member | exact | total | achieved | year | 2023 | Nghệ An | membership | Nghệ An",
				"10000 | member | exact | total | achieved | year | 2023 | Nghệ An | membership | Nghệ An",
				"10000 | member | exact | total | planned | year | 2024 | Nghệ An | membership | Nghệ An"}},
		{"a union's advice teams are organisations", nl, "2023-12-05",
			"LĐLĐ tỉnh Bình Dương tư vấn pháp luật\n\nNăm 2023, LĐLĐ tỉnh Bình Dương thành lập thêm 6 tổ tư vấn pháp luật tại các khu công nghiệp.",
			[]string{"6 | organization | exact | total | achieved | year | 2023 | Bình Dương | other | Bình Dương"}},
	}
	runLineCases(t, tests)
}

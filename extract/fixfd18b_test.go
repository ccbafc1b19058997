package extract

import "testing"

// TestGroupTargetsSubUnitsAndDrives: what probe FD of the eighteenth
// session left after fixfd18 (PHENOMENA "FD … second pass"): a group-wide
// target given to the subsidiary that takes it up (FD18b-1d), a
// sub-unit's people honoured at an event its parent holds given to the
// parent (FD18b-1b), the capital abbreviated "TP HN" (FD18b-tphn), and
// the category a programme noun sets: a fund-raising drive's counts and
// levies, an emulation drive's works (FD18b-3). Each rule has a near
// miss. Every sentence is invented.
func TestGroupTargetsSubUnitsAndDrives(t *testing.T) {
	const link = "https://example.vn/tin-fd-b.html"
	runLineCases(t, []lineCase{
		{"a target set for the whole group is its national union's", link, "2023-06-02",
			"Thưởng nóng hoàn thành giai đoạn 1 kế hoạch 8.000 sáng kiến\n\nSáng 1/6/2023, Chủ tịch Công đoàn Cấp nước Việt Nam làm việc với Công đoàn Tổng công ty Cấp nước Phương Nam.\n\nCông đoàn Tổng công ty Cấp nước Phương Nam đã ban hành kế hoạch với chỉ tiêu phấn đấu đạt 8.000 sáng kiến trong Tập đoàn Cấp nước Quốc gia năm 2023.\n\nCông đoàn Tổng công ty cũng cam kết thực hiện 450 sáng kiến.",
			[]string{"8000 | initiative | exact | total | planned | year | 2023 | Công đoàn Cấp nước Việt Nam | emulation | Việt Nam",
				"8000 | initiative | exact | total | planned | year | 2023 | Công đoàn Cấp nước Việt Nam | emulation | Việt Nam",
				"450 | initiative | exact | total | planned | year | 2023 | Công đoàn Tổng công ty Cấp nước Phương Nam | emulation | Việt Nam"}},
		{"near miss: a subsidiary's own target stays its own", link, "2023-06-02",
			"Công đoàn Tổng công ty Cấp nước Phương Nam phát động thi đua\n\nSáng 1/6/2023, Chủ tịch Công đoàn Cấp nước Việt Nam làm việc với Công đoàn Tổng công ty Cấp nước Phương Nam.\n\nCông đoàn Tổng công ty Cấp nước Phương Nam đã ban hành kế hoạch với chỉ tiêu phấn đấu đạt 800 sáng kiến trong Tổng công ty năm 2023.",
			[]string{"800 | initiative | exact | total | planned | year | 2023 | Công đoàn Tổng công ty Cấp nước Phương Nam | emulation | Việt Nam"}},
		{"a sub-unit's people honoured at its parent's event are the sub-unit's", link, "2023-07-22",
			"Công đoàn Tổng công ty Cấp nước TP HCM sơ kết 6 tháng\n\nNgày 20/7/2023, Công đoàn Tổng công ty Cấp nước TP HCM tổ chức hội nghị sơ kết.\n\nQua các phong trào thi đua, bên cạnh 4 cá nhân được tuyên dương danh hiệu \"Thợ trẻ giỏi\" do Trung ương Đoàn tổ chức, Tổng công ty còn có nhiều cá nhân sẽ được tuyên dương \"An toàn tiêu biểu\" năm 2023 do Công đoàn Cấp nước Việt Nam tổ chức.",
			[]string{"4 | person | exact | total | achieved | year | 2023 | Công đoàn Tổng công ty Cấp nước Thành phố Hồ Chí Minh | emulation | Thành phố Hồ Chí Minh"}},
		{"near miss: the holder of an event whose sentence names no sub-unit gives", link, "2023-07-22",
			"Công đoàn Tổng công ty Cấp nước TP HCM sơ kết 6 tháng\n\nNgày 20/7/2023, Công đoàn Tổng công ty Cấp nước TP HCM tổ chức hội nghị sơ kết.\n\nTrong dịp này, 5 cá nhân được tuyên dương \"An toàn tiêu biểu\" năm 2023 do Công đoàn Cấp nước Việt Nam tổ chức.",
			[]string{"5 | person | exact | total | achieved | year | 2023 | Công đoàn Cấp nước Việt Nam | emulation | Việt Nam"}},
		{"the capital abbreviated TP HN is Hà Nội", link, "2024-03-20",
			"Công nhân được tặng quà\n\nNgày 5/3, LĐLĐ TP HN đã tặng 40 suất quà cho công nhân. LĐLĐ TP. HN cũng trao 15 suất quà. Công đoàn Công ty Nước sạch TP HN trao 12 suất quà.",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Hà Nội | welfare | Hà Nội",
				"15 | gift | exact | total | achieved | year | 2024 | Hà Nội | welfare | Hà Nội",
				"12 | gift | exact | total | achieved | year | 2024 | Công đoàn Công ty Nước sạch Thành phố Hà Nội | welfare | Hà Nội"}},
		{"near miss: a bare HN is no place", link, "2024-03-20",
			"Công nhân được tặng quà\n\nNgày 5/3, Công đoàn Công ty Nước sạch Phương Nam tổ chức HN người lao động và trao 12 suất quà.",
			[]string{"12 | gift | exact | total | achieved | year | 2024 | Công đoàn Công ty Nước sạch Phương Nam | welfare | "}},
		{"what a fund-raising drive counts is finance, those it helps welfare", link, "2021-08-10",
			"Công đoàn Dệt may Việt Nam phát động dự án vì tuyến đầu\n\nCông đoàn Dệt may Việt Nam đặt mục tiêu thu hút 2 triệu người dùng; 500 doanh nghiệp, tổ chức tham gia; tiêu thụ 3 triệu khẩu trang, qua đó gây quỹ hỗ trợ 800 trường hợp nhân viên y tế khó khăn.\n\nCác đơn vị sản xuất cũng cam kết trích 2.000 đồng/chiếc khẩu trang vải, 200 đồng/chiếc khẩu trang y tế được bán ra.",
			[]string{"2000000 | person | exact | total | planned | year | 2021 | Công đoàn Dệt may Việt Nam | finance | Việt Nam",
				"500 | organization | exact | total | planned | year | 2021 | Công đoàn Dệt may Việt Nam | finance | Việt Nam",
				"3000000 | item | exact | total | planned | year | 2021 | Công đoàn Dệt may Việt Nam | finance | Việt Nam",
				"800 | count | exact | total | planned | year | 2021 | Công đoàn Dệt may Việt Nam | welfare | Việt Nam",
				"2000 | vnd | exact | per_unit | planned | year | 2021 | Công đoàn Dệt may Việt Nam | finance | Việt Nam",
				"200 | vnd | exact | per_unit | planned | year | 2021 | Công đoàn Dệt may Việt Nam | finance | Việt Nam"}},
		{"near miss: a gift's value after a sum drawn from a fund stays welfare", link, "2021-08-10",
			"Công đoàn Dệt may Việt Nam thăm công nhân\n\nCông đoàn Dệt may Việt Nam trích 50 triệu đồng từ quỹ tặng 100 suất quà, mỗi suất 500.000 đồng/suất.",
			[]string{"50000000 | vnd | exact | total | achieved | year | 2021 | Công đoàn Dệt may Việt Nam | welfare | Việt Nam",
				"100 | gift | exact | total | achieved | year | 2021 | Công đoàn Dệt may Việt Nam | welfare | Việt Nam",
				"500000 | vnd | exact | per_unit | achieved | year | 2021 | Công đoàn Dệt may Việt Nam | welfare | Việt Nam"}},
		{"the works of an emulation drive are emulation", link, "2016-01-10",
			"Công đoàn Viên chức tỉnh Tây Ninh tổng kết năm 2015\n\nQua phát động thi đua, đã có 35 CĐCS thực hiện 84 công trình, hướng vào các chương trình trọng tâm của Nghị quyết Đại hội Đảng bộ tỉnh như “Một cửa liên thông” (Sở Tư pháp).",
			[]string{"35 | union | exact | total | achieved | year | 2015 | Công đoàn Viên chức | emulation | Tây Ninh",
				"84 | count | exact | total | achieved | year | 2015 | Công đoàn Viên chức | emulation | Tây Ninh"}},
		{"near miss: works built with no emulation drive keep their own category", link, "2016-01-10",
			"Công đoàn Viên chức tỉnh Tây Ninh tổng kết năm 2015\n\nNăm 2015, Công đoàn Viên chức tỉnh bàn giao 3 công trình nhà ở cho đoàn viên khó khăn.",
			[]string{"3 | count | exact | total | achieved | year | 2015 | Công đoàn Viên chức | welfare | Tây Ninh"}},
	})
}

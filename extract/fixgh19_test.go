package extract

import "testing"

// TestNationalBodiesFixgh19: what probe GH (national and sector-wide union
// bodies, nineteenth session) found wrong (PHENOMENA "GH"): a place a
// union's delegation goes to taken for the article's body (GH19-1); a
// range each recipient or each gift gets, and a bound after ";" of a
// "Mỗi …" rate, read as totals (GH19-2); an item after ";" that leaves
// its noun out lost (GH19-3); a worker's own purchase kept (GH19-4); the
// programmes of a headline's Tết programme counted as other (GH19-5);
// "CBCNV" not a person, and the count of places a "mỗi tỉnh" rate is paid
// to dropped as a region's name (GH19-6); a body spelt with "tỉnh" and no
// province name stays without one (GH19-7). Each rule has a near miss.
// Every sentence is invented.
func TestNationalBodiesFixgh19(t *testing.T) {
	const link = "https://example.vn/cong-doan-nganh-y-te-ho-tro-vung-lu.html"
	const chrome = "Theo dõi Báo Quảng Trị trên\n\n(Báo A) - Đây là việc làm thiết thực giúp đỡ các đoàn viên vùng lũ ổn định cuộc sống.\n\n"
	const visit = chrome + "Chiều 12/10, Công đoàn ngành Y tế Quảng Trị tổ chức đoàn công tác lên huyện Hướng Hóa để thăm hỏi người dân bị ảnh hưởng của lũ.\n\n"
	const sector = "Công đoàn ngành Y tế | welfare | Quảng Trị"
	const plan = "Sẽ tổ chức 7 Chương trình Tết Sum vầy dành cho công nhân Da giày\n\n"
	const leather = "Công đoàn Da giày Việt Nam | welfare | Việt Nam"
	runLineCases(t, []lineCase{
		{"GH19-1 the district a sector union's delegation goes to is not the article's body", link, "2023-10-20",
			visit + "Đoàn đã trao tặng thuốc men với tổng trị giá 120 triệu đồng cho người dân của huyện Hướng Hóa.\n\nĐoàn cũng trao 15 suất quà hỗ trợ các y sĩ có nhà bị hư hỏng, mỗi suất 4 triệu đồng.",
			[]string{"120000000 | vnd | exact | total | achieved | year | 2023 | " + sector,
				"15 | gift | exact | total | achieved | year | 2023 | " + sector,
				"4000000 | vnd | exact | per_unit | achieved | year | 2023 | " + sector}},
		{"GH19-1 a delegation that goes to a commune of the district gives there", link, "2023-10-20",
			visit + "Đoàn đã đến xã Hướng Lập, huyện Hướng Hóa trao 15 suất quà hỗ trợ các y sĩ có nhà bị hư hỏng.\n\nĐoàn cũng trao tặng 20 triệu đồng cho Trạm Y tế xã.",
			[]string{"15 | gift | exact | total | achieved | year | 2023 | " + sector,
				"20000000 | vnd | exact | total | achieved | year | 2023 | " + sector}},
		{"GH19-1 a place fronted before the delegation does not go on to the next paragraph", link, "2023-10-20",
			visit + "Tại huyện Hướng Hóa, đoàn đã trao 15 suất quà hỗ trợ các y sĩ có nhà bị hư hỏng.\n\nĐoàn cũng trao tặng 20 triệu đồng cho Trạm Y tế xã.",
			[]string{"15 | gift | exact | total | achieved | year | 2023 | " + sector,
				"20000000 | vnd | exact | total | achieved | year | 2023 | " + sector}},
		{"GH19-1 the province of a Front committee whose appeal the union acts on is not the article's body", link, "2023-10-20",
			chrome + "Thực hiện Thư ngỏ của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị về ủng hộ bà con vùng ngập, sáng 21/10, Công đoàn ngành Y tế Quảng Trị cử đoàn công tác xuống thăm bà con.\n\nĐoàn cũng trao 18 suất quà hỗ trợ các y sĩ có nhà bị hư hỏng, mỗi suất 3 triệu đồng.\n\nKinh phí do Công đoàn Y tế Việt Nam và cán bộ Sở Y tế quyên góp.",
			[]string{"18 | gift | exact | total | achieved | year | 2023 | " + sector,
				"3000000 | vnd | exact | per_unit | achieved | year | 2023 | " + sector}},
		{"GH19-1 near miss: the district's own union named with the visitor may act", link, "2023-10-20",
			chrome + "Chiều 12/10, Công đoàn ngành Y tế Quảng Trị tổ chức đoàn công tác lên huyện Hướng Hóa để thăm hỏi người dân bị ảnh hưởng của lũ.\n\nLĐLĐ huyện Hướng Hóa đã trao 25 suất quà cho đoàn viên khó khăn.",
			[]string{"25 | gift | exact | total | achieved | year | 2023 | Hướng Hóa | welfare | Quảng Trị"}},
		{"GH19-2 a range plural recipients receive and a range each counted gift is worth are per unit", link, "2024-11-20",
			"Nhiều công nhân ngành than được nhận từ 3 - 5 triệu đồng dịp Tết 2025\n\nCông đoàn Than Việt Nam đã trao 120 phần quà có giá trị từ 250.000-450.000 đồng cho công nhân khó khăn.",
			[]string{"3000000 | vnd | exact | per_unit | planned | year | 2025 | Công đoàn Than Việt Nam | welfare | Việt Nam",
				"5000000 | vnd | exact | per_unit | planned | year | 2025 | Công đoàn Than Việt Nam | welfare | Việt Nam",
				"120 | gift | exact | total | achieved | year | 2025 | Công đoàn Than Việt Nam | welfare | Việt Nam",
				"250000 | vnd | exact | per_unit | achieved | year | 2025 | Công đoàn Than Việt Nam | welfare | Việt Nam",
				"450000 | vnd | exact | per_unit | achieved | year | 2025 | Công đoàn Than Việt Nam | welfare | Việt Nam"}},
		{"GH19-2 near miss: the gifts' total worth stays a total", link, "2024-11-20",
			"Công đoàn Than Việt Nam chăm lo Tết\n\nCông đoàn Than Việt Nam đã trao 120 phần quà có tổng giá trị 54 triệu đồng cho công nhân khó khăn.",
			[]string{"120 | gift | exact | total | achieved | year | 2024 | Công đoàn Than Việt Nam | welfare | Việt Nam",
				"54000000 | vnd | exact | total | achieved | year | 2024 | Công đoàn Than Việt Nam | welfare | Việt Nam"}},
		{"GH19-2 the bound after ';' of a 'Mỗi …' rate is each one's; GH19-3 items after ';' count what the first counts; GH19-5 the headline's programmes are welfare", link, "2019-10-20",
			plan + "Năm nay, Tết Sum vầy do Công đoàn Da giày Việt Nam tổ chức với 7 chương trình diễn ra ở nhiều địa phương. Cụ thể, 3 chương trình được tổ chức ở các tỉnh phía Bắc (Hải Dương và Hưng Yên); 2 tại miền Trung (Thanh Hóa); 1 tại miền Nam (Long An).\n\nMỗi địa điểm tổ chức sẽ có ít nhất là 20 gian hàng; nhiều nhất là 40 gian hàng.",
			[]string{"7 | event | exact | total | planned | year | 2019 | " + leather,
				"7 | event | exact | total | achieved | year | 2019 | " + leather,
				"3 | event | exact | total | achieved | year | 2019 | " + leather,
				"2 | event | exact | total | achieved | year | 2019 | " + leather,
				"1 | event | exact | total | achieved | year | 2019 | " + leather,
				"20 | count | at_least | per_unit | planned | year | 2019 | Công đoàn Da giày Việt Nam | other | Việt Nam",
				"40 | count | exact | per_unit | planned | year | 2019 | Công đoàn Da giày Việt Nam | other | Việt Nam"}},
		{"GH19-2 near miss: a clause after ';' with its own subject is a total", link, "2019-10-20",
			"Công đoàn Da giày Việt Nam chăm lo Tết\n\nMỗi đoàn viên được tặng 1 suất quà; toàn ngành đã trao 900 suất quà.",
			[]string{"1 | gift | exact | per_unit | achieved | year | 2019 | " + leather,
				"900 | gift | exact | total | achieved | year | 2019 | " + leather}},
		{"GH19-3 'CBCNV' counts people, also in the item after ';'", link, "2021-10-20",
			"Công đoàn Bưu chính Việt Nam hỗ trợ người lao động bị ảnh hưởng dịch\n\nNăm 2021, Công đoàn Bưu chính Việt Nam cũng hỗ trợ 65 cá nhân của các đơn vị số tiền là 280 triệu.\n\nTrong đó có 38 CBCNV của Tổng công ty Bưu chính Miền Tây (BCMT); 17 CBCNV của Tổng công ty Bưu chính Miền Đông (BCMĐ) và một số cá nhân ở các đơn vị khác.",
			[]string{"65 | person | exact | total | achieved | year | 2021 | Công đoàn Bưu chính Việt Nam | welfare | Việt Nam",
				"280000000 | vnd | exact | total | achieved | year | 2021 | Công đoàn Bưu chính Việt Nam | welfare | Việt Nam",
				"38 | person | exact | total | achieved | year | 2021 | Công đoàn Bưu chính Việt Nam | welfare | Việt Nam",
				"17 | person | exact | total | achieved | year | 2021 | Công đoàn Bưu chính Việt Nam | welfare | Việt Nam"}},
		{"GH19-4 a worker's own purchase gives nothing", link, "2021-01-12",
			"Phiên chợ Tết của Công đoàn Da giày Việt Nam\n\nCông đoàn Da giày Việt Nam đã tặng 150 phần quà cho công nhân khó khăn.\n\nDạo quanh các gian hàng, chị rất vui khi chọn được 3 bộ quần áo cho hai con với giá chưa tới 250.000 đồng.",
			[]string{"150 | gift | exact | total | achieved | year | 2021 | " + leather}},
		{"GH19-4 near miss: what she is given stays", link, "2021-01-12",
			"Phiên chợ Tết của Công đoàn Da giày Việt Nam\n\nDạo quanh các gian hàng, chị còn được Công đoàn tặng 2 phiếu mua hàng trị giá 250.000 đồng.",
			[]string{"2 | item | exact | total | achieved | year | 2021 | " + leather,
				"250000 | vnd | exact | per_unit | achieved | year | 2021 | " + leather}},
		{"GH19-6 the provinces a 'mỗi tỉnh' rate is paid to are counted", link, "2020-10-20",
			"Công đoàn Y tế Việt Nam hỗ trợ vùng lũ\n\nCông đoàn Ngành đã hỗ trợ 4 tỉnh miền Trung chịu thiệt hại nặng sau đợt lũ, mỗi tỉnh 60 triệu đồng.",
			[]string{"4 | count | exact | total | achieved | year | 2020 | Công đoàn Y tế Việt Nam | welfare | Việt Nam",
				"60000000 | vnd | exact | per_unit | achieved | year | 2020 | Công đoàn Y tế Việt Nam | welfare | Việt Nam"}},
		{"GH19-6 near miss: a region's provinces with no rate stay a name", link, "2020-10-20",
			"Công đoàn Y tế Việt Nam hỗ trợ vùng lũ\n\nCông đoàn Y tế Việt Nam đã trao 300 suất quà cho y bác sĩ 3 tỉnh miền Trung.",
			[]string{"300 | gift | exact | total | achieved | year | 2020 | Công đoàn Y tế Việt Nam | welfare | Việt Nam"}},
		{"GH19-7 a body spelt with 'tỉnh' and no province name stays without a province on the city's paper", "https://laodongthudo.vn/cong-doan-vien-chuc-tinh-trao-mai-am-12345.html", "2020-05-28",
			"Công đoàn Viên chức tỉnh trao 3 căn Mái ấm công đoàn\n\nCông đoàn Viên chức tỉnh vừa khánh thành và trao 3 căn “Mái ấm công đoàn” cho đoàn viên nghèo.",
			[]string{"3 | count | exact | total | achieved | year | 2020 | Công đoàn Viên chức | welfare | ",
				"3 | count | exact | total | achieved | year | 2020 | Công đoàn Viên chức | welfare | "}},
	})
}

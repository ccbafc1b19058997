package extract

import "testing"

// TestFundedGiftsAndGuests: what probes EA, EF and DP of the seventeenth
// session (PHENOMENA "EA EF DP") found misattributed: the sentences after
// a higher federation's gift to the article's district, the participants
// of an event whose host's superior attends it, a province's federation
// handing out with a peer the sum the peer gave it, and a firm's union of
// a national sectoral union's system. Each rule has a near miss. Every
// sentence is invented. want lists the records as line renders them.
func TestFundedGiftsAndGuests(t *testing.T) {
	const hn = "https://laodongthudo.vn/a-1.html"
	const other = "https://tin.example.vn/a-1.html"
	tests := []lineCase{
		{"the sentences after a funder's gift to the district stay the district's", hn, "2025-01-20",
			"LĐLĐ huyện Ba Vì chăm lo Tết cho đoàn viên\n\nSáng 17/1, chương trình Tết sum vầy của LĐLĐ huyện Ba Vì diễn ra tại nhà văn hóa huyện.\n\nTại chương trình, LĐLĐ thành phố Hà Nội đã trao 250 suất quà cho đoàn viên nghèo của huyện Ba Vì. Mỗi suất quà trị giá 800 nghìn đồng, với tổng kinh phí là 200 triệu đồng; hỗ trợ 3 nhà Mái ấm Công đoàn, mỗi nhà 30 triệu đồng.",
			[]string{"250 | gift | exact | total | achieved | year | 2025 | Ba Vì | welfare | Hà Nội",
				"800000 | vnd | exact | per_unit | achieved | year | 2025 | Ba Vì | welfare | Hà Nội",
				"200000000 | vnd | exact | total | achieved | year | 2025 | Ba Vì | welfare | Hà Nội",
				"3 | count | exact | total | achieved | year | 2025 | Ba Vì | welfare | Hà Nội",
				"30000000 | vnd | exact | per_unit | achieved | year | 2025 | Ba Vì | welfare | Hà Nội"}},
		{"near miss: the city's gift in the city's own article stays the city's", hn, "2025-01-20",
			"LĐLĐ Thành phố chăm lo Tết cho đoàn viên\n\nSáng 17/1, chương trình Tết sum vầy của LĐLĐ thành phố Hà Nội diễn ra tại Cung Văn hóa Lao động.\n\nTại chương trình, LĐLĐ thành phố Hà Nội đã trao 250 suất quà cho đoàn viên nghèo của các công đoàn trực thuộc. Mỗi suất quà trị giá 800 nghìn đồng.",
			[]string{"250 | gift | exact | total | achieved | year | 2025 | Hà Nội | welfare | Hà Nội",
				"800000 | vnd | exact | per_unit | achieved | year | 2025 | Hà Nội | welfare | Hà Nội"}},
		{"the participants of an event the host's superior attends are the host's", hn, "2019-05-20",
			"Giao lưu thể thao các bệnh viện khu vực phía Nam thành phố\n\nBuổi giao lưu được tổ chức tại nhà văn hóa công nhân Bệnh viện Đa khoa B.\n\nTham dự chương trình có các đồng chí: Ngô Quang Vinh, Phó Chủ tịch LĐLĐ thành phố Hà Nội; Phạm Thị Lan, Chủ tịch Công đoàn ngành Giáo dục Hà Nội cùng đông đảo vận động viên của 15 đơn vị tham dự.",
			[]string{"15 | organization | exact | total | achieved | year | 2019 | Công đoàn ngành Giáo dục | culture | Hà Nội"}},
		{"near miss: the article's body the only one attending", hn, "2019-05-20",
			"Giao lưu thể thao các bệnh viện khu vực phía Nam thành phố\n\nBuổi giao lưu được tổ chức tại nhà văn hóa công nhân Bệnh viện Đa khoa B.\n\nTham dự chương trình có đồng chí Ngô Quang Vinh, Phó Chủ tịch LĐLĐ thành phố Hà Nội cùng đông đảo vận động viên của 15 đơn vị tham dự.",
			[]string{"15 | organization | exact | total | achieved | year | 2019 | Hà Nội | culture | Hà Nội"}},
		{"a firm's union with no province beside a national sectoral union is national", other, "2023-05-20",
			"Khen thưởng tổ sản xuất xuất sắc\n\nNhân Tháng Công nhân, Công đoàn Dệt May Việt Nam đã trao thưởng 40 triệu đồng cho 8 tổ sản xuất xuất sắc; Công đoàn Tổng công ty Sợi Phương Nam cũng trao thưởng 25 triệu đồng cho 10 tổ sản xuất.",
			[]string{"40000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Dệt may Việt Nam | emulation | Việt Nam",
				"8 | count | exact | total | achieved | year | 2023 | Công đoàn Dệt may Việt Nam | emulation | Việt Nam",
				"25000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Tổng công ty Sợi Phương Nam | emulation | Việt Nam",
				"10 | count | exact | total | achieved | year | 2023 | Công đoàn Tổng công ty Sợi Phương Nam | emulation | Việt Nam"}},
		{"near miss: a firm's union beside a province's federation keeps the province", other, "2023-05-20",
			"Khen thưởng tổ sản xuất xuất sắc\n\nNhân Tháng Công nhân, LĐLĐ tỉnh Nam Định đã trao thưởng 40 triệu đồng cho 8 tổ sản xuất xuất sắc; Công đoàn Tổng công ty Sợi Phương Nam cũng trao thưởng 25 triệu đồng cho 10 tổ sản xuất.",
			[]string{"40000000 | vnd | exact | total | achieved | year | 2023 | Nam Định | emulation | Nam Định",
				"8 | count | exact | total | achieved | year | 2023 | Nam Định | emulation | Nam Định",
				"25000000 | vnd | exact | total | achieved | year | 2023 | Công đoàn Tổng công ty Sợi Phương Nam | emulation | Nam Định",
				"10 | count | exact | total | achieved | year | 2023 | Công đoàn Tổng công ty Sợi Phương Nam | emulation | Nam Định"}},
		{"a firm's union whose meeting a national union's leader attends is national", other, "2016-03-11",
			"Ngày 10-3-2016, Công đoàn VTX Hải Phòng đã tổ chức Hội nghị tổng kết công tác năm 2015. Tới dự có ông Trần Văn Nam - Phó Chủ tịch Công đoàn BĐVN cùng gần 60 đại biểu đại diện cho hơn 3000 đoàn viên công đoàn VTX Hải Phòng.",
			[]string{"60 | person | about | total | achieved | year | 2015 | Công đoàn VTX Hải Phòng | other | Việt Nam",
				"3000 | member | more_than | total | achieved | snapshot | 2015 | Công đoàn VTX Hải Phòng | membership | Việt Nam"}},
		{"near miss: a national union that gives apart leaves the firm's province", other, "2016-03-11",
			"Ngày 10-3-2016, Công đoàn VTX Hải Phòng đã tổ chức Hội nghị tổng kết công tác năm 2015 với gần 60 đại biểu. Công đoàn Bưu điện Việt Nam tặng 20 suất quà cho đoàn viên.",
			[]string{"60 | person | about | total | achieved | year | 2015 | Công đoàn VTX Hải Phòng | other | Hải Phòng",
				"20 | gift | exact | total | achieved | year | 2015 | Công đoàn Bưu điện Việt Nam | welfare | Việt Nam"}},
		{"a peer's sum handed out with the federation it was given to is that federation's", other, "2020-10-16",
			"LĐLĐ Thái Bình chia sẻ khó khăn với CNVCLĐ Quảng Bình\n\nChiều 14/10/2020, đoàn công tác LĐLĐ tỉnh Thái Bình đã trao 60 triệu đồng cho LĐLĐ tỉnh Quảng Bình để giúp đoàn viên vùng ngập.\n\nSau đó, đoàn lãnh đạo LĐLĐ tỉnh Thái Bình cùng với lãnh đạo LĐLĐ tỉnh Quảng Bình đã ghé thăm, trao 2 triệu đồng cho gia đình chị Lê Thị Hoa, đoàn viên Công đoàn xã Quảng Phú.",
			[]string{"60000000 | vnd | exact | total | achieved | year | 2020 | Thái Bình | welfare | Thái Bình",
				"2000000 | vnd | exact | total | achieved | year | 2020 | Quảng Bình | welfare | Quảng Bình"}},
	}
	runLineCases(t, tests)
}

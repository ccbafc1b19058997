package extract

import "testing"

// TestStocksRatesFormatsAndTermTargetsFF18a: what probe FF of the
// eighteenth session (PHENOMENA "FF FB", provincial union sites) found
// misread, and probe FB's targets listed on after "Bên cạnh đó": a stock
// told after "hiện … đã có" inside the sentence (FF18a-1a); participants
// at an event, the units an event's teams stand for and a sum after the
// units under a body read as stocks (FF18a-1b); a range after the number
// (FF18a-2); a rate per gift carried along a list of groups (FF18a-7); a
// tournament's format (FF18a-6); the dead of a disaster (FF18a-9); the
// term's targets after "Bên cạnh đó" and a caption restating a target
// (FB18a-5). Each rule has a near miss. Every sentence is invented.
func TestStocksRatesFormatsAndTermTargetsFF18a(t *testing.T) {
	const link = "https://example.vn/tin-ff.html"
	runLineCases(t, []lineCase{
		{"a stock told after hiện … đã có inside the sentence, all its figures", link, "2019-08-21",
			"Ra mắt nghiệp đoàn nghề muối\n\nSáng 12-5, Công đoàn ngành Nông nghiệp tỉnh Nam Định ra mắt nghiệp đoàn.\n\nTheo đề án của Công đoàn ngành Nông nghiệp tỉnh Nam Định, hiện toàn tỉnh đã có 42 nghiệp đoàn được thành lập tại 9 huyện với trên 6.100 đoàn viên tại 1.320 tàu cá các loại tham gia.",
			[]string{"42 | union | exact | total | achieved | snapshot | 2019 | Nam Định | membership | Nam Định",
				"9 | count | exact | total | achieved | snapshot | 2019 | Nam Định | membership | Nam Định",
				"6100 | member | more_than | total | achieved | snapshot | 2019 | Nam Định | membership | Nam Định",
				"1320 | count | exact | total | achieved | snapshot | 2019 | Nam Định | membership | Nam Định"}},
		{"near miss: unions founded anew after hiện … đã có are a flow", link, "2019-08-21",
			"Ra mắt nghiệp đoàn nghề muối\n\nSáng 12-5, Công đoàn ngành Nông nghiệp tỉnh Nam Định ra mắt nghiệp đoàn.\n\nTheo báo cáo của Công đoàn ngành Nông nghiệp tỉnh Nam Định, hiện toàn tỉnh đã có 12 nghiệp đoàn được thành lập mới.",
			[]string{"12 | union | exact | total | achieved | year | 2019 | Nam Định | membership | Nam Định"}},
		{"near miss: thực hiện opens no clause of the present", link, "2019-08-21",
			"LĐLĐ tỉnh Nam Định sơ kết quy chế dân chủ\n\nTrong năm, LĐLĐ tỉnh Nam Định chỉ đạo thực hiện, có 64 CĐCS tổ chức hội nghị người lao động.",
			[]string{"64 | union | exact | total | achieved | year | 2019 | Nam Định | representation | Nam Định"}},
		{"participants counted at an event, tham gia closing the clause, are no stock", link, "2022-06-12",
			"Công nhân đối thoại với Chủ tịch tỉnh\n\nSáng 5-6, LĐLĐ tỉnh Nam Định tổ chức đối thoại với công nhân.\n\nĐược biết, Chương trình gặp gỡ, đối thoại có 3.200 công nhân lao động tại điểm cầu chính tỉnh Nam Định và 40 điểm cầu các huyện tham gia.",
			[]string{"3200 | person | exact | total | achieved | year | 2022 | Nam Định | representation | Nam Định",
				"40 | count | exact | total | achieved | year | 2022 | Nam Định | representation | Nam Định"}},
		{"near miss: the workers a body has are a stock", link, "2022-06-12",
			"Công nhân đối thoại với Chủ tịch tỉnh\n\nSáng 5-6, LĐLĐ tỉnh Nam Định tổ chức đối thoại với công nhân.\n\nHiện nay, Công đoàn ngành Y tế tỉnh Nam Định có 9.000 cán bộ, người lao động.",
			[]string{"9000 | person | exact | total | achieved | snapshot | 2022 | Công đoàn ngành Y tế | membership | Nam Định"}},
		{"the units an event's teams stand for took part in it", link, "2020-07-28",
			"Hội diễn văn nghệ người lao động\n\nSáng 14-7, LĐLĐ huyện Hải Hậu tổ chức hội diễn văn nghệ.\n\nHội diễn năm nay của huyện Hải Hậu có 10 đội thi, đại diện cho 38 công đoàn cơ sở (CĐCS).",
			[]string{"10 | count | exact | total | achieved | year | 2020 | Hải Hậu | culture | Nam Định",
				"38 | union | exact | total | achieved | year | 2020 | Hải Hậu | culture | Nam Định"}},
		{"near miss: those a congress's delegates stand for are a stock", link, "2020-07-28",
			"Đại hội Công đoàn huyện Nam Trực\n\nSáng 20-7, LĐLĐ huyện Nam Trực tổ chức Đại hội lần thứ X.\n\nDự Đại hội có 150 đại biểu chính thức, đại diện cho gần 9.000 đoàn viên của huyện.",
			[]string{"150 | person | exact | total | achieved | year | 2020 | Nam Trực | other | Nam Định",
				"9000 | member | about | total | achieved | snapshot | 2020 | Nam Trực | membership | Nam Định"}},
		{"a sum after the units under a body that a gift went to is no stock", link, "2019-08-21",
			"Học bổng cho con đoàn viên\n\nSáng 16-8, LĐLĐ tỉnh Thái Bình trao học bổng cho con đoàn viên.\n\nTheo đó, trao 75 suất quà cho con đoàn viên ở các CĐCS trực thuộc tỉnh, các Công đoàn ngành và Công đoàn các khu kinh tế, với tổng số tiền trên 105 triệu đồng lấy từ quỹ Xã hội Công đoàn.",
			[]string{"75 | gift | exact | total | achieved | year | 2019 | Thái Bình | welfare | Thái Bình",
				"105000000 | vnd | more_than | total | achieved | year | 2019 | Thái Bình | welfare | Thái Bình"}},
		{"near miss: the units under a new body and its members are a stock", link, "2021-12-28",
			"Thái Bình: thêm một công đoàn ngành\n\nRa đời ngày 15/4/2021, Công đoàn Khu công nghiệp tỉnh Thái Bình hiện có 31 công đoàn cơ sở trực thuộc và tổng số 8.700 đoàn viên.",
			[]string{"31 | union | exact | total | achieved | snapshot | 2021 | Công đoàn ngành Khu công nghiệp | membership | Thái Bình",
				"8700 | member | exact | total | achieved | snapshot | 2021 | Công đoàn ngành Khu công nghiệp | membership | Thái Bình"}},
		{"a range after the number makes the figure multi-year, to its end", link, "2019-07-30",
			"Hải Hậu biểu dương 15 chủ tịch công đoàn cơ sở xuất sắc\n\n(Baonamdinh) - LĐLĐ huyện Hải Hậu (Nam Định) vừa gặp mặt, biểu dương 15 chủ tịch công đoàn cơ sở xuất sắc giai đoạn 2015 - 2017\n\nCũng dịp này, LĐLĐ huyện Hải Hậu tặng 35 suất quà cho đoàn viên.",
			[]string{"15 | person | exact | total | achieved | multi_year | 2017 | Hải Hậu | emulation | Nam Định",
				"15 | person | exact | total | achieved | multi_year | 2017 | Hải Hậu | emulation | Nam Định",
				"35 | gift | exact | total | achieved | year | 2019 | Hải Hậu | welfare | Nam Định"}},
		{"a rate per gift goes on along a list of groups", link, "2019-08-21",
			"LĐLĐ tỉnh trao học bổng\n\nSáng 20-8, LĐLĐ tỉnh Nam Định trao học bổng cho con đoàn viên.\n\nCụ thể, trao 70 suất học bổng, mỗi suất trị giá 900.000 đồng cho học sinh tiểu học; 1.300.000 đồng cho học sinh THCS và 1.800.000 đồng cho học sinh THPT.",
			[]string{"70 | gift | exact | total | achieved | year | 2019 | Nam Định | welfare | Nam Định",
				"900000 | vnd | exact | per_unit | achieved | year | 2019 | Nam Định | welfare | Nam Định",
				"1300000 | vnd | exact | per_unit | achieved | year | 2019 | Nam Định | welfare | Nam Định",
				"1800000 | vnd | exact | per_unit | achieved | year | 2019 | Nam Định | welfare | Nam Định"}},
		{"near miss: a body's own sum after a rate is a total", link, "2019-08-21",
			"LĐLĐ tỉnh trao học bổng\n\nSáng 20-8, LĐLĐ tỉnh Nam Định trao học bổng cho con đoàn viên.\n\nCụ thể, trao 70 suất học bổng, mỗi suất trị giá 900.000 đồng cho học sinh tiểu học; LĐLĐ huyện chi 30 triệu đồng cho học sinh THCS.",
			[]string{"70 | gift | exact | total | achieved | year | 2019 | Nam Định | welfare | Nam Định",
				"900000 | vnd | exact | per_unit | achieved | year | 2019 | Nam Định | welfare | Nam Định",
				"30000000 | vnd | exact | total | achieved | year | 2019 | Nam Định | welfare | Nam Định"}},
		{"a tournament's format gives no figure", link, "2023-01-07",
			"Bóng chuyền hơi nữ viên chức\n\nNgày 10-1, Công đoàn Viên chức tỉnh Ninh Bình tổ chức giải bóng chuyền hơi nữ.\n\nGiải có 9 đội với 95 vận động viên tham gia. Các đội chia làm 4 bảng đấu vòng tròn, lấy 2 đội xếp thứ nhất mỗi bảng vào chung kết, 2 đội xếp hạng nhì mỗi bảng tranh giải Ba.",
			[]string{"9 | count | exact | total | achieved | year | 2023 | Công đoàn Viên chức | culture | Ninh Bình",
				"95 | person | exact | total | achieved | year | 2023 | Công đoàn Viên chức | culture | Ninh Bình"}},
		{"near miss: the groups of a tournament played are reported", link, "2023-01-07",
			"Giải bóng đá công nhân năm 2023\n\nNgày 8-1, LĐLĐ huyện Nam Trực tổng kết giải bóng đá công nhân, viên chức, lao động năm 2023.\n\nGiải thu hút 32 đội của các công đoàn cơ sở, chia thành 8 bảng với 63 trận đấu.",
			[]string{"32 | count | exact | total | achieved | year | 2023 | Nam Trực | other | Nam Định",
				"8 | count | exact | total | achieved | year | 2023 | Nam Trực | other | Nam Định",
				"63 | count | exact | total | achieved | year | 2023 | Nam Trực | other | Nam Định"}},
		{"the dead and injured of a disaster are no union figures", link, "2024-09-20",
			"LĐLĐ tỉnh tiếp nhận ủng hộ\n\nDo ảnh hưởng của bão số 3, tỉnh Nam Định có hơn 2.000 đoàn viên, lao động bị ảnh hưởng.\n\nTrong đó, có 3 đoàn viên, người lao động bị chết; 6 đoàn viên, người lao động bị thương. LĐLĐ tỉnh Nam Định đã tiếp nhận ủng hộ của 18 đơn vị với tổng giá trị hơn 2,5 tỷ đồng.",
			[]string{"18 | organization | exact | total | achieved | year | 2024 | Nam Định | finance | Nam Định",
				"2500000000 | vnd | more_than | total | achieved | year | 2024 | Nam Định | finance | Nam Định"}},
		{"near miss: the families of the dead a union visits are its figure", link, "2024-09-20",
			"LĐLĐ tỉnh tiếp nhận ủng hộ\n\nNgày 18-9, LĐLĐ tỉnh Nam Định đã thăm hỏi, hỗ trợ gia đình 3 đoàn viên bị chết do lũ cuốn trôi.",
			[]string{"3 | member | exact | total | achieved | year | 2024 | Nam Định | welfare | Nam Định"}},
		{"targets listed on after Bên cạnh đó are the term's, and a caption restating one", link, "2018-03-23",
			"Đại hội Công đoàn quận 7\n\nĐại hội đã đề ra chỉ tiêu nhiệm kỳ mới: phấn đấu đến năm 2023, thành lập CĐCS ở 90% doanh nghiệp có từ 25 lao động; phát triển 20.000 đoàn viên. Bên cạnh đó, LĐLĐ quận tổ chức ít nhất 2 hội thi tay nghề; 90% CĐCS khu vực nhà nước thực hiện phong trào thi đua. Đại hội đã bầu Ban Chấp hành gồm 25 thành viên.\n\nPhấn đấu kết nạp mới 24.000 đoàn viên - Ảnh 1.\n\nNhiệm kỳ 2013-2018, LĐLĐ quận 7 đã chăm lo cho 20.000 con CNVC-LĐ.",
			[]string{"90 | percent | exact | total | planned | multi_year | 2023 | Quận 7 | membership | Thành phố Hồ Chí Minh",
				"20000 | member | exact | total | planned | multi_year | 2023 | Quận 7 | membership | Thành phố Hồ Chí Minh",
				"2 | event | at_least | total | planned | multi_year | 2023 | Quận 7 | emulation | Thành phố Hồ Chí Minh",
				"90 | percent | exact | total | planned | multi_year | 2023 | Quận 7 | emulation | Thành phố Hồ Chí Minh",
				"25 | person | exact | total | achieved | year | 2018 | Quận 7 | other | Thành phố Hồ Chí Minh",
				"24000 | member | exact | total | planned | multi_year | 2023 | Quận 7 | membership | Thành phố Hồ Chí Minh",
				"20000 | person | exact | total | achieved | multi_year | 2018 | Quận 7 | welfare | Thành phố Hồ Chí Minh"}},
		{"near miss: what was done, after Bên cạnh đó, is a result", link, "2018-03-23",
			"Đại hội Công đoàn quận 7\n\nĐại hội đã đề ra chỉ tiêu nhiệm kỳ mới: phấn đấu đến năm 2023, phát triển 20.000 đoàn viên. Bên cạnh đó, nhiệm kỳ qua LĐLĐ quận đã tổ chức 4 hội thi tay nghề.",
			[]string{"20000 | member | exact | total | planned | multi_year | 2023 | Quận 7 | membership | Thành phố Hồ Chí Minh",
				"4 | event | exact | total | achieved | multi_year | 2018 | Quận 7 | emulation | Thành phố Hồ Chí Minh"}},
	})
}

package extract

import "testing"

// TestMarketIncidentsConditionsCaptionsBreakdownsFG18a: what probe FG of
// the eighteenth session (PHENOMENA "FG", unions on disputes and rights)
// found: the labour market and incidents at work a union reports taken
// as its figures (FG18a-1), a share bounding an impairment and a count of
// fingers taken as figures (FG18a-7), a caption's place and a receiver's
// grassroots union taken as the body (FG18a-4), and the items of a
// per-place breakdown dropped as names with numbers (FG18a-3). Each rule
// has a near miss. Every sentence is invented.
func TestMarketIncidentsConditionsCaptionsBreakdownsFG18a(t *testing.T) {
	const link = "https://example.vn/tin-fg.html"
	runLineCases(t, []lineCase{
		{"the labour market a union reports after Tết is no figure of its", link, "2024-02-20",
			"Hải Phòng: Gần 98% doanh nghiệp hoạt động trở lại sau Tết\n\nTheo LĐLĐ thành phố Hải Phòng, đến sáng mùng 7 Tết, đã có 97,6% doanh nghiệp mở xưởng với 95,4% số công nhân trở lại làm việc. LĐLĐ thành phố đã trao 300 suất quà cho công nhân.",
			[]string{"300 | gift | exact | total | achieved | year | 2024 | Hải Phòng | welfare | Hải Phòng"}},
		{"near miss: a union's gift to the workers back at work is its own", link, "2024-02-20",
			"Lì xì đầu xuân\n\nLĐLĐ thành phố Hải Phòng trao 450 phần quà cho công nhân trở lại làm việc sau Tết.",
			[]string{"450 | gift | exact | total | achieved | year | 2024 | Hải Phòng | welfare | Hải Phòng"}},
		{"near miss: a share back at work after the stoppage a sentence names is its settlement", link, "2019-02-27",
			"Đối thoại tại Công ty B\n\nLĐLĐ tỉnh Thái Nguyên tổ chức đối thoại với công nhân Công ty TNHH B.\n\n91% số công nhân đã trở lại làm việc sau khi ngừng việc tập thể ở Công ty TNHH B. Ảnh: Thu Trang",
			[]string{"91 | percent | exact | total | achieved | year | 2019 | Thái Nguyên | representation | Thái Nguyên"}},
		{"incidents that occurred are no union figure", link, "2021-03-02",
			"Tranh chấp lao động tập thể\n\nTừ năm 2017 đến năm 2020, trên địa bàn tỉnh Long An đã xảy ra 31 vụ ngừng việc tập thể. Năm 2020 có 9 cuộc đình công tại các doanh nghiệp. LĐLĐ tỉnh Long An đã hòa giải thành 14 vụ tranh chấp lao động.",
			[]string{"14 | count | exact | total | achieved | year | 2020 | Long An | representation | Long An"}},
		{"near miss: a union that settles disputes or sues counts them", link, "2021-03-02",
			"Bảo vệ người lao động\n\nNăm qua, LĐLĐ tỉnh Long An đã tham gia giải quyết 22 vụ tranh chấp lao động và khởi kiện 6 vụ nợ bảo hiểm xã hội.",
			[]string{"22 | count | exact | total | achieved | year | 2020 | Long An | representation | Long An",
				"6 | count | exact | total | achieved | year | 2020 | Long An | representation | Long An"}},
		{"a share bounding an impairment is a condition, fingers are no figure", link, "2019-03-12",
			"Thăm công nhân bị tai nạn lao động\n\nLĐLĐ tỉnh Vĩnh Long thăm hỏi, trao quà cho 7 công nhân bị tai nạn lao động (suy giảm khả năng lao động từ 61% trở lên). Anh Tâm bị máy cắt cụt 3 ngón tay trái.",
			[]string{"7 | person | exact | total | achieved | year | 2019 | Vĩnh Long | welfare | Vĩnh Long"}},
		{"near miss: a share of members reached is a figure", link, "2019-03-12",
			"Tuyên truyền an toàn lao động\n\nLĐLĐ tỉnh Vĩnh Long phấn đấu trên 90% đoàn viên được tuyên truyền về an toàn lao động.",
			[]string{"90 | percent | more_than | total | planned | year | 2019 | Vĩnh Long | training | Vĩnh Long"}},
		{"a caption's place is where the photo was taken, not the article's body", "https://nld.com.vn/cong-doan/ra-soat-doanh-nghiep-2019.htm", "2019-11-20",
			"Rà soát doanh nghiệp vi phạm\n\nTheo kế hoạch, LĐLĐ các quận, huyện cùng phòng LĐ-TB-XH xem xét việc chấp hành luật lao động. Mỗi đơn vị chọn từ 4 đến 8 doanh nghiệp có dấu hiệu vi phạm để đề xuất thanh tra trong năm 2020.\n\nRà soát doanh nghiệp vi phạm - Ảnh 1.\n\nCông nhân một xưởng may ở quận 12, TP HCM ngưng làm vì chưa được trả lương Ảnh: NGỌC LINH\n\nCác CĐ ngành rà soát các doanh nghiệp có CĐ cơ sở để gửi danh sách về LĐLĐ TP.\n\nT.Hà",
			[]string{"4 | organization | exact | per_unit | planned | year | 2020 | Thành phố Hồ Chí Minh | other | Thành phố Hồ Chí Minh",
				"8 | organization | exact | per_unit | planned | year | 2020 | Thành phố Hồ Chí Minh | other | Thành phố Hồ Chí Minh"}},
		{"near miss: a caption naming a district's union still names it", "https://nld.com.vn/cong-doan/tet-cong-nhan-2019.htm", "2019-01-20",
			"Tết cho công nhân\n\nLĐLĐ quận đã trao 250 suất quà cho công nhân khó khăn.\n\nChủ tịch LĐLĐ quận 7 trao quà cho công nhân Ảnh: HOÀNG LAN",
			[]string{"250 | gift | exact | total | achieved | year | 2019 | Quận 7 | welfare | Thành phố Hồ Chí Minh"}},
		{"the giver after do is the body, not the receiver's grassroots union", "https://congdoan.example.vn/index.aspx?ID=12", "2016-01-20",
			"Sáng 22/01/2016, Công đoàn Giáo dục Quảng Trị trao nhà “Mái ấm công đoàn” cho một cô giáo miền núi, tổng số tiền hỗ trợ là 40 triệu đồng.\nSau đó, đoàn đến thăm cô giáo Hồ Thị Lan, đoàn viên Công đoàn trường THPT Hướng Hóa. Cũng trong ngày, đoàn đến động viên thầy giáo Trần Văn Phúc, giáo viên trường THCS Khe Sanh đang điều trị bệnh, thầy nhận phần quà 2,5 triệu đồng do Công đoàn ngành trao tặng.",
			[]string{"40000000 | vnd | exact | total | achieved | year | 2016 | Công đoàn ngành Giáo dục | welfare | Quảng Trị",
				"2500000 | vnd | exact | total | achieved | year | 2016 | Công đoàn ngành Giáo dục | welfare | Quảng Trị"}},
		{"near miss: a grassroots union that gives itself keeps its gift", "https://congdoan.example.vn/index.aspx?ID=13", "2016-01-20",
			"Sáng 22/01/2016, Công đoàn Giáo dục Quảng Trị trao nhà “Mái ấm công đoàn” cho một cô giáo miền núi, tổng số tiền hỗ trợ là 40 triệu đồng.\nCũng trong ngày, thầy giáo Trần Văn Phúc nhận phần quà 2 triệu đồng do Công đoàn trường THPT Hướng Hóa trao tặng.",
			[]string{"40000000 | vnd | exact | total | achieved | year | 2016 | Công đoàn ngành Giáo dục | welfare | Quảng Trị",
				"2000000 | vnd | exact | total | achieved | year | 2016 | Công đoàn trường THPT Hướng Hóa | welfare | Quảng Trị"}},
		{"the items of a per-place breakdown are each province's", link, "2018-04-02",
			"Công đoàn kiện doanh nghiệp nợ BHXH\n\nTheo Tổng LĐLĐ Việt Nam, tới nay đã có 31/63 LĐLĐ tỉnh, thành phố khởi kiện ra tòa 61 vụ doanh nghiệp nợ BHXH, trong đó: Thái Bình 14 vụ, Bà Rịa - Vũng Tàu 9 vụ, Hà Nam 4 vụ...\n\nCác cấp công đoàn sẽ tiếp tục khởi kiện.",
			[]string{"31/63 | union | exact | total | achieved | year | 2018 | Tổng Liên đoàn Lao động Việt Nam | representation | Việt Nam",
				"61 | count | exact | total | achieved | year | 2018 | Tổng Liên đoàn Lao động Việt Nam | representation | Việt Nam",
				"14 | count | exact | total | achieved | year | 2018 | Thái Bình | representation | Thái Bình",
				"9 | count | exact | total | achieved | year | 2018 | Bà Rịa - Vũng Tàu | representation | Bà Rịa - Vũng Tàu",
				"4 | count | exact | total | achieved | year | 2018 | Hà Nam | representation | Hà Nam"}},
		{"near miss: a name with a number after a comma is no item", link, "2018-04-02",
			"Tặng quà công nhân\n\nLĐLĐ tỉnh Nam Định trao 120 suất quà cho công nhân các công ty, trong đó có Công ty May 10 và Công ty Dệt 8.",
			[]string{"120 | gift | exact | total | achieved | year | 2018 | Nam Định | welfare | Nam Định"}},
	})
}

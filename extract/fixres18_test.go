package extract

import "testing"

// TestResidualsEighteen: residual errors of the older probes that put
// records into the Hà Nội report (PHENOMENA "DN DG EM", eighteenth
// session): a city paper's section on a host of its own (DN), the
// congress of a body that is no union told on with the bare "Đại hội"
// and the programmes a resolution is carried out through (EM), a firm's
// union placed in one paragraph and not in a later one (DG). Each rule
// has a near miss. Every sentence is invented.
func TestResidualsEighteen(t *testing.T) {
	const (
		section = "https://phunu.nld.com.vn/cong-doan/hoi-thao-khoi-9-20180912.htm"
		other   = "https://tintuc.example.vn/cong-doan/hoi-thao-khoi-9-20180912.htm"
		home    = "https://laodongthudo.vn/tin-18.html"
	)
	cluster := "Lấy chủ đề \"Khỏe để lao động\", hội thao có 580 vận động viên của 6 tổng công ty trong Khối thi đua 9 về tranh tài.\nHội thao nhằm chào mừng Đại hội CĐ các cấp, hướng tới Đại hội XII CĐ TP HCM và Đại hội XIII CĐ Việt Nam."
	roundup := "Công đoàn giám sát bữa ăn ca\n\nNhiều CĐCS tham gia giám sát chất lượng bữa ăn ca của người lao động.\n\nBà Trần Thị Mai - Chủ tịch CĐ Công ty Phú Gia (KCN Biên Hòa, Đồng Nai) - cho biết, công đoàn đã trao 120 suất quà cho công nhân.\n\nÔng Lê Văn Bình - Chủ tịch CĐ Công ty Hoa Sen Electronics Việt Nam (KCX Tân Thuận, TPHCM) - cho biết, công đoàn đã trao 300 suất quà cho công nhân khó khăn."
	runLineCases(t, []lineCase{
		{"a section of a city's paper on a host of its own is that paper's", section, "2018-09-12", cluster,
			[]string{"580 | person | exact | total | achieved | year | 2018 | Khối thi đua số 9 | culture | Thành phố Hồ Chí Minh",
				"6 | organization | exact | total | achieved | year | 2018 | Khối thi đua số 9 | culture | Thành phố Hồ Chí Minh"}},
		{"near miss: a host of no city's paper names no province", other, "2018-09-12", cluster,
			[]string{"580 | person | exact | total | achieved | year | 2018 | Khối thi đua số 9 | culture | ",
				"6 | organization | exact | total | achieved | year | 2018 | Khối thi đua số 9 | culture | "}},
		{"the bare Đại hội after a congress of a body that is no union tells that body's", home, "2021-11-20",
			"Nữ cán bộ công đoàn đi dự Đại hội Phụ nữ Thủ đô\n\nĐại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVII diễn ra trong 2 ngày từ 22/11. Đại hội triệu tập 430 đại biểu. Trong số này, số nữ cán bộ Công đoàn là đại biểu chính thức dự Đại hội có 31 người.",
			[]string{"31 | person | exact | total | achieved | year | 2021 | Hà Nội | other | Hà Nội"}},
		{"near miss: the bare Đại hội after a union's congress tells the union's", home, "2023-06-20",
			"Đại hội Công đoàn ngành Giáo dục Hà Nội\n\nĐại hội Công đoàn ngành Giáo dục Hà Nội lần thứ XV diễn ra ngày 19/6. Đại hội triệu tập 260 đại biểu.",
			[]string{"260 | person | exact | total | achieved | year | 2023 | Công đoàn ngành Giáo dục | other | Hà Nội"}},
		{"the programmes a resolution is carried out through are no figure", home, "2023-06-20",
			"Đại hội Công đoàn ngành Giáo dục Hải Phòng\n\nTại Đại hội, Công đoàn ngành Giáo dục Hải Phòng sẽ xem xét kết quả 4 Chương trình thực hiện Nghị quyết Đại hội XV Công đoàn thành phố Hải Phòng.\nDự Đại hội có 240 đại biểu.",
			[]string{"240 | person | exact | total | achieved | year | 2023 | Công đoàn ngành Giáo dục | other | Hải Phòng"}},
		{"near miss: programmes a union holds are counted", home, "2023-06-20",
			"Công đoàn ngành Giáo dục Hải Phòng chăm lo đoàn viên\n\nTrong năm 2023, Công đoàn ngành Giáo dục Hải Phòng tổ chức 4 chương trình chăm lo đoàn viên.",
			[]string{"4 | event | exact | total | achieved | year | 2023 | Công đoàn ngành Giáo dục | welfare | Hải Phòng"}},
		{"a firm's union placed in one paragraph keeps its province in a later one", "https://example.vn/bua-an-ca.html", "2022-05-10",
			roundup + "\n\nÔng Bình cho biết thêm, CĐ Công ty Hoa Sen Electronics Việt Nam còn tổ chức 4 buổi đối thoại với người lao động.",
			[]string{"120 | gift | exact | total | achieved | year | 2022 | Công đoàn Công ty Phú Gia | welfare | Đồng Nai",
				"300 | gift | exact | total | achieved | year | 2022 | Công đoàn Công ty Hoa Sen Electronics Việt Nam | welfare | Thành phố Hồ Chí Minh",
				"4 | event | exact | total | achieved | year | 2022 | Công đoàn Công ty Hoa Sen Electronics Việt Nam | representation | Thành phố Hồ Chí Minh"}},
		{"near miss: a firm's union placed nowhere stays without a province", "https://example.vn/bua-an-ca.html", "2022-05-10",
			"Công đoàn giám sát bữa ăn ca\n\nNhiều CĐCS tham gia giám sát chất lượng bữa ăn ca của người lao động.\n\nBà Trần Thị Mai - Chủ tịch CĐ Công ty Phú Gia (KCN Biên Hòa, Đồng Nai) - cho biết, công đoàn đã trao 120 suất quà cho công nhân.\n\nÔng Bình cho biết thêm, CĐ Công ty Hoa Sen Electronics Việt Nam còn tổ chức 4 buổi đối thoại với người lao động.",
			[]string{"120 | gift | exact | total | achieved | year | 2022 | Công đoàn Công ty Phú Gia | welfare | Đồng Nai",
				"4 | event | exact | total | achieved | year | 2022 | Công đoàn Công ty Hoa Sen Electronics Việt Nam | representation | "}},
	})
}

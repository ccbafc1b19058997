package extract

import "testing"

// TestSlugBodiesAndListClauses: what probe FB of the eighteenth session
// found (PHENOMENA "FB", FB18-2, FB18-4, FB18-5, FB18-7b). An excerpt
// without its headline that names its district by its type alone ("LĐLĐ
// quận") takes the one district of that type and province its link's
// words name, at the slug's start or after its type word; one naming no
// body at all takes the civil servants' or a sectoral union its link
// names by kind. Every sentence is invented.
func TestSlugBodiesAndListClauses(t *testing.T) {
	const dn = "https://congdoandanang.org.vn/tin-tuc/ldld-quan-huyen/"
	const body = "Nửa đầu năm nay, công đoàn cơ sở các đơn vị làm tốt việc đại diện cho đoàn viên. Đã tặng 162 suất quà cho đoàn viên khó khăn; thành lập 6 CĐCS.\n\nCũng dịp này, Liên đoàn Lao động quận nhìn lại 4 năm tổ chức Tháng Công nhân.\n\nMinh Khuê"
	runLineCases(t, []lineCase{
		{"a bare LĐLĐ quận takes the district the link's words open on", dn + "son-tra-so-ket-6-thang-2041.html", "",
			body,
			[]string{"162 | gift | exact | total | achieved | year | 0 | Sơn Trà | welfare | Đà Nẵng",
				"6 | union | exact | total | achieved | year | 0 | Sơn Trà | membership | Đà Nẵng"}},
		{"a bare LĐLĐ quận takes the district named after its type word", dn + "ldld-quan-son-tra-so-ket-2041.html", "",
			body,
			[]string{"162 | gift | exact | total | achieved | year | 0 | Sơn Trà | welfare | Đà Nẵng",
				"6 | union | exact | total | achieved | year | 0 | Sơn Trà | membership | Đà Nẵng"}},
		{"near miss: a district of another province in the link is none", dn + "ba-dinh-so-ket-6-thang-2041.html", "",
			body,
			[]string{"162 | gift | exact | total | achieved | year | 0 |  | welfare | Đà Nẵng",
				"6 | union | exact | total | achieved | year | 0 |  | membership | Đà Nẵng"}},
		{"near miss: a huyện in the link is no quận", dn + "hoa-vang-so-ket-6-thang-2041.html", "",
			body,
			[]string{"162 | gift | exact | total | achieved | year | 0 |  | welfare | Đà Nẵng",
				"6 | union | exact | total | achieved | year | 0 |  | membership | Đà Nẵng"}},
		{"near miss: two districts in the link name none", dn + "son-tra-va-quan-hai-chau-so-ket-2041.html", "",
			body,
			[]string{"162 | gift | exact | total | achieved | year | 0 |  | welfare | Đà Nẵng",
				"6 | union | exact | total | achieved | year | 0 |  | membership | Đà Nẵng"}},
		{"an excerpt naming no body takes the civil servants' union its link names", "https://baodongnai.com.vn/chinh-tri/202307/dai-hoi-cong-doan-vien-chuc-tinh-lan-thu-iv-cham-lo-doan-vien-1234/", "",
			"Cả nhiệm kỳ, CCVC-LĐ tích cực tham gia phong trào do công đoàn phát động; trao 478 phần quà cho đoàn viên công đoàn khó khăn.",
			[]string{"478 | gift | exact | total | achieved | multi_year | 2023 | Công đoàn Viên chức | welfare | Đồng Nai"}},
		{"an excerpt naming no body takes the sectoral union its link names", "https://baodongnai.com.vn/chinh-tri/202307/cong-doan-nganh-y-te-trao-qua-1234/", "",
			"Cũng trong dịp này, công đoàn các cấp đã trao 215 phần quà cho đoàn viên công đoàn khó khăn để động viên họ.",
			[]string{"215 | gift | exact | total | achieved | year | 2023 | Công đoàn ngành Y tế | welfare | Đồng Nai"}},
		{"near miss: the national civil servants' union in the link is left", "https://baodongnai.com.vn/chinh-tri/202307/cong-doan-vien-chuc-viet-nam-trao-qua-1234/", "",
			"Cũng trong dịp này, công đoàn các cấp đã trao 215 phần quà cho đoàn viên công đoàn khó khăn để động viên họ.",
			[]string{"215 | gift | exact | total | achieved | year | 2023 |  | welfare | Đồng Nai"}},
	})
}

// TestOneGiftOfItsOwnValue: probe FB's FB18-7b. A count of one joined by
// "và" after each gift's value is one more gift with a value of its own
// when "trị giá" follows it ("09 suất quà, mỗi suất trị giá 600.000 đồng và
// 01 suất quà trị giá 2 triệu đồng"): a total, not what each gets. Near
// miss: a one with no value of its own after each's sum is each one's
// extra. Every sentence is invented.
func TestOneGiftOfItsOwnValue(t *testing.T) {
	const link = "https://example.vn/tin-fb18c.html"
	const head = "LĐLĐ huyện Gia Bình chăm lo cho đoàn viên\n\nNăm nay LĐLĐ huyện Gia Bình tổng kết việc chăm lo đoàn viên.\n\n"
	runLineCases(t, []lineCase{
		{"a one after each's value with a value of its own is a total", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình trao 09 suất quà, mỗi suất trị giá 600.000 đồng và 01 suất quà trị giá 2 triệu đồng cho đoàn viên khó khăn.",
			[]string{"9 | gift | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"600000 | vnd | exact | per_unit | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"1 | gift | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"2000000 | vnd | exact | per_unit | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"near miss: a one after each's sum with no value is each one's", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình thăm 40 đoàn viên khó khăn, mỗi suất 1 triệu đồng và 1 phần quà.",
			[]string{"40 | member | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"1000000 | vnd | exact | per_unit | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"1 | gift | exact | per_unit | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
	})
}

// TestCampaignsOfActivities: probe FB's FB18-7c. Campaigns of activities
// held ("2 đợt hoạt động cao điểm") are events; so are the rounds one
// activity is held in after a verb of holding ("qua 3 đợt giải ngân",
// probe GG of the nineteenth session: a count of union activity, no
// duration). Every sentence is invented.
func TestCampaignsOfActivities(t *testing.T) {
	const link = "https://example.vn/tin-fb18d.html"
	const head = "LĐLĐ huyện Gia Bình chăm lo cho đoàn viên\n\nNăm nay LĐLĐ huyện Gia Bình tổng kết việc chăm lo đoàn viên.\n\n"
	runLineCases(t, []lineCase{
		{"campaigns of activities are events", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình đã thực hiện 3 đợt hoạt động cao điểm chăm lo cho đoàn viên khó khăn.",
			[]string{"3 | event | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"rounds of one activity held are events too", link, "2024-12-20",
			head + "Năm 2024, qua 3 đợt giải ngân, LĐLĐ huyện Gia Bình đã cho 45 đoàn viên vay vốn.",
			[]string{"3 | event | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh",
				"45 | member | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh"}},
	})
}

package extract

import "testing"

// TestMirrorAndZones: what probe DO of the sixteenth session (a held-out
// mixed feed, PHENOMENA "DO") found misread: a translated mirror page
// whose English headline and lead stand above the Vietnamese body it did
// not translate, a union of a high-tech park and industrial zones named
// by its initials, and a sum given to a named fund. Each rule has a near miss. Every sentence is
// invented. want lists the records as line renders them.
func TestMirrorAndZones(t *testing.T) {
	const mirror = "https://es.congdoanvietnam.vn/tin-tuc/cho-phien-cong-doan-a-1.tld"
	const dn = "https://laodong.vn/cong-doan/a-1.ldo"
	tests := []lineCase{
		{"a Vietnamese body under an English headline and lead", mirror, "2025-01-20",
			"Union fair at the clinic, buyers pay 0 VND\n\nOn the morning of January 18, the Vietnam Medical Union held a spring fair for the staff of a provincial clinic.\n\nTại chương trình, ông Trần Văn Bình – Phó Chủ tịch Công đoàn Y tế Việt Nam đã trao 60 triệu đồng hỗ trợ 60 đoàn viên, người lao động có hoàn cảnh khó khăn của bệnh viện nhân dịp Tết Nguyên đán.\n\nCác đoàn viên được nhận quà đều là những người đã gắn bó nhiều năm với bệnh viện, có hoàn cảnh đặc biệt khó khăn trong cuộc sống.",
			[]string{"60000000 | vnd | exact | total | achieved | year | 2025 | Công đoàn Y tế Việt Nam | welfare | Việt Nam",
				"60 | member | exact | total | achieved | year | 2025 | Công đoàn Y tế Việt Nam | welfare | Việt Nam"}},
		{"near miss: an English article with a Vietnamese caption", mirror, "2025-01-20",
			"Union fair at the clinic gives gifts to workers\n\nOn the morning of January 18, the Vietnam Health Trade Union held a spring fair for the staff of a provincial clinic, and gave 60 gifts to union members in difficult circumstances.\n\nThe union members who received the gifts have all worked at the clinic for many years, and the union said it would hold the fair again next year.\n\nÔng Trần Văn Bình trao quà cho đoàn viên. Ảnh: Minh An",
			[]string{"60 | gift | exact | total | achieved | year | 2025 | Công đoàn Y tế Việt Nam | welfare | Việt Nam"}},
		{"a zone union by its initials is the full name's", dn, "2023-12-10",
			"Công đoàn trao quà cho con công nhân\n\nNgày 9/12, Công đoàn KCNC và các KCN Bắc Ninh đã trao 85 suất quà cho con đoàn viên, mỗi suất trị giá 400.000 đồng.",
			[]string{"85 | gift | exact | total | achieved | year | 2023 | Công đoàn Khu công nghệ cao và các khu công nghiệp | welfare | Bắc Ninh",
				"400000 | vnd | exact | per_unit | achieved | year | 2023 | Công đoàn Khu công nghệ cao và các khu công nghiệp | welfare | Bắc Ninh"}},
		{"near miss: the zone union by its full name", dn, "2023-12-10",
			"Công đoàn trao quà cho con công nhân\n\nNgày 9/12, Công đoàn Khu công nghệ cao và các khu công nghiệp Bắc Ninh đã trao 85 suất quà cho con đoàn viên.",
			[]string{"85 | gift | exact | total | achieved | year | 2023 | Công đoàn Khu công nghệ cao và các khu công nghiệp | welfare | Bắc Ninh"}},
		{"a sum given to a named fund", dn, "2021-08-12",
			"LĐLĐ tỉnh Bắc Ninh chung tay phòng chống dịch\n\nChủ tịch LĐLĐ tỉnh Bắc Ninh trao bảng tượng trưng hỗ trợ Quỹ phòng chống dịch COVID-19 tỉnh Bắc Ninh 800 triệu đồng cho đại diện Ủy ban Mặt trận Tổ quốc tỉnh.",
			[]string{"800000000 | vnd | exact | total | achieved | year | 2021 | Bắc Ninh | finance | Bắc Ninh"}},
		{"a sum given to a named fund after it", dn, "2021-08-12",
			"LĐLĐ tỉnh Bắc Ninh chung tay phòng chống dịch\n\nLĐLĐ tỉnh Bắc Ninh đã trao 800 triệu đồng cho Quỹ phòng chống dịch COVID-19 của tỉnh.",
			[]string{"800000000 | vnd | exact | total | achieved | year | 2021 | Bắc Ninh | finance | Bắc Ninh"}},
		{"near miss: a sum a fund gives to people", dn, "2021-08-12",
			"LĐLĐ tỉnh Bắc Ninh chung tay phòng chống dịch\n\nLĐLĐ tỉnh Bắc Ninh đã trích từ Quỹ Xã hội 800 triệu đồng hỗ trợ công nhân bị ảnh hưởng bởi dịch COVID-19.",
			[]string{"800000000 | vnd | exact | total | achieved | year | 2021 | Bắc Ninh | welfare | Bắc Ninh"}},
	}
	runLineCases(t, tests)
}

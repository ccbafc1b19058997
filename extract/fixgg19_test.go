package extract

import "testing"

// TestAdmissionGateFixgg19: probe GG of the nineteenth session (PHENOMENA
// "GG") found "kết nạp" letting non-union bodies' articles through the
// relevance gate. Admission is union evidence only when union members
// are admitted: an association's "hội viên" never is, and the Youth
// Union's "đoàn viên" (an article naming a Youth Union body and no
// union body) is not either. Every sentence is invented.
func TestAdmissionGateFixgg19(t *testing.T) {
	const link = "https://example.vn/tin-ket-nap.html"
	runLineCases(t, []lineCase{
		{"a veterans' association admitting its members", link, "2022-07-15",
			"Cựu chiến binh quận Tây Hồ sơ kết 6 tháng\n\nTrong 6 tháng đầu năm 2022, Hội Cựu chiến binh quận Tây Hồ đã kết nạp mới 1.214 hội viên, giúp 31 hộ hội viên vay vốn.",
			nil},
		{"a women's union admitting its members", link, "2022-12-20",
			"Hội Phụ nữ huyện Gia Lâm tổng kết năm 2022\n\nNăm 2022, các cấp Hội Phụ nữ huyện Gia Lâm đã kết nạp mới 870 hội viên, trao 64 suất quà cho hội viên nghèo.",
			nil},
		{"a farmers' union admitting its members", link, "2022-12-20",
			"Hội Nông dân tỉnh Hưng Yên sơ kết\n\nNăm 2022, Hội Nông dân các cấp kết nạp 530 hội viên mới, giải ngân 2,4 tỷ đồng cho 81 hộ.",
			nil},
		{"a district Youth Union's admission ceremony", link, "2023-03-27",
			"Huyện đoàn Đan Phượng kết nạp đoàn viên mới\n\nNgày 25/3, Huyện đoàn Đan Phượng tổ chức lễ kết nạp 176 đoàn viên mới là học sinh trên địa bàn.",
			nil},
		{"a city Youth Union's admissions", link, "2023-12-28",
			"Thành đoàn Hải Phòng tổng kết năm 2023\n\nNăm 2023, Thành đoàn Hải Phòng đã kết nạp 21.300 đoàn viên mới.",
			nil},
		{"near miss: a union's admission of union members stays", link, "2023-12-28",
			"Tổng kết năm 2023\n\nNăm 2023, Liên đoàn Lao động huyện Đan Phượng đã kết nạp 640 đoàn viên công đoàn.",
			[]string{"640 | member | exact | total | achieved | year | 2023 | Đan Phượng | membership | Hà Nội"}},
	})
}

// TestRoundsHeldFixgg19: "N đợt" after a verb of holding (words.tsv
// rounds-held: "tổ chức", "triển khai", "thực hiện", "phát động", "qua")
// counts the rounds a union held, events; elsewhere ("sau 2 đợt", "gồm 2
// đợt thi", an epidemic's waves) and in the passive ("được tổ chức 2
// đợt", a format) "đợt" stays a time unit. Every sentence is invented.
func TestRoundsHeldFixgg19(t *testing.T) {
	const link = "https://example.vn/tin-dot.html"
	const head = "Công đoàn Viên chức tỉnh Quảng Trị chăm lo đoàn viên\n\nNăm nay, Công đoàn Viên chức tỉnh Quảng Trị tổng kết hoạt động.\n\n"
	runLineCases(t, []lineCase{
		{"rounds of blood donation held", link, "2023-12-15",
			head + "Năm 2023, Công đoàn Viên chức tỉnh Quảng Trị đã tổ chức 3 đợt hiến máu tình nguyện.",
			[]string{"3 | event | exact | total | achieved | year | 2023 | Công đoàn Viên chức | other | Quảng Trị"}},
		{"rounds of a fundraising drive gone through", link, "2023-12-15",
			head + "Qua 4 đợt vận động, Công đoàn Viên chức tỉnh Quảng Trị đã trao 70 suất quà.",
			[]string{"4 | event | exact | total | achieved | year | 2023 | Công đoàn Viên chức | finance | Quảng Trị",
				"70 | gift | exact | total | achieved | year | 2023 | Công đoàn Viên chức | welfare | Quảng Trị"}},
		{"near miss: after rounds is a time phrase", link, "2023-12-15",
			head + "Sau 2 đợt giải ngân, Công đoàn Viên chức tỉnh Quảng Trị đã cho 35 đoàn viên vay vốn.",
			[]string{"35 | member | exact | total | achieved | year | 2023 | Công đoàn Viên chức | finance | Quảng Trị"}},
		{"near miss: a programme held in two rounds tells its format", link, "2023-12-15",
			head + "Chương trình khám bệnh cho nữ đoàn viên được tổ chức 2 đợt, với 380 người tham gia.",
			[]string{"380 | person | exact | total | achieved | year | 2023 | Công đoàn Viên chức | welfare | Quảng Trị"}},
	})
}

// TestSpacedDashCountFixgg19: a dash between spaces after a lower-case
// word, before a figure that a counted noun follows, sets the figure off
// from the event's name ("Ngày hội công nhân - 350 suất quà", hyphen or
// en dash, title or body); a capitalised name before the dash ("Covid -
// 19") is a name with a number. Every sentence is invented.
func TestSpacedDashCountFixgg19(t *testing.T) {
	const link = "https://example.vn/tin-ngay-hoi.html"
	runLineCases(t, []lineCase{
		{"a hyphen after an event's name in the title", link, "2024-01-20",
			"Ngày hội công nhân - 260 suất quà đến tay đoàn viên\n\nSáng 19/1, LĐLĐ tỉnh Bình Định tổ chức Ngày hội công nhân tại khu công nghiệp.",
			[]string{"260 | gift | exact | total | achieved | year | 2024 | Bình Định | welfare | Bình Định"}},
		{"an en dash in the body", link, "2024-01-20",
			"LĐLĐ tỉnh Bình Định tổ chức Chợ Tết\n\nSáng 19/1, LĐLĐ tỉnh Bình Định khai mạc Chợ Tết công đoàn – 85 gian hàng phục vụ công nhân.",
			[]string{"85 | count | exact | total | achieved | year | 2024 | Bình Định | welfare | Bình Định"}},
		{"near miss: a capitalised name with a number", link, "2024-01-20",
			"LĐLĐ tỉnh Bình Định tổng kết\n\nSáng 19/1, LĐLĐ tỉnh Bình Định cho biết phòng chống Covid - 19 bằng nhiều hình thức, trao 40 suất quà.",
			[]string{"40 | gift | exact | total | achieved | year | 2024 | Bình Định | welfare | Bình Định"}},
	})
}

// TestHypotheticalFixgg19: a figure in a hypothetical's antecedent
// ("Giá như …", "Giả sử …", "Nếu … thì sẽ …") is a wish or a supposition,
// no record; "Nếu … thì …" comparing two real figures keeps both. Every
// sentence is invented.
func TestHypotheticalFixgg19(t *testing.T) {
	const link = "https://example.vn/tin-phieu-qua.html"
	const head = "LĐLĐ tỉnh Phú Yên trao phiếu mua hàng\n\nSáng 25/1, LĐLĐ tỉnh Phú Yên trao 300 phiếu mua hàng cho công nhân.\n\n"
	const first = "300 | item | exact | total | achieved | year | 2024 | Phú Yên | welfare | Phú Yên"
	runLineCases(t, []lineCase{
		{"if it were more it would be better", link, "2024-01-26",
			head + "“Nếu mỗi phiếu được 800.000 đồng thì sẽ tốt hơn”, anh Trần Văn Lực nói.",
			[]string{first}},
		{"a wish", link, "2024-01-26",
			head + "Giá như mỗi suất quà được nâng lên 1 triệu đồng thì công nhân vui hơn.",
			[]string{first}},
		{"near miss: a comparison of two real figures", link, "2024-01-26",
			head + "Nếu năm trước LĐLĐ tỉnh Phú Yên trao 200 phiếu thì năm nay trao 300 phiếu.",
			[]string{first, "200 | item | exact | total | achieved | year | 2023 | Phú Yên | welfare | Phú Yên",
				"300 | item | exact | total | achieved | year | 2024 | Phú Yên | welfare | Phú Yên"}},
	})
}

package extract

import "testing"

// TestYearEndReviewWords: list markers, venues' names, titles of culture
// awarded and one side of a dialogue that probe DL of the sixteenth
// session found misread (PHENOMENA "DL"), each with a near miss that keeps
// the old reading. Every sentence is invented.
func TestYearEndReviewWords(t *testing.T) {
	const site = "https://tin.example.vn/a-1.html"
	tests := []lineCase{
		{"for example before a list of declines", site, "2024-05-19",
			"Theo LĐLĐ tỉnh Nghệ An, trong giai đoạn từ năm 2019 đến hết ngày 31/12/2023, nhiều đơn vị có số đoàn viên giảm. Tiêu biểu như: Công đoàn ngành Y tế giảm 650 đoàn viên, LĐLĐ huyện Diễn Châu giảm 310 đoàn viên.",
			[]string{"650 | member | exact | total | achieved | multi_year | 2023 | Công đoàn ngành Y tế | membership | Nghệ An",
				"310 | member | exact | total | achieved | multi_year | 2023 | Diễn Châu | membership | Nghệ An"}},
		{"near miss: collectives honoured as tiêu biểu", site, "2024-05-19",
			"LĐLĐ tỉnh Thanh Hóa tổng kết năm 2023. LĐLĐ tỉnh đã khen thưởng 12 tập thể tiêu biểu.",
			[]string{"12 | collective | exact | total | achieved | year | 2023 | Thanh Hóa | emulation | Thanh Hóa"}},
		{"a venue's name of culture and sport", site, "2022-04-25",
			"Sáng 27/4 vừa qua, tại Trung tâm Văn hóa-Thể thao công nhân KCN Gián Khẩu, Công đoàn các KCN tỉnh Ninh Bình phát động Tháng Công nhân năm 2022. Tham dự có hơn 550 CNLĐ của các công đoàn cơ sở.",
			[]string{"550 | person | more_than | total | achieved | year | 2022 | Công đoàn các Khu công nghiệp | other | Ninh Bình"}},
		{"near miss: a festival held at the venue", site, "2022-04-25",
			"Sáng 27/4 vừa qua, tại Trung tâm Văn hóa - Thể thao công nhân, Công đoàn các KCN tỉnh Ninh Bình mở Hội diễn văn nghệ công nhân năm 2022 với 280 diễn viên tham gia.",
			[]string{"280 | person | exact | total | achieved | year | 2022 | Công đoàn các Khu công nghiệp | culture | Ninh Bình"}},
		{"units recognised as up to the cultural standard", site, "2017-01-10",
			"Năm 2016, Công đoàn Viên chức tỉnh Yên Bái đã giới thiệu 60 đoàn viên ưu tú cho Đảng. Ban chỉ đạo đã quyết định công nhận 55 cơ quan, đơn vị đạt chuẩn văn hóa.",
			[]string{"60 | person | exact | total | achieved | year | 2016 | Công đoàn Viên chức | other | Yên Bái",
				"55 | organization | exact | total | achieved | year | 2016 | Công đoàn Viên chức | emulation | Yên Bái"}},
		{"one side of a dialogue after giữa", site, "2016-06-01",
			"LĐLĐ tỉnh Sóc Trăng tiếp tục tổ chức đối thoại giữa 350 đại biểu là đại diện CNLĐ với Chủ tịch UBND tỉnh.",
			[]string{"350 | person | exact | total | achieved | year | 2016 | Sóc Trăng | representation | Sóc Trăng"}},
		{"near miss: the parties to an agreement", site, "2016-06-01",
			"LĐLĐ tỉnh Sóc Trăng và Sở Lao động ký chương trình phối hợp giữa 2 đơn vị. Hai bên trao đổi kinh nghiệm giữa 3 đơn vị với nhau.",
			nil},
	}
	runLineCases(t, tests)
}

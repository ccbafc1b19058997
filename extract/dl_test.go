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
			"Báo cáo của LĐLĐ tỉnh Thanh Hóa cho biết, từ đầu năm 2018 đến ngày 31/12/2022, số lượng đoàn viên ở một số đơn vị đã giảm. Tiêu biểu như: Công đoàn ngành Giáo dục giảm 900 đoàn viên, LĐLĐ huyện Quảng Xương giảm 420 đoàn viên.",
			[]string{"900 | member | exact | total | achieved | multi_year | 2022 | Công đoàn ngành Giáo dục | membership | Thanh Hóa",
				"420 | member | exact | total | achieved | multi_year | 2022 | Quảng Xương | membership | Thanh Hóa"}},
		{"near miss: collectives honoured as tiêu biểu", site, "2024-05-19",
			"LĐLĐ tỉnh Thanh Hóa tổng kết năm 2023. LĐLĐ tỉnh đã khen thưởng 12 tập thể tiêu biểu.",
			[]string{"12 | collective | exact | total | achieved | year | 2023 | Thanh Hóa | emulation | Thanh Hóa"}},
		{"a venue's name of culture and sport", site, "2022-04-25",
			"Sáng 24/4, tại Trung tâm Văn hóa-Thể thao công nhân KCN Đồng Văn, Công đoàn các KCN tỉnh Hà Nam tổ chức Lễ phát động Tháng Công nhân năm 2022. Dự buổi lễ có hơn 600 CNLĐ đến từ các công đoàn cơ sở.",
			[]string{"600 | person | more_than | total | achieved | year | 2022 | Công đoàn các Khu công nghiệp | other | Hà Nam"}},
		{"near miss: a festival held at the venue", site, "2022-04-25",
			"Sáng 24/4, tại Trung tâm Văn hóa - Thể thao công nhân, Công đoàn các KCN tỉnh Hà Nam tổ chức Hội diễn văn nghệ công nhân năm 2022 với 300 diễn viên.",
			[]string{"300 | person | exact | total | achieved | year | 2022 | Công đoàn các Khu công nghiệp | culture | Hà Nam"}},
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

package extract

import "testing"

// TestCategoryFromOwnClause: what probes FF and FB of the eighteenth
// session found (PHENOMENA "FF FB", FFB18-cat…). A figure's category comes
// from the words governing it in its own clause (its noun, its verb, the
// programme it belongs to), never from a word of another clause of the
// sentence. Every sentence is invented.
func TestCategoryFromOwnClause(t *testing.T) {
	const link = "https://example.vn/tin-cat18.html"
	const head = "LĐLĐ huyện Gia Bình tổng kết năm 2024\n\nLĐLĐ huyện Gia Bình tổng kết công tác công đoàn năm 2024.\n\n"
	runLineCases(t, []lineCase{
		{"a target after ; takes its own clause's cue, not the previous clause's", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình phấn đấu có ít nhất 65% đoàn viên tham gia học tập nâng cao kỹ năng nghề; có ít nhất 85% công đoàn cơ sở khu vực ngoài nhà nước cùng người sử dụng lao động thực hiện quy chế dân chủ ở cơ sở.",
			[]string{"65 | percent | at_least | total | planned | year | 2024 | Gia Bình | training | Bắc Ninh",
				"85 | percent | at_least | total | planned | year | 2024 | Gia Bình | representation | Bắc Ninh"}},
		{"near miss: a figure whose own clause names nothing keeps the cue before ;", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình tổ chức 14 lớp tập huấn cho cán bộ công đoàn; có 620 học viên.",
			[]string{"14 | event | exact | total | achieved | year | 2024 | Gia Bình | training | Bắc Ninh",
				"620 | person | exact | total | achieved | year | 2024 | Gia Bình | training | Bắc Ninh"}},
		{"near miss: a share whose part goes on to another figure's drive keeps the cue before ;", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình phát triển đoàn viên đạt 130%; thành lập công đoàn cơ sở đạt 110%, vận động ủng hộ Quỹ Mái ấm công đoàn đạt 100%.",
			[]string{"130 | percent | exact | total | achieved | year | 2024 | Gia Bình | membership | Bắc Ninh",
				"110 | percent | exact | total | achieved | year | 2024 | Gia Bình | membership | Bắc Ninh",
				"100 | percent | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh"}},
		{"works given plaques are emulation, not the next conjunct's founding", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình đã gắn biển 5 công trình và thành lập mới 4 công đoàn cơ sở.",
			[]string{"5 | count | exact | total | achieved | year | 2024 | Gia Bình | emulation | Bắc Ninh",
				"4 | union | exact | total | achieved | year | 2024 | Gia Bình | membership | Bắc Ninh"}},
		{"nights of art named after by a programme's title are culture", link, "2024-12-20",
			head + "Dịp Tết, LĐLĐ huyện Gia Bình sẽ tổ chức 12 đêm văn nghệ chương trình “Xuân về khu trọ” tại các khu nhà trọ đông công nhân.",
			[]string{"12 | event | exact | total | planned | year | 2024 | Gia Bình | culture | Bắc Ninh"}},
		{"a loan programme's disbursement for the poor is finance", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình đã triển khai 2 đợt giải ngân chương trình “Vì nữ đoàn viên, công nhân, viên chức nghèo” với số tiền hơn 800 triệu đồng.",
			[]string{"2 | event | exact | total | achieved | year | 2024 | Gia Bình | other | Bắc Ninh",
				"800000000 | vnd | more_than | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh"}},
		{"a sum of support before đồng thời keeps its support, not the next act's propaganda", link, "2024-12-20",
			head + "Năm 2024, các công đoàn cơ sở hỗ trợ 3.200 người lao động, với số tiền hơn 4 tỷ đồng đồng thời đã tuyên truyền, vận động 300 chủ nhà trọ giảm giá thuê.",
			[]string{"3200 | person | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"4000000000 | vnd | more_than | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh",
				"300 | count | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh"}},
		{"near miss: disbursed support money is no loan", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình đã giải ngân kinh phí hỗ trợ 150 triệu đồng cho đoàn viên khó khăn.",
			[]string{"150000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"a sum a drive raised for flood victims is finance", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình nhắn tin ủng hộ quỹ với 900 tin nhắn; vận động hỗ trợ đồng bào vùng cao khắc phục thiệt hại do mưa lũ được 350 triệu đồng; trao 120 phần quà cho đoàn viên khó khăn.",
			[]string{"900 | count | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh",
				"350000000 | vnd | exact | total | achieved | year | 2024 | Gia Bình | finance | Bắc Ninh",
				"120 | gift | exact | total | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"near miss: a sum given after a drive's words in another clause is what the gift is", link, "2024-12-20",
			head + "Năm 2024, LĐLĐ huyện Gia Bình vận động doanh nghiệp, mỗi đoàn viên khó khăn được hỗ trợ 2 triệu đồng.",
			[]string{"2000000 | vnd | exact | per_unit | achieved | year | 2024 | Gia Bình | welfare | Bắc Ninh"}},
		{"a union's share of workers is membership", link, "2024-12-20",
			head + "Tỉ lệ đoàn viên của huyện Gia Bình đạt 78,5% trên tổng số lao động.",
			[]string{"78.5 | percent | exact | total | achieved | year | 2024 | Gia Bình | membership | Bắc Ninh"}},
	})
}

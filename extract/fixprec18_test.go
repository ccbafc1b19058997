package extract

import "testing"

// TestCrisisStatisticsOwnStoriesPrec18: what probes FA and FI of the
// eighteenth session (PHENOMENA "FA FI", crisis statistics and a
// beneficiary's own story) found: how a crisis hit workers and firms — firms
// shut down, workers laid off, in rented rooms or in quarantine, the zones
// an epidemic spread to — taken as union figures even after "Theo thống kê
// của LĐLĐ …" (FA18p-1), and a beneficiary's quoted purchase and daily
// earnings taken as union figures (FI18p-5). Each rule has a near miss.
// Every sentence is invented.
func TestCrisisStatisticsOwnStoriesPrec18(t *testing.T) {
	const link = "https://example.vn/tin-prec.html"
	runLineCases(t, []lineCase{
		{"the crisis a union reports is no figure of its, its own aid is", link, "2021-06-10",
			"Công đoàn đồng hành với người lao động mùa dịch\n\nChỉ trong hai tuần, dịch lan sang nhà xưởng của 4 khu công nghiệp.\n\nTheo thống kê của LĐLĐ tỉnh Hưng Yên, tới nay 275 doanh nghiệp đã phải tạm ngừng hoạt động, với khoảng 39.000 công nhân lao động phải nghỉ việc. Bên cạnh đó, trên 17.500 công nhân ngoại tỉnh phải ở trọ hoặc đang bị cách ly tại chỗ. LĐLĐ tỉnh Hưng Yên đã hỗ trợ 5.400 công nhân.",
			[]string{"5400 | person | exact | total | achieved | year | 2021 | Hưng Yên | welfare | Hưng Yên"}},
		{"workers out of work in a title and the firms with their staff are no figure", link, "2020-10-01",
			"Hải Phòng: gần 38.600 lao động bị mất hoặc thiếu việc làm\n\nBên cạnh các doanh nghiệp, 265 trường mầm non tư thục, với hơn 9.400 cán bộ, giáo viên, người lao động cũng bị mất hoặc thiếu việc làm. Các cấp Công đoàn thành phố Hải Phòng đã thăm hỏi, hỗ trợ 8.765 trường hợp khó khăn.",
			[]string{"8765 | count | exact | total | achieved | year | 2020 | Hải Phòng | welfare | Hải Phòng"}},
		{"near miss: a union's gifts to workers in quarantine or in rented rooms are its own", link, "2021-06-10",
			"Công đoàn cùng công nhân vùng dịch\n\nLĐLĐ tỉnh Hưng Yên trao 2.000 suất quà cho công nhân đang bị cách ly. Công đoàn các khu công nghiệp tỉnh hỗ trợ 1.500 công nhân phải ở trọ.",
			[]string{"2000 | gift | exact | total | achieved | year | 2021 | Hưng Yên | welfare | Hưng Yên",
				"1500 | person | exact | total | achieved | year | 2021 | Công đoàn các Khu công nghiệp | welfare | Hưng Yên"}},
		{"near miss: zones a union helps in are no reach of the epidemic", link, "2021-06-10",
			"Công đoàn cùng công nhân vùng dịch\n\nLĐLĐ tỉnh Hưng Yên đã trao quà cho công nhân tại 3 khu công nghiệp nơi dịch lan rộng.",
			[]string{"3 | count | exact | total | achieved | year | 2021 | Hưng Yên | welfare | Hưng Yên"}},
		{"a beneficiary's quoted purchase and her daily earnings are no union figure", link, "2025-01-10",
			"Chợ Tết Công đoàn trực tuyến\n\nNgày 8-1, Công đoàn phường An Khánh đã trao 60 phiếu mua hàng cho người lao động tự do.\n\nChị Trần Thị Mơ (bán hàng rong) cho biết chị đã mua hàng lần đầu.\n\n“Sau khi xem kỹ, tôi chọn mua một bộ chăn gối, trị giá đúng 350.000 đồng, được giao tận nhà.” - chị Mơ nói.\n\nMỗi ngày chị đi bán hơn 12 giờ, để có khoản thu 200.000 đồng - 300.000 đồng/ngày.",
			[]string{"60 | item | exact | total | achieved | year | 2025 | An Khánh | welfare | "}},
		{"near miss: what a union gives a named beneficiary, and her house's cost, stay", link, "2025-01-10",
			"Mái ấm Công đoàn\n\nChị Trần Thị Mơ nhận 2 triệu đồng hỗ trợ của Công đoàn phường An Khánh.\n\nSau 2 tháng thi công, nhà chị Mơ đã được hoàn thiện với tổng kinh phí trên 60 triệu đồng.",
			[]string{"2000000 | vnd | exact | total | achieved | year | 2025 | An Khánh | welfare | ",
				"60000000 | vnd | more_than | total | achieved | year | 2025 | An Khánh | welfare | "}},
		{"near miss: what an honoured worker achieved is no purchase or earnings of hers", link, "2023-05-10",
			"Tôn vinh công nhân giỏi\n\nLĐLĐ tỉnh Hà Nam tuyên dương 40 công nhân giỏi.\n\nChị Đỗ Thị Nga, công nhân Công ty may An Phú, đã có 7 sáng kiến làm lợi trên 2 tỷ đồng.",
			[]string{"40 | person | exact | total | achieved | year | 2023 | Hà Nam | emulation | Hà Nam",
				"7 | initiative | exact | total | achieved | year | 2023 | Hà Nam | emulation | Hà Nam",
				"2000000000 | vnd | more_than | total | achieved | year | 2023 | Hà Nam | emulation | Hà Nam"}},
	})
}

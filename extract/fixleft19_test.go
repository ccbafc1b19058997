package extract

import "testing"

// TestGuestsScholarshipsEmploymentLeft19: what probes GD and GC of the
// nineteenth session left after their fixers (PHENOMENA "GD GC … left"):
// the attendance listed after the guests of an event the article's own
// federation holds went to a guest body under it, and a page's player
// clock and follow button took the title's place so the event's category
// was lost (L19-1); the members a congress's delegates stand for read as
// the delegates' "bầu" (L19-2); a gift's recipients' "học tập" made it
// training (L19-3); an area's employment share in a union's sentence was
// kept (L19-4). Each rule has a near miss. Every sentence is invented.
func TestGuestsScholarshipsEmploymentLeft19(t *testing.T) {
	const link = "https://example.vn/tin-left19.html"
	const congress = "Đại hội Công đoàn tỉnh Tây Ninh lần thứ I\n\nSáng 17-12, Đại hội Công đoàn tỉnh Tây Ninh lần thứ I (nhiệm kỳ 2025-2030) bước vào phiên làm việc đầu tiên.\n\n"
	runLineCases(t, []lineCase{
		{"the attendance listed after the guests of the federation's own event is the federation's", link, "2026-02-10",
			"“Bữa cơm tất niên Công đoàn” ấm cúng ở Công ty cổ phần May Phù Mỹ\n\nTối 11-2, Liên đoàn Lao động tỉnh Quảng Ngãi phối hợp với Công ty cổ phần May Phù Mỹ tổ chức buổi “Bữa cơm tất niên Công đoàn” dành cho công nhân, người lao động của công ty.\n\nTham dự chương trình có lãnh đạo Công ty cổ phần May Phù Mỹ, Công đoàn xã Phù Mỹ, đại diện LĐLĐ tỉnh và 375 đoàn viên, người lao động của Công ty.",
			[]string{"375 | member | exact | total | achieved | year | 2026 | Quảng Ngãi | welfare | Quảng Ngãi"}},
		{"near miss: an event no text says the federation holds is the host's under it", link, "2019-05-20",
			"Giao lưu thể thao các bệnh viện tỉnh\n\nBuổi giao lưu được tổ chức tại nhà văn hóa công nhân Bệnh viện Đa khoa C.\n\nTham dự chương trình có các đồng chí: Lê Văn Hòa, Phó Chủ tịch LĐLĐ tỉnh Gia Lai; Trần Thị Mai, Chủ tịch Công đoàn ngành Y tế tỉnh Gia Lai cùng đông đảo vận động viên của 14 đơn vị tham dự.",
			[]string{"14 | organization | exact | total | achieved | year | 2019 | Công đoàn ngành Y tế | culture | Gia Lai"}},
		{"a player clock and a follow button are no title: the headline's event gives the category", link, "2026-02-10",
			"Đời sống\n\n“Bữa cơm tất niên Công đoàn” ấm cúng ở Công ty cổ phần May Phù Mỹ\n\nTheo dõi Báo Quảng Ngãi trên Google News\n0:00 / 0:00\n0:00\n\nTối 11-2, Liên đoàn Lao động tỉnh Quảng Ngãi phối hợp với Công ty cổ phần May Phù Mỹ tổ chức buổi gặp mặt dành cho công nhân, người lao động của công ty.\n\nTham dự chương trình có lãnh đạo Công ty cổ phần May Phù Mỹ, đại diện LĐLĐ tỉnh và 375 đoàn viên, người lao động của Công ty.",
			[]string{"375 | member | exact | total | achieved | year | 2026 | Quảng Ngãi | welfare | Quảng Ngãi"}},
		{"the members elected delegates stand for are membership", link, "2025-12-20",
			congress + "Về dự Đại hội có 315 đại biểu chính thức, được bầu tại đại hội các công đoàn cấp trên, đại diện cho hơn 860.000 đoàn viên toàn tỉnh.",
			[]string{"315 | person | exact | total | achieved | year | 2025 | Tây Ninh | other | Tây Ninh",
				"860000 | member | more_than | total | achieved | snapshot | 2025 | Tây Ninh | membership | Tây Ninh"}},
		{"near miss: delegates elected stay other", link, "2025-12-20",
			congress + "Đại hội đã bầu 38 đại biểu đi dự Đại hội Công đoàn Việt Nam.",
			[]string{"38 | person | exact | total | achieved | year | 2025 | Tây Ninh | other | Tây Ninh"}},
		{"a scholarship for pupils who strive in their studies is welfare", link, "2025-10-20",
			"Công đoàn phường Bình Trưng chăm lo đoàn viên\n\nNăm 2025, Công đoàn phường Bình Trưng đã trao 52 suất học bổng cho học sinh nhà nghèo chăm chỉ học tập.",
			[]string{"52 | gift | exact | total | achieved | year | 2025 | Bình Trưng | welfare | "}},
		{"a gift for pupils who strive in their studies is welfare", link, "2025-10-20",
			"Công đoàn phường Bình Trưng chăm lo đoàn viên\n\nNăm 2025, Công đoàn phường Bình Trưng đã trao 52 suất quà cho học sinh nhà nghèo chăm chỉ học tập.",
			[]string{"52 | gift | exact | total | achieved | year | 2025 | Bình Trưng | welfare | "}},
		{"scholarships and study gifts for members' children are welfare", link, "2025-10-20",
			"Công đoàn phường Bình Trưng chăm lo đoàn viên\n\nNăm 2025, Công đoàn phường Bình Trưng đã tặng 27 suất quà học tập và học bổng cho con đoàn viên chăm ngoan, học giỏi.",
			[]string{"27 | gift | exact | total | achieved | year | 2025 | Bình Trưng | welfare | "}},
		{"near miss: a class for members stays training", link, "2025-10-20",
			"Công đoàn phường Bình Trưng tập huấn cán bộ\n\nNăm 2025, Công đoàn phường Bình Trưng đã mở 3 lớp tập huấn cho cán bộ công đoàn cơ sở.",
			[]string{"3 | event | exact | total | achieved | year | 2025 | Bình Trưng | training | "}},
		{"an area's employment share is no union figure", link, "2025-10-20",
			"Đại hội Công đoàn xã Yên Định lần thứ I\n\nTừ khi thành lập, Công đoàn xã Yên Định đã chủ động triển khai các hoạt động, đời sống đoàn viên từng bước được cải thiện, có 96% người lao động (NLĐ) có việc làm ổn định. Năm 2025, Công đoàn xã Yên Định đã trao 60 suất quà cho đoàn viên khó khăn.",
			[]string{"60 | gift | exact | total | achieved | year | 2025 | Yên Định | welfare | "}},
		{"near miss: jobs the union helps to find stay its result", link, "2025-10-20",
			"Đại hội Công đoàn xã Yên Định lần thứ I\n\nNăm 2025, Công đoàn xã Yên Định đã phối hợp giới thiệu việc làm, giúp 85% lao động có việc làm ổn định.",
			[]string{"85 | percent | exact | total | achieved | year | 2025 | Yên Định | other | "}},
	})
}

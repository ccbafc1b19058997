package extract

import "testing"

// TestParenthesisedDateLeadFixlast18d: what probe FH of the eighteenth
// session (PHENOMENA "FH", fixlast18d) found dropped: a short brief whose
// title names no union and whose lead names one union body, as its
// subject, after a time phrase with a date in parentheses ("Sáng nay (3/2,
// tức ngày 24 tháng Chạp), Công đoàn A …"): the parenthesis pushed the
// body past subjectReach, so the article gate read it as a union named
// once in passing. Every sentence is invented.
func TestParenthesisedDateLeadFixlast18d(t *testing.T) {
	const link = "https://example.vn/chuyen-xe-tet.html"
	runLineCases(t, []lineCase{
		{"a union body after a parenthesised date is the lead's subject", link, "2025-01-24",
			"Vĩnh Phúc: Những chuyến xe đưa người lao động về quê ăn Tết\n\nCập nhật: 24/01/2025\n\nSáng nay (24/1, tức ngày 25 tháng Chạp), Công đoàn Khu công nghiệp Bình Xuyên phối hợp các doanh nghiệp tổ chức 12 chuyến xe, đưa hơn 500 công nhân về quê đón Tết.\n\nTừ khóa: #vĩnh phúc #công nhân\n\nThể loại: Xã hội\n\nTác giả:\n\nNguồn tin: Đài tỉnh\n\nBình luận",
			[]string{"12 | count | exact | total | achieved | year | 2025 | Công đoàn Khu công nghiệp Bình Xuyên | welfare | Vĩnh Phúc",
				"500 | person | more_than | total | achieved | year | 2025 | Công đoàn Khu công nghiệp Bình Xuyên | welfare | Vĩnh Phúc"}},
		{"near miss: a union body far into the lead after a long list stays a passing mention", link, "2025-01-24",
			"Vĩnh Phúc: Những chuyến xe đưa người lao động về quê ăn Tết\n\nCập nhật: 24/01/2025\n\nSáng nay (24/1, tức ngày 25 tháng Chạp), Sở Giao thông, Sở Y tế, Sở Công thương, Ban quản lý các khu công nghiệp và Công đoàn Khu công nghiệp Bình Xuyên dự lễ tiễn 12 chuyến xe, đưa hơn 500 hành khách về quê đón Tết.\n\nTừ khóa: #vĩnh phúc\n\nThể loại: Xã hội\n\nTác giả:\n\nNguồn tin: Đài tỉnh\n\nBình luận",
			nil},
	})
}

// TestGluedPhotoNumberFixlast18d: what probe FG of the eighteenth session
// (PHENOMENA "FG", fixlast18d) found misread: a page that labels each
// photo with its title and the photo's number ("<title> - ảnh 1") and
// glues the caption to that number, so that a caption opening on a count
// ("<title> - ảnh 1350 công nhân …": photo 1, "350 công nhân") read as
// 1350. Every sentence is invented.
func TestGluedPhotoNumberFixlast18d(t *testing.T) {
	const link = "https://example.vn/thang-cong-nhan.html"
	const title = "Đà Nẵng khởi động Tháng Công nhân năm 2025"
	const lead = "(TTX) - Liên đoàn Lao động thành phố Đà Nẵng đã tặng quà cho công nhân khó khăn và tổ chức khám sức khỏe miễn phí."
	const body = "Sáng 20/4, LĐLĐ thành phố Đà Nẵng tổ chức lễ khởi động Tháng Công nhân năm 2025. Nhân dịp này, LĐLĐ thành phố trao 80 suất quà cho công nhân khó khăn."
	runLineCases(t, []lineCase{
		{"the first photo's number is not read with the caption's count", link, "2025-04-20",
			title + "\n\n" + lead + "\n\n" + body + "\n\n" + title + " - ảnh 1350 công nhân được khám sức khỏe miễn phí - Ảnh: TTX\n\nDịp này, 350 công nhân được khám sức khỏe miễn phí.",
			[]string{"80 | gift | exact | total | achieved | year | 2025 | Đà Nẵng | welfare | Đà Nẵng",
				"350 | person | exact | total | achieved | year | 2025 | Đà Nẵng | welfare | Đà Nẵng",
				"350 | person | exact | total | achieved | year | 2025 | Đà Nẵng | welfare | Đà Nẵng"}},
		{"the second photo's number after a bare first label", link, "2025-04-20",
			title + "\n\n" + lead + "\n\n" + body + "\n\n" + title + " - ảnh 1\n\nCông nhân nhận quà.\n\n" + title + " - ảnh 2350 công nhân được khám sức khỏe miễn phí - Ảnh: TTX\n\nDịp này, 350 công nhân được khám sức khỏe miễn phí.",
			[]string{"80 | gift | exact | total | achieved | year | 2025 | Đà Nẵng | welfare | Đà Nẵng",
				"350 | person | exact | total | achieved | year | 2025 | Đà Nẵng | welfare | Đà Nẵng",
				"350 | person | exact | total | achieved | year | 2025 | Đà Nẵng | welfare | Đà Nẵng"}},
		{"near miss: a number not opening on the photo's own is read whole", link, "2025-04-20",
			title + "\n\n" + lead + "\n\n" + body + "\n\n" + title + " - ảnh 3350 công nhân được khám sức khỏe miễn phí - Ảnh: TTX\n\nDịp này, 350 công nhân được khám sức khỏe miễn phí.",
			[]string{"80 | gift | exact | total | achieved | year | 2025 | Đà Nẵng | welfare | Đà Nẵng",
				"3350 | person | exact | total | achieved | year | 2025 | Đà Nẵng | welfare | Đà Nẵng",
				"350 | person | exact | total | achieved | year | 2025 | Đà Nẵng | welfare | Đà Nẵng"}},
	})
}

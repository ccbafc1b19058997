package extract

import (
	"testing"

	"github.com/lddt/unionstats/corpus"
)

// TestLeadAfterTitleJointUnitsDepartmentsFF18b: what probe FF of the
// eighteenth session showed (PHENOMENA "FF (… eighteenth session)"): a
// lead that ends no sentence between the title and the title repeated as
// a caption, two district federations of one lead each named in a
// sentence of its own, a department's union named with its province.
// Every sentence is invented.
func TestLeadAfterTitleJointUnitsDepartmentsFF18b(t *testing.T) {
	const link = "https://example.vn/tin-ff18b.html"
	for _, tt := range []struct {
		name, raw string
		want      []string
	}{
		{"a lead with no full stop between the title and its repeat as a caption stays the lead",
			`{"id":"x","title":"Yên Thành tôn vinh 12 chủ tịch công đoàn cơ sở","body":"Yên Thành tôn vinh 12 chủ tịch công đoàn cơ sở\n\n(Báo Tỉnh) - LĐLĐ huyện Yên Thành (Nghệ An) tổ chức gặp mặt cán bộ công đoàn các thời kỳ và tôn vinh 12 chủ tịch công đoàn cơ sở tiêu biểu năm 2019\n\nYên Thành tôn vinh 12 chủ tịch công đoàn cơ sở\n\nCác đại biểu dự buổi gặp mặt tại hội trường huyện Yên Thành\n\nDịp này, LĐLĐ huyện Yên Thành còn trao 40 suất quà cho đoàn viên khó khăn.","published":"2019-07-20"}`,
			[]string{"12 | person | exact | total | achieved | year | 2019 | Yên Thành | emulation | Nghệ An",
				"12 | person | exact | total | achieved | year | 2019 | Yên Thành | emulation | Nghệ An",
				"12 | person | exact | total | achieved | year | 2019 | Yên Thành | emulation | Nghệ An",
				"40 | gift | exact | total | achieved | year | 2019 | Yên Thành | welfare | Nghệ An"}},
		{"… with no feed title, the caption repeating the title is no related link",
			`{"id":"y","body":"Yên Thành tôn vinh 12 chủ tịch công đoàn cơ sở\n\n(Báo Tỉnh) - LĐLĐ huyện Yên Thành (Nghệ An) tổ chức gặp mặt cán bộ công đoàn các thời kỳ và tôn vinh 12 chủ tịch công đoàn cơ sở tiêu biểu năm 2019\n\nYên Thành tôn vinh 12 chủ tịch công đoàn cơ sở\n\nCác đại biểu dự buổi gặp mặt tại hội trường huyện Yên Thành\n\nDịp này, LĐLĐ huyện Yên Thành còn trao 40 suất quà cho đoàn viên khó khăn.","published":"2019-07-20"}`,
			[]string{"12 | person | exact | total | achieved | year | 2019 | Yên Thành | emulation | Nghệ An",
				"12 | person | exact | total | achieved | year | 2019 | Yên Thành | emulation | Nghệ An",
				"12 | person | exact | total | achieved | year | 2019 | Yên Thành | emulation | Nghệ An",
				"40 | gift | exact | total | achieved | year | 2019 | Yên Thành | welfare | Nghệ An"}},
		{"near miss: chrome above the page's repeat of the feed's title is still no lead",
			`{"id":"z","title":"Yên Thành tôn vinh 12 chủ tịch công đoàn cơ sở","body":"Chủ đề năm 2018: Công đoàn huyện Yên Thành đoàn kết, đổi mới, sáng tạo vì quyền lợi đoàn viên và người lao động trong giai đoạn mới (1929 - 2018)\n\nYên Thành tôn vinh 12 chủ tịch công đoàn cơ sở\n\nDịp này, LĐLĐ huyện Yên Thành (Nghệ An) trao 40 suất quà cho đoàn viên khó khăn trong năm 2019.","published":"2019-07-20"}`,
			[]string{"12 | person | exact | total | achieved | year | 2019 | Yên Thành | emulation | Nghệ An",
				"40 | gift | exact | total | achieved | year | 2019 | Yên Thành | welfare | Nghệ An"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			as, warns := corpus.ParseJSONL("t.jsonl", []byte(tt.raw))
			if len(as) != 1 {
				t.Fatalf("ParseJSONL: %d articles, warnings %v", len(as), warns)
			}
			recs, notes := Article(&as[0])
			checkLines(t, recs, notes, tt.want)
		})
	}
	runLineCases(t, []lineCase{
		{"two district federations of one lead: a sentence naming one of them is its", link, "2021-07-28",
			"Văn nghệ mừng Ngày thành lập Công đoàn Việt Nam\n\nSáng 25.7, Liên đoàn Lao động các huyện Kim Thành, Tứ Kỳ cùng mở hội diễn văn nghệ cho người lao động.\n\nHội diễn của huyện Kim Thành có 11 đội thi. 13 đội thi góp mặt ở hội diễn của huyện Tứ Kỳ.\n\nKết quả, 2 tiết mục của CĐCS xã Cộng Hòa đạt giải A ở hội diễn huyện Kim Thành. 5 tiết mục của cụm CĐCS xã Hà Kỳ và cụm CĐCS thị trấn Tứ Kỳ giành giải A hội diễn huyện Tứ Kỳ.",
			[]string{"11 | count | exact | total | achieved | year | 2021 | Kim Thành | culture | Hải Dương",
				"13 | count | exact | total | achieved | year | 2021 | Tứ Kỳ | culture | Hải Dương",
				"2 | count | exact | total | achieved | year | 2021 | Kim Thành | culture | Hải Dương",
				"5 | count | exact | total | achieved | year | 2021 | Tứ Kỳ | culture | Hải Dương"}},
		{"near miss: a sentence naming both units after its figure stays with the lead's body", link, "2021-07-28",
			"Văn nghệ mừng Ngày thành lập Công đoàn Việt Nam\n\nSáng 25.7, Liên đoàn Lao động các huyện Kim Thành, Tứ Kỳ cùng mở hội diễn văn nghệ cho người lao động.\n\nTổng cộng 24 đội thi của huyện Kim Thành và huyện Tứ Kỳ tham gia hội diễn.",
			[]string{"24 | count | exact | total | achieved | year | 2021 | Kim Thành | culture | Hải Dương"}},
		{"a department's union named with its province leaves the province out of its name", link, "2022-08-30",
			"Hội thao ngành tài chính năm 2022\n\nVừa qua, Công đoàn Sở Tài chính tỉnh Thái Bình tổ chức hội thao cho người lao động trong ngành năm 2022.\n\nTham gia hội thao có 140 vận động viên thuộc 11 đơn vị trực thuộc. Công đoàn Sở Lao động - Thương binh và Xã hội tỉnh Thái Bình trao 18 suất quà. Công đoàn Sở Y tế thành phố Hải Phòng trao 30 suất quà.",
			[]string{"140 | person | exact | total | achieved | year | 2022 | Công đoàn Sở Tài chính | culture | Thái Bình",
				"11 | organization | exact | total | achieved | year | 2022 | Công đoàn Sở Tài chính | culture | Thái Bình",
				"18 | gift | exact | total | achieved | year | 2022 | Công đoàn Sở Lao động - Thương binh và Xã hội | welfare | Thái Bình",
				"30 | gift | exact | total | achieved | year | 2022 | Công đoàn Sở Y tế | welfare | Hải Phòng"}},
		{"near miss: a hospital of the province keeps the province in its name", link, "2022-08-30",
			"Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Nam Định trao 25 suất quà cho đoàn viên khó khăn năm 2022.",
			[]string{"25 | gift | exact | total | achieved | year | 2022 | Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Nam Định | welfare | Nam Định"}},
	})
}

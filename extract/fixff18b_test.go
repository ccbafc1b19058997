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
			"Hội diễn văn nghệ chào mừng Ngày thành lập Công đoàn Việt Nam\n\nSáng 27.7, Liên đoàn Lao động các huyện Thanh Miện, Ninh Giang tổ chức hội diễn văn nghệ công nhân, viên chức, lao động.\n\nHội diễn văn nghệ công nhân, viên chức, lao động huyện Thanh Miện có 12 đội thi. 14 đội thi tham gia hội diễn của huyện Ninh Giang.\n\nKết quả, 3 tiết mục của CĐCS xã Tân Trào giành giải A tại hội diễn huyện Thanh Miện. 4 tiết mục của cụm CĐCS xã Đồng Tâm và cụm CĐCS thị trấn Ninh Giang đoạt giải A hội diễn huyện Ninh Giang.",
			[]string{"12 | count | exact | total | achieved | year | 2021 | Thanh Miện | culture | Hải Dương",
				"14 | count | exact | total | achieved | year | 2021 | Ninh Giang | culture | Hải Dương",
				"3 | count | exact | total | achieved | year | 2021 | Thanh Miện | culture | Hải Dương",
				"4 | count | exact | total | achieved | year | 2021 | Ninh Giang | culture | Hải Dương"}},
		{"near miss: a sentence naming both units after its figure stays with the lead's body", link, "2021-07-28",
			"Hội diễn văn nghệ chào mừng Ngày thành lập Công đoàn Việt Nam\n\nSáng 27.7, Liên đoàn Lao động các huyện Thanh Miện, Ninh Giang tổ chức hội diễn văn nghệ công nhân, viên chức, lao động.\n\nTổng cộng 26 đội thi của huyện Thanh Miện và huyện Ninh Giang tham gia hội diễn.",
			[]string{"26 | count | exact | total | achieved | year | 2021 | Thanh Miện | culture | Hải Dương"}},
		{"a department's union named with its province leaves the province out of its name", link, "2022-08-30",
			"Công đoàn Sở Tài chính tổ chức hội thao năm 2022\n\nMới đây, Công đoàn Sở Tài chính tỉnh Nam Định đã tổ chức thành công hội thao công chức, viên chức năm 2022.\n\nTham gia hội thao có 150 vận động viên thuộc 12 đơn vị trực thuộc. Công đoàn Sở Lao động - Thương binh và Xã hội tỉnh Nam Định trao 20 suất quà. Công đoàn Sở Y tế thành phố Hải Phòng trao 30 suất quà.",
			[]string{"150 | person | exact | total | achieved | year | 2022 | Công đoàn Sở Tài chính | culture | Nam Định",
				"12 | organization | exact | total | achieved | year | 2022 | Công đoàn Sở Tài chính | culture | Nam Định",
				"20 | gift | exact | total | achieved | year | 2022 | Công đoàn Sở Lao động - Thương binh và Xã hội | welfare | Nam Định",
				"30 | gift | exact | total | achieved | year | 2022 | Công đoàn Sở Y tế | welfare | Hải Phòng"}},
		{"near miss: a hospital of the province keeps the province in its name", link, "2022-08-30",
			"Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Nam Định trao 25 suất quà cho đoàn viên khó khăn năm 2022.",
			[]string{"25 | gift | exact | total | achieved | year | 2022 | Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Nam Định | welfare | Nam Định"}},
	})
}

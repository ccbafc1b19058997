package extract

import "testing"

// TestZoneCompoundNamesLast18a: what probe FE of the eighteenth session
// found cut short (PHENOMENA "FE (… eighteenth session)", FE18-last-a): a
// zone union named after two kinds of zones joined by a comma ("Công đoàn
// Khu kinh tế, công nghiệp tỉnh A") was cut at the comma. The comma is part
// of the name only when what follows completes a pair of words.tsv
// zone-compound; before anything else it ends the name. Every sentence is
// invented.
func TestZoneCompoundNamesLast18a(t *testing.T) {
	const link = "https://example.vn/tin-kcn.html"
	runLineCases(t, []lineCase{
		{"an economic and industrial zones' union named with a comma, its province after it", link, "2018-01-10",
			"Tổng kết năm\n\nNăm qua, Công đoàn Khu Kinh tế, công nghiệp tỉnh Quảng Nam kết nạp 1.250 đoàn viên mới.",
			[]string{"1250 | member | exact | total | achieved | year | 2017 | Công đoàn Khu kinh tế, công nghiệp | membership | Quảng Nam"}},
		{"industrial and export-processing zones' union named with a comma", link, "2018-01-10",
			"Tổng kết năm\n\nNăm qua, Công đoàn Khu công nghiệp, chế xuất tỉnh Quảng Nam kết nạp 1.250 đoàn viên mới.",
			[]string{"1250 | member | exact | total | achieved | year | 2017 | Công đoàn Khu công nghiệp, chế xuất | membership | Quảng Nam"}},
		{"export-processing and industrial zones' union named with a comma", link, "2018-01-10",
			"Tổng kết năm\n\nNăm qua, Công đoàn Khu chế xuất, công nghiệp tỉnh Quảng Nam kết nạp 1.250 đoàn viên mới.",
			[]string{"1250 | member | exact | total | achieved | year | 2017 | Công đoàn Khu chế xuất, công nghiệp | membership | Quảng Nam"}},
		{"the comma-joined name with a bare tỉnh, repeated", link, "2018-01-10",
			"Tổng kết năm\n\nNăm qua, Công đoàn Khu Kinh tế, công nghiệp tỉnh kết nạp 1.250 đoàn viên mới. Công đoàn Khu Kinh tế, công nghiệp tỉnh cũng thành lập 4 công đoàn cơ sở.",
			[]string{"1250 | member | exact | total | achieved | year | 2017 | Công đoàn Khu kinh tế, công nghiệp | membership | ",
				"4 | union | exact | total | achieved | year | 2017 | Công đoàn Khu kinh tế, công nghiệp | membership | "}},
		{"near miss: a comma before a lower-case verb ends the zone union's name", link, "2018-01-10",
			"Tổng kết năm\n\nÔng Trần Văn Bình, Chủ tịch Công đoàn Khu kinh tế, công bố năm qua công đoàn đã kết nạp 1.250 đoàn viên mới.",
			[]string{"1250 | member | exact | total | achieved | year | 2017 | Công đoàn Khu kinh tế | membership | "}},
		{"near miss: a comma before other bodies listed ends the zone union's name", link, "2018-01-10",
			"Chăm lo Tết\n\nCông đoàn Khu kinh tế, các doanh nghiệp trong khu đã trao 300 suất quà cho công nhân tỉnh Quảng Nam.",
			[]string{"300 | gift | exact | total | achieved | year | 2018 | Công đoàn Khu kinh tế | welfare | Quảng Nam"}},
		{"near miss: the economic zone's union with no comma keeps its name", link, "2018-01-10",
			"Chăm lo Tết\n\nCông đoàn Khu kinh tế tỉnh Quảng Nam trao 300 suất quà cho công nhân.",
			[]string{"300 | gift | exact | total | achieved | year | 2018 | Công đoàn Khu kinh tế | welfare | Quảng Nam"}},
	})
}

package report

import (
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

func TestLeftOutPage(t *testing.T) {
	rec := func(doc string, off int, v float64, org, typ, province string) extract.Record {
		return extract.Record{Doc: doc, Offset: off, Value: v, Unit: "member", Qualifier: "exact", Basis: "total", Status: "achieved",
			Period: "year", Year: 2023, Org: org, OrgType: typ, Province: province, Category: "membership", Evidence: "kết nạp đoàn viên."}
	}
	s := aggregate.Build(aggregate.Input{
		Province: "Hà Nội",
		Articles: []corpus.Article{{Doc: "a.txt", Text: "kết nạp đoàn viên."}, {Doc: "b.txt", Text: "kết nạp đoàn viên."}},
		Records: []extract.Record{
			rec("a.txt", 1, 120, "Ba Đình", "quận", "Hà Nội"),
			rec("b.txt", 1, 900, "Nghệ An", "tỉnh", "Nghệ An"),
			rec("b.txt", 5, 5000, "Tổng Liên đoàn Lao động Việt Nam", "khác", "Việt Nam"),
			rec("b.txt", 9, 7, "Châu Thành", "huyện", ""),
		},
	})
	pages := render(t, s)
	page, ok := pages[leftOutPath]
	if !ok {
		t.Fatalf("no %s", leftOutPath)
	}
	for _, want := range []string{"Tỉnh, thành phố khác: Nghệ An (1 số liệu)", "Cơ quan công đoàn Trung ương (1 số liệu)",
		"Chưa xác định được tỉnh, thành phố (1 số liệu)", "thành phố Hà Nội", "900 đoàn viên"} {
		if !strings.Contains(page, want) {
			t.Errorf("%s lacks %q", leftOutPath, want)
		}
	}
	if !strings.Contains(pages["phuong-phap.html"], `href="`+leftOutPath+`"`) || !strings.Contains(pages["phuong-phap.html"], "3 số liệu ngoài phạm vi") {
		t.Errorf("phuong-phap.html does not count and link the records left out")
	}
	for path, p := range pages {
		if strings.HasPrefix(path, "bai-viet/") || path == leftOutPath || path == "phuong-phap.html" || strings.HasSuffix(path, ".js") {
			continue
		}
		if strings.Contains(p, "Nghệ An") || strings.Contains(p, "Châu Thành") {
			t.Errorf("%s names a unit outside the report", path)
		}
	}
}

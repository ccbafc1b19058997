package corrections

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

const okRow = "ba-dinh.txt#153,sửa,1.205,Tây Hồ,2024,Lan,05/01/2025,đối chiếu,1.250\n"

const okHead = "\uFEFFMã số liệu,Quyết định,Giá trị,Tổ chức,Năm,Người quyết định,Ngày,Lý do,Đoạn số\n"

func TestRead(t *testing.T) {
	v, y, org := 1205.0, 2024, "Tây Hồ"
	want := []Correction{{Row: 2, Action: Change, ID: "ba-dinh.txt#153", Doc: "ba-dinh.txt", Offset: 153,
		Quote: Quote{Exact: "1.250"}, Set: Fields{Value: &v, Org: &org, Year: &y}, Who: "Lan", When: "2025-01-05", Why: "đối chiếu"}}
	tests := []struct {
		name string
		file string
		want []Correction
	}{
		{"comma separated with a BOM", okHead + okRow, want},
		{"without the BOM, English keys", "record_id,action,value,org,year,who,when,why,exact\n" + strings.Replace(okRow, "sửa", "change", 1), want},
		{"semicolons, a title row above, a blank row skipped", "Bảng hiệu đính;;\n" + strings.ReplaceAll(strings.TrimPrefix(okHead, "\uFEFF"), ",", ";") +
			";;;;;;;;\n" + strings.ReplaceAll(okRow, ",", ";"), []Correction{{Row: 4, Action: Change, ID: want[0].ID, Doc: want[0].Doc,
			Offset: 153, Quote: want[0].Quote, Set: want[0].Set, Who: "Lan", When: "2025-01-05", Why: "đối chiếu"}}},
		{"a review row without a decision is skipped", okHead + "ba-dinh.txt#153,,,,,,,,1.250\n", nil},
		{"a neutralised cell reads back as its text", okHead + strings.Replace(okRow, "đối chiếu", "'-5 đoàn viên trùng", 1),
			[]Correction{func() Correction { c := want[0]; c.Why = "-5 đoàn viên trùng"; return c }()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read("c.csv", []byte(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		file string
		want string
	}{
		{"no header", "a,b\n1,2\n", `c.csv: no header row: no column "Mã số liệu"`},
		{"unknown column", strings.Replace(okHead, "Tổ chức", "Đơn vị", 1) + okRow, `c.csv: row 1: unknown column "Đơn vị"`},
		{"column twice", "Mã số liệu,Quyết định,Tổ chức,org\n", `c.csv: row 1: column "org" appears twice`},
		{"no decision column", "Mã số liệu,Lý do\nx#1,y\n", `c.csv: row 1: no column "Quyết định"`},
		{"bad record id", okHead + strings.Replace(okRow, "ba-dinh.txt#153", "ba-dinh.txt", 1), `c.csv: row 2, field "Mã số liệu": "ba-dinh.txt" is not a record id`},
		{"bad value", okHead + strings.Replace(okRow, "1.205", "một nghìn", 1), `c.csv: row 2, field "Giá trị": "một nghìn" is not a number`},
		{"bad thousands", okHead + strings.Replace(okRow, "1.205", "12.05", 1), `field "Giá trị": "12.05" is not a number`},
		{"bad year", okHead + strings.Replace(okRow, "2024", "24", 1), `row 2, field "Năm": "24" is not a year`},
		{"bad date", okHead + strings.Replace(okRow, "05/01/2025", "hôm qua", 1), `row 2, field "Ngày": "hôm qua" is not a date`},
		{"bad decision", okHead + strings.Replace(okRow, "sửa", "xóa", 1), `row 2, field "Quyết định": "xóa" is not a decision`},
		{"bad unit", "Mã số liệu,Quyết định,Đơn vị tính,Người quyết định,Lý do,Đoạn số\nx#1,sửa,kg,Lan,thử,5\n", `row 2, field "Đơn vị tính": "kg" is not one of`},
		{"formula", okHead + strings.Replace(okRow, "đối chiếu", "\"=HYPERLINK(\"\"http://x\"\")\"", 1), `row 2, field "Lý do": "=HYPERLINK(\"http://x\")" begins like a spreadsheet formula`},
		{"formula with a plus", okHead + strings.Replace(okRow, "Tây Hồ", "+1", 1), `row 2, field "Tổ chức": "+1" begins like a spreadsheet formula`},
		{"UTF-16", "\xff\xfeM\x00", "c.csv: the file is UTF-16"},
		{"a code page", okHead + strings.Replace(okRow, "Tây Hồ", "T\xe2y H\xf4", 1), "c.csv: the file is not UTF-8"},
		{"no quote", okHead + strings.TrimSuffix(okRow, "1.250\n") + "\n", `row 2, field "Đoạn số": empty`},
		{"no author", okHead + strings.Replace(okRow, "Lan", "", 1), `row 2, field "Người quyết định": empty`},
		{"change without a field", "Mã số liệu,Quyết định,Người quyết định,Lý do,Đoạn số\nx#1,sửa,Lan,thử,5\n", `row 2, field "Quyết định": a change sets at least one field`},
		{"reject with a field", okHead + strings.Replace(okRow, "sửa", "loại", 1), "a rejected record takes no new field values"},
		{"merge without a record", "Mã số liệu,Quyết định,Người quyết định,Lý do,Đoạn số\nx#1,gộp,Lan,thử,5\n", `row 2, field "Gộp với": empty`},
		{"add without a unit", "Mã số liệu,Quyết định,Giá trị,Người quyết định,Lý do,Đoạn số\nx#1,thêm,5,Lan,thử,5\n", `row 2, field "Đơn vị tính": empty`},
		{"text without a header", okHead + strings.TrimSuffix(okRow, "\n") + ",lạc\n", "row 2: cell 10 has text but no column header"},
		{"bad quoting", okHead + "\"ba-dinh.txt#153,sửa\n", "c.csv: row 2"},
		{"not a workbook", "PK\x03\x04garbage", "c.csv: not a readable .xlsx workbook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("c.csv", []byte(tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one with %q", err, tt.want)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("%v is not ErrInvalid", err)
			}
		})
	}
}

// TestReadWorkbook reads a filled-in review sheet back: the template's
// neutralised cells, a number typed in the value cell, a date cell and a
// formula.
func TestReadWorkbook(t *testing.T) {
	build := func(t *testing.T, fill func(f *excelize.File)) []byte {
		t.Helper()
		f := excelize.NewFile()
		defer f.Close()
		if err := f.SetSheetName("Sheet1", "Tổng hợp"); err != nil {
			t.Fatal(err)
		}
		if _, err := f.NewSheet(ReviewSheet); err != nil {
			t.Fatal(err)
		}
		if err := f.SetSheetRow(ReviewSheet, "A1", &[]any{"Số liệu cần rà soát"}); err != nil {
			t.Fatal(err)
		}
		head := Headers()
		if err := f.SetSheetRow(ReviewSheet, "A2", &head); err != nil {
			t.Fatal(err)
		}
		row := make([]any, len(Columns))
		for i, c := range Columns {
			switch c.Key {
			case ColID:
				row[i] = "2024.jsonl#tet#98"
			case ColExact:
				row[i] = "300"
			case ColPrefix:
				row[i] = NeutralizeCell("- Quận trao ")
			case ColAction:
				row[i] = "sửa"
			case ColValue:
				row[i] = 350.5
			case ColWho:
				row[i] = "Lan"
			case ColWhy:
				row[i] = "theo biên bản"
			}
		}
		if err := f.SetSheetRow(ReviewSheet, "A3", &row); err != nil {
			t.Fatal(err)
		}
		if fill != nil {
			fill(f)
		}
		var b bytes.Buffer
		if err := f.Write(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	got, err := Read("bao-cao-2024.xlsx", build(t, func(f *excelize.File) {
		ref, _ := excelize.CoordinatesToCellName(colOf(ColWhen), 3)
		if err := f.SetCellValue(ReviewSheet, ref, 45662); err != nil { // 05/01/2025
			t.Fatal(err)
		}
	}))
	if err != nil {
		t.Fatal(err)
	}
	v := 350.5
	want := []Correction{{Row: 3, Action: Change, ID: "2024.jsonl#tet#98", Doc: "2024.jsonl#tet", Offset: 98,
		Quote: Quote{Exact: "300", Prefix: "- Quận trao "}, Set: Fields{Value: &v}, Who: "Lan", When: "2025-01-05", Why: "theo biên bản"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	_, err = Read("bao-cao-2024.xlsx", build(t, func(f *excelize.File) {
		ref, _ := excelize.CoordinatesToCellName(colOf(ColOrg), 3)
		if err := f.SetCellFormula(ReviewSheet, ref, `"Tây"&"Hồ"`); err != nil {
			t.Fatal(err)
		}
	}))
	if want := `bao-cao-2024.xlsx: row 3, field "Tổ chức": the cell holds a formula`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
}

func colOf(key string) int {
	for i, c := range Columns {
		if c.Key == key {
			return i + 1
		}
	}
	return 0
}

// FuzzRead: no file makes Read panic, and every error names the file.
func FuzzRead(f *testing.F) {
	f.Add([]byte(okHead + okRow))
	f.Add([]byte(strings.ReplaceAll(okHead+okRow, ",", ";")))
	f.Add([]byte(okHead + "x#1,thêm,1.000,Ba Đình,2024,Lan,1/1/2025,\"thiếu, sót\",'=5\n"))
	f.Add([]byte("record_id,action,merge_with,who,why,exact\na#1,gộp,a#2,b,c,d\n"))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := Read("c.csv", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "c.csv") || !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, c := range rows {
			if c.Quote.Exact == "" || c.Who == "" || c.Why == "" || c.Action == "" {
				t.Fatalf("incomplete row accepted: %+v", c)
			}
			if c.Set.Value != nil && (*c.Set.Value < 0 || *c.Set.Value > 1e15) {
				t.Fatalf("value out of range: %v", *c.Set.Value)
			}
		}
	})
}

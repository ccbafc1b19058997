package vocab

import (
	"slices"
	"strings"
	"testing"
)

func TestMeasuresCoverEveryPair(t *testing.T) {
	m, err := parseMeasures(measuresTSV)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Categories {
		for _, u := range Units {
			if _, ok := m[[2]string{c, u}]; !ok {
				t.Errorf("measures.tsv has no phrase for %s × %s", c, u)
			}
		}
	}
	for k := range m {
		if !slices.Contains(Categories, k[0]) || !slices.Contains(Units, k[1]) {
			t.Errorf("measures.tsv names unknown codes %s × %s", k[0], k[1])
		}
	}
}

func TestParseMeasuresErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"two fields", "welfare\tgift\n", "line 1"},
		{"empty phrase", "# c\nwelfare\tgift\t\n", "line 2"},
		{"duplicate", "welfare\tgift\tA\nwelfare\tgift\tB\n", "given twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseMeasures(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseMeasures: err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"members admitted", Measure("membership", "member"), "Số đoàn viên kết nạp mới"},
		{"unions founded", Measure("membership", "union"), "Số CĐCS thành lập mới"},
		{"gifts", Measure("welfare", "gift"), "Số suất quà"},
		{"money", Measure("welfare", "vnd"), "Tổng số tiền hỗ trợ"},
		{"unknown pair", Measure("x", "member"), "x: đoàn viên"},
		{"unknown category", CategoryName("x"), "x"},
		{"exact qualifier", QualifierName(QualExact), "chính xác"},
		{"no word for exact", QualifierWord(QualExact), ""},
		{"planned", StatusName(StatusPlanned), "chỉ tiêu, kế hoạch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestEveryCodeHasALabel(t *testing.T) {
	for _, c := range Categories {
		if categoryNames[c] == "" || categoryShort[c] == "" || categoryDetails[c] == "" {
			t.Errorf("category %s lacks a label", c)
		}
		if n := len([]rune(categoryShort[c])); n > 31 {
			t.Errorf("category %s: sheet name %q has %d characters, Excel allows 31", c, categoryShort[c], n)
		}
	}
	for _, u := range Units {
		if unitNames[u] == "" || unitDetails[u] == "" {
			t.Errorf("unit %s lacks a label", u)
		}
	}
}

func TestIsCity(t *testing.T) {
	tests := []struct {
		name, org, typ string
		want           bool
	}{
		{"by name", City, "", true},
		{"by type", "LĐLĐ Thành phố", CityType, true},
		{"a district", "Ba Đình", "quận", false},
		{"no org", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsCity(tt.org, tt.typ); got != tt.want {
				t.Errorf("IsCity(%q, %q) = %v, want %v", tt.org, tt.typ, got, tt.want)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		got  int
		want int
	}{
		{"contract order", CompareCategory("welfare", "membership"), 1},
		{"unknown last", CompareUnit("zzz", "count"), 1},
		{"unknown by bytes", CompareUnit("a", "b"), -1},
		{"city type first", CompareOrgType(CityType, "quận"), -1},
		{"other types last", CompareOrgType("tỉnh", TypeOther), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d", tt.got, tt.want)
			}
		})
	}
}

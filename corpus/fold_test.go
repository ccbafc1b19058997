package corpus

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii", "cong doan", "cong doan"},
		{"ascii upper", "LDLD", "ldld"},
		{"upper đ", "ĐOÀN VIÊN", "đoàn viên"},
		{"hoà", "hoà", "hòa"},
		{"hoá", "văn hoá", "văn hóa"},
		{"hoả", "hoả hoạn", "hỏa hoạn"},
		{"hoã", "hoã", "hõa"},
		{"hoạ", "hoạ sĩ", "họa sĩ"},
		{"thuỷ", "Thuỷ Vân", "thủy vân"},
		{"uý", "uý ban", "úy ban"},
		{"uỳ", "uỳ", "ùy"},
		{"uỹ", "uỹ", "ũy"},
		{"uỵ", "thuỵ", "thụy"},
		{"khoẻ", "sức khoẻ", "sức khỏe"},
		{"new style unchanged", "hòa bình, văn hóa, thủy lợi", "hòa bình, văn hóa, thủy lợi"},
		{"final consonant", "hoàn thành toán học", "hoàn thành toán học"},
		{"oai", "ngoài", "ngoài"},
		{"uyê", "khuyến khích thuyền", "khuyến khích thuyền"},
		{"qu", "quý quả", "quý quả"},
		{"NFD", norm.NFD.String("Hoà Bình"), "hòa bình"},
		{"end of sentence", "Thanh Hoá: 10 tấn.", "thanh hóa: 10 tấn."},
		{"invalid", "ho\xffà", "ho\ufffdà"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Văn hoá", "THUỶ", "hoàn", "quý", norm.NFD.String("Hoà"), "uỵ", "o\u0301a\u0300", "ĐOÀN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if utf8.ValidString(s) && !norm.NFC.IsNormalString(got) {
			t.Errorf("Fold(%q) = %q is not NFC", s, got)
		}
		if again := Fold(got); again != got {
			t.Errorf("Fold is not idempotent: %q -> %q -> %q", s, got, again)
		}
	})
}

// TestToLower: toLower is strings.ToLower for every rune, between capitals
// and alone, and for invalid UTF-8.
func TestToLower(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), "Đ" + string(r) + "A", "ạ" + string(r)} {
			if got, want := toLower(s), strings.ToLower(s); got != want {
				t.Fatalf("toLower(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "abc", "ABC", "\xff", "Ạ\xe1\xbb", "HOÀ\xc3", "\ufffdĐ", "İSTANBUL", "Kelvin \u212a", "ǅ"} {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzToLower(f *testing.F) {
	for _, s := range []string{"Văn Hoá", "ĐOÀN\xff", "İ", "\u212aA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	cases := []struct{ name, in string }{
		{"ascii", "co the ban quan tam"},
		{"new style", "phong trào văn hóa thủy lợi"},
		{"old style", "Phong trào văn hoá thuỷ lợi"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				Fold(c.in)
			}
		})
	}
}

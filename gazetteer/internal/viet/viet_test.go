package viet

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNewStyle(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"oà at the end", "Hoà Bình", "Hòa Bình"},
		{"already new", "Hòa Bình", "Hòa Bình"},
		{"uỷ", "Thuỷ Nguyên", "Thủy Nguyên"},
		{"oẻ", "khoẻ", "khỏe"},
		{"every tone of oa", "oà oá oả oã oạ", "òa óa ỏa õa ọa"},
		{"every tone of uy", "uỳ uý uỷ uỹ uỵ", "ùy úy ủy ũy ụy"},
		{"capital first vowel", "Oà", "Òa"},
		{"capital U", "Uỷ ban", "Ủy ban"},
		{"closed syllable", "Hoàng Mai", "Hoàng Mai"},
		{"closed by a consonant", "hoạch", "hoạch"},
		{"after q", "Quý", "Quý"},
		{"after capital Q", "QUý", "QUý"},
		{"before punctuation", "thuỷ.", "thủy."},
		{"two in a row", "Hoà Thuỷ", "Hòa Thủy"},
		{"o then toned y is no pair", "oỳ", "oỳ"},
		{"u then toned a is no pair", "uà", "uà"},
		{"at the start", "à", "à"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NewStyle(tt.in); got != tt.want {
				t.Errorf("NewStyle(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFold holds cases of extract/lexicon.go's variants, whose new style
// Fold must give, and what Fold adds (NFC, dashes, spacing).
func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lower case", "Ba Đình", "ba đình"},
		{"old tones", "HOÀ BÌNH", "hòa bình"},
		{"old tones, mixed", "Thuỷ Xuân Tiên", "thủy xuân tiên"},
		{"khoẻ", "Sức khoẻ", "sức khỏe"},
		{"hoàng kept", "Hoàng Hoa Thám", "hoàng hoa thám"},
		{"quý kept", "quý", "quý"},
		{"NFD", norm.NFD.String("Hoà Bình"), "hòa bình"},
		{"hyphen", "Bà Rịa-Vũng Tàu", "bà rịa vũng tàu"},
		{"spaced hyphen", "Bà Rịa - Vũng Tàu", "bà rịa vũng tàu"},
		{"en dash", "Bà Rịa – Vũng Tàu", "bà rịa vũng tàu"},
		{"spaces", "  Sóc \t Sơn\n", "sóc sơn"},
		{"dots kept", "TP.HCM", "tp.hcm"},
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
	for _, s := range []string{"Hoà Bình", "Thuỷ", "QUÝ", "Bà Rịa - Vũng Tàu", "TP.HCM", "oà\u0300", " a  b "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Fold(s)
		if again := Fold(got); again != got {
			t.Errorf("Fold(%q) = %q, Fold of that = %q", s, got, again)
		}
		if !norm.NFC.IsNormalString(got) {
			t.Errorf("Fold(%q) = %q, not NFC", s, got)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	for b.Loop() {
		Fold("Phường Văn Miếu - Quốc Tử Giám")
		Fold("xã Hoà Thuỷ")
	}
}

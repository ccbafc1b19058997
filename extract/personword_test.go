package extract

import "testing"

func TestPersonWordIn(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"a person's word after the year", "2019, chị Lan vào làm ở xưởng may", true},
		{"capitalised at a sentence's start", "2019. Chị vào làm", true},
		{"in capitals", "2019, CHỊ LAN", true},
		{"the longest word closes a text", "2019 của ông", true},
		{"near miss: inside a longer word", "2019, công nhân nhanh chóng thêm đồng", false},
		{"near miss: no letter at all", "2019 - 2020.", false},
		{"near miss: a body only", "2019, Công đoàn quận trao quà", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := personWordIn(c.text); got != c.want {
				t.Errorf("personWordIn(%q) = %v, want %v", c.text, got, c.want)
			}
		})
	}
}

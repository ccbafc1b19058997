package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzUnwrap: unwrap only joins runs of adjacent lines, each joined line is
// its lines' text with one space between, and every byte of it keeps the
// source offset it had in its own line.
func FuzzUnwrap(f *testing.F) {
	for _, s := range []string{
		"Tiêu đề\n\nSáng 5-3, theo kế hoạch của Liên đoàn Lao động quận A, đoàn công tác\nđã đến thăm và tặng quà cho các đoàn viên có hoàn cảnh khó khăn tại\ncông ty B, với tổng trị giá 20 triệu đồng.\n\nThân 2",
		"Dự hội nghị có đồng chí C, Phó Chủ tịch Thường trực Công đoàn Khu\nKinh tế tham gia cùng các cán bộ công đoàn cơ sở của các doanh nghiệp\nđóng trên địa bàn, tổng cộng 120 đại biểu.",
		"CÔNG ĐOÀN TỈNH A\nlogo\nảnh\n  tiếp theo\n| bảng |\n![a](b.jpg)\nhết",
		"a\xff b\nc\r\nd\u0301 e\n\n\n",
		string(benchArticle()),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d decoder
		in := d.lines(piece{s: s}, nil)
		read := append([]line(nil), in...)
		out := unwrap(append([]line(nil), in...))
		i := 0
		for n, o := range out {
			pos := 0
			for first := true; ; first = false {
				if i >= len(read) {
					t.Fatalf("unwrap(%q): line %d %q goes past the lines read", s, n, o.s)
				}
				r := read[i]
				if !first {
					if pos >= len(o.s) || o.s[pos] != ' ' {
						t.Fatalf("unwrap(%q): line %d %q: no space before read line %d", s, n, o.s, i)
					}
					pos++
				}
				if len(o.s) < pos+len(r.s) || o.s[pos:pos+len(r.s)] != r.s {
					t.Fatalf("unwrap(%q): line %d %q does not hold read line %d %q at %d", s, n, o.s, i, r.s, pos)
				}
				for k := range len(r.s) {
					if got, want := o.at(pos+k), r.at(k); got != want {
						t.Fatalf("unwrap(%q): line %d %q byte %d at source %d, want %d", s, n, o.s, pos+k, got, want)
					}
				}
				pos += len(r.s)
				i++
				if pos == len(o.s) {
					break
				}
			}
			if pos == len(read[i-1].s) && (o.blank != read[i-1].blank || o.image != read[i-1].image || o.table != read[i-1].table || o.cont != read[i-1].cont) {
				t.Fatalf("unwrap(%q): line %d kept alone lost its flags", s, n)
			}
		}
		if i != len(read) {
			t.Fatalf("unwrap(%q): %d lines read, %d in the output", s, len(read), i)
		}
	})
}

// TestBlockWidth: blockWidth, which counts runes only where it must, gives
// what counting every line of the block gives.
func TestBlockWidth(t *testing.T) {
	ref := func(lines []line, i int) (int, int) {
		j, w := i, 0
		for j < len(lines) && wrappable(&lines[j]) {
			w = max(w, utf8.RuneCountInString(lines[j].s))
			j++
		}
		if j == i {
			return 0, i + 1
		}
		if j-i < wrapMinLines || w < wrapMinWidth || w > wrapMaxWidth {
			w = 0
		}
		return w, j
	}
	var texts []string
	for _, n := range []int{0, 10, 49, 50, 80, 110, 111, 300} {
		texts = append(texts, strings.Repeat("a", n), strings.Repeat("ệ", n), strings.Repeat("ệ", n/2)+strings.Repeat("a", n-n/2))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		lines := make([]line, 1+rng.IntN(6))
		for k := range lines {
			lines[k] = line{piece: piece{s: texts[rng.IntN(len(texts))]}, blank: rng.IntN(5) == 0}
		}
		for i := range lines {
			w, j := blockWidth(lines, i)
			if rw, rj := ref(lines, i); w != rw || j != rj {
				t.Fatalf("blockWidth(%v, %d) = %d, %d, want %d, %d", lines, i, w, j, rw, rj)
			}
		}
	}
}

package workbook

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// excelizeRow is row 3 of a sheet with columns styled colStyle (1 to 8), as
// excelize's StreamWriter writes it.
func excelizeRow(t testing.TB, cols, colStyle int, height float64, values []any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i := range 8 { // styles 1 to 8
		if _, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Size: float64(9 + i)}}); err != nil {
			t.Fatal(err)
		}
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if colStyle != 0 {
		if err := sw.SetColStyle(1, cols, colStyle); err != nil {
			t.Fatal(err)
		}
	}
	var opts []excelize.RowOpts
	if height > 0 {
		opts = append(opts, excelize.RowOpts{Height: height})
	}
	if err := sw.SetRow("A3", values, opts...); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	r, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	xml, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	s := string(xml)
	start, end := strings.Index(s, "<sheetData>"), strings.Index(s, "</sheetData>")
	if start < 0 || end < 0 {
		t.Fatalf("no sheetData in %q", s)
	}
	return s[start+len("<sheetData>") : end]
}

func TestAppendRowMatchesExcelize(t *testing.T) {
	tests := []struct {
		name   string
		height float64
		values []any
	}{
		{"plain", 0, []any{"Ba Đình", "quận", 2021, nil, 1715.0}},
		{"high", 45, []any{excelize.Cell{StyleID: 3, Value: "câu\ndài"}, nil, excelize.Cell{StyleID: 2, Value: 59850000000.0}}},
		{"fraction height", 22.5, []any{1.5}},
		{"styled empty cell", 0, []any{excelize.Cell{StyleID: 4}, excelize.Cell{Value: "no style"}}},
		{"past the styled columns", 0, []any{nil, nil, nil, nil, "E", 6}},
		{"big and small numbers", 0, []any{1e20, 123456789.123456789, -0.000001234, math.MaxFloat64, 1.0 / 3}},
		{"not numbers", 0, []any{math.NaN(), math.Inf(1), math.Inf(-1)}},
		{"negative int", 0, []any{-42, 0}},
	}
	for _, text := range awkwardTexts {
		tests = append(tests, struct {
			name   string
			height float64
			values []any
		}{"text " + text[:min(len(text), 20)], 0, []any{text, excelize.Cell{StyleID: 5, Value: text}}})
	}
	tests = append(tests, struct {
		name   string
		height float64
		values []any
	}{"astral at the limit", 0, []any{strings.Repeat("a", excelize.TotalCellChars-1) + "😀"}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := excelizeRow(t, 4, 7, tt.height, tt.values)
			got, err := newRowEncoder(4, 7).appendRow(nil, 3, tt.height, tt.values)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Errorf("row\n got %.500q\nwant %.500q", got, want)
			}
		})
	}
}

// TestEncoderRemembersTexts encodes rows one after the other with one
// encoder and one sheet, which remember each column's last text, and
// checks every row against a fresh encoder and wrappedLines: the same
// text twice, then texts of the same length that need different escapes.
func TestEncoderRemembersTexts(t *testing.T) {
	texts := []string{"abc", "abc", "a<b", "a<b", "abc", "abcdefg", "_x0041_", "abcdefg", "abcde", "a\nb\nc"}
	for _, s := range awkwardTexts {
		texts = append(texts, s, s, strings.Clone(s))
	}
	const width = 8
	e := newRowEncoder(2, 7)
	sh := &sheet{wrapped: 5, widths: []float64{width, width}, wraps: make([]wrap, 2)}
	for i, s := range texts {
		cells := []cell{text(s), {kind: cellText, style: 5, text: s}}
		got, err := e.appendCells(nil, i+3, 0, cells)
		if err != nil {
			t.Fatal(err)
		}
		want, err := newRowEncoder(2, 7).appendCells(nil, i+3, 0, cells)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("row %d (%.40q)\n got %.500q\nwant %.500q", i, s, got, want)
		}
		if got, want := sh.lines(cells), min(wrappedLines(s, width), 20); got != want {
			t.Errorf("row %d (%.40q): %d lines, want %d", i, s, got, want)
		}
	}
}

func TestAppendRowErrors(t *testing.T) {
	tests := []struct {
		name   string
		height float64
		values []any
	}{
		{"too high", 410, []any{"a"}},
		{"formula", 0, []any{excelize.Cell{Formula: "SUM(A1)"}}},
		{"unknown type", 0, []any{true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := newRowEncoder(4, 7).appendRow(nil, 3, tt.height, tt.values); err == nil {
				t.Error("no error")
			}
		})
	}
}

func FuzzAppendRow(f *testing.F) {
	for _, s := range awkwardTexts {
		f.Add(s, 1.5, 0)
	}
	f.Add("_x005F_x0041_x005F_", 1e21, 3)
	f.Fuzz(func(t *testing.T, s string, v float64, style int) {
		style = max(style, -style) % 9
		values := []any{s, excelize.Cell{StyleID: style, Value: s}, v, excelize.Cell{StyleID: style, Value: v}}
		want := excelizeRow(t, 2, 1, 0, values)
		got, err := newRowEncoder(2, 1).appendRow(nil, 3, 0, values)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("row\n got %.500q\nwant %.500q", got, want)
		}
	})
}

func TestRowBuffer(t *testing.T) {
	tests := []struct {
		name  string
		rows  int
		spill bool
	}{
		{"empty", 0, false},
		{"in memory", 1000, false},
		{"in a temporary file", 2 * spillAt / 1000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rb rowBuffer
			var want bytes.Buffer
			for i := range tt.rows {
				row := []byte(strings.Repeat(string(rune('a'+i%26)), i%1999))
				want.Write(row)
				if err := rb.write(row); err != nil {
					t.Fatal(err)
				}
			}
			if (rb.tmp != nil) != tt.spill {
				t.Errorf("temporary file %v, want %v", rb.tmp != nil, tt.spill)
			}
			var got bytes.Buffer
			if err := rb.copyTo(&got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("copied %d bytes, want the %d written", got.Len(), want.Len())
			}
			var name string
			if rb.tmp != nil {
				name = rb.tmp.Name()
			}
			if err := rb.close(); err != nil {
				t.Fatal(err)
			}
			if name != "" {
				if _, err := os.Stat(name); !os.IsNotExist(err) {
					t.Errorf("temporary file %s left: %v", name, err)
				}
			}
		})
	}
}

func FuzzWrappedLines(f *testing.F) {
	for _, s := range awkwardTexts {
		f.Add(s, 12.0)
	}
	f.Add("Một dòng\nhai dòng\n", 3.0)
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if math.IsNaN(width) || width > 1e6 || width < -1e6 {
			return
		}
		chars := max(int(width)-1, 1)
		want := 0
		for line := range strings.SplitSeq(s, "\n") {
			want += max((utf8.RuneCountInString(line)+chars-1)/chars, 1)
		}
		if got := wrappedLines(s, width); got != want {
			t.Errorf("wrappedLines(%q, %v) = %d, want %d", s, width, got, want)
		}
	})
}

func TestCRC32Combine(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"both empty", "", ""},
		{"empty tail", "đoàn viên", ""},
		{"empty head", "", "đoàn viên"},
		{"one byte", "a", "b"},
		{"rows", "<sheetData>", strings.Repeat(`<row r="3"><c r="A3" t="inlineStr"><is><t>Ba Đình</t></is></c></row>`, 999)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := crc32Combine(crc32.ChecksumIEEE([]byte(tt.a)), crc32.ChecksumIEEE([]byte(tt.b)), int64(len(tt.b)))
			if want := crc32.ChecksumIEEE([]byte(tt.a + tt.b)); got != want {
				t.Errorf("crc32Combine = %08x, want %08x", got, want)
			}
		})
	}
}

func FuzzCRC32Combine(f *testing.F) {
	f.Add([]byte("head"), []byte("rows"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b)))
		if want := crc32.ChecksumIEEE(append(append([]byte(nil), a...), b...)); got != want {
			t.Errorf("crc32Combine(%q, %q) = %08x, want %08x", a, b, got, want)
		}
	})
}

// TestSplicer: a sheet's part is its head, its rows and its tail, whether
// the deflated rows stay in memory or, past excelize's chunk size, go to a
// temporary file; the rows are held deflated; the archive's CRC-32 checks.
func TestSplicer(t *testing.T) {
	tests := []struct {
		name  string
		rows  func(i int) []byte
		n     int
		spill bool
	}{
		{"no rows", nil, 0, false},
		{"rows in memory", func(i int) []byte {
			return []byte(`<row r="` + strconv.Itoa(i+3) + `"><c r="A` + strconv.Itoa(i+3) + `" t="inlineStr"><is><t>Ba Đình kết nạp đoàn viên</t></is></c></row>`)
		}, 20_000, false},
		{"rows in a temporary file", func(i int) []byte {
			// Bytes that do not compress: they fill the chunk size.
			p := make([]byte, 64<<10)
			rand.NewChaCha8([32]byte{byte(i), byte(i >> 8)}).Read(p)
			return p
		}, spillAt/(64<<10) + 4, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.spill && testing.Short() {
				t.Skip("deflates more than spillAt")
			}
			tmp := t.TempDir()
			t.Setenv("TMPDIR", tmp)
			const name = "xl/worksheets/sheet1.xml"
			rs := newRowStream()
			var want bytes.Buffer
			head, tail := `<worksheet><sheetData><row r="1"/>`, `</sheetData><pageMargins/></worksheet>`
			want.WriteString(head)
			for i := range tt.n {
				row := tt.rows(i)
				want.Write(row)
				if err := rs.write(row); err != nil {
					t.Fatal(err)
				}
			}
			want.WriteString(tail)
			var archive bytes.Buffer
			z := &splicer{zw: zip.NewWriter(&archive), parts: map[string]*rowStream{name: rs}}
			other, err := z.Create("docProps/app.xml")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := io.WriteString(other, "<Properties/>"); err != nil {
				t.Fatal(err)
			}
			w, err := z.Create(name)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := io.WriteString(w, head+tail); err != nil {
				t.Fatal(err)
			}
			if err := z.Close(); err != nil {
				t.Fatal(err)
			}
			// The rows are deflated by their own goroutine until the
			// splicer ends them.
			if rs.n > 1<<20 && !tt.spill && int64(rs.buf.len()) > rs.n/5 {
				t.Errorf("%d bytes of rows held as %d: not deflated", rs.n, rs.buf.len())
			}
			if (rs.buf.tmp != nil) != tt.spill {
				t.Errorf("temporary file %v, want %v", rs.buf.tmp != nil, tt.spill)
			}
			if err := rs.close(); err != nil {
				t.Fatal(err)
			}
			zr, err := zip.NewReader(bytes.NewReader(archive.Bytes()), int64(archive.Len()))
			if err != nil {
				t.Fatal(err)
			}
			r, err := zr.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r) // checks the CRC-32 at the end
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want.Bytes()) {
				t.Errorf("part of %d bytes, want the %d written", len(got), want.Len())
			}
			if left, _ := os.ReadDir(tmp); len(left) > 0 {
				t.Errorf("left behind in TMPDIR: %v", left)
			}
		})
	}
}

// scanTextByRune is scanText decoding every rune that is not ASCII: the
// reference scanText's shortcuts for two- and three-byte runes are held to.
func scanTextByRune(s string) (escape, bstr bool) {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if escaped[b] {
				escape = true
			}
			if b == '_' && i+1 < len(s) && s[i+1] == 'x' {
				bstr = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
			escape = true
		}
		i += size
	}
	return escape, bstr
}

func FuzzScanText(f *testing.F) {
	for _, s := range []string{
		"", "Đoàn viên", "Liên đoàn Lao động quận Ba Đình", "a_x", "_x0041_", "a<b", "tab\there", "line\nfeed",
		"\uFFFD", "\uFFFE", "x\uFFFFy", "\uFFFC", "\u0800", "\uD7FF", "\U0001F600",
		"\xef", "\xef\xbf", "\xef\xbf\xbe", "\xef\xbf\xbf", "\xef\xbf\xbd", "\xe0\xef\xbf\xbe", "\xed\xa0\x80", "\xc0\xaf",
		"\xc2", "\xc2\x41", "\xe1\xba", "\xe1\xba\x41", "\xe1\x41\xa1", "ạ\xff_x", "\xe0\x80\x80", "\xee\x80\x80",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, b := scanText(s)
		we, wb := scanTextByRune(s)
		if e != we || b != wb {
			t.Errorf("scanText(%q) = %v, %v; rune by rune %v, %v", s, e, b, we, wb)
		}
	})
}

func FuzzCountRunes(f *testing.F) {
	for _, s := range awkwardTexts {
		f.Add(s)
	}
	for _, s := range []string{"Đoàn viên", "\xc2", "\xc2\x41", "\xe1\xba", "\xe1\xba\x41", "\xe1\x41\xa1", "\xe0\x80\x80", "\xee\x80\x80", "\xef\xbf\xbe", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countRunes(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("countRunes(%q) = %d, want %d", s, got, want)
		}
	})
}

package corpus

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir returns ../shared/<name> beside the module root, or "".
func sharedDir(t *testing.T, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", name)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// goldOffsets reads the offsets of the gold records per doc.
func goldOffsets(t *testing.T, path string) map[string][]int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Logf("no gold file: %v", err)
		return nil
	}
	defer f.Close()
	out := map[string][]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct {
			Doc    string `json:"doc"`
			Offset int    `json:"offset"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("gold: %v", err)
		}
		out[r.Doc] = append(out[r.Doc], r.Offset)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("gold: %v", err)
	}
	return out
}

// TestSeeds cleans the real articles in ../shared/seeds: kicker and title
// found, no chrome, slug or file-name line left, every digit mapped back
// to itself, and every gold figure still in Text at its offset.
func TestSeeds(t *testing.T) {
	dir := sharedDir(t, "seeds")
	if dir == "" {
		t.Skip("../shared/seeds beside the module root is absent; nothing to check against real articles")
	}
	gold := goldOffsets(t, filepath.Join(filepath.Dir(dir), "gold", "seeds.jsonl"))
	tests := []struct {
		prefix, kicker, title string
		gone                  []string // text that must not be left
	}{
		{"000_", "Liên đoàn Lao động quận Ba Đình", "Hướng về cơ sở, vì công nhân viên chức và người lao động",
			[]string{"50 tấm gương", "huong ve co so", "P.T", "Thanh Hoá"}},
		{"001_", "", "Đổi mới, sáng tạo để Công đoàn thực sự là chỗ dựa tin cậy của người lao động",
			[]string{"Tết Sum vầy", "Mai Quý", "Đại sứ Văn hóa đọc"}},
		{"002_", "", "Chú trọng nâng cao chất lượng hoạt động công đoàn cơ sở",
			[]string{"Duyên dáng áo dài", "Đức Hạnh", "Hyundai"}},
		{"003_", "Liên đoàn Lao động quận Hoàn Kiếm", "Tập trung nguồn lực chăm lo đoàn viên, người lao động",
			[]string{"1658 hk img", "(LĐTĐ)", "Cắt giảm các hoạt động", "Trần Vũ"}},
		{"004_", "Cụm thi đua số 6 Liên đoàn Lao động thành phố Hà Nội", "Đẩy mạnh thi đua yêu nước trong công nhân viên chức lao động",
			[]string{"-->", "1846 2e1c", "0917 4915", "Triển khai nhiệm vụ công tác 6 tháng cuối năm 2020", "Đ.L", "(LĐTĐ)"}},
	}
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(dir, tt.prefix+"*.txt"))
			if len(files) != 1 {
				t.Skipf("no single seed %s* in %s", tt.prefix, dir)
			}
			raw, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			doc := filepath.Base(files[0])
			a, ws, err := ParseText(doc, raw)
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if len(ws) > 0 {
				t.Errorf("warnings: %v", ws)
			}
			checkArticle(t, raw, &a)
			if a.Kicker != tt.kicker || a.Title != tt.title {
				t.Errorf("kicker, title = %q, %q; want %q, %q", a.Kicker, a.Title, tt.kicker, tt.title)
			}
			for _, p := range a.Paras {
				line := a.Text[p.Start:p.End]
				if isChrome(line) || isSlug(line) || isFileName(line) {
					t.Errorf("chrome line left: %q", line)
				}
			}
			for _, s := range tt.gone {
				if strings.Contains(a.Text, s) {
					t.Errorf("Text still holds %q", s)
				}
			}
			src := map[int]bool{}
			for i := 0; i < len(a.Text); i++ {
				src[a.SourceOffset(i)] = true
			}
			for _, off := range gold[doc] {
				if !src[off] {
					t.Errorf("gold figure at byte %d (%q) is not in Text", off, raw[off:min(off+12, len(raw))])
				}
			}
		})
	}
}

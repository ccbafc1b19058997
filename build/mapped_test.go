package build

import (
	"strings"
	"testing"
	"unsafe"
)

// inMapping says whether s lies in one of m's mapped segments.
func inMapping(m *mappedTexts, s string) bool {
	for _, seg := range m.segs {
		if within(s, unsafe.String(&seg[0], len(seg))) {
			return true
		}
	}
	return false
}

// TestMappedTexts: put gives back the same bytes from the mapping, one
// text after another; an empty text, one longer than a segment and a nil
// mappedTexts are left where they are; drop keeps every text readable.
func TestMappedTexts(t *testing.T) {
	m, err := newMappedTexts()
	if err != nil {
		t.Fatal(err)
	}
	defer m.close()
	texts := []string{"Năm 2021, Liên đoàn Lao động", strings.Repeat("đoàn viên ", 1000), "x"}
	var got []string
	for _, s := range texts {
		c, ok := m.put(s)
		if !ok || c != s || !inMapping(m, c) {
			t.Fatalf("put(%.20q) = %.20q, %v; in the mapping: %v", s, c, ok, inMapping(m, c))
		}
		got = append(got, c)
	}
	for _, s := range []string{"", strings.Repeat("x", textSegment+1)} {
		if _, ok := m.put(s); ok {
			t.Errorf("put of %d bytes taken, want it left in the heap", len(s))
		}
	}
	var none *mappedTexts
	if _, ok := none.put("x"); ok {
		t.Error("a nil mappedTexts took a text")
	}
	m.drop()
	for i, s := range texts {
		if got[i] != s {
			t.Errorf("text %d after drop = %.20q, want %.20q", i, got[i], s)
		}
	}
}

package main

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/lddt/unionstats/extract"
)

func sampleCached() []cachedArticle {
	den := 1250.0
	done := 137.24
	return []cachedArticle{
		{
			Doc: "2021/a.txt", URL: "https://laodongthudo.vn/a.html", Title: "Ba Đình kết nạp 1.715 đoàn viên",
			Kicker: "Liên đoàn Lao động quận Ba Đình", Published: "2021-12-30", Hash: "abc",
			Text:     "Năm 2021, LĐLĐ quận Ba Đình kết nạp 1.715/1250 đoàn viên (đạt 137,24%), thành lập 12 CĐCS.",
			Warnings: []string{"một cảnh báo"},
			Records: []extract.Record{
				{Doc: "2021/a.txt", Value: 1715, Denominator: &den, Completion: &done, Unit: "member", Qualifier: "exact",
					Basis: "total", Status: "achieved", Period: "year", Year: 2021, Org: "Ba Đình", OrgType: "quận",
					Category: "membership", Evidence: "Năm 2021, LĐLĐ quận Ba Đình kết nạp 1.715/1250 đoàn viên.",
					Offset: 10, Text: "kết nạp 1.715/1250 đoàn viên", Noun: "đoàn viên", Pos: 40, Len: 10, Para: 1},
				{Doc: "2021/a.txt", Value: 12, Unit: "union", Qualifier: "exact", Basis: "total", Status: "achieved",
					Period: "year", Year: 2021, Org: "Ba Đình", OrgType: "quận", Category: "membership",
					Evidence: "Năm 2021, LĐLĐ quận Ba Đình kết nạp 1.715/1250 đoàn viên.", Offset: 10,
					Text: "thành lập 12 CĐCS", Noun: "cđcs", Pos: 80, Len: 2, Para: 1},
				{Doc: "2021/a.txt", Value: -3, Unit: "", Evidence: "", Year: 0, Offset: -1},
			},
		},
		{Doc: "2021/empty.txt", Text: ""},
	}
}

func TestCacheCodecRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   []cachedArticle
	}{
		{"none", []cachedArticle{}},
		{"articles with records", sampleCached()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeArticles(string(encodeArticles(tt.in)))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.in, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCacheCodecDamaged(t *testing.T) {
	good := encodeArticles(sampleCached())
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"truncated", good[:len(good)/2]},
		{"trailing bytes", append(append([]byte{}, good...), 0)},
		{"huge count", []byte{0xfe, 0xff, 0xff, 0xff, 0x0f}},
		// one article, all strings empty, no warnings, one record whose
		// evidence claims to repeat the previous record's
		{"first evidence repeats", slices.Concat(
			[]byte{2, 0, 0, 0, 0, 0, 0, 0, 0, 2}, // 1 article, 7 strings, 0 warnings, 1 record
			make([]byte, 8+2+8),                  // value, no denominator or completion, 8 strings
			[]byte{1},                            // evidence: the previous record's
			make([]byte, 2+5),                    // text, noun, 5 numbers
		)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := decodeArticles(string(tt.data)); err == nil {
				t.Error("no error")
			}
		})
	}
}

// FuzzDecodeArticles: damaged payloads give an error, never a panic, and
// what decodes encodes back to the same articles.
func FuzzDecodeArticles(f *testing.F) {
	f.Add(encodeArticles(sampleCached()))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := decodeArticles(string(data))
		if err != nil {
			return
		}
		again, err := decodeArticles(string(encodeArticles(as)))
		if err != nil {
			t.Fatalf("re-encoded articles do not decode: %v", err)
		}
		if len(again) != len(as) {
			t.Fatalf("%d articles after a round trip, want %d", len(again), len(as))
		}
	})
}

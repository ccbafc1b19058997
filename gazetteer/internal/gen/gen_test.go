package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestUnescapeJS(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Ba Dinh", "Ba Dinh"},
		{"latin-1", `Th\xE0nh ph\u1ED1 H\xE0 N\u1ED9i`, "Thành phố Hà Nội"},
		{"quote", `Xã Đạ M\'ri`, "Xã Đạ M'ri"},
		{"backslash", `a\\b`, `a\b`},
		{"surrogate pair", `\uD83D\uDE00`, "😀"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := unescapeJS(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("unescapeJS(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
	for _, bad := range []string{`a\`, `\x4`, `\u12`, `\uZZZZ`, `\n`, `\uD83D`} {
		if got, err := unescapeJS(bad); err == nil {
			t.Errorf("unescapeJS(%q) = %q, want an error", bad, got)
		}
	}
}

func TestParseProvincesJS(t *testing.T) {
	src := `'use strict';var n=[{idProvince:"01",name:"Th\xE0nh ph\u1ED1 H\xE0 N\u1ED9i"}],t=[{idProvince:"01",idDistrict:"001",name:"Qu\u1EADn Ba \u0110\xECnh"}],d=[{idDistrict:"001",idCommune:"00001",name:"Ph\u01B0\u1EDDng Ph\xFAc X\xE1"}];exports.communeData=d;`
	got, err := parseProvincesJS([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []jsRecord{
		{Province: "01", Name: "Thành phố Hà Nội"},
		{Province: "01", District: "001", Name: "Quận Ba Đình"},
		{District: "001", Commune: "00001", Name: "Phường Phúc Xá"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseProvincesJS (-want +got):\n%s", diff)
	}
	if _, err := parseProvincesJS([]byte(`{idProvince:"01",other:"x"}`)); err == nil {
		t.Error("parseProvincesJS accepted an unknown field")
	}
}

func tarball(t *testing.T, name string, content []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(content))}); err != nil {
		t.Fatal(err)
	}
	if _, err := tw.Write(content); err != nil {
		t.Fatal(err)
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestVerify(t *testing.T) {
	tgz := tarball(t, "package/data.json", []byte("[]"))
	sum := sha512.Sum512(tgz)
	s := source{Name: "x", Version: "1.0.0", File: "package/data.json",
		Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:])}
	if got, err := verify(s, tgz); err != nil || string(got) != "[]" {
		t.Errorf("verify = %q, %v; want the file", got, err)
	}
	wrongFile := s
	wrongFile.File = "package/other.json"
	if _, err := verify(wrongFile, tgz); err == nil || !strings.Contains(err.Error(), "no package/other.json") {
		t.Errorf("verify of a missing file: %v", err)
	}
	tampered := slices.Clone(tgz)
	tampered[len(tampered)-1] ^= 1
	if _, err := verify(s, tampered); err == nil || !strings.Contains(err.Error(), "integrity") {
		t.Errorf("verify of a changed tarball: %v", err)
	}
}

// fixture is a small slice of both packages with each case the joining
// rules handle.
func fixture() ([]jsRecord, *addressData) {
	js := []jsRecord{
		{Province: "01", Name: "Thành phố Hà Nội"},
		{Province: "30", Name: "Tỉnh Hải Dương"},
		{Province: "31", Name: "Thành phố Hải Phòng"},
		{Province: "46", Name: "Tỉnh Thừa Thiên Huế"},
		{Province: "01", District: "001", Name: "Quận Ba Đình"},
		{Province: "01", District: "002", Name: "Quận Hoàn Kiếm"},
		{Province: "30", District: "288", Name: "Thành phố Hải Dương"},
		{Province: "30", District: "292", Name: "Thị xã Kinh Môn"},
		{Province: "31", District: "318", Name: "Huyện Bạch Long Vĩ"},
		{Province: "46", District: "474", Name: "Thành phố Huế"},
		{District: "001", Commune: "00001", Name: "Phường Phúc Xá"},
		{District: "001", Commune: "00004", Name: "Phường Trúc Bạch"},
		{District: "001", Commune: "00005", Name: "Phường Nguyễn Trung Trực"},
		{District: "002", Commune: "00037", Name: "Phường Phúc Tân"},
		{District: "002", Commune: "00070", Name: "Phường Hàng Trống"},
		{District: "288", Commune: "10507", Name: "Phường Trần Phú"},
		{District: "292", Commune: "10990", Name: "Phường An Lưu"},
		{District: "474", Commune: "20001", Name: "Phường Thuận Lộc"},
	}
	ad := &addressData{}
	for _, p := range [][3]string{
		{"01", "Thành phố Hà Nội", "Thành phố Trung Ương"},
		{"31", "Thành phố Hải Phòng", "Thành phố Trung Ương"},
		{"46", "Thành phố Huế", "Thành phố Trung Ương"},
	} {
		ad.Provinces = append(ad.Provinces, struct {
			Code      string `json:"province_code"`
			Name      string `json:"name"`
			PlaceType string `json:"place_type"`
		}{p[0], p[1], p[2]})
	}
	for _, w := range [][3]string{
		{"00004", "Phường Ba Đình", "01"},
		{"00070", "Phường Hoàn Kiếm", "01"},
		{"00097", "Phường  Hồng Hà ", "01"},
		{"00100", "Phường Giảng Võ", "01"},
		{"10525", "Phường Hải Dương", "31"},
		{"11948", "Đặc khu Bạch Long Vĩ", "31"},
		{"20000", "Phường Thuận Hoá", "46"},
	} {
		ad.Wards = append(ad.Wards, struct {
			Code     string `json:"ward_code"`
			Name     string `json:"name"`
			Province string `json:"province_code"`
		}{w[0], w[1], w[2]})
	}
	hn, hd, hue := "Thành phố Hà Nội", "Tỉnh Hải Dương", "Thành phố Huế"
	ad.Mappings = []mappingRow{
		{"1", "00001", "Phường Phúc Xá", "Quận Ba Đình", hn, "00097", "Phường Hồng Hà", hn},
		{"2", "00004", "Phường Trúc Bạch", "Quận Ba Đình", hn, "00004", "Phường Ba Đình", hn},
		{"3", "00037", "Phường Phúc Tân", "Quận Hoàn Kiếm", hn, "00097", "Phường Hồng Hà", hn},
		{"4", "00070", "Phường Hàng Trống", "Quận Hoàn Kiếm", hn, "00070", "Phường Hoàn Kiếm", hn},
		{"5", "10507", "Phường Trần Phú", "Thành phố Hải Dương", hd, "10525", "Phường Hải Dương", "Thành phố Hải Phòng"},
		{"6", "10990", "Phường An Lưu", "Thành phố Kinh Môn", hd, "10525", "Phường Hải Dương", "Thành phố Hải Phòng"},
		{"7", "20001", "Phường Thuận Lộc", "Quận Thuận Hoá", hue, "20000", "Phường Thuận Hóa", "Thành phố Huế"},
		{"8", "00001", "Phường Phúc Xá", "Quận Ba Đình", hn, "00097", "Phường Hồng Hà", hn},
		{"9", "", "Phường Phúc Xá", "Quận Ba Đình", hn, "99999", "Phường Ba Đình", hn},
		{"10", "", "Phường Nguyễn Trung Trực", "Quận Ba Đình", hn, "00004", "Phường Ba Đình", hn},
		{"11", "", "", "", "", "11948", "Đặc khu Bạch Long Vĩ", "Thành phố Hải Phòng"},
	}
	return js, ad
}

// fixtureEarlier is a slice of the map of 6 October 2019 for fixture():
// a ward the same as on the map, one whose type alone changed in a
// district whose type alone changed, one spelt otherwise, a ward gone
// from a district on the map, a ward whose code a ward of another name
// kept, and wards of gone districts, one of whose code a district of
// another name kept.
func fixtureEarlier() []earlierWard {
	return []earlierWard{
		{"00001", "Phường Phúc Xá", "001", "Quận Ba Đình", "01"},
		{"10990", "Xã An Lưu", "292", "Huyện Kinh Môn", "30"},
		{"10507", "Phường Trần Phu", "288", "Thành phố Hải Dương", "30"},
		{"00043", "Phường Lý Thái Tổ", "002", "Quận Hoàn Kiếm", "01"},
		{"00070", "Phường Hàng Bạc", "002", "Quận Hoàn Kiếm", "01"},
		{"10800", "Xã Tân Hưng", "290", "Huyện Tứ Lộc", "30"},
		{"10803", "Thị trấn Tứ Lộc", "290", "Huyện Tứ Lộc", "30"},
		{"20004", "Phường Thuận Thành", "474", "Thành phố Huế", "46"},
	}
}

func TestBuildGolden(t *testing.T) {
	js, ad := fixture()
	g, err := build(js, ad)
	if err != nil {
		t.Fatal(err)
	}
	if err := addEarlier(g, fixtureEarlier()); err != nil {
		t.Fatal(err)
	}
	got := render(g)
	for _, name := range []string{DataFile, "SOURCES.md"} {
		golden := filepath.Join("testdata", name+".golden")
		if *update {
			if err := os.WriteFile(golden, got[name], 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), string(got[name])); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	want := stats{MappingRows: 11, ExtraRowsUnused: 1, OldCommunesUnused: 1, NewWithoutOld: 1, Earlier: 5, EarlierDistricts: 2}
	if g.Stats != want {
		t.Errorf("stats = %+v, want %+v", g.Stats, want)
	}
}

// TestBuildDeterministic checks the output does not depend on the order
// of the inputs.
func TestBuildDeterministic(t *testing.T) {
	js, ad := fixture()
	g1, err := build(js, ad)
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(js)
	slices.Reverse(ad.Mappings)
	slices.Reverse(ad.Wards)
	slices.Reverse(ad.Provinces)
	g2, err := build(js, ad)
	if err != nil {
		t.Fatal(err)
	}
	a, b := render(g1), render(g2)
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs with the inputs reversed", name)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(js []jsRecord, ad *addressData) []jsRecord
		want   string
	}{
		{"unknown old province", func(js []jsRecord, ad *addressData) []jsRecord {
			ad.Mappings[0].OldProvince = "Tỉnh Hà Tây"
			return js
		}, "old province"},
		{"unknown new ward", func(js []jsRecord, ad *addressData) []jsRecord {
			ad.Mappings[0].NewCode, ad.Mappings[0].NewName = "99999", "Phường Không Có"
			return js
		}, "not in province"},
		{"one old code, two names", func(js []jsRecord, ad *addressData) []jsRecord {
			ad.Mappings[7].OldName = "Phường Khác"
			return js
		}, "old ward 00001"},
		{"no old unit for a ward", func(js []jsRecord, ad *addressData) []jsRecord {
			ad.Mappings[10].NewCode, ad.Mappings[10].NewName = "00004", "Phường Ba Đình"
			ad.Mappings[10].NewProvince = "Thành phố Hà Nội"
			return js
		}, "not a special zone"},
		{"an old district with no code", func(js []jsRecord, ad *addressData) []jsRecord {
			return slices.DeleteFunc(js, func(r jsRecord) bool { return r.District == "474" })
		}, "no code"},
		{"a type word missing", func(js []jsRecord, ad *addressData) []jsRecord {
			ad.Wards[0].Name = "Ba Đình"
			return js
		}, "no type word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			js, ad := fixture()
			js = tt.change(js, ad)
			if _, err := build(js, ad); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("build: %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// TestPinnedPackages regenerates the committed files from the real
// tarballs when GAZETTEER_CACHE holds them (make gazetteer-check does so
// for every change of the generator).
func TestPinnedPackages(t *testing.T) {
	cache := os.Getenv("GAZETTEER_CACHE")
	if cache == "" {
		t.Skip("GAZETTEER_CACHE not set")
	}
	tarballs := map[string][]byte{}
	for _, s := range sources {
		b, err := os.ReadFile(filepath.Join(cache, s.Tarball()))
		if err != nil {
			t.Fatal(err)
		}
		tarballs[s.Name] = b
	}
	g, err := generate(tarballs)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range render(g) {
		want, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: generated bytes differ from the committed file; run make gazetteer", name)
		}
	}
}

func TestDistrictCode(t *testing.T) {
	jsDist := []jsRecord{
		{Province: "30", District: "288", Name: "Thành phố Hải Dương"},
		{Province: "30", District: "292", Name: "Thị xã Kinh Môn"},
		{Province: "31", District: "292", Name: "Thành phố Kinh Môn"},
	}
	tests := []struct {
		name string
		d    district
		want string
	}{
		{"most wards decide", district{Province: "30", Type: "thành phố", Name: "Kinh Môn", Votes: map[string]int{"288": 1, "292": 3}}, "292"},
		{"a tie goes to the smaller code", district{Province: "30", Type: "thành phố", Name: "Kinh Môn", Votes: map[string]int{"292": 2, "288": 2}}, "288"},
		{"no ward in the old package: by type and name in the province", district{Province: "30", Type: "thị xã", Name: "Kinh Môn", Votes: map[string]int{}}, "292"},
		{"the name in another province does not count", district{Province: "30", Type: "thành phố", Name: "Kinh Môn", Votes: map[string]int{}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := districtCode(&tt.d, jsDist); got != tt.want {
				t.Errorf("districtCode = %q, want %q", got, tt.want)
			}
		})
	}
}

// joined is a joiner that has taken the fixture's provinces and new wards.
func joined(t *testing.T) *joiner {
	t.Helper()
	js, ad := fixture()
	jsProv, _, _ := splitJS(js)
	j := &joiner{g: &gazetteer{}}
	if err := j.addOldProvinces(jsProv); err != nil {
		t.Fatal(err)
	}
	j.addNewProvinces(ad)
	if err := j.addNewWards(ad); err != nil {
		t.Fatal(err)
	}
	return j
}

func TestOldProvince(t *testing.T) {
	j := joined(t)
	tests := []struct{ name, full, want string }{
		{"with its type word", "Tỉnh Hải Dương", "30"},
		{"bare name", "Hải Dương", "30"},
		{"the name vietnam-provinces-js gives", "Tỉnh Thừa Thiên Huế", "46"},
		{"renamed in 2025: the alias", "Thành phố Huế", "46"},
		{"unknown", "Tỉnh Hà Tây", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := j.oldProvince(tt.full)
			if got != tt.want || (err != nil) != (tt.want == "") {
				t.Errorf("oldProvince(%q) = %q, %v; want %q", tt.full, got, err, tt.want)
			}
		})
	}
}

func TestNewWardOf(t *testing.T) {
	j := joined(t)
	hn := "Thành phố Hà Nội"
	tests := []struct {
		name string
		row  mappingRow
		want string
	}{
		{"its code names the ward", mappingRow{ID: "1", NewCode: "00070", NewName: "Phường Hoàn Kiếm", NewProvince: hn}, "00070"},
		{"its code names another ward: by name", mappingRow{ID: "2", NewCode: "00070", NewName: "Phường Giảng Võ", NewProvince: hn}, "00100"},
		{"its code is not in the wards table: by name", mappingRow{ID: "3", NewCode: "99999", NewName: "Phường Hồng Hà", NewProvince: hn}, "00097"},
		{"no ward of that name in the province", mappingRow{ID: "4", NewCode: "99999", NewName: "Phường Hải Dương", NewProvince: hn}, ""},
		{"unknown province", mappingRow{ID: "5", NewCode: "99999", NewName: "Phường Hồng Hà", NewProvince: "Tỉnh Hà Tây"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := j.newWardOf(tt.row)
			if got != tt.want || (err != nil) != (tt.want == "") {
				t.Errorf("newWardOf(%+v) = %q, %v; want %q", tt.row, got, err, tt.want)
			}
		})
	}
}

func TestAddEarlierErrors(t *testing.T) {
	tests := []struct {
		name string
		w    earlierWard
		want string
	}{
		{"unknown province", earlierWard{"10800", "Xã Tân Hưng", "290", "Huyện Tứ Lộc", "99"}, "province 99 unknown"},
		{"a ward without its type word", earlierWard{"10800", "Tân Hưng", "290", "Huyện Tứ Lộc", "30"}, "no type word"},
		{"a district without its type word", earlierWard{"10800", "Xã Tân Hưng", "290", "Tứ Lộc", "30"}, "no type word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			js, ad := fixture()
			g, err := build(js, ad)
			if err != nil {
				t.Fatal(err)
			}
			if err := addEarlier(g, []earlierWard{tt.w}); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("addEarlier: %v, want an error with %q", err, tt.want)
			}
		})
	}
}

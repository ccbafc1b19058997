package gen

import (
	"math/rand/v2"
	"strconv"
)

// orgInfo is one organisation an article can be about, with the ways the
// newspaper names it.
type orgInfo struct {
	name   string   // canonical org of the contract
	typ    string   // org_type of the contract
	full   string   // "Liên đoàn Lao động quận Cầu Giấy"
	abbr   string   // "LĐLĐ quận Cầu Giấy": names it unambiguously
	short  []string // "LĐLĐ quận": only after the org has been named
	area   string   // "toàn quận": the whole membership, for "… có N …"
	title  string   // title prefix: "Quận Cầu Giấy"
	kicker string   // section label, "" when the article has none
	code   string   // two letters for image file names: "cg"
	scale  float64  // size of its figures relative to a district
}

// cityName is the city's canonical name, the province of every generated
// organisation.
const cityName = "Hà Nội"

// Org type codes of the contract, spelled here and not taken from extract
// for the reason given beside the other codes in gold.go.
const (
	typeQuan    = "quận"
	typeHuyen   = "huyện"
	typeThiXa   = "thị xã"
	typePhuong  = "phường"
	typeXa      = "xã"
	typeCity    = "thành phố"
	typeCluster = "cụm thi đua"
	typeSector  = "công đoàn ngành"
	typeOther   = "khác"
)

var (
	quanNames = []string{"Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa",
		"Hai Bà Trưng", "Hoàng Mai", "Thanh Xuân", "Nam Từ Liêm", "Bắc Từ Liêm", "Hà Đông"}
	huyenNames = []string{"Sóc Sơn", "Đông Anh", "Gia Lâm", "Thanh Trì", "Mê Linh", "Ba Vì",
		"Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai", "Thạch Thất", "Chương Mỹ", "Thanh Oai",
		"Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức"}
	phuongNames = []string{"Hồng Hà", "Ô Chợ Dừa", "Kim Liên", "Láng", "Phú Diễn", "Việt Hưng",
		"Phúc Lợi", "Định Công", "Lĩnh Nam", "Yên Nghĩa"}
	xaNames = []string{"Phù Đổng", "Bát Tràng", "Thuận An", "Thư Lâm", "Phúc Lộc", "Đại Thanh", "Thượng Phúc"}
	nganhs  = []string{"Giáo dục", "Y tế", "Xây dựng", "Công Thương", "Giao thông vận tải", "Nông nghiệp và Phát triển nông thôn"}
	// otherOrgs are the city's other direct unions: the name the paper
	// writes, then the contract's, which names the civil servants' and the
	// zones' unions as every province's are, without the city.
	otherOrgs = [][2]string{
		{"Công đoàn các Khu công nghiệp và chế xuất Hà Nội", "Công đoàn các Khu công nghiệp và chế xuất"},
		{"Công đoàn Viên chức thành phố Hà Nội", "Công đoàn Viên chức"},
		{"Công đoàn Tổng Công ty Du lịch Hà Nội", "Công đoàn Tổng Công ty Du lịch Hà Nội"},
	}
)

// orgTable holds every organisation, grouped by kind so that articles can be
// drawn with fixed weights.
type orgTable struct {
	districts []*orgInfo // quận, huyện, thị xã
	city      *orgInfo
	clusters  []*orgInfo
	sectors   []*orgInfo
	wards     []*orgInfo // phường, xã: only from 2025
	others    []*orgInfo
}

var orgs = buildOrgs()

func buildOrgs() *orgTable {
	t := &orgTable{}
	local := func(kind, name, code string, scale float64) *orgInfo {
		return &orgInfo{
			name: name, typ: kind, code: code, scale: scale,
			full:   "Liên đoàn Lao động " + kind + " " + name,
			abbr:   "LĐLĐ " + kind + " " + name,
			short:  []string{"LĐLĐ " + kind, "Liên đoàn Lao động " + kind, "các cấp công đoàn " + kind, "Ban Thường vụ LĐLĐ " + kind},
			area:   "toàn " + kind,
			title:  upperFirst(kind) + " " + name,
			kicker: "Liên đoàn Lao động " + kind + " " + name,
		}
	}
	for _, n := range quanNames {
		t.districts = append(t.districts, local(typeQuan, n, initials(n), 1))
	}
	for _, n := range huyenNames {
		t.districts = append(t.districts, local(typeHuyen, n, initials(n), 0.7))
	}
	t.districts = append(t.districts, local(typeThiXa, "Sơn Tây", "st", 0.6))
	t.city = &orgInfo{
		name: cityName, typ: typeCity, code: "hn", scale: 12,
		full:   "Liên đoàn Lao động thành phố Hà Nội",
		abbr:   "LĐLĐ thành phố Hà Nội",
		short:  []string{"LĐLĐ Thành phố", "Liên đoàn Lao động Thành phố", "các cấp công đoàn Thủ đô", "Ban Thường vụ LĐLĐ Thành phố"},
		area:   "toàn Thành phố",
		title:  "Công đoàn Thủ đô",
		kicker: "Liên đoàn Lao động thành phố Hà Nội",
	}
	for i := 1; i <= 12; i++ {
		n := "Cụm thi đua số " + strconv.Itoa(i)
		t.clusters = append(t.clusters, &orgInfo{
			name: n, typ: typeCluster, code: "ct", scale: 1.5,
			full:   n + " Liên đoàn Lao động thành phố Hà Nội",
			abbr:   n + " LĐLĐ Thành phố",
			short:  []string{"các đơn vị trong Cụm", "các đơn vị thành viên Cụm", "Cụm"},
			area:   "toàn Cụm",
			title:  n,
			kicker: n + " Liên đoàn Lao động thành phố Hà Nội",
		})
	}
	for _, n := range nganhs {
		t.sectors = append(t.sectors, &orgInfo{
			name: "Công đoàn ngành " + n, typ: typeSector, code: "cd", scale: 2,
			full:   "Công đoàn ngành " + n + " Hà Nội",
			abbr:   "Công đoàn ngành " + n + " Hà Nội",
			short:  []string{"Công đoàn ngành", "Ban Thường vụ Công đoàn ngành", "các cấp công đoàn trong ngành"},
			area:   "toàn ngành",
			title:  "Công đoàn ngành " + n + " Hà Nội",
			kicker: "Công đoàn ngành " + n + " Hà Nội",
		})
	}
	ward := func(kind, name string) *orgInfo {
		return &orgInfo{
			name: name, typ: kind, code: initials(name), scale: 0.3,
			full:   "Công đoàn " + kind + " " + name,
			abbr:   "Công đoàn " + kind + " " + name,
			short:  []string{"Công đoàn " + kind, "Ban Chấp hành Công đoàn " + kind},
			area:   "toàn " + kind,
			title:  upperFirst(kind) + " " + name,
			kicker: "Công đoàn " + kind + " " + name,
		}
	}
	for _, n := range phuongNames {
		t.wards = append(t.wards, ward(typePhuong, n))
	}
	for _, n := range xaNames {
		t.wards = append(t.wards, ward(typeXa, n))
	}
	for _, o := range otherOrgs {
		n := o[0]
		t.others = append(t.others, &orgInfo{
			name: o[1], typ: typeOther, code: "cd", scale: 1.5,
			full: n, abbr: n, title: n, kicker: n,
			short: []string{"Ban Thường vụ Công đoàn", "các công đoàn cơ sở trực thuộc"},
			area:  "toàn đơn vị",
		})
	}
	return t
}

// pick draws the article's organisation; phường and xã unions only exist
// from 2025.
func (t *orgTable) pick(r *rand.Rand, year int) *orgInfo {
	p := r.IntN(100)
	switch {
	case p < 58:
		return t.districts[r.IntN(len(t.districts))]
	case p < 68:
		return t.city
	case p < 78:
		return t.clusters[r.IntN(len(t.clusters))]
	case p < 87:
		return t.sectors[r.IntN(len(t.sectors))]
	case p < 92:
		return t.others[r.IntN(len(t.others))]
	case year >= 2025:
		return t.wards[r.IntN(len(t.wards))]
	default:
		return t.districts[r.IntN(len(t.districts))]
	}
}

// neighbour draws another organisation of the same kind as o, for a sentence
// that reports its figure; nil when o has no peers.
func (t *orgTable) neighbour(r *rand.Rand, o *orgInfo) *orgInfo {
	var pool []*orgInfo
	switch o.typ {
	case typeQuan, typeHuyen, typeThiXa:
		pool = t.districts
	case typeCluster:
		pool = t.clusters
	case typeSector:
		pool = t.sectors
	case typePhuong, typeXa:
		pool = t.wards
	default:
		return nil
	}
	for {
		c := pool[r.IntN(len(pool))]
		if c != o {
			return c
		}
	}
}

// initials gives the lower-case ASCII initials of a Vietnamese name, as image
// file names use them ("Cầu Giấy" → "cg").
func initials(name string) string {
	var out []byte
	start := true
	for _, c := range name {
		if c == ' ' {
			start = true
			continue
		}
		if start {
			out = appendFolded(out, c)
			start = false
		}
	}
	return string(out)
}

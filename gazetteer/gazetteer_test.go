package gazetteer

import (
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestCounts(t *testing.T) {
	count := func(era Era, level int, gone bool) int {
		n := 0
		for _, u := range All() {
			if u.Era == era && u.Level == level && (u.Seen != "") == gone {
				n++
			}
		}
		return n
	}
	tests := []struct {
		name      string
		got, want int
	}{
		{"old provinces", len(Provinces(Old)), 63},
		{"new provinces", len(Provinces(New)), 34},
		{"old districts", count(Old, LevelDistrict, false), 696},
		{"old wards and communes", count(Old, LevelCommune, false), 10034},
		{"districts gone by 30/6/2025", count(Old, LevelDistrict, true), 24},
		{"wards and communes gone by 30/6/2025", count(Old, LevelCommune, true), 1773},
		{"new wards and communes", count(New, LevelCommune, false), 3321},
		{"new districts", count(New, LevelDistrict, false), 0},
		{"Hà Nội old districts", len(Units("Hà Nội", LevelDistrict, Old)), 30},
		{"Hà Nội new wards and communes", len(Units("Hà Nội", LevelCommune, New)), 126},
		{"Hà Nội old wards and communes", len(Units("Thành phố Hà Nội", LevelCommune, Old)), 526},
		{"Hồ Chí Minh new wards and communes", len(Units("TP.HCM", LevelCommune, New)), 168},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d", tt.got, tt.want)
			}
		})
	}
}

func TestHanoiOldDistricts(t *testing.T) {
	var names []string
	for _, u := range Units("Hà Nội", LevelDistrict, Old) {
		names = append(names, u.Type+" "+u.Name)
	}
	for _, want := range []string{"thị xã Sơn Tây", "quận Ba Đình", "quận Hoàn Kiếm", "huyện Sóc Sơn", "huyện Ứng Hòa", "quận Hà Đông"} {
		if !slices.Contains(names, want) {
			t.Errorf("Hà Nội's old districts lack %s: %v", want, names)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name  string
		query string
		era   Era
		want  Unit // the one unit found of want.Level and want.Type
	}{
		{"old district Ba Đình", "Ba Đình", Old,
			Unit{Code: "001", Name: "Ba Đình", Type: "quận", Level: 2, Era: Old, Province: "Hà Nội"}},
		{"new ward Ba Đình", "phường Ba Đình", New,
			Unit{Code: "00004", Name: "Ba Đình", Type: "phường", Level: 3, Era: New, Province: "Hà Nội"}},
		{"Nghệ An old", "Nghệ An", Old,
			Unit{Code: "40", Name: "Nghệ An", Type: "tỉnh", Level: 1, Era: Old, Province: "Nghệ An"}},
		{"Nghệ An new", "tỉnh Nghệ An", New,
			Unit{Code: "40", Name: "Nghệ An", Type: "tỉnh", Level: 1, Era: New, Province: "Nghệ An"}},
		{"Hải Dương old province", "Hải Dương", Old,
			Unit{Code: "30", Name: "Hải Dương", Type: "tỉnh", Level: 1, Era: Old, Province: "Hải Dương"}},
		{"Quận 3 old", "Quận 3", Old,
			Unit{Code: "770", Name: "Quận 3", Type: "quận", Level: 2, Era: Old, Province: "Thành phố Hồ Chí Minh"}},
		{"Q.3 old", "Q.3", Old,
			Unit{Code: "770", Name: "Quận 3", Type: "quận", Level: 2, Era: Old, Province: "Thành phố Hồ Chí Minh"}},
		{"Q3 old", "Q3", Old,
			Unit{Code: "770", Name: "Quận 3", Type: "quận", Level: 2, Era: Old, Province: "Thành phố Hồ Chí Minh"}},
		{"xã Sóc Sơn new", "xã Sóc Sơn", New,
			Unit{Code: "00376", Name: "Sóc Sơn", Type: "xã", Level: 3, Era: New, Province: "Hà Nội"}},
		{"H. Sóc Sơn old", "H. Sóc Sơn", Old,
			Unit{Code: "016", Name: "Sóc Sơn", Type: "huyện", Level: 2, Era: Old, Province: "Hà Nội"}},
		{"old commune with its district", "phường Phúc Xá", Old,
			Unit{Code: "00001", Name: "Phúc Xá", Type: "phường", Level: 3, Era: Old, Province: "Hà Nội", District: "Ba Đình"}},
		{"old tone placement", "huyện Ứng Hoà", Old,
			Unit{Code: "281", Name: "Ứng Hòa", Type: "huyện", Level: 2, Era: Old, Province: "Hà Nội"}},
		{"TP.HCM new", "TP.HCM", New,
			Unit{Code: "79", Name: "Hồ Chí Minh", Type: "thành phố", Level: 1, Era: New, Province: "Thành phố Hồ Chí Minh"}},
		{"TX. Sơn Tây old", "TX. Sơn Tây", Old,
			Unit{Code: "269", Name: "Sơn Tây", Type: "thị xã", Level: 2, Era: Old, Province: "Hà Nội"}},
		{"special zone", "đặc khu Côn Đảo", New,
			Unit{Code: "26732", Name: "Côn Đảo", Type: "đặc khu", Level: 3, Era: New, Province: "Thành phố Hồ Chí Minh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found []Unit
			for _, u := range Lookup(tt.query, tt.era) {
				if u.Level == tt.want.Level && u.Type == tt.want.Type {
					found = append(found, u)
				}
			}
			if len(found) != 1 || found[0] != tt.want {
				t.Errorf("Lookup(%q, %v) of level %d, type %s = %+v, want %+v", tt.query, tt.era, tt.want.Level, tt.want.Type, found, tt.want)
			}
		})
	}
}

func TestLookupNotFound(t *testing.T) {
	tests := []struct {
		name  string
		query string
		era   Era
	}{
		{"Hải Dương province after the reform", "tỉnh Hải Dương", New},
		{"no district level after the reform", "quận Ba Đình", New},
		{"a bare number is no name", "3", Old},
		{"unknown", "Xứ Sở Thần Tiên", Old},
		{"empty", "", New},
		{"invalid era", "Ba Đình", Era(0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lookup(tt.query, tt.era); len(got) != 0 {
				t.Errorf("Lookup(%q, %v) = %+v, want nothing", tt.query, tt.era, got)
			}
		})
	}
}

func TestLookupAmbiguous(t *testing.T) {
	provinces := map[string]bool{}
	for _, u := range Lookup("phường Phú Mỹ", Old) {
		if u.Type != "phường" || u.Name != "Phú Mỹ" {
			t.Errorf("phường Phú Mỹ found %+v", u)
		}
		provinces[u.Province] = true
	}
	if len(provinces) < 3 {
		t.Errorf("phường Phú Mỹ in %d provinces, want several", len(provinces))
	}
	got := Lookup("Ba Đình", Old)
	if len(got) < 3 || got[0].Level != LevelDistrict {
		t.Errorf("Lookup(Ba Đình, Old) = %+v, want the district first, then wards and communes", got)
	}
}

func TestProvince(t *testing.T) {
	tests := []struct {
		name   string
		query  string
		era    Era
		want   string // Province of the unit found, "" for none
		wantTy string
	}{
		{"bare", "Nghệ An", Old, "Nghệ An", "tỉnh"},
		{"with type", "Tỉnh Nghệ An", New, "Nghệ An", "tỉnh"},
		{"Hà Nội city", "thành phố Hà Nội", Old, "Hà Nội", "thành phố"},
		{"TP. Hà Nội", "TP. Hà Nội", New, "Hà Nội", "thành phố"},
		{"TPHCM", "TPHCM", Old, "Thành phố Hồ Chí Minh", "thành phố"},
		{"TP HCM", "TP HCM", New, "Thành phố Hồ Chí Minh", "thành phố"},
		{"HCM", "HCM", New, "Thành phố Hồ Chí Minh", "thành phố"},
		{"Hồ Chí Minh", "Hồ Chí Minh", New, "Thành phố Hồ Chí Minh", "thành phố"},
		{"Thừa Thiên Huế old", "Thừa Thiên Huế", Old, "Thừa Thiên Huế", "tỉnh"},
		{"Huế old", "Huế", Old, "Thừa Thiên Huế", "tỉnh"},
		{"Thừa Thiên - Huế old", "Thừa Thiên - Huế", Old, "Thừa Thiên Huế", "tỉnh"},
		{"Thừa Thiên Huế new", "Thừa Thiên Huế", New, "Huế", "thành phố"},
		{"Thành phố Huế new", "Thành phố Huế", New, "Huế", "thành phố"},
		{"Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", Old, "Bà Rịa - Vũng Tàu", "tỉnh"},
		{"Bà Rịa-Vũng Tàu", "tỉnh Bà Rịa-Vũng Tàu", Old, "Bà Rịa - Vũng Tàu", "tỉnh"},
		{"Bà Rịa – Vũng Tàu", "Bà Rịa – Vũng Tàu", Old, "Bà Rịa - Vũng Tàu", "tỉnh"},
		{"old tones", "Hoà Bình", Old, "Hòa Bình", "tỉnh"},
		{"Hải Dương gone", "Hải Dương", New, "", ""},
		{"a district is no province", "Ba Đình", Old, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, ok := Province(tt.query, tt.era)
			if tt.want == "" {
				if ok {
					t.Errorf("Province(%q, %v) = %+v, want none", tt.query, tt.era, u)
				}
				return
			}
			if !ok || u.Province != tt.want || u.Type != tt.wantTy || u.Level != LevelProvince || u.Era != tt.era {
				t.Errorf("Province(%q, %v) = %+v, %v; want %s %s", tt.query, tt.era, u, ok, tt.wantTy, tt.want)
			}
		})
	}
}

func codes(us []Unit) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.Code)
	}
	return out
}

func TestSuccessors(t *testing.T) {
	tests := []struct {
		name    string
		code    string
		want    []string // codes that must be among the successors
		wantAll bool     // the successors are exactly want
	}{
		{"quận Hoàn Kiếm → phường Hoàn Kiếm", "002", []string{"00070"}, false},
		{"phường Phúc Xá → phường Hồng Hà", "00001", []string{"00097"}, true},
		{"phường Trúc Bạch → phường Ba Đình", "00004", []string{"00004"}, true},
		{"tỉnh Hải Dương → thành phố Hải Phòng", "30", []string{"31"}, true},
		{"tỉnh Nghệ An → tỉnh Nghệ An", "40", []string{"40"}, true},
		{"huyện Côn Đảo → đặc khu Côn Đảo", "755", []string{"26732"}, true},
		{"unknown", "99999", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Successors(tt.code)
			for _, u := range got {
				if u.Era != New {
					t.Errorf("successor %+v is not New", u)
				}
			}
			c := codes(got)
			if tt.wantAll && !slices.Equal(c, tt.want) {
				t.Errorf("Successors(%s) = %v, want %v", tt.code, c, tt.want)
			}
			for _, w := range tt.want {
				if !slices.Contains(c, w) {
					t.Errorf("Successors(%s) = %v, want %s among them", tt.code, c, w)
				}
			}
		})
	}
}

func TestPredecessors(t *testing.T) {
	tests := []struct {
		name    string
		code    string
		want    []string
		wantAll bool
	}{
		{"Hải Phòng ← Hải Dương, Hải Phòng", "31", []string{"30", "31"}, true},
		{"phường Hoàn Kiếm ← Hàng Trống, Đồng Xuân…", "00070", []string{"00040", "00070"}, false},
		{"đặc khu Côn Đảo ← huyện Côn Đảo", "26732", []string{"755"}, true},
		{"unknown", "99999", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Predecessors(tt.code)
			for _, u := range got {
				if u.Era != Old {
					t.Errorf("predecessor %+v is not Old", u)
				}
			}
			c := codes(got)
			if tt.wantAll && !slices.Equal(c, tt.want) {
				t.Errorf("Predecessors(%s) = %v, want %v", tt.code, c, tt.want)
			}
			for _, w := range tt.want {
				if !slices.Contains(c, w) {
					t.Errorf("Predecessors(%s) = %v, want %s among them", tt.code, c, w)
				}
			}
		})
	}
}

// TestEveryOldUnitHasSuccessors checks the mapping covers the Old map of
// 30 June 2025.
func TestEveryOldUnitHasSuccessors(t *testing.T) {
	for _, u := range All() {
		if u.Era == Old && u.Seen == "" && len(Successors(u.Code)) == 0 {
			t.Errorf("%s %s (%s, %s) has no successor", u.Type, u.Name, u.Code, u.Province)
		}
	}
}

func TestUnitFields(t *testing.T) {
	types := map[Era]map[int][]string{
		Old: {1: {"thành phố", "tỉnh"}, 2: {"huyện", "quận", "thành phố", "thị xã"}, 3: {"phường", "thị trấn", "xã"}},
		New: {1: {"thành phố", "tỉnh"}, 3: {"phường", "xã", "đặc khu"}},
	}
	for _, u := range All() {
		if !slices.Contains(types[u.Era][u.Level], u.Type) {
			t.Errorf("%+v: type %q on level %d of the %v map", u, u.Type, u.Level, u.Era)
		}
		if (u.District != "") != (u.Era == Old && u.Level == LevelCommune) {
			t.Errorf("%+v: district %q", u, u.District)
		}
		if u.Name == "" || u.Province == "" || Fold(u.Name) == u.Type || strings.TrimSpace(u.Name) != u.Name {
			t.Errorf("%+v: bad name or province", u)
		}
	}
}

// TestDataIsFolded checks what nameKeys relies on: folding a name of the
// data file is lower-casing it, but for dashes.
func TestDataIsFolded(t *testing.T) {
	for _, u := range All() {
		for _, s := range [][2]string{{u.Type, u.Name}, {"", u.Province}} {
			if got, want := foldData(s[0], s[1]), Fold(s[0]+" "+s[1]); got != " "+want && got != want {
				t.Errorf("foldData(%q, %q) = %q, Fold = %q", s[0], s[1], got, want)
			}
		}
	}
}

func TestEraOf(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name string
		t    time.Time
		want Era
	}{
		{"2019", time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC), Old},
		{"last day", time.Date(2025, 6, 30, 23, 59, 59, 0, time.UTC), Old},
		{"first day", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), New},
		{"first day in Hà Nội, still June in UTC", time.Date(2025, 7, 1, 6, 0, 0, 0, ict), New},
		{"2026", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), New},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EraOf(tt.t); got != tt.want {
				t.Errorf("EraOf(%v) = %v, want %v", tt.t, got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	const prov = "O\t1\t01\tthành phố\tHà Nội\t01\t\n"
	tests := []struct {
		name, src, want string
	}{
		{"fields", "O\t1\t01\n", "fields"},
		{"era", "X\t1\t01\tthành phố\tHà Nội\t01\t\n", "era"},
		{"level", "O\tx\t01\tthành phố\tHà Nội\t01\t\n", "level"},
		{"duplicate code", prov + prov, "twice"},
		{"no province", "O\t2\t001\tquận\tBa Đình\t02\t\n" + prov, "no province"},
		{"no district", prov + "O\t3\t00001\tphường\tPhúc Xá\t01\t001\n", "no district"},
		{"mapping to nothing", prov + "M\t01\t00004\n", "no such"},
		{"a date on a unit of the new map", "N\t1\t01\tthành phố\tHà Nội\t01\t\t2019-10-06\n", "fields"},
		{"an empty date", "O\t1\t01\tthành phố\tHà Nội\t01\t\t\n", "fields"},
		{"two gone units of one code", prov + "O\t2\t001\tquận\tBa Đình\t01\t\t2019-10-06\nO\t2\t001\tquận\tTây Hồ\t01\t\t2019-10-06\n", "twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parse: %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// BenchmarkLoad measures parsing the embedded data and reports the heap
// the parsed index keeps (retained-B).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := parse(data); err != nil {
			b.Fatal(err)
		}
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ix, _ := parse(data)
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc), "retained-B")
	runtime.KeepAlive(ix)
}

func BenchmarkLookup(b *testing.B) {
	load()
	for b.Loop() {
		Lookup("Q. Ba Đình", Old)
		Lookup("TP.HCM", New)
	}
}

func TestAliases(t *testing.T) {
	tests := []struct {
		name string
		era  Era
		want []string
	}{
		{"Hồ Chí Minh", New, []string{"hcm", "tphcm"}},
		{"Huế", New, []string{"thừa thiên huế", "tỉnh thừa thiên huế"}},
		{"Thừa Thiên Huế", Old, []string{"huế", "thành phố huế"}},
		{"Nghệ An", New, nil},
	}
	for _, tt := range tests {
		u, ok := Province(tt.name, tt.era)
		if !ok {
			t.Fatalf("no province %q in %v", tt.name, tt.era)
		}
		if got := Aliases(u); !slices.Equal(got, tt.want) {
			t.Errorf("Aliases(%s, %v) = %q, want %q", tt.name, tt.era, got, tt.want)
		}
	}
	if got := Aliases(Lookup("Ba Đình", Old)[0]); got != nil {
		t.Errorf("a district has aliases %q", got)
	}
}

// TestGoneUnits checks the units of 6 October 2019 that the map of 30 June
// 2025 no longer has: found by name, with the date they were last seen,
// not listed among a province's units, without successors of their own.
func TestGoneUnits(t *testing.T) {
	got := Lookup("huyện Long Điền", Old)
	if len(got) != 1 || got[0].Seen != "2019-10-06" || got[0].Province != "Bà Rịa - Vũng Tàu" || got[0].Level != LevelDistrict {
		t.Fatalf("Lookup(huyện Long Điền) = %+v, want the district gone by 2025", got)
	}
	if len(Successors(got[0].Code)) != 0 {
		t.Errorf("Successors(%s) = %v, want none", got[0].Code, Successors(got[0].Code))
	}
	for _, u := range Units("Bà Rịa - Vũng Tàu", LevelDistrict, Old) {
		if u.Seen != "" {
			t.Errorf("Units lists the gone %+v", u)
		}
	}
	// Quận 2's code is Thủ Đức's, a city of the map of 30 June 2025: the
	// code means the city
	q2 := Lookup("Quận 2", Old)
	if len(q2) != 1 || q2[0].Seen == "" || q2[0].Province != "Thành phố Hồ Chí Minh" {
		t.Fatalf("Lookup(Quận 2) = %+v, want the district gone by 2025", q2)
	}
	if s := Successors(q2[0].Code); len(s) == 0 {
		t.Errorf("Successors(%s) = none, want the city's", q2[0].Code)
	}
	if _, err := parse("O\t1\t01\tthành phố\tHà Nội\t01\t\nO\t2\t001\tquận\tBa Đình\t01\t\nO\t2\t001\tquận\tTây Hồ\t01\t\t2019-10-06\n"); err != nil {
		t.Errorf("parse of a gone unit sharing a code: %v", err)
	}
}

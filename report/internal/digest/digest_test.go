package digest

import (
	"crypto/sha256"
	"reflect"
	"strings"
	"testing"

	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/internal/keytest"
)

func recordSum(r *extract.Record) string {
	w := New()
	w.Record(r)
	return w.Sum()
}

// TestRecordHashesEveryField changes each field of a record in turn: each
// change must change the digest. A field added to extract.Record fails
// here until Record hashes it.
func TestRecordHashesEveryField(t *testing.T) {
	den := 4.0
	base := extract.Record{Doc: "a.txt", Value: 3, Denominator: &den, Unit: "member", Year: 2021, Org: "Ba Đình", Evidence: "Câu.", Offset: 7}
	seen := map[string]string{recordSum(&base): "nothing"}
	typ := reflect.TypeFor[extract.Record]()
	for i := range typ.NumField() {
		r := base
		v := reflect.ValueOf(&r).Elem().Field(i)
		if !keytest.Change(v) {
			t.Fatalf("field %s: add its kind to keytest.Change and to Record", typ.Field(i).Name)
		}
		sum := recordSum(&r)
		if other, ok := seen[sum]; ok {
			t.Errorf("changing %s gives the digest of changing %s", typ.Field(i).Name, other)
		}
		seen[sum] = typ.Field(i).Name
	}
}

// TestWritesDoNotRunTogether: values written in sequence are told apart
// however the bytes of one could continue another.
func TestWritesDoNotRunTogether(t *testing.T) {
	sum := func(write func(w *Writer)) string {
		w := New()
		write(w)
		return w.Sum()
	}
	pairs := [][2]func(w *Writer){
		{func(w *Writer) { w.Str("ab"); w.Str("c") }, func(w *Writer) { w.Str("a"); w.Str("bc") }},
		{func(w *Writer) { w.Strs([]string{"a", "b"}); w.Strs(nil) }, func(w *Writer) { w.Strs([]string{"a"}); w.Strs([]string{"b"}) }},
		{func(w *Writer) { w.OptFloat(nil) }, func(w *Writer) { w.OptFloat(new(0.0)) }},
		{func(w *Writer) { w.OptRecord(nil) }, func(w *Writer) { w.OptRecord(&extract.Record{}) }},
		{func(w *Writer) { w.Ref("a"); w.Ref("a") }, func(w *Writer) { w.Ref("a"); w.Ref("b") }},
		{func(w *Writer) { w.Ref("a"); w.Ref("b"); w.Ref("a") }, func(w *Writer) { w.Ref("a"); w.Ref("b"); w.Ref("b") }},
		{func(w *Writer) { w.Ref(""); w.Ref("") }, func(w *Writer) { w.Ref(""); w.Int(0) }},
		{func(w *Writer) { w.Ref("ab") }, func(w *Writer) { w.Ref("a"); w.Ref("b") }},
	}
	for i, p := range pairs {
		if sum(p[0]) == sum(p[1]) {
			t.Errorf("pair %d: the same digest", i)
		}
	}
}

// TestRefByPlace: a string given to Ref is numbered by its bytes, not by
// where they are: equal strings at other places, and a different string
// at the place of one given before (a shorter one), hash as Str's
// numbering says.
func TestRefByPlace(t *testing.T) {
	long := strings.Repeat("một thông điệp dài ", 40)
	copyOf := func(s string) string { return string([]byte(s)) }
	sum := func(write func(w *Writer)) string {
		w := New()
		write(w)
		return w.Sum()
	}
	same := sum(func(w *Writer) { w.Ref(long); w.Ref(long); w.Ref(long[:5]); w.Ref(long) })
	copies := sum(func(w *Writer) { w.Ref(long); w.Ref(copyOf(long)); w.Ref(copyOf(long[:5])); w.Ref(copyOf(long)) })
	if same != copies {
		t.Error("equal strings at other places hash differently")
	}
	prefix := sum(func(w *Writer) { w.Ref(long); w.Ref(long[:5]) })
	repeat := sum(func(w *Writer) { w.Ref(long); w.Ref(long) })
	if prefix == repeat {
		t.Error("a string's prefix at the same place hashes as the string")
	}
}

// TestNewRecords: each record's digest is that of its fields alone,
// whichever task of NewRecords made it, and RecordsOf keeps digests made
// from as many records.
func TestNewRecords(t *testing.T) {
	for _, n := range []int{0, 1, recordsChunk - 1, recordsChunk, 3*recordsChunk + 5} {
		recs := make([]extract.Record, n)
		for i := range recs {
			recs[i] = extract.Record{Doc: "a.txt", Value: float64(i), Offset: i}
		}
		d := NewRecords(recs)
		if d.Len() != n {
			t.Fatalf("%d records: %d digests", n, d.Len())
		}
		for i := range recs {
			if want := sha256.Sum256(appendRecord(nil, &recs[i])); d.sums[i] != want {
				t.Fatalf("%d records: digest %d is not that of its record", n, i)
			}
		}
		if RecordsOf(d, len(recs), recs) != d {
			t.Errorf("%d records: RecordsOf made the digests anew", n)
		}
		if got := RecordsOf(d, n+1, append(recs, extract.Record{})); got == d || got.Len() != n+1 {
			t.Errorf("%d records: RecordsOf kept digests of other records", n)
		}
	}
}

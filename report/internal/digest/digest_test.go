package digest

import (
	"reflect"
	"testing"

	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report/internal/keytest"
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
	}
	for i, p := range pairs {
		if sum(p[0]) == sum(p[1]) {
			t.Errorf("pair %d: the same digest", i)
		}
	}
}

package build

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
)

// spoolReadChunk is how many records readAll reads at once: a few hundred
// KB of the file, into one of the blocks.
const spoolReadChunk = 4096

// readAll reads every record of the spool back, in id order, into a new
// slice: the build reads them through a record source instead.
func (sp *recordSpool) readAll() ([]extract.Record, error) {
	recs := make([]extract.Record, len(sp.at)-1)
	for lo := 0; lo < len(recs); lo += spoolReadChunk {
		if err := sp.ReadRecords(lo, recs[lo:min(lo+spoolReadChunk, len(recs))]); err != nil {
			return nil, err
		}
	}
	return recs, nil
}

// spoolTestRecords are n records of articles of 7 records each, some with
// a denominator and completion, some holding their sentence and phrase,
// some without a year or organisation.
func spoolTestRecords(n int) []extract.Record {
	den, comp := 1250.0, 137.24
	var recs []extract.Record
	for i := range n {
		r := extract.Record{
			Doc: "2024.jsonl#bai-" + strconv.Itoa(i/7), Value: float64(i) * 1.5, Unit: "người", Qualifier: extract.QualExact,
			Basis: extract.BasisTotal, Status: extract.StatusAchieved, Period: extract.PeriodYear, Year: 2015 + i%11,
			Org: "Công đoàn " + strconv.Itoa(i%300), OrgType: "quận", Province: "Hà Nội", Category: "doan-vien",
			Offset: i * 31, Noun: "đoàn viên", Pos: i % 900, Len: 3 + i%5, Para: i % 4,
		}
		switch i % 5 {
		case 0:
			r.Denominator, r.Completion = &den, &comp
			r.Qualifier = extract.QualAbout
		case 1:
			r.Evidence, r.Text = "Câu số "+strconv.Itoa(i)+" giữ câu của nó.", "kết nạp "+strconv.Itoa(i)
		case 2:
			r.Year, r.Org, r.Value = 0, "", -0.25
		}
		recs = append(recs, r)
	}
	return recs
}

// BenchmarkSpoolRecords measures writing records to a spool and releasing
// a source to it, per record.
func BenchmarkSpoolRecords(b *testing.B) {
	recs := extract.Pack(spoolTestRecords(100_000))
	b.ResetTimer()
	for range b.N {
		sum := &aggregate.Summary{Packed: recs}
		src, sp, err := releaseRecords(sum, nil)
		if err != nil || sp == nil || src == nil {
			b.Fatal(sp, err)
		}
		sp.close()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*recs.Len()), "ns/record")
}

// TestReleaseRecords checks that once releaseRecords has moved the records
// to their spool, the source gives back every record as it was, whole and
// held, by id, by runs, its evidence alone and in its few kept fields,
// whatever the order of the reads; and that sum no longer holds them.
func TestReleaseRecords(t *testing.T) {
	recs := spoolTestRecords(5000)
	want := append([]extract.Record(nil), recs...)
	sum := &aggregate.Summary{Packed: extract.Pack(recs)}
	// Phrases that mark what they put back, as the texts' spool would: the
	// sentences of the records that do not hold their own
	// (spoolTestRecords).
	ph := func(k int, r *extract.Record) error {
		if k%5 != 1 {
			r.Evidence = "câu " + strconv.Itoa(k)
		}
		return nil
	}
	src, sp, err := releaseRecords(sum, ph)
	if err != nil || sp == nil || src == nil {
		t.Fatalf("releaseRecords = %v, %v, %v", src, sp, err)
	}
	defer sp.close()
	if sum.Packed != nil {
		t.Fatal("the Summary still holds its records")
	}
	whole := func(k int) extract.Record {
		r := want[k]
		ph(k, &r)
		return r
	}
	var buf extract.Record
	for _, k := range []int{4999, 0, 17, 16, 2500, 1, 4998, 3} {
		if got := *src.Held(k, &buf); !reflect.DeepEqual(got, want[k]) {
			t.Errorf("Held(%d) = %+v, want %+v", k, got, want[k])
		}
		got, err := src.Record(k, &buf)
		if err != nil || !reflect.DeepEqual(*got, whole(k)) {
			t.Errorf("Record(%d) = %+v, %v, want %+v", k, got, err, whole(k))
		}
		if ev, err := src.Evidence(k); err != nil || ev != whole(k).Evidence {
			t.Errorf("Evidence(%d) = %q, %v, want %q", k, ev, err, whole(k).Evidence)
		}
		if src.Doc(k) != want[k].Doc || src.Offset(k) != want[k].Offset || src.Year(k) != want[k].Year || src.Qualifier(k) != want[k].Qualifier {
			t.Errorf("record %d's kept fields: %q %d %d %q, want %q %d %d %q", k, src.Doc(k), src.Offset(k), src.Year(k), src.Qualifier(k),
				want[k].Doc, want[k].Offset, want[k].Year, want[k].Qualifier)
		}
	}
	var run []extract.Record
	for _, lr := range [][2]int{{0, 5000}, {10, 11}, {4000, 4100}, {7, 3000}} {
		run, err = src.Run(lr[0], lr[1], run)
		if err != nil {
			t.Fatal(err)
		}
		for i := range run {
			if k := lr[0] + i; !reflect.DeepEqual(run[i], whole(k)) {
				t.Fatalf("Run(%d, %d)[%d] = %+v, want %+v", lr[0], lr[1], i, run[i], whole(k))
			}
		}
	}
	ids := []int{3, 4, 5, 90, 91, 4999, 0}
	got, err := src.Records(ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range ids {
		if !reflect.DeepEqual(got[i], whole(k)) {
			t.Errorf("Records: record %d = %+v, want %+v", k, got[i], whole(k))
		}
	}
	if _, err := src.Run(4990, 5001, nil); err == nil {
		t.Error("Run past the last record: no error")
	}
	if src.Err() != nil {
		t.Errorf("Err = %v", src.Err())
	}
}

// TestSpoolReadsBackAll checks that a spool gives back every record as it
// was written, more than a read's chunk of them, in order (the render
// stage's records, read back after aggregation's passes).
func TestSpoolReadsBackAll(t *testing.T) {
	for _, n := range []int{0, 1, spoolReadChunk, 2*spoolReadChunk + 17} {
		recs := spoolTestRecords(n)
		sp, err := spoolRecords(extract.Pack(recs))
		if err != nil || sp == nil {
			t.Fatalf("spoolRecords(%d records) = %v, %v", n, sp, err)
		}
		got, err := sp.readAll()
		sp.close()
		if err != nil {
			t.Fatalf("%d records: %v", n, err)
		}
		if len(got) != n || (n > 0 && !reflect.DeepEqual(got, recs)) {
			t.Errorf("%d records: read back %d, not as written", n, len(got))
		}
	}
}

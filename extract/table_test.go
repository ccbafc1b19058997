package extract

import (
	"math"
	"reflect"
	"testing"
	"unsafe"
)

func tableRecords() []Record {
	d, c := 1250.0, 137.24
	return []Record{
		{Doc: "a", Value: 1715, Denominator: &d, Unit: "members", Qualifier: QualExact, Basis: BasisTotal, Status: StatusAchieved,
			Period: PeriodYear, Year: 2024, Org: "Tây Hồ", OrgType: "quận", Province: "Hà Nội", Category: "membership",
			Evidence: "kết nạp 1.715/1250 đoàn viên.", Offset: 12, Text: "kết nạp 1.715/1250", Noun: "đoàn viên", Pos: 7, Len: 9, Para: 2, Completion: &c},
		{Doc: "a", Value: 3, Unit: "unions", Year: 2023, Offset: 40, Pos: 30, Len: 1, Para: 3},
		{Doc: "b", Value: -2.5, Year: math.MaxInt32 + 1, Offset: 7}, // a number past int32
		{},
	}
}

func TestTableGivesBackWhatWasSet(t *testing.T) {
	rs := tableRecords()
	tb := Pack(rs)
	if got := tb.Unpack(); !reflect.DeepEqual(got, rs) {
		t.Fatalf("Unpack = %+v\nwant %+v", got, rs)
	}
	for i := range rs {
		if tb.Doc(i) != rs[i].Doc {
			t.Errorf("Doc(%d) = %q, want %q", i, tb.Doc(i), rs[i].Doc)
		}
		if ev, tx := tb.Texts(i); ev != rs[i].Evidence || tx != rs[i].Text {
			t.Errorf("Texts(%d) = %q, %q", i, ev, tx)
		}
	}
	// A wide record set again as a narrow one, and the reverse.
	tb.Set(2, &rs[0])
	tb.Set(0, &rs[2])
	if got := tb.At(2); !reflect.DeepEqual(got, rs[0]) {
		t.Errorf("At(2) = %+v", got)
	}
	if got := tb.At(0); !reflect.DeepEqual(got, rs[2]) {
		t.Errorf("At(0) = %+v", got)
	}
	tb.SetTexts(0, "e", "t")
	tb.SetTexts(2, "", "")
	if ev, tx := tb.Texts(0); ev != "e" || tx != "t" {
		t.Errorf("Texts(0) = %q, %q after SetTexts", ev, tx)
	}
	if ev, tx := tb.Texts(2); ev != "" || tx != "" {
		t.Errorf("Texts(2) = %q, %q after SetTexts", ev, tx)
	}
}

func TestTableRowIsSmall(t *testing.T) {
	if n := unsafe.Sizeof(row{}); n != 120 {
		t.Errorf("a row is %d bytes, want 120", n)
	}
}

func TestTableSymbolsAreCopies(t *testing.T) {
	text := "Công đoàn quận Tây Hồ"
	r := Record{Org: text[len("Công đoàn quận "):]}
	tb := Pack([]Record{r})
	got := tb.At(0).Org
	if got != r.Org || unsafe.StringData(got) == unsafe.StringData(r.Org) {
		t.Errorf("Org %q shares the text's bytes, or differs", got)
	}
}

func TestTablePermuteAndCopyRows(t *testing.T) {
	rs := tableRecords()
	tb := Pack(rs)
	tb.Permute([]int32{3, 2, 0, 1})
	want := []Record{rs[3], rs[2], rs[0], rs[1]}
	if got := tb.Unpack(); !reflect.DeepEqual(got, want) {
		t.Fatalf("after Permute: %+v", got)
	}
	sib := tb.Sibling(3)
	sib.CopyRows(1, tb, 1, 3)
	extra := Record{Doc: "c", Unit: "members", Year: 2020}
	sib.Set(0, &extra)
	if got := sib.Unpack(); !reflect.DeepEqual(got, []Record{extra, rs[2], rs[0]}) {
		t.Errorf("sibling: %+v", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("CopyRows between tables of different symbols did not panic")
		}
	}()
	Pack(rs).CopyRows(0, tb, 0, 1)
}

package extract

import (
	"math"
	"strings"
	"sync"
)

// Table holds records packed, for a build that keeps millions of them in
// memory: a Record is 272 bytes, a row of a Table 120. The fields of few
// values (Doc, Unit, Qualifier, Basis, Status, Period, Org, OrgType,
// Province, Category, Noun) are numbers into the table's symbols, each
// string kept once (a copy of its own, so that no symbol keeps alive a
// larger string it was part of); the numbers are int32; Evidence and Text
// are kept as they are (parts of the article's text, as a rule). At gives
// a record back as it was set.
//
// Rows are set (Set, a Packer's Set, SetTexts) and read (At, Doc, Texts)
// from several goroutines at once, each row by one goroutine, but no row
// may be read while another is set by Set or a Packer.
type Table struct {
	syms *symbols
	rows []row
	// wide holds the records whose numbers do not fit in int32 (a row
	// marked by wideMark), by index.
	mu   sync.Mutex
	wide map[int]Record
}

// row is a packed Record.
type row struct {
	evidence, text                                                                      string
	denominator, completion                                                             *float64
	value                                                                               float64
	doc, unit, qualifier, basis, status, period, org, orgType, province, category, noun uint32
	year, offset, pos, len, para                                                        int32
}

// wideMark in a row's year says the record is in Table.wide.
const wideMark = math.MinInt32

// symbols numbers the strings of a Table's fields of few values.
type symbols struct {
	mu   sync.RWMutex
	num  map[string]uint32
	strs []string
}

func newSymbols() *symbols {
	return &symbols{num: map[string]uint32{"": 0}, strs: []string{""}}
}

// of gives s's number, numbering it if new.
func (y *symbols) of(s string) uint32 {
	y.mu.RLock()
	n, ok := y.num[s]
	y.mu.RUnlock()
	if ok {
		return n
	}
	y.mu.Lock()
	defer y.mu.Unlock()
	if n, ok := y.num[s]; ok {
		return n
	}
	c := strings.Clone(s)
	n = uint32(len(y.strs))
	y.strs = append(y.strs, c)
	y.num[c] = n
	return n
}

// NewTable makes a table of n zero records.
func NewTable(n int) *Table {
	return &Table{syms: newSymbols(), rows: make([]row, n)}
}

// Pack gives a table of rs, in their order.
func Pack(rs []Record) *Table {
	t := NewTable(len(rs))
	p := t.Packer()
	for i := range rs {
		p.Set(i, &rs[i])
	}
	return t
}

// Sibling makes a table of n zero records that shares t's symbols, so that
// CopyRows may copy rows between the two.
func (t *Table) Sibling(n int) *Table {
	return &Table{syms: t.syms, rows: make([]row, n)}
}

// Len is the number of records.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.rows)
}

// At gives record i.
func (t *Table) At(i int) Record {
	w := &t.rows[i]
	if w.year == wideMark {
		t.mu.Lock()
		defer t.mu.Unlock()
		return t.wide[i]
	}
	s := t.syms.strs
	return Record{
		Doc: s[w.doc], Value: w.value, Denominator: w.denominator,
		Unit: s[w.unit], Qualifier: s[w.qualifier], Basis: s[w.basis], Status: s[w.status], Period: s[w.period],
		Year: int(w.year), Org: s[w.org], OrgType: s[w.orgType], Province: s[w.province], Category: s[w.category],
		Evidence: w.evidence, Offset: int(w.offset),
		Text: w.text, Noun: s[w.noun], Pos: int(w.pos), Len: int(w.len), Para: int(w.para), Completion: w.completion,
	}
}

// Doc gives record i's Doc.
func (t *Table) Doc(i int) string {
	if t.rows[i].year == wideMark {
		r := t.At(i)
		return r.Doc
	}
	return t.syms.strs[t.rows[i].doc]
}

// Set makes record i r.
func (t *Table) Set(i int, r *Record) { t.set(i, r, nil) }

// Packer sets records of a table from one goroutine, with the number of
// each field's last symbol kept at hand: the records of an article share
// most of theirs, and a symbol found there takes no lock (Table.Set looks
// every one up in the table's symbols).
type Packer struct {
	t    *Table
	last [11]struct {
		s string
		n uint32
	} // per field of few values, in the order of row's: the last symbol and its number ("", 0 at first)
}

// Packer gives a packer of t's records.
func (t *Table) Packer() *Packer { return &Packer{t: t} }

// Set makes record i r.
func (p *Packer) Set(i int, r *Record) { p.t.set(i, r, p) }

// of gives the number of s, field k's, in the table's symbols (p nil:
// without a packer).
func (p *Packer) of(t *Table, k int, s string) uint32 {
	if p == nil {
		return t.syms.of(s)
	}
	if l := &p.last[k]; l.s == s {
		return l.n
	}
	n := t.syms.of(s)
	p.last[k].s, p.last[k].n = s, n
	return n
}

// set makes record i r, numbering its symbols through p (nil for none).
func (t *Table) set(i int, r *Record, p *Packer) {
	wide := !fits(r.Year) || r.Year == wideMark || !fits(r.Offset) || !fits(r.Pos) || !fits(r.Len) || !fits(r.Para)
	if wide || t.rows[i].year == wideMark {
		t.mu.Lock()
		defer t.mu.Unlock()
		delete(t.wide, i)
		if wide {
			if t.wide == nil {
				t.wide = map[int]Record{}
			}
			t.wide[i] = *r
			t.rows[i] = row{year: wideMark}
			return
		}
	}
	t.rows[i] = row{
		evidence: r.Evidence, text: r.Text, denominator: r.Denominator, completion: r.Completion, value: r.Value,
		doc: p.of(t, 0, r.Doc), unit: p.of(t, 1, r.Unit), qualifier: p.of(t, 2, r.Qualifier), basis: p.of(t, 3, r.Basis),
		status: p.of(t, 4, r.Status), period: p.of(t, 5, r.Period), org: p.of(t, 6, r.Org), orgType: p.of(t, 7, r.OrgType),
		province: p.of(t, 8, r.Province), category: p.of(t, 9, r.Category), noun: p.of(t, 10, r.Noun),
		year: int32(r.Year), offset: int32(r.Offset), pos: int32(r.Pos), len: int32(r.Len), para: int32(r.Para),
	}
}

func fits(n int) bool { return n >= math.MinInt32 && n <= math.MaxInt32 }

// Texts gives record i's Evidence and Text.
func (t *Table) Texts(i int) (evidence, text string) {
	if t.rows[i].year == wideMark {
		r := t.At(i)
		return r.Evidence, r.Text
	}
	return t.rows[i].evidence, t.rows[i].text
}

// SetTexts makes record i's Evidence and Text those given.
func (t *Table) SetTexts(i int, evidence, text string) {
	if t.rows[i].year == wideMark {
		t.mu.Lock()
		defer t.mu.Unlock()
		r := t.wide[i]
		r.Evidence, r.Text = evidence, text
		t.wide[i] = r
		return
	}
	t.rows[i].evidence, t.rows[i].text = evidence, text
}

// CopyRows copies the records [lo, hi) of src, a sibling of t (Sibling),
// to t from record at on.
func (t *Table) CopyRows(at int, src *Table, lo, hi int) {
	if src.syms != t.syms {
		panic("extract: CopyRows between tables of different symbols")
	}
	if src.wide == nil && t.wide == nil {
		copy(t.rows[at:], src.rows[lo:hi])
		return
	}
	for i := lo; i < hi; i++ {
		r := src.At(i)
		t.Set(at+i-lo, &r)
	}
}

// Permute reorders the records: record i becomes the one that was at
// order[i]. order is a permutation of [0, Len), which Permute consumes
// (its entries are -1 after it).
func (t *Table) Permute(order []int32) {
	if t.wide != nil {
		moved := map[int]Record{}
		for i, k := range order {
			if r, ok := t.wide[int(k)]; ok {
				moved[i] = r
			}
		}
		t.wide = moved
	}
	rows := t.rows
	// Position i takes the row at order[i]: follow each cycle of the
	// permutation, moving every row once (done positions get -1).
	for i := range order {
		if order[i] < 0 {
			continue
		}
		first := rows[i]
		j := i
		for {
			k := int(order[j])
			order[j] = -1
			if k == i {
				rows[j] = first
				break
			}
			rows[j] = rows[k]
			j = k
		}
	}
}

// Unpack gives every record, in order.
func (t *Table) Unpack() []Record {
	rs := make([]Record, t.Len())
	for i := range rs {
		rs[i] = t.At(i)
	}
	return rs
}

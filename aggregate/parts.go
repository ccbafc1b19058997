package aggregate

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"
)

// PartCache keeps, between builds, what each year's passes (PARTITIONS.md)
// produced, so that a year whose inputs did not change is not aggregated
// again. A part is named ("facts 2024", "tables 2024"); its key is a digest
// of everything the pass reads, and its payload names records and facts by
// their number within the year, renumbered into the Summary's ids when it is
// read. Implementations must be safe for concurrent use.
type PartCache interface {
	// Get returns the part's payload if its key is key; ok is false when
	// it has none or one of another key.
	Get(part, key string) (payload string, ok bool)
	// Put stores the part's key and payload.
	Put(part, key, payload string)
	// Damaged is told of a payload whose key matched but that did not
	// decode: the part is built again, and the build should say so.
	Damaged(part string, err error)
}

// yearInputs is what the per-year passes of one year read of the records:
// its usable records and the counts its rates pair with (records of other
// years), ascending (the year's "local" numbering of records), and the
// digest of those records and of the pairings.
type yearInputs struct {
	local []int
	key   string // of the facts pass; "" when there is no cache
}

// localRecords is the year's records in its local numbering: its own
// usable records and the counts of its rates, ascending.
func localRecords(y *factYear) []int {
	local := slices.Clone(y.records)
	for _, r := range y.rates {
		local = append(local, r.count)
	}
	slices.Sort(local)
	return slices.Compact(local)
}

// keyWriter digests the inputs of a part: a SHA-256 fed through a buffer,
// so that the many small fields of a record cost an append each.
type keyWriter struct {
	h   hash.Hash
	buf []byte
}

func newKeyWriter(kind string) *keyWriter {
	w := &keyWriter{h: sha256.New(), buf: make([]byte, 0, 4<<10)}
	w.str(kind)
	return w
}

// reset starts a new digest of the given kind.
func (w *keyWriter) reset(kind string) {
	w.h.Reset()
	w.buf = w.buf[:0]
	w.str(kind)
}

func (w *keyWriter) flush() {
	w.h.Write(w.buf)
	w.buf = w.buf[:0]
}

func (w *keyWriter) str(s string) {
	w.buf = binary.AppendUvarint(w.buf, uint64(len(s)))
	w.buf = append(w.buf, s...)
	if len(w.buf) > 60<<10 {
		w.flush()
	}
}

func (w *keyWriter) int(v int) { w.buf = binary.AppendVarint(w.buf, int64(v)) }

func (w *keyWriter) float(v float64) {
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(v))
}

func (w *keyWriter) optional(v *float64) {
	if v == nil {
		w.buf = append(w.buf, 0)
		return
	}
	w.buf = append(w.buf, 1)
	w.float(*v)
}

func (w *keyWriter) bool(v bool) {
	if v {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

func (w *keyWriter) sum() string {
	w.flush()
	return hex.EncodeToString(w.h.Sum(nil))
}

// factsKey digests what the facts pass of year y reads (statedFacts,
// addDerived, mergeRestatements, and the tables pass after it): per record
// of its local numbering, whether it is the year's own, its article, its
// paragraph, the fields of its fact key and those the tables read (org, org
// type, category, unit, noun, status, basis, value, qualifier, denominator,
// completion, year), and its period, span and year-total mark as
// readPeriods reads them; then the pairings of rates and counts.
func (b *builder) factsKey(y *factYear, local []int) string {
	w := newKeyWriter("facts")
	w.int(y.year)
	w.int(len(local))
	own := 0
	for _, i := range local {
		r := b.rec(i)
		isOwn := own < len(y.records) && y.records[own] == i
		if isOwn {
			own++
		}
		w.bool(isOwn)
		w.str(r.Doc)
		w.int(r.Para)
		w.str(r.Org)
		w.str(r.OrgType)
		w.str(r.Category)
		w.str(r.Unit)
		w.str(r.Noun)
		w.str(r.Status)
		w.str(r.Basis)
		w.float(r.Value)
		w.str(r.Qualifier)
		w.optional(r.Denominator)
		w.optional(r.Completion)
		w.int(r.Year)
		w.str(b.period[i])
		w.int(b.span[i].From)
		w.int(b.span[i].To)
		w.bool(b.yearTotal[i])
	}
	w.int(len(y.rates))
	for _, p := range y.rates {
		c, _ := slices.BinarySearch(local, p.count)
		r, _ := slices.BinarySearch(local, p.rate)
		w.int(c)
		w.int(r)
	}
	return w.sum()
}

// tablesKey digests what the tables pass of year p reads beyond the facts
// pass's inputs (in): which records are compared in which of its facts
// (comparedFacts, which can prefer another year's fact), the canonical type
// and map era of each org of its measures, the map and the province.
func (b *builder) tablesKey(p *yearPart, in *yearInputs) string {
	w := newKeyWriter("tables")
	w.str(in.key)
	w.int(len(p.records))
	for _, i := range p.records {
		r, _ := slices.BinarySearch(in.local, i)
		f, _ := slices.BinarySearch(p.facts, b.factOf[i])
		w.int(r)
		w.int(f)
	}
	var orgs []string
	for _, m := range b.measures[p.year] {
		orgs = append(orgs, m.org)
	}
	slices.Sort(orgs)
	for _, o := range slices.Compact(orgs) {
		w.str(o)
		w.str(b.orgType[o])
		w.int(b.orgEra[o])
	}
	w.str(fmt.Sprintf("%#v", b.s.Map))
	w.str(b.s.Province)
	return w.sum()
}

// partEncoder writes a part's payload: varints, floats as their bits, and
// strings of few values once each (later occurrences by number).
type partEncoder struct {
	buf  []byte
	syms map[string]int
}

func newPartEncoder() *partEncoder { return &partEncoder{syms: map[string]int{}} }

func (e *partEncoder) uint(v int) { e.buf = binary.AppendUvarint(e.buf, uint64(v)) }

func (e *partEncoder) int(v int) { e.buf = binary.AppendVarint(e.buf, int64(v)) }

func (e *partEncoder) float(v float64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v))
}

func (e *partEncoder) bool(v bool) {
	if v {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func (e *partEncoder) optional(v *float64) {
	e.bool(v != nil)
	if v != nil {
		e.float(*v)
	}
}

// sym writes s as the number of its first occurrence + 1, or 0 and s.
func (e *partEncoder) sym(s string) {
	if n, ok := e.syms[s]; ok {
		e.uint(n + 1)
		return
	}
	e.syms[s] = len(e.syms)
	e.uint(0)
	e.text(s)
}

// text writes s whole.
func (e *partEncoder) text(s string) {
	e.uint(len(s))
	e.buf = append(e.buf, s...)
}

// ids writes ids, renumbered by their positions in the ascending list in
// (each is there); nil and empty differ.
func (e *partEncoder) ids(ids, in []int) {
	if ids == nil {
		e.uint(0)
		return
	}
	e.uint(len(ids) + 1)
	for _, v := range ids {
		n, _ := slices.BinarySearch(in, v)
		e.uint(n)
	}
}

func (e *partEncoder) syms1(ss []string) {
	if ss == nil {
		e.uint(0)
		return
	}
	e.uint(len(ss) + 1)
	for _, s := range ss {
		e.sym(s)
	}
}

func (e *partEncoder) span(s Span) {
	e.int(s.From)
	e.int(s.To)
}

// castagnoli is the CRC-32C table of the payloads' checksums.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// payload is what e wrote, followed by its CRC-32C: a payload damaged
// after it was written does not decode into wrong tables. It shares e's
// buffer (a year's tables are several MB: no copy), so e must not be used
// after.
func (e *partEncoder) payload() string {
	b := binary.LittleEndian.AppendUint32(e.buf, crc32.Checksum(e.buf, castagnoli))
	e.buf = nil
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// newPartDecoder checks payload's checksum and reads the rest.
func newPartDecoder(payload string) (*partDecoder, error) {
	if len(payload) < 4 {
		return nil, errPartTruncated
	}
	body, sum := payload[:len(payload)-4], []byte(payload[len(payload)-4:])
	// The body is only read: no copy of it for the checksum.
	if crc32.Update(0, castagnoli, unsafe.Slice(unsafe.StringData(body), len(body))) != binary.LittleEndian.Uint32(sum) {
		return nil, errors.New("checksum mismatch")
	}
	return &partDecoder{buf: body}, nil
}

// partDecoder reads what partEncoder wrote; after the first error it
// reads zeros and keeps the error.
type partDecoder struct {
	buf  string
	syms []string
	err  error
}

var errPartTruncated = errors.New("unexpected end of data")

func (d *partDecoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.buf = ""
}

func (d *partDecoder) uvarint() uint64 {
	var v uint64
	for i := 0; i < len(d.buf) && i < binary.MaxVarintLen64; i++ {
		c := d.buf[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			d.buf = d.buf[i+1:]
			return v
		}
	}
	d.fail(errPartTruncated)
	return 0
}

func (d *partDecoder) uint() int {
	v := d.uvarint()
	if v > math.MaxInt32 {
		d.fail(fmt.Errorf("number %d out of range", v))
		return 0
	}
	return int(v)
}

func (d *partDecoder) int() int {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return int(v)
}

func (d *partDecoder) float() float64 {
	if len(d.buf) < 8 {
		d.fail(errPartTruncated)
		return 0
	}
	var v uint64
	for i := range 8 {
		v |= uint64(d.buf[i]) << (8 * i)
	}
	d.buf = d.buf[8:]
	return math.Float64frombits(v)
}

func (d *partDecoder) bool() bool {
	if len(d.buf) < 1 {
		d.fail(errPartTruncated)
		return false
	}
	v := d.buf[0]
	d.buf = d.buf[1:]
	if v > 1 {
		d.fail(fmt.Errorf("bad flag %d", v))
	}
	return v == 1
}

func (d *partDecoder) optional() *float64 {
	if !d.bool() {
		return nil
	}
	v := d.float()
	return &v
}

// sym reads what partEncoder.sym wrote. A string's first occurrence is
// copied out of the payload: the tables and periods it ends up in outlive
// the payload, which would otherwise stay in memory whole for the few
// bytes of each of its strings.
func (d *partDecoder) sym() string {
	n := d.uint()
	if n == 0 {
		s := strings.Clone(d.text())
		d.syms = append(d.syms, s)
		return s
	}
	if n > len(d.syms) {
		d.fail(fmt.Errorf("string %d of %d", n-1, len(d.syms)))
		return ""
	}
	return d.syms[n-1]
}

func (d *partDecoder) text() string {
	n := d.uint()
	if n > len(d.buf) {
		d.fail(errPartTruncated)
		return ""
	}
	s := d.buf[:n]
	d.buf = d.buf[n:]
	return s
}

// ids reads what partEncoder.ids wrote, renumbered back through in.
func (d *partDecoder) ids(in []int) []int {
	n := d.uint()
	if n == 0 || d.err != nil {
		return nil
	}
	if n-1 > len(d.buf) {
		d.fail(errPartTruncated)
		return nil
	}
	ids := make([]int, n-1)
	for j := range ids {
		k := d.uint()
		if k >= len(in) {
			d.fail(fmt.Errorf("number %d of %d", k, len(in)))
			return nil
		}
		ids[j] = in[k]
	}
	return ids
}

func (d *partDecoder) syms1() []string {
	n := d.uint()
	if n == 0 || d.err != nil {
		return nil
	}
	if n-1 > len(d.buf) {
		d.fail(errPartTruncated)
		return nil
	}
	ss := make([]string, n-1)
	for j := range ss {
		ss[j] = d.sym()
	}
	return ss
}

func (d *partDecoder) span() Span { return Span{From: d.int(), To: d.int()} }

// count reads a list's length, each item at least min bytes long.
func (d *partDecoder) count(min int) int {
	n := d.uint()
	if n*min > len(d.buf) {
		d.fail(errPartTruncated)
		return 0
	}
	return n
}

// done is the decoder's error, or one for bytes left over.
func (d *partDecoder) done() error {
	if d.err == nil && len(d.buf) > 0 {
		return fmt.Errorf("%d bytes after the end", len(d.buf))
	}
	return d.err
}

func factsPart(year int) string  { return "facts " + strconv.Itoa(year) }
func tablesPart(year int) string { return "tables " + strconv.Itoa(year) }

// encodeFacts is the payload of year y's facts pass: its measures and its
// facts, their records in the local numbering.
func encodeFacts(y *factYear, local []int) string {
	e := newPartEncoder()
	e.uint(len(y.measures))
	for _, m := range y.measures {
		for _, s := range [...]string{m.org, m.category, m.unit, m.noun, m.status, m.period, m.basis} {
			e.sym(s)
		}
	}
	e.uint(len(y.facts))
	for _, f := range y.facts {
		e.float(f.key.value)
		e.span(f.key.span)
		e.uint(int(f.key.measure))
		e.bool(f.key.derived)
		e.ids(f.records, local)
	}
	return e.payload()
}

// decodeFacts sets y's measures and facts from the payload of its facts
// pass.
func decodeFacts(y *factYear, local []int, payload string) error {
	d, err := newPartDecoder(payload)
	if err != nil {
		return err
	}
	ms := make([]measureKey, d.count(7))
	for j := range ms {
		ms[j] = measureKey{d.sym(), d.sym(), d.sym(), d.sym(), d.sym(), d.sym(), d.sym()}
	}
	facts := make([]yearFact, d.count(13))
	for j := range facts {
		f := &facts[j]
		f.key.value = d.float()
		f.key.span = d.span()
		m := d.uint()
		if m >= len(ms) {
			d.fail(fmt.Errorf("measure %d of %d", m, len(ms)))
		}
		f.key.measure = int32(m)
		f.key.derived = d.bool()
		f.records = d.ids(local)
		if d.err == nil && len(f.records) == 0 {
			d.fail(errors.New("a fact without records"))
		}
	}
	if err := d.done(); err != nil {
		return err
	}
	y.measures, y.facts = ms, facts
	return nil
}

// encodeTables is the payload of year p's tables pass: its conflicts and
// their checks, yearly cells, sums of units, the city's own figures and
// targets, their records and facts in the year's local numberings.
func encodeTables(p *yearPart, local []int) string {
	e := newPartEncoder()
	cell := func(c *Cell) {
		e.sym(c.Org)
		e.sym(c.OrgType)
		e.int(c.Year)
		e.sym(c.Category)
		e.sym(c.Unit)
		e.float(c.Value)
		e.bool(c.Approx)
		e.bool(c.Derived)
		e.span(c.Span)
		e.bool(c.Conflict)
		e.ids(c.Facts, p.facts)
	}
	e.uint(len(p.conflicts))
	for _, c := range p.conflicts {
		e.sym(c.Org)
		e.int(c.Year)
		e.sym(c.Category)
		e.sym(c.Unit)
		e.sym(c.Noun)
		e.ids(c.Facts, p.facts)
	}
	e.uint(len(p.checks))
	for _, c := range p.checks {
		e.sym(c.Kind)
		e.text(c.Message)
		e.ids(c.Records, local)
	}
	e.uint(len(p.yearly))
	for i := range p.yearly {
		cell(&p.yearly[i])
	}
	e.uint(len(p.unitSums))
	for i := range p.unitSums {
		u := &p.unitSums[i]
		cell(&u.Cell)
		e.uint(u.Coverage.Reported)
		e.uint(u.Coverage.Total)
		e.sym(u.Coverage.Label)
		e.sym(u.Coverage.Period)
		e.uint(u.Era)
		e.syms1(u.Units)
		e.syms1(u.Partial)
	}
	e.uint(len(p.cityReported))
	for i := range p.cityReported {
		cell(&p.cityReported[i])
	}
	e.uint(len(p.targets))
	for _, t := range p.targets {
		e.sym(t.Org)
		e.int(t.Year)
		e.sym(t.Category)
		e.sym(t.Unit)
		e.float(t.Planned)
		e.optional(t.Achieved)
		e.optional(t.Completion)
		e.optional(t.Stated)
		e.span(t.Span)
		e.ids(t.Facts, p.facts)
		e.ids(t.Result, p.facts)
	}
	return e.payload()
}

// decodeTables sets p's tables from the payload of its tables pass.
func (b *builder) decodeTables(p *yearPart, local []int, payload string) error {
	d, err := newPartDecoder(payload)
	if err != nil {
		return err
	}
	cell := func() Cell {
		return Cell{
			Org: d.sym(), OrgType: d.sym(), Year: d.int(), Category: d.sym(), Unit: d.sym(), Value: d.float(),
			Approx: d.bool(), Derived: d.bool(), Span: d.span(), Conflict: d.bool(), Facts: d.ids(p.facts),
		}
	}
	var conflicts []Conflict
	for range d.count(6) {
		conflicts = append(conflicts, Conflict{Org: d.sym(), Year: d.int(), Category: d.sym(), Unit: d.sym(), Noun: d.sym(), Facts: d.ids(p.facts)})
	}
	var checks []Check
	for range d.count(3) {
		checks = append(checks, Check{Kind: d.sym(), Message: strings.Clone(d.text()), Records: d.ids(local)})
	}
	var yearly []Cell
	for range d.count(15) {
		yearly = append(yearly, cell())
	}
	var sums []UnitSum
	for range d.count(21) {
		u := UnitSum{Cell: cell()}
		u.Coverage = Coverage{Reported: d.uint(), Total: d.uint(), Label: d.sym(), Period: d.sym()}
		u.Era = d.uint()
		if u.Era >= len(b.s.Map.Eras) {
			d.fail(fmt.Errorf("map era %d of %d", u.Era, len(b.s.Map.Eras)))
		}
		u.Units, u.Partial = d.syms1(), d.syms1()
		sums = append(sums, u)
	}
	var city []Cell
	for range d.count(15) {
		city = append(city, cell())
	}
	var targets []Target
	for range d.count(18) {
		targets = append(targets, Target{
			Org: d.sym(), Year: d.int(), Category: d.sym(), Unit: d.sym(), Planned: d.float(),
			Achieved: d.optional(), Completion: d.optional(), Stated: d.optional(), Span: d.span(), Facts: d.ids(p.facts),
			Result: d.ids(p.facts),
		})
	}
	if err := d.done(); err != nil {
		return err
	}
	p.conflicts, p.checks, p.yearly, p.unitSums, p.cityReported, p.targets = conflicts, checks, yearly, sums, city, targets
	return nil
}

// periodsPart is the part that keeps, for the articles of one year (their
// Article.Year; for a republished copy, which has none, the year of its
// first record), what readPeriods read of their records; its payload holds
// each article's key, so that the part's own key is fixed. An added or
// changed article rewrites its year's part only.
func periodsPart(year int) string { return "periods " + strconv.Itoa(year) }

const periodsKey = "per article"

// articlePeriods is what readPeriods read of one article's records.
type articlePeriods struct {
	key       string
	period    []string
	span      []Span
	yearTotal []bool
}

// readPeriodsCached is readPeriods over the cache: an article whose key
// (periodsKey of its text and records) is the cached one takes its
// records' readings from the cache; the others are read. A year's part is
// stored again when any of its articles' readings were read, or its
// articles are not those it holds.
func (b *builder) readPeriodsCached(text map[string]string) {
	// An article's text is identified by its Hash, the digest of the bytes
	// it was cleaned from, when it has one (the parts' cache is the
	// program's own, which cleans them one way), else by the text itself.
	ident := make(map[string]string, len(b.s.Articles))
	yearOf := make(map[string]int, len(b.s.Articles))
	for _, a := range b.s.Articles {
		if a.Hash != "" {
			ident[a.Doc] = "hash " + a.Hash
		} else {
			ident[a.Doc] = "text " + a.Text
		}
		if _, ok := yearOf[a.Doc]; !ok {
			yearOf[a.Doc] = a.Year
		}
	}
	// The records of one article are consecutive: starts[k] is the first
	// record of the k-th article of the records, years[k] its part's year.
	var starts, years []int
	recs := b.s.Packed
	for i := range recs.Len() {
		if doc := recs.Doc(i); i == 0 || doc != recs.Doc(i-1) {
			y, ok := yearOf[doc]
			if !ok {
				y = recs.At(i).Year
			}
			starts, years = append(starts, i), append(years, y)
		}
	}
	starts = append(starts, recs.Len())
	// Each year's part, read on every CPU: an article is looked up in its
	// own year's part, then in the others' (its year can change while its
	// readings do not).
	parts := slices.Clone(years)
	slices.Sort(parts)
	parts = slices.Compact(parts)
	cached := make([]map[string]*articlePeriods, len(parts))
	inParallel(len(parts), func(i int) {
		part := periodsPart(parts[i])
		if payload, ok := b.cache.Get(part, periodsKey); ok {
			m, err := decodePeriods(payload)
			if err != nil {
				b.cache.Damaged(part, err)
			}
			cached[i] = m
		}
	})
	partOf := func(year int) int { i, _ := slices.BinarySearch(parts, year); return i }
	lookup := func(doc string, year int) (*articlePeriods, bool) {
		if c := cached[partOf(year)][doc]; c != nil {
			return c, true
		}
		for _, m := range cached {
			if c := m[doc]; c != nil {
				return c, false
			}
		}
		return nil, false
	}
	keys := make([]string, len(starts)-1)
	// stale[i]: part i must be stored again (an article of it was read, or
	// found in another year's part).
	stale := make([]atomic.Bool, len(parts))
	chunks(len(keys), func(lo, hi int) {
		var sentences sentenceCache
		w := newKeyWriter("")
		for k := lo; k < hi; k++ {
			from, to := starts[k], starts[k+1]
			doc := recs.Doc(from)
			keys[k] = b.periodsKey(w, ident[doc], from, to)
			if c, own := lookup(doc, years[k]); c != nil && c.key == keys[k] && len(c.period) == to-from {
				copy(b.period[from:to], c.period)
				copy(b.span[from:to], c.span)
				copy(b.yearTotal[from:to], c.yearTotal)
				if !own {
					stale[partOf(years[k])].Store(true)
				}
				continue
			}
			stale[partOf(years[k])].Store(true)
			for i := from; i < to; i++ {
				b.readPeriod(i, &sentences, text[doc])
			}
		}
	})
	// A part that holds another number of articles than its year has (one
	// was removed, or moved to another year) is stored again too.
	count := make([]int, len(parts))
	for _, y := range years {
		count[partOf(y)]++
	}
	inParallel(len(parts), func(i int) {
		if !stale[i].Load() && cached[i] != nil && len(cached[i]) == count[i] {
			return
		}
		b.cache.Put(periodsPart(parts[i]), periodsKey, b.encodePeriods(starts, keys, func(k int) bool { return years[k] == parts[i] }))
	})
}

// periodsKey digests, with w, what readPeriods reads of the records
// [from, to) of one article, whose text ident identifies: the text, and of
// each record its period, status, whether it is left out, its place in the
// text, its surface phrase and its sentence.
func (b *builder) periodsKey(w *keyWriter, ident string, from, to int) string {
	w.reset("periods")
	w.str(ident)
	for i := from; i < to; i++ {
		r := b.rec(i)
		w.str(r.Period)
		w.str(r.Status)
		w.bool(b.skip[i])
		w.int(r.Pos)
		w.int(r.Len)
		w.int(r.Offset)
		w.str(r.Text)
		w.str(r.Evidence)
	}
	return w.sum()
}

// encodePeriods is the payload of a periods part: per article k that in
// gives (records [starts[k], starts[k+1])) its doc, key and readings.
func (b *builder) encodePeriods(starts []int, keys []string, in func(k int) bool) string {
	e := newPartEncoder()
	n := 0
	for k := range keys {
		if in(k) {
			n++
		}
	}
	e.uint(n)
	for k, key := range keys {
		if !in(k) {
			continue
		}
		from, to := starts[k], starts[k+1]
		e.text(b.s.Packed.Doc(from))
		e.text(key)
		e.uint(to - from)
		for i := from; i < to; i++ {
			e.sym(b.period[i])
			e.span(b.span[i])
			e.bool(b.yearTotal[i])
		}
	}
	return e.payload()
}

// decodePeriods reads the periods part's payload.
func decodePeriods(payload string) (map[string]*articlePeriods, error) {
	d, err := newPartDecoder(payload)
	if err != nil {
		return nil, err
	}
	n := d.count(3)
	m := make(map[string]*articlePeriods, n)
	for range n {
		doc, key := d.text(), d.text()
		k := d.count(4)
		a := &articlePeriods{key: key, period: make([]string, k), span: make([]Span, k), yearTotal: make([]bool, k)}
		for j := range k {
			a.period[j], a.span[j], a.yearTotal[j] = d.sym(), d.span(), d.bool()
		}
		m[doc] = a
	}
	if err := d.done(); err != nil {
		return nil, err
	}
	return m, nil
}

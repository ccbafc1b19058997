package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/report/internal/digest"
)

// Paths of the open-data files, relative to the site root.
const (
	JSONLPath = "du-lieu/metrics.jsonl"
	CSVPath   = "du-lieu/metrics.csv"
)

// csvHeader is the contract's field names, in the contract's order.
// then the record's provenance: its id and whether, and why, the clerk
// corrected it.
var csvHeader = []string{"doc", "value", "denominator", "unit", "qualifier", "basis", "status", "period", "year", "org", "org_type", "category", "evidence", "offset",
	"record_id", "corrected", "correction_reason"}

// OpenData returns the records as du-lieu/metrics.jsonl (one extract.Record
// JSON object per line, in the order of s.Records) and du-lieu/metrics.csv
// (UTF-8 with a byte-order mark so spreadsheets read the diacritics, a header
// of the contract's field names, then one row per record; a text cell that
// a spreadsheet would take for a formula starts with a quote, see csvText).
// Each record also carries its id (corrections.ID), whether the clerk
// corrected it (cfg.Corrections, nil for no corrections) and the reason
// given. Both files have keys (see openDataKey) when cfg.Version is set.
func OpenData(s *aggregate.Summary, cfg Config) ([]File, error) {
	return OpenDataCached(s, cfg, nil)
}

// OpenDataCached is OpenData whose files copy, from the files published
// before (c.Site, described by c.Old), the lines of every article whose
// records are what they were, and encode only the others; the bytes are
// those OpenData writes. What each file written holds is then c.Made's, for
// the next build. A nil c, or no cfg.Version, encodes every line.
func OpenDataCached(s *aggregate.Summary, cfg Config, c *OpenDataCache) ([]File, error) {
	notes := cfg.Corrections
	cfg.Source = SourceOf(cfg.Source, s.Records, cfg.Phrases)
	key := openDataKey(s, cfg)
	// The plan is made now, not when the first file is written: it is the
	// last reader of the records' digests (32 bytes a record), which the
	// caller can then release before the files are written, and it keeps
	// 40 bytes an article.
	plan := planLines(cfg.Source, digest.RecordsOf(cfg.Records, cfg.Source.Len(), s.Records), cfg, c != nil)
	write := func(path string, head []byte, encode encodeFunc) func(io.Writer) error {
		return func(w io.Writer) error { return c.write(w, path, head, cfg.Source, plan, encode) }
	}
	return []File{
		{Path: CSVPath, Write: write(CSVPath, csvHead(), csvEncoder(notes)), Key: pathKey(key, CSVPath)},
		{Path: JSONLPath, Write: write(JSONLPath, nil, jsonlEncoder(notes)), Key: pathKey(key, JSONLPath)},
	}, nil
}

// runs are the buffers of the records whole that the open data's workers
// encode: one per worker in use.
var runs = sync.Pool{New: func() any { return new([]extract.Record) }}

// openDataKey digests what the open data are made of: the program
// (cfg.Version, which covers the files' layout), every field of every
// record in order (its digest, see Config.Records; the record's id is
// made of two of them) and, when there are corrections' notes, whether
// each record was corrected and why. "" when cfg.Version is not set.
// TestOpenDataKeyCoversEveryInput holds the key to that.
func openDataKey(s *aggregate.Summary, cfg Config) string {
	if cfg.Version == "" {
		return ""
	}
	src := SourceOf(cfg.Source, s.Records, cfg.Phrases)
	sums := digest.RecordsOf(cfg.Records, src.Len(), s.Records)
	k := digest.New()
	k.Str(cfg.Version)
	k.Int(src.Len())
	c := cfg.Corrections
	notes := c != nil && len(c.Notes) > 0
	k.Bool(notes)
	for i := range src.Len() {
		k.RecordSum(sums, i)
		if notes {
			n, ok := src.CorrectionNote(c, i)
			k.Bool(ok)
			k.Str(n.Why)
		}
	}
	return k.Sum()
}

// pathKey is the key of the open-data file at path, whose content key
// digests: "" when key is.
func pathKey(key, path string) string {
	if key == "" {
		return ""
	}
	k := digest.New()
	k.Str(key)
	k.Str(path)
	return k.Sum()
}

func writeJSONL(w io.Writer, records []extract.Record, c *corrections.Result) error {
	src := NewRecordSource(records, nil)
	return (*OpenDataCache)(nil).write(w, JSONLPath, nil, src, planLines(src, nil, Config{}, false), jsonlEncoder(c))
}

// jsonlEncoder encodes records as lines of metrics.jsonl, c's notes
// telling which were corrected.
func jsonlEncoder(c *corrections.Result) encodeFunc {
	return func(b []byte, rs []extract.Record, first int) ([]byte, error) {
		var err error
		var ev lastText
		for i := range rs {
			if b, err = appendJSONRecord(b, &rs[i], c, &ev); err != nil {
				return b, fmt.Errorf("record %d: %w", first+i, err)
			}
		}
		return b, nil
	}
}

// appendJSONRecord appends rec's line of metrics.jsonl, "\n" included: the
// bytes json.Encoder.Encode writes for the record embedded in a struct with
// its provenance, record_id, corrected and correction_reason (see
// FuzzOpenDataRecord), without reflection. A value JSON cannot hold (NaN, ±Inf)
// is an error, json's own. ev holds the last evidence encoded.
func appendJSONRecord(b []byte, rec *extract.Record, c *corrections.Result, ev *lastText) ([]byte, error) {
	for _, v := range [...]*float64{&rec.Value, rec.Denominator, rec.Completion} {
		if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
			_, err := json.Marshal(*v)
			return b, err
		}
	}
	b = append(b, `{"doc":`...)
	b = appendJSONString(b, rec.Doc)
	b = append(b, `,"value":`...)
	b = appendJSONFloat(b, rec.Value)
	b = append(b, `,"denominator":`...)
	if rec.Denominator == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONFloat(b, *rec.Denominator)
	}
	for _, f := range [...]struct{ name, s string }{
		{`,"unit":`, rec.Unit}, {`,"qualifier":`, rec.Qualifier}, {`,"basis":`, rec.Basis},
		{`,"status":`, rec.Status}, {`,"period":`, rec.Period},
	} {
		b = append(b, f.name...)
		b = appendJSONString(b, f.s)
	}
	b = append(b, `,"year":`...)
	b = strconv.AppendInt(b, int64(rec.Year), 10)
	for _, f := range [...]struct{ name, s string }{
		{`,"org":`, rec.Org}, {`,"org_type":`, rec.OrgType}, {`,"province":`, rec.Province},
		{`,"category":`, rec.Category},
	} {
		b = append(b, f.name...)
		b = appendJSONString(b, f.s)
	}
	b = append(b, `,"evidence":`...)
	b = ev.append(b, rec.Evidence, appendJSONString)
	b = append(b, `,"offset":`...)
	b = strconv.AppendInt(b, int64(rec.Offset), 10)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, rec.Text)
	b = append(b, `,"noun":`...)
	b = appendJSONString(b, rec.Noun)
	b = append(b, `,"pos":`...)
	b = strconv.AppendInt(b, int64(rec.Pos), 10)
	b = append(b, `,"len":`...)
	b = strconv.AppendInt(b, int64(rec.Len), 10)
	b = append(b, `,"para":`...)
	b = strconv.AppendInt(b, int64(rec.Para), 10)
	if rec.Completion != nil {
		b = append(b, `,"completion":`...)
		b = appendJSONFloat(b, *rec.Completion)
	}
	b = append(b, `,"record_id":`...)
	b = appendJSONID(b, rec)
	n, corrected := CorrectionNote(c, rec)
	b = append(b, `,"corrected":`...)
	b = strconv.AppendBool(b, corrected)
	b = append(b, `,"correction_reason":`...)
	b = appendJSONString(b, n.Why)
	return append(b, "}\n"...), nil
}

// lastText remembers the last text a record encoder appended and its
// bytes: the records of a sentence share its evidence, the longest of
// their fields, and come one after the other.
type lastText struct {
	s    string
	enc  []byte
	seen bool
}

// append appends s as encode does, or the bytes kept for the same text.
func (l *lastText) append(b []byte, s string, encode func([]byte, string) []byte) []byte {
	if l.seen && s == l.s {
		return append(b, l.enc...)
	}
	start := len(b)
	b = encode(b, s)
	l.s, l.enc, l.seen = s, append(l.enc[:0], b[start:]...), true
	return b
}

// appendJSONID appends rec's id (corrections.ID) as a JSON string without
// making it: its "#" and digits are never escaped, and cannot end a
// multi-byte sequence of the doc's.
func appendJSONID(b []byte, rec *extract.Record) []byte {
	b = appendJSONString(b, rec.Doc)
	b = append(b[:len(b)-1], '#')
	b = strconv.AppendInt(b, int64(rec.Offset), 10)
	return append(b, '"')
}

// appendJSONFloat appends a finite v as encoding/json writes a float64:
// the shortest decimal form, with an exponent ("1e+21", "1e-7") only below
// 1e-6 or from 1e21 on.
func appendJSONFloat(b []byte, v float64) []byte {
	format := byte('f')
	if a := math.Abs(v); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, v, format, -1, 64)
	if format == 'e' { // "e-07" → "e-7", as encoding/json does
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONString appends s quoted as encoding/json quotes a string with
// its default HTML escaping: <, > and & as \u003c, \u003e and \u0026, the
// control characters escaped, invalid UTF-8 as \ufffd, and U+2028 and
// U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func writeCSV(out io.Writer, records []extract.Record, c *corrections.Result) error {
	src := NewRecordSource(records, nil)
	return (*OpenDataCache)(nil).write(out, CSVPath, csvHead(), src, planLines(src, nil, Config{}, false), csvEncoder(c))
}

// csvHead is what metrics.csv starts with: the byte-order mark and the
// header row.
func csvHead() []byte {
	head := []byte("\uFEFF")
	for i, name := range csvHeader {
		if i > 0 {
			head = append(head, ',')
		}
		head = appendCSVField(head, name)
	}
	return append(head, '\n')
}

// csvEncoder encodes records as rows of metrics.csv, c's notes telling
// which were corrected.
func csvEncoder(c *corrections.Result) encodeFunc {
	return func(b []byte, rs []extract.Record, _ int) ([]byte, error) {
		var ev lastText
		for i := range rs {
			b = appendCSVRecord(b, &rs[i], c, &ev)
		}
		return b, nil
	}
}

// appendCSVRecord appends rec's row of metrics.csv: the bytes that
// csv.Writer.Write writes for the contract's fields and rec's provenance,
// text cells through csvText (see FuzzOpenDataRecord). ev holds the last
// evidence encoded.
func appendCSVRecord(b []byte, rec *extract.Record, c *corrections.Result, ev *lastText) []byte {
	b = appendCSVText(b, rec.Doc)
	b = append(b, ',')
	b = strconv.AppendFloat(b, rec.Value, 'f', -1, 64)
	b = append(b, ',')
	if rec.Denominator != nil {
		b = strconv.AppendFloat(b, *rec.Denominator, 'f', -1, 64)
	}
	for _, s := range [...]string{rec.Unit, rec.Qualifier, rec.Basis, rec.Status, rec.Period} {
		b = append(b, ',')
		b = appendCSVText(b, s)
	}
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(rec.Year), 10)
	for _, s := range [...]string{rec.Org, rec.OrgType, rec.Category} {
		b = append(b, ',')
		b = appendCSVText(b, s)
	}
	b = append(b, ',')
	b = ev.append(b, rec.Evidence, appendCSVText)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(rec.Offset), 10)
	b = append(b, ',')
	b = appendCSVID(b, rec)
	n, corrected := CorrectionNote(c, rec)
	b = append(b, ',')
	b = strconv.AppendBool(b, corrected)
	b = append(b, ',')
	b = appendCSVText(b, n.Why)
	return append(b, '\n')
}

// appendCSVID appends the cell of rec's id (corrections.ID) without
// making it: the doc's cell, then "#" and the offset inside its quotes
// if it has them. The id starts as the doc does and holds the same
// characters that call for quotes, but for a doc that is empty (the id
// starts with "#") or is `\.`, which csv quotes only on its own.
func appendCSVID(b []byte, rec *extract.Record) []byte {
	if rec.Doc == `\.` {
		return appendCSVText(b, corrections.ID(rec))
	}
	start := len(b)
	b = appendCSVText(b, rec.Doc)
	quoted := len(b) > start && b[len(b)-1] == '"' && b[start] == '"'
	if quoted {
		b = b[:len(b)-1]
	}
	b = append(b, '#')
	b = strconv.AppendInt(b, int64(rec.Offset), 10)
	if quoted {
		b = append(b, '"')
	}
	return b
}

// appendCSVText appends the cell csvText(s) without building it.
func appendCSVText(b []byte, s string) []byte {
	if s == "" || strings.IndexByte("=+-@\t\r", s[0]) < 0 {
		return appendCSVField(b, s)
	}
	if !strings.ContainsAny(s, "\"\r\n,") { // a quote first: no space to quote for
		return append(append(b, '\''), s...)
	}
	b = append(b, '"', '\'')
	return appendCSVQuoted(b, s)
}

// appendCSVField appends s as csv.Writer writes a field with a comma as
// separator and "\n" line ends: quoted if it holds a quote, a comma, a
// line break or starts with a space (or is `\.`), inner quotes doubled.
func appendCSVField(b []byte, s string) []byte {
	if s == "" {
		return b
	}
	quote := s == `\.` || strings.ContainsAny(s, "\"\r\n,")
	if !quote {
		r, _ := utf8.DecodeRuneInString(s)
		quote = unicode.IsSpace(r)
	}
	if !quote {
		return append(b, s...)
	}
	return appendCSVQuoted(append(b, '"'), s)
}

// appendCSVQuoted appends the rest of a quoted field, its quote already
// open: s with its quotes doubled, then the closing quote.
func appendCSVQuoted(b []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b = append(append(b, s[:i+1]...), '"')
		s = s[i+1:]
	}
	return append(append(b, s...), '"')
}

// csvText neutralizes a text cell that a spreadsheet would read as a
// formula, the way OWASP's "CSV Injection" page says: a cell that begins
// with =, +, -, @, a tab or a carriage return gets a single quote in front
// ("=1+2 …" becomes "'=1+2 …"). Number columns are written by plain and
// strconv, never through csvText: a negative number stays a number.
func csvText(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// plain formats a number for machines: shortest decimal form, "." as the
// decimal separator, never an exponent (59850000000, 137.24).
func plain(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
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
// corrected it (c, nil for no corrections) and the reason given.
func OpenData(s *aggregate.Summary, c *corrections.Result) ([]File, error) {
	return []File{
		{Path: CSVPath, Write: func(w io.Writer) error { return writeCSV(w, s.Records, c) }},
		{Path: JSONLPath, Write: func(w io.Writer) error { return writeJSONL(w, s.Records, c) }},
	}, nil
}

// openRecord is a record of the open data: the contract's fields and its
// provenance.
type openRecord struct {
	*extract.Record
	RecordID  string `json:"record_id"`
	Corrected bool   `json:"corrected"`
	Reason    string `json:"correction_reason"`
}

func provenance(rec *extract.Record, c *corrections.Result) openRecord {
	o := openRecord{Record: rec, RecordID: corrections.ID(rec)}
	if n, ok := CorrectionNote(c, rec); ok {
		o.Corrected, o.Reason = true, n.Why
	}
	return o
}

func writeJSONL(w io.Writer, records []extract.Record, c *corrections.Result) error {
	return writeChunks(w, records, func(buf *bytes.Buffer, rs []extract.Record, first int) error {
		enc := json.NewEncoder(buf) // Encode ends each object with "\n"
		for i := range rs {
			if err := enc.Encode(provenance(&rs[i], c)); err != nil {
				return fmt.Errorf("record %d: %w", first+i, err)
			}
		}
		return nil
	})
}

func writeCSV(out io.Writer, records []extract.Record, c *corrections.Result) error {
	var head bytes.Buffer
	head.WriteString("\uFEFF")
	w := csv.NewWriter(&head)
	if err := w.Write(csvHeader); err != nil {
		return fmt.Errorf("csv header: %w", err)
	}
	w.Flush()
	if _, err := out.Write(head.Bytes()); err != nil {
		return err
	}
	return writeChunks(out, records, func(buf *bytes.Buffer, rs []extract.Record, first int) error {
		w := csv.NewWriter(buf)
		row := make([]string, len(csvHeader))
		for i := range rs {
			r := &rs[i]
			o := provenance(r, c)
			den := ""
			if r.Denominator != nil {
				den = plain(*r.Denominator)
			}
			row = append(row[:0], csvText(r.Doc), plain(r.Value), den, csvText(r.Unit), csvText(r.Qualifier),
				csvText(r.Basis), csvText(r.Status), csvText(r.Period), strconv.Itoa(r.Year), csvText(r.Org),
				csvText(r.OrgType), csvText(r.Category), csvText(r.Evidence), strconv.Itoa(r.Offset),
				csvText(o.RecordID), strconv.FormatBool(o.Corrected), csvText(o.Reason))
			if err := w.Write(row); err != nil {
				return fmt.Errorf("csv record %d: %w", first+i, err)
			}
		}
		w.Flush()
		if err := w.Error(); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
		return nil
	})
}

// chunkRecords is how many records one encoding task takes.
const chunkRecords = 4096

// writeChunks encodes records a chunk at a time, one chunk per CPU at once,
// and writes the chunks to w in order: the bytes are those of encoding the
// records one after the other, in a fraction of the time (a large corpus
// has millions of records, rewritten whenever one changes). first is the
// position of a chunk's first record, for messages.
func writeChunks(w io.Writer, records []extract.Record, encode func(buf *bytes.Buffer, rs []extract.Record, first int) error) error {
	workers := runtime.GOMAXPROCS(0)
	bufs := make([]bytes.Buffer, workers)
	for start := 0; start < len(records); start += workers * chunkRecords {
		var g errgroup.Group
		for k := range workers {
			first := start + k*chunkRecords
			if first >= len(records) {
				break
			}
			rs := records[first:min(first+chunkRecords, len(records))]
			buf := &bufs[k] // empty: emptied when last written
			g.Go(func() error { return encode(buf, rs, first) })
		}
		if err := g.Wait(); err != nil {
			return err
		}
		for k := range workers {
			if _, err := w.Write(bufs[k].Bytes()); err != nil {
				return err
			}
			bufs[k].Reset()
		}
	}
	return nil
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

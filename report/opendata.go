package report

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/extract"
)

// Paths of the open-data files, relative to the site root.
const (
	JSONLPath = "du-lieu/metrics.jsonl"
	CSVPath   = "du-lieu/metrics.csv"
)

// csvHeader is the contract's field names, in the contract's order.
var csvHeader = []string{"doc", "value", "denominator", "unit", "qualifier", "basis", "status", "period", "year", "org", "org_type", "category", "evidence", "offset"}

// OpenData returns the records as du-lieu/metrics.jsonl (one extract.Record
// JSON object per line, in the order of s.Records) and du-lieu/metrics.csv
// (UTF-8 with a byte-order mark so spreadsheets read the diacritics, a header
// of the contract's field names, then one row per record).
func OpenData(s *aggregate.Summary) ([]File, error) {
	return []File{
		{Path: CSVPath, Write: func(w io.Writer) error { return writeCSV(w, s.Records) }},
		{Path: JSONLPath, Write: func(w io.Writer) error { return writeJSONL(w, s.Records) }},
	}, nil
}

func writeJSONL(w io.Writer, records []extract.Record) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw) // Encode ends each object with "\n"
	for i := range records {
		if err := enc.Encode(&records[i]); err != nil {
			return fmt.Errorf("record %d: %w", i, err)
		}
	}
	return bw.Flush()
}

func writeCSV(out io.Writer, records []extract.Record) error {
	if _, err := io.WriteString(out, "\uFEFF"); err != nil {
		return err
	}
	w := csv.NewWriter(out) // buffers, flushed at the end
	if err := w.Write(csvHeader); err != nil {
		return fmt.Errorf("csv header: %w", err)
	}
	row := make([]string, len(csvHeader))
	for i := range records {
		r := &records[i]
		den := ""
		if r.Denominator != nil {
			den = plain(*r.Denominator)
		}
		row = append(row[:0], r.Doc, plain(r.Value), den, r.Unit, r.Qualifier, r.Basis, r.Status, r.Period,
			strconv.Itoa(r.Year), r.Org, r.OrgType, r.Category, r.Evidence, strconv.Itoa(r.Offset))
		if err := w.Write(row); err != nil {
			return fmt.Errorf("csv record %d: %w", i, err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// plain formats a number for machines: shortest decimal form, "." as the
// decimal separator, never an exponent (59850000000, 137.24).
func plain(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

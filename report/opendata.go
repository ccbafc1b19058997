package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
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
	jsonl, err := writeJSONL(s.Records)
	if err != nil {
		return nil, fmt.Errorf("open data: %w", err)
	}
	table, err := writeCSV(s.Records)
	if err != nil {
		return nil, fmt.Errorf("open data: %w", err)
	}
	return []File{{Path: CSVPath, Data: table}, {Path: JSONLPath, Data: jsonl}}, nil
}

func writeJSONL(records []extract.Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf) // Encode ends each object with "\n"
	for i := range records {
		if err := enc.Encode(&records[i]); err != nil {
			return nil, fmt.Errorf("record %d: %w", i, err)
		}
	}
	return buf.Bytes(), nil
}

func writeCSV(records []extract.Record) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	if err := w.Write(csvHeader); err != nil {
		return nil, fmt.Errorf("csv header: %w", err)
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
			return nil, fmt.Errorf("csv record %d: %w", i, err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("csv: %w", err)
	}
	return buf.Bytes(), nil
}

// plain formats a number for machines: shortest decimal form, "." as the
// decimal separator, never an exponent (59850000000, 137.24).
func plain(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

package build

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"iter"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/extract"
)

// correctionsFile is the clerk's corrections file as read: its rows and
// the digest of its bytes, which the build's fingerprint includes.
type correctionsFile struct {
	name   string
	rows   []corrections.Correction
	digest string
}

// readCorrections reads and checks the corrections file at path ("" for
// none). A file that cannot be read or used is an error wrapping
// corrections.ErrInvalid: the build stops before it publishes anything.
func readCorrections(path string) (correctionsFile, error) {
	if path == "" {
		return correctionsFile{}, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return correctionsFile{}, fmt.Errorf("%w: %w", corrections.ErrInvalid, err)
	}
	rows, err := corrections.Read(path, data)
	if err != nil {
		return correctionsFile{}, err
	}
	sum := sha256.Sum256(data)
	return correctionsFile{name: path, rows: rows, digest: hex.EncodeToString(sum[:])}, nil
}

// applyCorrections applies the file's rows to the extraction's records. A
// stale row is a warning (logged, in the build summary and on the
// methodology page, naming the file without its directory) and is applied
// to nothing. Only the records of the articles the rows name are
// unpacked and corrected (corrections.Apply looks at no other): the
// others stay packed where they are.
func applyCorrections(cf correctionsFile, x *Extraction, log *slog.Logger) (*corrections.Result, error) {
	if cf.name == "" {
		return nil, nil
	}
	named := map[string]bool{}
	for _, c := range cf.rows {
		named[c.Doc] = true
		if doc, _, err := corrections.ParseID(c.MergeWith); err == nil {
			named[doc] = true
		}
	}
	var arts []corpus.Article
	for _, a := range x.Articles {
		if named[a.Doc] {
			arts = append(arts, a)
		}
	}
	var recs []extract.Record
	for lo, hi := range docRuns(x.Records) {
		if named[x.Records.Doc(lo)] {
			for k := lo; k < hi; k++ {
				recs = append(recs, x.Records.At(k))
			}
		}
	}
	res, err := corrections.Apply(cf.name, recs, arts, cf.rows)
	if err != nil {
		return nil, err
	}
	x.Records = spliceRecords(x.Records, named, res.Records)
	res.Records = nil // in x.Records
	for _, s := range res.Stale {
		log.Warn("stale correction: not applied", slog.String("file", cf.name), slog.Int("row", s.Row), slog.String("record", s.ID), slog.String("reason", s.Reason))
		// The file's name only: the warning is shown on the public site.
		x.Warnings = append(x.Warnings, corpus.Warning{Doc: filepath.Base(cf.name), Message: s.Message()})
	}
	log.Info("corrections applied", slog.String("file", cf.name), slog.Int("applied", len(res.Applied)), slog.Int("stale", len(res.Stale)))
	return &res, nil
}

// docRuns yields the runs [lo, hi) of the records of one Doc in t, whose
// records are sorted by Doc.
func docRuns(t *extract.Table) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for lo := 0; lo < t.Len(); {
			hi := lo + 1
			for hi < t.Len() && t.Doc(hi) == t.Doc(lo) {
				hi++
			}
			if !yield(lo, hi) {
				return
			}
			lo = hi
		}
	}
}

// spliceRecords gives t, whose records are sorted by Doc, with the records
// of the Docs named replaced by recs, sorted by Doc: in place when each
// such Doc keeps its number of records, else in a new table.
func spliceRecords(t *extract.Table, named map[string]bool, recs []extract.Record) *extract.Table {
	inPlace := true
	k := 0
	for lo, hi := range docRuns(t) {
		doc := t.Doc(lo)
		if !named[doc] {
			continue
		}
		for k < len(recs) && recs[k].Doc < doc {
			inPlace = false // a Doc of no record before
			k++
		}
		n := 0
		for k < len(recs) && recs[k].Doc == doc {
			n++
			k++
		}
		inPlace = inPlace && n == hi-lo
	}
	if inPlace && k == len(recs) {
		k = 0
		for lo, hi := range docRuns(t) {
			if named[t.Doc(lo)] {
				for i := lo; i < hi; i++ {
					t.Set(i, &recs[k])
					k++
				}
			}
		}
		return t
	}
	n := len(recs)
	for lo, hi := range docRuns(t) {
		if !named[t.Doc(lo)] {
			n += hi - lo
		}
	}
	out := t.Sibling(n)
	p := out.Packer()
	at := 0
	k = 0
	for lo, hi := range docRuns(t) {
		doc := t.Doc(lo)
		for ; k < len(recs) && recs[k].Doc < doc; k++ {
			p.Set(at, &recs[k])
			at++
		}
		if !named[doc] {
			out.CopyRows(at, t, lo, hi)
			at += hi - lo
		}
	}
	for ; k < len(recs); k++ {
		p.Set(at, &recs[k])
		at++
	}
	return out
}

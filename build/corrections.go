package build

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/corrections"
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

// applyCorrections applies the file's rows to the extraction's records in
// place. A stale row is a warning (logged, in the build summary and on the
// methodology page, naming the file without its directory) and is applied
// to nothing.
func applyCorrections(cf correctionsFile, x *Extraction, log *slog.Logger) (*corrections.Result, error) {
	if cf.name == "" {
		return nil, nil
	}
	res, err := corrections.Apply(cf.name, x.Records, x.Articles, cf.rows)
	if err != nil {
		return nil, err
	}
	x.Records = res.Records
	for _, s := range res.Stale {
		log.Warn("stale correction: not applied", slog.String("file", cf.name), slog.Int("row", s.Row), slog.String("record", s.ID), slog.String("reason", s.Reason))
		// The file's name only: the warning is shown on the public site.
		x.Warnings = append(x.Warnings, corpus.Warning{Doc: filepath.Base(cf.name), Message: s.Message()})
	}
	log.Info("corrections applied", slog.String("file", cf.name), slog.Int("applied", len(res.Applied)), slog.Int("stale", len(res.Stale)))
	return &res, nil
}

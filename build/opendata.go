package build

import (
	"log/slog"
	"path/filepath"

	"github.com/lddt/unionstats/output"
	"github.com/lddt/unionstats/report"
)

// openData keeps, in opendata.cache beside the extraction cache (same
// format, keyed on the same program version), the line index of each
// open-data file published (report.LineIndex): the next build copies the
// unchanged articles' lines from the published files instead of encoding
// them again (report.OpenDataCached). A damaged or foreign index, or a
// published file that is not the one indexed, is a miss, logged; never a
// failure, never a line copied that the index does not vouch for.
type openData struct {
	cache *output.Cache
	lines *report.OpenDataCache
	log   *slog.Logger
}

// openDataPaths are the files indexed.
var openDataPaths = []string{report.CSVPath, report.JSONLPath}

// openOpenData reads the line indexes of the site published at cfg.Out;
// nil when there is no cache (or no program identity to key it on) or it
// cannot be read (logged).
func openOpenData(cfg Config, log *slog.Logger) *openData {
	if cfg.Cache == "" {
		return nil
	}
	version := cacheVersion()
	if version == "" {
		return nil
	}
	c, warns, err := output.OpenCache(filepath.Join(filepath.Dir(cfg.Cache), "opendata.cache"), version)
	if err != nil {
		log.Warn("cannot read the open data's index; encoding every line", slog.String("error", err.Error()))
		return nil
	}
	for _, w := range warns {
		log.Warn(w)
	}
	o := &openData{cache: c, log: log, lines: &report.OpenDataCache{
		Old: map[string]*report.LineIndex{},
		Warn: func(path, problem string) {
			log.Warn("cannot copy the published open data's lines; encoding them again", slog.String("file", path), slog.String("problem", problem))
		},
	}}
	// The site's current generation: the files to copy from, which stays in
	// place while the next one is written.
	if site, err := filepath.EvalSymlinks(cfg.Out); err == nil {
		o.lines.Site = site
	}
	for _, path := range openDataPaths {
		e, ok := c.Get(path)
		if !ok {
			continue
		}
		x := new(report.LineIndex)
		if err := x.UnmarshalBinary([]byte(e.Payload)); err != nil {
			log.Warn("damaged open data index; encoding every line", slog.String("file", path), slog.String("error", err.Error()))
			continue
		}
		o.lines.Old[path] = x
	}
	return o
}

// reuse is what report.OpenDataCached takes; nil for none.
func (o *openData) reuse() *report.OpenDataCache {
	if o == nil {
		return nil
	}
	return o.lines
}

// close saves, when published is set (the site is the one just
// published), the index of each open-data file the build wrote; a file it
// did not write is the one published before (kept under its key), whose
// index stays. It then closes the cache.
func (o *openData) close(published bool) {
	if o == nil {
		return
	}
	for _, path := range openDataPaths {
		x, copied := o.lines.Made(path)
		if x == nil || !published {
			continue
		}
		data, err := x.MarshalBinary()
		if err != nil {
			continue
		}
		o.cache.Put(path, output.Entry{Payload: string(data)})
		o.log.Info("open data", slog.String("file", path), slog.Int("articles", x.Runs()), slog.Int("copied", copied))
	}
	o.cache.Retain(func(path string) bool { return path == report.CSVPath || path == report.JSONLPath })
	if err := o.cache.Save(); err != nil {
		o.log.Warn("cannot save the open data's index; the next build encodes every line", slog.String("error", err.Error()))
	}
	if err := o.cache.Close(); err != nil {
		o.log.Warn("cannot close the open data's index", slog.String("error", err.Error()))
	}
}

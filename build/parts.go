package build

import (
	"log/slog"
	"path/filepath"
	"sync"

	"github.com/lddt/unionstats/output"
)

// partCache is aggregation's cache of each year's facts and tables
// (aggregate.PartCache) on disk: a file beside the extraction cache, of the
// same format and keyed on the same program version, so that another
// program's parts are never used. A part's key is the entry's Hash. A
// damaged file or payload is a miss, logged; never a failure.
type partCache struct {
	cache *output.Cache
	log   *slog.Logger

	mu         sync.Mutex
	used       map[string]bool // parts read or written by this build
	gets, puts int             // parts looked up, and built (not reused)
}

// partsFile is the file of the parts' cache beside the extraction cache
// file.
func partsFile(extractionCache string) string {
	return filepath.Join(filepath.Dir(extractionCache), "years.cache")
}

// openParts opens the parts' cache beside the extraction cache file; nil
// when there is none (no cache, or a program that cannot be identified) or
// the file cannot be read (logged).
func openParts(extractionCache string, log *slog.Logger) *partCache {
	if extractionCache == "" {
		return nil
	}
	version := cacheVersion()
	if version == "" {
		return nil
	}
	path := partsFile(extractionCache)
	c, warns, err := output.OpenCache(path, version)
	if err != nil {
		log.Warn("cannot read the aggregation cache; aggregating every year", slog.String("error", err.Error()))
		return nil
	}
	for _, w := range warns {
		log.Warn(w)
	}
	return &partCache{cache: c, log: log, used: map[string]bool{}}
}

func (p *partCache) mark(part string) {
	p.mu.Lock()
	p.used[part] = true
	p.mu.Unlock()
}

func (p *partCache) Get(part, key string) (payload string, ok bool) {
	p.mark(part)
	p.mu.Lock()
	p.gets++
	p.mu.Unlock()
	e, ok := p.cache.GetIf(part, key)
	return e.Payload, ok
}

func (p *partCache) Put(part, key, payload string) {
	p.mark(part)
	p.mu.Lock()
	p.puts++
	p.mu.Unlock()
	p.cache.Put(part, output.Entry{Hash: key, Payload: payload})
}

func (p *partCache) Damaged(part string, err error) {
	p.log.Warn("damaged aggregation cache entry; aggregating the year again", slog.String("part", part), slog.String("error", err.Error()))
}

// close drops the parts this build did not use (years no longer in the
// corpus), saves the cache if it changed and closes its file.
func (p *partCache) close() {
	p.log.Info("aggregation cache", slog.Int("parts", p.gets), slog.Int("reused", p.gets-p.puts))
	p.cache.Retain(func(part string) bool { return p.used[part] })
	if err := p.cache.Save(); err != nil {
		p.log.Warn("cannot save the aggregation cache; the next build aggregates every year", slog.String("error", err.Error()))
	}
	if err := p.cache.Close(); err != nil {
		p.log.Warn("cannot close the aggregation cache", slog.String("error", err.Error()))
	}
}

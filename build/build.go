package build

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/output"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/vocab"
)

// Config is everything one build needs; the command's flags fill it in.
type Config struct {
	ReadConfig        // the corpus, the extraction cache, workers, progress, log
	CorpusName string // for messages: the directory, or "embedded sample corpus"
	Out        string // site directory: a symlink to the current generation
	Title      string
	Paper      string // the newspaper the articles come from, for citations; "" means report.DefaultPaper
	// Province is the province whose report is built ("Hà Nội"): the
	// records of others stay in the open data only. "" means Hà Nội.
	Province string
	BaseURL  string
	Wait     bool // wait for another build's lock instead of failing
	// Corrections is the clerk's corrections file (package corrections),
	// applied between reading and aggregation; "" for none.
	Corrections string
	// MemProfile, when set, names the heap profiles written as each stage
	// ends: MemProfile.1.pprof for the first stage, and so on.
	MemProfile string
}

// Stats is the build summary shown to the operator.
type Stats struct {
	Articles int
	FileCounts
	Records  int
	Files    output.Stats
	Warnings []corpus.Warning
	Elapsed  time.Duration
	UpToDate bool // nothing changed since the last build: nothing was done
	// Corrections counts the rows of the corrections file applied and
	// stale (applied to nothing).
	Corrections struct{ Applied, Stale int }
}

func (s Stats) String() string {
	if s.UpToDate {
		return fmt.Sprintf("nothing changed since the last build: %d files unchanged; time: %s", s.Files.Unchanged, s.Elapsed.Round(time.Millisecond))
	}
	return fmt.Sprintf("articles: %d total, %d new, %d changed, %d unchanged, %d removed, %d skipped; records: %d; files: %d written, %d unchanged, %d removed; warnings: %d; time: %s",
		s.Articles, s.New, s.Changed, s.Unchanged, s.Removed, s.Skipped, s.Records,
		s.Files.Written, s.Files.Unchanged, s.Files.Removed, len(s.Warnings), s.Elapsed.Round(time.Millisecond))
}

// Run builds the site, the workbooks and the open data from the corpus and
// publishes them atomically in cfg.Out. The stages run in order — read
// (with extraction and the cache) → corrections → aggregate → render →
// publish — and each error names its stage. A corpus that cannot be listed
// or holds no readable article gives an error wrapping ErrCorpus or
// ErrNoArticles, a corrections file that cannot be used one wrapping
// corrections.ErrInvalid, and the published site is left as it was. When
// the inputs' fingerprint is that of the published site, Run does nothing
// (Stats.UpToDate).
func Run(ctx context.Context, cfg Config) (Stats, error) {
	start := time.Now()
	st, err := run(ctx, cfg)
	st.Elapsed = time.Since(start)
	return st, err
}

func run(ctx context.Context, cfg Config) (Stats, error) {
	var st Stats
	log := logger(cfg.Log)
	clock := newStageClock(log, cfg.MemProfile)
	if err := os.MkdirAll(filepath.Dir(cfg.Out), 0o755); err != nil {
		return st, fmt.Errorf("output directory %s is not writable: %w", cfg.Out, err)
	}
	unlock, err := output.Lock(ctx, cfg.Out, cfg.Wait)
	if err != nil {
		return st, fmt.Errorf("lock %s: %w", cfg.Out, err)
	}
	defer unlock()

	if cfg.Province == "" {
		cfg.Province = vocab.City
	}
	province, provinceMap, err := ProvinceMap(cfg.Province)
	if err != nil {
		return st, err
	}
	cfg.Province = province
	files, err := corpus.List(cfg.Corpus)
	if err != nil {
		return st, fmt.Errorf("read %s: %w: %w", cfg.CorpusName, ErrCorpus, err)
	}
	corr, err := readCorrections(cfg.Corrections)
	if err != nil {
		return st, fmt.Errorf("corrections: %w", err)
	}
	fp := fingerprint(cfg, files, corr.digest)
	if upToDate(cfg, fp, &st) {
		return st, nil
	}

	clock.next("reading and extracting")
	// The texts are read into a mapped scratch file, not the heap, until
	// aggregation moves them to their spool (mappedTexts); without one
	// they stay in the heap.
	rc := cfg.ReadConfig
	if rc.texts, err = newMappedTexts(); err != nil {
		log.Warn("the texts stay in memory", slog.String("error", err.Error()))
	}
	defer rc.texts.close()
	x, err := Read(ctx, rc, files)
	if err != nil {
		return st, fmt.Errorf("read %s: %w", cfg.CorpusName, err)
	}
	st.Articles, st.FileCounts = len(x.Articles), x.Files
	fixes, err := applyCorrections(corr, x, log)
	if err != nil {
		return st, fmt.Errorf("corrections: %w", err)
	}
	if fixes != nil {
		st.Corrections.Applied, st.Corrections.Stale = len(fixes.Applied), len(fixes.Stale)
	}

	collectScratch()
	stage(cfg.Progress, "aggregating", 0)
	clock.next("aggregating")
	in := aggregate.Input{
		Articles: x.Articles, Table: x.Records, Warnings: x.Warnings, Province: province, Map: &provinceMap,
	}
	// Build copies the articles and warnings into the summary as it starts:
	// holding nothing of the extraction here lets the collector free them
	// (and whatever else the extraction kept) while aggregation runs.
	x = nil
	parts := openParts(cfg.Cache, log)
	if parts != nil {
		in.Cache = parts
	}
	// As soon as aggregation has read what it reads of the texts, before
	// it makes the facts, the articles' texts wait in a scratch file until
	// a page or a review sheet reads one back, and the records' evidence
	// sentences and phrases with them (aggregate.Input.AfterTexts); as
	// soon as it has made the facts, the records themselves wait in
	// another, read through the record source by the render stage's keys
	// and eager pages and by the pages, the open data and the books: the
	// per-year passes that follow read only a few bytes of each record
	// (aggregate.Input.AfterFacts), and the source keeps the few fields
	// read most. The keys of the article pages, the open data and the
	// workbooks read every record: each is hashed whole once, for all of
	// them, before its evidence goes to the scratch file.
	var (
		records  *report.RecordDigests
		texts    *textSpool
		recs     *recordSpool
		src      *report.RecordSource
		spoolErr error
	)
	in.AfterTexts = func(sum *aggregate.Summary) {
		records = report.DigestRecords(sum)
		texts, spoolErr = releaseTexts(sum)
		rc.texts.drop()
		// The texts are garbage now: without a cycle here the collector
		// would let the heap grow to twice what it last found live, texts
		// included, before it ran again.
		collectScratch()
	}
	in.AfterFacts = func(sum *aggregate.Summary) {
		if spoolErr != nil {
			return
		}
		// nil, and no error, when the records do not fit in a spool or
		// the source cannot keep what it needs of them: they then stay.
		src, recs, spoolErr = releaseRecords(sum, texts.phraseSource())
		if src != nil {
			src.SetPlaces(texts.placeSource())
		}
		// The same for the records.
		collectScratch()
	}
	sum := aggregate.Build(in)
	if parts != nil {
		parts.close()
	}
	defer texts.close()
	defer recs.close()
	if spoolErr != nil {
		return st, fmt.Errorf("aggregate: %w", spoolErr)
	}
	collectScratch()
	if src == nil {
		// The records stayed in the Summary.
		src = report.NewRecordSource(sum.Records, texts.phraseSource())
		src.SetPlaces(texts.placeSource())
	}
	st.Records, st.Warnings = src.Len(), sum.Warnings

	stage(cfg.Progress, "rendering", 0)
	clock.next("rendering")
	lines := openOpenData(cfg, log)
	site, tables, err := render(sum, cfg, fixes, lines.reuse(), records, texts, src, log)
	if err != nil {
		lines.close(false)
		return st, fmt.Errorf("render: %w", err)
	}

	collectScratch()
	stage(cfg.Progress, "publishing", 0)
	clock.next("publishing")
	// The lazy files (workbooks, article pages, open data) are rendered as
	// they are published: --jobs at a time, workbooks first. The books
	// are nearly half of publishing's CPU: one at a time left the other
	// cores with the pages only, which run out long before the books. A
	// year's book in progress holds its review items, a few chunks of rows
	// and a megabyte of deflated rows per sheet (the rest waits in
	// temporary files), a few tens of megabytes at 100,000 articles.
	jobs := cfg.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	// Once the books and the summary pages are placed, the rest of the
	// files read none of the Summary's tables.
	var left atomic.Int64
	left.Store(int64(tables))
	placed := func(i int) {
		if i < tables && left.Add(-1) == 0 {
			releaseTables(sum)
		}
	}
	st.Files, err = output.Publish(ctx, cfg.Out, site, output.PublishOptions{
		Parallelism: jobs, Heavy: isWorkbook, HeavyParallelism: jobs, Placed: placed,
	})
	lines.close(err == nil)
	if err != nil {
		return st, fmt.Errorf("publish: %w", err)
	}
	clock.next("")
	clock.done()
	if err := recordBuild(cfg, fp, st.Files.Written+st.Files.Unchanged); err != nil {
		log.Warn("cannot record the build; the next one will not be skipped", slog.String("error", err.Error()))
	}
	return st, nil
}

// scratchCollectAbove is the live heap above which a stage's end runs the
// collector (collectScratch): below it, a build is small enough that the
// cycle would cost more than the memory it saves.
const scratchCollectAbove = 256 << 20

// collectScratch runs the collector as a stage ends, when the heap is
// large. The collector grows the heap to about twice what its last cycle
// found live before it runs again; a stage's last cycle finds its scratch
// live (aggregation's facts, the read stage's per-file results), so
// without a cycle between stages the next one could fill the heap to twice
// the last one's peak before its first cycle. After this cycle the next
// stage's goal is twice what it is given: at 100,000 articles aggregation's
// end finds about 1.3 GB live where its last cycle found 1.9–2.2 GB.
//
// The memory freed goes back to the system at once: the texts and records
// leave in the middle of aggregation and the records come back for the
// render stage, and the pages they left, kept for the heap's reuse, were
// otherwise still resident when the render stage took new ones (at
// 100,000 articles the peak RSS was 490 MB above the heap's, against 230
// MB before the records left).
func collectScratch() {
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	if live[0].Value.Kind() == metrics.KindUint64 && live[0].Value.Uint64() > scratchCollectAbove {
		debug.FreeOSMemory()
	}
}

// isWorkbook says whether the site's file at path is an Excel workbook.
func isWorkbook(path string) bool { return strings.HasSuffix(path, ".xlsx") }

// stageClock logs, at info level (--verbose), each stage's wall time and
// the process's CPU time (user and system) during it: their ratio says how
// many cores the stage kept busy.
type stageClock struct {
	log      *slog.Logger
	heap     string // prefix of the heap profiles, "" for none
	stages   int
	name     string
	start    time.Time
	cpu      time.Duration
	begin    time.Time     // the build's start
	beginCPU time.Duration // the process's CPU time then
}

func newStageClock(log *slog.Logger, heap string) *stageClock {
	now, cpu := time.Now(), processCPU()
	return &stageClock{log: log, heap: heap, begin: now, beginCPU: cpu}
}

// next ends the running stage, if any, and starts the named one ("" for none).
func (c *stageClock) next(name string) {
	now, cpu := time.Now(), processCPU()
	if c.name != "" {
		wall, used := now.Sub(c.start), cpu-c.cpu
		c.log.Info("stage done", slog.String("stage", c.name),
			slog.Duration("wall", wall.Round(time.Millisecond)), slog.Duration("cpu", used.Round(time.Millisecond)),
			slog.String("cpu/wall", cpuPerWall(used, wall)))
		c.stages++
		if c.heap != "" {
			path := fmt.Sprintf("%s.%d.pprof", c.heap, c.stages)
			if err := writeHeapProfile(path); err != nil {
				c.log.Warn("cannot write the heap profile", slog.String("file", path), slog.String("error", err.Error()))
			}
		}
	}
	c.name, c.start, c.cpu = name, now, cpu
}

// writeHeapProfile writes the live heap, as of the last garbage collection,
// to path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// done logs the whole build's wall and CPU time.
func (c *stageClock) done() {
	wall, used := time.Since(c.begin), processCPU()-c.beginCPU
	c.log.Info("build done", slog.Duration("wall", wall.Round(time.Millisecond)), slog.Duration("cpu", used.Round(time.Millisecond)),
		slog.String("cpu/wall", cpuPerWall(used, wall)))
}

// processCPU is the CPU time, user and system, the process has used so far;
// 0 when the system does not say.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func cpuPerWall(cpu, wall time.Duration) string {
	if wall <= 0 {
		return "0.00"
	}
	return strconv.FormatFloat(cpu.Seconds()/wall.Seconds(), 'f', 2, 64)
}

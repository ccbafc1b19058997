package workbook

import (
	"archive/zip"
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
	"golang.org/x/sync/errgroup"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/report"
	"github.com/lddt/unionstats/report/internal/digest"
)

// Config is what the caller knows beyond the Summary.
type Config struct {
	Title string    // the issuing body: every sheet's title row (after the period) and page header
	Paper string    // the newspaper the articles come from; "" means report.DefaultPaper
	Date  time.Time // document timestamp, taken from the corpus; zero means 1980-01-01 UTC
	// Version identifies the program that lays the books out (its code and
	// templates, see report.Config.Version): it is part of every book's
	// Key, so that a new program renders them again.
	Version string
	// Corrections are the clerk's corrections applied to the records: the
	// records sheet marks the corrected ones and the sheet "Hiệu đính"
	// lists them. nil for none.
	Corrections *corrections.Result
	// Records are report.DigestRecords of the Summary, for the books'
	// keys; nil, Build makes them.
	Records *report.RecordDigests
	// Texts gives back the text of an article that no longer holds it, for
	// the review sheets' quotes (see report.ArticleText); nil when every
	// article holds its text.
	Texts report.Texts
	// Phrases gives back the evidence sentences and phrases moved out of
	// the records (see report.Phrases), for the evidence cells and the
	// records sheets; nil when every record holds its own.
	Phrases report.Phrases
	// Source is where the records are read from (see report.RecordSource);
	// nil reads the Summary's Records, with Phrases.
	Source *report.RecordSource

	rowLimit int // rows a record sheet may hold; 0 means Excel's limit (tests set less)
}

// AllYearsName is the file name of the book with every year.
const AllYearsName = "bao-cao-tong-hop.xlsx"

// zipEpoch stands in for a zero Config.Date: the earliest time a zip entry
// can carry.
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Build gives the all-years book and one book per year of s.Years, as
// files of the site sorted by Path. The all-years book carries Config.Date;
// a year's book the latest publication date of the articles with a record
// of that year, when they have one. A book's Key digests the book's inputs
// and Config.Version (see bookKey): the same key, the same bytes. A book is rendered
// by its Write when it is written, and not at all when the caller already
// has it under the same Key; every call writes the same bytes. The Summary
// must not change until the books are written.
func Build(s *aggregate.Summary, cfg Config) ([]report.File, error) {
	if s == nil {
		return nil, errors.New("workbook: nil summary")
	}
	if err := checkIndices(s, report.SourceOf(cfg.Source, s.Records, nil).Len()); err != nil {
		return nil, fmt.Errorf("workbook: %w", err)
	}
	if cfg.Date.IsZero() {
		cfg.Date = zipEpoch
	}
	if cfg.Paper == "" {
		cfg.Paper = report.DefaultPaper
	}
	cfg.Date = cfg.Date.UTC()
	idx := newIndex(s, cfg.Paper, cfg.Source, cfg.Phrases)
	idx.records = digest.RecordsOf(cfg.Records, idx.src.Len(), s.Records)

	years := report.ResultYears(s, idx.src)
	scopes := []scope{{name: AllYearsName, period: allYearsPeriod(years)}}
	for _, y := range years {
		scopes = append(scopes, scope{
			name:   "bao-cao-" + strconv.Itoa(y) + ".xlsx",
			year:   y,
			period: fmt.Sprintf("Báo cáo tổng hợp năm %d", y),
		})
	}

	dates := yearDates(s, idx.src)
	books := make([]report.File, len(scopes))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, sc := range scopes {
		cfg := cfg
		if d, ok := dates[sc.year]; ok && sc.year != 0 {
			cfg.Date = d
		}
		g.Go(func() error {
			// The plan is made when the book is written, not kept: most
			// books of a rebuild are not, and a year's plan (its review
			// items, its tables) grows with the year's records. The key
			// needs its tables only.
			key := bookKey(idx, cfg, sc, idx.newGrid(sc))
			books[i] = report.File{Path: sc.name, Key: key, Write: func(w io.Writer) error {
				if err := render(idx, cfg, sc, idx.plan(sc), w); err != nil {
					return fmt.Errorf("workbook %s: %w", sc.name, err)
				}
				return nil
			}}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := idx.phraseErr(); err != nil {
		return nil, fmt.Errorf("workbook keys: %w", err)
	}
	// A record the review sheets' keys read back that failed gave a zero
	// record.
	if err := idx.src.Err(); err != nil {
		return nil, fmt.Errorf("workbook keys: %w", err)
	}
	slices.SortFunc(books, func(a, b report.File) int { return cmp.Compare(a.Path, b.Path) })
	return books, nil
}

// yearDates gives, per year, the latest publication date of the articles
// with a record of that year: a year's book carries it, not the corpus's
// date, so that a newer article of another year leaves the book as it was.
func yearDates(s *aggregate.Summary, src *report.RecordSource) map[int]time.Time {
	dates := map[int]time.Time{}
	for i := range s.Articles {
		a := &s.Articles[i]
		d, err := time.Parse("2006-01-02", a.Published)
		if err != nil {
			continue
		}
		for _, k := range a.Records {
			if y := src.Year(k); d.After(dates[y]) {
				dates[y] = d
			}
		}
	}
	return dates
}

// scope is what one book covers: every year (year 0) or a single year.
type scope struct {
	name   string
	year   int
	period string
}

// has reports whether the book's tables (summary and category sheets)
// cover year: the all-years book covers them all.
func (sc scope) has(year int) bool { return sc.year == 0 || year == sc.year }

// detailHeading is the heading of a detail sheet: in the all-years book it
// says which items the sheet lists and where the others are.
func (sc scope) detailHeading(heading string) string {
	if sc.year != 0 {
		return heading
	}
	return heading + " không gắn với một năm (của từng năm: xem báo cáo năm đó)"
}

func allYearsPeriod(years []int) string {
	switch {
	case len(years) == 0:
		return "Báo cáo tổng hợp"
	case years[0] == years[len(years)-1]:
		return fmt.Sprintf("Báo cáo tổng hợp năm %d", years[0])
	default:
		return fmt.Sprintf("Báo cáo tổng hợp các năm %d–%d", years[0], years[len(years)-1])
	}
}

// checkIndices makes sure every index into the n records and into Facts is
// in range, so that rendering can use them without checks.
func checkIndices(s *aggregate.Summary, n int) error {
	// The message is formatted only on error: a large corpus has millions
	// of facts.
	inRange := func(what string, at int, ids []int, n int) error {
		for _, i := range ids {
			if i < 0 || i >= n {
				return fmt.Errorf("%s %d refers to index %d of %d", what, at, i, n)
			}
		}
		return nil
	}
	for i := range s.Articles {
		if err := inRange("article", i, s.Articles[i].Records, n); err != nil {
			return err
		}
	}
	for i, f := range s.Facts {
		if err := inRange("fact", i, f.Records, n); err != nil {
			return err
		}
	}
	for i, f := range s.MultiYear {
		if err := inRange("multi-year fact", i, f.Records, n); err != nil {
			return err
		}
	}
	for i, t := range s.Targets {
		if err := inRange("target", i, t.Facts, len(s.Facts)); err != nil {
			return err
		}
		if err := inRange("target", i, t.Result, len(s.Facts)); err != nil {
			return err
		}
	}
	for i, c := range s.Checks {
		if err := inRange("check", i, c.Records, n); err != nil {
			return err
		}
	}
	return nil
}

// book is the state of one workbook being rendered.
type book struct {
	*index
	f      *excelize.File
	st     styles
	sc     scope
	title  string // title row text, before the sheet's own heading
	paper  string // the newspaper, for the source lines
	issuer string // the issuing body, in the page header
	date   string // the date the book was drawn up, dd/mm/yyyy
	sheets int    // sheets created so far
	fixes  *corrections.Result
	texts  report.Texts // the articles' texts released from the Summary
	grid   *grid
	items  []ReviewItem // the review sheet's rows (plan.review)
	// rowLimit is the rows a record sheet may hold: Excel's limit unless a
	// test lowers it.
	rowLimit int
	// parts are the rows of the sheets written, by package part.
	parts map[string]*rowStream
	// sentences are the evidence sentences read back for the book's
	// evidence cells, by record (see evidence).
	sentences map[int]string
}

// maxSentences bounds the evidence sentences a book keeps (see evidence).
const maxSentences = 1 << 18

// evidence is index.evidence for the book's cells. A record's sentence is
// read back once per book: the facts of the targets, the multi-year
// figures and the checks share records, and at 100,000 articles a year's
// book read back each of its records' sentences about three times.
func (b *book) evidence(lists ...[]int) (sentences, sources string) {
	return b.index.evidence(b.sentenceOf, lists...)
}

// sentenceOf is the evidence sentence of record id, kept for the book's
// other cells.
func (b *book) sentenceOf(id int) string {
	if s, ok := b.sentences[id]; ok {
		return s
	}
	s := b.evidenceOf(id)
	if b.sentences == nil {
		b.sentences = map[int]string{}
	}
	if len(b.sentences) < maxSentences {
		b.sentences[id] = s
	}
	return s
}

func newBook(idx *index, cfg Config, sc scope, p plan, st styles) *book {
	return &book{
		index: idx, st: st, sc: sc, grid: p.grid, items: p.review, rowLimit: cfg.rowLimit,
		title: bookTitle(cfg, sc), issuer: cfg.Title, paper: cfg.Paper, date: cfg.Date.Format("02/01/2006"),
		fixes: cfg.Corrections, texts: cfg.Texts,
	}
}

func bookTitle(cfg Config, sc scope) string {
	if cfg.Title != "" {
		return sc.period + " — " + cfg.Title
	}
	return sc.period
}

func (b *book) writeAll() error {
	for _, write := range []func() error{
		b.writeSummary, b.writeCategories, b.writeTargets, b.writeMultiYear,
		b.writeRecords, b.writeSources, b.writeChecksOrReview, b.writeCorrections,
	} {
		if err := write(); err != nil {
			return err
		}
	}
	return nil
}

func render(idx *index, cfg Config, sc scope, p plan, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	parts := map[string]*rowStream{}
	defer func() {
		for _, rb := range parts {
			_ = rb.close()
		}
	}()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	title := bookTitle(cfg, sc)
	stamp := cfg.Date.Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:    title,
		Creator:  "unionstats",
		Language: "vi-VN",
		Created:  stamp,
		Modified: stamp,
	}); err != nil {
		return fmt.Errorf("document properties: %w", err)
	}
	b := newBook(idx, cfg, sc, p, st)
	b.f = f
	b.parts = parts
	if err := b.writeAll(); err != nil {
		return err
	}
	if err := idx.phraseErr(); err != nil {
		return err
	}
	// The archive goes through a temporary file, not memory: a year's
	// book of a large archive is tens of megabytes, and --jobs of them are
	// written at once. excelize would have its zip writer write into a
	// buffer of its own, grown as the book is written, then copy that:
	// the zip writer given to it writes to the file instead, and excelize
	// is left nothing to write.
	tmp, err := os.CreateTemp("", "unionstats-book-")
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	archive := bufio.NewWriterSize(tmp, 64<<10)
	// The entries are compressed once, here (repack copies them as they
	// are): fast compression, as workbooks are rebuilt on every run. The
	// sheets' rows, deflated as they were written, are put into their
	// parts as excelize writes them.
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		zw := zip.NewWriter(archive)
		zw.RegisterCompressor(zip.Deflate, newCompressor)
		return &splicer{zw: zw, parts: parts}
	})
	if n, err := f.WriteTo(io.Discard); err != nil {
		return fmt.Errorf("write: %w", err)
	} else if n != 0 {
		return fmt.Errorf("write: excelize wrote %d bytes outside the zip writer", n)
	}
	if err := archive.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	size, err := tmp.Seek(0, io.SeekCurrent)
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return repack(tmp, size, cfg.Date, w)
}

// compressors are the deflate writers of the books' entries: a writer is
// a megabyte of tables to clear, and a book has a score of entries, most
// of them small. They are klauspost/compress's, at its fastest level:
// about twice the speed of the standard library's fastest on the sheets'
// XML, slightly smaller output, and the same bytes for the same input.
var compressors = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed) // the level is valid
	return w
}}

// newCompressor gives a zip entry's compressor: a writer from the pool,
// given back when the entry is closed. Reset leaves a writer as NewWriter
// makes it, so the bytes are the same.
func newCompressor(w io.Writer) (io.WriteCloser, error) {
	fw := compressors.Get().(*flate.Writer)
	fw.Reset(w)
	return &pooledCompressor{fw}, nil
}

type pooledCompressor struct{ *flate.Writer }

func (c *pooledCompressor) Close() error {
	err := c.Writer.Close()
	compressors.Put(c.Writer)
	c.Writer = nil
	return err
}

// repack writes the zip archive of size bytes in data to w with its entries
// in a fixed order ([Content_Types].xml, _rels/.rels, then by name), every
// entry stamped with date: excelize writes streamed sheets in map order.
func repack(data io.ReaderAt, size int64, date time.Time, w io.Writer) error {
	zr, err := zip.NewReader(data, size)
	if err != nil {
		return fmt.Errorf("repack: %w", err)
	}
	rank := func(name string) int {
		switch name {
		case "[Content_Types].xml":
			return 0
		case "_rels/.rels":
			return 1
		}
		return 2
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int {
		return cmp.Or(cmp.Compare(rank(a.Name), rank(b.Name)), cmp.Compare(a.Name, b.Name))
	})
	bw := bufio.NewWriterSize(w, 64<<10)
	zw := zip.NewWriter(bw)
	for _, zf := range files {
		if err := copyEntry(zw, zf, date); err != nil {
			return fmt.Errorf("repack %s: %w", zf.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("repack: %w", err)
	}
	return bw.Flush()
}

// copyEntry copies one entry's compressed bytes as they are, with the
// fixed timestamp: nothing is decompressed or compressed again.
func copyEntry(zw *zip.Writer, zf *zip.File, date time.Time) error {
	fh := zf.FileHeader
	d := date.UTC()
	fh.Modified = d
	// CreateRaw, unlike CreateHeader, writes the MS-DOS time fields as given
	// instead of deriving them from Modified, so they are set here.
	fh.ModifiedDate = uint16(d.Day() + int(d.Month())<<5 + (d.Year()-1980)<<9) //lint:ignore SA1019 see above
	fh.ModifiedTime = uint16(d.Second()/2 + d.Minute()<<5 + d.Hour()<<11)      //lint:ignore SA1019 see above
	fh.Extra = nil
	fh.Comment = ""
	w, err := zw.CreateRaw(&fh)
	if err != nil {
		return err
	}
	r, err := zf.OpenRaw()
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}

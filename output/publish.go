package output

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sys/unix"
)

// File is one file of the site: its bytes, or a function that writes them.
// Large or numerous files (article pages, open data) come as Write so that
// they are rendered while they are written, a few at a time, instead of
// all being held in memory; Write must give the same bytes on every call.
type File struct {
	Path  string // '/'-separated, relative to the site root, no "." or ".." elements
	Data  []byte
	Write func(w io.Writer) error // when set, Data is ignored
	// Key, for a Write file, identifies its inputs: when the current site
	// holds the file under the same key, Publish keeps it without calling
	// Write. "" means no key.
	Key string
}

// PublishOptions tunes Publish; the zero value suits production.
type PublishOptions struct {
	// Parallelism bounds the number of files written at once;
	// 0 means twice GOMAXPROCS, at least 4.
	Parallelism int
	// NoSync skips flushing the new generation to stable storage before it
	// becomes current. A crash of the process stays safe; a power failure may
	// then leave the new generation with empty or missing files.
	NoSync bool
	// Heavy, when set, says which files take much memory while they are
	// rendered (a year's workbook): at most HeavyParallelism of them (1
	// when 0) are placed at once, while the other workers place the rest.
	// The order of the files is kept within each kind.
	Heavy            func(path string) bool
	HeavyParallelism int
	// Placed, when set, is called with a file's index in files once the
	// file is placed (written, or kept from the current site), from the
	// worker that placed it: the caller may then free what only the files
	// placed so far needed. It is not called for files that failed.
	Placed func(i int)
}

// Stats counts what Publish did.
type Stats struct {
	Written   int // files new or changed, written afresh
	Unchanged int // files whose bytes did not change, linked from the previous site
	Removed   int // files of the previous site that the new one lacks
}

// Publish replaces the site at dir with files, atomically; see the package
// documentation for the layout. Files whose bytes did not change keep their
// inode and modification time. If nothing changed, the site is left as it
// is. The caller must hold [Lock] for dir. Publish keeps a file's Data and
// Write only until the file is placed: what they alone hold (a workbook's
// index, the closure of a page) can be freed then, unless the caller still
// holds files.
func Publish(ctx context.Context, dir string, files []File, opts PublishOptions) (Stats, error) {
	l, err := newLayout(dir)
	if err != nil {
		return Stats{}, err
	}
	dirs, err := validate(files)
	if err != nil {
		return Stats{}, fmt.Errorf("publish %s: %w", l.dir, err)
	}
	if err := os.MkdirAll(l.gens, 0o755); err != nil {
		return Stats{}, fmt.Errorf("output directory %s is not writable: %w", l.parent, err)
	}
	cur, err := l.current()
	if err != nil {
		return Stats{}, err
	}
	if err := l.clean(cur.gen); err != nil {
		return Stats{}, err
	}
	old := Manifest{Files: map[string]ManifestEntry{}}
	trusted := false
	switch {
	case cur.legacy:
		old, err = scanManifest(cur.root)
	case cur.root != "":
		old, trusted, err = currentManifest(cur.root)
	}
	if err != nil {
		return Stats{}, fmt.Errorf("publish %s: %w", l.dir, err)
	}
	// fill drops each file's Data and Write once placed: from a copy, so
	// that the caller's files stay as they are.
	p := plan{files: slices.Clone(files), dirs: dirs, old: old, trusted: trusted}
	p.sums, p.sizes = hashAll(files)
	p.marks = make([]string, len(files))
	p.same, p.removed = classify(files, p.sums, p.sizes, p.marks, old)
	if trusted && p.removed == 0 && !slices.Contains(p.same, false) {
		return Stats{Unchanged: len(files)}, nil
	}
	if err := ctx.Err(); err != nil {
		return Stats{}, fmt.Errorf("publish %s: %w", l.dir, err)
	}
	next := cur.gen + 1
	if cur.gen < 0 {
		next = 1 // generation 0 is reserved for a migrated plain directory
	}
	st, err := l.build(ctx, next, cur, p, opts)
	if err != nil {
		return st, fmt.Errorf("publish %s: %w", l.dir, err)
	}
	return st, nil
}

// plan is what Publish is about to write.
type plan struct {
	files   []File
	dirs    []string // directories to create, parents first
	sums    []string // hex SHA-256 of files[i]'s bytes ("" for a Write file until written)
	sizes   []int64  // files[i]'s size (0 for a Write file until written)
	same    []bool   // files[i] has the same bytes in the current site (false for a Write file until written)
	marks   []string // a Write file's hash marks (ManifestEntry.Marks), once written or kept
	old     Manifest // the current site's manifest
	trusted bool     // old was read from the manifest, not rebuilt by scanning
	removed int      // files of the current site absent from files
}

// layout names the paths that make up a site.
type layout struct {
	dir     string // the site: a symlink to the current generation
	parent  string // the directory holding dir and its siblings
	base    string // dir's last element
	gens    string // dir.gen: the generations
	tmpLink string // dir.tmp-link: the next symlink, before it replaces dir
}

func newLayout(dir string) (layout, error) {
	dir = filepath.Clean(dir)
	base := filepath.Base(dir)
	if base == "." || base == ".." || base == string(filepath.Separator) {
		return layout{}, fmt.Errorf("output directory %q: need a path ending in a directory name", dir)
	}
	return layout{
		dir:     dir,
		parent:  filepath.Dir(dir),
		base:    base,
		gens:    dir + ".gen",
		tmpLink: dir + ".tmp-link",
	}, nil
}

func (l layout) genPath(n int) string { return filepath.Join(l.gens, strconv.Itoa(n)) }

// linkTarget is the symlink text for generation n, relative so that the
// whole tree can be moved.
func (l layout) linkTarget(n int) string { return filepath.Join(l.base+".gen", strconv.Itoa(n)) }

// state is what Publish finds at dir.
type state struct {
	gen    int    // the current generation, -1 if none
	root   string // the directory holding the current site, "" if none
	legacy bool   // dir is a plain directory
}

func (l layout) current() (state, error) {
	fi, err := os.Lstat(l.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return state{gen: -1}, nil
	}
	if err != nil {
		return state{}, fmt.Errorf("output directory %s: %w", l.dir, err)
	}
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		target, err := os.Readlink(l.dir)
		if err != nil {
			return state{}, fmt.Errorf("output directory %s: %w", l.dir, err)
		}
		rest, ok := strings.CutPrefix(target, l.base+".gen"+string(filepath.Separator))
		n, ok2 := parseGen(rest)
		if !ok || !ok2 {
			return state{}, fmt.Errorf("output directory %s is a symlink to %s, not to a generation in %s; refusing to replace it", l.dir, target, l.gens)
		}
		st := state{gen: n, root: l.genPath(n)}
		if _, err := os.Stat(st.root); errors.Is(err, fs.ErrNotExist) {
			st.root = "" // dangling: publish as if there were no site
		}
		return st, nil
	case fi.IsDir():
		return state{gen: -1, root: l.dir, legacy: true}, nil
	default:
		return state{}, fmt.Errorf("output directory %s exists and is neither a directory nor a symlink", l.dir)
	}
}

// parseGen parses a generation name: a canonical decimal number.
func parseGen(name string) (int, bool) {
	n, err := strconv.Atoi(name)
	return n, err == nil && n >= 0 && strconv.Itoa(n) == name
}

// clean removes what a crashed or finished run left behind: the temporary
// symlink, generations being assembled, and every generation but cur and
// the newest one before it. Other names in dir.gen are left alone.
func (l layout) clean(cur int) error {
	fi, err := os.Lstat(l.tmpLink)
	switch {
	case err == nil && fi.IsDir():
		// A migration crashed after the exchange: this is the old plain
		// directory, already replaced by a generation.
		err = os.RemoveAll(l.tmpLink)
	case err == nil:
		err = os.Remove(l.tmpLink)
	case errors.Is(err, fs.ErrNotExist):
		err = nil
	}
	if err != nil {
		return fmt.Errorf("remove stale %s: %w", l.tmpLink, err)
	}
	entries, err := os.ReadDir(l.gens)
	if err != nil {
		return fmt.Errorf("output directory %s: %w", l.gens, err)
	}
	prev := -1
	for _, e := range entries {
		if n, ok := parseGen(e.Name()); ok && n < cur {
			prev = max(prev, n)
		}
	}
	for _, e := range entries {
		name := e.Name()
		n, ok := parseGen(name)
		if !ok {
			stem, tmp := strings.CutSuffix(name, ".tmp")
			if _, ok := parseGen(stem); !tmp || !ok {
				continue
			}
		} else if n == cur || n == prev {
			continue
		}
		if err := os.RemoveAll(filepath.Join(l.gens, name)); err != nil {
			return fmt.Errorf("remove old generation: %w", err)
		}
	}
	return nil
}

// build assembles generation next, makes it current and removes the
// generations no longer needed. It returns zero Stats if the site was not
// replaced, and the Stats of the new site with any error after that.
// Until the new symlink replaces dir, the new generation is disposable and
// any error removes it.
func (l layout) build(ctx context.Context, next int, cur state, p plan, opts PublishOptions) (Stats, error) {
	final := l.genPath(next)
	staged := final + ".tmp"
	if err := os.Mkdir(staged, 0o755); err != nil {
		return Stats{}, fmt.Errorf("output directory %s is not writable: %w", l.gens, err)
	}
	defer func() {
		if staged != "" {
			os.RemoveAll(staged) // best effort; the next Publish retries
		}
	}()
	st, err := fill(ctx, staged, cur.root, p, opts)
	if err != nil {
		return Stats{}, err
	}
	if p.trusted && st.Written == 0 && st.Removed == 0 {
		return st, nil // nothing changed after all: the staged copy goes
	}
	if err := seal(ctx, staged, p, opts.NoSync); err != nil {
		return Stats{}, err
	}
	if err := os.Rename(staged, final); err != nil {
		return Stats{}, err
	}
	staged = final
	if err := l.activate(next, cur, opts.NoSync); err != nil {
		return Stats{}, err
	}
	staged = ""
	return st, l.retire(next, cur, opts.NoSync)
}

// fill writes p's files into the empty directory staged: it makes p.dirs,
// then places each file (see place), at most opts.Parallelism at a time
// (<= 0: twice GOMAXPROCS, at least 4) and of them at most
// opts.HeavyParallelism heavy ones, and drops each file's Data and Write
// once it is placed. It fills in p.sums, p.sizes and p.same
// for the Write files, and returns what the new generation holds compared
// with the site at oldRoot.
func fill(ctx context.Context, staged, oldRoot string, p plan, opts PublishOptions) (Stats, error) {
	for _, d := range p.dirs {
		if err := os.Mkdir(filepath.Join(staged, filepath.FromSlash(d)), 0o755); err != nil {
			return Stats{}, err
		}
	}
	par := opts.Parallelism
	if par <= 0 {
		par = max(4, 2*runtime.GOMAXPROCS(0))
	}
	q := newQueue(p.files, opts)
	var unchanged atomic.Int64
	g, gctx := errgroup.WithContext(ctx)
	for range min(par, len(p.files)) {
		g.Go(func() error {
			for {
				i, heavy := q.next()
				if i < 0 {
					return nil
				}
				kept, err := false, gctx.Err()
				if err == nil {
					kept, err = place(&p, i, staged, oldRoot)
				}
				// The file is placed: what only its bytes or its Write
				// held (a workbook's index, an article page's closure)
				// may go now, not when the last file is placed.
				p.files[i].Data, p.files[i].Write = nil, nil
				if heavy {
					q.release()
				}
				if err != nil {
					return err
				}
				if opts.Placed != nil {
					opts.Placed(i)
				}
				if kept {
					unchanged.Add(1)
				}
			}
		})
	}
	if err := g.Wait(); err != nil {
		return Stats{}, err
	}
	st := Stats{Unchanged: int(unchanged.Load()), Removed: p.removed}
	st.Written = len(p.files) - st.Unchanged
	return st, nil
}

// queue hands out the files to place, in order, a heavy one only while
// fewer than its lanes are being placed.
type queue struct {
	mu           sync.Mutex
	free         *sync.Cond // a lane is released
	heavy, light []int      // indexes of the files left, in order
	lanes        int        // heavy files that may start now
}

func newQueue(files []File, opts PublishOptions) *queue {
	q := &queue{lanes: max(opts.HeavyParallelism, 1)}
	q.free = sync.NewCond(&q.mu)
	for i := range files {
		if opts.Heavy != nil && opts.Heavy(files[i].Path) {
			q.heavy = append(q.heavy, i)
		} else {
			q.light = append(q.light, i)
		}
	}
	return q
}

// next gives the index of the next file to place, the heavy ones first
// while a lane is free, and whether it is heavy (release the lane after);
// -1 when none is left. It waits when only heavy files are left and no
// lane is free.
func (q *queue) next() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		switch {
		case len(q.heavy) > 0 && q.lanes > 0:
			i := q.heavy[0]
			q.heavy, q.lanes = q.heavy[1:], q.lanes-1
			return i, true
		case len(q.light) > 0:
			i := q.light[0]
			q.light = q.light[1:]
			return i, false
		case len(q.heavy) == 0:
			return -1, false
		}
		q.free.Wait()
	}
}

// release frees the lane of a heavy file placed.
func (q *queue) release() {
	q.mu.Lock()
	q.lanes++
	q.mu.Unlock()
	q.free.Broadcast()
}

// place puts file i of p into the directory staged, and reports whether it
// is the file of the site at oldRoot, kept with its modification time:
// a Write file whose key the current site holds is linked without being
// rendered; any other Write file is rendered, then linked if its bytes are
// the old ones (see writeLazy); a file whose bytes changed is written; a
// file whose bytes did not change is linked (see linkOrCopy).
func place(p *plan, i int, staged, oldRoot string) (kept bool, err error) {
	f := p.files[i]
	rel := filepath.FromSlash(f.Path)
	dst, old := filepath.Join(staged, rel), filepath.Join(oldRoot, rel)
	switch {
	case f.Write != nil:
		if p.same[i] && os.Link(old, dst) == nil {
			return true, nil
		}
		return writeLazy(f, dst, old, p, i)
	case !p.same[i]:
		return false, os.WriteFile(dst, f.Data, 0o644)
	default:
		return linkOrCopy(old, dst, f.Data)
	}
}

// seal writes the manifest of p into the directory staged and, unless
// noSync, flushes the file system holding it. It fails if ctx is done:
// after seal, only renames remain.
func seal(ctx context.Context, staged string, p plan, noSync bool) error {
	data, err := encodeManifest(newManifest(p))
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	if err := os.WriteFile(filepath.Join(staged, manifestName), data, 0o644); err != nil {
		return err
	}
	if !noSync {
		if err := syncFS(staged); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// newManifest lists p's files with their hashes, sizes and keys, once every
// file has been written.
func newManifest(p plan) Manifest {
	m := Manifest{Version: manifestVersion, Files: make(map[string]ManifestEntry, len(p.files))}
	for i, f := range p.files {
		m.Files[f.Path] = ManifestEntry{SHA256: p.sums[i], Size: p.sizes[i], Key: f.Key, Marks: p.marks[i]}
	}
	return m
}

// activate makes generation next, already renamed into place, the current
// site: a new symlink to it replaces dir (see swap). On error, dir is as it
// was.
func (l layout) activate(next int, cur state, noSync bool) error {
	if !noSync {
		if err := syncDir(l.gens); err != nil {
			return err
		}
	}
	if err := os.Symlink(l.linkTarget(next), l.tmpLink); err != nil {
		return fmt.Errorf("output directory %s is not writable: %w", l.parent, err)
	}
	if err := l.swap(cur); err != nil {
		os.Remove(l.tmpLink)
		return err
	}
	return nil
}

// retire finishes a publish once generation next is current: it makes the
// swap durable, moves a migrated plain directory to generation 0 and
// removes the generations no longer needed. An error here leaves the new
// site published.
func (l layout) retire(next int, cur state, noSync bool) error {
	if !noSync {
		if err := syncDir(l.parent); err != nil {
			return err
		}
	}
	if cur.legacy {
		if err := os.Rename(l.tmpLink, l.genPath(0)); err != nil {
			return fmt.Errorf("site published, but moving the old directory aside failed: %w", err)
		}
	}
	if err := l.clean(next); err != nil {
		return fmt.Errorf("site published, but: %w", err)
	}
	return nil
}

// swap makes the symlink at l.tmpLink current. A plain directory at l.dir is
// exchanged with it, so it ends up at l.tmpLink.
func (l layout) swap(cur state) error {
	if !cur.legacy {
		return os.Rename(l.tmpLink, l.dir)
	}
	err := unix.Renameat2(unix.AT_FDCWD, l.tmpLink, unix.AT_FDCWD, l.dir, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EOPNOTSUPP) {
		return fmt.Errorf("output directory %s is a plain directory and this file system cannot replace it atomically with a symlink; move it away and publish again", l.dir)
	}
	if err != nil {
		return fmt.Errorf("replace plain directory %s: %w", l.dir, err)
	}
	return nil
}

// validate checks that paths are local, unique and do not clash (a file
// used as a directory by another), and returns the directories to create,
// parents first.
func validate(files []File) ([]string, error) {
	paths := make(map[string]bool, len(files))
	for _, f := range files {
		if !fs.ValidPath(f.Path) || f.Path == "." {
			return nil, fmt.Errorf("invalid file path %q: want a relative '/'-separated UTF-8 path without empty, \".\" or \"..\" elements", f.Path)
		}
		if f.Path == manifestName {
			return nil, fmt.Errorf("invalid file path %q: reserved for the manifest", f.Path)
		}
		if paths[f.Path] {
			return nil, fmt.Errorf("duplicate file path %q", f.Path)
		}
		paths[f.Path] = true
	}
	dirSet := map[string]bool{}
	for _, f := range files {
		for d := path.Dir(f.Path); d != "." && !dirSet[d]; d = path.Dir(d) {
			if paths[d] {
				return nil, fmt.Errorf("file path %q is also a directory in %q", d, f.Path)
			}
			dirSet[d] = true
		}
	}
	dirs := make([]string, 0, len(dirSet))
	for d := range dirSet {
		dirs = append(dirs, d)
	}
	slices.Sort(dirs) // a parent sorts before its children
	return dirs, nil
}

// hashAll returns the hex SHA-256 and size of every file's bytes; a Write
// file is hashed as it is written.
func hashAll(files []File) ([]string, []int64) {
	sums := make([]string, len(files))
	sizes := make([]int64, len(files))
	chunk := max(256, (len(files)+runtime.GOMAXPROCS(0)-1)/runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for start := 0; start < len(files); start += chunk {
		wg.Go(func() {
			for i := start; i < min(start+chunk, len(files)); i++ {
				if files[i].Write != nil {
					continue
				}
				sum := sha256.Sum256(files[i].Data)
				sums[i] = hex.EncodeToString(sum[:])
				sizes[i] = int64(len(files[i].Data))
			}
		})
	}
	wg.Wait()
	return sums, sizes
}

// writeLazy writes a Write file to dst, hashing it on the way; the writer
// it gives the file is a PrefixKeeper, which may start it with the bytes of
// the current site's file at old. If its bytes are those of that file,
// dst becomes a hard link to it (or keeps its modification time), and
// writeLazy reports true.
func writeLazy(f File, dst, old string, p *plan, i int) (bool, error) {
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return false, err
	}
	e, ok := p.old.Files[f.Path]
	if !ok {
		old = ""
	}
	w := newLazyWriter(out, old, e)
	err = f.Write(w)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, fmt.Errorf("%s: %w", f.Path, err)
	}
	p.sums[i], p.marks[i] = w.sum()
	p.sizes[i] = w.n
	if !ok || e.SHA256 != p.sums[i] || e.Size != w.n {
		return false, nil
	}
	p.same[i] = true
	fi, err := os.Stat(old)
	if err != nil {
		return false, nil
	}
	if os.Link(old, dst+".link") == nil {
		return true, os.Rename(dst+".link", dst)
	}
	return true, os.Chtimes(dst, time.Time{}, fi.ModTime())
}

// classify reports which files have the same bytes as in old, and how many
// files of old are gone; a Write file kept by its key keeps its marks.
func classify(files []File, sums []string, sizes []int64, marks []string, old Manifest) (same []bool, removed int) {
	same = make([]bool, len(files))
	kept := 0
	for i, f := range files {
		e, ok := old.Files[f.Path]
		if ok {
			kept++
		}
		same[i] = ok && f.Write == nil && e.Size == sizes[i] && e.SHA256 == sums[i]
		if ok && f.Write != nil && f.Key != "" && e.Key == f.Key {
			same[i], sums[i], sizes[i], marks[i] = true, e.SHA256, e.Size, e.Marks
		}
	}
	return same, len(old.Files) - kept
}

// linkOrCopy hard-links src to dst. If linking fails it writes data and
// gives dst the modification time of src. It reports whether dst kept the
// old file's modification time (false when src has disappeared).
func linkOrCopy(src, dst string, data []byte) (bool, error) {
	if os.Link(src, dst) == nil {
		return true, nil
	}
	fi, err := os.Stat(src)
	if err != nil {
		return false, os.WriteFile(dst, data, 0o644)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		return false, err
	}
	if err := os.Chtimes(dst, time.Time{}, fi.ModTime()); err != nil {
		return false, err
	}
	return true, nil
}

// syncFS flushes the file system holding dir: one call instead of an fsync
// per file.
func syncFS(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// syncDir makes the renames inside dir durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

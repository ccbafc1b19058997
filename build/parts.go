package build

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unsafe"
)

// partCache is aggregation's cache of each year's facts and tables
// (aggregate.PartCache) on disk: a directory beside the extraction cache
// holding one file per part, so that a part is written (and its payload
// released) as soon as its year is done, and a build that changes one year
// rewrites that year's files only. A file holds the program's cache version
// (that of the extraction cache: another program's parts are never used),
// the part's name and key (the entry's Hash) and the payload, followed by
// the CRC-32C of all that. A file is replaced atomically (written beside it,
// then renamed); one that is damaged, cut short or foreign is a miss,
// logged; never a failure.
type partCache struct {
	dir, version string
	log          *slog.Logger

	mu         sync.Mutex
	used       map[string]bool // files of the parts read or written by this build
	gets, puts int             // parts looked up, and built (not reused)
	foreign    bool            // a file of another program was seen (logged once)
}

// partsDir is the directory of the parts' cache beside the extraction cache
// file.
func partsDir(extractionCache string) string {
	return filepath.Join(filepath.Dir(extractionCache), "years")
}

// partMagic starts every part's file; its last byte is the format version.
const partMagic = "USXPART\x01"

// partSuffix ends the name of every part's file.
const partSuffix = ".part"

// openParts opens the parts' cache beside the extraction cache file; nil
// when there is none (no cache, or a program that cannot be identified).
func openParts(extractionCache string, log *slog.Logger) *partCache {
	if extractionCache == "" {
		return nil
	}
	version := cacheVersion()
	if version == "" {
		return nil
	}
	return &partCache{dir: partsDir(extractionCache), version: version, log: log, used: map[string]bool{}}
}

// partFile is the file name of a part ("facts 2024" → "facts-2024.part"):
// the part's name when it is made of letters, digits, spaces and minus
// signs, else its hex encoding.
func partFile(part string) string {
	for _, c := range part {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-') {
			return fmt.Sprintf("x%x%s", part, partSuffix)
		}
	}
	return strings.ReplaceAll(part, " ", "-") + partSuffix
}

func (p *partCache) mark(file string, put bool) {
	p.mu.Lock()
	p.used[file] = true
	if put {
		p.puts++
	} else {
		p.gets++
	}
	p.mu.Unlock()
}

// Get reads the part's file and returns its payload if the file is whole,
// of this program, of this part and of key.
func (p *partCache) Get(part, key string) (payload string, ok bool) {
	name := partFile(part)
	p.mark(name, false)
	b, err := os.ReadFile(filepath.Join(p.dir, name))
	if errors.Is(err, fs.ErrNotExist) {
		return "", false
	}
	if err != nil {
		p.log.Warn("cannot read the aggregation cache; aggregating the year again", slog.String("part", part), slog.String("error", err.Error()))
		return "", false
	}
	version, filePart, fileKey, body, err := decodePartFile(b)
	switch {
	case err != nil:
		p.log.Warn("corrupt aggregation cache file; aggregating the year again", slog.String("part", part), slog.String("error", err.Error()))
		return "", false
	case version != p.version:
		p.mu.Lock()
		first := !p.foreign
		p.foreign = true
		p.mu.Unlock()
		if first {
			p.log.Warn("the aggregation cache was written by another program; aggregating every year again", slog.String("version", version))
		}
		return "", false
	case filePart != part:
		p.log.Warn("corrupt aggregation cache file: it holds another part; aggregating the year again", slog.String("part", part), slog.String("holds", filePart))
		return "", false
	case fileKey != key:
		return "", false
	}
	return body, true
}

// Put writes the part's file, replacing it atomically. A file that cannot
// be written is logged: the next build aggregates that year again.
func (p *partCache) Put(part, key, payload string) {
	name := partFile(part)
	p.mark(name, true)
	if err := p.write(name, partFilePieces(p.version, part, key, payload)...); err != nil {
		p.log.Warn("cannot save the aggregation cache; the next build aggregates the year again", slog.String("part", part), slog.String("error", err.Error()))
	}
}

// write writes the file name of the pieces, in turn.
func (p *partCache) write(name string, pieces ...[]byte) error {
	if err := os.MkdirAll(p.dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(p.dir, name)
	tmp := path + ".tmp"
	if err := writePieces(tmp, pieces); err != nil {
		os.Remove(tmp)
		return err
	}
	// Not synced: a file damaged by a crash fails its checksum and is a
	// miss, never a wrong part.
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

func (p *partCache) Damaged(part string, err error) {
	p.log.Warn("damaged aggregation cache entry; aggregating the year again", slog.String("part", part), slog.String("error", err.Error()))
}

// close removes the files of the parts this build did not use (years no
// longer in the corpus), files left by a build that was stopped while
// writing, and the cache of an older program version kept as one file.
func (p *partCache) close() {
	p.log.Info("aggregation cache", slog.Int("parts", p.gets), slog.Int("reused", p.gets-p.puts))
	os.Remove(filepath.Join(filepath.Dir(p.dir), "years.cache"))
	entries, err := os.ReadDir(p.dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			p.log.Warn("cannot list the aggregation cache", slog.String("error", err.Error()))
		}
		return
	}
	for _, e := range entries {
		if p.used[e.Name()] {
			continue
		}
		if err := os.Remove(filepath.Join(p.dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			p.log.Warn("cannot remove a stale aggregation cache file", slog.String("file", e.Name()), slog.String("error", err.Error()))
		}
	}
}

// castagnoli is the CRC-32C table of the part files' checksums.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// encodePartFile is a part's file: the magic string, the version, the
// part's name and key (each a uvarint length and the bytes), the payload
// (to the end), and the CRC-32C of everything before it.
func encodePartFile(version, part, key, payload string) []byte {
	return bytes.Join(partFilePieces(version, part, key, payload), nil)
}

// partFilePieces is encodePartFile in three pieces, the payload's bytes
// not copied: its head, the payload and the checksum.
func partFilePieces(version, part, key, payload string) [][]byte {
	head := make([]byte, 0, len(partMagic)+3*binary.MaxVarintLen64+len(version)+len(part)+len(key))
	head = append(head, partMagic...)
	for _, s := range [...]string{version, part, key} {
		head = binary.AppendUvarint(head, uint64(len(s)))
		head = append(head, s...)
	}
	body := unsafe.Slice(unsafe.StringData(payload), len(payload)) // only read
	sum := crc32.Update(crc32.Checksum(head, castagnoli), castagnoli, body)
	return [][]byte{head, body, binary.LittleEndian.AppendUint32(nil, sum)}
}

// writePieces writes the pieces, in turn, to a new file at path.
func writePieces(path string, pieces [][]byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	for _, b := range pieces {
		if _, err := f.Write(b); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

// decodePartFile reads what encodePartFile wrote; the payload shares b's
// memory, which must not be written again.
func decodePartFile(b []byte) (version, part, key, payload string, err error) {
	if len(b) < len(partMagic)+4 || !bytes.Equal(b[:len(partMagic)], []byte(partMagic)) {
		return "", "", "", "", errors.New("not a part file")
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.Checksum(body, castagnoli) != sum {
		return "", "", "", "", errors.New("checksum mismatch")
	}
	rest := body[len(partMagic):]
	var fields [3]string
	for i := range fields {
		n, k := binary.Uvarint(rest)
		if k <= 0 || n > uint64(len(rest)-k) {
			return "", "", "", "", errors.New("unexpected end of data")
		}
		fields[i] = string(rest[k : k+int(n)])
		rest = rest[k+int(n):]
	}
	if len(rest) == 0 {
		return fields[0], fields[1], fields[2], "", nil
	}
	return fields[0], fields[1], fields[2], unsafe.String(unsafe.SliceData(rest), len(rest)), nil
}

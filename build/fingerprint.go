package build

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
)

// fingerprint identifies a build's inputs without reading the articles: the
// program (ProgramID), the lexicons (extract.Version), the options that
// change the output, the corrections file's digest, and every file's path,
// size and modification time.
// "" when there is no cache to keep it beside, when the program cannot be
// identified, or when the corpus has no modification times (the embedded
// sample): such builds always run.
func fingerprint(cfg Config, files []corpus.FileInfo, corrections string) string {
	if cfg.Cache == "" {
		return ""
	}
	program := ProgramID()
	if program == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\n", program, extract.Version(), cfg.Title, cfg.Paper, cfg.BaseURL, cfg.Province)
	fmt.Fprintf(h, "%s\n", corrections)
	for _, fi := range files {
		if fi.ModTime.IsZero() {
			return ""
		}
		fmt.Fprintf(h, "%s\x00%d\x00%d\n", fi.Path, fi.Size, fi.ModTime.UnixNano())
	}
	return hex.EncodeToString(h.Sum(nil))
}

// lastBuildFile records, beside the cache, the fingerprint of the last
// build, the generation it published and how many files that holds.
func lastBuildFile(cfg Config) string {
	return filepath.Join(filepath.Dir(cfg.Cache), "last-build")
}

// upToDate reports whether the published site was built from exactly these
// inputs, so that the build has nothing to do; it then fills in st. It
// reads no manifest: at 100,000 articles that is 21 MB of JSON, most of a
// no-change rebuild's time.
func upToDate(cfg Config, print string, st *Stats) bool {
	if print == "" {
		return false
	}
	b, err := os.ReadFile(lastBuildFile(cfg))
	if err != nil {
		return false
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 3 {
		return false // an older record, without the count: build once more
	}
	files, err := strconv.Atoi(lines[2])
	if err != nil || files < 0 {
		return false
	}
	cur, err := os.Readlink(cfg.Out)
	if lines[0] != print || err != nil || cur != lines[1] {
		return false
	}
	if info, err := os.Stat(cfg.Out); err != nil || !info.IsDir() {
		return false
	}
	st.Files.Unchanged = files
	st.UpToDate = true
	return true
}

// recordBuild records the fingerprint of the build that published files
// files in the current generation.
func recordBuild(cfg Config, print string, files int) error {
	if print == "" {
		return nil
	}
	target, err := os.Readlink(cfg.Out)
	if err != nil {
		return err
	}
	tmp := lastBuildFile(cfg) + ".tmp"
	if err := os.WriteFile(tmp, fmt.Appendf(nil, "%s\n%s\n%d\n", print, target, files), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, lastBuildFile(cfg))
}

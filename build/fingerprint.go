package build

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/lddt/unionstats/corpus"
	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/output"
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
// build and the generation it published.
func lastBuildFile(cfg Config) string {
	return filepath.Join(filepath.Dir(cfg.Cache), "last-build")
}

// upToDate reports whether the published site was built from exactly these
// inputs, so that the build has nothing to do; it then fills in st.
func upToDate(cfg Config, print string, st *Stats) bool {
	if print == "" {
		return false
	}
	b, err := os.ReadFile(lastBuildFile(cfg))
	if err != nil {
		return false
	}
	want, target, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
	cur, err := os.Readlink(cfg.Out)
	if want != print || err != nil || cur != target {
		return false
	}
	m, err := output.ReadManifest(cfg.Out)
	if err != nil {
		return false
	}
	st.Files.Unchanged = len(m.Files)
	st.UpToDate = true
	return true
}

func recordBuild(cfg Config, print string) error {
	if print == "" {
		return nil
	}
	target, err := os.Readlink(cfg.Out)
	if err != nil {
		return err
	}
	tmp := lastBuildFile(cfg) + ".tmp"
	if err := os.WriteFile(tmp, []byte(print+"\n"+target+"\n"), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, lastBuildFile(cfg))
}

package output

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// manifestName is the manifest's path in every generation; no File may use it.
const manifestName = ".manifest.json"

// manifestVersion is the format version written into every manifest.
const manifestVersion = 1

// Manifest lists the files of one generation of the site.
type Manifest struct {
	Version int                      `json:"version"`
	Files   map[string]ManifestEntry `json:"files"` // by '/'-separated path
}

// ManifestEntry describes one file of a generation.
type ManifestEntry struct {
	SHA256 string `json:"sha256"` // hex
	Size   int64  `json:"size"`
	Key    string `json:"key,omitempty"` // the File's Key, if it had one
	// Marks, for a Write file, is the state of its SHA-256 after every
	// markEvery bytes, one after the other, in base64 (see PrefixKeeper).
	Marks string `json:"marks,omitempty"`
}

// ReadManifest reads the manifest of the site at dir, which is normally the
// symlink Publish maintains.
func ReadManifest(dir string) (Manifest, error) {
	path := filepath.Join(dir, manifestName)
	data, err := os.ReadFile(path)
	if err != nil {
		return Manifest{}, fmt.Errorf("read manifest: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return Manifest{}, fmt.Errorf("manifest %s is corrupt: %w", path, err)
	}
	if m.Version != manifestVersion {
		return Manifest{}, fmt.Errorf("manifest %s has version %d, want %d", path, m.Version, manifestVersion)
	}
	for p, e := range m.Files {
		if len(e.SHA256) != 2*sha256.Size || e.Size < 0 {
			return Manifest{}, fmt.Errorf("manifest %s is corrupt: bad entry for %q", path, p)
		}
	}
	return m, nil
}

// encodeManifest renders m as indented JSON with the files in path order, so
// that equal sites give byte-identical manifests.
func encodeManifest(m Manifest) ([]byte, error) {
	data, err := json.MarshalIndent(m, "", "\t")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// scanManifest builds a manifest by hashing the regular files under root.
// Publish uses it for a directory that has no valid manifest: a plain
// directory being migrated, or a generation whose manifest was damaged.
func scanManifest(root string) (Manifest, error) {
	m := Manifest{Version: manifestVersion, Files: map[string]ManifestEntry{}}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == manifestName {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		h := sha256.New()
		n, err := io.Copy(h, f)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		m.Files[rel] = ManifestEntry{SHA256: hex.EncodeToString(h.Sum(nil)), Size: n}
		return nil
	})
	if err != nil {
		return Manifest{}, fmt.Errorf("scan %s: %w", root, err)
	}
	return m, nil
}

// currentManifest returns the manifest of the site at root and whether it was
// read from the generation's own manifest (as opposed to rebuilt by hashing).
func currentManifest(root string) (m Manifest, trusted bool, err error) {
	m, err = ReadManifest(root)
	if err == nil {
		return m, true, nil
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) && !errors.Is(err, fs.ErrNotExist) {
		return Manifest{}, false, err // unreadable, not merely missing or damaged
	}
	m, err = scanManifest(root)
	return m, false, err
}

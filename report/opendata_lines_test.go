package report

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/internal/keytest"
)

// publishOpenData writes the open data of s into a new site directory as
// OpenDataCached gives them, copying from prev's site and indexes when
// prev is set; it returns the site, the files' bytes and the cache.
func publishOpenData(t *testing.T, s *aggregate.Summary, cfg Config, prev *OpenDataCache) (map[string][]byte, *OpenDataCache) {
	t.Helper()
	c := &OpenDataCache{}
	if prev != nil {
		c.Site, c.Old = prev.Site, map[string]*LineIndex{}
		for _, path := range []string{CSVPath, JSONLPath} {
			c.Old[path], _ = prev.Made(path)
		}
	}
	var warned []string
	c.Warn = func(path, problem string) { warned = append(warned, path+": "+problem) }
	files, err := OpenDataCached(s, cfg, c)
	if err != nil {
		t.Fatal(err)
	}
	site := t.TempDir()
	out := map[string][]byte{}
	for _, f := range files {
		data, err := fileBytes(f)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(site, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out[f.Path] = data
	}
	if len(warned) > 0 {
		t.Errorf("warnings copying from an intact site: %q", warned)
	}
	made := &OpenDataCache{Site: site}
	made.made, made.copied = c.made, c.copied
	return out, made
}

// freshOpenData encodes the open data of s without any cache.
func freshOpenData(t *testing.T, s *aggregate.Summary, cfg Config) map[string][]byte {
	t.Helper()
	files, err := OpenData(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		if out[f.Path], err = fileBytes(f); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// cachedOver plans the open data of s over the site base published, as a
// rebuild does: the published files' indexes as the cache, the paths
// warned about noted.
func cachedOver(t *testing.T, s *aggregate.Summary, cfg Config, base *OpenDataCache) ([]File, *OpenDataCache, map[string]bool) {
	t.Helper()
	c := &OpenDataCache{Site: base.Site, Old: map[string]*LineIndex{}}
	for _, path := range []string{CSVPath, JSONLPath} {
		c.Old[path], _ = base.Made(path)
	}
	warned := map[string]bool{}
	c.Warn = func(path, problem string) { warned[path] = true }
	files, err := OpenDataCached(s, cfg, c)
	if err != nil {
		t.Fatal(err)
	}
	return files, c, warned
}

// TestOpenDataLinesCoverEveryInput changes, one at a time, every value of
// the inputs (the Summary and the Config, the corrections' notes
// included) and builds the open data again copying from the files built
// before the change: they must be the bytes of encoding every line anew,
// and a change to a record, all of whose fields a line shows, must move
// its article's key, so that its lines are encoded, not copied.
func TestOpenDataLinesCoverEveryInput(t *testing.T) {
	s0, cfg0 := openDataInputs()
	_, base := publishOpenData(t, s0, cfg0, nil)
	runs, _ := base.Made(JSONLPath)
	if runs == nil || runs.Runs() < 3 {
		t.Fatalf("the fixture's open data have %v runs of lines, want one per article", runs)
	}
	made, records := 0, 0
	var s *aggregate.Summary
	var cfg Config
	keytest.Changes(t, 400, func() func(func(string, reflect.Value)) {
		s, cfg = openDataInputs()
		return func(visit func(string, reflect.Value)) { pageKeyLeaves(s, &cfg, visit) }
	}, func(path string) {
		want := freshOpenData(t, s, cfg)
		got, c := publishOpenData(t, s, cfg, base)
		made++
		for name, data := range got {
			if !bytes.Equal(data, want[name]) {
				t.Errorf("%s: changing %s, the lines copied are not those encoded anew", name, path)
			}
		}
		if !strings.HasPrefix(path, "Summary.Records[") {
			return
		}
		records++
		for _, name := range []string{CSVPath, JSONLPath} {
			x, copied := c.Made(name)
			if copied == x.Runs() {
				t.Errorf("%s: changing %s, which a line shows, copies every article's lines", name, path)
			}
		}
	})
	if records*4 < made {
		t.Errorf("%d of %d changes were to records, want a quarter or more", records, made)
	}
	t.Logf("%d changes made, %d to records", made, records)
}

// TestOpenDataLinesAreCopied: an unchanged Summary copies every run, a
// changed note or program encodes what it touches, and the bytes are
// always those of OpenData.
func TestOpenDataLinesAreCopied(t *testing.T) {
	s, cfg := openDataInputs()
	_, base := publishOpenData(t, s, cfg, nil)
	got, c := publishOpenData(t, s, cfg, base)
	for path, want := range freshOpenData(t, s, cfg) {
		x, copied := c.Made(path)
		if copied != x.Runs() {
			t.Errorf("%s: %d of %d runs copied from an unchanged file", path, copied, x.Runs())
		}
		if !bytes.Equal(got[path], want) {
			t.Errorf("%s: copied bytes differ from OpenData's", path)
		}
	}
	cfg.Version = "v2"
	if _, c := publishOpenData(t, s, cfg, base); true {
		if _, copied := c.Made(JSONLPath); copied != 0 {
			t.Errorf("another program copied %d runs", copied)
		}
	}
	cfg.Version = "" // no keys: nothing copied, nothing indexed
	got, c = publishOpenData(t, s, cfg, base)
	for path, want := range freshOpenData(t, s, cfg) {
		if x, _ := c.Made(path); x != nil || !bytes.Equal(got[path], want) {
			t.Errorf("%s: without a program, index %v, bytes equal %v", path, x, bytes.Equal(got[path], want))
		}
	}
}

// TestOpenDataLinesDamaged: a published file that is not the one indexed
// — damaged in place, cut short, missing, replaced — or an index that does
// not decode gives the bytes OpenData gives, with a warning; never the
// damaged bytes.
func TestOpenDataLinesDamaged(t *testing.T) {
	s, cfg := openDataInputs()
	want := freshOpenData(t, s, cfg)
	tests := []struct {
		name   string
		damage func(t *testing.T, file string)
	}{
		{"a byte changed", func(t *testing.T, file string) {
			data, _ := os.ReadFile(file)
			i := bytes.Index(data, []byte("Ba Đình"))
			data[i] = 'X'
			os.WriteFile(file, data, 0o644)
		}},
		{"cut short", func(t *testing.T, file string) {
			data, _ := os.ReadFile(file)
			os.WriteFile(file, data[:len(data)-10], 0o644)
		}},
		{"missing", func(t *testing.T, file string) { os.Remove(file) }},
		{"lines swapped", func(t *testing.T, file string) {
			data, _ := os.ReadFile(file)
			lines := bytes.SplitAfter(data, []byte("\n"))
			lines[1], lines[2] = lines[2], lines[1]
			os.WriteFile(file, bytes.Join(lines, nil), 0o644)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, base := publishOpenData(t, s, cfg, nil)
			for path := range want {
				tt.damage(t, filepath.Join(base.Site, filepath.FromSlash(path)))
			}
			files, _, warned := cachedOver(t, s, cfg, base)
			for _, f := range files {
				got, err := fileBytes(f)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want[f.Path]) {
					t.Errorf("%s: the damaged file's bytes were copied", f.Path)
				}
				if !warned[f.Path] {
					t.Errorf("%s: no warning", f.Path)
				}
			}
		})
	}
	t.Run("index", func(t *testing.T) {
		_, base := publishOpenData(t, s, cfg, nil)
		x, _ := base.Made(JSONLPath)
		data, _ := x.MarshalBinary()
		var back LineIndex
		if err := back.UnmarshalBinary(data); err != nil || back.Size() != x.Size() || back.Runs() != x.Runs() {
			t.Fatalf("round trip: %v, %d bytes and %d runs, want %d and %d", err, back.Size(), back.Runs(), x.Size(), x.Runs())
		}
		for _, bad := range [][]byte{nil, data[:len(data)-1], append(append([]byte{}, data...), 0), []byte("USXLINE\x02"), bytes.Replace(data, []byte(lineIndexMagic), []byte("USXLINX\x01"), 1)} {
			if err := back.UnmarshalBinary(bad); err == nil {
				t.Errorf("%q… decodes", bad[:min(len(bad), 12)])
			}
		}
	})
}

// prefixKeeper is a writer that, as output.Publish's does, can start the
// file with the first bytes of the published one.
type prefixKeeper struct {
	bytes.Buffer
	old  string // the published file
	kept int64
}

func (w *prefixKeeper) KeepPrefix(n int64) (bool, error) {
	data, err := os.ReadFile(w.old)
	if w.Len() != 0 || err != nil || n > int64(len(data)) {
		return false, nil
	}
	w.kept = n
	w.Write(data[:n])
	return true, nil
}

// TestOpenDataLinesKeepPrefix: given a writer that keeps the published
// file's prefix, the head and the runs the published file holds in the
// same places are kept, not written, up to the first changed or damaged
// run, and the bytes are those of OpenData.
func TestOpenDataLinesKeepPrefix(t *testing.T) {
	tests := []struct {
		name   string
		change func(s *aggregate.Summary, site string)
		kept   func(x *LineIndex) int64 // the bytes kept
		warn   bool
	}{
		{"unchanged", func(*aggregate.Summary, string) {}, func(x *LineIndex) int64 { return x.Size() }, false},
		{"the last article changed", func(s *aggregate.Summary, _ string) { s.Records[len(s.Records)-1].Value++ },
			func(x *LineIndex) int64 { return x.runs[len(x.runs)-1].off }, false},
		{"the second run damaged", func(_ *aggregate.Summary, site string) {
			for _, path := range []string{CSVPath, JSONLPath} {
				file := filepath.Join(site, filepath.FromSlash(path))
				data, _ := os.ReadFile(file)
				data[len(data)-2] = 'X' // the last line, a run of its own
				os.WriteFile(file, data, 0o644)
			}
		}, func(x *LineIndex) int64 { return x.runs[len(x.runs)-1].off }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, cfg := openDataInputs()
			_, base := publishOpenData(t, s, cfg, nil)
			tt.change(s, base.Site)
			want := freshOpenData(t, s, cfg)
			files, c, warned := cachedOver(t, s, cfg, base)
			for _, f := range files {
				w := &prefixKeeper{old: filepath.Join(base.Site, filepath.FromSlash(f.Path))}
				if err := f.Write(w); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(w.Bytes(), want[f.Path]) {
					t.Errorf("%s: the bytes differ from OpenData's", f.Path)
				}
				old, _ := base.Made(f.Path)
				if want := tt.kept(old); w.kept != want {
					t.Errorf("%s: kept %d bytes, want %d", f.Path, w.kept, want)
				}
				if warned[f.Path] != tt.warn {
					t.Errorf("%s: warned %v, want %v", f.Path, warned[f.Path], tt.warn)
				}
				if x, copied := c.Made(f.Path); copied < x.Runs()-1 {
					t.Errorf("%s: %d of %d runs copied", f.Path, copied, x.Runs())
				}
			}
		})
	}
}

// TestOpenDataDigestsReleased: the records' digests (Config.Records) may
// be released as soon as OpenDataCached returns, before its files are
// written: the files then copy every unchanged run, with OpenData's bytes.
func TestOpenDataDigestsReleased(t *testing.T) {
	s, cfg := openDataInputs()
	_, base := publishOpenData(t, s, cfg, nil)
	want := freshOpenData(t, s, cfg)
	cfg.Records = DigestRecords(s)
	files, c, _ := cachedOver(t, s, cfg, base)
	cfg.Records.Release()
	for _, f := range files {
		data, err := fileBytes(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, want[f.Path]) {
			t.Errorf("%s: written after the digests' release, the bytes differ from OpenData's", f.Path)
		}
		if x, copied := c.Made(f.Path); x == nil || copied != x.Runs() {
			t.Errorf("%s: index %v, %d runs copied, want every run", f.Path, x, copied)
		}
	}
}

package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/internal/keytest"
)

// openDataInputs is the fixture with a program and a correction's note on
// its second record.
func openDataInputs() (*aggregate.Summary, Config) {
	s := fixture()
	cfg := testConfig()
	cfg.Version = "v1"
	cfg.Corrections = &corrections.Result{Notes: map[string]corrections.Note{
		corrections.ID(&s.Records[1]): {Action: corrections.Change, Row: 2, Who: "Lan", When: "2025-03-04", Why: "sai đơn vị"},
	}}
	return s, cfg
}

// openDataFiles gives the open data of s with their keys, and their bytes
// but for a file whose key is that of want's (as the publish stage skips
// it).
func openDataFiles(t *testing.T, s *aggregate.Summary, cfg Config, want map[string]keyed) map[string]keyed {
	t.Helper()
	files, err := OpenData(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]keyed{}
	for _, f := range files {
		out[f.Path] = keyed{key: f.Key}
		if w, ok := want[f.Path]; want != nil && (!ok || w.key != f.Key) {
			continue
		}
		data, err := fileBytes(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f.Path] = keyed{f.Key, data}
	}
	return out
}

// TestOpenDataKeyCoversEveryInput changes, one at a time, every value of
// the inputs (the Summary and the Config, the corrections' notes
// included) and checks that an open-data file that keeps its key keeps
// its bytes, and that every change to a record, all of whose fields the
// files show, changes both keys.
func TestOpenDataKeyCoversEveryInput(t *testing.T) {
	s0, cfg0 := openDataInputs()
	base := openDataFiles(t, s0, cfg0, nil)
	if len(base) != 2 || base[CSVPath].key == "" || base[JSONLPath].key == "" || base[CSVPath].key == base[JSONLPath].key {
		t.Fatalf("keys %+v, want two, each its own", base)
	}
	given := cfg0
	given.Records = DigestRecords(s0)
	for path, f := range openDataFiles(t, s0, given, nil) {
		if f.key != base[path].key {
			t.Errorf("%s: key with the records' digests given %s, made %s", path, f.key, base[path].key)
		}
	}
	made, records := 0, 0
	var s *aggregate.Summary
	var cfg Config
	keytest.Changes(t, 400, func() func(func(string, reflect.Value)) {
		s, cfg = openDataInputs()
		return func(visit func(string, reflect.Value)) { pageKeyLeaves(s, &cfg, visit) }
	}, func(path string) {
		got := openDataFiles(t, s, cfg, base)
		made++
		record := strings.HasPrefix(path, "Summary.Records[")
		if record {
			records++
		}
		for name, f := range got {
			was := base[name]
			switch {
			case was.key == f.key && !bytes.Equal(was.data, f.data):
				t.Errorf("%s: changing %s changes the file but not its key", name, path)
			case record && was.key == f.key:
				t.Errorf("%s: changing %s, which the file shows, leaves its key", name, path)
			}
		}
	})
	// The records' fields are a third of the fixture's values: a test
	// that changed none of them would check little.
	if records*4 < made {
		t.Errorf("%d of %d changes were to records, want a quarter or more", records, made)
	}
	t.Logf("%d changes made, %d to records", made, records)
}

// TestOpenDataKeyChanges: the corrections' notes move the keys by what
// the files show of them, the program moves them, and no version gives no
// keys.
func TestOpenDataKeyChanges(t *testing.T) {
	s0, cfg0 := openDataInputs()
	base := openDataFiles(t, s0, cfg0, nil)
	id := corrections.ID(&s0.Records[1])
	tests := []struct {
		name   string
		change func(cfg *Config)
		moves  bool
	}{
		{"another reason", func(cfg *Config) { n := cfg.Corrections.Notes[id]; n.Why += "!"; cfg.Corrections.Notes[id] = n }, true},
		{"another clerk", func(cfg *Config) { n := cfg.Corrections.Notes[id]; n.Who = "Hoa"; cfg.Corrections.Notes[id] = n }, false},
		{"no note", func(cfg *Config) { delete(cfg.Corrections.Notes, id) }, true},
		{"no corrections", func(cfg *Config) { cfg.Corrections = nil }, true},
		{"another program", func(cfg *Config) { cfg.Version = "v2" }, true},
		{"another corpus date", func(cfg *Config) { cfg.BuildDate = "2031-01-01" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, cfg := openDataInputs()
			tt.change(&cfg)
			for path, f := range openDataFiles(t, s, cfg, nil) {
				if moved := f.key != base[path].key; moved != tt.moves {
					t.Errorf("%s: key moved %v, want %v", path, moved, tt.moves)
				}
			}
		})
	}
	_, cfg := openDataInputs()
	cfg.Version = ""
	for path, f := range openDataFiles(t, s0, cfg, nil) {
		if f.key != "" {
			t.Errorf("%s: key %q without a program", path, f.key)
		}
	}
}

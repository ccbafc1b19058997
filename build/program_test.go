package build

import (
	"errors"
	"runtime/debug"
	"testing"
)

func TestIdentify(t *testing.T) {
	info := func(settings ...string) *debug.BuildInfo {
		bi := &debug.BuildInfo{GoVersion: "go1.26.8", Path: "github.com/lddt/unionstats/cmd/unionstats"}
		for i := 0; i+1 < len(settings); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return bi
	}
	clean := info("vcs.revision", "abc123", "vcs.modified", "false")
	dirty := info("vcs.revision", "abc123", "vcs.modified", "true")
	unreadable := errors.New("permission denied")
	base := identify(dirty, "exe-1", nil)
	tests := []struct {
		name  string
		id    string
		empty bool // no identity
		same  bool // equal to base
	}{
		{"same build, same executable", identify(dirty, "exe-1", nil), false, true},
		{"same revision and flag, other executable (an edited lexicon)", identify(dirty, "exe-2", nil), false, false},
		{"other revision, same executable digest", identify(info("vcs.revision", "def456", "vcs.modified", "true"), "exe-1", nil), false, false},
		{"no build information", identify(nil, "exe-1", nil), false, false},
		{"clean revision, executable unreadable", identify(clean, "", unreadable), false, false},
		{"modified tree, executable unreadable", identify(dirty, "", unreadable), true, false},
		{"no build information, executable unreadable", identify(nil, "", unreadable), true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if (tt.id == "") != tt.empty {
				t.Fatalf("identity %q, want empty = %v", tt.id, tt.empty)
			}
			if (tt.id == base) != tt.same {
				t.Errorf("equal to the base identity = %v, want %v", tt.id == base, tt.same)
			}
		})
	}
	if id := ProgramID(); len(id) != 64 || id != ProgramID() {
		t.Errorf("ProgramID() = %q, want one 64-digit identity per process", id)
	}
}

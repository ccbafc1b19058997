package build

import (
	"bytes"
	"compress/gzip"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStageClockLogsWallAndCPU(t *testing.T) {
	var buf bytes.Buffer
	c := newStageClock(slog.New(slog.NewTextHandler(&buf, nil)), "")
	c.next("reading")
	c.next("")
	c.done()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d log lines, want 2 (the stage, the build):\n%s", len(lines), buf.String())
	}
	for i, want := range []string{`msg="stage done" stage=reading wall=`, `msg="build done" wall=`} {
		if !strings.Contains(lines[i], want) || !strings.Contains(lines[i], " cpu=") || !strings.Contains(lines[i], " cpu/wall=") {
			t.Errorf("line %d = %q, want %q with cpu= and cpu/wall=", i+1, lines[i], want)
		}
	}
}

func TestStageClockWritesAHeapProfilePerStage(t *testing.T) {
	prefix := filepath.Join(t.TempDir(), "heap")
	c := newStageClock(slog.New(slog.DiscardHandler), prefix)
	c.next("reading")
	c.next("aggregating")
	c.next("")
	for _, name := range []string{"heap.1.pprof", "heap.2.pprof"} {
		f, err := os.Open(filepath.Join(filepath.Dir(prefix), name))
		if err != nil {
			t.Fatal(err)
		}
		// A profile is a gzipped protocol buffer.
		if z, err := gzip.NewReader(f); err != nil {
			t.Errorf("%s: %v", name, err)
		} else if b, err := io.ReadAll(z); err != nil || len(b) == 0 {
			t.Errorf("%s: %d bytes, %v", name, len(b), err)
		}
		f.Close()
	}
	if _, err := os.Stat(prefix + ".3.pprof"); !os.IsNotExist(err) {
		t.Errorf("a third profile for two stages: %v", err)
	}
}

func TestCPUPerWall(t *testing.T) {
	tests := []struct {
		name      string
		cpu, wall time.Duration
		want      string
	}{
		{"both cores", 4 * time.Second, 2 * time.Second, "2.00"},
		{"one core", time.Second, time.Second, "1.00"},
		{"idle", 0, time.Second, "0.00"},
		{"no wall time", time.Second, 0, "0.00"},
	}
	for _, tt := range tests {
		if got := cpuPerWall(tt.cpu, tt.wall); got != tt.want {
			t.Errorf("%s: cpuPerWall(%v, %v) = %s, want %s", tt.name, tt.cpu, tt.wall, got, tt.want)
		}
	}
}

func TestProcessCPUAdvances(t *testing.T) {
	before := processCPU()
	deadline := time.Now().Add(30 * time.Millisecond)
	for n := 0; time.Now().Before(deadline); n++ {
		_ = n * n
	}
	if after := processCPU(); after <= before {
		t.Errorf("processCPU went from %v to %v over 30 ms of busy work", before, after)
	}
}

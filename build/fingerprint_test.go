package build

import (
	"os"
	"path/filepath"
	"testing"
)

func TestUpToDate(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, cfg Config) // after the build is recorded
		print  string                         // the next build's fingerprint
		want   bool
	}{
		{"same inputs", func(*testing.T, Config) {}, "abc", true},
		{"other inputs", func(*testing.T, Config) {}, "abd", false},
		{"no fingerprint", func(*testing.T, Config) {}, "", false},
		{"site moved to another generation", func(t *testing.T, cfg Config) {
			relink(t, cfg.Out, "site.gen/2")
		}, "abc", false},
		{"generation gone", func(t *testing.T, cfg Config) {
			if err := os.RemoveAll(filepath.Join(filepath.Dir(cfg.Out), "site.gen", "1")); err != nil {
				t.Fatal(err)
			}
		}, "abc", false},
		{"record of an older program, without the count", func(t *testing.T, cfg Config) {
			if err := os.WriteFile(lastBuildFile(cfg), []byte("abc\nsite.gen/1\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "abc", false},
		{"no record", func(t *testing.T, cfg Config) {
			if err := os.Remove(lastBuildFile(cfg)); err != nil {
				t.Fatal(err)
			}
		}, "abc", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := Config{Out: filepath.Join(dir, "site")}
			cfg.Cache = filepath.Join(dir, "site.cache", "extract.cache")
			for _, d := range []string{"site.cache", "site.gen/1", "site.gen/2"} {
				if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			relink(t, cfg.Out, "site.gen/1")
			if err := recordBuild(cfg, "abc", 42); err != nil {
				t.Fatal(err)
			}
			tt.change(t, cfg)
			var st Stats
			got := upToDate(cfg, tt.print, &st)
			if got != tt.want {
				t.Fatalf("upToDate = %v, want %v", got, tt.want)
			}
			if got && (!st.UpToDate || st.Files.Unchanged != 42) {
				t.Errorf("stats = %+v, want UpToDate and the 42 files recorded", st)
			}
		})
	}
}

func relink(t *testing.T, link, target string) {
	t.Helper()
	os.Remove(link)
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

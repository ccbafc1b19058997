package output

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

const benchFiles = 100_000

// benchSite returns a site of benchFiles small files in 100 directories.
func benchSite(version int) []File {
	files := make([]File, benchFiles)
	for i := range files {
		files[i] = File{
			Path: fmt.Sprintf("d%02d/f%05d.html", i%100, i),
			Data: fmt.Appendf(nil, "<p>file %d of version %d</p>\n", i, version),
		}
	}
	return files
}

func benchPublish(b *testing.B, dir string, files []File) Stats {
	st, err := Publish(context.Background(), dir, files, PublishOptions{})
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkPublish publishes 100,000 small files over an existing site:
// with one file changed, with every file changed, and with none.
func BenchmarkPublish(b *testing.B) {
	b.Run("one-changed", func(b *testing.B) {
		dir := filepath.Join(b.TempDir(), "site")
		files := benchSite(0)
		benchPublish(b, dir, files)
		v := 0
		for b.Loop() {
			v++
			files[0].Data = fmt.Appendf(nil, "version %d", v)
			if st := benchPublish(b, dir, files); st.Written != 1 {
				b.Fatalf("Stats = %+v, want one written", st)
			}
		}
	})
	b.Run("all-changed", func(b *testing.B) {
		dir := filepath.Join(b.TempDir(), "site")
		benchPublish(b, dir, benchSite(0))
		v := 0
		for b.Loop() {
			v++
			benchPublish(b, dir, benchSite(v))
		}
	})
	b.Run("none-changed", func(b *testing.B) {
		dir := filepath.Join(b.TempDir(), "site")
		files := benchSite(0)
		benchPublish(b, dir, files)
		for b.Loop() {
			benchPublish(b, dir, files)
		}
	})
}

// benchCache fills a cache at path with 100,000 entries of 5 KB payloads.
func benchCache(b *testing.B, path string) *Cache {
	c, _, err := OpenCache(path, "bench")
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.NewChaCha8([32]byte{})
	for i := range 100_000 {
		payload := make([]byte, 5000)
		rng.Read(payload)
		c.Put(fmt.Sprintf("%d/%06d.html", 2000+i%25, i), Entry{Size: int64(i), ModTime: int64(i) << 20, Hash: fmt.Sprintf("%064x", i), Payload: string(payload)})
	}
	return c
}

func fileSize(b *testing.B, path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return fi.Size()
}

func BenchmarkCacheSave(b *testing.B) {
	path := filepath.Join(b.TempDir(), "extract.cache")
	c := benchCache(b, path)
	if err := c.Save(); err != nil {
		b.Fatal(err)
	}
	b.Run("all", func(b *testing.B) {
		b.SetBytes(fileSize(b, path))
		for b.Loop() {
			if err := c.compact(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("one-changed", func(b *testing.B) {
		i := 0
		for b.Loop() {
			i++
			c.Put("2000/000000.html", Entry{Hash: fmt.Sprint(i), Payload: fmt.Sprint("payload ", i)})
			if err := c.Save(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkCacheOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "extract.cache")
	if err := benchCache(b, path).Save(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fileSize(b, path))
	for b.Loop() {
		c, warnings, err := OpenCache(path, "bench")
		if err != nil || len(warnings) > 0 || len(c.entries) != 100_000 {
			b.Fatalf("OpenCache: %d entries, %q, %v", len(c.entries), warnings, err)
		}
	}
}

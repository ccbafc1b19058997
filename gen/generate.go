package gen

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

// Stats summarises a generated corpus.
type Stats struct {
	Articles int   // articles written
	Records  int   // gold records written
	Bytes    int64 // bytes of article text written
}

// chunkSize is how many consecutive articles one worker generates at a time.
const chunkSize = 128

// chunk is the output of one chunk of articles, handed to the gold writer.
type chunk struct {
	gold    []byte
	records int
	bytes   int64
}

// Generate writes opts.Articles articles to dir/corpus/<yyyy>/<nnnnnn>.txt and
// their gold records, in article order, to dir/gold.jsonl. Articles are
// generated in parallel; the output depends only on opts.
func Generate(ctx context.Context, dir string, opts Options) (Stats, error) {
	opts, err := opts.normalize()
	if err != nil {
		return Stats{}, fmt.Errorf("generate: %w", err)
	}
	corpus := filepath.Join(dir, "corpus")
	for y := opts.Start; y <= opts.End; y++ {
		if err := os.MkdirAll(filepath.Join(corpus, strconv.Itoa(y)), 0o755); err != nil {
			return Stats{}, fmt.Errorf("generate: %w", err)
		}
	}
	goldPath := filepath.Join(dir, "gold.jsonl")
	f, err := os.Create(goldPath)
	if err != nil {
		return Stats{}, fmt.Errorf("generate: %w", err)
	}
	stats, err := generate(ctx, corpus, f, opts)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("generate: close %s: %w", goldPath, cerr)
	}
	return stats, err
}

func generate(ctx context.Context, corpus string, gold *os.File, opts Options) (Stats, error) {
	n := (opts.Articles + chunkSize - 1) / chunkSize
	results := make([]chan chunk, n)
	for k := range results {
		results[k] = make(chan chunk, 1)
	}
	workers := runtime.GOMAXPROCS(0)
	tokens := make(chan struct{}, 2*workers) // chunks in flight, bounds memory
	var next atomic.Int64
	g, ctx := errgroup.WithContext(ctx)
	for range workers {
		g.Go(func() error {
			for {
				select {
				case tokens <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				k := int(next.Add(1) - 1)
				if k >= n {
					return nil
				}
				c, err := writeChunk(ctx, corpus, k, opts)
				if err != nil {
					return err
				}
				results[k] <- c
			}
		})
	}
	var stats Stats
	g.Go(func() error {
		for k := range n {
			var c chunk
			select {
			case c = <-results[k]:
			case <-ctx.Done():
				return ctx.Err()
			}
			if _, err := gold.Write(c.gold); err != nil {
				return fmt.Errorf("generate: write gold: %w", err)
			}
			stats.Records += c.records
			stats.Bytes += c.bytes
			<-tokens
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return Stats{}, err
	}
	stats.Articles = opts.Articles
	return stats, nil
}

// writeChunk generates articles [k*chunkSize, (k+1)*chunkSize), writes their
// files and returns their gold lines.
func writeChunk(ctx context.Context, corpus string, k int, opts Options) (chunk, error) {
	c := chunk{gold: make([]byte, 0, chunkSize*8<<10)}
	for i := k * chunkSize; i < min((k+1)*chunkSize, opts.Articles); i++ {
		if err := ctx.Err(); err != nil {
			return c, err
		}
		name, text, recs := Article(articleRand(opts.Seed, i), i, opts)
		path := filepath.Join(corpus, filepath.FromSlash(name))
		if err := os.WriteFile(path, text, 0o644); err != nil {
			return c, fmt.Errorf("generate: %w", err)
		}
		for j := range recs {
			c.gold = recs[j].appendJSON(c.gold)
			c.gold = append(c.gold, '\n')
		}
		c.records += len(recs)
		c.bytes += int64(len(text))
	}
	return c, nil
}

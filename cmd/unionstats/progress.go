package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress draws a one-line progress bar on a terminal; a nil *progress (no
// terminal, or -q) draws nothing.
type progress struct {
	w     io.Writer
	mu    sync.Mutex
	name  string
	count int
	total int
	last  time.Time
}

func newProgress(w io.Writer, enabled bool) *progress {
	if !enabled {
		return nil
	}
	return &progress{w: w}
}

func (p *progress) Stage(name string, total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.name, p.count, p.total = name, 0, total
	p.draw()
}

func (p *progress) Tick() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.count++
	if time.Since(p.last) > 100*time.Millisecond || p.count == p.total {
		p.draw()
	}
}

func (p *progress) draw() {
	p.last = time.Now()
	if p.total == 0 {
		fmt.Fprintf(p.w, "\r\033[K%s…", p.name)
		return
	}
	const width = 30
	filled := width * p.count / p.total
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = '.'
		if i < filled {
			bar[i] = '#'
		}
	}
	fmt.Fprintf(p.w, "\r\033[K%-11s [%s] %d/%d", p.name, bar, p.count, p.total)
}

func (p *progress) done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\033[K")
}

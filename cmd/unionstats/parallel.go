package main

import (
	"context"
	"runtime"
	"sync"
)

// parallel calls fn(i) for i in [0, n) on up to jobs goroutines (one per
// CPU when jobs ≤ 0), stopping early when ctx is done.
func parallel(ctx context.Context, n, jobs int, fn func(i int)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(jobs, max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

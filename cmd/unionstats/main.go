// Command unionstats turns an archive of trade-union news articles into
// annual statistics: a static report site, Excel workbooks and open data.
//
// Exit codes: 0 success, 1 the build failed, 2 bad usage or unusable input.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"golang.org/x/sys/unix"
)

func main() {
	limitMemory()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}

// usageError marks bad usage or unusable input (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	fmt.Fprintln(os.Stderr, "unionstats:", err)
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

// limitMemory gives the garbage collector a soft memory limit of half the
// machine's memory, unless GOMEMLIMIT sets one: a very large corpus then
// makes the collector work harder instead of the process running out of
// memory.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var info unix.Sysinfo_t
	if unix.Sysinfo(&info) != nil || info.Totalram == 0 {
		return
	}
	debug.SetMemoryLimit(int64(info.Totalram) * int64(info.Unit) / 2)
}

package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// ErrLocked means another build holds the lock of the output directory.
var ErrLocked = errors.New("another build holds the lock")

// Lock takes the build lock of the site at dir: an flock(2) on dir.lock,
// which then holds this process's PID. If another process holds it, Lock
// fails with an error wrapping [ErrLocked] and naming that process, or, if
// wait, retries until the lock is free or ctx is done. The lock is released
// by unlock or when the process exits, however it exits.
func Lock(ctx context.Context, dir string, wait bool) (unlock func() error, err error) {
	path := filepath.Clean(dir) + ".lock"
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("output directory %s is not writable: %w", filepath.Dir(path), err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock: %w", err)
	}
	fd := int(f.Fd())
	delay := 10 * time.Millisecond
	for {
		err := unix.Flock(fd, unix.LOCK_EX|unix.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, unix.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if !wait {
			holder := lockHolder(f)
			f.Close()
			return nil, fmt.Errorf("output directory %s: %w %s (%s)", dir, ErrLocked, path, holder)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("waiting for lock %s: %w", path, context.Cause(ctx))
		case <-time.After(delay):
		}
		delay = min(2*delay, time.Second)
	}
	pid := []byte(strconv.Itoa(os.Getpid()) + "\n")
	err = f.Truncate(0)
	if err == nil {
		_, err = f.WriteAt(pid, 0)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("write lock %s: %w", path, err)
	}
	return sync.OnceValue(func() error {
		// Clear the PID first, while the lock still excludes others. The file
		// itself stays: removing it would let two processes lock different
		// files of the same name.
		truncErr := f.Truncate(0)
		if err := f.Close(); err != nil { // closing releases the flock
			return fmt.Errorf("unlock %s: %w", path, err)
		}
		if truncErr != nil {
			return fmt.Errorf("unlock %s: %w", path, truncErr)
		}
		return nil
	}), nil
}

// lockHolder describes the process named in a lock file.
func lockHolder(f *os.File) string {
	buf := make([]byte, 32)
	n, _ := f.ReadAt(buf, 0)
	if pid, err := strconv.Atoi(string(bytes.TrimSpace(buf[:n]))); err == nil {
		return "pid " + strconv.Itoa(pid)
	}
	return "pid unknown"
}

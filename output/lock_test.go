package output

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLock(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	ctx := context.Background()
	unlock, err := Lock(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(dir + ".lock"); err != nil || string(data) != fmt.Sprintln(os.Getpid()) {
		t.Errorf("lock file holds %q, %v; want our PID", data, err)
	}

	_, err = Lock(ctx, dir, false)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Lock: %v, want ErrLocked", err)
	}
	if want := fmt.Sprintf("(pid %d)", os.Getpid()); !strings.Contains(err.Error(), want) {
		t.Errorf("second Lock: %q does not name the holder %s", err, want)
	}

	done := make(chan error)
	go func() {
		unlock, err := Lock(ctx, dir, true)
		if err == nil {
			err = unlock()
		}
		done <- err
	}()
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Errorf("waiting Lock: %v", err)
	}
	if err := unlock(); err != nil {
		t.Errorf("second unlock: %v", err)
	}
}

func TestLockWaitCanceled(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	unlock, err := Lock(context.Background(), dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Lock(ctx, dir, true); !errors.Is(err, context.Canceled) {
		t.Errorf("Lock with a canceled context: %v, want context.Canceled", err)
	}
}

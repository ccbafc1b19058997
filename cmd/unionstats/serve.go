package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/pflag"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := fs.String("dir", "public", "built site directory")
	usage := "Usage: unionstats serve [--addr HOST:PORT] [--dir DIR]\n\nPreview a built site on a local address until interrupted.\n\n"
	if done, err := parseFlags(fs, args, usage, stdout, stderr); done {
		return err
	}
	root, err := filepath.EvalSymlinks(*dir)
	if err != nil {
		return usagef("serve: site %s: %w (run unionstats build first)", *dir, err)
	}
	if _, err := os.Stat(filepath.Join(root, "index.html")); err != nil {
		return usagef("serve: %s holds no built site (run unionstats build first)", *dir)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(*dir)), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "Serving %s on http://%s/ (Ctrl-C to stop)\n", *dir, ln.Addr())
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

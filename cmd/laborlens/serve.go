package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/laborlens/laborlens/internal/server"
	"github.com/laborlens/laborlens/web"
)

// serve runs the HTTP server until ctx ends, then shuts down gracefully.
func serve(ctx context.Context, args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	data := fs.String("data", "", "dataset file (JSON or CSV) to serve instead of the shipped one")
	ancestors := fs.String("frame-ancestors", "", "space-separated origins allowed to frame /embed/ views (default: any)")
	domain := fs.String("domain", "", "public host name for link previews (default: the listen address)")
	if err := envFlags(fs); err != nil {
		return err
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	d, err := loadDataset(*data)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if *domain == "" {
		*domain = ln.Addr().String()
	}
	s, err := server.New(d, web.FS, server.Config{FrameAncestors: strings.Fields(*ancestors), Domain: *domain})
	if err != nil {
		ln.Close()
		return err
	}
	srv := &http.Server{
		Handler:           server.LogRequests(s, log),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("serving LaborLens", "url", "http://"+ln.Addr().String(), "version", s.Version, "events", len(d.Events))
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

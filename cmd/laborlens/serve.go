package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"time"

	"github.com/laborlens/laborlens/internal/server"
	"github.com/laborlens/laborlens/web"
)

// setMemoryLimit bounds the heap to mib MiB unless GOMEMLIMIT says
// otherwise. At 100,000 events the live heap is about 400 MB and Go's
// default lets it double before collecting: the limit keeps the process
// under 1 GB while it renders pages for several visitors at once.
func setMemoryLimit(mib int) {
	if os.Getenv("GOMEMLIMIT") != "" || mib == 0 {
		return
	}
	debug.SetMemoryLimit(int64(mib) << 20)
}

// serve runs the HTTP server until ctx ends, then shuts down gracefully.
func serve(ctx context.Context, args []string, log *slog.Logger) (err error) {
	fs := newSiteFlags("serve", "serve", " (default: the listen address)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	ancestors := fs.String("frame-ancestors", "", "space-separated origins allowed to frame /embed/ views (default: any)")
	hsts := fs.Duration("hsts", 0, "send Strict-Transport-Security with this max-age, e.g. 8760h; only when LaborLens is reached over HTTPS (default: off)")
	memory := fs.Int("memory-limit", 768, "soft limit of the Go heap, in MiB, that the garbage collector works to stay under (0: none; GOMEMLIMIT, when set, wins)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if *memory < 0 {
		return fmt.Errorf("-memory-limit %d: want MiB, 0 or more", *memory)
	}
	setMemoryLimit(*memory)
	data, domain := fs.data, fs.domain
	origins, err := server.ParseFrameAncestors(*ancestors)
	if err != nil {
		return err
	}
	if *hsts < 0 {
		return fmt.Errorf("-hsts %v: want a duration of 0 (off) or more", *hsts)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if *domain == "" {
		*domain = ln.Addr().String()
	}
	cfg := server.Config{FrameAncestors: origins, Domain: *domain, HSTS: *hsts}
	var (
		handler http.Handler
		version string
		events  int
	)
	d, err := loadDataset(*data)
	if err == nil {
		var s *server.Server
		if s, err = server.New(d, web.FS, cfg); err != nil {
			ln.Close()
			return err
		}
		handler, version, events = s, s.Version, len(d.Events)
	} else {
		// A missing, unreadable or invalid dataset must not leave visitors
		// hanging on a closed port: every request gets a page that says
		// what is wrong, /healthz fails, and the error ends the process
		// when it stops.
		log.Error("cannot serve the dataset", "data", *data, "err", err)
		handler = server.Unavailable(err, cfg)
		defer func(e error) {
			if err == nil {
				err = e
			}
		}(err)
	}
	srv := &http.Server{
		Handler:           server.LogRequests(handler, log),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("serving LaborLens", "url", "http://"+ln.Addr().String(), "version", version, "events", events)
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

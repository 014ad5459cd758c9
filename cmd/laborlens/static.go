package main

import (
	"fmt"
	"io"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/internal/server"
	"github.com/laborlens/laborlens/internal/static"
	"github.com/laborlens/laborlens/web"
)

// exportStatic writes the explorer as a static site.
func exportStatic(args []string, stdout io.Writer) error {
	fs := newSiteFlags("static", "export", "")
	out := fs.String("out", "dist", "directory to write the site to")
	if err := fs.parse(args); err != nil {
		return err
	}
	d, err := loadDataset(*fs.data)
	if err != nil {
		return err
	}
	s, err := server.New(d, web.FS, server.Config{Domain: *fs.domain})
	if err != nil {
		return err
	}
	pages := ui.Pages()
	if err := static.Export(*out, s, pages); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d pages of %d events to %s (version %s)\n", len(pages), len(d.Events), *out, s.Version)
	return nil
}

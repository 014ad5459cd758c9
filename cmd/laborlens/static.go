package main

import (
	"flag"
	"fmt"
	"io"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/internal/server"
	"github.com/laborlens/laborlens/internal/static"
	"github.com/laborlens/laborlens/web"
)

// exportStatic writes the explorer as a static site.
func exportStatic(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	out := fs.String("out", "dist", "directory to write the site to")
	data := fs.String("data", "", "dataset file (JSON or CSV) to export instead of the shipped one")
	domain := fs.String("domain", "", "public host name for link previews")
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
	s, err := server.New(d, web.FS, server.Config{Domain: *domain})
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

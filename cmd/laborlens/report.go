package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"

	"github.com/laborlens/laborlens/internal/report"
)

// reportCmd prints the dataset's figures (make data-report).
func reportCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	gaps := fs.String("gaps", "", "a peer_gaps.tsv list of peer actions to match (skipped if the file is absent)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: laborlens report [-gaps peer_gaps.tsv] [DATASET]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	d, err := loadDataset(fs.Arg(0))
	if err != nil {
		return err
	}
	report.Compute(d).Write(stdout)
	if *gaps == "" {
		return nil
	}
	f, err := os.Open(*gaps)
	if errors.Is(err, iofs.ErrNotExist) {
		fmt.Fprintf(stdout, "peer actions: %s not found; coverage not measured\n", *gaps)
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	list, err := report.ReadGaps(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *gaps, err)
	}
	report.Cover(d, list).Write(stdout, *gaps)
	return nil
}

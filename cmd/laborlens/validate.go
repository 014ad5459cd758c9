package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/laborlens/laborlens/dataset"
)

// validate checks each file and prints every problem on its own line.
func validate(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprintln(fs.Output(), "usage: laborlens validate FILE...") }
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("validate: no file given")
	}
	failed := 0
	for _, name := range fs.Args() {
		d, warnings, err := dataset.CheckFile(name)
		if err != nil {
			failed++
			var probs dataset.Problems
			if errors.As(err, &probs) {
				for _, p := range probs {
					fmt.Fprintln(stdout, p.String())
				}
				fmt.Fprintf(stdout, "%s: %d problems\n", name, len(probs))
			} else {
				fmt.Fprintln(stdout, err)
			}
			continue
		}
		for _, w := range warnings {
			fmt.Fprintln(stdout, w.String())
		}
		fmt.Fprintf(stdout, "%s: ok, %d events, %d organizations, %d facilities",
			name, len(d.Events), len(d.Organizations), len(d.Facilities))
		switch len(warnings) {
		case 0:
		case 1:
			fmt.Fprint(stdout, ", 1 warning")
		default:
			fmt.Fprintf(stdout, ", %d warnings", len(warnings))
		}
		fmt.Fprintln(stdout)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files have problems", failed, fs.NArg())
	}
	return nil
}

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/laborlens/laborlens/dataset"
)

// snapshot prints the snapshot of a release (its event ids and content
// hashes) as JSON: committed as embed/previous.json when a release is
// made, it lets the next one say what it added, changed and removed.
func snapshot(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("snapshot", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprintln(fs.Output(), "usage: laborlens snapshot [DATASET] > embed/previous.json") }
	if err := fs.Parse(args); err != nil {
		return err
	}
	d, err := loadDataset(fs.Arg(0))
	if name := fs.Arg(0); err != nil && name != "" {
		// An older release may break a rule added since: read it as it
		// is, without validating.
		b, rerr := os.ReadFile(name)
		if rerr != nil {
			return rerr
		}
		if d, err = dataset.ParseFragment(name, b); err != nil {
			return err
		}
	}
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(dataset.Snap(d), "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "%s\n", b)
	return err
}

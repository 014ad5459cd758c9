package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/laborlens/laborlens/internal/merge"
)

// mergeCmd adds the records of fragment files to a dataset file; see
// internal/merge. It writes nothing if the result would not validate.
func mergeCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	into := fs.String("into", "embed/dataset.json", "the dataset file to add to")
	drop := fs.Bool("drop", false, "leave out new records with problems instead of refusing to merge")
	version := fs.String("version", "", "set meta.version")
	updated := fs.String("updated", "", "set meta.updated (YYYY-MM-DD)")
	dry := fs.Bool("n", false, "report what would be merged, write nothing")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: laborlens merge [-into FILE] [-drop] [-version V] [-updated YYYY-MM-DD] [-n] FRAGMENT.json...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 && *version == "" && *updated == "" {
		fs.Usage()
		return errors.New("merge: no fragment given")
	}
	base, err := os.ReadFile(*into)
	if err != nil {
		return err
	}
	var frags []merge.Fragment
	for _, name := range fs.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		frags = append(frags, merge.Fragment{Name: name, Data: b})
	}
	res, err := merge.Merge(*into, base, frags, merge.Options{Drop: *drop, Version: *version, Updated: *updated})
	if err != nil {
		return err
	}
	for _, line := range res.Report {
		fmt.Fprintln(stdout, line)
	}
	if len(res.Problems) > 0 {
		for _, p := range res.Problems {
			fmt.Fprintln(stdout, p)
		}
		return fmt.Errorf("merge: %d problems; %s not written", len(res.Problems), *into)
	}
	if *dry {
		fmt.Fprintf(stdout, "%s: would add %d records (not written: -n)\n", *into, res.Added)
		return nil
	}
	if err := writeAtomic(*into, res.Out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: added %d records\n", *into, res.Added)
	return nil
}

// writeAtomic replaces the file at path with b, never leaving half a file.
func writeAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".merge-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if fi, err := os.Stat(path); err == nil {
		os.Chmod(tmp.Name(), fi.Mode().Perm())
	}
	return os.Rename(tmp.Name(), path)
}

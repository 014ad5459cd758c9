package main

import (
	"flag"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
)

// siteFlags are the flags of the two commands that build the site, serve
// and static: the dataset to build it from and the public host name. Each
// also takes its value from the environment (see envFlags).
type siteFlags struct {
	*flag.FlagSet
	data, domain *string
}

// newSiteFlags declares them for command cmd, which does verb to the
// dataset; domainHelp says what the domain is when it is not given.
func newSiteFlags(cmd, verb, domainHelp string) siteFlags {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	return siteFlags{
		FlagSet: fs,
		data:    fs.String("data", "", "dataset file (JSON or CSV) to "+verb+" instead of the shipped one"),
		domain:  fs.String("domain", "", "public host name for link previews"+domainHelp),
	}
}

// parse sets the flags from the environment, then from args, which win.
func (f siteFlags) parse(args []string) error {
	if err := envFlags(f.FlagSet); err != nil {
		return err
	}
	return f.Parse(args)
}

// loadDataset reads the dataset at path, or the shipped one when path is "".
func loadDataset(path string) (*dataset.Dataset, error) {
	if path == "" {
		return embed.Dataset()
	}
	return dataset.ParseFile(path)
}

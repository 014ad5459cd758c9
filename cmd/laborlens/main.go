// Command laborlens serves the LaborLens explorer, exports it as a static
// site, and validates datasets.
//
//	laborlens serve    [-addr 127.0.0.1:8080] [-data FILE] [-frame-ancestors ORIGINS]
//	laborlens static   [-out dist] [-data FILE]
//	laborlens validate FILE...
//	laborlens merge    [-into FILE] [-drop] [-version V] [-updated DATE] FRAGMENT...
//	laborlens report   [-gaps peer_gaps.tsv] [FILE]
//	laborlens snapshot [FILE]
//
// Every flag can also be set by an environment variable: LABORLENS_ADDR,
// LABORLENS_DATA, LABORLENS_FRAME_ANCESTORS, LABORLENS_DOMAIN, LABORLENS_HSTS,
// LABORLENS_MEMORY_LIMIT, LABORLENS_OUT.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "laborlens:", err)
		}
		os.Exit(1)
	}
}

const usage = `usage: laborlens <command> [flags]

commands:
  serve      serve the explorer over HTTP
  static     write the explorer as a static site
  validate   check dataset files (JSON or CSV) and print every problem
  merge      add the new records of fragment files to a dataset file
  report     print the dataset's figures (make data-report)
  snapshot   print a release's event ids and content hashes (embed/previous.json)
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command given")
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	switch args[0] {
	case "serve":
		return serve(ctx, args[1:], logger)
	case "static":
		return exportStatic(args[1:], stdout)
	case "validate":
		return validate(args[1:], stdout)
	case "merge":
		return mergeCmd(args[1:], stdout)
	case "report":
		return reportCmd(args[1:], stdout)
	case "snapshot":
		return snapshot(args[1:], stdout)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

// envFlags gives each flag of fs the value of its environment variable
// (LABORLENS_ + the flag name in upper case, dashes as underscores) as its
// default, so a flag on the command line still wins.
func envFlags(fs *flag.FlagSet) error {
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		name := "LABORLENS_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v, ok := os.LookupEnv(name); ok && err == nil {
			if e := f.Value.Set(v); e != nil {
				err = fmt.Errorf("%s: %w", name, e)
			}
			f.DefValue = v
		}
	})
	return err
}

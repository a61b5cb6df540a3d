// Chronomap maps the events that English news articles about conflicts
// report: what happened, where, when, and who claims or denies it.
//
//	chronomap [FILE|FOLDER|GEOJSON...]  open the window on these articles
//	chronomap --screenshot FILE [--size WxH] [PATH...]
//	                                    write a picture of the window as PNG
//	chronomap extract [flags] PATH...   write the events as GeoJSON, without a window
//
// Run `chronomap -h` or `chronomap extract -h` for the details.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chronomap/chronomap/app"
	"github.com/chronomap/chronomap/app/quietinit"
	"github.com/chronomap/chronomap/data/atomicfile"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/gpkg"
	"github.com/chronomap/chronomap/geo"
)

const usage = `Chronomap maps the events that English news articles about conflicts
report: what happened, where, when, and who claims or denies it.

Usage:
  chronomap [FILE|FOLDER|GEOJSON...]  open the window on these articles
  chronomap --screenshot FILE [--size WxH] [PATH...]
                                      open the window, write a picture of it
                                      as PNG once the events are drawn, exit
  chronomap extract [flags] PATH...   write the events as GeoJSON, without a window
  chronomap extract -h                explain extract and its flags

Articles are UTF-8 text files (*.txt in folders). A first line such as
" date 2020-11-07" gives an article's publication date, against which
"on Monday" or "last week" are resolved. A .geojson or .json file is an events
layer that chronomap extract wrote. With no paths, the window opens the sample
articles. --size is the window's size for --screenshot, 1400x900 by default.
`

const extractUsage = `Usage: chronomap extract [-o FILE] [--layer events|places] [--date YYYY-MM-DD] PATH...

Reads news articles and writes what they report as a GeoJSON FeatureCollection
(RFC 7946), one feature a line, in the order of the articles.

PATH is a text file, a folder (its *.txt files, in all subfolders, in name
order), or - for standard input (named "stdin" in the output). Flags may come
before or after the paths.

Flags:
  -o FILE       write to FILE instead of standard output (-o - is standard
                output). FILE is replaced only when the run ends; if it fails,
                is stopped, or no article could be read, an existing FILE is
                left as it was. A device or a pipe, such as /dev/null, is
                written as the run goes.
                A FILE named *.gpkg is written as a GeoPackage (OGC, SQLite)
                that holds both layers, the reports and the articles.
  --layer NAME  events (the default): one point per event, with its date
                window, type, place, actors, claims and casualties;
                places: one point per place an article names, with its
                mentions.
  --date DAY    the publication date (YYYY-MM-DD) of articles that have no
                " date YYYY-MM-DD" first line; an article's own line wins.

A file that cannot be read (missing, binary, not UTF-8, empty) is named on
standard error with the reason and skipped; the other articles are still
written.

Ctrl-C (SIGINT), SIGTERM and SIGHUP stop the run at once, whatever it is
doing, and leave an existing FILE as it was. Until FILE is replaced, the run
writes beside it, to .FILE.NUMBER.tmp; if the run is killed outright (kill
-9), the next run that writes FILE removes that file.

Exit status: 0 when every article was read; 1 when some could not be, or the
output could not be written; 2 for a usage error; 130, 143 or 129 when
stopped by SIGINT, SIGTERM or SIGHUP.

Examples:
  chronomap extract -o events.geojson articles/
  chronomap extract --layer places -o places.geojson articles/
  chronomap extract -o events.gpkg articles/
  chronomap extract --date 2020-11-07 - < article.txt
`

// openWindow opens the desktop window, and takeScreenshot writes its
// picture; tests replace them.
var (
	openWindow     = app.Run
	takeScreenshot = app.Screenshot
)

func main() {
	quietinit.Restore()
	stderr := exitOnSignal(os.Stderr)
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, stderr))
}

// run is the whole command: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "extract":
			return offMainThread(func() int { return runExtract(ctx, args[1:], stdin, stdout, stderr) })
		case "-h", "-help", "--help", "help":
			fmt.Fprint(stdout, usage)
			return 0
		}
	}
	f, err := parseWindow(args)
	if err != nil {
		fmt.Fprintf(stderr, "chronomap: %v\nRun 'chronomap -h' for usage.\n", err)
		return 2
	}
	if f.screenshot != "" {
		err = takeScreenshot(f.paths, f.screenshot, f.width, f.height)
	} else {
		err = openWindow(f.paths)
	}
	if err != nil {
		fmt.Fprintf(stderr, "chronomap: %v\n", err)
		return 1
	}
	return 0
}

// windowFlags are the settings of the window: where to write its picture,
// if anywhere, and at what size.
type windowFlags struct {
	screenshot    string
	width, height int
	paths         []string
}

func parseWindow(args []string) (windowFlags, error) {
	f := windowFlags{width: 1400, height: 900}
	fs := flag.NewFlagSet("chronomap", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.screenshot, "screenshot", "", "")
	size := ""
	fs.StringVar(&size, "size", "", "")
	if err := fs.Parse(args); err != nil {
		return f, err
	}
	f.paths = fs.Args()
	if size == "" {
		return f, nil
	}
	if f.screenshot == "" {
		return f, errors.New("--size goes with --screenshot")
	}
	if _, err := fmt.Sscanf(size, "%dx%d", &f.width, &f.height); err != nil || f.width < 200 || f.height < 150 || f.width > 8000 || f.height > 8000 {
		return f, fmt.Errorf("--size %q: want WIDTHxHEIGHT in pixels, such as 1400x900, from 200x150 to 8000x8000", size)
	}
	return f, nil
}

// extractFlags are the settings of `chronomap extract`.
type extractFlags struct {
	out   string
	layer string
	date  *time.Time
	paths []string
}

func parseExtract(args []string) (extractFlags, error) {
	f := extractFlags{layer: "events"}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.out, "o", "", "")
	fs.StringVar(&f.layer, "layer", f.layer, "")
	fs.Func("date", "", func(s string) error {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return errors.New("want a day as YYYY-MM-DD")
		}
		f.date = &d
		return nil
	})
	// The flag package stops at the first path: parse again after each one,
	// so that flags may follow paths too.
	for {
		if err := fs.Parse(args); err != nil {
			return f, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			f.paths = append(f.paths, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		f.paths = append(f.paths, rest[0])
		args = rest[1:]
	}
	switch {
	case f.layer != "events" && f.layer != "places":
		return f, fmt.Errorf("--layer %q: want events or places", f.layer)
	case len(f.paths) == 0:
		return f, errors.New("no articles: give files, folders, or - for standard input")
	}
	return f, nil
}

// offMainThread runs f on a goroutine of its own and returns what it
// returns. Fyne's driver locks the main goroutine to the main thread (the
// windowing system wants it); extraction hands each article's result to the
// goroutine that runs it, and waking a locked thread for each of them
// halves the throughput of a large folder.
func offMainThread(f func() int) int {
	code := make(chan int)
	go func() { code <- f() }()
	return <-code
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f, err := parseExtract(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, extractUsage)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "chronomap extract: %v\nRun 'chronomap extract -h' for usage.\n", err)
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "chronomap: %v\n", err)
		return 1
	}
	out := stdout
	var file *atomicfile.File
	var gw *gpkg.Writer // for -o NAME.gpkg, which holds both layers
	if strings.EqualFold(filepath.Ext(f.out), ".gpkg") {
		if gw, err = gpkg.Create(f.out); err != nil {
			return fail(err)
		}
		defer gw.Abort()
	} else if f.out != "" && f.out != "-" {
		if file, err = atomicfile.Create(f.out); err != nil {
			return fail(err)
		}
		defer file.Abort()
		out = file
	}
	gaz, err := geo.Default()
	if err != nil {
		return fail(fmt.Errorf("loading the gazetteer: %w", err))
	}

	fw := geojson.NewFeatureWriter(out)
	read, failed := 0, 0
	batch := extract.Batch{Extractor: extract.NewExtractor(gaz), DefaultDate: f.date, Stdin: stdin}
	err = batch.Run(ctx, f.paths, func(r extract.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintf(stderr, "chronomap: %v\n", r.Err)
			return nil
		}
		if r.Warning != nil {
			fmt.Fprintf(stderr, "chronomap: warning: %v\n", r.Warning)
		}
		read++
		if gw != nil {
			gw.WriteArticle(r.Path, r.Article)
			gw.WriteEvents(r.Events...)
			return gw.WritePlaces(r.Places...)
		}
		if f.layer == "places" {
			return fw.WritePlaces(r.Places...)
		}
		return fw.WriteEvents(r.Events...)
	})
	switch {
	case err != nil:
		return fail(err)
	// With no article read, an empty collection would replace a good -o file
	// for a run that went wrong: write nothing.
	case read == 0 && failed == 0:
		return fail(errors.New("no articles found (folders are searched for *.txt files); nothing written"))
	case read == 0:
		return fail(errors.New("no article could be read; nothing written"))
	}
	if gw != nil {
		err = gw.Close()
	} else {
		err = fw.Close()
	}
	if err != nil {
		return fail(err)
	}
	if file != nil {
		if err := file.Commit(); err != nil {
			return fail(err)
		}
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "chronomap: %d of %d articles could not be read; the others were written\n", failed, failed+read)
		return 1
	}
	return 0
}

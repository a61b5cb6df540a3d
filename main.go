// Chronomap maps the events that English news articles about conflicts
// report: what happened, where, when, and who claims or denies it.
//
//	chronomap [FILE|FOLDER|LAYER...]    open the window on these articles and layers
//	chronomap --screenshot FILE [--size WxH] [PATH...]
//	                                    write a picture of the window as PNG
//	chronomap --animate FILE [flags] [PATH...]
//	                                    write the map playing as an animated GIF
//	chronomap extract [flags] PATH...   write the events (GeoJSON, JSON Lines, CSV,
//	                                    KML, GeoPackage), without a window
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
	"sync/atomic"
	"time"

	"github.com/chronomap/chronomap/app"
	"github.com/chronomap/chronomap/app/quietinit"
	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/extract"
	tl "github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/geo"
)

const usage = `Chronomap maps the events that English news articles about conflicts
report: what happened, where, when, and who claims or denies it.

Usage:
  chronomap [FILE|FOLDER|LAYER...]    open the window on these articles and layers
  chronomap --screenshot FILE [--size WxH] [PATH...]
                                      open the window, write a picture of it
                                      as PNG once the events are drawn, exit
  chronomap --animate FILE [--from DAY] [--to DAY] [--mode MODE] [--speed N]
            [--size WxH] [--scale N] [--title TEXT] [--frames] [PATH...]
                                      write the map playing through the days
                                      as an animated GIF, without a window
  chronomap extract [flags] PATH...   write the events (GeoJSON, JSON Lines,
                                      CSV, KML, GeoPackage), without a window
  chronomap extract -h                explain extract and its flags

Articles are UTF-8 text files (*.txt in folders). A first line such as
" date 2020-11-07" gives an article's publication date, against which
"on Monday" or "last week" are resolved. A .geojson or .json file is an events
layer (chronomap extract's, or another tool's points), a .csv file events in
ACLED's layout, and a .gpkg file a workspace. With no paths, the sample
articles are opened. --size is the window's size for
--screenshot, 1400x900 by default.

--animate draws each frame as Export Map as Figure does (the map framed on the
events, the legend, a scale bar, the credits, --title above and the frame's
days under it) and needs no display:
  --from DAY, --to DAY  the days to play through (YYYY-MM-DD), both included;
                        by default the first and the last day of the events
  --mode MODE           the timeline's window: day (the default), 3days, week,
                        month or cumulative. The playhead moves a window at a
                        time (a day when cumulative), so 45 days are 45 frames
                        by day, 7 by week; the last frame ends on --to.
  --speed N             days a second, 2 by default (a week frame shows 3.5 s);
                        the last frame shows 2 s longer
  --size WxH            the figure in units, 1280x720 by default
  --scale N             pixels per unit, 1 (the default) to 4
  --title TEXT          the title, "Chronomap" by default
  --frames              FILE is a folder, new or empty, to fill with
                        frame-0001.png, frame-0002.png… instead of a GIF
FILE is replaced only once it is whole; a failed or interrupted run leaves it
as it was. Files that cannot be read are named on standard error, and the
animation is made without them (exit status 1).
`

// extractUsage explains `chronomap extract`; its formats are those of
// outputFormats.
var extractUsage = strings.Replace(`Usage: chronomap extract [-o FILE] [--format NAME] [--layer events|places]
                         [--date YYYY-MM-DD] PATH...

Reads news articles and writes what they report, in the order of the
articles: a GeoJSON FeatureCollection (RFC 7946), one feature a line, unless
--format or FILE's name says another format.

PATH is a text file, a folder (its *.txt files, in all subfolders, in name
order), a file of JSON Lines, or - for standard input (named "stdin" in the
output). Flags may come before or after the paths.

JSON Lines hold an article a line:
  {"id": "a1", "date": "2020-11-07", "text": "Shelling hit Stepanakert..."}
"id", a string or a number, names the article: it is its events' source, and
their ids are made of it. "date", which may be left out, is the publication
date, as an article file's date line is. "text" is the whole text; no date
line is read in it. Other members are left unread; blank lines are skipped.
A file named *.jsonl or *.ndjson holds JSON Lines, and a *.txt file an
article. Any other file, and standard input, hold JSON Lines with --format
jsonl (or -o *.jsonl), and an article otherwise.

Flags:
  -o FILE        write to FILE instead of standard output (-o - is standard
                 output). FILE is replaced only when the run ends; if it
                 fails, is stopped, or no article could be read, an existing
                 FILE is left as it was. A device or a pipe, such as
                 /dev/null, is written as the run goes.
  --format NAME  the format to write, by default the first of:
{formats}                 With no --format, FILE's extension chooses (any other is
                 geojson); a --format that FILE's extension says is another
                 is a usage error. jsonl is for pipelines: each article's
                 features are written (flushed) as soon as it and those
                 before it are done, so that a program downstream reads them
                 while the input still comes, and shards of the input give
                 the lines of the whole, in order, once put end to end.
  --layer NAME   events (the default): one point per event, with its date
                 window, type, place, actors, claims and casualties;
                 places: one point per place an article names, with its
                 mentions. geojson and jsonl write either layer; a
                 GeoPackage holds both, whatever --layer says, with the
                 reports of the events and the articles.
  --date DAY     the publication date (YYYY-MM-DD) of articles that have
                 none of their own (no " date YYYY-MM-DD" first line, no
                 "date" in JSON Lines); an article's own date wins.

A file that cannot be read (missing, binary, not UTF-8, empty), or a line of
JSON Lines that is no article (not a JSON object, no "id" or no "text", a
"date" that is no YYYY-MM-DD day, not UTF-8, longer than 64 MiB), is named
on standard error, with the line's number, and the reason, and skipped; the
other articles are still written.

Ctrl-C (SIGINT), SIGTERM and SIGHUP stop the run at once, whatever it is
doing, and leave an existing FILE as it was. Until FILE is replaced, the run
writes beside it, to .FILE.NUMBER.tmp; if the run is killed outright (kill
-9), the next run that writes FILE removes that file.

Exit status: 0 when every article was read; 1 when some could not be (files
or lines), or the output could not be written; 2 for a usage error; 130, 143
or 129 when stopped by SIGINT, SIGTERM or SIGHUP.

Examples:
  chronomap extract -o events.geojson articles/
  chronomap extract --layer places -o places.geojson articles/
  chronomap extract -o events.gpkg articles/
  chronomap extract --date 2020-11-07 - < article.txt
  chronomap extract --format jsonl - < articles.jsonl > events.jsonl
  parallel --pipe --keep-order --block 10M \
      chronomap extract --format jsonl - < articles.jsonl > events.jsonl
`, "{formats}", formatHelp(), 1)

// openWindow opens the desktop window, takeScreenshot writes its picture,
// and animate writes an animation; tests replace them.
var (
	openWindow     = app.Run
	takeScreenshot = app.Screenshot
	animate        = app.Animate
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
	if f.animate != nil {
		return offMainThread(func() int { return runAnimate(ctx, f, stderr) })
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
// if anywhere, and at what size; or the animation to write instead.
type windowFlags struct {
	screenshot    string
	width, height int
	paths         []string
	animate       *app.Animation // nil but for --animate
}

// animationFlags are the flags that only --animate takes.
var animationFlags = []string{"from", "to", "mode", "speed", "scale", "title", "frames"}

// animationModes are the names --mode takes.
var animationModes = map[string]tl.Mode{"day": tl.OneDay, "3days": tl.ThreeDays, "week": tl.Week, "month": tl.Month, "cumulative": tl.Cumulative}

func parseWindow(args []string) (windowFlags, error) {
	f := windowFlags{width: 1400, height: 900}
	a := app.Animation{Mode: tl.OneDay, Width: 1280, Height: 720, Scale: 1, Speed: 2}
	fs := flag.NewFlagSet("chronomap", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.screenshot, "screenshot", "", "")
	fs.StringVar(&a.Out, "animate", "", "")
	size := ""
	fs.StringVar(&size, "size", "", "")
	fs.Func("from", "", dayFlag(&a.From))
	fs.Func("to", "", dayFlag(&a.To))
	fs.Func("mode", "", func(s string) error {
		m, ok := animationModes[strings.ToLower(s)]
		if !ok {
			return errors.New("want day, 3days, week, month or cumulative")
		}
		a.Mode = m
		return nil
	})
	fs.Float64Var(&a.Speed, "speed", a.Speed, "")
	fs.Float64Var(&a.Scale, "scale", a.Scale, "")
	fs.StringVar(&a.Title, "title", "", "")
	fs.BoolVar(&a.Frames, "frames", false, "")
	if err := fs.Parse(args); err != nil {
		return f, err
	}
	f.paths = fs.Args()
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	for _, name := range animationFlags {
		if set[name] && a.Out == "" {
			return f, fmt.Errorf("--%s goes with --animate", name)
		}
	}
	switch {
	case a.Out != "" && f.screenshot != "":
		return f, errors.New("--screenshot and --animate: one at a time")
	case size != "" && f.screenshot == "" && a.Out == "":
		return f, errors.New("--size goes with --screenshot or --animate")
	case !a.From.IsZero() && !a.To.IsZero() && a.From.After(a.To):
		return f, fmt.Errorf("--from %s is after --to %s", a.From.Format(time.DateOnly), a.To.Format(time.DateOnly))
	case !(a.Speed > 0):
		return f, fmt.Errorf("--speed %g: want a number of days a second above 0, such as 2", a.Speed)
	case a.Scale < 1 || a.Scale > 4:
		return f, fmt.Errorf("--scale %g: want 1 to 4 pixels a unit", a.Scale)
	}
	if size != "" {
		if _, err := fmt.Sscanf(size, "%dx%d", &f.width, &f.height); err != nil || f.width < 200 || f.height < 150 || f.width > 8000 || f.height > 8000 {
			return f, fmt.Errorf("--size %q: want WIDTHxHEIGHT in pixels, such as 1400x900, from 200x150 to 8000x8000", size)
		}
		a.Width, a.Height = f.width, f.height
	}
	if a.Out != "" {
		f.animate = &a
	}
	return f, nil
}

// dayFlag reads a flag's day, YYYY-MM-DD, into d.
func dayFlag(d *time.Time) func(string) error {
	return func(s string) error {
		day, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return errors.New("want a day as YYYY-MM-DD")
		}
		*d = day
		return nil
	}
}

// runAnimate writes the animation f asks for, naming on stderr the files
// that could not be read.
func runAnimate(ctx context.Context, f windowFlags, stderr io.Writer) int {
	skipped, err := animate(ctx, f.paths, *f.animate)
	for _, s := range skipped {
		fmt.Fprintf(stderr, "chronomap: %v\n", s)
	}
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "chronomap: %v\n", err)
		return 1
	case len(skipped) == 1:
		fmt.Fprintln(stderr, "chronomap: 1 file could not be read; the animation was made without it")
		return 1
	case len(skipped) > 1:
		fmt.Fprintf(stderr, "chronomap: %d files could not be read; the animation was made without them\n", len(skipped))
		return 1
	}
	return 0
}

// extractFlags are the settings of `chronomap extract`.
type extractFlags struct {
	out    string
	format outputFormat
	layer  string
	date   *time.Time
	paths  []string
}

func parseExtract(args []string) (extractFlags, error) {
	f := extractFlags{layer: "events"}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.out, "o", "", "")
	format := ""
	fs.StringVar(&format, "format", "", "")
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
	var err error
	if f.format, err = chooseFormat(format, f.out); err != nil {
		return f, err
	}
	if err := f.format.check(f.layer, f.out); err != nil {
		return f, err
	}
	if len(f.paths) == 0 {
		return f, errors.New("no articles: give files, folders, or - for standard input")
	}
	return f, nil
}

// holdsLines says whether the input at path, a file or "-", holds JSON
// Lines rather than one article, as extractUsage tells: by its name, and
// else by the format.
func (f extractFlags) holdsLines(path string) bool {
	switch {
	case article.JSONLinesFile(path):
		return true
	case strings.EqualFold(filepath.Ext(path), ".txt"):
		return false
	}
	return f.format.name == "jsonl"
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
	out, err := f.format.create(f.out, stdout, f.layer)
	if err != nil {
		return fail(err)
	}
	defer out.abort()
	gaz, err := geo.Default()
	if err != nil {
		return fail(fmt.Errorf("loading the gazetteer: %w", err))
	}

	read, failed := 0, 0
	var linesGiven atomic.Bool // an input of JSON Lines was named, even if it held none
	batch := extract.Batch{Extractor: extract.NewExtractor(gaz), DefaultDate: f.date, Stdin: stdin, Layers: out.layers(),
		Lines: func(path string) bool {
			lines := f.holdsLines(path)
			if lines {
				linesGiven.Store(true)
			}
			return lines
		}}
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
		return out.write(r)
	})
	switch {
	case err != nil:
		return fail(err)
	// With no article read, an empty output would replace a good -o file for
	// a run that went wrong: write nothing. Empty JSON Lines are no such
	// run: a pipeline's shard may hold nothing.
	case read == 0 && failed == 0 && !linesGiven.Load():
		return fail(errors.New("no articles found (folders are searched for *.txt files); nothing written"))
	case read == 0 && failed > 0:
		return fail(errors.New("no article could be read; nothing written"))
	}
	if err := out.close(); err != nil {
		return fail(err)
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "chronomap: %d of %d articles could not be read; the others were written\n", failed, failed+read)
		return 1
	}
	return 0
}

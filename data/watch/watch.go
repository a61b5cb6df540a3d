package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/chronomap/chronomap/data/article"
)

// DefaultQuiet is how long an article goes unchanged before it is
// reported: long enough for a copy or an editor's save to be over, short
// enough to feel live.
const DefaultQuiet = 300 * time.Millisecond

// A Folder is a folder followed, and every folder under it.
type Folder struct {
	// Arrivals are the batches of articles that arrived, by path (the
	// folder's path joined with their path in it), sorted, each reported
	// once it has gone unchanged for the quiet interval; again if it
	// changes after. Only regular files are reported (a named pipe
	// would make the reader wait), and none that is gone by then, as an
	// editor's temporary file is.
	Arrivals <-chan []string
	// Errors are what went wrong, each naming its folder: a folder that
	// could not be followed, a system limit reached, the folder itself
	// removed (ErrFolderGone, after which the watching ends).
	Errors <-chan error
	// Both channels are closed once the watching ends, after Close or
	// once the folder is gone.

	root, walkRoot string
	quiet          time.Duration
	notify         *fsnotify.Watcher
	arrivals       chan []string
	errors         chan error
	stop, ended    chan struct{}
	closeOnce      sync.Once

	// What follows belongs to the goroutine that runs the watching.
	watched map[string]bool      // the folders watched
	changed map[string]time.Time // articles not reported yet, by when they last changed
	ready   []string             // articles to report, once they are taken
	failed  []error              // errors to report, once they are taken
	gone    bool                 // the folder is gone: report what is left and end
}

// Start follows the folder root, and every folder under it but hidden
// ones, from now on: the articles already there are not reported. An
// article is reported once it has gone unchanged for quiet. Close the
// Folder when done with it.
func Start(root string, quiet time.Duration) (*Folder, error) {
	root = filepath.Clean(root)
	info, err := os.Stat(root)
	switch {
	case err != nil:
		return nil, explained(root, err)
	case !info.IsDir():
		return nil, fmt.Errorf("%s: not a folder", root)
	}
	notify, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, explained(root, err)
	}
	f := &Folder{
		root: root, walkRoot: root, quiet: quiet, notify: notify,
		arrivals: make(chan []string), errors: make(chan error),
		stop: make(chan struct{}), ended: make(chan struct{}),
		watched: map[string]bool{}, changed: map[string]time.Time{},
	}
	f.Arrivals, f.Errors = f.arrivals, f.errors
	// The walk does not enter a root that is a symbolic link to a
	// folder; its paths are named under root all the same, as
	// article.Inputs names them.
	if real, err := filepath.EvalSymlinks(root); err == nil {
		f.walkRoot = real
	}
	if err := f.watchTree(root, false); err != nil {
		notify.Close()
		return nil, err
	}
	go f.run()
	return f, nil
}

// Close ends the watching, and returns once it has: both channels are
// closed then. It may be called more than once.
func (f *Folder) Close() error {
	f.closeOnce.Do(func() { close(f.stop) })
	<-f.ended
	return nil
}

// run watches until Close, or until the folder is gone and what is left
// to report has been taken.
func (f *Folder) run() {
	defer func() {
		f.notify.Close()
		close(f.arrivals)
		close(f.errors)
		close(f.ended)
	}()
	timer := time.NewTimer(f.quiet)
	timer.Stop()
	armed := false
	for !f.gone || len(f.ready)+len(f.failed) > 0 {
		// A nil channel is never ready: nothing is offered until there
		// is something to report.
		var arrivals chan<- []string
		if len(f.ready) > 0 {
			arrivals = f.arrivals
		}
		var errs chan<- error
		var failed error
		if len(f.failed) > 0 {
			errs, failed = f.errors, f.failed[0]
		}
		select {
		case <-f.stop:
			return
		case ev, ok := <-f.notify.Events:
			if !ok {
				return
			}
			f.handle(ev)
		case err, ok := <-f.notify.Errors:
			if !ok {
				return
			}
			f.fail(explained(f.root, err))
		case now := <-timer.C:
			armed = false
			next := f.collect(now)
			if !next.IsZero() {
				timer.Reset(next.Sub(now))
				armed = true
			}
		case arrivals <- f.ready:
			f.ready = nil
		case errs <- failed:
			f.failed = f.failed[1:]
		}
		if !armed && len(f.changed) > 0 {
			// Every change since was later than the first, so that is
			// when the timer is next due.
			timer.Reset(f.quiet + f.quiet/4)
			armed = true
		}
	}
}

// handle takes in a change fsnotify saw.
func (f *Folder) handle(ev fsnotify.Event) {
	name := ev.Name
	switch {
	case name == f.root && ev.Has(fsnotify.Remove|fsnotify.Rename):
		f.fail(fmt.Errorf("%s: %w", f.root, ErrFolderGone))
		f.gone = true
		clear(f.changed)
	case ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename):
		// Gone, or moved away: what is moved in comes as a Create.
		delete(f.changed, name)
		f.unwatch(name)
	case article.Hidden(filepath.Base(name)):
	case ev.Has(fsnotify.Create):
		info, err := os.Lstat(name)
		switch {
		case err != nil: // gone already
		case info.IsDir():
			if err := f.watchTree(name, true); err != nil {
				f.fail(err)
			}
		case article.ArticleFile(info.Name()):
			f.changed[name] = time.Now()
		}
	case ev.Has(fsnotify.Write) && article.ArticleFile(filepath.Base(name)):
		f.changed[name] = time.Now()
	}
}

// collect makes ready the articles unchanged for the quiet interval at
// now, and returns when the next is due, or the zero time if none waits.
// A batch is reported a quarter of the interval after its first article
// is due, so that the files of one copy come together.
func (f *Folder) collect(now time.Time) time.Time {
	var next time.Time
	for path, at := range f.changed {
		due := at.Add(f.quiet)
		if due.After(now) {
			if next.IsZero() || due.Before(next) {
				next = due
			}
			continue
		}
		delete(f.changed, path)
		// Stat follows a symbolic link, as the folder's reading does.
		if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() && !slices.Contains(f.ready, path) {
			f.ready = append(f.ready, path)
		}
	}
	slices.Sort(f.ready)
	if !next.IsZero() {
		next = next.Add(f.quiet / 4)
	}
	return next
}

func (f *Folder) fail(err error) { f.failed = append(f.failed, err) }

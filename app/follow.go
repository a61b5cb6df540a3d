package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/watch"
)

// A followedFolder is the folder File ▸ Follow Folder… follows, and the
// watching of it.
type followedFolder struct {
	path  string // as chosen
	watch *watch.Folder
}

// followItem is File ▸ Follow Folder…, or Stop Following while a folder
// is followed.
func (w *mainWindow) followItem() *fyne.MenuItem {
	if w.following != nil {
		folder := homeShortened(w.following.path)
		return fyne.NewMenuItem("Stop Following "+folder, func() {
			w.stopFollowing()
			w.status.SetText("Stopped following " + folder + ".")
		})
	}
	return fyne.NewMenuItem("Follow Folder…", func() {
		openFolder(w.win, "Follow", func(paths []string) { w.follow(paths[0]) })
	})
}

// follow adds the articles of the folder at path to the set, as Add
// Folder does, and from then on those that arrive in it, new or changed,
// as they arrive (see watch.Folder), until following stops: from the
// menu, at an Open, or once the folder is gone.
func (w *mainWindow) follow(path string) {
	w.stopFollowing()
	folder, err := watch.Start(path, watch.DefaultQuiet)
	if err != nil {
		showError("Could not follow the folder", err, w.win)
		return
	}
	f := &followedFolder{path: path, watch: folder}
	w.following = f
	w.setMenu()
	// The watching starts first, so that nothing arrives unseen while the
	// folder is read; what is both read and reported is added once.
	w.enqueue(loadRequest{paths: []string{path}, followed: path})
	go w.relay(f)
}

// stopFollowing stops following the folder followed, if any.
func (w *mainWindow) stopFollowing() {
	if w.following == nil {
		return
	}
	w.following.watch.Close()
	w.following = nil
	w.setMenu()
}

// relay hands what the watching of f reports to the UI goroutine until it
// ends, where it is dropped once f is no longer followed. The watching
// ends by itself once the folder is gone: f is followed no more.
func (w *mainWindow) relay(f *followedFolder) {
	whileFollowed := func(act func()) {
		w.do(func() {
			if w.following == f {
				act()
			}
		})
	}
	arrivals, errs := f.watch.Arrivals, f.watch.Errors
	for arrivals != nil || errs != nil {
		select {
		case paths, ok := <-arrivals:
			if !ok {
				arrivals = nil
				continue
			}
			whileFollowed(func() { w.arrived(f.path, paths) })
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			whileFollowed(func() { w.status.SetText(err.Error()) })
		}
	}
	whileFollowed(w.stopFollowing)
}

// arrived adds the articles at paths, which arrived in folder. While a
// load is under way, they wait with those that arrived before them, to
// be read in one load.
func (w *mainWindow) arrived(folder string, paths []string) {
	n := len(w.queued)
	if n == 0 || w.queued[n-1].followed != folder {
		w.enqueue(loadRequest{paths: paths, followed: folder})
		return
	}
	waiting := &w.queued[n-1]
	for _, p := range paths {
		if !slices.ContainsFunc(waiting.paths, func(q string) bool { return within(p, q) }) {
			waiting.paths = append(waiting.paths, p)
		}
	}
}

// within says whether path is folder or in it.
func within(path, folder string) bool {
	return path == folder || strings.HasPrefix(path, folder+string(filepath.Separator))
}

// remembered are the paths Open Recent keeps for req: the folder followed
// in place of the articles that arrived in it, which reopening it reads.
func (req loadRequest) remembered() []string {
	if req.followed != "" {
		return []string{req.followed}
	}
	return req.paths
}

// nameInFolder names the article of r by its path in the folder followed
// ("2020-11/a.txt"), as reading the folder whole names it: a file that
// arrived is read on its own, which names it by its base name.
func (req loadRequest) nameInFolder(r *extract.Result) {
	if req.followed == "" || r.Path == "" {
		return
	}
	rel, err := filepath.Rel(req.followed, r.Path)
	if name := filepath.ToSlash(rel); err == nil && filepath.IsLocal(rel) && name != r.Article.Name {
		renamed(r, name)
	}
}

// arrivals says whether req reads articles that arrived in the folder
// followed, not the whole folder, as Follow Folder does first.
func (req loadRequest) arrivals() bool {
	return !slices.Equal(req.paths, []string{req.followed})
}

// showFollowed shows what a load of the folder followed gave, as show
// does, but the status line says what arrived, and what could not be read
// or dated: a dialog would stop the user at every such file that arrives.
// The map fits the events after the first load only: what arrives later
// must not move the view from under the user.
func (w *mainWindow) showFollowed(req loadRequest, res loaded, err error) {
	lead := "Following " + homeShortened(req.followed) + ": "
	var none *nothingRead
	switch {
	case errors.As(err, &none) && len(none.skipped) == 0:
		w.status.SetText(lead + "no articles in it yet")
	case errors.As(err, &none):
		w.status.SetText(lead + "nothing read" + troubleText(none.skipped, nil))
	case err != nil:
		w.status.SetText(lead + err.Error())
	case res.set == res.addedTo:
		w.status.SetText(lead + "nothing new; " + againText(res.again))
	default:
		before := len(w.events)
		w.showEvents(res)
		if req.arrivals() {
			w.loadedStatus = lead + arrivedText(res, before)
		} else {
			w.loadedStatus = lead + "added " + addedList(res, before)
			w.mapView.FitEvents()
		}
		w.loadedStatus += troubleText(res.skipped, res.undated)
		w.applyFilter() // which shows loadedStatus, unless a filter is set
		w.showWorkspace(res)
	}
}

// arrivedText says what arrived in the folder followed: "a.txt and
// 2020-11/b.txt arrived, 3 events (81 in all)"; before is how many
// events there were.
func arrivedText(res loaded, before int) string {
	var what []string
	if names := res.set.added; len(names) > 0 {
		what = append(what, namesOrCount(names)+" arrived")
	}
	if names := res.set.replaced; len(names) > 0 {
		what = append(what, namesOrCount(names)+" changed")
	}
	return strings.Join(what, ", ") + eventsAdded(res, before)
}

// namesOrCount names up to three articles, "a.txt, b.txt and c.txt", and
// counts more: "12 articles".
func namesOrCount(names []string) string {
	switch n := len(names); {
	case n > 3:
		return counted(n, "article")
	case n > 1:
		return strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	return names[0]
}

// troubleText tells what a load of the folder followed skipped, and read
// without its date, by the first of each: "; skipped a.txt: empty file
// (no text) and 2 more".
func troubleText(skipped, undated []error) string {
	var b strings.Builder
	for _, t := range []struct {
		lead string
		errs []error
	}{{"skipped ", skipped}, {"", undated}} {
		if len(t.errs) == 0 {
			continue
		}
		b.WriteString("; " + t.lead + t.errs[0].Error())
		if n := len(t.errs) - 1; n > 0 {
			fmt.Fprintf(&b, " and %s more", thousands(n))
		}
	}
	return b.String()
}

package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/acled"
	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/data/workspace"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/seeds"
)

// loaded is what reading and extracting a set of articles gave.
type loaded struct {
	// set is what is loaded now, and addedTo the set it was added to, nil
	// for an Open.
	set, addedTo *articleSet
	events       []event.Event // by date, undated last, the reports of one event merged, as edited
	// merged are the events as the rules merged them, before the edits,
	// by date; lost the edits that found no event.
	merged []event.Event
	lost   []edit.Edit
	// log is the edit log of the set, and editsSeen the count of edits
	// made in the window (see mainWindow.editsMade) when the load applied
	// it, so that edits made while it ran are applied too.
	log       *edit.Log
	editsSeen int
	// workspace is the workspace the load went into, if any, and
	// storeErr why it could not; state is the window's state it keeps.
	workspace *workspace.Workspace
	storeErr  error
	state     string
	// stale is set for a workspace opened whose events layer is not what
	// this Chronomap makes of it (see workspace.Current): the window
	// publishes its events anew.
	stale       bool
	index       *eventIndex // of events, for the list
	articles    int         // how many the set holds
	collections int         // how many layers of events (GeoJSON, CSV) it holds
	// again are the files the set held already, or copies of them, and
	// were not added again.
	again     int
	gazetteer *geo.Gazetteer
	onMap     mapLayers       // the events and places prepared for the map
	days      *timeline.Index // the events by day, for the timeline
	// skipped are the files that could not be read, undated the articles
	// read without their date, and leftOut the rows of CSV files that
	// were not: the user should know, but they do not stop the others.
	skipped, undated, leftOut []error
}

// A loadRequest says what to load: the articles at paths, into a new set
// or added to base.
type loadRequest struct {
	paths []string
	base  *articleSet
	// dropped is set for files dropped on the window, which are read only
	// when they look like articles or layers of events: a picture dropped with them
	// is skipped, not read as text.
	dropped bool
	// followed is the folder followed (see follow.go) that the paths are
	// in, or are: Open Recent keeps it in their place, and its articles
	// are named by their paths in it.
	followed string
	// edits are the edits in force to apply, a copy of log's, which is the
	// set's log: the window's for an Add, a new one for an Open.
	edits     []edit.Edit
	log       *edit.Log
	editsSeen int
	// stored is a workspace opened, whose articles and layers are read in
	// place of files; workspace is the workspace open, which the articles
	// and layers that a load adds go into.
	stored    *stored
	workspace *workspace.Workspace
	// behind is set for the load of a workspace whose outlines are shown
	// (see outline.go): it goes on behind them, with no dialog.
	behind bool
}

// stored is a workspace opened: the load reads its articles and layers.
type stored struct {
	ws *workspace.Workspace
	// state is the window's state it keeps, and current whether its
	// events layer is what this Chronomap makes of it.
	state   string
	current bool
}

// A nothingRead is the error of a load that read neither an article nor a
// layer of events: the paths it was given, and why each of their files could
// not be read.
type nothingRead struct {
	paths   []string
	skipped []error
}

// headline says what failed, without the files' reasons.
func (e *nothingRead) headline() string {
	return "nothing could be read from " + strings.Join(e.paths, ", ")
}

func (e *nothingRead) Error() string {
	return errors.Join(append([]error{errors.New(e.headline())}, e.skipped...)...).Error()
}

// mapLayers are what the map shows.
type mapLayers struct {
	events *render.Events
	places *render.Places
}

// loadArticles reads the articles at req.paths (files, or folders of .txt
// files) and the layers of events (.geojson, .json or .csv files), or the
// bundled seeds when there are no paths and no set to add to, and extracts
// the articles' events. Added to req.base, they merge with its reports as
// they would in a load of the whole set; files it holds are not read again.
// It does not touch the user interface, so it runs off the UI goroutine.
// It stops, returning ctx's error, when ctx is done, and calls progress with
// how many of the files are done, and of how many.
// ctx reaches the count of a folder's files and the read of each, which a
// named pipe given by name may make wait for ever; layers are read
// only when regular (see readLayer).
func loadArticles(ctx context.Context, req loadRequest, progress func(done, total int)) (loaded, error) {
	g, err := geo.Default()
	if err != nil {
		return loaded{}, fmt.Errorf("loading the gazetteer: %w", err)
	}
	set := req.base.extended(req.remembered())
	res := loaded{gazetteer: g, set: set, addedTo: req.base}
	x := extract.NewExtractor(g)
	collections, articles := splitLayers(req.paths)
	if req.dropped {
		var skipped []error
		articles, skipped = articlesDropped(articles)
		res.skipped = append(res.skipped, skipped...)
	}
	var newArticles []workspace.Stored // for the workspace, if one is open
	var newLayers []workspace.Layer
	for _, p := range collections {
		if err := ctx.Err(); err != nil {
			return loaded{}, err
		}
		if set.has(p) {
			res.again++
			continue
		}
		events, leftOut, err := readLayer(p)
		res.leftOut = append(res.leftOut, leftOut...)
		if err != nil {
			res.skipped = append(res.skipped, err)
			continue
		}
		set.addCollection(p, events)
		newLayers = append(newLayers, workspace.Layer{Path: p, Events: events})
	}
	add := func(r extract.Result) {
		if r.Known {
			res.again++
			return
		}
		req.nameInFolder(&r)
		name := set.addArticle(r)
		if name == "" {
			res.again++
			return
		}
		if req.workspace != nil && req.stored == nil {
			a := r.Article
			a.Name = name
			newArticles = append(newArticles, workspace.Stored{Path: r.Path, Article: a})
		}
	}
	if req.stored != nil {
		if err := loadStored(ctx, req.stored, set, x, add); err != nil {
			return loaded{}, err
		}
	} else if len(req.paths) == 0 && req.base == nil {
		articles, err := seeds.Articles()
		if err != nil {
			return loaded{}, err
		}
		for _, a := range articles {
			events, places := x.Extract(a)
			add(extract.Result{Article: a, Events: events, Places: places})
		}
	} else if len(articles) > 0 {
		// Articles whose text the set holds are not extracted again.
		batch := extract.Batch{Extractor: x, Known: req.base.knows}
		err := batch.RunWithProgress(ctx, articles, func(r extract.Result) error {
			if r.Err != nil {
				res.skipped = append(res.skipped, r.Err)
				return nil
			}
			if r.Warning != nil {
				res.undated = append(res.undated, r.Warning)
			}
			add(r)
			return nil
		}, progress)
		if err != nil {
			return loaded{}, err
		}
	}
	res.articles, res.collections = set.articles, set.collections
	if added := set.articles + set.collections - req.base.size(); added == 0 && len(set.replaced) == 0 {
		if res.again == 0 {
			return loaded{}, &nothingRead{paths: req.paths, skipped: res.skipped}
		}
		res.set = req.base // nothing new: the events shown stay as they are
		return res, nil
	}
	// What is left takes a while for large sets, and is of no use once
	// the load is cancelled.
	if err := ctx.Err(); err != nil {
		return loaded{}, err
	}
	collectLargeGarbage(len(set.reports))
	res.merged = event.MergeReports(set.reports, event.SamePlaceKm)
	sortByWindowStart(res.merged)
	res.events, res.lost = editedEvents(res.merged, req.edits, set)
	res.log, res.editsSeen = req.log, req.editsSeen
	collectLargeGarbage(len(set.reports))
	res = prepared(res)
	if req.stored != nil {
		res.state, res.stale = req.stored.state, !req.stored.current
	}
	if res.workspace = req.workspace; res.workspace != nil && req.stored == nil {
		res.storeErr = storeLoaded(res.workspace, newArticles, newLayers, res.events, set.places)
	}
	return res, nil
}

// editedEvents are merged, the events of set as the rules merged them,
// with edits applied, by date; and the edits that found no event.
func editedEvents(merged []event.Event, edits []edit.Edit, set *articleSet) ([]event.Event, []edit.Edit) {
	if len(edits) == 0 {
		return merged, nil
	}
	events, lost := edit.Apply(merged, edits, set.keys())
	sortByWindowStart(events)
	return events, lost
}

// collectLargeGarbage collects the garbage of a step of the load of n
// reports, if they are many, and gives the memory it held back to the
// system, before the next step adds to the heap. Left to itself, the
// collector lets the heap grow to twice what was live when it last ran,
// and reading and merging a million reports leave gigabytes of garbage;
// and the memory it frees it keeps, in pieces that the next step's large
// arrays do not fit in. Collected and given back between the steps, the
// load takes a third of the memory, for a fraction of a second.
func collectLargeGarbage(n int) {
	if n >= largeLoad {
		debug.FreeOSMemory()
	}
}

// largeLoad is the number of reports from which collectLargeGarbage
// collects: a hundred thousand hold about 100 MB.
const largeLoad = 100_000

// prepared is res with what the list, the map and the timeline need of its
// events worked out: for large sets that takes a while, so it is done off
// the UI goroutine, with the loading. The list's index is made but for
// one res has.
func prepared(res loaded) loaded {
	if res.index == nil {
		res.index = indexEvents(res.events)
	}
	var places []event.PlaceMentions
	if res.set != nil {
		places = res.set.places
	}
	res.onMap = mapLayers{render.NewEvents(res.events), render.NewPlaces(places)}
	res.days = timeline.New(res.events)
	return res
}

// readLayer reads the layer of events at path (see layerFormats), if it
// is a regular file: opening a named pipe waits for a writer, which may
// never come, and cannot be cancelled. Articles in folders are skipped so
// too. leftOut are the rows of a CSV file that were not read, each with
// its error; a file none of whose rows could be read is an error.
func readLayer(path string) (events []event.Event, leftOut []error, err error) {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, nil, pathError(path, err)
	case !info.Mode().IsRegular():
		return nil, nil, fmt.Errorf("%s: %w, skipped", path, article.ErrNotRegular)
	}
	f, _ := layerFormatOf(path)
	events, err = f.importFile(path)
	var rows *acled.RowErrors
	if !errors.As(err, &rows) {
		return events, nil, err
	}
	if len(events) == 0 {
		return nil, rows.Rows, fmt.Errorf("%s: none of its rows could be read", path)
	}
	return events, rows.Rows, nil
}

// splitLayers parts the files of layers of events among paths (see
// layerFormats) from the articles.
func splitLayers(paths []string) (layers, articles []string) {
	for _, p := range paths {
		if f, ok := layerFormatOf(p); ok && f.importFile != nil {
			layers = append(layers, p)
		} else {
			articles = append(articles, p)
		}
	}
	return layers, articles
}

// articlesDropped are the paths dropped on the window that may hold
// articles: folders, and .txt files; the others are skipped, as a folder's
// files that are not .txt are.
func articlesDropped(paths []string) (articles []string, skipped []error) {
	for _, p := range paths {
		info, err := os.Stat(p)
		switch {
		case err != nil:
			skipped = append(skipped, pathError(p, err))
		case info.IsDir() || strings.EqualFold(filepath.Ext(p), ".txt"):
			articles = append(articles, p)
		default:
			skipped = append(skipped, fmt.Errorf("%s: neither an article (.txt) nor a layer of events (.geojson, .json, .csv), skipped", p))
		}
	}
	return articles, skipped
}

// checkPaths returns an error naming the first path that does not exist,
// so that a mistyped command line fails in the terminal, not in a window.
func checkPaths(paths []string) error {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return pathError(p, err)
		}
	}
	return nil
}

// pathError is err about path, named once: "x.txt: no such file or
// directory", not "x.txt: stat x.txt: no such file or directory".
func pathError(path string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %w", path, err)
}

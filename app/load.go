package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/seeds"
)

// loaded is what reading and extracting a set of articles gave.
type loaded struct {
	events      []event.Event // by date, undated last, the reports of one event merged
	index       *eventIndex   // of events, for the list
	places      []event.PlaceMentions
	articles    int // how many were read
	collections int // how many GeoJSON files of events were read
	gazetteer   *geo.Gazetteer
	files       articleFiles    // where each article is, to show it whole
	onMap       mapLayers       // the events and places prepared for the map
	days        *timeline.Index // the events by day, for the timeline
	// skipped are the files that could not be read, and undated the
	// articles read without their date: the user should know, but they do
	// not stop the others.
	skipped, undated []error
}

// A nothingRead is the error of a load that read neither an article nor a
// GeoJSON file: the paths it was given, and why each of their files could
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

// loadArticles reads the articles at paths (files, or folders of .txt
// files) and the GeoJSON events layers (.geojson or .json files), or the
// bundled seeds when there are no paths, and extracts the articles' events.
// It does not touch the user interface, so it runs off the UI goroutine.
// It stops, returning ctx's error, when ctx is done, and calls progress with
// how many of the files are done, and of how many.
// ctx reaches the count of a folder's files and the read of each, which a
// named pipe given by name may make wait for ever; GeoJSON files are read
// only when regular (see importEvents).
func loadArticles(ctx context.Context, paths []string, progress func(done, total int)) (loaded, error) {
	g, err := geo.Default()
	if err != nil {
		return loaded{}, fmt.Errorf("loading the gazetteer: %w", err)
	}
	res := loaded{gazetteer: g, files: articleFiles{}}
	x := extract.NewExtractor(g)
	collections, articles := splitGeoJSON(paths)
	for _, p := range collections {
		if err := ctx.Err(); err != nil {
			return loaded{}, err
		}
		events, err := importEvents(p)
		if err != nil {
			res.skipped = append(res.skipped, err)
			continue
		}
		res.collections++
		res.events = append(res.events, events...)
	}
	if len(paths) == 0 {
		articles, err := seeds.Articles()
		if err != nil {
			return loaded{}, err
		}
		for _, a := range articles {
			events, places := x.Extract(a)
			res.events = append(res.events, events...)
			res.places = append(res.places, places...)
			res.files[a.Name] = ""
		}
		res.articles = len(articles)
	} else if len(articles) > 0 {
		batch := extract.Batch{Extractor: x}
		err := batch.RunWithProgress(ctx, articles, func(r extract.Result) error {
			if r.Err != nil {
				res.skipped = append(res.skipped, r.Err)
				return nil
			}
			if r.Warning != nil {
				res.undated = append(res.undated, r.Warning)
			}
			res.articles++
			res.events = append(res.events, r.Events...)
			res.places = append(res.places, r.Places...)
			res.files[r.Article.Name] = r.Path
			return nil
		}, progress)
		if err != nil {
			return loaded{}, err
		}
	}
	if res.articles == 0 && res.collections == 0 {
		return loaded{}, &nothingRead{paths: paths, skipped: res.skipped}
	}
	// What is left takes a while for large sets, and is of no use once
	// the load is cancelled.
	if err := ctx.Err(); err != nil {
		return loaded{}, err
	}
	res.events = event.MergeReports(res.events, event.SamePlaceKm)
	slices.SortStableFunc(res.events, event.ByWindowStart)
	return prepared(res), nil
}

// prepared is res with what the list, the map and the timeline need of its
// events worked out: for large sets that takes a while, so it is done off
// the UI goroutine, with the loading.
func prepared(res loaded) loaded {
	res.index = indexEvents(res.events)
	res.onMap = mapLayers{render.NewEvents(res.events), render.NewPlaces(res.places)}
	res.days = timeline.New(res.events)
	return res
}

// importEvents reads the GeoJSON events layer at path, if it is a regular
// file: opening a named pipe waits for a writer, which may never come, and
// cannot be cancelled. Articles in folders are skipped so too.
func importEvents(path string) ([]event.Event, error) {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, pathError(path, err)
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("%s: %w, skipped", path, article.ErrNotRegular)
	}
	return geojson.ImportFile(path)
}

// splitGeoJSON parts the GeoJSON files among paths from the articles.
func splitGeoJSON(paths []string) (collections, articles []string) {
	for _, p := range paths {
		switch strings.ToLower(filepath.Ext(p)) {
		case ".geojson", ".json":
			collections = append(collections, p)
		default:
			articles = append(articles, p)
		}
	}
	return collections, articles
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

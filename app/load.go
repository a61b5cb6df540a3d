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
	"github.com/chronomap/chronomap/data"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/seeds"
)

// loaded is what reading and extracting a set of articles gave.
type loaded struct {
	events      []data.Event // by date, undated last
	places      []data.PlaceMentions
	articles    int // how many were read
	collections int // how many GeoJSON files of events were read
	gazetteer   *geo.Gazetteer
	// onMap are the events and places prepared for the map, which takes
	// a while for large sets.
	onMap mapLayers
	// warnings are articles skipped as unreadable, or read without their
	// date: the user should know, but they do not stop the others.
	warnings error
}

// load reads the articles at paths (files, or folders of .txt files) and the
// events layers Chronomap exported (.geojson or .json files), or the bundled
// seeds when there are no paths, and extracts the articles' events. It does
// not touch the user interface, so it runs off the UI goroutine.
func load(paths []string) (loaded, error) {
	g, err := geo.Default()
	if err != nil {
		return loaded{}, fmt.Errorf("loading the gazetteer: %w", err)
	}
	res := loaded{gazetteer: g}
	x := data.NewExtractor(g)
	var problems []error
	collections, articles := splitGeoJSON(paths)
	for _, p := range collections {
		events, err := readEvents(p)
		if err != nil {
			problems = append(problems, err)
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
		}
		res.articles = len(articles)
	} else if len(articles) > 0 {
		batch := data.Batch{Extractor: x}
		err := batch.Run(context.Background(), articles, func(r data.Result) error {
			if r.Err != nil {
				problems = append(problems, r.Err)
				return nil
			}
			if r.Warning != nil {
				problems = append(problems, r.Warning)
			}
			res.articles++
			res.events = append(res.events, r.Events...)
			res.places = append(res.places, r.Places...)
			return nil
		})
		if err != nil {
			return loaded{}, err
		}
	}
	if res.articles == 0 && res.collections == 0 {
		noneRead := fmt.Errorf("nothing could be read from %s", strings.Join(paths, ", "))
		return loaded{}, errors.Join(noneRead, errors.Join(problems...))
	}
	res.warnings = errors.Join(problems...)
	slices.SortStableFunc(res.events, byDate)
	res.onMap = mapLayers{render.NewEvents(res.events), render.NewPlaces(res.places)}
	return res, nil
}

// mapLayers are what the map shows.
type mapLayers struct {
	events *render.Events
	places *render.Places
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

// readEvents reads an events layer that Chronomap exported.
func readEvents(path string) ([]data.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // names the path
	}
	defer f.Close()
	events, err := data.DecodeEvents(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return events, nil
}

// byDate orders events by the start of their window, undated ones last.
func byDate(a, b data.Event) int {
	switch {
	case a.Window == nil && b.Window == nil:
		return 0
	case a.Window == nil:
		return 1
	case b.Window == nil:
		return -1
	}
	return a.Window.Start.Compare(b.Window.Start)
}

// checkPaths returns an error naming the first path that does not exist,
// so that a mistyped command line fails in the terminal, not in a window.
func checkPaths(paths []string) error {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	return nil
}

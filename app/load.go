package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/seeds"
)

// loaded is what reading and extracting a set of articles gave.
type loaded struct {
	events    []data.Event // by date, undated last, the reports of one event merged
	index     *eventIndex  // of events, for the list
	articles  int          // how many were read
	gazetteer *geo.Gazetteer
	files     articleFiles // where each article is, to show it whole
	// warnings are articles skipped as unreadable, or read without their
	// date: the user should know, but they do not stop the others.
	warnings error
}

// load reads the articles at paths (files, or folders of .txt files), or the
// bundled seeds when there are none, and extracts their events. It does not
// touch the user interface, so it runs off the UI goroutine.
func load(paths []string) (loaded, error) {
	return loadArticles(context.Background(), paths, func(int, int) {})
}

// loadArticles is load that stops, returning ctx's error, when ctx is done,
// and calls progress with how many of the files are done, and of how many.
func loadArticles(ctx context.Context, paths []string, progress func(done, total int)) (loaded, error) {
	g, err := geo.Default()
	if err != nil {
		return loaded{}, fmt.Errorf("loading the gazetteer: %w", err)
	}
	res := loaded{gazetteer: g, files: articleFiles{}}
	x := data.NewExtractor(g)
	var problems []error
	if len(paths) == 0 {
		articles, err := seeds.Articles()
		if err != nil {
			return loaded{}, err
		}
		for _, a := range articles {
			events, _ := x.Extract(a)
			res.events = append(res.events, events...)
			res.files[a.Name] = ""
		}
		res.articles = len(articles)
	} else {
		batch := data.Batch{Extractor: x}
		err := batch.RunWithProgress(ctx, paths, func(r data.Result) error {
			if r.Err != nil {
				problems = append(problems, r.Err)
				return nil
			}
			if r.Warning != nil {
				problems = append(problems, r.Warning)
			}
			res.articles++
			res.events = append(res.events, r.Events...)
			res.files[r.Article.Name] = r.Path
			return nil
		}, progress)
		if err != nil {
			return loaded{}, err
		}
	}
	if res.articles == 0 {
		noneRead := fmt.Errorf("no article could be read from %s", strings.Join(paths, ", "))
		return loaded{}, errors.Join(noneRead, errors.Join(problems...))
	}
	res.warnings = errors.Join(problems...)
	res.events = data.MergeReports(res.events, data.SamePlaceKm)
	slices.SortStableFunc(res.events, data.ByWindowStart)
	res.index = indexEvents(res.events)
	return res, nil
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

package app

import (
	"fmt"
	"slices"
	"testing"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
)

// extracted is what extracting an article whose text is its sentences,
// one event each, read from the file at path, gives.
func extracted(path string, sentences ...string) extract.Result {
	name := path[len("/news/"):]
	r := extract.Result{Path: path, Article: article.Article{Name: name, Text: fmt.Sprint(sentences)}}
	for i, s := range sentences {
		r.Events = append(r.Events, event.Event{ID: fmt.Sprintf("%s#%d", name, i+1), Source: name, Sentence: s})
		r.Places = append(r.Places, event.PlaceMentions{Source: name})
	}
	return r
}

// sentences are those of the set's reports, in order.
func sentences(s *articleSet) []string {
	var out []string
	for _, e := range s.reports {
		out = append(out, e.Sentence)
	}
	return out
}

// Each step adds an article to a new set that extends the one before,
// which stays as it was. A GeoJSON layer that came first holds an event
// named as a.txt's, as an export of a.txt's events re-imported would: it
// stays when a.txt changes.
func TestAChangedArticleReplacesTheOneReadFromItsFile(t *testing.T) {
	steps := []struct {
		name        string
		add         extract.Result
		wantName    string   // the article's name in the set, "" if not added
		want        []string // the sentences of the reports
		wantAdded   []string
		wantReplace []string
	}{
		{"a first article", extracted("/news/a.txt", "A1", "A2"), "a.txt",
			[]string{"imported", "A1", "A2"}, []string{"a.txt"}, nil},
		{"another", extracted("/news/b.txt", "B1"), "b.txt",
			[]string{"imported", "A1", "A2", "B1"}, []string{"b.txt"}, nil},
		{"the first again, unchanged", extracted("/news/a.txt", "A1", "A2"), "",
			[]string{"imported", "A1", "A2", "B1"}, nil, nil},
		{"a copy of the second", extracted("/news/copy.txt", "B1"), "",
			[]string{"imported", "A1", "A2", "B1"}, nil, nil},
		{"the first changed", extracted("/news/a.txt", "A3"), "a.txt",
			[]string{"imported", "B1", "A3"}, nil, []string{"a.txt"}},
		{"the second changed, after the first moved up", extracted("/news/b.txt", "B2", "B3"), "b.txt",
			[]string{"imported", "A3", "B2", "B3"}, nil, []string{"b.txt"}},
		{"the first changed into a copy of the second: its old text goes, nothing comes", extracted("/news/a.txt", "B2", "B3"), "",
			[]string{"imported", "B2", "B3"}, nil, []string{"a.txt"}},
	}
	set := (*articleSet)(nil).extended(nil)
	set.addCollection("/news/events.geojson", []event.Event{{Source: "a.txt", Sentence: "imported"}})
	for _, step := range steps {
		before := slices.Clone(sentences(set))
		next := set.extended(nil)
		if got := next.addArticle(step.add); got != step.wantName {
			t.Errorf("%s: addArticle = %q, want %q", step.name, got, step.wantName)
		}
		if got := sentences(next); !slices.Equal(got, step.want) {
			t.Errorf("%s: reports %v, want %v", step.name, got, step.want)
		}
		if len(next.places) != len(next.reports)-1 {
			t.Errorf("%s: %d places for %d reports of articles", step.name, len(next.places), len(next.reports)-1)
		}
		if !slices.Equal(next.added, step.wantAdded) || !slices.Equal(next.replaced, step.wantReplace) {
			t.Errorf("%s: added %v, replaced %v; want %v, %v", step.name, next.added, next.replaced, step.wantAdded, step.wantReplace)
		}
		if got := sentences(set); !slices.Equal(got, before) {
			t.Errorf("%s: the set extended changed from %v to %v", step.name, before, got)
		}
		set = next
	}
	if set.articles != 1 || len(set.files) != 1 || set.files["b.txt"] != "/news/b.txt" {
		t.Errorf("the set holds %d articles, %v; want b.txt alone", set.articles, set.files)
	}
}

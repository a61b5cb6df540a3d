package app

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
)

// An articleSet is what the window has loaded: one Open and the Adds after
// it. It keeps every report unmerged, so that an Add merges the new reports
// with the old by the very rules of a load of the whole set, and what was
// read, so that nothing is read into it twice. A set is never changed once
// made (adding makes a new one), so that an Add reads the set shown off
// the UI goroutine while the window still shows it.
type articleSet struct {
	// paths are the files and folders opened and added, absolute, for Open
	// Recent; none for the bundled samples.
	paths   []string
	reports []event.Event
	places  []event.PlaceMentions
	files   articleFiles
	// read are the absolute paths of the files read, articles and GeoJSON,
	// and texts the contents of the articles: a file added again, or a copy
	// of one, adds nothing.
	read                  map[string]bool
	texts                 map[[sha256.Size]byte]bool
	articles, collections int
	// origins name each article's text by its SHA-256, by the article's
	// name: what an analyst's edit names its reports by (see edit.Key).
	origins map[string]string
}

// extended is a copy of s (empty if nil) to add to; s stays as it is.
func (s *articleSet) extended(paths []string) *articleSet {
	if s == nil {
		s = &articleSet{}
	}
	next := &articleSet{
		paths:       slices.Clip(s.paths),
		reports:     slices.Clip(s.reports),
		places:      slices.Clip(s.places),
		files:       maps.Clone(s.files),
		read:        maps.Clone(s.read),
		texts:       maps.Clone(s.texts),
		articles:    s.articles,
		collections: s.collections,
		origins:     maps.Clone(s.origins),
	}
	if next.files == nil {
		next.files, next.read, next.texts = articleFiles{}, map[string]bool{}, map[[sha256.Size]byte]bool{}
		next.origins = map[string]string{}
	}
	for _, p := range paths {
		if p = absolute(p); !slices.Contains(next.paths, p) {
			next.paths = append(next.paths, p)
		}
	}
	return next
}

// keys are the keys by which edits name the reports of s: an article's
// by its text and sentence, an imported event's by its ID.
func (s *articleSet) keys() edit.Keys {
	return func(r *event.Event) string {
		if origin, ok := s.origins[r.Source]; ok {
			return edit.Key(r, origin, true)
		}
		return edit.Key(r, "layer", false)
	}
}

// has says whether the file at path was read into the set already.
func (s *articleSet) has(path string) bool { return path != "" && s.read[absolute(path)] }

// addCollection adds the events of the GeoJSON file at path.
func (s *articleSet) addCollection(path string, events []event.Event) {
	s.read[absolute(path)] = true
	s.reports = append(s.reports, events...)
	s.collections++
}

// addArticle adds an article read, unless the set has it already, read
// from the same file or another with the same text; it says whether it
// did. An article named as one of the set from another file (two folders'
// 001.txt) is named by its path, so that showing either finds its own
// text, and their reports may merge as those of two articles.
func (s *articleSet) addArticle(r extract.Result) bool {
	key := contentKey(r)
	if s.has(r.Path) || s.texts[key] {
		return false
	}
	if r.Path != "" {
		s.read[absolute(r.Path)] = true
	}
	s.texts[key] = true
	name := r.Article.Name
	if _, taken := s.files[name]; taken {
		renamed(&r, absolute(r.Path))
		name = r.Article.Name
	}
	s.files[name] = r.Path
	sum := sha256.Sum256([]byte(r.Article.Text))
	s.origins[name] = hex.EncodeToString(sum[:8])
	s.reports = append(s.reports, r.Events...)
	s.places = append(s.places, r.Places...)
	s.articles++
	return true
}

// renamed gives the article of r, its events and its places the name name.
func renamed(r *extract.Result, name string) {
	old := r.Article.Name
	r.Article.Name = name
	r.Events = slices.Clone(r.Events)
	for i := range r.Events {
		r.Events[i].Source = name
		r.Events[i].ID = name + strings.TrimPrefix(r.Events[i].ID, old)
	}
	r.Places = slices.Clone(r.Places)
	for i := range r.Places {
		r.Places[i].Source = name
	}
}

// contentKey identifies an article by what it says: its date and text.
func contentKey(r extract.Result) [sha256.Size]byte {
	h := sha256.New()
	if d := r.Article.Published; d != nil {
		h.Write([]byte(d.Format("2006-01-02")))
	}
	h.Write([]byte{0})
	h.Write([]byte(r.Article.Text))
	return [sha256.Size]byte(h.Sum(nil))
}

// absolute is path made absolute, as Open Recent keeps it; as it was if
// the working directory cannot be known.
func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// size is how many articles and GeoJSON files s holds; 0 if nil.
func (s *articleSet) size() int {
	if s == nil {
		return 0
	}
	return s.articles + s.collections
}

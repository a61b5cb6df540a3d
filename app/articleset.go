package app

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/workspace"
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
	// read are the files read, articles and GeoJSON, by absolute path, and
	// texts the contents of the articles: a file added again, or a copy of
	// one, adds nothing, but an article whose file says something else now
	// replaces the one read from it.
	read                  map[string]readFile
	texts                 map[textKey]bool
	articles, collections int
	// names are the articles' names, in the order they were added, and
	// layers the GeoJSON layers imported: what a workspace keeps.
	names  []string
	layers []workspace.Layer
	// origins name each article's text by its SHA-256, by the article's
	// name: what an analyst's edit names its reports by (see edit.Key).
	origins map[string]string
	// added and replaced name the articles this set added to the one it
	// extends, and those it read again as their files had changed, for
	// the status line.
	added, replaced []string
}

// textKey identifies an article by what it says (see contentKey).
type textKey [sha256.Size]byte

// readFile is what a file read gave: for an article, its name in the set,
// the key of its text, and where its reports and places are in the set's
// slices, so that a new text of the file can replace them; for GeoJSON,
// none of these. Events imported from GeoJSON may bear an article's name,
// so an article's reports are known by where they are, not by their name.
type readFile struct {
	name            string
	text            textKey
	reports, places part
}

// part is where one article's items are in a slice of the set's.
type part struct{ at, n int }

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
		names:       slices.Clip(s.names),
		layers:      slices.Clip(s.layers),
	}
	if next.files == nil {
		next.files, next.read, next.texts = articleFiles{}, map[string]readFile{}, map[textKey]bool{}
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
func (s *articleSet) has(path string) bool {
	if path == "" {
		return false
	}
	_, ok := s.read[absolute(path)]
	return ok
}

// addCollection adds the events of the GeoJSON file at path, which the
// set takes: the first are kept as they are rather than copied, as a
// layer of a million events is a quarter of a gigabyte.
func (s *articleSet) addCollection(path string, events []event.Event) {
	s.read[absolute(path)] = readFile{}
	if len(s.reports) == 0 {
		// The layer and the reports share the array, as neither is written
		// in place: what is added to the reports goes to a copy.
		s.reports = slices.Clip(events)
	} else {
		s.reports = append(s.reports, events...)
	}
	s.layers = append(s.layers, workspace.Layer{Path: path, Events: events})
	s.collections++
}

// addArticle adds an article read, unless the set has it already, read
// from the same file or another with the same text; it returns the name
// it has in the set, "" when it was not added. An article named as one of
// the set from another file (two folders' 001.txt) is named by its path,
// so that showing either finds its own text, and their reports may merge
// as those of two articles. An article from a file read before that says
// something else now replaces the one read from it: its reports go, and
// the new ones come.
func (s *articleSet) addArticle(r extract.Result) string {
	key := contentKey(r)
	path := ""
	if r.Path != "" {
		path = absolute(r.Path)
	}
	was, read := s.read[path]
	switch {
	case read && was.text == key:
		return ""
	case read:
		s.drop(path, was)
		s.replaced = append(s.replaced, was.name)
	}
	if s.texts[key] {
		return "" // a copy of another now; the file's old text went all the same
	}
	s.texts[key] = true
	name := r.Article.Name
	if _, taken := s.files[name]; taken {
		renamed(&r, absolute(r.Path))
		name = r.Article.Name
	}
	if path != "" {
		s.read[path] = readFile{name, key, part{len(s.reports), len(r.Events)}, part{len(s.places), len(r.Places)}}
	}
	s.files[name] = r.Path
	s.names = append(s.names, name)
	sum := sha256.Sum256([]byte(r.Article.Text))
	s.origins[name] = hex.EncodeToString(sum[:8])
	s.reports = append(s.reports, r.Events...)
	s.places = append(s.places, r.Places...)
	s.articles++
	if !read {
		s.added = append(s.added, name)
	}
	return name
}

// drop takes out of the set the article read from the file at path, as
// was tells it: its text, its reports and its places, into new slices,
// as the set s extends shares their arrays; the articles after it move
// up.
func (s *articleSet) drop(path string, was readFile) {
	delete(s.read, path)
	delete(s.texts, was.text)
	delete(s.files, was.name)
	delete(s.origins, was.name)
	s.names = slices.DeleteFunc(slices.Clone(s.names), func(n string) bool { return n == was.name })
	s.reports = without(s.reports, was.reports)
	s.places = without(s.places, was.places)
	for p, f := range s.read {
		if f.reports.at > was.reports.at {
			f.reports.at -= was.reports.n
		}
		if f.places.at > was.places.at {
			f.places.at -= was.places.n
		}
		s.read[p] = f
	}
	s.articles--
}

// without is a new slice of the items of s out of p.
func without[T any](s []T, p part) []T {
	return slices.Concat(s[:p.at], s[p.at+p.n:])
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

// knows says whether s holds an article of a's date and text; it may be
// called from several goroutines, as s does not change.
func (s *articleSet) knows(a article.Article) bool { return s != nil && s.texts[articleKey(a)] }

// contentKey identifies an article by what it says: its date and text.
func contentKey(r extract.Result) textKey { return articleKey(r.Article) }

func articleKey(a article.Article) textKey {
	h := sha256.New()
	if d := a.Published; d != nil {
		h.Write([]byte(d.Format("2006-01-02")))
	}
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return textKey(h.Sum(nil))
}

// absolute is path made absolute, as Open Recent keeps it; as it was if
// the working directory cannot be known.
func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// collectionCount is how many GeoJSON files s holds; 0 if nil (a Follow
// Folder before anything is loaded adds to nothing).
func (s *articleSet) collectionCount() int {
	if s == nil {
		return 0
	}
	return s.collections
}

// size is how many articles and GeoJSON files s holds; 0 if nil.
func (s *articleSet) size() int {
	if s == nil {
		return 0
	}
	return s.articles + s.collections
}

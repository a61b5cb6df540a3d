package app

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/watch"
)

// Articles that arrive in a folder followed, an event each.
const (
	yerevanProtest = " date 2021-03-02\nProtesters marched through Yerevan on Monday, demanding that the prime minister resign.\n"
	ganjaStrike    = "A drone strike hit a fuel depot in Ganja on Thursday, killing three people, officials said.\n"
	gorisClash     = " date 2021-03-06\nTroops clashed with rebels near Goris on Friday.\n"
)

// followingWindow is a test window, its loads run by loop, that follows
// a new folder holding files, once it has read them.
func followingWindow(t *testing.T, files map[string]string) (*mainWindow, uiLoop, string) {
	t.Helper()
	w := newTestWindow(t)
	loop := newUILoop()
	w.do = loop.do
	dir := writeFiles(t, files)
	w.follow(dir)
	t.Cleanup(w.stopFollowing)
	loop.runUntil(t, "the folder read", func() bool {
		return w.dropLoad == nil && strings.HasPrefix(w.status.Text, "Following "+dir+": ")
	})
	return w, loop, dir
}

// placesShown are the places of the window's events.
func placesShown(w *mainWindow) []string {
	var places []string
	for _, e := range w.events {
		if e.Place != nil {
			places = append(places, e.Place.Name)
		}
	}
	slices.Sort(places)
	return places
}

// statusesUntil runs loop until done, and returns the status lines shown
// meanwhile, each once.
func statusesUntil(t *testing.T, loop uiLoop, w *mainWindow, what string, done func() bool) []string {
	t.Helper()
	var seen []string
	loop.runUntil(t, what, func() bool {
		if s := w.status.Text; len(seen) == 0 || seen[len(seen)-1] != s {
			seen = append(seen, s)
		}
		return done()
	})
	return seen
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Issue 12's "done when": articles copied into a folder followed, one into
// a folder made after, show their events.
func TestFollowingAFolderAddsTheArticlesCopiedIntoIt(t *testing.T) {
	w, loop, dir := followingWindow(t, nil)
	if got, want := w.status.Text, "Following "+dir+": no articles in it yet"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	menuItem(t, w, "Stop Following "+dir)

	elsewhere := writeFiles(t, map[string]string{"yerevan.txt": yerevanProtest, "ganja.txt": " date 2021-03-05\n" + ganjaStrike})
	copyFile(t, filepath.Join(elsewhere, "yerevan.txt"), filepath.Join(dir, "yerevan.txt"))
	if err := os.Mkdir(filepath.Join(dir, "2021-03"), 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join(elsewhere, "ganja.txt"), filepath.Join(dir, "2021-03", "ganja.txt"))

	statuses := statusesUntil(t, loop, w, "the events of the articles copied", func() bool {
		return slices.Equal(placesShown(w), []string{"Ganja", "Yerevan"}) && w.dropLoad == nil
	})
	// They may come together or one by one.
	var said string
	for _, s := range statuses {
		if strings.HasPrefix(s, "Following "+dir+": ") && strings.Contains(s, " arrived") {
			said += s
		}
	}
	for _, name := range []string{"yerevan.txt", "2021-03/ganja.txt"} {
		if !strings.Contains(said, name) {
			t.Errorf("no status line says %s arrived: %q", name, statuses)
		}
	}
	if got := w.files["2021-03/ganja.txt"]; got != filepath.Join(dir, "2021-03", "ganja.txt") {
		t.Errorf("ganja.txt is not named by its path in the folder: %v", w.files)
	}
	if sets := (prefs{w.app.Preferences()}).recentSets(); len(sets) == 0 || !slices.Equal(sets[0].Paths, []string{dir}) {
		t.Errorf("Open Recent keeps %v, want the folder followed first", sets)
	}

	w.open([]string{elsewhere})
	if w.following != nil {
		t.Error("opening another set did not stop following")
	}
	menuItem(t, w, "Follow Folder…")
}

func TestAnArticleWrittenInTwoChunksIsExtractedOnceWhole(t *testing.T) {
	w, loop, dir := followingWindow(t, nil)
	loads := 0
	w.shown = func(error) { loads++ }

	file, err := os.Create(filepath.Join(dir, "yerevan.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, chunk := range []string{yerevanProtest, ganjaStrike} {
		if _, err := file.WriteString(chunk); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond) // well within the quiet interval
	}
	if err := file.Close(); err != nil {
		t.Fatal(err)
	}

	loop.runUntil(t, "the article's events", func() bool { return loads > 0 })
	if got := placesShown(w); !slices.Equal(got, []string{"Ganja", "Yerevan"}) {
		t.Errorf("events at %v, want Ganja and Yerevan, from the whole text", got)
	}
	// A second report would come within the quiet interval and a quarter.
	time.Sleep(3 * watch.DefaultQuiet)
	for len(loop) > 0 {
		(<-loop)()
	}
	if loads != 1 || w.dropLoad != nil || len(w.queued) > 0 {
		t.Errorf("the article was read %d times (one more under way: %v)", loads, w.dropLoad != nil)
	}
	if w.set.articles != 1 {
		t.Errorf("the set holds %d articles, want 1", w.set.articles)
	}
}

func TestRewritingAnArticleFollowedReplacesItsEvents(t *testing.T) {
	w, loop, dir := followingWindow(t, map[string]string{"news.txt": yerevanProtest})
	if got := placesShown(w); !slices.Equal(got, []string{"Yerevan"}) {
		t.Fatalf("the folder's article shows events at %v, want Yerevan", got)
	}
	if err := os.WriteFile(filepath.Join(dir, "news.txt"), []byte(gorisClash), 0o644); err != nil {
		t.Fatal(err)
	}
	loop.runUntil(t, "the new events", func() bool { return slices.Equal(placesShown(w), []string{"Goris"}) })
	if got, want := w.status.Text, "Following "+dir+": news.txt changed (1 event in all)"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	if !slices.ContainsFunc(w.events, func(e event.Event) bool { return e.Source == "news.txt" }) || w.set.articles != 1 {
		t.Errorf("the set holds %d articles, %v", w.set.articles, w.files)
	}
}

func TestFollowingAFolderGoneStops(t *testing.T) {
	w, loop, dir := followingWindow(t, nil)
	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	loop.runUntil(t, "following to stop", func() bool { return w.following == nil })
	if want := dir + ": " + watch.ErrFolderGone.Error(); w.status.Text != want {
		t.Errorf("status = %q, want %q", w.status.Text, want)
	}
	menuItem(t, w, "Follow Folder…")
}

func TestFollowingNoFolderTellsWhy(t *testing.T) {
	w := newTestWindow(t)
	missing := filepath.Join(t.TempDir(), "missing")
	w.follow(missing)
	if w.following != nil {
		t.Fatal("following a folder that is not there")
	}
	top := w.win.Canvas().Overlays().Top()
	if top == nil || !rendersText(top, missing+": no such file or directory") {
		t.Error("no dialog tells the folder is not there")
	}
}

func TestStatusOfWhatArrived(t *testing.T) {
	tests := []struct {
		name              string
		added, replaced   []string
		before, events    int
		skipped, undated  []error
		wantText, wantBad string
	}{
		{"one article", []string{"a.txt"}, nil, 2, 5, nil, nil, "a.txt arrived, 3 events (5 in all)", ""},
		{"three", []string{"a.txt", "b.txt", "c.txt"}, nil, 0, 1, nil, nil, "a.txt, b.txt and c.txt arrived, 1 event (1 in all)", ""},
		{"more are counted", []string{"a", "b", "c", "d"}, nil, 0, 4, nil, nil, "4 articles arrived, 4 events (4 in all)", ""},
		{"a change and no new event", nil, []string{"a.txt"}, 5, 5, nil, nil, "a.txt changed (5 events in all)", ""},
		{"what could not be read", []string{"a.txt"}, nil, 0, 1,
			[]error{errors.New("x.txt: empty file (no text)"), errors.New("y.txt: not UTF-8")},
			[]error{errors.New(`a.txt: invalid date "2021-13-01" in the date header, ignored`)},
			"a.txt arrived, 1 event (1 in all)",
			`; skipped x.txt: empty file (no text) and 1 more; a.txt: invalid date "2021-13-01" in the date header, ignored`},
	}
	for _, tt := range tests {
		res := loaded{set: &articleSet{added: tt.added, replaced: tt.replaced}, events: make([]event.Event, tt.events)}
		if got := arrivedText(res, tt.before); got != tt.wantText {
			t.Errorf("%s: arrivedText = %q, want %q", tt.name, got, tt.wantText)
		}
		if got := troubleText(tt.skipped, tt.undated); got != tt.wantBad {
			t.Errorf("%s: troubleText = %q, want %q", tt.name, got, tt.wantBad)
		}
	}
}

// While a load is under way, what arrives waits in one load of the
// folder's: none of what is read already, or is in a folder to be read.
func TestArrivalsWaitTogether(t *testing.T) {
	tests := []struct {
		name    string
		waiting []loadRequest
		arrive  [][]string
		want    []loadRequest
	}{
		{"one batch", nil, [][]string{{"/news/a.txt"}},
			[]loadRequest{{paths: []string{"/news/a.txt"}, followed: "/news"}}},
		{"two, each path once", nil, [][]string{{"/news/a.txt"}, {"/news/a.txt", "/news/b.txt"}},
			[]loadRequest{{paths: []string{"/news/a.txt", "/news/b.txt"}, followed: "/news"}}},
		{"into the folder waiting to be read", []loadRequest{{paths: []string{"/news"}, followed: "/news"}}, [][]string{{"/news/2021/a.txt"}},
			[]loadRequest{{paths: []string{"/news"}, followed: "/news"}}},
		{"not into an Add", []loadRequest{{paths: []string{"/news/a.txt"}}}, [][]string{{"/news/a.txt"}},
			[]loadRequest{{paths: []string{"/news/a.txt"}}, {paths: []string{"/news/a.txt"}, followed: "/news"}}},
	}
	for _, tt := range tests {
		w := &mainWindow{dropLoad: func() {}, queued: tt.waiting}
		for _, paths := range tt.arrive {
			w.arrived("/news", paths)
		}
		if !slices.EqualFunc(w.queued, tt.want, func(a, b loadRequest) bool {
			return slices.Equal(a.paths, b.paths) && a.followed == b.followed
		}) {
			t.Errorf("%s: queued %+v, want %+v", tt.name, w.queued, tt.want)
		}
	}
}

func TestStopFollowing(t *testing.T) {
	w, _, dir := followingWindow(t, nil)
	menuItem(t, w, "Stop Following "+dir).Action()
	if w.following != nil {
		t.Error("still following")
	}
	if want := "Stopped following " + dir + "."; w.status.Text != want {
		t.Errorf("status = %q, want %q", w.status.Text, want)
	}
	menuItem(t, w, "Follow Folder…")
}

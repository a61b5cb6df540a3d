package app

import (
	"image/gif"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/chronomap/chronomap/app/animation"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// animationTestSource is the map of figureEvents with the timeline on its
// whole span, 10 October to 8 November 2020, by week at 7 days a second.
func animationTestSource() animationSource {
	events := figureEvents()
	fig := caucasusSource(events)
	ix := tl.New(events)
	span, _ := ix.Span()
	return animationSource{
		Source: animation.Source{Scene: fig.scene, View: fig.view, Days: ix},
		days:   span, mode: tl.Week, speed: 7,
	}
}

func TestTheAnimationDialogStartsFromTheTimeline(t *testing.T) {
	test.NewTempApp(t)
	f := newAnimationForm(animationTestSource())
	for _, c := range []struct{ what, got, want string }{
		{"title", f.title.Text, "Chronomap"},
		{"first day", f.from.Text, "2020-10-10"},
		{"last day", f.to.Text, "2020-11-08"},
		{"window", f.mode.Selected, "Week"},
		{"speed", f.speed.Selected, "7 days a second"},
		{"size", f.size.Text, "1280 × 720"},
		{"scale", f.scale.Selected, "1×"},
		{"output", f.output.Selected, "Animated GIF"},
		{"summary", f.summary.Text, "5 frames, 7 s · 1280 × 720 pixels"},
	} {
		if c.got != c.want {
			t.Errorf("the %s is %q, want %q", c.what, c.got, c.want)
		}
	}
	o, err := f.options()
	if err != nil {
		t.Fatal(err)
	}
	if o.Mode != tl.Week || o.Speed != 7 || o.Days.Days() != 30 || o.Figure.Title != "Chronomap" || len(o.Figure.Credits) != 3 {
		t.Errorf("the options are %+v", o)
	}
	if got := o.Caption(f.src.Days.View(o.Days.To, tl.Week, false)); got != "2–8 Nov 2020" {
		t.Errorf("the last frame's caption is %q, want the days it shows", got)
	}
}

func TestTheAnimationDialogChecksItsFields(t *testing.T) {
	for _, c := range []struct {
		name    string
		change  func(f *animationForm)
		field   func(f *animationForm) error // the field that says what is wrong, or nil
		want    string                       // in its error, "" for none
		summary string                       // in the summary
	}{
		{"a day a frame is a frame a day", func(f *animationForm) { f.mode.SetSelected("Day") }, nil, "", "30 frames, 6.3 s"},
		{"a day typed wrong", func(f *animationForm) { f.from.SetText("10/10/2020") }, (*animationForm).fromError, "not a day written yyyy-mm-dd", "—"},
		{"days that run backwards", func(f *animationForm) { f.to.SetText("2020-10-01") }, (*animationForm).toError, "the days run backwards", "—"},
		{"too many frames", func(f *animationForm) { f.mode.SetSelected("Day"); f.from.SetText("1990-01-01") }, (*animationForm).toError, "frames are too many", "—"},
		{"a size too small", func(f *animationForm) { f.size.SetText("300 × 200") }, (*animationForm).sizeError, "too small", "—"},
		{"2× doubles the pixels", func(f *animationForm) { f.scale.SetSelected("2×") }, nil, "", "2560 × 1440 pixels"},
	} {
		t.Run(c.name, func(t *testing.T) {
			test.NewTempApp(t)
			f := newAnimationForm(animationTestSource())
			c.change(f)
			if c.field != nil {
				if err := c.field(f); err == nil || !strings.Contains(strings.ToLower(err.Error()), c.want) {
					t.Errorf("the field says %v, want %q", err, c.want)
				}
			}
			if !strings.Contains(f.summary.Text, c.summary) {
				t.Errorf("the summary says %q, want %q", f.summary.Text, c.summary)
			}
		})
	}
}

func (f *animationForm) fromError() error { return f.from.Validate() }
func (f *animationForm) toError() error   { return f.to.Validate() }
func (f *animationForm) sizeError() error { return f.size.Validate() }

func TestExportAnimationIsInTheFileMenu(t *testing.T) {
	w := newTestWindow(t)
	w.show(prepared(loaded{events: figureEvents(), articles: 1}), nil)
	menuItem(t, w, "Export Animation…").Action()
	d := w.win.Canvas().Overlays().Top()
	if d == nil || !rendersText(d, "Export Animation") || !rendersText(d, "Animated GIF") {
		t.Fatal("no animation dialog over the window")
	}
}

func TestExportAnimationSaysWhenNothingHasADate(t *testing.T) {
	w := newTestWindow(t)
	w.show(prepared(loaded{events: figureEvents()[:0], articles: 1}), nil)
	menuItem(t, w, "Export Animation…").Action()
	d := w.win.Canvas().Overlays().Top()
	if d == nil || !rendersText(d, "nothing to animate") {
		t.Fatal("no dialog saying there is nothing to animate")
	}
}

// exportResult is what writeAnimation told: the path written, or the
// status line of a cancelled run.
type exportResult struct{ path, status string }

// runExport runs writeAnimation of the form's options into path, tapping
// Cancel at once if cancel is set, and returns what it told.
func runExport(t *testing.T, f *animationForm, path string, cancel bool) exportResult {
	t.Helper()
	win := test.NewWindow(nil)
	defer win.Close()
	o, err := f.options()
	if err != nil {
		t.Fatal(err)
	}
	var told *exportResult
	loop := newUILoop()
	writeAnimation(animationUI{
		win:    win,
		do:     loop.do,
		done:   func(path string) { told = &exportResult{path: path} },
		status: func(status string) { told = &exportResult{status: status} },
	}, path, f.pngs(), f.src, o)
	if cancel {
		tapButton(t, win, "Exporting the Animation", "Cancel")
	} else if d := win.Canvas().Overlays().Top(); d == nil || !rendersText(d, "Exporting the Animation") {
		t.Fatal("no progress dialog over the window")
	}
	loop.runUntil(t, "the export", func() bool { return told != nil })
	if d := win.Canvas().Overlays().Top(); d != nil {
		t.Error("the progress dialog is still up")
	}
	return *told
}

func TestWriteAnimation(t *testing.T) {
	test.NewTempApp(t)
	f := newAnimationForm(animationTestSource())
	f.size.SetText("800 × 450")
	path := filepath.Join(t.TempDir(), "war.gif")
	if got := runExport(t, f, path, false); got.path != path {
		t.Fatalf("the export told %+v, want the path written", got)
	}
	r, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if g, err := gif.DecodeAll(r); err != nil || len(g.Image) != 5 {
		t.Errorf("the GIF has %d frames (%v), want 5 weeks", len(g.Image), err)
	}
}

func TestWriteAnimationAsPNGFrames(t *testing.T) {
	test.NewTempApp(t)
	f := newAnimationForm(animationTestSource())
	f.size.SetText("800 × 450")
	f.output.SetSelected(animationOutputs[1])
	parent := t.TempDir()
	os.Mkdir(filepath.Join(parent, framesFolderName), 0o755) // an earlier export's
	dir := newFolderIn(parent, framesFolderName)
	if dir != filepath.Join(parent, framesFolderName+"-2") {
		t.Errorf("the frames go into %s, want a new folder beside the earlier one", dir)
	}
	if got := runExport(t, f, dir, false); got.path != dir {
		t.Fatalf("the export told %+v, want the folder written", got)
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) != 5 {
		t.Errorf("the folder holds %d files (%v), want 5 frames", len(entries), err)
	}
}

func TestCancellingAnAnimationLeavesNothing(t *testing.T) {
	test.NewTempApp(t)
	f := newAnimationForm(animationTestSource())
	f.size.SetText("800 × 450")
	f.mode.SetSelected("Day")
	f.from.SetText("2015-01-01") // thousands of frames: a run that lasts
	dir := t.TempDir()
	got := runExport(t, f, filepath.Join(dir, "war.gif"), true)
	if !strings.Contains(got.status, "cancelled") {
		t.Errorf("the export told %+v, want it cancelled", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a cancelled export left %v", entries)
	}
}

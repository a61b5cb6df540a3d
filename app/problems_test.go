package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// unreadable are n errors such as a folder of binary files gives.
func unreadable(n int) []error {
	errs := make([]error, n)
	for i := range errs {
		errs[i] = fmt.Errorf("/news/%05d.txt: binary file, not text (NUL byte at offset %d)", i, i%7)
	}
	return errs
}

// problemWindow is a window of the size of a small screen, over which the
// problems show.
func problemWindow(t *testing.T) (fyne.Window, fyne.Clipboard) {
	t.Helper()
	a := test.NewTempApp(t)
	win := a.NewWindow("")
	win.Resize(fyne.NewSize(900, 600))
	win.Show()
	t.Cleanup(win.Close)
	return win, a.Clipboard()
}

func TestProblemSummary(t *testing.T) {
	first := func(n int) string {
		lines := []string{"/news/"}
		for i := range n {
			lines = append(lines, fmt.Sprintf("    %05d.txt: binary file, not text (NUL byte at offset %d)", i, i%7))
		}
		return strings.Join(lines, "\n")
	}
	tests := []struct {
		n                    int
		heading, first, more string
		showAll              bool
	}{
		{1, "1 file was skipped:", first(1), "", false},
		{5, "5 files were skipped:", first(5), "", false},
		{10_000, "10,000 files were skipped:", first(5), "…and 9,995 more.", true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			win, clip := problemWindow(t)
			errs := unreadable(tt.n)
			s := newProblemSummary(skippedFiles(errs), win, clip)
			if s.heading.Text != tt.heading || s.first.Text != tt.first {
				t.Errorf("summary reads %q then %q, want %q then %q", s.heading.Text, s.first.Text, tt.heading, tt.first)
			}
			if got := shownText(s.more); got != tt.more {
				t.Errorf("under the lines: %q, want %q", got, tt.more)
			}
			if s.showAll.Visible() != tt.showAll {
				t.Errorf("Show All shown: %v, want %v", s.showAll.Visible(), tt.showAll)
			}
			test.Tap(s.copyAll)
			if got, want := clip.Content(), errors.Join(errs...).Error(); got != want {
				t.Errorf("Copy All copied %d lines, want the %d whole", strings.Count(got, "\n")+1, tt.n)
			}
			if s.copyAll.Text != "Copied" {
				t.Errorf("after a copy the button reads %q", s.copyAll.Text)
			}
		})
	}
}

func TestASummaryOfFilesInNoCommonFolder(t *testing.T) {
	win, clip := problemWindow(t)
	s := newProblemSummary(skippedFiles([]error{errors.New("a.txt: empty file (no text)"), errors.New("/b/c.txt: empty file (no text)")}), win, clip)
	if got, want := s.first.Text, "a.txt: empty file (no text)\n/b/c.txt: empty file (no text)"; got != want {
		t.Errorf("summary lines %q, want %q", got, want)
	}
}

func TestCommonFolder(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"/news/a.txt: empty file (no text)"}, "/news/"},
		{[]string{"/news/2020/a.txt: x", "/news/2020/b.txt: y", "/news/2021/c.txt: z"}, "/news/"},
		{[]string{"/news/a.txt: x", "/other/b.txt: y"}, ""},
		{[]string{"a.txt: x", "b.txt: y"}, ""},
		{[]string{"/news/a.txt: x", "b.txt: y"}, ""},
		{[]string{"/news/a: b/c: x", "/news/a: b/d: y"}, "/news/"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := commonFolder(tt.lines); got != tt.want {
			t.Errorf("commonFolder(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// shownText is what a label says on screen: nothing when hidden.
func shownText(l *widget.Label) string {
	if !l.Visible() {
		return ""
	}
	return l.Text
}

func TestUndatedArticlesHeading(t *testing.T) {
	for n, want := range map[int]string{1: "1 article was read without its date", 12: "12 articles were read without their date"} {
		if got := undatedArticles(unreadable(n)).heading; got != want {
			t.Errorf("%d undated: %q, want %q", n, got, want)
		}
	}
}

// showAll taps the Show All button of the summary of errs, and returns the
// dialog it opens and the list in it.
func showAll(t *testing.T, win fyne.Window, clip fyne.Clipboard, errs []error) (fyne.CanvasObject, *widget.List) {
	t.Helper()
	test.Tap(newProblemSummary(skippedFiles(errs), win, clip).showAll)
	dialog := win.Canvas().Overlays().Top()
	lists := objectsOf[*widget.List](dialog)
	if len(lists) != 1 {
		t.Fatalf("Show All shows %d lists, want 1", len(lists))
	}
	return dialog, lists[0]
}

func TestShowAllListsEveryProblem(t *testing.T) {
	win, clip := problemWindow(t)
	_, few := showAll(t, win, clip, unreadable(100))
	errs := unreadable(10_000)
	dialog, list := showAll(t, win, clip, errs)
	if n := list.Length(); n != len(errs) {
		t.Fatalf("the list has %d lines, want %d", n, len(errs))
	}
	// Only the rows in view are made: 10,000 lines cost what 100 do.
	rows := rowsOf(list)
	if len(rows) != len(rowsOf(few)) {
		t.Fatalf("the list made %d rows for 10,000 lines, %d for 100", len(rows), len(rowsOf(few)))
	}
	if rows[0] != "00000.txt: binary file, not text (NUL byte at offset 0)" {
		t.Errorf("the first row reads %q", rows[0])
	}
	list.ScrollToBottom()
	if rows := rowsOf(list); !slices.Contains(rows, "09999.txt: binary file, not text (NUL byte at offset 3)") {
		t.Errorf("scrolled to the bottom, the rows read %q…, not the last line", rows[0])
	}
	list.Select(9_998)
	if whole := objectsOf[*widget.Label](dialog); !containsLabel(whole, errs[9_998].Error()) {
		t.Error("the line selected is not shown whole")
	}
	copyAll := buttonIn(t, dialog, "Copy All")
	test.Tap(copyAll)
	if got := strings.Split(clip.Content(), "\n"); len(got) != len(errs) || got[9_999] != errs[9_999].Error() {
		t.Errorf("Copy All copied %d lines, want the %d", len(got), len(errs))
	}
	test.Tap(buttonIn(t, dialog, "Close"))
	if win.Canvas().Overlays().Top() == dialog {
		t.Error("Close left the list open")
	}
}

// rowsOf are the texts of the rows list has made.
func rowsOf(list *widget.List) []string {
	var rows []string
	for _, l := range objectsOf[*widget.Label](list) {
		rows = append(rows, l.Text)
	}
	return rows
}

// objectsOf are the objects of type T shown in o, o included.
func objectsOf[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var found []T
	if o == nil || !o.Visible() {
		return nil
	}
	if t, ok := o.(T); ok {
		found = append(found, t)
	}
	var children []fyne.CanvasObject
	switch c := o.(type) {
	case fyne.Widget:
		children = test.WidgetRenderer(c).Objects()
	case *fyne.Container:
		children = c.Objects
	}
	for _, child := range children {
		found = append(found, objectsOf[T](child)...)
	}
	return found
}

// buttonIn is the button reading text in o; it fails t if there is none.
func buttonIn(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, b := range objectsOf[*widget.Button](o) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no %q button", text)
	return nil
}

func containsLabel(labels []*widget.Label, text string) bool {
	for _, l := range labels {
		if l.Text == text {
			return true
		}
	}
	return false
}

func TestALoadThatSkipsManyFilesSummarisesThem(t *testing.T) {
	shown := func(skipped int) (*mainWindow, fyne.CanvasObject) {
		w := newTestWindow(t)
		w.show(prepared(loaded{events: sampleEvents(), articles: 1, skipped: unreadable(skipped), undated: unreadable(2)}), nil)
		return w, w.win.Canvas().Overlays().Top()
	}
	w, dialog := shown(10_000)
	if dialog == nil {
		t.Fatal("no dialog tells of the files skipped")
	}
	for _, want := range []string{"Some files were skipped or read without their date", "10,000 files were skipped:", "/news/", "…and 9,995 more.", "2 articles were read without their date:"} {
		if !rendersText(dialog, want) {
			t.Errorf("the dialog does not say %q", want)
		}
	}
	// Its first lines only: the dialog lays out as much for 10,000 files
	// as for 6.
	_, few := shown(6)
	if n, m := len(test.LaidOutObjects(dialog)), len(test.LaidOutObjects(few)); n != m {
		t.Errorf("the dialog lays out %d objects for 10,000 files, %d for 6", n, m)
	}
	if got := len(w.list.visible); got != 2 {
		t.Errorf("the list shows %d events, want the 2 read", got)
	}
}

func TestOpeningAFolderOfUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	for i := range 10_000 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.txt", i)), []byte("\x00\x01garbage"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w := newTestWindow(t)
	loop := newUILoop()
	w.do = loop.do
	var err error
	done := false
	w.shown = func(e error) { err, done = e, true }
	w.open([]string{dir})
	loop.runUntil(t, "the load", func() bool { return done })

	var none *nothingRead
	if !errors.As(err, &none) || len(none.skipped) != 10_000 {
		t.Fatalf("error = %.200v, want nothing read and 10,000 files skipped", err)
	}
	dialog := w.win.Canvas().Overlays().Top()
	for _, want := range []string{"Nothing could be read from " + dir + ".", "10,000 files were skipped:", dir + string(filepath.Separator), "00004.txt: binary file, not text (NUL byte at offset 0)", "…and 9,995 more."} {
		if !rendersText(dialog, want) {
			t.Errorf("the dialog does not say %q", want)
		}
	}
}

func TestALoadThatReadNothingSummarisesItsFiles(t *testing.T) {
	w := newTestWindow(t)
	w.show(loaded{}, &nothingRead{paths: []string{"/news"}, skipped: unreadable(10_000)})

	dialog := w.win.Canvas().Overlays().Top()
	if dialog == nil {
		t.Fatal("no dialog shows the error")
	}
	for _, want := range []string{"Could not open the articles", "Nothing could be read from /news.", "10,000 files were skipped:", "/news/", "00004.txt: binary file", "…and 9,995 more."} {
		if !rendersText(dialog, want) {
			t.Errorf("the dialog does not say %q", want)
		}
	}
	if rendersText(dialog, "00005.txt") {
		t.Error("the dialog lists more than the first lines")
	}
	if got := w.status.Text; got != "Could not open the articles." {
		t.Errorf("status = %q", got)
	}
}

func TestNothingReadNamesEveryFile(t *testing.T) {
	err := &nothingRead{paths: []string{"a", "b"}, skipped: []error{errors.New("a: empty file (no text)"), errors.New("b: binary file, not text")}}
	if got, want := err.Error(), "nothing could be read from a, b\na: empty file (no text)\nb: binary file, not text"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}

func TestProblemsTitleSaysWhatWentWrong(t *testing.T) {
	tests := []struct {
		skipped, undated int
		want             string
	}{
		{3, 0, "Some files were skipped"},
		{0, 2, "Some articles were read without their date"},
		{3, 2, "Some files were skipped or read without their date"},
	}
	for _, tt := range tests {
		if got := problemsTitle(loaded{skipped: unreadable(tt.skipped), undated: unreadable(tt.undated)}); got != tt.want {
			t.Errorf("%d skipped, %d undated: %q, want %q", tt.skipped, tt.undated, got, tt.want)
		}
	}
}

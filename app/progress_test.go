package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// articleFolder is a folder of n short articles.
func articleFolder(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf(" date 2020-10-%02d Shelling hit Stepanakert on Saturday.", i%28+1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCancelStopsALoad(t *testing.T) {
	dir := articleFolder(t, 60)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var last int
	_, err := loadArticles(ctx, loadRequest{paths: []string{dir}}, func(done, total int) {
		last = done
		if done == 3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
	if last >= 60 {
		t.Errorf("all %d files were read after the cancel", last)
	}
}

func TestLoadReportsProgressToTheEnd(t *testing.T) {
	dir := articleFolder(t, 60)
	var steps []string
	res, err := loadArticles(context.Background(), loadRequest{paths: []string{dir}}, func(done, total int) {
		steps = append(steps, fmt.Sprintf("%d/%d", done, total))
	})
	if err != nil {
		t.Fatal(err)
	}
	if steps[0] != "0/60" || steps[len(steps)-1] != "60/60" {
		t.Errorf("progress went %s … %s, want 0/60 … 60/60", steps[0], steps[len(steps)-1])
	}
	if res.set.files["007.txt"] != filepath.Join(dir, "007.txt") {
		t.Errorf("the path of 007.txt is not kept to show it: %q", res.set.files["007.txt"])
	}
}

func TestACancelledLoadKeepsTheEventsShown(t *testing.T) {
	a := test.NewTempApp(t)
	win := a.NewWindow("")
	t.Cleanup(win.Close)
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // before the load counts its files
	loop := newUILoop()
	var statuses []string
	shown := false
	status := func(s string) { statuses = append(statuses, s) }
	startLoad(ctx, loadUI{win, status, func(loaded, error) { shown = true }, loop.do, nil}, loadRequest{paths: []string{articleFolder(t, 60)}})

	loop.runUntil(t, "the load to stop", func() bool { return len(statuses) == 2 })
	if statuses[1] != cancelledText {
		t.Errorf("status = %q, want %q", statuses[1], cancelledText)
	}
	if shown {
		t.Error("a cancelled load replaced the events shown")
	}
}

// uiLoop stands for Fyne's UI goroutine in tests, whose driver runs what
// fyne.Do is given at once, on the goroutine that gives it: what other
// goroutines hand to do runs here on the test's goroutine, in runUntil,
// so that the test looks at the widgets between two calls, without races.
type uiLoop chan func()

func newUILoop() uiLoop { return make(uiLoop, 1000) }

func (q uiLoop) do(f func()) { q <- f }

// runUntil runs what comes until done, and fails t if that takes 30 s.
func (q uiLoop) runUntil(t testing.TB, what string, done func() bool) {
	t.Helper()
	q.runWithin(t, 30*time.Second, what, done)
}

// runWithin runs what comes until done, and fails t if that takes longer
// than limit.
func (q uiLoop) runWithin(t testing.TB, limit time.Duration, what string, done func() bool) {
	t.Helper()
	timeout := time.After(limit)
	for !done() {
		select {
		case f := <-q:
			f()
		case <-timeout:
			t.Fatalf("waited %v for %s", limit, what)
		}
	}
}

package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
	_, err := loadArticles(ctx, []string{dir}, func(done, total int) {
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
	res, err := loadArticles(context.Background(), []string{dir}, func(done, total int) {
		steps = append(steps, fmt.Sprintf("%d/%d", done, total))
	})
	if err != nil {
		t.Fatal(err)
	}
	if steps[0] != "0/60" || steps[len(steps)-1] != "60/60" {
		t.Errorf("progress went %s … %s, want 0/60 … 60/60", steps[0], steps[len(steps)-1])
	}
	if res.files["007.txt"] != filepath.Join(dir, "007.txt") {
		t.Errorf("the path of 007.txt is not kept to show it: %q", res.files["007.txt"])
	}
}

func TestACancelledLoadKeepsTheEventsShown(t *testing.T) {
	a := test.NewTempApp(t)
	win := a.NewWindow("")
	t.Cleanup(win.Close)
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // before the load counts its files
	statuses := make(chan string, 4)
	shown := false
	startLoad(ctx, win, []string{articleFolder(t, 60)}, func(s string) { statuses <- s }, func(loaded, error) { shown = true })

	<-statuses // opening
	select {
	case s := <-statuses:
		if !strings.Contains(s, "cancelled") {
			t.Errorf("status = %q, want it to say the load was cancelled", s)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the load did not stop")
	}
	if shown {
		t.Error("a cancelled load replaced the events shown")
	}
}

package extract

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

func TestRunWithProgressCountsEveryInput(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"notes.md": "not an article"}
	for i := range 12 {
		files[fmt.Sprintf("sub/%02d.txt", i)] = "Talks resumed."
	}
	writeFiles(t, dir, files)
	var steps [][2]int
	b := Batch{Workers: 2}
	err := b.RunWithProgress(context.Background(), []string{dir, dir + "/missing.txt"},
		func(Result) error { return nil },
		func(done, total int) { steps = append(steps, [2]int{done, total}) })
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != 14 || steps[0] != [2]int{0, 13} || steps[13] != [2]int{13, 13} {
		t.Errorf("progress went %v, want 0 to 13 of 13 (12 articles and the missing file)", steps)
	}
}

func TestRunWithProgressStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 50 {
		files[fmt.Sprintf("%02d.txt", i)] = "Talks resumed."
	}
	writeFiles(t, dir, files)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	emitted := 0
	b := Batch{Workers: 2}
	err := b.RunWithProgress(ctx, []string{dir}, func(Result) error {
		emitted++
		if emitted == 5 {
			cancel()
		}
		return nil
	}, func(int, int) {})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
	if emitted >= 50 {
		t.Errorf("all %d articles were emitted after the cancel", emitted)
	}
}

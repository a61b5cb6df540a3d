package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/event/eventtest"
)

// linesOfStdinAndJSONL is a Batch.Lines: standard input and *.jsonl files
// hold JSON Lines.
func linesOfStdinAndJSONL(path string) bool {
	return path == article.StdinPath || article.JSONLinesFile(path)
}

func TestBatchReadsJSONLines(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"news.jsonl":   `{"id": "j1", "date": "2020-11-07", "text": "J one."}` + "\n" + `{"id": "j2", "text": "J two."}` + "\n",
		"one.txt":      " date 2020-11-08 One.",
		"folder/a.txt": `{"id": "not lines", "text": "a file of a folder is an article"}`,
	})
	in := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
	stdin := `{"id": "s1", "text": "S one."}` + "\nnot json\n" + `{"id": "s3", "date": "2020-11-09", "text": "S three."}`
	b := &Batch{Stdin: strings.NewReader(stdin), DefaultDate: eventtest.Day("2021-01-01"), Workers: 3, Lines: linesOfStdinAndJSONL}
	got := runBatch(t, b, []string{in("news.jsonl"), in("one.txt"), "-", in("folder"), in("missing.jsonl")})
	want := []outcome{
		{in("news.jsonl") + ":1", "j1", "J one.", "2020-11-07", ""},
		{in("news.jsonl") + ":2", "j2", "J two.", "2021-01-01", ""}, // --date for a line without one
		{in("one.txt"), "one.txt", "One.", "2020-11-08", ""},
		{"stdin:1", "s1", "S one.", "2021-01-01", ""},
		{path: "stdin:2", err: "stdin:2: not JSON: invalid character 'o' in literal null (expecting 'u')"},
		{"stdin:3", "s3", "S three.", "2020-11-09", ""},
		{in("folder/a.txt"), "a.txt", `{"id": "not lines", "text": "a file of a folder is an article"}`, "2021-01-01", ""},
		{path: in("missing.jsonl"), err: in("missing.jsonl") + ": no such file or directory"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("results\n got %q\nwant %q", got, want)
	}
}

// TestBatchReadsLinesAsTheyAreWanted runs a Batch on an endless standard
// input: it must read no further ahead of the results it has emitted than
// the articles it holds at once.
func TestBatchReadsLinesAsTheyAreWanted(t *testing.T) {
	const lineSize = 100 << 10 // more than the reader's buffer, so that reads come a line at a time
	stdin := &endlessLines{line: fmt.Sprintf(`{"id": "x", "text": "%s"}`+"\n", strings.Repeat("Fighting went on. ", lineSize/18))}
	b := &Batch{Stdin: stdin, Workers: 2, Lines: linesOfStdinAndJSONL}
	ahead := 4*b.Workers + 2 // the reorder buffer's slots, the line being read, the one in the reader's buffer
	stop := errors.New("enough")
	emitted := 0
	err := b.Run(context.Background(), []string{"-"}, func(r Result) error {
		if r.Err != nil {
			return r.Err
		}
		emitted++
		time.Sleep(time.Millisecond) // a slow consumer, for the reading to get ahead if it can
		if read := stdin.read.Load(); read > int64((emitted+ahead)*len(stdin.line)) {
			return fmt.Errorf("after %d results, %d bytes read: %d lines", emitted, read, read/int64(len(stdin.line)))
		}
		if emitted == 100 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Error(err)
	}
}

// endlessLines is a reader of the same line over and over, that counts the
// bytes read.
type endlessLines struct {
	line string
	at   int
	read atomic.Int64
}

func (e *endlessLines) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], e.line[e.at:])
		n += c
		e.at = (e.at + c) % len(e.line)
	}
	e.read.Add(int64(n))
	return n, nil
}

// TestBatchStopsWhileStdinWaits stops a run on the error of its first
// result while standard input is still open and brings nothing more: Run
// must return, not wait for the next line.
func TestBatchStopsWhileStdinWaits(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	go io.WriteString(w, `{"id": "a", "text": "A."}`+"\n")
	stop := errors.New("disk full")
	b := &Batch{Stdin: r, Lines: linesOfStdinAndJSONL}
	returned := make(chan error, 1)
	go func() { returned <- b.Run(context.Background(), []string{"-"}, func(Result) error { return stop }) }()
	select {
	case err := <-returned:
		if !errors.Is(err, stop) {
			t.Errorf("Run = %v, want %v", err, stop)
		}
	case <-time.After(time.Minute):
		t.Fatal("Run is still waiting for standard input")
	}
}

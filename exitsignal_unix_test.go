//go:build unix

package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// These tests run the built binary on an input that takes minutes to
// extract, stop it once it has started, and check what it leaves. They give
// it seconds to exit, a bound for a hang, not a measure of speed: the
// handler exits within milliseconds on an idle machine.
const exitBound = 10 * time.Second

// bigArticle writes an article of 15 MiB, the seed articles over and over:
// extracting it takes seconds, and cannot be interrupted midway.
func bigArticle(t *testing.T) string {
	t.Helper()
	seeds, _ := filepath.Glob("seeds/*.txt")
	var body []byte
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		_, text, _ := strings.Cut(string(b), "\n") // without its date line
		body = append(body, text+"\n\n"...)
	}
	article := []byte(" date 2020-11-07\n")
	for len(article)+len(body) < 15<<20 {
		article = append(article, body...)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, article, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// extractRun is the binary running extract, with its standard error.
type extractRun struct {
	cmd    *exec.Cmd
	stderr chan string // its lines, until it closes
	exited chan struct{}
}

// startLong starts `chronomap extract ARGS... missing.txt BIG...`: BIG
// sixteen times over, minutes of work. It returns once the run has named
// the missing file on standard error, and a little later, so that it is
// extracting, not reading, the first big articles.
func startLong(t *testing.T, big string, args ...string) *extractRun {
	t.Helper()
	args = append([]string{"extract"}, args...)
	args = append(args, filepath.Join(filepath.Dir(big), "missing.txt"))
	for range 16 {
		args = append(args, big)
	}
	r := &extractRun{cmd: exec.Command(binary(t), args...), stderr: make(chan string, 16), exited: make(chan struct{})}
	// Two workers, whatever the machine: a few articles in memory at once.
	r.cmd.Env = append(os.Environ(), "GOMAXPROCS=2")
	pipe, err := r.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		lines := bufio.NewScanner(pipe)
		for lines.Scan() {
			r.stderr <- lines.Text()
		}
		close(r.stderr)
		r.cmd.Wait()
		close(r.exited)
	}()
	t.Cleanup(func() {
		r.cmd.Process.Kill()
		<-r.exited
	})
	select {
	case line := <-r.stderr:
		if !strings.HasSuffix(line, "missing.txt: no such file or directory") {
			t.Fatalf("the run began with %q", line)
		}
	case <-time.After(time.Minute):
		t.Fatal("the run did not start within a minute")
	}
	time.Sleep(2 * time.Second)
	return r
}

// exit waits for the run to end, at most exitBound, and returns its exit
// status (-1 when a signal killed it) and the rest of its standard error.
func (r *extractRun) exit(t *testing.T) (int, []string) {
	t.Helper()
	select {
	case <-r.exited:
	case <-time.After(exitBound):
		t.Fatalf("still running %v after the signal", exitBound)
	}
	var lines []string
	for line := range r.stderr {
		lines = append(lines, line)
	}
	return r.cmd.ProcessState.ExitCode(), lines
}

func TestExtractStopsOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary on 240 MB of articles")
	}
	big := bigArticle(t)
	tests := []struct {
		name   string
		sig    syscall.Signal
		toFile bool
		code   int
		line   string // after "chronomap: interrupted by "
	}{
		{"SIGINT", syscall.SIGINT, true, 130, "SIGINT; OUT left as it was"},
		{"SIGTERM", syscall.SIGTERM, true, 143, "SIGTERM; OUT left as it was"},
		{"SIGHUP", syscall.SIGHUP, true, 129, "SIGHUP; OUT left as it was"},
		{"SIGINT to stdout", syscall.SIGINT, false, 130, "SIGINT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The line names the real path (macOS's temporary folder is
			// behind a symbolic link).
			dir, err := filepath.EvalSymlinks(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "events.geojson")
			old := []byte("yesterday's events\n")
			if err := os.WriteFile(out, old, 0o644); err != nil {
				t.Fatal(err)
			}
			var args []string
			if tt.toFile {
				args = []string{"-o", out}
			}
			r := startLong(t, big, args...)
			if tt.toFile && len(temps(t, dir)) != 1 {
				t.Fatalf("no temporary file beside %s while the run writes it", out)
			}
			r.cmd.Process.Signal(tt.sig)
			code, lines := r.exit(t)
			want := "chronomap: interrupted by " + strings.ReplaceAll(tt.line, "OUT", out)
			if code != tt.code || !slices.Equal(lines, []string{want}) {
				t.Errorf("exit %d, then standard error %q; want exit %d, then %q", code, lines, tt.code, want)
			}
			if tmp := temps(t, dir); len(tmp) > 0 {
				t.Errorf("temporary files left: %v", tmp)
			}
			if b, _ := os.ReadFile(out); !bytes.Equal(b, old) {
				t.Errorf("the existing output became %.100q", b)
			}
		})
	}
}

// TestExtractCleansUpAfterKill checks that a run killed with SIGKILL, which
// leaves its temporary file, has it removed by the next run to the same
// file, but not while it still runs.
func TestExtractCleansUpAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary on 240 MB of articles")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "events.geojson")
	first := startLong(t, bigArticle(t), "-o", out)
	live := temps(t, dir)
	if len(live) != 1 {
		t.Fatalf("temporary files %v, want one", live)
	}
	again := func() {
		t.Helper()
		cmd := exec.Command(binary(t), "extract", "-o", out, "seeds")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", cmd, err, b)
		}
		b, _ := os.ReadFile(out)
		collection(t, string(b))
	}

	again()
	if got := temps(t, dir); !slices.Equal(got, live) {
		t.Fatalf("with the first run alive, a second left %v; want %v", got, live)
	}
	first.cmd.Process.Kill()
	<-first.exited
	if got := temps(t, dir); !slices.Equal(got, live) {
		t.Fatalf("after SIGKILL: %v; want %v still there (else this test tests nothing)", got, live)
	}
	again()
	if got := temps(t, dir); len(got) > 0 {
		t.Errorf("the next run left %v", got)
	}
}

// temps lists the temporary files in dir.
func temps(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if err != nil {
		t.Fatal(err)
	}
	return names
}

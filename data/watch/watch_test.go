package watch

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// testQuiet is short, for quick tests where no file is written slowly.
const testQuiet = 50 * time.Millisecond

// waitLimit is how long a test waits for what must come.
const waitLimit = 30 * time.Second

func start(t *testing.T, root string, quiet time.Duration) *Folder {
	t.Helper()
	f, err := Start(root, quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// arrivedUntil gathers the articles f reports, by their path in root,
// until last is among them, failing t on an error or after waitLimit.
func arrivedUntil(t *testing.T, f *Folder, root, last string) []string {
	t.Helper()
	var got []string
	timeout := time.After(waitLimit)
	for !slices.Contains(got, last) {
		select {
		case batch := <-f.Arrivals:
			if !slices.IsSorted(batch) {
				t.Errorf("batch %v is not sorted", batch)
			}
			for _, p := range batch {
				rel, err := filepath.Rel(root, p)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, filepath.ToSlash(rel))
			}
		case err := <-f.Errors:
			t.Fatalf("error: %v", err)
		case <-timeout:
			t.Fatalf("waited %v for %s; got %v", waitLimit, last, got)
		}
	}
	slices.Sort(got)
	return got
}

func TestWhatArrivesIsReportedOnce(t *testing.T) {
	tests := []struct {
		name string
		// arrive changes the folder followed, root; outside is a folder
		// beside it, on the same file system.
		arrive func(t *testing.T, root, outside string)
		want   []string
	}{
		{"articles, in any case", func(t *testing.T, root, _ string) {
			write(t, filepath.Join(root, "a.txt"), "A.")
			write(t, filepath.Join(root, "B.TXT"), "B.")
		}, []string{"B.TXT", "a.txt"}},
		{"not hidden files, backups or other files", func(t *testing.T, root, _ string) {
			for _, name := range []string{".a.txt", ".a.txt.swp", "a.txt~", "#a.txt#", "notes.md"} {
				write(t, filepath.Join(root, name), "Not an article.")
			}
		}, nil},
		{"not in a hidden folder", func(t *testing.T, root, _ string) {
			write(t, filepath.Join(root, ".git", "a.txt"), "Hidden.")
		}, nil},
		{"in a folder made after", func(t *testing.T, root, _ string) {
			write(t, filepath.Join(root, "news", "deeper", "a.txt"), "A.")
		}, []string{"news/deeper/a.txt"}},
		{"a folder moved in with its articles, and one written in it after", func(t *testing.T, root, outside string) {
			write(t, filepath.Join(outside, "batch", "a.txt"), "A.")
			write(t, filepath.Join(outside, "batch", "deeper", "b.txt"), "B.")
			if err := os.Rename(filepath.Join(outside, "batch"), filepath.Join(root, "batch")); err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(root, "batch", "deeper", "c.txt"), "C.")
		}, []string{"batch/a.txt", "batch/deeper/b.txt", "batch/deeper/c.txt"}},
		{"an article saved through a temporary file", func(t *testing.T, root, _ string) {
			write(t, filepath.Join(root, ".a.txt.tmp"), "A.")
			if err := os.Rename(filepath.Join(root, ".a.txt.tmp"), filepath.Join(root, "a.txt")); err != nil {
				t.Fatal(err)
			}
		}, []string{"a.txt"}},
		{"not an article removed before it went quiet", func(t *testing.T, root, _ string) {
			write(t, filepath.Join(root, "gone.txt"), "Gone.")
			if err := os.Remove(filepath.Join(root, "gone.txt")); err != nil {
				t.Fatal(err)
			}
		}, nil},
		{"a folder renamed, and an article written in it after", func(t *testing.T, root, _ string) {
			write(t, filepath.Join(root, "old", "deeper", "a.txt"), "A.")
			if err := os.Rename(filepath.Join(root, "old"), filepath.Join(root, "new")); err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(root, "new", "deeper", "b.txt"), "B.")
		}, []string{"new/deeper/a.txt", "new/deeper/b.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, outside := t.TempDir(), t.TempDir()
			f := start(t, root, testQuiet)
			tt.arrive(t, root, outside)
			// The last, its batch holds what arrived before it.
			write(t, filepath.Join(root, "zz-last.txt"), "Last.")
			got := arrivedUntil(t, f, root, "zz-last.txt")
			if want := append(tt.want, "zz-last.txt"); !slices.Equal(got, want) {
				t.Errorf("reported %v, want %v", got, want)
			}
		})
	}
}

func TestArticlesThereBeforeAreNotReported(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "before.txt"), "Before.")
	write(t, filepath.Join(root, "news", "before.txt"), "Before.")
	f := start(t, root, testQuiet)
	write(t, filepath.Join(root, "news", "after.txt"), "After.")
	if got, want := arrivedUntil(t, f, root, "news/after.txt"), []string{"news/after.txt"}; !slices.Equal(got, want) {
		t.Errorf("reported %v, want %v", got, want)
	}
}

func TestAnArticleWrittenInChunksIsReportedOnceWhole(t *testing.T) {
	const quiet = 300 * time.Millisecond
	root := t.TempDir()
	f := start(t, root, quiet)
	path := filepath.Join(root, "a.txt")
	file, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	const first, second = "Fighting broke out. ", "It went on all night.\n"
	if _, err := file.WriteString(first); err != nil {
		t.Fatal(err)
	}
	time.Sleep(quiet / 10)
	lastWrite := time.Now()
	if _, err := file.WriteString(second); err != nil {
		t.Fatal(err)
	}
	if err := file.Close(); err != nil {
		t.Fatal(err)
	}

	if got := arrivedUntil(t, f, root, "a.txt"); !slices.Equal(got, []string{"a.txt"}) {
		t.Errorf("reported %v, want a.txt once", got)
	}
	if waited := time.Since(lastWrite); waited < quiet {
		t.Errorf("reported %v after the last write, before it went quiet for %v", waited, quiet)
	}
	if b, _ := os.ReadFile(path); string(b) != first+second {
		t.Errorf("reported when it held %q", b)
	}
	select {
	case batch := <-f.Arrivals:
		t.Errorf("reported again: %v", batch)
	case <-time.After(2 * quiet):
	}
}

func TestAnArticleChangedAgainIsReportedAgain(t *testing.T) {
	root := t.TempDir()
	f := start(t, root, testQuiet)
	path := filepath.Join(root, "a.txt")
	for _, text := range []string{"First.", "Second."} {
		write(t, path, text)
		if got := arrivedUntil(t, f, root, "a.txt"); !slices.Equal(got, []string{"a.txt"}) {
			t.Errorf("after %q reported %v, want a.txt", text, got)
		}
	}
}

func TestStartNamesWhatIsNotAFolder(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "a.txt")
	write(t, file, "A.")
	tests := []struct{ path, want string }{
		{filepath.Join(root, "missing"), filepath.Join(root, "missing") + ": no such file or directory"},
		{file, file + ": not a folder"},
	}
	for _, tt := range tests {
		f, err := Start(tt.path, testQuiet)
		if err == nil {
			f.Close()
			t.Errorf("Start(%s) did not fail", tt.path)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("Start(%s) = %q, want %q", tt.path, err, tt.want)
		}
	}
}

func TestTheFolderGoneEndsTheWatching(t *testing.T) {
	tests := []struct {
		name string
		away func(root, outside string) error
	}{
		{"removed", func(root, _ string) error { return os.RemoveAll(root) }},
		{"moved away", func(root, outside string) error { return os.Rename(root, filepath.Join(outside, "moved")) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "news")
			write(t, filepath.Join(root, "sub", "a.txt"), "A.")
			f := start(t, root, testQuiet)
			if err := tt.away(root, t.TempDir()); err != nil {
				t.Fatal(err)
			}
			var got []error
			arrivals, errs := f.Arrivals, f.Errors
			timeout := time.After(waitLimit)
			for arrivals != nil || errs != nil {
				select {
				case _, ok := <-arrivals:
					if !ok {
						arrivals = nil
					}
				case err, ok := <-errs:
					if !ok {
						errs = nil
						continue
					}
					got = append(got, err)
				case <-timeout:
					t.Fatalf("the watching did not end; errors %v", got)
				}
			}
			if len(got) != 1 || !errors.Is(got[0], ErrFolderGone) || !strings.HasPrefix(got[0].Error(), root+": ") {
				t.Errorf("errors %v, want one ErrFolderGone naming %s", got, root)
			}
		})
	}
}

func TestCloseEndsEveryGoroutineAndClosesTheChannels(t *testing.T) {
	before := runtime.NumGoroutine()
	root := t.TempDir()
	f, err := Start(root, testQuiet)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "news", "a.txt"), "A.")
	// Nobody takes what is reported: Close must not wait for a taker.
	time.Sleep(3 * testQuiet)
	f.Close()
	f.Close()
	if _, open := <-f.Arrivals; open {
		t.Error("Arrivals is open after Close")
	}
	if _, open := <-f.Errors; open {
		t.Error("Errors is open after Close")
	}
	deadline := time.Now().Add(waitLimit)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after Close, %d before Start", n, before)
	}
}

func TestExplainedNamesTheFolderAndTheLimit(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{syscall.ENOSPC, "news: not followed: the system's limit on watched folders is reached (raise fs.inotify.max_user_watches)"},
		{syscall.EMFILE, "news: not followed: the system's limit on watches or open files is reached (raise fs.inotify.max_user_instances, or ulimit -n)"},
		{fsnotify.ErrEventOverflow, "news: too many changes at once; some may have been missed (add the folder again to read them)"},
		{&os.PathError{Op: "open", Path: "news", Err: syscall.EACCES}, "news: permission denied"},
	}
	for _, tt := range tests {
		if got := explained("news", tt.err).Error(); got != tt.want {
			t.Errorf("explained(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

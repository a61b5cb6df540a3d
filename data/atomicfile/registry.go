package atomicfile

import (
	"errors"
	"os"
	"slices"
	"sync"
)

// state is where a File is in its life.
type state int

const (
	open       state = iota
	committing       // Commit is syncing: an Abort still wins
	committed
	aborted
)

// mu guards the state of every File and the registry of the live ones, so
// that a signal handler's AbortAll and a Commit on another goroutine do not
// both act on one temporary file.
var (
	mu   sync.Mutex
	live = map[pending]struct{}{} // temporary files and folders neither committed nor aborted
	shut bool                     // AbortAll was called: Create and CreateDir fail
)

// pending is a File or a Dir not yet committed or aborted.
type pending interface {
	abort() error // with mu held
	targetName() string
}

// AbortAll aborts every File and Dir of the process not yet committed or
// aborted, even those other goroutines are writing (their Write and Commit
// then fail), and makes Create and CreateDir fail from then on. It returns the targets, which
// are left as they were. It is for a process about to exit on a signal.
func AbortAll() []string {
	mu.Lock()
	defer mu.Unlock()
	shut = true
	var targets []string
	for p := range live {
		p.abort()
		targets = append(targets, p.targetName())
	}
	slices.Sort(targets)
	return targets
}

// createTemp creates f's temporary file in dir, locked, and registers it.
func (f *File) createTemp(dir, base string) error {
	mu.Lock()
	defer mu.Unlock()
	if shut {
		return errors.New("the process is exiting")
	}
	w, err := createLocked(dir, base)
	if err != nil {
		return err
	}
	f.w = w
	live[f] = struct{}{}
	return nil
}

// begin starts a Commit of f.
func (f *File) begin() error {
	mu.Lock()
	defer mu.Unlock()
	if f.state != open {
		return errors.New("atomicfile: " + f.target + " already committed or aborted")
	}
	f.state = committing
	if f.stream {
		f.state = committed // there is nothing to sync or rename
	}
	return nil
}

func (f *File) targetName() string { return f.target }

// abort removes f's temporary file, or closes its stream, unless f is
// committed or aborted already. mu must be held.
func (f *File) abort() error {
	if f.state == committed || f.state == aborted {
		return nil
	}
	f.state = aborted
	if f.stream {
		return f.w.Close()
	}
	delete(live, f)
	return release(f.w, func() error { return os.Remove(f.w.Name()) })
}

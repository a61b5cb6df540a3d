package workspace

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/chronomap/chronomap/data/atomicfile"
	"github.com/chronomap/chronomap/data/gpkg"
)

// A Workspace is an open workspace file. Its methods may be called from
// several goroutines: writes take turns.
type Workspace struct {
	path string
	// producer is the program that publishes, which stamps what it
	// publishes (see Running).
	producer string
	// readOnly is set when another process holds the workspace: nothing
	// is written, and writes return ErrReadOnly.
	readOnly bool
	// db stays set once closed, so that a read under way in another
	// goroutine (a load behind the window) fails with an error, not a
	// crash; closed stops the writes.
	db     *sql.DB
	closed bool
	lock   *os.File
	mu     sync.Mutex
}

// ErrReadOnly is the error of a write to a workspace opened read-only.
var ErrReadOnly = errors.New("the workspace is open in another window, and read-only here")

// Create makes a new, empty workspace at path, replacing a file there,
// and opens it. The file appears whole or not at all.
func Create(path string) (*Workspace, error) {
	f, err := atomicfile.Create(path)
	if err != nil {
		return nil, err
	}
	if err := initialize(f); err != nil {
		f.Abort()
		return nil, fmt.Errorf("creating the workspace %s: %w", path, err)
	}
	if err := f.Commit(); err != nil {
		return nil, err
	}
	return Open(path)
}

func initialize(f *atomicfile.File) error {
	temp := f.TempName()
	if temp == "" {
		return errors.New("a workspace is a database: it must be a file, not a device or a pipe")
	}
	db, err := gpkg.OpenDB(temp, false)
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.BeginTx(context.Background(), nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := gpkg.CreateSchema(tx, editsTable); err != nil {
		return err
	}
	if _, err := tx.Exec(privateSchema); err != nil {
		return err
	}
	return tx.Commit()
}

// Open opens the workspace at path: a workspace, or any GeoPackage that
// `chronomap extract` wrote, which becomes one. When another process has
// it open, it opens read-only (see ReadOnly).
func Open(path string) (*Workspace, error) { return OpenAs(path, Running()) }

// OpenAs opens the workspace at path as Open does, for producer, the
// program that publishes in it (see Running): "" for one unknown, whose
// layers are never current.
func OpenAs(path, producer string) (*Workspace, error) {
	w := &Workspace{path: path, producer: producer}
	if err := w.open(); err != nil {
		w.Close()
		return nil, fmt.Errorf("opening the workspace %s: %w", path, err)
	}
	return w, nil
}

func (w *Workspace) open() error {
	info, err := os.Stat(w.path)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return errors.New("not a file")
	}
	w.lock, w.readOnly = lock(w.path)
	if w.db, err = gpkg.OpenDB(w.path, w.readOnly); err != nil {
		return err
	}
	if err := gpkg.Check(w.db, "articles", "events"); err != nil {
		return err
	}
	if w.readOnly {
		return nil
	}
	// A GeoPackage of `chronomap extract` lacks what only a workspace has.
	return w.update(func(tx *sql.Tx) error {
		if err := gpkg.Register(tx, editsTable); err != nil {
			return err
		}
		_, err := tx.Exec(privateSchema)
		return err
	})
}

// Path is the workspace file's path.
func (w *Workspace) Path() string { return w.path }

// ReadOnly says whether another process had the workspace open when it
// was opened, so that this one only reads it.
func (w *Workspace) ReadOnly() bool { return w.readOnly }

// Close closes the workspace; it may be called more than once.
func (w *Workspace) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	var err error
	if w.db != nil && !w.closed {
		err = w.db.Close()
	}
	w.closed = true
	if w.lock != nil {
		unlock(w.lock)
		w.lock = nil
	}
	return err
}

// update runs change in a transaction, committed if it returns nil.
func (w *Workspace) update(change func(tx *sql.Tx) error) error {
	if w.readOnly {
		return ErrReadOnly
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return errors.New("the workspace is closed")
	}
	tx, err := w.db.BeginTx(context.Background(), nil)
	if err != nil {
		return w.named(err)
	}
	defer tx.Rollback()
	if err := change(tx); err != nil {
		return w.named(err)
	}
	return w.named(tx.Commit())
}

// named is err naming the workspace, nil for nil.
func (w *Workspace) named(err error) error {
	if err == nil || errors.Is(err, ErrReadOnly) {
		return err
	}
	return fmt.Errorf("workspace %s: %w", w.path, err)
}

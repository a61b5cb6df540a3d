package gpkg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, with RTREE and FTS5

	"github.com/chronomap/chronomap/data/atomicfile"
)

// A Writer writes a GeoPackage as the articles come. Nothing is visible at
// its path until Close succeeds; Abort, or a Close that fails, leaves an
// existing file as it was. Deferring Abort right after Create cleans up
// on every early return.
type Writer struct {
	*Tables
	file *atomicfile.File
	db   *sql.DB
}

// Create starts writing a GeoPackage at path, which must be a regular file
// or not exist yet. Errors name path.
func Create(path string) (*Writer, error) {
	file, err := atomicfile.Create(path)
	if err != nil {
		return nil, err
	}
	w := &Writer{file: file}
	if err := w.open(); err != nil {
		w.Abort()
		return nil, w.named(err)
	}
	w.Tables.named = w.named
	return w, nil
}

func (w *Writer) open() error {
	temp := w.file.TempName()
	if temp == "" {
		return errors.New("a GeoPackage is a database: write it to a file, not a device or a pipe")
	}
	db, err := sql.Open("sqlite", fileURI(temp))
	if err != nil {
		return err
	}
	w.db = db
	// One connection, so that the pragmas hold for the transaction. No
	// journal and no syncing: until Commit renames it, the file is ours
	// alone and a failed run removes it; Commit syncs it.
	db.SetMaxOpenConns(1)
	for _, p := range []string{"journal_mode = OFF", "synchronous = OFF", "foreign_keys = ON"} {
		if _, err := db.Exec("PRAGMA " + p); err != nil {
			return err
		}
	}
	tx, err := db.BeginTx(context.Background(), nil)
	if err != nil {
		return err
	}
	// The R-tree triggers come last (see finish): the rows are indexed as
	// they are written, which is faster than a trigger per row.
	if err := createTables(tx, nil); err != nil {
		tx.Rollback()
		return err
	}
	w.Tables, err = newTables(tx, true)
	return err
}

// fileURI is path as an SQLite URI, so that no character of it, such as
// a question mark, is taken for the driver's parameters.
func fileURI(path string) string {
	abs, err := filepath.Abs(path)
	if err == nil {
		path = abs
	}
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows drive letter
	}
	return "file://" + (&url.URL{Path: path}).EscapedPath()
}

// columnNames are the names in a table's column definitions, quoted as
// they are there.
func columnNames(defs string) []string {
	var names []string
	for _, d := range strings.Split(defs, ",") {
		if f := strings.Fields(d); len(f) > 0 {
			names = append(names, f[0])
		}
	}
	return names
}

// named is err naming the file.
func (w *Writer) named(err error) error {
	return fmt.Errorf("writing the GeoPackage %s: %w", w.file.Name(), err)
}

// Close finishes the GeoPackage and puts it in place. It must be called
// even when nothing was written, to write one with empty tables.
func (w *Writer) Close() error {
	if w.err != nil {
		w.Abort()
		return w.err
	}
	err := w.finish()
	if cerr := w.db.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = w.file.Commit()
	}
	if err != nil {
		w.file.Abort()
		w.err = w.named(err)
		return w.err
	}
	w.err = errors.New("gpkg: Writer already closed")
	return nil
}

// finish writes what can only be written once every row is: the extents
// and the R-tree triggers.
func (w *Writer) finish() error {
	if err := w.writeExtents(); err != nil {
		return err
	}
	if _, err := w.tx.Exec(rtreeSchema()); err != nil {
		return err
	}
	return w.tx.Commit()
}

// Abort throws the GeoPackage away, leaving an existing file as it was. It
// does nothing after Close.
func (w *Writer) Abort() {
	if w.Tables != nil {
		w.tx.Rollback() // the connection is released only then
	}
	if w.db != nil {
		w.db.Close()
	}
	w.file.Abort()
}

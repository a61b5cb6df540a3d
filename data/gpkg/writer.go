package gpkg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/paulmach/orb"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, with RTREE and FTS5

	"github.com/chronomap/chronomap/data/atomicfile"
	"github.com/chronomap/chronomap/data/event"
)

// A Writer writes a GeoPackage as the articles come. Nothing is visible at
// its path until Close succeeds; Abort, or a Close that fails, leaves an
// existing file as it was. Deferring Abort right after Create cleans up
// on every early return.
type Writer struct {
	file   *atomicfile.File
	db     *sql.DB
	tx     *sql.Tx
	insert map[string]*sql.Stmt // by table
	extent map[string]*extent   // of each feature table
	err    error                // the first error, which every later call returns
}

// Create starts writing a GeoPackage at path, which must be a regular file
// or not exist yet. Errors name path.
func Create(path string) (*Writer, error) {
	file, err := atomicfile.Create(path)
	if err != nil {
		return nil, err
	}
	w := &Writer{file: file, insert: map[string]*sql.Stmt{}, extent: map[string]*extent{}}
	if err := w.open(); err != nil {
		w.Abort()
		return nil, w.named(err)
	}
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
	for _, p := range []string{"application_id = 0x47504B47", "user_version = 10300",
		"journal_mode = OFF", "synchronous = OFF", "foreign_keys = ON"} {
		if _, err := db.Exec("PRAGMA " + p); err != nil {
			return err
		}
	}
	if w.tx, err = db.BeginTx(context.Background(), nil); err != nil {
		return err
	}
	if _, err := w.tx.Exec(coreSchema + userSchema()); err != nil {
		return err
	}
	for _, t := range tables {
		cols := columnNames(t.columns)
		q := fmt.Sprintf("INSERT INTO %s (%s) VALUES (?%s)", t.name, strings.Join(cols, ", "), strings.Repeat(", ?", len(cols)-1))
		if w.insert[t.name], err = w.tx.Prepare(q); err != nil {
			return err
		}
		if t.dataType == "features" {
			e := newExtent()
			w.extent[t.name] = &e
		}
	}
	return nil
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

// exec runs the insert into table and returns the row's fid.
func (w *Writer) exec(table string, args ...any) int64 {
	if w.err != nil {
		return 0
	}
	res, err := w.insert[table].Exec(args...)
	var fid int64
	if err == nil {
		fid, err = res.LastInsertId()
	}
	if err != nil {
		w.err = w.named(fmt.Errorf("%s: %w", table, err))
	}
	return fid
}

// WriteEvents writes a feature of events for each event that has a place,
// and a row of reports for each of its reports (the event itself, when
// it is one article's).
func (w *Writer) WriteEvents(events ...event.Event) error {
	for i := range events {
		ev := &events[i]
		if ev.Place == nil {
			continue
		}
		if err := checkPoint(ev.Place.Point); err != nil {
			w.fail(fmt.Errorf("event %s: %w", ev.ID, err))
			break
		}
		fid := w.exec("events", append([]any{pointBlob(ev.Place.Point)}, eventValues(ev)...)...)
		w.addPoint("events", fid, ev.Place.Point)
		reports := ev.Reports
		if len(reports) == 0 {
			reports = events[i : i+1]
		}
		for j := range reports {
			r := &reports[j]
			var lon, lat any
			if r.Place != nil {
				lon, lat = r.Place.Point[0], r.Place.Point[1]
			}
			w.exec("reports", append([]any{fid, lon, lat}, eventValues(r)...)...)
		}
	}
	return w.err
}

// WritePlaces writes a feature of places for each place that was resolved.
func (w *Writer) WritePlaces(places ...event.PlaceMentions) error {
	for _, pm := range places {
		if pm.Place == nil {
			continue
		}
		if err := checkPoint(pm.Place.Point); err != nil {
			w.fail(fmt.Errorf("place %s: %w", pm.Place.ID, err))
			break
		}
		fid := w.exec("places", append([]any{pointBlob(pm.Place.Point)}, placeValues(pm)...)...)
		w.addPoint("places", fid, pm.Place.Point)
	}
	return w.err
}

// addPoint indexes the feature fid of table at p: its R-tree row, which
// the spec's trigger would write, and its share of the extent.
func (w *Writer) addPoint(table string, fid int64, p orb.Point) {
	if w.err != nil {
		return
	}
	w.extent[table].add(p)
	if _, err := w.tx.Exec("INSERT INTO rtree_"+table+"_geom VALUES (?, ?, ?, ?, ?)", fid, p[0], p[0], p[1], p[1]); err != nil {
		w.fail(err)
	}
}

func (w *Writer) fail(err error) {
	if w.err == nil {
		w.err = w.named(err)
	}
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
	for name, e := range w.extent {
		args := append(e.values(), name)
		if _, err := w.tx.Exec("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "+
			"last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?", args...); err != nil {
			return err
		}
	}
	if _, err := w.tx.Exec(rtreeSchema()); err != nil {
		return err
	}
	return w.tx.Commit()
}

// Abort throws the GeoPackage away, leaving an existing file as it was. It
// does nothing after Close.
func (w *Writer) Abort() {
	if w.tx != nil {
		w.tx.Rollback() // the connection is released only then
	}
	if w.db != nil {
		w.db.Close()
	}
	w.file.Abort()
}

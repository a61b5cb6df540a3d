package gpkg

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
)

// Tables writes rows into the tables of a GeoPackage within one
// transaction: the Writer's of a new file, or a caller's on a GeoPackage
// it changes in place, such as a workspace (see NewTables).
type Tables struct {
	tx     *sql.Tx
	insert map[string]*sql.Stmt // by table
	extent map[string]*extent   // of each feature table
	// indexes is set while the R-tree triggers are not there yet, so that
	// the rows' index entries are written here.
	indexes bool
	err     error // the first error, which every later call returns
	named   func(error) error
}

// NewTables writes into the GeoPackage tables of tx's database, whose
// R-tree triggers index the rows. Close writes the extents; committing tx
// is the caller's.
func NewTables(tx *sql.Tx) (*Tables, error) { return newTables(tx, false) }

func newTables(tx *sql.Tx, indexes bool) (*Tables, error) {
	w := &Tables{tx: tx, insert: map[string]*sql.Stmt{}, extent: map[string]*extent{}, indexes: indexes,
		named: func(err error) error { return err }}
	for _, t := range tables {
		cols := columnNames(t.columns)
		q := fmt.Sprintf("INSERT INTO %s (%s) VALUES (?%s)", t.name, strings.Join(cols, ", "), strings.Repeat(", ?", len(cols)-1))
		stmt, err := tx.Prepare(q)
		if err != nil {
			return nil, err
		}
		w.insert[t.name] = stmt
		if t.dataType == "features" {
			e := newExtent()
			w.extent[t.name] = &e
		}
	}
	return w, nil
}

// Close writes the extents of the feature tables into gpkg_contents.
func (w *Tables) Close() error {
	if w.err != nil {
		return w.err
	}
	return w.writeExtents()
}

func (w *Tables) writeExtents() error {
	for name, e := range w.extent {
		args := append(e.values(), name)
		if _, err := w.tx.Exec(updateExtent, args...); err != nil {
			return err
		}
	}
	return nil
}

// updateExtent sets a table's extent in gpkg_contents.
const updateExtent = "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, " +
	"last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?"

// exec runs the insert into table and returns the row's fid.
func (w *Tables) exec(table string, args ...any) int64 {
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
func (w *Tables) WriteEvents(events ...event.Event) error {
	for i := range events {
		ev := &events[i]
		if ev.Place == nil {
			continue
		}
		if err := checkPoint(ev.Place.Point); err != nil {
			w.fail(fmt.Errorf("event %s: %w", ev.ID, err))
			break
		}
		fid := w.exec("events", append(append([]any{pointBlob(ev.Place.Point)}, eventValues(ev)...), reviewValues(ev)...)...)
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
func (w *Tables) WritePlaces(places ...event.PlaceMentions) error {
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
func (w *Tables) addPoint(table string, fid int64, p orb.Point) {
	if w.err != nil {
		return
	}
	w.extent[table].add(p)
	if !w.indexes {
		return
	}
	if _, err := w.tx.Exec("INSERT INTO rtree_"+table+"_geom VALUES (?, ?, ?, ?, ?)", fid, p[0], p[0], p[1], p[1]); err != nil {
		w.fail(err)
	}
}

func (w *Tables) fail(err error) {
	if w.err == nil {
		w.err = w.named(err)
	}
}

// ReplaceLayers writes the layers events, reports and places anew within
// tx: write writes their rows into the Tables it is given. The indexes
// are built once the rows are in, faster than a trigger a row: the
// triggers are dropped meanwhile, and made again after.
func ReplaceLayers(tx *sql.Tx, write func(t *Tables) error) error {
	var drop strings.Builder
	for _, name := range layerTriggers {
		fmt.Fprintf(&drop, "DROP TRIGGER IF EXISTS %s;\n", name)
	}
	drop.WriteString(`DELETE FROM reports; DELETE FROM events; DELETE FROM places;
DELETE FROM rtree_events_geom; DELETE FROM rtree_places_geom;
INSERT INTO reports_fts(reports_fts) VALUES ('delete-all');`)
	if _, err := tx.Exec(drop.String()); err != nil {
		return err
	}
	t, err := newTables(tx, true)
	if err != nil {
		return err
	}
	if err := write(t); err != nil {
		return err
	}
	if err := t.Close(); err != nil {
		return err
	}
	_, err = tx.Exec("INSERT INTO reports_fts(reports_fts) VALUES ('rebuild');" + rtreeSchema() +
		strings.NewReplacer("<t>", "reports", "<c>", "sentence").Replace(ftsTriggers))
	return err
}

// layerTriggers are the triggers on the tables ReplaceLayers rewrites.
var layerTriggers = []string{
	"rtree_events_geom_insert", "rtree_events_geom_update1", "rtree_events_geom_update2", "rtree_events_geom_update3",
	"rtree_events_geom_update4", "rtree_events_geom_delete",
	"rtree_places_geom_insert", "rtree_places_geom_update1", "rtree_places_geom_update2", "rtree_places_geom_update3",
	"rtree_places_geom_update4", "rtree_places_geom_delete",
	"reports_fts_insert", "reports_fts_delete", "reports_fts_update",
}

// UpdateExtents sets the extents of the feature tables in gpkg_contents
// from their R-tree indexes, after rows were changed in place. The index
// holds 32-bit floats rounded outward, so that the extent may be wider
// than the points by a metre: the spec's extent is informative, and one
// that holds every point is what readers need of it.
func UpdateExtents(tx *sql.Tx) error {
	for _, t := range tables {
		if t.dataType != "features" {
			continue
		}
		e := newExtent()
		var minX, minY, maxX, maxY sql.NullFloat64
		err := tx.QueryRow("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_"+t.name+"_geom").
			Scan(&minX, &minY, &maxX, &maxY)
		if err != nil {
			return err
		}
		if minX.Valid {
			e.add(orb.Point{minX.Float64, minY.Float64})
			e.add(orb.Point{maxX.Float64, maxY.Float64})
		}
		args := append(e.values(), t.name)
		if _, err := tx.Exec(updateExtent, args...); err != nil {
			return err
		}
	}
	return nil
}

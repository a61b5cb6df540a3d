package workspace

import (
	"bytes"
	"context"
	"database/sql"
	"io"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/geojson"
)

// A Layer is a GeoJSON layer of events imported into the workspace: the
// path it was read from, and its events.
type Layer struct {
	Path   string
	Events []event.Event
}

// AddLayer stores a layer imported: its events as the GeoJSON layer
// Chronomap writes has them, which reads back as they were, a feature a
// row.
func (w *Workspace) AddLayer(l Layer) error {
	return w.update(func(tx *sql.Tx) error {
		res, err := tx.Exec("INSERT INTO chronomap_layers (path) VALUES (?)", l.Path)
		if err != nil {
			return err
		}
		rows := &featureRows{}
		if rows.layer, err = res.LastInsertId(); err == nil {
			rows.insert, err = tx.Prepare("INSERT INTO chronomap_layer_features (layer, feature) VALUES (?, ?)")
		}
		if err != nil {
			return err
		}
		fw := geojson.NewFeatureWriter(rows)
		if err := fw.WriteEvents(l.Events...); err != nil {
			return err
		}
		if err := fw.Close(); err != nil {
			return err
		}
		return rows.err
	})
}

// featureRows takes what a geojson.FeatureWriter writes, a feature a
// line, and inserts each feature as a row; the collection around them is
// left out.
type featureRows struct {
	insert  *sql.Stmt
	layer   int64
	pending []byte // a line not yet ended
	err     error
}

func (r *featureRows) Write(p []byte) (int, error) {
	r.pending = append(r.pending, p...)
	for {
		end := bytes.IndexByte(r.pending, '\n')
		if end < 0 || r.err != nil {
			break
		}
		line := bytes.TrimPrefix(r.pending[:end], []byte(","))
		if bytes.HasPrefix(line, []byte(`{"type":"Feature",`)) {
			_, r.err = r.insert.Exec(r.layer, string(line))
		}
		r.pending = r.pending[end+1:]
	}
	return len(p), r.err
}

// Layers are the layers stored, in the order they were added, their events
// read back; the reading stops, with ctx's error, when ctx is done.
func (w *Workspace) Layers(ctx context.Context) ([]Layer, error) {
	rows, err := w.db.QueryContext(ctx, "SELECT fid, path FROM chronomap_layers ORDER BY fid")
	if err != nil {
		return nil, w.named(err)
	}
	var ids []int64
	var layers []Layer
	for rows.Next() {
		var id int64
		var l Layer
		if err := rows.Scan(&id, &l.Path); err != nil {
			rows.Close()
			return nil, w.named(err)
		}
		ids, layers = append(ids, id), append(layers, l)
	}
	rows.Close()
	for i, id := range ids {
		if layers[i].Events, err = w.layerEvents(ctx, layers[i].Path, id); err != nil {
			return nil, w.named(err)
		}
	}
	return layers, w.named(rows.Err())
}

// layerEvents reads the events of layer id, streaming its features from
// the rows into the GeoJSON reader.
func (w *Workspace) layerEvents(ctx context.Context, path string, id int64) ([]event.Event, error) {
	rows, err := w.db.QueryContext(ctx, "SELECT feature FROM chronomap_layer_features WHERE layer = ? ORDER BY fid", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	events, err := geojson.Import(path, &collectionReader{rows: rows, part: []byte(`{"type":"FeatureCollection","features":[`)})
	if err == nil {
		err = rows.Err()
	}
	return events, err
}

// collectionReader reads the features of rows as one FeatureCollection.
type collectionReader struct {
	rows  *sql.Rows
	part  []byte // what is left to read of the part read last
	count int    // the features read
	done  bool
}

func (c *collectionReader) Read(p []byte) (int, error) {
	for len(c.part) == 0 {
		if c.done {
			return 0, io.EOF
		}
		if !c.rows.Next() {
			c.part, c.done = []byte("]}"), true
			continue
		}
		var feature []byte
		if err := c.rows.Scan(&feature); err != nil {
			return 0, err
		}
		if c.count > 0 {
			feature = append([]byte(",\n"), feature...)
		}
		c.count++
		c.part = feature
	}
	n := copy(p, c.part)
	c.part = c.part[n:]
	return n, nil
}

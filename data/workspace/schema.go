package workspace

import "github.com/chronomap/chronomap/data/gpkg"

// editsTable is the analyst's edits, a GeoPackage attributes table so that
// GIS tools list it: each edit's kind, the key of its event's report,
// who made it and when, the values before and after (JSON, see package
// edit), the whole edit as JSON, which is what is read back, and whether
// it is undone.
var editsTable = gpkg.AttributesTable{
	Name:        "edits",
	Description: "The analyst's corrections of the events, in the order made: who, when, before, after",
	Columns: `kind TEXT NOT NULL, event TEXT NOT NULL, who TEXT, at DATETIME NOT NULL,
  before TEXT, after TEXT, edit TEXT NOT NULL, undone BOOLEAN NOT NULL DEFAULT 0`,
}

// privateSchema are the indexes that let an edit rewrite only the rows it
// changes (see Republish), and the tables only Chronomap reads, left out
// of gpkg_contents: GIS tools ignore them. state holds the window's state by
// key; outlines the outlines of the events published (see outline.go);
// layers the GeoJSON layers imported, and layer_features their
// features as Chronomap writes them, one a row, so that no layer is too
// large for one SQLite value.
const privateSchema = `
CREATE INDEX IF NOT EXISTS chronomap_events_id ON events(id);
CREATE INDEX IF NOT EXISTS chronomap_reports_event ON reports(event_fid);
CREATE TABLE IF NOT EXISTS chronomap_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chronomap_outlines (fid INTEGER PRIMARY KEY CHECK (fid = 1), stamp TEXT NOT NULL, outlines BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS chronomap_layers (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, path TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chronomap_layer_features (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  layer INTEGER NOT NULL REFERENCES chronomap_layers(fid), feature TEXT NOT NULL);
`

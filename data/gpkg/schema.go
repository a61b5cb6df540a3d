package gpkg

import (
	"database/sql"
	"fmt"
	"strings"
)

// The core tables of the spec (sections 1.1.2 to 1.1.3, 2.1.5), and the
// three rows of gpkg_spatial_ref_sys it requires.
const coreSchema = `
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
`

// eventColumns are the columns of an event's properties, in events and in
// reports: the GeoJSON layer's, but for reports, which is a table of its
// own. Days are DATE (YYYY-MM-DD); lists and [start, end) offsets are
// TEXT holding the JSON the GeoJSON layer writes.
const eventColumns = `id TEXT NOT NULL, source TEXT NOT NULL, doc_date DATE,
  event_date DATE, date_start DATE, date_end DATE, time_precision INTEGER,
  event_type TEXT NOT NULL, acled_event_type TEXT, acled_sub_event_type TEXT,
  place TEXT, place_id TEXT, country_code TEXT, admin1 TEXT, geo_precision INTEGER,
  actors TEXT, claimed_by TEXT, denied_by TEXT, fatalities INTEGER, injured INTEGER,
  sentence TEXT, "offset" TEXT, place_kind TEXT, place_offset TEXT, date_offset TEXT`

// reviewColumns are what an analyst made of an event, as the GeoJSON
// layer's edited, verified and note: verified is 1, 0 when rejected, NULL
// when unreviewed.
const reviewColumns = `edited BOOLEAN NOT NULL, verified BOOLEAN, note TEXT`

// table is a user table, with its gpkg_contents data type.
type table struct{ name, dataType, description, columns string }

// tables are the user tables.
var tables = []table{
	{"events", "features", "One point per event: its date window, type, place, actors, claims and casualties",
		"geom POINT, " + eventColumns + ", " + reviewColumns},
	{"places", "features", "One point per place an article names, with its mentions",
		`geom POINT, source TEXT NOT NULL, place TEXT, place_id TEXT, country_code TEXT, admin1 TEXT,
  kind TEXT, confidence DOUBLE, mentions TEXT`},
	{"reports", "attributes", "Each article's report of an event (events.fid), with its own place",
		"event_fid INTEGER NOT NULL REFERENCES events(fid), longitude DOUBLE, latitude DOUBLE, " + eventColumns},
	{"articles", "attributes", "The articles read: name, path, SHA-256 of the text, publication date, text",
		"name TEXT NOT NULL, path TEXT, sha256 TEXT NOT NULL, published DATE, text TEXT NOT NULL, body_offset INTEGER NOT NULL"},
}

// An AttributesTable is a table of a caller's, without geometry, to
// register with the GeoPackage's own: Columns are its column definitions,
// after the fid that every table has.
type AttributesTable struct{ Name, Description, Columns string }

// CreateSchema creates the tables of a GeoPackage in tx, and those of
// more, with the triggers that keep their indexes: for a GeoPackage
// changed in place, such as a workspace, whose connection the functions
// the triggers call are registered with (see functions.go).
func CreateSchema(tx *sql.Tx, more ...AttributesTable) error {
	if err := createTables(tx, more); err != nil {
		return err
	}
	_, err := tx.Exec(rtreeSchema())
	return err
}

// createTables creates the tables, without the R-tree triggers.
func createTables(tx *sql.Tx, more []AttributesTable) error {
	schema := "PRAGMA application_id = 0x47504B47; PRAGMA user_version = 10300;" + coreSchema + userSchema(more)
	_, err := tx.Exec(schema)
	return err
}

// userSchema creates the user tables, and more, registers them, and
// creates their R-tree indexes, without their triggers (see rtreeSchema),
// and their full-text indexes, with theirs.
func userSchema(more []AttributesTable) string {
	var b strings.Builder
	all := tables
	for _, t := range more {
		all = append(all[:len(all):len(all)], table{t.Name, "attributes", t.Description, t.Columns})
	}
	for _, t := range all {
		b.WriteString(userTable(t))
	}
	for _, f := range ftsIndexes {
		fmt.Fprintf(&b, "CREATE VIRTUAL TABLE %[1]s_fts USING fts5(%[2]s, content='%[1]s', content_rowid='fid');\n", f.table, f.column)
		fmt.Fprintf(&b, "INSERT INTO gpkg_extensions VALUES ('%s', '%s', 'chronomap_fts5', %s, 'write-only');\n", f.table, f.column, quote(ftsDefinition))
		b.WriteString(strings.NewReplacer("<t>", f.table, "<c>", f.column).Replace(ftsTriggers))
	}
	return b.String()
}

// userTable creates table t and registers it, with its R-tree index if it
// has features.
func userTable(t table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, %s);\n", t.name, t.columns)
	srs := "NULL"
	if t.dataType == "features" {
		srs = "4326"
	}
	fmt.Fprintf(&b, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('%[1]s', '%[2]s', '%[1]s', %[3]s, %[4]s);\n",
		t.name, t.dataType, quote(t.description), srs)
	if t.dataType == "features" {
		fmt.Fprintf(&b, "INSERT INTO gpkg_geometry_columns VALUES ('%s', 'geom', 'POINT', 4326, 0, 0);\n", t.name)
		fmt.Fprintf(&b, "CREATE VIRTUAL TABLE rtree_%s_geom USING rtree(id, minx, maxx, miny, maxy);\n", t.name)
		fmt.Fprintf(&b, "INSERT INTO gpkg_extensions VALUES ('%s', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');\n", t.name)
	}
	return b.String()
}

// quote is s as an SQL string literal.
func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// ftsIndexes are the columns with a full-text index, <table>_fts.
var ftsIndexes = []struct{ table, column string }{{"reports", "sentence"}, {"articles", "text"}}

// ftsDefinition is the gpkg_extensions definition of chronomap_fts5: the
// extension is not the spec's, so its row says what it is. Its scope is
// write-only: readers may ignore the index, and the triggers keep it up to
// date for writers whose SQLite has FTS5.
const ftsDefinition = `SQLite FTS5 external-content index <table>_fts(<column>) on <table>, rowid = fid, kept up to date by triggers <table>_fts_insert, _delete and _update (Chronomap)`

// rtreeSchema creates the triggers that keep the R-tree indexes up to
// date. They are created once the rows are written, which fill the indexes
// themselves: the triggers call ST_MinX and its kin, which GDAL provides
// and this connection does not.
func rtreeSchema() string {
	var b strings.Builder
	for _, t := range tables {
		if t.dataType == "features" {
			b.WriteString(strings.ReplaceAll(rtreeTriggers, "<t>", t.name))
		}
	}
	return b.String()
}

// rtreeTriggers are the spec's (F.3, GeoPackage 1.3) for table <t>, with
// primary key fid and geometry column geom.
const rtreeTriggers = `
CREATE TRIGGER rtree_<t>_geom_insert AFTER INSERT ON <t>
  WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_<t>_geom VALUES (NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_<t>_geom_update1 AFTER UPDATE OF geom ON <t>
  WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_<t>_geom VALUES (NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_<t>_geom_update2 AFTER UPDATE OF geom ON <t>
  WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_<t>_geom WHERE id = OLD.fid;
END;
CREATE TRIGGER rtree_<t>_geom_update3 AFTER UPDATE ON <t>
  WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_<t>_geom WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_<t>_geom VALUES (NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_<t>_geom_update4 AFTER UPDATE ON <t>
  WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_<t>_geom WHERE id IN (OLD.fid, NEW.fid);
END;
CREATE TRIGGER rtree_<t>_geom_delete AFTER DELETE ON <t>
  WHEN old.geom NOT NULL
BEGIN
  DELETE FROM rtree_<t>_geom WHERE id = OLD.fid;
END;
`

// ftsTriggers are FTS5's for an external-content table (its documentation,
// 4.4.3), for column <c> of table <t>.
const ftsTriggers = `
CREATE TRIGGER <t>_fts_insert AFTER INSERT ON <t> BEGIN
  INSERT INTO <t>_fts(rowid, <c>) VALUES (new.fid, new.<c>);
END;
CREATE TRIGGER <t>_fts_delete AFTER DELETE ON <t> BEGIN
  INSERT INTO <t>_fts(<t>_fts, rowid, <c>) VALUES ('delete', old.fid, old.<c>);
END;
CREATE TRIGGER <t>_fts_update AFTER UPDATE ON <t> BEGIN
  INSERT INTO <t>_fts(<t>_fts, rowid, <c>) VALUES ('delete', old.fid, old.<c>);
  INSERT INTO <t>_fts(rowid, <c>) VALUES (new.fid, new.<c>);
END;
`

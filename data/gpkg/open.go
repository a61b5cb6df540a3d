package gpkg

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// OpenDB opens the SQLite database at path for a GeoPackage to be changed
// in place, or only read: in write-ahead-log mode, so that readers such as
// QGIS read it while it is written, and waiting a while for another writer
// rather than failing at once.
func OpenDB(path string, readOnly bool) (*sql.DB, error) {
	dsn := fileURI(path) + "?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"
	if readOnly {
		dsn += "&mode=ro"
	} else {
		dsn += "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)&_pragma=temp_store(2)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, notGeoPackage(err)
	}
	return db, nil
}

// Check says whether db is a GeoPackage with the tables named.
func Check(db *sql.DB, tables ...string) error {
	var id int64
	if err := db.QueryRow("PRAGMA application_id").Scan(&id); err != nil {
		return notGeoPackage(err)
	}
	if id != 0x47504B47 {
		return errors.New("not a GeoPackage")
	}
	for _, t := range tables {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", t).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("a GeoPackage, but not Chronomap's: it has no table %s", t)
		}
	}
	return nil
}

// notGeoPackage says what SQLite's complaint about a file that is no
// database means.
func notGeoPackage(err error) error {
	if strings.Contains(err.Error(), "not a database") {
		return errors.New("not a GeoPackage: not even an SQLite database")
	}
	return err
}

// Register creates table t in tx's GeoPackage, and registers it in
// gpkg_contents, unless it is there already.
func Register(tx *sql.Tx, t AttributesTable) error {
	var n int
	if err := tx.QueryRow("SELECT count(*) FROM gpkg_contents WHERE table_name = ?", t.Name).Scan(&n); err != nil || n > 0 {
		return err
	}
	_, err := tx.Exec(userTable(table{t.Name, "attributes", t.Description, t.Columns}))
	return err
}

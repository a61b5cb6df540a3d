// Package gpkg writes the events and places that `chronomap extract` finds
// as an OGC GeoPackage 1.3: one SQLite file that GDAL/OGR and QGIS open
// as two point layers, events and places, with the same properties as the
// GeoJSON layers (see package geojson), and two attribute tables, reports
// (each article's report of an event) and articles (their texts).
//
// Each feature table has the spec's R-tree spatial index. The sentences of
// the reports and the texts of the articles have SQLite FTS5 full-text
// indexes, reports_fts and articles_fts, registered in gpkg_extensions as
// the custom extension chronomap_fts5.
//
// The file is written atomically (see package atomicfile): readers see it
// whole or not at all. ReadEvent reads an event back, with its reports,
// from a GeoPackage written so or changed in place (a workspace's).
package gpkg

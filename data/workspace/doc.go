// Package workspace keeps an analyst's work in one GeoPackage file, which
// QGIS and GDAL open as they open any other: the articles read (their
// texts, so that nothing needs the files again), the GeoJSON layers
// imported, the analyst's edits, and the state of the window, beside the
// events, reports and places layers (see package gpkg) that show the
// events as the analyst left them.
//
// The articles, layers imported and edits are what the workspace is; the
// layers are derived from them, and Publish writes them anew, with the
// outlines of the events (what a map and a timeline draw of them, a few
// bytes an event) and a stamp of the program and the inputs that made
// them: while Current, Outlines shows the events without deriving them
// again. Every change is one SQLite transaction, so that a crash at any
// point leaves the workspace as it was before the change or after it. A
// workspace is written by one process at a time: another opens it
// read-only.
package workspace

// Package geojson writes and reads events and places as GeoJSON (RFC 7946):
// the layers `chronomap extract` writes, streamed a feature a line, and the
// import of those layers and of other tools' point layers with a date, such
// as ACLED's, streamed a feature at a time too. Every feature is checked on
// import; an error names the file, the feature and the problem.
package geojson

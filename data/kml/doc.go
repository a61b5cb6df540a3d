// Package kml writes events as KML 2.2 (OGC 07-147r2), the format of
// Google Earth: a Placemark an event, with a TimeSpan of its days, so that
// Google Earth's time slider plays the events through time, a style of
// its type's colour, and its values as fields that GIS tools read.
package kml

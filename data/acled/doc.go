// Package acled reads and writes events as CSV in the layout of ACLED (the
// Armed Conflict Location & Event Data project): the columns of its export
// tool and API, in any order and any case, with the second row of HXL
// hashtags of the Humanitarian Data Exchange's files, and Chronomap's own
// columns after ACLED's, which make what it writes read back whole. A row
// is mapped to an event as a GeoJSON feature's properties are (package
// attrs); the columns it does not map are kept with the event and written
// back. A row with a broken value is left out with an error naming the
// file, its line and the problem, and the other rows are read.
package acled

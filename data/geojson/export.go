package geojson

import (
	"io"

	"github.com/chronomap/chronomap/data/atomicfile"
	"github.com/chronomap/chronomap/data/event"
)

// ExportFile writes the events layer of events (see EncodeEvents) to the file
// at path, whole or not at all: when writing fails, a file already at path
// is left as it was.
func ExportFile(path string, events []event.Event) error {
	return atomicfile.WriteFile(path, func(w io.Writer) error { return EncodeEvents(w, events) })
}

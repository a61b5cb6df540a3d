package geojson

import (
	"fmt"

	"github.com/chronomap/chronomap/data/atomicfile"
	"github.com/chronomap/chronomap/data/event"
)

// ExportFile writes the events layer of events (see EncodeEvents) to the file
// at path, whole or not at all: when writing fails, a file already at path
// is left as it was.
func ExportFile(path string, events []event.Event) error {
	f, err := atomicfile.Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := EncodeEvents(f, events); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

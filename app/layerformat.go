package app

import (
	"io"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2/storage"

	"github.com/chronomap/chronomap/data/acled"
	"github.com/chronomap/chronomap/data/atomicfile"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/kml"
)

// A layerFormat is a format of files of events that the window imports
// as a layer, or exports, told by the files' extension.
type layerFormat struct {
	name string   // "ACLED CSV"
	use  string   // what it is for, as the export dialog says
	exts []string // in lower case; the first is the one written
	// importFile reads a file's events, nil for a format the window only
	// writes. A CSV file's rows with broken values are left out, with an
	// *acled.RowErrors.
	importFile func(path string) ([]event.Event, error)
	exportFile func(path string, events []event.Event) error // whole or not at all
}

var layerFormats = []layerFormat{
	{"GeoJSON", "Chronomap's own layer, for GIS tools and to import again", []string{".geojson", ".json"},
		geojson.ImportFile, geojson.ExportFile},
	{"ACLED CSV", "ACLED's columns, for spreadsheets and ACLED's tools", []string{".csv"},
		acled.ImportFile, exportWith(acled.NewWriter)},
	{"KML", "for Google Earth, whose time slider plays the events", []string{".kml"},
		nil, exportWith(kml.NewWriter)},
}

// eventsWriter is a writer of events to a file: acled.Writer, kml.Writer.
type eventsWriter interface {
	WriteEvents(events ...event.Event) error
	Close() error
}

// exportWith is an exportFile of the writers newWriter makes.
func exportWith[W eventsWriter](newWriter func(io.Writer) W) func(string, []event.Event) error {
	return func(path string, events []event.Event) error {
		return atomicfile.WriteFile(path, func(f io.Writer) error {
			w := newWriter(f)
			if err := w.WriteEvents(events...); err != nil {
				return err
			}
			return w.Close()
		})
	}
}

// layerFormatOf is the format of the file at path, by its extension in
// any case; false for none.
func layerFormatOf(path string) (layerFormat, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range layerFormats {
		if slices.Contains(f.exts, ext) {
			return f, true
		}
	}
	return layerFormat{}, false
}

// layerFormatNamed is the format named name; GeoJSON for a name unknown,
// as a preference of an older or newer Chronomap may be.
func layerFormatNamed(name string) layerFormat {
	for _, f := range layerFormats {
		if f.name == name {
			return f
		}
	}
	return layerFormats[0]
}

// importedLayers are the extensions of the files the window imports as
// layers of events, for a file dialog's filter.
func importedLayers() storage.FileFilter {
	var exts []string
	for _, f := range layerFormats {
		if f.importFile != nil {
			exts = append(exts, f.exts...)
		}
	}
	return storage.NewExtensionFileFilter(exts)
}

package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/chronomap/chronomap/data/acled"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/kml"
)

// outputFormat is a format `chronomap extract` writes: its --format name,
// the extensions of -o files that are in it, what it is (for the usage
// text), and how to start writing it.
type outputFormat struct {
	name       string
	extensions []string // lower case, with the dot
	help       string   // for the usage text, at most 30 characters
	// places says whether it holds the places layer that --layer places
	// asks for: a format of the events alone refuses it.
	places bool
	// fileOnly is set for a format that cannot be streamed, which -o must
	// name a file for.
	fileOnly bool
	// create starts the output to the file out, or to stdout when out is
	// "" or "-".
	create func(out string, stdout io.Writer, layer string) (resultWriter, error)
}

// outputFormats are the formats of `chronomap extract`, the default first.
// A format written to a stream as it goes is one line: streamFormat.
var outputFormats = []outputFormat{
	streamFormat("geojson", "a FeatureCollection (RFC 7946)", geojson.NewFeatureWriter, ".geojson", ".json"),
	streamFormat("jsonl", "GeoJSON features, a line each", geojson.NewLineWriter, ".jsonl", ".ndjson"),
	streamFormat("csv", "ACLED's CSV layout", acled.NewWriter, ".csv"),
	streamFormat("kml", "KML (Google Earth)", kml.NewWriter, ".kml"),
	{name: "gpkg", help: "a GeoPackage (OGC, SQLite)", extensions: []string{".gpkg"}, places: true, fileOnly: true,
		create: createGeoPackage},
}

// An eventWriter writes the events layer of a format to a stream; Close
// ends the layer, and flushes it, without closing the stream.
type eventWriter interface {
	WriteEvents(events ...event.Event) error
	Close() error
}

// A placeWriter writes the places layer too.
type placeWriter interface {
	WritePlaces(places ...event.PlaceMentions) error
}

// streamFormat is the format written by the writers newWriter makes. Its
// places layer is there when they write one.
func streamFormat[W eventWriter](name, help string, newWriter func(io.Writer) W, extensions ...string) outputFormat {
	_, places := any(*new(W)).(placeWriter)
	return outputFormat{name: name, extensions: extensions, help: help, places: places,
		create: func(out string, stdout io.Writer, layer string) (resultWriter, error) {
			return createStream(out, stdout, func(w io.Writer) eventWriter { return newWriter(w) }, layer)
		}}
}

// chooseFormat is the format that --format names, or else the one of the
// -o file's extension, or else the default. A --format that is none, or
// that the extension of -o says is another, is an error.
func chooseFormat(name, out string) (outputFormat, error) {
	byExtension, extensionKnown := formatOfFile(out)
	if name == "" {
		return byExtension, nil
	}
	for _, f := range outputFormats {
		if !strings.EqualFold(f.name, name) {
			continue
		}
		if extensionKnown && byExtension.name != f.name {
			return f, fmt.Errorf("--format %s, but -o %s is named as %s is: name the file *%s, or leave --format out",
				f.name, out, byExtension.name, f.extensions[0])
		}
		return f, nil
	}
	return outputFormat{}, fmt.Errorf("--format %q: want %s", name, formatNames())
}

// formatOfFile is the format of a file named out by its extension, and
// whether the extension is one of a format; else the default.
func formatOfFile(out string) (outputFormat, bool) {
	ext := strings.ToLower(filepath.Ext(out))
	for _, f := range outputFormats {
		for _, e := range f.extensions {
			if e == ext {
				return f, true
			}
		}
	}
	return outputFormats[0], false
}

// formatNames lists the formats, "a, b or c".
func formatNames() string {
	names := make([]string, len(outputFormats))
	for i, f := range outputFormats {
		names[i] = f.name
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// check says why the format cannot write the layer to out, or returns nil.
func (f outputFormat) check(layer, out string) error {
	switch {
	case layer != "events" && layer != "places":
		return fmt.Errorf("--layer %q: want events or places", layer)
	case layer == "places" && !f.places:
		return fmt.Errorf("--layer places: %s holds the events alone", f.name)
	case f.fileOnly && (out == "" || out == "-"):
		return fmt.Errorf("--format %s is written to a file, not to a stream: give -o FILE%s", f.name, f.extensions[0])
	}
	return nil
}

// formatHelp is the usage text's lines of the formats.
func formatHelp() string {
	var b strings.Builder
	for _, f := range outputFormats {
		fmt.Fprintf(&b, "%17s%-8s %-31s-o *%s\n", "", f.name, f.help, strings.Join(f.extensions, ", *"))
	}
	return b.String()
}

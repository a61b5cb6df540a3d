package main

import (
	"io"

	"github.com/chronomap/chronomap/data/atomicfile"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/gpkg"
)

// A resultWriter writes what `chronomap extract` makes of each article in
// one format.
type resultWriter interface {
	// write writes what an article that was read gave.
	write(r extract.Result) error
	// layers are those of an article's results that write writes.
	layers() extract.Layers
	// close finishes the output and puts a file in place.
	close() error
	// abort throws a file away, leaving one there before as it was; it does
	// nothing after close.
	abort()
}

// streamOutput is a format written to a stream as it goes: to standard
// output, or to a file put in place whole once it is written.
type streamOutput struct {
	file   *atomicfile.File // nil for standard output
	w      eventWriter
	places bool // the places layer rather than the events
}

// createStream starts writing the layer, with the writer newWriter makes,
// to the file out, or to stdout when out is "" or "-".
func createStream(out string, stdout io.Writer, newWriter func(io.Writer) eventWriter, layer string) (resultWriter, error) {
	o := &streamOutput{places: layer == "places"}
	w := stdout
	if out != "" && out != "-" {
		f, err := atomicfile.Create(out)
		if err != nil {
			return nil, err
		}
		o.file, w = f, f
	}
	o.w = newWriter(w)
	return o, nil
}

func (o *streamOutput) write(r extract.Result) error {
	if o.places {
		// Format.check lets the places layer be asked of writers of it alone.
		return o.w.(placeWriter).WritePlaces(r.Places...)
	}
	return o.w.WriteEvents(r.Events...)
}

func (o *streamOutput) layers() extract.Layers {
	if o.places {
		return extract.Places
	}
	return extract.Events
}

func (o *streamOutput) close() error {
	if err := o.w.Close(); err != nil {
		return err
	}
	if o.file != nil {
		return o.file.Commit()
	}
	return nil
}

func (o *streamOutput) abort() {
	if o.file != nil {
		o.file.Abort()
	}
}

// geoPackageOutput is a GeoPackage, which holds both layers, the reports
// and the articles.
type geoPackageOutput struct{ *gpkg.Writer }

// createGeoPackage starts writing the GeoPackage out; the layer asked for
// does not matter, both are written.
func createGeoPackage(out string, _ io.Writer, _ string) (resultWriter, error) {
	w, err := gpkg.Create(out)
	if err != nil {
		return nil, err
	}
	return geoPackageOutput{w}, nil
}

func (o geoPackageOutput) write(r extract.Result) error {
	o.WriteArticle(r.Path, r.Article)
	o.WriteEvents(r.Events...)
	return o.WritePlaces(r.Places...)
}

func (o geoPackageOutput) layers() extract.Layers { return extract.Events | extract.Places }
func (o geoPackageOutput) close() error           { return o.Close() }
func (o geoPackageOutput) abort()                 { o.Abort() }

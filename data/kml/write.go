package kml

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/event"
)

// A Writer writes events as one KML document, a Placemark at a time, so
// that a layer of any size streams in constant memory. Close ends the
// document; it must be called even when nothing was written, to write an
// empty one.
type Writer struct {
	w       *bufio.Writer
	started bool
	err     error // the first error, which every later call returns
}

// NewWriter returns a writer of a KML document to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 64<<10)}
}

// WriteEvents writes a Placemark for each event that has a place: named
// after its type and place, described by its sentence and source, at its
// point, over the days of its window (a TimeSpan from the start of its
// first day to the end of its last; none for an undated event, which
// Google Earth then shows at every time), in its type's style, with the
// fields of the schema "events" (see fields), in the folder "events",
// which GIS tools read as a layer of that name. An event with a value the readers would
// refuse (see attrs.CheckEvent) is an error naming it, and nothing more
// is written.
func (w *Writer) WriteEvents(events ...event.Event) error {
	if w.err != nil {
		return w.err
	}
	w.begin()
	for i := range events {
		ev := &events[i]
		if ev.Place == nil {
			continue
		}
		if err := checkEvent(ev); err != nil {
			w.err = fmt.Errorf("event %s: %w", attrs.Shortened(ev.ID), err)
			break
		}
		w.placemark(ev)
	}
	return w.err
}

func checkEvent(ev *event.Event) error {
	if err := attrs.CheckEvent(ev); err != nil {
		return err
	}
	return attrs.CheckPoint(ev.Place.Point, "the latitude and longitude look swapped")
}

// begin writes the document's start, its styles and its schema, and opens
// the folder of the events, once.
func (w *Writer) begin() {
	if w.started {
		return
	}
	w.started = true
	w.w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<kml xmlns="http://www.opengis.net/kml/2.2">` + "\n<Document>\n<name>Chronomap events</name>\n")
	writeStyles(w.w)
	writeSchema(w.w)
	w.w.WriteString("<Folder>\n<name>events</name>\n")
}

// placemark writes ev's Placemark, in the order of elements KML's schema
// asks for.
func (w *Writer) placemark(ev *event.Event) {
	b := w.w
	b.WriteString("<Placemark>\n")
	element(b, "name", ev.Type.Info().Label+" · "+ev.Place.Name)
	if d := description(ev); d != "" {
		element(b, "description", d)
	}
	if win := ev.Window; win != nil {
		// From the first moment of the first day to the last of the last,
		// in UTC, as the days are: written whole, no reader can take the
		// last day for an instant at its start.
		b.WriteString("<TimeSpan><begin>" + win.Start.Format(time.DateOnly) + "T00:00:00Z</begin><end>" +
			win.End.Format(time.DateOnly) + "T23:59:59Z</end></TimeSpan>\n")
	}
	b.WriteString("<styleUrl>#" + styleID(ev.Type) + "</styleUrl>\n")
	b.WriteString(`<ExtendedData><SchemaData schemaUrl="#events">` + "\n")
	for _, f := range fields {
		if v := f.value(ev); v != "" {
			b.WriteString(`<SimpleData name="` + f.name + `">`)
			xml.EscapeText(b, []byte(v))
			b.WriteString("</SimpleData>\n")
		}
	}
	b.WriteString("</SchemaData></ExtendedData>\n<Point><coordinates>")
	b.WriteString(attrs.FormatCoordinate(ev.Place.Point[0]) + "," + attrs.FormatCoordinate(ev.Place.Point[1]))
	b.WriteString("</coordinates></Point>\n</Placemark>\n")
}

// description is the sentence that reports ev and where it is from:
// "A drone struck Hilltown. (Source: a.txt, published 2020-11-09)".
func description(ev *event.Event) string {
	from := ev.Source
	if ev.DocDate != nil {
		from += ", published " + ev.DocDate.Format(time.DateOnly)
	}
	return strings.TrimSpace(ev.Sentence + " (Source: " + from + ")")
}

func element(b *bufio.Writer, name, text string) {
	b.WriteString("<" + name + ">")
	xml.EscapeText(b, []byte(text))
	b.WriteString("</" + name + ">\n")
}

// Close ends the document and flushes it. It does not close the
// underlying writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	w.begin()
	w.w.WriteString("</Folder>\n</Document>\n</kml>\n")
	err := w.w.Flush()
	w.err = err
	if err == nil {
		w.err = errClosed
	}
	return err
}

var errClosed = errors.New("KML Writer already closed")

package acled

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/event"
)

// A Writer writes events as CSV (RFC 4180: quoted where needed, CRLF line
// ends) in ACLED's layout, UTF-8 with a byte-order mark, so that
// spreadsheets open it as it is: a header, then a row an event that has a
// place (see columns for what each holds). An imported event's Extra goes
// back where it came from: into ACLED's column of that name, or into a
// column of its own after the others. Close ends the file; it must be
// called even when nothing was written, to write the header.
type Writer struct {
	w   *bufio.Writer
	csv *csv.Writer
	// header is the columns written, and extraAt the column of each of
	// the extra names in it, by name as written; set by the first events.
	header  []string
	extraAt map[string]int
	row     []string
	err     error // the first error, which every later call returns
}

// NewWriter returns a writer of events as CSV to w.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	return &Writer{w: bw, csv: cw}
}

// WriteEvents writes a row for each event that has a place. The first
// call writes the header, with a column for each name of the events'
// Extra that ACLED's layout lacks: the events of a later call may have
// no other. An event with a value the reader would refuse (see
// attrs.CheckEvent) is an error naming it, and nothing more is written.
func (w *Writer) WriteEvents(events ...event.Event) error {
	if w.err != nil {
		return w.err
	}
	if w.header == nil {
		w.writeHeader(events)
	}
	for i := range events {
		if ev := &events[i]; ev.Place != nil {
			if err := w.writeEvent(ev); err != nil {
				w.err = fmt.Errorf("event %s: %w", attrs.Shortened(ev.ID), err)
				break
			}
		}
	}
	return w.err
}

// writeHeader writes the header: columns, then the names of the events'
// Extra that are not among them, in the order first met.
func (w *Writer) writeHeader(events []event.Event) {
	w.w.WriteString("\ufeff")
	w.header = make([]string, len(columns), len(columns)+8)
	for i, c := range columns {
		w.header[i] = c.name
	}
	w.extraAt = map[string]int{}
	for i := range events {
		if x := events[i].Extra; x != nil {
			for _, a := range x.Attributes {
				if _, seen := w.extraAt[a.Name]; seen {
					continue
				}
				at, ok := columnOf(a.Name)
				if !ok {
					at = len(w.header)
					w.header = append(w.header, a.Name)
				}
				w.extraAt[a.Name] = at
			}
		}
	}
	w.row = make([]string, len(w.header))
	w.csv.Write(w.header)
}

func (w *Writer) writeEvent(ev *event.Event) error {
	if err := attrs.CheckEvent(ev); err != nil {
		return err
	}
	if err := attrs.CheckPoint(ev.Place.Point, lookSwapped); err != nil {
		return err
	}
	cells(ev, w.row[:len(columns)])
	clear(w.row[len(columns):])
	if x := ev.Extra; x != nil {
		for _, a := range x.Attributes {
			at, ok := w.extraAt[a.Name]
			if !ok {
				return fmt.Errorf("%s is not a column of the header written: write every event in one call", attrs.Shortened(a.Name))
			}
			// What the event says wins over what its record said.
			if w.row[at] == "" {
				w.row[at] = a.Value
			}
		}
	}
	return w.csv.Write(w.row)
}

// Close writes the header if no event was written, and flushes what is
// left. It does not close the underlying writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	if w.header == nil {
		w.writeHeader(nil)
	}
	w.csv.Flush()
	err := w.csv.Error()
	if err == nil {
		err = w.w.Flush()
	}
	w.err = err
	if err == nil {
		w.err = errClosed
	}
	return err
}

var errClosed = errors.New("ACLED CSV Writer already closed")

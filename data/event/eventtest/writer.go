package eventtest

import (
	"bytes"
	"io"
	"testing"
)

// Writer is a writer of events (E, event.Event, which this package
// cannot name: the event package's tests use it) to a file, as packages
// acled, kml and geojson have them.
type Writer[E any] interface {
	WriteEvents(events ...E) error
	Close() error
}

// Written is what a writer that newWriter makes writes of events; an
// error fails t.
func Written[E any, W Writer[E]](t testing.TB, newWriter func(io.Writer) W, events ...E) []byte {
	t.Helper()
	var b bytes.Buffer
	w := newWriter(&b)
	if err := w.WriteEvents(events...); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// BenchmarkWriter measures writing events with the writers newWriter
// makes, the file thrown away.
func BenchmarkWriter[E any, W Writer[E]](b *testing.B, newWriter func(io.Writer) W, events []E) {
	b.ReportAllocs()
	for b.Loop() {
		w := newWriter(io.Discard)
		w.WriteEvents(events...)
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

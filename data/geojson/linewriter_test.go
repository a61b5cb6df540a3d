package geojson

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

// TestLineWriterWritesTheCollectionsLines checks that newline-delimited
// features are the lines of the FeatureCollection, without the collection
// and its commas, and that they read back as it does.
func TestLineWriterWritesTheCollectionsLines(t *testing.T) {
	tests := []struct {
		name  string
		write func(fw *FeatureWriter) error
	}{
		{"events", func(fw *FeatureWriter) error { return fw.WriteEvents(sampleEvents()...) }},
		{"places", func(fw *FeatureWriter) error { return fw.WritePlaces(samplePlaces()...) }},
		{"nothing", func(fw *FeatureWriter) error { return fw.WriteEvents() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var collection, lines bytes.Buffer
			for _, fw := range []*FeatureWriter{NewFeatureWriter(&collection), NewLineWriter(&lines)} {
				if err := tt.write(fw); err != nil {
					t.Fatal(err)
				}
				if err := fw.Close(); err != nil {
					t.Fatal(err)
				}
			}
			want := strings.TrimPrefix(collection.String(), `{"type":"FeatureCollection","features":[`)
			want = strings.TrimPrefix(strings.TrimSuffix(want, "]}\n"), "\n")
			want = strings.ReplaceAll(want, "\n,", "\n")
			if lines.String() != want {
				t.Errorf("lines\n%s\nwant the collection's\n%s", lines.String(), want)
			}
		})
	}
}

// TestLineWriterWritesEachCallOut checks that a reader at the other end of
// a pipe gets an article's features once the call that writes them returns,
// not when a buffer fills.
func TestLineWriterWritesEachCallOut(t *testing.T) {
	var out bytes.Buffer
	fw := NewLineWriter(&out)
	placed := 0
	for i, ev := range sampleEvents() {
		if err := fw.WriteEvents(ev); err != nil {
			t.Fatal(err)
		}
		if ev.Place != nil {
			placed++
		}
		if n := bytes.Count(out.Bytes(), []byte("\n")); n != placed {
			t.Fatalf("after event %d, %d lines written, want %d", i+1, n, placed)
		}
	}
}

// TestLineWriterTellsAWriteError checks that a write that fails, such as to
// a pipe whose reader has gone, ends the call that made it with its error.
func TestLineWriterTellsAWriteError(t *testing.T) {
	fw := NewLineWriter(brokenPipe{})
	if err := fw.WriteEvents(sampleEvents()[0]); !errors.Is(err, errBrokenPipe) {
		t.Errorf("WriteEvents: %v, want %v", err, errBrokenPipe)
	}
	if err := fw.WritePlaces(event.PlaceMentions{}); !errors.Is(err, errBrokenPipe) {
		t.Errorf("a later call: %v, want %v again", err, errBrokenPipe)
	}
}

var errBrokenPipe = errors.New("broken pipe")

type brokenPipe struct{}

func (brokenPipe) Write([]byte) (int, error) { return 0, errBrokenPipe }

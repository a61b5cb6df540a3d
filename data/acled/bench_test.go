package acled

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
)

// manyEvents are n events like those of chronomapEvents, each its own, on
// days over three years.
func manyEvents(n int) []event.Event {
	base := chronomapEvents()
	out := make([]event.Event, n)
	for i := range out {
		ev := base[i%len(base)]
		ev.ID = fmt.Sprintf("r%d.txt#%d", i/8, i%8)
		if w := ev.Window; w != nil {
			shift := time.Duration(i%1000) * 24 * time.Hour
			moved := *w
			moved.Start, moved.End = w.Start.Add(shift), w.End.Add(shift)
			ev.Window = &moved
		}
		out[i] = ev
	}
	return out
}

// BenchmarkWrite100k writes 100,000 events as ACLED CSV.
func BenchmarkWrite100k(b *testing.B) {
	eventtest.BenchmarkWriter(b, NewWriter, manyEvents(100_000))
}

// BenchmarkImport100k reads a file of 100,000 events that Writer wrote.
func BenchmarkImport100k(b *testing.B) {
	var file bytes.Buffer
	w := NewWriter(&file)
	w.WriteEvents(manyEvents(100_000)...)
	w.Close()
	b.SetBytes(int64(file.Len()))
	b.ReportAllocs()
	for b.Loop() {
		events, err := Import("bench.csv", bytes.NewReader(file.Bytes()))
		if err != nil || len(events) != 100_000 {
			b.Fatalf("%d events, %v", len(events), err)
		}
	}
}

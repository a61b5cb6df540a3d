package geojsontest

import (
	"bufio"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A Peak is the most memory a run took at once.
type Peak struct {
	// HeapBytes is the most the heap's objects took, live or not yet
	// swept, sampled every millisecond: what the run allocated and held.
	HeapBytes uint64
	// RSSBytes is the process's peak resident set size over the run, what
	// the user sees; 0 where the system does not tell it (it is read from
	// Linux's /proc).
	RSSBytes uint64
}

// MeasurePeak runs f and returns the most memory it took at once. It
// collects the garbage first, so that what came before does not count.
func MeasurePeak(f func()) Peak {
	runtime.GC()
	rssKnown := resetPeakRSS()
	done := make(chan struct{})
	sampled := make(chan uint64)
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		most := uint64(0)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			most = max(most, sample[0].Value.Uint64())
			select {
			case <-done:
				sampled <- most
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(done)
	p := Peak{HeapBytes: <-sampled}
	if rssKnown {
		p.RSSBytes = peakRSS()
	}
	return p
}

// BenchmarkReading has b read a layer of n events (see LayerFile),
// written to a temporary file first, with read, which is given its path,
// and reports the bytes read a second, the peak of memory each read took
// (see MeasurePeak) and its processor time. A layer of a million events
// takes a minute or so: -short skips it.
func BenchmarkReading(b *testing.B, n int, read func(path string) error) {
	if testing.Short() {
		b.Skipf("%d events: skipped with -short", n)
	}
	path, err := LayerFile(b.TempDir(), n)
	if err != nil {
		b.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	var peak Peak
	cpu := CPUTime()
	for b.Loop() {
		peak = MeasurePeak(func() { err = read(path) })
		if err != nil {
			b.Fatal(err)
		}
	}
	peak.Report(b)
	ReportCPU(b, cpu)
}

// Report reports p as the benchmark's metrics peak-heap-MB and peak-RSS-MB.
func (p Peak) Report(b *testing.B) {
	b.ReportMetric(float64(p.HeapBytes)/1e6, "peak-heap-MB")
	b.ReportMetric(float64(p.RSSBytes)/1e6, "peak-RSS-MB")
}

// ReportCPU reports as cpu-ms/op the processor time (see CPUTime) each
// operation of b took, since the CPU time start, taken before its loop.
func ReportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(CPUTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// resetPeakRSS sets the process's peak resident set size to what it holds
// now, as Linux lets a process do by writing 5 to its clear_refs; false
// where it cannot.
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakRSS is the process's peak resident set size since the last reset,
// Linux's VmHWM; 0 if it cannot be read.
func peakRSS() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	lines := bufio.NewScanner(f)
	for lines.Scan() {
		if kB, ok := strings.CutPrefix(lines.Text(), "VmHWM:"); ok {
			n, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(kB, "kB")), 10, 64)
			return n << 10
		}
	}
	return 0
}

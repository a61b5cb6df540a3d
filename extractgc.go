package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// An extract run keeps little from one article to the next (the places of
// the gazetteer it has decoded, a few megabytes) and makes garbage of all
// the rest, article after article. At the runtime's usual GOGC=100 it
// collects every few megabytes, and while it marks, every pointer written
// costs a write barrier: letting the heap grow to five times what it keeps
// makes a quarter of the collections, for a few tens of megabytes more
// (README's "Speed" has the figures). A huge article keeps hundreds of
// megabytes while it is read, and five times that would be gigabytes: once
// the heap kept passes smallLiveHeap, the collector is back at GOGC=100, and
// the peak is what it was.
const (
	extractGCPercent = 400
	smallLiveHeap    = 64 << 20
)

// tuneGCForExtract sets the collector for extract runs, once a process,
// unless the user set it with GOGC or GOMEMLIMIT.
var tuneGCForExtract = sync.OnceFunc(func() {
	if userSetGC() {
		return
	}
	debug.SetGCPercent(extractGCPercent)
	watchCollections()
})

// userSetGC says whether the environment sets the collector.
func userSetGC() bool {
	_, percentSet := os.LookupEnv("GOGC")
	_, limitSet := os.LookupEnv("GOMEMLIMIT")
	return percentSet || limitSet
}

// gcPercent is the GOGC for a heap that keeps live bytes.
func gcPercent(live uint64) int {
	if live > smallLiveHeap {
		return 100
	}
	return extractGCPercent
}

// watchCollections sets the percent by the heap that the last collection
// kept, after each collection: the runtime runs an object's cleanup once a
// collection has found it unreachable, and the cleanup makes the next one.
func watchCollections() {
	sentinel := new([16]byte) // not a tiny object, whose cleanup may never run
	runtime.AddCleanup(sentinel, func(struct{}) {
		live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(live)
		if live[0].Value.Kind() == metrics.KindUint64 {
			debug.SetGCPercent(gcPercent(live[0].Value.Uint64()))
		}
		watchCollections()
	}, struct{}{})
}

package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkLines reads JSON Lines of news-sized articles, to measure what
// the reading costs beside the extraction: its MB/s are of the lines.
func BenchmarkLines(b *testing.B) {
	text := strings.Repeat("Azerbaijani forces shelled Stepanakert on Monday, the “ministry” said.\n", 30)
	var in bytes.Buffer
	for i := range 1000 {
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("a%04d", i), "date": "2020-11-07", "text": text})
		in.Write(append(line, '\n'))
	}
	b.SetBytes(int64(in.Len()))
	b.ReportAllocs()
	for b.Loop() {
		for l := range (Input{Path: StdinPath}).Lines(bytes.NewReader(in.Bytes())) {
			if l.Err != nil {
				b.Fatal(l.Err)
			}
		}
	}
}

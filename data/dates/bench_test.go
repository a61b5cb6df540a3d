package dates

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkTag tags the sample and dev-corpus articles; MB/s is over their
// text.
func BenchmarkTag(b *testing.B) {
	var texts []string
	size := 0
	for _, glob := range []string{"/work/shared/eval-dev/docs/*.txt", "../../seeds/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
			size += len(data)
		}
	}
	if len(texts) == 0 {
		b.Skip("no articles to tag")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			Tag(text, &pub)
		}
	}
}

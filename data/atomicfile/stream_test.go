package atomicfile

import (
	"os"
	"testing"
)

func TestCreateDevNull(t *testing.T) {
	for _, end := range []string{"commit", "abort"} {
		t.Run(end, func(t *testing.T) {
			f, err := Create(os.DevNull)
			if err != nil {
				t.Fatal(err)
			}
			if !f.stream {
				t.Fatalf("%s is written through a temporary file", os.DevNull)
			}
			if _, err := f.Write([]byte("nothing")); err != nil {
				t.Fatal(err)
			}
			if end == "commit" {
				err = f.Commit()
			} else {
				err = f.Abort()
			}
			if err != nil {
				t.Error(err)
			}
		})
	}
}

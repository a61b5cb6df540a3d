package attrs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/chronomap/chronomap/data/event"
)

// ImportFile opens the file at path and reads its events with read, which
// is given path to name the file in its errors. The file is named first
// in an error of its own too: "x.csv: permission denied", not "open x.csv:
// permission denied".
func ImportFile(path string, read func(name string, r io.Reader) ([]event.Event, error)) ([]event.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	return read(path, f)
}

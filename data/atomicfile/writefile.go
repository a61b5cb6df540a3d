package atomicfile

import (
	"fmt"
	"io"
)

// WriteFile writes the file at path whole or not at all: write writes its
// content; when it fails, or the file cannot be put in place, a file
// already at path is left as it was, and the error names path.
func WriteFile(path string, write func(w io.Writer) error) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := write(f); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

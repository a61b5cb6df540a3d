package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFile checks that a file is replaced when its content is
// written whole, and left as it was, with no temporary file beside it,
// when writing fails; the error names the file.
func TestWriteFile(t *testing.T) {
	tests := []struct {
		name    string
		write   func(w io.Writer) error
		want    string
		wantErr string
	}{
		{"written whole, it replaces the file", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, "new", ""},
		{"failing half-way, it leaves the file as it was", func(w io.Writer) error {
			io.WriteString(w, "ne")
			return errors.New("no more")
		}, "old", ": no more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "events.csv")
			writeFile(t, path, "old", 0o644)
			err := WriteFile(path, tt.write)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || err.Error() != path+tt.wantErr) {
				t.Errorf("error %v, want %q", err, tt.wantErr)
			}
			if b, _ := os.ReadFile(path); string(b) != tt.want {
				t.Errorf("the file holds %q, want %q", b, tt.want)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
				t.Errorf("temporary files left behind: %v", left)
			}
		})
	}
}

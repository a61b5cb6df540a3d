package main

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
)

// tsvRow is one line of a tab-separated file, with where it came from so
// that errors can name the file and line.
type tsvRow struct {
	file   string
	line   int
	fields []string
}

func (r tsvRow) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.file, r.line, fmt.Sprintf(format, args...))
}

// readTSV calls fn for every line of a tab-separated stream that is neither
// blank nor a '#' comment, checking it has at least minFields fields.
func readTSV(name string, r io.Reader, minFields int, fn func(tsvRow) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24) // GeoNames alternate-name lists run long
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		row := tsvRow{file: name, line: line, fields: strings.Split(text, "\t")}
		if len(row.fields) < minFields {
			return row.errorf("%d fields, want at least %d", len(row.fields), minFields)
		}
		if err := fn(row); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// readTSVFile is readTSV on a file.
func readTSVFile(name string, minFields int, fn func(tsvRow) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return readTSV(name, f, minFields, fn)
}

// sortedKeys returns the keys of m in increasing order, for output that
// does not depend on map order.
func sortedKeys[V any](m map[int]V) []int { return slices.Sorted(maps.Keys(m)) }

package acled

import (
	"fmt"
	"strings"
)

// RowErrors are the rows of a file that Import left out, each with its
// error: "events.csv: line 6 (id "XYZ3"): latitude 95 is outside -90 to
// 90". The file's other rows were read.
type RowErrors struct {
	Name string
	Rows []error
}

// Error counts the rows left out and lists them, a line each.
func (e *RowErrors) Error() string {
	var b strings.Builder
	row := "rows were"
	if len(e.Rows) == 1 {
		row = "row was"
	}
	fmt.Fprintf(&b, "%s: %d %s left out:", e.Name, len(e.Rows), row)
	for _, err := range e.Rows {
		b.WriteString("\n" + err.Error())
	}
	return b.String()
}

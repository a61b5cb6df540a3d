package acled

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/event"
)

// ImportFile reads the events of the CSV file at path (see Import).
func ImportFile(path string) ([]event.Event, error) { return attrs.ImportFile(path, Import) }

// The names a row may give its point under, ACLED's first.
var (
	latitudeKeys  = []string{"latitude", "lat"}
	longitudeKeys = []string{"longitude", "lon", "lng", "long"}
)

// listColumns hold lists of names, written as JSON arrays (see list).
var listColumns = []string{"actors", "claimed_by", "denied_by"}

// lookSwapped ends the error of a latitude beyond ±90 that would do as a
// longitude.
const lookSwapped = "the latitude and longitude look swapped"

// Import reads the events of a CSV file named name in ACLED's layout, or
// Chronomap's (see Writer): a header row, whose names may come in any
// order and any case (ACLED's older files write them in upper case), then
// a row an event. A second row of HXL hashtags (#event+code, as the
// Humanitarian Data Exchange's files have) is skipped. Every row needs a
// latitude and a longitude; it is mapped to an event as package attrs maps
// a record, dates as 2020-11-07, 07 November 2020 or an ISO time, and what
// it does not map, and the event would not write back as it is (such as
// ACLED's year), is kept in the event's Extra. A UTF-8 byte-order mark
// before the header is skipped.
//
// A row that breaks a rule (a date that is not one, a point off the Earth,
// a count that is not a number of people, fewer or more cells than the
// header has names, text that is not UTF-8) is left out: the error is then
// a *RowErrors, which names the file and each such row's line, and the
// events are those of the other rows. Any other error is the file's, and
// no event is read.
func Import(name string, r io.Reader) ([]event.Event, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if bom, _ := br.Peek(3); string(bom) == "\ufeff" {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1 // a row of another length is the row's error, not the file's
	cr.ReuseRecord = true
	head, err := cr.Read()
	switch {
	case err == io.EOF:
		return nil, fmt.Errorf("%s: empty: a CSV file of events starts with a header row", name)
	case err != nil:
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	f, err := newFile(name, head)
	if err != nil {
		return nil, err
	}
	for first := true; ; first = false {
		record, err := cr.Read()
		if err == io.EOF {
			break
		}
		var parseErr *csv.ParseError
		switch {
		case errors.As(err, &parseErr):
			f.leftOut(parseErr.StartLine, "", parseErr.Err)
			continue
		case err != nil:
			return nil, fmt.Errorf("%s: %w", name, err)
		case first && isHXL(record):
			continue
		}
		line, _ := cr.FieldPos(0)
		f.row(line, record)
	}
	if len(f.errs.Rows) > 0 {
		return f.events, &f.errs
	}
	return f.events, nil
}

// file is what an import has read of a file so far.
type file struct {
	name   string
	header []string // the names of the columns, as written
	names  *attrs.Names
	width  int   // the cells of a row
	lists  []int // the cells of listColumns
	events []event.Event
	errs   RowErrors
}

// newFile reads the header row: it must name a latitude, a longitude and
// a date.
func newFile(name string, head []string) (*file, error) {
	names := make([]string, len(head))
	for i, h := range head {
		names[i] = strings.TrimSpace(h)
	}
	f := &file{name: name, header: names, names: attrs.NewNames(names), width: len(names), errs: RowErrors{Name: name}}
	switch {
	case f.names.Index(latitudeKeys...) < 0 || f.names.Index(longitudeKeys...) < 0:
		return nil, fmt.Errorf("%s: the header %s names no latitude and longitude columns: not ACLED's layout", name, attrs.Shortened(strings.Join(names, ",")))
	case f.names.Index(attrs.DateNames()...) < 0:
		return nil, fmt.Errorf("%s: the header names no date column: looked for %s", name, strings.Join(attrs.DateNames(), ", "))
	}
	for _, c := range listColumns {
		if i := f.names.Index(c); i >= 0 {
			f.lists = append(f.lists, i)
		}
	}
	return f, nil
}

// isHXL says whether a row is the Humanitarian Data Exchange's row of
// hashtags under the header: each cell one, or empty.
func isHXL(record []string) bool {
	tags := 0
	for _, c := range record {
		switch c = strings.TrimSpace(c); {
		case strings.HasPrefix(c, "#"):
			tags++
		case c != "":
			return false
		}
	}
	return tags > 0
}

// row reads the row at line, or leaves it out with its error.
func (f *file) row(line int, record []string) {
	if len(record) != f.width {
		f.leftOut(line, "", fmt.Errorf("%d cells, but the header names %d columns", len(record), f.width))
		return
	}
	values := make([]any, len(record))
	for i, c := range record {
		if !utf8.ValidString(c) {
			f.leftOut(line, "", fmt.Errorf("%s is not UTF-8 text", f.column(i)))
			return
		}
		if c != "" {
			values[i] = c
		}
	}
	for _, i := range f.lists {
		if s, ok := values[i].(string); ok && strings.HasPrefix(s, "[") {
			var names []any
			if err := json.Unmarshal([]byte(s), &names); err != nil {
				f.leftOut(line, idOf(f.names, values), fmt.Errorf("%s %s is not a JSON list of names", f.column(i), attrs.Shortened(s)))
				return
			}
			values[i] = names
		}
	}
	rec := attrs.NewRecord(f.names, values)
	at, err := point(rec)
	if err == nil {
		var ev event.Event
		if ev, err = attrs.Event(f.name, len(f.events)+len(f.errs.Rows), at, rec); err == nil {
			f.keepUnsaid(&ev)
			f.events = append(f.events, ev)
			return
		}
	}
	f.leftOut(line, idOf(f.names, values), err)
}

// column names column i for an error: by its name, else its number.
func (f *file) column(i int) string {
	if f.header[i] != "" {
		return f.header[i]
	}
	return fmt.Sprintf("column %d", i+1)
}

// point is where the row's event is: its latitude and longitude, on Earth.
func point(rec *attrs.Record) (orb.Point, error) {
	latValue, latName := rec.Get(latitudeKeys...)
	lonValue, lonName := rec.Get(longitudeKeys...)
	if latValue == nil || lonValue == nil {
		return orb.Point{}, errors.New("no latitude and longitude")
	}
	latText, lonText := strings.TrimSpace(latValue.(string)), strings.TrimSpace(lonValue.(string))
	lat, err := strconv.ParseFloat(latText, 64)
	if err != nil {
		return orb.Point{}, fmt.Errorf("%s %s is not a number", latName, attrs.Shortened(latText))
	}
	lon, err := strconv.ParseFloat(lonText, 64)
	if err != nil {
		return orb.Point{}, fmt.Errorf("%s %s is not a number", lonName, attrs.Shortened(lonText))
	}
	if err := attrs.CheckLonLat(lon, lat, lonText, latText, lookSwapped); err != nil {
		return orb.Point{}, err
	}
	return orb.Point{attrs.RoundCoordinate(lon), attrs.RoundCoordinate(lat)}, nil
}

// keepUnsaid leaves in ev's Extra only what the event would not write
// back as it is: Chronomap's own file reads back without what its columns
// repeat (ACLED's year, the event_date of a window of days, the notes made
// of the sentence), and ACLED's keeps what Chronomap has no field for.
func (f *file) keepUnsaid(ev *event.Event) {
	if ev.Extra == nil {
		return
	}
	kept := ev.Extra.Attributes[:0]
	for _, a := range ev.Extra.Attributes {
		if i, ok := columnOf(a.Name); !ok || columns[i].cell == nil || columns[i].cell(ev) != a.Value {
			kept = append(kept, a)
		}
	}
	if len(kept) == 0 {
		ev.Extra = nil
		return
	}
	ev.Extra.Attributes = kept
}

// idOf is the id a row gives, for its error; "" for none.
func idOf(names *attrs.Names, values []any) string {
	if v := attrs.NewRecord(names, values).IDValue(); v != nil {
		return attrs.Shortened(v)
	}
	return ""
}

// leftOut leaves out the row at line, whose id is id, for err.
func (f *file) leftOut(line int, id string, err error) {
	if id != "" {
		err = fmt.Errorf("%s: line %d (id %s): %w", f.name, line, id, err)
	} else {
		err = fmt.Errorf("%s: line %d: %w", f.name, line, err)
	}
	f.errs.Rows = append(f.errs.Rows, err)
}

package gpkg

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// ReadEvent reads back the event of the events table whose id is id, as
// WriteEvents wrote it, with its reports: what the table holds of it, which
// is all but the other places its name may mean and the attributes of the
// record it was imported from. A place is known's when known (the
// gazetteer's ByID) has one of the same ID, name and point. An event the
// table does not hold is sql.ErrNoRows.
func ReadEvent(db *sql.DB, id string, known func(id string) *geo.Place) (event.Event, error) {
	var fid int64
	var geom []byte
	var edited bool
	var verified sql.NullBool
	var note sql.NullString
	r := eventRow{}
	dest := append([]any{&fid, &geom}, r.dest()...)
	err := db.QueryRow("SELECT fid, geom, "+readColumns+", edited, verified, note FROM events WHERE id = ? ORDER BY fid LIMIT 1", id).
		Scan(append(dest, &edited, &verified, &note)...)
	if err != nil {
		return event.Event{}, err
	}
	point, err := PointOf(geom)
	if err != nil {
		return event.Event{}, fmt.Errorf("events fid %d: geom: %w", fid, err)
	}
	ev, err := r.event(&point, known)
	if err != nil {
		return ev, fmt.Errorf("events fid %d: %w", fid, err)
	}
	ev.Edited, ev.Note = edited, note.String
	if verified.Valid {
		ev.Review = event.ReviewOf(&verified.Bool)
	}
	if ev.Reports, err = readReports(db, fid, known); err != nil {
		return ev, err
	}
	if len(ev.Reports) == 1 { // one report is the event itself
		ev.Reports = nil
	}
	return ev, nil
}

// readReports reads the reports of the event fid.
func readReports(db *sql.DB, fid int64, known func(id string) *geo.Place) ([]event.Event, error) {
	rows, err := db.Query("SELECT fid, longitude, latitude, "+readColumns+" FROM reports WHERE event_fid = ? ORDER BY fid", fid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var reports []event.Event
	for rows.Next() {
		var at int64
		var lon, lat sql.NullFloat64
		r := eventRow{}
		if err := rows.Scan(append([]any{&at, &lon, &lat}, r.dest()...)...); err != nil {
			return nil, err
		}
		var point *orb.Point
		if lon.Valid && lat.Valid {
			point = &orb.Point{lon.Float64, lat.Float64}
		}
		report, err := r.event(point, known)
		if err != nil {
			return nil, fmt.Errorf("reports fid %d: %w", at, err)
		}
		reports = append(reports, report)
	}
	return reports, rows.Err()
}

// readColumns are the eventColumns that eventRow reads, the days as the
// text they are stored as, which the driver would make times of.
const readColumns = `id, source, substr(doc_date, 1, 10), substr(date_start, 1, 10), substr(date_end, 1, 10), time_precision,
  event_type, acled_event_type, acled_sub_event_type, place, place_id, country_code, admin1, place_kind,
  actors, claimed_by, denied_by, fatalities, injured, sentence, "offset", place_offset, date_offset`

// eventRow is a row of readColumns.
type eventRow struct {
	id, source                      string
	docDate, start, end             sql.NullString
	precision                       sql.NullInt64
	eventType, acledType, acledSub  sql.NullString
	place, placeID, country, admin1 sql.NullString
	kind                            sql.NullString
	actors, claimedBy, deniedBy     sql.NullString
	fatalities, injured             sql.NullInt64
	sentence                        sql.NullString
	offset, placeOffset, dateOffset sql.NullString
}

func (r *eventRow) dest() []any {
	return []any{&r.id, &r.source, &r.docDate, &r.start, &r.end, &r.precision,
		&r.eventType, &r.acledType, &r.acledSub, &r.place, &r.placeID, &r.country, &r.admin1, &r.kind,
		&r.actors, &r.claimedBy, &r.deniedBy, &r.fatalities, &r.injured, &r.sentence, &r.offset, &r.placeOffset, &r.dateOffset}
}

// event is the event of the row, at point (nil for none).
func (r *eventRow) event(point *orb.Point, known func(id string) *geo.Place) (event.Event, error) {
	ev := event.Event{ID: r.id, Source: r.source, Sentence: r.sentence.String}
	var ok bool
	if ev.Type, ok = event.ParseType(r.eventType.String); !ok {
		return ev, fmt.Errorf("event_type %q is none of Chronomap's", r.eventType.String)
	}
	sub, _ := event.ParseACLED(r.acledType.String, r.acledSub.String)
	ev.ACLED = event.ACLEDFor(ev.Type, sub)
	var err error
	if ev.DocDate, err = dayOrNil("doc_date", r.docDate); err != nil {
		return ev, err
	}
	if r.start.Valid {
		start, err1 := dayOrNil("date_start", r.start)
		end, err2 := dayOrNil("date_end", r.end)
		if err := errors.Join(err1, err2); err != nil {
			return ev, err
		}
		if end == nil {
			return ev, fmt.Errorf("date_start without date_end")
		}
		ev.Window = &dates.Window{Start: *start, End: *end, Precision: dates.Precision(r.precision.Int64)}
	}
	if point != nil && r.placeID.Valid {
		p := &geo.Place{ID: r.placeID.String, Name: r.place.String, Country: r.country.String, Admin1: r.admin1.String, Point: *point}
		p.Kind, _ = geo.ParseKind(r.kind.String)
		if known != nil {
			if g := known(p.ID); g != nil && g.Name == p.Name && g.Point == p.Point {
				p = g
			}
		}
		ev.Place = p
	}
	for _, l := range []struct {
		column string
		text   sql.NullString
		to     *[]string
	}{{"actors", r.actors, &ev.Actors}, {"claimed_by", r.claimedBy, &ev.ClaimedBy}, {"denied_by", r.deniedBy, &ev.DeniedBy}} {
		if err := jsonOrNil(l.column, l.text, l.to); err != nil {
			return ev, err
		}
	}
	ev.Fatalities, ev.Injured = countOrNil(r.fatalities), countOrNil(r.injured)
	for _, s := range []struct {
		column string
		text   sql.NullString
		to     *text.Span
	}{{"offset", r.offset, &ev.Offset}, {"place_offset", r.placeOffset, &ev.PlaceText}} {
		if err := spanOf(s.column, s.text, s.to); err != nil {
			return ev, err
		}
	}
	if r.dateOffset.Valid {
		ev.DateText = &text.Span{}
		if err := spanOf("date_offset", r.dateOffset, ev.DateText); err != nil {
			return ev, err
		}
	}
	return ev, nil
}

func dayOrNil(column string, s sql.NullString) (*time.Time, error) {
	if !s.Valid {
		return nil, nil
	}
	d, err := time.Parse(time.DateOnly, s.String)
	if err != nil {
		return nil, fmt.Errorf("%s %q is no day", column, s.String)
	}
	return &d, nil
}

func jsonOrNil(column string, s sql.NullString, to *[]string) error {
	if !s.Valid {
		return nil
	}
	if err := json.Unmarshal([]byte(s.String), to); err != nil {
		return fmt.Errorf("%s %q is no list of names: %w", column, s.String, err)
	}
	if len(*to) == 0 {
		*to = nil
	}
	return nil
}

func countOrNil(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}

// spanOf reads an offset as spanJSON writes it.
func spanOf(column string, s sql.NullString, to *text.Span) error {
	var pair [2]int
	if err := json.Unmarshal([]byte(s.String), &pair); err != nil {
		return fmt.Errorf("%s %q is no [start, end]: %w", column, s.String, err)
	}
	*to = text.Span{Start: pair[0], End: pair[1]}
	return nil
}

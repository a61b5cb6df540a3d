package attrs

import (
	"fmt"
	"strings"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
)

// Event maps record i (from 0) of the layer name, at the point at, to an
// event: what Chronomap's layers write, and what other tools' do, ACLED's
// first. The date window (see window), the type (eventType) and ACLED's
// classification of it (acled), the place (place), the actors (an
// actors list, or ACLED's actor1 and actor2), claims and denials, the
// counts, the text (sentence, or ACLED's notes), the publication date, and
// what an analyst made of it. Its source is the record's source, else
// name; its ID the record's (see Record.ID), else the source and i + 1.
// The attributes it does not read are the event's Extra. A value that
// breaks a rule is an error that names it; the point is the caller's to
// check.
func Event(name string, i int, at orb.Point, r *Record) (event.Event, error) {
	window, err := r.window()
	if err != nil {
		return event.Event{}, err
	}
	typ, err := r.eventType()
	if err != nil {
		return event.Event{}, err
	}
	place, err := r.place(at)
	if err != nil {
		return event.Event{}, err
	}
	ev := event.Event{
		ID:        r.ID(),
		Source:    r.Text("source"),
		Type:      typ,
		ACLED:     r.acled(typ),
		Place:     place,
		Window:    window,
		Actors:    r.nameList("actors", "actor1", "actor2"),
		ClaimedBy: r.nameList("claimed_by"),
		DeniedBy:  r.nameList("denied_by"),
		Sentence:  r.Text("sentence", "notes", "description", "summary", "text"),
		Note:      r.Text("note"),
	}
	if ev.Source == "" {
		ev.Source = name
	}
	if ev.ID == "" {
		ev.ID = fmt.Sprintf("%s#%d", ev.Source, i+1)
	}
	if ev.DocDate, err = r.day("doc_date"); err != nil {
		return event.Event{}, err
	}
	if ev.Fatalities, err = r.count("fatalities"); err != nil {
		return event.Event{}, err
	}
	if ev.Injured, err = r.count("injured"); err != nil {
		return event.Event{}, err
	}
	if ev.Edited, err = r.flag("edited"); err != nil {
		return event.Event{}, err
	}
	if ev.Review, err = r.review(); err != nil {
		return event.Event{}, err
	}
	if extra := r.Unread(); extra != nil {
		ev.Extra = &event.Extra{Attributes: extra}
	}
	return ev, nil
}

// count is a number of people (see Count).
func (r *Record) count(key string) (*int, error) {
	v, name := r.Get(key)
	return Count(name, v)
}

// nameList are the names a record lists under key: a list, or the names of
// key and more, each once (ACLED's actor1 and actor2).
func (r *Record) nameList(key string, more ...string) []string {
	var out []string
	if v, _ := r.Get(key); v != nil {
		if list, ok := v.([]any); ok {
			for _, s := range list {
				if s, ok := s.(string); ok && s != "" {
					out = append(out, s)
				}
			}
			return out
		}
	}
	for _, k := range append([]string{key}, more...) {
		if s := r.Text(k); s != "" {
			out = event.Union(out, []string{s})
		}
	}
	return out
}

// flag is a true or false attribute, false when the record has none.
func (r *Record) flag(key string) (bool, error) {
	v, name := r.Get(key)
	b, ok := boolOf(v)
	if !ok {
		return false, fmt.Errorf("%s %s is not true or false", name, Shortened(v))
	}
	return b != nil && *b, nil
}

// review is what the record's verified says: true verified, false
// rejected, none unreviewed.
func (r *Record) review() (event.Review, error) {
	v, name := r.Get("verified")
	b, ok := boolOf(v)
	if !ok {
		return 0, fmt.Errorf("%s %s is not true, false or empty", name, Shortened(v))
	}
	return event.ReviewOf(b), nil
}

// boolOf reads a bool, JSON's or written as text; nil for none.
func boolOf(v any) (b *bool, ok bool) {
	switch v := v.(type) {
	case nil:
		return nil, true
	case bool:
		return &v, true
	case string:
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "true":
			t := true
			return &t, true
		case "false":
			f := false
			return &f, true
		}
	}
	return nil, false
}

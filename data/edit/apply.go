package edit

import (
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/event"
)

// Apply replays edits, in order, on events as MergeReports gives them,
// and returns the events as the analyst left them: corrected, merged and
// split, in the order of events, with the events split off after them;
// and the edits that found no event, which it leaves out. An edit finds
// its event by the key of any of its reports, or when the rules no longer
// find the event as they did, by its mention of a place or its sentence,
// if one report only comes from that.
func Apply(events []event.Event, edits []Edit, keys Keys) (edited []event.Event, lost []Edit) {
	if len(edits) == 0 {
		return events, nil
	}
	r := newReplay(events, keys)
	for _, e := range edits {
		i, ok := r.find(e.Event)
		if !ok {
			lost = append(lost, e)
			continue
		}
		switch e.Kind {
		case Merge:
			r.merge(i, e.Reports)
		case Split:
			r.split(i, e.Reports)
		default:
			e.After.set(e.Kind, &r.events[i])
			r.corrected[i] |= fieldBit(e.Kind)
		}
	}
	return r.result(), lost
}

// replay is the state of Apply: the events so far, and for each, its
// reports as extracted and their keys, so that merges and splits rebuild
// events from what the articles said.
type replay struct {
	events    []event.Event
	raw       [][]event.Event
	keys      [][]string
	corrected []uint8        // by event, the kinds of edit that set its fields
	gone      []bool         // the events merged into others
	at        map[string]int // report key → event
	// loose are the keys by the looser parts of them (see looser), ""
	// where two reports share one.
	loose  map[string]string
	keysOf Keys
}

func newReplay(events []event.Event, keys Keys) *replay {
	n := len(events)
	r := &replay{events: slices.Clone(events), raw: make([][]event.Event, n), keys: make([][]string, n),
		corrected: make([]uint8, n), gone: make([]bool, n), at: map[string]int{}, loose: map[string]string{}, keysOf: keys}
	for i := range r.events {
		ev := &r.events[i]
		if len(ev.Reports) > 0 {
			r.raw[i] = ev.Reports
		} else {
			r.raw[i] = []event.Event{*ev}
		}
		for j := range r.raw[i] {
			k := keys(&r.raw[i][j])
			r.keys[i] = append(r.keys[i], k)
			r.at[k] = i
			for _, part := range looser(k) {
				if _, seen := r.loose[part]; seen {
					r.loose[part] = "" // two reports: ambiguous
				} else {
					r.loose[part] = k
				}
			}
		}
	}
	return r
}

// find is the event that holds the report of key.
func (r *replay) find(key string) (int, bool) {
	if i, ok := r.at[key]; ok {
		return i, true
	}
	for _, part := range looser(key) {
		if k := r.loose[part]; k != "" {
			return r.at[k], true
		}
	}
	return 0, false
}

// merge joins to event i the events of the reports of keys. The event
// keeps i's corrections, and takes the notes of the others, and their
// review where i has none.
func (r *replay) merge(i int, keys []string) {
	for _, k := range keys {
		j, ok := r.find(k)
		if !ok || j == i {
			continue
		}
		r.takeReview(i, j)
		r.raw[i] = append(slices.Clip(r.raw[i]), r.raw[j]...)
		r.keys[i] = append(slices.Clip(r.keys[i]), r.keys[j]...)
		for _, k := range r.keys[j] {
			r.at[k] = i
		}
		r.raw[j], r.keys[j], r.gone[j] = nil, nil, true
	}
	r.rebuild(i)
	r.events[i].Edited = true
}

// takeReview gives event i the note of event j, after its own, and j's
// review if i has none.
func (r *replay) takeReview(i, j int) {
	ei, ej := &r.events[i], &r.events[j]
	if ej.Note != "" {
		ei.Note = strings.TrimSpace(ei.Note + "\n" + ej.Note)
		r.corrected[i] |= fieldBit(Annotate)
	}
	if ei.Review == event.Unreviewed && ej.Review != event.Unreviewed {
		ei.Review = ej.Review
		r.corrected[i] |= fieldBit(Review)
	}
}

// split takes the reports of keys out of event i into a new event.
func (r *replay) split(i int, keys []string) {
	var keep, take []event.Event
	var keepKeys, takeKeys []string
	for j, k := range r.keys[i] {
		if slices.Contains(keys, k) {
			take, takeKeys = append(take, r.raw[i][j]), append(takeKeys, k)
		} else {
			keep, keepKeys = append(keep, r.raw[i][j]), append(keepKeys, k)
		}
	}
	if len(take) == 0 || len(keep) == 0 {
		return // nothing to split, or the whole event
	}
	r.raw[i], r.keys[i] = keep, keepKeys
	r.rebuild(i)
	r.events[i].Edited = true
	n := len(r.events)
	split := event.Combine(take)
	split.Edited = true
	r.events = append(r.events, split)
	r.raw, r.keys = append(r.raw, take), append(r.keys, takeKeys)
	r.corrected, r.gone = append(r.corrected, 0), append(r.gone, false)
	for _, k := range takeKeys {
		r.at[k] = n
	}
}

// rebuild makes event i anew from its reports, keeping the fields the
// analyst set on it.
func (r *replay) rebuild(i int) {
	old := r.events[i]
	ev := event.Combine(r.raw[i])
	for _, kind := range fieldKinds {
		if r.corrected[i]&fieldBit(kind) != 0 {
			valueOf(kind, &old).set(kind, &ev)
		}
	}
	ev.Edited = old.Edited
	r.events[i] = ev
}

// result are the events left, in order.
func (r *replay) result() []event.Event {
	out := make([]event.Event, 0, len(r.events))
	for i := range r.events {
		if !r.gone[i] {
			out = append(out, r.events[i])
		}
	}
	return out
}

// fieldKinds are the kinds of edit that set an event's fields.
var fieldKinds = []Kind{Move, Redate, Retype, Review, Annotate}

// fieldBit is kind's bit in replay.corrected.
func fieldBit(kind Kind) uint8 { return 1 << slices.Index(fieldKinds, kind) }

package edit

import (
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/event"
)

// Key is the key of report r, one article's report of an event, read from
// the article whose origin is origin (see package doc): its sentence, its
// place's mention in it, its type, and its date's mention, as the rules
// found them, which tell apart the events of one sentence ("shelled the
// town, killing two"; "clashed on Sunday, as in the 1990s"). Origin is what
// identifies the article across reads, such as a hash of its text; for
// events imported from a file, which have no article, the file's name,
// and the key is the report's ID.
func Key(r *event.Event, origin string, fromArticle bool) string {
	if !fromArticle {
		return origin + "|" + r.ID
	}
	date := -1
	if r.DateText != nil {
		date = r.DateText.Start
	}
	return origin + "@" + strconv.Itoa(r.Offset.Start) + ":" + strconv.Itoa(r.PlaceText.Start) +
		"/" + r.Type.String() + "#" + strconv.Itoa(date)
}

// looser are the parts of an article report's key that name it less
// exactly, for an edit to find its event by when the rules no longer find
// it as they did: without its date, then by its mention of a place, then
// by its sentence; none for other keys.
func looser(key string) []string {
	at := strings.IndexByte(key, '@')
	colon := strings.LastIndexByte(key, ':')
	slash := strings.LastIndexByte(key, '/')
	hash := strings.LastIndexByte(key, '#')
	if at < 0 || colon < at || slash < colon || hash < slash {
		return nil
	}
	return []string{key[:hash], key[:slash], key[:colon]}
}

// Keys gives the key of a report; the caller knows where each came from.
type Keys func(r *event.Event) string

// All are the keys of all the reports of ev.
func (k Keys) All(ev *event.Event) []string {
	if len(ev.Reports) == 0 {
		return []string{k(ev)}
	}
	keys := make([]string, len(ev.Reports))
	for i := range ev.Reports {
		keys[i] = k(&ev.Reports[i])
	}
	return keys
}

// KeyOf is the key that names ev in an edit: its first report's.
func (k Keys) KeyOf(ev *event.Event) string {
	if len(ev.Reports) > 0 {
		return k(&ev.Reports[0])
	}
	return k(ev)
}

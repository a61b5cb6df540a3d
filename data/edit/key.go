package edit

import (
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/event"
)

// Key is the key of report r, one article's report of an event, read from
// the article whose origin is origin (see package doc): its sentence and
// its place's mention in it. Origin is what identifies the article across
// reads, such as a hash of its text; for events imported from a file,
// which have no article, the file's name, and the key is the report's ID.
func Key(r *event.Event, origin string, fromArticle bool) string {
	if !fromArticle {
		return origin + "|" + r.ID
	}
	return origin + "@" + strconv.Itoa(r.Offset.Start) + ":" + strconv.Itoa(r.PlaceText.Start)
}

// sentenceOf is the part of an article report's key that names its
// sentence, "" for other keys.
func sentenceOf(key string) string {
	at := strings.IndexByte(key, '@')
	colon := strings.LastIndexByte(key, ':')
	if at < 0 || colon < at {
		return ""
	}
	return key[:colon]
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

package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/chronomap/chronomap/data/event"
)

// Badges mark, in the list and the details, what an analyst did to an
// event.
const (
	verifiedBadge = "✓"
	rejectedBadge = "✗"
	editedBadge   = "✎"
)

// editBadges are the badges of e, its review's then edited's, "" for an
// event as the rules found it.
func editBadges(e event.Event) string {
	var badges []string
	switch e.Review {
	case event.Verified:
		badges = append(badges, verifiedBadge)
	case event.Rejected:
		badges = append(badges, rejectedBadge)
	}
	if e.Edited {
		badges = append(badges, editedBadge)
	}
	return strings.Join(badges, " ")
}

// reviewText is the details' line of e's badges, each with its word:
// "✓ Verified · ✎ Edited"; "" for an event as the rules found it.
func reviewText(e event.Event) string {
	var parts []string
	switch e.Review {
	case event.Verified:
		parts = append(parts, verifiedBadge+" Verified")
	case event.Rejected:
		parts = append(parts, rejectedBadge+" Rejected")
	}
	if e.Edited {
		parts = append(parts, editedBadge+" Edited")
	}
	return strings.Join(parts, " · ")
}

// rowColour is the colour of a list row's text: a rejected event's is
// dimmed, as a struck-out entry, though still there to undo.
func rowColour(e event.Event, normal fyne.ThemeColorName) fyne.ThemeColorName {
	if e.Review == event.Rejected {
		return theme.ColorNamePlaceHolder
	}
	return normal
}

package render

import (
	"image/color"

	"github.com/chronomap/chronomap/data"
)

// typeColors are the event types' colours, shared by the map markers, the
// legend and the timeline histogram. They are told apart by hue and
// lightness, so that they stay distinct for the common colour deficiencies.
var typeColors = map[data.EventType]color.RGBA{
	data.Attack:     {R: 0xd6, G: 0x27, B: 0x28, A: 0xff}, // red
	data.Clash:      {R: 0xff, G: 0x7f, B: 0x0e, A: 0xff}, // orange
	data.Ceasefire:  {R: 0x2c, G: 0xa0, B: 0x2c, A: 0xff}, // green
	data.Diplomacy:  {R: 0x1f, G: 0x77, B: 0xb4, A: 0xff}, // blue
	data.Capture:    {R: 0x94, G: 0x67, B: 0xbd, A: 0xff}, // purple
	data.Casualties: {R: 0xe3, G: 0x77, B: 0xc2, A: 0xff}, // pink: visible on the dark theme too
	data.Other:      {R: 0x8c, G: 0x8c, B: 0x8c, A: 0xff}, // grey
}

// TypeColor is the colour of an event type; unknown types are grey.
func TypeColor(t data.EventType) color.RGBA {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return typeColors[data.Other]
}

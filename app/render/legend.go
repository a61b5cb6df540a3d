package render

import (
	"image"
	"math"
	"sync"

	"github.com/chronomap/chronomap/data/event"
)

// The legend explains the markers: a colour for each event type, the
// shapes for how exactly an event is dated and placed, clusters and, when
// shown, the places layer. On screen it has a toggle that collapses it to
// a chip with its title, so that it need not cover a small map. It is
// drawn once and copied into each frame.
var (
	legendMu     sync.Mutex
	legendStamps = map[legendKey]*legendSprite{}
)

// legendKey is a legend: whether it has the places row, whether it is
// collapsed, in the dark palette, with a toggle (on screen, not in a
// figure), and its pixels per unit of size.
type legendKey struct {
	withPlaces, collapsed, dark, toggle bool
	scale                               float64
}

// legendSprite is a drawn legend and where its toggle is in it.
type legendSprite struct {
	*sprite
	toggle image.Rectangle
}

// The legend's sizes, in units.
const (
	legendMargin = 10 // from the frame's edges
	legendPad    = 8
	legendRow    = 18
	toggleSize   = 13 // the side of the toggle's box
)

// legendTitle heads the legend, and is all a collapsed one shows.
const legendTitle = "Legend"

// legendEntry is one row: a marker and what it stands for.
type legendEntry struct {
	key   stampKey
	count string // drawn on a cluster marker
	text  string
}

// legendEntries are the legend's rows, their markers sized for scale
// pixels per unit.
func legendEntries(withPlaces bool, s float64) []legendEntry {
	var rows []legendEntry
	for t := range event.NumTypes {
		rows = append(rows, legendEntry{key: stampKey{disc, t.Info().Colour, markerRadius * s, s}, text: t.Info().Label})
	}
	rows = append(rows,
		legendEntry{key: stampKey{disc, mixed, markerRadius * s, s}, text: "Known to the day"},
		legendEntry{key: stampKey{ring, mixed, markerRadius * s, s}, text: "Date window, or undated"},
		legendEntry{key: stampKey{diamond, mixed, markerRadius * s, s}, text: "Region only, not a town"},
		legendEntry{key: stampKey{bubble, mixed, clusterRadius(12, s) * 0.75, s}, count: "12", text: "Several events, mixed types"},
	)
	if withPlaces {
		rows = append(rows, legendEntry{key: stampKey{placeDot, placeInk, placeRadius * s, s}, text: "Place an article mentions"})
	}
	return rows
}

// drawLegend puts legend k in the bottom left corner of dst and returns
// where it and its toggle went, or nothing if dst is too small to hold it.
func drawLegend(dst *image.RGBA, k legendKey) (legend, toggle image.Rectangle) {
	sp := legendSpriteOf(k)
	r := legendPlace(dst.Bounds(), sp.img.Bounds().Size(), scaled(legendMargin, k.scale))
	if r.Empty() {
		return image.Rectangle{}, image.Rectangle{}
	}
	sp.drawAt(dst, r.Min)
	return r, sp.toggle.Add(r.Min)
}

// legendPlace is where a legend of size goes in a frame of bounds b,
// margin from its bottom left corner; empty when b cannot hold it.
func legendPlace(b image.Rectangle, size image.Point, margin int) image.Rectangle {
	r := image.Rectangle{Max: size}.Add(image.Pt(b.Min.X+margin, b.Max.Y-margin-size.Y))
	if !r.In(b) {
		return image.Rectangle{}
	}
	return r
}

// legendSpriteOf is legend k, drawn on first use.
func legendSpriteOf(k legendKey) *legendSprite {
	legendMu.Lock()
	defer legendMu.Unlock()
	sp, ok := legendStamps[k]
	if !ok {
		img, toggle := legendImage(k)
		sp = &legendSprite{newSprite(img), toggle}
		legendStamps[k] = sp
	}
	return sp
}

// legendImage draws legend k, and says where its toggle is in it: the
// box after the title, or, collapsed, the whole chip.
func legendImage(k legendKey) (*image.RGBA, image.Rectangle) {
	s, p := k.scale, paletteFor(k.dark)
	px := func(n int) int { return scaled(n, s) }
	text := Style{Size: 12 * s, Color: p.ink}
	bold := Style{Size: 12 * s, Bold: true, Color: p.ink}
	var rows []legendEntry
	if !k.collapsed {
		rows = legendEntries(k.withPlaces, s)
	}
	pad, row := px(legendPad), px(legendRow)
	width, _, _ := MeasureText(legendTitle, bold)
	if k.toggle {
		width += px(6 + toggleSize)
	}
	for _, e := range rows {
		w, _, _ := MeasureText(e.text, text)
		width = max(width, w+px(2*maxClusterRadius))
	}
	img := image.NewRGBA(image.Rect(0, 0, width+2*pad, (len(rows)+1)*row+2*pad))
	fillRect(img, img.Rect, p.edge)
	fillRect(img, img.Rect.Inset(px(1)), p.paper) // opaque, so that frames copy it rather than blend it
	baseline := func(r int) int { return pad + r*row + px(13) }
	DrawText(img, pad, baseline(0), legendTitle, bold)
	var toggle image.Rectangle
	if k.toggle {
		box := image.Rect(0, 0, px(toggleSize), px(toggleSize))
		toggle = box.Add(image.Pt(img.Rect.Dx()-pad-box.Dx(), pad+(row-box.Dy())/2))
		drawToggle(img, toggle, k.collapsed, p, s)
		if k.collapsed {
			toggle = img.Rect
		}
	}
	for i, e := range rows {
		cy := float64(pad + (i+1)*row + row/2)
		cx := float64(pad + px(maxClusterRadius/2))
		stamp(img, cx, cy, e.key)
		if e.count != "" {
			stampCount(img, cx, cy, e.count, s)
		}
		DrawText(img, pad+px(maxClusterRadius+4), baseline(i+1), e.text, text)
	}
	return img, toggle
}

// drawToggle draws the legend's toggle in box: a minus to collapse the
// legend, a plus to expand it.
func drawToggle(img *image.RGBA, box image.Rectangle, collapsed bool, p *palette, s float64) {
	fillRect(img, box, p.edge)
	fillRect(img, box.Inset(scaled(1, s)), p.paper)
	c := box.Min.Add(box.Size().Div(2))
	arm, w := scaled(3, s), int(math.Max(1, math.Round(1.5*s)))
	fillRect(img, image.Rect(c.X-arm, c.Y-w/2, c.X+arm+1, c.Y-w/2+w), p.ink)
	if collapsed {
		fillRect(img, image.Rect(c.X-w/2, c.Y-arm, c.X-w/2+w, c.Y+arm+1), p.ink)
	}
}

// scaled is n units in pixels at s pixels per unit, rounded.
func scaled(n int, s float64) int { return int(math.Round(float64(n) * s)) }

package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"github.com/chronomap/chronomap/data/event"
)

// The legend explains the markers: a colour for each event type, the
// shapes for how exactly an event is dated, clusters and, when shown, the
// places layer. It is drawn once and copied into each frame.
var (
	legendMu     sync.Mutex
	legendStamps = map[legendKey]*sprite{}
)

// legendKey is a legend: whether it has the places row, and its pixels per
// unit of size.
type legendKey struct {
	withPlaces bool
	scale      float64
}

// The legend's sizes, in units.
const (
	legendMargin = 10 // from the frame's edges
	legendPad    = 8
	legendRow    = 18
)

var (
	legendText  = Style{Size: 12, Color: ink}
	legendTitle = Style{Size: 12, Bold: true, Color: ink}
	legendPaper = color.RGBA{0xfb, 0xfc, 0xfd, 0xff} // opaque, so that frames copy it rather than blend it
	legendEdge  = color.RGBA{0xa0, 0xa8, 0xb4, 0xff}
)

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
		legendEntry{key: stampKey{disc, mixed, markerRadius * s, s}, text: "Dated to the day"},
		legendEntry{key: stampKey{ring, mixed, markerRadius * s, s}, text: "Date window, or undated"},
		legendEntry{key: stampKey{bubble, mixed, clusterRadius(12, s) * 0.75, s}, count: "12", text: "Several events, mixed types"},
	)
	if withPlaces {
		rows = append(rows, legendEntry{key: stampKey{placeDot, placeInk, placeRadius * s, s}, text: "Place an article mentions"})
	}
	return rows
}

// drawLegend puts the legend, at scale pixels per unit, in the bottom
// left corner of dst and returns where it went, or nothing if dst is too
// small to hold it.
func drawLegend(dst *image.RGBA, withPlaces bool, scale float64) image.Rectangle {
	sp := legendSprite(withPlaces, scale)
	b := dst.Bounds()
	size := sp.img.Bounds().Size()
	margin := scaled(legendMargin, scale)
	r := image.Rectangle{Max: size}.Add(image.Pt(b.Min.X+margin, b.Max.Y-margin-size.Y))
	if !r.In(b) {
		return image.Rectangle{}
	}
	sp.drawAt(dst, r.Min)
	return r
}

// legendSprite is the legend, with or without the places row, at scale
// pixels per unit, drawn on first use.
func legendSprite(withPlaces bool, scale float64) *sprite {
	legendMu.Lock()
	defer legendMu.Unlock()
	k := legendKey{withPlaces, scale}
	sp, ok := legendStamps[k]
	if !ok {
		sp = newSprite(legendImage(legendEntries(withPlaces, scale), scale))
		legendStamps[k] = sp
	}
	return sp
}

// legendImage draws the legend at s pixels per unit.
func legendImage(rows []legendEntry, s float64) *image.RGBA {
	const title = "Events"
	px := func(n int) int { return scaled(n, s) }
	text, bold := legendText, legendTitle
	text.Size *= s
	bold.Size *= s
	width, _, _ := MeasureText(title, bold)
	for _, e := range rows {
		w, _, _ := MeasureText(e.text, text)
		width = max(width, w+px(2*maxClusterRadius))
	}
	pad, row := px(legendPad), px(legendRow)
	w := width + 2*pad
	h := (len(rows)+1)*row + 2*pad
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(legendEdge), image.Point{}, draw.Src)
	draw.Draw(img, img.Bounds().Inset(px(1)), image.NewUniform(legendPaper), image.Point{}, draw.Src)
	baseline := func(r int) int { return pad + r*row + px(13) }
	DrawText(img, pad, baseline(0), title, bold)
	for i, e := range rows {
		cy := float64(pad + (i+1)*row + row/2)
		cx := float64(pad + px(maxClusterRadius/2))
		stamp(img, cx, cy, e.key)
		if e.count != "" {
			stampCount(img, cx, cy, e.count, s)
		}
		DrawText(img, pad+px(maxClusterRadius+4), baseline(i+1), e.text, text)
	}
	return img
}

// scaled is n units in pixels at s pixels per unit, rounded.
func scaled(n int, s float64) int { return int(math.Round(float64(n) * s)) }

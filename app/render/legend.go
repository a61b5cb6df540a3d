package render

import (
	"image"
	"image/color"
	"image/draw"
	"strings"
	"sync"

	"github.com/chronomap/chronomap/data"
)

// The legend explains the markers: a colour for each event type, the
// shapes for how exactly an event is dated, clusters and, when shown, the
// places layer. It is drawn once and copied into each frame.
var (
	legendMu     sync.Mutex
	legendStamps = map[bool]*sprite{} // by whether the places row is shown
)

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

func legendEntries(withPlaces bool) []legendEntry {
	var rows []legendEntry
	for _, t := range data.EventTypes {
		rows = append(rows, legendEntry{key: stampKey{disc, TypeColor(t), markerRadius}, text: typeName(t)})
	}
	rows = append(rows,
		legendEntry{key: stampKey{disc, mixed, markerRadius}, text: "Dated to the day"},
		legendEntry{key: stampKey{ring, mixed, markerRadius}, text: "Date window, or undated"},
		legendEntry{key: stampKey{bubble, mixed, clusterRadius(12) * 0.75}, count: "12", text: "Several events, mixed types"},
	)
	if withPlaces {
		rows = append(rows, legendEntry{key: stampKey{placeDot, placeInk, placeRadius}, text: "Place an article mentions"})
	}
	return rows
}

// typeName is an event type as the legend writes it: "Attack".
func typeName(t data.EventType) string {
	return strings.ToUpper(string(t[:1])) + string(t[1:])
}

// drawLegend puts the legend in the bottom left corner of dst and returns
// where it went, or nothing if dst is too small to hold it.
func drawLegend(dst *image.RGBA, withPlaces bool) image.Rectangle {
	legendMu.Lock()
	sp, ok := legendStamps[withPlaces]
	if !ok {
		sp = newSprite(legendImage(legendEntries(withPlaces)))
		legendStamps[withPlaces] = sp
	}
	legendMu.Unlock()
	b := dst.Bounds()
	size := sp.img.Bounds().Size()
	r := image.Rectangle{Max: size}.Add(image.Pt(b.Min.X+legendMargin, b.Max.Y-legendMargin-size.Y))
	if !r.In(b) {
		return image.Rectangle{}
	}
	sp.drawAt(dst, r.Min)
	return r
}

func legendImage(rows []legendEntry) *image.RGBA {
	const title = "Events"
	width, _, _ := MeasureText(title, legendTitle)
	for _, e := range rows {
		w, _, _ := MeasureText(e.text, legendText)
		width = max(width, w+2*maxClusterRadius)
	}
	w := width + 2*legendPad
	h := (len(rows)+1)*legendRow + 2*legendPad
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(legendEdge), image.Point{}, draw.Src)
	draw.Draw(img, img.Bounds().Inset(1), image.NewUniform(legendPaper), image.Point{}, draw.Src)
	baseline := func(row int) int { return legendPad + row*legendRow + 13 }
	DrawText(img, legendPad, baseline(0), title, legendTitle)
	for i, e := range rows {
		cy := float64(legendPad + (i+1)*legendRow + legendRow/2)
		cx := float64(legendPad + maxClusterRadius/2)
		stamp(img, cx, cy, e.key)
		if e.count != "" {
			stampCount(img, cx, cy, e.count)
		}
		DrawText(img, legendPad+maxClusterRadius+4, baseline(i+1), e.text, legendText)
	}
	return img
}

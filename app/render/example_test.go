package render_test

import (
	"fmt"
	"image"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// A scene of three events drawn for a view of the South Caucasus: the two
// in Stepanakert overlap and show as one marker with their count.
func Example() {
	stepanakert := &geo.Place{Name: "Stepanakert", Point: orb.Point{46.75, 39.82}}
	ganja := &geo.Place{Name: "Ganja", Point: orb.Point{46.36, 40.68}}
	scene := render.NewScene(render.SeaBlue)
	scene.Events = render.NewEvents([]event.Event{
		{Type: event.Attack, Place: ganja},
		{Type: event.Attack, Place: stepanakert},
		{Type: event.Clash, Place: stepanakert},
	})

	view := render.Viewport{Center: render.Mercator(orb.Point{46.5, 40.2}), Zoom: 7, Width: 800, Height: 500}
	frame := scene.Draw(image.NewRGBA(image.Rect(0, 0, view.Width, view.Height)), view)
	for _, c := range frame.Clusters {
		fmt.Printf("%d event(s) at (%.0f, %.0f)\n", c.Count, c.X, c.Y)
	}
	x, y := view.ToPixel(render.Mercator(ganja.Point))
	fmt.Println(frame.HitAt(x, y) == render.Hit{Kind: render.OnEvent, Index: 0})
	// Output:
	// 2 event(s) at (423, 295)
	// 1 event(s) at (387, 193)
	// true
}

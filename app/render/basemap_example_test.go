package render_test

import (
	"fmt"
	"image"
	"log"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
)

// A map widget paints the basemap as the background of every frame, then
// draws its markers over it.
func ExampleBasemap() {
	m, err := basemap.Default()
	if err != nil {
		log.Fatal(err)
	}
	b := render.NewBasemap(m)
	v := render.Viewport{Center: render.Mercator(orb.Point{46.5, 40.5}), Zoom: 7, Width: 800, Height: 600}
	frame := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	b.Draw(frame, v)

	// Lake Sevan is water, the land around it is not.
	sevan := frame.RGBAAt(pixel(v, 45.3, 40.35))
	land := frame.RGBAAt(pixel(v, 45.0, 40.9))
	fmt.Println("water is bluer than land:", int(sevan.B)-int(sevan.R) > int(land.B)-int(land.R))
	// Output:
	// water is bluer than land: true
}

func pixel(v render.Viewport, lon, lat float64) (int, int) {
	x, y := v.ToPixel(render.Mercator(orb.Point{lon, lat}))
	return int(x), int(y)
}

package animation_test

import (
	"bytes"
	"context"
	"fmt"
	"image/gif"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/animation"
	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/geo"
)

// The frames of 45 days by week: six whole weeks, and a last frame that
// ends on the last day.
func ExamplePlayheads() {
	from := timeline.DayOf(time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC))
	for _, p := range animation.Playheads(timeline.Range{From: from, To: from + 44}, timeline.Week) {
		r := timeline.Week.Range(p)
		fmt.Println(r.From, "to", r.To)
	}
	// Output:
	// 2020-09-27 to 2020-10-03
	// 2020-10-04 to 2020-10-10
	// 2020-10-11 to 2020-10-17
	// 2020-10-18 to 2020-10-24
	// 2020-10-25 to 2020-10-31
	// 2020-11-01 to 2020-11-07
	// 2020-11-04 to 2020-11-10
}

// A week of the map by day, at 2 days a second, as an animated GIF.
func Example() {
	day := func(d int) *dates.Window {
		t := time.Date(2020, 10, d, 0, 0, 0, 0, time.UTC)
		return &dates.Window{Start: t, End: t, Precision: dates.Day}
	}
	ganja := &geo.Place{Name: "Ganja", Kind: geo.City, Point: orb.Point{46.36, 40.68}}
	events := []event.Event{{Type: event.Attack, Place: ganja, Window: day(11)}}
	scene := render.NewScene(render.SeaBlue)
	scene.Events = render.NewEvents(events)
	src := animation.Source{
		Scene: scene,
		View:  render.Viewport{Center: render.Mercator(orb.Point{46.5, 40.2}), Zoom: 7, Width: 800, Height: 500},
		Days:  timeline.New(events),
	}
	o := animation.Options{
		Figure:  render.FigureOptions{Width: 640, Height: 360, Scale: 1, Title: "Ganja"},
		Days:    timeline.Range{From: timeline.DayOf(day(8).Start), To: timeline.DayOf(day(14).Start)},
		Mode:    timeline.OneDay,
		Speed:   2,
		Caption: func(v timeline.Visible) string { return v.Range.To.String() },
	}
	var out bytes.Buffer
	if err := animation.EncodeGIF(context.Background(), &out, src, o); err != nil {
		fmt.Println(err)
		return
	}
	g, err := gif.DecodeAll(&out)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(g.Image), "frames,", g.Config.Width, "×", g.Config.Height)
	fmt.Println("delays in hundredths of a second:", g.Delay)
	// Output:
	// 7 frames, 640 × 360
	// delays in hundredths of a second: [50 50 50 50 50 50 250]
}

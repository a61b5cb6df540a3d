package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/chronomap/chronomap/app/animation"
	"github.com/chronomap/chronomap/app/render"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// Animation is what `chronomap --animate` asks for.
type Animation struct {
	Out    string // the GIF to write, or with Frames the folder for the PNG frames
	Frames bool
	// From and To are the days to play through, both included; zero for
	// the first or the last day of the events (the timeline's span).
	From, To      time.Time
	Mode          tl.Mode
	Width, Height int     // in units
	Scale         float64 // pixels per unit
	Speed         float64 // days a second
	Title         string
}

// Animate reads the articles at paths as the window opens them (the
// sample articles when there are none; a .gpkg path is a workspace) and
// writes the animation a asks for, framed as Fit to Events frames the
// events it shows. It opens no window, and needs no display. skipped are
// the files that could not be read, which the animation goes without.
func Animate(ctx context.Context, paths []string, a Animation) (skipped []error, err error) {
	if err := checkPaths(paths); err != nil {
		return nil, err
	}
	res, err := loadForAnimation(ctx, paths)
	if err != nil {
		return nil, err
	}
	skipped = res.skipped
	span, ok := res.days.Span()
	if !ok {
		return skipped, errors.New("no event has a date: there is nothing to animate")
	}
	days := span
	if !a.From.IsZero() {
		days.From = tl.DayOf(a.From)
	}
	if !a.To.IsZero() {
		days.To = tl.DayOf(a.To)
	}
	title := a.Title
	if title == "" {
		title = "Chronomap"
	}
	o := animation.Options{
		Figure: render.FigureOptions{Width: a.Width, Height: a.Height, Scale: a.Scale, Title: title, Credits: figureCredits},
		Days:   days, Mode: a.Mode, Speed: a.Speed,
		Caption: func(v tl.Visible) string { return periodText(v, res.days) },
	}
	if err := o.Check(); err != nil {
		return skipped, err
	}
	scene := render.NewScene(background())
	scene.Events, scene.Places = res.onMap.events, res.onMap.places
	view, ok := animation.Fit(scene, o)
	if !ok {
		return skipped, fmt.Errorf("no event with a place from %s to %s: there is nothing to animate", days.From, days.To)
	}
	src := animation.Source{Scene: scene, View: view, Days: res.days}
	if a.Frames {
		return skipped, animation.WritePNGs(ctx, a.Out, src, o)
	}
	return skipped, animation.WriteGIF(ctx, a.Out, src, o)
}

// loadForAnimation reads the articles at paths, or the workspace among
// them, as the window would.
func loadForAnimation(ctx context.Context, paths []string) (loaded, error) {
	req := loadRequest{paths: paths}
	if path, ok := workspaceIn(paths); ok {
		ws, st, log, err := readWorkspace(path)
		if err != nil {
			return loaded{}, err
		}
		defer ws.Close()
		req = loadRequest{stored: st, log: log, edits: slices.Clone(log.InForce())}
	}
	return loadArticles(ctx, req, func(done, total int) {})
}

package app

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/animation"
	"github.com/chronomap/chronomap/app/timeline"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// animationSource is what an animation shows, and the timeline's settings
// its dialog starts from.
type animationSource struct {
	animation.Source
	days  tl.Range // the range chosen on the timeline, or all its days
	mode  tl.Mode
	speed float64 // days a second
}

// The choices of the animation dialog.
var (
	animationScales  = []string{"1×", "2×"}
	animationOutputs = []string{"Animated GIF", "PNG frames, in a new folder"}
)

// animationForm is the fields of Export ▸ Animation….
type animationForm struct {
	figureFields
	src      animationSource
	from, to *widget.Entry
	mode     *widget.Select
	speed    *widget.Select
	output   *widget.RadioGroup
	summary  *widget.Label
	items    []*widget.FormItem
}

func newAnimationForm(src animationSource) *animationForm {
	f := &animationForm{src: src, from: widget.NewEntry(), to: widget.NewEntry(), summary: widget.NewLabel("")}
	f.figureFields = newFigureFields("Chronomap", figureSizes[:3], animationScales, animationScales[0], f.changed)
	f.size.Validator = func(string) error { return f.checkFigure() }
	f.from.SetText(src.days.From.String())
	f.to.SetText(src.days.To.String())
	f.from.Validator = func(s string) error { _, err := fieldDay("first", s); return err }
	f.to.Validator = func(string) error { return f.checkPlay() }
	modes := make([]string, len(tl.Modes))
	for i, m := range tl.Modes {
		modes[i] = m.String()
	}
	f.mode = widget.NewSelect(modes, func(string) { f.changed() })
	f.mode.SetSelectedIndex(max(0, slices.Index(tl.Modes, src.mode)))
	speeds := make([]string, len(timeline.Speeds))
	for i, s := range timeline.Speeds {
		speeds[i] = daysASecond(s)
	}
	f.speed = widget.NewSelect(speeds, func(string) { f.changed() })
	f.speed.SetSelectedIndex(max(0, slices.Index(timeline.Speeds, src.speed)))
	f.output = widget.NewRadioGroup(animationOutputs, nil)
	f.output.Required = true
	f.output.SetSelected(animationOutputs[0])
	for _, e := range []*widget.Entry{f.from, f.to} {
		e.OnChanged = func(string) { f.changed() }
	}
	f.changed()
	figure := f.formItems("frames")
	f.items = []*widget.FormItem{
		figure[0],
		{Text: "From", Widget: f.from, HintText: "The first day, YYYY-MM-DD"},
		{Text: "To", Widget: f.to, HintText: "The last day, included"},
		{Text: "Window", Widget: f.mode, HintText: "The days each frame shows, as on the timeline"},
		widget.NewFormItem("Speed", f.speed),
		figure[1],
		figure[2],
		widget.NewFormItem("Save as", f.output),
		widget.NewFormItem("Frames", f.summary),
	}
	return f
}

// daysASecond is a speed as the dialog offers it.
func daysASecond(s float64) string {
	if s == 1 {
		return "1 day a second"
	}
	return strconv.FormatFloat(s, 'f', -1, 64) + " days a second"
}

// fieldDay reads the day of the field named which, as the timeline counts
// days.
func fieldDay(which, s string) (tl.Day, error) {
	t, err := parseDay(which, s)
	return tl.DayOf(t), err
}

// changed checks the fields again and says what the animation will be.
func (f *animationForm) changed() {
	if f.output == nil {
		return // still being made
	}
	f.to.Validate()
	f.size.Validate()
	o, err := f.options()
	if err != nil {
		f.summary.SetText("—")
		return
	}
	p := o.Figure.Pixels()
	f.summary.SetText(fmt.Sprintf("%s, %s · %d × %d pixels", counted(o.Frames(), "frame"), durationText(o.Duration()), p.X, p.Y))
}

// durationText is a duration as "24.5 s" or "3 min 5 s".
func durationText(d time.Duration) string {
	if d < time.Minute {
		return strconv.FormatFloat(math.Round(d.Seconds()*10)/10, 'f', -1, 64) + " s"
	}
	return fmt.Sprintf("%d min %d s", int(d.Minutes()), int(d.Seconds())%60)
}

// checkPlay says why the days, window and speed cannot be played; a day
// typed wrong is the day's field's to say.
func (f *animationForm) checkPlay() error {
	if _, err := fieldDay("last", f.to.Text); err != nil {
		return err
	}
	o, err := f.play()
	if err != nil {
		return nil
	}
	if err := o.CheckPlay(); err != nil {
		return errors.New(capitalized(err.Error()))
	}
	return nil
}

// checkFigure says why the size and scale make no figure.
func (f *animationForm) checkFigure() error {
	fo, err := f.figure()
	if err == nil {
		err = fo.Check()
	}
	if err != nil {
		return errors.New(capitalized(err.Error()))
	}
	return nil
}

// options are the animation the fields ask for, or why it cannot be made.
func (f *animationForm) options() (animation.Options, error) {
	o, err := f.play()
	if err != nil {
		return o, err
	}
	if o.Figure, err = f.figure(); err != nil {
		return o, err
	}
	return o, o.Check()
}

// play is the days, window and speed of the fields, with the captions.
func (f *animationForm) play() (animation.Options, error) {
	from, err := fieldDay("first", f.from.Text)
	if err != nil {
		return animation.Options{}, err
	}
	to, err := fieldDay("last", f.to.Text)
	if err != nil {
		return animation.Options{}, err
	}
	days := f.src.Days
	return animation.Options{
		Days:    tl.Range{From: from, To: to},
		Mode:    tl.Modes[max(0, f.mode.SelectedIndex())],
		Speed:   timeline.Speeds[max(0, f.speed.SelectedIndex())],
		Caption: func(v tl.Visible) string { return periodText(v, days) },
	}, nil
}

// pngs reports whether the frames are to be saved as PNG files.
func (f *animationForm) pngs() bool { return f.output.Selected == animationOutputs[1] }

package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showAllProblems lists every line of p over win. The list lays out only
// the rows in view, so that ten thousand lines cost no more than ten; as it
// cuts them to its width, the line selected shows whole under it.
func showAllProblems(p problemList, win fyne.Window, clip fyne.Clipboard) {
	whole := wrapped("Select a line to read it whole.")
	whole.Selectable = true
	list := widget.NewList(
		func() int { return len(p.lines) },
		func() fyne.CanvasObject { return oneLine("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.shown(i)) },
	)
	list.OnSelected = func(i widget.ListItemID) { whole.SetText(p.lines[i]) }
	var top fyne.CanvasObject
	if p.folder != "" {
		top = wrapped("In " + strings.TrimSuffix(p.folder, string(filepath.Separator)) + ":")
	}
	d := dialog.NewCustomWithoutButtons(p.heading, container.NewBorder(top, whole, nil, nil, list), win)
	d.SetButtons([]fyne.CanvasObject{copyButton(p.lines, clip), widget.NewButton("Close", d.Hide)})
	d.Resize(dialogSize(win))
	d.Show()
}

// copyButton copies lines to clip, one a line, and says that it did.
func copyButton(lines []string, clip fyne.Clipboard) *widget.Button {
	var b *widget.Button
	b = widget.NewButtonWithIcon("Copy All", theme.ContentCopyIcon(), func() {
		clip.SetContent(strings.Join(lines, "\n"))
		b.SetText("Copied")
	})
	return b
}

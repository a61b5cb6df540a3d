package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showError shows err over w under title. It is dialog.ShowError without
// the capitalised first letter, which would misspell the file name our
// errors start with ("missing.txt: ...").
func showError(title string, err error, w fyne.Window) {
	message := widget.NewLabel(err.Error())
	message.Wrapping = fyne.TextWrapWord
	message.Selectable = true
	content := container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, message)
	d := dialog.NewCustom(title, "OK", content, w)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

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

// summarised is how many problems of a list its summary shows: enough to
// see what went wrong, few enough to lay out at once however long the list.
const summarised = 5

// A problemList is the problems of one kind that a load met, a line each:
// "/news/x.txt: binary file, not text (NUL byte at offset 3)".
type problemList struct {
	heading string   // "10,000 files were skipped"
	lines   []string // whole, as copied
	// folder is what every line starts with, "/news/", which is named
	// once and left out of the lines shown, so that they show what
	// differs: the file and its problem.
	folder string
}

func newProblemList(heading string, errs []error) problemList {
	p := problemList{heading: heading, lines: make([]string, len(errs))}
	for i, err := range errs {
		p.lines[i] = err.Error()
	}
	p.folder = commonFolder(p.lines)
	return p
}

// skippedFiles is the list of the files a load could not read.
func skippedFiles(errs []error) problemList {
	verb := " were skipped"
	if len(errs) == 1 {
		verb = " was skipped"
	}
	return newProblemList(counted(len(errs), "file")+verb, errs)
}

// undatedArticles is the list of the articles read without their date.
func undatedArticles(errs []error) problemList {
	heading := counted(len(errs), "article") + " were read without their date"
	if len(errs) == 1 {
		heading = "1 article was read without its date"
	}
	return newProblemList(heading, errs)
}

// rowsLeftOut is the list of the rows of CSV files that were not read.
func rowsLeftOut(errs []error) problemList {
	heading := counted(len(errs), "row") + " of CSV files were left out"
	if len(errs) == 1 {
		heading = "1 row of a CSV file was left out"
	}
	return newProblemList(heading, errs)
}

// shown is line i as lists show it, without the folder.
func (p problemList) shown(i int) string { return p.lines[i][len(p.folder):] }

// commonFolder is the longest folder, with its final separator, that the
// file names starting lines ("/news/x.txt: ...") have in common; "" when
// it is none, or the root.
func commonFolder(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	sep := string(filepath.Separator)
	name, _, _ := strings.Cut(lines[0], ": ")
	folder := name[:strings.LastIndex(name, sep)+1]
	for _, l := range lines[1:] {
		for !strings.HasPrefix(l, folder) {
			folder = folder[:strings.LastIndex(folder[:len(folder)-1], sep)+1]
		}
	}
	if folder == sep {
		return ""
	}
	return folder
}

// problemSummary shows a problemList in a few lines: its heading, the
// folder of its files and the first of them, how many more there are, a
// button that lists them all and one that copies them all, for a bug
// report. A line too long is cut, not wrapped, so that two summaries fit
// a small window; Show All has the lines whole.
type problemSummary struct {
	content *fyne.Container
	heading *widget.Label
	first   *widget.Label  // the folder, if any, then the first lines, indented under it
	more    *widget.Label  // "…and 9,995 more.", hidden when there are none
	showAll *widget.Button // hidden when first holds every line
	copyAll *widget.Button
}

// indent sets the lines shown under their folder.
const indent = "    "

func newProblemSummary(p problemList, win fyne.Window, clip fyne.Clipboard) *problemSummary {
	var first []string
	if p.folder != "" {
		first = append(first, p.folder)
	}
	for i := range min(len(p.lines), summarised) {
		if p.folder != "" {
			first = append(first, indent+p.shown(i))
		} else {
			first = append(first, p.shown(i))
		}
	}
	s := &problemSummary{
		heading: widget.NewLabelWithStyle(p.heading+":", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		first:   oneLine(strings.Join(first, "\n")),
		more:    widget.NewLabel(""),
		showAll: widget.NewButton("Show All…", func() { showAllProblems(p, win, clip) }),
		copyAll: copyButton(p.lines, clip),
	}
	if hidden := len(p.lines) - summarised; hidden > 0 {
		s.more.SetText("…and " + thousands(hidden) + " more.")
	} else {
		s.more.Hide()
		s.showAll.Hide()
	}
	s.content = container.NewVBox(s.heading, s.first, container.NewHBox(s.more, s.showAll, s.copyAll))
	return s
}

// oneLine is a label whose lines are cut, not wrapped, when too long.
func oneLine(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// showProblems shows over win, under title, headline (unless it is "")
// and the summaries of lists, leaving out those with no lines.
func showProblems(win fyne.Window, clip fyne.Clipboard, title, headline string, lists ...problemList) {
	box := container.NewVBox()
	if headline != "" {
		box.Add(wrapped(headline))
	}
	for _, p := range lists {
		if len(p.lines) > 0 {
			box.Add(newProblemSummary(p, win, clip).content)
		}
	}
	content := container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.WarningIcon())), nil, box)
	d := dialog.NewCustom(title, "OK", content, win)
	d.Resize(fyne.NewSize(min(800, win.Canvas().Size().Width-80), 0))
	d.Show()
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

func TestHighlighted(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []mark
		want  string // marked text in [brackets]
	}{
		{"none", "Talks went on.", nil, "Talks went on."},
		{"two, given out of order", "Şuşa fell on 8 November.", []mark{{13, 23, dateMark}, {0, 4, placeMark}}, "[Şuşa] fell on [8 November]."},
		{"overlapping: the first wins", "Hadrut district", []mark{{0, 15, placeMark}, {0, 6, placeMark}}, "[Hadrut district]"},
		{"outside the text: left out", "Ganja", []mark{{3, 9, placeMark}}, "Ganja"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			for _, s := range highlighted(tt.text, tt.marks) {
				ts := s.(*widget.TextSegment)
				if ts.Style.TextStyle.Bold {
					b.WriteString("[" + ts.Text + "]")
				} else {
					b.WriteString(ts.Text)
				}
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

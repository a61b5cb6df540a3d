package extract

import (
	"testing"
)

func TestFindTrigger(t *testing.T) {
	tests := []struct {
		sentence string
		want     string // the type's name, "" for no event
	}{
		{"Armenian forces launched a missile strike on Ganja, leaving 10 people dead.", "attack"},
		{"Clashes broke out on September 27 over control of Karabakh.", "clash"},
		{"The hamlets of Dovar, Kirsan and Alor were captured by the rebels.", "capture"},
		{"Azerbaijan and Armenia agreed on a humanitarian cease-fire.", "ceasefire"},
		{"Putin and Macron met in Moscow on November 7.", "diplomacy"},
		{"Putin and Macron held a phone call on November 7.", ""},
		{"One civilian was killed in Terter.", "casualties"},
		{"The Lachin corridor has been blocked since 12 December.", "other"},
		{"The region has been under the control of ethnic Armenian forces.", ""},
		{"The presidents welcomed the decision.", ""},
	}
	for _, tt := range tests {
		got := ""
		if trigs := findTriggers(sentenceWords(tt.sentence), nil); len(trigs) > 0 {
			got = trigs[nearestTrigger(trigs, 0)].typ.String()
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

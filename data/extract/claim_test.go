package extract

import (
	"slices"
	"testing"
)

func TestFindClaims(t *testing.T) {
	tests := []struct {
		sentence        string
		claimed, denied []string
		denialFirst     bool
	}{
		{
			sentence: "Earlier in the day Armenia said that numerous overnight attacks by Azerbaijani forces outside the town of Shushi had been thwarted.",
			claimed:  []string{"Armenia"},
		},
		{
			sentence:    `The Azerbaijani Defense Ministry called the claims it was shelling Shushi "completely untrue."`,
			denied:      []string{"Azerbaijani Defense Ministry"},
			denialFirst: true,
		},
		{
			sentence: "The situation escalated, according to Azerbaijan's Defence Ministry, on Sunday.",
			claimed:  []string{"Azerbaijan's Defence Ministry"},
		},
		{
			sentence: "Azerbaijan later reported that Armenian troops fired on its positions near the Lachin district, which Armenia disputed.",
			claimed:  []string{"Azerbaijan"},
			denied:   []string{"Armenia"},
		},
		{
			sentence: `"Topic number one was to discuss efforts," said State Department deputy spokesman Mark Toner.`,
			claimed:  []string{"State Department deputy spokesman Mark Toner"},
		},
		{
			sentence: "He said the shelling went on.",
		},
		{
			sentence: "Fighting intensified around El Fasher, the capital of North Darfur state, the United Nations said on Sunday.",
			claimed:  []string{"United Nations"},
		},
		{
			sentence: "Israeli air strikes hit Khan Younis on Saturday, the Gaza health ministry said.",
			claimed:  []string{"Gaza health ministry"},
		},
		{
			sentence: "Houthi rebels attacked a tanker in the Gulf of Aden on Thursday, the U.S. military said.",
			claimed:  []string{"U.S. military"},
		},
		{
			sentence: "The presidents called for talks.",
		},
	}
	for _, tt := range tests {
		ws := sentenceWords(tt.sentence)
		first := -1
		if trigs := findTriggers(ws, nil); len(trigs) > 0 {
			first = trigs[0].word
		}
		got := findClaims(phrase{ws, tt.sentence}, first)
		if !slices.Equal(got.claimedBy, tt.claimed) || !slices.Equal(got.deniedBy, tt.denied) || got.denialFirst != tt.denialFirst {
			t.Errorf("%q:\n got claimed %q denied %q first %v\nwant claimed %q denied %q first %v",
				tt.sentence, got.claimedBy, got.deniedBy, got.denialFirst, tt.claimed, tt.denied, tt.denialFirst)
		}
	}
}

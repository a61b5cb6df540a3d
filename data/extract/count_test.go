package extract

import "testing"

func TestCountVictims(t *testing.T) {
	tests := []struct {
		sentence            string
		fatalities, injured int // -1: not stated
	}{
		{"Armenian forces launched a missile strike on Ganja, leaving at least 10 people dead and 35 others wounded.", 10, 35},
		{"Azerbaijan says three of its soldiers were killed as fighting raged.", 3, -1},
		{"One farmer was killed and three more people were wounded near the city of Terter.", 1, 3},
		{"At least 1,000 people and possibly many more have died in nearly six weeks of fighting.", 1000, -1},
		{"The shelling went on through the night.", -1, -1},
		{"Gunmen raided the village, killing two civilians and wounding 11.", 2, 11},
		{"Two soldiers were killed and wounded were taken to hospital.", 2, -1},
	}
	for _, tt := range tests {
		ws := sentenceWords(tt.sentence)
		f, i := countVictims(ws, make([]bool, len(ws)))
		if got := orNone(f); got != tt.fatalities {
			t.Errorf("%q: fatalities %d, want %d", tt.sentence, got, tt.fatalities)
		}
		if got := orNone(i); got != tt.injured {
			t.Errorf("%q: injured %d, want %d", tt.sentence, got, tt.injured)
		}
	}
}

func orNone(n *int) int {
	if n == nil {
		return -1
	}
	return *n
}

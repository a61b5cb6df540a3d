package extract

import (
	"slices"
	"testing"
)

func TestClauseStarts(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           []int // byte offsets
	}{
		{"a semicolon starts a clause", "Shelling hit Martuni; two died", []int{20}},
		{"a colon starts a clause", "They shelled villages: Hadrut and Martuni", []int{21}},
		{"an em dash starts a clause", "Shelling hit Martuni — two died", []int{21}},
		{"an en dash starts a clause", "Shelling hit Martuni – two died", []int{21}},
		{"a comma before an opener starts a clause", "The bridge links the villages, but it is closed", []int{29}},
		{"a comma before another word does not", "Shelling hit Martuni, Hadrut and Shusha", nil},
		{"a hyphen does not", "A cease-fire held", nil},
		{"marks outside ASCII other than dashes do not", "Şuşa… was quiet", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clauseStarts(tt.sentence, 0, sentenceWords(tt.sentence), nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("clauseStarts(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

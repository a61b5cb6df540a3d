package extract

import (
	"testing"
)

// TestTriggerFamilies checks each family of trigger words on sentences in
// the style of wire reports and conflict-event notes: the verb in the active
// and the passive voice and its nominalisation report the family's type,
// and each trap, the same word in another sense, reports nothing.
func TestTriggerFamilies(t *testing.T) {
	tests := []struct {
		rule     string
		sentence string
		want     string // a type some trigger of the sentence reports; "" for no trigger
	}{
		// Protests, rallies and riots.
		{"protest: noun", "Hundreds of people staged a protest outside the governor's office in Bamako on Friday.", "protest"},
		{"protest: verb", "Farmers protested in Lahore against the new grain prices.", "protest"},
		{"protest: the people", "Protesters gathered in front of the parliament in Yerevan.", "protest"},
		{"protest: demonstration", "Thousands joined demonstrations in Omdurman demanding civilian rule.", "protest"},
		{"protest: demonstrated against", "Students demonstrated against the junta in Mandalay.", "protest"},
		{"protest: rally", "Supporters of the opposition held a rally in Tbilisi.", "protest"},
		{"protest: riot", "Riots broke out in the market town after the arrests.", "protest"},
		{"protest: a sit-in", "Relatives of the missing soldiers began a sit-in in Kyiv.", "protest"},
		{"trap: a protest vote", "Analysts called the result a protest vote against the ruling party.", ""},
		{"trap: a protest note", "Baku handed a protest note to the French ambassador.", ""},
		{"trap: lodged a protest", "The ministry lodged a protest with the embassy.", ""},
		{"trap: in protest", "The envoy resigned in protest at the decision.", ""},
		{"trap: riot police", "Riot police were deployed across the capital.", ""},
		{"trap: rally support", "The president travelled to Paris to rally support for the plan.", ""},
		{"trap: a demonstration of force", "The parade was a demonstration of force by the army.", ""},
		{"trap: demonstrated that", "The vote demonstrated that the party had lost its base.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			trigs := findTriggers(sentenceWords(tt.sentence), nil)
			if tt.want == "" {
				for _, tr := range trigs {
					t.Errorf("%q: a %s trigger at word %d, want none", tt.sentence, tr.typ, tr.word)
				}
				return
			}
			var got []string
			for _, tr := range trigs {
				if tr.typ.String() == tt.want {
					return
				}
				got = append(got, tr.typ.String())
			}
			t.Errorf("%q: triggers %q, want a %s", tt.sentence, got, tt.want)
		})
	}
}

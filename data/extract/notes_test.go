package extract

import "testing"

// TestConflictEventNotes reads notes written in the style of conflict-event
// datasets (a date, who did what to whom, where, with the division in
// brackets), about several conflicts, each on its own without a publication
// date: the note's own date, the place it names first (not the division
// that locates it), and the type.
func TestConflictEventNotes(t *testing.T) {
	tests := []struct {
		rule, note string
		want       []string // "type place start..end"
	}{
		{"an attack with its division in brackets",
			"On 12 March 2023, Al Shabaab militants attacked a police station in Beledweyne (Hiraan), killing two police officers.",
			[]string{"attack Beledweyne 2023-03-12..2023-03-12"}},
		{"an abduction",
			"On 3 May 2022, unidentified gunmen abducted 15 villagers in Kajuru (Kaduna).",
			[]string{"other Kajuru 2022-05-03..2022-05-03"}},
		{"a killing by gunmen, with two divisions in brackets",
			"On 14 February 2023, unknown gunmen killed a village chief in Djibo (Soum, Sahel).",
			[]string{"attack Djibo 2023-02-14..2023-02-14"}},
		{"shelling of a city named with its division",
			"On 3 March 2023, Ukrainian forces shelled Donetsk city (Donetsk), killing 2 civilians.",
			[]string{"attack Donetsk 2023-03-03..2023-03-03"}},
		{"a protest",
			"On 9 September 2022, hundreds of people protested in Khartoum against the military government.",
			[]string{"protest Khartoum 2022-09-09..2022-09-09"}},
		{"protesters blocking a road",
			"On 8 June 2022, protesters blocked the main road in Lima to demand the resignation of the president.",
			[]string{"protest Lima 2022-06-08..2022-06-08"}},
		{"an armed clash",
			"On 21 April 2023, RSF and SAF clashed in El Obeid (North Kordofan).",
			[]string{"clash El Obeid 2023-04-21..2023-04-21"}},
		{"airstrikes on positions in a city",
			"On 1 May 2023, Sudanese Armed Forces conducted airstrikes on RSF positions in Omdurman (Khartoum).",
			[]string{"attack Omdurman 2023-05-01..2023-05-01"}},
		{"fire near a town",
			"On 5 September 2022, Azerbaijani forces fired on Armenian positions near Jermuk (Vayots Dzor).",
			[]string{"attack Jermuk 2022-09-05..2022-09-05"}},
		{"a town recaptured",
			"On 2 April 2023, the army recaptured the town of Kidal.",
			[]string{"capture Kidal 2023-04-02..2023-04-02"}},
		{"an IED",
			"On 18 July 2021, an IED exploded near a market in Kabul, wounding three people.",
			[]string{"attack Kabul 2021-07-18..2021-07-18"}},
		{"a capital struck is where it happened, not its government",
			"On 3 April 2024, jets struck Beirut, killing 4 people.",
			[]string{"attack Beirut 2024-04-03..2024-04-03"}},
		{"a neighbourhood the gazetteer lacks: the city in brackets",
			"On 19 March 2024, gang members set fire to homes in Solino (Port-au-Prince).",
			[]string{"attack Port-au-Prince 2024-03-19..2024-03-19"}},
		{"a town in brackets with its own division's name: the town",
			"On 6 May 2023, soldiers opened fire on villagers in Sagaing (Sagaing region), killing 6.",
			[]string{"attack Sagaing 2023-05-06..2023-05-06"}},
		{"a toll in a sentence of its own that opens with a number",
			"On 1 October 2023, SAF aircraft carried out airstrikes on RSF positions in Kadugli (South Kordofan). 7 fatalities reported.",
			[]string{"attack Kadugli 2023-10-01..2023-10-01"}},
		{"a window of days takes the year of the note's date",
			"Around 4 June 2022 (between 1-7 June), Al Shabaab militants abducted 10 people near Baidoa (Bay).",
			[]string{"other Baidoa 2022-06-01..2022-06-07"}},
	}
	x := mustExtractor(t)
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkEvents(t, x, tt.note, nil, tt.want)
		})
	}
}

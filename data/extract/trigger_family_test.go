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
		// Destruction and arson.
		{"destruction: active", "RSF fighters torched dozens of homes in Geneina on Tuesday.", "attack"},
		{"destruction: passive", "More than 40 houses were burned in the village of Kouri, residents said.", "attack"},
		{"destruction: burned down", "Militiamen burned down the market in Bentiu.", "attack"},
		{"destruction: destroyed", "The strike destroyed a school in Kharkiv.", "attack"},
		{"destruction: nominalisation", "Satellite images show the destruction of Tal Afar's old town.", "attack"},
		{"destruction: arson", "Police opened an inquiry into arson at a mosque in Kaduna.", "attack"},
		{"destruction: razed", "Soldiers razed the hamlet of Pauk near Magway.", "attack"},
		{"destruction: set on fire", "Several shops were set on fire in the border town.", "attack"},
		{"destruction: set fire to", "Gunmen set fire to the district office.", "attack"},
		{"destruction: set ablaze", "The church was set ablaze overnight.", "attack"},
		{"destruction: a headline's present tense", "Militia torches villages in Ituri", "attack"},
		{"trap: a destroyed bridge is a state", "Engineers began repairing the destroyed bridge near Kherson.", ""},
		{"trap: destroyed hopes", "The ruling destroyed hopes of an early settlement.", ""},
		{"trap: mass destruction", "He denied holding weapons of mass destruction.", ""},
		{"trap: fuel burned", "The generators burned more diesel than expected.", ""},
		{"trap: a burning question", "Water remains a burning question for the region.", ""},
		{"trap: set out", "The envoy set out his proposals in Geneva.", ""},

		// Assaults.
		{"assault: stormed", "Gunmen stormed a hotel in Mogadishu overnight.", "attack"},
		{"assault: raided", "Fighters raided a village near Tahoua before dawn.", "attack"},
		{"assault: pounded", "Russian forces pounded Avdiivka for a week.", "attack"},
		{"assault: massacred", "Militiamen massacred dozens of villagers in Ituri.", "attack"},
		{"assault: a massacre", "Survivors described the massacre in the village of Solhan.", "attack"},
		{"capture: overran", "Insurgents overran an army base in Borno on Sunday.", "capture"},
		{"assault: shot dead", "Unidentified gunmen shot dead a local chief in Bamenda.", "attack"},
		{"assault: subjected to intensive fire", "Troops subjected the Kharkiv and Sumy regions to intensive fire.", "attack"},
		{"trap: a storm", "A storm hit the coast of Mozambique.", ""},

		// Explosions.
		{"explosion: a device exploded", "An IED exploded near a market in Kabul, wounding three.", "attack"},
		{"explosion: detonated", "A suicide bomber detonated his vest at a checkpoint in Mogadishu.", "attack"},
		{"explosion: blasts", "Two blasts shook central Kabul overnight.", "attack"},

		// Plans and what did not happen.
		{"plan: scheduled", "A meeting of the ministers is scheduled for Friday in Brussels.", ""},
		{"plan: expected to", "The leaders are expected to meet in Moscow on Friday.", ""},
		{"plan: postponed", "The talks set for Friday in Geneva were postponed.", ""},
		{"plan: due to", "Pashinyan is due to visit Paris next week.", ""},
		{"trap: as expected", "Artillery shelled Martakert on Sunday, as expected.", "attack"},

		// Displacement.
		{"displacement: active", "The fighting displaced 12,000 people from Ombada in a week.", "other"},
		{"displacement: passive", "About 3,000 families were displaced from villages around Djibo.", "other"},
		{"displacement: fled", "Residents fled Lachin as the deadline approached.", "other"},
		{"displacement: fleeing", "Civilians are fleeing Bakhmut on foot.", "other"},
		{"displacement: nominalisation", "Aid groups reported the mass displacement of Rohingya from Buthidaung.", "other"},
		{"trap: displaced people", "Aid reached displaced people in camps outside Goma.", ""},
		{"trap: the displaced", "The agency feeds the displaced in Tawila.", ""},
		{"trap: internally displaced", "Most internally displaced Sudanese live with relatives.", ""},

		// Arrests and abductions.
		{"arrest: passive", "Three journalists were arrested in Minsk on Thursday.", "other"},
		{"arrest: active", "Security forces arrested an opposition leader in Conakry.", "other"},
		{"arrest: nominalisation", "Rights groups condemned the arrest of a lawyer in Tbilisi.", "other"},
		{"arrest: rounded up", "Soldiers rounded up dozens of men in the village of Gwa.", "other"},
		{"abduction: passive", "Twenty passengers were abducted on the road to Kaduna.", "other"},
		{"abduction: active", "Gunmen kidnapped a priest near Ouagadougou.", "other"},
		{"abduction: nominalisation", "Local officials reported the abduction of five herders near Menaka.", "other"},
		{"abduction: taken hostage", "Twelve traders were taken hostage near Gao.", "other"},
		{"arrest: a headline's present tense", "Police arrest 30 in Nairobi protests", "other"},
		{"trap: a hostage deal", "A hostage deal was announced in Doha.", ""},
		{"trap: an arrest warrant", "A court issued an arrest warrant for the former minister.", ""},
		{"trap: cardiac arrest", "The former minister suffered a cardiac arrest.", ""},
		{"trap: a rounded figure", "The budget was rounded to the nearest million.", ""},

		// Sieges and blockades.
		{"siege: nominalisation", "The siege of El Fasher entered its second month.", "clash"},
		{"siege: active", "Rebels besieged the garrison town of Lashio in July.", "clash"},
		{"siege: a headline's present tense", "Army besieges rebel-held town in Shan state", "clash"},
		{"siege: passive", "The town was encircled by Russian forces on March 2.", "clash"},
		{"blockade: active", "Soldiers blockaded the highway to Lachin.", "other"},
		{"blockade: by protesters, a protest", "Protesters blockaded the highway to Lachin.", "protest"},
		{"blockade: cordoned off", "Police cordoned off the centre of Niamey.", "other"},
		{"trap: the besieged city is a state", "Food prices in the besieged city have tripled.", ""},
		{"trap: the encircled pocket is a state", "Supplies ran low in the encircled pocket.", ""},

		// The start and end of a war, an offensive, a conflict.
		{"war start: a conflict broke out", "The conflict broke out in April 2023 between the army and the RSF.", "clash"},
		{"war start: a conflict that began", "The conflict that began in 1988 displaced hundreds of thousands.", "clash"},
		{"war start: violence erupted", "Violence erupted in Jos after the elections.", "clash"},
		{"war start: the outbreak of war", "Since the outbreak of war, the town has emptied.", "clash"},
		{"war start: an invasion", "The invasion began before dawn on February 24.", "clash"},
		{"war start: an offensive launched", "Kyiv launched a counteroffensive in the south.", "clash"},
		{"war start: launched an invasion", "Russia launched a full-scale invasion of Ukraine on February 24, 2022.", "clash"},
		{"war end: a war ended", "The war ended with a Russian-brokered deal.", "clash"},
		{"trap: the conflict as background", "The conflict has drawn in regional powers.", ""},
		{"trap: the invasion as background", "Since the full-scale invasion, the city has lost half its people.", ""},
		{"trap: violence as a topic", "The report documents violence against women.", ""},
		{"trap: an outbreak of cholera", "Doctors reported an outbreak of cholera in the camps.", ""},

		// Protests, rallies and riots.
		{"protest: noun", "Hundreds of people staged a protest outside the governor's office in Bamako on Friday.", "protest"},
		{"protest: verb", "Farmers protested in Lahore against the new grain prices.", "protest"},
		{"protest: the people", "Protesters gathered in front of the parliament in Yerevan.", "protest"},
		{"protest: demonstration", "Thousands joined demonstrations in Omdurman demanding civilian rule.", "protest"},
		{"protest: demonstrated against", "Students demonstrated against the junta in Mandalay.", "protest"},
		{"protest: rally", "Supporters of the opposition held a rally in Tbilisi.", "protest"},
		{"riot: protesters storm", "Protesters stormed the regional administration building in Almaty.", "protest"},
		{"protest: riot", "Riots broke out in the market town after the arrests.", "protest"},
		{"protest: a sit-in", "Relatives of the missing soldiers began a sit-in in Kyiv.", "protest"},
		{"protest: a crowd gathered", "Thousands of residents gathered outside the army base in Kidal.", "protest"},
		{"trap: leaders gathered", "Foreign ministers gathered in Brussels on Monday.", ""},
		{"trap: evidence gathered", "Investigators gathered evidence in the town.", ""},
		{"trap: a call to protest", "The opposition called for protests in Dakar on Friday.", ""},
		{"trap: a planned rally", "Organisers planned a rally in Nairobi for Saturday.", ""},
		{"trap: a protest to come", "Unions will hold a protest in Lagos next week.", ""},
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

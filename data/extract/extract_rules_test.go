package extract

import (
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/article"
)

// TestExtractRules checks the extractor's general rules on short articles,
// one rule a case.
func TestExtractRules(t *testing.T) {
	pub := time.Date(2020, 10, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		text  string
		dated bool
		want  []string // "type place start..end", in order; "" dates when undated
	}{
		{"a place named to locate another is not an event place",
			"Artillery shelled the town of Martakert in the Nagorno-Karabakh region on Monday.",
			true, []string{"attack Martakert 2020-10-12..2020-10-12"}},
		{"'X, in the city of Y' goes on to Y: a town lies in no other town",
			"Shelling damaged homes in Martakert, in the city of Ganja a school was hit on Monday.",
			true, []string{"attack Martakert 2020-10-12..2020-10-12", "attack Ganja 2020-10-12..2020-10-12"}},
		{"a town near another town is located by it",
			"Drones struck a depot in Tovuz, near the city of Ganja, on Monday.",
			true, []string{"attack Tovuz 2020-10-12..2020-10-12"}},
		{"a reference point is not an event place",
			"Drones struck a depot 10 km east of Ganja on Sunday.",
			true, nil},
		{"a dateline is not an event place",
			"BAKU, October 12. Shelling hit Tartar city on Monday.",
			true, []string{"attack Terter 2020-10-12..2020-10-12"}},
		{"what could happen did not happen",
			"Officials warned that the army could attack Ganja.",
			true, nil},
		{"a phone call takes place nowhere; talks in a city take place there",
			"The ministers held a phone call about Ganja. Talks in Moscow followed on Oct. 10.",
			true, []string{"diplomacy Moscow 2020-10-10..2020-10-10"}},
		{"the date of a document is not the event's date",
			"Forces shelled Stepanakert in breach of the statement of November 9, 2019.",
			true, []string{"attack Xankandi 2020-10-12..2020-10-13"}},
		{"a date stated before carries to the next sentence, up to publication",
			"Talks in Moscow ended on Oct. 10. However, missiles struck Ganja.",
			true, []string{"diplomacy Moscow 2020-10-10..2020-10-10", "attack Ganja 2020-10-10..2020-10-13"}},
		{"without a publication date, relative dates stay unresolved",
			"Missiles struck Ganja on Monday.",
			false, []string{"attack Ganja .."}},
		{"a protest is an event of its own type",
			"Hundreds of people protested in Yerevan on Sunday against the agreement.",
			true, []string{"protest Yerevan 2020-10-11..2020-10-11"}},
		{"an arrest in the passive is an event",
			"Two activists were arrested in Baku on Monday.",
			true, []string{"other Baku 2020-10-12..2020-10-12"}},
		{"houses burned are an attack",
			"Dozens of houses were burned in Fizuli on Saturday.",
			true, []string{"attack Fizuli 2020-10-10..2020-10-10"}},
		{"people fleeing a place report their flight there, not where they went",
			"Thousands of people fled Aghdam on Sunday, many of them to Barda.",
			true, []string{"other Ağdam 2020-10-11..2020-10-11"}},
		{"a place before people fleeing, across 'and', is another trigger's",
			"On Sunday, rockets struck the outskirts of Ganja, and residents fled.",
			true, []string{"attack Ganja 2020-10-11..2020-10-11"}},
		{"'the town' refers back to the town named the sentence before",
			"Residents of Martakert returned on Saturday. The town was shelled again on Monday.",
			true, []string{"attack Martakert 2020-10-12..2020-10-12"}},
		{"'the town of' names a town of its own, not the one before",
			"Residents of Martakert returned on Saturday. The town of Nowhereville was shelled on Monday.",
			true, nil},
		{"a town named two sentences back is not 'the town'",
			"Residents of Martakert returned on Saturday. Talks went on. The town was shelled again on Monday.",
			true, nil},
		{"'the district' refers back only to a district",
			"Residents of Martakert returned on Saturday. The district was shelled again on Monday.",
			true, nil},
		{"a place before 'officials' or 'forces' qualifies who acted: nothing happened there",
			"Karabakh officials said Azerbaijani forces shelled Martuni on Monday.",
			true, []string{"attack Novyy Karanlug 2020-10-12..2020-10-12"}}, // Martuni, by its GeoNames name
		{"a place that opens a speaker's name is not where an event happened",
			"Airstrikes pounded Khan Younis on Monday, the Gaza health ministry said.",
			true, []string{"attack Khān Yūnis 2020-10-12..2020-10-12"}},
		{"a place named before the speaker after a comma still is",
			"Airstrikes pounded Gaza on Monday, the ministry said.",
			true, []string{"attack Gaza 2020-10-12..2020-10-12"}},
		{"a place that names a war is not where an event happened",
			"Veterans of the Karabakh war clashed with police on Monday.",
			true, nil},
		{"a place whose war is told with adjectives still names the war",
			"On the ground in Karabakh's new, old war, shelling resumed on Monday.",
			true, nil},
		{"a conflict zone is a place",
			"Shelling hit the Nagorno-Karabakh conflict zone on Monday.",
			true, []string{"attack Nagorno-Karabakh 2020-10-12..2020-10-12"}},
		{"a protest vote is no protest",
			"Voters in Yerevan cast a protest vote on Sunday.",
			true, nil},
		{"a day stated in the next sentence, which goes on about the event, dates it",
			"Rockets struck Ganja, officials said. The attack took place on Oct. 4.",
			true, []string{"attack Ganja 2020-10-04..2020-10-04"}},
		{"a day stated in a next sentence that is about something else does not",
			"Rockets struck Ganja, officials said. Talks were held on Oct. 4.",
			true, []string{"attack Ganja 2020-10-12..2020-10-13"}},
		{"a day in the next sentence that dates what the event is counted from does not date it",
			"Rockets struck Ganja, officials said. This came a day after the truce agreed on Oct. 10.",
			true, []string{"attack Ganja 2020-10-12..2020-10-13"}},
		{"'the next day' counts from the day stated before",
			"Artillery shelled Martakert on Oct. 4. The next day, drones struck Ganja.",
			true, []string{"attack Martakert 2020-10-04..2020-10-04", "attack Ganja 2020-10-05..2020-10-05"}},
		{"'two days later' counts from the day stated before",
			"Gunmen abducted 12 villagers near Kaduna on 3 October. Two days later, troops clashed with them in Zaria.",
			true, []string{"other Kaduna 2020-10-03..2020-10-03", "clash Zaria 2020-10-05..2020-10-05"}},
		{"'that night' is the day stated before",
			"Shells hit Stepanakert on Sunday. Drones struck Ganja that night.",
			true, []string{"attack Xankandi 2020-10-11..2020-10-11", "attack Ganja 2020-10-11..2020-10-11"}},
		{"'there' refers back to the place the sentence before named",
			"The opposition leader lives in Minsk. Police arrested dozens there on Sunday.",
			true, []string{"other Minsk 2020-10-11..2020-10-11"}},
		{"an existential 'there' refers to no place",
			"The opposition leader lives in Minsk. There were arrests on Sunday.",
			true, nil},
		{"'the region' refers back to the region named the sentence before",
			"Aid reached Tigray on Friday. Fighting resumed in the region on Sunday.",
			true, []string{"clash Tigray 2020-10-11..2020-10-11"}},
		{"a habit told as background, undated, is no event",
			"Azerbaijan has repeatedly shelled Armenian villages near Tavush.",
			true, nil},
		{"a habit in the present, undated, is no event",
			"Troops clash regularly along the border near Tovuz.",
			true, nil},
		{"what used to happen is no event",
			"Militias used to raid villages around Mopti.",
			true, nil},
		{"a history of wars is no event",
			"Armenia and Azerbaijan fought two wars over Nagorno-Karabakh.",
			true, nil},
		{"a habit with a day is an event that day",
			"Rebels have repeatedly attacked Mopti, and on Sunday they shelled it again.",
			true, []string{"attack Mopti 2020-10-11..2020-10-11"}},
		{"a division in brackets after a place locates it: nothing happened there",
			"Gunmen attacked Kajuru (Kaduna) on Sunday.",
			true, []string{"attack Kajuru 2020-10-11..2020-10-11"}},
		{"a road blocked by protesters is a protest",
			"Protesters blocked the main road in Lima on Monday.",
			true, []string{"protest Lima 2020-10-12..2020-10-12"}},
		{"a road blocked by troops is no protest",
			"Troops blocked the main road near Goris on Monday.",
			true, []string{"other Goris 2020-10-12..2020-10-12"}},
		{"a killing by armed men is an attack, not a toll",
			"Gunmen killed five people in Kajuru on Sunday.",
			true, []string{"attack Kajuru 2020-10-11..2020-10-11"}},
		{"soldiers killed in the passive are a toll",
			"Two soldiers were killed in Tavush on Sunday.",
			true, []string{"casualties Tavush 2020-10-11..2020-10-11"}},
		{"soldiers killed in a headline's passive are a toll",
			"Two soldiers killed in Tavush\n\nOfficials gave no details.",
			true, []string{"casualties Tavush 2020-10-12..2020-10-13"}},
		{"a place before a second predicate joined by 'and' is the first one's",
			"Gunmen killed five people in Kajuru and abducted 20 in Birnin Gwari on Sunday.",
			true, []string{"attack Kajuru 2020-10-11..2020-10-11", "other Birnin Gwari 2020-10-11..2020-10-11"}},
		{"a checkpoint attacked is where the attack was",
			"Militants attacked a checkpoint in Mopti region on Sunday.",
			true, []string{"attack Mopti 2020-10-11..2020-10-11"}},
		{"a checkpoint set up is an event of its own",
			"Troops set up a checkpoint near Goris on Sunday.",
			true, []string{"other Goris 2020-10-11..2020-10-11"}},
		{"a day after a speech verb dates the statement: what it reports happened by then",
			"The ministry said on Monday that rebels had shelled Kadugli.",
			true, []string{"attack Kadugli 2020-10-11..2020-10-12"}},
		{"a day after a speech verb without 'on'",
			"Officials said Monday that gunmen attacked Kadugli.",
			true, []string{"attack Kadugli 2020-10-11..2020-10-12"}},
		{"the report's own day wins over the statement's",
			"The ministry said on Monday that rebels shelled Kadugli on Saturday.",
			true, []string{"attack Kadugli 2020-10-10..2020-10-10"}},
		{"a day before the speech verb is the report's",
			"Rebels shelled Kadugli on Monday, the ministry said.",
			true, []string{"attack Kadugli 2020-10-12..2020-10-12"}},
		{"a headline and its report are one event",
			"Shelling hits Terter city\n\nOne civilian was killed in shelling of Terter city, officials said.",
			true, []string{"attack Terter 2020-10-12..2020-10-13"}},
	}
	x := mustExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			published := &pub
			if !tt.dated {
				published = nil
			}
			checkEvents(t, x, tt.text, published, tt.want)
		})
	}
}

// TestExtractDenial checks that a denial after a report marks the report.
func TestExtractDenial(t *testing.T) {
	pub := time.Date(2020, 10, 13, 0, 0, 0, 0, time.UTC)
	a := article.Article{Name: "test.txt", Published: &pub, Text: "Armenia said Azerbaijani forces shelled Stepanakert overnight. " +
		"Azerbaijan's Defense Ministry denied shelling the city."}
	events, _ := mustExtractor(t).Extract(a)
	if len(events) != 1 {
		t.Fatalf("%d events, want 1: %s", len(events), describe(events))
	}
	e := events[0]
	if !anyContains(e.ClaimedBy, "Armenia") || !anyContains(e.DeniedBy, "Azerbaijan's Defense Ministry") {
		t.Errorf("claimed by %q, denied by %q", e.ClaimedBy, e.DeniedBy)
	}
	if !anyContains(e.Actors, "Azerbaijani forces") {
		t.Errorf("actors %q, want Azerbaijani forces", e.Actors)
	}
}

// TestExtractDenialByAGovernment checks that a denial in a sentence that
// names no place, its subject a capital standing for its government, still
// denies what was reported before.
func TestExtractDenialByAGovernment(t *testing.T) {
	pub := time.Date(2023, 5, 10, 0, 0, 0, 0, time.UTC)
	a := article.Article{Name: "test.txt", Published: &pub, Text: "The RSF said army jets had bombed Nyala on Tuesday. " +
		"Khartoum denied the claim."}
	events, _ := mustExtractor(t).Extract(a)
	if len(events) != 1 || !anyContains(events[0].DeniedBy, "Khartoum") {
		t.Fatalf("events %s, want one denied by Khartoum", describe(events))
	}
}

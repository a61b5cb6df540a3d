package toponym

import (
	"strings"
	"testing"
)

// TestGeocodeWorld checks, with the bundled gazetteer, the rules that place
// names right anywhere in the world, each on sentences written for it. A
// case lists every place found, in order, as Name/CC/Admin1 (the
// gazetteer's name, country code and first-level division), and whether
// it is in a name or locates the place before it.
func TestGeocodeWorld(t *testing.T) {
	c := defaultGeocoder(t)
	tests := []struct {
		rule string
		text string
		want []string
	}{
		{"a reading is no evidence for itself: the state in an American story",
			"Storms that hit Atlanta on Sunday left much of Georgia without power.",
			[]string{"Atlanta/US/Georgia", "Georgia/US/Georgia"}},
		{"a reading is no evidence for itself: the country beside its neighbours",
			"Armenia and Azerbaijan met in Tbilisi, and Georgia offered to host more talks.",
			[]string{"Armenia/AM/", "Azerbaijan/AZ/", "Tbilisi/GE/Tbilisi", "Georgia/GE/"}},
		{"a place that bears the name ranks above one that had it once",
			"Police in Salisbury said the attack had shocked Britain.",
			[]string{"Salisbury/GB/England", "United Kingdom/GB/"}},
		{"a region the text names pulls a name to the places in it",
			"Thousands marched through Manchester on Saturday, the biggest protest in England this year.",
			[]string{"Manchester/GB/England", "England/GB/England"}},
		{"a division in brackets after a name picks the town in it",
			"Gunmen raided Springfield (Illinois) overnight.",
			[]string{"Springfield/US/Illinois", "Illinois/US/Illinois locating"}},
		{"a division's capital in brackets stands for the division",
			"Bandits attacked Kajuru (Kaduna) on Sunday.",
			[]string{"Kajuru/NG/Kaduna State", "Kaduna/NG/Kaduna State locating"}},
		{"a town in brackets with its own division's name keeps the town",
			"Soldiers fired on a crowd in Mandalay (Mandalay region) on Friday.",
			[]string{"Mandalay/MM/Mandalay Region", "Mandalay Region/MM/Mandalay Region locating"}},
		{"a place in brackets after a name the gazetteer lacks locates it, a capital too",
			"Gangs burned homes in Martissant (Port-au-Prince) overnight.",
			[]string{"Port-au-Prince/HT/Ouest"}},
		{"a speech verb that ends a sentence introduces nobody",
			"Waiting lists are long, the ministry said. In Ontario, donors are few.",
			[]string{"Ontario/CA/Ontario"}},
		{"a language is no place",
			"Signs in Indianapolis are printed in English and Spanish.",
			[]string{"Indianapolis/US/Indiana"}},
		{"an institution's word alone is no place",
			"Cadets marched from the Academy to the stadium in Austin.",
			[]string{"Austin/US/Texas"}},
		{"a division named for its direction goes by the short form too",
			"Militias burned villages across North Darfur and West Darfur.",
			[]string{"Northern Darfur/SD/Northern Darfur", "Western Darfur/SD/Western Darfur"}},
		{"a Nigerian local government area by its designation",
			"Herders attacked farmers in Guma Local Government Area of Benue State.",
			[]string{"Guma LGA/NG/Benue State", "Benue State/NG/Benue State"}},
		{"a cue reaches over a name the gazetteer lacks to the end of its list",
			"Rockets struck Nahal Oz and Netivot on Saturday.",
			[]string{"Netivot/IL/Southern District"}},
		{"the object of a verb of attack is a place, a capital too",
			"A missile struck Kabul on Tuesday, and gunmen later attacked Jalalabad.",
			[]string{"Kabul/AF/Kabul", "Jalālābād/AF/Nangarhar"}},
		{"a town that is stormed or raided is the place, without a preposition",
			"Militia fighters stormed Bor on Tuesday.",
			[]string{"Bor/SS/Jonglei"}},
		{"a name before 'state' in lower case is the state, after a comma locating the town",
			"Gunmen opened fire at a church in Owo, Ondo state, on Sunday.",
			[]string{"Owo/NG/Ondo State", "Ondo State/NG/Ondo State locating"}},
		{"'State' in capitals opens no state of its own",
			"A scientist at Colorado State University said the season would be mild.",
			nil},
		{"a division's capital after a comma may be the next of a list",
			"Bandits attacked Kajuru, Kaduna and Zaria on Sunday.",
			[]string{"Kajuru/NG/Kaduna State", "Kaduna/NG/Kaduna State", "Zaria/NG/Kaduna State"}},
		{"St. opens a name",
			"Floodwaters rose in St. Louis as the river crested.",
			[]string{"St. Louis/US/Missouri"}},
		{"St. opens a name, the country chooses which",
			"Protesters gathered in St. Petersburg, Russia's second city.",
			[]string{"Saint Petersburg/RU/St.-Petersburg", "Russia/RU/"}},
		{"an AP state abbreviation after a comma names the state and picks the town",
			"The mill in Columbus, Ga., will close in March.",
			[]string{"Columbus/US/Georgia", "Georgia/US/Georgia"}},
		{"a two-word AP abbreviation",
			"A mine near Charleston, W.Va., flooded overnight.",
			[]string{"Charleston/US/West Virginia", "West Virginia/US/West Virginia locating"}},
		{"a postal code after a comma",
			"The festival in Alexandria, LA drew thousands.",
			[]string{"Alexandria/US/Louisiana", "Louisiana/US/Louisiana"}},
		{"a place in an organisation's name is mentioned there, by its own name only",
			"The University of Kentucky and the Council of Europe sent observers to Vienna.",
			[]string{"Kentucky/US/Kentucky in a name", "Europe// in a name", "Vienna/AT/Vienna"}},
		{"common words in an organisation's name are no places",
			"The Supreme Court heard the Commerce Department and Central Bank on Monday.",
			nil},
		{"an ocean or a continent is named before any town named after it",
			"Leaders of Asia and Africa met on a ship in the Atlantic Ocean, then crossed the Pacific.",
			[]string{"Asia//", "Africa//", "Atlantic Ocean//", "Pacific Ocean//"}},
		{"a place name before a colon opens a line as a dateline",
			"Muscat: The festival opened on Monday.",
			[]string{"Muscat/OM/Muscat"}},
		{"a country's name is not the plural of its demonym",
			"Typhoons struck Manila, Philippines, on Monday.",
			[]string{"Manila/PH/Metro Manila", "Philippines/PH/ locating"}},
		{"a city of millions that bears its state's name is what the bare name means",
			"Broadway theatres in New York reopened on Friday.",
			[]string{"New York City/US/New York"}},
		{"titles and names used as people's are no places",
			"Gov. Beshear and Sen. Lincoln Chafee met in Frankfort, Kentucky. Chafee said little.",
			[]string{"Frankfort/US/Kentucky", "Kentucky/US/Kentucky locating"}},
		{"a country's name before a speech verb is still the country in its region",
			"Jordan said it would reopen the border with Syria.",
			[]string{"Jordan/JO/", "Syria/SY/"}},
		{"a capital named as such is the city, not its government",
			"Shells fell on the Syrian capital Damascus overnight.",
			[]string{"Damascus/SY/Dimashq"}},
		{"a dateline in capitals before the story's first words",
			"LONDON The Latest on the inquiry into the crash.",
			[]string{"London/GB/England"}},
		{"a place opening an organisation's longer name is mentioned in it",
			"The Winnipeg Fire Paramedic Service fought two fires.",
			[]string{"Winnipeg/CA/Manitoba in a name"}},
		{"one word after a title is a person, whatever town bears it",
			"Pope Francis said Easter Mass in San Antonio.",
			[]string{"San Antonio/US/Texas"}},
		{"a title that opens a place's name is part of it",
			"Flights to Prince George, B.C., resumed on Monday.",
			[]string{"Prince George/CA/British Columbia", "British Columbia/CA/British Columbia"}},
		{"the article before a name is no town's, though the story is American",
			"Storms off the Atlantic flooded towns in Iowa and Missouri.",
			[]string{"Atlantic Ocean//", "Iowa/US/Iowa", "Missouri/US/Missouri"}},
		{"two doubtful names are read as places near each other",
			"Thousands marched through Manchester and Liverpool on Saturday.",
			[]string{"Manchester/GB/England", "Liverpool/GB/England"}},
		{"a county named in full, then by its bare name",
			"Deputies in Laurel County arrested two men. Laurel has seen three such cases this year.",
			[]string{"Laurel County/US/Kentucky", "Laurel County/US/Kentucky"}},
		{"a county with its state after a comma",
			"The fire in Hall County, Georgia, spread overnight.",
			[]string{"Hall County/US/Georgia", "Georgia/US/Georgia locating"}},
		{"a word that speaks is a person unless a government sits there",
			"Nelson says the plant will open in March. Jordan said it agreed, and Nelson welcomed it.",
			[]string{"Jordan/JO/"}},
		{"a short name in lower case is no code of a place",
			"La Niña brought rain, Li said.",
			nil},
		{"a text about one country names no far town of its own towns' names",
			"Villagers in Sagaing region fled to Kani as Myanmar troops advanced from Mandalay, Myanmar's state media said. Myanmar's army denied it.",
			[]string{"Sagaing Region/MM/Sagaing Region", "Myanmar/MM/", "Mandalay/MM/Mandalay Region", "Myanmar/MM/", "Myanmar/MM/"}},
		{"an abbreviation names no state out of its place",
			"Miss Lee said Mass was held as usual in Alexandria.",
			[]string{"Alexandria/EG/Alexandria"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range analyze(c, tt.text).Places {
			s := m.Place.Name + "/" + m.Place.Country + "/" + m.Place.Admin1
			if m.InName {
				s += " in a name"
			}
			if m.Locates {
				s += " locating"
			}
			got = append(got, s)
		}
		if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%s: %q\n got %q\nwant %q", tt.rule, tt.text, got, tt.want)
		}
	}
}

// TestPluralKindWordsInLists checks that a plural kind word gives its kind
// to every name of the list it ends or opens, where the names have places
// of several kinds.
func TestPluralKindWordsInLists(t *testing.T) {
	c := defaultGeocoder(t)
	tests := []struct {
		rule, text string
		want       []string // Name/kind
	}{
		{"after a list: regions", "Troops pushed into the Kherson, Mykolaiv and Zaporizhzhia regions.",
			[]string{"Kherson/region", "Mykolaiv/region", "Zaporizhzhia/region"}},
		{"before 'of': cities", "Drones hit the cities of Kherson and Mykolaiv.",
			[]string{"Kherson/city", "Mykolayiv/city"}},
		{"a singular kind word is the last name's alone", "Shelling hit Kherson and the Mykolaiv region.",
			[]string{"Kherson/city", "Mykolaiv/region"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range analyze(c, tt.text).Places {
			got = append(got, m.Place.Name+"/"+m.Place.Kind.String())
		}
		if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%s: %q\n got %q\nwant %q", tt.rule, tt.text, got, tt.want)
		}
	}
}

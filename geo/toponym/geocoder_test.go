package toponym

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/data/text/texttest"
)

// found lists the mentions of text as "surface=id" (id without "test:"),
// with " in a name" after one inside an organisation's name.
func found(c *Geocoder, text string) []string {
	var out []string
	for _, m := range analyze(c, text).Places {
		s := m.Text + "=" + strings.TrimPrefix(m.Place.ID, "test:")
		if m.InName {
			s += " in a name"
		}
		out = append(out, s)
	}
	return out
}

func TestGeocode(t *testing.T) {
	c := NewGeocoder(testGazetteer())
	tests := []struct {
		name, text string
		want       []string
	}{
		// Spellings of one place.
		{"alias Shushi", "Fighting near Shushi in Karabakh continued.", []string{"Shushi=shusha", "Karabakh=nk"}},
		{"alias Şuşa", "Azerbaijan took Şuşa.", []string{"Azerbaijan=az", "Şuşa=shusha"}},
		{"alias Khankendi", "Azerbaijani shells fell on Khankendi (Xankəndi).", []string{"Khankendi=stepanakert", "Xankəndi=stepanakert"}},
		{"alias Gyanja", "Missiles hit Gyanja and GƏNCƏ in Azerbaijan.", []string{"Gyanja=ganja", "GƏNCƏ=ganja", "Azerbaijan=az"}},
		{"alias Terter", "A civilian was killed in Terter.", []string{"Terter=tartar"}},
		{"alias Agdam", "The ruins of Agdam, Azerbaijan.", []string{"Agdam=aghdam", "Azerbaijan=az"}},
		{"alias Jebrail", "Azerbaijani troops entered Jebrail.", []string{"Jebrail=jabrayil"}},
		{"parenthesis", "outside the town of Shushi (Susa in Azeri), a stronghold", []string{"Shushi=shusha", "Susa=shusha"}},
		{"possessive", "Azerbaijan's army and Karabakh’s capital", []string{"Azerbaijan=az", "Karabakh=nk"}},
		{"hyphen", "the Nagorno-Karabakh conflict", []string{"Nagorno-Karabakh=nk"}},
		{"the United States", "Talks with the United States and the U.S. envoy.", []string{"United States=us", "U.S.=us"}},
		{"connector", "Storms in the Gulf of Mexico.", []string{"Gulf of Mexico=gulf-mexico"}},
		{"kind word joins", "Shelling of the Tovuz district and Tovuz city.", []string{"Tovuz district=tovuz-district", "Tovuz=tovuz"}},
		{"kind word picks", "The Terter river flooded in Azerbaijan.", []string{"Terter=terter-river", "Azerbaijan=az"}},
		{"hashtag", "Protests #Lachincorridor #Artsakh", []string{"Lachincorridor=lachin-corridor", "Artsakh=nk"}},
		{"multi-country region", "Peace in the South Caucasus.", []string{"South Caucasus=south-caucasus"}},

		// Disambiguation from the document.
		{"Ganja is in Azerbaijan", "Azerbaijani forces said Ganja was shelled.", []string{"Ganja=ganja"}},
		{"Berd in Armenia", "Armenian officials said Berd in Tavush came under fire.", []string{"Berd=berd"}},
		{"Martuni in Karabakh", "Clashes in Karabakh spread to Martuni.", []string{"Karabakh=nk", "Martuni=martuni-az"}},
		{"Martuni in Armenia", "In Armenia, the town of Martuni near Yerevan.", []string{"Armenia=am", "Martuni=martuni-am", "Yerevan=yerevan"}},
		{"Kut in Armenia", "Armenia said shells hit Kut and Goris.", []string{"Armenia=am", "Kut=kut-am", "Goris=goris"}},

		// People are not places.
		{"Kerry", "Secretary of State John Kerry said on Monday. Kerry added that talks continue.", nil},
		{"Toner", "State Department spokesman Mark Toner told reporters. Toner said no more.", nil},
		{"title one word", "President Macron and Mr. Kerry met in Moscow on Monday.", []string{"Moscow=moscow"}},
		{"given name Victoria", "Victoria Nuland arrived. Victoria said the talks were useful.", nil},

		// Organisations.
		{"Minsk Group", "The OSCE Minsk Group co-chairs met in Moscow.", []string{"Minsk=minsk in a name", "Moscow=moscow"}},
		{"Kremlin", "The Kremlin said Russia was concerned.", []string{"Russia=ru"}},
		{"of-phrase country", "the Interior Ministry's Press Office of Azerbaijan announced", []string{"Azerbaijan=az"}},

		// Common words.
		{"sentence-initial words", "Police said. Of the wounded, most were civilians. Male victims. May 5. Independence Day.", nil},
		{"Nice as a word", "Nice to see that. It was nice.", nil},
		{"Nice as a place", "The summit was held in Nice, France.", []string{"Nice=nice", "France=fr"}},

		// Metonymy: capitals for governments.
		{"Baku says", "Baku says one civilian was killed in Terter.", []string{"Terter=tartar"}},
		{"Moscow's concern", "Moscow's concern grew as Yerevan accused Baku of shelling.", nil},
		{"broke away from", "a region that proclaimed its independence from Baku during a war", nil},
		{"capital as a place", "Protesters gathered in Baku on Sunday.", []string{"Baku=baku"}},

		// Datelines.
		{"dateline", "BAKU, October 3. /AGENCY/. A shepherd was killed.", []string{"BAKU=baku"}},
		{"dateline dash", "News\nSTEPANAKERT — Shelling resumed.", []string{"STEPANAKERT=stepanakert"}},
		{"acronyms", "OSCE and TASS reported, AFP said. The US said.", []string{"US=us"}},

		// Small places need support.
		{"supported small", "Springfield and Smallville were quiet.", []string{"Springfield=springfield", "Smallville=hamlet"}},
		{"unsupported small", "Smallville was quiet.", nil},
		{"locative small", "He lives in Smallville.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(c, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Geocode(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestGeocodeOffsetsInRunes(t *testing.T) {
	c := NewGeocoder(testGazetteer())
	text := "Şuşa and Gəncə — “Stepanakert”"
	runes := []rune(text)
	ms := analyze(c, text).Places
	if len(ms) != 3 {
		t.Fatalf("got %d mentions, want 3: %v", len(ms), ms)
	}
	for _, m := range ms {
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Errorf("runes [%d:%d] = %q, want %q", m.Start, m.End, got, m.Text)
		}
	}
}

func TestDemonyms(t *testing.T) {
	c := NewGeocoder(testGazetteer())
	var got []string
	for _, d := range analyze(c, "Azerbaijani forces and Armenians clashed; the Russian side (Türkiye too).").Demonyms {
		got = append(got, fmt.Sprintf("%s=%s@%d", d.Text, d.Country, d.Start))
	}
	want := []string{"Azerbaijani=AZ@0", "Armenians=AM@23", "Russian=RU@46"}
	if !slices.Equal(got, want) {
		t.Errorf("Demonyms = %q, want %q", got, want)
	}
}

func TestPersons(t *testing.T) {
	c := NewGeocoder(testGazetteer())
	var got []string
	for _, p := range analyze(c, "Azerbaijani President Ilham Aliyev spoke to Vladimir Putin. Aliyev said so.").Persons {
		got = append(got, p.Text)
	}
	want := []string{"Ilham Aliyev", "Vladimir Putin", "Aliyev"}
	if !slices.Equal(got, want) {
		t.Errorf("Persons = %q, want %q", got, want)
	}
}

// Analyze must find the same whatever the lists it reuses held before:
// here those of the text read before it.
func TestAnalyzeReusesItsLists(t *testing.T) {
	c := defaultGeocoder(t)
	var into Analysis
	for _, f := range texttest.SeedFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := analyze(c, string(data))
		d := text.Read(string(data))
		c.Analyze(d, &into)
		d.Release()
		if !reflect.DeepEqual(into.Places, want.Places) || !slices.Equal(into.Demonyms, want.Demonyms) ||
			!slices.Equal(into.Persons, want.Persons) {
			t.Errorf("%s: a reused Analysis found\n%v\na new one\n%v", filepath.Base(f), into, want)
		}
	}
}

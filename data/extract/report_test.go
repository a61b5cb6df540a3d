package extract

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// TestListsWithinReach checks that the places listed together with one in
// reach of a trigger are all reported, however far the list runs.
func TestListsWithinReach(t *testing.T) {
	pub := time.Date(2020, 10, 13, 0, 0, 0, 0, time.UTC)
	towns := strings.Join(bigPlaces[:12], ", ") + " and " + bigPlaces[12]
	tests := []struct {
		name, text string
		want       int // events
	}{
		{"a list before the trigger", "The towns of " + towns + " came under heavy artillery fire on Monday.", 13},
		{"a list after the trigger", "Artillery shelled the towns of " + towns + " on Monday.", 13},
		{"a list out of reach", "Artillery shelled positions far from the front, in a long day of fighting that " +
			"went on into the night while the people of the region, who had seen much, stayed in the shelters of " + towns + ".", 0},
	}
	x := mustExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := extractText(x, tt.text, &pub)
			if len(events) != tt.want {
				t.Errorf("%d events, want %d: %v", len(events), tt.want, placeNames(events))
			}
		})
	}
}

// TestListsAndReach checks which places a trigger governs, one rule a case:
// every place of the lists that hang off it, and no coarser duplicate of a
// place already given finer.
func TestListsAndReach(t *testing.T) {
	pub := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string // "type place", in text order
	}{
		{"a list runs past the reach of its trigger",
			"Ukrainian troops shelled Horlivka, Makiivka, Yasynuvata, Avdiivka, Marinka, Krasnohorivka, Pokrovsk, " +
				"Kurakhove, Bakhmut, Soledar, Siversk, Lyman, Kramatorsk, Sloviansk, Toretsk, Mykolaivka, Chasiv Yar, " +
				"Kostiantynivka and Druzhkivka on Tuesday.",
			[]string{"attack Horlivka", "attack Makiivka", "attack Yasynuvata", "attack Avdiivka", "attack Mar'yinka",
				"attack Krasnohorivka", "attack Pokrovsk", "attack Kurakhove", "attack Bakhmut", "attack Soledar",
				"attack Siversk", "attack Lyman", "attack Kramatorsk", "attack Sloviansk", "attack Toretsk",
				"attack Mykolaivka", "attack Chasiv Yar", "attack Kostiantynivka", "attack Druzhkivka"}},
		{"a list after a colon is the trigger's before it",
			"Artillery hit several towns on Tuesday: Kramatorsk, Sloviansk and Druzhkivka.",
			[]string{"attack Kramatorsk", "attack Sloviansk", "attack Druzhkivka"}},
		{"a clause after a colon with triggers of its own keeps them",
			"Two strikes were reported: drones hit Kherson on Tuesday, and troops captured Lyman.",
			[]string{"attack Kherson", "capture Lyman"}},
		{"'including the cities of' goes on with the list",
			"Houthi fighters attacked Marib, Sirwah and Harib in fighting that lasted into Tuesday, " +
				"including the cities of Al Bayda and Rada.",
			[]string{"attack Ma'rib", "attack Sūq Şirwāḩ", "attack Ḩarīb", "attack Al Bayda", "attack Radā‘"}},
		{"a list is governed as a whole by the trigger nearest to it",
			"Shelling of Kharkiv, Chuhuiv and Izium on Tuesday killed four civilians.",
			[]string{"attack Kharkiv", "attack Chuhuiv", "attack Izium"}},
		{"'as well as' goes on with the list",
			"Russian forces shelled Kharkiv and Chuhuiv overnight and well into the early hours of Tuesday " +
				"before a short lull in the afternoon, as well as Izium.",
			[]string{"attack Kharkiv", "attack Chuhuiv", "attack Izium"}},
		{"an apposition does not break a list",
			"Russian forces shelled Izium, Kupiansk, Chuhuiv, Balakliia, Lozova, Bohodukhiv, Zolochiv, Vovchansk, " +
				"Derhachi, Merefa, Valky, Zmiiv, Krasnohrad, Pervomaiskyi, Sumy, Okhtyrka, Kharkiv, the regional capital, " +
				"and Poltava on Tuesday.",
			[]string{"attack Izium", "attack Kupiansk", "attack Chuhuiv", "attack Balakliia", "attack Lozova",
				"attack Bohodukhiv", "attack Zolochiv", "attack Vovchansk", "attack Derhachi", "attack Merefa",
				"attack Valky", "attack Zmiiv", "attack Berestyn", "attack Zlatopil", "attack Sumy", "attack Okhtyrka", "attack Kharkiv", "attack Poltava"}},
		{"'such as' hangs a list off the phrase before it",
			"Russian drones struck energy facilities across the country overnight and on Tuesday morning, in what " +
				"officials called the worst night in weeks for the grid, in cities such as Lviv and Rivne.",
			[]string{"attack Lviv", "attack Rivne"}},
		{"a district beside a town it does not hold is a place of its own",
			"Artillery pounded Martakert and the Martuni district on Tuesday.",
			[]string{"attack Martakert", "attack Martuni Province"}},
		{"districts listed together are each a place",
			"Fighting raged on Tuesday in the Kalbajar and Lachin districts.",
			[]string{"clash Kalbajar", "clash Lachin Rayon"}},
		{"a town's own province is a coarser duplicate",
			"Drones struck Ganja and the Tovuz district, and Berd in Armenia's Tavush province, on Tuesday.",
			[]string{"attack Ganja", "attack Tovuz District", "attack Berd"}},
		{"trap: countries talking are not where the talks were",
			"Talks between Armenia and Azerbaijan were held in Brussels on Tuesday.",
			[]string{"diplomacy Brussels"}},
		{"trap: a second clause with its own trigger keeps its places",
			"Armenian forces shelled Tartar on Tuesday, while talks between Baku and Yerevan continued in Moscow.",
			[]string{"attack Terter", "diplomacy Moscow"}},
	}
	x := mustExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range extractText(x, tt.text, &pub) {
				got = append(got, eventLine(&e, false))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("events %q, want %q", got, tt.want)
			}
		})
	}
}

func placeNames(events []event.Event) []string {
	var names []string
	for _, e := range events {
		names = append(names, e.Place.Name)
	}
	return names
}

// TestNearTrigger compares nearTrigger with nearestTrigger over all the
// triggers, on random triggers of random types.
func TestNearTrigger(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var trigs []trigger
		for w := r.IntN(3); w < 60; w += 1 + r.IntN(4) {
			trigs = append(trigs, trigger{typ: event.Type(r.IntN(int(event.NumTypes))), word: w})
		}
		for i := range 64 {
			if got, want := nearTrigger(trigs, i), nearestTrigger(trigs, i); got != want {
				t.Fatalf("word %d of %v: trigger %d, want %d", i, trigs, got, want)
			}
		}
	}
}

// TestNearestPlace compares nearestPlace with every place compared, on
// random places apart in text order.
func TestNearestPlace(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		var places []geo.Mention
		for at := r.IntN(3); at < 80; {
			end := at + 1 + r.IntN(5)
			places = append(places, geo.Mention{Start: at, End: end})
			at = end + r.IntN(4)
		}
		for at := range 90 {
			want := places[0]
			for _, m := range places[1:] {
				if distance(m.Start, m.End, at) < distance(want.Start, want.End, at) {
					want = m
				}
			}
			if got := nearestPlace(places, at); !reflect.DeepEqual(got, want) {
				t.Fatalf("offset %d of %v: %v, want %v", at, places, got, want)
			}
		}
	}
}

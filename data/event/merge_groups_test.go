package event

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

// TestMergeReportsAsScanned compares MergeReports with a merge that looks at
// every group open around each event, on random reports from a few
// sources at a few places, some of them one place under two IDs or two
// points, some a grid square apart.
func TestMergeReportsAsScanned(t *testing.T) {
	for seed := range uint64(200) {
		r := rand.New(rand.NewPCG(seed, 7))
		var places []*geo.Place
		for i := range 1 + r.IntN(8) {
			id := fmt.Sprint(i)
			if r.IntN(3) == 0 {
				id = "" // as an import without place IDs
			}
			if r.IntN(4) == 0 && len(places) > 0 {
				id = places[0].ID
			}
			km := r.Float64() * 12 // around SamePlaceKm and the grid squares
			places = append(places, &geo.Place{ID: id, Kind: geo.City, Point: orb.Point{46.75 + km/85*r.Float64(), 39.82 + km/111*r.Float64()}})
		}
		events := make([]Event, 20+r.IntN(200))
		for i := range events {
			start := *eventtest.Day("2020-10-01")
			start = start.AddDate(0, 0, r.IntN(20))
			w := &dates.Window{Start: start, End: start.AddDate(0, 0, r.IntN(4)), Precision: dates.Day}
			if r.IntN(20) == 0 {
				w = nil
			}
			events[i] = Event{ID: fmt.Sprint(i), Source: fmt.Sprint(r.IntN(1 + r.IntN(6))), Type: Type(r.IntN(2)),
				Place: places[r.IntN(len(places))], Window: w}
		}
		if r.IntN(2) == 0 {
			// Some merged already, as when an export is read back with
			// new articles.
			cut := r.IntN(len(events))
			events = append(MergeReports(events[:cut], SamePlaceKm), events[cut:]...)
		}
		got, want := MergeReports(events, SamePlaceKm), mergeScanning(events, SamePlaceKm)
		if !slices.EqualFunc(got, want, sameMerge) {
			t.Fatalf("seed %d: merged into %v, want %v", seed, groupIDs(got), groupIDs(want))
		}
	}
}

// TestMergeCoLocated checks that one source's reports at one point on one
// day stay apart, and that another source's join them one by one in order.
func TestMergeCoLocated(t *testing.T) {
	events := coLocated(1000)
	for i := range 500 {
		e := events[i]
		e.ID, e.Source = "other#"+fmt.Sprint(i), "other.geojson"
		events = append(events, e)
	}
	got := MergeReports(events, SamePlaceKm)
	if len(got) != 1000 {
		t.Fatalf("%d events, want 1000", len(got))
	}
	for i, e := range got {
		want := []string{fmt.Sprint(i)}
		if i < 500 {
			want = append(want, "other#"+fmt.Sprint(i))
		}
		if !slices.Equal(reportIDs(e), want) {
			t.Fatalf("event %d has the reports %v, want %v", i, reportIDs(e), want)
		}
	}
}

func sameMerge(a, b Event) bool {
	return slices.Equal(reportIDs(a), reportIDs(b)) && a.Place == b.Place &&
		(a.Window == nil) == (b.Window == nil) && (a.Window == nil || *a.Window == *b.Window)
}

func groupIDs(events []Event) [][]string {
	var ids [][]string
	for _, e := range events {
		ids = append(ids, reportIDs(e))
	}
	return ids
}

// mergeScanning is MergeReports as it was before the groups were indexed:
// each event not merged already compares every group open in the grid
// squares around it.
func mergeScanning(events []Event, withinKm float64) []Event {
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Or(CompareStarts(events[a].Window, events[b].Window), a-b) })
	var groups []group
	cells := map[cell][]int{}
	size := max(withinKm, 0.001) / 111.2
	groupOf := make([]int, len(events))
	for _, i := range order {
		groupOf[i] = func() int {
			e := &events[i]
			if e.Window == nil || e.Place == nil {
				groups = append(groups, group{reports: []int{i}})
				return len(groups) - 1
			}
			p := e.Place.Point
			home := cell{e.Type, int(math.Floor(p[0] / size)), int(math.Floor(p[1] / size))}
			reach := int(math.Ceil(1 / math.Cos(min(math.Abs(p[1]), 89)*math.Pi/180)))
			if len(e.Reports) > 0 {
				reach = -1
			}
			for dx := -reach; dx <= reach; dx++ {
				for dy := -1; dy <= 1; dy++ {
					for _, g := range cells[cell{e.Type, home.x + dx, home.y + dy}] {
						gr := &groups[g]
						same := gr.place.ID != "" && gr.place.ID == e.Place.ID || orbgeo.Distance(gr.place.Point, p) <= withinKm*1000
						if same && gr.window.Overlaps(e.Window) && !slices.ContainsFunc(gr.reports, func(k int) bool {
							return events[k].Source == e.Source || slices.ContainsFunc(events[k].Reports, func(r Event) bool { return r.Source == e.Source })
						}) {
							gr.reports = append(gr.reports, i)
							gr.window = intersect(gr.window, *e.Window)
							return g
						}
					}
				}
			}
			groups = append(groups, group{reports: []int{i}, window: *e.Window, place: e.Place})
			cells[home] = append(cells[home], len(groups)-1)
			return len(groups) - 1
		}()
	}
	var out []Event
	emitted := make([]bool, len(groups))
	for _, g := range groupOf {
		if !emitted[g] {
			emitted[g] = true
			out = append(out, groups[g].event(events))
		}
	}
	return out
}

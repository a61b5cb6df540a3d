package app

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestRecentSetsNewestFirstOnceEachGrowingWithAdds(t *testing.T) {
	a := test.NewTempApp(t)
	p := prefs{a.Preferences()}
	p.addRecentSet(recentSet{Paths: []string{"/news/a.txt"}, Articles: 1}, nil)
	p.addRecentSet(recentSet{Paths: []string{"/b"}, Articles: 4}, nil)
	// An Add grows the set of /b: its entry is replaced, not kept beside.
	p.addRecentSet(recentSet{Paths: []string{"/b", "/news/c.txt"}, Articles: 5}, []string{"/b"})
	p.addRecentSet(recentSet{Paths: []string{"/news/a.txt"}, Articles: 1}, nil)
	var got [][]string
	for _, s := range p.recentSets() {
		got = append(got, s.Paths)
	}
	if want := [][]string{{"/news/a.txt"}, {"/b", "/news/c.txt"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("recent sets = %v, want %v", got, want)
	}
	for i := range 2 * maxRecent {
		p.addRecentSet(recentSet{Paths: []string{fmt.Sprintf("/%d.geojson", i)}}, nil)
	}
	if got := len(p.recentSets()); got != maxRecent {
		t.Errorf("%d recent sets kept, want %d", got, maxRecent)
	}
}

func TestRecentSetLabels(t *testing.T) {
	docs := make([]string, 27)
	for i := range docs {
		docs[i] = fmt.Sprintf("/data/eval-dev/docs/%02d.txt", i)
	}
	tests := []struct {
		set  recentSet
		want string
	}{
		{recentSet{Paths: []string{"/news"}, Articles: 12}, "/news"},
		{recentSet{Paths: append(slices.Clone(docs), "/work/seeds"), Articles: 28}, "28 articles in eval-dev/docs + work/seeds"},
		{recentSet{Paths: []string{"/a/x.txt", "/a/e.geojson"}, Articles: 1, Collections: 1}, "1 article, 1 layer in /a"},
		{recentSet{Paths: []string{"/1/a", "/2/b", "/3/c", "/4/d"}, Articles: 40}, "/1/a +3 more"},
		{recentSet{Paths: []string{"/news/a.txt", "/news/b.txt"}}, "/news/a.txt +1 more"}, // migrated: no counts
	}
	for _, tt := range tests {
		if got := tt.set.label(); got != tt.want {
			t.Errorf("label of %v = %q, want %q", tt.set.Paths[:min(3, len(tt.set.Paths))], got, tt.want)
		}
	}
}

func TestOldRecentFilesBecomeSetsOfOne(t *testing.T) {
	a := test.NewTempApp(t)
	p := prefs{a.Preferences()}
	p.p.SetStringList(prefRecent, []string{"/news", "/a.txt"})

	menu := recentMenu(a, func([]string) {})
	var labels []string
	for _, it := range menu.ChildMenu.Items {
		labels = append(labels, it.Label)
	}
	if want := []string{"/news", "/a.txt"}; !slices.Equal(labels, want) {
		t.Errorf("Open Recent lists %v, want %v", labels, want)
	}
	if old := p.p.StringList(prefRecent); len(old) != 0 {
		t.Errorf("the old list is still there: %v", old)
	}
	if got := len(p.recentSets()); got != 2 {
		t.Errorf("%d sets kept after the migration, want 2", got)
	}
}

package app

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
)

// A recentSet is one entry of Open Recent: the files and folders of a set,
// one Open and the Adds after it, and what they held, for its label.
type recentSet struct {
	Paths       []string `json:"paths"`
	Articles    int      `json:"articles,omitempty"`
	Collections int      `json:"geojson,omitempty"`
}

// recentSets lists the sets opened last, the newest first. The single
// paths an older Chronomap kept become sets of one path, kept so.
func (p prefs) recentSets() []recentSet {
	var sets []recentSet
	for _, s := range p.p.StringList(prefRecentSets) {
		var set recentSet
		if json.Unmarshal([]byte(s), &set) == nil && len(set.Paths) > 0 {
			sets = append(sets, set)
		}
	}
	if old := p.p.StringList(prefRecent); len(old) > 0 {
		for _, path := range old {
			if !slices.ContainsFunc(sets, func(s recentSet) bool { return slices.Equal(s.Paths, []string{path}) }) {
				sets = append(sets, recentSet{Paths: []string{path}})
			}
		}
		p.setRecentSets(sets)
		p.p.RemoveValue(prefRecent)
	}
	return sets
}

// addRecentSet puts set first in Open Recent, once, in place of the entry
// of the paths it grew from, was, if any.
func (p prefs) addRecentSet(set recentSet, was []string) {
	sets := slices.DeleteFunc(p.recentSets(), func(s recentSet) bool {
		return slices.Equal(s.Paths, set.Paths) || len(was) > 0 && slices.Equal(s.Paths, was)
	})
	p.setRecentSets(slices.Insert(sets, 0, set))
}

func (p prefs) setRecentSets(sets []recentSet) {
	list := make([]string, 0, maxRecent)
	for _, s := range sets[:min(len(sets), maxRecent)] {
		b, _ := json.Marshal(s) // of strings and numbers: it cannot fail
		list = append(list, string(b))
	}
	p.p.SetStringList(prefRecentSets, list)
}

// label names a set in the menu: its one path; or what it holds and where,
// "28 articles in eval-dev/docs + seeds"; or, from more than three folders
// or when what it holds is not known, its first path "+27 more".
func (s recentSet) label() string {
	if len(s.Paths) == 1 {
		return s.Paths[0]
	}
	var held []string
	if s.Articles > 0 {
		held = append(held, counted(s.Articles, "article"))
	}
	if s.Collections > 0 {
		held = append(held, counted(s.Collections, "layer"))
	}
	folders := s.folders()
	if len(held) == 0 || len(folders) > 3 {
		return s.Paths[0] + " +" + thousands(len(s.Paths)-1) + " more"
	}
	return strings.Join(held, ", ") + " in " + strings.Join(folders, " + ")
}

// folders are the folders of the set's paths (a folder's own, a file's
// folder), each once, named by their last two names: "eval-dev/docs".
func (s recentSet) folders() []string {
	var out []string
	for _, p := range s.Paths {
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt", ".geojson", ".json":
			p = filepath.Dir(p)
		}
		short := filepath.Join(filepath.Base(filepath.Dir(p)), filepath.Base(p))
		if !slices.Contains(out, short) {
			out = append(out, short)
		}
	}
	return out
}

// recentMenu is an Open Recent submenu of the sets opened last; choosing
// one passes its paths to open. Build it again after addRecentSet to show
// the change.
func recentMenu(a fyne.App, open func(paths []string)) *fyne.MenuItem {
	menu := fyne.NewMenu("")
	for _, set := range (prefs{a.Preferences()}).recentSets() {
		menu.Items = append(menu.Items, fyne.NewMenuItem(set.label(), func() { open(set.Paths) }))
	}
	if len(menu.Items) == 0 {
		none := fyne.NewMenuItem("No recent files", nil)
		none.Disabled = true
		menu.Items = append(menu.Items, none)
	}
	item := fyne.NewMenuItem("Open Recent", nil)
	item.ChildMenu = menu
	return item
}

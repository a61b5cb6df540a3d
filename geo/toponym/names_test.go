package toponym

import (
	"testing"

	"github.com/chronomap/chronomap/data/text"
)

// foldsTo must agree with text.Fold on every name.
func TestFoldsTo(t *testing.T) {
	names := []string{"St. Louis", "Saint-Louis", "Xankəndi", "Nagorno-Karabakh", "O'Hare", " Leading", "Trailing. ",
		"U.S.", "Cox’s Bāzār", "a--b", "", "-"}
	keys := []string{"st louis", "saint louis", "xankendi", "nagorno karabakh", "ohare", "leading", "trailing",
		"u s", "coxs bazar", "a b", "", "st louis "}
	for _, n := range names {
		for _, k := range keys {
			if got, want := foldsTo(n, k), text.Fold(n) == k; got != want {
				t.Errorf("foldsTo(%q, %q) = %v, want %v", n, k, got, want)
			}
		}
	}
}

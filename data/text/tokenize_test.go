package text

import "testing"

// TestTokenHashMatchesKeyHash checks that the hash the tokenizer computes
// while reading a word, 8 bytes at a time or byte by byte, is the hash the
// lexicon and the name filters give its folded word: otherwise a name would
// silently never be found.
func TestTokenHashMatchesKeyHash(t *testing.T) {
	tests := []struct {
		text string
		fold []string
	}{
		{"Baku", []string{"baku"}},
		{"in Stepanakert today", []string{"in", "stepanakert", "today"}},
		{"Shusha12 ABCDEFGH abcdefghijklmnop X", []string{"shusha12", "abcdefgh", "abcdefghijklmnop", "x"}},
		{"NAGORNO-KARABAKH.", []string{"nagorno", "karabakh"}},
		{"Côte d'Ivoire's", []string{"cote", "divoire"}},
		{"Hats’avan, Azerbaijan's", []string{"hatsavan", "azerbaijan"}},
		{"Kyiv", []string{"kyiv"}}, // the last word, with fewer than 8 bytes left
		{"Mariupol;Zaporizhzhia", []string{"mariupol", "zaporizhzhia"}},
	}
	for _, tt := range tests {
		d := Read(tt.text)
		if len(d.Tokens) != len(tt.fold) {
			t.Errorf("%q: %d tokens, want %d", tt.text, len(d.Tokens), len(tt.fold))
			d.Release()
			continue
		}
		for i, want := range tt.fold {
			if got := d.Folded(i); got != want {
				t.Errorf("%q: token %d folds to %q, want %q", tt.text, i, got, want)
			}
			if d.Tokens[i].Hash != KeyHash(want) {
				t.Errorf("%q: token %q hash differs from KeyHash", tt.text, want)
			}
		}
		d.Release()
	}
}

// TestKeyHashJoinsWordHashes checks that a name's hash is built from its
// words' hashes, as phrases are extended token by token.
func TestKeyHashJoinsWordHashes(t *testing.T) {
	got := KeyHash("nagorno karabakh republic")
	want := JoinHash(JoinHash(WordHash("nagorno"), WordHash("karabakh")), WordHash("republic"))
	if got != want {
		t.Errorf("KeyHash = %x, want %x", got, want)
	}
	if KeyHash("ab c") == KeyHash("a bc") {
		t.Error("keys that differ only in where the space falls hash alike")
	}
}

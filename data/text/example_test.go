package text_test

import (
	"fmt"

	"github.com/chronomap/chronomap/data/text"
)

// A text is read once into tokens and sentences, which every reader shares.
func ExampleRead() {
	doc := text.Read("Şuşa was shelled. The U.S. State Department called for calm.")
	defer doc.Release()
	for _, s := range doc.Sentences {
		fmt.Printf("sentence %d-%d:", s.Runes.Start, s.Runes.End)
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			fmt.Printf(" %s/%s", doc.Word(i), doc.Folded(i))
		}
		fmt.Println()
	}
	// Output:
	// sentence 0-17: Şuşa/susa was/was shelled/shelled
	// sentence 18-60: The/the U/u S/s State/state Department/department called/called for/for calm/calm
}

func ExampleFold() {
	for _, name := range []string{"Xankəndi", "Nagorno-Karabakh", "Hats’avan", "U.S."} {
		fmt.Println(text.Fold(name))
	}
	// Output:
	// xankendi
	// nagorno karabakh
	// hatsavan
	// u s
}

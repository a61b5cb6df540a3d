package text

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/text/texttest"
)

// sentenceTexts returns the sentences of text as strings, for readable tests.
func sentenceTexts(text string) []string {
	runes := []rune(text)
	var out []string
	d := Read(text)
	defer d.Release()
	for _, s := range d.Sentences {
		out = append(out, string(runes[s.Runes.Start:s.Runes.End]))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Clashes broke out. The army said so.",
			[]string{"Clashes broke out.", "The army said so."}},
		{"a sentence may open with a number", "Gunmen attacked the market (Kidal). 4 people were killed.",
			[]string{"Gunmen attacked the market (Kidal).", "4 people were killed."}},
		{"an abbreviation before a number ends nothing", "See No. 5 and Art. 12 of the accord, p. 3.",
			[]string{"See No. 5 and Art. 12 of the accord, p. 3."}},
		{"a decimal number is no end", "The toll rose 2.5 times.",
			[]string{"The toll rose 2.5 times."}},
		{"question and exclamation", "Who fired? Nobody knows! It went on.",
			[]string{"Who fired?", "Nobody knows!", "It went on."}},
		{"U.S. before a capital", "U.S. Secretary of State John Kerry spoke with Lavrov. Toner said so.",
			[]string{"U.S. Secretary of State John Kerry spoke with Lavrov.", "Toner said so."}},
		{"U.N. and U.S. mid-sentence", "The U.N. Security Council and the U.S. State Department met.",
			[]string{"The U.N. Security Council and the U.S. State Department met."}},
		{"month abbreviations", "The clashes began on Sept. 27 and ended on Oct. 10. Talks followed on Jan. 5.",
			[]string{"The clashes began on Sept. 27 and ended on Oct. 10.", "Talks followed on Jan. 5."}},
		{"titles and ranks", "Mr. Aliyev met Dr. Smith, Gen. Hasanov and Lt. Col. Petrosyan. They talked.",
			[]string{"Mr. Aliyev met Dr. Smith, Gen. Hasanov and Lt. Col. Petrosyan.", "They talked."}},
		{"St. and No.", "They met at St. Petersburg in Hall No. 5. Then they left.",
			[]string{"They met at St. Petersburg in Hall No. 5.", "Then they left."}},
		{"initials", "The report by J. R. Smith was read. It was long.",
			[]string{"The report by J. R. Smith was read.", "It was long."}},
		{"decimals", "The rate rose 3.5 percent. Prices fell.",
			[]string{"The rate rose 3.5 percent.", "Prices fell."}},
		{"a.m. and p.m.", "Shelling began at 5 a.m. Moscow time and stopped at 6 p.m. on Monday.",
			[]string{"Shelling began at 5 a.m. Moscow time and stopped at 6 p.m. on Monday."}},
		{"ellipsis in a quote", `He said: "We will hold... We will not retreat." Then he left.`,
			[]string{`He said: "We will hold... We will not retreat."`, "Then he left."}},
		{"closing quote after the period", `The ministry called it "completely untrue." The shelling went on.`,
			[]string{`The ministry called it "completely untrue."`, "The shelling went on."}},
		{"curly quotes open the next sentence", "It retreated. “Two soldiers were killed,” it added.",
			[]string{"It retreated.", "“Two soldiers were killed,” it added."}},
		{"question inside a quote", `"Why now?" he asked.`,
			[]string{`"Why now?" he asked.`}},
		{"headline and dateline lines", "Two soldiers killed in ceasefire violations\n\nSTEPANAKERT, April 4\nFighting continued today.",
			[]string{"Two soldiers killed in ceasefire violations", "STEPANAKERT, April 4", "Fighting continued today."}},
		{"hard-wrapped line", "Azerbaijan says three of its soldiers were\nkilled as fighting raged.",
			[]string{"Azerbaijan says three of its soldiers were\nkilled as fighting raged."}},
		{"period before a lower-case word", "The cease-fire, etc. was broken.",
			[]string{"The cease-fire, etc. was broken."}},
		{"dateline in capitals", "YEREVAN, MARCH 2, NEWSWIRE. The latest events alarm us.",
			[]string{"YEREVAN, MARCH 2, NEWSWIRE.", "The latest events alarm us."}},
		{"non-ASCII text keeps rune offsets", "Şuşa fell. Xankəndi was shelled.",
			[]string{"Şuşa fell.", "Xankəndi was shelled."}},
		{"white space only", " \n\t\n", nil},
		{"no final punctuation", "Fighting continues", []string{"Fighting continues"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSentencesOfSeeds checks the invariants every article must keep: spans
// in order, inside the text, not overlapping, without white space at either
// end, and covering every word.
func TestSentencesOfSamples(t *testing.T) {
	for _, path := range texttest.SampleFiles(t) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		runes := []rune(text)
		spans := runeSpans(text)
		if len(spans) == 0 {
			t.Errorf("%s: no sentences", path)
		}
		covered := 0
		prev := 0
		for _, s := range spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(runes) {
				t.Fatalf("%s: bad span %v after %d", path, s, prev)
			}
			sentence := string(runes[s.Start:s.End])
			if strings.TrimSpace(sentence) != sentence {
				t.Errorf("%s: sentence %q has white space at an end", path, sentence)
			}
			covered += len(strings.Fields(sentence))
			prev = s.End
		}
		if words := len(strings.Fields(text)); covered != words {
			t.Errorf("%s: sentences cover %d words of %d", path, covered, words)
		}
	}
}

// runeSpans is where the sentences of text lie, in runes.
func runeSpans(text string) []Span {
	d := Read(text)
	defer d.Release()
	var spans []Span
	for _, s := range d.Sentences {
		spans = append(spans, s.Runes)
	}
	return spans
}

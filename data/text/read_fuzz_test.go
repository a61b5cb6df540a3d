package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzRead checks what every reader of a Doc relies on, whatever the text:
// sentences in order and inside the text; each token inside the sentence it
// names, in order, with its folded form and hash those of Fold and KeyHash.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"U.S. forces. The end", "a... B? \"C.\" D", "x\n\ny.\u2028Z", "Şuşa fell. Xankəndi",
		"\xff. A", "Azerbaijan's d'Ivoire Armenians’ #Lachin", " date 2020-11-07 BAKU, Oct. 4", "e\u0301 ١٢ Ⅻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Read(s)
		defer d.Release()
		n := utf8.RuneCountInString(s)
		prev := 0
		for _, sen := range d.Sentences {
			if r := sen.Runes; r.Start < prev || r.End <= r.Start || r.End > n {
				t.Fatalf("sentence %v after %d in %d runes of %q", r, prev, n, s)
			}
			if b := sen.Bytes; b.Start > b.End || b.End > len(s) {
				t.Fatalf("sentence bytes %v in %d bytes of %q", b, len(s), s)
			}
			prev = sen.Runes.End
		}
		end := int32(0)
		for i, tok := range d.Tokens {
			if tok.Start < end || tok.End <= tok.Start || int(tok.End) > len(s) {
				t.Fatalf("token %d at %d-%d after %d in %q", i, tok.Start, tok.End, end, s)
			}
			end = tok.End
			sen := d.Sentences[tok.Sentence].Bytes
			if int(tok.Start) < sen.Start || int(tok.End) > sen.End {
				t.Fatalf("token %q at %d-%d is not in its sentence %v of %q", d.Word(i), tok.Start, tok.End, sen, s)
			}
			if got, want := d.Folded(i), Fold(d.Word(i)); got != want && utf8.ValidString(d.Word(i)) {
				t.Fatalf("token %q folds to %q, Fold gives %q", d.Word(i), got, want)
			}
			if r := d.Sentences[tok.Sentence].Tokens; i < r.Start || i >= r.End {
				t.Fatalf("token %d is not among the tokens %v of its sentence", i, r)
			}
			if letters := strings.IndexFunc(d.Word(i), func(r rune) bool { return !unicode.IsLetter(r) }) < 0; letters != tok.Has(Letters) {
				t.Fatalf("token %q: Letters flag %v", d.Word(i), tok.Has(Letters))
			}
			if tok.Hash != KeyHash(d.Folded(i)) {
				t.Fatalf("token %q: hash is not KeyHash of its fold %q", d.Word(i), d.Folded(i))
			}
		}
	})
}

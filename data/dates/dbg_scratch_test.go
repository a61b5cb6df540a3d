package dates

import "testing"

func TestDbgScratch(t *testing.T) {
	_, texts := articles(t)
	words, pass, anch, digs, dayyear := 0, 0, 0, 0, 0
	seen := map[string]int{}
	for _, text := range texts {
		l := lexer{text: text}
		for l.next() {
			if l.kind == tokNumber {
				digs++
				if dayOrYear(text[l.bs:l.be]) {
					dayyear++
				}
			}
			if l.kind != tokWord || !l.ascii {
				continue
			}
			words++
			w := text[l.bs:l.be]
			if mayBeIn(&anchors, w) {
				pass++
				seen[w]++
				if anchorWord(w) {
					anch++
				}
			}
		}
	}
	t.Logf("words %d pass %d anchors %d digits %d dayyear %d", words, pass, anch, digs, dayyear)
	t.Logf("%v", seen)
}

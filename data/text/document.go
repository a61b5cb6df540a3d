package text

import "sync"

// Doc is a text read once: its tokens and its sentences. The geocoder, the
// date tagger and the event rules all read it rather than the text. A Doc
// from Read must be given back with Release when its reader is done, so
// that the next text reuses its buffers; nothing read from it (strings
// excepted, which never point into the buffers) may be kept after that.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	fold      []byte // the folded words of the tokens that are not their own fold
	foldStr   string // fold as a string, so that words are compared without copying
}

var docs = sync.Pool{New: func() any { return new(Doc) }}

// maxPooledTokens keeps one huge text from pinning its buffers forever.
const maxPooledTokens = 1 << 16

// Read reads text into a Doc.
func Read(text string) *Doc {
	d := docs.Get().(*Doc)
	d.Text = text
	d.Tokens, d.Sentences = tokenize(text, d.Tokens[:0], d.Sentences[:0])
	d.fold = foldTokens(text, d.Tokens, d.fold[:0])
	d.foldStr = string(d.fold)
	return d
}

// Release gives the Doc's buffers back for the next Read.
func (d *Doc) Release() {
	if cap(d.Tokens) > maxPooledTokens || cap(d.fold) > 8*maxPooledTokens || cap(d.Sentences) > maxPooledTokens {
		*d = Doc{}
	}
	d.Text, d.foldStr = "", ""
	docs.Put(d)
}

// Word is the text of token i as written.
func (d *Doc) Word(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// Folded is the folded form of token i (see Fold): lower case, without
// marks or apostrophes.
func (d *Doc) Folded(i int) string {
	t := &d.Tokens[i]
	if t.fs < 0 {
		return d.Text[t.Start:t.End]
	}
	return d.foldStr[t.fs:t.fe]
}

// Gap is the text between token i and token i+1, or after the last token.
func (d *Doc) Gap(i int) string {
	if i+1 >= len(d.Tokens) {
		return d.Text[d.Tokens[i].End:]
	}
	return d.Text[d.Tokens[i].End:d.Tokens[i+1].Start]
}

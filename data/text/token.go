package text

// Token is one word of a text: a run of letters, digits and combining
// marks, with the apostrophes inside a name (Hats’avan, d'Ivoire) but
// without a possessive "'s", which is recorded as a flag instead. Hyphens,
// dots and every other mark separate words: the readers join words across
// them where their rules say so ("cease-fire", "U.S.", "1,000").
type Token struct {
	Start, End         int32  // byte offsets of the word in the text
	RuneStart, RuneEnd int32  // rune offsets of the word
	Sentence           int32  // the index of its sentence in Doc.Sentences
	fs, fe             int32  // the folded word in the Doc's fold buffer, -1 if the word is its own fold
	Hash               uint64 // WordHash of the folded word
	Flags              Flags
}

// Flags describe a token's shape and the marks around it. Readers that
// keep tokens of their own may use the bits from FirstFreeFlag up.
type Flags uint32

const (
	Cap        Flags = 1 << iota // starts with an upper-case letter
	AllCaps                      // two or more letters, all upper case
	Lower                        // starts with a lower-case letter
	Hashtag                      // written right after '#'
	Possessive                   // followed by 's or ’s (or a bare ’ after s)
	AfterStop                    // the first word after . ! ? : ; " a line end, an opening quote or a dash
	LineStart                    // the first word of a line
	SelfFolded                   // ASCII lower case and digits only: its own fold
	ASCII                        // ASCII only: its fold is its letters and digits in lower case
	Letters                      // letters only: no digit, mark or apostrophe

	FirstFreeFlag // the first bit no token carries
)

// Has says whether the token has any of the flags f.
func (t *Token) Has(f Flags) bool { return t.Flags&f != 0 }

// Runes is the token's span in runes.
func (t *Token) Runes() Span { return Span{int(t.RuneStart), int(t.RuneEnd)} }

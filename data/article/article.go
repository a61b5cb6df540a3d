package article

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/chronomap/chronomap/data/text"
)

// MaxArticleSize is the largest file ReadArticle accepts. News articles are a
// few kilobytes; anything this large is a data dump or a mistake, and reading
// it whole would cost memory the batch pipeline promises not to use.
const MaxArticleSize = 16 << 20

// Errors ReadArticle wraps in a *ReadError, for errors.Is.
var (
	ErrEmpty    = errors.New("empty file (no text)")
	ErrBinary   = errors.New("binary file, not text")
	ErrUTF16    = errors.New("UTF-16 text: save it as UTF-8")
	ErrTooLarge = fmt.Errorf("larger than %d MiB: not a news article", MaxArticleSize>>20)
)

// A ReadError is an article that could not be read. Its message names the
// file and the problem on one line: "x.txt: not UTF-8 text (invalid byte
// 0xE9 at offset 123)".
type ReadError struct {
	Name string
	Err  error
}

func (e *ReadError) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *ReadError) Unwrap() error { return e.Err }

// NotUTF8Error is text in another encoding (Latin-1, Windows-1252, ...).
type NotUTF8Error struct {
	Offset int64 // of the first invalid byte in the file
	Byte   byte
}

func (e *NotUTF8Error) Error() string {
	return fmt.Sprintf("not UTF-8 text (invalid byte 0x%02X at offset %d)", e.Byte, e.Offset)
}

// A DateHeaderError is a date header whose date does not exist
// ("date 2020-13-45"). It is a warning, not a failure: ReadArticle returns it
// with the article, read and undated, because a typo in the header should not
// cost the events of the text; a fallback date may then apply.
type DateHeaderError struct {
	Name  string
	Value string
}

func (e *DateHeaderError) Error() string {
	return fmt.Sprintf("%s: invalid date %q in the date header, ignored", e.Name, e.Value)
}

// Article is one news article.
type Article struct {
	Name      string     // the file name, as GeoJSON `source`
	Text      string     // the body, without the date header
	Published *time.Time // the publication date (midnight UTC), nil if unknown
	// BodyOffset is the rune offset of Text in the file it came from, so that
	// offsets into Text can be reported against the file.
	BodyOffset int
}

// ReadArticle reads an article named name (errors and GeoJSON `source` use
// it). The file must be UTF-8 text; a byte-order mark is dropped. An optional
// first line header " date YYYY-MM-DD" (the leading space optional) gives the
// publication date; the text follows on the same line or the next, and the
// header is not part of Article.Text.
//
// Offsets reported against Article.Text are rune offsets; BodyOffset maps them
// to rune offsets in the file (not counting the byte-order mark). To keep that
// mapping exact, line ends are normalised rune for rune: "\r\n" becomes " \n"
// and a lone "\r" becomes "\n".
//
// The error is a *ReadError when the article cannot be used, or a
// *DateHeaderError when it can but its header date is invalid.
func ReadArticle(name string, r io.Reader) (Article, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxArticleSize+1))
	if err != nil {
		return Article{}, &ReadError{Name: name, Err: bareError(err)}
	}
	return parse(name, b)
}

// parse makes the article named name of the bytes b of its file, as
// ReadArticle describes. It takes b over: the article's text is b itself,
// which the caller must not use again.
func parse(name string, b []byte) (Article, error) {
	if err := checkText(b); err != nil {
		return Article{}, &ReadError{Name: name, Err: err}
	}
	// Line ends are normalised before the header is read: "\r\n" and " \n"
	// take the same bytes, so the header ends where it would have.
	b = normaliseLineEnds(bytes.TrimPrefix(b, utf8BOM))
	// The text is b without a copy: b was read for this article alone and
	// nothing writes it from here on. A copy cost as much as the read.
	s := unsafe.String(unsafe.SliceData(b), len(b))
	h := text.ParseHeader(s)
	a := Article{
		Name:       name,
		Text:       s[h.Size:],
		BodyOffset: utf8.RuneCountInString(s[:h.Size]),
		Published:  h.Date,
	}
	if h.Present && h.Date == nil {
		return a, &DateHeaderError{Name: name, Value: h.Value}
	}
	return a, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// checkText says why b is not a UTF-8 text, or returns nil.
func checkText(b []byte) error {
	if len(b) > MaxArticleSize {
		return ErrTooLarge
	}
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return ErrUTF16
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	if !utf8.Valid(b) {
		i := invalidUTF8At(b)
		return &NotUTF8Error{Offset: int64(i), Byte: b[i]}
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, utf8BOM))) == 0 {
		return ErrEmpty
	}
	if mostlyControl(b) {
		return fmt.Errorf("%w (mostly control characters)", ErrBinary)
	}
	return nil
}

func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// mostlyControl reports whether more than one byte in ten is an ASCII
// control character other than white space: what text never has and binary
// files (with their NULs removed) do.
func mostlyControl(b []byte) bool {
	n := 0
	i := 0
	for ; i+8 <= len(b); i += 8 {
		// Most 8 bytes of text hold no byte below ' ' and no DEL: a test of
		// the 8 at once passes them by, and only the others are counted.
		x := binary.LittleEndian.Uint64(b[i:])
		// A byte's high bit is set in below where it is under ' ', in del
		// where it is DEL, and maybe in a byte above such a byte (a borrow).
		below := (x - ' '*byteOnes) &^ x
		y := x ^ 0x7F*byteOnes
		del := (y - byteOnes) &^ y
		if (below|del)&byteHighs != 0 {
			n += countControl(b[i : i+8])
		}
	}
	n += countControl(b[i:])
	return n*10 > len(b)
}

const (
	byteOnes  = 0x0101010101010101
	byteHighs = 0x8080808080808080
)

// countControl counts the bytes of b that isControl marks.
func countControl(b []byte) int {
	n := 0
	for _, c := range b {
		n += int(isControl[c]) // a table and no branch
	}
	return n
}

// isControl is 1 for the ASCII control characters other than white space.
var isControl = func() (t [256]uint8) {
	for c := range 0x20 {
		t[c] = 1
	}
	for _, c := range "\n\r\t\f\v" {
		t[c] = 0
	}
	t[0x7F] = 1
	return t
}()

// normaliseLineEnds replaces "\r\n" by " \n" and a lone "\r" by "\n", in
// place, so that the text has one kind of line end and the same runes.
func normaliseLineEnds(b []byte) []byte {
	for i := bytes.IndexByte(b, '\r'); i >= 0; i = nextCR(b, i+1) {
		if i+1 < len(b) && b[i+1] == '\n' {
			b[i] = ' '
		} else {
			b[i] = '\n'
		}
	}
	return b
}

// nextCR is the index of the next carriage return from i on, or -1.
func nextCR(b []byte, i int) int {
	if j := bytes.IndexByte(b[i:], '\r'); j >= 0 {
		return i + j
	}
	return -1
}

// bareError drops the operation and path of an *fs.PathError: the caller
// names the file itself, and "x.txt: open x.txt: permission denied" says it
// twice.
func bareError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

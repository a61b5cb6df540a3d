package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/chronomap/chronomap/data/text"
)

// JSON Lines hold many articles, one a line, as data pipelines pass
// records around: {"id": "...", "date": "YYYY-MM-DD", "text": "..."}. A
// line is a record a program wrote, not a text a person typed, so that a
// value of the wrong kind makes the line unusable (a file's date header
// with no such day is only a warning, since it is part of the text).

// MaxLineSize is the longest line of JSON Lines read: a text of
// MaxArticleSize whose every character is escaped takes several times its
// size in JSON, and anything longer is a mistake. A longer line is skipped
// as it is read, without being kept.
const MaxLineSize = 4 * MaxArticleSize

// Errors of a line of JSON Lines, wrapped in a *ReadError that names the
// input and the line.
var (
	ErrNoID         = errors.New(`no "id": each line needs one, to name its article`)
	ErrNoText       = errors.New(`no "text"`)
	ErrEmptyText    = errors.New(`"text" is empty`)
	ErrLineTooLarge = fmt.Errorf("line longer than %d MiB: not a news article", MaxLineSize>>20)
)

// JSONLinesFile says whether the file named name holds JSON Lines, by its
// extension: *.jsonl or *.ndjson, in any case.
func JSONLinesFile(name string) bool {
	ext := filepath.Ext(name)
	return strings.EqualFold(ext, ".jsonl") || strings.EqualFold(ext, ".ndjson")
}

// Lines is the articles of in, a file of JSON Lines or StdinPath (stdin is
// read for it), as it reads them: each line's article is an Input with
// Given set, or with Err when the line is not one. Their Path is in's
// "NAME:LINE", with NAME "stdin" for standard input, and their Name the
// line's "id". Blank lines are skipped. The lines are read as they are
// taken, no further ahead than a buffer of 64 KiB, so that an endless input
// is read as its articles are wanted. An input with Err is itself.
//
// The text is taken whole, as a file's body: no date header is read in it,
// the "date" is the article's date; its line ends are made one kind, as a
// file's are. Members other than these three are left unread.
func (in Input) Lines(stdin io.Reader) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		if in.Err != nil {
			yield(in)
			return
		}
		name, r := StdinName, stdin
		if in.Path != StdinPath {
			f, err := os.Open(in.Path)
			if err != nil {
				yield(Input{Path: in.Path, Err: &ReadError{Name: in.Path, Err: bareError(err)}})
				return
			}
			defer f.Close()
			name, r = in.Path, f
		}
		if r == nil {
			return
		}
		readLines(name, r, yield)
	}
}

// readLines yields the articles of the JSON Lines in r, named name, until
// r ends or yield returns false.
func readLines(name string, r io.Reader, yield func(Input) bool) {
	br := bufio.NewReaderSize(r, 64<<10)
	if start, _ := br.Peek(len(utf8BOM)); bytes.Equal(start, utf8BOM) {
		br.Discard(len(utf8BOM))
	}
	for n := 1; ; n++ {
		b, tooLong, err := readLine(br)
		at := name + ":" + strconv.Itoa(n)
		var in Input
		switch {
		case err != nil && err != io.EOF:
			yield(Input{Path: at, Err: &ReadError{Name: at, Err: bareError(err)}})
			return
		case tooLong:
			in = Input{Path: at, Err: &ReadError{Name: at, Err: ErrLineTooLarge}}
		case len(bytes.TrimSpace(b)) > 0:
			in = Input{Path: at}
			if a, lineErr := parseLine(b); lineErr != nil {
				in.Err = &ReadError{Name: at, Err: lineErr}
			} else {
				in.Name, in.Given = a.Name, &a
			}
		}
		if in.Path != "" && !yield(in) {
			return
		}
		if err == io.EOF {
			return
		}
	}
}

// readLine reads a line from br, without its line end, and says whether it
// was longer than MaxLineSize (its bytes then dropped as they are read). A
// line within br's buffer, as most are, is br's own bytes, valid until the
// next read. The error is io.EOF after the last line, which may be empty.
func readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong && len(line)+len(chunk) > MaxLineSize+2 { // +2: its "\r\n"
			tooLong, line = true, nil
		}
		if !tooLong {
			if err != bufio.ErrBufferFull && line == nil {
				line = chunk
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
			return line, tooLong, err
		}
	}
}

// jsonLine is a line's members: the id as written, a string or a number;
// the others decoded at once, nil when missing or null.
type jsonLine struct {
	ID   json.RawMessage `json:"id"`
	Date *string         `json:"date"`
	Text *string         `json:"text"`
}

// memberWants says what each member of a jsonLine decoded at once wants.
var memberWants = map[string]string{"date": `a day as "YYYY-MM-DD"`, "text": "a string"}

// parseLine makes the article of a line, or says why the line is none.
func parseLine(b []byte) (Article, error) {
	if !utf8.Valid(b) {
		// encoding/json would replace the bytes with U+FFFD unsaid.
		i := invalidUTF8At(b)
		return Article{}, &NotUTF8Error{Offset: int64(i), Byte: b[i]}
	}
	var l jsonLine
	if err := json.Unmarshal(b, &l); err != nil {
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te) && te.Field == "":
			return Article{}, fmt.Errorf("not a JSON object but a JSON %s", te.Value)
		case errors.As(err, &te):
			return Article{}, fmt.Errorf("%q is a JSON %s: want %s", te.Field, te.Value, memberWants[te.Field])
		}
		return Article{}, fmt.Errorf("not JSON: %w", err)
	}
	id, err := lineID(l.ID)
	if err != nil {
		return Article{}, err
	}
	day, err := lineDate(l.Date)
	if err != nil {
		return Article{}, err
	}
	body, err := lineText(l.Text)
	if err != nil {
		return Article{}, err
	}
	return Article{Name: id, Text: body, Published: day}, nil
}

// lineID is the article's name: a string, or a number as written.
func lineID(raw json.RawMessage) (string, error) {
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", ErrNoID
	case raw[0] == '"':
		var id string
		json.Unmarshal(raw, &id) // a string that json.Unmarshal read already
		if strings.TrimSpace(id) == "" {
			return "", ErrNoID
		}
		return id, nil
	case raw[0] == '-' || '0' <= raw[0] && raw[0] <= '9':
		return string(raw), nil
	}
	return "", fmt.Errorf(`"id" is %s: want a string or a number`, shown(raw))
}

// lineDate is the day of a "date", if there is one.
func lineDate(s *string) (*time.Time, error) {
	if s == nil {
		return nil, nil
	}
	day := text.ParseDay(*s)
	if day == nil {
		return nil, fmt.Errorf(`"date" %q is no day: want one as "YYYY-MM-DD", from the year 1 to 9999`, *s)
	}
	return day, nil
}

// lineText is the text of a "text", checked as a file's is.
func lineText(s *string) (string, error) {
	switch {
	case s == nil:
		return "", ErrNoText
	case strings.TrimSpace(*s) == "":
		return "", ErrEmptyText
	}
	// A view of the string's bytes, which checkText only reads.
	if err := checkText(unsafe.Slice(unsafe.StringData(*s), len(*s))); err != nil {
		return "", err
	}
	if !strings.Contains(*s, "\r") {
		return *s, nil
	}
	// Line ends are made one kind, rune for rune, as a file's are.
	return string(normaliseLineEnds([]byte(*s))), nil
}

// shown is a JSON value as an error shows it: whole when short, cut
// otherwise.
func shown(raw json.RawMessage) string {
	const most = 40
	if len(raw) <= most {
		return string(raw)
	}
	cut := most
	for cut > 0 && !utf8.RuneStart(raw[cut]) {
		cut--
	}
	return string(raw[:cut]) + "…"
}

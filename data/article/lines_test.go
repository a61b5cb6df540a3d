package article

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// lineOutcome is what a test checks of an Input of Lines.
type lineOutcome struct{ path, name, text, date, err string }

func readAllLines(in Input, stdin io.Reader) []lineOutcome {
	var got []lineOutcome
	for l := range in.Lines(stdin) {
		o := lineOutcome{path: l.Path, name: l.Name}
		if l.Err != nil {
			o.err = l.Err.Error()
		}
		if a := l.Given; a != nil {
			o.text = a.Text
			if a.Published != nil {
				o.date = a.Published.Format(time.DateOnly)
			}
		}
		got = append(got, o)
	}
	return got
}

func TestLinesReadsAnArticleALine(t *testing.T) {
	tests := []struct {
		name string
		line string
		want lineOutcome // of stdin:1
	}{
		{"id, date and text", `{"id": "a1", "date": "2020-11-07", "text": "Shelling hit Stepanakert."}`,
			lineOutcome{name: "a1", text: "Shelling hit Stepanakert.", date: "2020-11-07"}},
		{"the date may be left out", `{"id": "a1", "text": "Text."}`, lineOutcome{name: "a1", text: "Text."}},
		{"the date may be null", `{"id": "a1", "date": null, "text": "Text."}`, lineOutcome{name: "a1", text: "Text."}},
		{"a number is an id as written", `{"id": 1e3, "text": "Text."}`, lineOutcome{name: "1e3", text: "Text."}},
		{"other members are left unread", `{"url": "https://x", "id": "a1", "text": "Text.", "tags": [1]}`,
			lineOutcome{name: "a1", text: "Text."}},
		{"no date header is read in the text", `{"id": "a1", "text": " date 2020-11-07\nText."}`,
			lineOutcome{name: "a1", text: " date 2020-11-07\nText."}},
		{"line ends in the text become one kind, rune for rune", `{"id": "a1", "text": "One.\r\nTwo.\rThree."}`,
			lineOutcome{name: "a1", text: "One. \nTwo.\nThree."}},
		{"escapes are read", `{"id": "\u015eu\u015fa", "text": "\"Quoted\" \u2014 \ud83c\udf0d"}`,
			lineOutcome{name: "Şuşa", text: `"Quoted" — 🌍`}},
		{"a line may end with CRLF", "{\"id\": \"a1\", \"text\": \"Text.\"}\r", lineOutcome{name: "a1", text: "Text."}},

		{"not JSON", `{"id": "a1", "text": "Text.`, lineOutcome{err: "stdin:1: not JSON: unexpected end of JSON input"}},
		{"not an object", `["a1", "Text."]`, lineOutcome{err: "stdin:1: not a JSON object but a JSON array"}},
		{"no id", `{"text": "Text."}`, lineOutcome{err: `stdin:1: no "id": each line needs one, to name its article`}},
		{"a blank id", `{"id": " ", "text": "Text."}`, lineOutcome{err: `stdin:1: no "id": each line needs one, to name its article`}},
		{"an id of another kind", `{"id": ["a", 1], "text": "Text."}`,
			lineOutcome{err: `stdin:1: "id" is ["a", 1]: want a string or a number`}},
		{"no text", `{"id": "a1"}`, lineOutcome{err: `stdin:1: no "text"`}},
		{"a text of another kind", `{"id": "a1", "text": 42}`, lineOutcome{err: `stdin:1: "text" is a JSON number: want a string`}},
		{"a blank text", `{"id": "a1", "text": " \n "}`, lineOutcome{err: `stdin:1: "text" is empty`}},
		{"a binary text", `{"id": "a1", "text": "\u0000\u0001"}`,
			lineOutcome{err: "stdin:1: binary file, not text (NUL byte at offset 0)"}},
		{"a date that is no day", `{"id": "a1", "date": "2020-02-30", "text": "Text."}`,
			lineOutcome{err: `stdin:1: "date" "2020-02-30" is no day: want one as "YYYY-MM-DD", from the year 1 to 9999`}},
		{"a date written otherwise", `{"id": "a1", "date": "07/11/2020", "text": "Text."}`,
			lineOutcome{err: `stdin:1: "date" "07/11/2020" is no day: want one as "YYYY-MM-DD", from the year 1 to 9999`}},
		{"a date of another kind", `{"id": "a1", "date": 20201107, "text": "Text."}`,
			lineOutcome{err: `stdin:1: "date" is a JSON number: want a day as "YYYY-MM-DD"`}},
		{"not UTF-8", "{\"id\": \"a1\", \"text\": \"Caf\xe9.\"}",
			lineOutcome{err: "stdin:1: not UTF-8 text (invalid byte 0xE9 at offset 25)"}},
		{"a long value is shown cut", `{"id": {"first": "a very long value that goes on and on"}, "text": "Text."}`,
			lineOutcome{err: `stdin:1: "id" is {"first": "a very long value that goes o…: want a string or a number`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAllLines(Input{Path: StdinPath, Name: StdinName}, strings.NewReader(tt.line+"\n"))
			want := tt.want
			want.path = "stdin:1"
			if len(got) != 1 || got[0] != want {
				t.Errorf("got %q\nwant %q", got, []lineOutcome{want})
			}
		})
	}
}

func TestLinesGoesOnPastABadLine(t *testing.T) {
	in := "\ufeff" + `{"id": "a", "text": "A."}` + "\n" +
		"\n  \t\n" + // blank lines, skipped but counted
		"not json\r\n" +
		`{"id": "b", "text": "` + strings.Repeat("B ", 100<<10) + `"}` + "\n" + // longer than the reader's buffer
		`{"id": "c", "text": "C."}` // no line end
	got := readAllLines(Input{Path: StdinPath, Name: StdinName}, strings.NewReader(in))
	want := []lineOutcome{
		{path: "stdin:1", name: "a", text: "A."},
		{path: "stdin:4", err: "stdin:4: not JSON: invalid character 'o' in literal null (expecting 'u')"},
		{path: "stdin:5", name: "b", text: strings.Repeat("B ", 100<<10)},
		{path: "stdin:6", name: "c", text: "C."},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %.300q\nwant %.300q", got, want)
	}
}

// TestLinesSkipsALineTooLong reads a line longer than MaxLineSize, which
// is dropped as it is read, and the line after it.
func TestLinesSkipsALineTooLong(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 64 MiB")
	}
	long := io.MultiReader(strings.NewReader(`{"id": "a", "text": "`),
		io.LimitReader(repeatedByte('x'), MaxLineSize), strings.NewReader("\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n"))
	got := readAllLines(Input{Path: StdinPath, Name: StdinName}, long)
	want := []lineOutcome{
		{path: "stdin:1", err: "stdin:1: line longer than 64 MiB: not a news article"},
		{path: "stdin:2", name: "b", text: "B."},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// repeatedByte is an endless reader of one byte.
type repeatedByte byte

func (b repeatedByte) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

func TestLinesOfAFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "news.jsonl")
	os.WriteFile(file, []byte(`{"id": "a", "date": "2021-3-9", "text": "A."}`+"\n"+`{"id": "b"}`+"\n"), 0o644)
	missing := filepath.Join(dir, "missing.jsonl")
	tests := []struct {
		name string
		in   Input
		want []lineOutcome
	}{
		{"a file's lines are named by its path", Input{Path: file, Name: "news.jsonl"}, []lineOutcome{
			{path: file + ":1", name: "a", text: "A.", date: "2021-03-09"},
			{path: file + ":2", err: file + `:2: no "text"`},
		}},
		{"a file that cannot be opened is named", Input{Path: missing, Name: "missing.jsonl"}, []lineOutcome{
			{path: missing, err: missing + ": no such file or directory"},
		}},
		{"an input with an error is itself", Input{Path: "x", Err: &ReadError{Name: "x", Err: ErrNotRegular}}, []lineOutcome{
			{path: "x", err: "x: not a regular file"},
		}},
		{"no standard input has no lines", Input{Path: StdinPath, Name: StdinName}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readAllLines(tt.in, nil); !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestLinesTellsAnErrorOfReading checks that a read that fails ends the
// input with an error naming the line it was reading.
func TestLinesTellsAnErrorOfReading(t *testing.T) {
	r := io.MultiReader(strings.NewReader(`{"id": "a", "text": "A."}`+"\n{\"id\""), failingReader{})
	got := readAllLines(Input{Path: StdinPath, Name: StdinName}, r)
	want := []lineOutcome{
		{path: "stdin:1", name: "a", text: "A."},
		{path: "stdin:2", err: "stdin:2: disk on fire"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestWhichFilesHoldJSONLines(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"news.jsonl", true},
		{"NEWS.NDJSON", true},
		{"dir/part-00000.jsonl", true},
		{"news.json", false}, // a GeoJSON layer
		{"news.txt", false},
		{"jsonl", false},
		{"-", false},
	}
	for _, tt := range tests {
		if got := JSONLinesFile(tt.name); got != tt.want {
			t.Errorf("JSONLinesFile(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

package article

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/chronomap/chronomap/data/text/texttest"
)

func TestReadArticle(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		text       string
		published  string // "" for undated
		bodyOffset int
		warning    bool // a *DateHeaderError comes with the article
	}{
		{"header on the text's line", " date 2020-11-07 Russian President Vladimir Putin has discussed",
			"Russian President Vladimir Putin has discussed", "2020-11-07", 17, false},
		{"header on its own line", "date 2020-11-07\nFighting went on.", "Fighting went on.", "2020-11-07", 16, false},
		{"header with a CRLF", "date 2020-11-07\r\nFighting\r\nwent on.", "Fighting \nwent on.", "2020-11-07", 17, false},
		{"capitalised header", "Date 2016-04-02\n\nText.", "\nText.", "2016-04-02", 16, false},
		{"single-digit month and day", "date 2016-4-2 Text.", "Text.", "2016-04-02", 14, false},
		{"no header", "U.S. Secretary of State John Kerry spoke.", "U.S. Secretary of State John Kerry spoke.", "", 0, false},
		{"byte-order mark", "\uFEFF date 2020-10-13 Text.", "Text.", "2020-10-13", 17, false},
		{"the word date in the text", "date of the attack is unknown.", "date of the attack is unknown.", "", 0, false},
		{"date-time is not a header", "date 2020-11-07T10:00 text", "date 2020-11-07T10:00 text", "", 0, false},
		{"impossible header date", "date 2020-13-45 Text.", "Text.", "", 16, true},
		{"February 30", "date 2021-02-30\nText.", "Text.", "", 16, true},
		{"lone CRs", "Line one.\rLine two.", "Line one.\nLine two.", "", 0, false},
		{"non-ASCII before the text", " date 2020-11-07 Şuşa", "Şuşa", "2020-11-07", 17, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ReadArticle("x.txt", strings.NewReader(tt.in))
			var dh *DateHeaderError
			if tt.warning != errors.As(err, &dh) || (!tt.warning && err != nil) {
				t.Fatalf("error %v, want a date header warning: %v", err, tt.warning)
			}
			if a.Text != tt.text {
				t.Errorf("Text %q, want %q", a.Text, tt.text)
			}
			if got := formatDay(a.Published); got != tt.published {
				t.Errorf("Published %q, want %q", got, tt.published)
			}
			if a.BodyOffset != tt.bodyOffset {
				t.Errorf("BodyOffset %d, want %d", a.BodyOffset, tt.bodyOffset)
			}
			if a.Name != "x.txt" {
				t.Errorf("Name %q", a.Name)
			}
		})
	}
}

func TestReadArticleErrors(t *testing.T) {
	tests := []struct {
		name string
		in   io.Reader
		want string // the whole message
		is   error
	}{
		{"empty", strings.NewReader(""), "x.txt: empty file (no text)", ErrEmpty},
		{"white space", strings.NewReader(" \n\t\r\n"), "x.txt: empty file (no text)", ErrEmpty},
		{"byte-order mark only", strings.NewReader("\uFEFF\n"), "x.txt: empty file (no text)", ErrEmpty},
		{"NUL bytes", strings.NewReader("PK\x03\x04\x00\x00"), "x.txt: binary file, not text (NUL byte at offset 4)", ErrBinary},
		{"control characters", strings.NewReader("\x1b\x02\x03\x04\x05\x06abc"), "x.txt: binary file, not text (mostly control characters)", ErrBinary},
		{"Latin-1", strings.NewReader("Caf\xe9 in Baku"), "x.txt: not UTF-8 text (invalid byte 0xE9 at offset 3)", nil},
		{"UTF-16", strings.NewReader("\xff\xfed\x00a\x00"), "x.txt: UTF-16 text: save it as UTF-8", ErrUTF16},
		{"too large", io.LimitReader(zeros{}, MaxArticleSize+1), "x.txt: larger than 16 MiB: not a news article", ErrTooLarge},
		{"read error", iotest.ErrReader(errors.New("input/output error")), "x.txt: input/output error", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadArticle("x.txt", tt.in)
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("error %v, want a *ReadError", err)
			}
			if err.Error() != tt.want {
				t.Errorf("error %q, want %q", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
		})
	}
}

// zeros reads as an endless run of 'a'.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// An input reads its file whole, names the article after it, and names
// the file in its error.
func TestInputRead(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte(" date 2020-11-07 Text."), 0o644)
	a, err := Input{Path: good, Name: "good.txt"}.Read(context.Background(), nil)
	if err != nil || a.Name != "good.txt" || a.Text != "Text." {
		t.Errorf("Read = %+v, %v; want the article named good.txt", a, err)
	}
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("a"), MaxArticleSize+1), 0o644)
	tests := []struct{ path, want string }{
		{filepath.Join(dir, "missing.txt"), filepath.Join(dir, "missing.txt") + ": no such file or directory"},
		{dir, dir + ": is a directory"},
		{big, big + ": larger than 16 MiB: not a news article"},
	}
	for _, tt := range tests {
		if _, err := (Input{Path: tt.path}).Read(context.Background(), nil); err == nil || err.Error() != tt.want {
			t.Errorf("Read(%q) error %v, want %q", tt.path, err, tt.want)
		}
	}
}

// TestBodyOffsetMapsToTheFile checks the promise of Article.BodyOffset on
// the sample articles (the seeds, and the dev corpus where it is there):
// rune i of Text is rune BodyOffset+i of the file.
func TestBodyOffsetMapsToTheFile(t *testing.T) {
	for _, path := range texttest.SampleFiles(t) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ReadArticle(path, bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if !mapsToFile(a, b) {
			t.Errorf("%s: Text is not the file's runes from BodyOffset %d on", path, a.BodyOffset)
		}
	}
}

// mapsToFile reports whether a.Text is the file's text from rune
// a.BodyOffset on, with carriage returns as spaces or line feeds.
func mapsToFile(a Article, file []byte) bool {
	runes := []rune(string(bytes.TrimPrefix(file, utf8BOM)))
	text := []rune(a.Text)
	if a.BodyOffset+len(text) != len(runes) {
		return false
	}
	for i, r := range text {
		if f := runes[a.BodyOffset+i]; f != r && !(f == '\r' && (r == ' ' || r == '\n')) {
			return false
		}
	}
	return true
}

func FuzzReadArticle(f *testing.F) {
	for _, path := range texttest.SeedFiles(f) {
		if b, err := os.ReadFile(path); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{"", " date 2020-11-07 x", "date 2020-13-45\r\ny", "\uFEFFdate 0000-01-01\n", "date 9999-12-31", "\r\r\n", "a\xffb"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ReadArticle("fuzz.txt", bytes.NewReader(b))
		var re *ReadError
		if errors.As(err, &re) {
			return
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("Text is not UTF-8: %q", a.Text)
		}
		if p := a.Published; p != nil && (p.Location() != time.UTC || !p.Equal(p.Truncate(24*time.Hour)) || formatDay(p) == "") {
			t.Fatalf("Published %v is not a day", p)
		}
		if !mapsToFile(a, b) {
			t.Fatalf("Text %q at %d does not map to the file %q", a.Text, a.BodyOffset, b)
		}
	})
}

func formatDay(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

// mostlyControl counts 8 bytes at a time; each count must be a byte's.
func TestMostlyControl(t *testing.T) {
	alphabet := []byte("a \n\t\r\x01\x1f\x7f\x80\xff ~")
	for seed := range 2000 {
		b := make([]byte, seed%37)
		for i := range b {
			b[i] = alphabet[(seed*7+i*i*13+i)%len(alphabet)]
		}
		n := 0
		for _, c := range b {
			if c < ' ' && c != '\n' && c != '\t' && c != '\r' || c == 0x7F {
				n++
			}
		}
		if got, want := mostlyControl(b), n*10 > len(b); got != want {
			t.Errorf("%q: mostlyControl %v, want %v", b, got, want)
		}
	}
}

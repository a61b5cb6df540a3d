package seeds

import (
	"strings"
	"testing"
)

func TestArticlesAreDatedTexts(t *testing.T) {
	articles, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) == 0 {
		t.Fatal("no seed articles")
	}
	for _, a := range articles {
		switch {
		case !strings.HasSuffix(a.Name, ".txt"):
			t.Errorf("%s: name is not the file name", a.Name)
		case strings.TrimSpace(a.Text) == "":
			t.Errorf("%s: no text", a.Name)
		case strings.HasPrefix(strings.TrimSpace(a.Text), "date "):
			t.Errorf("%s: the date header is left in the text", a.Name)
		}
	}
}

package app

import (
	"errors"
	"fmt"
	"os"

	"github.com/chronomap/chronomap/data"
	"github.com/chronomap/chronomap/seeds"
)

// articleFiles say where the articles events came from are, by article
// name, so that one can be shown whole without holding every text in
// memory: a file path, or "" for a bundled sample article.
type articleFiles map[string]string

// read reads the article named name again.
func (f articleFiles) read(name string) (data.Article, error) {
	path, ok := f[name]
	switch {
	case !ok:
		return data.Article{}, fmt.Errorf("%s: the article was not opened in this window (events imported from GeoJSON carry only their sentence)", name)
	case path == "":
		return seedArticle(name)
	}
	file, err := os.Open(path)
	if err != nil {
		return data.Article{}, err
	}
	defer file.Close()
	a, err := data.ReadArticle(path, file)
	var badDate *data.DateHeaderError // told when the article was first read
	if err != nil && !errors.As(err, &badDate) {
		return data.Article{}, err
	}
	a.Name = name
	return a, nil
}

func seedArticle(name string) (data.Article, error) {
	articles, err := seeds.Articles()
	if err != nil {
		return data.Article{}, err
	}
	for _, a := range articles {
		if a.Name == name {
			return a, nil
		}
	}
	return data.Article{}, fmt.Errorf("%s: no such sample article", name)
}

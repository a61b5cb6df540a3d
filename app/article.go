package app

import (
	"errors"
	"fmt"
	"os"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/seeds"
)

// articleFiles say where the articles events came from are, by article
// name, so that one can be shown whole without holding every text in
// memory: a file path, or "" for a bundled sample article.
type articleFiles map[string]string

// read reads the article named name again.
func (f articleFiles) read(name string) (article.Article, error) {
	path, ok := f[name]
	switch {
	case !ok:
		return article.Article{}, fmt.Errorf("%s: the article was not opened in this window (events imported from GeoJSON carry only their sentence)", name)
	case path == "":
		return seedArticle(name)
	}
	file, err := os.Open(path)
	if err != nil {
		return article.Article{}, err
	}
	defer file.Close()
	a, err := article.ReadArticle(path, file)
	var badDate *article.DateHeaderError // told when the article was first read
	if err != nil && !errors.As(err, &badDate) {
		return article.Article{}, err
	}
	a.Name = name
	return a, nil
}

func seedArticle(name string) (article.Article, error) {
	articles, err := seeds.Articles()
	if err != nil {
		return article.Article{}, err
	}
	for _, a := range articles {
		if a.Name == name {
			return a, nil
		}
	}
	return article.Article{}, fmt.Errorf("%s: no such sample article", name)
}

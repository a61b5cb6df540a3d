// Package seeds holds the sample articles Chronomap opens when it is given
// none: English news reports on the 2020 Nagorno-Karabakh war, as text files
// that may start with a " date YYYY-MM-DD" header.
package seeds

import (
	"embed"
	"fmt"
	"io/fs"

	"github.com/chronomap/chronomap/data/article"
)

//go:embed *.txt
var files embed.FS

// Articles reads the sample articles, in file name order.
func Articles() ([]article.Article, error) {
	names, err := fs.Glob(files, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("seeds: %w", err)
	}
	articles := make([]article.Article, 0, len(names))
	for _, name := range names {
		a, err := read(name)
		if err != nil {
			return nil, fmt.Errorf("seeds: %w", err)
		}
		articles = append(articles, a)
	}
	return articles, nil
}

func read(name string) (article.Article, error) {
	f, err := files.Open(name)
	if err != nil {
		return article.Article{}, err
	}
	defer f.Close()
	return article.ReadArticle(name, f)
}

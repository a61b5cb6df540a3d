package workspace

import (
	"context"
	"database/sql"
	"time"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/gpkg"
)

// A Stored article is one the workspace holds, with the path it was read
// from ("" for none, as for the bundled samples).
type Stored struct {
	Path    string
	Article article.Article
}

// AddArticles stores articles, all or none of them. An article read from
// a path that an article stored was read from replaces it: the file has
// changed.
func (w *Workspace) AddArticles(articles []Stored) error {
	if len(articles) == 0 {
		return nil
	}
	return w.update(func(tx *sql.Tx) error {
		t, err := gpkg.NewTables(tx)
		if err != nil {
			return err
		}
		for _, s := range articles {
			if s.Path != "" {
				if _, err := tx.Exec("DELETE FROM articles WHERE path = ?", s.Path); err != nil {
					return err
				}
			}
			if err := t.WriteArticle(s.Path, s.Article); err != nil {
				return err
			}
		}
		return nil
	})
}

// articleColumns are what scanArticle reads of a row of articles.
const articleColumns = "name, coalesce(path, ''), substr(published, 1, 10), text, body_offset"

// scanArticle reads the articleColumns of a row.
func scanArticle(scan func(dest ...any) error) (Stored, error) {
	var s Stored
	var published sql.NullString
	if err := scan(&s.Article.Name, &s.Path, &published, &s.Article.Text, &s.Article.BodyOffset); err != nil {
		return s, err
	}
	if published.Valid {
		d, err := time.Parse(time.DateOnly, published.String)
		if err != nil {
			return s, err
		}
		s.Article.Published = &d
	}
	return s, nil
}

// Articles are the articles stored, in the order they were added; the
// reading stops, with ctx's error, when ctx is done.
func (w *Workspace) Articles(ctx context.Context) ([]Stored, error) {
	rows, err := w.db.QueryContext(ctx, "SELECT "+articleColumns+" FROM articles ORDER BY fid")
	if err != nil {
		return nil, w.named(err)
	}
	defer rows.Close()
	var out []Stored
	for rows.Next() {
		s, err := scanArticle(rows.Scan)
		if err != nil {
			return nil, w.named(err)
		}
		out = append(out, s)
	}
	return out, w.named(rows.Err())
}

// Article is the article stored under name.
func (w *Workspace) Article(name string) (article.Article, error) {
	s, err := scanArticle(w.db.QueryRow("SELECT "+articleColumns+" FROM articles WHERE name = ? ORDER BY fid LIMIT 1", name).Scan)
	return s.Article, w.named(err)
}

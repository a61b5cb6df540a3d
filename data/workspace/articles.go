package workspace

import (
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

// Articles are the articles stored, in the order they were added.
func (w *Workspace) Articles() ([]Stored, error) {
	rows, err := w.db.Query("SELECT name, coalesce(path, ''), substr(published, 1, 10), text, body_offset FROM articles ORDER BY fid")
	if err != nil {
		return nil, w.named(err)
	}
	defer rows.Close()
	var out []Stored
	for rows.Next() {
		var s Stored
		var published sql.NullString
		if err := rows.Scan(&s.Article.Name, &s.Path, &published, &s.Article.Text, &s.Article.BodyOffset); err != nil {
			return nil, w.named(err)
		}
		if published.Valid {
			d, err := time.Parse(time.DateOnly, published.String)
			if err != nil {
				return nil, w.named(err)
			}
			s.Article.Published = &d
		}
		out = append(out, s)
	}
	return out, w.named(rows.Err())
}

// Article is the article stored under name.
func (w *Workspace) Article(name string) (article.Article, error) {
	var s Stored
	var published sql.NullString
	err := w.db.QueryRow("SELECT name, substr(published, 1, 10), text, body_offset FROM articles WHERE name = ? ORDER BY fid LIMIT 1", name).
		Scan(&s.Article.Name, &published, &s.Article.Text, &s.Article.BodyOffset)
	if err == nil && published.Valid {
		var d time.Time
		if d, err = time.Parse(time.DateOnly, published.String); err == nil {
			s.Article.Published = &d
		}
	}
	return s.Article, w.named(err)
}

package workspace

import (
	"database/sql"
	"encoding/json"

	"github.com/chronomap/chronomap/data/edit"
)

// SaveEdit stores e as the last edit, dropping those undone, as a new
// edit does in an edit.Log, and returns it with its ID.
func (w *Workspace) SaveEdit(e edit.Edit) (edit.Edit, error) {
	err := w.update(func(tx *sql.Tx) error {
		if _, err := tx.Exec("DELETE FROM edits WHERE undone"); err != nil {
			return err
		}
		whole, err := json.Marshal(e)
		if err != nil {
			return err
		}
		var parts struct{ Before, After json.RawMessage }
		json.Unmarshal(whole, &parts)
		res, err := tx.Exec("INSERT INTO edits (kind, event, who, at, before, after, edit) VALUES (?, ?, ?, ?, ?, ?, ?)",
			string(e.Kind), e.Event, e.Who, e.At.UTC().Format("2006-01-02T15:04:05.000Z"), nullJSON(parts.Before), nullJSON(parts.After), string(whole))
		if err == nil {
			e.ID, err = res.LastInsertId()
		}
		return err
	})
	return e, err
}

// nullJSON is raw as text, NULL when absent.
func nullJSON(raw json.RawMessage) any {
	if len(raw) == 0 {
		return nil
	}
	return string(raw)
}

// SetUndone marks the last n edits undone, and the others in force, as
// undoing and redoing in an edit.Log leaves them.
func (w *Workspace) SetUndone(n int) error {
	return w.update(func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE edits SET undone = (fid IN (SELECT fid FROM edits ORDER BY fid DESC LIMIT ?))`, n)
		return err
	})
}

// Edits is the log of the edits stored, the undone ones undone.
func (w *Workspace) Edits() (*edit.Log, error) {
	rows, err := w.db.Query("SELECT fid, edit, undone FROM edits ORDER BY fid")
	if err != nil {
		return nil, w.named(err)
	}
	defer rows.Close()
	var edits []edit.Edit
	undone := 0
	for rows.Next() {
		var id int64
		var text string
		var isUndone bool
		if err := rows.Scan(&id, &text, &isUndone); err != nil {
			return nil, w.named(err)
		}
		var e edit.Edit
		if err := json.Unmarshal([]byte(text), &e); err != nil {
			return nil, w.named(err)
		}
		e.ID = id
		edits = append(edits, e)
		if isUndone {
			undone++
		} else {
			undone = 0 // only the last edits may be undone
		}
	}
	return edit.NewLog(edits, undone), w.named(rows.Err())
}

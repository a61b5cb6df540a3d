package workspace

import "database/sql"

// SetState stores the window's state under key: its filters, its view,
// its playhead, as the window encodes them.
func (w *Workspace) SetState(key, value string) error {
	return w.update(func(tx *sql.Tx) error {
		_, err := tx.Exec("INSERT OR REPLACE INTO chronomap_state (key, value) VALUES (?, ?)", key, value)
		return err
	})
}

// State is the state stored under key, "" if none.
func (w *Workspace) State(key string) (string, error) {
	var v string
	err := w.db.QueryRow("SELECT value FROM chronomap_state WHERE key = ?", key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return v, w.named(err)
}

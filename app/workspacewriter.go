package app

import (
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/workspace"
)

// workspaceWriter writes into a workspace off the UI goroutine, one write
// after another in the order asked, so that an edit and its undo reach
// the file in the order they were made.
type workspaceWriter struct {
	jobs chan func() error
	done chan struct{}
}

func newWorkspaceWriter(failed func(error)) *workspaceWriter {
	q := &workspaceWriter{jobs: make(chan func() error, 256), done: make(chan struct{})}
	go func() {
		defer close(q.done)
		for job := range q.jobs {
			if err := job(); err != nil {
				failed(err)
			}
		}
	}()
	return q
}

// write queues job.
func (q *workspaceWriter) write(job func() error) { q.jobs <- job }

// close waits for the writes queued.
func (q *workspaceWriter) close() {
	close(q.jobs)
	<-q.done
}

// keepEdits writes into the workspace open, if any, the edit made last
// (nil for an undo or redo), which edits are undone, and the events that
// changed since before, the events as they were.
func (w *mainWindow) keepEdits(made *edit.Edit, before []event.Event) {
	ws := w.workspace
	if ws == nil || ws.ReadOnly() || w.writes == nil {
		return
	}
	undone := len(w.edits.Undone())
	after := w.events
	w.writes.write(func() error {
		if made != nil {
			if _, err := ws.SaveEdit(*made); err != nil {
				return err
			}
		} else if err := ws.SetUndone(undone); err != nil {
			return err
		}
		return ws.Republish(before, after)
	})
}

// writesTo starts the writer of workspace ws, closing the one before.
func (w *mainWindow) writesTo(ws *workspace.Workspace) {
	if w.writes != nil {
		w.writes.close()
		w.writes = nil
	}
	if ws != nil && !ws.ReadOnly() {
		w.writes = newWorkspaceWriter(func(err error) {
			w.do(func() { showError("Could not write into the workspace", err, w.win) })
		})
	}
}

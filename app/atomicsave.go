package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"github.com/chronomap/chronomap/data/atomicfile"
)

// Fyne's save dialog opens the chosen file for writing, emptying it, before
// it hands the file to the caller: an export that then failed would leave an
// empty file where the user's was. installAtomicSaves makes every writer of a
// local file write beside it and replace it only when closed, so that the
// dialog empties nothing.

// fileRepository is what Fyne's repository of local files does.
type fileRepository interface {
	repository.WritableRepository
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
	repository.DeleteAllRepository
}

// atomicSaves is Fyne's repository of local files with atomic writers.
type atomicSaves struct{ fileRepository }

// installAtomicSaves wraps the repository of file: URIs that the driver
// registered. Call it once the app exists, before any save dialog.
func installAtomicSaves() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return // no driver: nothing to save with
	}
	if fr, ok := r.(fileRepository); ok {
		if _, done := r.(atomicSaves); !done {
			repository.Register("file", atomicSaves{fr})
		}
	}
}

// Writer writes the file at u atomically: Close puts it in place.
func (r atomicSaves) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	f, err := atomicfile.Create(u.Path())
	if err != nil {
		return nil, err
	}
	return &atomicWriter{File: f, uri: u}, nil
}

// atomicWriter is a URIWriteCloser whose Close commits the file; Abort
// drops it and leaves the file as it was.
type atomicWriter struct {
	*atomicfile.File
	uri fyne.URI
}

func (w *atomicWriter) URI() fyne.URI { return w.uri }
func (w *atomicWriter) Close() error  { return w.Commit() }

// discard gives up a writer from the save dialog without changing its file,
// where the writer allows it.
func discard(w fyne.URIWriteCloser) {
	if a, ok := w.(interface{ Abort() error }); ok {
		a.Abort()
		return
	}
	w.Close()
}

package watch

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/chronomap/chronomap/data/article"
)

// watchTree watches the folder dir and the folders under it that are not
// hidden. Each is watched before its files are listed, so that a file
// made meanwhile is either listed or seen made; with arrived, the
// articles listed are taken in as changed: a folder moved or copied in
// brings its files with it, and fsnotify tells only of the folder. It
// returns why dir itself cannot be watched; what goes wrong under it is
// reported on Errors, but for folders gone meanwhile, which have nothing
// left to follow.
func (f *Folder) watchTree(dir string, arrived bool) error {
	walkFrom := dir
	if dir == f.root {
		walkFrom = f.walkRoot
	}
	now := time.Now()
	var failed error
	filepath.WalkDir(walkFrom, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(walkFrom, path)
		path = filepath.Join(dir, rel)
		if err == nil && rel != "." && article.Hidden(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if err == nil && d.IsDir() {
			err = f.notify.Add(path)
		}
		switch {
		case errors.Is(err, fs.ErrNotExist) && path != f.root:
			return nil
		case err != nil && path == dir:
			failed = explained(path, err)
			return filepath.SkipAll
		case errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EMFILE):
			f.fail(explained(path, err))
			return filepath.SkipAll // every other folder would fail so too
		case err != nil:
			f.fail(explained(path, err))
			return nil
		case d.IsDir():
			f.watched[path] = true
		case arrived && article.ArticleFile(d.Name()):
			f.changed[path] = now
		}
		return nil
	})
	return failed
}

// unwatch stops watching the folder at path, gone or moved away, and the
// folders under it: a watch moved with its folder would name its files
// where they no longer are. The watches of a folder removed are gone
// with it already.
func (f *Folder) unwatch(path string) {
	if !f.watched[path] {
		return
	}
	for dir := range f.watched {
		if dir == path || strings.HasPrefix(dir, path+string(filepath.Separator)) {
			f.notify.Remove(dir) // an error says it was gone already
			delete(f.watched, dir)
		}
	}
}

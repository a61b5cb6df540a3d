package article

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// StdinPath is the path that stands for standard input; an article read
// from it is named StdinName.
const (
	StdinPath = "-"
	StdinName = "stdin"
)

// Input is one article to read, or why a path gives none.
type Input struct {
	Path string // to open, and to name in errors; "NAME:LINE" for a line of JSON Lines
	Name string // the article's name: the base name, the path in its folder, StdinName, or a line's "id"
	Err  error  // why there is no article to read (a *ReadError), or nil
	// Given is the article itself when it was read already, as from a
	// workspace; Read then returns it.
	Given *Article
}

// Inputs lists the articles of paths lazily, in order. A path is a file,
// whatever its name; a folder, for the regular *.txt files under it,
// recursively, in lexical order, skipping names that start with a dot; or
// StdinPath. A path that cannot be read, or a *.txt in a folder that is a
// named pipe, a socket or a device, is an Input with Err.
func Inputs(paths []string) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		for _, path := range paths {
			if path == StdinPath {
				if !yield(Input{Path: path, Name: StdinName}) {
					return
				}
				continue
			}
			info, err := os.Stat(path)
			switch {
			case err != nil:
				if !yield(Input{Path: path, Err: &ReadError{Name: path, Err: bareError(err)}}) {
					return
				}
			case info.IsDir():
				if !walkFolder(path, yield) {
					return
				}
			default:
				// A file named on its own is read whatever it is: a pipe
				// given by the shell (<(...)) is one.
				if !yield(Input{Path: path, Name: filepath.Base(path)}) {
					return
				}
			}
		}
	}
}

// CountInputs is how many Inputs paths gives. It walks the folders without
// reading a file, and stops early, returning ctx's error, when ctx is done.
func CountInputs(ctx context.Context, paths []string) (int, error) {
	n := 0
	for range Inputs(paths) {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// walkFolder yields the *.txt files under root in lexical order, and the
// folders that cannot be read; it returns false when yield does.
func walkFolder(root string, yield func(Input) bool) bool {
	// WalkDir does not follow a root that is a symbolic link to a folder.
	real := root
	if r, err := filepath.EvalSymlinks(root); err == nil {
		real = r
	}
	stopped := false
	filepath.WalkDir(real, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(real, path)
		path = filepath.Join(root, rel)
		if err != nil {
			if stopped = !yield(Input{Path: path, Err: &ReadError{Name: path, Err: bareError(err)}}); stopped {
				return filepath.SkipAll
			}
			return nil
		}
		if rel != "." && Hidden(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !ArticleFile(d.Name()) {
			return nil
		}
		in := Input{Path: path, Name: filepath.ToSlash(rel)}
		if err := regular(path, d); err != nil {
			in.Err = &ReadError{Name: path, Err: err}
		}
		if stopped = !yield(in); stopped {
			return filepath.SkipAll
		}
		return nil
	})
	return !stopped
}

// Hidden says whether the entry of a folder named name is left out of it:
// a name that starts with a dot, as .git or an editor's swap file
// (.article.txt.swp). Inputs enters no hidden folder.
func Hidden(name string) bool { return strings.HasPrefix(name, ".") }

// ArticleFile says whether the file of a folder named name is one of its
// articles: a *.txt file, in any case, that is not hidden. An editor's
// backup (article.txt~, #article.txt#) is not one.
func ArticleFile(name string) bool {
	return !Hidden(name) && strings.EqualFold(filepath.Ext(name), ".txt")
}

// ErrNotRegular is a file in a folder that is no regular file: reading a
// named pipe would wait for a writer that may never come, and a device may
// never end.
var ErrNotRegular = errors.New("not a regular file")

// regular says why the folder entry d at path is not a regular file, or
// returns nil. A symbolic link is judged by what it points to; one to a
// folder is skipped, as WalkDir does not follow it.
func regular(path string, d fs.DirEntry) error {
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := os.Stat(path)
		if err != nil {
			return bareError(err)
		}
		mode = info.Mode().Type()
	}
	switch {
	case mode.IsRegular():
		return nil
	case mode&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w (a named pipe), skipped", ErrNotRegular)
	case mode&fs.ModeSocket != 0:
		return fmt.Errorf("%w (a socket), skipped", ErrNotRegular)
	case mode&fs.ModeDevice != 0:
		return fmt.Errorf("%w (a device), skipped", ErrNotRegular)
	}
	return fmt.Errorf("%w, skipped", ErrNotRegular)
}

// Read reads the article of in, which must have no Err; stdin is read for
// StdinPath. A done ctx stops a read that waits (on a pipe), with ctx's error.
func (in Input) Read(ctx context.Context, stdin io.Reader) (Article, error) {
	if in.Given != nil {
		return *in.Given, nil
	}
	if in.Path == StdinPath {
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		return ReadArticle(StdinName, stdin)
	}
	b, err := readFile(ctx, in.Path, MaxArticleSize)
	if err != nil {
		return Article{}, &ReadError{Name: in.Path, Err: bareError(err)}
	}
	a, err := parse(in.Path, b)
	a.Name = in.Name
	return a, err
}

package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"github.com/fsnotify/fsnotify"
)

// ErrFolderGone is the error of a folder followed that was removed or
// moved away: nothing in it can be reported any more, and the watching
// ends.
var ErrFolderGone = errors.New("the folder was removed or moved away; it is no longer followed")

// explained is err, met watching folder, in words a user can act on: the
// system's limits are named, with the setting that raises them, and
// "no space left on device" is not left to stand for a full disk.
func explained(folder string, err error) error {
	// err may name the folder again: "stat news: no such file or directory".
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, syscall.ENOSPC):
		// inotify_add_watch's error once a user has max_user_watches.
		return fmt.Errorf("%s: not followed: the system's limit on watched folders is reached (raise fs.inotify.max_user_watches)", folder)
	case errors.Is(err, syscall.EMFILE):
		// inotify_init's once a user has max_user_instances; kqueue's
		// once the process has as many files open as it may.
		return fmt.Errorf("%s: not followed: the system's limit on watches or open files is reached (raise fs.inotify.max_user_instances, or ulimit -n)", folder)
	case errors.Is(err, fsnotify.ErrEventOverflow):
		return fmt.Errorf("%s: too many changes at once; some may have been missed (add the folder again to read them)", folder)
	}
	return fmt.Errorf("%s: %w", folder, err)
}

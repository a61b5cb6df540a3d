package animation

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"

	"github.com/chronomap/chronomap/data/atomicfile"
)

// WritePNGs writes the animation's frames as PNG files, in full colour,
// into the folder dir: frame-0001.png, frame-0002.png… for a video tool
// (ffmpeg -framerate SPEED/STEP -i frame-%04d.png). dir must be new or
// empty, so that no earlier frames mix with these. The frames go into a
// temporary folder beside it, .DIR.NUMBER.tmp, which becomes dir only once
// every frame is written: a run that fails, is cancelled or is stopped by a
// signal leaves nothing (see atomicfile.CreateDir).
// Errors name dir.
func WritePNGs(ctx context.Context, dir string, src Source, o Options) error {
	fr, err := newFrames(src, o)
	if err != nil {
		return err
	}
	if err := checkEmptyFolder(dir); err != nil {
		return err
	}
	out, err := atomicfile.CreateDir(dir)
	if err != nil {
		return fmt.Errorf("%s: %w", dir, unwrapPath(err))
	}
	defer out.Abort() // nothing once it is committed
	tmp := out.Path()
	n := len(fr.heads)
	digits := max(4, len(strconv.Itoa(n)))
	write := func(ctx context.Context, k int) (struct{}, error) {
		if err := ctx.Err(); err != nil {
			return struct{}{}, err
		}
		img, err := fr.draw(k)
		if err != nil {
			return struct{}{}, err
		}
		name := fmt.Sprintf("frame-%0*d.png", digits, k+1)
		if err := writePNG(filepath.Join(tmp, name), img); err != nil {
			return struct{}{}, fmt.Errorf("%s: %w", name, unwrapPath(err))
		}
		return struct{}{}, nil
	}
	progress := func(k int, _ struct{}) error {
		if o.Progress != nil {
			o.Progress(k+1, n)
		}
		return nil
	}
	if err := inOrder(ctx, n, runtime.GOMAXPROCS(0), write, progress); err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	if err := out.Commit(); err != nil {
		return fmt.Errorf("%s: %w", dir, unwrapPath(err))
	}
	return nil
}

// checkEmptyFolder says why dir cannot take the frames: it is a file, or a
// folder with something in it, or its parent folder is missing.
func checkEmptyFolder(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if _, err := os.Stat(filepath.Dir(dir)); err != nil {
			return fmt.Errorf("%s: %w", dir, unwrapPath(err))
		}
		return nil
	case err != nil:
		return fmt.Errorf("%s: %w", dir, unwrapPath(err))
	case !info.IsDir():
		return fmt.Errorf("%s: not a folder; the frames go into a new or empty folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("%s: %w", dir, unwrapPath(err))
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s: not empty; the frames go into a new or empty folder", dir)
	}
	return nil
}

// writePNG writes a frame into the temporary folder.
func writePNG(path string, img *image.RGBA) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(f, img)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// unwrapPath is err without the path an *fs.PathError adds, for an error
// that names its path itself.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

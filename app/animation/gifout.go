package animation

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"runtime"

	"github.com/chronomap/chronomap/data/atomicfile"
)

// WriteGIF writes the animation to path as an animated GIF, replacing the
// file only once it is whole: when the run fails or ctx is cancelled, an
// existing file is left as it was. Errors name path.
func WriteGIF(ctx context.Context, path string, src Source, o Options) error {
	f, err := atomicfile.Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := EncodeGIF(ctx, f, src, o); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Commit()
}

// EncodeGIF writes the animation to w as an animated GIF that loops, a
// frame at a time as the frames are drawn, on every core. It returns ctx's
// error, having written part of it, when ctx is done first.
func EncodeGIF(ctx context.Context, w io.Writer, src Source, o Options) error {
	fr, err := newFrames(src, o)
	if err != nil {
		return err
	}
	ref, err := fr.reference()
	if err != nil {
		return err
	}
	pal := newPalette(ref)
	width := ref.Rect.Dx()
	bw := bufio.NewWriter(w)
	if err := writeGIFStart(bw, ref.Rect.Size(), pal.colours); err != nil {
		return err
	}
	ref = nil // the frames are drawn in its place
	n := len(fr.heads)
	wait := delays(n, Step(o.Mode), o.Speed)
	// indexed[k] is frame k in the palette's indices, which frame k+1 is
	// stored against; done[k] is closed once it is set.
	indexed := make([][]uint8, n)
	done := make([]chan struct{}, n)
	for k := range done {
		done[k] = make(chan struct{})
	}
	encode := func(ctx context.Context, k int) ([]byte, error) {
		img, err := fr.draw(k)
		if err != nil {
			return nil, err
		}
		indexed[k] = pal.indexed(img)
		close(done[k])
		var prev []uint8
		if k > 0 {
			select {
			case <-done[k-1]:
				prev = indexed[k-1]
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		return gifFrame(indexed[k], prev, width, wait[k]), nil
	}
	write := func(k int, frame []byte) error {
		if k > 0 {
			indexed[k-1] = nil // frame k, the last to need it, is written
		}
		if _, err := bw.Write(frame); err != nil {
			return err
		}
		if o.Progress != nil {
			o.Progress(k+1, n)
		}
		return nil
	}
	if err := inOrder(ctx, n, runtime.GOMAXPROCS(0), encode, write); err != nil {
		return err
	}
	if err := bw.WriteByte(gifTrailer); err != nil {
		return err
	}
	return bw.Flush()
}

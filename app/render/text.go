package render

import (
	"image"
	"image/color"
	"image/draw"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Style is how a piece of text is drawn.
type Style struct {
	Size  float64     // in pixels
	Bold  bool        //
	Color color.Color //
	// Halo, when not nil, is drawn around the glyphs so that labels stay
	// legible over borders, rivers and markers.
	Halo color.Color
}

// faceKey identifies a cached font face.
type faceKey struct {
	size float64
	bold bool
}

var (
	fontsOnce    sync.Once
	regular      *opentype.Font
	bold         *opentype.Font
	facesMu      sync.Mutex
	faces        = map[faceKey]font.Face{}
	errNoGoFonts error
)

// face returns the Go font face for a size, parsed and cached on first use:
// a face caches glyph masks, so sharing it makes labels cheap to redraw.
// Faces are not safe for concurrent use, so callers hold facesMu.
func face(size float64, isBold bool) font.Face {
	fontsOnce.Do(func() {
		regular, errNoGoFonts = opentype.Parse(goregular.TTF)
		if errNoGoFonts == nil {
			bold, errNoGoFonts = opentype.Parse(gobold.TTF)
		}
	})
	if errNoGoFonts != nil {
		panic("render: the embedded Go fonts do not parse: " + errNoGoFonts.Error())
	}
	k := faceKey{size, isBold}
	if f, ok := faces[k]; ok {
		return f
	}
	src := regular
	if isBold {
		src = bold
	}
	f, err := opentype.NewFace(src, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		panic("render: " + err.Error())
	}
	faces[k] = f
	return f
}

// MeasureText is the size in pixels of s drawn in st: its advance width,
// and its ascent and descent from the baseline.
func MeasureText(s string, st Style) (width, ascent, descent int) {
	facesMu.Lock()
	defer facesMu.Unlock()
	f := face(st.Size, st.Bold)
	m := f.Metrics()
	return font.MeasureString(f, s).Ceil(), m.Ascent.Ceil(), m.Descent.Ceil()
}

// DrawText draws s with its baseline starting at (x, y).
func DrawText(dst draw.Image, x, y int, s string, st Style) {
	facesMu.Lock()
	defer facesMu.Unlock()
	d := font.Drawer{Dst: dst, Face: face(st.Size, st.Bold)}
	if st.Halo != nil {
		d.Src = image.NewUniform(st.Halo)
		for _, o := range [][2]int{{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}} {
			d.Dot = fixed.P(x+o[0], y+o[1])
			d.DrawString(s)
		}
	}
	d.Src = image.NewUniform(st.Color)
	d.Dot = fixed.P(x, y)
	d.DrawString(s)
}

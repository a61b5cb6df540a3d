package render

import (
	"image"
	"image/color"
	"testing"
)

func TestDrawTextInksWhereMeasured(t *testing.T) {
	st := Style{Size: 14, Color: color.Black, Halo: color.White}
	w, asc, desc := MeasureText("Stepanakert", st)
	if w < 50 || asc < 8 || desc < 1 {
		t.Fatalf("MeasureText = %d, %d, %d: implausible for 14 px text", w, asc, desc)
	}
	img := image.NewRGBA(image.Rect(0, 0, 200, 40))
	DrawText(img, 10, 25, "Stepanakert", st)
	var dark, outside int
	for y := 0; y < 40; y++ {
		for x := 0; x < 200; x++ {
			if r, _, _, a := img.At(x, y).RGBA(); a > 0 && r < 0x4000 {
				dark++
				if x < 9 || x > 11+w || y < 25-asc-1 || y > 25+desc+1 {
					outside++
				}
			}
		}
	}
	if dark < 50 {
		t.Errorf("only %d dark pixels: the text was not drawn", dark)
	}
	if outside > 0 {
		t.Errorf("%d dark pixels outside the measured box", outside)
	}
}

// Package render draws Chronomap's views into images: the basemap, the
// events and their labels for a map viewport. It knows nothing of Fyne, so
// that every frame can be tested against golden images and benchmarked
// without a display; the widgets in app only show what it draws.
//
// Coordinates on the map are Web Mercator metres (EPSG:3857), as
// orb/project gives them; a Viewport turns them into pixels. Sizes of
// markers, lines and text are in units, which a Viewport's PixelScale turns
// into pixels, so that a high-density screen gets a frame of its own pixels
// that looks the same, only sharper.
package render

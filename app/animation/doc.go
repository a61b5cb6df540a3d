// Package animation writes the map playing through a range of days: an
// animated GIF, or a folder of numbered PNG frames for video tools. A frame
// is the figure that app/render draws (the map, the legend, the scale bar,
// the credits) of what the timeline shows with its playhead on one day in
// one window mode, captioned with its days; the playhead steps by the
// mode's window (see Playheads).
//
// Frames are drawn on every core and written in order as they are done,
// so that an animation of any length holds only a few frames in memory.
// Every frame of a GIF uses one palette, chosen once from a figure of all
// the animation's events (see newPalette), so that a colour never changes
// from frame to frame; a frame after the first stores only the pixels that
// changed. Output goes to a temporary file or folder that takes the
// target's place only once it is whole: a cancelled or failed run leaves
// nothing behind.
//
// The package knows nothing of Fyne; the window's Export ▸ Animation… and
// `chronomap --animate` both call it.
package animation

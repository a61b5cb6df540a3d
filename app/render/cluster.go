package render

import (
	"math"
	"slices"

	"github.com/chronomap/chronomap/data/event"
)

// Markers that would overlap are drawn as one cluster showing their count.
// Events are first binned into square cells of the world's pixel grid, so
// that a frame costs one pass over the events, cheap even for millions, and
// the cells do not move as the map pans; then each cell, the fullest first,
// takes in the neighbouring cells whose markers would overlap its own.
// The sizes are in units: a view's PixelScale multiplies them into pixels.
const (
	cellSize     = 48 // units
	markerRadius = 6  // a single event's marker
	// maxClusterRadius keeps a cluster inside its cell's reach, so that the
	// clusters of an evenly dense area touch but do not pile up.
	maxClusterRadius = 22
)

// clusterRadius is the radius in pixels, at scale pixels per unit, of the
// marker of n events. It grows slowly with the count, so that a thousand
// events read as more than ten without hiding the map. It comes in half
// pixels, so that a few dozen sprites serve all counts.
func clusterRadius(n int, scale float64) float64 {
	if n == 1 {
		return markerRadius * scale
	}
	return math.Round(2*scale*math.Min(maxClusterRadius, 8+3*math.Log10(float64(n)))) / 2
}

// A Cluster is one marker of a frame: a single event, or several events
// whose markers would overlap.
type Cluster struct {
	X, Y  float64 // centre in the frame's pixels: the event's position, or the members' mean
	R     float64 // radius in pixels
	Count int
	// Event is the single event's index when Count is 1, else the first
	// member's.
	Event int
	// look is the members' type when most of them share one, else
	// lookMixed; exact when every member is, and region when every member
	// is placed only by its region.
	look markerLook
}

// cell sums up the events in one cell of the grid.
type cell struct {
	n, first, exact, region int32
	sx, sy                  float64
	types                   [event.NumTypes]int32 // by type
}

func (c *cell) add(o *cell) {
	c.n += o.n
	c.exact += o.exact
	c.region += o.region
	c.sx += o.sx
	c.sy += o.sy
	c.first = min(c.first, o.first)
	for t := range c.types {
		c.types[t] += o.types[t]
	}
}

func (c *cell) centre() (x, y float64) { return c.sx / float64(c.n), c.sy / float64(c.n) }

// grid places a viewport's pixels on the world's grid of cells, with a
// margin so that markers just outside the view still show their part in it.
type grid struct {
	nx, ny     int
	offX, offY float64 // a view pixel's offset from the corner of its grid cell
	originX    float64 // the view's left edge, in world pixels
	originY    float64 // the view's top edge, in world pixels (y down)
	scale      float64 // pixels per Web Mercator metre
	width      float64
	height     float64
	pixels     float64 // pixels per unit of size
	cell       float64 // cellSize in pixels
	margin     float64 // gridMargin in pixels
}

const gridMargin = maxClusterRadius + 2

func newGrid(v Viewport) grid {
	s := v.Scale()
	g := grid{scale: s, width: float64(v.Width), height: float64(v.Height), pixels: v.pixels()}
	g.cell, g.margin = cellSize*g.pixels, gridMargin*g.pixels
	g.originX = v.Center[0]*s - g.width/2
	g.originY = -v.Center[1]*s - g.height/2
	gx0 := math.Floor((g.originX - g.margin) / g.cell)
	gy0 := math.Floor((g.originY - g.margin) / g.cell)
	g.offX = g.originX - gx0*g.cell
	g.offY = g.originY - gy0*g.cell
	g.nx = int(math.Floor((g.originX+g.width+g.margin)/g.cell)-gx0) + 1
	g.ny = int(math.Floor((g.originY+g.height+g.margin)/g.cell)-gy0) + 1
	return g
}

// pixel is where Web Mercator (x, y) falls in the view.
func (g *grid) pixel(x, y float64) (px, py float64) {
	return x*g.scale - g.originX, -y*g.scale - g.originY
}

// cellOf is the cell of view pixel (px, py), or -1 outside the view and
// its margin (and for NaN, an event with no place).
func (g *grid) cellOf(px, py float64) int {
	if !(px >= -g.margin && px < g.width+g.margin && py >= -g.margin && py < g.height+g.margin) {
		return -1
	}
	return int((py+g.offY)/g.cell)*g.nx + int((px+g.offX)/g.cell)
}

// clusterer holds the scratch space of clustering, reused frame to frame.
type clusterer struct {
	cells []cell
	full  []int32 // the cells with events
}

// cluster bins the events in view that the gate lets through, and merges
// overlapping markers. It returns the clusters and, for each cell of g,
// the cluster that took it.
func (c *clusterer) cluster(e *Events, g grid, gate eventGate) ([]Cluster, []int32) {
	n := g.nx * g.ny
	c.cells = slices.Grow(c.cells[:0], n)[:n]
	clear(c.cells)
	c.full = c.full[:0]
	for i := range e.x {
		px, py := g.pixel(float64(e.x[i]), float64(e.y[i]))
		k := g.cellOf(px, py)
		if k < 0 || gate.excludes(e, i) {
			continue
		}
		cl := &c.cells[k]
		if cl.n == 0 {
			c.full = append(c.full, int32(k))
			cl.first = int32(i)
		}
		cl.n++
		cl.sx += px
		cl.sy += py
		look := e.look[i]
		cl.types[look&^lookFlags]++
		if look&lookExact != 0 {
			cl.exact++
		}
		if look&lookRegion != 0 {
			cl.region++
		}
	}
	// The fullest cells first, so that a dense cell takes in the stray
	// markers around it rather than the other way round; then by position,
	// so that a frame is always drawn the same.
	slices.SortFunc(c.full, func(a, b int32) int {
		if d := c.cells[b].n - c.cells[a].n; d != 0 {
			return int(d)
		}
		return int(a - b)
	})
	owner := make([]int32, n)
	for i := range owner {
		owner[i] = -1
	}
	clusters := make([]Cluster, 0, len(c.full))
	for _, k := range c.full {
		if owner[k] >= 0 {
			continue
		}
		id := int32(len(clusters))
		owner[k] = id
		sum := c.cells[k]
		c.takeNeighbours(&sum, int(k), g, owner, id)
		clusters = append(clusters, clusterOf(&sum, g.pixels))
	}
	return clusters, owner
}

// takeNeighbours adds to sum the cells around cell k whose markers would
// overlap it.
func (c *clusterer) takeNeighbours(sum *cell, k int, g grid, owner []int32, id int32) {
	kx, ky := k%g.nx, k/g.nx
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			x, y := kx+dx, ky+dy
			if x < 0 || y < 0 || x >= g.nx || y >= g.ny {
				continue
			}
			j := y*g.nx + x
			nb := &c.cells[j]
			if nb.n == 0 || owner[j] >= 0 {
				continue
			}
			ax, ay := sum.centre()
			bx, by := nb.centre()
			if dist(ax, ay, bx, by) < clusterRadius(int(sum.n), g.pixels)+clusterRadius(int(nb.n), g.pixels) {
				owner[j] = id
				sum.add(nb)
			}
		}
	}
}

func clusterOf(s *cell, pixels float64) Cluster {
	x, y := s.centre()
	c := Cluster{X: x, Y: y, R: clusterRadius(int(s.n), pixels), Count: int(s.n), Event: int(s.first)}
	c.look = lookMixed
	for t, n := range s.types {
		if 3*n >= 2*s.n {
			c.look = markerLook(t)
		}
	}
	if s.exact == s.n {
		c.look |= lookExact
	}
	if s.region == s.n {
		c.look |= lookRegion
	}
	return c
}

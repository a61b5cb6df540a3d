package main

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"
)

// maxLat is the latitude where the Web Mercator square ends; Antarctica's
// land runs to the pole, which Mercator puts at infinity.
const maxLat = 85.05112878

// mercator projects a longitude/latitude point to Web Mercator metres.
func mercator(p orb.Point) orb.Point {
	p[1] = max(-maxLat, min(maxLat, p[1]))
	return project.Point(p, project.WGS84.ToMercator)
}

// projected is a geometry's copy in Web Mercator metres.
func projected(g orb.Geometry) orb.Geometry {
	g = orb.Clone(g)
	switch g := g.(type) {
	case orb.Point:
		return mercator(g)
	case orb.LineString:
		projectPoints(g)
	case orb.MultiLineString:
		for _, ls := range g {
			projectPoints(ls)
		}
	case orb.Polygon:
		projectPolygon(g)
	case orb.MultiPolygon:
		for _, p := range g {
			projectPolygon(p)
		}
	}
	return g
}

func projectPolygon(p orb.Polygon) {
	for _, r := range p {
		projectPoints(r)
	}
}

func projectPoints(ps []orb.Point) {
	for i := range ps {
		ps[i] = mercator(ps[i])
	}
}

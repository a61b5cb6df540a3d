package main

import (
	"math"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/chronomap/chronomap/geo/internal/naturalearth"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
)

// readLabels collects the labels of every kind.
func readLabels(in inputs) ([]basemap.Label, error) {
	var out []basemap.Label
	for _, read := range []func(inputs) ([]basemap.Label, error){countryLabels, disputedLabels, cityLabels, seaLabels, physicalLabels, peakLabels} {
		ls, err := read(in)
		if err != nil {
			return nil, err
		}
		out = append(out, ls...)
	}
	in.logf("labels: %d", len(out))
	return out, nil
}

// countryLabels names the countries of the 1:50m layer at their label
// points, shown from a little before Natural Earth's MIN_LABEL (at the
// continental zooms where a country fills a few hundred pixels) to a
// little past MAX_LABEL.
func countryLabels(in inputs) ([]basemap.Label, error) {
	countries, err := naturalearth.Read(in.naturalEarth("50m", "ne_50m_admin_0_countries"))
	if err != nil {
		return nil, err
	}
	points, err := naturalearth.Read(in.naturalEarth("10m", "ne_10m_admin_0_label_points"))
	if err != nil {
		return nil, err
	}
	var out []basemap.Label
	for _, f := range countries.Features {
		p := f.Properties
		largest, ok := naturalearth.LargestPolygon(f.Geometry)
		text := labelText(p.MustString("NAME", ""), p.MustString("NAME_LONG", ""))
		if !ok || text == "" {
			continue
		}
		pt, ok := naturalearth.CountryLabelPoint(points, p.MustString("ADM0_A3", ""), largest)
		if !ok {
			pt = naturalearth.InteriorPoint(largest)
		}
		main := basemap.Label{
			Text: text, Kind: basemap.CountryLabel, Point: mercator(pt),
			MinZoom: max(0, p.MustFloat64("MIN_LABEL", 3)-1.5), MaxZoom: p.MustFloat64("MAX_LABEL", 8) + 2,
		}
		out = append(out, main)
		out = append(out, repeatLabels(main, largest)...)
	}
	return out, nil
}

// repeatStep is the spacing, in degrees, of a country's repeated labels.
const repeatStep = 4

// repeatZoom is the zoom from which a country's name is repeated across
// it: from there on a view of a region often misses the country's label
// point (Iran's and Turkey's are far from the Caucasus). At that zoom
// repeatStep degrees are some 360 pixels.
const repeatZoom = 5.5

// repeatLabels are more labels for a large country, at the points of a
// repeatStep-degree lattice inside its largest polygon, shown from
// repeatZoom on; the map draws a name once a frame, so a view shows the
// first of them that fits.
func repeatLabels(main basemap.Label, largest orb.Polygon) []basemap.Label {
	b := largest.Bound()
	var out []basemap.Label
	for lat := math.Floor(b.Min.Lat()/repeatStep)*repeatStep + repeatStep/2.0; lat < b.Max.Lat(); lat += repeatStep {
		for lon := math.Floor(b.Min.Lon()/repeatStep)*repeatStep + repeatStep/2.0; lon < b.Max.Lon(); lon += repeatStep {
			if pt := (orb.Point{lon, lat}); naturalearth.Contains(largest, pt) {
				l := main
				l.Point, l.MinZoom = mercator(pt), max(main.MinZoom, repeatZoom)
				out = append(out, l)
			}
		}
	}
	return out
}

// disputedLabels names the breakaway and disputed areas the map hatches,
// at their label points (else inside their largest polygon).
func disputedLabels(in inputs) ([]basemap.Label, error) {
	areas, err := naturalearth.Read(in.naturalEarth("10m", "ne_10m_admin_0_disputed_areas"))
	if err != nil {
		return nil, err
	}
	points, err := naturalearth.Read(in.naturalEarth("10m", "ne_10m_admin_0_label_points"))
	if err != nil {
		return nil, err
	}
	at := map[string]orb.Point{}
	for _, f := range points.Features {
		if pt, ok := f.Geometry.(orb.Point); ok && f.Properties.MustString("featurecla", "") == "Admin-0 breakaway and disputed" {
			at[f.Properties.MustString("sr_brk_a3", "")] = pt
		}
	}
	var out []basemap.Label
	for _, f := range areas.Features {
		p := f.Properties
		largest, ok := naturalearth.LargestPolygon(f.Geometry)
		text := labelText(p.MustString("BRK_NAME", ""))
		if !isDisputed(p) || !ok || text == "" {
			continue
		}
		pt, ok := at[p.MustString("BRK_A3", "")]
		if !ok {
			pt = naturalearth.InteriorPoint(largest)
		}
		out = append(out, basemap.Label{
			Text: text, Kind: basemap.DisputedLabel, Point: mercator(pt),
			MinZoom: max(disputedZoom(p)+1, p.MustFloat64("MIN_LABEL", 6)-1),
		})
	}
	return out, nil
}

// cityFixes corrects Natural Earth 4.0.0 populated places that would show
// wrongly on the map, by name and feature class.
var cityFixes = map[[2]string]func(*basemap.Label){
	// "Agdam" is a point in Tovuz, in the north-west of Azerbaijan, where
	// a village of that name lies; the historic place Natural Earth means
	// is the ruined town of Aghdam, 39.99 N 46.93 E (Wikipedia, "Aghdam").
	{"Agdam", "Historic place"}: func(l *basemap.Label) {
		l.Text = "Aghdam"
		l.Point = mercator(orb.Point{46.9306, 39.9933})
	},
}

// cityLabels names the populated places, shown from a zoom that grows with
// their scale rank, capitals a level earlier. Research stations are left
// out: they crowd Antarctica and say nothing about a conflict.
func cityLabels(in inputs) ([]basemap.Label, error) {
	places, err := naturalearth.Read(in.naturalEarth("10m", "ne_10m_populated_places"))
	if err != nil {
		return nil, err
	}
	var out []basemap.Label
	for _, f := range places.Features {
		p := f.Properties
		class := p.MustString("FEATURECLA", "")
		pt, ok := f.Geometry.(orb.Point)
		text := labelText(p.MustString("NAME_EN", ""), p.MustString("NAME", ""), p.MustString("NAMEASCII", ""))
		if !ok || text == "" || class == "Scientific station" || class == "Meteorological Station" {
			continue
		}
		l := basemap.Label{Text: text, Kind: basemap.CityLabel, Point: mercator(pt), MinZoom: 1.5 + 0.6*p.MustFloat64("SCALERANK", 10)}
		if class == "Admin-0 capital" {
			l.Kind = basemap.CapitalLabel
			l.MinZoom--
		}
		if fix := cityFixes[[2]string{p.MustString("NAME", ""), class}]; fix != nil {
			fix(&l)
		}
		out = append(out, l)
	}
	return dropRepeats(out), nil
}

// repeatDistance is how close, in Web Mercator metres, two places of one
// name are taken to be the same town: Natural Earth has some twice (Aktau,
// as a city and as a port a few kilometres away).
const repeatDistance = 30000

// dropRepeats keeps, of the labels with the same text close together, the
// one shown first (the first in the list if they tie).
func dropRepeats(labels []basemap.Label) []basemap.Label {
	byText := map[string][]int{}
	drop := make([]bool, len(labels))
	for i, l := range labels {
		for _, j := range byText[l.Text] {
			if drop[j] || planar.Distance(l.Point, labels[j].Point) > repeatDistance {
				continue
			}
			if l.MinZoom < labels[j].MinZoom {
				drop[j] = true
			} else {
				drop[i] = true
			}
		}
		byText[l.Text] = append(byText[l.Text], i)
	}
	out := labels[:0]
	for i, l := range labels {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return out
}

// seaLabels names oceans, seas, gulfs and bays inside their largest
// polygon, shown as Natural Earth's min_label and max_label say.
func seaLabels(in inputs) ([]basemap.Label, error) {
	return areaLabels(in, "ne_10m_geography_marine_polys", basemap.SeaLabel, func(p geojson.Properties) bool { return true })
}

// physicalLabels names mountain ranges, plateaus and peninsulas of the
// physical regions layer (not its islands and deserts' smaller parts).
func physicalLabels(in inputs) ([]basemap.Label, error) {
	return areaLabels(in, "ne_10m_geography_regions_polys", basemap.PhysicalLabel, func(p geojson.Properties) bool {
		switch p.MustString("featurecla", "") {
		case "Range/mtn", "Peninsula", "Pen/cape", "Plateau", "Desert", "Plain", "Lowland", "Basin", "Valley", "Depression":
			return p.MustFloat64("min_label", 10) <= 7
		}
		return false
	})
}

// areaLabels names the features of a polygon layer inside their largest
// polygon, shown from a zoom before min_label to a little past max_label.
func areaLabels(in inputs, file string, kind basemap.LabelKind, keep func(geojson.Properties) bool) ([]basemap.Label, error) {
	fc, err := naturalearth.Read(in.naturalEarth("10m", file))
	if err != nil {
		return nil, err
	}
	var out []basemap.Label
	for _, f := range fc.Features {
		p := f.Properties
		largest, ok := naturalearth.LargestPolygon(f.Geometry)
		text := labelText(p.MustString("name", ""))
		if !ok || text == "" || !keep(p) {
			continue
		}
		out = append(out, basemap.Label{
			Text: text, Kind: kind, Point: mercator(naturalearth.InteriorPoint(largest)),
			MinZoom: max(0, p.MustFloat64("min_label", 5)-1), MaxZoom: p.MustFloat64("max_label", 8) + 1.5,
		})
	}
	return out, nil
}

// peakLabels names mountain peaks, a zoom level before Natural Earth's
// min_zoom.
func peakLabels(in inputs) ([]basemap.Label, error) {
	fc, err := naturalearth.Read(in.naturalEarth("10m", "ne_10m_geography_regions_elevation_points"))
	if err != nil {
		return nil, err
	}
	var out []basemap.Label
	for _, f := range fc.Features {
		p := f.Properties
		pt, ok := f.Geometry.(orb.Point)
		text := labelText(p.MustString("name", ""))
		if !ok || text == "" {
			continue
		}
		out = append(out, basemap.Label{Text: text, Kind: basemap.PeakLabel, Point: mercator(pt), MinZoom: max(0, p.MustFloat64("min_zoom", 7)-1)})
	}
	return out, nil
}

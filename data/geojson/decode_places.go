package geojson

import (
	"errors"
	"fmt"
	"io"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// DecodePlaces reads a places layer written by Chronomap (see EncodePlaces).
func DecodePlaces(r io.Reader) ([]event.PlaceMentions, error) {
	features, err := readFeatures(r)
	if err != nil {
		return nil, err
	}
	out := make([]event.PlaceMentions, 0, len(features))
	for i, f := range features {
		pm, err := placeMentionsOf(f)
		if err != nil {
			return nil, f.errorAt(i, err)
		}
		out = append(out, pm)
	}
	return out, nil
}

func placeMentionsOf(f rawFeature) (event.PlaceMentions, error) {
	at, err := decodePoint(f.Geometry)
	if err != nil {
		return event.PlaceMentions{}, err
	}
	var p placeProperties
	if err := decodeProperties(f.Properties, &p); err != nil {
		return event.PlaceMentions{}, err
	}
	if p.Source == "" {
		return event.PlaceMentions{}, errors.New("no source")
	}
	kind, ok := geo.ParseKind(p.Kind)
	if !ok {
		return event.PlaceMentions{}, fmt.Errorf("kind %q is not country, region, city or feature", p.Kind)
	}
	place := decodedPlace(p.placeFields, kind, at)
	pm := event.PlaceMentions{Source: p.Source, Place: place}
	for _, m := range p.Mentions {
		pm.Mentions = append(pm.Mentions, geo.Mention{Text: m.Text, Start: m.Start, End: m.End, Place: place})
	}
	return pm, nil
}

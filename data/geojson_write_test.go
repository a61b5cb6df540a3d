package data

import (
	"encoding/json"
	"testing"
)

// The hand-written encoder must write what encoding/json writes of the same
// structs, so that the struct tags stay the schema.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	check := func(t *testing.T, f interface {
		appendJSON(b []byte) ([]byte, error)
	}) {
		t.Helper()
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.appendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("\n got %s\nwant %s", got, want)
		}
	}
	for _, ev := range sampleEvents() {
		if ev.Place != nil {
			check(t, eventFeature(ev))
		}
	}
	for _, pm := range samplePlaces() {
		if pm.Place != nil {
			check(t, placeFeature(pm.Source, pm.Place, pm.Mentions))
		}
	}
	odd := sampleEvents()[0]
	odd.Actors, odd.ClaimedBy = nil, []string{`"quoted" \ back`, "<b>&amp;</b>"}
	odd.Place = karabakh
	check(t, eventFeature(odd))
	check(t, placeFeature("c.txt", armenia, nil))
}

func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{
		"", "plain", `"quotes" and \backslashes\`, "<script>&</script>", "tab\tnew\nline\rret",
		"\x00\x01\b\f\x1f\x7f", "line\u2028para\u2029sep", "invalid \xff\xfe UTF-8 \xe2\x80",
		"Şuşa, Xankəndi, “quoted” — 🌍", "\u00a0no-break",
	} {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}

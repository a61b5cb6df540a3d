package geo

import (
	"bytes"
	"strings"
	"testing"
)

// The file is a function of the content alone, so that the committed file
// can be checked against a fresh build.
func TestWriteToDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := New(testPlaces(), testDemonyms).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := New(testPlaces(), testDemonyms).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of one gazetteer differ")
	}
	if !strings.HasPrefix(a.String(), "# Chronomap gazetteer v3: generated") {
		t.Errorf("file starts %q, want a header line saying it is generated", a.String()[:40])
	}
}

// WriteTo writes the file a gazetteer was loaded from, whole.
func TestWriteToLoaded(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := New(manyPlaces(300), testDemonyms).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	g, err := Load(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	g.Places() // decoding must not change what is written
	if n, err := g.WriteTo(&b); err != nil || n != int64(a.Len()) || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("WriteTo = %d, %v; rewritten file equal: %v", n, err, bytes.Equal(a.Bytes(), b.Bytes()))
	}
}

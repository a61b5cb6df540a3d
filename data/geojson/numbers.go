package geojson

import (
	"encoding/json"
	"io"
	"sync"
)

// decodeWithNumbers decodes the JSON value raw into v as encoding/json's
// Decoder does with UseNumber. The Decoders are kept and fed one value
// after another: made for each feature, a Decoder and the buffer it grows
// were half the memory an import allocates.
func decodeWithNumbers(raw []byte, v any) error {
	d := numberDecoders.Get().(*numberDecoder)
	d.next = raw
	err := d.dec.Decode(v)
	// A Decoder that has not read the value whole, or has kept an error of
	// its input, is not fed again; an error of a value's JSON type is the
	// value's alone.
	if _, typeErr := err.(*json.UnmarshalTypeError); (err == nil || typeErr) && len(d.next) == 0 && !d.dec.More() {
		numberDecoders.Put(d)
	}
	return err
}

var numberDecoders = sync.Pool{New: func() any {
	d := &numberDecoder{}
	d.dec = json.NewDecoder(d)
	d.dec.UseNumber()
	return d
}}

// numberDecoder is a Decoder and the reader that feeds it one value.
type numberDecoder struct {
	dec  *json.Decoder
	next []byte // what is left of the value to decode
}

func (d *numberDecoder) Read(p []byte) (int, error) {
	if len(d.next) == 0 {
		return 0, io.EOF
	}
	n := copy(p, d.next)
	d.next = d.next[n:]
	return n, nil
}

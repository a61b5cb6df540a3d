package geo

import (
	"bytes"
	"math"
	"testing"
)

func TestCodecRoundTrip(t *testing.T) {
	var num, text bytes.Buffer
	e := encoder{num: &num, text: &text}
	e.uint(0)
	e.uint(math.MaxUint64)
	e.int(-300)
	e.int(math.MinInt64)
	e.string("Xankəndi")
	e.string("")
	e.uint(2)
	d := decoder{num: &cursor{b: num.Bytes()}, text: &cursor{b: text.Bytes()}}
	if v := d.uint(); v != 0 {
		t.Errorf("uint = %d, want 0", v)
	}
	if v := d.uint(); v != math.MaxUint64 {
		t.Errorf("uint = %d, want MaxUint64", v)
	}
	if v := d.int(); v != -300 {
		t.Errorf("int = %d, want -300", v)
	}
	if v := d.int(); v != math.MinInt64 {
		t.Errorf("int = %d, want MinInt64", v)
	}
	if s := d.string(); s != "Xankəndi" {
		t.Errorf("string = %q", s)
	}
	if s := d.string(); s != "" {
		t.Errorf("string = %q, want empty", s)
	}
	if s := d.shared([]string{"a", "b", "c"}); s != "c" {
		t.Errorf("shared = %q, want c", s)
	}
	if !d.done() || d.err != nil {
		t.Errorf("done %v, err %v", d.done(), d.err)
	}
}

// A decoder fails rather than reading past its buffers, and keeps its
// first error.
func TestDecoderErrors(t *testing.T) {
	tests := []struct {
		name string
		num  []byte
		read func(d *decoder)
	}{
		{"truncated varint", []byte{0x80}, func(d *decoder) { d.uint() }},
		{"count past the end", []byte{5, 1}, func(d *decoder) { d.count() }},
		{"string past the text", []byte{4}, func(d *decoder) { d.string() }},
		{"bytes past the end", []byte{1}, func(d *decoder) { d.bytes(2) }},
		{"shared out of range", []byte{3}, func(d *decoder) { d.shared([]string{"a"}) }},
	}
	for _, tt := range tests {
		d := decoder{num: &cursor{b: tt.num}, text: &cursor{b: []byte("abc")}}
		tt.read(&d)
		if d.err == nil {
			t.Errorf("%s: no error", tt.name)
		}
		first := d.err
		d.uint()
		if d.err != first {
			t.Errorf("%s: error %v replaced by %v", tt.name, first, d.err)
		}
	}
}

package geo

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"unsafe"
)

// The varints and strings of the preamble and of place blocks: the encoder
// writes numbers to one buffer and the bytes of strings to another (their
// lengths go with the numbers), the decoder reads them back.

type encoder struct {
	num, text *bytes.Buffer
}

func (e *encoder) uint(v uint64) {
	var b [binary.MaxVarintLen64]byte
	e.num.Write(binary.AppendUvarint(b[:0], v))
}

func (e *encoder) int(v int64) { e.uint(zigzag(v)) }

func (e *encoder) string(s string) {
	e.uint(uint64(len(s)))
	e.text.WriteString(s)
}

func zigzag(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// cursor is a position in a buffer.
type cursor struct {
	b   []byte
	pos int
}

// decoder reads numbers from one buffer and the bytes of strings from
// another, keeping the first error. Strings it returns share the text
// buffer (see bytesString).
type decoder struct {
	num, text *cursor
	err       error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("at byte %d: %s", d.num.pos, fmt.Sprintf(format, args...))
	}
}

// done reports whether both buffers have been read to their end.
func (d *decoder) done() bool {
	return d.num.pos == len(d.num.b) && d.text.pos == len(d.text.b)
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.num.b[d.num.pos:])
	if n <= 0 {
		d.fail("bad or truncated varint")
		return 0
	}
	d.num.pos += n
	return v
}

func (d *decoder) int() int64 { return unzigzag(d.uint()) }

// count reads a number of items that each take at least one byte, so that
// a corrupt count cannot exceed what is left of the numbers.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.num.b)-d.num.pos) {
		d.fail("count %d exceeds the data", n)
		return 0
	}
	return int(n)
}

// shared reads an index into the shared strings.
func (d *decoder) shared(shared []string) string {
	i := d.uint()
	if i >= uint64(len(shared)) {
		d.fail("shared string %d out of range", i)
		return ""
	}
	return shared[i]
}

// string reads a length and returns that many bytes of text.
func (d *decoder) string() string {
	n := d.uint()
	if n > uint64(len(d.text.b)-d.text.pos) {
		d.fail("string of %d bytes runs past the end", n)
		return ""
	}
	return bytesString(d.take(d.text, int(n)))
}

// bytes returns the next n bytes of the numbers buffer.
func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.num.b)-d.num.pos) {
		d.fail("%d bytes run past the end", n)
		return nil
	}
	return d.take(d.num, int(n))
}

func (d *decoder) take(c *cursor, n int) []byte {
	if d.err != nil {
		return nil
	}
	b := c.b[c.pos : c.pos+n]
	c.pos += n
	return b
}

// bytesString returns b as a string without copying. It is only used on
// buffers that are never written again: the file, which Load's caller must
// not modify, and the blocks of places the gazetteer inflates.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

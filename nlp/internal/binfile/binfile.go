// Package binfile reads and writes the records of tacitus's model files:
// unsigned varints, length-prefixed strings and lists of strings, inside a
// stream the caller compresses. Reading bounds every count, so that a
// corrupt or hostile file cannot make a loader allocate without limit.
package binfile

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/klauspost/compress/gzip"
)

// Writer writes records; the first error sticks and is returned by Flush.
type Writer struct {
	W   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

// NewWriter returns a Writer buffering into w.
func NewWriter(w io.Writer) *Writer { return &Writer{W: bufio.NewWriter(w)} }

func (e *Writer) keep(err error) {
	if err != nil && e.err == nil {
		e.err = err
	}
}

// Uint writes v as an unsigned varint.
func (e *Writer) Uint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	_, err := e.W.Write(e.buf[:n])
	e.keep(err)
}

// String writes s with its length first.
func (e *Writer) String(s string) {
	e.Uint(uint64(len(s)))
	_, err := e.W.WriteString(s)
	e.keep(err)
}

// Strings writes the number of strings, then each.
func (e *Writer) Strings(ss []string) {
	e.Uint(uint64(len(ss)))
	for _, s := range ss {
		e.String(s)
	}
}

// Raw writes s as it is (a magic header, say).
func (e *Writer) Raw(s string) {
	_, err := e.W.WriteString(s)
	e.keep(err)
}

// Byte writes one byte.
func (e *Writer) Byte(b byte) { e.keep(e.W.WriteByte(b)) }

// Flush flushes the buffer and returns the first error of any write.
func (e *Writer) Flush() error {
	e.keep(e.W.Flush())
	return e.err
}

// Reader reads records from a model file held in memory whole: decoding
// a model reads millions of varints and bytes, which cost an interface
// call or a buffer check each when read from a stream. Max bounds every
// count and string length.
type Reader struct {
	b   []byte
	off int
	Max int
}

// NewReader reads all of r and returns a Reader of its bytes whose counts
// may not exceed max.
func NewReader(r io.Reader, max int) (*Reader, error) {
	return newReader(r, 0, max)
}

// NewGzipReader decompresses all of the gzip stream r and returns a Reader
// of its bytes whose counts may not exceed max. When r can tell its size
// and read at an offset (a bytes.Reader of an embedded model), the
// stream's trailer gives the size of the decompressed bytes, which are
// then read into one buffer of that size.
func NewGzipReader(r io.Reader, max int) (*Reader, error) {
	size := 0
	if ra, ok := r.(interface {
		io.ReaderAt
		Size() int64
	}); ok && ra.Size() >= 4 {
		var t [4]byte
		if _, err := ra.ReadAt(t[:], ra.Size()-4); err == nil {
			size = int(binary.LittleEndian.Uint32(t[:])) // ISIZE, the length modulo 2³²
		}
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return newReader(zr, size, max)
}

// MaxBytes bounds the size of a file a Reader holds, so that a corrupt or
// hostile stream (a gzip bomb) cannot make a loader read without limit.
const MaxBytes = 1 << 30

// maxSizeHint bounds the buffer made at once for the size a gzip trailer
// claims; a larger file's buffer grows as it is read.
const maxSizeHint = 64 << 20

// newReader reads all of r into a buffer of size bytes, grown if r holds
// more.
func newReader(r io.Reader, size, maxCount int) (*Reader, error) {
	size = min(max(size, 0), maxSizeHint)
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxBytes+1)); err != nil {
		return nil, err
	}
	if buf.Len() > MaxBytes {
		return nil, fmt.Errorf("binfile: file over %d bytes", MaxBytes)
	}
	return &Reader{b: buf.Bytes(), Max: maxCount}, nil
}

// ReadByte reads one byte.
func (d *Reader) ReadByte() (byte, error) {
	if d.off >= len(d.b) {
		return 0, io.ErrUnexpectedEOF
	}
	c := d.b[d.off]
	d.off++
	return c, nil
}

// Next returns the next n bytes, which stay valid as long as d.
func (d *Reader) Next(n int) ([]byte, error) {
	if n < 0 || n > len(d.b)-d.off {
		return nil, io.ErrUnexpectedEOF
	}
	b := d.b[d.off : d.off+n : d.off+n]
	d.off += n
	return b, nil
}

// ReadFull fills p with the next len(p) bytes.
func (d *Reader) ReadFull(p []byte) error {
	b, err := d.Next(len(p))
	copy(p, b)
	return err
}

// Uint reads an unsigned varint.
func (d *Reader) Uint() (uint64, error) {
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		return 0, errVarint(n)
	}
	d.off += n
	return v, nil
}

// Int reads a signed (zig-zag) varint.
func (d *Reader) Int() (int64, error) {
	v, n := binary.Varint(d.b[d.off:])
	if n <= 0 {
		return 0, errVarint(n)
	}
	d.off += n
	return v, nil
}

// errVarint is the error of a varint that binary.Uvarint or
// binary.Varint read n bytes of: truncated (0) or overflowing (< 0).
func errVarint(n int) error {
	if n == 0 {
		return io.ErrUnexpectedEOF
	}
	return errors.New("binfile: varint overflows 64 bits")
}

// Count reads a varint that counts something, at most d.Max.
func (d *Reader) Count() (int, error) {
	n, err := d.Uint()
	if err != nil {
		return 0, err
	}
	if n > uint64(d.Max) {
		return 0, fmt.Errorf("count %d too large", n)
	}
	return int(n), nil
}

// String reads a length-prefixed string.
func (d *Reader) String() (string, error) {
	n, err := d.Count()
	if err != nil {
		return "", err
	}
	b, err := d.Next(n)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// Strings reads a counted list of strings.
func (d *Reader) Strings() ([]string, error) {
	n, err := d.Count()
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, min(n, 1024))
	for range n {
		s, err := d.String()
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Magic reads a header of the length of the first of want and returns it
// if it is one of want.
func (d *Reader) Magic(want ...string) (string, error) {
	if len(want) == 0 {
		return "", fmt.Errorf("binfile: no magic to check")
	}
	head, err := d.Next(len(want[0]))
	if err != nil {
		return "", err
	}
	for _, w := range want {
		if string(head) == w {
			return w, nil
		}
	}
	return "", fmt.Errorf("unknown header %q", head)
}
